#!/usr/bin/env bash
# coach test --coverage-json then coach check --coverage: the endings check
# calls untested are exactly those the coverage file lists as not reached.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
command -v python3 >/dev/null || { echo "SKIP: python3 not found"; exit 77; }
shopt -s nullglob
tests=(tests/scenarios/*.test.lua)
[ "${#tests[@]}" -gt 0 ] || { echo "SKIP: no scenario tests"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$COACH_BIN" test --coverage-json "$tmp/coverage.json" "${tests[@]}" >"$tmp/test.out" 2>&1
[ -s "$tmp/coverage.json" ] || { echo "FAIL: coach test wrote no coverage"; cat "$tmp/test.out"; exit 1; }
# Pass 1: the real coverage. Pass 2: the same with the first reached ending of
# each scenario taken out, so check must name exactly those as untested.
python3 - "$tmp/coverage.json" "$tmp/reduced.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for entry in doc["scenarios"]:
    endings = entry.get("endings", {})
    if endings.get("reached"):
        endings.setdefault("not_reached", []).append(endings["reached"].pop(0))
json.dump(doc, open(sys.argv[2], "w"))
PY
failures=0
for coverage in "$tmp/coverage.json" "$tmp/reduced.json"; do
    "$COACH_BIN" check --coverage "$coverage" scenarios/*.lua >"$tmp/check.out" 2>&1
    status=$?
    cat "$tmp/check.out"
    [ "$status" -eq 0 ] || { echo "FAIL: coach check --coverage exited $status"; failures=$((failures + 1)); continue; }
    python3 - "$coverage" "$tmp/check.out" scenarios/*.lua <<'PY' || failures=$((failures + 1))
import json, re, sys
entries = json.load(open(sys.argv[1]))["scenarios"]
expected = set()
for entry in entries:
    for ending in entry.get("endings", {}).get("not_reached", []):
        expected.add((entry["id"], ending))
ids = {}
for path in sys.argv[3:]:
    m = re.search(r'^\s*id\s*=\s*"([a-z0-9_]+)"', open(path).read(), re.M)
    if m:
        ids[path] = m.group(1)
covered = {e["id"] for e in entries}
said = set()
for line in open(sys.argv[2]):
    m = re.match(r"^(\S+?):\d+: warning: ending '([^']+)' .*\[untested-ending\]$", line.strip())
    if m:
        said.add((ids.get(m.group(1), "?"), m.group(2)))
# Scenarios no test covers get every ending warned; compare the covered ones.
said_for_covered = {s for s in said if s[0] in covered}
if said_for_covered != expected:
    print("FAIL: check says untested", sorted(said_for_covered), "coverage says", sorted(expected))
    sys.exit(1)
print(f"ok: {len(expected)} untested endings, as {sys.argv[1].rsplit('/', 1)[-1]} says")
PY
done
[ "$failures" -eq 0 ]
