#!/usr/bin/env bash
# coach graph stays legible as a scenario grows: a rule shared by many nodes
# is drawn once from a group note (not once per node), and a `to` function is
# drawn to the nodes it can return (found by exercising it), not to a "?".
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Five talking nodes that all share the same two guards, and one rule whose
# `to` function picks "warm" or "cold" by the state.
cat >"$tmp/shared.lua" <<'LUA'
scenario { id = "shared", start = "a", state = { trust = { start = 1, min = 0, max = 3 } } }
local function guards()
  return { { id = "pitches", when = "feature", to = "clipped" },
           { id = "rushed", when = "next_step", to = "clipped" } }
end
local function with(rules, more) for _, r in ipairs(more) do rules[#rules + 1] = r end return rules end
node "a" { say = "Hello.", routes = with(guards(), { { id = "on", when = "open_question", to = "b" } }), otherwise = "b" }
node "b" { say = "Well.", routes = with(guards(), { { id = "on", when = "open_question", to = "c" } }), otherwise = "c" }
node "c" { say = "Hm.", routes = with(guards(), { { id = "on", when = "open_question", to = "d" } }), otherwise = "d" }
node "d" { say = "So.", routes = with(guards(), { { id = "on", when = "open_question", to = "e" } }), otherwise = "e" }
node "e" { say = "And?", routes = with(guards(), {
  { id = "asks", when = "open_question", to = function(s) if s.trust >= 2 then return "warm" end return "cold" end } }),
  otherwise = "cold" }
node "clipped" { say = "Bye.", ending = { outcome = "clipped" } }
node "warm" { say = "Yes.", ending = { outcome = "booked", success = true } }
node "cold" { say = "No.", ending = { outcome = "no" } }
LUA
"$COACH_BIN" check "$tmp/shared.lua" >"$tmp/check.out" 2>&1 || { fail "the fixture does not pass check"; cat "$tmp/check.out"; }
"$COACH_BIN" graph "$tmp/shared.lua" >"$tmp/shared.dot" || fail "coach graph exited non-zero"
id() { grep -E "^  n[0-9]+ \[label=\"$1[\\\"]" "$tmp/shared.dot" | sed -E 's/^  (n[0-9]+) .*/\1/'; }
clipped=$(id clipped); warm=$(id warm); cold=$(id cold); e=$(id e)
arrows_to_clipped=$(grep -cE -- "-> $clipped \[" "$tmp/shared.dot")
[ "$arrows_to_clipped" -eq 1 ] || fail "the shared guards reach clipped by $arrows_to_clipped arrows, want 1 (from the group)"
grep -qE '^  g0 \[shape=note.*A: 2 rules shared by 5 nodes' "$tmp/shared.dot" || fail "no group note for the 2 shared rules of 5 nodes"
grep -qE "^  g0 -> $clipped \[" "$tmp/shared.dot" || fail "the group does not lead to clipped"
[ "$(grep -c '\\n+ A"' "$tmp/shared.dot")" -eq 5 ] || fail "not every node of the group says '+ A'"
grep -qE "^  $e -> $warm \[.*a function decides.*style=dashed" "$tmp/shared.dot" || fail "the to function is not drawn to warm"
grep -qE "^  $e -> $cold \[" "$tmp/shared.dot" || fail "the to function is not drawn to cold"
grep -q 'label="?"' "$tmp/shared.dot" && fail "a '?' is left where the function's targets are known"
if command -v dot >/dev/null; then
    dot -Tsvg "$tmp/shared.dot" -o "$tmp/shared.svg" 2>"$tmp/dot.err" && [ ! -s "$tmp/dot.err" ] || fail "dot rejected the DOT"
fi

# The built-in scenarios (36 to 56 nodes) draw at most 4.5 arrows a node, on
# average, and no "?" (every function route is exercised to its targets).
# The bound was 4 while they had 20 to 33 nodes; the play-study sweeps gave
# each node more intents, and loyal_customer drew 146 arrows for 36 nodes
# (4.06) after round 11 - still one arrow per node pair, shared rules drawn
# once from their group note.
for file in scenarios/*.lua; do
    "$COACH_BIN" graph "$file" >"$tmp/b.dot" || { fail "$file: coach graph failed"; continue; }
    nodes=$(sed -nE 's|^// coach graph: ([0-9]+) nodes.*|\1|p' "$tmp/b.dot")
    arrows=$(grep -cE -- '^  [a-z0-9_]+ -> ' "$tmp/b.dot")
    [ $((2 * arrows)) -le $((9 * nodes)) ] || fail "$file: $arrows arrows for $nodes nodes (more than 4.5 a node)"
    grep -q 'label="?"' "$tmp/b.dot" && fail "$file: a function route drawn to '?'"
    echo "$file: $nodes nodes, $arrows arrows"
done
[ "$failures" -eq 0 ] || exit 1
echo "graph readable: ok"
