#!/usr/bin/env bash
# coach report over real logs (tests/logs/good: three trainees, four
# scenarios, one unfinished session, counted with --include-unfinished): the text table, the statistics checked
# against Python's own sums of the JSON, CSV read back with Python's csv
# module, the HTML page (SVG charts, one <details> per session, no script),
# filters, determinism, usage errors.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
good=tests/logs/good

out=$("$COACH_BIN" report "$good" --include-unfinished --csv "$tmp/r.csv" --html "$tmp/r.html" 2>"$tmp/err"); status=$?
[ "$status" -eq 0 ] || fail "exit $status over the good logs: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "warnings over good logs: $(cat "$tmp/err")"
printf '%s\n' "$out" >"$tmp/out.txt"
grep -q '^Sessions: 9$' "$tmp/out.txt" || fail "not 9 sessions"
grep -q '^date  *trainee  *scenario  *ending  *won  *discovery  *listening  *benefits  *next_step  *overall  *turns$' \
    "$tmp/out.txt" || fail "no session header"
grep -q '(in_progress)' "$tmp/out.txt" || fail "the unfinished session is not marked (in_progress)"

# the statistics, recomputed by Python from the logs themselves
python3 - "$good" "$tmp/out.txt" "$tmp/r.csv" <<'EOF' || failures=$((failures + 1))
import csv, glob, json, sys
good, text_path, csv_path = sys.argv[1:]
logs = [json.load(open(p)) for p in sorted(glob.glob(good + "/*.json"))]
logs.sort(key=lambda d: d["started_at"])
text = open(text_path).read()
problems = []
def slope(values):
    n = len(values)
    if n < 3:  # a trend needs three sessions
        return None
    mx, my = (n - 1) / 2, sum(values) / n
    return sum((i - mx) * (v - my) for i, v in enumerate(values)) / sum((i - mx) ** 2 for i in range(n))
trainee_lines = text.split("By trainee")[1].split("By scenario")[0].splitlines()
for trainee in sorted({d["trainee"] for d in logs}):
    mine = [d for d in logs if d["trainee"] == trainee]
    for skill in ["discovery", "listening", "benefits", "next_step", "overall"]:
        values = [d["scores"][skill]["score"] for d in mine]
        s = slope(values)
        trend = "-" if s is None else ("0.0" if abs(s) < 0.05 else f"{s:+.1f}")
        want = [skill, str(len(values)), f"{sum(values) / len(values):.1f}",
                f"{max(values):g}", f"{values[-1]:g}", trend]
        start = [i for i, l in enumerate(trainee_lines) if l.startswith(trainee)][0]
        row = [l for l in trainee_lines[start:start + 5] if l.split()[-6:][0] == skill]
        if not row or row[0].split()[-6:] != want:
            problems.append(f"{trainee} {skill}: want {want}, got {row}")
rows = list(csv.DictReader(open(csv_path, newline="", encoding="utf-8")))
if len(rows) != len(logs):
    problems.append(f"CSV has {len(rows)} rows, want {len(logs)}")
for row, d in zip(rows, logs):
    if row["trainee"] != d["trainee"] or row["scenario"] != d["scenario"]["id"]:
        problems.append(f"CSV row {row['trainee']}/{row['scenario']} out of order")
    if float(row["overall"]) != d["scores"]["overall"]["score"]:
        problems.append(f"CSV overall {row['overall']} != {d['scores']['overall']['score']}")
    if int(row["turns"]) != len(d["turns"]):
        problems.append("CSV turns wrong")
    want_success = "" if d["ending"] is None else ("true" if d["ending"]["success"] else "false")
    if row["success"] != want_success:
        problems.append(f"CSV success {row['success']!r}, want {want_success!r}")
raw = open(csv_path, "rb").read()
if raw.count(b"\r\n") != len(logs) + 1:
    problems.append("CSV lines do not end in CRLF")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF

# HTML: self-contained, charts, one details per session, escaped
html="$tmp/r.html"
grep -q '^<!DOCTYPE html>' "$html" || fail "HTML has no doctype"
[ "$(grep -o '<svg' "$html" | wc -l)" -eq 4 ] || fail "want 3 line charts and 1 bar chart"
[ "$(grep -o '<polyline' "$html" | wc -l)" -eq 15 ] || fail "want 5 lines per trainee chart"
[ "$(grep -o '<details' "$html" | wc -l)" -eq 9 ] || fail "want one <details> per session"
[ "$(grep -o '</details>' "$html" | wc -l)" -eq 9 ] || fail "unbalanced <details>"
grep -Eqi '<script|https?://' "$html" && fail "HTML has a script or a network link"
grep -q 'src=' "$html" && fail "HTML loads something"
grep -q 'Chloé Dubois' "$html" || fail "UTF-8 name lost in the HTML"
[ "$(grep -o '<h4>The call, line by line</h4>' "$html" | wc -l)" -eq 9 ] || fail "want the call line by line in every session"
grep -q '<li class="you"><b>1. You:</b>' "$html" || fail "the trainee's lines are not numbered in the HTML"
grep -q 'title="a trend needs 3 sessions">- (2)</span>' "$html" || fail "a trend drawn from two sessions"
python3 -c 'import html.parser,sys; p=html.parser.HTMLParser(); p.feed(open(sys.argv[1]).read()); p.close()' "$html" ||
    fail "HTML does not parse"

# deterministic output
"$COACH_BIN" report "$good" --include-unfinished --csv "$tmp/r2.csv" --html "$tmp/r2.html" >"$tmp/out2.txt" 2>/dev/null
cmp -s "$tmp/r.html" "$tmp/r2.html" && cmp -s "$tmp/r.csv" "$tmp/r2.csv" && cmp -s "$tmp/out.txt" "$tmp/out2.txt" ||
    fail "two runs over the same logs differ"
# the same file given twice (directly and through its directory) counts once
n=$("$COACH_BIN" report --include-unfinished "$good" "$good/ana-01.json" 2>/dev/null | head -1)
[ "$n" = "Sessions: 9" ] || fail "a log given twice was counted twice ($n)"

# filters
out=$("$COACH_BIN" report "$good" --trainee "Chloé Dubois" 2>&1); status=$?
[ "$status" -eq 0 ] && printf '%s\n' "$out" | grep -q '^Sessions: 2$' || fail "--trainee: $out"
printf '%s\n' "$out" | grep -q 'Ana Ruiz' && fail "--trainee let another trainee through"
out=$("$COACH_BIN" report "$good" --scenario coffee_owner 2>&1)
printf '%s\n' "$out" | grep -q '^Sessions: 4$' || fail "--scenario coffee_owner: $out"
"$COACH_BIN" report "$good" --trainee "Nobody" >/dev/null 2>"$tmp/err"; status=$?
[ "$status" -eq 1 ] || fail "filter matching nothing: exit $status (want 1)"
grep -q 'no session matches the filter' "$tmp/err" || fail "no message for an empty filter"
# CSV to stdout, alone
"$COACH_BIN" report "$good" --csv - 2>/dev/null | head -1 | grep -q '^started_at,ended_at,trainee,' ||
    fail "--csv - does not write CSV alone on stdout"

# usage errors: exit 2
for args in "" "--bogus $good" "$good --csv" "$good --csv - --html -" "$good --trainee"; do
    # shellcheck disable=SC2086
    "$COACH_BIN" report $args >/dev/null 2>&1; status=$?
    [ "$status" -eq 2 ] || fail "report $args: exit $status (want 2)"
done
"$COACH_BIN" report --help | grep -q '^usage: coach report LOG_OR_DIR' || fail "--help"
"$COACH_BIN" report "$good" --html /nonexistent-dir/r.html >/dev/null 2>"$tmp/err"; status=$?
[ "$status" -eq 2 ] && grep -q '/nonexistent-dir/r.html' "$tmp/err" || fail "unwritable --html: exit $status"

# by default the unfinished session (ben-02: in progress, no ending) is left
# out and said to be; so is a log in which the trainee said nothing, and a
# call reloaded with F5 (one log with a reload event) counts once
mkdir "$tmp/more"
cp "$good"/*.json "$tmp/more/"
python3 - "$good/ana-01.json" "$tmp/more" <<'EOF' || fail "could not make the extra logs"
import json, sys
base, out = sys.argv[1:]
d = json.load(open(base))
empty = dict(d, turns=[t for t in d["turns"] if t["speaker"] == "prospect"][:1], status="ended",
             finished=True, started_at="2025-03-01T09:00:00Z")
empty["ending"] = {"outcome": "abandoned", "success": False, "node": "x"}
json.dump(empty, open(out + "/empty-esc-esc.json", "w"))
old = dict(empty, status="in_progress", ending=None, started_at="2025-03-02T09:00:00Z")
old.pop("finished")
json.dump(old, open(out + "/old-version-empty.json", "w"))
reloaded = dict(d, started_at="2025-03-03T09:00:00Z", finished=True,
                reloads=[{"at": "2025-03-03T09:02:00Z", "answers": 2, "replayed": 2, "scenario_sha256": "0" * 64}])
json.dump(reloaded, open(out + "/reloaded.json", "w"))
EOF
out=$("$COACH_BIN" report "$tmp/more" 2>"$tmp/err"); status=$?
[ "$status" -eq 0 ] || fail "exit $status with empty and unfinished logs: $(cat "$tmp/err")"
printf '%s\n' "$out" | grep -q '^Sessions: 9$' || fail "want 9 sessions (8 finished + 1 reloaded), got: $(printf '%s\n' "$out" | head -2)"
printf '%s\n' "$out" | grep -q '^Left out: 1 unfinished (--include-unfinished counts them), 2 with no trainee line$' ||
    fail "the left-out sessions are not said: $(printf '%s\n' "$out" | head -2)"
printf '%s\n' "$out" | grep -q '(in_progress)' && fail "an unfinished session was counted without --include-unfinished"
[ "$(printf '%s\n' "$out" | grep -c '2025-03-0[12]')" -eq 0 ] || fail "an empty session was counted"
[ "$(printf '%s\n' "$out" | grep -c '2025-03-03')" -eq 1 ] || fail "the reloaded call is not one row"
out=$("$COACH_BIN" report "$tmp/more" --include-unfinished 2>/dev/null)
printf '%s\n' "$out" | grep -q '^Sessions: 10$' || fail "--include-unfinished: want 10 sessions"
printf '%s\n' "$out" | grep -q '^Left out: 0 unfinished (--include-unfinished counts them), 2 with no trainee line$' ||
    fail "--include-unfinished: the empty logs are not said to be left out"
"$COACH_BIN" report "$good/ben-02.json" >/dev/null 2>"$tmp/err"; status=$?
[ "$status" -eq 1 ] && grep -q 'no finished session (1 unfinished: --include-unfinished counts them' "$tmp/err" ||
    fail "only an unfinished log: exit $status, $(cat "$tmp/err")"
"$COACH_BIN" report --help | grep -q -- '--include-unfinished' || fail "--help does not name --include-unfinished"

[ "$failures" -eq 0 ] && echo "ok: report text, CSV and HTML over the fixture logs"
exit $((failures > 0))
