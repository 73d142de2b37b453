#!/usr/bin/env bash
# The same scorecard everywhere (issue 9): the scores and the turn numbers of
# the reasons agree between coach run's text, the log, coach report (text,
# HTML, CSV) and the xAPI statements, for a call with every skill assessed
# and one with benefits not assessed. A person reads the trainee's own line
# ("your line 2", their lines counted from 1); the log keeps the 0-based turn
# index and the line beside it.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
for case in pd_good pd_no_ask; do
    mkdir -p "$dir/$case"
    log=$("$bin" run "$root/scenarios/plant_downtime.lua" --script "$root/tests/calibration/$case.txt" \
        --log-dir "$dir/$case" 2>"$dir/$case/text")
    if [ ! -f "$log" ]; then echo "FAIL $case: no log"; failures=$((failures + 1)); continue; fi
    "$bin" report "$log" --csv "$dir/$case/report.csv" --html "$dir/$case/report.html" --quiet \
        || { echo "FAIL $case: coach report"; failures=$((failures + 1)); continue; }
    "$bin" export "$log" --xapi --home-page https://lms.example.com >"$dir/$case/xapi.json" \
        || { echo "FAIL $case: coach export"; failures=$((failures + 1)); continue; }
    if ! python3 - "$log" "$dir/$case" "$case" <<'PY'
import csv, html, json, re, sys
log_path, folder, case = sys.argv[1:4]
log = json.load(open(log_path))
skills = ["discovery", "listening", "benefits", "next_step", "overall"]
scores = {k: log["scores"][k]["score"] for k in skills}
problems = []

# coach run's text: "  discovery   85" or "  benefits     - not assessed"
text = open(folder + "/text").read()
for k in skills:
    m = re.search(r"^  %s\s+(\d+|- not assessed)" % k, text, re.M)
    shown = None if m is None or m.group(1).startswith("-") else int(m.group(1))
    if m is None or shown != scores[k]:
        problems.append("text %s: %r, log %r" % (k, m and m.group(1), scores[k]))
# every reason's line: the trainee's own lines counted from 1 (the log keeps
# the turn index, which counts both speakers, and the line beside it)
def own_line(turn):
    return sum(1 for t in log["turns"][:turn + 1] if t["speaker"] == "trainee")
for k in skills[:-1]:
    for r in log["scores"][k]["reasons"]:
        if r["turn"] is not None and r.get("line") != own_line(r["turn"]):
            problems.append("%s on turn %d: log line %r, trainee line %d" % (r["rule"], r["turn"], r.get("line"),
                                                                         own_line(r["turn"])))
log_turns = sorted({own_line(r["turn"]) for k in skills[:-1] for r in log["scores"][k]["reasons"]
                    if r["turn"] is not None})
text_turns = sorted({int(t) for t in re.findall(r"\byour line (\d+)", text)} |
                    {int(t) for g in re.findall(r"\(your lines((?: \d+)+)\)", text) for t in g.split()})
if re.search(r"\bturns? \d+", text):
    problems.append("text still numbers turns: %s" % re.search(r".*\bturns? \d+.*", text).group(0))
if text_turns != log_turns:
    problems.append("text lines %s, log lines %s" % (text_turns, log_turns))
# every turn of a reason is a trainee line, the one it quotes
for k in skills[:-1]:
    for r in log["scores"][k]["reasons"]:
        if r["turn"] is None:
            continue
        turn = log["turns"][r["turn"]]
        if turn["speaker"] != "trainee" or not turn["text"].startswith(r["quote"].rstrip(".")[:40]):
            problems.append("%s on turn %d does not quote that trainee line" % (r["rule"], r["turn"] + 1))

# the report: HTML turns and scores, CSV scores
page = html.unescape(open(folder + "/report.html").read())
html_turns = sorted({int(t) for t in re.findall(r"\(your line (\d+)", page)})
if html_turns != log_turns:
    problems.append("HTML lines %s, log lines %s" % (html_turns, log_turns))
row = list(csv.DictReader(open(folder + "/report.csv", newline="")))[0]
for k in skills:
    cell = row.get(k)
    want = "" if scores[k] is None else str(scores[k])
    if cell != want:
        problems.append("CSV %s: %r, log %r" % (k, cell, scores[k]))

# xAPI: the closing statement's scores, and the answered turns numbered from 1
statements = json.load(open(folder + "/xapi.json"))
iri = "https://discovery-coach.example/xapi/"
closing = [s for s in statements if s.get("result", {}).get("score")]
if not closing:
    problems.append("xAPI: no scored statement")
else:
    result = closing[0]["result"]
    if result["score"]["raw"] != scores["overall"]:
        problems.append("xAPI overall %r, log %r" % (result["score"]["raw"], scores["overall"]))
    ext = result.get("extensions", {})
    for k in skills[:-1]:
        values = [v for key, v in ext.items() if key.endswith("skill-" + k)]
        if values != [scores[k]]:
            problems.append("xAPI %s %r, log %r" % (k, values, scores[k]))
answered = sorted(v for s in statements for key, v in s.get("result", {}).get("extensions", {}).items()
                  if key.endswith("extensions/turn"))
trainee = sorted(i + 1 for i, t in enumerate(log["turns"]) if t["speaker"] == "trainee")
if answered != trainee:
    problems.append("xAPI answered turns %s, trainee turns %s" % (answered, trainee))
if case == "pd_no_ask" and scores["benefits"] is not None:
    problems.append("pd_no_ask: benefits should not be assessed")
for p in problems:
    print("FAIL %s: %s" % (case, p))
sys.exit(1 if problems else 0)
PY
    then failures=$((failures + 1)); else echo "ok $case"; fi
done
[ $failures -eq 0 ]
