#!/usr/bin/env python3
"""Counts some error classes of ERRORS.md from a `score.py -v` listing (tune split only).

Usage: python3 ../shared/tools/score.py -v eval/wild/gold-tune.jsonl /tmp/t.jsonl > /tmp/v.txt
       python3 eval/wild/error_classes.py eval/wild/gold-tune.jsonl /tmp/v.txt [eval/wild/tune]
class 1 (with the texts' folder): a FALSE placed at the report's dateline city, the filing place
  written in capitals before an agency or a dash near the top ("KABUL, Afghanistan (AP) —",
  "BAMAKO:", "NIAMEY, NIGER -").
class 7: a MISS whose document has a FALSE of another type at one of the gold place's names.
class 8: false alarms by type. Totals: misses and false alarms.
"""
import ast
import collections
import re
import sys


DATELINE = re.compile(r"(?:^|\s)([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?:, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?"
                      r"\s*(?:\([A-Za-z. ]{2,25}\))?\s*[\u2014\u2013:-]\s")


def dateline(path):
    """The capitalised filing place near the top of a report, lower-cased, or None."""
    with open(path, encoding="utf-8", errors="replace") as f:
        m = DATELINE.search(f.read(700))
    return m.group(1).lower() if m and len(m.group(1)) > 2 else None


def main(gold_path, listing, texts=None):
    miss, false = [], []
    for line in open(listing, encoding="utf-8"):
        if line.startswith("MISS "):
            _, doc, typ, rest = line.split(None, 3)
            m = re.match(r"(\[.*?\]|None) ", rest)
            names = ast.literal_eval(m.group(1)) if m and m.group(1) != "None" else []
            miss.append((doc, typ, [n.lower() for n in names]))
        elif line.startswith("FALSE "):
            _, doc, typ, rest = line.split(None, 3)
            false.append((doc, typ, rest.split(" | ")[0].rsplit(" ", 1)[0].lower()))
    class7 = sum(1 for d, t, names in miss
                 if any(fd == d and ft != t and fp in names for fd, ft, fp in false))
    by_type = collections.Counter(t for _, t, _ in false)
    print(f"misses {len(miss)}  false alarms {len(false)}")
    if texts:
        import os
        cities = {d: dateline(os.path.join(texts, d)) for d in {d for d, _, _ in false}}
        at = [(d, t, p) for d, t, p in false if cities.get(d) and p == cities[d]]
        print(f"class 1 (false alarm at the dateline city): {len(at)}")
        for d, t, p in at:
            print(f"  {d} {t} {p}")
    print(f"class 7 (right place, other type): {class7}")
    for t in ("armed_clash", "shelling", "air_strike", "territory_captured", "displacement",
              "violence_against_civilians"):
        print(f"class 8 false alarms {t}: {by_type[t]}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
