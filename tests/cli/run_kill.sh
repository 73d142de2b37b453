#!/usr/bin/env bash
# Crash safety of the session log (issue 15): `coach run` killed with SIGKILL
# at 200 random moments, half in its first 60 ms (before and while the log is
# first written), half anywhere up to the end of a whole run. Every log left
# behind is complete (parses, has the schema's required shape, `coach report`
# reads it) or absent: never empty, never torn. Temporaries of killed
# writers ("*.json.tmp<pid>") are removed by the next start: none is left
# after one more run.
#
# Two runs at a time, so it stays near a minute under the sanitizers. Prints
# the counts: kills, runs that finished first, logs, empty logs, temporaries
# seen and left.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
KILLS=${KILLS:-200}
python3 - "$bin" "$root" "$dir" "$KILLS" <<'PY'
import concurrent.futures, glob, json, os, random, signal, subprocess, sys, time

bin, root, work, kills = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
logs = os.path.join(work, "logs")
command = [bin, "run", os.path.join(root, "scenarios/plant_downtime.lua"),
           "--script", os.path.join(root, "tests/scripts/plant_downtime_meeting_typed.txt"),
           "--log-dir", logs, "--quiet"]
quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def whole_run(_):
    start = time.monotonic()
    subprocess.run(command, check=True, **quiet)
    return time.monotonic() - start

# How long a whole run takes here, two at a time as below (the sanitizers
# and the load vary it).
with concurrent.futures.ThreadPoolExecutor(2) as pool:
    whole = max(pool.map(whole_run, range(2)))
rng = random.Random(int(os.environ.get("KILL_SEED", "15")))
delays = [rng.uniform(0, 0.060) if i % 2 == 0 else rng.uniform(0.060, whole) for i in range(kills)]

def kill_one(delay):
    """Starts a run, kills it after delay s; returns (killed, its temporary left)."""
    process = subprocess.Popen(command, **quiet)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    left = glob.glob(os.path.join(logs, "*.tmp%d" % process.pid))
    return process.returncode == -signal.SIGKILL, len(left)

# Two at a time (the machine has two cores; a start also cleans up after the other).
with concurrent.futures.ThreadPoolExecutor(2) as pool:
    results = list(pool.map(kill_one, delays))
killed = sum(1 for was_killed, _ in results if was_killed)
finished = kills - killed
temporaries_seen = sum(seen for _, seen in results)

def problem(path):
    size = os.path.getsize(path)
    if size == 0:
        return "empty"
    try:
        doc = json.load(open(path, encoding="utf-8"))
    except ValueError as error:
        return "not JSON: %s" % error
    for key, kind in (("schema", str), ("schema_version", int), ("trainee", str), ("scenario", dict),
                      ("seed", int), ("started_at", str), ("turns", list), ("scores", dict),
                      ("metrics", dict)):
        if not isinstance(doc.get(key), kind):
            return "no %s" % key
    if not (doc.get("ending") is None or isinstance(doc["ending"], dict)) or "ending" not in doc:
        return "bad ending"
    for skill in ("discovery", "listening", "benefits", "next_step", "overall"):
        entry = doc["scores"].get(skill, {})
        score = entry.get("score")
        if score is None and entry.get("assessed") is False:
            continue  # a skill the call gave no opportunity
        if not isinstance(score, (int, float)) or not 0 <= score <= 100:
            return "bad score %s" % skill
    if not doc["turns"] or any(not isinstance(t.get(k), str) for t in doc["turns"]
                               for k in ("speaker", "text", "node")):
        return "bad turns"
    return None

found = sorted(glob.glob(os.path.join(logs, "*.json")))
empty = sum(1 for p in found if os.path.getsize(p) == 0)
bad = [(os.path.basename(p), problem(p)) for p in found if problem(p)]
left_before = glob.glob(os.path.join(logs, "*.tmp*"))
# One more run: its start removes what the killed writers left.
subprocess.run(command, check=True, **quiet)
left_after = glob.glob(os.path.join(logs, "*.tmp*"))
total = len(glob.glob(os.path.join(logs, "*.json")))
report = subprocess.run([bin, "report", "--include-unfinished", logs], capture_output=True, text=True)
print("a whole run: %.0f ms; %d kills, %d runs finished first; %d logs (%d complete), %d empty, "
      "%d incomplete; temporaries left by kills: %d, left before the next run: %d, after it: %d"
      % (whole * 1000, killed, finished, len(found), len(found) - len(bad), empty, len(bad),
         temporaries_seen, len(left_before), len(left_after)))
ok = True
if bad:
    print("FAIL: logs not complete:", bad[:10]); ok = False
if left_after:
    print("FAIL: temporaries left after the next run:", left_after); ok = False
if killed < kills // 2:
    print("FAIL: only %d of %d runs were killed before they finished" % (killed, kills)); ok = False
if report.returncode != 0 or "skipped" in report.stderr or \
        ("Sessions: %d" % total) not in report.stdout:
    print("FAIL: coach report does not read all %d logs: %s" % (total, report.stderr[:300])); ok = False
sys.exit(0 if ok else 1)
PY
