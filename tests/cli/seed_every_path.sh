#!/usr/bin/env bash
# --seed reaches every way a session starts: the log of `coach run`, `coach
# play --text` and `coach test --log-dir` (a scenario_test with seed = N)
# each records seed N, not the scenario's default. (The window logs nothing
# until the trainee speaks: test_ui_screens checks that its sessions, and
# their reloads, get the seed of the settings these flags fill.)
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
scenario="$root/scenarios/plant_downtime.lua"
seed=4242

# the one .json log in $1 records seed $seed
logged_seed() {
    python3 - "$1" "$seed" <<'PY'
import glob, json, sys
logs = glob.glob(sys.argv[1] + "/*.json")
assert len(logs) == 1, logs
got = json.load(open(logs[0]))["seed"]
assert got == int(sys.argv[2]), "logged seed %s, expected %s" % (got, sys.argv[2])
PY
}

printf 'What keeps you up at night?\n' >"$dir/script.txt"
"$bin" run "$scenario" --script "$dir/script.txt" --seed $seed --log-dir "$dir/run" --quiet >/dev/null 2>&1
logged_seed "$dir/run" || { echo "FAIL coach run"; failures=$((failures + 1)); }

printf 'What keeps you up at night?\n/quit\n' |
    "$bin" play "$scenario" --text --seed $seed --log-dir "$dir/text" >/dev/null 2>&1
logged_seed "$dir/text" || { echo "FAIL coach play --text"; failures=$((failures + 1)); }


cat >"$dir/seed.test.lua" <<LUA
scenario_test { name = "seeded", scenario = "$(cd "$root" && pwd)/scenarios/plant_downtime.lua",
                seed = $seed, say = { "What keeps you up at night?" } }
LUA
"$bin" test --no-coverage --log-dir "$dir/test" "$dir/seed.test.lua" >/dev/null 2>&1
logged_seed "$dir/test" || { echo "FAIL coach test"; failures=$((failures + 1)); }

[ $failures -eq 0 ] && echo ok
[ $failures -eq 0 ]
