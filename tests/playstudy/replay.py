#!/usr/bin/env python3
"""Replays a play-study round's scripts with `coach run` on this build and
prints each play's scores (a skill not assessed shows as -), the mean
overall per persona, and the checks of issue 9: reasons that name an
internal id (a target, cue or ending id) and reasons on a turn that carry
no words of the trainee.

    python3 tests/playstudy/replay.py tests/playstudy/r1 [tests/playstudy/r2 ...] [--coach build/coach]
    python3 tests/playstudy/replay.py --gate tests/playstudy/r4 tests/playstudy/r5 ...

With --gate it checks, over every round given, that no skilled or picker
play ends unsuccessfully (a polite no, a quote only, a brush-off): those
personas play the method, so such an ending is the prospect misunderstanding
them. A play may run out of script before the call ends when a later
revision made the prospect say more, or diverge where a pick meets a turn
that now has no options; both are counted, not failed. Exit 1 when any play
ends unsuccessfully.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

SKILLS = ("discovery", "listening", "benefits", "next_step", "overall")


def scenario_ids(path):
    """Target, cue and ending ids declared in a scenario file."""
    text = open(path, encoding="utf-8").read()
    ids = set(re.findall(r'\bid\s*=\s*"([A-Za-z0-9_]+)"', text))
    ids |= set(re.findall(r'outcome\s*=\s*"([A-Za-z0-9_]+)"', text))
    return ids


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--coach", default="build/coach")
    parser.add_argument("--gate", action="store_true")
    args = parser.parse_args()
    if args.gate:
        return gate(args.folders, args.coach)
    for i, folder in enumerate(args.folders):
        if len(args.folders) > 1:
            print(("\n" if i else "") + f"== {os.path.basename(folder.rstrip('/'))}")
        replay(folder, args.coach)
    return 0


def replay(folder, coach):
    """Prints one round's scores, its means per persona and the reason checks."""
    overall = defaultdict(dict)
    leaks, unquoted = [], []
    with tempfile.TemporaryDirectory() as logs:
        for script in sorted(glob.glob(os.path.join(folder, "*.txt"))):
            name = os.path.basename(script)[:-4]
            scenario, persona = name.split(".")
            path = os.path.join("scenarios", scenario + ".lua")
            run = subprocess.run([coach, "run", path, "--script", script, "--log-dir", logs,
                                  "--quiet"], capture_output=True, text=True)
            if not run.stdout.strip():
                print(f"{scenario:16} {persona:8} not replayable on this build: "
                      f"{run.stderr.strip().splitlines()[-1]}")
                continue
            log = json.load(open(run.stdout.strip(), encoding="utf-8"))
            scores = log["scores"]
            row = []
            for skill in SKILLS:
                value = scores[skill]["score"]
                row.append("-" if value is None else str(value))
            overall[persona][scenario] = scores["overall"]["score"]
            ending = (log.get("ending") or {}).get("outcome", "-")
            print(f"{scenario:16} {persona:8} {ending:16} " + " ".join(f"{v:>4}" for v in row))
            ids = {i for i in scenario_ids(path) if "_" in i or any(c.isdigit() for c in i)}
            for skill in SKILLS[:-1]:
                for reason in scores[skill]["reasons"]:
                    words = set(re.findall(r"[A-Za-z0-9_]+", reason["text"]))
                    for leaked in sorted(ids & words):
                        leaks.append(f"{name} {reason['rule']}: '{leaked}' in {reason['text']!r}")
                    if reason["turn"] is not None and not reason.get("quote"):
                        unquoted.append(f"{name} {reason['rule']} turn {reason['turn'] + 1}")
    print()
    for persona, by_scenario in sorted(overall.items()):
        values = list(by_scenario.values())
        print(f"mean overall, {persona:8}: {sum(values) / len(values):5.1f} over {len(values)} plays")
    print(f"reasons naming an internal id: {len(leaks)}")
    for leak in leaks[:20]:
        print("  " + leak)
    print(f"reasons on a turn without the trainee's words: {len(unquoted)}")
    for item in unquoted[:20]:
        print("  " + item)


def gate(folders, coach):
    """Skilled and picker plays never end unsuccessfully on this build."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    counts = defaultdict(int)
    failed = 0
    with tempfile.TemporaryDirectory() as logs:
        for folder in folders:
            for script in sorted(glob.glob(os.path.join(folder, "*.txt"))):
                name = os.path.basename(script)[:-4]
                scenario, persona = name.split(".")
                if persona not in ("skilled", "picker"):
                    continue
                path = os.path.join(root, "scenarios", scenario + ".lua")
                run = subprocess.run([coach, "run", path, "--script", script, "--log-dir", logs,
                                      "--quiet"], capture_output=True, text=True)
                where = f"{os.path.basename(folder.rstrip('/'))}/{name}"
                if not run.stdout.strip():
                    # a pick where the revised prospect now waits for a typed line
                    print(f"ok   {where}: diverges: {run.stderr.strip()}")
                    counts["diverges"] += 1
                    continue
                ending = json.load(open(run.stdout.strip(), encoding="utf-8")).get("ending")
                if ending is None:
                    counts["script ran out"] += 1
                    print(f"ok   {where}: the script ran out before the call ended")
                elif ending.get("success"):
                    counts["success"] += 1
                    print(f"ok   {where}: {ending['outcome']}")
                else:
                    failed += 1
                    print(f"FAIL {where}: ends {ending['outcome']} (node {ending.get('node')})")
    print(f"skilled and picker plays: {counts['success']} reach a successful ending, "
          f"{counts['script ran out']} run out of script, {counts['diverges']} diverge (a pick where "
          f"the prospect now waits for a typed line), {failed} end unsuccessfully")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
