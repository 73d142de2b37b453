#!/usr/bin/env bash
# The analyser must not regress on our own labelled sets (typed lines
# included: playstudy_r1, typed_dev, typed_dev2, typed_dev3): macro F1 at least the floor on each.
# (fresh.jsonl and typed_heldout*.jsonl are held out: measured, never a gate;
# the shared dev set is gated by eval_regression_dev.sh.)
set -euo pipefail
: "${COACH_BIN:?}" "${COACH_ROOT:?}"
. "$(dirname "$0")/lib/eval_gate.sh"
for set in own own2 own3 playstudy_r1 typed_dev typed_dev2 typed_dev3; do
    check "$COACH_ROOT/tests/eval/$set.jsonl" 0.95
done
