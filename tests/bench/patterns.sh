#!/usr/bin/env bash
# Hostile-pattern benchmark (not a ctest test): how long the coach takes to
# refuse string patterns that backtrack for minutes in Lua's own matcher
# (issue 15), through every user of the sandbox, by the real commands:
#
#   load       coach check S.lua             (the pattern runs while the scenario loads)
#   play       coach run S.lua --script F    (in a route's test function, during play)
#   test file  coach test T.test.lua
#   lexicon    COACH_ROOT=D coach analyze hi (D/assets/lexicon.lua runs the pattern)
#
# Prints, per snippet and path, the mean and the median wall time of RUNS
# single runs (process start to exit), whether every run was refused by the
# budget ("pattern too expensive", or "instruction budget" when a pcall
# caught the first error), the machine and the date.
#
# usage: tests/bench/patterns.sh    env: RUNS=5 BUILD_DIR=/tmp/coach-bench COACH_BIN=path
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/tmp/coach-bench}
RUNS=${RUNS:-5}
if [[ -z "${COACH_BIN:-}" ]]; then
  . "$ROOT/tests/bench/bench_header.sh"
  COACH_BIN=$(bench_coach_bin "$BUILD_DIR" "$ROOT") || exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"

# The first is harmless: the time every command takes anyway (start-up, the
# analyser, the scenario), to read the others against; it is not refused.
names=("baseline: harmless" "lazy dot, 128 KiB" "a? x40 then a x40" "a*a*a*b, 400 bytes" "gsub, a*a*a*b"
       "under pcall x100")
snippets=(
  "local r = string.rep('a', 400):find('a*b')"
  "local r = string.rep('a', 128 * 1024):find('.-b')"
  "local r = string.rep('a', 40):match(string.rep('a?', 40) .. string.rep('a', 40))"
  "local r = string.rep('a', 400):find('a*a*a*b')"
  "local r = string.rep('a', 400):gsub('a*a*a*b', '')"
  "for i = 1, 100 do pcall(string.find, string.rep('a', 400), 'a*a*a*b') end"
)

# prints "mean median ok" in milliseconds for RUNS runs of "$@"
measure() {
  local times=() ok=yes
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >"$work/err" 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
    grep -q "pattern too expensive\|instruction budget" "$work/err" || ok=no
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v ok="$ok" '
    { t[NR] = $1; sum += $1 }
    END { median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%8.1f %8.1f  %s\n", sum / NR / 1000, median / 1000, ok }'
}

. "$ROOT/tests/bench/bench_header.sh"
bench_header
echo "coach:   $COACH_BIN"
echo "each figure: mean and median of $RUNS single runs, process start to exit, in ms"
printf '\n%-20s %-10s %8s %8s  %s\n' "snippet" "path" "mean" "median" "refused by the budget"
for i in "${!snippets[@]}"; do
  code=${snippets[$i]}
  cat >"$work/load.lua" <<EOF
scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
$code
EOF
  cat >"$work/play.lua" <<EOF
scenario { id = "hostile", start = "a" }
node "a" { say = "hi", otherwise = "b",
  routes = { { test = function(s, move) $code return false end, to = "b" } } }
node "b" { say = "bye", ending = { outcome = "done" } }
EOF
  echo "hello there" >"$work/script.txt"
  printf -- '-- hostile test file\n%s\n' "$code" >"$work/hostile.test.lua"
  mkdir -p "$work/root/assets"
  printf -- '-- hostile lexicon\n%s\nreturn {}\n' "$code" >"$work/root/assets/lexicon.lua"
  printf '%-20s %-10s %s\n' "${names[$i]}" load "$(measure "$COACH_BIN" check "$work/load.lua")"
  printf '%-20s %-10s %s\n' "" play "$(measure "$COACH_BIN" run "$work/play.lua" --script "$work/script.txt" --log-dir "$work/logs")"
  printf '%-20s %-10s %s\n' "" "test file" "$(measure "$COACH_BIN" test "$work/hostile.test.lua")"
  printf '%-20s %-10s %s\n' "" lexicon "$(COACH_ROOT="$work/root" measure "$COACH_BIN" analyze hello)"
done
