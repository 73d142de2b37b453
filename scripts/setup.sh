#!/usr/bin/env bash
# setup.sh: installs what Discovery Coach needs on Debian (when it can) and
# builds it. Used by play.sh and test.sh; safe to run again.
#
#   scripts/setup.sh [release|sanitize|coach]    (default: release -> build/)
#
# coach: only the `coach` binary into build/, quietly (what play.sh needs;
# the build's output goes to build/build.log and is shown only on failure).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config python3
          libsdl2-dev libsdl2-ttf-dev liblua5.4-dev libcjson-dev
          libstemmer-dev libutf8proc-dev libfontconfig-dev libespeak-ng-dev
          libcurl4-openssl-dev)
if [ "${COACH_TEST_DEPS:-0}" = 1 ]; then
  # fonts-wqy-microhei: a small CJK font, so the tests exercise the fallback font
  packages+=(graphviz xvfb xauth fonts-wqy-microhei)
  # python3-jsonschema: tests/cli/hostile_runtime.sh checks logs against assets/log.schema.json
  packages+=(python3-jsonschema)
  # node and npm run the test LRS (tests/cli/sync_lrs.sh); Debian's unless
  # some node is already there
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

apt_get=()
if [ "$(id -u)" = 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  apt_get=(sudo apt-get)
fi
export DEBIAN_FRONTEND=noninteractive
apt_updated=0
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ ${#apt_get[@]} -eq 0 ]; then
    echo "setup: missing Debian packages; install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  "${apt_get[@]}" update -qq
  apt_updated=1
  "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${COACH_TEST_DEPS:-0}" = 1 ]; then
  # tests/cli/report_page.sh looks at the HTML report in headless Chromium
  # (Debian's chromium, driven by puppeteer-core from tests/report_page,
  # pinned by its package-lock.json; no browser is downloaded). When they
  # cannot be installed here, the reason goes to tests/report_page/.setup-failed
  # and that test is skipped saying so; otherwise a missing browser fails it.
  page=tests/report_page
  rm -f "$page/.setup-failed"
  if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"; then
    echo "setup: installing chromium (for the report page test)" >&2
    if [ ${#apt_get[@]} -eq 0 ]; then
      echo "chromium is not installed and setup could not install it (not root, no sudo): sudo apt-get install chromium" \
        >"$page/.setup-failed"
    elif ! { [ "$apt_updated" = 1 ] || "${apt_get[@]}" update -qq; } ||
         ! "${apt_get[@]}" install -y -qq --no-install-recommends chromium >/dev/null; then
      echo "apt-get could not install chromium" >"$page/.setup-failed"
    fi
  fi
  lock_sum=$(sha256sum <"$page/package-lock.json")
  if [ "$(cat "$page/node_modules/.coach-lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
    echo "setup: installing puppeteer-core in $page (npm ci)" >&2
    if (cd "$page" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
      echo "$lock_sum" >"$page/node_modules/.coach-lock-sum"
    else
      echo "npm ci could not install puppeteer-core in $page" >>"$page/.setup-failed"
    fi
  fi
  if [ -s "$page/.setup-failed" ]; then
    echo "setup: the report page test will be skipped: $(head -n 1 "$page/.setup-failed")" >&2
  fi
fi

jobs=$(nproc 2>/dev/null || echo 2)
case "${1:-release}" in
  release)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCOACH_WERROR=ON >/dev/null
    cmake --build build -j"$jobs"
    ;;
  sanitize)
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCOACH_SANITIZE=ON -DCOACH_WERROR=ON >/dev/null
    cmake --build build-asan -j"$jobs"
    ;;
  coach)
    mkdir -p build
    if [ ! -x build/coach ]; then
      echo "building the coach binary… (the first time takes about 20 s on two cores)" >&2
    fi
    if ! { cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCOACH_WERROR=ON &&
           cmake --build build -j"$jobs" --target coach; } > build/build.log 2>&1; then
      tail -n 30 build/build.log >&2
      echo "setup: the build failed; the whole log is build/build.log" >&2
      exit 1
    fi
    ;;
  *)
    echo "usage: scripts/setup.sh [release|sanitize|coach]" >&2
    exit 2
    ;;
esac
