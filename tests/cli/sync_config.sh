#!/usr/bin/env bash
# coach sync without an LRS: what it needs from the settings (each missing or
# bad setting is one line naming the file and line, exit 2), --dry-run
# (lists, needs no key, records nothing), a dead server (tries again, then
# one report, exit 1, nothing recorded), a second sync while one runs, a
# torn record. tests/cli/sync_lrs.sh does the rest against a real LRS.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
unset COACH_LRS_ENDPOINT COACH_LRS_KEY COACH_LRS_SECRET
config=$XDG_CONFIG_HOME/discovery-coach/config
mkdir -p "$(dirname "$config")" "$XDG_DATA_HOME/discovery-coach/logs"
cp tests/logs/good/*.json "$XDG_DATA_HOME/discovery-coach/logs/"
sent=$XDG_DATA_HOME/discovery-coach/sent

sync_expect() { # status pattern [args...]: runs coach sync, checks the exit and stderr
    local want=$1 pattern=$2
    shift 2
    "$COACH_BIN" sync "$@" >"$tmp/out" 2>"$tmp/err"
    local status=$?
    [ "$status" -eq "$want" ] || fail "sync $*: exit $status (want $want): $(cat "$tmp/err")"
    grep -q -e "$pattern" "$tmp/err" || fail "sync $*: stderr lacks '$pattern': $(cat "$tmp/err")"
}

# what is missing is said, with where to put it
sync_expect 2 "no LRS is set: put \"endpoint = https://...\" .* in $config, or set COACH_LRS_ENDPOINT"
printf 'endpoint = https://lrs.example.com/xAPI\n' >"$config"
sync_expect 2 "put \"home_page = https://...\" in $config"
printf 'home_page = https://lms.example.com\n' >>"$config"
sync_expect 2 "no LRS key: put \"key = ...\" and \"secret = ...\" in $config, or set COACH_LRS_KEY"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "a missing key takes more than one line: $(cat "$tmp/err")"
printf 'secert = x\n' >>"$config"
sync_expect 2 "^coach: $config:3: error: unknown setting \"secert\" (known: endpoint, key, secret,"
sync_expect 2 "^coach: $config:3: error: unknown setting" --dry-run
printf 'endpoint = http://lrs.example.com/xAPI\nhome_page = https://lms.example.com\n' >"$tmp/plain"
cp "$tmp/plain" "$config"
sync_expect 2 "$config:1: error: endpoint wants the LRS's https:// URL.*plain http only to this machine"
"$COACH_BIN" sync --key x >/dev/null 2>&1
[ $? -eq 2 ] || fail "a key on the command line is not refused as usage"
"$COACH_BIN" sync --help | grep -q "^  endpoint  " || fail "--help does not list the settings"

printf 'endpoint = https://lrs.example.com/xAPI\nhome_page = https://lms.example.com\n' >"$config"
COACH_LRS_ENDPOINT=ftp://lrs.example.com sync_expect 2 "^coach: COACH_LRS_ENDPOINT: error: endpoint wants"

# --dry-run: no key needed, lists the finished sessions, records nothing
"$COACH_BIN" sync --dry-run >"$tmp/out" 2>"$tmp/err" || fail "dry run: $(cat "$tmp/err")"
[ "$(grep -c '^would send .*: [0-9]* statements (registration [0-9a-f-]*)$' "$tmp/out")" -eq 8 ] ||
    fail "dry run does not list the 8 finished sessions: $(cat "$tmp/out")"
grep -q "^would send 8 sessions (81 statements) to https://lrs.example.com/xAPI; 1 not finished yet$" "$tmp/out" ||
    fail "dry run summary: $(tail -1 "$tmp/out")"
[ -e "$sent" ] && fail "the dry run made a record"

# a key others can read is pointed out
printf 'key = k\nsecret = s\n' >>"$config"
chmod 644 "$config"
"$COACH_BIN" sync --dry-run >/dev/null 2>"$tmp/err"
grep -q "warning: it holds the LRS key and others may read it; chmod 600 it" "$tmp/err" ||
    fail "no warning about a readable key: $(cat "$tmp/err")"
chmod 600 "$config"

# a dead server: tried again after a wait, then one report; nothing recorded
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$config" <<EOF
endpoint = http://127.0.0.1:$port/xAPI
key = k
secret = s
home_page = https://lms.example.com
retries = 1
EOF
chmod 600 "$config"
started=$(date +%s)
sync_expect 1 "could not reach the LRS at http://127.0.0.1:$port/xAPI: .*(2 tries over [0-9]* s); 8 sessions wait for the next sync"
grep -q "trying again in" "$tmp/err" || fail "no retry note: $(cat "$tmp/err")"
[ $(($(date +%s) - started)) -le 20 ] || fail "a dead server held the sync over 20 s"
[ -n "$(ls "$sent"/*.json 2>/dev/null)" ] && fail "a sync that reached nothing recorded sessions"

# one sync at a time
record=$sent/$(python3 -c 'import hashlib,sys; print(hashlib.sha1(sys.argv[1].encode()).hexdigest()[:16])' "http://127.0.0.1:$port/xAPI").json
exec 9>"$record.lock"
flock -n 9 || fail "cannot take the lock for the test"
sync_expect 1 "another coach sync to this LRS is running; try again when it ends"
exec 9>&-

# a torn record is named, with what to do
printf '{"schema": "https://discovery-coach.example/schema/sync-ledger",\n"sessions": [' >"$record"
sync_expect 2 "^coach: $record:2: error: not a sync record (not JSON); remove the file to send every session again"

[ "$failures" -eq 0 ] && echo "ok: coach sync says what it needs and fails safely without an LRS"
exit $((failures > 0))
