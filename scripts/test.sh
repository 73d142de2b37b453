#!/usr/bin/env bash
# test.sh: installs and builds what is missing, then runs every test with
# ctest: the release build (warnings as errors) must build, and the whole
# suite runs on the AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
export COACH_TEST_DEPS=1
scripts/setup.sh release
scripts/setup.sh sanitize
# The test LRS of tests/cli/sync_lrs.sh: the npm packages pinned by
# tests/lrs/package-lock.json, installed again only when the lock changes.
lock_sum=$(sha256sum <tests/lrs/package-lock.json)
if [ "$(cat tests/lrs/node_modules/.coach-lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  echo "test: installing the test LRS's npm packages in tests/lrs" >&2
  (cd tests/lrs && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >tests/lrs/node_modules/.coach-lock-sum
fi
# Logs written by tests go to a throwaway data dir, never the user's.
export XDG_DATA_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
ctest --test-dir build-asan --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" "$@"
