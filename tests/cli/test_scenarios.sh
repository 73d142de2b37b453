#!/usr/bin/env bash
# Runs the scenario tests of every built-in scenario (tests/scenarios/*.test.lua)
# with `coach test`, one file at a time so a failure names its scenario, and
# checks that the coverage JSON is written. Warns about a built-in scenario
# that has no test file.
set -u
root="$(cd "${COACH_ROOT:-.}" && pwd)"
bin="${COACH_BIN:-$root/build/coach}"
cd "$root" || exit 1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

shopt -s nullglob
files=(tests/scenarios/*.test.lua)
if [ ${#files[@]} -eq 0 ]; then
  echo "FAIL: no tests/scenarios/*.test.lua"
  exit 1
fi

for scenario in scenarios/*.lua; do
  name="$(basename "$scenario" .lua)"
  [ -f "tests/scenarios/$name.test.lua" ] || echo "warning: $scenario has no tests/scenarios/$name.test.lua"
done

status=0
for file in "${files[@]}"; do
  name="$(basename "$file" .test.lua)"
  echo "== $file"
  "$bin" test --coverage-json "$work/$name.json" "$file"
  code=$?
  if [ $code -ne 0 ]; then
    echo "FAIL: $file (exit $code)"
    status=1
    continue
  fi
  if ! grep -q '"endings"' "$work/$name.json"; then
    echo "FAIL: $file: no coverage JSON written"
    status=1
  fi
done
exit $status
