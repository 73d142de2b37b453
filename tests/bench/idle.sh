#!/usr/bin/env bash
# Idle benchmark: CPU time (utime + stime from /proc/PID/stat) that `coach
# play` uses over SECONDS seconds (default 10) sitting at the play screen
# under Xvfb, waiting for the trainee to type. Target: under 1% of one core.
#
# usage: tests/bench/idle.sh     env: SECONDS_IDLE=10 BUILD_DIR=/tmp/coach-bench COACH_BIN=path
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/tmp/coach-bench}
IDLE=${SECONDS_IDLE:-10}

if [[ "${1:-}" != "--inner" ]]; then
  if [[ -z "${COACH_BIN:-}" ]]; then
    cmake -S "$ROOT" -B "$BUILD_DIR/coach" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$BUILD_DIR/coach" -j2 --target coach >/dev/null
    export COACH_BIN="$BUILD_DIR/coach/coach"
  fi
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inner
fi

export XDG_DATA_HOME="$BUILD_DIR/data"
"$COACH_BIN" play "$ROOT/scenarios/plant_downtime.lua" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep 2   # let it start and draw
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep "$IDLE"
after=$(ticks)
kill "$pid"; wait "$pid" 2>/dev/null || true
trap - EXIT
awk -v b="$before" -v a="$after" -v hz="$hz" -v s="$IDLE" 'BEGIN {
  cpu = (a - b) / hz
  printf "coach play, idle at the play screen for %d s: %.2f s CPU = %.2f%% of one core (target < 1%%)\n", s, cpu, 100 * cpu / s }'
