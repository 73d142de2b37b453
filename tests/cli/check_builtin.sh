#!/usr/bin/env bash
# Every built-in scenario passes `coach check` (exit 0: no errors; warnings
# are printed for the writers but do not fail). Scenario writers keep it so.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
shopt -s nullglob
files=(scenarios/*.lua)
[ "${#files[@]}" -gt 0 ] || { echo "FAIL: no scenarios/*.lua"; exit 1; }
output=$("$COACH_BIN" check "${files[@]}" 2>&1)
status=$?
printf '%s\n' "$output"
[ "$status" -eq 0 ] || { echo "FAIL: coach check scenarios/*.lua exited $status"; exit 1; }
if printf '%s\n' "$output" | grep -q ': error: '; then echo "FAIL: errors reported"; exit 1; fi
printf '%s\n' "$output" | grep -qE "^${#files[@]} files? checked: 0 errors" ||
    { echo "FAIL: summary does not say ${#files[@]} files, 0 errors"; exit 1; }
# The revised scenarios stay free of warnings too (otherwise-ends-call,
# repeats-line...): --strict fails on any.
for file in scenarios/burned_owner.lua scenarios/cfo_demo.lua scenarios/loyal_customer.lua; do
    "$COACH_BIN" check --strict "$file" || { echo "FAIL: $file has warnings"; exit 1; }
done
# The folder form checks the same files.
"$COACH_BIN" check scenarios >/dev/null 2>&1 || { echo "FAIL: coach check scenarios (folder) failed"; exit 1; }
echo "ok: ${#files[@]} built-in scenarios are clean"
