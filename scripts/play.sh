#!/usr/bin/env bash
# play.sh: installs and builds what is missing, then plays the default
# scenario in the window. Extra arguments go to `coach play`
# (e.g. --text to play in the terminal, --projector for a classroom).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
exec build/coach play scenarios/plant_downtime.lua "$@"
