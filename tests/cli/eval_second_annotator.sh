#!/usr/bin/env bash
# Play studies r4 to r8, r10, r20, r23, r25, r26, r28 and r29 were labelled twice: by the play-testers and, blind,
# by a second annotator (playstudy_rN.second.jsonl). The two files must label
# the same lines with the same text and only the contract's labels, and
# agree.py must report the annotators' agreement and the analyser's figures.
# The figures are measurements, not gates (see tests/eval/README.md).
set -euo pipefail
: "${COACH_BIN:?}" "${COACH_ROOT:?}"
for r in r4 r5 r6 r7 r8 r10 r20 r23 r25 r26 r28 r29; do
    out=$(python3 "$COACH_ROOT/tests/eval/agree.py" "$COACH_ROOT/tests/eval/playstudy_$r.jsonl" \
          "$COACH_ROOT/tests/eval/playstudy_$r.second.jsonl" --coach "$COACH_BIN")
    echo "$r: $out"
    grep -q "^lines: [0-9]*; the two annotators agree exactly on [0-9]* " <<<"$out"
    grep -q "^analyser exact: against the first [0-9]*/" <<<"$out"
done
# a label outside the contract is named with its file and line
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
sed '2s/"labels": \[/"labels": ["guess", /' "$COACH_ROOT/tests/eval/playstudy_r4.second.jsonl" > "$tmp/bad.jsonl"
if python3 "$COACH_ROOT/tests/eval/agree.py" "$COACH_ROOT/tests/eval/playstudy_r4.jsonl" "$tmp/bad.jsonl" \
       --no-coach 2> "$tmp/err"; then
    echo "agree.py accepted a label outside the contract" >&2; exit 1
fi
grep -q "bad.jsonl:2: .*guess" "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
