#!/usr/bin/env bash
# coach export --xapi: one attempt per good log (initialized, answered per
# trainee line, completed and passed/failed, terminated), checked by Python
# against the logs; the account on the team's platform (--home-page or the
# settings, never a urn); version-5 ids that are stable across runs, unique,
# and follow the session; hostile files are named and skipped; exit codes
# 0, 1, 2. (tests/cli/sync_lrs.sh runs the same statements through
# Learning Locker's validator and LRS.)
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
good=tests/logs/good

export XDG_CONFIG_HOME=$tmp/config
unset COACH_LRS_ENDPOINT COACH_LRS_KEY COACH_LRS_SECRET
home=https://lms.example.com

# whose accounts: --home-page, or home_page in the settings; never a urn
"$COACH_BIN" export "$good" --xapi >/dev/null 2>"$tmp/err"; status=$?
[ "$status" -eq 2 ] || fail "no home page: exit $status (want 2)"
grep -q -- "--home-page URL" "$tmp/err" || fail "no home page: $(cat "$tmp/err")"
"$COACH_BIN" export "$good" --xapi --home-page urn:discovery-coach >/dev/null 2>&1; status=$?
[ "$status" -eq 2 ] || fail "a urn home page: exit $status (want 2)"

"$COACH_BIN" export "$good" --xapi --home-page "$home" >"$tmp/a.json" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "exit $status: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "warnings over good logs: $(cat "$tmp/err")"
mkdir -p "$XDG_CONFIG_HOME/discovery-coach"
printf 'home_page = %s\n' "$home" >"$XDG_CONFIG_HOME/discovery-coach/config"
"$COACH_BIN" export --xapi -o "$tmp/b.json" "$good" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "-o: exit $status"
grep -q "84 statements of 9 sessions written to $tmp/b.json" "$tmp/err" || fail "-o: no confirmation: $(cat "$tmp/err")"
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "stdout and -o differ, the settings' home page is not used, or ids are not stable across runs"

python3 - "$good" "$tmp/a.json" <<'EOF' || failures=$((failures + 1))
import collections, glob, json, re, sys, uuid
good, path = sys.argv[1:]
statements = json.load(open(path))
logs = [json.load(open(p)) for p in sorted(glob.glob(good + "/*.json"))]
problems = []
attempts = collections.OrderedDict()
for s in statements:
    attempts.setdefault(s["context"]["registration"], []).append(s)
if len(attempts) != len(logs):
    problems.append(f"{len(attempts)} registrations for {len(logs)} logs")
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
duration = re.compile(r"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$")
ids = set()
x = "https://discovery-coach.example/xapi/"
for (registration, attempt), log in zip(attempts.items(), logs):
    try:
        uuid.UUID(registration)
        for s in attempt:
            u = uuid.UUID(s["id"])
            if u.version != 5 or str(u) != s["id"]:
                problems.append(f"id {s['id']} is not a lowercase v5 UUID")
            ids.add(s["id"])
            assert s["actor"] == {"objectType": "Agent", "name": log["trainee"],
                                  "account": {"homePage": "https://lms.example.com", "name": log["trainee"]}}
            assert iso.match(s["timestamp"]), s["timestamp"]
            assert s["context"]["extensions"][x + "extensions/scenario-sha256"] == log["scenario"]["sha256"]
            assert s["context"]["extensions"][x + "extensions/scenario-version"] == log["scenario"]["version"]
        verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in attempt]
        said = [t for t in log["turns"] if t["speaker"] == "trainee"]
        ended = log["status"] == "ended" and log["ending"] and log["ending"]["outcome"] != "abandoned"
        want = ["initialized"] + ["answered"] * len(said)
        if ended:
            want += ["completed", "passed" if log["ending"]["success"] else "failed", "terminated"]
        elif log["status"] in ("ended", "failed"):
            want += ["terminated"]
        if verbs != want:
            problems.append(f"{log['trainee']} {log['started_at']}: verbs {verbs}, want {want}")
            continue
        assert attempt[0]["object"]["id"] == x + "scenarios/" + log["scenario"]["id"]
        assert attempt[0]["object"]["definition"]["name"]["en-US"] == log["scenario"]["title"]
        for s, turn in zip(attempt[1:], said):
            assert s["object"]["id"] == x + "scenarios/" + log["scenario"]["id"] + "/nodes/" + turn["node"]
            assert s["result"]["response"] == turn["text"]
            assert s["result"]["extensions"][x + "extensions/moves"] == [l["label"] for l in turn["labels"]]
        if ended:
            r = attempt[-2]["result"]
            overall = log["scores"]["overall"]["score"]
            if r["score"] != {"scaled": overall / 100, "raw": overall, "min": 0, "max": 100}:
                problems.append(f"score {r['score']} for overall {overall}")
            if r["success"] != log["ending"]["success"] or r["completion"] is not True:
                problems.append("success or completion differs from the log")
            if not duration.match(r["duration"]):
                problems.append(f"duration {r['duration']} is not ISO 8601")
            for skill in ["discovery", "listening", "benefits", "next_step"]:
                if r["extensions"][x + "extensions/skill-" + skill] != log["scores"][skill]["score"]:
                    problems.append(f"skill {skill} wrong")
    except (KeyError, TypeError, AssertionError, ValueError) as e:
        problems.append(f"{log['trainee']} {log['started_at']}: missing or wrong field: {e!r}")
if len(ids) != len(statements):
    problems.append("statement ids are not unique")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF

# a changed session gets new ids; the others keep theirs
cp "$good"/*.json "$tmp/"
python3 - "$tmp/ana-01.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1])); d["seed"] = d["seed"] + 1; json.dump(d, open(sys.argv[1], "w"))
EOF
"$COACH_BIN" export "$tmp"/ana-0*.json --xapi 2>/dev/null | python3 -c '
import json, sys
new = {s["id"] for s in json.load(sys.stdin)}
old = [s for s in json.load(open(sys.argv[1])) if s["actor"]["name"] == "Ana Ruiz"]
changed = {s["actor"]["name"] + s["context"]["registration"] for s in old if s["id"] not in new}
kept = [s for s in old if s["id"] in new]
sys.exit(0 if len(changed) == 1 and len(kept) > 20 else 1)' "$tmp/a.json" || fail "ids do not follow the session"

# hostile files among good ones: named, skipped, exit 0; only hostile: exit 1
"$COACH_BIN" export tests/logs/hostile "$good/ana-01.json" --xapi >"$tmp/c.json" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "hostile + good: exit $status"
for name in truncated empty wrong-schema wrong-types invalid-utf8 bad-date; do
    grep -q "^tests/logs/hostile/$name.json:[0-9]*: warning: " "$tmp/err" || fail "$name.json not named"
done
python3 -c 'import json,sys; sys.exit(len({s["context"]["registration"] for s in json.load(open(sys.argv[1]))}) != 1)' "$tmp/c.json" ||
    fail "want exactly the one good session"
"$COACH_BIN" export tests/logs/hostile --xapi >/dev/null 2>&1; status=$?
[ "$status" -eq 1 ] || fail "only hostile logs: exit $status (want 1)"

# usage: exit 2
for args in "" "$good" "--xapi" "$good --xapi -o" "$good --xapi --bogus"; do
    # shellcheck disable=SC2086
    "$COACH_BIN" export $args >/dev/null 2>&1; status=$?
    [ "$status" -eq 2 ] || fail "export $args: exit $status (want 2)"
done
"$COACH_BIN" export --help | grep -q '^usage: coach export' || fail "--help"

[ "$failures" -eq 0 ] && echo "ok: xAPI statements for every readable log"
exit $((failures > 0))
