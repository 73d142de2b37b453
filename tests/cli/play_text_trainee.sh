#!/usr/bin/env bash
# `coach play --text` logs the call under the trainee the window saved in
# the settings file (trainee = NAME) when --trainee is not given; --trainee
# still wins; a broken settings file is named in one line and the call
# goes on under the login name.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
mkdir -p "$dir/config/discovery-coach" "$dir/logs"
printf 'trainee = Ana Ruiz\n' >"$dir/config/discovery-coach/config"
chmod 600 "$dir/config/discovery-coach/config"

# the trainee of the log a call played with stdin "What is going on?" then /quit writes
trainee_of() {
    local out log
    out=$(printf 'What is going on?\n/quit\n' | XDG_CONFIG_HOME="$dir/config" USER=loginname \
        "$bin" play "$root/scenarios/plant_downtime.lua" --text --log-dir "$dir/logs" "$@" 2>"$dir/stderr")
    log=$(echo "$out" | sed -n 's/^Log: //p')
    [ -f "$log" ] || { echo "FAIL no log ($*)" >&2; return; }
    python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['trainee'])" "$log"
}

got=$(trainee_of)
[ "$got" = "Ana Ruiz" ] || { echo "FAIL saved name: got '$got'"; failures=$((failures + 1)); }
got=$(trainee_of --trainee "Bo Chen")
[ "$got" = "Bo Chen" ] || { echo "FAIL --trainee: got '$got'"; failures=$((failures + 1)); }
printf 'trainee = Ana\nthis line is broken\n' >"$dir/config/discovery-coach/config"
got=$(trainee_of)
[ "$got" = "loginname" ] || { echo "FAIL broken settings: got '$got'"; failures=$((failures + 1)); }
grep -q "config:2: .*(the trainee's name is not taken from it)" "$dir/stderr" ||
    { echo "FAIL broken settings not named: $(cat "$dir/stderr")"; failures=$((failures + 1)); }
[ "$(wc -l <"$dir/stderr")" -eq 1 ] || { echo "FAIL more than one line on stderr"; failures=$((failures + 1)); }
rm "$dir/config/discovery-coach/config"
got=$(trainee_of)
[ "$got" = "loginname" ] || { echo "FAIL no settings: got '$got'"; failures=$((failures + 1)); }
[ -s "$dir/stderr" ] && { echo "FAIL stderr without settings: $(cat "$dir/stderr")"; failures=$((failures + 1)); }
[ $failures -eq 0 ] && echo ok
[ $failures -eq 0 ]
