#!/usr/bin/env bash
# After a call, `coach play --text` prints the annotated transcript: each of
# the trainee's lines numbered, with its moves, the points it earned or lost
# and why, and the author's stronger line where the line lost points; the
# prospect's cues (picked up or missed) and what they revealed. The log keeps
# the stronger line with the turn (better.text, better.source).
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# a bad call: asks for a demo first, then ignores the cue about Line 3
printf '%s\n' "Hi Dana, can we book a demo next week?" 1 "Our platform has real-time dashboards and alerts." /quit |
    "$COACH_BIN" play scenarios/plant_downtime.lua --text --seed 1 --trainee "Ana Ruiz" --log-dir "$tmp/logs" >"$tmp/out" 2>&1
status=$?
[ "$status" -eq 0 ] || fail "play --text: exit $status"
out="$tmp/out"
grep -q '^Transcript, line by line$' "$out" || fail "no transcript heading"
grep -q '^ 1 You: Hi Dana, can we book a demo next week?$' "$out" || fail "line 1 not numbered"
grep -q '^     moves: closed question, next step$' "$out" || fail "line 1's moves"
grep -Eq '^     -[0-9]+ next_step: ' "$out" || fail "line 1's points and why"
grep -q "^     stronger: \"Before we talk about next steps: what's been keeping you busiest on the floor lately?\"$" "$out" ||
    fail "no stronger line under line 1"
grep -q '^ 2 You: ' "$out" || fail "line 2 not numbered"
grep -Eq '^     cue ".*": (missed|picked up)$' "$out" || fail "no cue marked picked up or missed"
python3 - "$tmp"/logs/*.json <<'PY' || failures=$((failures + 1))
import json, sys
d = json.load(open(sys.argv[1]))
first = [t for t in d["turns"] if t["speaker"] == "trainee"][0]
better = first.get("better")
assert better and better["source"] == "rule" and better["text"].startswith("Before we talk"), better
PY
# a line that earned its points gets no stronger line
printf '%s\n' "Thanks for making time, Dana. The purpose of today is to understand how the plant runs. Is that fair?" /quit |
    "$COACH_BIN" play scenarios/plant_downtime.lua --text --seed 1 --log-dir "$tmp/good" >"$tmp/good.out" 2>&1
grep -q '^ 1 You: Thanks for making time' "$tmp/good.out" || fail "the good call has no transcript"
grep -q 'stronger:' "$tmp/good.out" && fail "a stronger line under a line that lost nothing"
# nothing said: no transcript
printf '/quit\n' | "$COACH_BIN" play scenarios/plant_downtime.lua --text --log-dir "$tmp/none" >"$tmp/none.out" 2>&1
grep -q 'Transcript' "$tmp/none.out" && fail "a transcript for a call with nothing said"
[ -d "$tmp/none" ] && [ -n "$(ls "$tmp/none")" ] && fail "a log for a call with nothing said"

[ "$failures" -eq 0 ] && echo "ok: the annotated transcript after a call"
exit $((failures > 0))
