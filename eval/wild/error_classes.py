#!/usr/bin/env python3
"""Counts some error classes of ERRORS.md from a `score.py -v` listing (tune split only).

Usage: python3 ../shared/tools/score.py -v eval/wild/gold-tune.jsonl /tmp/t.jsonl > /tmp/v.txt
       python3 eval/wild/error_classes.py eval/wild/gold-tune.jsonl /tmp/v.txt
class 7: a MISS whose document has a FALSE of another type at one of the gold place's names.
class 8: false alarms by type. Totals: misses and false alarms.
"""
import ast
import collections
import re
import sys


def main(gold_path, listing):
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
    print(f"class 7 (right place, other type): {class7}")
    for t in ("armed_clash", "shelling", "air_strike", "territory_captured", "displacement",
              "violence_against_civilians"):
        print(f"class 8 false alarms {t}: {by_type[t]}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
