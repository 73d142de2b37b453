#!/usr/bin/env python3
"""Writes the report page's test logs into OUT: the fixture logs of
tests/logs/good, each with a session id, and calls tried again (retry_of,
from_turn, as coach run --retry writes them) on the day of their first call:
Ana's call of Mar 4 (overall 16) twice (22 from line 2, then 80 from line 3),
Ben's call of Mar 3 (41) once (55 from line 4). Ana then has three sessions
on Mar 4, Ben two on Mar 3.

usage: make_logs.py OUT"""
import glob
import json
import os
import sys

out = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "logs", "good")
os.makedirs(out, exist_ok=True)
logs = {}
for path in sorted(glob.glob(os.path.join(root, "*.json"))):
    name = os.path.basename(path)[:-5]
    log = json.load(open(path, encoding="utf-8"))
    log["id"] = "id-" + name
    logs[name] = log


def retry(base, parent, started_at, from_turn, overall=None):
    log = json.loads(json.dumps(logs[base]))
    log["id"] = "id-retry-%s-%s" % (parent, started_at[11:16].replace(":", ""))
    log["scenario"] = logs[parent]["scenario"]
    log["trainee"] = logs[parent]["trainee"]
    log["started_at"] = started_at
    log["ended_at"] = started_at[:14] + "59:00Z"
    log["retry_of"] = logs[parent]["id"]
    log["from_turn"] = from_turn
    if overall is not None:
        log["scores"]["overall"]["score"] = overall
    return log


made = {
    "ana-02-retry-1": retry("ana-01", "ana-02", "2026-03-04T09:45:00Z", 2),
    "ben-01-retry-1": retry("ben-01", "ben-01", "2026-03-03T11:40:00Z", 4, overall=55),
}
second = retry("ana-03", "ana-02", "2026-03-04T10:10:00Z", 3)
second["retry_of"] = made["ana-02-retry-1"]["id"]  # a retry of the retry: the same chain
made["ana-02-retry-2"] = second
logs.update(made)
for name, log in logs.items():
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(log, f, ensure_ascii=False, indent=1)
