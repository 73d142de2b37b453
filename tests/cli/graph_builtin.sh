#!/usr/bin/env bash
# coach graph on every built-in scenario: Graphviz accepts the DOT (dot -Tsvg),
# one DOT node per scenario node, the start marked, endings coloured by
# success. CI installs Graphviz (Debian package: graphviz); without `dot` the
# DOT is still checked for shape, and the test reports skipped (exit 77), not
# passed, when that shape check passes.
set -u
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
shopt -s nullglob
have_dot=1
command -v dot >/dev/null || { have_dot=0; echo "SKIP rendering: 'dot' not found (apt-get install graphviz)"; }
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=(scenarios/*.lua)
[ "${#files[@]}" -gt 0 ] || { echo "FAIL: no scenarios"; exit 1; }
for file in "${files[@]}"; do
    name=$(basename "$file" .lua)
    if ! "$COACH_BIN" graph "$file" >"$tmp/$name.dot" 2>"$tmp/$name.err"; then
        echo "FAIL $file: coach graph exited non-zero"; cat "$tmp/$name.err"; failures=$((failures + 1)); continue
    fi
    # The loaded count (helpers may declare nodes too) must be drawn, and be at
    # least the literal `node "id"` declarations of the file.
    loaded=$(sed -nE 's|^// coach graph: ([0-9]+) nodes.*|\1|p' "$tmp/$name.dot")
    declared=$(grep -cE '^[[:space:]]*node[[:space:]]*"' "$file")
    drawn=$(grep -cE '^  n[0-9]+ \[label=' "$tmp/$name.dot")
    [ -n "$loaded" ] && [ "$loaded" -eq "$drawn" ] && [ "$drawn" -ge "$declared" ] ||
        { echo "FAIL $file: ${loaded:-?} nodes loaded, $declared declared, $drawn drawn"; failures=$((failures + 1)); }
    grep -q 'peripheries=2' "$tmp/$name.dot" || { echo "FAIL $file: start not marked"; failures=$((failures + 1)); }
    grep -q 'start -> n' "$tmp/$name.dot" || { echo "FAIL $file: no start arrow"; failures=$((failures + 1)); }
    grep -q 'fillcolor="#c9efc4"' "$tmp/$name.dot" || { echo "FAIL $file: no success ending in green"; failures=$((failures + 1)); }
    grep -q 'fillcolor="#f6c8c4"' "$tmp/$name.dot" || { echo "FAIL $file: no failure ending in red"; failures=$((failures + 1)); }
    grep -qE ' -> n[0-9]+ \[.*label="[^"]+' "$tmp/$name.dot" || { echo "FAIL $file: no labelled edge"; failures=$((failures + 1)); }
    if [ "$have_dot" -eq 1 ]; then
        if ! dot -Tsvg "$tmp/$name.dot" -o "$tmp/$name.svg" 2>"$tmp/$name.doterr" || [ -s "$tmp/$name.doterr" ]; then
            echo "FAIL $file: dot rejected the output"; cat "$tmp/$name.doterr"; failures=$((failures + 1))
        fi
        grep -q '<svg' "$tmp/$name.svg" || { echo "FAIL $file: no SVG written"; failures=$((failures + 1)); }
    fi
done
# -o FILE writes the same DOT as stdout.
"$COACH_BIN" graph "${files[0]}" -o "$tmp/out.dot" && cmp -s "$tmp/out.dot" "$tmp/$(basename "${files[0]}" .lua).dot" ||
    { echo "FAIL: -o FILE differs from stdout"; failures=$((failures + 1)); }
echo "${#files[@]} scenarios graphed, $failures failures"
[ "$failures" -eq 0 ] || exit 1
[ "$have_dot" -eq 1 ] || exit 77
