#!/usr/bin/env bash
# Reply benchmark: from Enter to the prospect's reply on screen, in the
# window under Xvfb, as a trainee meets it. xdotool types each line of a
# script into `coach play` and presses Enter; the app (with
# COACH_TRACE_REPLY) writes, per answer, the milliseconds from taking the
# line to presenting the frame that shows the reply: analysis, hearing the
# line against the node's intents, the prospect's reaction and routing,
# rescoring the transcript, and the JSON log written atomically with fsync.
# X delivering the key press is not counted. Runs the script ROUNDS times
# (fresh process each) and prints every answer's figure's mean, median,
# 95th percentile and maximum.
#
# Target: the reply within one frame at 60 Hz (16 ms).
#
# usage: tests/bench/reply.sh   env: ROUNDS=5 BUILD_DIR=/tmp/coach-bench COACH_BIN=path
#        SCRIPT=tests/scripts/plant_downtime_meeting_typed.txt  SCENARIO=scenarios/plant_downtime.lua
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/tmp/coach-bench}
ROUNDS=${ROUNDS:-5}
SCRIPT=${SCRIPT:-$ROOT/tests/scripts/plant_downtime_meeting_typed.txt}
SCENARIO=${SCENARIO:-$ROOT/scenarios/plant_downtime.lua}

if [[ "${1:-}" != "--inner" ]]; then
  command -v xdotool >/dev/null || { echo "reply.sh needs xdotool (apt-get install xdotool)" >&2; exit 2; }
  mkdir -p "$BUILD_DIR"
  if [[ -z "${COACH_BIN:-}" ]]; then
    . "$ROOT/tests/bench/bench_header.sh"
    COACH_BIN=$(bench_coach_bin "$BUILD_DIR" "$ROOT") || exit 2
    export COACH_BIN
  fi
  . "$ROOT/tests/bench/bench_header.sh"
  bench_header
  export COACH_BIN SCRIPT SCENARIO ROUNDS BUILD_DIR
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inner
fi

trace="$BUILD_DIR/reply-trace.txt"
: > "$trace"
export XDG_DATA_HOME="$BUILD_DIR/data"
for round in $(seq 1 "$ROUNDS"); do
  COACH_TRACE_REPLY="$trace" "$COACH_BIN" play "$SCENARIO" --log-dir "$BUILD_DIR/logs" &
  pid=$!
  window=$(xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  sleep 1 # the first frame, and the analyser built behind it
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "${line// }" || "$line" == //* ]] && continue
    if [[ "$line" =~ ^#([0-9]+)$ ]]; then
      xdotool key --window "$window" "${BASH_REMATCH[1]}"
    else
      xdotool type --window "$window" --delay 2 -- "$line"
      xdotool key --window "$window" Return
    fi
    sleep 0.3
    kill -0 "$pid" 2>/dev/null || break
  done < "$SCRIPT"
  xdotool key --window "$window" Escape Escape Escape 2>/dev/null || true
  sleep 0.3
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done

python3 - "$trace" "$ROUNDS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.startswith("reply_ms")]
values = [float(r[1]) for r in rows]
session = sorted(float(r[3]) for r in rows if len(r) > 3)
if not values:
    sys.exit("no answers were traced: did the window get the keys?")
values.sort()
p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
print(f"answers: {len(values)} over {sys.argv[2]} rounds (single answers, not best-of)")
print(f"Enter -> reply on screen: mean {statistics.mean(values):.2f} ms, median {statistics.median(values):.2f} ms, "
      f"p95 {p95:.2f} ms, max {values[-1]:.2f} ms  (target: 16 ms)")
if session:
    print(f"  of which the session's answer (analysis, hearing, routing, scoring, the log queued): "
          f"mean {statistics.mean(session):.2f} ms, median {statistics.median(session):.2f} ms, max {session[-1]:.2f} ms;"
          f" the rest is drawing and presenting the frame")
PY
