#!/usr/bin/env bash
# The calibration suite (tests/calibration/README.md): every transcript's
# skill scores must stay in the bands a sales coach gave them (or be a known
# gap marked expected_fail); prints the table either way, held-out cases
# included (they were checked once after tuning; see the README).
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
exec python3 "$root/tests/calibration/check.py" --coach "$bin" --root "$root"
