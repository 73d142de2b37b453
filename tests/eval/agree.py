#!/usr/bin/env python3
"""How far two annotators agree on a set, and how the analyser fares on each.

  tests/eval/agree.py tests/eval/playstudy_r5.jsonl tests/eval/playstudy_r5.second.jsonl [--coach BIN]

FIRST and SECOND label the same lines (same ids, same text, in any order).
Prints: the lines on which both give exactly the same labels, the labels they
split on, and, with a coach binary, the analyser's exact lines against each
annotator and on the lines both agree on (the fairest figure: a miss there is
the analyser's, not a matter of taste). Exits 1 when the two files do not
label the same lines or use a label outside the contract, 2 on bad usage.
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval import LABELS, find_coach  # noqa: E402


def load(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: not JSON ({e.msg})")
            bad = [l for l in o.get("labels", []) if l not in LABELS]
            if bad:
                print(f"{path}:{n}: {o.get('id')}: not a label of the contract: {', '.join(bad)}",
                      file=sys.stderr)
                sys.exit(1)
            rows[o["id"]] = o
    return rows


def analyse(coach, rows, ids):
    batch = "".join(json.dumps({"id": i, "context": rows[i].get("context", ""), "text": rows[i]["text"]}) + "\n"
                    for i in ids)
    run = subprocess.run([coach, "analyze", "--jsonl"], input=batch.encode("utf-8"),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if run.returncode != 0:
        sys.exit(f"agree: coach analyze --jsonl failed ({run.returncode})")
    out = [json.loads(l) for l in run.stdout.decode("utf-8").splitlines() if l.strip()]
    return {o["id"]: frozenset(o.get("labels", [])) for o in out}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--coach", help="analyser binary (default: as eval.py finds it)")
    ap.add_argument("--no-coach", action="store_true", help="annotators only")
    a = ap.parse_args()
    one, two = load(a.first), load(a.second)
    if set(one) != set(two):
        missing = sorted(set(one) ^ set(two))
        print(f"agree: the files label different lines, e.g. {missing[0]} ({len(missing)} differ)", file=sys.stderr)
        return 1
    for i in one:
        if one[i]["text"] != two[i]["text"]:
            print(f"agree: {i}: the two files give different text for this id", file=sys.stderr)
            return 1
    ids = sorted(one)
    lab1 = {i: frozenset(one[i]["labels"]) for i in ids}
    lab2 = {i: frozenset(two[i]["labels"]) for i in ids}
    both = [i for i in ids if lab1[i] == lab2[i]]
    n = len(ids)
    print(f"lines: {n}; the two annotators agree exactly on {len(both)} ({100 * len(both) / n:.1f}%)")
    split = collections.Counter(l for i in ids for l in lab1[i] ^ lab2[i])
    print("labels they split on: " + (", ".join(f"{l} {c}" for l, c in split.most_common()) or "none"))
    if a.no_coach:
        return 0
    got = analyse(find_coach(a.coach), one, ids)
    e1 = sum(got[i] == lab1[i] for i in ids)
    e2 = sum(got[i] == lab2[i] for i in ids)
    eb = sum(got[i] == lab1[i] for i in both)
    print(f"analyser exact: against the first {e1}/{n} ({100 * e1 / n:.1f}%), against the second "
          f"{e2}/{n} ({100 * e2 / n:.1f}%), on the lines both agree on {eb}/{len(both)} "
          f"({100 * eb / max(1, len(both)):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
