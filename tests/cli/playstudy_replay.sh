#!/usr/bin/env bash
# The play studies' transcripts are regression data: the skilled and picker
# plays of rounds 4 to 29 (tests/playstudy/rN/, played turn by turn by
# play-testers on their rounds' builds) are replayed on this build, and none
# may end unsuccessfully - a skilled rep or an option picker who loses the
# call is the prospect misunderstanding the method. A script may run out
# before the call ends when a revision made the prospect say more.
set -euo pipefail
: "${COACH_BIN:?}" "${COACH_ROOT:?}"
cd "$COACH_ROOT"
python3 tests/playstudy/replay.py --gate tests/playstudy/r4 tests/playstudy/r5 tests/playstudy/r6 tests/playstudy/r7 \
    tests/playstudy/r8 tests/playstudy/r9 tests/playstudy/r10 tests/playstudy/r11 tests/playstudy/r12 tests/playstudy/r13 tests/playstudy/r14 tests/playstudy/r15 tests/playstudy/r16 tests/playstudy/r17 tests/playstudy/r18 tests/playstudy/r19 tests/playstudy/r20 tests/playstudy/r21 tests/playstudy/r22 tests/playstudy/r23 tests/playstudy/r24 tests/playstudy/r25 tests/playstudy/r26 tests/playstudy/r27 tests/playstudy/r28 tests/playstudy/r29 \
    --coach "$COACH_BIN"
