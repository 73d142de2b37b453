#!/usr/bin/env bash
# Plays the default scenario to each ending headless, typed and by choices,
# and checks the log: the ending reached and the five score keys.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
check() { # script expected_outcome
    local log
    log=$("$bin" run "$root/scenarios/plant_downtime.lua" --script "$root/tests/scripts/$1" --log-dir "$dir" --quiet)
    local rc=$?
    if [ $rc -ne 0 ] || [ ! -f "$log" ]; then
        echo "FAIL $1: exit $rc, log '$log'"; failures=$((failures + 1)); return
    fi
    if ! python3 - "$log" "$2" <<'PY'
import json, sys
log, expected = sys.argv[1], sys.argv[2]
d = json.load(open(log))
assert d["schema"].endswith("session-log") and d["schema_version"] == 1
assert d["ending"] is not None, "no ending"
assert d["ending"]["outcome"] == expected, "ending %s, expected %s" % (d["ending"]["outcome"], expected)
assert set(d["scores"]) == {"discovery", "listening", "benefits", "next_step", "overall"}, sorted(d["scores"])
for key, value in d["scores"].items():
    # a skill the call gave no opportunity is null and marked not assessed
    if value["score"] is None:
        assert key != "overall" and value["assessed"] is False, key
    else:
        assert 0 <= value["score"] <= 100, key
    assert isinstance(value["reasons"], list), key
assert len(d["sha256"] if "sha256" in d else d["scenario"]["sha256"]) == 64
trainee = [t for t in d["turns"] if t["speaker"] == "trainee"]
assert trainee and all("labels" in t and "route_id" in t for t in trainee)
PY
    then
        echo "FAIL $1: log check"; failures=$((failures + 1)); return
    fi
    echo "ok $1 -> $2"
}
check plant_downtime_meeting.txt meeting_booked
check plant_downtime_meeting_typed.txt meeting_booked
check plant_downtime_meeting_skilled.txt meeting_booked
check plant_downtime_meeting_skilled2.txt meeting_booked
check plant_downtime_brush_off.txt brush_off
check plant_downtime_brush_off_choices.txt brush_off
check plant_downtime_polite_no.txt polite_no
check plant_downtime_polite_no_typed.txt polite_no
# The good transcript must beat the feature pitcher overall and on discovery.
good=$("$bin" run "$root/scenarios/plant_downtime.lua" --script "$root/tests/scripts/plant_downtime_meeting.txt" --log-dir "$dir" --quiet)
bad=$("$bin" run "$root/scenarios/plant_downtime.lua" --script "$root/tests/scripts/plant_downtime_brush_off.txt" --log-dir "$dir" --quiet)
if ! python3 -c "
import json, sys
g = json.load(open(sys.argv[1]))['scores']; b = json.load(open(sys.argv[2]))['scores']
assert g['overall']['score'] > b['overall']['score'] and g['discovery']['score'] > b['discovery']['score']
" "$good" "$bad"; then echo "FAIL good transcript does not beat the pitcher"; failures=$((failures + 1)); fi
[ $failures -eq 0 ]
