#!/usr/bin/env bash
# The analyser must not regress on the labelled sets: macro F1 at least the
# floor on our own sets, and on shared/scoring/dev.jsonl when CI has it
# beside the clone. (fresh.jsonl is held out: measured, never a gate.)
set -euo pipefail
: "${COACH_BIN:?}" "${COACH_ROOT:?}"
check() {
    local data=$1 floor=$2
    local line
    line=$(python3 "$COACH_ROOT/tests/eval/eval.py" --coach "$COACH_BIN" --data "$data" | tail -n 1)
    echo "$(basename "$data"): $line"
    python3 - "$line" "$floor" <<'PY'
import re, sys
match = re.search(r"macro F1 ([0-9.]+); lowest \S+ ([0-9.]+)", sys.argv[1])
if not match:
    sys.exit("eval printed no macro F1: " + sys.argv[1])
macro, lowest = float(match.group(1)), float(match.group(2))
floor = float(sys.argv[2])
if macro < floor or lowest < 0.75:
    sys.exit(f"analyser regressed: macro F1 {macro} (floor {floor}), lowest label {lowest} (floor 0.75)")
PY
}
for set in own own2 own3; do
    check "$COACH_ROOT/tests/eval/$set.jsonl" 0.95
done
dev="$COACH_ROOT/../shared/scoring/dev.jsonl"
if [ -f "$dev" ]; then
    check "$dev" 0.85
else
    echo "dev.jsonl not beside the clone: skipped"
fi
