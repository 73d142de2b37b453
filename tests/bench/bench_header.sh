# bench_header: sourced by the benchmark scripts. bench_header prints what a
# figure depends on: the machine, its load, the date and the commit measured.
bench_header() {
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  echo "machine: $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
       "load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:  $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}

# bench_coach_bin BUILD_DIR ROOT: prints the path of a Release coach to
# measure, building it into BUILD_DIR/release-tree. The tree has a name no
# script writes a file under: several scripts share one BUILD_DIR, and a
# binary another script left at BUILD_DIR/coach once broke the build here.
bench_coach_bin() {
  local tree="$1/release-tree"
  if [[ -e "$tree" && ! -d "$tree" ]]; then
    echo "bench: $tree is a file, not a build directory; remove it" >&2
    return 2
  fi
  mkdir -p "$tree"
  cmake -S "$2" -B "$tree" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null || return 2
  cmake --build "$tree" -j2 --target coach >/dev/null || return 2
  echo "$tree/coach"
}
