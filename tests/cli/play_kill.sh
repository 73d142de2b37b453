#!/usr/bin/env bash
# `coach play --text` fed slowly and killed with SIGKILL mid-call leaves a
# valid log holding every turn already said.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; exec 3>&- 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
mkfifo "$dir/input"
"$bin" play "$root/scenarios/plant_downtime.lua" --text --log-dir "$dir/logs" < "$dir/input" > "$dir/out" 2>&1 &
pid=$!
exec 3> "$dir/input"
trainee_turns() {
    python3 - "$dir/logs" <<'PY' 2>/dev/null || echo -1
import glob, json, sys
logs = glob.glob(sys.argv[1] + "/*.json")
d = json.load(open(logs[0]))
print(sum(1 for t in d["turns"] if t["speaker"] == "trainee"))
PY
}
wait_for() { # count
    for _ in $(seq 1 100); do
        [ "$(trainee_turns)" = "$1" ] && return 0
        sleep 0.1
    done
    echo "FAIL: the log never reached $1 trainee turns (at $(trainee_turns))"; exit 1
}
printf 'Thanks for making time, Dana. The purpose of today is to understand how the plant runs. Is that fair?\n' >&3
wait_for 1
printf "What's been keeping you busiest on the floor lately?\n" >&3
wait_for 2
kill -9 "$pid"
wait "$pid" 2>/dev/null
pid=
python3 - "$dir/logs" <<'PY'
import glob, json, sys
logs = glob.glob(sys.argv[1] + "/*.json")
assert len(logs) == 1, logs
d = json.load(open(logs[0]))
said = [t["text"] for t in d["turns"] if t["speaker"] == "trainee"]
assert said[0].startswith("Thanks for making time") and said[1].startswith("What's been keeping"), said
assert d["ending"] is None and d["status"] == "in_progress"
assert len(d["turns"]) == 5 and set(d["scores"]) == {"discovery", "listening", "benefits", "next_step", "overall"}
leftovers = [p for p in glob.glob(sys.argv[1] + "/*") if not p.endswith(".json")]
print("ok: killed mid-call, log has", len(d["turns"]), "turns; stray files:", leftovers)
PY
