# start_lrs.sh: sourced by the sync test and benchmark. lrs_start TMP KEY
# SECRET starts Learning Locker's statement service (tests/lrs/node_modules)
# on 127.0.0.1 with in-memory storage and one known client (harness.js), on
# a free port, and sets port, base (http://127.0.0.1:PORT) and lrs_pid; it
# returns 1, with the service's log on stdout, when it does not start.
# lrs_stop ends it.
lrs_start() {
    local tmp=$1 key=$2 secret=$3 root modules try
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    modules=$root/tests/lrs/node_modules
    mkdir -p "$tmp/lrs"
    for try in 1 2 3; do
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        base=http://127.0.0.1:$port
        (cd "$tmp/lrs" && exec env COACH_TEST_KEY="$key" COACH_TEST_SECRET="$secret" \
            AUTH_REPO=fetch LL_CLIENT_INFO_ENDPOINT="$base/coach-test/client" \
            EVENTS_REPO=test MODELS_REPO=memory STORAGE_REPO=local EXPRESS_PORT="$port" \
            WINSTON_CONSOLE_LEVEL=warn \
            node -r "$root/tests/lrs/harness.js" "$modules/xapi-statements/dist/server.js" \
            >"$tmp/lrs.log" 2>&1) &
        lrs_pid=$!
        # another process may take the port first: then try another
        if python3 "$root/tests/lrs/lrs.py" wait "$base" 60; then return 0; fi
        lrs_stop
    done
    tail -20 "$tmp/lrs.log"
    return 1
}

lrs_stop() {
    if [ -n "${lrs_pid:-}" ]; then
        kill -CONT "$lrs_pid" 2>/dev/null
        kill "$lrs_pid" 2>/dev/null
        wait "$lrs_pid" 2>/dev/null
        lrs_pid=
    fi
}
