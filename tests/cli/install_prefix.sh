#!/usr/bin/env bash
# `cmake --install` into a temporary prefix gives a coach that runs from
# there, on the data installed with it (not the source tree): `coach check`
# on the installed scenarios, a headless scripted session, `coach play
# --text`; and the desktop entry and icon are in place.
set -u
root=$(cd "${COACH_ROOT:-.}" && pwd)
bin=${COACH_BIN:-build/coach}
build=$(dirname "$bin")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
if ! cmake --install "$build" --prefix "$dir/prefix" > "$dir/install.log" 2>&1; then
    cat "$dir/install.log"; echo "FAIL: cmake --install"; exit 1
fi
prefix=$dir/prefix
data=$prefix/share/discovery-coach
for file in bin/coach share/discovery-coach/assets/lexicon.lua share/discovery-coach/assets/fonts/DejaVuSans.ttf \
            share/discovery-coach/scenarios/plant_downtime.lua share/applications/discovery-coach.desktop \
            share/icons/hicolor/scalable/apps/discovery-coach.svg; do
    [ -e "$prefix/$file" ] || fail "$file is not installed"
done
grep -q '^Exec=coach$' "$prefix/share/applications/discovery-coach.desktop" || fail "the desktop entry does not run coach"
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$prefix/share/applications/discovery-coach.desktop" || fail "desktop-file-validate"
fi
# the installed copy is told apart from the source tree's by its title
sed -i 's/title = "The line that keeps stopping"/title = "The installed line"/' "$data/scenarios/plant_downtime.lua"
cd "$dir" || exit 1   # away from the source tree
run() { env -u COACH_ROOT XDG_DATA_HOME="$dir/data" "$prefix/bin/coach" "$@"; }
out=$(run check "$data/scenarios" 2>&1)
rc=$?
echo "$out" | tail -1
[ "$rc" = 0 ] || fail "coach check on the installed scenarios exited $rc"
log=$(run run "$data/scenarios/plant_downtime.lua" --script "$root/tests/scripts/plant_downtime_meeting.txt" \
      --log-dir "$dir/logs" --quiet)
rc=$?
[ "$rc" = 0 ] && [ -f "$log" ] || fail "coach run from the prefix: exit $rc, log '$log'"
printf '/quit\n' | run play --text --log-dir "$dir/logs" > "$dir/play.out" 2>&1 || fail "coach play --text from the prefix"
grep -q "== The installed line ==" "$dir/play.out" || { fail "coach play --text did not play the installed scenario:"; head -3 "$dir/play.out"; }
[ "$status" = 0 ] && echo "ok: the installed coach runs on its own data from $prefix"
exit "$status"
