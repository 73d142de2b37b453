#!/usr/bin/env python3
"""lrs.py: what the sync tests ask the local test LRS (Learning Locker's
statement service with tests/lrs/harness.js), on 127.0.0.1 only.

  lrs.py statements BASE KEY SECRET   every stored statement, as one JSON array
  lrs.py posts BASE                   the number of POSTs to /xAPI/statements so far
  lrs.py fail BASE STATUS COUNT       the next COUNT POSTs are answered STATUS
  lrs.py wait BASE SECONDS            waits until /xAPI/about answers (exit 1 if it never does)

BASE is http://127.0.0.1:PORT.
"""
import base64
import json
import sys
import time
import urllib.error
import urllib.request


def get(url, key=None, secret=None):
    request = urllib.request.Request(url, headers={"X-Experience-API-Version": "1.0.3"})
    if key is not None:
        token = base64.b64encode(f"{key}:{secret}".encode()).decode()
        request.add_header("Authorization", "Basic " + token)
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def main(argv):
    command, base = argv[1], argv[2].rstrip("/")
    if not base.startswith("http://127.0.0.1:"):
        sys.exit("lrs.py: only the local test LRS")
    if command == "statements":
        # one page: this service's "more" links repeat statements that share
        # a stored time across pages, which would read as duplicates
        page = get(base + "/xAPI/statements?limit=100000", argv[3], argv[4])
        if page.get("more"):
            sys.exit("lrs.py: more than 100000 statements")
        json.dump(page["statements"], sys.stdout)
    elif command == "posts":
        print(get(base + "/coach-test/posts")["posts"])
    elif command == "fail":
        get(f"{base}/coach-test/fail?status={int(argv[3])}&count={int(argv[4])}")
    elif command == "wait":
        deadline = time.monotonic() + float(argv[3])
        while time.monotonic() < deadline:
            try:
                if "version" in get(base + "/xAPI/about"):
                    return 0
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        return 1
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
