#!/usr/bin/env bash
# sync_lrs.sh [SESSIONS]: how fast `coach sync` sends to a local LRS
# (Learning Locker's statement service from tests/lrs, in-memory, on
# 127.0.0.1), and how long a sync with nothing new takes. Prints figures;
# not part of the test suite. Needs node and the npm packages of tests/lrs
# (scripts/test.sh installs them) and a release build (build/coach).
set -euo pipefail
cd "$(dirname "$0")/../.."
sessions=${1:-400}
coach=$PWD/build/coach
tmp=$(mktemp -d)
. tests/bench/bench_header.sh
. tests/lrs/start_lrs.sh
trap 'lrs_stop; rm -rf "$tmp"' EXIT
key=bench-key secret=bench-secret
lrs_start "$tmp" "$key" "$secret"
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
unset COACH_LRS_ENDPOINT COACH_LRS_KEY COACH_LRS_SECRET
mkdir -p "$XDG_CONFIG_HOME/discovery-coach"
printf 'endpoint = %s/xAPI\nkey = %s\nsecret = %s\nhome_page = https://lms.example.com\n' \
    "$base" "$key" "$secret" >"$XDG_CONFIG_HOME/discovery-coach/config"
chmod 600 "$XDG_CONFIG_HOME/discovery-coach/config"
python3 tests/lrs/make_logs.py tests/logs/good "$tmp/logs" "$sessions" "Bench Rep"
now() { date +%s.%N; }
start=$(now)
"$coach" sync "$tmp/logs" --quiet
first=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
start=$(now)
"$coach" sync "$tmp/logs" --quiet
again=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
statements=$(python3 tests/lrs/lrs.py statements "$base" "$key" "$secret" |
    python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
bench_header
awk -v n="$sessions" -v s="$statements" -v t="$first" -v a="$again" 'BEGIN {
    printf "first sync: %d sessions (%d statements) in %.2f s: %.0f sessions/s, %.0f statements/s\n", n, s, t, n / t, s / t
    printf "second sync (nothing new, %d logs read): %.2f s\n", n, a }'
