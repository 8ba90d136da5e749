"""Geoparsing scores on the dev corpora (GeoWebNews, GeoVirus) in `<shared>/data/dev/geo`.

Two settings per corpus:
- gold spans (resolution only): the gold toponym spans are given (`Article.toponyms`), as `extract` does;
  Acc@161km, correct-country rate and median error over gold toponyms with coordinates. For GWN the
  headline figure counts the toponyms that have a GeoNames id (as Mordecai3 reports it); `acc161_all`
  counts every toponym with coordinates (street-level and building names included). The gold country
  is the Natural Earth country polygon its point lies in (any country within BORDER_KM counts too;
  offshore, the country whose coast is within COAST_KM); a toponym we rightly place in no country
  (a continent, a sea) is not scored for country. `country_acc_old` keeps the earlier figure (the
  nearest gazetteer town within 60 km, every resolved toponym scored).
- end to end (our recognition): recall = share of gold toponyms that we recognise (span overlap) and
  resolve within 161 km; precision = share of our predicted places that overlap a gold toponym span.
  Adjectival gold toponyms ("Irish") are left out of recall: demonyms are not places for us.
"""
from __future__ import annotations

import json
import math
import statistics
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from newsevents.records import Article, Place, Span

ACC_KM = 161.0
CORPORA = ("GWN", "GeoVirus")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    geonameid: int | None
    kind: str  # GWN type (Literal, Metonymic, ...) or "" for GeoVirus
    adjective: bool


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...] = field(default=())


def _f(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def load_gwn(path: Path) -> list[GoldArticle]:
    from lxml import etree
    out = []
    for i, art in enumerate(etree.parse(str(path)).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            lat, lon = _f(t.findtext("latitude")), _f(t.findtext("longitude"))
            if lat is None or lon is None:
                continue
            gid = t.findtext("geonamesID")
            if int(t.findtext("start") or 0) < 0:
                continue  # a few GWN offsets are negative: unusable
            tops.append(GoldToponym(int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                                    t.findtext("extractedName") or "", lat, lon,
                                    int(gid) if gid and gid.isdigit() else None, t.findtext("type") or "",
                                    (t.findtext("modifierType") or "") == "Adjective"))
        out.append(GoldArticle(f"GWN-{art.get('file', i)}", text, tuple(sorted(tops, key=lambda g: g.start))))
    return out


def load_geovirus(path: Path) -> list[GoldArticle]:
    from lxml import etree
    out = []
    for i, art in enumerate(etree.parse(str(path)).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for loc in art.iter("location"):
            lat, lon = _f(loc.findtext("lat")), _f(loc.findtext("lon"))
            if lat is None or lon is None:
                continue
            name = loc.findtext("name") or ""
            start, end = _align(text, name, int(loc.findtext("start") or 0), int(loc.findtext("end") or 0))
            tops.append(GoldToponym(start, end, name, lat, lon, None, "", False))
        out.append(GoldArticle(f"GeoVirus-{i}", text, tuple(sorted(tops, key=lambda g: g.start))))
    return out


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """GeoVirus offsets are often shifted by a character or two: snap to the name nearby."""
    if text[start:end] == name or not name:
        return start, end
    for delta in (-1, 1, -2, 2, -3, 3, -4, 4, -5, 5):
        s = start + delta
        if s >= 0 and text[s:s + len(name)] == name:
            return s, s + len(name)
    return start, end


def load_corpus(shared: Path, name: str) -> list[GoldArticle]:
    path = Path(shared) / "data" / "dev" / "geo" / f"{name}.xml"
    return load_gwn(path) if name == "GWN" else load_geovirus(path)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from newsevents.geo.resolve import haversine_km as h
    return h(lat1, lon1, lat2, lon2)


class CountryOf(Protocol):
    def countries(self, lat: float, lon: float) -> frozenset[str]: ...


# A coastal gold point a little offshore of the 1:10m coastline (a harbour town, an island) still
# names that country; farther out it is at sea and has no country to score.
COAST_KM = 10.0
# 1:10m borders are drawn to about a kilometre: a point this close to a border names either side
# (a border town, the Vatican inside Rome).
BORDER_KM = 2.0


class PolygonCountryLocator:
    """Gold toponyms carry coordinates only: their country is the country polygon they lie in."""

    def __init__(self, coast_km: float = COAST_KM, border_km: float = BORDER_KM) -> None:
        self.coast_km = coast_km
        self.border_km = border_km

    def countries(self, lat: float, lon: float) -> frozenset[str]:
        """The country the point is in and any other within `border_km`; offshore, the nearest within
        `coast_km` (and any within `border_km` of that); empty at sea."""
        from newsevents.geo.polygons import default_polygons
        polys = default_polygons()
        near = polys.near(lat, lon, max(self.coast_km, self.border_km))
        inside = polys.country_at(lat, lon)
        if inside is not None:
            return frozenset({inside, *(n.code for n in near if n.km <= self.border_km)})
        if not near or near[0].km > self.coast_km:
            return frozenset()
        return frozenset(n.code for n in near if n.km <= near[0].km + self.border_km)


class CountryLocator:
    """The earlier derivation, kept for comparison: the country of the nearest gazetteer town
    within 60 km (a border town's neighbour across the line, or none at all for remote points)."""

    def __init__(self, points: Sequence[tuple[float, float, str]]) -> None:
        self._grid: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for lat, lon, cc in points:
            self._grid[(math.floor(lat), math.floor(lon))].append((lat, lon, cc))

    @classmethod
    def from_gazetteer_db(cls, path: Path) -> CountryLocator:
        import sqlite3
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = conn.execute("SELECT lat, lon, country FROM place WHERE feature LIKE 'PPL%' AND country IS NOT NULL"
                            ).fetchall()
        conn.close()
        return cls([(float(a), float(b), str(c)) for a, b, c in rows])

    def countries(self, lat: float, lon: float) -> frozenset[str]:
        cc = self.country(lat, lon)
        return frozenset({cc}) if cc else frozenset()

    def country(self, lat: float, lon: float, max_km: float = 60.0) -> str | None:
        best, best_d = None, max_km
        y, x = math.floor(lat), math.floor(lon)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for plat, plon, cc in self._grid.get((y + dy, x + dx), ()):
                    d = haversine_km(lat, lon, plat, plon)
                    if d < best_d:
                        best, best_d = cc, d
        return best


def _sentences(text: str) -> list[Any]:
    from newsevents.segment import split_sentences
    return split_sentences(text)


def _is_candidate() -> Any:
    try:
        from newsevents.coding.detect import is_candidate
        return is_candidate
    except ImportError:
        return lambda _t: True


def _score_pairs(pairs: Sequence[tuple[GoldToponym, Place | None]], locator: CountryOf | None,
                 old: CountryOf | None = None) -> dict[str, float]:
    errs: list[float] = []
    hit = 0
    for g, p in pairs:
        if p is None or p.lat is None or p.lon is None:
            errs.append(20038.0)  # half the earth's circumference: an unresolved toponym
            continue
        d = haversine_km(g.lat, g.lon, p.lat, p.lon)
        errs.append(d)
        hit += d <= ACC_KM
    n = len(pairs)
    out = {"n": n, "acc161": round(hit / n, 4) if n else 0.0,
           "median_km": round(statistics.median(errs), 1) if errs else 0.0}
    # The old figure keeps its old rules too (every resolved toponym near a town is scored).
    for key, loc, skip in (("country_acc", locator, True), ("country_acc_old", old, False)):
        if loc is not None:
            ok, scored = _country_score(pairs, loc, skip)
            out[key] = round(ok / scored, 4) if scored else 0.0
            out[key.replace("_acc", "_n")] = scored
    return out


def _country_score(pairs: Sequence[tuple[GoldToponym, Place | None]], locator: CountryOf,
                   skip_supranational: bool = True) -> tuple[int, int]:
    """(right, scored) over resolved gold toponyms whose point has a country (unresolved ones are
    in Acc@161 already). With `skip_supranational`, a place we put in no country (a continent, a sea,
    the Middle East) within ACC_KM of the gold point is not scored: the gold point of "Europe" lies in
    some country, but the toponym names none."""
    ok = scored = 0
    for g, p in pairs:
        if p is None or p.lat is None or p.lon is None:
            continue
        if skip_supranational and p.country_code is None and haversine_km(g.lat, g.lon, p.lat, p.lon) <= ACC_KM:
            continue
        gold = locator.countries(g.lat, g.lon)
        if not gold:
            continue
        scored += 1
        ok += p.country_code in gold
    return ok, scored


def gold_span_pairs(arts: Sequence[GoldArticle], geoparser: Any) -> Iterator[tuple[GoldToponym, Place | None]]:
    for a in arts:
        if not a.toponyms:
            continue
        art = Article(a.id, a.text, toponyms=tuple(Span(g.start, g.end) for g in a.toponyms))
        places = geoparser.places(art, [], [], set())
        yield from zip(a.toponyms, places)


def end_to_end(arts: Sequence[GoldArticle], geoparser: Any, nlp: Any) -> dict[str, float]:
    is_candidate = _is_candidate()
    rec_ok = rec_n = 0
    prec_ok = prec_loc = pred_n = 0
    for a in arts:
        sents = _sentences(a.text)
        cand = [s for s in sents if s.sequence == 0 or is_candidate(s.text)]
        ents: list[tuple[int, int, str]] = []
        if nlp is not None:
            for s, doc in zip(cand, nlp.pipe([s.text for s in cand], batch_size=128)):
                ents.extend((s.start + e.start_char, s.start + e.end_char, e.label_) for e in doc.ents)
        parsed = {s.sequence for s in cand} if nlp is not None else set()
        places = geoparser.places(Article(a.id, a.text), sents, ents, parsed)
        for g in a.toponyms:
            if g.adjective:
                continue
            rec_n += 1
            rec_ok += any(p.start < g.end and g.start < p.end and p.lat is not None and p.lon is not None
                          and haversine_km(g.lat, g.lon, p.lat, p.lon) <= ACC_KM for p in places)
        for p in places:
            pred_n += 1
            over = [g for g in a.toponyms if p.start < g.end and g.start < p.end]
            prec_ok += bool(over)
            prec_loc += any(p.lat is not None and p.lon is not None
                            and haversine_km(g.lat, g.lon, p.lat, p.lon) <= ACC_KM for g in over)
    return {"recall161": round(rec_ok / rec_n, 4) if rec_n else 0.0,
            "precision": round(prec_ok / pred_n, 4) if pred_n else 0.0,
            "precision161": round(prec_loc / pred_n, 4) if pred_n else 0.0,
            "gold": rec_n, "predicted": pred_n}


def evaluate(shared: Path, geoparser: Any, nlp: Any, limit: int | None = None) -> dict[str, Any]:
    """Scores per corpus: {"GWN": {"gold_spans": {...}, "end_to_end": {...}, "end_to_end_gazetteer": {...}}, ...}.

    `end_to_end` recognises toponyms with spaCy NER on the parsed sentences plus the gazetteer elsewhere
    (`--ner all`); `end_to_end_gazetteer` with the gazetteer alone (`--ner none`, the default).

    `limit` scores only the first N articles of each corpus (a quick look; floors do not apply)."""
    locator = PolygonCountryLocator()
    old = None
    gpath = getattr(geoparser.gazetteer, "path", None)
    if gpath is not None:
        old = CountryLocator.from_gazetteer_db(gpath)
    out: dict[str, Any] = {}
    for name in CORPORA:
        arts = load_corpus(Path(shared), name)[:limit]
        t0 = time.perf_counter()
        pairs = list(gold_span_pairs(arts, geoparser))
        t_gold = time.perf_counter() - t0
        if name == "GWN":
            gold = _score_pairs([(g, p) for g, p in pairs if g.geonameid is not None], locator, old)
            gold["acc161_all"] = _score_pairs(pairs, None)["acc161"]
            gold["n_all"] = len(pairs)
        else:
            gold = _score_pairs(pairs, locator, old)
        gold["seconds"] = round(t_gold, 1)
        t0 = time.perf_counter()
        e2e = end_to_end(arts, geoparser, nlp)
        e2e["seconds"] = round(time.perf_counter() - t0, 1)
        # The pipeline's default (`--ner none`): toponyms from the gazetteer automaton alone.
        gaz = end_to_end(arts, geoparser, None)
        out[name] = {"articles": len(arts), "gold_spans": gold, "end_to_end": e2e, "end_to_end_gazetteer": gaz}
    return out


def format_report(scores: dict[str, Any]) -> str:
    lines = ["geo                 gold spans (resolution)                      end to end",
             "corpus     arts     n  Acc@161  country  median_km  (all)   recall161  precision  prec161"]
    for name, s in scores.items():
        g, e = s["gold_spans"], s["end_to_end"]
        allc = f"{g['acc161_all']:.3f}" if "acc161_all" in g else "  -  "
        lines.append(f"{name:<9} {s['articles']:>5} {g['n']:>5}  {g['acc161']:.3f}    {g['country_acc']:.3f}  "
                     f"{g['median_km']:>9.1f}  {allc}   {e['recall161']:.3f}      {e['precision']:.3f}      "
                     f"{e['precision161']:.3f}")
    olds = [f"{name} {s['gold_spans']['country_acc_old']:.3f}" for name, s in scores.items()
            if "country_acc_old" in s["gold_spans"]]
    if olds:
        lines.append("country by the nearest gazetteer town (the old derivation): " + ", ".join(olds))
    lines.append("end to end with the gazetteer alone (the default, --ner none):")
    for name, s in scores.items():
        e = s.get("end_to_end_gazetteer")
        if e:
            lines.append(f"{name:<9} {'':>5} {'':>5}  {'':7}  {'':7}  {'':>9}  {'':5}   {e['recall161']:.3f}      "
                         f"{e['precision']:.3f}      {e['precision161']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    from newsevents.geo import GeoParser
    from newsevents.geo.gazetteer import Gazetteer
    from newsevents.nlp import load_nlp

    ap = argparse.ArgumentParser(prog="python -m newsevents.eval.geo")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    scores = evaluate(args.shared, GeoParser(Gazetteer.default()), load_nlp())
    sys.stdout.write((json.dumps(scores, indent=1) if args.json else format_report(scores)) + "\n")
    from newsevents.eval.runner import below_floors, load_floors

    bad = below_floors(scores, load_floors("geo"))
    for b in bad:
        sys.stderr.write(f"below floor: {b}\n")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())


def _ambiguous_candidates(arts: Sequence[GoldArticle],
                          geoparser: Any) -> Iterator[tuple[list[dict[str, float]], list[bool]]]:
    """Per gold toponym with both right and wrong candidates: the candidates' features under the current
    weights and which of them lie within 161 km of the gold point (the others teach the weights nothing)."""
    resolver = geoparser.resolver
    for a in arts:
        if not a.toponyms:
            continue
        slots = resolver.slots(a.text, [(g.start, g.end) for g in a.toponyms])
        feats = resolver.features(a.text, slots, geoparser._dateline_country(a.text))
        for g, sl, fs in zip(a.toponyms, slots, feats):
            ok = [r.lat is not None and r.lon is not None and haversine_km(g.lat, g.lon, r.lat, r.lon) <= ACC_KM
                  for r in sl.cands]
            if any(ok) and not all(ok):
                yield fs, ok


def fit_weights(arts: Sequence[GoldArticle], geoparser: Any, rounds: int = 3, c: float = 1.0
                ) -> dict[str, float]:
    """Learn resolver weights on gold toponyms: a pairwise ranking logistic regression (right candidate
    minus each wrong one), re-fitted a few rounds because context features depend on the weights."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsevents.geo.resolve import FEATURES
    resolver = geoparser.resolver
    for _ in range(rounds):
        xs: list[list[float]] = []
        for fs, ok in _ambiguous_candidates(arts, geoparser):
            best_pos = max((fs[i] for i, o in enumerate(ok) if o), key=resolver._score)
            for i, o in enumerate(ok):
                if not o:
                    xs.append([best_pos[k] - fs[i][k] for k in FEATURES])
        x = np.array(xs)
        xx = np.vstack([x, -x])
        yy = np.concatenate([np.ones(len(x)), np.zeros(len(x))])
        model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000).fit(xx, yy)
        resolver.w = {k: round(float(v), 3) for k, v in zip(FEATURES, model.coef_[0])}
    return dict(resolver.w)


def tune_weights(arts: Sequence[GoldArticle], geoparser: Any, rounds: int = 2, sweeps: int = 3,
                 steps: Sequence[float] = (-2.0, -1.0, -0.5, 0.5, 1.0, 2.0)) -> dict[str, float]:
    """Coordinate ascent on Acc@161km of the gold toponyms, from the current weights (e.g. after
    `fit_weights`): the pairwise objective is only a proxy for picking the right candidate."""
    from newsevents.geo.resolve import FEATURES
    resolver = geoparser.resolver
    for _ in range(rounds):
        items = list(_ambiguous_candidates(arts, geoparser))

        def hits(w: dict[str, float]) -> int:
            n = 0
            for fs, ok in items:
                scores = [sum(w.get(k, 0.0) * v for k, v in f.items()) for f in fs]
                n += ok[max(range(len(scores)), key=scores.__getitem__)]
            return n

        w = dict(resolver.w)
        best = hits(w)
        for _ in range(sweeps):
            improved = False
            for k in FEATURES:
                for st in steps:
                    trial = dict(w)
                    trial[k] = round(w.get(k, 0.0) + st, 3)
                    h = hits(trial)
                    if h > best:
                        best, w, improved = h, trial, True
            if not improved:
                break
        resolver.w = w
    return dict(resolver.w)
