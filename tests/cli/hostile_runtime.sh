#!/usr/bin/env bash
# Hostile scenarios at run time (tests/scenarios/hostile/): each goes through
# `check`, `run`, `play --text` and `graph` under a time limit. None may crash
# (a signal), hang (the limit) or end without saying why: a failing run names
# the scenario file and a line, on one line, and exits 2.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
printf 'What is going on?\n#1\nWhat else?\n#1\n' > "$dir/script.txt"
for scenario in "$root"/tests/scenarios/hostile/*.lua; do
    name=$(basename "$scenario")
    for mode in check run play graph; do
        case $mode in
            check) timeout 60 "$bin" check "$scenario" > "$dir/out" 2> "$dir/err" ;;
            run) timeout 60 "$bin" run "$scenario" --script "$dir/script.txt" --log-dir "$dir/logs" --quiet > "$dir/out" 2> "$dir/err" ;;
            play) timeout 60 "$bin" play "$scenario" --text --log-dir "$dir/logs" < "$dir/script.txt" > "$dir/out" 2> "$dir/err" ;;
            graph) timeout 60 "$bin" graph "$scenario" > "$dir/out" 2> "$dir/err" ;;
        esac
        rc=$?
        if [ $rc -ge 124 ]; then
            fail "$name $mode: exit $rc (a crash or a hang): $(head -c 300 "$dir/err")"
            continue
        fi
        if [ $rc -ne 0 ] && [ "$mode" != check ]; then
            [ $rc -eq 2 ] || fail "$name $mode: exit $rc, expected 0 or 2"
            grep -qE "$name:[0-9]+: " "$dir/err" || fail "$name $mode: the error names no file:line: $(head -c 300 "$dir/err")"
        fi
    done
    echo "ok $name"
done
[ $failures -eq 0 ]
