"""Writes gold-tune.jsonl, gold-blind.jsonl and gold-fresh.jsonl: the hand annotation of the wild corpus.

    python3 eval/wild/make_gold.py        # from the repository root, or anywhere

Each module in parts/ defines DOCS, a list of goldlib.D(...) documents. A document's split is
the folder its text lies in (tune/ or blind/), decided once, when the text was collected, before
anything was tuned on it. Every text must have exactly one annotation and vice versa."""
import importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


# fresh/: reports collected after tuning began, scored once untuned when they arrived (a second
# honest figure beside blind), then open to tuning like tune/.
SPLITS = ("tune", "blind", "fresh")


def load_parts():
    docs = []
    for name in sorted(os.listdir(os.path.join(HERE, "parts"))):
        if name.endswith(".py") and not name.startswith("_"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, "parts", name))
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            docs.extend(getattr(mod, "DOCS", []))
    return docs


def main():
    docs = load_parts()
    by_name = {}
    for d in docs:
        if d["doc"] in by_name:
            sys.exit(f"make_gold: {d['doc']} annotated twice")
        by_name[d["doc"]] = d
    problems = []
    for split in SPLITS:
        folder = os.path.join(HERE, split)
        if not os.path.isdir(folder):
            continue
        texts = sorted(f for f in os.listdir(folder) if not f.startswith("."))
        for f in texts:
            if f not in by_name:
                problems.append(f"{split}/{f}: no annotation")
        with open(os.path.join(HERE, f"gold-{split}.jsonl"), "w", encoding="utf-8") as out:
            for f in texts:
                if f in by_name:
                    out.write(json.dumps(by_name.pop(f), ensure_ascii=False) + "\n")
    problems += [f"{name}: annotated but no text in {', '.join(s + '/' for s in SPLITS)}" for name in by_name]
    for p in problems:
        print("make_gold:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
