#!/usr/bin/env bash
# The step-by-step example of scenarios/README.md must stay true: its
# scenario checks clean, plays, and its test file passes.
set -euo pipefail
: "${COACH_BIN:?}" "${COACH_ROOT:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/scenarios" "$work/tests/scenarios"
python3 - "$COACH_ROOT/scenarios/README.md" "$work" <<'PY'
import re, sys
guide, work = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
def block(name):
    match = re.search(r"<!-- example: " + re.escape(name) + r" -->\s*```lua\n(.*?)```", guide, re.S)
    if not match:
        sys.exit("scenarios/README.md has no example block " + name)
    return match.group(1)
open(f"{work}/scenarios/first_call.lua", "w", encoding="utf-8").write(block("first_call.lua"))
open(f"{work}/tests/scenarios/first_call.test.lua", "w", encoding="utf-8").write(block("first_call.test.lua"))
PY
out=$("$COACH_BIN" check "$work/scenarios/first_call.lua")
echo "$out"
grep -q "0 errors, 0 warnings" <<<"$out"
printf '%s\n' "What made you take the call today?" \
    "That sounds frustrating. How long has it been like that?" "#1" >"$work/script.txt"
log=$("$COACH_BIN" run "$work/scenarios/first_call.lua" --script "$work/script.txt" --log-dir "$work/logs" --quiet)
python3 - "$log" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
assert log["ending"]["outcome"] == "meeting_booked", log["ending"]
assert set(log["scores"]) == {"discovery", "listening", "benefits", "next_step", "overall"}
PY
"$COACH_BIN" test "$work/tests/scenarios/first_call.test.lua"

# The worked example of "How a typed line is heard" stays true too: the
# coach hear, coach check and coach run output the guide shows is what the
# program prints, before and after the node is revised.
python3 - "$COACH_ROOT/scenarios/README.md" "$work" <<'PY'
import re, sys
guide, work = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
def shown(marker):
    match = re.search(r"<!-- " + re.escape(marker) + r" -->\s*```[a-z]*\n(.*?)```", guide, re.S)
    if not match:
        sys.exit("scenarios/README.md has no block " + marker)
    return match.group(1)
before = open(f"{work}/scenarios/first_call.lua", encoding="utf-8").read()
node = shown("example: first_call.lua hello")
start, end = before.index('node "hello" {'), before.index('node "hello_again" {')
open(f"{work}/scenarios/after.lua", "w", encoding="utf-8").write(before[:start] + node + "\n" + before[end:])
closing = 'closing = true,'
assert closing in before, "the first scenario no longer marks hello_again closing"
line = next(l for l in before.splitlines() if closing in l)
open(f"{work}/scenarios/unclosed.lua", "w", encoding="utf-8").write(before.replace(line + "\n", ""))
for name in ("hear: before", "hear: after", "check: without closing", "run: after"):
    open(f"{work}/{name.replace(': ', '_').replace(' ', '_')}.txt", "w", encoding="utf-8").write(shown(name))
PY
# Every line the guide shows (but the command itself) is in the real output, in order.
shows() { # guide_block actual_output
    python3 - "$1" "$2" <<'PY'
import sys
shown = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if l and not l.startswith("$ ")]
actual = open(sys.argv[2], encoding="utf-8").read().splitlines()
at = 0
for line in shown:
    while at < len(actual) and actual[at] != line:
        at += 1
    if at == len(actual):
        sys.exit("the guide shows a line the program does not print (in this order): " + line)
    at += 1
PY
}
line='Thanks for making the time, Sam. Is stock a headache for you at the moment?'
(cd "$work" && "$COACH_BIN" hear scenarios/first_call.lua hello "$line") >"$work/out_before.txt"
shows "$work/hear_before.txt" "$work/out_before.txt"
# hear at the start node says its first line (not a second visit's).
grep -q "^prospect: Sam here. I've got ten minutes.$" "$work/out_before.txt"
cp "$work/scenarios/after.lua" "$work/scenarios/first_call.lua"
(cd "$work" && "$COACH_BIN" hear scenarios/first_call.lua hello "$line") >"$work/out_after.txt"
shows "$work/hear_after.txt" "$work/out_after.txt"
out=$("$COACH_BIN" check "$work/scenarios/first_call.lua")
grep -q "0 errors, 0 warnings" <<<"$out"
cp "$work/scenarios/unclosed.lua" "$work/scenarios/first_call.lua"
(cd "$work" && "$COACH_BIN" check scenarios/first_call.lua) >"$work/out_check.txt" 2>&1 || true
shows "$work/check_without_closing.txt" "$work/out_check.txt"
cp "$work/scenarios/after.lua" "$work/scenarios/first_call.lua"
grep '^You: ' "$work/run_after.txt" | sed 's/^You: //' >"$work/typed.txt"
"$COACH_BIN" run "$work/scenarios/first_call.lua" --script "$work/typed.txt" --log-dir "$work/logs" \
    2>"$work/out_run.txt" >/dev/null
shows "$work/run_after.txt" "$work/out_run.txt"
echo "ok: the worked example's hear, check and run output is what the program prints"
