#!/usr/bin/env bash
# `cpack -G DEB` makes a Debian package that declares what it needs (the
# libraries' packages, from dpkg-shlibdeps), that apt would install on this
# Debian (apt-get --simulate), and whose files run where they land: the
# package unpacked into a directory gives a coach that checks its scenarios
# and plays a call from there. Skipped (77) without cpack or dpkg-deb.
set -u
root=$(cd "${COACH_ROOT:-.}" && pwd)
bin=${COACH_BIN:-build/coach}
build=$(cd "$(dirname "$bin")" && pwd)
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" > /dev/null || { echo "SKIP: no $tool"; exit 77; }
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
if ! (cd "$dir" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$dir/out") > "$dir/cpack.log" 2>&1; then
    tail -20 "$dir/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1
fi
deb=$(ls "$dir"/out/coach_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { tail -20 "$dir/cpack.log"; echo "FAIL: no coach_*.deb made"; exit 1; }
echo "made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libsdl2-2.0-0 libsdl2-ttf-2.0-0 liblua5.4-0 libcjson1 libfontconfig1; do
    echo "$depends" | grep -q "$package" || fail "Depends lacks $package"
done
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/coach ./usr/share/discovery-coach/assets/lexicon.lua \
            ./usr/share/discovery-coach/scenarios/plant_downtime.lua ./usr/share/applications/discovery-coach.desktop \
            ./usr/share/icons/hicolor/scalable/apps/discovery-coach.svg; do
    echo "$contents" | grep -q " $file\$" || fail "the package lacks $file"
done
# what apt would do on this machine: every dependency resolvable, nothing installed
if command -v apt-get > /dev/null; then
    if ! apt-get install --simulate --no-install-recommends "$deb" > "$dir/apt.log" 2>&1; then
        tail -5 "$dir/apt.log"; fail "apt-get install --simulate refuses the package"
    fi
fi
# the files as installed (under /usr), unpacked elsewhere: the binary finds its data beside it
dpkg-deb -x "$deb" "$dir/root"
cd "$dir" || exit 1
run() { env -u COACH_ROOT XDG_DATA_HOME="$dir/data" "$dir/root/usr/bin/coach" "$@"; }
run check "$dir/root/usr/share/discovery-coach/scenarios" > "$dir/check.out" 2>&1 || fail "coach check from the package"
tail -1 "$dir/check.out"
printf 'Hello, thanks for your time.\n/quit\n' | run play --text > "$dir/play.out" 2>&1 || fail "coach play --text from the package"
grep -q "^Log: $dir/data/" "$dir/play.out" || { fail "no log written by the packaged coach"; tail -3 "$dir/play.out"; }
grep -q "^== The line that keeps stopping ==" "$dir/play.out" || fail "the packaged coach did not play its default scenario"
[ "$status" = 0 ] && echo "ok: the package declares its dependencies and runs where it lands"
exit "$status"
