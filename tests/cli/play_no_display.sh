#!/usr/bin/env bash
# Without a display, `coach play` and `coach` say so in one line and exit 2
# within a second, and write no log.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
expected="coach: cannot open a window (no display); use --text"
status=0
check() { # name, then the command's arguments
    local name=$1
    shift
    local start rc elapsed_ms
    start=$(date +%s%N)
    env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER XDG_DATA_HOME="$dir/data" \
        timeout 10 "$bin" "$@" > "$dir/out" 2> "$dir/err"
    rc=$?
    elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ "$rc" != 2 ]; then echo "FAIL: $name exited $rc, expected 2"; status=1; fi
    if [ "$(cat "$dir/err")" != "$expected" ]; then echo "FAIL: $name said:"; cat "$dir/err"; status=1; fi
    if [ -s "$dir/out" ]; then echo "FAIL: $name wrote to stdout"; status=1; fi
    # a second is the target; the margin absorbs a loaded machine (and ASan)
    if [ "$elapsed_ms" -ge 3000 ]; then echo "FAIL: $name took $elapsed_ms ms"; status=1; fi
    echo "$name: exit $rc in $elapsed_ms ms"
}
check "coach play SCENARIO" play "$root/scenarios/plant_downtime.lua" --log-dir "$dir/logs"
check "coach play" play --log-dir "$dir/logs"
check "coach --projector" --projector --log-dir "$dir/logs"
check "coach" 
if [ -n "$(find "$dir" -name '*.json' 2>/dev/null)" ]; then
    echo "FAIL: a log was written:"; find "$dir" -name '*.json'; status=1
fi
[ "$status" = 0 ] && echo "ok: no display gives one line and exit 2, no log"
exit "$status"
