#!/usr/bin/env bash
# coach report --csv FILE --turns: one row per trainee line (session id,
# trainee, scenario, line number from 1, text, labels, points, file), checked
# against the logs by Python's csv module: every trainee line of every
# session in time order, its labels and the points of its reasons; cells a
# spreadsheet would run as a formula (= + - @ TAB CR first) neutralised.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 tests/report_page/make_logs.py "$tmp/logs" || exit 1
# a trainee who types formulas
python3 - "$tmp/logs" <<'EOF_PY' || exit 1
import json, sys
d = json.load(open(sys.argv[1] + "/ana-03.json"))
typed = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcr", "-7"]
k = 0
for turn in d["turns"]:
    if turn["speaker"] == "trainee" and k < len(typed):
        turn["text"] = typed[k]
        k += 1
json.dump(d, open(sys.argv[1] + "/ana-03.json", "w"))
EOF_PY
"$COACH_BIN" report "$tmp/logs" --include-unfinished --quiet --csv "$tmp/turns.csv" --turns 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "exit $status: $(cat "$tmp/err")"
# the same rows when the logs are read again by the writer (no spool): --html too changes nothing
"$COACH_BIN" report "$tmp/logs" --include-unfinished --quiet --csv "$tmp/turns2.csv" --turns --html "$tmp/r.html" 2>/dev/null
cmp -s "$tmp/turns.csv" "$tmp/turns2.csv" || fail "--turns differs with --html"
python3 - "$tmp/logs" "$tmp/turns.csv" <<'EOF_PY' || failures=$((failures + 1))
import csv, glob, json, sys
logs_dir, path = sys.argv[1:]
logs = [(json.load(open(p)), p) for p in sorted(glob.glob(logs_dir + "/*.json"))]
logs.sort(key=lambda x: (x[0]["started_at"], x[0]["trainee"], x[1]))
raw = open(path, "rb").read()
problems = []
if not raw.startswith(b"session_id,trainee,scenario,turn,text,labels,points,file\r\n"):
    problems.append("header: %r" % raw[:80])
rows = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
want = []
for d, p in logs:
    number = 0
    for index, turn in enumerate(d["turns"]):
        if turn["speaker"] != "trainee":
            continue
        number += 1
        points = sum(r["points"] for k in ("discovery", "listening", "benefits", "next_step")
                     for r in d["scores"][k]["reasons"] if r.get("turn") == index)
        labels = " ".join(l["label"] for l in turn.get("labels", []))
        want.append((d["id"], d["trainee"], d["scenario"]["id"], str(number), turn["text"], labels, points, p))
if len(rows) != len(want):
    problems.append("%d rows, want %d (one per trainee line)" % (len(rows), len(want)))
formula = tuple("=+-@\t\r")
for row, w in zip(rows, want):
    text = row["text"]
    if w[4].startswith(formula) and not w[4].lstrip("-").isdigit():
        if text != "'" + w[4]:
            problems.append("formula not neutralised: %r -> %r" % (w[4], text))
        text = text[1:]
    got = (row["session_id"], row["trainee"], row["scenario"], row["turn"], text, row["labels"])
    if got != w[:6]:
        problems.append("row %r, want %r" % (got, w[:6]))
    if abs(float(row["points"]) - w[6]) > 0.051 or row["points"].startswith("+"):
        problems.append("%s line %s: points %r, log %r" % (w[0], w[3], row["points"], w[6]))
    if row["file"] != w[7]:
        problems.append("file %r, want %r" % (row["file"], w[7]))
if raw.count(b"\r\n") != len(want) + 1 + sum(w[4].count("\r\n") for w in want):
    problems.append("rows do not end in CRLF")
if "-7" not in [r["text"] for r in rows]:
    problems.append("a negative number was neutralised as a formula")
for p in problems[:20]:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF_PY
# --turns needs --csv
"$COACH_BIN" report "$tmp/logs" --turns >/dev/null 2>"$tmp/err"; status=$?
[ "$status" -eq 2 ] && grep -q -- '--turns needs --csv' "$tmp/err" || fail "--turns without --csv: exit $status"
"$COACH_BIN" report --help | grep -q -- '--turns' || fail "--help does not name --turns"
# to stdout, alone
"$COACH_BIN" report "$tmp/logs" --csv - --turns 2>/dev/null | head -1 | grep -q '^session_id,trainee,scenario,turn,' ||
    fail "--csv - --turns does not write the rows on stdout"
[ "$failures" -eq 0 ] && echo "ok: --csv --turns, one row per trainee line"
exit $((failures > 0))
