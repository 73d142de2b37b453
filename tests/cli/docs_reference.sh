#!/usr/bin/env bash
# The repository's own reference stays true: docs/labels.md lists exactly the
# labels the program knows (those `coach analyze --help` names), and every
# rubric rule a session log gives a reason for (over every transcript in
# tests/scripts/) is listed in docs/rubric.md.
set -u
root=${COACH_ROOT:-.}
bin=${COACH_BIN:-build/coach}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

known=$("$bin" analyze --help | tr -s ' ,()\n' '\n' | grep -E '^(open_question|closed_question|probe|reflection|feature|benefit|next_step|purpose|small_talk|seller_focus)$' | sort -u)
documented=$(grep -oE '^\| `[a-z_]+` \|' "$root/docs/labels.md" | tr -d '|` ' | sort -u)
[ -n "$known" ] || fail "coach analyze --help names no label"
[ "$known" = "$documented" ] || fail "docs/labels.md lists [$(echo $documented)] but the program knows [$(echo $known)]"
[ "$(echo "$known" | wc -l)" -eq 10 ] || fail "expected the ten labels of the contract, got $(echo "$known" | wc -l)"

for script in "$root"/tests/scripts/*.txt; do
    name=$(basename "$script" .txt)
    scenario=""
    for candidate in "$root"/scenarios/*.lua; do
        id=$(basename "$candidate" .lua)
        case "$name" in "$id"_*) scenario=$candidate ;; esac
    done
    [ -n "$scenario" ] || continue
    "$bin" run "$scenario" --script "$script" --log-dir "$dir/logs" --quiet > /dev/null 2>&1 || true
done
rules=$(python3 - "$dir/logs" <<'PY'
import glob, json, sys
rules = set()
for path in glob.glob(sys.argv[1] + "/*.json"):
    doc = json.load(open(path))
    for skill, score in doc["scores"].items():
        if skill == "overall":
            continue
        for reason in score.get("reasons", []):
            rules.add(reason["rule"])
print("\n".join(sorted(rules)))
PY
)
[ -n "$rules" ] || fail "the transcripts gave no reason at all"
for rule in $rules; do
    grep -q "\`$rule\`" "$root/docs/rubric.md" || fail "rubric rule $rule is not in docs/rubric.md"
done
echo "checked $(echo "$known" | wc -l) labels and $(echo "$rules" | wc -l) rubric rules"
[ $failures -eq 0 ]
