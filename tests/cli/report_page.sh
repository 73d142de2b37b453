#!/usr/bin/env bash
# The HTML report as a manager sees it, in headless Chromium at 1280 and
# 390 px wide (tests/report_page/check.mjs): no sideways page scroll, chart
# labels at >= 11 px, the cards stacked on a phone and side by side on a
# desk, tables and charts scrolling inside their box, the retries shown.
# Logs: tests/logs/good with calls tried again (tests/report_page/make_logs.py).
# Screenshots: report-1280.png, report-390.png (whole pages) and *-top.png
# (the first screens) in report_page/ next to the coach binary.
# Without chromium or puppeteer-core this fails, unless scripts/setup.sh
# could not install them (it then says why in tests/report_page/.setup-failed):
# then it is skipped (77) with that reason.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
dir=tests/report_page
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
missing=""
[ -n "$chromium" ] && [ -x "$chromium" ] || missing="chromium"
[ -f "$dir/node_modules/puppeteer-core/package.json" ] || missing="$missing puppeteer-core (npm ci in $dir)"
command -v node >/dev/null || missing="$missing node"
if [ -n "$missing" ]; then
    if [ -s "$dir/.setup-failed" ]; then
        echo "SKIP: $missing missing; scripts/setup.sh could not install it: $(head -n 1 "$dir/.setup-failed")"
        exit 77
    fi
    echo "FAIL: $missing missing (scripts/setup.sh with COACH_TEST_DEPS=1, i.e. scripts/test.sh, installs them)"
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$(dirname "$COACH_BIN")/report_page"
python3 "$dir/make_logs.py" "$tmp/logs" || { echo "FAIL: could not make the logs"; exit 1; }
"$COACH_BIN" report "$tmp/logs" --include-unfinished --quiet --html "$tmp/report.html" 2>"$tmp/err" ||
    { echo "FAIL: coach report: $(cat "$tmp/err")"; exit 1; }
# Chromium is slow to start on a loaded machine; its own hang guard
CHROMIUM="$chromium" timeout 240 node "$dir/check.mjs" "$tmp/report.html" "$out"; status=$?
[ "$status" -eq 0 ] && echo "ok: the report page at 1280 and 390 px (screenshots in $out)"
exit $((status != 0))
