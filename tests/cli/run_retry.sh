#!/usr/bin/env bash
# coach run --retry LOG --from-turn N: a call tried again replays the
# trainee's first N-1 lines of LOG on the same scenario with the same seed
# (the prospect says the same lines), then plays the new script; the new log
# names the call it retries (retry_of, from_turn). Replaying the rest of the
# old script gives the old call back, line for line and score for score.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scenario=scenarios/plant_downtime.lua

cat >"$tmp/first.txt" <<'TXT'
Thanks for making time, Dana. The purpose of today is to understand how the plant runs. Is that fair?
What's been keeping you busiest on the floor lately?
Can we book a demo next week?
TXT
parent=$("$COACH_BIN" run "$scenario" --script "$tmp/first.txt" --seed 7 --trainee "Ana Ruiz" --log-dir "$tmp/logs" --quiet)
[ -f "$parent" ] || { echo "FAIL: no parent log ($parent)"; exit 1; }

# line 3 again, better this time
printf "You said Line 3 gives you grey hair. What's been happening there?\n" >"$tmp/again.txt"
retry=$("$COACH_BIN" run --retry "$parent" --from-turn 3 --script "$tmp/again.txt" --log-dir "$tmp/logs" 2>"$tmp/err")
status=$?
[ "$status" -eq 0 ] && [ -f "$retry" ] || fail "retry: exit $status, $(cat "$tmp/err")"
grep -q "trying .* again from your line 3: 2 lines replayed" "$tmp/err" || fail "the transcript does not say what was replayed: $(head -3 "$tmp/err")"

# the rest of the old script from line 3: the old call again, exactly
tail -n +3 "$tmp/first.txt" >"$tmp/same.txt"
same=$("$COACH_BIN" run --retry "$parent" --from-turn 3 --script "$tmp/same.txt" --log-dir "$tmp/logs" --quiet)
# from the first line: nothing replayed
first=$("$COACH_BIN" run --retry "$parent" --from-turn 1 --script "$tmp/again.txt" --log-dir "$tmp/logs" --quiet)

python3 - "$parent" "$retry" "$same" "$first" <<'PY' || failures=$((failures + 1))
import json, sys
parent, retry, same, first = (json.load(open(p)) for p in sys.argv[1:])
problems = []
def trainee_lines(d):
    return [t["text"] for t in d["turns"] if t["speaker"] == "trainee"]
def upto(d, n):  # turns before the trainee's n-th line (1-based)
    seen = 0
    for i, t in enumerate(d["turns"]):
        if t["speaker"] == "trainee":
            seen += 1
            if seen == n:
                return d["turns"][:i]
    return d["turns"]
if len(parent["id"]) != 32: problems.append("parent id %r" % parent["id"])
for name, d, n in (("retry", retry, 3), ("same", same, 3), ("first", first, 1)):
    if d.get("retry_of") != parent["id"]: problems.append(f"{name}: retry_of {d.get('retry_of')!r}")
    if d.get("from_turn") != n: problems.append(f"{name}: from_turn {d.get('from_turn')!r}")
    if d["id"] == parent["id"]: problems.append(f"{name}: the retry has the parent's id")
    if d["seed"] != 7 or d["trainee"] != "Ana Ruiz": problems.append(f"{name}: seed {d['seed']}, trainee {d['trainee']}")
    before = [(t["speaker"], t["text"], t["node"]) for t in upto(d, n)]
    want = [(t["speaker"], t["text"], t["node"]) for t in upto(parent, n)]
    if before != want: problems.append(f"{name}: the replayed turns differ:\n{before}\n{want}")
if trainee_lines(retry)[2] != "You said Line 3 gives you grey hair. What's been happening there?":
    problems.append("retry: line 3 is not the new line: %r" % trainee_lines(retry))
if [t["text"] for t in same["turns"]] != [t["text"] for t in parent["turns"]]:
    problems.append("replaying the same lines did not give the same call")
if same["scores"]["overall"]["score"] != parent["scores"]["overall"]["score"]:
    problems.append("same lines, other score")
if (same["ending"] or {}).get("outcome") != (parent["ending"] or {}).get("outcome"):
    problems.append("same lines, other ending")
if trainee_lines(first)[0] != trainee_lines(retry)[2]: problems.append("from line 1: the new line is not first")
for p in problems: print("FAIL:", p)
sys.exit(1 if problems else 0)
PY

# bad requests: one line naming what is wrong, exit 2
expect_usage() { # message args...
    local want=$1; shift
    "$COACH_BIN" run "$@" >/dev/null 2>"$tmp/err"; local got=$?
    [ "$got" -eq 2 ] && grep -q -- "$want" "$tmp/err" || fail "run $*: exit $got, $(cat "$tmp/err")"
}
expect_usage "from 1 to 3" --retry "$parent" --from-turn 0 --script "$tmp/again.txt"
expect_usage "from 1 to 3" --retry "$parent" --from-turn 4 --script "$tmp/again.txt"
expect_usage "go together" --retry "$parent" --script "$tmp/again.txt"
expect_usage "seed of the call" --retry "$parent" --from-turn 2 --seed 3 --script "$tmp/again.txt"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("id"); json.dump(d, open(sys.argv[2], "w"))' "$parent" "$tmp/old.json"
expect_usage "old.json.*no session id" --retry "$tmp/old.json" --from-turn 1 --script "$tmp/again.txt"
expect_usage "nope.json" --retry "$tmp/nope.json" --from-turn 1 --script "$tmp/again.txt"
"$COACH_BIN" run --help | grep -q -- '--retry LOG --from-turn N' || fail "--help does not show --retry"

[ "$failures" -eq 0 ] && echo "ok: a call tried again from line N replays lines 1..N-1 and links to its parent"
exit $((failures > 0))
