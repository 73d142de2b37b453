#!/usr/bin/env python3
"""Settle older gold labels to two Hard cases of docs/labels.md, for the
shapes the sets labelled with the Hard cases (r22-r27) agree on.

who_decides ("Building on the answer, or moving on from it"): a question
asking who decides, who else gets a say, or how the decision gets made ("Who
else would have a say in a decision like this?", "Where does Denise come into
a decision like this?", "How would that decision get made between you?")
takes the answer as a bridge to the decision: a plain question, not a
`probe`. r22-r27 label 98 such lines, none a probe. A by-when typed on to
it is a bridge too ("how would you two make that call - and by when...?").
Left alone: a line that also digs (why, what caused it, what it means, how it
feels, worry), that asks only by when (a "decide" in an if-clause before it
names no decider), that asks what someone would need to see
(settle_bridges.py's shape; the Hard-case play-testers still call that a
probe after the answer told of that person's doubts), that opens on a request
("Tell me about your director - who else...": the request may build on the
answer), and deciding an embedded question ("how are you deciding who gets a
place?" asks how their work is done, and may build on it).

echo ("Echo questions"): a short fragment ending in "?" made mostly of the
prospect's own words ("Night feeds? Tell me about that.", "Sunday again? How's
that been?") is a `closed_question`, even when another question follows.
r22-r27 give `closed_question` to 10 of the 11 such lines (5 of the 6 where an
open question follows: r24 left it out on "Night feeds? Tell me about that.").

The lines are picked by their shape alone, never by what the analyser says.

    python3 tests/eval/settle_hard_cases.py            # list what would change
    python3 tests/eval/settle_hard_cases.py --write    # rewrite the sets
    python3 tests/eval/settle_hard_cases.py --count    # count the shapes in r22-r27

Never applied to the held-out sets (fresh, typed_heldout*), the shared dev set
(not in this folder), nor the sets labelled with the Hard cases (r22 on);
--count only reads those last ones' labels.
"""
import argparse
import glob
import json
import os
import re

from settle_common import settle_sets

HERE = os.path.dirname(os.path.abspath(__file__))
HELD_OUT = re.compile(r"^(fresh|typed_heldout.*)\.jsonl$")
HARD_CASE_SETS = re.compile(r"^playstudy_r(?:2[2-9]|[3-9]\d)\b.*\.jsonl$")

DECIDE = re.compile(r"\b(?:decid\w*|decisions?|make(?:s)? (?:the|that|this) (?:final )?call|making (?:the|that|this) (?:final )?call"
                    r"|(?:a|the final|final|her|his|their) say\b|sign(?:s|ing)? off|weighs? in)")
EMBEDDED = re.compile(r"\bdecid\w* (?:who|what|which|whether|how|if)\b")
MUST_SEE = re.compile(r"\b(?:needs?|wants?) (?:to see|from)\b")
DIGS = re.compile(r"\b(?:why|caus\w*|lead(?:s)? to|mean\w*|feel\w*|happen\w*|worr\w*|concern\w*|scar\w*)\b")
# "Tell me about your director - who else...": the request may build on the answer itself
REQUEST = re.compile(r"\b(?:tell|talk|walk|take) me\b")
WHEN = re.compile(r"\b(?:by when|how soon|how long|timing|timeline|deadline)\b"
                  r"|\bwhen (?:would|will|does|do|is|are|should|has|have|must|need|can|could)\b")

STOP = set("a an the to of in on at is it that this and or so you your i me my we our for with be are was "
           "again just".split())
NOT_ECHO = set("what what's whats how how's who who's whos why when where which is are do does did can could "
               "would will have has was were should any anything tell mind okay ok right fair sound make yeah "
               "really sure that that's it's you're isn't aren't don't didn't won't".split())
WH = {"how", "what", "why", "who", "when", "where", "which"}


def norm(s):
    return s.lower().replace("\u2019", "'")


def questions(text):
    """The sentences ending in "?", and a last one typed without it that opens
    on a question word ("How does Denise figure into making the call")."""
    asked = re.findall(r"[^?.!]*\?", text)
    last = re.split(r"[?.!]", text)[-1].strip()
    if last and re.match(r"(?:and |so )?(?:how|who|where|what|which)\b", last):
        asked.append(last)
    return asked


def who_decides(row):
    """Every question of the line asks who decides or how (a by-when may be
    typed on: "how would you two make that call - and by when...?"), none
    digs, none asks what someone must see."""
    text = norm(row["text"])
    asked = questions(text)
    if not asked or DIGS.search(text) or REQUEST.search(text) or any(MUST_SEE.search(q) for q in asked):
        return False
    decides = [q for q in asked if DECIDE.search(main_clause(before_when(q))) and not EMBEDDED.search(q)]
    return bool(decides) and all(q in decides or WHEN.search(q) for q in asked)


def main_clause(question):
    """The question without an if-clause before it: "if you two did decide
    to change it, what would the timing look like?" asks when, not who."""
    return re.sub(r"(?:^|\s)(?:if|once)\b[^,?]*,", " ", question)


def before_when(question):
    """The question up to its by-when part, if any: "when would it need to be
    decided?" alone asks when, not who."""
    m = WHEN.search(question)
    return question[:m.start()] if m else question


def echo(row):
    """A fragment of at most six words ending in "?" (at the start, after a
    sentence or after a dash), not opening like a question, with no wh-word,
    at least half of whose content words the prospect's line holds."""
    text, said = norm(row["text"]), set(re.findall(r"[a-z']+", norm(row["context"])))
    for m in re.finditer(r"(?:^|[.!?]\s+|\s[-\u2013\u2014]\s+)([^?.!\-\u2013\u2014]{1,40})\?", text):
        words = re.findall(r"[a-z']+", m.group(1))
        if not 1 <= len(words) <= 6 or words[0] in NOT_ECHO or (WH | {"or"}) & set(words):
            continue
        content = [w for w in words if w not in STOP] or words
        heard = [w for w in content if w in said or w.rstrip("s") in said or w + "s" in said]
        if len(heard) * 2 >= len(content) and len(heard) >= 1:
            return True
    return False


def settle(row):
    labels = list(row["labels"])
    if who_decides(row) and "probe" in labels:
        labels.remove("probe")
    if echo(row) and "closed_question" not in labels:
        labels.append("closed_question")
    return labels


def count():
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        name = os.path.basename(path)
        if not HARD_CASE_SETS.match(name):
            continue
        rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        who = [r for r in rows if who_decides(r)]
        ech = [r for r in rows if echo(r)]
        print(f"{name}\twho-decides {len(who)} (probe {sum('probe' in r['labels'] for r in who)})"
              f"\techo {len(ech)} (closed_question {sum('closed_question' in r['labels'] for r in ech)})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--count", action="store_true")
    args = ap.parse_args()
    if args.count:
        count()
        return
    settle_sets(lambda name: HELD_OUT.match(name) or HARD_CASE_SETS.match(name), settle, args.write)


if __name__ == "__main__":
    main()
