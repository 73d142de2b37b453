#!/usr/bin/env bash
# coach report and calls tried again (retry_of, from_turn): the text's
# "Tried again" table gives each chain (a call, its retries and their
# retries) its first and best overall score; the page marks each retry
# ("retry of #4 from line 2") and lists the chains under their trainee.
# Reasons alike (same rule and sentence) are one "2 x ..." line on the page
# with each of their turns, as coach play --text shows them.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 tests/report_page/make_logs.py "$tmp/logs" || exit 1
out=$("$COACH_BIN" report "$tmp/logs" --include-unfinished --html "$tmp/r.html" 2>"$tmp/err"); status=$?
[ "$status" -eq 0 ] || fail "exit $status: $(cat "$tmp/err")"
printf '%s\n' "$out" >"$tmp/out.txt"
grep -q '^Sessions: 12$' "$tmp/out.txt" || fail "not 12 sessions"
tried=$(sed -n '/^Tried again/,$p' "$tmp/out.txt")
printf '%s\n' "$tried" | grep -Eq '^2026-03-03 11:00  Ben Okafor  cfo_demo +2 +41 +55 +\+14$' ||
    fail "Ben's chain (2 tries, 41 -> 55): $tried"
printf '%s\n' "$tried" | grep -Eq '^2026-03-04 09:30  Ana Ruiz    coffee_owner +3 +16 +80 +\+64$' ||
    fail "Ana's chain (a retry of a retry: 3 tries, 16 -> 80): $tried"
[ "$(printf '%s\n' "$tried" | wc -l)" -eq 4 ] || fail "want two chains: $tried"
html="$tmp/r.html"
for note in 'retry of #4 from line 2' 'retry of #5 from line 3' 'retry of #2 from line 4'; do
    grep -q "$note" "$html" || fail "no '$note' on the page"
done
[ "$(grep -o '<div class="retries">' "$html" | wc -l)" -eq 2 ] || fail "want a 'Tried again' table for Ana and Ben"
grep -q '<span>Calls tried again</span><b>2</b>' "$html" || fail "no card counting the calls tried again"
# ana-01: two open questions early in the call (turns 2 and 6: Ana's lines 1
# and 3, numbered as she counts them), one line
python3 - "$html" <<'EOF_PY' || failures=$((failures + 1))
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
first = page.index("<summary>#1 ")
block = page[first:page.index("</details>", first)]
text = html.unescape(re.sub(r"<[^>]+>", "", block))
problems = []
if "+10" not in text or "2 x An open question early in the call let them tell their story." not in text:
    problems.append("no grouped '+10 2 x An open question early...' in #1")
for turn in ("(your line 1, +5", "(your line 3, +5"):
    if turn not in text:
        problems.append("the group does not list %s" % turn)
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF_PY
# the fixture logs have no retries: no table
"$COACH_BIN" report tests/logs/good | grep -q '^Tried again' && fail "a 'Tried again' table with no retries"
[ "$failures" -eq 0 ] && echo "ok: retries and grouped reasons"
exit $((failures > 0))
