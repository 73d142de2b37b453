#!/usr/bin/env python3
"""The calibration suite: plays every tests/calibration/*.txt with `coach run`
on its scenario and checks each skill's score against the band an
experienced sales coach gave that transcript (the .json beside it).

    python3 tests/calibration/check.py [--coach build/coach] [--held-out | --tuning]

A band is [low, high] (inclusive) or "not_assessed" (the skill had no
opportunity in the call). A skill listed in "expected_fail" is a known gap,
with the reason: it is reported XFAIL while it stays out of its band and
fails the suite as XPASS once it is in (so the mark is removed, never left
to pass silently). Cases marked "held_out" were written with their bands
before the rubric was tuned and are not looked at while tuning: --tuning
leaves them out, --held-out plays only them; by default all are played.
Prints one table row per case and exits 1 when any score leaves its band.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

SKILLS = ("discovery", "listening", "benefits", "next_step", "overall")


def skill_value(scores, skill):
    """The score, or None when the skill was not assessed."""
    entry = scores.get(skill) or {}
    if entry.get("assessed") is False or entry.get("score") is None:
        return None
    return entry["score"]


def verdict(band, value):
    if band == "not_assessed":
        return value is None
    if value is None:
        return False
    return band[0] <= value <= band[1]


def show_band(band):
    return "n/a" if band == "not_assessed" else f"{band[0]}-{band[1]}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coach", default=os.environ.get("COACH_BIN", "build/coach"))
    parser.add_argument("--root", default=os.environ.get("COACH_ROOT", "."))
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--held-out", action="store_true", help="play only the held-out cases")
    which.add_argument("--tuning", action="store_true", help="leave the held-out cases out")
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    args = parser.parse_args()

    folder = os.path.join(args.root, "tests", "calibration")
    cases = sorted(os.path.splitext(os.path.basename(p))[0]
                   for p in glob.glob(os.path.join(folder, "*.json")))
    if args.cases:
        cases = [c for c in cases if c in args.cases]
    failures, rows = [], []
    with tempfile.TemporaryDirectory() as logs:
        for case in cases:
            with open(os.path.join(folder, case + ".json"), encoding="utf-8") as f:
                spec = json.load(f)
            if args.held_out and not spec.get("held_out"):
                continue
            if args.tuning and spec.get("held_out"):
                continue
            scenario = os.path.join(args.root, "scenarios", spec["scenario"] + ".lua")
            script = os.path.join(folder, case + ".txt")
            run = subprocess.run([args.coach, "run", scenario, "--script", script, "--log-dir", logs,
                                  "--quiet"], capture_output=True, text=True)
            if run.returncode != 0 or not run.stdout.strip():
                failures.append(f"{case}: coach run failed (exit {run.returncode}): {run.stderr.strip()}")
                continue
            with open(run.stdout.strip(), encoding="utf-8") as f:
                log = json.load(f)
            ending = (log.get("ending") or {}).get("outcome", "-")
            xfail = spec.get("expected_fail", {})
            cells = []
            for skill in SKILLS:
                band = spec["bands"][skill]
                value = skill_value(log["scores"], skill)
                ok = verdict(band, value)
                shown = "n/a" if value is None else str(value)
                if skill in xfail:
                    mark = "XPASS" if ok else "xfail"
                    if ok:
                        failures.append(f"{case} {skill}: {shown} is now in its band {show_band(band)}; "
                                        f"remove the expected_fail mark ({xfail[skill]})")
                elif ok:
                    mark = ""
                else:
                    mark = "FAIL"
                    failures.append(f"{case} {skill}: {shown} is outside its band {show_band(band)}")
                cells.append(f"{shown:>3} {show_band(band):>7} {mark:5}")
            held = "held" if spec.get("held_out") else ""
            rows.append(f"{case:17} {held:4} {ending:15} " + " | ".join(cells))
    header = f"{'case':17} {'':4} {'ending':15} " + " | ".join(f"{s[:9]:>17}" for s in SKILLS)
    print(header)
    print("-" * len(header))
    for row in rows:
        print(row)
    if failures:
        print()
        for failure in failures:
            print("FAIL " + failure)
        return 1
    print(f"\n{len(rows)} cases, every score in its band (or a known gap marked expected_fail)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
