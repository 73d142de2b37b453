#!/usr/bin/env bash
# Node-count benchmark (not a ctest test): how long `coach check`, `coach
# graph` and `coach run` (load and two steps) take on generated scenarios of
# 10,000, 50,000 and 100,000 nodes (tests/bench/gen_many_nodes.py). check and
# graph were quadratic in nodes (a linear node lookup, issue 15); with the
# id index all three should grow about linearly.
#
# Prints, per size and command, the mean and the median wall time of RUNS
# single runs (process start to exit) and the peak memory of the last, the
# machine, its load and the commit. COACH_BIN_BEFORE=path adds the same rows
# for another build (e.g. one made before the change) for comparison.
#
# usage: tests/bench/nodes.sh   env: RUNS=3 SIZES="10000 50000 100000"
#                                    BUILD_DIR=/tmp/coach-bench COACH_BIN=path
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/tmp/coach-bench}
RUNS=${RUNS:-3}
SIZES=${SIZES:-10000 50000 100000}
if [[ -z "${COACH_BIN:-}" ]]; then
  . "$ROOT/tests/bench/bench_header.sh"
  COACH_BIN=$(bench_coach_bin "$BUILD_DIR" "$ROOT") || exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '#1\n#1\n' >"$work/script.txt"

# prints "mean median peak" (ms, ms, MiB) for RUNS runs of "$@"
measure() {
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err" || { echo "failed: $(head -c 200 "$work/err")"; return; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
    peak=$(tail -n 1 "$work/rss")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v peak="$peak" '
    { t[NR] = $1; sum += $1 }
    END { median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%10.2f %10.2f %8.0f\n", sum / NR / 1e6, median / 1e6, peak / 1024 }'
}

rows() {
  local label=$1 bin=$2 nodes=$3
  for command in check graph run; do
    case $command in
      check) line=$(measure "$bin" check "$work/many.lua") ;;
      graph) line=$(measure "$bin" graph "$work/many.lua") ;;
      run) line=$(measure "$bin" run "$work/many.lua" --script "$work/script.txt" --log-dir "$work/logs" --quiet) ;;
    esac
    printf '%-8s %8s %-6s %s\n' "$label" "$nodes" "$command" "$line"
  done
}

. "$ROOT/tests/bench/bench_header.sh"
bench_header
echo "coach:   $COACH_BIN${COACH_BIN_BEFORE:+ (before: $COACH_BIN_BEFORE)}"
echo "each figure: mean and median of $RUNS single runs, process start to exit, in s; peak RSS of the last, MiB"
printf '\n%-8s %8s %-6s %10s %10s %8s\n' build nodes cmd mean median "peak MiB"
for nodes in $SIZES; do
  python3 "$ROOT/tests/bench/gen_many_nodes.py" "$nodes" >"$work/many.lua"
  rows now "$COACH_BIN" "$nodes"
  if [[ -n "${COACH_BIN_BEFORE:-}" ]]; then
    rows before "$COACH_BIN_BEFORE" "$nodes"
  fi
done
