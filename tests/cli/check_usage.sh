#!/usr/bin/env bash
# coach check: exit codes and options (0 clean or warnings only, 1 errors,
# 2 usage or unreadable input), --strict, --coverage, several files at once.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
expect() { # expect STATUS DESCRIPTION -- command...
    local want=$1 what=$2; shift 3
    "$@" >/tmp/check_usage.$$ 2>&1
    local got=$?
    if [ "$got" -ne "$want" ]; then
        echo "FAIL: $what: exit $got, expected $want"; sed 's/^/    /' /tmp/check_usage.$$
        failures=$((failures + 1))
    fi
}
B=tests/scenarios/broken
expect 2 "no arguments" -- "$COACH_BIN" check
expect 2 "unknown option" -- "$COACH_BIN" check --frobnicate $B/clean.lua
expect 2 "missing file" -- "$COACH_BIN" check $B/does_not_exist.lua
expect 2 "missing file next to a good one" -- "$COACH_BIN" check $B/clean.lua $B/does_not_exist.lua
expect 0 "clean file" -- "$COACH_BIN" check $B/clean.lua
expect 0 "warnings only" -- "$COACH_BIN" check $B/cue_on_ending.lua
expect 1 "warnings only, --strict" -- "$COACH_BIN" check --strict $B/cue_on_ending.lua
expect 1 "an error in the second file" -- "$COACH_BIN" check $B/clean.lua $B/dead_end.lua
expect 1 "the broken folder" -- "$COACH_BIN" check $B
expect 0 "--help" -- "$COACH_BIN" check --help

# The missing file is named on stderr.
"$COACH_BIN" check $B/does_not_exist.lua 2>&1 >/dev/null | grep -q "does_not_exist.lua" ||
    { echo "FAIL: missing file not named"; failures=$((failures + 1)); }
# Several files: findings of each, one summary.
out=$("$COACH_BIN" check $B/dead_end.lua $B/unknown_label.lua 2>&1)
printf '%s\n' "$out" | grep -q "^$B/dead_end.lua:[0-9]*: error: .*\[dead-end\]$" &&
printf '%s\n' "$out" | grep -q "^$B/unknown_label.lua:[0-9]*: error: .*\[unknown-label\]$" &&
printf '%s\n' "$out" | grep -q "^2 files checked: 2 errors, 0 warnings$" ||
    { echo "FAIL: two files"; printf '%s\n' "$out"; failures=$((failures + 1)); }

# --coverage: endings no test reached are warned about, others not.
tmp=$(mktemp -d)
printf '{"scenarios": [{"id": "broken_clean", "endings": {"reached": ["brush_off"]}}]}\n' >"$tmp/cov.json"
out=$("$COACH_BIN" check --coverage "$tmp/cov.json" $B/clean.lua 2>&1); status=$?
[ "$status" -eq 0 ] && printf '%s\n' "$out" | grep -q "warning: ending 'booked' .* \[untested-ending\]$" &&
    ! printf '%s\n' "$out" | grep -q "ending 'brush_off'" ||
    { echo "FAIL: --coverage"; printf '%s\n' "$out"; failures=$((failures + 1)); }
printf '{"scenarios": [{"id": "broken_clean", "endings": {"reached": ["booked", "brush_off"]}}]}\n' >"$tmp/full.json"
out=$("$COACH_BIN" check --coverage "$tmp/full.json" $B/clean.lua 2>&1)
printf '%s\n' "$out" | grep -q "untested-ending" && { echo "FAIL: full coverage still warns"; failures=$((failures + 1)); }
printf '{"scenarios": \n' >"$tmp/bad.json"
expect 2 "invalid coverage JSON" -- "$COACH_BIN" check --coverage "$tmp/bad.json" $B/clean.lua
grep -q "bad.json:[0-9]*: error" /tmp/check_usage.$$ || { echo "FAIL: bad coverage not named with a line"; failures=$((failures + 1)); }
expect 2 "--coverage without a file" -- "$COACH_BIN" check $B/clean.lua --coverage
rm -rf "$tmp" /tmp/check_usage.$$
[ "$failures" -eq 0 ] && echo "ok"
[ "$failures" -eq 0 ]
