#!/usr/bin/env bash
# What the prospect says back, where a scenario test (which checks nodes visited) cannot tell: plays
# each tests/scripts/says_back/*.txt and checks the prospect's last line. A script's first line is
# "# SCENARIO +|- TEXT": + the last reply must contain TEXT, - it must not; the rest is a coach run
# script (typed lines, #N picks option N).
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
for script in "$root"/tests/scripts/says_back/*.txt; do
    head=$(head -n 1 "$script")
    read -r _ scen sign text <<<"$head"
    tail -n +2 "$script" > "$dir/play.txt"
    log=$("$bin" run "$root/scenarios/$scen.lua" --script "$dir/play.txt" --log-dir "$dir" --quiet)
    if [ $? -ne 0 ] || [ ! -f "$log" ]; then
        echo "FAIL $(basename "$script"): the run failed"; failures=$((failures + 1)); continue
    fi
    if python3 - "$log" "$sign" "$text" <<'PY'
import json, sys
log, sign, text = sys.argv[1:4]
said = [t["text"] for t in json.load(open(log))["turns"] if t["speaker"] == "prospect"][-1]
found = text.lower() in said.lower()
if found != (sign == "+"):
    print("  last reply: %s" % said)
    sys.exit(1)
PY
    then echo "ok $(basename "$script")"
    else echo "FAIL $(basename "$script"): expected the last reply ${sign}'$text'"; failures=$((failures + 1))
    fi
done
[ "$failures" -eq 0 ]
