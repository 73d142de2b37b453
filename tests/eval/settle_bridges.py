#!/usr/bin/env python3
"""Settle older gold labels to docs/labels.md's Hard case "Building on the
answer, or moving on from it", for the one shape the sets labelled with the
Hard cases (r22 on) agree on: a question asking what someone would need to
see (or need from us), where the prospect's line names that someone only as
where the matter goes ("anything over twenty thousand goes to Sam Okafor",
"I'm the one explaining that to the ops director"). Such a question takes the
answer as a bridge to the decision: a plain question, not a `probe`.

The lines are picked by their shape alone, never by what the analyser says.
A question about "you", "he", "she" or a person the line tells of ("he'll want
to see every number", "she'll say no to anything with a login") is left: the
Hard-case play-testers of r22-r25 still call those probes (it builds on what
the answer said of that person), so the wider "bridge" shapes (who decides,
by when, how it is done today) are not settled here.

    python3 tests/eval/settle_bridges.py            # list what would change
    python3 tests/eval/settle_bridges.py --write    # rewrite the sets

Never applied to the held-out sets (fresh, typed_heldout*) nor to the sets
labelled with the Hard cases (r22 on).
"""
import argparse
import os
import re

from settle_common import settle_sets

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = re.compile(r"^(fresh|typed_heldout.*|playstudy_r2[2-9].*|playstudy_r[3-9]\d.*)\.jsonl$")

MUST_SEE = re.compile(r"\bwhat (?:would|will|does|do|did) ((?:\S+ ){0,3}?)(?:need|needs|want|wants) (?:to see|from (?:you|us))\b")
# words that name nobody in particular, or the person only by a pronoun
NOBODY = {"the", "a", "an", "your", "his", "her", "their", "our", "my", "you", "he", "she", "they", "we", "i",
          "it", "them", "him", "that", "this", "all", "of"}
ROUTED = {"to", "for", "with", "past"}  # "goes to Sam", "explaining that to the ops director"
# a dig: why, what caused it, what it leads to or means, how it feels
DIGS = re.compile(r"\b(?:why|caus\w*|lead(?:s)? to|mean\w*|feel\w*|happen\w*)\b")


def only_where_it_goes(words, context):
    """Every word naming the person is in the context, each time after "to",
    "for", "with" or "past" (over an article and up to two words of the name)."""
    said = re.findall(r"[a-z']+", context)
    for word in words:
        where = [i for i, x in enumerate(said) if x in (word, word + "'s")]
        if not where:
            return False
        for at in where:
            k = at
            while k > 0 and said[k - 1] not in NOBODY | ROUTED and at - k < 2:
                k -= 1
            if k > 0 and said[k - 1] in ("the", "our", "my"):
                k -= 1
            if not (k > 0 and said[k - 1] in ROUTED):
                return False
    return True


def picked(row):
    text = row["text"].lower().replace("\u2019", "'")
    context = row["context"].lower().replace("\u2019", "'")
    if DIGS.search(text):
        return False
    for m in MUST_SEE.finditer(text):
        words = [w.strip(",.?") for w in m.group(1).split() if w.strip(",.?") not in NOBODY]
        if words and only_where_it_goes(words, context):
            return True
    return False


def settle(row):
    if picked(row) and "probe" in row["labels"]:
        return [l for l in row["labels"] if l != "probe"]
    return row["labels"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    settle_sets(SKIP.match, settle, args.write)


if __name__ == "__main__":
    main()
