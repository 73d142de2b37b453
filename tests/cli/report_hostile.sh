#!/usr/bin/env bash
# coach report over hostile files: truncated JSON, wrong schema, wrong types,
# invalid UTF-8, an empty file, 100k-deep arrays, a 5 MB name, a 65 MiB file,
# a directory and a FIFO named *.json, a symlink loop, a file name with a
# newline. Each bad file is named in exactly one warning line, the good log
# is still reported, nothing crashes or hangs; exit 0 with a good log, 1
# without.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
logs="$tmp/logs"
mkdir -p "$logs"
cp tests/logs/hostile/* "$logs/"
python3 - "$logs" tests/logs/good/ben-03.json <<'EOF'
import json, sys
out, good = sys.argv[1], sys.argv[2]
with open(f"{out}/nested.json", "w") as f:
    f.write("[" * 100000 + "]" * 100000)
with open(f"{out}/nested-object.json", "w") as f:
    f.write('{"a":' * 100000 + "1" + "}" * 100000)
log = json.load(open(good))
log["trainee"] = "N" * (5 * 1024 * 1024)
json.dump(log, open(f"{out}/huge-name.json", "w"))
log = json.load(open(good))
log["trainee"] = "Long Reasons"
log["scores"]["listening"]["reasons"].append(
    {"turn": 2, "rule": "x", "points": 99, "text": "W" * (5 * 1024 * 1024)})
json.dump(log, open(f"{out}/huge-reason.json", "w"))
EOF
truncate -s 65M "$logs/too-big.json"                   # sparse: no disk used
mkdir "$logs/dir.json"                                  # a directory named like a log
cp tests/logs/good/ana-01.json "$logs/dir.json/inside.json"
mkfifo "$logs/fifo.json"                                # opening it would block forever
ln -s .. "$logs/dir.json/loop"                          # a symlink cycle
printf '{"schema":' >"$logs/evil
name.json"

out=$(timeout 120 "$COACH_BIN" report "$logs" 2>"$tmp/err"); status=$?
[ "$status" -eq 0 ] || fail "exit $status with two good logs among hostile ones (want 0)"
for name in truncated empty wrong-schema not-an-object wrong-types future-version bad-date \
            score-out-of-range invalid-utf8 nested nested-object huge-name too-big fifo; do
    grep -q "^$logs/$name.json:[0-9]*: warning: " "$tmp/err" || fail "$name.json not named in a warning"
done
grep -q '^.*/evil?name.json:1: warning: ' "$tmp/err" || fail "newline in a file name not shown as ?"
grep -q 'notes.txt' "$tmp/err" && fail "a non-.json file was read"
grep -q 'dir.json:' "$tmp/err" && fail "the directory dir.json was treated as a file"
grep -q 'huge-reason.json' "$tmp/err" && fail "a log with a 5 MB reason was refused (it should be cut, not refused)"
grep -q 'invalid-utf8.json:5: warning: invalid UTF-8' "$tmp/err" || fail "invalid UTF-8 not reported at line 5"
grep -q 'too-big.json:1: warning: the log is larger than 64 MiB' "$tmp/err" || fail "65 MiB file not refused by size"
grep -q 'huge-name.json:1: warning: the trainee name is 5242880 bytes' "$tmp/err" || fail "5 MB name not refused"
# one line per bad file, plus the summary line
warnings=$(grep -c ': warning: ' "$tmp/err")
[ "$warnings" -eq 15 ] || { fail "expected 15 warning lines, got $warnings"; cat "$tmp/err"; }
grep -q '^coach report: skipped 15 files that are not readable session logs$' "$tmp/err" ||
    fail "no count of skipped files"
printf '%s\n' "$out" | grep -q '^Sessions: 2$' || fail "the good logs (inside dir.json and huge-reason) were not reported"
printf '%s\n' "$out" | grep -q 'Long Reasons' || fail "huge-reason.json's session missing"
printf '%s\n' "$out" | grep -q 'Ana Ruiz' || fail "dir.json/inside.json's session missing"

# HTML of the log with a 5 MB reason stays small (the reason is cut)
timeout 60 "$COACH_BIN" report "$logs/huge-reason.json" --html "$tmp/r.html" --quiet 2>/dev/null ||
    fail "report of huge-reason.json failed"
size=$(stat -c %s "$tmp/r.html" 2>/dev/null || echo 0)
[ "$size" -gt 1000 ] && [ "$size" -lt 200000 ] || fail "HTML of a 5 MB reason is $size bytes"

# nothing readable at all: exit 1
timeout 60 "$COACH_BIN" report tests/logs/hostile >/dev/null 2>"$tmp/err2"; status=$?
[ "$status" -eq 1 ] || fail "only hostile logs: exit $status (want 1)"
grep -q 'no readable session log found' "$tmp/err2" || fail "no 'no readable session log' message"
timeout 10 "$COACH_BIN" report "$tmp/does-not-exist" >/dev/null 2>"$tmp/err3"; status=$?
[ "$status" -eq 1 ] || fail "missing path: exit $status (want 1)"
grep -q "does-not-exist:1: warning: cannot read" "$tmp/err3" || fail "missing path not named"

[ "$failures" -eq 0 ] && echo "ok: report skips and names every hostile file"
exit $((failures > 0))
