#!/usr/bin/env bash
# `coach test` on deliberately failing and broken test files
# (tests/scenarios/failing/): readable differences, exit codes, coverage.
set -u
root="$(cd "${COACH_ROOT:-.}" && pwd)"
bin="${COACH_BIN:-$root/build/coach}"
cd "$root" || exit 1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
dir=tests/scenarios/failing

# 1. failing tests: exit 1, a readable difference naming file, line and test
"$bin" test --coverage-json "$work/coverage.json" "$dir/wrong_ending.test.lua" >"$work/out" 2>"$work/err"
code=$?
[ $code -eq 1 ] || fail "failing tests exit $code, expected 1"
expect() {
  grep -qF -- "$1" "$work/out" || fail "output lacks: $1"
}
expect "$dir/wrong_ending.test.lua:15: test \"fails: a pitch cannot book the visit\": expected ending meeting_booked, got brush_off"
expect "(after turn 1: \"Our vibration sensors and predictive alerts are the best around.\")"
expect "has no option \"z\" (options: a, b)"
expect "ok    passes: open question then the visit"
expect "FAIL  fails: a pitch cannot book the visit"
expect "$dir/wrong_ending.test.lua:29: contrast \"fails: a pitch cannot book the visit\" > \"passes: open question then the visit\": expected overall higher"
expect "3 tests, 2 failed; 1 contrast, 1 failed"
expect "coverage tiny_call: nodes 4/5, cues 1/1, endings 2/3; not reached: endings never"

# the coverage JSON names the ending no test reaches
grep -q '"never"' "$work/coverage.json" || fail "coverage JSON lacks the unreached ending"
grep -q '"polite_no"' "$work/coverage.json" || fail "coverage JSON lacks the unreached outcome"

# 2. a broken test file: exit 2, file and line named
"$bin" test "$dir/broken.test.lua" >"$work/out" 2>"$work/err"
code=$?
[ $code -eq 2 ] || fail "broken test file exit $code, expected 2"
grep -qF "$dir/broken.test.lua:3:" "$work/err" || fail "broken file: no file:line in: $(cat "$work/err")"
grep -qF "endng" "$work/err" || fail "broken file: the typo is not named"

# 3. a missing file and bad usage: exit 2
"$bin" test "$dir/no_such.test.lua" >/dev/null 2>"$work/err"
[ $? -eq 2 ] || fail "missing file: expected exit 2"
grep -qF "no_such.test.lua" "$work/err" || fail "missing file not named"
"$bin" test >/dev/null 2>&1
[ $? -eq 2 ] || fail "no arguments: expected exit 2"
"$bin" test --bogus "$dir/wrong_ending.test.lua" >/dev/null 2>&1
[ $? -eq 2 ] || fail "unknown option: expected exit 2"

# 4. a passing file: exit 0
cat >"$work/pass.test.lua" <<LUA
scenario_test { name = "books", scenario = "$root/$dir/tiny_call.lua",
  say = { "What's been happening with the overtime?", { choose = "a" } },
  expect = { ending = "meeting_booked" } }
LUA
"$bin" test "$work/pass.test.lua" >"$work/out" 2>&1
code=$?
[ $code -eq 0 ] || fail "passing file exit $code, expected 0: $(cat "$work/out")"

# 5. a test file that loops forever is stopped
printf 'while true do end\n' >"$work/loop.test.lua"
timeout 20 "$bin" test "$work/loop.test.lua" >/dev/null 2>"$work/err"
[ $? -eq 2 ] || fail "endless loop: expected exit 2"
grep -q "instruction budget" "$work/err" || fail "endless loop: no budget message"

# 6. a scenario given instead of its test file: its tests are run
#    (scenarios/X.lua -> tests/scenarios/X.test.lua, or X.test.lua beside it)
mkdir -p "$work/scenarios" "$work/tests/scenarios"
cp "$dir/tiny_call.lua" "$work/scenarios/tiny_call.lua"
cat >"$work/tests/scenarios/tiny_call.test.lua" <<LUA
scenario_test { name = "books", scenario = "$work/scenarios/tiny_call.lua",
  say = { "What's been happening with the overtime?", { choose = "a" } },
  expect = { ending = "meeting_booked" } }
LUA
"$bin" test "$work/scenarios/tiny_call.lua" >"$work/out" 2>"$work/err"
code=$?
[ $code -eq 0 ] || fail "a scenario given: exit $code, expected 0: $(cat "$work/err")"
grep -qF "is a scenario; running its tests, $work/scenarios/../tests/scenarios/tiny_call.test.lua" "$work/err" ||
  fail "a scenario given: no note naming its test file: $(cat "$work/err")"
grep -qF "1 test, 0 failed" "$work/out" || grep -qF "1 tests, 0 failed" "$work/out" ||
  fail "a scenario given: its test did not run: $(cat "$work/out")"
# ...with no test file anywhere: exit 2, the error and what coach test takes
"$bin" test "$dir/tiny_call.lua" >/dev/null 2>"$work/err"
[ $? -eq 2 ] || fail "a scenario without tests: expected exit 2"
grep -qF "$dir/tiny_call.lua is not a test file" "$work/err" ||
  fail "a scenario without tests: no hint in: $(cat "$work/err")"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "ok"
