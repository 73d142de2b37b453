#!/usr/bin/env python3
"""Figures of a play-study round: replies to typed lines (coherent / generic /
not following), typed lines whose analyser labels equal a coach's, endings and
whether they were plausible, and overall scores per persona.

    python3 tests/playstudy/summarize.py tests/playstudy/r1
"""
import glob
import json
import os
import sys
from collections import Counter, defaultdict


def main(folder):
    replies, heard = Counter(), Counter()
    exact = [0, 0]
    endings = []
    overall = defaultdict(dict)
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row.get("summary"):
                endings.append(row)
                overall[row["persona"]][row["scenario"]] = row["scores"].get("overall")
                continue
            if row.get("choice") is not None:
                continue
            replies[row["reply_judgment"]] += 1
            exact[1] += 1
            exact[0] += sorted(row["expected_labels"]) == sorted(row["got_labels"])
            if row.get("heard_judgment"):
                heard[row["heard_judgment"]] += 1
    total = sum(replies.values()) or 1
    print(f"replies to typed lines: {total}")
    for judgment in ("coherent", "generic", "not_following"):
        print(f"  {judgment:14s} {replies[judgment]:4d}  {100 * replies[judgment] / total:5.1f}%")
    if heard:
        print("heard-as lines: " + ", ".join(f"{k} {v}" for k, v in sorted(heard.items())))
    print(f"typed lines with a coach's exact labels: {exact[0]}/{exact[1]} "
          f"({100 * exact[0] / max(exact[1], 1):.1f}%)  (the play-testers' labels, not corrected to the contract)")
    print("endings:")
    for row in endings:
        print(f"  {row['scenario']:16s} {row['persona']:8s} {row['ending']:18s} {row['ending_judgment']:12s} "
              f"overall {row['scores'].get('overall')}")
    for persona, scores in sorted(overall.items()):
        values = [float(v) for v in scores.values()
                  if isinstance(v, (int, float)) or (isinstance(v, str) and v.replace(".", "", 1).isdigit())]
        if values:
            print(f"mean overall, {persona}: {sum(values) / len(values):.1f} over {len(values)} scenarios")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/playstudy/r1")
