#!/usr/bin/env bash
# Hostile scenarios at run time (tests/scenarios/hostile/): each goes through
# `check`, `run`, `play --text` and `graph` under a time limit. None may crash
# (a signal), hang (the limit) or end without saying why: a failing run names
# the scenario file and a line, on one line, and exits 2 (graph: 1 or 2).
#
# A run that exits 0 has written a log that `coach report` and `coach export`
# read without a warning and that assets/log.schema.json accepts, whose
# per-turn state snapshots keep to their budget (16 KiB, one entry may cross
# it), and that holds each text a fixture names in a `-- log-contains: TEXT`
# line (compared with the log printed compactly). A fixture's
# `-- run-exits: N` line fixes run's exit code; `-- stderr-has: TEXT`, text
# that run's stderr must hold; `-- stderr-max: N`, how many bytes run may
# write there; `-- check-has: TEXT`, text check must print. No command
# writes a control character other than newline and tab to the terminal.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
printf 'What is going on?\n#1\nWhat else?\n#1\n' > "$dir/script.txt"
# Prints what is wrong with the log $1 (nothing when all is well).
log_problems() {
    python3 - "$1" "$root/assets/log.schema.json" "$dir/compact.json" <<'PY'
import json, sys
log_path, schema_path, compact_path = sys.argv[1:4]
raw = open(log_path, "rb").read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError as error:
    print("invalid UTF-8 in the log: %s" % error); sys.exit()
doc = json.loads(text)
try:
    import jsonschema
    jsonschema.validate(doc, json.load(open(schema_path)))
except ImportError:
    print("python3-jsonschema is missing (scripts/setup.sh installs it)")
except jsonschema.ValidationError as error:
    print("the schema refuses it: %s at %s" % (error.message[:200], list(error.absolute_path)))
for turn in doc["turns"]:
    size = len(json.dumps(turn.get("state"), separators=(",", ":"), ensure_ascii=False).encode())
    if size > 48 * 1024:
        print("turn %s: a state snapshot of %d bytes" % (turn.get("index"), size))
with open(compact_path, "w", encoding="utf-8") as out:
    json.dump(doc, out, separators=(",", ":"), ensure_ascii=False)
PY
}
for scenario in "$root"/tests/scenarios/hostile/*.lua; do
    name=$(basename "$scenario")
    failed_before=$failures
    expected_run=$(sed -n 's/^-- run-exits: //p' "$scenario")
    for mode in check run play graph; do
        rm -rf "$dir/logs"
        case $mode in
            check) timeout 60 "$bin" check "$scenario" > "$dir/out" 2> "$dir/err" ;;
            run) timeout 60 "$bin" run "$scenario" --script "$dir/script.txt" --log-dir "$dir/logs" --quiet > "$dir/out" 2> "$dir/err" ;;
            play) timeout 60 "$bin" play "$scenario" --text --log-dir "$dir/logs" < "$dir/script.txt" > "$dir/out" 2> "$dir/err" ;;
            graph) timeout 60 "$bin" graph "$scenario" > "$dir/out" 2> "$dir/err" ;;
        esac
        rc=$?
        if [ $rc -ge 124 ]; then
            fail "$name $mode: exit $rc (a crash or a hang): $(head -c 300 "$dir/err")"
            continue
        fi
        if [ $rc -ne 0 ] && [ "$mode" != check ]; then
            # graph says 1 for a scenario that does not load (check's code for errors)
            [ $rc -eq 2 ] || { [ $rc -eq 1 ] && [ $mode = graph ]; } || fail "$name $mode: exit $rc, expected 0 or 2"
            grep -qE "$name:[0-9]+: " "$dir/err" || fail "$name $mode: the error names no file:line: $(head -c 300 "$dir/err")"
        fi
        if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$dir/out" "$dir/err"; then
            fail "$name $mode: control characters reach the terminal: $(LC_ALL=C grep -o $'[\x01-\x08\x0b-\x1f\x7f].\{0,10\}' "$dir/out" "$dir/err" | head -n 2 | cat -v)"
        fi
        if [ "$mode" = check ]; then
            while IFS= read -r text; do
                grep -qF -- "$text" "$dir/out" || fail "$name check: no '$text' in: $(head -c 300 "$dir/out")"
            done < <(sed -n 's/^-- check-has: //p' "$scenario")
        fi
        [ "$mode" = run ] || continue
        if [ -n "$expected_run" ] && [ "$rc" != "$expected_run" ]; then
            fail "$name run: exit $rc, expected $expected_run: $(head -c 300 "$dir/err")"
        fi
        while IFS= read -r text; do
            grep -qF -- "$text" "$dir/err" || fail "$name run: no '$text' on stderr: $(head -c 300 "$dir/err")"
        done < <(sed -n 's/^-- stderr-has: //p' "$scenario")
        most=$(sed -n 's/^-- stderr-max: //p' "$scenario")
        if [ -n "$most" ] && [ "$(stat -c %s "$dir/err")" -gt "$most" ]; then
            fail "$name run: $(stat -c %s "$dir/err") bytes on stderr, at most $most expected"
        fi
        [ $rc -eq 0 ] || continue
        log=$(ls "$dir"/logs/*.json 2>/dev/null | head -n 1)
        if [ -z "$log" ]; then
            fail "$name run: exit 0 and no log"
            continue
        fi
        problems=$(log_problems "$log")
        [ -z "$problems" ] || fail "$name run: $problems"
        while IFS= read -r text; do
            grep -qF -- "$text" "$dir/compact.json" || fail "$name run: the log has no $text"
        done < <(sed -n 's/^-- log-contains: //p' "$scenario")
        "$bin" report "$log" > /dev/null 2> "$dir/report.err" || fail "$name report: exit $?: $(head -c 300 "$dir/report.err")"
        [ ! -s "$dir/report.err" ] || fail "$name report: $(head -c 300 "$dir/report.err")"
        if "$bin" export "$log" --xapi --home-page https://lms.example -o "$dir/xapi.json" 2> "$dir/export.err"; then
            python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$dir/xapi.json" ||
                fail "$name export: not JSON"
        else
            fail "$name export: exit $?: $(head -c 300 "$dir/export.err")"
        fi
    done
    [ $failures -ne $failed_before ] || echo "ok $name"
done
[ $failures -eq 0 ]
