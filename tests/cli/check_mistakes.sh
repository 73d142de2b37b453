#!/usr/bin/env bash
# coach check on tests/scenarios/mistakes/: each file holds one slip a new
# author makes (issue 12). Every line marked
#     -- expect: SEVERITY CODE "TEXT"
# must get exactly that finding at that line, its message holding TEXT;
# nothing else may be reported, and check exits 1 when an error is expected.
# A load error is said the same way by coach run (its first line).
set -u
export LC_ALL=C
: "${COACH_BIN:?set COACH_BIN to the coach binary}"
cd "${COACH_ROOT:-.}" || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
checked=0
runs=0
for file in tests/scenarios/mistakes/*.lua; do
    checked=$((checked + 1))
    output=$("$COACH_BIN" check "$file" 2>&1)
    status=$?
    grep -an -- '-- expect: ' "$file" |
        sed -E 's/^([0-9]+):.*-- expect: (error|warning) ([a-z0-9-]+) "(.*)"[[:space:]]*$/\1\t\2\t\3\t\4/' >"$work/expected"
    want_status=0
    grep -q "$(printf '\terror\t')" "$work/expected" && want_status=1
    problem=""
    [ -s "$work/expected" ] || problem="no expect: line"
    while IFS=$'\t' read -r line severity code text; do
        text=${text//\\\"/\"}
        prefix="$file:$line: $severity: "
        if ! printf '%s\n' "$output" | grep -aF -- "$prefix" | grep -aF -- "$text" | grep -aqF -- "[$code]"; then
            problem="$problem; no finding at line $line: $severity [$code] with \"$text\""
        fi
    done <"$work/expected"
    found=$(printf '%s\n' "$output" | grep -acE '^[^ ]+:[0-9]+: (error|warning): ')
    wanted=$(wc -l <"$work/expected")
    [ "$found" -eq "$wanted" ] || problem="$problem; $found findings, expected $wanted"
    [ "$status" -eq "$want_status" ] || problem="$problem; exit $status, expected $want_status"
    printf '%s\n' "$output" | grep -qE '^1 file checked: [0-9]+ errors?, [0-9]+ warnings?$' ||
        problem="$problem; no summary line"
    # run reports a load error with the same words as check's first finding
    # (a mistake found only by running the functions is not a load error)
    first=$(printf '%s\n' "$output" | grep -aE '^[^ ]+:[0-9]+: error: ' | head -n 1 |
            sed -E 's/ \[[a-z0-9-]+\]$//; s/^[^ ]+:[0-9]+: error: //')
    case "$first" in
    ""|*"(with "*|*"no ending can be reached"*|"'"*"' is not a state variable"*|*"is not defined (did"*|\
    *"route function gave"*|*"attempt to"*|"state: "*|"s.visits"*|*"say gave a"*) ;;
    *)
        runs=$((runs + 1))
        printf 'Hello.\n' >"$work/script"
        run_err=$("$COACH_BIN" run "$file" --script "$work/script" --log-dir "$work/logs" --quiet 2>&1 >/dev/null)
        run_status=$?
        if [ "$run_status" -eq 0 ] || ! printf '%s\n' "$run_err" | grep -aqF -- "$first"; then
            problem="$problem; coach run (exit $run_status) did not say \"$first\": $run_err"
        fi
        ;;
    esac
    if [ -n "$problem" ]; then
        echo "FAIL $file${problem}"
        printf '%s\n' "$output" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
done

[ "$checked" -ge 40 ] || { echo "FAIL: only $checked mistake fixtures found"; exit 1; }
[ "$runs" -ge 25 ] || { echo "FAIL: only $runs load errors compared with coach run"; failures=$((failures + 1)); }
echo "$checked mistake fixtures ($runs load errors said alike by coach run), $failures failures"
[ "$failures" -eq 0 ]
