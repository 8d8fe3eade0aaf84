"""Agreement between the first annotation (parts/part_a.py, parts/part_b.py) and the second,
independent annotation (second/second.py) of the first twenty wild documents (a001..a010,
b001..b010).

    python3 eval/wild/second/compare.py            # from anywhere

Each annotation is written to a temporary JSONL file twice: once in the gold format (as
make_gold.py writes it) and once in the `extract` output contract (place = {"name": first
spelling, lat, lon, country, admin1, precision}), and /work/shared/tools/score.py is run on
both directions: first-as-gold vs second-as-prediction and the reverse.

Two figures per direction:
  raw       score.py as is: every event of the predicting side is a prediction, so an event it
            marked optional that the gold side lacks counts as a false alarm;
  adjusted  the same matching, but an unmatched prediction its own annotator marked optional is
            not counted (a judgement call on both sides is not a disagreement).
Then, per document: events only one side has (required ones), and for matched events the slots
that differ (actor1, actor2, status, date start, fatalities, displaced)."""
import importlib.util, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WILD = os.path.dirname(HERE)
SCORE = "/work/shared/tools/score.py"
DOCS20 = [f"a{n:03d}" for n in range(1, 11)] + [f"b{n:03d}" for n in range(1, 11)]
OPT = "[optional] "


def load_module(path, name):
    sys.path.insert(0, WILD)
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def wanted(doc):
    return doc["doc"][:4] in DOCS20


def first_docs():
    docs = []
    for part in ("part_a", "part_b"):
        docs += load_module(os.path.join(WILD, "parts", part + ".py"), part).DOCS
    return {d["doc"]: d for d in docs if wanted(d)}


def second_docs():
    return {d["doc"]: d for d in load_module(os.path.join(HERE, "second.py"), "second").DOCS if wanted(d)}


def as_pred_place(p):
    if not isinstance(p, dict):
        return None
    return {"name": (p.get("names") or [None])[0], "lat": p.get("lat"), "lon": p.get("lon"),
            "country": p.get("country"), "admin1": p.get("admin1"), "precision": p.get("precision")}


def as_prediction(d):
    """A gold-format document in the extract output contract."""
    events = []
    for e in d["events"]:
        r = e.get("route")
        events.append({"type": e["type"], "actor1": e["actor1"], "actor2": e["actor2"],
                       "place": as_pred_place(e["place"]),
                       "route": {"from": as_pred_place(r.get("from")), "to": as_pred_place(r.get("to")),
                                 "name": r.get("name")} if r else None,
                       "date": e["date"], "date_text": None, "fatalities": e.get("fatalities"),
                       "displaced": e.get("displaced"), "sources": e.get("sources", []), "status": e["status"],
                       "evidence": (OPT if e.get("optional") else "") + e.get("why", "")})
    control = [{"place": as_pred_place(c["place"]), "controller": c["controller"], "as_of": c["as_of"],
                "share": c.get("share"), "besieged_by": c.get("besieged_by", []),
                "contested_by": c.get("contested_by", []), "sources": [], "evidence": c.get("why", "")}
               for c in d["control"]]
    return {"doc": d["doc"], "title": None, "outlet": d.get("outlet"), "byline": None,
            "published": d.get("published"), "published_inferred": d.get("published_inferred"),
            "published_source": None, "duplicate_of": d.get("duplicate_of"), "error": None,
            "events": events, "control": control}


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def run_score(gold_path, pred_path):
    out = subprocess.run([sys.executable, SCORE, gold_path, pred_path, "--json", "-v"],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()
    return json.loads(out[-1]), out[:-1]


def adjusted(result, log):
    e = result["events"]
    opt_fp = sum(1 for line in log if line.startswith("FALSE ") and ("| " + OPT) in line)
    tp, fp, fn = e["tp"], e["fp"] - opt_fp, e["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "optional_false_alarms_dropped": opt_fp}


def slot_diffs(gold, pred, score_mod):
    """Replays score.py's matching and lists the slots that differ on matched events (for a pair where
    either side marked the event optional, only that flag is compared)."""
    out = {}
    for name, g in gold.items():
        p = pred.get(name) or {"events": []}
        pevents = p["events"]
        used = set()
        for ge in sorted(g["events"], key=lambda e: e.get("optional", False)):
            hit = None
            for i, pe in enumerate(pevents):
                if i in used or pe.get("type") != ge["type"]:
                    continue
                if score_mod.places_agree(ge, pe) and score_mod.dates_overlap(ge, pe):
                    hit = i
                    break
            if hit is None:
                continue
            used.add(hit)
            pe = pevents[hit]
            diffs = []
            popt = str(pe.get("evidence", "")).startswith(OPT)
            if bool(ge.get("optional")) != popt:
                diffs.append(f"optional {bool(ge.get('optional'))} vs {popt}")
            if ge.get("optional") or popt:
                # judgement calls: only the optional flag is compared
                if diffs:
                    place = (ge["place"] or {}).get("names", ["-"])[0]
                    out.setdefault(name, []).append(f"SLOT  {ge['type']} {place} {ge['date']['start']}: " + "; ".join(diffs))
                continue
            for key in ("actor1", "actor2"):
                if ge[key] and not score_mod.actors_overlap(ge[key], pe.get(key)):
                    diffs.append(f"{key} {ge[key]} vs {pe.get(key)}")
            if ge["status"] != pe.get("status"):
                diffs.append(f"status {ge['status']} vs {pe.get('status')}")
            gs, ps = score_mod.day(ge["date"]["start"]), score_mod.day(pe["date"]["start"])
            if not (gs and ps and abs((gs - ps).days) <= 1):
                diffs.append(f"date start {ge['date']['start']} vs {pe['date']['start']}")
            for key in ("fatalities", "displaced"):
                if ge.get(key) is not None and pe.get(key) != ge[key]:
                    diffs.append(f"{key} {ge[key]} vs {pe.get(key)}")
            if diffs:
                place = (ge["place"] or {}).get("names", ["-"])[0]
                out.setdefault(name, []).append(f"SLOT  {ge['type']} {place} {ge['date']['start']}: " + "; ".join(diffs))
    return out


def main():
    first, second = first_docs(), second_docs()
    missing = sorted(set(first) ^ set(second))
    if missing:
        sys.exit(f"compare: annotated on one side only: {missing}")
    score_mod = load_module(SCORE, "score")
    names = sorted(first)
    tmp = tempfile.mkdtemp(prefix="wild-agreement-")
    paths = {}
    for label, docs in (("first", first), ("second", second)):
        paths[label + "-gold"] = os.path.join(tmp, f"{label}-gold.jsonl")
        paths[label + "-pred"] = os.path.join(tmp, f"{label}-pred.jsonl")
        write_jsonl(paths[label + "-gold"], [docs[n] for n in names])
        write_jsonl(paths[label + "-pred"], [as_prediction(docs[n]) for n in names])

    n_ev = {k: (sum(len(d["events"]) for d in v.values()),
                sum(1 for d in v.values() for e in d["events"] if not e.get("optional")),
                sum(len(d["control"]) for d in v.values())) for k, v in (("first", first), ("second", second))}
    print(f"Agreement on {len(names)} documents: {', '.join(n[:4] for n in names)}")
    for k, (a, r, c) in n_ev.items():
        print(f"  {k:6s} annotation: {a} events ({r} required, {a - r} optional), {c} control assertions")
    print(f"  (temporary score.py inputs in {tmp})")

    logs = {}
    for gl, pl, title in (("first", "second", "first = gold, second = prediction"),
                          ("second", "first", "second = gold, first = prediction")):
        result, log = run_score(paths[gl + "-gold"], paths[pl + "-pred"])
        logs[(gl, pl)] = log
        adj = adjusted(result, log)
        e, c = result["events"], result["control"]
        print(f"\n== {title}")
        print(f"events raw      F1 {e['f1']:.3f} (P {e['precision']:.3f} R {e['recall']:.3f}; tp {e['tp']} fp {e['fp']} fn {e['fn']})")
        print(f"events adjusted F1 {adj['f1']:.3f} (P {adj['precision']:.3f} R {adj['recall']:.3f}; tp {adj['tp']} fp {adj['fp']} "
              f"fn {adj['fn']}; {adj['optional_false_alarms_dropped']} unmatched optional predictions not counted)")
        print("slots (matched required events):", json.dumps(result["slots"]))
        print(f"control F1 {c['f1']:.3f} (P {c['precision']:.3f} R {c['recall']:.3f}; tp {c['tp']} fp {c['fp']} fn {c['fn']}); "
              f"control slots {json.dumps(result['control_slots'])}")
        print("documents:", json.dumps(result["documents"]))
        print("per type (tp/fp/fn):", ", ".join(f"{t} {v['tp']}/{v['fp']}/{v['fn']}" for t, v in result["per_type"].items()))

    # per-document differences, seen from the first annotation as gold; events only the first has are
    # taken from the reverse run (first as prediction), which lists its optional events too
    log, rlog = logs[("first", "second")], logs[("second", "first")]
    slots = slot_diffs({n: first[n] for n in names}, {n: as_prediction(second[n]) for n in names}, score_mod)
    print("\n== Per-document differences (first = gold). ONLY-1ST: a first-annotation event the second lacks; "
          "ONLY-2ND: a second-annotation event the first lacks ([optional] = that side marked it optional); "
          "SLOT: matched, slots differ (first vs second); CONTROL: control assertions on one side only")
    for n in names:
        rows = []
        for source, kinds in ((rlog, {"FALSE": "ONLY-1ST"}),
                              (log, {"FALSE": "ONLY-2ND", "CMISS": "CONTROL-ONLY-1ST", "CFALSE": "CONTROL-ONLY-2ND"})):
            for line in source:
                parts = line.split(" ", 2)
                if len(parts) == 3 and parts[1] == n and parts[0] in kinds:
                    rows.append(f"{kinds[parts[0]]:17s}{parts[2]}")
        rows += slots.get(n, [])
        f, s = first[n], second[n]
        if f["published"] != s["published"]:
            rows.append(f"PUBLISHED {f['published']} vs {s['published']}")
        if f.get("duplicate_of") != s.get("duplicate_of"):
            rows.append(f"DUPLICATE_OF {f.get('duplicate_of')} vs {s.get('duplicate_of')}")
        print(f"\n{n}: {len(rows)} difference(s)")
        for r in rows:
            print("  " + r)


if __name__ == "__main__":
    main()
