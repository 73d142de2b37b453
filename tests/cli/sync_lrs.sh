#!/usr/bin/env bash
# coach sync against a real learning record store: Learning Locker's statement
# service (npm xapi-statements 5.0.1, installed in tests/lrs by scripts/test.sh)
# on 127.0.0.1, in-memory storage, its "fetch" client look-up answered by
# tests/lrs/harness.js with one key. Checks, with the statements read back
# from the LRS:
#   - the exported statements pass Learning Locker's validator (xapi-validation)
#     and read as one attempt per session;
#   - --dry-run lists the sessions and sends nothing;
#   - a sync stores exactly the exported statements of the finished sessions;
#     a second sync sends nothing;
#   - kill -9 during syncs, then a sync: every statement stored exactly once;
#   - HTTP 500s: back-off and retry; past the retries the sync reports, records
#     nothing it was not acknowledged, and the next sync sends it all;
#   - a session the LRS refuses (400) is named and stays unsent, the rest of its
#     batch goes, and it goes with a later sync;
#   - an LRS that hangs (SIGSTOP): timeouts, report, nothing lost or doubled;
#   - a wrong key: one clear line, exit 1, nothing stored;
#   - neither the key nor the secret appears in anything coach printed.
# Without node it prints SKIP and exits 77 (ctest shows it as skipped).
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
root=$(pwd)
if ! command -v node >/dev/null 2>&1; then
    echo "SKIP: node is not installed (scripts/test.sh installs nodejs and npm from Debian)"
    exit 77
fi
lrs_modules=$root/tests/lrs/node_modules
if [ ! -f "$lrs_modules/xapi-statements/dist/server.js" ] || [ ! -d "$lrs_modules/xapi-validation" ]; then
    echo "FAIL: the test LRS is not installed: run scripts/test.sh (it runs npm ci in tests/lrs)"
    exit 1
fi
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
. tests/lrs/start_lrs.sh
lrs_pid=
port=
cleanup() {
    lrs_stop
    rm -rf "$tmp"
}
trap cleanup EXIT
lrs_py() { python3 "$root/tests/lrs/lrs.py" "$@"; }
# GET a harness path with bash alone (python starts slowly on a busy machine)
harness_get() { # path
    local answer
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$1" >&3
    answer=$(cat <&3)
    exec 3<&-
    printf '%s\n' "${answer##*$'\r\n\r\n'}"
}
posts() { harness_get /coach-test/posts | sed 's/[^0-9]//g'; }
answer_posts_with() { harness_get "/coach-test/fail?status=$1&count=$2" >/dev/null; } # status count

key=coach-test-key-7f3a
secret=coach-test-secret-91c2

# --- the LRS ---
if ! lrs_start "$tmp" "$key" "$secret"; then
    echo "FAIL: the test LRS did not start"
    exit 1
fi

# --- settings and sessions ---
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
unset COACH_LRS_ENDPOINT COACH_LRS_KEY COACH_LRS_SECRET
mkdir -p "$XDG_CONFIG_HOME/discovery-coach"
config=$XDG_CONFIG_HOME/discovery-coach/config
write_config() { # batch timeout retries
    cat >"$config" <<EOF
# the test LRS
endpoint = $base/xAPI
key = $key
secret = $secret
home_page = https://lms.example.com
batch = $1
timeout = $2
retries = $3
EOF
    chmod 600 "$config"
}
write_config 25 10 2
logs=$tmp/data/discovery-coach/logs
mkdir -p "$logs"
cp tests/logs/good/*.json "$logs/"
# the sessions of every step below, made at once (python starts slowly on a busy machine)
python3 tests/lrs/make_logs.py tests/logs/good "$logs" 20 "Team Rep" "$tmp/later/kill" 50 "Killed Rep" \
    "$tmp/later/retry" 3 "Retry Rep" "$tmp/later/outage" 6 "Outage Rep" "$tmp/later/refused" 3 "Refused Rep" \
    "$tmp/later/hung" 3 "Hung Rep" \
    "$tmp/wrong-key-logs" 2 "Locked Out"
"$COACH_BIN" run scenarios/plant_downtime.lua --script tests/scripts/plant_downtime_meeting_typed.txt \
    --trainee "Ana Ruiz" --log-dir "$logs" --quiet >/dev/null || fail "coach run for a fresh log"
out=$tmp/out
mkdir -p "$out"
run() { # name args...: runs coach, keeps stdout, stderr and the exit status
    local name=$1
    shift
    "$COACH_BIN" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"
    echo $? >"$out/$name.status"
}
status_of() { cat "$out/$1.status"; }

# --- the statements: valid for Learning Locker, one attempt per session ---
run export export "$logs" --xapi -o "$tmp/export.json"
[ "$(status_of export)" = 0 ] || fail "export: $(cat "$out/export.stderr")"
node tests/lrs/validate.js "$tmp/export.json" >"$tmp/validate.txt" 2>&1 ||
    fail "xapi-validation: $(tail -5 "$tmp/validate.txt")"
python3 - "$tmp/export.json" "$logs" <<'EOF' || failures=$((failures + 1))
import collections, glob, json, re, sys, uuid
statements = json.load(open(sys.argv[1]))
logs = [json.load(open(p)) for p in sorted(glob.glob(sys.argv[2] + "/*.json"))]
problems = []
by_registration = collections.defaultdict(list)
for s in statements:
    by_registration[s["context"]["registration"]].append(s)
    uuid.UUID(s["context"]["registration"])
    if not re.match(r"^https://", s["actor"]["account"]["homePage"]):
        problems.append("homePage is not an https URL: " + s["actor"]["account"]["homePage"])
    ext = s["context"]["extensions"]
    if not ext.get("https://discovery-coach.example/xapi/extensions/scenario-sha256"):
        problems.append("no scenario hash in context")
    if not ext.get("https://discovery-coach.example/xapi/extensions/scenario-version"):
        problems.append("no scenario version in context")
if len(by_registration) != len(logs):
    problems.append(f"{len(by_registration)} registrations for {len(logs)} logs")
for registration, attempt in by_registration.items():
    verbs = [s["verb"]["display"]["en-US"] for s in attempt]
    log = next(l for l in logs if l["trainee"] == attempt[0]["actor"]["name"]
               and l["started_at"][:19] == attempt[0]["timestamp"][:19])
    trainee_turns = [t for t in log["turns"] if t["speaker"] == "trainee"]
    if verbs[0] != "initialized" or verbs.count("answered") != len(trainee_turns):
        problems.append(f"{registration}: {verbs[:3]}... for {len(trainee_turns)} trainee turns")
    for s, turn in zip([s for s in attempt if s["verb"]["display"]["en-US"] == "answered"], trainee_turns):
        moves = s["result"]["extensions"]["https://discovery-coach.example/xapi/extensions/moves"]
        if moves != [l["label"] for l in turn["labels"]] or s["result"]["response"] != turn["text"]:
            problems.append(f"{registration}: answered does not carry the turn's text and moves")
        if not s["object"]["id"].endswith("/nodes/" + turn["node"]):
            problems.append(f"{registration}: answered object {s['object']['id']} is not node {turn['node']}")
    if log["status"] == "ended" and log["ending"]["outcome"] != "abandoned":
        want = ["completed", "passed" if log["ending"]["success"] else "failed", "terminated"]
        if verbs[-3:] != want:
            problems.append(f"{registration}: ends {verbs[-3:]}, want {want}")
        assessed = attempt[-2]["result"]
        if assessed["score"]["raw"] != log["scores"]["overall"]["score"]:
            problems.append(f"{registration}: score {assessed['score']} for {log['scores']['overall']}")
    elif log["status"] in ("ended", "failed") and verbs[-1] != "terminated":
        problems.append(f"{registration}: a stopped session ends {verbs[-1]}")
for p in problems[:20]:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF
# expected.json: the exported statements of the finished sessions, what sync must store
expect_finished() {
    "$COACH_BIN" export "$logs" --xapi -o "$tmp/export.json" 2>/dev/null
    python3 - "$tmp/export.json" "$logs" "$tmp/expected.json" <<'EOF'
import glob, json, sys
statements = json.load(open(sys.argv[1]))
finished = {(l["trainee"], l["started_at"][:19]) for l in
            (json.load(open(p)) for p in glob.glob(sys.argv[2] + "/*.json"))
            if l["status"] in ("ended", "failed")}
registrations = {s["context"]["registration"] for s in statements
                 if s["verb"]["display"]["en-US"] == "initialized"
                 and (s["actor"]["name"], s["timestamp"][:19]) in finished}
json.dump([s for s in statements if s["context"]["registration"] in registrations],
          open(sys.argv[3], "w"))
print(len(registrations))
EOF
}
want_sessions=$(expect_finished)

# compare DIR_OF_EXPECTED_JSON: the LRS holds each expected statement exactly once, nothing else
check_stored() {
    lrs_py statements "$base" "$key" "$secret" >"$tmp/stored.json" || { fail "cannot read the LRS"; return; }
    python3 - "$1" "$tmp/stored.json" <<'EOF'
import collections, json, sys
expected = json.load(open(sys.argv[1]))
stored = json.load(open(sys.argv[2]))
ids = collections.Counter(s["id"] for s in stored)
places = collections.Counter((s["context"]["registration"], s["verb"]["id"], s["object"]["id"],
                              json.dumps(s.get("result", {}).get("extensions", {}), sort_keys=True))
                             for s in stored)
duplicates = sum(n - 1 for n in ids.values() if n > 1) + sum(n - 1 for n in places.values() if n > 1)
missing = {s["id"] for s in expected} - set(ids)
extra = set(ids) - {s["id"] for s in expected}
for s in stored:
    want = next((e for e in expected if e["id"] == s["id"]), None)
    if want is not None and (want["result"] if "result" in want else None) != s.get("result"):
        print(f"FAIL: {s['id']} stored with another result")
        sys.exit(1)
print(f"stored {len(stored)} statements: {len(missing)} missing, {len(extra)} unexpected, {duplicates} duplicates")
sys.exit(1 if missing or extra or duplicates else 0)
EOF
}

# --- dry run: lists, sends nothing ---
run dry sync --dry-run
[ "$(status_of dry)" = 0 ] || fail "dry run: exit $(status_of dry): $(cat "$out/dry.stderr")"
[ "$(grep -c '^would send .*registration' "$out/dry.stdout")" = "$want_sessions" ] ||
    fail "dry run lists $(grep -c '^would send ' "$out/dry.stdout") sessions, want $want_sessions"
grep -q "1 not finished yet" "$out/dry.stdout" || fail "dry run does not count the unfinished session"
[ "$(posts)" = 0 ] || fail "the dry run sent something"

# --- sync: everything arrives; again: nothing is sent ---
run first sync
[ "$(status_of first)" = 0 ] || fail "sync: exit $(status_of first): $(cat "$out/first.stderr")"
grep -q "^sent $want_sessions sessions" "$out/first.stdout" || fail "sync said: $(cat "$out/first.stdout")"
check_stored "$tmp/expected.json" || fail "after the first sync"
lrs_py statements "$base" "$key" "$secret" >"$tmp/stored.json"
node tests/lrs/validate.js "$tmp/stored.json" >"$tmp/validate.txt" 2>&1 ||
    fail "stored statements fail xapi-validation: $(tail -3 "$tmp/validate.txt")"
posts=$(posts)
run second sync
[ "$(status_of second)" = 0 ] || fail "second sync: exit $(status_of second)"
grep -q "^nothing new to send" "$out/second.stdout" || fail "second sync said: $(cat "$out/second.stdout")"
[ "$(posts)" = "$posts" ] || fail "the second sync sent something"

# --- kill -9 mid-sync, several times, then a full sync: each statement once ---
mv "$tmp"/later/kill/*.json "$logs/"
expect_finished >/dev/null
write_config 10 10 2
kills=0
for after in 1 3 2 5; do
    before=$(posts)
    "$COACH_BIN" sync --quiet >"$out/killed.stdout" 2>"$out/killed.stderr" &
    sync_pid=$!
    for _ in $(seq 1 400); do
        [ $(($(posts) - before)) -ge "$after" ] && break
        kill -0 "$sync_pid" 2>/dev/null || break
        sleep 0.02
    done
    if kill -9 "$sync_pid" 2>/dev/null; then kills=$((kills + 1)); fi
    wait "$sync_pid" 2>/dev/null
    cp "$XDG_DATA_HOME"/discovery-coach/sent/*.json "$tmp/record-after-kill-$kills.json" 2>/dev/null
done
python3 -c 'import json,sys; [json.load(open(p)) for p in sys.argv[1:]]' "$tmp"/record-after-kill-*.json ||
    fail "the sync record is torn after kill -9"
[ "$kills" -ge 2 ] || fail "only $kills of the syncs were still running when killed"
run after_kill sync
[ "$(status_of after_kill)" = 0 ] || fail "sync after the kills: exit $(status_of after_kill): $(cat "$out/after_kill.stderr")"
sent_after=$(sed -n 's/^sent \([0-9]*\) sessions.*/\1/p' "$out/after_kill.stdout")
grep -q "^nothing new to send" "$out/after_kill.stdout" || [ "${sent_after:-50}" -lt 50 ] ||
    fail "the sync after the kills sent '${sent_after}' sessions: the acknowledged ones went again"
check_stored "$tmp/expected.json" >"$tmp/kill_check.txt" || fail "after the kills: $(cat "$tmp/kill_check.txt")"
echo "kill test ($kills kills): $(cat "$tmp/kill_check.txt")"

# --- HTTP 500: back-off, then it goes; past the retries: report, nothing recorded ---
mv "$tmp"/later/retry/*.json "$logs/"
write_config 50 10 2
answer_posts_with 500 2
started=$EPOCHREALTIME
run retried sync
elapsed=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
[ "$(status_of retried)" = 0 ] || fail "sync through two 500s: exit $(status_of retried): $(cat "$out/retried.stderr")"
[ "$(grep -c 'HTTP 500.*trying again in' "$out/retried.stderr")" = 2 ] ||
    fail "want two retry notes: $(cat "$out/retried.stderr")"
awk -v e="$elapsed" 'BEGIN { exit !(e >= 2.2) }' ||
    fail "two retries took ${elapsed}s: no back-off (want >= 0.75 * (1 + 2) s)"
mv "$tmp"/later/outage/*.json "$logs/"
record=$(ls "$XDG_DATA_HOME"/discovery-coach/sent/*.json)
cp "$record" "$tmp/record-before"
answer_posts_with 500 100
run outage sync
[ "$(status_of outage)" = 1 ] || fail "sync against 500s: exit $(status_of outage) (want 1)"
grep -q "the LRS kept failing at .*HTTP 500.*(3 tries over .*6 sessions wait for the next sync" "$out/outage.stderr" ||
    fail "500s reported as: $(cat "$out/outage.stderr")"
cmp -s "$record" "$tmp/record-before" || fail "a sync that sent nothing changed the record"

# --- statements the LRS refuses (400): the batch goes again one session at a time; ---
# --- each refused session is named and stays unsent, the others are recorded ---
answer_posts_with 500 0
run clear_outage sync
[ "$(status_of clear_outage)" = 0 ] || fail "sync after the 500s: exit $(status_of clear_outage): $(cat "$out/clear_outage.stderr")"
mv "$tmp"/later/refused/*.json "$logs/"
answer_posts_with 400 2 # the batch of three, then the first session alone
run refused sync
[ "$(status_of refused)" = 1 ] || fail "sync with a refused session: exit $(status_of refused) (want 1)"
grep -q "refused-rep-0000[0-2].json: error: the LRS refused this session: HTTP 400: test harness: answering 400" "$out/refused.stderr" ||
    fail "the refused session is not named: $(cat "$out/refused.stderr")"
[ "$(grep -c 'refused this session' "$out/refused.stderr")" = 1 ] || fail "want one refused session: $(cat "$out/refused.stderr")"
grep -q "the LRS refused 1 session (named above); it stays unsent" "$out/refused.stderr" ||
    fail "no closing line for the refusal: $(cat "$out/refused.stderr")"
grep -q "^sent 2 sessions" "$out/refused.stdout" || fail "the other two were not sent: $(cat "$out/refused.stdout")"
run refused_again sync
grep -q "^sent 1 session " "$out/refused_again.stdout" || fail "the refused session did not go later: $(cat "$out/refused_again.stdout")"

# --- an LRS that hangs: timeouts, report; then everything once ---
mv "$tmp"/later/hung/*.json "$logs/"
write_config 50 2 1
kill -STOP "$lrs_pid"
started=$(date +%s)
run hung sync
kill -CONT "$lrs_pid"
[ "$(status_of hung)" = 1 ] || fail "sync against a hung LRS: exit $(status_of hung) (want 1)"
grep -q "could not reach the LRS at .*timed out.*(2 tries over" "$out/hung.stderr" ||
    fail "a hung LRS reported as: $(cat "$out/hung.stderr")"
[ $(($(date +%s) - started)) -le 30 ] || fail "the sync against a hung LRS took over 30 s"
write_config 50 10 2
run recovered sync
[ "$(status_of recovered)" = 0 ] || fail "sync after the outages: exit $(status_of recovered): $(cat "$out/recovered.stderr")"
expect_finished >/dev/null
check_stored "$tmp/expected.json" >"$tmp/outage_check.txt" || fail "after the outages: $(cat "$tmp/outage_check.txt")"

# --- a wrong key: one line, exit 1, nothing stored ---
posts=$(posts)
COACH_LRS_KEY=not-the-key "$COACH_BIN" sync "$tmp/wrong-key-logs" >"$out/wrong_key.stdout" 2>"$out/wrong_key.stderr"
echo $? >"$out/wrong_key.status"
[ "$(status_of wrong_key)" = 1 ] || fail "wrong key: exit $(status_of wrong_key) (want 1)"
[ "$(wc -l <"$out/wrong_key.stderr")" = 1 ] || fail "wrong key: want one line, got: $(cat "$out/wrong_key.stderr")"
grep -q "refused the key (HTTP 401.*check COACH_LRS_KEY and COACH_LRS_SECRET" "$out/wrong_key.stderr" ||
    fail "wrong key reported as: $(cat "$out/wrong_key.stderr")"
[ $(($(posts) - posts)) = 1 ] || fail "a refused key was tried more than once"
check_stored "$tmp/expected.json" >/dev/null || fail "a wrong key changed what the LRS holds"

# --- the key and the secret never show ---
if grep -rl -e "$key" -e "$secret" -e "not-the-key" "$out" >/dev/null; then
    fail "the key or secret appears in coach's output: $(grep -rl -e "$key" -e "$secret" -e "not-the-key" "$out")"
fi

[ "$failures" -eq 0 ] && echo "ok: coach sync against Learning Locker's statement service"
exit $((failures > 0))
