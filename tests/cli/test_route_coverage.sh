#!/usr/bin/env bash
# coach test --coverage: the route rules and options no test takes; coach check
# --coverage warns about them (untested-route) and --strict fails on them. A
# scenario that does not load is reported once, not once per test, and a
# contrast with a test that could not start says it was not compared.
set -u
root="$(cd "${COACH_ROOT:-.}" && pwd)"
bin="${COACH_BIN:-$root/build/coach}"
cd "$root" || exit 1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
dir=tests/scenarios/failing

# tiny_call without its deliberately unreachable ending, so check has no error of its own
# (and its opening closing = true: check --strict passes it without coverage)
sed -e '/^node "never"/,$d' -e 's/^  otherwise = "cold",$/  otherwise = "cold", closing = true,/' \
    "$dir/tiny_call.lua" >"$work/tiny_call.lua"
cat >"$work/pass.test.lua" <<LUA
scenario_test { name = "books", scenario = "$work/tiny_call.lua",
  say = { "What's been happening with the overtime?", { choose = "a" } },
  expect = { ending = "meeting_booked" } }
LUA
# 1. the routes and options no test took, by id
"$bin" test --coverage --coverage-json "$work/coverage.json" "$work/pass.test.lua" >"$work/out" 2>&1
code=$?
[ $code -eq 0 ] || fail "passing file exit $code: $(cat "$work/out")"
line=$(grep -E '^coverage tiny_call: routes [0-9]+/[0-9]+, options [0-9]+/[0-9]+' "$work/out")
[ -n "$line" ] || fail "no route coverage line in: $(cat "$work/out")"
taken=$(printf '%s\n' "$line" | sed -E 's/^coverage tiny_call: routes ([0-9]+)\/([0-9]+), options ([0-9]+)\/([0-9]+).*/\1 \2 \3 \4/')
read -r routes_taken routes_total options_taken options_total <<<"$taken"
[ "$routes_taken" -ge 1 ] && [ "$routes_taken" -lt "$routes_total" ] || fail "routes: $line"
[ "$options_taken" -eq 1 ] && [ "$options_total" -eq 2 ] || fail "options: $line"
printf '%s\n' "$line" | grep -qE '; never taken: routes [a-z_]+\.[a-z0-9_]+.*; options explains\.b$' ||
    fail "never taken list: $line"
python3 - "$work/coverage.json" <<'PY' || fail "coverage JSON routes/options"
import json, sys
entry = json.load(open(sys.argv[1]))["scenarios"][0]
assert entry["options"]["taken"] == ["explains.a"], entry["options"]
assert entry["options"]["not_taken"] == ["explains.b"], entry["options"]
assert entry["routes"]["total"] == len(entry["routes"]["taken"]) + len(entry["routes"]["not_taken"])
PY
# without --coverage, no route line (the usual output stays as it was)
"$bin" test "$work/pass.test.lua" >"$work/out2" 2>&1
grep -q "routes " "$work/out2" && fail "route coverage printed without --coverage"

# 2. check --coverage warns about each route and option no test took, at its line
"$bin" check --coverage "$work/coverage.json" "$work/tiny_call.lua" >"$work/check" 2>&1
code=$?
[ $code -eq 0 ] || fail "check --coverage exit $code (warnings only)"
option_line=$(grep -n 'id = "b"' "$dir/tiny_call.lua" | head -n 1 | cut -d: -f1)
grep -qF "$work/tiny_call.lua:$option_line: warning: option 'explains.b' is taken by no scenario test [untested-route]" "$work/check" ||
    fail "no untested-route warning for explains.b at line $option_line: $(cat "$work/check")"
warned=$(grep -c '\[untested-route\]$' "$work/check")
[ "$warned" -eq $((routes_total - routes_taken + options_total - options_taken)) ] ||
    fail "$warned untested-route warnings for $line"
"$bin" check --strict "$work/tiny_call.lua" >"$work/strict" 2>&1
[ $? -eq 0 ] || fail "check --strict without coverage: $(cat "$work/strict")"
"$bin" check --strict --coverage "$work/coverage.json" "$work/tiny_call.lua" >/dev/null 2>&1
[ $? -eq 1 ] || fail "check --strict --coverage should fail on untaken routes"

# 3. a scenario that does not load: said once for two tests; the contrast is not compared
cat >"$work/unloadable.test.lua" <<LUA
scenario_test { name = "first", scenario = "$root/tests/scenarios/mistakes/unquoted_label.lua",
  say = { "Hello." }, expect = { ending = "meeting_booked" } }
scenario_test { name = "second", scenario = "$root/tests/scenarios/mistakes/unquoted_label.lua",
  say = { "Hello." }, expect = { ending = "brush_off" } }
contrast { better = "first", worse = "second", skills = { "overall" } }
LUA
"$bin" test "$work/unloadable.test.lua" >"$work/out" 2>&1
code=$?
[ $code -eq 2 ] || fail "unloadable scenario exit $code, expected 2"
said=$(grep -c "'next_step' is not defined" "$work/out")
[ "$said" -eq 1 ] || fail "the load error is said $said times: $(cat "$work/out")"
grep -qF 'unquoted_label.lua (the error is above)' "$work/out" || fail "second test does not point at the error above"
grep -qF 'contrast "first" > "second": not compared: test "first" could not start its scenario' "$work/out" ||
    fail "contrast not said as not compared: $(cat "$work/out")"
grep -q "expected overall higher" "$work/out" && fail "a misleading contrast was reported"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "ok"
