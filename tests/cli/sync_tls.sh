#!/usr/bin/env bash
# coach sync and TLS: the LRS's certificate is always verified. Against a
# stand-in LRS over HTTPS on 127.0.0.1 (tests/lrs/tls_lrs.py, self-signed
# certificate in tests/lrs/tls/): refused without the team's CA (one try,
# one line naming ca_file, exit 1, nothing recorded); sent with ca_file set
# to it; refused again when the name in the endpoint is not the one the
# certificate is for.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
unset COACH_LRS_ENDPOINT COACH_LRS_KEY COACH_LRS_SECRET
config=$XDG_CONFIG_HOME/discovery-coach/config
mkdir -p "$(dirname "$config")" "$XDG_DATA_HOME/discovery-coach/logs"
cp tests/logs/good/*.json "$XDG_DATA_HOME/discovery-coach/logs/"

python3 tests/lrs/tls_lrs.py "$tmp/port" &
server=$!
for _ in $(seq 1 300); do [ -s "$tmp/port" ] && break; sleep 0.1; done
[ -s "$tmp/port" ] || { echo "FAIL: the HTTPS stand-in did not start"; exit 1; }
port=$(cat "$tmp/port")
settings() { # endpoint [more lines]
    printf 'endpoint = %s\nkey = k\nsecret = s\nhome_page = https://lms.example.com\n%s' "$1" "${2:-}" >"$config"
    chmod 600 "$config"
}

settings "https://127.0.0.1:$port/xAPI"
"$COACH_BIN" sync >"$tmp/out" 2>"$tmp/err"; status=$?
[ "$status" -eq 1 ] || fail "a self-signed certificate: exit $status (want 1): $(cat "$tmp/err")"
grep -q "^coach: error: cannot verify the certificate of https://127.0.0.1:$port/xAPI (.*): if the team's LRS uses its own certificate authority, set ca_file in $config" "$tmp/err" ||
    fail "a self-signed certificate reported as: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "a certificate problem is tried again or takes more than one line: $(cat "$tmp/err")"
[ -n "$(ls "$XDG_DATA_HOME"/discovery-coach/sent/*.json 2>/dev/null)" ] && fail "an unverified LRS got sessions recorded"

settings "https://127.0.0.1:$port/xAPI" "ca_file = $PWD/tests/lrs/tls/cert.pem
"
"$COACH_BIN" sync >"$tmp/out" 2>"$tmp/err"; status=$?
[ "$status" -eq 0 ] || fail "with ca_file: exit $status: $(cat "$tmp/err")"
grep -q "^sent 8 sessions (81 statements) to https://127.0.0.1:$port/xAPI" "$tmp/out" || fail "with ca_file: $(cat "$tmp/out")"

settings "https://localhost:$port/xAPI" "ca_file = $PWD/tests/lrs/tls/cert.pem
"
"$COACH_BIN" sync >"$tmp/out" 2>"$tmp/err"; status=$?
[ "$status" -eq 1 ] || fail "a name the certificate is not for: exit $status (want 1)"
grep -q "cannot verify the certificate of https://localhost:$port/xAPI" "$tmp/err" ||
    fail "a wrong name reported as: $(cat "$tmp/err")"

[ "$failures" -eq 0 ] && echo "ok: coach sync verifies the LRS's certificate"
exit $((failures > 0))
