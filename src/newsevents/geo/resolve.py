"""Toponym resolution in context: candidates by name, scored by a linear model over prior
(population, feature type, how the name matched) and context (story's country focus, admin parents
written next to the name, the dateline, nearness to the other places of the story).

The weights are data (`data/geo/weights.json`), learned on the dev corpora by `newsevents.eval.geo`."""
from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from newsevents.geo.gazetteer import (KIND_ABBREV, KIND_ALIAS, KIND_ALTERNATE, KIND_DEMONYM, KIND_MAIN,
                                      GazetteerLike, GazRecord)
from newsevents.geo.names import fold

FEATURES = ("logpop", "logpop_admin", "country", "adm1", "adm2", "city", "capital", "curated", "alias", "alternate",
            "abbrev", "demonym", "exact", "variant", "focus_country", "focus_admin1", "qualifier",
            "dateline", "near", "us", "top_pop", "country_named", "admin1_named",
            "admin_alias")
_GENERIC = re.compile(r"(?i)\s+(?:province|state|region|district|county|city|governorate|oblast|prefecture|"
                      r"municipality|department|territory|area|village|town|island|islands)$")
_LEADING = re.compile(r"(?i)^(?:the\s+|city\s+of\s+|province\s+of\s+|state\s+of\s+|republic\s+of\s+)")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_QUALIFIER = re.compile(r"\s*,\s*([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})")
_DOTTED = re.compile(r"(?:^|\s)[A-Z][a-z]{0,4}\.$|[A-Z]\.[A-Z]\.$")
_CURATED = frozenset({"SEA", "OCN", "GULF", "STRT", "BAY", "CNL", "ISLS", "ISL", "SHOL", "RF", "RGN", "PEN",
                      "CONT", "LK", "STM"})
EARTH_KM = 6371.0
SMALL_TOWN = 100_000
MAX_CANDIDATES = 40


def load_weights() -> dict[str, float]:
    raw = json.loads(resources.files("newsevents.data").joinpath("geo", "weights.json").read_text("utf-8"))
    return {k: float(v) for k, v in raw["weights"].items()}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def candidates(gaz: GazetteerLike, text: str) -> tuple[list[GazRecord], bool]:
    """Candidates for a mention, and whether they came from a variant (suffix stripped, FTS...)."""
    base = _POSSESSIVE.sub("", text.strip()).strip(" ,;:\"'()[]")
    base = base if _DOTTED.search(base) else base.rstrip(".")
    hits = gaz.lookup(base) if base else []
    if hits:
        # A country or curated feature named exactly so beats places that only list it as an
        # alternate name ("White House" is an alternate name of Casablanca).
        if any(r.kind in (KIND_MAIN, KIND_ALIAS) and (r.feature.startswith("PCL") or r.feature in _CURATED)
               for r in hits):
            # ... and so do admin areas that only have it as an alias ("Red Sea" state, Sudan), and
            # small towns named after it ("Middle East", Maryland; "Jordan", Minnesota)
            hits = [r for r in hits if r.kind != KIND_ALTERNATE
                    and not (r.feature in ("ADM1", "ADM2") and r.kind == KIND_ALIAS)
                    and not (r.feature.startswith("PPL") and r.feature != "PPLC" and r.population < SMALL_TOWN)]
        abbrevs = [r for r in hits if r.kind == KIND_ABBREV]
        # "La.", "Calif.": a dotted abbreviation names a state, not a town that happens to be "La"
        return (abbrevs if abbrevs and base.endswith(".") else hits), False
    variants = [_LEADING.sub("", base), _GENERIC.sub("", base), _GENERIC.sub("", _LEADING.sub("", base))]
    for v in variants:
        if v and v != base:
            hits = gaz.lookup(v)
            if hits:
                return hits, True
    words = base.split()
    if len(words) >= 2:
        hits = _subphrase(gaz, words)
        if hits:
            return hits, True
        return gaz.search(base, limit=10), True
    return [], False


_GENERIC_WORDS = frozenset("""University State College School Center Centre Council County City Hospital Medical
Airport Embassy Street Road Park Tower House Hall Church Cup World Office Federal Reserve Commission Bank Union
Club Stadium Estate Town Valley Lagoon Point Palace Basilica Metro Market Mall Bridge Station Square Village Lake
River Island Islands North South East West Western Eastern Northern Southern Central New Upper Lower Great
Greater Saint St St. of the and de la le du des al el Mount Mt Fort Port Bay Beach Hills Hill Heights Township
District Province Region Area Department Ministry Court Police International National Institute Museum Theatre
Theater Centre Gardens Garden Stadium Arena Hotel Inn Library Prison Camp Base Plaza Avenue Boulevard""".split())
_KEEP_KINDS = (KIND_MAIN, KIND_ALIAS, KIND_ABBREV, KIND_DEMONYM)


def _subphrase(gaz: GazetteerLike, words: Sequence[str]) -> list[GazRecord]:
    """Longest capitalised sub-phrase that names a place: "Colorado State University" -> Colorado,
    "Russian Embassy" -> Russia, "West Surrey" -> Surrey."""
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            phrase = words[i:i + n]
            if not phrase[0][:1].isupper() or all(w.strip(",.") in _GENERIC_WORDS for w in phrase):
                continue
            joined = " ".join(phrase)
            # abbreviations only as written in capitals ("Mass" in "Easter Vigil Mass" is no state)
            kinds = _KEEP_KINDS if joined.isupper() else (KIND_MAIN, KIND_ALIAS, KIND_DEMONYM)
            hits = [r for r in gaz.lookup(joined) if r.kind in kinds]
            if hits:
                return hits
    return []


@dataclass
class _Slot:
    start: int
    end: int
    text: str
    cands: list[GazRecord]
    variant: bool
    qualifiers: list[GazRecord]
    whole_qualifiers: list[GazRecord]


def find_qualifiers(gaz: GazetteerLike, text: str, end: int, whole: bool = False) -> list[GazRecord]:
    """Admin area or country named right after a place ("Alexandria, La.", "Paris, Texas", "Thruxton,
    Hampshire"). With `whole`, only a qualifier that is all of the capitalised words after the comma
    ("Florida Atlantic University, California Polytechnic..." has none)."""
    m = _QUALIFIER.match(text, end, min(len(text), end + 60))
    if not m:
        return []
    words = m.group(1).split()
    for n in range(len(words), 0 if not whole else len(words) - 1, -1):
        phrase = " ".join(words[:n])
        for cand in (phrase, phrase.rstrip(",;:")):
            recs = [r for r in gaz.lookup(cand) if r.feature in ("ADM1", "ADM2", "PCLI")
                    and r.kind in (KIND_MAIN, KIND_ALIAS, KIND_ABBREV)]
            if recs:
                return recs
    return []


class Resolver:
    """Scores candidates for all mentions of one article together."""

    def __init__(self, gaz: GazetteerLike, weights: Mapping[str, float]) -> None:
        self.gaz = gaz
        self.w = dict(weights)

    def slots(self, text: str, spans: Sequence[tuple[int, int]]) -> list[_Slot]:
        out = []
        for s, e in spans:
            cands, variant = candidates(self.gaz, text[s:e])
            out.append(_Slot(s, e, text[s:e], cands, variant, find_qualifiers(self.gaz, text, e),
                             find_qualifiers(self.gaz, text, e, whole=True)))
        return out

    def prior(self, slot: _Slot, rec: GazRecord) -> dict[str, float]:
        f = dict.fromkeys(FEATURES, 0.0)
        lp = math.log10(rec.population + 1) / 7.0
        # Admin areas carry the summed population of their places: a different scale from a city's.
        if rec.feature in ("ADM1", "ADM2"):
            f["logpop_admin"] = lp
        elif rec.feature.startswith("PPL"):
            f["logpop"] = lp
        f["country"] = float(rec.feature.startswith("PCL"))
        f["adm1"] = float(rec.feature == "ADM1")
        f["adm2"] = float(rec.feature == "ADM2")
        f["city"] = float(rec.feature.startswith("PPL"))
        f["capital"] = float(rec.feature == "PPLC")
        f["curated"] = float(rec.feature in _CURATED)
        f["alias"] = float(rec.kind == KIND_ALIAS)
        f["alternate"] = float(rec.kind == KIND_ALTERNATE)
        f["abbrev"] = float(rec.kind == KIND_ABBREV)
        f["demonym"] = float(rec.kind == KIND_DEMONYM)
        f["exact"] = float(fold(rec.name).lower() == fold(slot.text).lower())
        f["variant"] = float(slot.variant)
        f["us"] = float(rec.country == "USA")
        # "Lviv" names the city; the oblast only through an alias.
        f["admin_alias"] = float(rec.feature in ("ADM1", "ADM2") and rec.kind != KIND_MAIN)
        return f

    def _score(self, f: Mapping[str, float]) -> float:
        return sum(self.w.get(k, 0.0) * v for k, v in f.items())

    def features(self, text: str, slots: Sequence[_Slot], dateline_country: str | None,
                 rounds: int = 2) -> list[list[dict[str, float]]]:
        """Feature dicts per slot per candidate, after `rounds` of context propagation."""
        feats = [[self.prior(sl, r) for r in sl.cands] for sl in slots]
        for i, sl in enumerate(slots):
            if len(sl.cands) > MAX_CANDIDATES:  # "Springfield": keep the likeliest by prior alone
                order = sorted(range(len(sl.cands)), key=lambda k: -self._score(feats[i][k]))[:MAX_CANDIDATES]
                sl.cands = [sl.cands[k] for k in order]
                feats[i] = [feats[i][k] for k in order]
        for sl, fs in zip(slots, feats):
            if sl.cands:
                top = max(r.population for r in sl.cands)
                for r, f in zip(sl.cands, fs):
                    f["top_pop"] = float(r.population == top)
        for i, sl in enumerate(slots):
            qual = sl.qualifiers
            for r, f in zip(sl.cands, feats[i]):
                f["qualifier"] = float(any(_within(r, q) for q in qual))
                f["dateline"] = float(dateline_country is not None and r.country == dateline_country)
        for _ in range(rounds):
            probs = [self._probs(fs) for fs in feats]
            country_mass: list[dict[str, float]] = []
            admin_mass: list[dict[int, float]] = []
            for sl, ps in zip(slots, probs):
                cm: dict[str, float] = defaultdict(float)
                am: dict[int, float] = defaultdict(float)
                for r, p in zip(sl.cands, ps):
                    if r.country:
                        cm[r.country] += p
                    if r.admin1_id is not None:
                        am[r.admin1_id] += p
                country_mass.append(cm)
                admin_mass.append(am)
            tot_c: dict[str, float] = defaultdict(float)
            tot_a: dict[int, float] = defaultdict(float)
            for cm, am in zip(country_mass, admin_mass):
                for k, v in cm.items():
                    tot_c[k] += v
                for k2, v in am.items():
                    tot_a[k2] += v
            n_with = sum(1 for sl in slots if sl.cands)
            tops = [sl.cands[max(range(len(ps)), key=ps.__getitem__)] if ps else None
                    for sl, ps in zip(slots, probs)]
            # Countries and admin-1 areas the story names outright (by another mention's best reading).
            named_c: dict[str, set[int]] = defaultdict(set)
            named_a: dict[int, set[int]] = defaultdict(set)
            for j, t in enumerate(tops):
                if t is not None and t.feature.startswith("PCL") and t.country:
                    named_c[t.country].add(j)
                elif t is not None and t.feature == "ADM1":
                    named_a[t.id].add(j)
            city_tops = _city_picks(tops)
            near_others = [[t for t in city_tops.values() if t is not tops[i] and t.name != sl.text]
                           for i, sl in enumerate(slots)]
            for i, sl in enumerate(slots):
                others = max(1, n_with - 1)
                for r, f in zip(sl.cands, feats[i]):
                    if r.country:
                        f["focus_country"] = (tot_c[r.country] - country_mass[i].get(r.country, 0.0)) / others
                    if r.admin1_id is not None:
                        f["focus_admin1"] = (tot_a[r.admin1_id] - admin_mass[i].get(r.admin1_id, 0.0)) / others
                    f["near"] = _nearness(r, near_others[i])
                    f["country_named"] = float(r.country is not None and bool(named_c[r.country] - {i})
                                               and not r.feature.startswith("PCL"))
                    f["admin1_named"] = float(r.admin1_id is not None and bool(named_a[r.admin1_id] - {i})
                                              and r.feature != "ADM1")
        return feats

    def _probs(self, fs: Sequence[Mapping[str, float]]) -> list[float]:
        if not fs:
            return []
        scores = [self._score(f) for f in fs]
        m = max(scores)
        ex = [math.exp(s - m) for s in scores]
        z = sum(ex)
        return [e / z for e in ex]

    def resolve(self, text: str, spans: Sequence[tuple[int, int]], dateline_country: str | None = None,
                fallback: bool = False) -> list[GazRecord | None]:
        """Best candidate per span. With `fallback`, a span with no candidate at all gets the story's
        focus place (used when the caller asserts every span is a toponym: a street or building of the
        story's city is better placed in that city than nowhere)."""
        slots = self.slots(text, spans)
        feats = self.features(text, slots, dateline_country)
        out: list[GazRecord | None] = []
        for sl, fs in zip(slots, feats):
            if not fs:
                out.append(None)
                continue
            scores = [self._score(f) for f in fs]
            out.append(_prefer_city(sl, sl.cands[max(range(len(scores)), key=scores.__getitem__)]))
        # A candidate found only through part of the name ("Brands Hatch" -> Hatch, USA) is kept only
        # when it lies in a country the rest of the story is about; else the focus place is a better bet.
        solid = [r for r, sl in zip(out, slots) if r is not None and not sl.variant]
        solid_countries = {r.country for r in solid}
        focus = focus_place(solid) if solid else None
        for i, (r, sl) in enumerate(zip(out, slots)):
            if (r is not None and sl.variant and solid and r.country not in solid_countries
                    and not _strong(r)):
                out[i] = None
        for i, sl in enumerate(slots):
            out[i] = _qualified(sl, out[i], solid_countries)
        for i, sl in enumerate(slots):
            host = _host_place(text, slots, out, i)
            if host is not None:
                out[i] = host
        if fallback and any(r is None for r in out):
            focus = focus or focus_place([r for r in out if r is not None])
            found = [(sl.start, r) for sl, r in zip(slots, out) if r is not None]
            out = [r if r is not None else (_nearby_city(sl.start, found) or focus) for sl, r in zip(slots, out)]
        return out


NEARBY_CHARS = 300
# Words that make a name a facility or a sub-city feature ("Loyola University", "Barclays Center").
_FACILITY = re.compile(r"\b(?:University|College|School|Academy|Institute|Hospital|Clinic|Church|Chapel|"
                       r"Cathedral|Basilica|Mosque|Temple|Airport|Stadium|Arena|Cent(?:er|re)|Court|Tower|"
                       r"Mall|Station|Hall|Castle|Palace|Park|Street|Avenue|Road|Square|Bridge|Campus|Prison|"
                       r"Jail|Hotel|Estate|Embassy|Consulate|Museum|Library|Theat(?:er|re)|Market|Zoo|"
                       r"Lagoon|Beach|Harbou?r|Port|Base|Camp|Plaza|Gardens?)\b")
_HOST_GAP = re.compile(r"(?:,|\s+in|\s+at|,\s+in)\s+(?:the\s+)?$")


def _qualified(slot: _Slot, pick: GazRecord | None, countries: set[str | None]) -> GazRecord | None:
    """"Camp Murray, Wash.": when the name itself is unknown or only partly matched and none of its
    readings lies in the admin area or country written after it, that area is the safest place (a
    careful coder lands within it)."""
    quals = [q for q in slot.qualifiers if q in slot.whole_qualifiers]
    # A name read whole keeps its reading: "Miami, West Palm Beach" is a list, not a qualifier.
    if not quals or (pick is not None and not slot.variant) or any(_within(r, q) for r in slot.cands
                                                                   for q in quals):
        return pick
    best = sorted(quals, key=lambda q: (q.country not in countries, q.feature == "ADM2"))
    return best[0]


def _host_place(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int
                ) -> GazRecord | None:
    """A facility named without a known place of its own, followed by the place it is in
    ("Loyola University in Los Angeles", "University of California, Los Angeles"): that place."""
    sl = slots[i]
    if i + 1 >= len(slots) or not _FACILITY.search(sl.text) or not (sl.variant or not sl.cands):
        return None
    nxt, host = slots[i + 1], out[i + 1]
    if (host is None or nxt.variant or nxt.start - sl.end > 8
            or not _HOST_GAP.search(text[sl.end:nxt.start])):
        return None
    return host if host.resolution >= 2 and host.feature not in _CURATED else None
_ADMIN_WORDS = re.compile(r"(?i)\b(?:state|province|region|governorate|oblast|county|district|prefecture|"
                          r"department|municipality|territory|voivodeship|parish)\b")


def _prefer_city(slot: _Slot, pick: GazRecord) -> GazRecord:
    """"Lviv", "Kaduna", "Idlib": an admin area named like its main city means the city, unless the
    text says "province", "state"... (the more specific reading, and within the area anyway)."""
    if pick.feature not in ("ADM1", "ADM2") or slot.variant or _ADMIN_WORDS.search(slot.text):
        return pick
    cities = [r for r in slot.cands if r.feature.startswith("PPL") and r.kind in (KIND_MAIN, KIND_ALIAS)
              and (r.admin1_id == pick.id or (pick.feature == "ADM2" and r.admin2 == pick.name))
              and r.lat is not None and pick.lat is not None and pick.lon is not None and r.lon is not None
              and haversine_km(r.lat, r.lon, pick.lat, pick.lon) <= _same_name_km(r, pick)]
    return max(cities, key=lambda r: r.population) if cities else pick


def _same_name_km(city: GazRecord, area: GazRecord) -> float:
    # An area's point is the middle of its box: a city of the very same name ("Sao Paulo",
    # "Puducherry") may lie far from it and still be the area's main city.
    return 350.0 if fold(city.name).lower() == fold(area.name).lower() else 150.0


def _nearby_city(pos: int, found: Sequence[tuple[int, GazRecord]]) -> GazRecord | None:
    """The city-level place written closest to `pos` (within NEARBY_CHARS): "the French Quarter" next
    to "New Orleans" is in New Orleans."""
    near = [(abs(p - pos), r) for p, r in found if r.resolution >= 4 and r.feature not in _CURATED
            and abs(p - pos) <= NEARBY_CHARS]
    return min(near, key=lambda x: x[0])[1] if near else None


def _strong(rec: GazRecord) -> bool:
    """A country, admin-1, curated feature or big city: safe to take from part of a name ("Bank of Japan")."""
    return (rec.feature.startswith("PCL") or rec.feature == "ADM1" or rec.feature in _CURATED
            or rec.population >= 100_000) and rec.kind != KIND_ALTERNATE


def focus_place(picks: Sequence[GazRecord]) -> GazRecord | None:
    """The most mentioned place of the story, most specific level first (city, then admin, then country)."""
    for lo, hi in ((4, 5), (2, 3), (1, 1)):
        counts: dict[int, int] = defaultdict(int)
        first: dict[int, GazRecord] = {}
        for r in picks:
            if lo <= r.resolution <= hi and r.feature not in _CURATED:
                counts[r.id] += 1
                first.setdefault(r.id, r)
        if counts:
            best = max(counts, key=lambda k: counts[k])
            return first[best]
    return None


def _within(rec: GazRecord, parent: GazRecord) -> bool:
    if parent.feature.startswith("PCL"):
        return rec.country == parent.country and rec.id != parent.id
    if parent.feature == "ADM2":
        return (rec.country == parent.country and rec.admin2 is not None and rec.id != parent.id
                and fold(rec.admin2).lower() == fold(parent.name).lower())
    return rec.admin1_id == parent.id and rec.id != parent.id


def _nearness(rec: GazRecord, others: Sequence[GazRecord]) -> float:
    """exp(-d/300km) to the nearest other city-level pick: places in a story cluster (an area's
    centroid says little about where in it the story is, so admin picks do not count). An
    equirectangular distance is plenty at this scale."""
    if rec.lat is None or rec.lon is None:
        return 0.0
    best_d = 1e9
    coslat = math.cos(math.radians(rec.lat))
    for o in others:
        dy = o.lat - rec.lat  # type: ignore[operator]
        dx = (o.lon - rec.lon + 540.0) % 360.0 - 180.0  # type: ignore[operator]
        d = 111.2 * math.sqrt(dy * dy + (dx * coslat) ** 2)
        if d < best_d:
            best_d = d
    return math.exp(-best_d / 300.0) if best_d < 3000 else 0.0


def _city_picks(tops: Sequence[GazRecord | None]) -> dict[int, GazRecord]:
    return {t.id: t for t in tops if t is not None and t.lat is not None and t.lon is not None
            and t.resolution >= 4 and t.feature not in _CURATED}


__all__ = ["Resolver", "candidates", "find_qualifiers", "haversine_km", "load_weights", "FEATURES",
           "KIND_MAIN", "KIND_ALIAS", "KIND_ALTERNATE", "KIND_ABBREV", "KIND_DEMONYM"]
