# eval_gate: sourced by the eval_regression*.sh tests.
# check DATA FLOOR [LOWEST]: runs tests/eval/eval.py on DATA through $COACH_BIN and
# fails when macro F1 is below FLOOR or the lowest label below LOWEST (0.75).
check() {
    local data=$1 floor=$2 lowest_floor=${3:-0.75}
    local line
    line=$(python3 "$COACH_ROOT/tests/eval/eval.py" --coach "$COACH_BIN" --data "$data" | tail -n 1)
    echo "$(basename "$data"): $line"
    python3 - "$line" "$floor" "$lowest_floor" <<'PY'
import re, sys
match = re.search(r"macro F1 ([0-9.]+); lowest \S+ ([0-9.]+)", sys.argv[1])
if not match:
    sys.exit("eval printed no macro F1: " + sys.argv[1])
macro, lowest = float(match.group(1)), float(match.group(2))
floor, lowest_floor = float(sys.argv[2]), float(sys.argv[3])
if macro < floor or lowest < lowest_floor:
    sys.exit(f"analyser regressed: macro F1 {macro} (floor {floor}), lowest label {lowest} (floor {lowest_floor})")
PY
}
