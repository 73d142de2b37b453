#!/usr/bin/env python3
"""Writes a scenario of N nodes, compact enough that 100,000 fit under the
8 MiB a scenario file may have (about 65 bytes a node): for the node-count
benchmark (tests/bench/nodes.sh) and the hang guard of tests/cli/check_many_nodes.sh.

Shape: a chain n0 -> n1 -> ... -> n(N-1) -> the ending "won" by option a;
every 10th node has an option b that skips a node, and every 1,000th one
leads 3 nodes back instead (a cycle of 4: check warns that those repeat
their line); every 100th node takes typed lines (a route by label and an
otherwise) instead of options. Not a lesson.

usage: gen_many_nodes.py N > many.lua
"""
import sys


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    out = sys.stdout
    out.write('scenario { id = "many_nodes", title = "Many nodes", version = "1.0.0", difficulty = 1,\n'
              '  pitch = "p", persona = { name = "P", role = "R", company = "C", voice = "plain" },\n'
              '  brief = "b", purpose = "p", start = "n0", state = { trust = 50, interest = 50 } }\n')
    for i in range(count):
        on = "n%d" % (i + 1) if i + 1 < count else "won"
        if i % 100 == 50:
            out.write('node"n%d"{say="T",routes={{when="open_question",to="%s"}},otherwise="%s"}\n'
                      % (i, on, on))
            continue
        jump = i - 3 if i % 1000 == 0 and i >= 1000 else min(i + 2, count - 1)
        back = ',{id="b",text="B",to="n%d"}' % jump if i % 10 == 0 else ''
        out.write('node"n%d"{say="L",choices={{id="a",text="G",to="%s"}%s}}\n' % (i, on, back))
    out.write('node "won" { say = "Done.", ending = { outcome = "won", success = true } }\n')


if __name__ == "__main__":
    main()
