"""Helpers every part of the wild corpus's gold annotation uses. Same field names and
conventions as the shared gold (../../../shared/spec/gold/make_dev_gold.py): P builds a place
with its alternative spellings, E an event, C a control assertion, D a document. Every
judgement carries a `why`; `optional=True` where a careful annotator could go either way."""


def P(names, lat=None, lon=None, admin1=None, precision="town", country=None):
    if isinstance(names, str):
        names = [names]
    return {"names": list(names), "lat": lat, "lon": lon, "country": country, "admin1": admin1,
            "precision": precision}


def E(type, a1, a2, place, start, end=None, precision="day", status="reported", sources=(),
      route=None, fatalities=None, displaced=None, optional=False, why=""):
    assert why, "every event needs a why"
    return {"type": type, "actor1": list(a1), "actor2": list(a2), "place": place, "route": route,
            "date": {"start": start, "end": end or start, "precision": precision},
            "status": status, "sources": list(sources), "fatalities": fatalities,
            "displaced": displaced, "optional": optional, "why": why}


def R(frm, to, name=None):
    return {"from": frm, "to": to, "name": name}


def C(place, controller, as_of, share=None, besieged_by=(), contested_by=(), why=""):
    assert why, "every control assertion needs a why"
    return {"place": place, "controller": controller, "as_of": as_of, "share": share,
            "besieged_by": list(besieged_by), "contested_by": list(contested_by), "why": why}


def D(doc, published, outlet, theatre, events=(), control=(), published_inferred=False,
      duplicate_of=None, negative=False, why=""):
    """One document. `published`: the report's date as a careful reader establishes it from the
    text or its URL (say how in `why`). `theatre`: the war (or "none" for a negative)."""
    assert why, "every document needs a why (how its date was read, what it is about)"
    return {"doc": doc, "published": published, "published_inferred": published_inferred,
            "outlet": outlet, "theatre": theatre, "negative": negative,
            "duplicate_of": duplicate_of, "events": list(events), "control": list(control),
            "why": why}
