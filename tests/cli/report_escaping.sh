#!/usr/bin/env bash
# Text from logs is untrusted: tests/logs/tricky/tricky-strings.json has a
# trainee name with quotes, a comma, a newline, markup, a spreadsheet
# formula, a terminal escape and a bidi override, a <script> title and an
# <img onerror> reason. The terminal sees no control character, the CSV
# gives the name back exactly, the HTML shows it as text.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log=tests/logs/tricky/tricky-strings.json

"$COACH_BIN" report "$log" --csv "$tmp/r.csv" --html "$tmp/r.html" >"$tmp/out.txt" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "exit $status: $(cat "$tmp/err")"
LC_ALL=C grep -q $'\x1b' "$tmp/out.txt" && fail "an escape character reached the terminal"
LC_ALL=C grep -q $'\xe2\x80\xae' "$tmp/out.txt" && fail "a bidi override reached the terminal"
grep -q '^Sessions: 1$' "$tmp/out.txt" || fail "session not reported"
# the offset start time (+01:00) is shown in UTC
grep -q '^2026-03-07 11:00  Eve "<b>Mallory</b>", Jr.?=' "$tmp/out.txt" || fail "row not as expected: $(sed -n 3p "$tmp/out.txt")"

python3 - "$log" "$tmp/r.csv" "$tmp/r.html" <<'EOF' || failures=$((failures + 1))
import csv, json, sys, html.parser
log, csv_path, html_path = sys.argv[1:]
d = json.load(open(log))
rows = list(csv.DictReader(open(csv_path, newline="", encoding="utf-8")))
problems = []
if len(rows) != 1 or rows[0]["trainee"] != d["trainee"]:
    problems.append(f"CSV trainee {rows[0]['trainee']!r} != {d['trainee']!r}")
page = open(html_path, encoding="utf-8").read()
for raw in ["<b>Mallory", "<script>alert", "<img src=x", "\x1b", "\u202e"]:
    if raw in page:
        problems.append(f"raw {raw!r} in the HTML")
for escaped in ["&lt;b&gt;Mallory&lt;/b&gt;", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends",
                "&lt;img src=x onerror=alert(1)&gt;"]:
    if escaped not in page:
        problems.append(f"{escaped!r} not in the HTML")
# the page's text, as a browser would show it, holds the name (controls replaced)
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []
    def handle_data(self, data):
        self.parts.append(data)
t = Text(); t.feed(page); text = "".join(t.parts)
if 'Eve "<b>Mallory</b>", Jr.' not in text:
    problems.append("the name is not shown as text")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF

[ "$failures" -eq 0 ] && echo "ok: untrusted text is escaped for the terminal, CSV and HTML"
exit $((failures > 0))
