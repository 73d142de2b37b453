#!/usr/bin/env bash
# The older sets' gold was settled to two Hard cases of docs/labels.md by
# tests/eval/settle_bridges.py and tests/eval/settle_hard_cases.py (listed in
# tests/eval/README.md). Settled gold stays settled: re-running either script
# must find nothing left to change, so a set added or relabelled later in the
# old way is caught here rather than quietly costing the analyser lines. The
# scripts must also still name what they would change, with the file and id.
set -euo pipefail
: "${COACH_ROOT:?}"
for s in settle_bridges settle_hard_cases; do
    out=$(python3 "$COACH_ROOT/tests/eval/$s.py" 2>&1 >/dev/null)
    grep -qx "# 0 lines settled" <<<"$out" || {
        echo "$s: gold not settled:" >&2
        python3 "$COACH_ROOT/tests/eval/$s.py" >&2
        exit 1
    }
done
# on a copy whose old-style line is put back, the rule finds and names it
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$COACH_ROOT"/tests/eval/settle_*.py "$tmp/"
printf '%s\n' '{"id": "x-echo.1", "context": "I got called in on Sunday again.", "text": "Sunday again? How was that?", "labels": ["open_question", "probe"]}' \
    > "$tmp/playstudy_r9.jsonl"
out=$(python3 "$tmp/settle_hard_cases.py" 2>/dev/null)
grep -q "^playstudy_r9.jsonl	x-echo.1	open_question, probe -> .*closed_question" <<<"$out" || {
    echo "settle_hard_cases.py did not settle an echo question: $out" >&2; exit 1; }
