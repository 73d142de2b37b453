#!/usr/bin/env bash
# coach export --xapi: one statement per good log with the fields an LRS
# requires (checked by Python against the logs), verbs completed/terminated,
# version-5 ids that are stable across runs and unique; hostile files are
# named and skipped; exit codes 0, 1, 2.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
good=tests/logs/good

"$COACH_BIN" export "$good" --xapi >"$tmp/a.json" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "exit $status: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "warnings over good logs: $(cat "$tmp/err")"
"$COACH_BIN" export --xapi -o "$tmp/b.json" "$good" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "-o: exit $status"
grep -q "9 statements written to $tmp/b.json" "$tmp/err" || fail "-o: no confirmation: $(cat "$tmp/err")"
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "stdout and -o differ, or ids are not stable across runs"

python3 - "$good" "$tmp/a.json" <<'EOF' || failures=$((failures + 1))
import glob, json, re, sys, uuid
good, path = sys.argv[1:]
statements = json.load(open(path))
logs = {d["trainee"] + "|" + d["started_at"]: d for d in
        (json.load(open(p)) for p in sorted(glob.glob(good + "/*.json")))}
problems = []
if not isinstance(statements, list) or len(statements) != len(logs):
    problems.append(f"want an array of {len(logs)} statements")
ids = set()
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
duration = re.compile(r"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$")
for s in statements:
    try:
        u = uuid.UUID(s["id"])
        if u.version != 5 or str(u) != s["id"]:
            problems.append(f"id {s['id']} is not a lowercase v5 UUID")
        ids.add(s["id"])
        actor = s["actor"]
        assert actor["objectType"] == "Agent"
        assert actor["account"]["homePage"] == "urn:discovery-coach"
        d = logs[actor["account"]["name"] + "|" + s["context"]["extensions"]["urn:discovery-coach:started-at"]]
        ended = d["status"] == "ended" and d["ending"] and d["ending"]["outcome"] != "abandoned"
        verb = "completed" if ended else "terminated"
        if s["verb"]["id"] != "http://adlnet.gov/expapi/verbs/" + verb:
            problems.append(f"{d['trainee']} {d['started_at']}: verb {s['verb']['id']}, want {verb}")
        if s["object"]["id"] != "urn:discovery-coach:scenario:" + d["scenario"]["id"]:
            problems.append("object id wrong")
        if s["object"]["definition"]["name"]["en-US"] != d["scenario"]["title"]:
            problems.append("activity name is not the scenario title")
        r = s["result"]
        overall = d["scores"]["overall"]["score"]
        if r["score"] != {"scaled": overall / 100, "raw": overall, "min": 0, "max": 100}:
            problems.append(f"score {r['score']} for overall {overall}")
        if d["ending"] is None:
            if "success" in r:
                problems.append("success given for a session without an ending")
        elif r["success"] != d["ending"]["success"]:
            problems.append("success differs from the log")
        if r["completion"] != bool(ended):
            problems.append("completion wrong")
        if not duration.match(r["duration"]):
            problems.append(f"duration {r['duration']} is not ISO 8601")
        for skill in ["discovery", "listening", "benefits", "next_step"]:
            if r["extensions"]["urn:discovery-coach:skill:" + skill] != d["scores"][skill]["score"]:
                problems.append(f"skill {skill} wrong")
        if not iso.match(s["timestamp"]):
            problems.append(f"timestamp {s['timestamp']}")
    except (KeyError, TypeError, AssertionError) as e:
        problems.append(f"statement missing or wrong field: {e!r}")
if len(ids) != len(statements):
    problems.append("statement ids are not unique")
verbs = sorted(s["verb"]["display"]["en-US"] for s in statements)
if "terminated" not in verbs or "completed" not in verbs:
    problems.append(f"want both verbs among the fixtures, got {verbs}")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF

# a changed log gets a new id; the unchanged ones keep theirs
cp "$good"/*.json "$tmp/"
python3 - "$tmp/ana-01.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1])); d["seed"] = d["seed"] + 1; json.dump(d, open(sys.argv[1], "w"))
EOF
"$COACH_BIN" export "$tmp"/ana-0*.json --xapi 2>/dev/null | python3 -c '
import json, sys
new = {s["context"]["extensions"]["urn:discovery-coach:started-at"]: s["id"] for s in json.load(sys.stdin)}
old = {s["context"]["extensions"]["urn:discovery-coach:started-at"]: s["id"] for s in json.load(open(sys.argv[1]))}
changed = [k for k in new if new[k] != old[k]]
sys.exit(0 if changed == ["2026-03-02T09:00:00Z"] else 1)' "$tmp/a.json" || fail "ids do not follow the log content"

# hostile files among good ones: named, skipped, exit 0; only hostile: exit 1
"$COACH_BIN" export tests/logs/hostile "$good/ana-01.json" --xapi >"$tmp/c.json" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "hostile + good: exit $status"
for name in truncated empty wrong-schema wrong-types invalid-utf8 bad-date; do
    grep -q "^tests/logs/hostile/$name.json:[0-9]*: warning: " "$tmp/err" || fail "$name.json not named"
done
python3 -c 'import json,sys; sys.exit(len(json.load(open(sys.argv[1]))) != 1)' "$tmp/c.json" ||
    fail "want exactly the one good statement"
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
