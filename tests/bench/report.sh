#!/usr/bin/env bash
# bench: coach report over many session logs. Makes N copies of the fixture
# logs (tests/logs/good: nine sessions of three trainees, each copy with its
# own trainee (40 of them), start time and session id; every tenth a retry of
# the one before), then times `coach report` (CSV and HTML; then the CSV of
# trainee lines, --turns) over 1,000 and 10,000 of them and prints the wall
# time, the CPU time and the peak memory (maximum resident set size) of each
# run, so that the growth with the number of logs shows. Target: 10,000 logs
# in <= 2 s, with memory that does not grow with the number of logs.
# usage: tests/bench/report.sh [BIN]   (default build/coach; a Release build)
set -eu
cd "$(dirname "$0")/../.."
. tests/bench/bench_header.sh
bin=${1:-build/coach}
[ -x "$bin" ] || { echo "no $bin: build it first (scripts/setup.sh release)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
base = [json.load(open(p)) for p in sorted(glob.glob("tests/logs/good/*.json"))]
for size in (1000, 10000):
    d = os.path.join(out, str(size))
    os.makedirs(d)
    for i in range(size):
        log = dict(base[i % len(base)])
        log["trainee"] = "Trainee %02d" % (i % 40)
        day, minute = divmod(i, 24 * 60)
        log["started_at"] = "2025-%02d-%02dT%02d:%02d:00Z" % (1 + day // 28 % 12, 1 + day % 28, minute // 60, minute % 60)
        log["ended_at"] = None
        log["id"] = "bench-%05d" % i
        if i % 10 == 9:
            log["retry_of"] = "bench-%05d" % (i - 1)
            log["from_turn"] = 2
        with open(os.path.join(d, "s%05d.json" % i), "w") as f:
            json.dump(log, f)
PY
bench_header
echo "logs: copies of tests/logs/good ($(du -sh "$tmp/10000" | cut -f1) for 10,000); coach report DIR --quiet --csv --html"
for size in 1000 10000; do
    for run in 1 2 3 turns; do
        if [ "$run" = turns ]; then
            set -- --csv "$tmp/t.csv" --turns
        else
            set -- --csv "$tmp/r.csv" --html "$tmp/r.html"
        fi
        /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" \
            "$bin" report "$tmp/$size" --include-unfinished --quiet "$@" 2>/dev/null
        read -r wall user sys rss <"$tmp/time"
        printf '%6d logs, %-7s %5.2f s wall, %5.2f s CPU, peak memory %6.1f MiB\n' "$size" \
            "$([ "$run" = turns ] && echo "--turns:" || echo "run $run:")" "$wall" \
            "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $rss / 1024" | bc)"
    done
    echo "        (page: $(du -h "$tmp/r.html" | cut -f1), lines CSV: $(du -h "$tmp/t.csv" | cut -f1))"
done
