#!/usr/bin/env bash
# Bad input to `coach run` / `coach play --text`: one clear error line naming
# the file, exit 2, never a crash; a 1 MB line is accepted.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'chmod -R u+w "$dir"; rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
expect_error() { # name file_fragment command...
    local name=$1 fragment=$2; shift 2
    "$@" > "$dir/out" 2> "$dir/err"
    local rc=$?
    [ $rc -eq 2 ] || fail "$name: exit $rc, expected 2"
    [ "$(wc -l < "$dir/err")" -eq 1 ] || fail "$name: expected one error line, got: $(cat "$dir/err")"
    grep -q -- "$fragment" "$dir/err" || fail "$name: error does not name $fragment: $(cat "$dir/err")"
    echo "ok $name: $(cat "$dir/err")"
}
printf 'What is going on?\n' > "$dir/good.txt"
expect_error "missing scenario" "no_such.lua" "$bin" run "$dir/no_such.lua" --script "$dir/good.txt" --log-dir "$dir/logs"
expect_error "missing scenario (play)" "no_such.lua" "$bin" play "$dir/no_such.lua" --text --log-dir "$dir/logs"
printf 'Hello there\nWhat is \xff\xfe going on?\n' > "$dir/bad_utf8.txt"
expect_error "invalid UTF-8 script" "bad_utf8.txt:2:" "$bin" run "$root/scenarios/plant_downtime.lua" --script "$dir/bad_utf8.txt" --log-dir "$dir/logs"
mkdir -p "$dir/readonly"; chmod a-w "$dir/readonly"
if [ "$(id -u)" != 0 ]; then
    expect_error "unwritable log dir" "readonly" "$bin" run "$root/scenarios/plant_downtime.lua" --script "$dir/good.txt" --log-dir "$dir/readonly"
    expect_error "unwritable log dir (play)" "readonly" sh -c "printf 'hi\n' | '$bin' play '$root/scenarios/plant_downtime.lua' --text --log-dir '$dir/readonly'"
fi
# /proc refuses new directories even to root
expect_error "unwritable log dir (/proc)" "/proc/coach-logs" "$bin" run "$root/scenarios/plant_downtime.lua" --script "$dir/good.txt" --log-dir /proc/coach-logs
touch "$dir/file"
expect_error "log dir is a file" "file" "$bin" run "$root/scenarios/plant_downtime.lua" --script "$dir/good.txt" --log-dir "$dir/file/logs"
expect_error "missing script" "nope.txt" "$bin" run "$root/scenarios/plant_downtime.lua" --script "$dir/nope.txt" --log-dir "$dir/logs"
printf '#9\n' > "$dir/bad_choice.txt"
expect_error "option at a typed turn" "bad_choice.txt:1:" "$bin" run "$root/scenarios/plant_downtime.lua" --script "$dir/bad_choice.txt" --log-dir "$dir/logs" --quiet
expect_error "broken scenario" "syntax_error.lua:2:" "$bin" run "$root/tests/scenarios/sandbox/syntax_error.lua" --script "$dir/good.txt" --log-dir "$dir/logs"
expect_error "hostile scenario" "infinite_loop.lua" "$bin" run "$root/tests/scenarios/sandbox/infinite_loop.lua" --script "$dir/good.txt" --log-dir "$dir/logs"

# A 1 MB line is accepted and cut, not a crash.
python3 -c "import sys; sys.stdout.write('What is going on ' + 'x' * 1048576 + '?\n')" > "$dir/huge.txt"
log=$("$bin" run "$root/scenarios/plant_downtime.lua" --script "$dir/huge.txt" --log-dir "$dir/logs" --quiet)
rc=$?
[ $rc -eq 0 ] || fail "1 MB line: exit $rc"
python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
t = [t for t in d['turns'] if t['speaker'] == 'trainee'][0]
assert t['truncated'] is True and len(t['text'].encode()) <= 16384, (t['truncated'], len(t['text']))
" "$log" || fail "1 MB line: log"
[ $failures -eq 0 ] && echo "ok 1 MB line"
[ $failures -eq 0 ]
