#!/usr/bin/env bash
# The analyser must not regress on our own labelled sets (typed lines
# included: playstudy_r1, typed_dev, typed_dev2, typed_dev3): macro F1 at least the floor on each;
# playstudy_r2 (tuned on since round 3; its labels are the play-testers', not
# corrected to the contract) has a lower floor.
# (fresh.jsonl and typed_heldout*.jsonl are held out: measured, never a gate;
# the shared dev set is gated by eval_regression_dev.sh.)
set -euo pipefail
: "${COACH_BIN:?}" "${COACH_ROOT:?}"
. "$(dirname "$0")/lib/eval_gate.sh"
for set in own own2 own3 playstudy_r1 typed_dev typed_dev2 typed_dev3; do
    check "$COACH_ROOT/tests/eval/$set.jsonl" 0.95
done
# (no lowest-label floor: it has no small talk, so one false alarm makes that label 0)
check "$COACH_ROOT/tests/eval/playstudy_r2.jsonl" 0.79 0
# playstudy_r3: held out when played (121/183 exact on f26b7e8); gated from then on
# (139/183 exact, macro F1 0.730 after the issue 8 label classes of 4b6a262)
check "$COACH_ROOT/tests/eval/playstudy_r3.jsonl" 0.72 0
# playstudy_r6: held out when played (132/178 exact, macro F1 0.705 on 3a9fbdd); gated from round 7
# (149/178 exact, macro F1 0.852); no lowest-label floor: it has no small talk
check "$COACH_ROOT/tests/eval/playstudy_r6.jsonl" 0.83 0
# playstudy_r7: held out when played (143/202 exact, macro F1 0.849 on 1953d1b); gated since
# (145/202, macro F1 0.854)
check "$COACH_ROOT/tests/eval/playstudy_r7.jsonl" 0.83 0
# playstudy_r8: held out when played (120/170 exact, macro F1 0.866 on 22004e3); gated since
check "$COACH_ROOT/tests/eval/playstudy_r8.jsonl" 0.85 0
# playstudy_r9: held out when played (142/178 exact, macro F1 0.828 on 92a8f80); gated since
check "$COACH_ROOT/tests/eval/playstudy_r9.jsonl" 0.80 0
# playstudy_r10: held out when played (137/178 exact, macro F1 0.782 on fbbd4b2); gated since
# (156/178, macro F1 0.869)
check "$COACH_ROOT/tests/eval/playstudy_r10.jsonl" 0.85 0
# playstudy_r11: held out when played (129/175 exact, macro F1 0.902 on 687faa4); gated since
check "$COACH_ROOT/tests/eval/playstudy_r11.jsonl" 0.88 0
# playstudy_r12: held out when played (142/181 exact, macro F1 0.913 on a33823a); gated since
check "$COACH_ROOT/tests/eval/playstudy_r12.jsonl" 0.89 0
# playstudy_r13: held out when played (147/188 exact, macro F1 0.813 on ed98e70); gated since
check "$COACH_ROOT/tests/eval/playstudy_r13.jsonl" 0.80 0
# playstudy_r14: held out when played (141/176 exact, macro F1 0.940 on 05a4891); gated since
check "$COACH_ROOT/tests/eval/playstudy_r14.jsonl" 0.92 0
# playstudy_r15: held out when played (143/172 exact, macro F1 0.838 on 663fa99); gated since
check "$COACH_ROOT/tests/eval/playstudy_r15.jsonl" 0.82 0
# playstudy_r16: held out when played (150/184 exact, macro F1 0.914 on 8750a39); gated since
check "$COACH_ROOT/tests/eval/playstudy_r16.jsonl" 0.89 0
# playstudy_r17: held out when played (135/173 exact, macro F1 0.926 on 6298c17); gated since
check "$COACH_ROOT/tests/eval/playstudy_r17.jsonl" 0.90 0
# playstudy_r18: held out when played (144/176 exact, macro F1 0.843 on 25212b5); gated since
check "$COACH_ROOT/tests/eval/playstudy_r18.jsonl" 0.82 0
# playstudy_r19: held out when played (144/175 exact, macro F1 0.936 on 6cef351); gated since
check "$COACH_ROOT/tests/eval/playstudy_r19.jsonl" 0.92 0
# playstudy_r20: held out when played (151/182 exact, macro F1 0.939 on 4f6c501); gated since
check "$COACH_ROOT/tests/eval/playstudy_r20.jsonl" 0.92 0
# playstudy_r21: held out when played (163/185 exact, macro F1 0.963 on 3aae987); gated since
check "$COACH_ROOT/tests/eval/playstudy_r21.jsonl" 0.94 0
# playstudy_r22: held out when played (152/186 exact, macro F1 0.891 on 5e928eb; the first set labelled with the Hard cases of docs/labels.md); gated since
check "$COACH_ROOT/tests/eval/playstudy_r22.jsonl" 0.87 0
# playstudy_r23: held out when played (143/176 exact, macro F1 0.914 on c2044ea); gated since
check "$COACH_ROOT/tests/eval/playstudy_r23.jsonl" 0.89 0
# playstudy_r24: held out when played (160/198 exact, macro F1 0.931 on 849213f); gated since
check "$COACH_ROOT/tests/eval/playstudy_r24.jsonl" 0.91 0
# playstudy_r25: held out when played (141/179 exact, macro F1 0.841 on a81b3ca - one false small_talk and no true one make that label 0); gated since
check "$COACH_ROOT/tests/eval/playstudy_r25.jsonl" 0.82 0
# playstudy_r26: held out when played (139/182 exact, macro F1 0.902 on 648a87d); gated since
check "$COACH_ROOT/tests/eval/playstudy_r26.jsonl" 0.88 0
# playstudy_r27: held out when played (148/181 exact, macro F1 0.825 on 02a6061 - one false small_talk and no true one make that label 0); gated since
check "$COACH_ROOT/tests/eval/playstudy_r27.jsonl" 0.80 0
# playstudy_r28: held out when played (141/171 exact, macro F1 0.859 on 48df4fc - one true small_talk missed makes that label 0); gated since
check "$COACH_ROOT/tests/eval/playstudy_r28.jsonl" 0.83 0
# playstudy_r29: held out when played (161/182 exact, macro F1 0.973 on 0a53b41); gated since
check "$COACH_ROOT/tests/eval/playstudy_r29.jsonl" 0.95 0
