#!/usr/bin/env bash
# `coach play --text`: numbered options, #N and bare N pick, /quit ends the
# call as abandoned, then the scores and the log path are printed.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
out=$(printf 'Hi Dana, can we book a demo next week?\n2\n' | "$bin" play "$root/scenarios/plant_downtime.lua" --text --log-dir "$dir")
rc=$?
[ $rc -eq 0 ] || { echo "FAIL exit $rc"; failures=$((failures + 1)); }
echo "$out" | grep -q "    1. Fair. What's been keeping you busiest" || { echo "FAIL options not numbered"; failures=$((failures + 1)); }
echo "$out" | grep -q "Ending: brush off (no success)" || { echo "FAIL bare number did not pick option 2"; failures=$((failures + 1)); }
for skill in discovery listening benefits next_step overall; do
    echo "$out" | grep -q "^  $skill " || { echo "FAIL no $skill score"; failures=$((failures + 1)); }
done
log=$(echo "$out" | sed -n 's/^Log: //p')
[ -f "$log" ] || { echo "FAIL no log path printed"; failures=$((failures + 1)); }
out=$(printf 'What is going on?\n/quit\n' | "$bin" play "$root/scenarios/plant_downtime.lua" --text --log-dir "$dir")
log=$(echo "$out" | sed -n 's/^Log: //p')
python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert d['ending'] == {'outcome': 'abandoned', 'label': 'abandoned', 'success': False, 'node': d['ending']['node']}, d['ending']
" "$log" || { echo "FAIL /quit did not abandon"; failures=$((failures + 1)); }
out=$(printf 'What is going on?\n' | "$bin" play "$root/scenarios/plant_downtime.lua" --text --log-dir "$dir")
echo "$out" | grep -q "end of input" || { echo "FAIL EOF did not end the call"; failures=$((failures + 1)); }
[ $failures -eq 0 ] && echo ok
[ $failures -eq 0 ]
