#!/usr/bin/env bash
# Idle benchmark: CPU time (utime + stime from /proc/PID/stat) that `coach
# play` uses over SECONDS seconds (default 10) sitting at the play screen
# under Xvfb, waiting for the trainee to type; and, for comparison, what
# bare_sdl uses over the same time redrawing one line of text in a loop with
# no wait (an uncapped render loop, software renderer as coach uses). One
# run of each; the figure is total CPU seconds over the interval.
# Target: coach under 1% of one core.
#
# usage: tests/bench/idle.sh     env: SECONDS_IDLE=10 BUILD_DIR=/tmp/coach-bench COACH_BIN=path
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/tmp/coach-bench}
IDLE=${SECONDS_IDLE:-10}
FONT="$ROOT/assets/fonts/DejaVuSans.ttf"

if [[ "${1:-}" != "--inner" ]]; then
  mkdir -p "$BUILD_DIR"
  if [[ -z "${COACH_BIN:-}" ]]; then
    . "$ROOT/tests/bench/bench_header.sh"
    COACH_BIN=$(bench_coach_bin "$BUILD_DIR" "$ROOT") || exit 2
    export COACH_BIN
  fi
  # shellcheck disable=SC2046
  cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -o "$BUILD_DIR/bare_sdl" "$ROOT/tests/bench/bare_sdl.c" \
     $(pkg-config --cflags --libs sdl2 SDL2_ttf)
  export BARE_BIN="$BUILD_DIR/bare_sdl"
  . "$ROOT/tests/bench/bench_header.sh"
  bench_header
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inner
fi

export XDG_DATA_HOME="$BUILD_DIR/data"
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# CPU seconds process $1 uses over the next $IDLE seconds.
cpu_over_interval() {
  local before after
  before=$(ticks "$1")
  sleep "$IDLE"
  after=$(ticks "$1")
  awk -v b="$before" -v a="$after" -v hz="$hz" 'BEGIN { printf "%.2f", (a - b) / hz }'
}

"$COACH_BIN" play "$ROOT/scenarios/plant_downtime.lua" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep 2   # let it start and draw
coach_cpu=$(cpu_over_interval "$pid")
kill "$pid"; wait "$pid" 2>/dev/null || true

SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 "$BARE_BIN" "$FONT" --spin $((IDLE + 3)) 2>/dev/null &
pid=$!
sleep 1   # past its start
spin_cpu=$(cpu_over_interval "$pid")
wait "$pid" 2>/dev/null || true
trap - EXIT
awk -v c="$coach_cpu" -v u="$spin_cpu" -v s="$IDLE" 'BEGIN {
  printf "coach play, idle at the play screen for %d s: %.2f s CPU = %.2f%% of one core (target < 1%%)\n", s, c, 100 * c / s
  printf "an uncapped render loop (bare_sdl --spin, software) for %d s: %.2f s CPU = %.0f%% of one core\n", s, u, 100 * u / s }'
