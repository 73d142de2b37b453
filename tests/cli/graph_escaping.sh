#!/usr/bin/env bash
# coach graph writes valid DOT for any text: quotes, backslashes, newlines,
# braces, UTF-8 (kept) and invalid UTF-8 (replaced); dynamic `to` functions
# drawn dashed to the node they return; broken and missing files give exit 1 and 2.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' \
  'scenario { id = "escapes", title = "Quotes \"inside\", back\\slash; {braces} <html> & ünïcödé — ok",' \
  '  version = "1.0.0", difficulty = 1, pitch = "p", brief = "b", purpose = "p",' \
  '  persona = { name = "N", role = "R", company = "C", voice = "v" }, start = "opening",' \
  '  targets = { { id = "t", kind = "pain", text = "x", keys = "x" } } }' \
  'node "opening" {' \
  '  say = "hi", reveals = { "t" },' \
  '  choices = {' \
  '    { id = "a", text = "He said \"stop\" \\ then\nleft. Ça va? 日本語 \240 end", to = "done" },' \
  '    { id = "b", text = "digraph { } -> \\\" ]; n0 -> n1", to = function(s) return "done" end },' \
  '    { id = "c", text = "plain", to = "failed" },' \
  '  },' \
  '}' \
  'node "done" { say = "bye", ending = { outcome = "quote\"d", success = true } }' \
  'node "failed" { say = "no", ending = { outcome = "failed", success = false } }' >"$tmp/escapes.lua"
out=$("$COACH_BIN" graph "$tmp/escapes.lua" 2>&1); status=$?
[ "$status" -eq 0 ] || fail "graph exited $status: $out"
printf '%s\n' "$out" >"$tmp/escapes.dot"
grep -qE 'n0 -> n1 \[label="choice a: .*\\nchoice b: .*\(a function decides\)"\];' "$tmp/escapes.dot" ||
    fail "the to function is not drawn dashed to the node it returns (done)"
grep -q 'ünïcödé' "$tmp/escapes.dot" || fail "UTF-8 title not kept"
if command -v dot >/dev/null; then
    dot -Tsvg "$tmp/escapes.dot" -o "$tmp/escapes.svg" 2>"$tmp/dot.err" && [ ! -s "$tmp/dot.err" ] ||
        { fail "dot rejected the DOT"; cat "$tmp/dot.err"; cat "$tmp/escapes.dot"; }
    grep -q 'ünïcödé' "$tmp/escapes.svg" || fail "UTF-8 lost in the SVG"
    # Exactly the nodes we declared (+ start point): the injected text made no node.
    nodes=$(dot -Tplain "$tmp/escapes.dot" | grep -c '^node ')
    [ "$nodes" -eq 4 ] || fail "expected 4 drawn nodes (3 + start), dot saw $nodes"
else
    echo "SKIP rendering: 'dot' not found (apt-get install graphviz)"
    skipped=1
fi
"$COACH_BIN" graph tests/scenarios/broken/does_not_exist.lua >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing file: exit not 2"
"$COACH_BIN" graph tests/scenarios/broken/lua_syntax_error.lua >/dev/null 2>"$tmp/err"; [ $? -eq 1 ] || fail "broken file: exit not 1"
grep -q "lua_syntax_error.lua:[0-9]*:" "$tmp/err" || fail "broken file: no file:line on stderr"
"$COACH_BIN" graph >/dev/null 2>&1; [ $? -eq 2 ] || fail "no argument: exit not 2"
[ "$failures" -eq 0 ] || exit 1
[ "${skipped:-0}" -eq 0 ] || exit 77
echo ok
