#!/usr/bin/env python3
"""How much of a report's prose it shares word for word with reports of other unions (its boilerplate figure).

Each report is split into clauses at 。；，！？ (headings, the title, tables and the signature are left out), and
clauses under 10 characters are dropped. A clause counts as boilerplate when the same clause appears in at least
three of five reports of different unions (the report's own included). The figure is the share of a report's
clauses that are boilerplate, averaged over the five reports -- and, given more than five reports, over every
choice of five of them.

    python3 docs/boilerplate.py a.md b.md c.md d.md e.md           # Markdown reports (zongjie ... --format md)
    python3 docs/boilerplate.py --zongjie ./zongjie samples/*.yaml  # assemble YAML inputs first

Give each report of a different union. See docs/BOILERPLATE.md for the figures and the command that gives them.
"""
import itertools
import os
import re
import subprocess
import sys
import tempfile

MIN_CHARS = 10
SHARED_BY = 3
GROUP = 5


def clauses(markdown):
    """The prose clauses of a Markdown report: paragraphs and list items, not headings, tables or the signature."""
    lines = markdown.splitlines()
    # the signature: the last lines after the closing paragraph, up to the key-figure table if any
    out = []
    for line in lines:
        t = line.strip()
        if not t or t.startswith("#") or t.startswith("|") or t.startswith("**附"):
            continue
        t = re.sub(r"^(\d+\.|-)\s+", "", t)          # list markers
        t = t.replace("**", "").replace("\\", "")   # emphasis and Markdown escapes
        for c in re.split(r"[。；，！？]", t):
            c = c.strip()
            if len(c) >= MIN_CHARS:
                out.append(c)
    return out


def signature_free(markdown):
    """Drops the signature block (the two lines ending in a hard break and a date) at the end of the body."""
    return re.sub(r"\n[^\n]*\\\n\d{4}年\d{1,2}月\d{1,2}日\n", "\n", markdown)


def shares(reports):
    """Each report's share of boilerplate clauses, among the given reports (lists of clauses)."""
    presence = {}
    for i, r in enumerate(reports):
        for c in set(r):
            presence.setdefault(c, set()).add(i)
    return [sum(1 for c in r if len(presence[c]) >= SHARED_BY) / len(r) if r else 0.0 for r in reports]


def main(argv):
    if len(argv) >= 2 and argv[0] == "--zongjie":
        command, inputs = argv[1], argv[2:]
        tmp = tempfile.mkdtemp(prefix="boilerplate-")
        files = []
        for path in inputs:
            out = os.path.join(tmp, os.path.basename(path).rsplit(".", 1)[0] + ".md")
            subprocess.run([command, "assemble", path, "-o", out, "--format", "md"], check=True,
                           stdout=subprocess.DEVNULL)
            files.append(out)
    else:
        files = argv
    if len(files) < GROUP:
        sys.exit(f"give at least {GROUP} reports, each of a different union")
    reports = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            reports.append(clauses(signature_free(fh.read())))
    groups = list(itertools.combinations(range(len(reports)), GROUP))
    mine = [[] for _ in reports]
    for g in groups:
        for i, value in zip(g, shares([reports[i] for i in g])):
            mine[i].append(value)
    for i, name in enumerate(files):
        print(f"{sum(mine[i]) / len(mine[i]) * 100:5.1f}%  {len(reports[i]):4d} clauses  {os.path.basename(name)}")
    figure = sum(sum(v) for v in mine) / sum(len(v) for v in mine)
    print(f"{figure * 100:5.1f}%  boilerplate over {len(files)} reports ({len(groups)} groups of {GROUP})")


if __name__ == "__main__":
    main(sys.argv[1:])
