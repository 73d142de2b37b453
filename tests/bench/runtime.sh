#!/usr/bin/env bash
# Runtime benchmark (not a ctest test): the scenario runtime against inkjs on
# equivalent generated stories of NODES nodes / knots, 3 options each.
#
#   tests/bench/runtime.sh [--nodes N] [--steps N] [--session-steps N] [--seed N] [--no-ink]
#
# Defaults: 2,000 nodes, 100,000 steps (runtime direct and inkjs), 10,000
# steps through the session (a new session, hence a new scn_load, at every
# ending: load time is left out of the step figure but not out of the wall
# clock).
#
# Builds coach_core (Release) and bench_runtime.c into tests/bench/out/, installs
# inkjs locally into tests/bench/node_modules on first use (npm), and prints the
# figures, the ratios and the targets (<= 5 us a step, <= 20 ms to load).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/out"
nodes=2000 steps=100000 session_steps=10000 seed=1 ink=1
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) nodes=$2; shift 2 ;;
        --steps) steps=$2; shift 2 ;;
        --session-steps) session_steps=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --no-ink) ink=0; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "runtime.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$out"

echo "== building coach_core (Release) and bench_runtime"
cmake -S "$root" -B "$out/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >"$out/cmake.log" 2>&1 ||
    { cat "$out/cmake.log"; exit 1; }
cmake --build "$out/build" --target coach_core -j2 >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; exit 1; }
# shellcheck disable=SC2046
cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/engine/core" "$here/bench_runtime.c" \
    "$out/build/libcoach_core.a" $(pkg-config --libs lua5.4 libcjson libutf8proc) -lstemmer -lm \
    -o "$out/bench_runtime"

. "$here/bench_header.sh"
bench_header
echo "== generating $nodes-node scenario and ink story"
python3 "$here/gen_scenario.py" --nodes "$nodes" --seed 42 >"$out/bench.lua"
python3 "$here/gen_ink.py" --nodes "$nodes" --seed 42 >"$out/bench.ink"

echo "== coach runtime: $steps steps direct, $session_steps through the session"
"$out/bench_runtime" "$out/bench.lua" "$root/assets/lexicon.lua" "$steps" "$seed" "$session_steps" >"$out/coach.json"
cat "$out/coach.json"

if [ "$ink" -eq 1 ]; then
    if ! command -v node >/dev/null; then
        echo "node not found: skipping inkjs (install nodejs, or pass --no-ink)"; ink=0
    else
        if [ ! -d "$here/node_modules/inkjs" ]; then
            echo "== installing inkjs into tests/bench/node_modules"
            (cd "$here" && npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null)
        fi
        echo "== inkjs $(node -p 'require(process.argv[1]).version' "$here/node_modules/inkjs/package.json") on node $(node --version): $steps steps"
        (cd "$here" && node ink_bench.mjs "$out/bench.ink" "$steps" "$seed") >"$out/ink.json"
        cat "$out/ink.json"
    fi
fi

python3 - "$out/coach.json" "$out/ink.json" "$ink" "$nodes" <<'PY'
import json, sys
coach = json.load(open(sys.argv[1]))
ink = json.load(open(sys.argv[2])) if sys.argv[3] == "1" else None
nodes = sys.argv[4]
print()
print(f"{'':34}{'coach':>12}{'inkjs':>12}{'ink/coach':>11}")
def row(name, c, i, unit):
    ratio = f"{i / c:10.1f}x" if (i is not None and c > 0) else ""
    istr = f"{i:10.2f}{unit}" if i is not None else f"{'-':>12}"
    print(f"{name:34}{c:10.2f}{unit}{istr}{ratio}")
print("coach: load = median of %d single loads (mean %.2f ms); step = mean over all steps "
      "(the median of single steps below)" % (coach["loads"], coach["load_ms_mean"]))
if ink:
    print("inkjs: load = one load (after compile); step = mean over all steps")
row(f"load ({nodes} nodes)", coach["load_ms"], ink["load_ms"] if ink else None, "ms")
if ink:
    print(f"{'  ink compile + serialise':34}{'':12}{ink['compile_ms'] + ink['serialise_ms']:10.0f}ms")
row("step, runtime direct", coach["direct_us_per_step"], ink["us_per_step"] if ink else None, "us")
print(f"{'  median of single steps':34}{coach['direct_us_median']:10.2f}us")
row("step, through the session", coach["session_us_per_step"], ink["us_per_step"] if ink else None, "us")
print(f"{'  median of single steps':34}{coach['session_us_median']:10.2f}us")
if ink:
    print(f"{'peak RSS':34}{coach['peak_rss_mib']:10.1f}MB{ink['peak_rss_mib']:10.1f}MB")
else:
    print(f"{'peak RSS':34}{coach['peak_rss_mib']:10.1f}MB")
print(f"{'Lua heap after load':34}{coach['lua_heap_kib'] / 1024:10.1f}MB")
print(f"{'session: load+create per call':34}{coach['session_reload_ms_per_call']:10.2f}ms  ({coach['session_calls']} calls)")
print()
ok_step = coach["direct_us_per_step"] <= 5.0
ok_load = coach["load_ms"] <= 20.0
print(f"target step <= 5 us (direct):  {'met' if ok_step else 'MISSED'} ({coach['direct_us_per_step']:.2f} us)")
print(f"target load <= 20 ms:          {'met' if ok_load else 'MISSED'} ({coach['load_ms']:.2f} ms)")
PY
