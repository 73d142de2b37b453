#!/usr/bin/env bash
# play.sh: installs what is missing, builds only the coach binary (quietly),
# then opens the window on the scenario menu with the default scenario
# pre-selected. Arguments go to `coach`: --projector (classroom mode),
# --fullscreen; --text plays the default scenario in the terminal instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh coach
for argument in "$@"; do
  if [ "$argument" = --text ]; then
    exec build/coach play "$@"
  fi
done
echo "opening the window…" >&2
exec build/coach "$@"
