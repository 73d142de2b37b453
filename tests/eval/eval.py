#!/usr/bin/env python3
"""Measure the analyser against a labelled set (shared/scoring/*.jsonl).

Runs `coach analyze --jsonl` over the file and prints per-label precision,
recall and F1, and the macro F1 over the ten labels of LABELS.md.

  tests/eval/eval.py                       # ../shared/scoring/dev.jsonl
  tests/eval/eval.py --split odd           # only odd ids (tuning half)
  tests/eval/eval.py --split even          # only even ids (held-out half)
  tests/eval/eval.py --errors              # list the lines it gets wrong
  tests/eval/eval.py --data FILE --coach BUILD/coach

The binary is --coach, else $COACH_BIN, else the newest build*/coach under the
repo, else `coach` on the PATH.
When the data file is absent the script says so and exits 0 (skip).
Python 3 standard library only.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys

LABELS = ["open_question", "closed_question", "probe", "reflection", "feature",
          "benefit", "next_step", "purpose", "small_talk", "seller_focus"]

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def find_coach(explicit):
    if explicit:
        return explicit
    if os.environ.get("COACH_BIN"):
        return os.environ["COACH_BIN"]
    found = sorted(glob.glob(os.path.join(ROOT, "build*", "coach")), key=os.path.getmtime, reverse=True)
    if not found and shutil.which("coach"):
        found = [shutil.which("coach")]
    return found[0] if found else None


def id_number(item_id):
    digits = re.findall(r"\d+", str(item_id))
    return int(digits[-1]) if digits else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "scoring", "dev.jsonl"))
    parser.add_argument("--coach", default=None)
    parser.add_argument("--split", choices=["all", "odd", "even"], default="all")
    parser.add_argument("--errors", action="store_true", help="list the misses and false alarms")
    args = parser.parse_args()

    data = os.path.normpath(args.data)
    if not os.path.exists(data):
        print(f"eval: {data} not found; skipping")
        return 0
    coach = find_coach(args.coach)
    if coach is None or not os.path.exists(coach):
        print("eval: no coach binary (build it, or pass --coach / set COACH_BIN)", file=sys.stderr)
        return 2

    gold = []
    with open(data, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"eval: {data}:{number}: {error}", file=sys.stderr)
                return 2
            parity = id_number(item.get("id")) % 2
            if args.split == "odd" and parity != 1:
                continue
            if args.split == "even" and parity != 0:
                continue
            gold.append(item)

    batch = "".join(json.dumps({"id": g["id"], "context": g.get("context", ""), "text": g["text"]}) + "\n"
                    for g in gold)
    run = subprocess.run([coach, "analyze", "--jsonl"], input=batch.encode("utf-8"),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if run.returncode != 0:
        print(f"eval: coach analyze --jsonl failed ({run.returncode}): {run.stderr.decode(errors='replace')}",
              file=sys.stderr)
        return 2
    outputs = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines() if line.strip()]
    if len(outputs) != len(gold):
        print(f"eval: {len(gold)} lines in, {len(outputs)} out", file=sys.stderr)
        return 2

    counts = {label: [0, 0, 0] for label in LABELS}  # true positive, false positive, false negative
    errors = []
    for item, output in zip(gold, outputs):
        if output.get("id") != item["id"]:
            print(f"eval: order broken at {item['id']}", file=sys.stderr)
            return 2
        want, got = set(item["labels"]), set(output.get("labels", []))
        for label in LABELS:
            if label in want and label in got:
                counts[label][0] += 1
            elif label in got:
                counts[label][1] += 1
            elif label in want:
                counts[label][2] += 1
        if want != got:
            errors.append((item, want, got, output))

    print(f"{os.path.basename(data)} ({args.split}): {len(gold)} lines, {len(gold) - len(errors)} exactly right")
    print(f"{'label':<16} {'prec':>6} {'recall':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    f1s = []
    for label in LABELS:
        tp, fp, fn = counts[label]
        precision = tp / (tp + fp) if tp + fp else (1.0 if tp + fn == 0 else 0.0)
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        print(f"{label:<16} {precision:6.3f} {recall:6.3f} {f1:6.3f} {tp:4d} {fp:4d} {fn:4d}")
    macro = sum(f1s) / len(f1s)
    print(f"macro F1 {macro:.3f}; lowest {LABELS[f1s.index(min(f1s))]} {min(f1s):.3f}")

    if args.errors:
        for item, want, got, output in errors:
            print(f"\n{item['id']}: missing {sorted(want - got)} extra {sorted(got - want)}")
            if item.get("context"):
                print(f"  context: {item['context']}")
            print(f"  text:    {item['text']}")
            for evidence in output.get("evidence", []):
                print(f"    {evidence['label']:<16} {evidence['rule']:<26} {evidence['match']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
