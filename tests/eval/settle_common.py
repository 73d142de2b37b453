"""What the settle scripts share: walk the evaluation sets next to this file,
settle each row with a script's own rule, list every change, and rewrite a
set only when asked (--write). A settle rule picks lines by their shape alone;
the skip pattern keeps the held-out sets and the sets labelled with the Hard
cases out of reach."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def settle_sets(skip, settle, write):
    """settle(row) -> the row's new label list (or the same list). Prints one
    tab-separated line per changed row and returns how many changed."""
    total = 0
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        name = os.path.basename(path)
        if skip(name):
            continue
        rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        changed = 0
        for row in rows:
            new = settle(row)
            if new == row["labels"]:
                continue
            print(f"{name}\t{row['id']}\t{', '.join(row['labels'])} -> {', '.join(new)}\t{row['text']}")
            row["labels"] = new
            changed += 1
        if changed:
            print(f"# {name}: {changed} settled", file=sys.stderr)
        total += changed
        if write and changed:
            with open(path, "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"# {total} lines settled", file=sys.stderr)
    return total
