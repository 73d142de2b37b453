#!/usr/bin/env bash
# Start-up benchmark: cold start (exec) to the first rendered frame and peak RSS of
# `coach` (menu, and `coach play` on the default scenario) side by side with
# bare_sdl (a bare SDL2 + SDL2_ttf program that shows one line of the same
# font), under Xvfb and under SDL's offscreen driver. RUNS single runs of
# each (default 15), interleaved; prints the median of each column with the
# mean of exec->frame beside it, and the ratios of the medians against
# bare_sdl.
#
# Targets: coach <= 1.2 x bare start-up; peak RSS <= bare + 15 MiB.
#
# usage: tests/bench/startup.sh            (builds Release into $BUILD_DIR)
#   env: RUNS=15  BUILD_DIR=/tmp/coach-bench  COACH_BIN=path (skip the build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${RUNS:-15}
BUILD_DIR=${BUILD_DIR:-/tmp/coach-bench}
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
  echo "coach: $COACH_BIN   bare: $BARE_BIN   runs: $RUNS"
  echo
  echo "== x11 (Xvfb 1280x800x24) =="
  xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inner x11
  echo
  echo "== offscreen driver =="
  SDL_VIDEODRIVER=offscreen "$0" --inner offscreen
  exit 0
fi

# --- inner: runs with a display (or the offscreen driver) ready ---------------
export XDG_DATA_HOME="$BUILD_DIR/data"   # coach play writes its log here
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# run NAME CMD...: one run; appends "process_us rss_kib in_process_first_frame_ms exec_to_first_frame_us"
# to $TMP/NAME. The programs print the wall clock at their first frame.
run() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$TMP/time" "$@" 2>"$TMP/err" >/dev/null || {
    echo "  $name failed:"; sed 's/^/    /' "$TMP/err"; return 1; }
  end=$(date +%s%N)
  local frame at
  frame=$(grep -o 'first frame after [0-9.]*' "$TMP/err" | awk '{print $4}')
  at=$(grep -o '(at [0-9]* ns)' "$TMP/err" | tr -dc '0-9')
  echo "$(( (end - start) / 1000 )) $(tail -1 "$TMP/time") ${frame:-0} $(( (${at:-$start} - start) / 1000 ))" >>"$TMP/$name"
}

mean() { # FILE COLUMN
  awk -v c="$2" '{ sum += $c } END { print sum / NR }' "$1"
}

median() { # FILE COLUMN
  awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print m}'
}

sw=(env SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0)
PLAY_SCENARIO=${PLAY_SCENARIO:-$ROOT/scenarios/plant_downtime.lua}
programs=(bare bare_gl coach_menu)
if COACH_EXIT_AFTER_FIRST_FRAME=1 "$COACH_BIN" play "$PLAY_SCENARIO" >/dev/null 2>&1; then
  programs+=(coach_play)
else
  echo "  (skipping coach play: it does not open $PLAY_SCENARIO)"
fi
for ((i = 0; i < RUNS; i++)); do
  run bare "${sw[@]}" "$BARE_BIN" "$FONT"
  run bare_gl "$BARE_BIN" "$FONT"
  run coach_menu env COACH_EXIT_AFTER_FIRST_FRAME=1 "$COACH_BIN"
  if [[ " ${programs[*]} " == *" coach_play "* ]]; then
    run coach_play env COACH_EXIT_AFTER_FIRST_FRAME=1 "$COACH_BIN" play "$PLAY_SCENARIO"
  fi
done

bare_first=$(median "$TMP/bare" 4); bare_rss=$(median "$TMP/bare" 2)
echo "  medians of $RUNS single runs (exec->frame: median, then mean)"
printf "  %-34s %12s %9s %12s %14s %10s %12s %12s\n" program "exec->frame" "mean" "x bare" "in-process ms" "process ms" "peak RSS MiB" "RSS - bare"
for name in "${programs[@]}"; do
  wall=$(median "$TMP/$name" 1); rss=$(median "$TMP/$name" 2); frame=$(median "$TMP/$name" 3); first=$(median "$TMP/$name" 4)
  first_mean=$(mean "$TMP/$name" 4)
  case $name in
    bare) label="bare_sdl (software, no GL)";;
    bare_gl) label="bare_sdl (SDL default renderer)";;
    coach_menu) label="coach (menu)";;
    coach_play) label="coach play plant_downtime";;
  esac
  awk -v l="$label" -v w="$wall" -v r="$rss" -v f="$frame" -v x="$first" -v xm="$first_mean" -v bx="$bare_first" -v br="$bare_rss" 'BEGIN {
    printf "  %-34s %9.1f ms %6.1f ms %11.2fx %14.1f %10.1f %12.1f %+8.1f MiB\n", l, x/1000, xm/1000, x/bx, f, w/1000, r/1024, (r-br)/1024 }'
done
