#!/usr/bin/env bash
# A scenario of 100,000 nodes (generated here by tests/bench/gen_many_nodes.py,
# not committed) through `check`, `graph` and `run`: all three finish and say
# the right things. check and graph looked every edge's target up by a linear
# search (issue 15: 61 s / 27 s, minutes under the sanitizers); the time limits
# here are only hang guards, the figures come from tests/bench/nodes.sh.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
nodes=100000
python3 "$root/tests/bench/gen_many_nodes.py" $nodes > "$dir/many.lua" || { echo "cannot generate"; exit 1; }

timeout 240 "$bin" check "$dir/many.lua" > "$dir/check.out" 2> "$dir/check.err"
rc=$?
[ $rc -lt 124 ] || fail "check: exit $rc (a hang or a crash): $(head -c 300 "$dir/check.err")"
# The chain has no error; the 4 nodes of each of the 99 small cycles say
# their line again (one warning each, in line order).
tail -n 1 "$dir/check.out" | grep -qx '1 file checked: 0 errors, 396 warnings' ||
    fail "check: $(tail -n 1 "$dir/check.out")"
grep -q "^[^:]*:$((1000 + 4)): warning: node 'n1000' can be entered again" "$dir/check.out" ||
    fail "check: no repeats-line warning for n1000: $(head -n 2 "$dir/check.out")"
grep -o '^[^:]*:[0-9]*:' "$dir/check.out" | cut -d: -f2 | sort -n -c 2>/dev/null ||
    fail "check: the findings are not in line order"

timeout 240 "$bin" graph "$dir/many.lua" > "$dir/graph.dot" 2> "$dir/graph.err"
rc=$?
[ $rc -eq 0 ] || fail "graph: exit $rc: $(head -c 300 "$dir/graph.err")"
head -n 1 "$dir/graph.dot" | grep -qx "// coach graph: $((nodes + 1)) nodes, 110000 edges" ||
    fail "graph: $(head -n 1 "$dir/graph.dot")"
# Targets resolved by the index: the last chain node leads to the ending
# (declared last), a typed node's route and otherwise to the next node.
grep -q "^  n$((nodes - 1)) -> n$nodes \[" "$dir/graph.dot" || fail "graph: no arrow from the last node to the ending"
grep -q '^  n50 -> n51 \[label="open_question\\notherwise"\];' "$dir/graph.dot" ||
    fail "graph: the typed node n50 does not lead to n51: $(grep '^  n50 ->' "$dir/graph.dot")"
grep -q '^  n2000 -> n1997 \[' "$dir/graph.dot" || fail "graph: no arrow back n2000 -> n1997"

printf '#1\n#1\n' > "$dir/script.txt"
timeout 240 "$bin" run "$dir/many.lua" --script "$dir/script.txt" --log-dir "$dir/logs" --quiet > "$dir/run.out" 2> "$dir/run.err"
rc=$?
[ $rc -eq 0 ] || fail "run: exit $rc: $(head -c 300 "$dir/run.err")"
[ $failures -eq 0 ] && echo "ok: $nodes nodes through check, graph and run"
[ $failures -eq 0 ]
