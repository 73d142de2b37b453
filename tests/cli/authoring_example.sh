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
