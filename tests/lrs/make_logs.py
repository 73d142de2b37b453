#!/usr/bin/env python3
"""make_logs.py SRC_DIR OUT_DIR COUNT NAME [OUT_DIR COUNT NAME...]: writes
COUNT distinct finished session logs into OUT_DIR, made from the finished
logs in SRC_DIR (in turn) with the trainee "NAME <n>" and the start moved n
minutes on, so that each is another session with its own registration.
For the sync tests and the sync benchmark."""
import glob
import json
import os
import sys
from datetime import datetime, timedelta


def main(source, out, count, name):
    logs = []
    for path in sorted(glob.glob(os.path.join(source, "*.json"))):
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        if log.get("status") in ("ended", "failed"):
            logs.append(log)
    if not logs:
        sys.exit(f"make_logs.py: no finished log in {source}")
    os.makedirs(out, exist_ok=True)
    for n in range(count):
        log = json.loads(json.dumps(logs[n % len(logs)]))
        log["trainee"] = f"{name} {n}"
        shift = timedelta(minutes=n)
        for key in ("started_at", "updated_at", "ended_at"):
            if isinstance(log.get(key), str):
                moment = datetime.strptime(log[key], "%Y-%m-%dT%H:%M:%SZ") + shift
                log[key] = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        with open(os.path.join(out, f"{name.lower().replace(' ', '-')}-{n:05d}.json"), "w",
                  encoding="utf-8") as f:
            json.dump(log, f, indent=1)


if __name__ == "__main__":
    if len(sys.argv) < 5 or (len(sys.argv) - 2) % 3 != 0:
        sys.exit(__doc__)
    for at in range(2, len(sys.argv), 3):
        main(sys.argv[1], sys.argv[at], int(sys.argv[at + 1]), sys.argv[at + 2])
