#!/usr/bin/env python3
"""How much of a report's prose it shares word for word with reports of other unions (its boilerplate figure).

Each report is split into clauses at 。；，！？ (headings, the title, tables and the signature are left out), and
clauses under 10 characters are dropped. A clause counts as boilerplate when the same clause appears in at least
three of five reports of different unions (the report's own included). The figure is the share of a report's
clauses that are boilerplate, averaged over the five reports -- and, given more than five reports, over every
choice of five of them.

    python3 docs/boilerplate.py a.md b.md c.md d.md e.md           # Markdown reports (zongjie ... --format md)
    python3 docs/boilerplate.py --zongjie ./zongjie samples/*.yaml  # assemble YAML inputs first
    python3 docs/boilerplate.py --normalise --zongjie ./zongjie samples/*.yaml   # the stricter measure

--normalise makes the measure stricter: before clauses are compared, every number (digits, with any decimal
point, per cent or thousands separator) becomes "#", the clause keeps its place if it had 10 characters before; everything inside quotation and title marks (“…”, 「…」,
《…》) becomes "Q", and the report's own organisation (taken from its title: the words before the period) and
the shorter names it goes by become "X". Two clauses that differ only in a figure, a name or a quoted title then
count as the same clause. Personal names are not normalised (nothing in a Markdown report marks them).

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


NUMBER = re.compile(r"[0-9０-９]+(?:[.,][0-9０-９]+)*%?")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|‘[^’]*’")
SUFFIXES = ("工会委员会", "总工会", "工会", "委员会", "有限公司", "公司", "学校", "中学", "小学", "医院")


def organisation_names(markdown):
    """The organisation the report is of, and the shorter names it goes by, longest first."""
    m = re.search(r"^#\s+(.+?)(?:\d{4}|[一二三四五六七八九〇零]{4})", markdown, re.M)
    if not m:
        return []
    name = m.group(1).strip()
    names = {name}
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            names.add(name[: -len(suffix)])
    # a city or district prefix dropped: 临江市第一人民医院 -> 第一人民医院
    for n in list(names):
        k = re.match(r"^.{1,4}?[市区县镇省]", n)
        if k and len(n) - k.end() >= 3:
            names.add(n[k.end():])
    return sorted(names, key=len, reverse=True)


def normalise(clause, names):
    """Numbers to #, quoted words to Q, the organisation's names to X (see --normalise)."""
    text = QUOTED.sub("Q", clause)
    for n in names:
        text = text.replace(n, "X")
    return NUMBER.sub("#", text)


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
    normalising = "--normalise" in argv
    argv = [a for a in argv if a != "--normalise"]
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
            text = signature_free(fh.read())
            found = clauses(text)
            if normalising:
                names = organisation_names(text)
                found = [normalise(c, names) for c in found]
            reports.append(found)
    groups = list(itertools.combinations(range(len(reports)), GROUP))
    mine = [[] for _ in reports]
    for g in groups:
        for i, value in zip(g, shares([reports[i] for i in g])):
            mine[i].append(value)
    for i, name in enumerate(files):
        print(f"{sum(mine[i]) / len(mine[i]) * 100:5.1f}%  {len(reports[i]):4d} clauses  {os.path.basename(name)}")
    figure = sum(sum(v) for v in mine) / sum(len(v) for v in mine)
    print(f"{figure * 100:5.1f}%  boilerplate over {len(files)} reports ({len(groups)} groups of {GROUP})"
          + (", normalised" if normalising else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
