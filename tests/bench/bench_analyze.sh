#!/usr/bin/env bash
# Benchmark of the analyser (prints figures; not a timed test).
#
#   tests/bench/bench_analyze.sh [DATA.jsonl]
#
# Builds a Release tree (build-release/, or $BUILD_DIR), then measures over
# the data file (default ../shared/scoring/dev.jsonl, else tests/eval/*.jsonl):
#   - in process (`coach analyze --bench`, the analyser alone, lines already
#     in memory): every analysis timed on its own, 400 passes over the data;
#     the mean and the median of those single runs, and lines/s = 1 / mean;
#   - end to end through `coach analyze --jsonl` (JSON parse + analysis +
#     JSON output, the data repeated to ~200k lines): lines/s of each of 3
#     single runs, their mean and median.
# Targets: >= 100,000 lines/s in process, >= 50,000 lines/s end to end.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${BUILD_DIR:-$root/build-release}"
data="${1:-$root/../shared/scoring/dev.jsonl}"
if [ ! -f "$data" ]; then
    data="$(mktemp)"
    cat "$root"/tests/eval/*.jsonl > "$data"
    echo "(shared dev set absent: using tests/eval/*.jsonl)"
fi

# the build's output goes inside the build directory, never next to it: a
# BUILD_DIR of ./build would otherwise leave build.log in the work tree
mkdir -p "$build"
if ! { cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release && cmake --build "$build" --target coach -j2; } \
        > "$build/bench-build.log" 2>&1; then
    cat "$build/bench-build.log" >&2
    echo "bench: the Release build failed" >&2
    exit 1
fi
coach="$build/coach"
export COACH_ROOT="$root"
. "$root/tests/bench/bench_header.sh"
bench_header

lines=$(grep -c . "$data")
echo "data: $data ($lines lines)"
echo "== in process (coach analyze --bench, 400 passes) =="
"$coach" analyze --bench "$data" --repeat 400

echo "== end to end (coach analyze --jsonl) =="
big="$(mktemp)"
repeat=$(( (200000 + lines - 1) / lines ))
for _ in $(seq "$repeat"); do cat "$data"; done > "$big"
total=$(grep -c . "$big")
rates=()
for _ in 1 2 3; do
    start=$(date +%s%N)
    "$coach" analyze --jsonl < "$big" > /dev/null
    end=$(date +%s%N)
    rates+=("$(awk -v n="$total" -v ns=$((end - start)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }')")
done
printf '%s\n' "${rates[@]}" | sort -n | awk -v n="$total" '
    { r[NR] = $1; sum += $1 }
    END { printf "lines: %d a run; end to end: mean %.0f lines/s, median %.0f lines/s of 3 single runs (%s)\n",
                 n, sum / NR, r[2], r[1] " " r[2] " " r[3] }'
rm -f "$big"
