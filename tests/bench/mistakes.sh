#!/usr/bin/env bash
# mistakes.sh: where each new author's slip of tests/scenarios/mistakes/ is
# reported: "check" (coach check exits 1), "play" (check passes, but playing
# the fixture's "-- play:" lines with coach run fails) or "never". Prints one
# row per fixture and the totals (issue 12's before/after table).
#   COACH_BIN=build/coach tests/bench/mistakes.sh
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-$(dirname "$0")/../..}" || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A total=([check]=0 [play]=0 [never]=0)
for file in tests/scenarios/mistakes/*.lua; do
    name=$(basename "$file" .lua)
    if ! "$COACH_BIN" check "$file" >/dev/null 2>&1; then
        where=check
    else
        sed -n 's/^-- play: //p' "$file" >"$work/script"
        if "$COACH_BIN" run "$file" --script "$work/script" --log-dir "$work/logs" --quiet >/dev/null 2>"$work/err" &&
           ! grep -qi "error" "$work/err"; then
            where=never
        else
            where=play
        fi
    fi
    total[$where]=$((total[$where] + 1))
    printf '%-34s %s\n' "$name" "$where"
done
echo "mistakes: ${total[check]} caught at check, ${total[play]} only at play, ${total[never]} never" \
     "($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%F))"
