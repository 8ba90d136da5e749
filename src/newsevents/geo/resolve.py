"""Toponym resolution in context: candidates by name, scored by a linear model over prior
(population, feature type, how the name matched) and context (story's country focus, admin parents
written next to the name, the dateline, nearness to the other places of the story).

The weights are data (`data/geo/weights.json`), learned on the dev corpora by `newsevents.eval.geo`."""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

from newsevents.geo.gazetteer import (KIND_ABBREV, KIND_ALIAS, KIND_ALTERNATE, KIND_DEMONYM, KIND_MAIN,
                                      GazetteerLike, GazRecord, demonym_country)
from newsevents.geo.names import fold, norm

FEATURES = ("logpop", "logpop_admin", "country", "adm1", "adm2", "city", "capital", "curated", "alias", "alternate",
            "abbrev", "demonym", "exact", "variant", "focus_country", "focus_admin1", "qualifier",
            "dateline", "near", "us", "top_pop", "country_named", "admin1_named",
            "admin_alias", "level_cue", "list_same", "qualifies_prev", "capital_named", "major_city",
            "holds_named")
_GENERIC = re.compile(r"(?i)\s+(?:province|state|region|district|county|city|governorate|oblast|prefecture|"
                      r"municipality|department|territory|area|village|town|island|islands|regency)$")
_LEADING = re.compile(r"(?i)^(?:the\s+|city\s+of\s+|province\s+of\s+|state\s+of\s+|republic\s+of\s+)")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_QUALIFIER = re.compile(r"\s*,\s*([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})")
# "Fulton County in Illinois", "Kisumu, located in western Kenya" (no lower-case word but these)
# ", a town in the Cauca department": an appositive that types the name before "in"
_IN_QUALIFIER = re.compile(r",?\s+(?:an?\s+(?:[a-z]+\s+){0,2}(?:town|village|city|municipality|township|hamlet|"
                           r"settlement|commune)\s+)?"
                           r"(?:(?:located|situated|based)\s+)?in\s+(?:the\s+)?(?:(?:state|province)\s+of\s+)?"
                           r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?"
                           r"([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})")
# "In Washington, Texas Gov. Greg Abbott said": the area after the comma belongs to an office title.
_TITLED = re.compile(r"\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:Gov\.|Governor|Sen\.|Senator|Rep\.|Mayor|"
                     r"Attorney\s+General|Lt\.|Secretary|officials?|lawmakers|legislators)(?!\w)")
_DOTTED = re.compile(r"(?:^|\s)[A-Z][a-z]{0,4}\.$|[A-Z]\.[A-Z]\.$")
_CURATED = frozenset({"SEA", "OCN", "GULF", "STRT", "BAY", "CNL", "ISLS", "ISL", "SHOL", "RF", "RGN", "PEN",
                      "CONT", "LK", "STM"})
# Words next to a name that say which level it means: "Washington state", "the state of New York",
# "New York Governor" (an admin area); "the city of Kaduna", "Kaduna city" (the city).
# "a New York court", "New York prosecutors": US courts, prosecutors and legislatures are the state's.
# "Masisi territory", "Beni territory": DR Congo's territories are second-level areas (lower case only: "Northern
# Territory" is a name of its own)
_ADMIN_AFTER = re.compile(r"[ \t]+(?:state|State|governor|Governor|province|Province|legislature|Legislature|territory|"
                          r"court|courts|judge|prosecutors|lawmakers|legislators|Supreme[ \t]+Court|"
                          r"Court[ \t]+of[ \t]+Appeals|[Aa]ttorney[ \t]+[Gg]eneral|"
                          # "Georgia Gov. Brian Kemp", "Georgia Republicans": a US state's offices and parties
                          r"Gov\.|Lt\.[ \t]+Gov\.|Sen\.|Rep\.|Republicans|Democrats|General[ \t]+Assembly|"
                          r"[Ss]ecretary[ \t]+of[ \t]+[Ss]tate|sheriff|"
                          # "Quebec Premier Francois Legault": a Canadian province's or an Australian state's head
                          r"[Pp]remier(?![ \t]+League)|"
                          # "Santa Cruz department": the first-level area of Bolivia, Colombia, Peru, Uruguay...
                          # ("the Texas department of health" names an office, not the area's level)
                          r"department(?![ \t]+of\b)|"
                          # "Puncak regency": Indonesia's second-level area (kabupaten), never a town
                          r"[Rr]egency)(?![\w])")
_ADMIN_BEFORE = re.compile(r"(?i)\b(?:state|province|provinces|department|governorate)\s+"
                           r"(?:of|such\s+as|including|like)\s+"
                           r"(?:the\s+)?$"
                           # "the premier of Quebec", "the governor of Lagos": a province's or a state's head
                           r"|\b(?:premier|governor)\s+of\s+$")
# "Quebec's premier", "Lagos's governor", "Quebec's provincial police": the area's own head, legislature or
# provincial bodies, written with a possessive (the city named like the area has a mayor, not a premier)
_ADMIN_OWNED = re.compile(r"(?:'s|\u2019s|'|\u2019)[ \t]+(?:[Pp]remier|[Gg]overnor|[Ll]egislature|[Pp]rovincial|"
                          r"[Ll]ieutenant[ \t]+[Gg]overnor|National[ \t]+Assembly)(?![\w])")
# "Quebec's mayor", "Quebec's Old Town", "the mayor of Quebec": the city, not the area named like it
_CITY_OWNED = re.compile(r"(?:'s|\u2019s|'|\u2019)[ \t]+(?:[Mm]ayor|[Cc]ity[ \t]+(?:[Cc]ouncil|[Hh]all|police)|"
                         r"[Dd]owntown|[Oo]ld[ \t]+(?:[Tt]own|[Cc]ity|[Qq]uarter|[Pp]ort))(?![\w])")
# "coastal states such as Benin and Togo": plural "states" names countries as often as admin-1 areas
# (the cue "states" agrees with both, so it never moves a country to a namesake area).
_STATES_BEFORE = re.compile(r"(?i)\bstates\s+(?:of|such\s+as|including|like)\s+(?:the\s+)?$"
                            # "drive across the border to Quebec", "crossed the border into Sonora": what lies across a
                            # border is a state or a country, not the city named like it
                            r"|\bborder\s+(?:to|into)\s+$"
                            # "Culiacan, the capital of Sinaloa": what has a capital is a state or a country, not the
                            # village named like it ("the Chinese capital of Beijing", with its modifier, names the city
                            # itself, and so does "the capital city of")
                            r"|\bthe\s+capital\s+of\s+(?:the\s+)?$")
_CAPITAL_OF = re.compile(r"(?i)\bthe\s+capital\s+of\s+(?:the\s+)?$")
# "the Mopti region", "the Donetsk oblast": a lower-case word for a first-level area after the name says the
# area is meant ("the Houston region" is no county: only an admin-1 area agrees). "district" is left out: the
# event locator prefers a town to an admin-2 area, and "the Bannu district" is located at Bannu town.
_REGION_AFTER = re.compile(r"[ \t]+(?:region|governorate|oblast|prefecture)\b")
_CITY_AFTER = re.compile(r"[ \t]+city\b")
# "across Santa Cruz", "throughout Kandahar", "in rural Kirkuk": words that spread over an area keep an admin
# area named like its city (they move nothing else: "across Mexico" stays the country).
_WIDE_BEFORE = re.compile(r"(?i)\b(?:across|throughout|all\s+over|rural|the\s+countryside\s+of)\s+(?:the\s+)?$")
_PLURAL_LEVEL_AFTER = re.compile(r"[ \t]+(regions|oblasts|governorates|prefectures|provinces|states)\b")
_PLURAL_CUE = {"regions": "region", "oblasts": "region", "governorates": "region", "prefectures": "region",
               "provinces": "admin", "states": "admin"}
_CITY_BEFORE = re.compile(r"(?i)\b(?:city|town|village|capital|mayor)\s+of\s+(?:the\s+)?$")
# "the island of Pemba", "Pemba island": an island, not the mainland town named like it
_ISLAND_BEFORE = re.compile(r"(?i)\b(?:island|isle)\s+of\s+$")
_ISLAND_AFTER = re.compile(r"[ \t]+island\b")
# Offices and bodies only a country has: "Prime Minister of Georgia" is the country, not the state.
_COUNTRY_BEFORE = re.compile(r"(?i)\b(?:prime\s+minister|president|king|queen|emperor|ambassador|embassy|"
                             r"foreign\s+minister|republic|country|kingdom)\s+of\s+(?:the\s+)?$")
# "the USA's ", "China's ": a place's owner written right before it
_POSSESSOR = re.compile(r"\b([A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})(?:'s|\u2019s|'|\u2019)[ \t]+(?:the[ \t]+)?$")
# What separates the items of a list of places ("Arizona, California, Georgia and Idaho").
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s*")
_COMMA_GAP = re.compile(r"\s*,\s*")
_PHRASE_END = re.compile(r"[ \t]*(?:[.;:)!?\n]|$)")
MAJOR_CITY = 500_000
EARTH_KM = 6371.0
SMALL_TOWN = 100_000
MAX_CANDIDATES = 40
# The last word of a bay's or a lake's name ("Islington Bay"): like a facility, it borrows a town's name.
_BAY = re.compile(r"[ \t](?:Bay|Cove|Inlet|Creek|Lake|Island)$")


@lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    """Accent-free lower case, cached: the same place names are compared over and over."""
    return fold(name).lower()


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
    # "St. George's" (Grenada), "St. John's": a name that ends in "'s" itself is no possessive
    whole = text.strip().strip(" ,;:\"()[]")
    if whole != base and _POSSESSIVE.search(whole) and any(
            r.kind in (KIND_MAIN, KIND_ALIAS) for r in gaz.lookup(whole)):
        base = whole
    hits = gaz.lookup(base) if base else []
    if hits:
        # A country or curated feature named exactly so beats places that only list it as an
        # alternate name ("White House" is an alternate name of Casablanca).
        if any(r.kind in (KIND_MAIN, KIND_ALIAS) and (r.feature.startswith("PCL") or r.feature in _CURATED)
               for r in hits):
            # ... and so do admin areas that only have it as an alias ("Red Sea" state, Sudan), and
            # small towns named after it ("Middle East", Maryland; "Jordan", Minnesota)
            # (a region inside one country, "the Northwoods" of Wisconsin, leaves that country's small towns of its
            # name to the story's context: "Northwoods", a St. Louis suburb; one abroad is still no reading)
            home = {r.country for r in hits if r.kind in (KIND_MAIN, KIND_ALIAS) and r.feature == "RGN"
                    and r.geonameid is None and r.country is not None}
            # (but a country reached by a short form of its own name, "Antigua" for Antigua and Barbuda, leaves
            # a town whose own name that short form also opens, Antigua Guatemala, to the story's context)
            short_country = not any(r.kind == KIND_MAIN and (r.feature.startswith("PCL") or r.feature in _CURATED)
                                    for r in hits)
            hits = [r for r in hits if (short_country and _short_form_of(base, r)) or (
                r.kind != KIND_ALTERNATE and not (r.feature in ("ADM1", "ADM2") and r.kind == KIND_ALIAS)
                and not (r.feature.startswith("PPL") and r.feature != "PPLC" and r.population < SMALL_TOWN
                         and r.country not in home))]
        elif any(r.kind in (KIND_MAIN, KIND_ALIAS) and r.geonameid is None and r.feature == "BLDG" for r in hits):
            # A landmark named exactly so beats a city that has the name only as a translation
            # ("White House" is Casablanca in English), and a small town abroad named like it ("Lawmakers on Capitol
            # Hill" are not in the Burnaby suburb; one in the landmark's own country is left to the story's context)
            sites = {r.country for r in hits if r.kind in (KIND_MAIN, KIND_ALIAS) and r.geonameid is None
                     and r.feature == "BLDG"}
            hits = [r for r in hits if r.kind != KIND_ALTERNATE and not (
                r.feature.startswith("PPL") and r.feature != "PPLC" and r.population < SMALL_TOWN
                and r.country not in sites)]
        hits = _drop_lesser_alternates(hits)
        abbrevs = [r for r in hits if r.kind == KIND_ABBREV]
        # "La.", "Calif.": a dotted abbreviation names a state, not a town that happens to be "La"
        return (abbrevs if abbrevs and base.endswith(".") else hits), False
    variants = [_LEADING.sub("", base), _GENERIC.sub("", base), _GENERIC.sub("", _LEADING.sub("", base))]
    for v in variants:
        if v and v != base:
            hits = gaz.lookup(v)
            if hits:
                return hits, True
    for v in spelling_variants(base):
        hits = [r for r in gaz.lookup(v) if r.kind in (KIND_MAIN, KIND_ALIAS, KIND_ALTERNATE)]
        if hits:
            return hits, True
    words = base.split()
    if len(words) >= 2:
        hits = _subphrase(gaz, words)
        if _SETTLEMENT_HEAD.fullmatch(words[0]) and words[1][:1].isupper():
            # "Puerto Jordan" (Colombia), "Villa Argentina" (Paraguay): a town named after a country or another
            # place is neither of them; the name the gazetteer lacks falls back to the place its story gives
            # ("Port of Gdansk" is Gdansk)
            hits = [r for r in hits if _folded(r.name).startswith(_folded(words[0]))]
        if hits:
            return hits, True
        hits = _landform_stem(gaz, words)
        if hits:
            return hits, True
        return gaz.search(base, limit=10), True
    return [], False


# The generic word after a landform named after a town or a province: "the Ferghana Valley", "the Bekaa Valley"
_LANDFORM_TAIL = frozenset({"Valley", "Basin", "Plain", "Plains", "Delta", "Gorge", "Plateau"})


def _landform_stem(gaz: GazetteerLike, words: Sequence[str]) -> list[GazRecord]:
    """"the Ferghana Valley": a valley or a plain named after a city or a province the gazetteer has only under
    another spelling ("Ferghana" is an alternate name of Fergana) lies around it; the sub-phrase step keeps main
    names only, so an alternate name is taken here, and only a province's or a big city's (a village's alternate
    names are too often words)."""
    if len(words) < 2 or words[-1] not in _LANDFORM_TAIL:
        return []
    stem = " ".join(w for w in words[:-1] if w.lower() != "the")
    if not stem[:1].isupper():
        return []
    return [r for r in gaz.lookup(stem)
            if r.feature in ("ADM1", "ADM2") or (r.feature.startswith("PPL") and r.population >= SMALL_TOWN)]


# What two governments do to each other, right after "Ottawa and Quebec" ("clashed over", "signed a deal")
_GOVERNMENTS_ACT = re.compile(r"[ \t]+(?:have[ \t]+|had[ \t]+|are[ \t]+|were[ \t]+|remain[ \t]+)?"
                              r"(?:clashed|sparred|feuded|wrangled|quarrell?ed|squabbled|bickered|disagreed|traded"
                              r"|at[ \t]+odds|agreed|signed|negotiated|struck|reached)\b")
# The pair opens its clause (not "flights between Ottawa and Quebec", "from Ottawa and Quebec")
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;,\n\u2014][\s\"'\u201c]*|\b(?:as|while|after|when|but|and)[ \t]+)$")


def _capital_and_province(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"Ottawa and Quebec clashed over immigration quotas": a national capital written for its government, paired
    with a name of its own country that is both a province and a city, and the two doing what governments do to each
    other, makes the name the province (its government), not its city. "Flights between Ottawa and Quebec" keeps the
    city, as does a pair that is not the subject of such a verb."""
    res = list(out)
    for i in range(len(slots) - 1):
        a, b = slots[i], slots[i + 1]
        ra, rb = out[i], out[i + 1]
        if ra is None or rb is None or not _gap_is(_AND_GAP, text, a.end, b.start):
            continue
        if not _GOVERNMENTS_ACT.match(text, b.end) or not _CLAUSE_OPEN.search(text, max(0, a.start - 40), a.start):
            continue
        for j, sl, cap, other in ((i + 1, b, ra, rb), (i, a, rb, ra)):
            if cap.feature != "PPLC" or not other.feature.startswith("PPL") or sl.cue:
                continue
            area = next((c for c in sl.cands if c.feature == "ADM1" and c.country == cap.country
                         and _folded(c.name) == _folded(other.name)), None)
            if area is not None:
                res[j] = area
    return res


_AND_GAP = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _short_form_towns(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"closed the road to Antigua" in a Guatemala story: a country read through a short form of its name ("Antigua"
    for Antigua and Barbuda) that none of the story's other places is in gives way to a town of a country the story's
    places are in whose own name the short form opens (Antigua Guatemala)."""
    res = list(out)
    for i, (sl, r) in enumerate(zip(slots, out)):
        if r is None or not r.feature.startswith("PCL") or r.kind != KIND_ALIAS:
            continue
        others = {o.country for j, o in enumerate(out) if j != i and o is not None and o.country is not None
                  and _folded(slots[j].text) != _folded(sl.text)}
        if not others or r.country in others:
            continue
        towns = [c for c in sl.cands if c.country in others and _short_form_of(sl.text, c)]
        if towns:
            res[i] = max(towns, key=lambda c: c.population)
    return res


def _short_form_of(written: str, rec: GazRecord) -> bool:
    """"Antigua" for Antigua Guatemala: the written name opens the town's own name as a whole word."""
    return rec.feature.startswith("PPL") and _folded(rec.name).startswith(_folded(written) + " ")


# Words that open a settlement's name in Spanish, Portuguese, Italian and English ("Puerto Jordan", "San Sudan"
# would name a town, not the country): natural features ("Lake Chad", "Mount Kenya") are left out, they lie in
# the area they are named after.
# A small town read from one word of a longer name lies this far from every town or county the story names: no reading
PART_TOWN_KM = 250.0


def _far_part_town(sl: _Slot, r: GazRecord, solid: Sequence[GazRecord]) -> bool:
    """"the Inland Empire" in a story about Riverside is not Empire, a California town 500 km off: a small town the
    gazetteer reached through part of a longer name is dropped (for the story's focus place) when it lies more than
    PART_TOWN_KM from every town or county the story names, even in their state; "Buckland Elementary" near Buckland
    keeps its town. Water named after a town on its shore has its own rule (`_waters_by_town`)."""
    if not r.feature.startswith("PPL") or _strong(r) or r.lat is None or r.lon is None:
        return False
    if _WATERS_END.search(sl.text) or _WATERS_HEAD.match(sl.text):
        return False
    if _modifier_town(sl):
        return False
    written, name = _folded(sl.text).split(), _folded(r.name).split()
    if not name or len(name) >= len(written) or not any(
            written[k:k + len(name)] == name for k in range(len(written) - len(name) + 1)):
        return False
    near = [s for s in solid if s.resolution >= 3 and s.lat is not None and s.lon is not None]
    return bool(near) and all(_km(r, s) > PART_TOWN_KM for s in near)


def _modifier_town(sl: _Slot) -> bool:
    """"taken to Desaguadero hospital": before a lower-case type word a town is written as itself, a modifier, not as
    part of a longer name ("Buckland Elementary"); `_local_spot` and `_modifier_place` place such a name."""
    return sl.text.rsplit(None, 1)[-1].islower()


_QUARTER_END = re.compile(r"[ \t]Quarters?$")


def _quarter_of_a_people(sl: _Slot, r: GazRecord, solid_countries: set[str | None]) -> bool:
    """"the French Quarter" of New Orleans, "the Armenian Quarter" of Jerusalem: a city quarter named after a people is
    not in their country; read through the people's word as a country none of the story's other places is in, it is
    no reading (the story's focus place takes it)."""
    return (bool(_QUARTER_END.search(sl.text)) and r.kind == KIND_DEMONYM and r.feature.startswith("PCL")
            and bool(solid_countries) and r.country not in solid_countries)


_SETTLEMENT_HEAD = re.compile(r"Puerto|Porto|Port|Villa|Vila|Ciudad|Cidade|Citt[aà]|San|Santa|Santo|S[aã]o|Nueva|"
                              r"Nuevo|Nova|Novo|Fort|Fuerte|Colonia|Barrio|Bella|Bela")


# "Kyaukphyu" / "Kyaukpyu", "Hpakant" / "Pakant": romanisations (Burmese, Thai, Indic) write an aspirated
# consonant with or without its "h".
_ASPIRATE_H = re.compile(r"(?<=[ptkPTK])h")


def spelling_variants(name: str) -> list[str]:
    """Other spellings of a name the gazetteer lacks as written: a hyphenated name written as one word
    ("Pétion-Ville" / "Pétionville"), without the "h" of aspirated consonants, "ou" as "au" or "u". The caller marks the
    readings as variants, so they are kept only in a country the story is about."""
    out = []
    if "-" in name:
        out.append(name.replace("-", ""))
    bare = _ASPIRATE_H.sub("", name)
    if bare != name:
        out.append(bare)
    # "Rajouri" / "Rajauri" (Indic), "Khan Sheikhoun" / "Khan Shaykhun" (French-style Arabic): "ou" for "au" or "u"
    if "ou" in name:
        out.extend([name.replace("ou", "au"), name.replace("ou", "u")])
    # "Tal Tamr" / "Tall Tamr", "Tell Abyad" / "Tall Abyad": the Arabic word for a hill mound, written three ways
    head = _TELL_HEAD.match(name)
    if head is not None:
        out.extend(w + name[head.end():] for w in ("Tall", "Tal", "Tell") if w != head.group(1))
    return out


_TELL_HEAD = re.compile(r"(Tall|Tal|Tell)(?= [A-Z'])")


def _drop_lesser_alternates(hits: list[GazRecord]) -> list[GazRecord]:
    """"Pittsburgh" is Pittsburgh, not Pittsburg, California, which lists it as an alternate spelling: a
    town that has the name only as an alternate name loses to a bigger town (100,000 or more) named
    exactly so."""
    main = max((r.population for r in hits if r.kind == KIND_MAIN and r.feature.startswith("PPL")), default=0)
    if main < SMALL_TOWN:
        return hits
    return [r for r in hits if not (r.kind == KIND_ALTERNATE and r.feature.startswith("PPL")
                                    and r.population < main)]


_GENERIC_WORDS = frozenset("""University State College School Center Centre Council County City Hospital Medical
Airport Embassy Street Road Park Tower House Hall Church Cup World Office Federal Reserve Commission Bank Union
Club Stadium Estate Town Valley Lagoon Point Palace Basilica Metro Market Mall Bridge Station Square Village Lake
River Island Islands North South East West Western Eastern Northern Southern Central New Upper Lower Great
Greater Saint St St. of the and de la le du des al el Mount Mt Fort Port Bay Beach Hills Hill Heights Township
District Province Region Area Department Ministry Court Police International National Institute Museum Theatre
Theater Centre Gardens Garden Stadium Arena Hotel Inn Library Prison Camp Base Plaza Avenue Boulevard
Volcano""".split())
_KEEP_KINDS = (KIND_MAIN, KIND_ALIAS, KIND_ABBREV, KIND_DEMONYM)


def _subphrase(gaz: GazetteerLike, words: Sequence[str]) -> list[GazRecord]:
    """Longest capitalised sub-phrase that names a place: "Colorado State University" -> Colorado,
    "Russian Embassy" -> Russia, "West Surrey" -> Surrey."""
    for n in range(len(words) - 1, 0, -1):
        found: list[list[GazRecord]] = []
        for i in range(len(words) - n + 1):
            phrase = words[i:i + n]
            if not phrase[0][:1].isupper() or all(w.strip(",.") in _GENERIC_WORDS for w in phrase):
                continue
            joined = " ".join(phrase)
            # abbreviations only as written in capitals ("Mass" in "Easter Vigil Mass" is no state)
            kinds = _KEEP_KINDS if joined.isupper() else (KIND_MAIN, KIND_ALIAS, KIND_DEMONYM)
            hits = [r for r in gaz.lookup(joined) if r.kind in kinds]
            if not hits:
                continue
            # "Robinson College Cambridge": a word naming an institution ("Robinson College") gives way to
            # the place that ends the name
            if found and i + n == len(words):
                return hits
            # (a demonym says whose the institution is: "African National Congress")
            if (i + n == len(words) or words[i + n].strip(",.") not in _GENERIC_WORDS
                    or any(r.kind == KIND_DEMONYM for r in hits)):
                return found[0] if found else hits
            found.append(hits)
        if found:
            return found[0]
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
    cue: str = ""  # "admin" or "city" when the words around the name say which level it means
    titled: bool = False  # the word after the comma heads an office title ("Washington, Texas Gov. Abbott")
    area_after: bool = False  # an admin-1 area (no city's name) written after a comma, not opening a list
    # the countries in which an admin-2 area is written so ("Thruxton, Hampshire"): not those where a town has the name
    county_after: frozenset[str | None] = frozenset()
    # a curated region of one country written after a comma ("Croft, Yorkshire"), which admin codes cannot test
    region_after: GazRecord | None = None
    wide: bool = False  # the words before speak of a wide area: "across Santa Cruz", "in rural Kirkuk"
    story_cue: bool = False  # the cue comes from another mention of the name, not from this one's own words


def level_cue(text: str, start: int, end: int) -> str:
    """"country", "admin", "city" or "" from the words right around a mention."""
    if _COUNTRY_BEFORE.search(text, max(0, start - 30), start):
        return "country"
    if (_ADMIN_AFTER.match(text, end, min(len(text), end + 15))
            or _ADMIN_OWNED.match(text, end, min(len(text), end + 30))
            or _ADMIN_BEFORE.search(text, max(0, start - 30), start)):
        return "admin"
    if _REGION_AFTER.match(text, end, min(len(text), end + 15)):
        return "region"
    if _STATES_BEFORE.search(text, max(0, start - 30), start):
        return "states"
    if (_CITY_AFTER.match(text, end, min(len(text), end + 8)) or _CITY_OWNED.match(text, end, min(len(text), end + 24))
            or _CITY_BEFORE.search(text, max(0, start - 25), start)):
        return "city"
    return ""


def _level(rec: GazRecord) -> str:
    if rec.feature.startswith("PCL"):
        return "country"
    if rec.feature in ("ADM1", "ADM2"):
        return rec.feature
    return "city" if rec.feature.startswith("PPL") else rec.feature


def _cue_agrees(cue: str, rec: GazRecord) -> bool:
    return ((cue == "admin" and rec.feature in ("ADM1", "ADM2")) or (cue == "city" and rec.feature.startswith("PPL"))
            or (cue == "country" and rec.feature.startswith("PCL"))
            or (cue == "states" and (rec.feature == "ADM1" or rec.feature.startswith("PCL")))
            or (cue == "region" and rec.feature == "ADM1"))


def find_qualifiers(gaz: GazetteerLike, text: str, end: int, whole: bool = False) -> list[GazRecord]:
    """Admin area or country named right after a place ("Alexandria, La.", "Paris, Texas", "Thruxton,
    Hampshire", "Fulton County in Illinois"). With `whole`, only a comma-written qualifier that is all of
    the capitalised words after the comma
    ("Florida Atlantic University, California Polytechnic..." has none)."""
    m = _QUALIFIER.match(text, end, min(len(text), end + 60)) or (
        None if whole else _IN_QUALIFIER.match(text, end, min(len(text), end + 80)))
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


# "Gwoza in Borno state", "Sudzha in Russia's Kursk region", "Argelia, in southern Cauca": the area after "in", past
# a compass word and an owner's possessive
_IN_AREA = re.compile(r",?[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west|central)(?:ern)?[ \t]+)?"
                      r"(?:[A-Z][\w.-]*['\u2019]s[ \t]+)?"
                      r"([A-Z][\w.\u2019'-]*(?:[ \t]+[A-Z][\w.\u2019'-]*){0,2})")


def find_in_area(gaz: GazetteerLike, text: str, end: int) -> list[GazRecord]:
    """The first- or second-level areas named by "in X" right after a place (see `_IN_AREA`), longest name first;
    countries are left out (too coarse to confirm a small town's name)."""
    m = _IN_AREA.match(text, end, min(len(text), end + 70))
    if m is None:
        return []
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        recs = [r for r in gaz.lookup(" ".join(words[:n])) if r.feature in ("ADM1", "ADM2")
                and r.kind in (KIND_MAIN, KIND_ALIAS, KIND_ABBREV)]
        if recs:
            return recs
    return []


class Resolver:
    """Scores candidates for all mentions of one article together."""

    def __init__(self, gaz: GazetteerLike, weights: Mapping[str, float]) -> None:
        self.gaz = gaz
        self.w = dict(weights)

    def _area_of_city(self, slot: _Slot, pick: GazRecord) -> GazRecord:
        """"Hodeidah governorate", "Hodeidah province": the text names the area, but the name reaches the
        gazetteer only as the city's (a news spelling of the city). The city's own admin-1 area of the very
        same name is meant. So it is after words that spread over an area ("in rural Kirkuk")."""
        if ((slot.cue not in ("admin", "region") and not slot.wide) or not pick.feature.startswith("PPL")
                or pick.admin1_id is None or (slot.story_cue and not slot.wide)):
            return pick
        area = self.gaz.get(pick.admin1_id)
        # ("Santa Cruz department": the text writes the area's own name, the city's is longer)
        if area is None or area.feature != "ADM1" or (_folded(area.name) != _folded(pick.name)
                                                      and _bare(area.name) != _bare(slot.text)):
            return pick
        return area

    def slots(self, text: str, spans: Sequence[tuple[int, int]]) -> list[_Slot]:
        out = []
        for s, e in spans:
            cands, variant = candidates(self.gaz, text[s:e])
            quals = find_qualifiers(self.gaz, text, e)
            # (a title only hides an area that could qualify the name: "Cordoba, Colombian officials said" names a
            # people, never a qualifier, so the mention reads as a bare one)
            out.append(_Slot(s, e, text[s:e], cands, variant, quals, find_qualifiers(self.gaz, text, e, whole=True),
                             level_cue(text, s, e),
                             bool(quals) and _TITLED.match(text, e, min(len(text), e + 60)) is not None))
        for sl in out:
            # ("in the capital of Pyongyang": a national capital's own name after "the capital of" is the capital)
            if sl.cue == "states" and _CAPITAL_OF.search(text, max(0, sl.start - 25), sl.start) and any(
                    r.feature == "PPLC" and r.kind in (KIND_MAIN, KIND_ALIAS) for r in sl.cands):
                sl.cue = "city"
            sl.wide = _WIDE_BEFORE.search(text, max(0, sl.start - 30), sl.start) is not None
            if sl.text and _at_dateline(text, sl):  # (an odd span past the text's end has no text)
                sl.cands = _dateline_towns(sl)
            sl.area_after = _area_after(self.gaz, text, sl)
            sl.county_after = _county_after(self.gaz, text, sl)
            sl.region_after = _region_after(self.gaz, text, sl)
        # "states such as California or Washington": a cue before a list covers all its items.
        for run in _list_runs(text, out):
            cue = out[run[0]].cue
            for i in run[1:]:
                out[i].cue = out[i].cue or cue
        # "the Belgorod, Kursk and Bryansk regions": a plural level word after a list covers all its items.
        for run in _list_runs(text, out):
            m = _PLURAL_LEVEL_AFTER.match(text, out[run[-1]].end)
            if m is not None:
                for i in run:
                    out[i].cue = out[i].cue or _PLURAL_CUE[m.group(1).lower()]
        # One sense per story: "New York state governor David Paterson ... deaths in New York".
        cues: dict[str, set[str]] = defaultdict(set)
        for sl in out:
            if sl.cue:
                cues[sl.text].add(sl.cue)
        for sl in out:
            if not sl.cue and len(cues.get(sl.text, ())) == 1:
                sl.cue = next(iter(cues[sl.text]))
                sl.story_cue = True
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
        f["exact"] = float(_folded(rec.name) == _folded(slot.text))
        f["variant"] = float(slot.variant)
        f["us"] = float(rec.country == "USA")
        # "Lviv" names the city; the oblast only through an alias.
        f["admin_alias"] = float(rec.feature in ("ADM1", "ADM2") and rec.kind != KIND_MAIN)
        f["level_cue"] = float(_cue_agrees(slot.cue, rec))
        # Population is a log-linear prior; a city of millions is a much safer bet than that suggests.
        f["major_city"] = float(rec.feature.startswith("PPL") and rec.population >= MAJOR_CITY
                                and rec.kind in (KIND_MAIN, KIND_ALIAS))
        return f

    def _score(self, f: Mapping[str, float]) -> float:
        # most features are 0: skip them; (session 26, P37) a plain loop, not `sum` over a generator (called for every
        # candidate in every round of `features`): the same additions in the same order, so the same float
        w = self.w
        total: float = 0
        for k, v in f.items():
            if v:
                total += w.get(k, 0.0) * v
        return total

    def features(self, text: str, slots: Sequence[_Slot], dateline_country: str | None,
                 rounds: int = 2) -> list[list[dict[str, float]]]:
        """Feature dicts per slot per candidate, after `rounds` of context propagation."""
        feats = [[self.prior(sl, r) for r in sl.cands] for sl in slots]
        for i, sl in enumerate(slots):
            if len(sl.cands) > MAX_CANDIDATES:  # "Springfield": keep the likeliest by prior alone
                order = sorted(range(len(sl.cands)), key=lambda k: -self._score(feats[i][k]))[:MAX_CANDIDATES]
                order += _own_cities_of_kept_areas(sl.cands, order)
                sl.cands = [sl.cands[k] for k in order]
                feats[i] = [feats[i][k] for k in order]
        for sl, fs in zip(slots, feats):
            if sl.cands:
                top = max(r.population for r in sl.cands)
                for r, f in zip(sl.cands, fs):
                    f["top_pop"] = float(r.population == top)
        for i, sl in enumerate(slots):
            qual = sl.qualifiers
            # "Tacoma, Washington": an area written right after a place it contains qualifies it.
            prev = slots[i - 1] if i > 0 and _gap_is(_COMMA_GAP, text, slots[i - 1].end, sl.start) else None
            for r, f in zip(sl.cands, feats[i]):
                f["qualifier"] = float(any(_within(r, q) for q in qual))
                f["dateline"] = float(dateline_country is not None and r.country == dateline_country)
                f["qualifies_prev"] = float(prev is not None and r.feature in ("ADM1", "ADM2", "PCLI")
                                            and any(_within(c, r) for c in prev.cands))
        neighbours = _list_neighbours(text, slots)
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
            # Repeats of one name lend it no support: context comes from the story's other names.
            group_c: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
            group_a: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
            group_n: dict[str, int] = defaultdict(int)
            for sl, cm, am in zip(slots, country_mass, admin_mass):
                key = sl.text.lower()
                group_n[key] += bool(sl.cands)
                for k, v in cm.items():
                    group_c[key][k] += v
                for k2, v in am.items():
                    group_a[key][k2] += v
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
                elif t is not None and t.feature == "RGN" and t.admin1_id is not None:
                    named_a[t.admin1_id].add(j)  # a part of a state names the state: "the Nebraska Panhandle"
            # A reading of part of a name ("Old Town" in "Old Town Manassas") is too weak to place others.
            whole_tops = [t if not sl.variant else None for sl, t in zip(slots, tops)]
            city_tops = _city_picks(whole_tops)
            held = _held_places(slots, whole_tops)
            near_others = [[t for t in city_tops.values() if t is not tops[i] and t.name != sl.text]
                           for i, sl in enumerate(slots)]
            for i, sl in enumerate(slots):
                key = sl.text.lower()
                others = max(1, n_with - group_n[key])
                for r, f in zip(sl.cands, feats[i]):
                    if r.country:
                        f["focus_country"] = (tot_c[r.country] - group_c[key].get(r.country, 0.0)) / others
                    if r.admin1_id is not None:
                        f["focus_admin1"] = (tot_a[r.admin1_id] - group_a[key].get(r.admin1_id, 0.0)) / others
                    f["near"] = _nearness(r, near_others[i])
                    f["country_named"] = float(r.country is not None and bool(named_c[r.country] - {i})
                                               and not r.feature.startswith("PCL"))
                    f["admin1_named"] = float(r.admin1_id is not None and bool(named_a[r.admin1_id] - {i})
                                              and r.feature != "ADM1")
                    # "Moscow", "Washington" in a story naming Russia, the United States
                    f["capital_named"] = float(r.feature == "PPLC" and r.country is not None
                                               and bool(named_c[r.country] - {i}))
                    # "Arizona, California, Georgia, Idaho": list items are places of one kind
                    f["list_same"] = float(_same_kind(r, [tops[j] for j in neighbours[i]]))
                    # "Suffolk County" in a story about Southold: the area that holds another named place
                    f["holds_named"] = float(_holds_named(r, held, sl.text))
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
                fallback: bool = False, fallback_for: frozenset[int] = frozenset(),
                local_for: frozenset[int] = frozenset()) -> list[GazRecord | None]:
        """Best candidate per span. With `fallback`, a span with no candidate at all gets the story's
        focus place (used when the caller asserts every span is a toponym: a street or building of the
        story's city is better placed in that city than nowhere); `fallback_for` does so only for the
        spans of these indices. Spans in `local_for` are streets, squares and the like (see
        `recognize.facility_mentions`): they go to the nearest named city (`_local_spot`). Last, on the readings left,
        a wide belt with a level word is read by the dateline's country and a wild feature's namesake abroad is
        dropped (`_dateline_areas_over_regions`, `_foreign_wild_namesakes`)."""
        slots = self.slots(text, spans)
        feats = self.features(text, slots, dateline_country)
        out: list[GazRecord | None] = []
        for sl, fs in zip(slots, feats):
            if not fs:
                out.append(None)
                continue
            scores = [self._score(f) for f in fs]
            order = sorted(range(len(scores)), key=lambda k: -scores[k])
            ranked = [sl.cands[k] for k in order]
            pick = _prefer_state(text, sl, _prefer_qualified(sl, ranked) or _country_qualified(text, sl, ranked)
                                 or _prefer_island(text, sl, ranked) or _prefer_cued(sl, ranked))
            out.append(self._possessor_reading(text, sl, ranked, pick))
        out = _qualified_sense(slots, _sentence_area(text, slots, _sibling_areas(
            slots, _list_area_consensus(text, slots, _list_consensus(text, slots, out)))))
        as_area = _written_as_area(text, slots, out)
        out = _named_country_namesakes(self.gaz, slots, [
            self._area_of_city(sl, _prefer_city(sl, r, i not in as_area)) if r is not None else None
            for i, (sl, r) in enumerate(zip(slots, out))])
        out = _short_form_towns(slots, [_dateline_city(text, sl, r) for sl, r in zip(slots, out)])
        out = _capital_and_province(text, slots, out)
        out = self._national_capitals(text, slots, out, dateline_country)
        # A candidate found only through part of the name ("Brands Hatch" -> Hatch, USA) is kept only
        # when it lies in a country the rest of the story is about; else the focus place is a better bet.
        # (a town its own words type by its country's demonym is no stray: "Oswiecim, the Polish town where the camp
        # stood" in a Cannes story)
        runs = {i: run for run in _list_runs(text, slots) for i in run}
        strays = [i for i in range(len(slots)) if (_stray_town(i, slots, out, dateline_country)
                                                   and not _typed_country_agrees(self.gaz, text, slots[i], out[i])
                                                   and not _listed_abroad(i, runs[i], slots, out)
                                                   and not _side_named_in_sentence(self.gaz, text, slots, i, out[i])
                                                   and not _across_border_from(text, slots, out, i)
                                                   and not _own_area_written(text, slots[i], out[i]))
                  or _compass_part(text, slots[i], out[i]) or _stray_area_of(text, i, slots, out)
                  or _stray_of_one_state(text, i, slots, out)]
        for i in strays:
            out[i] = None
        for i in _foreign_squares(text, slots, out, local_for):
            out[i] = None
        for i in _stray_alternates(slots, out):
            out[i] = None
        for i in _foreign_villages(text, slots, out):
            out[i] = None
        out = _regions_over_foreign_areas(slots, out)
        # (before the story's focus is taken: "SA" read as South Australia would pull the fallbacks there)
        out = _home_areas_over_regions(self.gaz, slots, _story_country_namesakes(
            self.gaz, slots, _bare_compass_areas(slots, _initials_of_story_country(
                self.gaz, slots, _home_towns_over_isles(self.gaz, text, slots, out, dateline_country)))))
        solid = [r for r, sl in zip(out, slots) if r is not None and not sl.variant]
        solid_countries = {r.country for r in solid}
        focus = focus_place(solid) if solid else None
        # ... and a small town read from part of a name ("Buckland Elementary" -> Buckland, Massachusetts)
        # only in an admin-1 area of the story's solid places, when they name any.
        solid_admin1 = {r.admin1_id for r in solid if r.resolution >= 2 and r.admin1_id is not None}
        for i, (r, sl) in enumerate(zip(out, slots)):
            if (r is not None and sl.variant and solid and not _strong(r)
                    and (r.country not in solid_countries
                         or (solid_admin1 and (r.feature.startswith("PPL") or r.feature == "ADM2")
                             and r.admin1_id not in solid_admin1 and not _waters_by_town(sl, r, solid)
                             and not _modifier_town(sl)))):
                # ("Vance Air Force Base" in an Enid, Okla. story is not Vance County, N.C.: a county is no
                # stronger than a small town; "taken to Desaguadero hospital" in a LIMA story is the town itself)
                out[i] = None
            elif (r is not None and sl.variant and solid and r.country not in solid_countries
                  and r.feature.startswith("PPL") and (_FACILITY.search(sl.text) or _BAY.search(sl.text))):
                # "Islington Bay" in an Auckland story, "Liverpool Academy" in Cairo: a facility or bay
                # named after a town abroad is not in that town, however big
                out[i] = None
            elif (r is not None and sl.variant and len(solid) >= 2
                  and (r.feature in ("ADM1", "ADM2") or (r.feature.startswith("PPL") and r.feature != "PPLC"))
                  and r.country not in solid_countries and r.lat is not None and r.lon is not None
                  and all(s.lat is not None and s.lon is not None and _km(r, s) > FEATURE_FAR_KM for s in solid)
                  and not _township_town(sl, r)):
                # "along the Coral Coast" in a Fiji story is not Tanzania's Coast region: a first-level area known
                # only through part of the name, abroad and far from everything the story names, is no reading;
                # nor is a second-level one ("the King Abdullah Canal" in a Jordan story is not King County, USA),
                # nor a city other than a capital ("through Paso Canoas" in a Costa Rica story is not Canoas, Brazil)
                out[i] = None
            elif (r is not None and sl.variant and solid and r.country not in solid_countries
                  and r.feature in ("ADM1", "ADM2") and _COMPASS_START.match(sl.text)):
                # "the Central Plateau" of Haiti is not Nigeria's Plateau state
                out[i] = None
            elif r is not None and sl.variant and (_far_part_town(sl, r, solid)
                                                   or _quarter_of_a_people(sl, r, solid_countries)):
                out[i] = None
            elif r is not None and sl.variant and r.feature == "ADM2" and _TOWNSHIP_END.search(sl.text):
                # "Adams Township" (Butler County, Pa.) is not Adams County, 250 km away: a township is a part of a
                # county, and one the gazetteer lacks is better placed by the story's nearby city
                out[i] = None
            elif (r is not None and sl.variant and _TOWNSHIP_END.search(sl.text) and len(solid_admin1) == 1
                  and r.admin1_id not in solid_admin1):
                # "Washington Township" among Glassboro and Gloucester County, N.J., is not the capital: a township
                # lies in its story's state, however big the town named like it elsewhere (a story whose places
                # read in several states has no such state yet: "Edison Township ... Middlesex County ... Woodbridge"
                # keeps Edison, N.J., while the county and the town still read Massachusetts and California)
                out[i] = None
        solid_cities = [r for r in solid if r.resolution == 4 and r.feature.startswith("PPL")]
        for i, sl in enumerate(slots):
            out[i] = _qualified(sl, out[i], solid_countries, solid_cities)
        for i, sl in enumerate(slots):
            out[i] = _in_region(sl, out[i])
        for i, sl in enumerate(slots):
            host = _host_place(text, slots, out, i)
            if host is not None:
                out[i] = host
        out = _local_namesakes(self.gaz, text, slots, _lede_country_datelines(self.gaz, text, slots,
                                                                             _named_capitals(text, slots, out)))
        # (again once the dateline city is read in its country, for the dateline country's namesakes)
        out = _named_country_namesakes(self.gaz, slots, out, dateline_country)
        out = _partner_namesakes(self.gaz, text, slots, _home_namesakes(self.gaz, text, slots, out, dateline_country))
        out = _one_state_namesakes(self.gaz, slots, _us_written_namesakes(self.gaz, text, slots, out), text,
                                   drop=fallback)
        out = _twin_names(self.gaz, text, slots, _typed_by_demonym(self.gaz, text, slots, _foreign_feature_towns(
            self.gaz, text, slots, _lone_foreign_villages(slots, _foreign_strays(self.gaz, slots, out)))))
        out = _measured_namesakes(self.gaz, text, slots, _far_neighbourhoods(text, slots, _area_by_spread(
            slots, _named_county_towns(text, slots, _town_and_county(self.gaz, text, slots, _city_written_apart(
                slots, out))))))
        # (again once the county rules have read a town in the story's state: two names read out of it, "Clarksville
        # ... Paris" in a Lamar County, Texas story, each kept the other from making the story one state's; moves
        # only, the drops were decided above)
        out = _capitals_pointed_abroad(self.gaz, text, slots, _one_state_namesakes(self.gaz, slots, out, text,
                                                                                   drop=False))
        # (last: the written host city outranks the story's spread and its one sense per name)
        out = _hosted_namesakes(self.gaz, text, slots, _shared_districts(slots, _big_namesakes_over_hamlets(
            self.gaz, slots, out)), _CITY_HOST)
        out = _parts_of_named_city(self.gaz, slots, _neighbourhoods_of_cities(self.gaz, text, slots, out))
        out = _features_in_written_area(text, slots, _hosted_namesakes(self.gaz, text, slots, out, _SHORE_HOST))
        for rule in (_AREA_HOST, _OWNER_HOST, _TITLE_HOST):
            out = _hosted_namesakes(self.gaz, text, slots, out, rule)
        out = _listed_areas_of_country(self.gaz, text, slots, _named_in_area(self.gaz, text, slots, out))
        out = _city_county_sense(self.gaz, text, slots, out)
        out = _places_of_their_town(text, slots, _short_forms(slots, out))
        # "Burgundy Street" in a New Orleans story is no French region: a street known only through the place it is
        # named after lies in the story's city (`_local_spot`), when spans are given as when they are spotted
        # (one with no reading left is placed by the fallback, as before)
        local_for = local_for | {i for i, (sl, r) in enumerate(zip(slots, out))
                                 if r is not None and sl.variant and _STREET_TAIL.search(sl.text)}
        if local_for:
            out = [_local_spot(text, i, slots, out, local_for, focus, solid_countries) if i in local_for else r
                   for i, r in enumerate(out)]
        if (fallback or fallback_for) and any(r is None for r in out):
            # (a focus that a later rule took back, "near Bamma in northern Iraq" no longer China's Bamma, is none)
            if focus is not None and not any(r is not None and r.id == focus.id for r in out):
                focus = None
            focus = focus or focus_place([r for r in out if r is not None])
            found = [(sl.start, r) for sl, r in zip(slots, out) if r is not None]
            placed: dict[str, GazRecord | None] = {}
            for i, (sl, r) in enumerate(zip(slots, out)):
                if r is not None or not (fallback or i in fallback_for):
                    continue
                # one sense per story: later mentions of an unknown name stay where its first one was placed
                if sl.text not in placed:
                    placed[sl.text] = self._typed_spot(text, sl, found, focus, i in fallback_for, dateline_country)
                out[i] = placed[sl.text]
        # (last, on the readings the story is left with: both read the story's other places as decided)
        return _foreign_wild_namesakes(text, slots, _dateline_areas_over_regions(
            self.gaz, text, slots, out, dateline_country), dateline_country)

    def _national_capitals(self, text: str, slots: Sequence[_Slot], out: list[GazRecord | None],
                           dateline_country: str | None) -> list[GazRecord | None]:
        """"KANDAHAR, Afghanistan - ... no word from the capital": "the capital" written as a place is the national
        capital of the dateline's country, else of the one country all the story's other places are in (a capital
        the story does not name is still known). A capitalised "Capital" is a name of its own ("Capital Region")."""
        res = list(out)
        for i, sl in enumerate(slots):
            if not _THE_CAPITAL.fullmatch(sl.text):
                continue
            others = {r.country for j, r in enumerate(out) if j != i and r is not None and r.country is not None
                      and not _THE_CAPITAL.fullmatch(slots[j].text)}
            cc = dateline_country or (next(iter(others)) if len(others) == 1 else None)
            res[i] = self.gaz.capital(cc) if cc is not None else None
        return res

    def _possessor_reading(self, text: str, sl: _Slot, ranked: Sequence[GazRecord], pick: GazRecord
                           ) -> GazRecord:
        """"the USA's West Coast", "China's Guangdong": a country written in the possessive right before the
        name holds it; its best-ranked reading there wins over one abroad."""
        m = _POSSESSOR.search(text, max(0, sl.start - 40), sl.start)
        if m is None:
            return pick
        owners = {r.country for r in self.gaz.lookup(m.group(1))
                  if r.feature.startswith("PCL") and r.kind in (KIND_MAIN, KIND_ALIAS, KIND_ABBREV)}
        if not owners or pick.country in owners:
            return pick
        return next((r for r in ranked if r.country in owners and not r.feature.startswith("PCL")), pick)

    def _typed_spot(self, text: str, sl: _Slot, found: Sequence[tuple[int, GazRecord]],
                    focus: GazRecord | None, typed: bool = True, dateline_country: str | None = None
                    ) -> GazRecord | None:
        """An unknown name typed as a place: the area its own sentence names before it (or a city nearby
        inside that area), else the nearest named city, else the admin area named last before it, else the
        story's focus; when a demonym types it ("the Polish village of X"), only a city of that country, else
        the country itself. A gold span the gazetteer lacks (`typed` False: a street, a building) keeps
        the plain rule, the nearest city either side, else the focus (the rules above, applied to gold spans,
        cost 0.003 of Acc@161 on GWN and 0.001 on GeoVirus)."""
        host = (_written_host(text, sl, found) or _reference_after(self.gaz, text, sl, found)
                or _capital_part(text, sl, found, focus, dateline_country))
        if host is not None:
            return host
        m = _DEMONYM_TYPED.search(text, max(0, sl.start - 60), sl.start)
        cc = demonym_country(self.gaz, m.group(1), countries_only=False) if m else None
        if cc is None and not typed:
            return _street_city(text, sl, found) or _nearby_city(sl.start, found) or focus
        if cc is None:
            # a city named in a later sentence is the next scene of the story more often than this one's; one
            # the reader met before the name sets its scene ahead of one later in its sentence ("the academies
            # in New Cairo ... the home village of Nagrig, ... who cost Liverpool ...")
            # ("a raid in a district of Caloocan City, north of Manila ... a compound in Barangay 176": a city named as
            # a reference point is not the scene)
            before = [(p, r) for p, r in found if p < sl.start]
            scene = [(p, r) for p, r in before if not _REFERENCE_BEFORE.search(text, max(0, p - 30), p)]
            city = _nearby_city(sl.start, scene) or _nearby_city(sl.start, before) or _nearby_city(
                sl.start, [(p, r) for p, r in found if p > sl.start and not SENTENCE_BREAK.search(text, sl.end, p)])
            # "In North Kordofan, fighters attacked the village of X": the area the sentence names holds it,
            # not a city of another province named nearby (El Fasher, North Darfur).
            area = _sentence_area_before(text, sl, found)
            if area is not None:
                return city if city is not None and _within(city, area) else area
            if city is not None and city.country == dateline_country:
                city = self.abroad(text, sl.start, found, city) or city
            return city or _area_before(sl.start, found, NEARBY_CHARS) or _unread_focus(sl.start, found, focus)
        return _nearby_city(sl.start, [(p, r) for p, r in found if r.country == cc]) or self.gaz.country(cc)


    def abroad(self, text: str, start: int, found: Sequence[tuple[int, GazRecord]], city: GazRecord
               ) -> GazRecord | None:
        """"BANGKOK - Myanmar's junta bombed a monastery in Depayin township": the dateline city, the only place the
        story names in its country, is where the reporter files from; an unknown place of a story about another
        country lies there (its city or area named before the name, else the country itself). The other country
        is the one the name's sentence names, else the only one the story names."""
        # ("CONAKRY - ... clashes in Conakry ... barricades in the Ratoma district": a dateline city the story names
        # again is its scene, and a country named only later, "the United States urged calm", is no scene before it)
        if any(r.country == city.country and (r.id != city.id or p > 0) for p, r in found):
            return None
        same = [r for p, r in found if start - SAME_SENTENCE_CHARS <= p < start
                and not SENTENCE_BREAK.search(text, p, start) and r.feature.startswith("PCL")
                and r.country != city.country]
        others = {r.country for p, r in found if r.country is not None and r.country != city.country and p < start}
        cc = same[-1].country if same else (next(iter(others)) if len(others) == 1 else None)
        if cc is None:
            return None
        inside = [(p, r) for p, r in found if r.country == cc and p < start]
        return _nearby_city(start, inside) or _area_before(start, inside, NEARBY_CHARS) or self.gaz.country(cc)


NEARBY_CHARS = 300
# "north of Manila", "south-east of the capital": a place written as a reference point for another
_REFERENCE_BEFORE = re.compile(r"(?i)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:capital\s+)?$")
# "the village of Cellardyke in Fife", "the Gondra district of Uttar Pradesh", "Kampungu, Kavango": the
# place written right after an unknown typed name is the one it lies in.
# ("the city of Kitaakita located in the Akita Prefecture")
# ("the Nur Shams refugee camp near Tulkarm")
# ("grew up in Zwide township outside Port Elizabeth"; "near Ighil, a village about 70 km southwest of Marrakesh";
# "near Ighil, about 70 km south-west of Marrakesh"; "El Plateado, a dissident stronghold in Cauca")
_TYPED_HOST_GAP = re.compile(r"\s*(?:,|(?:\s+(?:(?:refugee|displacement|IDP)\s+)?"
                             r"(?:district|area|region|province|county|village|town|camp|township|suburb|settlement"
                             r"|hamlet))?"
                             r"(?:,?\s+(?:located|situated|lying))?,?\s+(?:in|of|near|outside)"
                             r"|,\s+(?:an?\s+(?:[a-z]+\s+){0,2}(?:village|town|township|hamlet|settlement|commune)\s+)?"
                             r"(?:(?:about|some|around|roughly|nearly)\s+)?\d+\s*(?:km|kilometres|kilometers|miles)"
                             r"\s+(?:\(\d+\s+miles\)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
                             r"|,\s+an?\s+(?:[a-z]+\s+){0,2}(?:village|town|city|municipality|township|hamlet|settlement"
                             r"|commune|stronghold|bastion|enclave|outpost|hub|port|community|neighbou?rhood|suburb"
                             r"|district)"
                             r"\s+in(?:\s+the)?(?:\s+(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?)?)"
                             r"\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s\s+)?")


# "Kuriga in Nigeria's Kaduna state": a country written as the owner of the area after it
_OWNER_COUNTRY = re.compile(r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}['\u2019]s[ \t]+[A-Z]")


def _written_host(text: str, sl: _Slot, found: Sequence[tuple[int, GazRecord]]) -> GazRecord | None:
    """The admin area or city (not a country: too coarse) written right after the slot, if any; past a country
    written as its owner ("a school in Kuriga in Nigeria's Kaduna state": Kaduna state)."""
    for pos, rec in found:
        if sl.end < pos <= sl.end + 80:
            if rec.feature.startswith("PCL") and _OWNER_COUNTRY.match(text, pos):
                continue
            gap = _TYPED_HOST_GAP.fullmatch(text, sl.end, pos)
            return rec if gap is not None and rec.resolution >= 2 and rec.feature not in _CURATED else None
    return None


# "a school in the Dasht-e-Barchi district of the capital": a part of the story country's capital
_OF_THE_CAPITAL = re.compile(r"[ \t]+(?:district|neighbou?rhood|suburb|quarter|area|section)[ \t]+of[ \t]+the[ \t]+"
                             r"(?:country's[ \t]+|nation's[ \t]+)?capital\b")


def _capital_part(text: str, sl: _Slot, found: Sequence[tuple[int, GazRecord]], focus: GazRecord | None,
                  dateline_country: str | None) -> GazRecord | None:
    """An unknown name typed as a part "of the capital" lies in the national capital the story names, of the
    dateline's country, else of the story's focus country."""
    if not _OF_THE_CAPITAL.match(text, sl.end):
        return None
    caps = [r for _, r in found if r.feature == "PPLC"]
    for cc in (dateline_country, focus.country if focus is not None else None):
        hit = next((r for r in caps if cc is not None and r.country == cc), None)
        if hit is not None:
            return hit
    return None


# "the village of Berdychi, northwest of Avdiivka", "Kuriga, 90 km south-west of Kaduna", "X, near Y": the place
# written right after an unknown name as its reference point
_REFERENCE_AFTER = re.compile(r"(?i),?[ \t]+(?:(?:just|about|some|roughly|around)[ \t]+)?"
                              r"(?:(?:\d[\d,.]*|a[ \t]+few|several)[ \t-]*(?:km|kilometres?|kilometers?|miles?)[ \t]+)?"
                              r"(?:(?:(?:north|south)(?:[ \t-]?(?:east|west))?|east|west)[ \t]+of|near|outside)"
                              r"[ \t]+(?:the[ \t]+)?(?:(?:city|town|village)[ \t]+of[ \t]+)?")
REFERENCE_KM = 161.0  # how far a reference point may lie from what it places (beyond, "500 km north of the capital")


def _reference_after(gaz: GazetteerLike, text: str, sl: _Slot, found: Sequence[tuple[int, GazRecord]]
                     ) -> GazRecord | None:
    """The town or district written as the reference point right after an unknown place name ("the village of
    Berdychi, northwest of Avdiivka in the Donetsk region" is by Avdiivka, not at the KYIV dateline), unless the
    distance written is more than REFERENCE_KM. A reference town not yet among the found places is looked up: the
    biggest town of its name in a country the story's found places lie in."""
    m = _REFERENCE_AFTER.match(text, sl.end)
    if m is None:
        return None
    dist = re.search(r"(\d[\d,.]*)[ \t-]*(km|kilomet|mile)", m.group(0), re.IGNORECASE)
    if dist is not None:
        try:
            km = float(dist.group(1).replace(",", "")) * (1.609 if dist.group(2).lower() == "mile" else 1.0)
        except ValueError:
            return None
        if km > REFERENCE_KM:
            return None
    for p, r in found:
        if p == m.end() and (r.feature.startswith("PPL") or r.feature == "ADM2"):
            return r
    name = _REFERENCE_NAME.match(text, m.end())
    countries = {r.country for _, r in found if r.country is not None}
    if name is None or not countries:
        return None
    towns = [r for r in gaz.lookup(name.group(0)) if r.country in countries and r.feature.startswith("PPL")
             and r.kind in (KIND_MAIN, KIND_ALIAS, KIND_ALTERNATE) and r.lat is not None and r.lon is not None]
    return max(towns, key=lambda r: r.population) if towns else None


_REFERENCE_NAME = re.compile(r"[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2}")


def _is_sub_country_area(rec: GazRecord) -> bool:
    """An admin area or a named region of one country ("Sagaing", "Rakhine State"), not a sea or a country."""
    return rec.resolution in (2, 3) and rec.country is not None and rec.feature in ("ADM1", "ADM2", "RGN")


def _sentence_area_before(text: str, sl: _Slot, found: Sequence[tuple[int, GazRecord]]) -> GazRecord | None:
    """The nearest admin area written before the slot in its own sentence, if any."""
    near = [(p, r) for p, r in found if sl.start - SAME_SENTENCE_CHARS <= p < sl.start and _is_sub_country_area(r)
            and not SENTENCE_BREAK.search(text, p, sl.start)]
    return max(near, key=lambda x: x[0])[1] if near else None


def _area_before(pos: int, found: Sequence[tuple[int, GazRecord]], chars: int) -> GazRecord | None:
    """"Resistance forces captured a base in the Sagaing region ... near Kawlin township": with no city
    nearby, an unknown place lies in the admin area written last before it (within `chars`), rather
    than in the story's most-named city."""
    near = [(p, r) for p, r in found if pos - chars <= p < pos and _is_sub_country_area(r)]
    return max(near, key=lambda x: x[0])[1] if near else None


def _unread_focus(pos: int, found: Sequence[tuple[int, GazRecord]], focus: GazRecord | None) -> GazRecord | None:
    """The story's focus, unless the reader has not met it yet: a place the story names only later
    ("In Mandalay, soldiers arrested ..." after "a monastery in Wetlet township") does not hold an unknown
    place when an admin area was named before it; that area does."""
    if focus is not None and any(p < pos and r.id == focus.id for p, r in found):
        return focus
    return _area_before(pos, found, pos) or focus


# "the Polish village of X", "a Syrian border town called X": the demonym names the country of the place
_DEMONYM_TYPED = re.compile(r"\b([A-Z][a-z]+)\s+(?:border\s+)?(?:village|town|city|hamlet|settlement|district|port"
                            r"|island|province|region)\s+(?:of|called|named)\s+$")
# Words that make a name a facility or a sub-city feature ("Loyola University", "Barclays Center").
_FACILITY = re.compile(r"\b(?:University|College|School|Academy|Institute|Hospital|Clinic|Church|Chapel|"
                       r"Cathedral|Basilica|Mosque|Temple|Airport|Stadium|Arena|Cent(?:er|re)|Court|Tower|"
                       r"Mall|Station|Hall|Castle|Palace|Park|Street|Avenue|Road|Square|Bridge|Campus|Prison|"
                       r"Jail|Hotel|Estate|Embassy|Consulate|Museum|Library|Theat(?:er|re)|Market|Zoo|"
                       r"Lagoon|Beach|Harbou?r|Port|Base|Camp|Plaza|Gardens?)\b")
_HOST_GAP = re.compile(r"(?:,|\s+in|\s+at|,\s+in)\s+(?:the\s+)?$")


_AREA_LIST = re.compile(r"\s*(?:,\s*[A-Z]|,?\s+(?:and|or|&)\s+[A-Z])")


def _county_after(gaz: GazetteerLike, text: str, slot: _Slot) -> frozenset[str | None]:
    """"Thruxton, Hampshire": the countries of the admin-2 areas written after the name, less those where a town
    has that name ("Oklahoma City, Tulsa and ..." is a list, since Tulsa is a town of the same country)."""
    if not _area_after(gaz, text, slot, "ADM2"):
        return frozenset()
    m = _QUALIFIER.match(text, slot.end)
    towns = {r.country for r in gaz.lookup(m.group(1)) if r.feature.startswith("PPL")} if m is not None else set()
    return frozenset(q.country for q in slot.whole_qualifiers if q.feature == "ADM2") - towns


def _area_after(gaz: GazetteerLike, text: str, slot: _Slot, feature: str = "ADM1") -> bool:
    """"Stroud, Ontario, Canada": an admin-1 area written after the name, whose name is no city's of its own country
    (not "Copenhagen, Hamburg"; a namesake abroad counts when the name has no reading there) and which does not
    open a list ("Saipan, Guam, Alaska"). For admin-2 areas the towns of that name are weighed per country
    (`_county_after`)."""
    areas = [q for q in slot.whole_qualifiers if q.feature == feature]
    if not areas or not _COMMA_GAP.match(text, slot.end):
        return False
    m = _QUALIFIER.match(text, slot.end)
    if m is None or _AREA_LIST.match(text, m.end()) and not any(
            r.feature.startswith("PCL") for r in _following_country(gaz, text, m.end())):
        return False
    # "Agadez, Sahel": a name that is also a region across countries (the Sahel, not Burkina Faso's Sahel region)
    # does not say which first-level area the place lies in
    after = gaz.lookup(m.group(1))
    if any(r.feature in _CURATED and r.country is None and r.kind in (KIND_MAIN, KIND_ALIAS) for r in after):
        return False
    if feature != "ADM1":
        return True
    towns = {r.country for r in after if r.feature.startswith("PPL")}
    # "Stroud, Ontario": towns of the area's name abroad only (Ontario, California) do not make it a list when the
    # place has a reading in the area's own country ("Copenhagen, Hamburg" stays a list: Hamburg is a German city)
    own = {q.country for q in areas}
    return not towns or (not towns & own and any(r.country in own for r in slot.cands))


# How far from a curated region's point a town still counts as inside it (Yorkshire, Kashmir, Darfur: a few hundred
# km across; the towns this moves lie farther off, in another part of the country).
REGION_KM = 90.0


def _region_after(gaz: GazetteerLike, text: str, slot: _Slot) -> GazRecord | None:
    """A curated region of one country (see `_is_sub_country_area`) that is all the capitalised words after
    the comma after the name, ending its phrase: "23/24 June: Croft, Yorkshire."."""
    if not slot.cands or slot.whole_qualifiers:
        return None
    m = _QUALIFIER.match(text, slot.end, min(len(text), slot.end + 60))
    name = m.group(1).rstrip(".") if m is not None else ""  # ("Yorkshire." ends the sentence)
    if m is None or not _PHRASE_END.match(text, m.start(1) + len(name)):
        return None
    regions = [r for r in gaz.lookup(name) if r.feature == "RGN" and _is_sub_country_area(r)
               and r.kind in (KIND_MAIN, KIND_ALIAS)]
    return regions[0] if len(regions) == 1 else None


def _in_region(slot: _Slot, pick: GazRecord | None) -> GazRecord | None:
    """"Croft, Yorkshire": a town read outside the region written after it (the gazetteer's Crofts lie in
    Leicestershire and Cheshire) gives way to a reading inside it, else to the region itself."""
    region = slot.region_after
    # only county-sized regions (resolution 3: Yorkshire, County Down) and towns under 100,000: a city written with
    # a large region ("Nyala, Darfur", "Mariupol, Donbas") lies far from the region's middle and is read right
    if (region is None or pick is None or not pick.feature.startswith("PPL") or region.resolution != 3
            or pick.population >= SMALL_TOWN or close_km(pick, region, REGION_KM)):
        return pick
    inside = [r for r in slot.cands if r.feature.startswith("PPL") and close_km(r, region, REGION_KM)]
    return max(inside, key=lambda r: r.population) if inside else region


# a full stop and a space inside the words after a comma: the sentence ends there ("Stroud, Ontario, Canada. He ...")
_SENTENCE_BREAK = re.compile(r"\.\s")


def _following_country(gaz: GazetteerLike, text: str, pos: int) -> list[GazRecord]:
    m = _QUALIFIER.match(text, pos)
    if m is None:
        return []
    name = _SENTENCE_BREAK.split(m.group(1))[0]
    return gaz.lookup(name) or gaz.lookup(name.rstrip("."))


def _qualified(slot: _Slot, pick: GazRecord | None, countries: set[str | None],
               cities: Sequence[GazRecord] = ()) -> GazRecord | None:
    """"Camp Murray, Wash.": when the name itself is unknown or only partly matched and none of its
    readings lies in the admin area or country written after it, that area is the safest place (a
    careful coder lands within it), or the story's most-named city inside that area. A town read whole is
    moved too when an admin-1 area alone is written after it (`_area_after`)."""
    # A town that has the name only as an alternate spelling is no reading of its own: "Kalam in the Swat
    # Valley" is not Kallam, India.
    alternate = pick is not None and pick.kind == KIND_ALTERNATE and pick.feature.startswith("PPL")
    # "Stroud, Ontario", "Bradford, Ontario court": a town read whole outside the admin area written right
    # after it (the gazetteer lacks the Ontario ones) is wrong too; a country after it is too coarse to say.
    # ("Sevastopol, Crimea": a city that is a first-level area of its own lies in no other; the area written after
    # it is the one around it)
    misplaced = pick is not None and pick.feature.startswith("PPL") and not slot.titled and slot.area_after \
        and (pick.admin1_id is not None or all(q.country != pick.country for q in slot.qualifiers)) \
        and not (pick.admin1 is not None and _folded(pick.admin1) == _folded(pick.name))
    # "Thruxton, Hampshire": the only Thruxton the gazetteer holds is filed under another county of the same
    # country (Herefordshire), so it is another town of that name
    misplaced = misplaced or (pick is not None and pick.feature.startswith("PPL") and not slot.titled
                              and pick.country in slot.county_after and pick.admin2 is not None
                              and any(q.feature == "ADM2" and q.country == pick.country
                                      for q in slot.whole_qualifiers)
                              and not any(q.feature == "ADM2" and _folded(q.name) == _folded(pick.admin2)
                                          for q in slot.whole_qualifiers))
    # (a town filed under no admin-1 area, "Letterkenny, County Donegal", cannot be said to lie outside it)
    quals = [q for q in slot.qualifiers if q in slot.whole_qualifiers or alternate or misplaced]
    # A name read whole keeps its reading: "Miami, West Palm Beach" is a list, not a qualifier.
    if not quals or (pick is not None and not slot.variant and not alternate and not misplaced) or any(
            _within(r, q) for r in slot.cands for q in quals):
        return pick
    # a town of the area's country that the gazetteer files under no admin-1 area (a curated row: "Stroud", Ontario)
    # cannot be said to lie outside it, and is nearer than the area's middle
    unfiled = [r for r in slot.cands if misplaced and r.feature.startswith("PPL") and r.admin1_id is None
               and any(q.feature == "ADM1" and q.country == r.country for q in quals)]
    if unfiled:
        return max(unfiled, key=lambda r: r.population)
    best = sorted(quals, key=lambda q: (q.country not in countries, q.feature == "ADM2"))[0]
    # "CAMP MURRAY, Wash." in a story about Seattle: the story's own city in that area is closer than the
    # area's middle.
    inside = Counter(c.id for c in cities if best.feature in ("ADM1", "ADM2") and _within(c, best))
    if inside:
        top = max(inside, key=lambda k: inside[k])
        return next(c for c in cities if c.id == top)
    return best


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


STRAY_TOWN = 20_000
# A mid-sized town (under 100,000) far from the story needs more evidence: two specific places elsewhere.
STRAY_MID_TOWN = 100_000


_PEAK_WORD = re.compile(r"(?i)\b(?:mount|mt|mont|monte|volcano|volcanoes|peaks?|mountains?|ben|jabal|jebel|cerro|"
                        r"nevado)\b")


def _stray_town(i: int, slots: Sequence[_Slot], out: Sequence[GazRecord | None], dateline_country: str | None
                ) -> bool:
    """A small town in a country that none of the story's other places is in ("Glenrock", Wyoming,
    in a story about Newcastle, Australia) is most likely a place the gazetteer lacks: on the dev
    corpora, small towns in a country no other place of the story was in were wrong 13 times in 14.
    A town of 20,000 to 100,000 (not a capital) is dropped only when the story names two specific places
    elsewhere ("Delft" in a story about Khayelitsha, Cape Town and the Western Cape), or one when the town has the
    name only as a far spelling of its own."""
    r = out[i]
    # (a mountain written by its bare name, "Mayon" in a story about Luxembourg, is a surname or a word as often)
    peak = r is not None and r.feature == "MT" and not _PEAK_WORD.search(slots[i].text)
    if (r is None or not (r.feature.startswith("PPL") or peak) or (r.population >= STRAY_MID_TOWN and not peak)
            or slots[i].qualifiers or (r.population >= STRAY_TOWN and r.feature == "PPLC")):
        return False
    others = [o for j, o in enumerate(out) if o is not None and o.id != r.id and slots[j].text != slots[i].text]
    # The story must be somewhere else in earnest (a state or a city there, not just a country named
    # in passing: "Allendale residents protested tariffs on Canada"), and not datelined in the town's country.
    earnest = {o.id for o in others if o.resolution >= 2 and o.feature not in _CURATED}
    # (a town reached only through another language's name for it, "Mayon" for Megion, Russia, in a story about
    # Luxembourg, needs no more evidence than a small town: the name is far more likely something else)
    # ("Clacton" for Clacton-on-Sea is the short form of its own name)
    foreign_name = (r.kind == KIND_ALTERNATE and not _close_spelling(slots[i].text, r.name)
                    and not _bare(r.name).startswith(_bare(slots[i].text)))
    # (a reading found only through part of a longer name does not put the story in its country: "Agnes Jones House"
    # read as Jones County, USA, does not vouch for "the Republic" as Republic, Missouri, in a story about Derry)
    whole = [o for j, o in enumerate(out) if o is not None and o.id != r.id and slots[j].text != slots[i].text
             and not slots[j].variant]
    return (len(earnest) >= (1 if r.population < STRAY_TOWN or foreign_name or peak else 2)
            and all(o.country != r.country for o in whole) and r.country != dateline_country)


# "Shopian district", "Kasese district", "Marsabit county": a level word written after a town's name
_AREA_WORD_AFTER = re.compile(r"[ \t]+(?:district|District|county|County|province|Province|municipality|prefecture|"
                              r"governorate|division|tehsil|taluka|block|local[ \t]+government)\b")


def _own_area_written(text: str, sl: _Slot, r: GazRecord | None) -> bool:
    """A small town written with its area's level word ("in the Keller forest area of Shopian district") is no stray
    when the name also reads as an area of the town's country there: the word vouches for the reading, however small
    the town and whatever namesake abroad the rest of the story took."""
    return (r is not None and _AREA_WORD_AFTER.match(text, sl.end) is not None
            and any(c.feature in ("ADM1", "ADM2") and c.country == r.country and close_km(c, r, _UNFILED_KM)
                    for c in sl.cands))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _side_named_in_sentence(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], i: int, r: GazRecord | None
                            ) -> bool:
    """A town abroad whose country's people are named in its own sentence is the other side of the story, no stray:
    "Israeli aircraft struck the Bekaa ... a day after rockets hit Kiryat Shmona" in a Lebanon story. (A demonym
    inside a place's name, "the French Quarter", names no people.)"""
    if r is None or r.country is None or r.kind not in (KIND_MAIN, KIND_ALIAS):
        return False
    sl = slots[i]
    lo = max(text.rfind(". ", 0, sl.start), text.rfind("\n", 0, sl.start)) + 1
    hi = text.find(". ", sl.end)
    words = {m.group(0) for m in _CAPITALISED.finditer(text, lo, len(text) if hi < 0 else hi)
             if not any(s.start <= m.start() < s.end for s in slots)}
    return any(demonym_country(gaz, w) == r.country for w in words)


# "Spin Boldak, across from Chaman", "Ciudad Juarez, across the border from El Paso", "opposite Kasindi"
_ACROSS_FROM = re.compile(r",?[ \t]+(?:just[ \t]+)?(?:across(?:[ \t]+the[ \t]+(?:border|river|frontier))?[ \t]+from|"
                          r"opposite)[ \t]+(?:the[ \t]+(?:\w+[ \t]+)?(?:town|city)[ \t]+of[ \t]+)?", re.IGNORECASE)
# border twin towns lie this close
TWIN_TOWN_KM = 60.0


def _across_border_from(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int) -> bool:
    """A town written as facing a town of another country ("Spin Boldak, across from Chaman") is one of a pair
    of border towns, no stray of the other's country: the two sides of a crossing are both the story's places."""
    r = out[i]
    if r is None:
        return False
    pairs = [(i, i + 1)] if i + 1 < len(slots) else []
    pairs += [(i - 1, i)] if i > 0 else []
    for a, b in pairs:
        o = out[b if a == i else a]
        if (o is not None and o.country is not None and o.country != r.country
                and _ACROSS_FROM.fullmatch(text, slots[a].end, slots[b].start) is not None
                and r.lat is not None and o.lat is not None and _km(r, o) <= TWIN_TOWN_KM):
            return True
    return False


def _listed_abroad(i: int, run: Sequence[int], slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> bool:
    """A town listed among countries that are not the story's ("unlike the Zaire, Bundibugyo, Cote d'Ivoire and Sudan
    strains" in a story on Philippine pig farms) is one of the far places the list is about, no stray of the story:
    at least one list item reads a country abroad and no item reads a place in the story's own countries."""
    r = out[i]
    if r is None or len(run) < 2:
        return False
    items = [out[j] for j in run if j != i]
    home = {o.country for j, o in enumerate(out) if o is not None and j not in run and o.resolution >= 2
            and not slots[j].variant}
    return (any(o is not None and o.feature.startswith("PCL") and o.country not in home for o in items)
            and all(o is None or o.country not in home for o in items))


def _stray_of_one_state(text: str, i: int, slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> bool:
    """`_stray_town` one level down, for local news: in a story datelined "TOWN, State" whose places below country
    level all lie in that state (two towns or counties at least), a small town read in another state and farther
    than FAR_KM from all of them is most likely a local place the gazetteer lacks ("a Powell man" in a KNOXVILLE, Tenn. story about Knox and Anderson counties read
    Powell, Ohio)."""
    r, sl = out[i], slots[i]
    # (a county of another state read from a bare name is no likelier: "near Thurston" in a EUGENE, Ore. story is
    # not Thurston County, Wash.; local news names its counties with the word)
    bare_county = r is not None and r.feature == "ADM2" and r.country == "USA" and not _COUNTY_WORD.search(sl.text)
    if (r is None or not (r.feature.startswith("PPL") or bare_county)
            or (r.population >= STRAY_TOWN and not bare_county) or sl.qualifiers or sl.cue or sl.variant
            or r.admin1_id is None or r.lat is None or r.lon is None):
        return False
    # (every place below country level the story names, at home and abroad: "Wadi Halfa" in a story about
    # Khartoum, Aswan and Cairo is no local story's stray)
    others = [o for j, o in enumerate(out) if o is not None and slots[j].text != sl.text and not slots[j].variant
              and not o.feature.startswith("PCL") and o.feature not in _CURATED]
    spots = {o.id: o for o in others if o.resolution >= 3 and o.feature not in _CURATED
             and o.lat is not None and o.lon is not None}
    areas = {(o.country, o.id if o.feature == "ADM1" else o.admin1_id) for o in others}
    # (a local dateline: "Bird Flu Laboratory at Weybridge" in a story about Fife and Glasgow is told from afar)
    qualified = [s for s, o in zip(slots, out)
                 if s.qualifiers and o is not None and (o.country, o.admin1_id) in areas]
    dated = any(_at_dateline(text, s) for s in qualified)
    # (or, with no dateline, a town written with its state and two more towns or counties of that state: "Columbus,
    # Miss., the seat of Lowndes County ... Voters in Caledonia and Artesia" is a local story too)
    local = len(spots) >= (2 if dated else 3) and bool(qualified)
    return (local and len(areas) == 1 and (r.country, r.admin1_id) not in areas and next(iter(areas))[0] == r.country
            and all(_km(r, o) > FAR_KM for o in spots.values()))


_AREA_OF_BEFORE = re.compile(r"(?i)\bthe\s+$")
_AREA_OF_AFTER = re.compile(r"\s+area\b")


def _stray_area_of(text: str, i: int, slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> bool:
    """"business owners from the Gateway area" in a story about Springfield, Oregon: "the X area" names part
    of the story's own surroundings, so a small town of that name in a state none of the story's other places
    is in (Gateway, Florida) is a neighbourhood the gazetteer lacks, not that town."""
    r, sl = out[i], slots[i]
    if (r is None or not r.feature.startswith("PPL") or r.population >= STRAY_TOWN or sl.qualifiers
            or not _AREA_OF_BEFORE.search(text, max(0, sl.start - 5), sl.start)
            or not _AREA_OF_AFTER.match(text, sl.end)):
        return False
    others = [o for j, o in enumerate(out) if o is not None and j != i and slots[j].text != sl.text
              and o.resolution >= 2 and o.feature not in _CURATED]
    return len(others) >= 2 and all(o.admin1_id != r.admin1_id for o in others)


# The last word of a street's, a square's or a canal's name ("Royal Street", "Washington Square").
_LOCAL_TAIL = re.compile(r"[ \t](?:Street|Avenue|Road|Lane|Drive|Boulevard|Square|Canal|Park|Plaza)$")


def _foreign_squares(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None], local: frozenset[int]
                     ) -> list[int]:
    """Streets and squares read as a small town of another state than the story's: "Washington Square" in a
    New Orleans story is the square there, not Washington Square, Pennsylvania (a town the gazetteer has). When
    the story names admin-1 areas of the town's country (or cities in them) and not the town's own, the reading
    is dropped; the caller places the street in the story's city instead."""
    areas: dict[str | None, set[int]] = defaultdict(set)
    for j, r in enumerate(out):
        if r is not None and j not in local and r.admin1_id is not None and r.feature not in _CURATED and (
                r.feature == "ADM1" or r.resolution >= 4) and not _streetish(text, slots[j]):
            areas[r.country].add(r.admin1_id)
    return [i for i, (sl, r) in enumerate(zip(slots, out))
            if r is not None and (i in local or _streetish(text, sl)) and r.feature.startswith("PPL")
            and r.population < SMALL_TOWN and areas.get(r.country) and r.admin1_id not in areas[r.country]]


# "the corner of State and Hubbard streets": names before a plural street word are streets
_STREETS_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?"
                            r"\s+(?:streets|avenues|roads|boulevards)\b")


# A lake, reservoir or dam named after the town on its shore ("Gatun Lake" by Gatún, "Kainji Dam" by Kainji)
_WATERS_END = re.compile(r"[ \t](?:Lake|Reservoir|Dam|Barrage|Lagoon)$")
_WATERS_HEAD = re.compile(r"(?:Lake|Reservoir)[ \t]")
# The shore town lies this close to one of the story's places (a reservoir often lies in the next province).
WATERS_TOWN_KM = 150.0


def _waters_by_town(sl: _Slot, town: GazRecord, solid: Sequence[GazRecord]) -> bool:
    """"water levels in Gatun Lake" in a Panama City story: a lake or a dam the gazetteer lacks, read as the town of
    its name in the story's country, is that town's even when the town lies in another province than the story's
    places, as long as it is near one of them: the water is named after the town on its shore. A school or a company
    named after a town ("Buckland Elementary") is no such neighbour."""
    if not (_WATERS_END.search(sl.text) or _WATERS_HEAD.match(sl.text)) or not town.feature.startswith("PPL"):
        return False
    return any(s.country == town.country and close_km(s, town, WATERS_TOWN_KM) for s in solid)


def _streetish(text: str, slot: _Slot) -> bool:
    """A street's or a square's name: "Royal Street", "Washington Square", "Hubbard" in "State and Hubbard
    streets"."""
    return _LOCAL_TAIL.search(slot.text) is not None or _STREETS_AFTER.match(text, slot.end) is not None


def _stray_alternates(slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> list[int]:
    """A small town that has the name only as an alternate name ("South Side" is an alternate name of
    Eltingville, New York) in an admin-1 area none of the story's other places is in, while the story names
    places in one other admin-1 area of that country: the name is most likely a part of the story's own city
    or area that the gazetteer lacks. Close spellings ("Valdai" for Valday) and stories spread over several
    areas of the country (a list of Kenya's flooded districts) keep the reading."""
    areas: dict[str | None, set[int]] = defaultdict(set)
    for sl, r in zip(slots, out):
        # (a big city reached by a short form of its name, "Muharraq" for Al Muharraq, places its area as well)
        if (r is not None and not sl.variant and (r.kind != KIND_ALTERNATE or r.population >= SMALL_TOWN)
                and r.admin1_id is not None and r.resolution >= 2 and r.feature not in _CURATED):
            areas[r.country].add(r.admin1_id)
    return [i for i, (sl, r) in enumerate(zip(slots, out))
            if r is not None and r.kind == KIND_ALTERNATE and r.feature.startswith("PPL")
            and r.population < STRAY_TOWN and not sl.qualifiers and len(areas.get(r.country, ())) == 1
            # (a town with no admin-1 area in the data is in no *other* area: "near Makhmur" is Mexmur, Iraq)
            and r.admin1_id is not None and r.admin1_id not in areas[r.country]
            and not _close_spelling(sl.text, r.name)]


# "the nearby village of Kut", "the village of Hassan Khel": the text types the name as a village
_VILLAGE_BEFORE = re.compile(r"(?i)\b(?:village|hamlet)\s+of\s+(?:the\s+)?$")
_VILLAGE_AFTER = re.compile(r"[ \t]+village\b")


def _foreign_villages(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> list[int]:
    """A name the text calls a village, read as a city of 100,000+, through another spelling or through part of
    its name (Al-Kut, Iraq for "the village of Kut" in an Armenian border story; Hassan, India for "the village of
    Hassan Khel" in Pakistan), in a country none of the story's other places is in: the village is one the
    gazetteer lacks. The reading is dropped; the caller places a typed name near the story's places."""
    drop = []
    for i, (sl, r) in enumerate(zip(slots, out)):
        if r is None or not (_VILLAGE_BEFORE.search(text, max(0, sl.start - 30), sl.start)
                             or _VILLAGE_AFTER.match(text, sl.end)):
            continue
        if not (sl.variant or r.kind == KIND_ALTERNATE or r.population >= STRAY_MID_TOWN):
            continue
        others = {o.country for s2, o in zip(slots, out)
                  if o is not None and not s2.variant and _folded(s2.text) != _folded(sl.text)}
        if others and r.country not in others:
            drop.append(i)
    return drop


def _regions_over_foreign_areas(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"jihadist groups in the Sahel" in a story about Mali: a first-level area of a country none of the story's
    other places is in (Burkina Faso's Sahel region), named exactly like a curated region across countries, is that
    region ("Islamic State Sahel Province" made the word a province by its capital P)."""
    res = list(out)
    for i, (sl, r) in enumerate(zip(slots, out)):
        if r is None or r.feature != "ADM1" or sl.variant:
            continue
        region = next((c for c in sl.cands if c.country is None and c.feature in ("RGN", "CONT")
                       and _folded(c.name) == _folded(r.name)), None)
        others = {o.country for s2, o in zip(slots, out)
                  if o is not None and not s2.variant and _folded(s2.text) != _folded(sl.text)}
        if region is not None and others and r.country not in others:
            res[i] = region
    return res


_TOWNSHIP_END = re.compile(r"\s(?:Township|Twp\.?)$")
# Islands and lakes: curated ones carry a city-sized weight (Skye, Mull, Iona) that a town named so at home must not lose to
_ISLES = frozenset({"ISL", "ISLS", "LK"})


def _township_town(sl: _Slot, r: GazRecord) -> bool:
    """"Edison Township" read as Edison, N.J.: a US township is the municipality of the town it is named for, no
    chance match of part of its name (the story's other places may still read abroad at this point: "Middlesex
    County ... New Brunswick" is read in Canada until the county and its town are read together)."""
    head = _TOWNSHIP_END.sub("", sl.text)
    return (head != sl.text and r.country == "USA" and r.feature.startswith("PPL")
            and _folded(r.name) == _folded(head))


def _home_towns_over_isles(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None],
                           dateline_country: str | None) -> list[GazRecord | None]:
    """"MELBOURNE, Australia - residents of Skye": an island or lake abroad named like a town of the dateline's
    country is that town when the story names no other place in the island's country and no word calls it an
    island ("the Isle of Skye", "Skye island" keep the island)."""
    if dateline_country is None:
        return out
    res = list(out)
    for i, (sl, r) in enumerate(zip(slots, out)):
        if (r is None or sl.variant or r.feature not in _ISLES or r.country in (None, dateline_country)
                or _island_written(text, sl)):
            continue
        if any(o is not None and o.country == r.country and _folded(s.text) != _folded(sl.text)
               for s, o in zip(slots, out)):
            continue
        # (looked up again: `candidates` drops small towns named exactly like a curated feature)
        home = [c for c in gaz.lookup(sl.text) if c.country == dateline_country and c.feature.startswith("PPL")
                and c.kind in (KIND_MAIN, KIND_ALIAS)]
        if home:
            res[i] = max(home, key=lambda c: c.population)
    return res


def _close_spelling(a: str, b: str) -> bool:
    """A transliteration ("Valdai" / "Valday"), not another name for the place ("South Side" / Eltingville)."""
    return SequenceMatcher(None, _folded(a), _folded(b)).ratio() >= 0.75


# "Northern Europe", "West Nile virus": a compass word before a continent, ocean or river makes a region
# the gazetteer lacks, or something else; the whole feature is no reading of it.
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Central|Upper|Lower)(?:east|west)?(?:ern)?[ \t]+$")
_WIDE = frozenset({"CONT", "OCN", "STM"})
_COMPASS_START = re.compile(r"(?:North|South|East|West|Central|Upper|Lower)(?:east|west)?(?:ern)?[ \t]")


def _compass_part(text: str, slot: _Slot, pick: GazRecord | None) -> bool:
    return (pick is not None and pick.feature in _WIDE
            and _COMPASS_BEFORE.search(text, max(0, slot.start - 16), slot.start) is not None)


def _prefer_qualified(slot: _Slot, ranked: Sequence[GazRecord]) -> GazRecord | None:
    """"Parkland, Florida": a town named with the area it is in is the town of that name in that area,
    however the story's other places lean (the best-ranked such town; None when the top one is in it)."""
    top = ranked[0]
    if top.feature == "ADM1" and slot.qualifiers and not slot.variant and not slot.titled:
        return _area_of_qualifier(slot, ranked)
    # (the top reading may be a same-named second-level area abroad: "Newport, Rhode Island" in a story datelined
    # in Newport, Wales, whose city is also its county borough)
    if not slot.qualifiers or slot.variant or slot.titled or not (top.feature.startswith("PPL") or top.feature == "ADM2") \
            or any(_within(top, q) for q in slot.qualifiers):
        return None
    inside = [r for r in ranked[1:] if r.feature.startswith("PPL") and any(_within(r, q) for q in slot.qualifiers)]
    # (a town that has the name only as an alternate counts when the area holds no town named so outright: "Chilapa,
    # Guerrero" is Chilapa de Alvarez, not the Veracruz village named Chilapa)
    return (next((r for r in inside if r.kind in (KIND_MAIN, KIND_ALIAS)), None)
            or next((r for r in inside if r.kind == KIND_ALTERNATE
                     and any(q.feature == "ADM1" and _within(r, q) for q in slot.qualifiers)), None))


def _area_of_qualifier(slot: _Slot, ranked: Sequence[GazRecord]) -> GazRecord | None:
    """"Western Province, Solomon Islands", "Punjab, India": a first-level area named with its country is that
    country's area of the name (None when the top reading is already in it or the country has none)."""
    owners = {q.country for q in slot.qualifiers if q.feature.startswith("PCL")}
    if not owners or ranked[0].country in owners:
        return None
    return next((r for r in ranked[1:] if r.feature == "ADM1" and r.country in owners), None)


# "the embassy of Georgia in the United States": a state's office abroad, not a place inside the host country
_ENVOY_OF = re.compile(r"\b(?:embassy|embassies|ambassadors?|consulates?|consuls?|envoys?|missions?|delegations?)"
                       r"\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _island_written(text: str, slot: _Slot) -> bool:
    """The text calls the name an island ("Pemba island", "the island of Pemba")."""
    return bool(_ISLAND_AFTER.match(text, slot.end, min(len(text), slot.end + 8))
                or _ISLAND_BEFORE.search(text, max(0, slot.start - 20), slot.start))


def _prefer_island(text: str, slot: _Slot, ranked: Sequence[GazRecord]) -> GazRecord | None:
    """"the wilder island of Pemba", "Pemba island": an island of that name over the mainland town (no level cue: the
    island may be known only as a town, "the Greek island of Ithaca")."""
    if slot.variant or ranked[0].feature in ("ISL", "ISLS") or not _island_written(text, slot):
        return None
    return next((r for r in ranked[1:] if r.feature in ("ISL", "ISLS") and r.kind in (KIND_MAIN, KIND_ALIAS)), None)


def _country_qualified(text: str, slot: _Slot, ranked: Sequence[GazRecord]) -> GazRecord | None:
    """"Georgia in the United States", "Luxembourg, Belgium": a country's name written with another country after
    it names a first-level area of that name inside the other country (only first-level areas: "Lebanon in the
    United States" is no town of Pennsylvania; and not after "the embassy of")."""
    top = ranked[0]
    if not slot.qualifiers or slot.variant or slot.titled or not top.feature.startswith("PCL") \
            or _ENVOY_OF.search(text, max(0, slot.start - 40), slot.start):
        return None
    others = [q for q in slot.qualifiers if q.feature.startswith("PCL") and q.country != top.country]
    return next((r for r in ranked[1:] if r.feature == "ADM1" and r.kind in (KIND_MAIN, KIND_ALIAS)
                 and any(_within(r, q) for q in others)), None)


def _qualified_sense(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """One sense per story: "Parkland, Florida" ... "the Parkland students": a name read in the area
    written after it keeps that reading at its other, unqualified mentions."""
    # keyed by the folded name: a dateline's "PARIS, Texas" is the "Paris" of the story's text
    sense: dict[str, GazRecord] = {}
    for sl, r in zip(slots, out):
        if r is not None and not sl.variant and any(_within(r, q) for q in sl.qualifiers):
            sense.setdefault(_folded(sl.text), r)
    if not sense:
        return out
    # (a country's name read elsewhere as the country keeps it: "Tbilisi, the capital of Georgia ... not to be
    # confused with Georgia in the United States")
    return [sense[_folded(sl.text)] if (_folded(sl.text) in sense and not sl.qualifiers and not sl.cue
                                        and any(c.id == sense[_folded(sl.text)].id for c in sl.cands)
                                        and not (r is not None and r.feature.startswith("PCL")
                                                 and sense[_folded(sl.text)].feature == "ADM1")) else r
            for sl, r in zip(slots, out)]


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _own_cities_of_kept_areas(cands: Sequence[GazRecord], kept: Sequence[int]) -> list[int]:
    """"Santa Cruz": trimming a common name's candidates by prior alone drops the department's own city of
    1.8 million, which has the name only as a short form (an alternate name weighs little), and with it the
    city reading of the area (`_prefer_city`). A big city filed in a kept admin-1 area stays."""
    areas = {cands[k].id for k in kept if cands[k].feature == "ADM1"}
    chosen = set(kept)
    return [k for k, r in enumerate(cands) if k not in chosen and r.feature.startswith("PPL")
            and r.admin1_id in areas and r.population >= SMALL_TOWN]


def _prefer_state(text: str, slot: _Slot, pick: GazRecord) -> GazRecord:
    """"New York City and Florida": a small town named exactly like an admin-1 area of its own country
    (Florida, New York, pop. 2,899) is that area unless the text places it ("Florida, N.Y.", "the town
    of Florida", "Washington Township"): the story's other places pull the town in, but the area is what
    the name means."""
    if (slot.qualifiers or slot.cue or slot.variant or _CAPITAL_AFTER.match(text, slot.end, slot.end + 3)
            or pick.feature != "PPL" or pick.population >= SMALL_TOWN
            or pick.kind != KIND_MAIN or _folded(slot.text) != _folded(pick.name)):
        return pick
    name = _folded(pick.name)
    for r in slot.cands:
        if (r.feature == "ADM1" and r.country == pick.country and r.kind in (KIND_MAIN, KIND_ALIAS)
                and _folded(r.name) == name):
            return r
    return pick


def _prefer_cued(slot: _Slot, ranked: Sequence[GazRecord]) -> GazRecord:
    """"Washington state", "the state of New York", "the city of Kaduna": the words around the name
    settle its level; take the best-ranked candidate of that level named exactly so, or an area named so without
    the word for its kind ("Puncak regency" is Kabupaten Puncak)."""
    if (slot.cue and not slot.variant and ranked[0].kind != KIND_DEMONYM  # "the English city of"
            and not _cue_agrees(slot.cue, ranked[0])):
        for r in ranked[1:]:
            if _cue_agrees(slot.cue, r) and (r.kind in (KIND_MAIN, KIND_ALIAS) or _own_name_of_area(slot.text, r)):
                return r
    return ranked[0]


def _own_name_of_area(written: str, rec: GazRecord) -> bool:
    """Whether an admin area's name is the written name with a word for its kind before it ("Kabupaten Puncak",
    "Cercle de Bourem", "Municipio de Argelia")."""
    if rec.feature not in ("ADM1", "ADM2"):
        return False
    name, own = _folded(rec.name), _folded(written)
    return name != own and name.endswith(" " + own) and len(name) - len(own) <= _KIND_WORD_CHARS


# The longest word for an area's kind written before its own name ("Shahrestan-e ", "Municipio de ").
_KIND_WORD_CHARS = 16


def _dateline_towns(sl: _Slot) -> list[GazRecord]:
    """"JAYAPURA, Indonesia -": a dateline names the city the reporter files from, so a village of the name
    (under VILLAGE_POP) is no reading where the same country has a namesake city of SMALL_TOWN or more people that
    the written area, if any, holds (a hamlet in West Java named Jayapura pulled a Papua story's other places to
    Java). "MANCHESTER, Vt." keeps the Vermont town: New Hampshire's Manchester is not in Vermont."""
    big = [r for r in sl.cands if r.feature.startswith("PPL") and r.population >= SMALL_TOWN
           and r.kind in (KIND_MAIN, KIND_ALIAS) and (not sl.qualifiers or any(_within(r, q) for q in sl.qualifiers))]
    if not big:
        return sl.cands
    countries = {r.country for r in big}
    return [r for r in sl.cands if not (r.feature.startswith("PPL") and r.feature != "PPLC"
                                        and r.population < VILLAGE_POP and r.country in countries)]


def _written_as_area(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> set[int]:
    """Mentions the text writes as an area: after a town of that area and a comma ("Buffalo, New York"), or in a list
    with another first-level area ("New Jersey and New York", "Ohio, New York, Oregon")."""
    res: set[int] = set()
    for i, (sl, r) in enumerate(zip(slots, out)):
        prev = out[i - 1] if i > 0 else None
        if (r is not None and prev is not None and prev.feature.startswith("PPL") and prev.admin1_id == r.id
                and _gap_is(_COMMA_GAP, text, slots[i - 1].end, sl.start)):
            res.add(i)
    for run in _list_runs(text, slots):
        for i in run:
            if any(j != i and (o := out[j]) is not None and o.feature == "ADM1" and _folded(slots[j].text) != _folded(
                    slots[i].text) for j in run):
                res.add(i)
    return res


def _prefer_city(slot: _Slot, pick: GazRecord, short_form_ok: bool = True) -> GazRecord:
    """"Lviv", "Kaduna", "Idlib": an admin area named like its main city means the city, unless the
    text says "province", "state"... (the more specific reading, and within the area anyway)."""
    # ("Santa Cruz department ... soy growers in Santa Cruz": a level word written at another mention of the name
    # leaves a bare mention free to mean the area's city of that name when most of the area's people live there,
    # Santa Cruz de la Sierra, Lagos; "New York state ... died in New York" stays the state, as New York City holds
    # under a third of its people)
    story_cue = slot.story_cue and slot.cue in ("admin", "region")
    if (pick.feature not in ("ADM1", "ADM2") or slot.variant
            or (slot.cue in ("admin", "region", "states") and not story_cue)
            or slot.wide or _ADMIN_WORDS.search(slot.text)):
        return pick
    # "the town of Nabatieh": after a city cue, a city that has the name only as a spelling variant will do.
    kinds = (KIND_MAIN, KIND_ALIAS, KIND_ALTERNATE) if slot.cue == "city" else (KIND_MAIN, KIND_ALIAS)
    cities = [r for r in slot.cands if r.feature.startswith("PPL")
              and (r.kind in kinds or (short_form_ok and _big_namesake_within(slot, r, pick)))
              and (r.admin1_id == pick.id or (pick.feature == "ADM2" and r.admin2 == pick.name)
                   # "Tulkarm": a governorate the gazetteer files apart from its city's admin-1 (the West Bank)
                   or (r.country == pick.country and _folded(r.name) == _folded(pick.name)
                       and close_km(r, pick, _UNFILED_KM)))
              and r.lat is not None and pick.lat is not None and pick.lon is not None and r.lon is not None
              and haversine_km(r.lat, r.lon, pick.lat, pick.lon)
              <= _same_name_km(r, pick, slot.text if short_form_ok else "")
              and (not story_cue or 2 * r.population >= pick.population)]
    return max(cities, key=lambda r: r.population) if cities else pick


def _big_namesake_within(slot: _Slot, city: GazRecord, area: GazRecord) -> bool:
    """"Santa Cruz" (Bolivia): the department's main city carries the area's name only as a short form of
    its own ("Santa Cruz de la Sierra"); a big city filed in that very area and reached by the area's exact
    name is still the area's city (a village's variant name is not). The caller leaves out mentions the text writes
    as an area ("Buffalo, New York", "New Jersey and New York": New York City has "New York" as a short form too).
    The city must be the area's own: its seat, or home to a tenth of its people ("Bihar" is the state, not Bihar
    Sharif, a district town of 300,000 in a state of a hundred million whose seat is Patna)."""
    return (city.kind == KIND_ALTERNATE and city.admin1_id == area.id and city.population >= SMALL_TOWN
            and _bare(slot.text) == _bare(area.name)
            and (city.feature in ("PPLA", "PPLC") or AREA_CITY_SHARE * city.population >= area.population))


# A city holding a tenth of an area's people may be the city the area is named for and after
AREA_CITY_SHARE = 10


# A namesake city filed under another admin-1 area counts as the area's city only this close to its point
# ("Wales", a village far from the middle of Wales, does not).
_UNFILED_KM = 50.0


def close_km(a: GazRecord, b: GazRecord, km: float) -> bool:
    return (a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
            and haversine_km(a.lat, a.lon, b.lat, b.lon) <= km)


def _same_name_km(city: GazRecord, area: GazRecord, written: str = "") -> float:
    # An area's point is the middle of its box: a city of the very same name ("Sao Paulo",
    # "Puducherry") may lie far from it and still be the area's main city. The very same name is also
    # the one written for both, give or take an Arabic article ("Mafraq" for the city and "Al Mafraq"
    # governorate, whose box reaches the Iraqi border), and a city reached by the area's exact name
    # inside that area ("Santa Cruz" for Santa Cruz de la Sierra).
    bare_area = _bare(area.name)
    same = (_bare(city.name) == bare_area
            or (bool(written) and city.admin1_id == area.id and _bare(written) == bare_area))
    return 350.0 if same else 150.0


# An Arabic article at the head of a name: "Al Mafraq", "Ad Diwaniyah", "Ar-Raqqah", "El Obeid".
_ARTICLE_HEAD = re.compile(r"^(?:al|el|ad|ar|as|an|at|az|ash|adh|ath)[ -]+")


# A final "h" after "a" is written or not in romanised Arabic: "Raqqa" / "Ar Raqqah", "Hama" / "Hamah".
_FINAL_AH = re.compile(r"(?<=a)h\b")


@lru_cache(maxsize=65536)
def _bare(name: str) -> str:
    """The folded name without an Arabic article at its head or a final "h" after "a", hyphens read as spaces."""
    return _FINAL_AH.sub("", _ARTICLE_HEAD.sub("", _folded(name).replace("-", " ")).strip())


def _local_spot(text: str, i: int, slots: Sequence[_Slot], out: Sequence[GazRecord | None], local: frozenset[int],
                focus: GazRecord | None, countries: set[str | None]) -> GazRecord | None:
    """Where a street, square or lagoon is: its own whole-name reading if the gazetteer has one in a country
    of the story ("Homa Bay", "Rhode Island"); else the city written closest to it; else the story's focus
    if that is a city; else the town its name holds ("Colchester Hospital") when it is big or in a country of
    the story (not Glenrock, Wyoming, for "Glenrock Lagoon" in a story naming no other place). Never a country
    or a region:
    a street is not placed at a country's centre. The place is marked sub-city (resolution 5) but keeps
    its city's point."""
    pick = out[i]
    if pick is not None and not slots[i].variant and (not countries or pick.country in countries):
        return pick
    if pick is not None and _modifier_place(slots[i].text, pick, countries):
        return replace(pick, resolution=5) if pick.resolution >= 4 else pick
    # a city first named in a later sentence is the story's next scene ("Police closed part of Constitution
    # Avenue. In Beirut, ..."), not where this street is
    found = [(sl.start, r) for j, (sl, r) in enumerate(zip(slots, out)) if r is not None and j not in local
             and (sl.start < slots[i].start or not SENTENCE_BREAK.search(text, slots[i].end, sl.start))]
    spot = _nearby_city(slots[i].start, found)
    if spot is None and focus is not None and focus.resolution >= 4:
        spot = focus
    if spot is None and pick is not None and pick.feature.startswith("PPL") and (
            pick.country in countries or _strong(pick)):
        spot = pick
    return replace(spot, resolution=5) if spot is not None else None


def _modifier_place(name: str, pick: GazRecord, countries: set[str | None]) -> bool:
    """Before a lower-case type word the name is a place used as a modifier ("a Benghazi hospital", "the
    Buenos Aires hospital"): its own town, if a big one or one in a country of the story. A capitalised type
    word makes the name a street's own ("London Road" runs through many towns)."""
    # ("police fired tear gas at Attock bridge" in a Pakistani story: a district named like its town, in a country of
    # the story, is nearer than the story's other city; its summed population says nothing of its size as a town)
    return name.rsplit(None, 1)[-1].islower() and (
        ((pick.feature.startswith("PPL") or pick.feature == "ADM1")
         and (pick.population >= 100_000 or pick.country in countries))
        or (pick.feature == "ADM2" and pick.country in countries))


def _nearby_city(pos: int, found: Sequence[tuple[int, GazRecord]]) -> GazRecord | None:
    """The city-level place written closest to `pos` (within NEARBY_CHARS): "the French Quarter" next
    to "New Orleans" is in New Orleans."""
    near = [(abs(p - pos), r) for p, r in found if r.resolution >= 4 and r.feature not in _CURATED
            and abs(p - pos) <= NEARBY_CHARS]
    return min(near, key=lambda x: x[0])[1] if near else None


_DATELINE_CITY = re.compile(r"[A-Z][A-Z'\u2019 .-]{2,}(?:,|[ \t]+\(|[ \t]+[-\u2013\u2014])")
_STREET_TAIL = re.compile(r"[ \t](?:Street|Avenue|Road|Boulevard|Square)$")
# Romance languages write the street or square word first: "the Plaza Mayor", "Piazza Navona", "Rua Augusta"
_STREET_HEAD = re.compile(r"(?:the[ \t]+)?(?:Plaza|Piazza|Praça|Praca|Calle|Avenida|Rua|Rue|Paseo|Place[ \t]+d[eu])[ \t]")


def _street_city(text: str, sl: _Slot, found: Sequence[tuple[int, GazRecord]]) -> GazRecord | None:
    """"Police used water cannon near parliament on Rustaveli Avenue" in a TBILISI story, a sentence after "in
    Kutaisi": a street the gazetteer lacks lies in a city its own sentence names, else in the dateline city, not in
    the last city named in an earlier sentence (nor in a club's: "Fans who had travelled from Bavaria celebrated in
    the Plaza Mayor" in a MADRID story after "We gave Munich too much space")."""
    if not _STREET_TAIL.search(sl.text) and not _STREET_HEAD.match(sl.text):
        return None
    same = [(p, r) for p, r in found if not SENTENCE_BREAK.search(text, min(p, sl.start), max(p, sl.start))]
    if _nearby_city(sl.start, same) is not None:
        return None
    return next((r for p, r in found if (p == 0 or text[p - 1] == "\n") and r.resolution >= 4
                 and r.feature.startswith("PPL") and _DATELINE_CITY.match(text, p)), None)


def nearest_city(text: str, start: int, end: int, found: Sequence[tuple[int, GazRecord]]) -> GazRecord | None:
    """The city `_local_spot` places a street at: the closest one written before it or in its own sentence."""
    return _nearby_city(start, [(p, r) for p, r in found if p < start or not SENTENCE_BREAK.search(text, end, p)])


def _strong(rec: GazRecord) -> bool:
    """A country, admin-1, curated feature or big city: safe to take from part of a name ("Bank of Japan")."""
    return (rec.feature.startswith("PCL") or rec.feature == "ADM1" or rec.feature in _CURATED
            or rec.population >= 100_000) and rec.kind != KIND_ALTERNATE


def focus_place(picks: Sequence[GazRecord]) -> GazRecord | None:
    """The most mentioned place of the story, most specific level first (city, then admin, then country). A tie
    goes to the place in the country the story names most: "DUBAI - ... off Hodeidah ... from Sanaa ... Yemen"
    is about Yemen, not the bureau's city."""
    by_country = Counter(r.country for r in picks if r.country)
    for lo, hi in ((4, 5), (2, 3), (1, 1)):
        counts: dict[int, int] = defaultdict(int)
        first: dict[int, GazRecord] = {}
        for r in picks:
            if lo <= r.resolution <= hi and r.feature not in _CURATED:
                counts[r.id] += 1
                first.setdefault(r.id, r)
        if counts:
            best = max(counts, key=lambda k: (counts[k], by_country.get(first[k].country or "", 0)))
            return first[best]
    return None


@dataclass(frozen=True)
class _Held:
    """Where the story's specific places lie, keyed for cheap containment tests: (place id, mention text)
    per admin-1 id and per (admin-1 id, admin-2 name)."""

    by_admin1: Mapping[int, tuple[tuple[int, str], ...]]
    by_admin2: Mapping[tuple[int | None, str], tuple[tuple[int, str], ...]]


def _held_places(slots: Sequence[_Slot], tops: Sequence[GazRecord | None]) -> _Held:
    by_a1: dict[int, list[tuple[int, str]]] = defaultdict(list)
    by_a2: dict[tuple[int | None, str], list[tuple[int, str]]] = defaultdict(list)
    for sl, t in zip(slots, tops):
        if t is None:
            continue
        if t.resolution >= 3 and t.feature not in _CURATED:
            if t.admin1_id is not None:
                by_a1[t.admin1_id].append((t.id, sl.text))
            if t.admin2 and t.resolution >= 4:  # towns only: an admin-2 pick would back its namesakes
                by_a2[(t.admin1_id, _folded(t.admin2))].append((t.id, sl.text))
    return _Held({k: tuple(v) for k, v in by_a1.items()}, {k: tuple(v) for k, v in by_a2.items()})


def _holds_named(rec: GazRecord, held: _Held, text: str) -> bool:
    """An admin area that holds a specific place named by another mention of the story."""
    if rec.feature == "ADM1":
        inside = held.by_admin1.get(rec.id, ())
    elif rec.feature == "ADM2":
        inside = held.by_admin2.get((rec.admin1_id, _folded(rec.name)), ())
    else:
        return False
    return any(pid != rec.id and txt != text for pid, txt in inside)


def _list_neighbours(text: str, slots: Sequence[_Slot]) -> list[list[int]]:
    """Per slot, the slots written next to it as items of one list ("A, B and C")."""
    out: list[list[int]] = [[] for _ in slots]
    for i in range(len(slots) - 1):
        if _gap_is(_LIST_GAP, text, slots[i].end, slots[i + 1].start):
            out[i].append(i + 1)
            out[i + 1].append(i)
    return out


def _list_runs(text: str, slots: Sequence[_Slot]) -> list[list[int]]:
    """Maximal runs of slots written as one list ("Utah, Washington and Wisconsin")."""
    runs: list[list[int]] = []
    for i in range(len(slots)):
        if runs and _gap_is(_LIST_GAP, text, slots[i - 1].end, slots[i].start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


# "the Coast, Nyanza and Western provinces of Kenya": the level word and the country after a list of areas
_LEVEL_OF_COUNTRY = re.compile(r"[ \t]+(regions|provinces|states|governorates|districts|departments)[ \t]+of[ \t]+"
                               r"(?:the[ \t]+)?([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})")
_AREA_FEATURES = frozenset({"ADM1", "ADM2", "RGN"})


def _listed_areas_of_country(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                             ) -> list[GazRecord | None]:
    """The items of a list of areas followed by "<level words> of <country>" are that country's areas: "floods in the
    Coast, Nyanza and Western provinces of Kenya" are not Tanzania's Coast region or Uganda's Western region. An item
    the gazetteer knows only with its level word ("Coast Province") is looked up so; an item with no such area in the
    country keeps its reading."""
    res = list(out)
    for run in _list_runs(text, slots):
        m = _LEVEL_OF_COUNTRY.match(text, slots[run[-1]].end)
        if m is None:
            continue
        owners = [r for r in gaz.lookup(m.group(2)) if r.feature.startswith("PCL") and r.kind != KIND_DEMONYM]
        if not owners:
            continue
        country = owners[0].country
        for i in run:
            cur, sl = res[i], slots[i]
            if cur is not None and cur.country == country:
                continue
            named = gaz.lookup(f"{sl.text} {m.group(1)[:-1].capitalize()}")  # "provinces": "Province"
            fits = [r for r in (*sl.cands, *named) if r.country == country and r.feature in _AREA_FEATURES]
            if fits:
                res[i] = max(fits, key=lambda r: (r.kind in (KIND_MAIN, KIND_ALIAS), r.population))
    return res


def _list_consensus(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """In a list of three or more places whose other items mostly (two in three, at least two) read
    as one kind of place in one country (states of the US, countries, cities of one country), an item
    with an exact reading of that kind takes it: "Utah, Washington and Wisconsin", "Georgia, Armenia
    and Azerbaijan"."""
    out = list(out)
    for run in _list_runs(text, slots):
        if len(run) < 3:
            continue
        for i in run:
            kinds = Counter(_list_kind(o) for j in run if j != i and (o := out[j]) is not None)
            if not kinds:
                continue
            kind, n = kinds.most_common(1)[0]
            cur = out[i]
            if n < 2 or 3 * n < 2 * (len(run) - 1) or (cur is not None and _list_kind(cur) == kind):
                continue
            fits = [r for r in slots[i].cands if r.kind in (KIND_MAIN, KIND_ALIAS) and _list_kind(r) == kind]
            if fits and not slots[i].variant:
                out[i] = max(fits, key=lambda r: r.population)
    return out


LIST_NAMESAKE_RATIO = 10  # the namesake a list pulls to is at least a tenth of the reading's population


def _list_area_consensus(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A list of three or more towns whose other items mostly (two in three, at least two) lie in one admin-1 area
    pulls a member read in another area of that country to its namesake there: "Mayors from Athens, Macon and
    Columbus" are Georgia's cities, not Columbus, Ohio. (Same kind and country is `_list_consensus`'s test; this one
    looks one level down.)"""
    out = list(out)
    for run in _list_runs(text, slots):
        if len(run) < 3:
            continue
        for i in run:
            cur, sl = out[i], slots[i]
            if cur is None or not cur.feature.startswith("PPL") or sl.variant or sl.qualifiers:
                continue
            areas = Counter((o.country, o.admin1_id) for j in run if j != i and (o := out[j]) is not None
                            and o.feature.startswith("PPL") and o.admin1_id is not None)
            if not areas:
                continue
            (country, area), n = areas.most_common(1)[0]
            if n < 2 or 3 * n < 2 * (len(run) - 1) or country != cur.country or area == cur.admin1_id:
                continue
            fits = [r for r in sl.cands if r.kind in (KIND_MAIN, KIND_ALIAS) and r.feature.startswith("PPL")
                    and r.country == country and r.admin1_id == area]
            best = max(fits, key=lambda r: r.population) if fits else None
            # a namesake far smaller than the reading is no match for it ("Dallas, Houston and Portland" is
            # not the Texas town of 17,000)
            if best is not None and LIST_NAMESAKE_RATIO * best.population >= cur.population:
                out[i] = best
    return out


def _sibling_areas(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"Georgia" in a story about Alabama, Iowa and Texas is the state, not the country: a name that is both a
    country and an admin-1 area elsewhere reads as the admin-1 area when the story names two other admin-1
    areas of that area's country and no other place in the named country."""
    a1_by_country: dict[str | None, set[str]] = defaultdict(set)
    for sl, r in zip(slots, out):
        if r is not None and r.feature == "ADM1":
            a1_by_country[r.country].add(sl.text)
    if not a1_by_country:
        return out
    countries = Counter(r.country for r in out if r is not None)
    res = list(out)
    for i, (sl, r) in enumerate(zip(slots, out)):
        if r is None or not r.feature.startswith("PCL") or sl.variant or countries[r.country] > sum(
                1 for s2, r2 in zip(slots, out) if r2 is not None and r2.id == r.id and s2.text == sl.text):
            continue
        fits = [c for c in sl.cands if c.feature == "ADM1" and c.kind == KIND_MAIN
                and _folded(c.name) == _folded(sl.text) and len(a1_by_country[c.country] - {sl.text}) >= 2]
        if fits:
            res[i] = fits[0]
    return res


SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*[A-Z]")
SAME_SENTENCE_CHARS = 200


def _sentence_area(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"Swans in Michigan ... near the game area in Monroe County": a county or small town read in another
    state of the country than the one the same sentence names just before it is the one in that state, when
    the state holds one of the name."""
    res = list(out)
    for i, (sl, r) in enumerate(zip(slots, out)):
        if (r is None or sl.variant or sl.qualifiers or not (r.feature == "ADM2" or (
                r.feature.startswith("PPL") and r.feature != "PPLC" and r.population < SMALL_TOWN))):
            continue
        areas = [a for j in range(i - 1, -1, -1)
                 if slots[j].start >= sl.start - SAME_SENTENCE_CHARS
                 and not SENTENCE_BREAK.search(text, slots[j].end, sl.start)
                 and (a := out[j]) is not None and a.feature == "ADM1" and a.country == r.country]
        if not areas or any(_within(r, a) for a in areas):
            continue
        fits = [c for c in sl.cands if c.feature == r.feature and c.kind in (KIND_MAIN, KIND_ALIAS)
                and any(_within(c, a) for a in areas)]
        if fits:
            res[i] = max(fits, key=lambda c: c.population)
    return res


def _list_kind(rec: GazRecord) -> tuple[str, str | None]:
    """What list items have in common: the level, and the country below country level."""
    return (_level(rec), None if rec.feature.startswith("PCL") else rec.country)


def _same_kind(rec: GazRecord, picks: Sequence[GazRecord | None]) -> bool:
    return any(p is not None and _level(p) == _level(rec) and p.country == rec.country for p in picks)


# A local story's own town named like a country or a foreign city ("Lebanon city council" in a story about Mason
# and Dayton, "LEBANON, Tenn.", "Crews from Washington and Kinston" in eastern North Carolina).
LOCAL_KM = 80.0
FAR_KM = 161.0


def _namesakes(gaz: GazetteerLike, sl: _Slot, kinds: tuple[int, ...] = (KIND_MAIN,)) -> list[GazRecord]:
    """Towns and counties named exactly so, including small ones that `candidates` drops in favour of a
    country of that name (the lookup is cached); `kinds` widens "named" to aliases or alternate names."""
    base = _POSSESSIVE.sub("", sl.text.strip()).strip(" ,;:\"'()[]").rstrip(".")
    return [r for r in gaz.lookup(base) if r.kind in kinds and r.lat is not None and r.lon is not None
            and (r.feature.startswith("PPL") or r.feature == "ADM2")]


def _km(a: GazRecord, b: GazRecord) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def _local_namesakes(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                     ) -> list[GazRecord | None]:
    """The town of a name that its written qualifier holds ("LEBANON, Tenn.", "PALESTINE, Texas": the country's
    namesake towns are no candidates at all), or that the story's other places surround while the reading picked
    lies far from all of them: two other places within LOCAL_KM of the town (three against a country, a state or
    a city of 100,000+), or, against a reading abroad, three in the town's admin-1 area; and more of them than the
    story has places in the picked reading's country ("Athens" with Athens County, Nelsonville and The Plains,
    though the story also names Greece and Thessaloniki)."""
    others = [(sl.text.lower(), r) for sl, r in zip(slots, out) if r is not None and not sl.variant
              and r.lat is not None and r.lon is not None and r.resolution >= 3 and r.feature not in _CURATED]
    # every place the story names, countries and first-level areas too ("Greece", "New South Wales")
    named = [(sl.text.lower(), r) for sl, r in zip(slots, out) if r is not None and not sl.variant]
    countries = [(k, r) for k, r in named if r.feature.startswith("PCL")]
    neighbours = _list_neighbours(text, slots)
    local = {sl.text.lower() for sl in slots if _LOCAL_OFFICE_AFTER.match(text, sl.end)}
    res = list(out)
    sense: dict[str, GazRecord] = {}
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.variant or pick.lat is None or pick.lon is None or sl.titled:
            continue
        if sl.cue and _cue_agrees(sl.cue, pick) and (pick.feature.startswith("PCL") or pick.feature == "ADM1"):
            continue  # "Washington state", "the country of Georgia"
        if pick.feature.startswith("PCL") and _war_country(text, sl):
            continue
        key = sl.text.lower()
        rest = [r for k, r in others if k != key]
        # "flights from Bogota and Santiago": a big city listed among big cities abroad is no local namesake
        if pick.feature.startswith("PPL") and (pick.feature == "PPLC" or pick.population >= MAJOR_CITY) \
                and _big_cities_abroad(
                [r for j in neighbours[i] if (r := out[j]) is not None and slots[j].text != sl.text], pick):
            continue
        if sl.qualifiers:
            if any(_within(pick, q) for q in sl.qualifiers) or not _lone_qualifier(text, slots, i):
                continue
            held = [t for t in _namesakes(gaz, sl) if any(_within(t, q) for q in sl.whole_qualifiers
                                                          if q.feature in ("ADM1", "ADM2"))]
            if held:
                town = max(held, key=lambda t: (sum(_km(t, r) <= LOCAL_KM for r in rest), t.population))
                res[i] = town
                sense.setdefault(_folded(sl.text), town)
            continue
        if len(rest) < 2 or any(_km(pick, r) <= FAR_KM for r in rest):
            continue
        best: tuple[int, int] | None = None
        # a state or a country is named often in local news ("workers who came from Oklahoma"): only a real town
        # of that name, not a hamlet, is the better reading; and a country only with two places right around it
        # ... and so is a national capital ("a conference in Athens" in an Ithaca story is not Athens, Pa., a town of
        # 3,000 near Elmira; "talks brokered by Washington and Riyadh" in a Sudan story is not a village of Khartoum
        # state)
        wide = pick.feature.startswith("PCL") or pick.feature in ("ADM1", "PPLC")
        # ... unless the words place it by the story's towns: "in nearby Berlin" (Vt.), or listed with them
        # ("Workers from Mexico, Dixfield and Peru": Maine's towns)
        listed = [r for j in neighbours[i] if (r := out[j]) is not None and slots[j].text.lower() != key
                  and r.resolution >= 4 and r.lat is not None and r.lon is not None]
        placed_by_words = _NEARBY_BEFORE.search(text, max(0, sl.start - 30), sl.start) is not None
        for t in _namesakes(gaz, sl):
            if t.id == pick.id or _km(t, pick) <= FAR_KM:
                continue
            if wide and t.population < _NAMESAKE_MIN_POP and not (
                    placed_by_words or any(_km(t, r) <= LOCAL_KM for r in listed)):
                continue
            # the story's places in the picked reading's country, when that is another country than the town's
            abroad = {k for k, r in named if k != key and r.country == pick.country} \
                if pick.country != t.country else set()
            near = {k for k, r in others if k != key and _km(t, r) <= LOCAL_KM}
            area = {k for k, r in others if k != key and t.admin1_id is not None and r.admin1_id == t.admin1_id
                    and r.id != t.admin1_id}
            # the admin-1 area alone decides only against a reading abroad ("Portland" in a Texas sports story
            # is still Oregon's)
            by_area = len(area) >= 3 and not abroad and not wide and t.country != pick.country
            support = max(len(near), len(area) - 1 if by_area else 0)
            # (a town's own offices after its name, "Alexandria officers", make it local news: two places around the
            # town are enough even against a big city or a capital abroad)
            if len(near) < (3 if (wide or pick.population >= SMALL_TOWN) and key not in local else 2) \
                    and not by_area:
                continue
            if support <= len(abroad - near):
                continue
            score = (support, t.population)
            if best is None or score > best:
                best = score
                res[i] = t
        if best is None:
            res[i] = _named_abroad(gaz, sl, pick, named, countries) or res[i]
    # One sense per story: after "LEBANON, Tenn." a bare "Lebanon" is the town too (as `_qualified_sense` does for
    # names whose towns are candidates at all).
    for i, (sl, r) in enumerate(zip(slots, res)):
        same = sense.get(_folded(sl.text))
        # (a cue the country disagrees with does not block it: "Lebanon city council")
        if same is not None and r is not None and r.feature.startswith("PCL") and not sl.qualifiers \
                and not (sl.cue and _cue_agrees(sl.cue, r)) and not _war_country(text, sl):
            res[i] = same
    return res


_NEARBY_BEFORE = re.compile(r"(?i)\b(?:nearby|neighbou?ring|adjacent|adjoining)[ \t]+$")


# "fled the war in Lebanon", "refugees from Syria", "the civil war in Lebanon": war and flight are told of a
# country, so such a mention keeps its country reading in a story datelined in a namesake town (LEBANON, Pa.)
_WAR_BEFORE = re.compile(r"(?i)\b(?:(?:civil\s+)?war|fighting|conflict|invasion|refugees?|fled|fleeing|escaped)"
                         r"(?:\s+(?:in|from|of|to))?\s+(?:the\s+)?$")


def _war_country(text: str, sl: _Slot) -> bool:
    return bool(_WAR_BEFORE.search(text, max(0, sl.start - 40), sl.start))


# "Richmond in south-west London", "Kensington, in Melbourne's east": a place written inside a big city
# ("Lujhu and other districts of Kaohsiung": a part of the city named with its siblings)
_IN_CITY_GAP = re.compile(r"(?i),?[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west|central)(?:ern)?"
                          r"(?:-?(?:north|south|east|west)(?:ern)?)?[ \t]+)?"
                          r"|[ \t]+and[ \t]+(?:other|several|nearby|neighbou?ring)[ \t]+(?:districts|suburbs|wards|"
                          r"neighbou?rhoods|quarters|townships|parts)[ \t]+of[ \t]+(?:the[ \t]+)?")
CITY_HOST_POP = 100_000  # a city big enough to hold namesake districts
CITY_HOST_KM = 30.0  # how far from its point a part of such a city lies

# "Dagupan, on the coast of Lingayen Gulf", "Kisumu, on the shores of Lake Victoria": a town placed by the water it
# lies on. Gulfs, bays and lakes only: a sea's or a river's point says little about where a town on it lies.
_SHORE_GAP = re.compile(r"(?i),?[ \t]+(?:on|along|by|at)[ \t]+(?:the[ \t]+)?"
                        r"(?:(?:coast|shores?|banks?|edge|mouth|head)[ \t]+of[ \t]+(?:the[ \t]+)?)?")
_SHORE_WATERS = frozenset({"GULF", "BAY", "LK", "LKS", "LGN", "COVE", "INLT"})
SHORE_HOST_KM = 120.0  # a gulf's or a lake's point is its middle: a town on its shore lies within this of it


# "Liberia, the capital of Guanacaste province", "Hyderabad, the second-largest city of Sindh", "Trinidad, the seat
# of Las Animas County": an appositive that makes the town a part of the area written after it ...
_CAPITAL_OF_GAP = re.compile(r"(?i),[ \t]+the[ \t]+(?:(?:provincial|regional|state|departmental|district|county|"
                             r"administrative|main|largest|biggest|second|third|second-largest|third-largest|"
                             r"second-biggest|former|old|colonial|commercial|economic)[ \t]+){0,2}"
                             r"(?:capital|seat|city|town|port)[ \t]+of[ \t]+(?:the[ \t]+)?"
                             r"(?:(?:province|state|region|department|district|county)[ \t]+of[ \t]+)?")
# ... or written before its title, owned: "Liberia, Guanacaste's provincial capital", "Tripoli, Lebanon's second city"
_OWNER_GAP = re.compile(r",[ \t]+")
_OWNER_AFTER = re.compile(r"(?:'s|\u2019s)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:capital|seat|city|town|port)\b")
# ... or named inside its title: "Trinidad, the Beni capital", "Bentiu, the Unity state capital"
_THE_GAP = re.compile(r",[ \t]+the[ \t]+")
_TITLE_AFTER = re.compile(r"(?:[ \t]+(?:state|provincial|regional|departmental|district|county))?"
                          r"[ \t]+(?:capital|seat)\b")
_AREA_HOSTS = frozenset({"ADM1", "ADM2", "PCLI", "PCLD", "PCLS", "PCLF", "PCL"})


@dataclass(frozen=True)
class _HostRule:
    """How a place written right after a town ("X in <city>", "X, on the coast of <gulf>", "X, the capital of
    <area>") hosts it: the words between them (and after the host, when the host owns the town: "X, <area>'s
    capital"), which readings can host, how far from the host the town lies (an area holds it by its codes
    instead), and whether a town read with no point is also moved."""
    gap: re.Pattern[str]
    kind: str  # "city" (a populated place of CITY_HOST_POP+), "water" (_SHORE_WATERS) or "area" (_AREA_HOSTS)
    km: float
    move_unplaced: bool
    after: re.Pattern[str] | None = None


_CITY_HOST = _HostRule(_IN_CITY_GAP, "city", CITY_HOST_KM, move_unplaced=True)
_SHORE_HOST = _HostRule(_SHORE_GAP, "water", SHORE_HOST_KM, move_unplaced=False)
_AREA_HOST = _HostRule(_CAPITAL_OF_GAP, "area", 0.0, move_unplaced=True)
_OWNER_HOST = _HostRule(_OWNER_GAP, "area", 0.0, move_unplaced=True, after=_OWNER_AFTER)
_TITLE_HOST = _HostRule(_THE_GAP, "area", 0.0, move_unplaced=True, after=_TITLE_AFTER)


def _can_host(rule: _HostRule, host: GazRecord) -> bool:
    if rule.kind == "area":
        return host.feature in _AREA_HOSTS
    if host.lat is None or host.lon is None:
        return False
    if rule.kind == "city":
        return host.feature.startswith("PPL") and host.population >= CITY_HOST_POP
    return host.feature in _SHORE_WATERS


def _hosts(rule: _HostRule, host: GazRecord, town: GazRecord) -> bool:
    """Whether `host` holds `town` under `rule`: an area by its codes, a city or a water by distance."""
    if rule.kind == "area":
        return _within(town, host)
    return town.lat is not None and town.lon is not None and _km(town, host) <= rule.km


def _hosted_namesakes(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None],
                      rule: _HostRule) -> list[GazRecord | None]:
    """A town written right before the place that hosts it, whose reading lies farther than `rule.km` from that
    host, is its namesake nearest the host: "its namesake, Richmond in south-west London" in a RICHMOND, North
    Yorkshire story (`find_in_area` and the qualifiers take only admin areas and countries after "in");
    "Dagupan, on the coast of Lingayen Gulf" in a story that also names Tuguegarao (where a village Dagupan lies) is
    the city of Pangasinan."""
    res = list(out)
    for i in range(len(slots) - 1):
        sl, pick, host = slots[i], out[i], out[i + 1]
        if (pick is None or host is None or sl.variant or not _can_host(rule, host)
                or slots[i + 1].start - sl.end > 60 or not rule.gap.fullmatch(text, sl.end, slots[i + 1].start)
                or (rule.after is not None and not rule.after.match(text, slots[i + 1].end))):
            continue
        if pick.lat is None or pick.lon is None:
            if not rule.move_unplaced:
                continue
        elif _hosts(rule, host, pick):
            continue
        # (a curated English spelling counts: "Lujhu in Kaohsiung" is the Luzhu district there, not Taoyuan's)
        near = [t for t in _namesakes(gaz, sl, (KIND_MAIN, KIND_ALIAS)) if t.id not in (pick.id, host.id)
                and _hosts(rule, host, t)]
        if near and rule.kind == "area":
            # (the town itself, not the county of its name: "Liberia" is a town and a canton of Guanacaste)
            res[i] = max(near, key=lambda t: (t.feature.startswith("PPL"), t.population))
        elif near:
            res[i] = min(near, key=lambda t: _km(t, host))
    return res


_PART_OF_GAP = re.compile(r"[ \t]+(?:neighbou?rhood|district|suburb|section|quarter)[ \t]+of[ \t]+(?:the[ \t]+)?")


def _neighbourhoods_of_cities(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                              ) -> list[GazRecord | None]:
    """"the Ensley neighborhood of Birmingham": a part and its city written together lie together. When their readings
    lie farther apart than CITY_HOST_KM (Ensley, Florida; Birmingham, England), the pair of namesakes that lie within
    it, the biggest such city first (Ensley and Birmingham, Alabama), is read instead; with no such pair both stay."""
    res = list(out)
    for i in range(len(slots) - 1):
        sl, part, city = slots[i], out[i], out[i + 1]
        if (part is None or city is None or sl.variant or slots[i + 1].variant or part.lat is None
                or city.lat is None or not _PART_OF_GAP.fullmatch(text, sl.end, slots[i + 1].start)
                or _km(part, city) <= CITY_HOST_KM):
            continue
        pairs = [(t, c) for c in _namesakes(gaz, slots[i + 1]) if c.feature.startswith("PPL")
                 for t in _namesakes(gaz, sl, (KIND_MAIN, KIND_ALIAS)) if _km(t, c) <= CITY_HOST_KM]
        if pairs:
            res[i], res[i + 1] = max(pairs, key=lambda tc: tc[1].population)
    return res


PART_PEER_RATIO = 10  # a city's part holds at least a tenth of the people of the namesake it is read over


def _city_part(gaz: GazetteerLike, sl: _Slot, host: GazRecord, pick: GazRecord) -> GazRecord | None:
    """The namesake of `sl` that lies inside `host` (within CITY_HOST_KM) and holds a tenth of `pick`'s people."""
    parts = [t for t in _namesakes(gaz, sl, (KIND_MAIN, KIND_ALIAS)) if t.id != pick.id and t.lat is not None
             and t.feature.startswith("PPL") and t.country == host.country and _km(t, host) <= CITY_HOST_KM
             and PART_PEER_RATIO * t.population >= pick.population]
    return min(parts, key=lambda t: _km(t, host)) if parts else None


def _parts_of_named_city(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None]
                         ) -> list[GazRecord | None]:
    """"A fire tore through a rowhouse in Germantown, Philadelphia fire officials said. Two people were taken to a
    hospital in Mount Airy": bare names of a city's neighbourhoods, read as towns elsewhere (Germantown and Mount Airy,
    Maryland), are that city's parts when the story names the city (CITY_HOST_POP+) and the reading lies farther than
    FAR_KM from it and from every other place of the story that is not itself such a part; the part must hold a
    tenth of the reading's people (PART_PEER_RATIO: Germantown, Maryland, 86,000, against the Philadelphia
    neighbourhood's 10,700). Capitals, major cities and names that one of their mentions qualifies, cues or titles
    keep their reading, and so does a town the story's other places surround ("Germantown, Gaithersburg and
    Rockville")."""
    readings = [(_folded(sl.text), r) for sl, r in zip(slots, out) if r is not None and not sl.variant
                and r.lat is not None and r.resolution >= 3 and r.feature not in _CURATED]
    hosts = [r for _, r in readings if r.feature.startswith("PPL") and r.population >= CITY_HOST_POP]
    if not hosts:
        return out
    # (one sense per story: "Parkland, Florida ... the Parkland students" in a story naming Tacoma)
    placed = {_folded(sl.text) for sl in slots if sl.qualifiers or sl.cue or sl.titled}
    moves: dict[int, GazRecord] = {}
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if (pick is None or sl.variant or _folded(sl.text) in placed or pick.lat is None
                or not pick.feature.startswith("PPL") or pick.feature == "PPLC" or pick.population >= MAJOR_CITY
                or any(_km(pick, h) <= FAR_KM for h in hosts)):
            continue
        for host in sorted(hosts, key=lambda h: -h.population):
            part = _city_part(gaz, sl, host, pick)
            if part is not None:
                moves[i] = part
                break
    if not moves:
        return out
    res = list(out)
    for i, part in moves.items():
        key, pick = _folded(slots[i].text), out[i]
        # the reading stays when a place of the story that is no such part lies by it
        moved = {_folded(slots[j].text) for j in moves}
        if pick is None or any(k != key and k not in moved and _km(pick, r) <= FAR_KM for k, r in readings):
            continue
        res[i] = part
    return res


# "San Pedro de Atacama ... San Pedro", "Santiago de Cuba ... Santiago", "Stratford-upon-Avon ... Stratford": a
# place's full name joined by a particle, then its head alone
_SHORT_FORM_TAIL = re.compile(r"(?:[ \t]+(?:de|del|de[ \t]+la|de[ \t]+las|de[ \t]+los|do|da|dos|das|di|della|am|an|"
                              r"im|in|on|upon|sur|en)|-(?:on|upon|sur|en|am|an|de|la|le))[ \t-]+\S")


def _short_forms(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A name written earlier in the story as the head of a town's full name ("the oasis town of San Pedro de
    Atacama ... the road between Calama and San Pedro") is that town when its own reading lies farther than FAR_KM
    from it (San Pedro, Paraguay); the second mention is the reporter's short form. A qualifier or a level word
    written with the short form decides instead."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.variant or sl.qualifiers or sl.cue or sl.titled:
            continue
        head = _folded(sl.text)
        for j in range(i):
            full, town = slots[j], out[j]
            if (town is None or town.lat is None or town.lon is None or not town.feature.startswith("PPL")
                    or not _folded(full.text).startswith(head)
                    or not _SHORT_FORM_TAIL.match(full.text, len(sl.text))):
                continue
            if pick.lat is None or pick.lon is None or _km(pick, town) > FAR_KM:
                res[i] = town
            break
    return res


# "Gomal village, Tank", "Shah Alam area, Karachi": a settlement word, then a comma and the place it belongs to
_OF_TOWN_GAP = re.compile(r"[ \t]+(?:village|town|area|locality|hamlet|tehsil|mohalla)[ \t]*,[ \t]*")


def _places_of_their_town(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A village written with the town or district it belongs to ("Gomal village, Tank") lies in that town's country:
    a namesake abroad (Gomal, Afghanistan) is no reading, and the name the gazetteer lacks there is left to the story
    (the fallback places it by its town)."""
    res = list(out)
    for i in range(len(slots) - 1):
        r, town = out[i], out[i + 1]
        if (r is None or town is None or town.country is None or r.country == town.country
                or not _OF_TOWN_GAP.fullmatch(text, slots[i].end, slots[i + 1].start)):
            continue
        home = [c for c in slots[i].cands if c.country == town.country and c.kind in (KIND_MAIN, KIND_ALIAS)]
        res[i] = max(home, key=lambda c: c.population) if home else None
    return res


# A bare compass word: "the West", "Western", "North-West", "Southern"
_BARE_COMPASS = re.compile(r"(?:the[ \t]+)?(?:(?:north|south)(?:[- \t]?(?:east|west))?|east|west|central)(?:ern)?")


def _bare_compass_areas(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A bare compass word ("the West", "Western") names an area only with its level word ("West region", cued) or
    in a story whose other places lie in that area's country ("the North West and Limpopo" in South Africa): "The West
    has urged the junta" is no region of Cameroon, and "Western diplomats" none of Uganda. In a story about another
    country its area of that name is taken when there is one; else the word is no reading."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if (pick is None or pick.feature not in ("ADM1", "ADM2") or sl.cue or sl.qualifiers
                or not _BARE_COMPASS.fullmatch(_folded(sl.text.strip()))):
            continue
        story = {r.country for j, (r, s) in enumerate(zip(out, slots))
                 if j != i and r is not None and r.country is not None and not s.variant
                 and _folded(s.text) != _folded(sl.text)}
        if pick.country in story:
            continue
        home = [c for c in sl.cands if c.country in story and c.feature in ("ADM1", "ADM2")
                and c.kind in (KIND_MAIN, KIND_ALIAS)]
        res[i] = max(home, key=lambda c: c.population) if home else None
    return res


_INITIALISM = re.compile(r"[A-Z]{2,4}")


def _initials(name: str) -> str:
    """"South Africa" -> "SA", "Papua New Guinea" -> "PNG" (small words such as "and", "of" do not count)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _initials_of_story_country(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None]
                               ) -> list[GazRecord | None]:
    """An initialism read as an area abroad while every other place of the story lies in one country follows the
    story: "SA" is South Africa in a story on Boksburg and Gauteng, not South Australia; one that is not that country's
    initials ("NSW" in a Kenya story) is no reading. Alone, or among places of the area's own country, it keeps its
    reading ("SA" with Port Pirie and Adelaide is South Australia)."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        written = _POSSESSIVE.sub("", sl.text.strip())
        if pick is None or pick.kind != KIND_ABBREV or not _INITIALISM.fullmatch(written):
            continue
        # (a continent or a sea, "Africa", belongs to no country and says nothing either way)
        others = {r.country for j, (r, s) in enumerate(zip(out, slots))
                  if j != i and r is not None and r.country is not None and not s.variant
                  and _POSSESSIVE.sub("", s.text.strip()) != written}
        if len(others) != 1 or pick.country in others:
            continue
        home = gaz.country(next(iter(others)))  # type: ignore[arg-type]
        res[i] = home if home is not None and _initials(home.name) == written else None
    return res


# Districts that many cities have, which GeoNames files as a place of one city ("Chinatown" is San Francisco's)
_SHARED_DISTRICTS = frozenset({"chinatown", "koreatown", "japantown", "greektown", "little italy", "little india",
                               "little havana", "little saigon"})


def _shared_districts(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A district that many cities have, read as one city's and farther than FAR_KM from every town the story
    names, is the district of the story's city: the town written nearest to it ("the city's Chinatown" in a
    Honiara story, "from Lincoln Park to Chinatown" in a Chicago one, not San Francisco's)."""
    found = [(sl.start, r) for sl, r in zip(slots, out) if r is not None and not sl.variant]
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        name = _POSSESSIVE.sub("", sl.text.strip()).lower()
        name = name[4:] if name.startswith("the ") else name
        if pick is None or pick.lat is None or pick.lon is None or name not in _SHARED_DISTRICTS:
            continue
        towns = [(p, r) for p, r in found if r.id != pick.id and r.resolution >= 4 and r.feature not in _CURATED
                 and r.lat is not None and r.lon is not None]
        if towns and all(_km(pick, r) > FAR_KM for _, r in towns):
            res[i] = min(towns, key=lambda t: abs(t[0] - sl.start))[1]
    return res


HAMLET_POP = 1_000  # a place this small is named in the news for being near the story's other places
HAMLET_RATIO = 100  # ... and loses to a namesake city at least this many times bigger when it is not
# A village this small loses so only farther than FAR_KM from the story's other towns, to a city this many times bigger
# ("a plant in Indianapolis and ... its research site in Cambridge" in a CHICAGO story is not Cambridge, Illinois, a
# village of 2,100 220 km away; "arrested in Columbus" in a Houston story stays Columbus, Texas, 110 km away)
VILLAGE_POP = 5_000
VILLAGE_RATIO = 50


def _big_namesakes_over_hamlets(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None]
                                ) -> list[GazRecord | None]:
    """A bare name read as a hamlet (under HAMLET_POP) that lies farther than LOCAL_KM from every other town the
    story names is its namesake city of SMALL_TOWN+ people in the same country: the hamlet won only on the story's
    state ("the University of Georgia prepares for its away game at Knoxville" in an ATHENS, Ga. story is Knoxville,
    Tennessee, not a Georgia hamlet of 69 people 150 km from Athens); so is a village (under VILLAGE_POP) farther than
    FAR_KM from them all, against a city VILLAGE_RATIO times bigger. A written qualifier or level word decides
    instead."""
    towns = [(sl.text.lower(), r) for sl, r in zip(slots, out) if r is not None and not sl.variant
             and r.lat is not None and r.lon is not None and r.resolution >= 3 and r.feature not in _CURATED]
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if (pick is None or sl.variant or sl.qualifiers or sl.cue or sl.titled or not pick.feature.startswith("PPL")
                or pick.population >= VILLAGE_POP or pick.lat is None or pick.lon is None):
            continue
        hamlet = pick.population < HAMLET_POP
        rest = [r for k, r in towns if k != sl.text.lower()]
        if not rest or any(_km(pick, r) <= (LOCAL_KM if hamlet else FAR_KM) for r in rest):
            continue
        ratio = HAMLET_RATIO if hamlet else VILLAGE_RATIO
        big = [t for t in _namesakes(gaz, sl) if t.country == pick.country and t.feature.startswith("PPL")
               and t.population >= max(SMALL_TOWN, ratio * pick.population)]
        if big:
            res[i] = max(big, key=lambda t: t.population)
    return res


# "WELLINGTON (Reuters) -", "ATHENS (AP) —": a wire dateline with no area after the name
_WIRE_DATELINE_AFTER = re.compile(r"[ \t]*\([A-Z][\w .&-]{0,30}\)[ \t]*[-\u2013\u2014]")


def _named_capitals(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A national capital's name read as a namesake town: the capital, when it opens a wire dateline ("WELLINGTON
    (Reuters) - Spain beat England in Sydney" is not Wellington, England) or when its own sentence names the
    capital's country and not the namesake's ("New Zealand will host Australia in Wellington" under a CAPE TOWN
    dateline)."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or pick.feature == "PPLC" or sl.variant or sl.qualifiers or sl.cue:
            continue
        caps = [r for r in sl.cands if r.feature == "PPLC" and r.kind in (KIND_MAIN, KIND_ALIAS)
                and _folded(r.name) == _folded(sl.text)]
        if not caps:
            continue
        if sl.start <= 2 and sl.text.isupper() and _WIRE_DATELINE_AFTER.match(text, sl.end):
            res[i] = max(caps, key=lambda r: r.population)
            continue
        named = {r.country for sl2, r in zip(slots, out) if r is not None and r.feature.startswith("PCL")
                 and abs(sl2.start - sl.start) <= SAME_SENTENCE_CHARS
                 and not SENTENCE_BREAK.search(text, min(sl2.end, sl.end), max(sl2.start, sl.start))}
        fits = [r for r in caps if r.country in named]
        if fits and pick.country not in named:
            res[i] = fits[0]
    return _named_big_cities(text, slots, res)


# "SAN JOSE (Reuters) - Costa Rica's police", "LEON - Nicaraguan students": the dateline's separator, then the lede's
# opening name, owned ('s) or a demonym
_LEDE_OPENER = re.compile(r"[ \t]*(?:\([A-Z][\w .&-]{0,30}\)[ \t]*)?[-\u2013\u2014][ \t]*(?:The[ \t]+)?"
                          r"([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}?)(?:['\u2019]s\b|[ \t]+[a-z])")
# A dateline namesake in the lede's country is taken only when it is a real city beside the pick (León, Nicaragua is a
# twelfth of León, Mexico; Sydney, Nova Scotia is under a hundredth of Sydney, Australia)
DATELINE_PEER_RATIO = 0.05


def _lede_country_datelines(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                            ) -> list[GazRecord | None]:
    """A dateline city read abroad is its namesake in the country the lede opens with: "SAN JOSE (Reuters) - Costa
    Rica's police said" is San José, Costa Rica, not California (a wire story's first words name the country it is
    filed on). A capital is never moved ("LONDON (Reuters) - Canada's ..." is no London, Ontario)."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or pick.feature == "PPLC" or not _at_dateline(text, sl) or sl.qualifiers:
            continue
        m = _LEDE_OPENER.match(text, sl.end)
        lede = [r for r in gaz.lookup(m.group(1)) if r.feature.startswith("PCL")] if m else []
        if not lede or any(r.country == pick.country for r in lede):
            continue
        home = [r for r in sl.cands if r.country == lede[0].country and r.feature.startswith("PPL")
                and r.kind in (KIND_MAIN, KIND_ALIAS) and _folded(r.name) == _folded(sl.text)
                and (r.feature == "PPLC" or r.population >= DATELINE_PEER_RATIO * pick.population)]
        if home:
            res[i] = max(home, key=lambda r: r.population)
    return res


def _named_big_cities(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A small town named like a capital or a city of MAJOR_CITY is that city when the list it stands in names places
    of the city's country and none of the town's ("flights from Los Angeles and Chicago" in an Oaxaca story), or
    whose other items are all capitals or big cities abroad ("flights from Bogota and Santiago" in a Lima story)."""
    res = list(out)
    neighbours = _list_neighbours(text, slots)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or pick.population >= SMALL_TOWN or not pick.feature.startswith("PPL") or sl.variant \
                or sl.qualifiers or sl.cue:
            continue
        big = [r for r in sl.cands if r.feature.startswith("PPL") and r.kind in (KIND_MAIN, KIND_ALIAS)
               and (r.feature == "PPLC" or r.population >= MAJOR_CITY) and _folded(r.name) == _folded(sl.text)]
        if not big:
            continue
        items = [r for j in neighbours[i] if (r := out[j]) is not None and slots[j].text != sl.text]
        near = {r.country for r in items}
        fits = [r for r in big if r.country in near]
        # "new flights from Bogota and Santiago": a list of big cities abroad holds the big city of that name
        if not fits and _big_cities_abroad(items, pick):
            fits = big
        if fits and pick.country not in near:
            res[i] = max(fits, key=lambda r: r.population)
    return res


def _big_cities_abroad(items: Sequence[GazRecord], pick: GazRecord) -> bool:
    """The other items of a name's list are all capitals or big cities outside the pick's country."""
    return bool(items) and all(r.feature.startswith("PPL") and (r.feature == "PPLC" or r.population >= MAJOR_CITY)
                               and r.country != pick.country for r in items)


def _lone_qualifier(text: str, slots: Sequence[_Slot], i: int) -> bool:
    """"LEBANON, Tenn. -": the area after the comma qualifies the name, which is no item of a list of areas
    ("cases in Washington, Pennsylvania and California"; "countries such as Mexico, China, Japan")."""
    sl = slots[i]
    m = _QUALIFIER.match(text, sl.end)
    if m is None or _AREA_LIST.match(text, m.end()):
        return False
    return not (i > 0 and _gap_is(_LIST_GAP, text, slots[i - 1].end, sl.start))


# Below this population a town named like a state or a country does not displace it.
_NAMESAKE_MIN_POP = 5_000


def _named_abroad(gaz: GazetteerLike, sl: _Slot, pick: GazRecord, named: Sequence[tuple[str, GazRecord]],
                  countries: Sequence[tuple[str, GazRecord]]) -> GazRecord | None:
    """"a trip to Italy ... Florence and Venice" in a Georgia story: a town picked in an admin-1 area that holds
    none of the story's places gives way to a namesake at least as big in a country the story names."""
    if not pick.feature.startswith("PPL") or pick.admin1_id is None:
        return None
    key = sl.text.lower()
    if any(r.admin1_id == pick.admin1_id or r.id == pick.admin1_id for k, r in named if k != key):
        return None
    abroad = {r.country for k, r in countries if k != key} - {pick.country, None}
    fits = [t for t in _namesakes(gaz, sl) if t.country in abroad and t.feature.startswith("PPL")
            and t.population >= pick.population]
    return max(fits, key=lambda t: t.population) if fits else None


# "the Fox Island neighborhood", "the Quitandinha neighbourhood": a part of the story's city
_NEIGHBOURHOOD_AFTER = re.compile(r"[ \t]+(?:neighbou?rhoods?|suburbs?|quarter)\b")


def _far_neighbourhoods(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """A name typed as a neighbourhood of the story's city ("residents of the Fox Island neighborhood" in a
    Bismarck story) whose reading lies far from every city the story names is a part of the city written last
    before it (the gazetteer lacks most neighbourhoods; a same-named town 1,600 km away is no reading)."""
    res = list(out)
    found = [(sl.start, r) for sl, r in zip(slots, out) if r is not None and not sl.variant
             and r.lat is not None and r.lon is not None]
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or pick.lat is None or pick.lon is None or not _NEIGHBOURHOOD_AFTER.match(text, sl.end):
            continue
        cities = [r for p, r in found if r.id != pick.id and r.resolution >= 4 and r.feature not in _CURATED]
        if not cities or any(close_km(pick, c, FAR_KM) for c in cities):
            continue
        host = _nearby_city(sl.start, [(p, r) for p, r in found if p < sl.start and r.id != pick.id])
        if host is not None:
            res[i] = host
    return res


# A city with less than this share of its same-named area's people does not own the area's bare name.
_CITY_SHARE = 0.2


def _city_written_apart(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"Quebec City ... the worst flooding in Quebec": when the story writes the city's name with "City", the bare
    name is the first-level area (or country) of that name, unless the city is a big part of that area: New York
    City holds 40% of its state's people, and news writes "New York" for both."""
    res = list(out)
    written = {_folded(sl.text) for sl in slots}
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or not pick.feature.startswith("PPL") or sl.variant or sl.qualifiers \
                or (sl.cue and _cue_agrees(sl.cue, pick)):
            continue
        if _folded(sl.text) + " city" not in written:
            continue
        areas = [r for r in sl.cands if (r.feature == "ADM1" or r.feature.startswith("PCL"))
                 and r.kind in (KIND_MAIN, KIND_ALIAS) and _folded(r.name) == _folded(sl.text)
                 and pick.population < _CITY_SHARE * r.population]
        if areas:
            res[i] = max(areas, key=lambda r: r.population)
    return res


def _seat_of_own_area(sl: _Slot, pick: GazRecord) -> bool:
    """The town lies in an area of its own name: "Bulacan" the town is in Bulacan province."""
    return any(r.feature in ("ADM1", "ADM2") and _folded(r.name) == _folded(sl.text) and _within(pick, r)
               for r in sl.cands)


def _named_county_towns(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                        ) -> list[GazRecord | None]:
    """"cutting power to much of Cagayan province ... landfall near Santa Ana": a town read outside every area the story
    names, far from a second-level area of its own country (a Philippine province, a US county) that the story names
    and that holds a town of that very name, is that town (not a capital, and not a big city unless read through a mere alternate
    name: Taguig is "Santa Ana" only as a district)."""
    res = list(out)
    areas = [r for sl, r in zip(slots, out) if r is not None and not sl.variant and r.feature in ("ADM1", "ADM2")]
    counties = [a for a in areas if a.feature == "ADM2"]
    if not counties:
        return res
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.variant or sl.qualifiers or not pick.feature.startswith("PPL") \
                or pick.feature == "PPLC" or (pick.population >= MAJOR_CITY and pick.kind != KIND_ALTERNATE) \
                or any(_within(pick, a) for a in areas) or _seat_of_own_area(sl, pick) \
                or (i > 0 and _gap_is(_COMMA_GAP, text, slots[i - 1].end, sl.start)):
            continue  # ("Pandi, Bulacan": a qualifier, and the seat of its own province)
        held = [(r, a) for r in sl.cands for a in counties
                if a.country == pick.country and r.feature.startswith("PPL") and r.kind in (KIND_MAIN, KIND_ALIAS)
                and _within(r, a)
                and _folded(r.name) == _folded(sl.text)]
        if held and all(not close_km(pick, a, FAR_KM) for _, a in held):
            res[i] = max((r for r, _ in held), key=lambda r: r.population)
    return res


# "Quebec" in a story about Sherbrooke, Magog and Montreal: the story's places in the area lie this far from the city
_AREA_SPREAD_KM = 100.0


def _area_by_spread(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"flooding across the Eastern Townships ... the worst in Quebec since 2019" with Sherbrooke, Magog and Montreal
    named: a bare name read as the main city of a first-level area of the very same name is the area when the story
    names two or more other towns in that area and all of them lie more than _AREA_SPREAD_KM from the city (a
    story about the city names places around it), and the city holds under _CITY_SHARE of the area's people."""
    res = list(out)
    placed = [(sl.text.lower(), r) for sl, r in zip(slots, out) if r is not None and not sl.variant
              and r.lat is not None and r.lon is not None and r.feature.startswith("PPL")]
    for i, (sl, pick) in enumerate(zip(slots, out)):
        # (a dateline names the city; so does a name whose city is a big part of its area: Antofagasta)
        if pick is None or not pick.feature.startswith("PPL") or sl.variant or sl.qualifiers or sl.cue \
                or pick.admin1_id is None or sl.text.isupper():
            continue
        area = next((r for r in sl.cands if r.id == pick.admin1_id and r.feature == "ADM1"
                     and r.kind in (KIND_MAIN, KIND_ALIAS) and _folded(r.name) == _folded(sl.text)
                     and pick.population < _CITY_SHARE * r.population), None)
        if area is None:
            continue
        key = sl.text.lower()
        inside = [r for k, r in placed if k != key and r.admin1_id == area.id and r.id != pick.id]
        if len(inside) >= 2 and all(_km(r, pick) > _AREA_SPREAD_KM for r in inside):
            res[i] = area
    return res


_TWIN_GAP = re.compile(r"\s+(?:and|&|to|or)\s+")


def _twin_names(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                ) -> list[GazRecord | None]:
    """"the sister city program between Rome and Rome": a name joined to itself names two places; the second is
    the biggest namesake far from the first's reading."""
    res = list(out)
    for i in range(1, len(slots)):
        a, b = slots[i - 1], slots[i]
        first, pick = res[i - 1], res[i]
        if first is None or pick is None or first.id != pick.id or _folded(a.text) != _folded(b.text) \
                or first.lat is None or not _gap_is(_TWIN_GAP, text, a.end, b.start):
            continue
        far = [r for r in list(b.cands) + _namesakes(gaz, b) if r.lat is not None and r.lon is not None
               and r.feature.startswith(("PPL", "PCL", "ADM")) and _km(r, first) > FAR_KM]
        if far:
            res[i] = max(far, key=lambda r: r.population)
    return res


# "the Greek island of Ithaca", "the Italian city of Florence": a demonym types the place's country
# ... and "the Saudi border at Salwa": a place a border is written at lies on that demonym's side
_DEMONYM_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?:island|city|town|village|port|capital|resort|region|province)"
                         r"\s+of|border\s+(?:(?:crossing|post)\s+)?at)\s+$")
# "Oswiecim, the Polish town where the camp stood", "Tabuk, a small Saudi city"
_DEMONYM_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:(?:small|tiny|little|quiet|remote|northern|southern|eastern|"
                                 r"western|central|coastal|historic|old)\s+)*([A-Z][a-z]+)\s+(?:(?:border|frontier|"
                                 r"port|market|mining|resort|university)\s+)?(?:town|city|village|port|island|capital|"
                                 r"region|province)\b")


def _typed_country(gaz: GazetteerLike, text: str, sl: _Slot) -> str | None:
    """The country a demonym types the slot with, before it or in an appositive after it."""
    m = _DEMONYM_OF.search(text, max(0, sl.start - 40), sl.start) or _DEMONYM_APPOSITIVE.match(
        text, sl.end, min(len(text), sl.end + 60))
    return demonym_country(gaz, m.group(1)) if m else None


def _typed_country_agrees(gaz: GazetteerLike, text: str, sl: _Slot, pick: GazRecord | None) -> bool:
    return pick is not None and pick.country is not None and _typed_country(gaz, text, sl) == pick.country


def _typed_by_demonym(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                      ) -> list[GazRecord | None]:
    """A place typed by a demonym ("the Greek island of Ithaca" in an Ithaca, N.Y. story; "Oswiecim, the Polish
    town where the camp stood") lies in that demonym's country: its biggest reading there, when the pick lies
    elsewhere."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.variant:
            continue
        cc = _typed_country(gaz, text, sl)
        if cc is None or pick.country == cc:
            continue
        base = _POSSESSIVE.sub("", sl.text.strip()).strip(" ,;:\"'()[]")
        there = [r for r in gaz.lookup(base) if r.country == cc and r.lat is not None
                 and not r.feature.startswith("PCL") and r.kind != KIND_DEMONYM]
        if there:
            res[i] = max(there, key=lambda r: r.population)
    return res


def _foreign_strays(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None]
                    ) -> list[GazRecord | None]:
    """"Copacabana" in a story about Lake Titicaca, La Paz and Puno: a town read in a country no other place of the
    story lies in, far from all of them, gives way to a namesake within FAR_KM of the story's places in a country
    the story does name, when two of the story's places lie around it (not a capital or a city of MAJOR_CITY: those
    are named from anywhere)."""
    res = list(out)
    placed = [(sl.text.lower(), r) for sl, r in zip(slots, out) if r is not None and not sl.variant
              and r.lat is not None and r.lon is not None]
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.variant or sl.qualifiers or sl.cue or sl.titled or pick.lat is None \
                or not pick.feature.startswith("PPL") or pick.feature == "PPLC" or pick.population >= MAJOR_CITY:
            continue
        key = sl.text.lower()
        rest = [r for k, r in placed if k != key]
        if len(rest) < 2 or any(r.country == pick.country for r in rest):
            continue
        spots = [r for r in rest if r.resolution >= 3 and r.feature not in _CURATED]
        if not spots or any(_km(pick, r) <= FAR_KM for r in spots):
            continue
        named = {r.country for r in rest}
        # two of the story's places around the namesake: one ("Washington" for Cambridge, Md.) is chance
        fits = [t for t in _namesakes(gaz, sl) if t.country in named and t.id != pick.id
                and sum(_km(t, r) <= FAR_KM for r in spots) >= 2]
        if fits:
            res[i] = max(fits, key=lambda t: t.population)
    return res


HOME_PLACES = 3  # places of the dateline's country that make a story that country's
# ... two of them do when the namesake is a real city beside the reading: at least a HOME_PEER_RATIO-th of its people
# ("HOUSTON - ... close its office in Tulsa and move 300 jobs to Birmingham" is Alabama's; "NEW YORK - HSBC moved jobs
# to Birmingham" names one American place and stays England)
HOME_PLACES_PEER = 2
HOME_PEER_RATIO = 10


def _home_namesakes(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None],
                    home: str | None) -> list[GazRecord | None]:
    """"The All Blacks then travel to Hamilton" in a WELLINGTON story naming Dunedin, Auckland and Napier is
    Hamilton, New Zealand, not the bigger Hamilton, Ontario: a city (not a capital) read in a country no other place
    of the story lies in, in a story datelined in a country where HOME_PLACES+ of its other places lie, is its
    namesake city (SMALL_TOWN+) of the dateline's country. A qualifier, level word or title decides instead, and a
    big city listed among big cities abroad keeps its reading ("flights from Toronto and Chicago")."""
    if home is None:
        return out
    placed = _story_readings(slots, out)
    neighbours = _list_neighbours(text, slots)
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if (pick is None or sl.variant or sl.qualifiers or sl.cue or sl.titled or pick.country == home
                or not pick.feature.startswith("PPL") or pick.feature == "PPLC"):
            continue
        if not _alone_abroad(sl, pick, placed, home, HOME_PLACES_PEER):
            continue
        if _big_cities_abroad([r for j in neighbours[i] if (r := out[j]) is not None], pick):
            continue
        town = _biggest_namesake(gaz, sl, home, SMALL_TOWN)
        if town is not None and (_alone_abroad(sl, pick, placed, home)
                                 or HOME_PEER_RATIO * town.population >= pick.population):
            res[i] = town
    return res


def _story_readings(slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> list[tuple[str, GazRecord]]:
    """(folded name, reading) of the story's readings at town or county level, variants and curated features left
    out."""
    return [(_folded(sl.text), r) for sl, r in zip(slots, out) if r is not None and not sl.variant
            and r.resolution >= 3 and r.feature not in _CURATED]


def _alone_abroad(sl: _Slot, pick: GazRecord, placed: list[tuple[str, GazRecord]], home: str | None,
                  min_home: int = HOME_PLACES) -> bool:
    """`pick` lies in a country none of the story's other readings (`placed`) lies in, while `min_home`+ of them
    lie in `home`."""
    rest = [r for k, r in placed if k != _folded(sl.text)]
    return not any(r.country == pick.country for r in rest) and sum(r.country == home for r in rest) >= min_home


def _biggest_namesake(gaz: GazetteerLike, sl: _Slot, home: str | None, min_pop: int,
                      kinds: tuple[int, ...] = (KIND_MAIN,)) -> GazRecord | None:
    """The most populous town of `home` (min_pop+) that `sl`'s name also names, if any."""
    fits = [t for t in _namesakes(gaz, sl, kinds) if t.country == home and t.feature.startswith("PPL")
            and t.population >= min_pop]
    return max(fits, key=lambda t: t.population) if fits else None


# "10 a.m. CT", "7 p.m. Eastern": a clock time in a US time zone is written for American readers
_US_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?[ \t]*(?:a\.m\.|p\.m\.|[ap]m|[AP]M)[ \t]+\(?(?:[ECMP][SD]?T(?!\w)|"
                       r"(?:Eastern|Central|Mountain|Pacific)\b(?![ \t]+(?:Europe|African?|Asian?|Indonesia)))")
# "N.C.", "W. Va.", "Ala.": an AP state abbreviation is dotted
_DOTTED_WORD = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?[A-Z]\.|[A-Z]\.[ \t][A-Z][a-z]{1,3}\.|[A-Z][a-z]{1,4}\.)")
# With that evidence a US town holding a tenth of the people of its namesake abroad is the likelier reading
# (Birmingham, Alabama, 196,000, against England's 1.4 million); "Paris" stays France.
US_PEER_RATIO = 10
US_TOWN_MIN = 10_000
# "Athens police", "the Springfield City Council": a town's own offices are local news of that town (a capital's
# police in foreign news are "Greek police")
_LOCAL_OFFICE_AFTER = re.compile(r"[ \t]+(?:[Pp]olice|[Cc]ity[ \t]+[Cc]ouncil|[Mm]ayor|[Ff]ire[ \t]+[Dd]epartment|"
                                 r"[Ff]irefighters|[Ss]chool[ \t]+[Bb]oard|[Cc]ity[ \t]+[Ss]chools|[Oo]fficers)\b")


def _states_written(gaz: GazetteerLike, text: str, towns: Sequence[GazRecord]) -> set[int]:
    """Admin-1 ids of the US states of `towns` that the text writes anywhere, also inside a name ("Virginia State
    Police", "the N.C. fire marshal"): by the state's own name or its dotted abbreviation."""
    ids = {t.admin1_id for t in towns if t.admin1_id is not None and t.admin1
           and re.search(r"(?<!West )\b" + re.escape(t.admin1) + r"\b", text)}
    for m in _DOTTED_WORD.finditer(text):
        ids |= {r.id for r in gaz.lookup(m.group(0)) if r.kind == KIND_ABBREV and r.feature == "ADM1"
                and r.country == "USA"}
    return ids


def _country_name(gaz: GazetteerLike, name: str | None) -> bool:
    """`name` also names a country ("Georgia")."""
    return name is not None and any(r.feature.startswith("PCL") for r in gaz.lookup(name))


def _us_written_namesakes(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                          ) -> list[GazRecord | None]:
    """"Durham firefighters battled a blaze ..., the N.C. fire marshal said": a bare town name read where none of the
    story's other places lies (England's Durham, Oregon's Portland) is its namesake US town in a state the story writes
    anywhere (in a name, by abbreviation); with no state written, a clock time in a US time zone ("6 a.m. CT") makes it
    the biggest US namesake. The namesake must hold a tenth of the reading's people (US_PEER_RATIO: "the Portland
    Trail Blazers" in a story naming the Texas Rangers stay in Oregon, not Portland, Texas); a dateline or a dollar
    price alone is no such evidence (Cambridge, Manchester). A town's own offices written after its name ("Athens
    police said a student at Ohio University ...") lift that bound and the one against capitals, with a state written.
    Qualified, cued or titled mentions keep their reading."""
    # (every mention of a name one of whose mentions is followed by its offices)
    local = {_folded(sl.text) for sl in slots if _LOCAL_OFFICE_AFTER.match(text, sl.end)}
    picks = [(i, sl, pick) for i, (sl, pick) in enumerate(zip(slots, out)) if pick is not None and not sl.variant
             and not sl.qualifiers and sl.cue in ("", "city") and not sl.titled and pick.feature.startswith("PPL")
             and (pick.feature != "PPLC" or _folded(sl.text) in local)]
    towns = {i: [t for t in _namesakes(gaz, sl) if t.country == "USA" and t.feature.startswith("PPL")
                 and t.population >= US_TOWN_MIN and t.id != pick.id] for i, sl, pick in picks}
    if not any(towns.values()):
        return out
    states = _states_written(gaz, text, [t for ts in towns.values() for t in ts])
    clock = _US_CLOCK.search(text) is not None
    res = list(out)
    for i, sl, pick in picks:
        key = _folded(sl.text)
        if pick.country == "USA" and pick.admin1_id in states:
            continue
        # (a story naming another place where the reading lies is about there: "Birmingham ... West Midlands")
        if any(r is not None and _folded(o.text) != key and (
                r.country == pick.country if pick.country != "USA" else r.admin1_id == pick.admin1_id)
               for o, r in zip(slots, out)):
            continue
        fits = [t for t in towns[i] if t.admin1_id in states]
        if not fits and clock and pick.country != "USA":
            fits = towns[i]
        # (a town's own offices in a story writing its state, "Athens police" with Ohio, make it that town whatever
        # the size of its namesake; not a state that shares its name with a country: "Athens police" with Georgia may
        # be a Greek story about Georgians)
        if key in local and any(t.admin1_id in states and not _country_name(gaz, t.admin1) for t in fits):
            fits = [t for t in fits if t.admin1_id in states and not _country_name(gaz, t.admin1)]
        elif pick.feature == "PPLC":
            continue
        else:
            fits = [t for t in fits if US_PEER_RATIO * t.population >= pick.population]
        if fits:
            res[i] = max(fits, key=lambda t: t.population)
    return res


# Local news names its own state's places: a story whose other towns and counties (ONE_STATE_SPOTS of them at least)
# all lie in one US state, or whose dateline writes its state ("TRENTON, N.J. -"), reads a bare name in that state
ONE_STATE_SPOTS = 2
# News style lets towns this big stand without their state ("in Philadelphia" in a New Jersey story) ...
OUT_OF_STATE_ALONE_MIN = 100_000
# ... and cities abroad this big, or capitals, without their country (the AP's datelines that stand alone: Toronto,
# Milan, Hamburg): a smaller one in a local story would be written "Hamilton, Ontario"
ABROAD_ALONE_MIN = 1_000_000


def _state_of(rec: GazRecord) -> str | None:
    """The US state a reading lies in (a state its own), by name: the key local stories are read by."""
    return _folded(rec.admin1) if rec.country == "USA" and rec.admin1 else None


_DATELINE_STATE_GAP = re.compile(r"[ \t]*,[ \t]*")


def _dated_state(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> tuple[GazRecord, str] | None:
    """The US town and state of a dateline that writes its state ("TRENTON, N.J. -"): the story is told there. The
    state is the town's qualifier or the mention right after it."""
    for k, (sl, r) in enumerate(zip(slots, out)):
        if not (sl.text and _at_dateline(text, sl) and r is not None and r.feature.startswith("PPL")
                and (state := _state_of(r)) is not None):
            continue
        after = out[k + 1] if k + 1 < len(slots) and _gap_is(_DATELINE_STATE_GAP, text, sl.end,
                                                                   slots[k + 1].start) else None
        written = [q for q in sl.qualifiers if q.feature == "ADM1"] + ([after] if after is not None else [])
        if any(q.feature == "ADM1" and _state_of(q) == state for q in written):
            return r, state
        return None
    return None


def _home_state(slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int,
                dated: tuple[GazRecord, str] | None) -> str | None:
    """The US state a local story is told in, for the mention `i`: the one state of every other town and county of
    the story (ONE_STATE_SPOTS at least, none abroad), else the state its dateline writes."""
    key = _folded(slots[i].text)
    others = [o for s, o in zip(slots, out) if o is not None and _folded(s.text) != key and not s.variant
              and not o.feature.startswith("PCL") and o.feature not in _CURATED]
    states = {_state_of(o) for o in others}
    if others and None not in states and len(states) == 1 \
            and len({o.id for o in others if o.resolution >= 3}) >= ONE_STATE_SPOTS:
        return next(iter(states))
    return dated[1] if dated is not None and key != _folded(dated[0].name) else None


def _movable(pick: GazRecord) -> bool:
    """A reading a local story's state may take back: a US county or town (no state capital or seat of a state's
    name), or a town or second-level area abroad that news would not write alone (no capital, under
    ABROAD_ALONE_MIN people: "Hamilton" is Ontario's only when the story says so)."""
    if pick.country == "USA":
        return pick.feature == "ADM2" or pick.feature in ("PPL", "PPLA2", "PPLA3", "PPLX")
    return ((pick.feature == "ADM2" or (pick.feature.startswith("PPL") and pick.feature != "PPLC"))
            and pick.population < ABROAD_ALONE_MIN)


def _named_elsewhere(slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int, pick: GazRecord,
                     alone_too: bool = True) -> bool:
    """The story names the reading's state (at home) or country (abroad), or another place of it: "Howell, Michigan",
    "Howell and Lansing", "Hamilton ... Ontario". Without `alone_too`, a US city big enough to stand alone
    (OUT_OF_STATE_ALONE_MIN) does not count: "flew to Orlando" is no story of Florida's Princeton."""
    state = _state_of(pick)
    for j, (s, o) in enumerate(zip(slots, out)):
        if j == i or o is None or o.id == pick.id or _folded(s.text) == _folded(slots[i].text):
            continue
        if not alone_too and o.country == "USA" and o.feature.startswith("PPL") \
                and o.population >= OUT_OF_STATE_ALONE_MIN and not s.qualifiers:
            continue
        if o.country == pick.country and (pick.country != "USA" or (state is not None and _state_of(o) == state)):
            return True
    return False


def _far_from_story(slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int, pick: GazRecord) -> bool:
    """A town farther than REGION_KM from every other town and county the story names (a Buffalo story's "Hamilton"
    may well be Ontario's, an hour away)."""
    spots = [o for j, o in enumerate(out) if j != i and o is not None and o.id != pick.id and o.resolution >= 3
             and o.lat is not None and o.lon is not None]
    return pick.lat is not None and pick.lon is not None and all(not close_km(pick, o, REGION_KM) for o in spots)


def _qualified_so(sl: _Slot, pick: GazRecord | None) -> bool:
    """The mention is written with an area that holds its reading ("Howell, Mich."), or with any area when it has
    none; a name in a list of people ("Helen, Clarence and ...") is not qualified by the next one."""
    return bool(sl.qualifiers) and (pick is None or any(_within(pick, q) for q in sl.qualifiers))


# "police in Hamilton", "officers of Hamilton": a local force named by its town
_OFFICE_BEFORE = re.compile(r"(?i)\b(?:police|officers|deputies|officials|firefighters|council|mayor|schools?)[ \t]+"
                            r"(?:in|of)[ \t]+$")


def _local_office_of(text: str, sl: _Slot) -> bool:
    """The mention names a town's own police or offices ("police in Hamilton", "Hamilton police"): local news of a
    town of the story's state, never a story of a town abroad written without its country ("a worker from Oaxaca" in
    an Iowa story stays Mexico's)."""
    return (_LOCAL_OFFICE_AFTER.match(text, sl.end) is not None
            or _OFFICE_BEFORE.search(text, max(0, sl.start - 30), sl.start) is not None)


def _stray_of_home(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int, pick: GazRecord,
                   home: str | None) -> bool:
    """A town read outside the local story's state `home` that news would write with its state (under
    OUT_OF_STATE_ALONE_MIN people; abroad, one named by its own police or offices), far from the story's places, in
    a state or country the story names nowhere else."""
    return (home is not None and pick.feature.startswith("PPL") and _state_of(pick) != home
            and (pick.population < OUT_OF_STATE_ALONE_MIN if pick.country == "USA"
                 else _movable(pick) and _local_office_of(text, slots[i]))
            and _far_from_story(slots, out, i, pick) and not _named_elsewhere(slots, out, i, pick))


def home_state_strays(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> set[int]:
    """The mentions a local story reads far out of its state, that news would have written with their state or
    country ("a warehouse in Howell" in a TRENTON, N.J. story is not Howell, Michigan): see `_one_state_namesakes`.
    The parser drops these readings once more after its own late additions (names spaCy found, names around the
    resolved ones), which never pass through the resolver. Qualified and titled mentions keep their readings."""
    dated = _dated_state(text, slots, out)
    return {i for i, (sl, r) in enumerate(zip(slots, out))
            if r is not None and not sl.titled and not _qualified_so(sl, r)
            and _stray_of_home(text, slots, out, i, r, _home_state(slots, out, i, dated))}


# A reading of another state this big stands alone even beside a small namesake near the story (news writes
# "flights to Tampa" or "Nashville" alone); below it, a namesake town near the story's places is the story's ("held
# in Clarksville" in a Lamar County, Texas story is Clarksville, Texas, not Tennessee's city of 170,000)
LOCAL_OVER_OTHER_STATE_MAX = 250_000


def _country_written(gaz: GazetteerLike, text: str, country: str | None) -> bool:
    """The text writes `country` by its name or demonym anywhere ("French buyers", "in France")."""
    return country is not None and any(
        r.feature.startswith("PCL") and r.country == country and r.kind in (KIND_MAIN, KIND_DEMONYM)
        for w in set(_CAPITALISED.findall(text)) for r in gaz.lookup(w))


def _points_abroad(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int,
                   country: str | None) -> bool:
    """Something in the story besides mention `i` lies abroad, or the text writes `country` (its name or demonym):
    "flew to Paris ... French officials", "Paris and Brussels", "a man from Mexico"."""
    key = _folded(slots[i].text)
    return (any(o is not None and o.country not in ("USA", None) for s, o in zip(slots, out) if _folded(s.text) != key)
            or _country_written(gaz, text, country))


def _county_home(slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int) -> str | None:
    """The US state of a story whose other places all lie in one state and include a county ("Somerset County
    prosecutors said he was held in New Brunswick"): a county named is local news, so one is evidence enough for a
    namesake among the story's places (`_local_namesake`), though not for `_home_state`'s wider moves."""
    key = _folded(slots[i].text)
    others = [o for s, o in zip(slots, out) if o is not None and _folded(s.text) != key and not s.variant
              and not o.feature.startswith("PCL") and o.feature not in _CURATED]
    states = {_state_of(o) for o in others}
    if None in states or len(states) != 1 or not any(o.feature == "ADM2" for o in others):
        return None
    return next(iter(states))


def _local_namesake(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int,
                    pick: GazRecord, home: str | None) -> GazRecord | None:
    """The town of the local story's state `home` named like mention `i` that lies within REGION_KM of one of the
    story's places of that state, when the reading lies far from them all and nothing names the reading's own state
    or country: another state's town under LOCAL_OVER_OTHER_STATE_MAX people ("Clarksville" in a Lamar County, Texas
    story), or, with nothing in the story pointing abroad, a province or capital abroad ("New Brunswick" in a
    Somerset County, N.J. story; "Paris" in a Red River County, Texas story). Whatever its size: the namesake is
    where the story's other places are."""
    if home is None or pick.lat is None or pick.lon is None or _state_of(pick) == home \
            or not (pick.feature.startswith("PPL") or pick.feature == "ADM1"):
        return None
    if pick.country == "USA":
        if pick.feature == "ADM1" or pick.population >= LOCAL_OVER_OTHER_STATE_MAX \
                or _named_elsewhere(slots, out, i, pick, False):
            return None
    elif not (pick.feature in ("ADM1", "PPLC") or _movable(pick)) or _points_abroad(gaz, text, slots, out, i,
                                                                                     pick.country):
        # (a city of millions abroad that is no capital stands alone: "Alexandria police" is Egypt's)
        return None
    if not _far_from_story(slots, out, i, pick):
        return None
    spots = [o for j, o in enumerate(out) if j != i and o is not None and o.resolution >= 3 and _state_of(o) == home
             and o.lat is not None and o.lon is not None and o.id != pick.id]
    near = [t for t in _namesakes(gaz, slots[i]) if _state_of(t) == home and t.feature.startswith("PPL")
            and any(close_km(t, o, REGION_KM) for o in spots)]
    return max(near, key=lambda t: t.population) if near else None


def _one_state_namesakes(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None], text: str = "",
                         drop: bool = True) -> list[GazRecord | None]:
    """"MANCHESTER, N.H. - ... a home in Bedford, and the Hillsborough County attorney's office said" is New
    Hampshire's Hillsborough County, not Florida's, four times bigger: a bare name read outside the state a local
    story is told in (`_home_state`: the one state of all its other places, or the state its dateline writes), with
    nothing else of the reading's state or country named, is that state's place of the name: its county, whatever
    its size; its town, when it holds a tenth of the reading's people (US_PEER_RATIO: "flights to Chicago" in an Ohio
    story stay in Illinois); else its "X Township" ("police in Howell" in a Lakewood, N.J. story). A town that news
    would write with its state or country (under OUT_OF_STATE_ALONE_MIN people at home, ABROAD_ALONE_MIN abroad),
    read far from the story's places and left with no such namesake, is a local place the gazetteer lacks ("a
    warehouse in Howell" in a TRENTON, N.J. story is not Michigan's; abroad, only a town named by its own police or
    offices: "Police in Hamilton" is not Hamilton, Ontario): with `drop` (given spans, which then take the story's
    focus) the reading is dropped; spotted names are dropped by the parser after its last additions
    (`home_state_strays`), as a spotted name is as likely no place at all ("Helen" in a WAUSAU, Wis. story).
    Qualified ("Howell, Mich."), titled and part-name mentions move nowhere. (`text` gives the dateline; without it
    only the story's other places tell its state.)"""
    dated = _dated_state(text, slots, out) if text else None
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if sl.titled or _qualified_so(sl, pick):
            continue
        home = _home_state(slots, out, i, dated)
        if pick is not None and (not _movable(pick) or home is None):
            # (a capital or province abroad, or any reading of a story whose state only its one county tells, moves
            # only to a namesake among the story's places; one county is too little against a capital)
            if home is None and pick.feature != "PPLC":
                home = _county_home(slots, out, i)
            if not sl.variant and (near := _local_namesake(gaz, text, slots, out, i, pick, home)) is not None:
                res[i] = near
            continue
        if sl.variant:
            # a part-name reading ("Helen Kunz" read as Helen, Georgia) moves nowhere, but may be no reading either
            if drop and pick is not None and _stray_of_home(text, slots, out, i, pick, home):
                res[i] = None
            continue
        # (a place of the reading's state that needs its state written makes the story one of there too)
        if home is None or (pick is not None and (_state_of(pick) == home
                                                  or _named_elsewhere(slots, out, i, pick, False))):
            continue
        township = [t for t in gaz.lookup(f"{_POSSESSIVE.sub('', sl.text.strip())} Township")
                    if t.kind == KIND_MAIN and _state_of(t) == home
                    and t.feature.startswith("PPL") and t.lat is not None and t.lon is not None]
        if pick is None:
            # a bare name left with no reading (Howell, Mich., dropped as a stray of a New Jersey story) is the
            # state's township of the name, which local news writes without the word ("police in Howell")
            fits = township
        else:
            fits = [t for t in _namesakes(gaz, sl) if _state_of(t) == home
                    and (t.feature == "ADM2") == (pick.feature == "ADM2")
                    and (t.feature == "ADM2" or US_PEER_RATIO * t.population >= pick.population)]
            if not fits and pick.feature.startswith("PPL"):
                fits = [t for t in township if US_PEER_RATIO * t.population >= pick.population]
            if not fits and (near := _local_namesake(gaz, text, slots, out, i, pick, home)) is not None:
                fits = [near]
        if fits:
            res[i] = max(fits, key=lambda t: t.population)
        elif drop and pick is not None and _stray_of_home(text, slots, out, i, pick, home):
            res[i] = None
    return res


def _capitals_pointed_abroad(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                             ) -> list[GazRecord | None]:
    """"LEXINGTON, Ky. - Kentucky horse breeders flew to Paris ... to meet French buyers" is France's capital, not
    Paris, Kentucky: a bare name read as a US town that also names a capital abroad is that capital when the text
    writes the capital's country (its name or demonym) or names another of its places. The town's own police or
    offices, its county named, a qualifier or a title keep the US reading ("Paris police", "Bourbon County")."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if (pick is None or pick.country != "USA" or not pick.feature.startswith("PPL") or sl.variant or sl.titled
                or sl.qualifiers or _local_office_of(text, sl)):
            continue
        caps = [t for t in _namesakes(gaz, sl) if t.feature == "PPLC" and t.country != "USA"]
        if len(caps) != 1:
            continue
        cap, key = caps[0], _folded(sl.text)
        # (the story sets the town itself elsewhere: "PARIS, Texas (AP) - ... between Paris and the state line. The
        # town shares its name with the capital of France")
        if any(_folded(s.text) == key and o is not None and o.country == "USA"
               and (s.qualifiers or s.cue or s.titled or _at_dateline(text, s)) for s, o in zip(slots, out)):
            continue
        others = [o for s, o in zip(slots, out) if o is not None and _folded(s.text) != key]
        if any(o.feature == "ADM2" and o.name == pick.admin2 and o.admin1_id == pick.admin1_id for o in others):
            continue
        if any(o.country == cap.country for o in others) or _country_written(gaz, text, cap.country):
            res[i] = cap
    return res


# A namesake holding at least 1/NAMED_PEER_RATIO of a reading's people is its peer: the reading won on size alone.
NAMED_PEER_RATIO = 2
# ... and it must lie this close to a town or county the story names ("Cambridge Analytica" in a story that names the
# United States stays Cambridge, England: Massachusetts's Cambridge is no nearer the story's places)
NAMED_PEER_KM = 250.0


def _named_country_namesakes(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None],
                             dateline_country: str | None = None) -> list[GazRecord | None]:
    """"gunfire near Bugarama" in a story that names Rwanda and Burundi is Rwanda's Bugarama (31,000 people), not
    Tanzania's (32,000): a town read in a country the story neither names nor holds any other place in gives way to its
    namesake town in a country the story names outright, when that namesake is its peer in size (a much bigger reading,
    "Paris" in a story naming only the United States, stays) and lies within NAMED_PEER_KM of a town or county of the
    story (Bujumbura). Qualified, cued or titled mentions keep their reading. Given `dateline_country` (a second pass,
    once the dateline city is read in its country: "SAN JOSE - Costa Rica's police arrested two men in Santa Ana"), only namesakes in
    the dateline's country, when the story names it, and of any size against a reading abroad short of a major city
    (Santa Ana, California); "Paris" and Santa Cruz de la Sierra stay."""
    named = {r.country for r in out if r is not None and r.feature.startswith("PCL") and r.country}
    if dateline_country is not None and dateline_country not in named:
        return out
    if not named:
        return out
    towns = [(_folded(sl.text), r) for sl, r in zip(slots, out) if r is not None and not sl.variant
             and r.resolution >= 3 and r.lat is not None and r.lon is not None]
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if (pick is None or sl.variant or sl.qualifiers or sl.cue or sl.titled or pick.country in named
                or not pick.feature.startswith("PPL") or pick.feature == "PPLC"):
            continue
        key = _folded(sl.text)
        if any(r is not None and r.country == pick.country and _folded(o.text) != key for o, r in zip(slots, out)):
            continue
        # (with a dateline: only its country's namesakes, of any size, against a reading short of a major city)
        if dateline_country is not None and pick.population >= MAJOR_CITY:
            continue
        peers = [t for t in _namesakes(gaz, sl) if t.country in named and t.feature.startswith("PPL")
                 and (NAMED_PEER_RATIO * t.population >= pick.population if dateline_country is None
                      else t.country == dateline_country)
                 and any(k != key and _km(t, r) <= NAMED_PEER_KM for k, r in towns)]
        if peers:
            res[i] = max(peers, key=lambda t: t.population)
    return res


_NAMED_KINDS = (KIND_MAIN, KIND_ALIAS, KIND_ALTERNATE)


def _partner_namesakes(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                       ) -> list[GazRecord | None]:
    """"They had lived in Santiago or Santo Domingo" in a Haiti-Dominican story is Santiago de los Caballeros, not
    Santiago de Chile; "hotels in Trinidad and Cienfuegos" in a Cuba story is Cuba's Trinidad, not Trinidad and
    Tobago: a reading in a country none of the story's other places lies in, written as a list item next to places
    of one other country that holds HOME_PLACES+ of the story's places, gives way to its namesake town in that
    country. A city's namesake is a city of at least a LIST_NAMESAKE_RATIO-th of its people (and SMALL_TOWN); a
    country read through the head of its name ("Trinidad", "Antigua") yields to a town of _NAMESAKE_MIN_POP+.
    Qualified, cued or titled mentions keep their reading."""
    placed = _story_readings(slots, out)
    neighbours = _list_neighbours(text, slots)
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.variant or sl.qualifiers or sl.cue or sl.titled or not neighbours[i]:
            continue
        min_pop = _partner_min_pop(sl, pick)
        partners = {r.country for j in neighbours[i] if (r := out[j]) is not None}
        if min_pop is None or len(partners) != 1 or pick.country in partners:
            continue
        (home,) = partners
        if not _alone_abroad(sl, pick, placed, home):
            continue
        # a short form counts: GeoNames lists "Santiago" among Santiago de los Caballeros' alternate names
        res[i] = _biggest_namesake(gaz, sl, home, min_pop, _NAMED_KINDS) or res[i]
    return res


def _partner_min_pop(sl: _Slot, pick: GazRecord) -> int | None:
    """How big a namesake must be to displace `pick` in `_partner_namesakes`; None: nothing displaces it (an area,
    a country written by its full name or a name not at its head)."""
    if pick.feature.startswith("PPL"):
        return max(SMALL_TOWN, pick.population // LIST_NAMESAKE_RATIO)
    written = _folded(_POSSESSIVE.sub("", sl.text))
    if pick.feature.startswith("PCL") and pick.kind == KIND_ALIAS and _folded(pick.name).startswith(written + " "):
        return _NAMESAKE_MIN_POP
    return None


# A village this small, read abroad and far from everything else the story names, is a namesake (see below).
LONE_VILLAGE = 20_000


def _placed(slots: Sequence[_Slot], out: Sequence[GazRecord | None]) -> list[tuple[str, GazRecord]]:
    """(folded name, reading) of the story's placed readings, variants left out."""
    return [(_folded(sl.text), r) for sl, r in zip(slots, out)
            if r is not None and not sl.variant and r.lat is not None and r.lon is not None]


def _lone_foreign_villages(slots: Sequence[_Slot], out: list[GazRecord | None]) -> list[GazRecord | None]:
    """"Aftershocks rattled the islands of Espiritu Santo and Tanna" in a Vanuatu story read Tanna, a German village:
    a village (under LONE_VILLAGE people) in a country none of the story's other places lies in (a small town read
    through an alternate spelling backs no country), farther than FAR_KM from all of them, when three or more other
    mentions are placed, is a namesake of a place near the story that the gazetteer lacks (a small country's island,
    camp or border post); no reading beats one on another continent. `_foreign_strays` runs first and takes a
    namesake in the story's countries where one fits. A qualified, cued or titled mention ("Tanna, Germany") keeps
    its reading."""
    res = list(out)
    # only solid readings back a country: two namesakes abroad ("Mele" -> Melle through an alternate spelling,
    # "Tanna", both German) do not back each other; the town itself is kept ("Clacton" is Clacton-on-Sea)
    placed = [(k, r) for k, r in _placed(slots, out) if not _lone(r)]
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.qualifiers or sl.cue or sl.titled or pick.lat is None or pick.lon is None:
            continue
        if _lone(pick) and pick.population < LONE_VILLAGE and _isolated_abroad(sl, pick, placed, 3, FAR_KM):
            res[i] = None
        elif _other_spelling(sl, pick) and _isolated_abroad(sl, pick, placed, 3, FEATURE_FAR_KM):
            # "the tent city at Mina" in a Mecca story is not Minna, Nigeria (a town of 400,000 with "Mina" among its
            # alternate names): a town reached only through another spelling, abroad and farther than
            # FEATURE_FAR_KM from all the story's places, is the same kind of namesake
            res[i] = None
    return res


def _other_spelling(sl: _Slot, rec: GazRecord) -> bool:
    """A town (not a capital or a city of MAJOR_CITY) read through an alternate name that is not the head of its
    own name ("Clacton" for Clacton-on-Sea is the town's short form, kept)."""
    return (rec.kind == KIND_ALTERNATE and rec.feature.startswith("PPL") and rec.feature != "PPLC"
            and rec.population < MAJOR_CITY and not _folded(rec.name).startswith(_folded(_POSSESSIVE.sub("", sl.text))))


def _isolated_abroad(sl: _Slot, pick: GazRecord, placed: Sequence[tuple[str, GazRecord]], min_others: int,
                     far_km: float) -> bool:
    """Whether `pick` lies in a country none of the story's other placed mentions is in (at least `min_others` of
    them, other names than `sl`'s) and farther than `far_km` from all of them."""
    rest = [r for k, r in placed if k != _folded(sl.text)]
    return len(rest) >= min_others and all(r.country != pick.country for r in rest) and \
        all(_km(pick, r) > far_km for r in rest)


# "On the Juba river", "floods on the Chari and Logone rivers", "River Tay", "the small island of Mango",
# "Tanna island": the words around the name say it is a river or an island, not a town
_RIVER_AFTER = re.compile(r"(?:\s*,?\s+(?:and|or|&)\s+[A-Z][\w'\u2019-]*)?[ \t]+[Rr]ivers?\b")
_RIVER_BEFORE = re.compile(r"\b[Rr]iver[ \t]+$")
_ISLANDS_BEFORE = re.compile(r"\b(?:[Ii]sland|[Ii]sle)s?\s+of\s+(?:[A-Z][\w'\u2019-]*\s*,\s*|[A-Z][\w'\u2019-]*"
                             r"\s+(?:and|or|&)\s+)?$")
_ISLAND_LIST_AFTER = re.compile(r"(?:\s*,?\s+(?:and|or|&)\s+[A-Z][\w'\u2019-]*)?[ \t]+[Ii]slands?\b")
# Farther than this from every other place of the story, a town written as a river or island is another place.
FEATURE_FAR_KM = 500.0


def _feature_cued(text: str, sl: _Slot) -> bool:
    """Whether the words right around the mention call it a river or an island."""
    after = min(len(text), sl.end + 40)
    return (_RIVER_AFTER.match(text, sl.end, after) is not None
            or _RIVER_BEFORE.search(text, max(0, sl.start - 8), sl.start) is not None
            or _ISLAND_LIST_AFTER.match(text, sl.end, after) is not None
            or _ISLANDS_BEFORE.search(text, max(0, sl.start - 40), sl.start) is not None)


def _foreign_feature_towns(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                           ) -> list[GazRecord | None]:
    """"On the Juba river" in a Somalia story read Juba, South Sudan; "the small island of Mango in the Ha'apai
    group" (Tonga) read Mango, India: a mention its words call a river or an island, read as a town (of any size:
    the town is what the gazetteer has, the river or island is what it lacks) in a country none of the story's
    other places lies in and farther than FEATURE_FAR_KM from all of them, with two or more of them placed, loses
    its reading; the story then places it. A town on its own river or island ("the Kabul River" in an Afghanistan
    story, "the island of Lampedusa" by Tunisia) is kept by the country or the distance test; a qualified or
    demonym-typed mention ("the Indian island of ...") keeps its reading. (Forests, hills, valleys and the like, and
    stories with fewer places, are `_foreign_wild_namesakes`, run last in `Resolver.resolve`.)"""
    res = list(out)
    placed = _placed(slots, out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        # a qualifier keeps the reading only when the town lies in it ("Mango in the Ha'apai group" qualifies
        # nothing in India)
        if (pick is None or sl.titled or pick.lat is None or pick.lon is None
                or any(q.country == pick.country for q in sl.qualifiers)
                or not pick.feature.startswith("PPL") or not _feature_cued(text, sl)
                or _typed_country_agrees(gaz, text, sl, pick)):
            continue
        if _isolated_abroad(sl, pick, placed, 2, FEATURE_FAR_KM):
            res[i] = None
    return res


# "attacked a base along the Juba river" (MOGADISHU), "in the Boni forest in Lamu county" (NAIROBI): a name written
# before a lower-case word of the wild names a river, forest, range or valley; read as a town or country abroad that
# no other place of the story lies in (Juba in South Sudan, Bonn by its old spelling "Boni"), the reading is a
# namesake, not the feature: the story then places the deed (the feature lies in the dateline's country or near it).
_WILD_AFTER = re.compile(r"[ \t]+(?:river|rivers|forest|forests|jungle|mountains|hills|valley|highlands|swamps|"
                         r"river\s+valley|river\s+basin|game\s+reserve)\b")


def _foreign_wild_namesakes(text: str, slots: Sequence[_Slot], out: list[GazRecord | None],
                            dateline_country: str | None) -> list[GazRecord | None]:
    """Drop the namesake reading of a feature (see `_WILD_AFTER`) in a country neither the dateline nor any other
    place of the story is in (with no dateline: while every other place lies in one other country); a town on its own
    river ("the Kabul river" in an Afghanistan story) keeps it. The cousin of `_foreign_feature_towns` (rivers and
    islands, mid-way, by distance, with two or more other places placed); this one runs last, on the readings the
    story is left with, and needs no distance: a wild feature named after a town abroad is the rarer reading."""
    res = list(out)
    for k, (sl, r) in enumerate(zip(slots, out)):
        # (an odd span past the text's end has no text, and no dateline)
        if r is None or not sl.text or _at_dateline(text, sl) or r.country in (None, dateline_country) \
                or not r.feature.startswith(("PPL", "PCL")) or not _WILD_AFTER.match(text, sl.end):
            continue
        others = {q.country for j, q in enumerate(out) if j != k and q is not None and q.kind != KIND_DEMONYM}
        # (with no dateline, the story's other places must all lie in one country: "near the Boni forest in Lamu
        # county" is no forest of Germany)
        if r.country not in others and (dateline_country is not None or (len(others) == 1 and None not in others)):
            res[k] = None
    return res


# "the Göksu river, in Mersin province", "Bonny island in Rivers state": a river or island, then the area it lies in
_FEATURE_IN_GAP = re.compile(r"[ \t]+(?:[Rr]ivers?|[Ii]slands?)[ \t]*,?[ \t]+in[ \t]+(?:the[ \t]+)?")


def _features_in_written_area(text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                              ) -> list[GazRecord | None]:
    """"the Göksu river, in Mersin province" read a village Göksu 600 km east: a river or island the gazetteer lacks,
    read as a town outside the area written right after it, lies in that area; the area is the better reading."""
    res = list(out)
    for i in range(len(slots) - 1):
        pick, area = out[i], out[i + 1]
        if (pick is None or area is None or not pick.feature.startswith("PPL") or area.feature not in ("ADM1", "ADM2")
                or slots[i + 1].variant or _within(pick, area)
                or not _FEATURE_IN_GAP.fullmatch(text, slots[i].end, slots[i + 1].start)):
            continue
        res[i] = area
    return res


# "In Wellington, 50 kilometres south-east of Dubbo": the words give the distance to the next place named
_MEASURED_GAP = re.compile(r",?\s+(?:(?:about|some|around|roughly|nearly|just|only)\s+)?(\d{1,4})\s*(km|kilometres|"
                           r"kilometers|miles)\s+(?:\(\d+\s+(?:km|miles)\)\s+)?(?:to\s+the\s+)?(?:north|south|east|"
                           r"west)(?:-?(?:east|west))?(?:ern)?(?:\s+of\s+(?:the\s+)?(?:capital\s+)?(?:city\s+of\s+)?)?")
# "In Wellington, 50 kilometres south-east, the council ...": no place after the distance; it is from the dateline
_MEASURED_END = re.compile(r"[ \t]*[,.;]")
_MILE_KM = 1.609
# a written distance is rounded and measured by road: allow half again and a town's size on top
MEASURED_SLACK = 1.5
MEASURED_PAD_KM = 30.0


def _measured_namesakes(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                        ) -> list[GazRecord | None]:
    """"In Wellington, 50 kilometres south-east of Dubbo" read Wellington, New Zealand: a town written at a
    distance from the next place named lies about that far from it; a reading much farther gives way to the
    namesake that fits the distance, when there is one (none: the reading stays)."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or pick.lat is None or pick.lon is None or sl.qualifiers:
            continue
        m, anchor = _measured_anchor(text, slots, out, i)
        if m is None or anchor is None or anchor.lat is None or anchor.lon is None:
            continue
        km = float(m.group(1)) * (_MILE_KM if m.group(2) == "miles" else 1.0)
        limit = km * MEASURED_SLACK + MEASURED_PAD_KM
        if _km(pick, anchor) <= limit:
            continue
        fits = [t for t in _namesakes(gaz, sl) if _km(t, anchor) <= limit]
        if fits:
            res[i] = min(fits, key=lambda t: abs(_km(t, anchor) - km))
    return res


def _measured_anchor(text: str, slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int
                     ) -> tuple[re.Match[str] | None, GazRecord | None]:
    """The distance written after slot i and the reading it is measured from: the next place when the words end
    "of <place>", else (nothing named after the distance) the dateline place."""
    sl = slots[i]
    if i + 1 < len(slots):
        m = _MEASURED_GAP.fullmatch(text, sl.end, slots[i + 1].start)
        if m is not None and m.group(0).rstrip().endswith(("of", "the")):
            return m, out[i + 1]
    m = _MEASURED_GAP.match(text, sl.end, min(len(text), sl.end + 80))
    if (m is None or _MEASURED_END.match(text, m.end()) is None or m.group(0).rstrip().endswith("of")
            or i == 0 or not _at_dateline(text, slots[0])):
        return None, None
    return m, out[0]


# "the capital", "the country's capital": a country's seat of government written as a common noun
_THE_CAPITAL = re.compile(r"(?:the[ \t]+)?(?:(?:country|nation)['\u2019]s[ \t]+|national[ \t]+)?capital")
# The area word that follows a county's own name ("Saint Louis County", "Orleans Parish")
_COUNTY_WORD = re.compile(r"(?i)[ \t]+(?:county|parish|borough)$")


def _dateline_city(text: str, sl: _Slot, pick: GazRecord | None) -> GazRecord | None:
    """"ST. LOUIS (AP) -": a dateline names the city the reporter files from, never the county or area of its name
    (the story's other places, inside Saint Louis County, pulled the reading to the county). Among the mention's
    readings, the city of the very same name in the area, or near the county's point, is taken."""
    if pick is None or pick.feature not in ("ADM1", "ADM2") or not _at_dateline(text, sl):
        return pick
    core = norm(_COUNTY_WORD.sub("", pick.name))
    cities = [r for r in sl.cands if r.feature.startswith("PPL") and r.country == pick.country
              and norm(r.name) == core and r.kind in (KIND_MAIN, KIND_ALIAS)
              and (r.admin1_id == pick.id or r.admin1_id == pick.admin1_id and close_km(r, pick, _DATELINE_CITY_KM))]
    return max(cities, key=lambda r: r.population) if cities else pick


# A county's point is the middle of its box: its namesake city lies within this of it.
_DATELINE_CITY_KM = 60.0


def _at_dateline(text: str, sl: _Slot) -> bool:
    """A place in capitals opening a line ("DUBBO, New South Wales -")."""
    line_start = sl.start == 0 or text[sl.start - 1] == "\n"
    return line_start and sl.text.isupper()


def _lone(rec: GazRecord) -> bool:
    """A village, or a small town read only through an alternate spelling ("Mele" -> Melle, Germany)."""
    return (rec.feature.startswith("PPL") and rec.feature != "PPLC"
            and (rec.population < LONE_VILLAGE or (rec.kind == KIND_ALTERNATE and rec.population < SMALL_TOWN)))


def _gap_is(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    return 0 <= hi - lo <= 8 and pattern.fullmatch(text, lo, hi) is not None


def within(rec: GazRecord, parent: GazRecord) -> bool:
    """Whether `rec` lies in the country or admin area `parent` (by its admin codes, not by distance)."""
    return _within(rec, parent)


# Admin-1 areas cut out of an older one that the news still names as the whole (GeoNames files the places under the
# new area): Lebanon's 2014 law made Baalbek-Hermel out of the Bekaa and Akkar out of the North, yet "Israeli strikes
# on the Bekaa ... killed three in Baalbek" still places Baalbek in the Bekaa. (country, old area) -> its former parts.
_FORMER_PARTS: dict[tuple[str, str], frozenset[str]] = {
    ("LBN", _folded("Al Biqā‘")): frozenset({_folded("B‘alabak-Al Hirmil")}),
    ("LBN", _folded("Ash Shimāl")): frozenset({_folded("‘Akkār")}),
}


def area_holds(country: str | None, area: str | None, province: str | None) -> bool:
    """Whether a place filed under admin-1 area `province` lies in admin-1 area `area` of `country`, by name: the same
    area, or one cut out of it later (Baalbek-Hermel out of the Bekaa). For callers that hold places, not records."""
    if area is None or province is None:
        return False
    return _folded(area) == _folded(province) or _folded(province) in _FORMER_PARTS.get(
        (country or "", _folded(area)), frozenset())


def _within(rec: GazRecord, parent: GazRecord) -> bool:
    if parent.feature.startswith("PCL"):
        return rec.country == parent.country and rec.id != parent.id
    if parent.feature == "ADM2":
        return (rec.country == parent.country and rec.admin2 is not None and rec.id != parent.id
                and _folded(rec.admin2) == _folded(parent.name))
    if rec.admin1_id == parent.id:
        return rec.id != parent.id
    return (parent.feature == "ADM1" and rec.admin1 is not None and rec.country == parent.country
            and _folded(rec.admin1) in _FORMER_PARTS.get((rec.country or "", _folded(parent.name)), frozenset()))


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


def _story_country(slots: Sequence[_Slot], out: Sequence[GazRecord | None], i: int) -> str | None:
    """The one country that every other reading of the story lies in (names read whole, other names than slot
    `i`'s), or None when they lie in several or in none."""
    key = _folded(slots[i].text)
    others = {r.country for j, (sl, r) in enumerate(zip(slots, out))
              if j != i and r is not None and not sl.variant and _folded(sl.text) != key}
    return next(iter(others)) if len(others) == 1 and None not in others else None


_REGION_WORD = re.compile(r"(?i)\s+region$")


def _home_areas_over_regions(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None]
                             ) -> list[GazRecord | None]:
    """"OUAGADOUGOU - Gunmen killed 20 civilians in the Sahel region": a region spanning countries, written with the
    level word "region" in a story whose other places all lie in one country, is that country's first-level area of
    the name (Burkina Faso's Sahel region), when it has one; a bare "the Sahel", or one spread over by "across",
    keeps the wide region. (A belt still unread at the end goes by the dateline's country:
    `_dateline_areas_over_regions`.)"""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if (pick is None or pick.feature != "RGN" or pick.country is not None or sl.wide
                or not (_REGION_WORD.search(sl.text) or sl.cue == "region")):
            continue
        home = _story_country(slots, out, i)
        if home is None:
            continue
        fits = [r for r in gaz.lookup(_REGION_WORD.sub("", sl.text)) if r.country == home and r.feature == "ADM1"
                and r.kind in (KIND_MAIN, KIND_ALIAS)]
        if fits:
            res[i] = max(fits, key=lambda r: r.population)
    return res


# (the level words after a wide region's name: "the Sahel region", "Sahel province")
_LEVEL_WORD_END = re.compile(r"[ \t]+(?:[Rr]egion|[Pp]rovince|[Ss]tate|[Dd]epartment)$")
_LEVEL_WORD_AFTER = re.compile(r"[ \t]+(?:region|province|state|department)\b")


def _dateline_areas_over_regions(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None],
                                 dateline_country: str | None) -> list[GazRecord | None]:
    """"OUAGADOUGOU - Militants raided Kourouma-Sebba in the Sahel region": a wide area of no country (the Sahel
    belt) still read so at the end, written with a level word, is the first-level area of that name in the
    dateline's country, when that country has one (Burkina Faso's Sahel region); in a story from a country with no
    such area, or spread over by "across", it stays the belt. The second pass of `_home_areas_over_regions`, by the dateline's country whatever
    the other places (that one reads the story's one country, mid-way, before the story's focus is taken)."""
    if dateline_country is None:
        return out
    res = list(out)
    for k, (sl, r) in enumerate(zip(slots, out)):
        if r is None or r.country is not None or sl.wide:  # ("across the Sahel region": the belt, as mid-way)
            continue
        level = _LEVEL_WORD_END.search(sl.text)
        name = sl.text[:level.start()] if level is not None else sl.text
        if level is None and not _LEVEL_WORD_AFTER.match(text, sl.end):
            continue  # ("across the Sahel": the belt)
        areas = {a.id: a for a in gaz.lookup(name) if a.feature == "ADM1" and a.country == dateline_country}
        if len(areas) == 1:
            res[k] = next(iter(areas.values()))
    return res


def _story_country_namesakes(gaz: GazetteerLike, slots: Sequence[_Slot], out: list[GazRecord | None]
                             ) -> list[GazRecord | None]:
    """"Western Province" in a story on Gizo and Honiara is the Solomon Islands' province, not Sri Lanka's (the
    bigger); "Kani township" in a story on Myanmar and the Chindwin is Myanmar's Kani, not the Japanese city of about
    the same size: an admin area or a town read in a country none of the story's other places lies in, while all of
    them lie in one country, gives way to its namesake of the same level in that country. A town must be the peer in
    size of its reading (NAMED_PEER_RATIO: "Paris" in a Texas story stays France) and lie within NAMED_PEER_KM of
    another place of the story; qualified, cued or titled mentions keep their reading."""
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        if pick is None or sl.variant or sl.qualifiers or sl.titled:
            continue
        home = _story_country(slots, out, i)
        if home is None or pick.country == home:
            continue
        if pick.feature in ("ADM1", "ADM2"):
            fits = [c for c in sl.cands if c.country == home and c.feature == pick.feature
                    and c.kind in (KIND_MAIN, KIND_ALIAS)]
        elif (pick.feature.startswith("PPL") and pick.feature != "PPLC" and sl.cue == ""
              and pick.population >= MAJOR_CITY):
            # "the army reinforced bases in neighbouring Cordoba" in a story on Antioquia: a big city abroad named
            # in a one-country story is that country's first-level area of the name, when it is a peer in size
            fits = [c for c in sl.cands if c.country == home and c.feature == "ADM1" and c.kind == KIND_MAIN
                    and NAMED_PEER_RATIO * c.population >= pick.population]
        elif (pick.feature.startswith("PPL") and pick.feature != "PPLC" and pick.population < MAJOR_CITY
              and sl.cue in ("", "city")):
            # (near another place of the story: "Cambridge Analytica" in a story on Washington and Arizona stays)
            near = [r for j, r in enumerate(out) if j != i and r is not None and not r.feature.startswith("PCL")]
            fits = [t for t in _namesakes(gaz, sl, (KIND_MAIN, KIND_ALIAS)) if t.country == home
                    and t.feature.startswith("PPL") and NAMED_PEER_RATIO * t.population >= pick.population
                    and any(close_km(t, r, NAMED_PEER_KM) for r in near)]
        else:
            continue
        if fits:
            res[i] = max(fits, key=lambda c: c.population)
    return res


# "St. Gregory of Narek in Vatican", "the University of X in Y": the place after "in" is where the name's bearer is
_BEARER_OF = re.compile(r"\b[A-Z][\w.'-]*[ \t]+of[ \t]+$")


def _named_in_area(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                   ) -> list[GazRecord | None]:
    """"near Gara in northern Iraq": a place written right before "in (compass) <country or admin area>" whose reading
    lies in another country is its namesake inside the area, of any kind (Iraq's Gara is a mountain range, Hungary's a
    village); with none, a small town read abroad is a place the gazetteer lacks, better placed by the area than 2,000 km
    off. ("Athens in Georgia" read as the Caucasus country keeps the Greek capital: a big city is named from anywhere; a
    curated town of the area's own country is filed under no area and is left alone: "Assenoncourt, in the Moselle".)"""
    res = list(out)
    for i in range(len(slots) - 1):
        sl, pick, host = slots[i], out[i], out[i + 1]
        if (pick is None or host is None or host.feature not in _AREA_HOSTS or sl.titled
                or slots[i + 1].start - sl.end > 30 or not _IN_CITY_GAP.fullmatch(text, sl.end, slots[i + 1].start)
                or _BEARER_OF.search(text, max(0, sl.start - 40), sl.start)
                or pick.feature.startswith("PCL") or pick.country == host.country or _within(pick, host)):
            continue
        fits = [c for c in [*sl.cands, *_namesakes(gaz, sl)] if _within(c, host)
                and c.kind in (KIND_MAIN, KIND_ALIAS)]
        if fits:
            res[i] = max(fits, key=lambda c: c.population)
        elif pick.feature.startswith("PPL") and pick.feature != "PPLC" and pick.population < SMALL_TOWN:
            res[i] = None
    return res


def _may_be_county_town(text: str, sl: _Slot, pick: GazRecord | None, county: GazRecord) -> bool:
    """`pick` may give way to a town of `county`: it is no reading, or a town outside the county, or a country whose
    name the town's own offices follow ("Mexico police said ..., Audrain County officials said"), or a first-level
    area that does not hold the county ("Middlesex County officials opened a shelter in New Brunswick": the Canadian
    province holds no Middlesex County; a town of the name is no likelier than the province only where the county of
    the story holds it, which the caller checks)."""
    if pick is None:
        return True
    if _within(pick, county):
        return False
    return pick.feature.startswith("PPL") or (
        pick.feature.startswith("PCL") and _LOCAL_OFFICE_AFTER.match(text, sl.end) is not None) or (
        pick.feature == "ADM1" and county.admin1_id != pick.id and not sl.cue)


def _town_and_county(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                     ) -> list[GazRecord | None]:
    """"A water main broke in Lima, Allen County officials said": a town and a county written with its word in one
    sentence, read apart (Lima, Peru; Allen County, Indiana), are the town and the county that holds it (Lima, Ohio),
    when exactly one county of that name holds a town of that name (in its own state). Local news names the county of
    its town. A town left with no reading (dropped as a stray of another country: "Dover police ... Kent County
    deputies arrested a suspect in Smyrna", Dover, England, beside Michigan's Kent County and Izmir) is read so too,
    and so is a name read as a country when the town's own offices follow it ("Mexico police said a man was killed,
    Audrain County officials said": Mexico, Missouri)."""
    res = list(out)
    for j, (cs, county) in enumerate(zip(slots, out)):
        if county is None or cs.variant or not _COUNTY_WORD.search(cs.text):
            continue
        for i, (sl, pick) in enumerate(zip(slots, out)):
            # (a county named after the town says less: "Washington County officials asked Washington for money")
            if (i == j or sl.variant or sl.qualifiers or not _may_be_county_town(text, sl, pick, county)
                    or _folded(sl.text) in _folded(cs.text)
                    or SENTENCE_BREAK.search(text, min(sl.end, cs.end), max(sl.start, cs.start) + 1)):
                continue
            pairs = [(t, c) for c in gaz.lookup(cs.text) if c.feature == "ADM2" and c.kind in (KIND_MAIN, KIND_ALIAS)
                     for t in _namesakes(gaz, sl, (KIND_MAIN, KIND_ALIAS)) if t.feature.startswith("PPL")
                     and _within(t, c) and t.admin1_id == c.admin1_id]  # (counties of one name in many states)
            if len({c.id for _, c in pairs}) == 1:
                res[i] = max((t for t, _ in pairs), key=lambda t: t.population)
                res[j] = pairs[0][1]
    return res


# "Athens-Clarke County", "Macon-Bibb County", "Louisville-Jefferson County": a consolidated city-county is written as
# its town and its county joined by a hyphen (US local news names its government so: "Athens-Clarke County police")
_CITY_COUNTY = re.compile(r"\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)-([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+"
                          r"(County|Parish)\b")


def _city_county_town(gaz: GazetteerLike, town: str, county: str) -> GazRecord | None:
    """The town named `town` that lies in the county named `county` of its own state, when exactly one county of that
    name holds such a town (Athens in Clarke County, Georgia; not Athens, Alabama, in Limestone County)."""
    pairs = [(t, c) for c in gaz.lookup(county) if c.feature == "ADM2" and c.kind in (KIND_MAIN, KIND_ALIAS)
             for t in gaz.lookup(town) if t.kind == KIND_MAIN and t.feature.startswith("PPL")
             and t.lat is not None and t.lon is not None and _within(t, c) and t.admin1_id == c.admin1_id]
    if len({c.id for _, c in pairs}) != 1:
        return None
    return max((t for t, _ in pairs), key=lambda t: t.population)


def _city_county_sense(gaz: GazetteerLike, text: str, slots: Sequence[_Slot], out: list[GazRecord | None]
                       ) -> list[GazRecord | None]:
    """"Athens-Clarke County police arrested a man ... taken to a hospital in Athens": a story that names a
    consolidated city-county ("X-Y County", the town X in Y County) means that town by every bare mention of X (one
    sense per story), and by the hyphenated name itself when it was read far from the town. A mention qualified,
    titled or cued to another level keeps its reading ("Athens, Greece")."""
    towns: dict[str, GazRecord] = {}
    written: list[tuple[int, int, GazRecord]] = []  # where each city-county is written
    for m in _CITY_COUNTY.finditer(text):
        town = _city_county_town(gaz, m.group(1), f"{m.group(2)} {m.group(3)}")
        if town is not None:
            towns.setdefault(_folded(m.group(1)), town)
            written.append((m.start(), m.end(), town))
    if not towns:
        return out
    res = list(out)
    for i, (sl, pick) in enumerate(zip(slots, out)):
        # the city-county itself or its town's part of it ("Athens-Clarke County", "Athens-Clarke", "Athens")
        town = next((t for start, end, t in written if sl.start == start and sl.end <= end), None)
        if town is None and not (sl.variant or sl.qualifiers or sl.titled or sl.cue not in ("", "city")):
            town = towns.get(_folded(_POSSESSIVE.sub("", sl.text.strip())))
        if town is None or (pick is not None and pick.lat is not None and pick.lon is not None
                            and _km(pick, town) <= FAR_KM):
            continue
        res[i] = town
    return res


__all__ = ["Resolver", "area_holds", "candidates", "find_qualifiers", "haversine_km", "load_weights", "within",
           "FEATURES", "KIND_MAIN", "KIND_ALIAS", "KIND_ALTERNATE", "KIND_ABBREV", "KIND_DEMONYM"]
