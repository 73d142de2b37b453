#!/usr/bin/env bash
# test.sh: installs and builds what is missing, then runs every test with
# ctest: the release build (warnings as errors) must build, and the whole
# suite runs on the AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
export COACH_TEST_DEPS=1
scripts/setup.sh release
scripts/setup.sh sanitize
# Logs written by tests go to a throwaway data dir, never the user's.
export XDG_DATA_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
ctest --test-dir build-asan --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" "$@"
