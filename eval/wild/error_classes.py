#!/usr/bin/env python3
"""Counts some error classes of ERRORS.md from a `score.py -v` listing (tune split only).

Usage: python3 ../shared/tools/score.py -v eval/wild/gold-tune.jsonl /tmp/t.jsonl > /tmp/v.txt
       python3 eval/wild/error_classes.py eval/wild/gold-tune.jsonl /tmp/v.txt [eval/wild/tune [/tmp/t.jsonl]]
class 1 (with the texts' folder): a FALSE placed at the report's dateline city, the filing place
  written in capitals before an agency or a dash near the top ("KABUL, Afghanistan (AP) —",
  "BAMAKO:", "NIAMEY, NIGER -").
class 7: a MISS whose document has a FALSE of another type at one of the gold place's names.
class 8: false alarms by type. Totals: misses and false alarms.
With the predictions themselves as a 4th argument (`extract --format jsonl` output), matched the
way score.py matches:
class 2: a miss with an unmatched prediction of its type within its dates, elsewhere.
class 3: a miss whose gold place has no coordinates (not in cities500).
class 10: an unmatched prediction whose type and place a gold event of the report has, on other days.
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


def matched_classes(gold_path, pred_path):
    """Classes 2, 3 and 10, counted on the predictions with score.py's own matching."""
    import os
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
    import score
    gold, pred = score.load(gold_path), score.load(pred_path)
    c2 = c3 = c10 = 0
    for name, g in gold.items():
        pev = [e for e in (pred.get(name) or {}).get("events") or [] if isinstance(e, dict)]
        used, hit = set(), set()
        for gi, ge in sorted(enumerate(g["events"]), key=lambda x: x[1].get("optional", False)):
            for i, pe in enumerate(pev):
                if i not in used and pe.get("type") == ge["type"] and score.places_agree(ge, pe) \
                        and score.dates_overlap(ge, pe):
                    used.add(i)
                    hit.add(gi)
                    break
        unmatched = [pe for i, pe in enumerate(pev) if i not in used]
        for gi, ge in enumerate(g["events"]):
            if gi in hit or ge.get("optional"):
                continue
            c3 += ge["place"] is not None and score.coords(ge["place"]) is None
            c2 += any(pe["type"] == ge["type"] and score.dates_overlap(ge, pe) for pe in unmatched)
        c10 += sum(1 for pe in unmatched
                   if any(ge["type"] == pe["type"] and score.places_agree(ge, pe) for ge in g["events"]))
    print(f"class 2 (right type and date, wrong place): {c2}")
    print(f"class 3 (missed place not in cities500): {c3}")
    print(f"class 10 (right type and place, wrong day): {c10}")


def main(gold_path, listing, texts=None, predictions=None):
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
    if predictions:
        matched_classes(gold_path, predictions)


if __name__ == "__main__":
    main(*sys.argv[1:5])
