#!/usr/bin/env bash
# coach check on tests/scenarios/broken/: every file holds one problem, and
# each line marked "expect: SEVERITY CODE [xN]" must get exactly that finding
# (N times) at that line; nothing else may be reported. Exit code: 1 when an
# error is expected, else 0.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1

failures=0
checked=0
for file in tests/scenarios/broken/*.lua; do
    checked=$((checked + 1))
    expected=$(grep -n -- '-- expect: ' "$file" | sed -E 's/^([0-9]+):.*-- expect: (error|warning) ([a-z-]+)( x([0-9]+))?.*$/\1 \2 \3 \5/' |
        while read -r line severity code count; do
            for _ in $(seq "${count:-1}"); do echo "$line $severity $code"; done
        done | sort)
    output=$("$COACH_BIN" check "$file" 2>&1)
    status=$?
    actual=$(printf '%s\n' "$output" | grep -E "^${file//./\\.}:[0-9]+: (error|warning): .* \[[a-z-]+\]$" |
        sed -E 's/^[^:]+:([0-9]+): (error|warning): .* \[([a-z-]+)\]$/\1 \2 \3/' | sort)
    want_status=0
    if printf '%s\n' "$expected" | grep -q ' error '; then want_status=1; fi
    if [ "$expected" != "$actual" ] || [ "$status" -ne "$want_status" ]; then
        echo "FAIL $file (exit $status, expected $want_status)"
        echo "  expected findings (line severity code):"; printf '%s\n' "$expected" | sed 's/^/    /'
        echo "  coach check said:"; printf '%s\n' "$output" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
    if ! printf '%s\n' "$output" | grep -qE '^1 file checked: [0-9]+ errors?, [0-9]+ warnings?$'; then
        echo "FAIL $file: no summary line"; failures=$((failures + 1))
    fi
done

[ "$checked" -ge 20 ] || { echo "FAIL: only $checked broken scenarios found"; exit 1; }
# Every code of lint.h has a fixture (untested-ending: see check_coverage.sh).
for code in lua-error undefined-target unreachable-node dead-end no-ending unreachable-ending \
            unknown-label unfollowable-cue duplicate-id unrevealed-target missing-metadata; do
    grep -q -- "-- expect: [a-z]* $code" tests/scenarios/broken/*.lua || { echo "FAIL: no fixture for $code"; failures=$((failures + 1)); }
done
echo "$checked broken scenarios, $failures failures"
[ "$failures" -eq 0 ]
