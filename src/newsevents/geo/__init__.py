"""Geography: gazetteer, toponym recognition and resolution, event location.

`GeoParser(gazetteer)` is built once per process and injected into the pipeline; it builds its name
automaton lazily, on the first article that needs it."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from newsevents.geo.gazetteer import (KIND_ABBREV, KIND_ALIAS, KIND_ALTERNATE, KIND_DEMONYM, KIND_MAIN, Gazetteer,
                                      GazetteerLike, GazRecord, InMemoryGazetteer, demonym_country)
from newsevents.geo.locate import event_location as _event_location
from newsevents.geo.locate import parties_country
from newsevents.geo.recognize import (BLOCK_LABELS, Mention, NameAutomaton, natural_name, numbering_word, party_names,
                                      street_pair_mentions, surname_particle,
                                      abbreviation_candidates, capital_mentions, confirmed_repeats, facility_mentions,
                                      find_mentions, in_brand_list, in_group_name, in_pathogen_name,
                                      gated_mentions, generic_head_of, headed_name, slot_before,
                                      lower_part_variant,
                                      hyphened_candidates, inner_datelines, is_calendar_word, list_items,
                                      local_candidates, locative_context, weak_candidates, particle_mentions,
                                      levelled_mentions, qualifier_mentions, road_mentions, route_number,
                                      person_or_firm, slot_mentions,
                                      small_town_matches, stands_alone, travel_mentions, typed_mentions, unknown_ner,
                                      ward_mentions, with_particle_names)
from newsevents.geo.names import fold, initials, norm
from newsevents.geo.resolve import (REGION_KM, SENTENCE_BREAK, Resolver, close_km, find_in_area, find_qualifiers,
                                    focus_place, home_state_strays, load_weights, nearest_city, spelling_variants,
                                    within)
from newsevents.records import Article, Location, Place, Sentence, Trigger

_DATELINE_SPLIT = ","
# "Kadugli and Dilling in South Kordofan": a town placed in a named area anchors the list before it
_IN_PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z]")
_COLON_DATELINE_MIN_POP = 100_000
# A small place this close to a city of HUB_CITY or more that the story names is its neighbourhood or suburb.
HUB_CITY = 100_000
SUBURB_KM = 30.0
# Wire copy writes well-known places bare (see `GeoParser._well_known_town`): a city this big or a capital by any of
# its names in a story of its country, a town that names a province this big, a town this big before "in <country>".
BIG_CITY = 1_000_000
# a city this big is a wire bureau's seat for its whole country (Lagos, Kano, Karachi, Mumbai; not Maiduguri or Quetta,
# whose datelines tell the region's own news)
BUREAU_POPULATION = 2_000_000
BIG_PROVINCE = 500_000
COUNTRY_TOWN = 20_000


# Where a bare admin-1 abbreviation names a place ("Wastewater in WA"), see `GeoParser._add_abbreviations`.
_ABBREV_SLOT = re.compile(r"\b(?:in|across|from|to|throughout|of)[ \t]+$")
_COMPASS_WORDS = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)"
# (searched from the conjunction, a fast scan, then back to the first compass word)
_SHARED_TAIL = re.compile(rf"[ \t](?:and|or|&)[ \t]+{_COMPASS_WORDS}[ \t]+([A-Z][\w'\u2019-]+)")
_SHARED_HEAD = re.compile(rf"\b({_COMPASS_WORDS})$")
_LIST_GAP = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)")
_PAIR_GAP = re.compile(r"[ \t]+(?:and|or)[ \t]+")
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+$")
_RIVER_AFTER = re.compile(r"[ \t]+[Rr]iver\b")
# "Emirates, based in Dubai", "Jordan, headquartered in Amman": a country or state is never based anywhere; a firm,
# an airline or a team named like it is. Not after a place's slot word ("aid workers in Sudan, based in Port Sudan").
_BASED_AFTER = re.compile(r",?[ \t]+(?:which[ \t]+is[ \t]+)?(?:based|headquartered)[ \t]+in\b")
_SLOT_BEFORE = re.compile(r"\b(?:in|from|to|at|across|into|of|throughout|near|inside|outside|for)[ \t]+(?:the[ \t]+)?$",
                          re.IGNORECASE)
_ORG_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# "a rover on Mars", "samples from Mars": planets are towns in the gazetteer ("Mars, Pennsylvania") and spaCy tags
# them LOC; in a story about space they are no place on earth.
_PLANETS = frozenset({"Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"})
_SPACE_WORDS = re.compile(r"\b(?:planets?|planetary|rovers?|orbit(?:s|ing|er|ed)?|spacecraft|astronauts?|"
                          r"asteroids?|telescopes?|lunar|solar[ \t]+system|space[ \t]+(?:agency|probe|mission|"
                          r"station|programme|program))\b")
# Capitalised words after a continent that still make a place of it ("Africa Command" does not)
_AREA_TAIL = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "And",
                        "Or", "In", "On", "At"})
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ian|ean|ese|ic|ern)")
_REGION_AFTER = re.compile(r"[ \t]+regions?\b")
# Mentions placed like typed names when the gazetteer lacks them (see `Resolver.resolve`'s `fallback_for`).
# A stoplisted name that is a city this big counts as an item of a list of places (see `GeoParser.listed_cities`).
GATED_CITY = 300_000
_TYPED_SOURCES = frozenset({"typed", "slot", "local-headed", "road", "ward"})
# Mentions taken only in a place's slot: their other occurrences are not repeated by the recognizer.
_WEAK_FEATURES = ("PPL", "ADM", "PCL", "ISL")
_NO_WEAK_FEATURES = frozenset({"PPLX", "PPLH", "PPLQ", "PPLW"})
# how far from the story's other places a name in a weak slot may lie: a day's stage of a journey
WEAK_KM = 400.0
_CONFIRMING = frozenset({"local", "local-qualified", "local-weak", "slot", "area", "travel"})


# "the Shangri-La, Cinnamon Grand and Kingsbury hotels": a name (or a list of names) before "hotel(s)"
_HOTEL_AFTER = re.compile(r"(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}){0,4}"
                          r"[ \t]+hotels?\b")


def _inside_any(m: Mention, outer: Sequence[Mention]) -> bool:
    """`m` lies inside one of `outer` and is shorter than it."""
    return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in outer)


def _drop_foreign_hotels(text: str, places: list[Place]) -> list[Place]:
    """A hotel's name read as a town abroad ("the Shangri-La hotel" in a Colombo story is not Shangri-La,
    China): dropped when no other place of the story is in that country ("a Mogadishu hotel" stays)."""
    out = []
    for p in places:
        if _HOTEL_AFTER.match(text, p.end) and not any(
                o.country_code == p.country_code and o.text != p.text for o in places):
            continue
        out.append(p)
    return out


def _respot_streets(text: str, mentions: Sequence[Mention], recs: list[GazRecord | None]) -> list[GazRecord | None]:
    """A street placed at the nearest city before the later steps added more cities ("The Asheville Police
    Department said it would close part of Haywood Street": the Asheville of the organisation's name is a repeat
    added after the first reading) goes to the nearest city of the final list. A street read at the town its name
    holds ("Colchester Hospital") or at its own reading keeps it."""
    found = [(m.start, r) for m, r in zip(mentions, recs) if r is not None and m.source != "facility"]
    out = list(recs)
    for i, (m, r) in enumerate(zip(mentions, recs)):
        if m.source != "facility" or r is None or r.resolution != 5 or fold(r.name) in fold(m.text):
            continue
        spot = nearest_city(text, m.start, m.end, found)
        if spot is not None and spot.id != r.id:
            out[i] = replace(spot, resolution=5)
    return out


# "Wiltshire Police", "Alexandria police officers", "the Leeds City Council": a local body written after the county or
# town it serves (see `GeoParser._home_readings`); capitalised, the body's name hides the place from recognition
_LOCAL_BODY_AFTER = re.compile(r"[ \t]+(?:[Pp]olice|[Cc]onstabulary|[Ss]heriff(?:['\u2019]s)?|[Ff]ire[ \t]+"
                               r"[Dd]epartment|[Cc]ity[ \t]+[Cc]ouncil|[Cc]ounty[ \t]+[Cc]ouncil|[Mm]ayor)\b")
_BODY_NAME = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w'\u2019-]*)?)"
                        r"(?=[ \t]+(?:Police|Constabulary|County[ \t]+Council|City[ \t]+Council)\b)")
# a town of the story's country this small is no better guess than the reading abroad ("Cologne", Minnesota)
HOME_TOWN_MIN = 20_000
# ... nor one this far from every place the story names in that country
HOME_TOWN_KM = 300.0


# Datelines that name a body rather than a town, and the curated place (features.tsv) the body files from.
SEAT_DATELINES = {"UNITED NATIONS": "United Nations Headquarters"}


def _unseated_features(text: str, mentions: Sequence[Mention], recs: list[GazRecord | None]
                       ) -> list[GazRecord | None]:
    """A river, peninsula or range the gazetteer lacks ("the Litani River") is seated in the nearest named
    place, a guess: kept only in a country the story names most, not across a border ("the Litani River"
    in a Lebanon story is no town of Israel, named a sentence before), and only at a place its own sentence
    names ("discovered in 1976 near the Ebola River" is no part of the dateline's Kinshasa, 1,100 km away)."""
    counts = Counter(r.country for m, r in zip(mentions, recs) if r is not None and r.country
                     and r.kind != KIND_DEMONYM and not _natural_feature(m))
    if not counts:
        return recs
    top = max(counts.values())
    return [None if r is not None and _natural_feature(m) and norm(r.name) != norm(m.text)
            and (counts.get(r.country or "", 0) < top or not _named_in_sentence(text, m, r, mentions, recs))
            else r for m, r in zip(mentions, recs)]


# A feature is seated only at a place written this close to it: "the island of Janitzio on Lake Patzcuaro", "Cape
# Peron in Rockingham", not "The Houthis, who control Sanaa and ... (90 characters) ... around the Cape of Good Hope"
# nor "Sinner, from San Candido ... (80 characters) ... the clay season in Monte Carlo".
FEATURE_SEAT_CHARS = 70


# "killed four shepherds from Sinjar in the Hamrin mountains": where people came from is no seat for a feature
_ORIGIN_BEFORE = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?$")


def _named_in_sentence(text: str, m: Mention, seat: GazRecord, mentions: Sequence[Mention],
                       recs: Sequence[GazRecord | None]) -> bool:
    """Another mention of `m`'s sentence, close to it, reads the place `m` is seated in (not as an origin, nor as the
    dateline: "LAGOS (Reuters) - Troops freed captives from camps in the Sambisa forest" is filed from Lagos, the forest
    lies 1,200 km away)."""
    dl = _find_dateline(text)
    return any(o is not m and r is not None and r.id == seat.id and not _natural_feature(o)
               and not (dl is not None and o.start < dl[1] and dl[0] < o.end)
               and not _ORIGIN_BEFORE.search(text, max(0, o.start - 10), o.start)
               and max(o.start, m.start) - min(o.end, m.end) <= FEATURE_SEAT_CHARS
               and not SENTENCE_BREAK.search(text, min(o.end, m.end), max(o.start, m.start))
               for o, r in zip(mentions, recs))


def _natural_feature(m: Mention) -> bool:
    return m.source == "facility" and natural_name(m.text)


def _ward_of(rec: GazRecord | None) -> GazRecord | None:
    """A numbered ward placed in its city is a part of that city (sub-city); placed in an area, it stays there."""
    return replace(rec, resolution=5) if rec is not None and rec.feature.startswith("PPL") else rec


# Sectors of armed groups and forces in the organisations table (data/actors/organisations.tsv)
_ARMED_SECTORS = frozenset({"REB", "PRM", "MIL", "CRM"})


@lru_cache(maxsize=1)
def _armed_group_names() -> frozenset[str]:
    """"freed captives from Boko Haram camps", spaCy's GPE "Al Shabaab": the names of armed groups and forces the
    actor coder knows (read from its organisations table, a data file), which a place's slot or type word does not make
    a place."""
    text = resources.files("newsevents.data").joinpath("actors", "organisations.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(norm(r[0]) for r in rows[1:] if len(r) > 3 and r[3].strip() in _ARMED_SECTORS)


def _stoplist() -> list[str]:
    text = resources.files("newsevents.data").joinpath("geo", "stoplist.txt").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


# Wide regions and seas, whose opening word news writes in lower case ("sub-Saharan Africa", "the horn of Africa"; see
# `lower_part_variant`); countries and admin-1 areas keep the case the gazetteer gives them
_REGION_FEATURES = frozenset({"RGN", "CONT", "SEA", "OCN"})


def _lower_part_regions(gazetteer: GazetteerLike, names: Sequence[tuple[str, int]]) -> frozenset[str]:
    """Strong names opening with such a word ("Sub-Saharan Africa") whose every reading is a wide region or a sea."""
    out: set[str] = set()
    for name, strength in names:
        if strength >= 3 and lower_part_variant(name) is not None:
            records = gazetteer.lookup(name)
            if records and all(r.feature in _REGION_FEATURES for r in records):
                out.add(name)
    return frozenset(out)


@lru_cache(maxsize=8)  # (asked for the same article text about 30 times per article)
def _find_dateline(text: str) -> tuple[int, int] | None:
    """Dateline place span, or None; tolerates `newsevents.segment.find_dateline` being absent."""
    try:
        from newsevents.segment import find_dateline
    except ImportError:
        return None
    dl = find_dateline(text)
    return (dl.start, dl.end) if dl is not None else None


def _dateline_town(recs: Sequence[GazRecord]) -> GazRecord:
    """"BENI (Reuters) - ADF rebels ...": a dateline names a town; when the top entry is an area reached only by
    another form of its name ("Beni" for Bolivia's El Beni department) and a town bears the name as its own, the
    town is the dateline (Beni, Congo)."""
    top = recs[0]
    if not top.feature.startswith("ADM") or top.kind != KIND_ALTERNATE:
        return top  # ("Mont." is Montana's abbreviation: a state after the town, "BILLINGS, Mont.")
    return next((r for r in recs if r.kind == KIND_MAIN and r.feature.startswith("PPL") and r.country), top)


def _is_area(rec: GazRecord | None) -> bool:
    # ("Croft, Yorkshire": a curated region of one country is an area too)
    return rec is not None and (rec.feature.startswith("PCL") or rec.feature in ("ADM1", "ADM2") or (
        rec.feature == "RGN" and rec.resolution in (2, 3) and rec.country is not None))


# A place's first-level area, by the country and the area's name: the data files Ireland's towns under their
# county as admin-2 with no admin-1, while the county itself is an admin-1 area.
AreaKey = tuple[str, str]


def _area_key(rec: GazRecord) -> AreaKey | None:
    area = rec.admin1 or rec.admin2
    return (rec.country, area) if rec.country and area else None


def _story_areas(recs: Sequence[GazRecord | None]) -> set[AreaKey]:
    """The first-level areas of the story's places finer than a country (demonyms left out)."""
    return {k for r in recs if r is not None and r.kind != KIND_DEMONYM and r.resolution >= 2
            and (k := _area_key(r)) is not None}


def _is_province(rec: GazRecord) -> bool:
    """An admin-1 area read by its main name."""
    return rec.feature == "ADM1" and rec.kind == KIND_MAIN


def _is_region(rec: GazRecord) -> bool:
    """A curated region of one country the size of a county or a province ("Berkshire", "Darfur")."""
    return rec.feature == "RGN" and rec.geonameid is None and rec.country is not None and rec.resolution in (2, 3)


def _near_story(rec: GazRecord, recs: Sequence[GazRecord | None]) -> bool:
    """Within `WEAK_KM` of a place the story names in that country, or in the same first-level area; where the
    story names only the country itself, anywhere in it ("Grecia will charge passengers to land on Naxa")."""
    inside = [r for r in recs if r is not None and r.country == rec.country and r.kind != KIND_DEMONYM
              and not r.feature.startswith("PCL")]
    if not inside:
        return True
    key = _area_key(rec)
    return any(close_km(rec, r, WEAK_KM) or (key is not None and _area_key(r) == key) for r in inside)


def _slotted_pair(text: str, cand: Mention, nb: Mention, nb_rec: GazRecord) -> bool:
    """"Cattle sold at saleyards in Dubbo and Orange": a pair of names right after a strong place slot word, one of
    them a town the story placed there, is a pair of places (a list of two has no place beyond it to vouch for
    it, see `GeoParser._listed_beyond`)."""
    first, second = (nb, cand) if nb.start < cand.start else (cand, nb)
    # (joined by "and"/"or" only: "In Nenagh, Cloughjordan said no" is a clause after a comma, not a list)
    # ("landfall between Sur and Ras al Hadd": after "between", the found end may be any point-like place, a cape or
    # an island as well as a town: the two ends of a stretch of land or coast)
    return ((nb_rec.feature.startswith("PPL") or _BETWEEN_BEFORE.search(text, max(0, first.start - 10), first.start)
             is not None) and nb_rec.resolution >= 4 and slot_before(text, first.start)
            and _PAIR_GAP.fullmatch(text, first.end, second.start) is not None)


def _big_or_area(rec: GazRecord) -> bool:
    return rec.population >= HUB_CITY or rec.feature in ("ADM1", "ADM2")


def _is_sub_area(rec: GazRecord | None) -> bool:
    return _is_area(rec) and rec is not None and not rec.feature.startswith("PCL")


def to_place(start: int, end: int, text: str, rec: GazRecord | None) -> Place:
    if rec is None or rec.lat is None:
        return Place(start, end, text)
    province = rec.admin1 if rec.resolution >= 2 else None
    return Place(start, end, text, rec.name, rec.geonameid, rec.lat, rec.lon, rec.country, rec.feature,
                 province, rec.resolution)


def _with_extra(mentions: list[Mention], recs: list[GazRecord | None],
                extra: list[tuple[Mention, GazRecord]]) -> tuple[list[Mention], list[GazRecord | None]]:
    """The mentions and their readings with `extra` pairs added, in text order."""
    if not extra:
        return mentions, recs
    both = sorted([*zip(mentions, recs), *extra], key=lambda mr: mr[0].start)
    return [m for m, _ in both], [r for _, r in both]


# "Mirebalais in the Centre department", "Kaya, Centre-Nord": the gap before the admin area that holds a place
_HOLDER_GAP = re.compile(r"\s*,\s*|,?\s+in\s+(?:the\s+)?")


# "Venice in Italy", "Mosul in northern Iraq": the country after "in", past a compass word
_IN_COUNTRY = re.compile(r",?[ \t]+in[ \t]+(?:the[ \t]+)?"
                         r"(?:(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?[ \t]+)?"
                         r"([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})")


# the capitalised word right after a name ("Marsa Matrouh")
_NEXT_NAME = re.compile(r"[ \t]+[A-Z][\w'\u2019-]*")
# "Isabela City", "Pennsauken Township": a level word written as part of a name; "Rajouri district": a level word
# after a name the gazetteer holds only with it (see `GeoParser._spelled_runs`)
_NAME_LEVEL_WORDS = frozenset({"City", "Township", "Municipality", "County", "District", "Province", "Region",
                               "State", "Governorate", "Division", "Tehsil", "Taluk", "Regency"})
_TOWNSHIP = re.compile(r"Township|Twp")
_LOWER_LEVEL_NEXT = re.compile(r"[ \t]+(?:district|county|province|region|governorate|division|tehsil|taluka?|"
                               r"regency|municipality|township)\b")

# "Kadugli and Dilling in South Kordofan": the joints of a list of places
_LIST_JOINT = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _list_end(text: str, end: int, ends: Mapping[int, int]) -> int:
    """The end of the list of names (`ends`: start -> end; up to three) that a name ending at `end` leads, else
    `end`."""
    for _ in range(3):
        joint = _LIST_JOINT.match(text, end)
        if joint is None or joint.end() not in ends:
            break
        end = ends[joint.end()]
    return end


def find_in_country(gaz: GazetteerLike, text: str, end: int) -> GazRecord | None:
    """The country named by "in X" right after a place (longest name first; see `_IN_COUNTRY`)."""
    m = _IN_COUNTRY.match(text, end, min(len(text), end + 60))
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        recs = [r for r in gaz.lookup(" ".join(words[:n]).rstrip(".,;:'\u2019")) if r.feature.startswith("PCL")
                and r.kind in (KIND_MAIN, KIND_ALIAS, KIND_ABBREV)]
        if recs:
            return recs[0]
    return None


class GeoParser:
    """Recognises and resolves the toponyms of an article and locates its events."""

    def __init__(self, gazetteer: GazetteerLike, weights: Mapping[str, float] | None = None,
                 ner_plus_gazetteer: bool = True) -> None:
        self.gazetteer = gazetteer
        self.resolver = Resolver(gazetteer, weights if weights is not None else load_weights())
        self.ner_plus_gazetteer = ner_plus_gazetteer
        self._automaton: NameAutomaton | None = None
        self._gated: list[str] | None = None
        self._listed: frozenset[str] | None = None
        self._gated_all: tuple[str, ...] | None = None
        self._stop: frozenset[str] | None = None

    def warm(self) -> None:
        """Build the tables that are otherwise built on the first article (the name automaton: seconds of CPU), so
        that worker processes forked after this share them instead of each building its own."""
        self.automaton  # noqa: B018 (built on access)
        if self._gated_all is None:
            self._gated_all = tuple(dict.fromkeys([*self.gated_names, *self.listed_cities]))
        # (round P35) the gazetteer's country and capital tables (one scan of the place table each, ~50 ms that every
        # worker paid on its first article); the same rows, read earlier
        for table in ("country", "capital"):
            read = getattr(self.gazetteer, table, None)
            if callable(read):
                read("")

    def after_fork(self) -> None:
        """In a forked child: the gazetteer reads through a connection of its own (see `Gazetteer.after_fork`)."""
        reopen = getattr(self.gazetteer, "after_fork", None)
        if callable(reopen):
            reopen()

    @property
    def gated_names(self) -> list[str]:
        """Stoplisted names that are also countries ("Jordan"): places only where a place is expected."""
        if self._gated is None:
            self._gated = [w for w in _stoplist() if w[:1].isupper() and not w.isupper() and any(
                r.feature == "PCLI" and r.kind in (KIND_MAIN, KIND_ALIAS) for r in self.gazetteer.lookup(w))]
        return self._gated

    @property
    def listed_cities(self) -> frozenset[str]:
        """Stoplisted names of big cities of that very name ("Florence", "Hamilton"): places as an item of a list of
        places ("from Milan and Florence"); in a place's slot alone they stay under the area rule of `_add_local`
        ("closed in Reading" in a Yorkshire story is no place)."""
        if self._listed is None:
            self._listed = frozenset(w for w in _stoplist() if w[:1].isupper() and not w.isupper() and any(
                r.feature.startswith("PPL") and r.kind == KIND_MAIN and r.name == w and r.population >= GATED_CITY
                for r in self.gazetteer.lookup(w)))
        return self._listed

    @property
    def automaton(self) -> NameAutomaton:
        if self._automaton is None:
            from newsevents.geo.automaton_cache import for_gazetteer  # (seconds of CPU saved per process)
            self._automaton = for_gazetteer(self.gazetteer, self._build_automaton)
        return self._automaton

    def _build_automaton(self) -> NameAutomaton:
        names = self.gazetteer.automaton_names()
        return NameAutomaton(names, _stoplist(), _lower_part_regions(self.gazetteer, names))

    def mentions(self, article: Article, sentences: Sequence[Sentence], ents: Sequence[tuple[int, int, str]],
                 parsed: set[int]) -> list[Mention]:
        """Recognised toponym mentions (no resolution)."""
        found = find_mentions(article.text, sentences, ents, parsed, self.automaton, self.ner_plus_gazetteer)
        if self._gated_all is None:  # once per parser, not per article (it is the key of the compiled pattern)
            self._gated_all = tuple(dict.fromkeys([*self.gated_names, *self.listed_cities]))
        found = sorted(found + gated_mentions(article.text, found, self._gated_all, self.listed_cities),
                       key=lambda m: m.start)
        # "Jisr al-Shughour", "Bergen op Zoom": names with lower-case particles the gazetteer holds whole
        person = [(s, e) for s, e, label in ents if label == "PERSON"]
        found = with_particle_names(found, particle_mentions(article.text, found, self._holds_whole, person))
        found = self._with_typed(article.text, found)
        # "Barangay 176 in Caloocan City": a numbered ward, not "Barangay" read as a place of its own
        wards, inside = ward_mentions(article.text, found)
        if wards:
            found = sorted([m for m in found if m not in inside] + wards, key=lambda m: m.start)
        # "Royal Street", "Glenrock Lagoon": a local place, replacing the town read from part of its name.
        local, swallowed = facility_mentions(article.text, found, self._not_a_place, self._known)
        if local:
            found = sorted([m for m in found if m not in swallowed] + local, key=lambda m: m.start)
        # "at the corner of State and Hubbard streets": two streets of one type word
        streets, swallowed = street_pair_mentions(article.text, found, self._not_a_place,
                                                  lambda name: self._holds_whole(name) == 2)
        if streets:
            found = sorted([m for m in found if m not in swallowed] + streets, key=lambda m: m.start)
        # "in Earlsheaton", "at the Feis Ceoil in Dublin": names the gazetteer lacks, in a strong place slot
        blocked = [(s, e) for s, e, label in ents if label in BLOCK_LABELS]
        found = sorted(found + slot_mentions(article.text, found, self._known, blocked), key=lambda m: m.start)
        found = sorted(found + road_mentions(article.text, found), key=lambda m: m.start)
        found = sorted(found + levelled_mentions(article.text, found, self._admin1_named), key=lambda m: m.start)
        # "in the capital", "the Afghan capital": the national capital written by its office
        found = sorted(found + capital_mentions(article.text, found, self._demonym_country), key=lambda m: m.start)
        dl = self._dateline(article.text)
        if dl is not None:
            # "KHARTOUM, Sudan": the first comma-separated part is the place itself.
            head = article.text[dl[0]:dl[1]].split(_DATELINE_SPLIT)[0].rstrip()
            s, e = dl[0], dl[0] + len(head)
            # "SAN PEDRO DE ATACAMA, Chile": a dateline the gazetteer knows whole beats a place read from its start
            inside = [m for m in found if m.start < e and s < m.end]
            if inside and all(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for m in inside) \
                    and len(head.split()) <= 4 and self._known(head):
                found = [m for m in found if m not in inside]
            if head and len(head.split()) <= 4 and not any(m.start < e and s < m.end for m in found):
                found.append(Mention(s, e, head, "dateline"))
                # "SEVERN, Md. (ABC7)": the state after the dateline's place is a place too
                found.extend(q for q in qualifier_mentions(article.text, [found[-1]])
                             if not any(m.start < q.end and q.start < m.end for m in found))
                found.sort(key=lambda m: m.start)
        # "...Grant Event. IMMOKALEE – Congressman": a dateline after a headline, a place the gazetteer knows
        inner = [m for m in inner_datelines(article.text, found) if self._town_or_area(m.text.title())]
        found = sorted(found + inner, key=lambda m: m.start) if inner else found
        found = self._spelled_runs(article.text, found)
        # "closed U.S. 93 north of Eureka": a numbered highway, not the country; "the Bay of Fires": a head alone
        parties = party_names(article.text, found)
        return [m for m in found if not route_number(article.text, m) and not generic_head_of(article.text, m)
                and not numbering_word(article.text, m) and not surname_particle(article.text, m)
                and m.text not in parties and not in_group_name(article.text, m) and not self._armed_group(m)
                and not in_pathogen_name(article.text, m) and not in_brand_list(article.text, m)]

    def _with_typed(self, text: str, found: list[Mention]) -> list[Mention]:
        """Names the words around them type as places (`typed_mentions`) join the found ones. One spaCy tagged too
        but the gazetteer lacks ("the southern Casamance region", GPE "Casamance") is read as typed, as it is
        without spaCy: seated in the nearest named city, not at the story's focus."""
        lacking = [m for m in found if unknown_ner(text, m, self._known)]
        if not lacking:
            typed = typed_mentions(text, found, self._not_a_place)
            # ("the village of Kwara Daji": the found "Kwara" only opens the typed name, see `recognize._swallowed`)
            return sorted([m for m in found if not _inside_any(m, typed)] + typed, key=lambda m: m.start)
        typed = typed_mentions(text, [m for m in found if m not in lacking], self._not_a_place)
        spans = {(m.start, m.end) for m in typed}
        kept = [m for m in found if (m not in lacking or (m.start, m.end) not in spans) and not _inside_any(m, typed)]
        taken = [(m.start, m.end) for m in kept]
        return sorted(kept + [m for m in typed if not any(m.start < e and s < m.end for s, e in taken)],
                      key=lambda m: m.start)

    def _spelled_runs(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Marsa Matrouh" (Marsa Matruh): a name the automaton took in part ("Marsa", a Maltese town) runs on with
        a capitalised word into a name the gazetteer holds in another spelling (see `resolve.spelling_variants`);
        the whole run is the place, and the resolver reads it by that spelling. So is a run closed by a level word
        that the gazetteer holds whole ("Isabela City" is the Basilan city, not Isabela province in Luzon), and a name
        the gazetteer lacks alone but holds as an area with the lower-case level word after it ("the Kandi forest area
        of Rajouri district": Rajouri is known only as "Rajouri district"). A name followed by "Township" is read with
        it as a typed name ("Washington Township" in a New Jersey story): the resolver keeps a township in its story's
        state or places it by the story's nearby places."""
        out: list[Mention] = []
        for i, m in enumerate(found):
            nxt = _NEXT_NAME.match(text, m.end)
            # (a known name keeps its span: the resolver reads the level word after it, and a town read there seats
            # the unknown places written in it, "in Pallanwala sector of Akhnoor in Jammu District")
            lower = nxt is None and m.source in ("typed", "gaz", "ner") and not self._known(m.text)
            if lower:
                nxt = _LOWER_LEVEL_NEXT.match(text, m.end)
            free = i + 1 == len(found) or found[i + 1].start >= (nxt.end() if nxt is not None else m.end)
            if m.source in ("gaz", "ner", "typed") and nxt is not None and free:
                run = text[m.start:nxt.end()]
                # (a known name takes a capitalised level word only as a city's: "Jammu District" stays Jammu read
                # with its level word, and the places written in it keep their seat)
                word = nxt.group(0).split()[0]
                whole = [run] if lower or word == "City" or (word in _NAME_LEVEL_WORDS and not self._known(m.text)) \
                    else []
                variants = whole if m.source == "typed" or lower else whole + list(spelling_variants(run))
                # (with a lower-case level word, only an area of that name: "Rajouri district" is the district)
                if any(r.feature.startswith("ADM" if lower else ("PPL", "ADM")) and r.kind != KIND_DEMONYM
                       for v in variants for r in self.gazetteer.lookup(v)):
                    out.append(Mention(m.start, nxt.end(), run, m.source, m.label))
                    continue
                if _TOWNSHIP.fullmatch(nxt.group(0).strip()):
                    # "Washington Township", "Adams Township": a township the gazetteer lacks is typed by its word;
                    # the resolver reads it in its story's state, or places it by the story's nearby places
                    out.append(Mention(m.start, nxt.end(), run, "typed", m.label))
                    continue
            out.append(m)
        return out

    def places(self, article: Article, sentences: list[Sentence], ents: list[tuple[int, int, str]],
               parsed: set[int]) -> list[Place]:
        text = article.text
        dateline_country = self._dateline_country(text)
        if article.toponyms is not None:
            spans = [(t.start, t.end) for t in article.toponyms]
            recs = self.resolver.resolve(text, spans, dateline_country, fallback=True)
            read = self._read_dateline_country(text, spans, recs, dateline_country)
            if read is not None:
                recs = self._reread(text, spans, recs, self.resolver.resolve(text, spans, read, fallback=True))
            return [to_place(s, e, text[s:e], r) for (s, e), r in zip(spans, recs)]
        mentions = self.mentions(article, sentences, ents, parsed)
        spans = [(m.start, m.end) for m in mentions]
        # A name typed as a place by its context ("the village of X") stays a place when the gazetteer
        # lacks it: in the nearest named city or the story's focus place, as for gold spans.
        typed = frozenset(i for i, m in enumerate(mentions) if m.source in _TYPED_SOURCES)
        local = frozenset(i for i, m in enumerate(mentions) if m.source == "facility")
        recs = self.resolver.resolve(text, spans, dateline_country, fallback_for=typed, local_for=local)
        read = self._read_dateline_country(text, spans, recs, dateline_country)
        if read is not None:
            dateline_country = read
            recs = self._reread(text, spans, recs, self.resolver.resolve(text, spans, dateline_country,
                                                                         fallback_for=typed, local_for=local))
        recs = self._story_capitals(text, mentions, self._peoples_capitals(mentions, recs), dateline_country)
        mentions, recs = self._add_local(text, mentions, recs, dateline_country)
        mentions, recs = self._add_weak(text, mentions, recs)
        mentions, recs = self._add_travel(text, mentions, recs)
        mentions, recs = self._add_area_towns(text, mentions, recs)
        mentions, recs = self._add_confirmed(text, mentions, recs)
        mentions, recs = self._add_hyphened(text, mentions, recs)
        mentions, recs = self._add_listed(text, mentions, recs)
        mentions, recs = self._add_shared_heads(text, mentions, recs)
        mentions, recs = self._add_abbreviations(text, mentions, recs)
        recs = self._holders_after(text, mentions, recs)
        recs = self._place_unknown_ner(text, mentions, recs, dateline_country)
        recs = _respot_streets(text, mentions, recs)
        recs = _unseated_features(text, mentions, recs)
        recs = self._home_readings(text, mentions, recs, dateline_country)
        recs = self._out_of_state_towns(text, mentions, recs)
        recs = [self._seat(m, r) if m.source == "dateline" and r is None else
                _ward_of(r) if m.source == "ward" else r for m, r in zip(mentions, recs)]
        # Demonyms tagged GPE by spaCy ("Ukrainian") describe actors, not places.
        out = [to_place(m.start, m.end, m.text, r) for m, r in zip(mentions, recs)
               if r is not None and r.kind != KIND_DEMONYM
               and (m.source != "qualifier" or r.feature in ("ADM1", "PCLI"))
               and not self._part_of_other(text, m, r)]
        return sorted(_drop_foreign_hotels(text, out), key=lambda p: p.start)

    def _peoples_capitals(self, mentions: Sequence[Mention], recs: list[GazRecord | None]) -> list[GazRecord | None]:
        """"the Afghan capital": the capital of the country whose people the word names, wherever the story is filed
        (the resolver reads a bare "the capital" by the dateline's country)."""
        out = list(recs)
        for i, m in enumerate(mentions):
            word = m.text.split()[1] if m.source == "capital" and len(m.text.split()) == 3 else ""
            cc = self._demonym_country(word) if word[:1].isupper() else None
            if cc is not None:
                out[i] = self.gazetteer.capital(cc)
        return out

    def _story_capitals(self, text: str, mentions: Sequence[Mention], recs: list[GazRecord | None],
                        dateline_country: str | None) -> list[GazRecord | None]:
        """"DAKAR - Mali's junta dissolved the parties ... Protesters gathered in the capital": a story filed from
        another country's capital tells of the country it names; "the capital" is that country's when every place
        named before it lies there (the dateline's own country named before keeps the dateline's reading; places
        of several other countries leave it unread)."""
        out = list(recs)
        if dateline_country is None or all(m.source != "capital" for m in mentions):
            return out  # (most stories: no dateline parse again)
        span = self._dateline(text)
        for i, m in enumerate(mentions):
            read = out[i]
            if m.source != "capital" or span is None or read is None \
                    or read.country != dateline_country:  # (a people's word already named the country)
                continue
            before = {r.country for m2, r in zip(mentions[:i], recs[:i]) if r is not None and r.country
                      and r.kind != KIND_DEMONYM and m2.source != "capital" and m2.start >= span[1]}
            if not before or dateline_country in before:
                continue
            out[i] = self.gazetteer.capital(next(iter(before))) if len(before) == 1 else None
        return out

    def _holders_after(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                       ) -> list[GazRecord | None]:
        """"Mirebalais in the Centre department", "Kaya, Centre-Nord": an admin area written right after a place is
        the reading of its name that holds that place, when one does and the best-scored reading does not (Haiti's
        Centre, not Burkina Faso's more populous one)."""
        out = list(recs)
        for i in range(1, len(mentions)):
            town, area = out[i - 1], out[i]
            if town is None or area is None or area.feature not in ("ADM1", "ADM2") or within(town, area) \
                    or not town.feature.startswith(("PPL", "ADM")) \
                    or not _HOLDER_GAP.fullmatch(text, mentions[i - 1].end, mentions[i].start):
                continue
            out[i] = next((r for r in self.gazetteer.lookup(mentions[i].text) if r.feature == area.feature
                           and r.kind in (KIND_MAIN, KIND_ALIAS) and within(town, r)), area)
        return out

    def _home_readings(self, text: str, mentions: Sequence[Mention], recs: list[GazRecord | None],
                       dateline_country: str | None) -> list[GazRecord | None]:
        """"Wiltshire Police arrested six activists near Salisbury": a town read abroad by another of its names (Harare,
        once Salisbury; Alessandria, "Alexandria" in English) is the town of that main name near the story's other
        places (the dateline's, the other mentions', those of the counties its local forces are named for: "Wiltshire
        Police"); so is a town named for its local force ("Alexandria police officers ... in Arlington") when every
        other place of the story lies in one country and nothing names the reading's country, not even a people's
        word. The town must be a real one (HOME_TOWN_MIN people); for another name, it must also lie within
        HOME_TOWN_KM of such a place or in a country the story names as a whole ("Cologne" in a story that names
        Washington is not Cologne, Minnesota)."""
        bodies = [r for m in _BODY_NAME.finditer(text) for r in self._one_country_readings(m.group(1))]
        out = list(recs)
        for k, (m, r) in enumerate(zip(mentions, recs)):
            if r is None or m.source == "dateline" or not r.country:
                continue
            old_name = r.kind == KIND_ALTERNATE and r.feature.startswith("PPL")
            if not (old_name or _LOCAL_BODY_AFTER.match(text, m.end)):
                continue
            others = [(mentions[j], q) for j, q in enumerate(recs) if j != k and q is not None and q.country
                      and norm(mentions[j].text) != norm(m.text)]
            anchors = [q for _, q in others if q.kind != KIND_DEMONYM] + bodies
            countries = {q.country for q in anchors}
            # (a people's word counts here: "Moscow police detained 50 Russians" is in Russia whatever else is named)
            if not anchors or r.country in countries | {q.country for _, q in others} \
                    or (not old_name and len(countries) > 1):
                continue
            home = [c for c in self.gazetteer.lookup(m.text) if c.kind == KIND_MAIN and c.population >= HOME_TOWN_MIN
                    and c.feature.startswith(("PPL", "ADM")) and c.country in countries
                    and (not old_name or any(q.country == c.country and (q.feature.startswith("PCL")
                                                                         or close_km(c, q, HOME_TOWN_KM))
                                             for q in anchors))]
            if home:
                out[k] = max(home, key=lambda c: (c.population, c.feature.startswith("PPL")))
        return out

    def _out_of_state_towns(self, text: str, mentions: Sequence[Mention], recs: list[GazRecord | None]
                            ) -> list[GazRecord | None]:
        """"TRENTON, N.J. - Protesters rallied outside a warehouse in Howell": the resolver's rule for a local story's
        state (`resolve.home_state_strays`), once more on the readings as the parser leaves them, since names spaCy
        found and names added around the resolved ones never pass through the resolver: a bare small town read far
        out of the story's state, in a state the story names nowhere, is no reading (Howell, New Jersey is not its
        namesake 900 km away in Michigan); the event falls back on the story's places."""
        if not any(r is not None and r.country == "USA" and r.feature == "ADM1" for r in recs):
            return recs  # (a story naming no US state is no local story told from one: no slots built again)
        slots = self.resolver.slots(text, [(m.start, m.end) for m in mentions])
        drop = home_state_strays(text, slots, recs)
        return [None if i in drop else r for i, r in enumerate(recs)]

    def _one_country_readings(self, name: str) -> list[GazRecord]:
        """The main readings of `name` when they all lie in one country ("Wiltshire"), else none ("Alexandria")."""
        readings = [r for r in self.gazetteer.lookup(name) if r.kind == KIND_MAIN and r.country]
        return readings if len({r.country for r in readings}) == 1 else []

    def _seat(self, m: Mention, rec: GazRecord | None) -> GazRecord | None:
        """"UNITED NATIONS (Reuters) -": a dateline naming a body that files from its own seat is that seat (see
        `SEAT_DATELINES`); elsewhere in the text the body's name is no place."""
        seat = SEAT_DATELINES.get(m.text.upper())
        if seat is None:
            return rec
        return next((r for r in self.gazetteer.lookup(seat) if r.kind == KIND_MAIN), rec)

    def _part_of_other(self, text: str, m: Mention, rec: GazRecord) -> bool:
        """A reading that names something else: the country or state a river is named after ("the Niger
        River" crosses five countries), a firm named like a country ("Emirates, based in Dubai"), a continent
        heading an organisation's name ("the Africa Corps"), an adjective the gazetteer lacks typed by "region" ("the
        Himalayan region"), a planet in a story about space ("a rover on Mars")."""
        if (rec.feature.startswith("PCL") or rec.feature == "ADM1") and (
                _RIVER_AFTER.match(text, m.end)
                or (_BASED_AFTER.match(text, m.end)
                    and _SLOT_BEFORE.search(text, max(0, m.start - 16), m.start) is None)):
            return True
        if m.text in _PLANETS and not rec.feature.startswith(("PCL", "ADM")) and _SPACE_WORDS.search(text):
            return True
        if rec.feature == "CONT" and (nxt := _ORG_AFTER.match(text, m.end)) is not None \
                and nxt.group(1) not in _AREA_TAIL:
            return True
        return (m.source == "typed" and _ADJECTIVE.fullmatch(m.text) is not None
                and _REGION_AFTER.match(text, m.end) is not None and not self.gazetteer.lookup(m.text))

    def _add_local(self, text: str, mentions: list[Mention], recs: list[GazRecord | None],
                   dateline_country: str | None) -> tuple[list[Mention], list[GazRecord | None]]:
        """Small places the automaton lacks, written where a place goes ("in Cloughjordan"), kept when
        they resolve into a country the story's other places are in (one sense per story)."""
        countries = {r.country for r in recs if r is not None and r.kind != KIND_DEMONYM and r.country}
        if not countries:
            return mentions, recs
        # A stoplisted name ("Nelson", "Marion") in a place's slot counts only in an admin-1 area the story's
        # other places are in: "FrontCounter BC services into Nelson" in a story about Castlegar, BC.
        areas = _story_areas(recs)
        # ... or near a curated region of one country the story names ("in Reading, Berkshire": GeoNames files Reading
        # under no county of that name)
        regions = [r for r in recs if r is not None and _is_region(r)]
        cands = local_candidates(text, mentions)
        local = [m for m in cands if self._local_name(m.text, countries) and (
            m.text not in self.stop or (not is_calendar_word(m.text) and (
                self._in_areas(m.text, areas) or self._near_regions(m.text, regions)
                or self._province_of(m.text, countries))))]
        # "9/10 June: Oulton Park, Cheshire.": a head the gazetteer lacks before an area is placed in that area
        local += [Mention(m.start, m.end, m.text, "local-headed") for m in cands if m.source == "local-qualified"
                  and m not in local and headed_name(text, m, mentions, self._known)]
        if not local:
            return mentions, recs
        both = sorted(mentions + local, key=lambda m: m.start)
        typed = frozenset(i for i, m in enumerate(both) if m.source in _TYPED_SOURCES)
        facility = frozenset(i for i, m in enumerate(both) if m.source == "facility")
        got = self.resolver.resolve(text, [(m.start, m.end) for m in both], dateline_country, fallback_for=typed,
                                    local_for=facility)
        keep = [i for i, (m, r) in enumerate(zip(both, got))
                if not m.source.startswith("local") or (
                    r is not None and r.country in countries and (
                        m.text not in self.stop or _area_key(r) in areas
                        or any(close_km(r, g, REGION_KM) for g in regions) or _is_province(r))
                    # "Weiswampach, Luxembourg": the place after the comma must be an area ("Helen,
                    # Clarence" is a list of names)
                    and (m.source == "local" or (i + 1 < len(got) and _is_area(got[i + 1])))
                    # ("Lander Dircken (Atariac, Belgium)": a country after an unknown head names a club's home
                    # as often; an admin area is the careful writer's place qualifier)
                    and (m.source != "local-headed" or _is_sub_area(got[i + 1])))]
        return [both[i] for i in keep], [got[i] for i in keep]

    def _add_weak(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                  ) -> tuple[list[Mention], list[GazRecord | None]]:
        """Names in a weaker slot of travel and feature writing ("flights to Heraklion", "land on Naxos", "past
        Boden") or listed beside a big place ("Szczecin and Świnoujście"), kept when the gazetteer holds the name in
        a country the story's other places are in, no other capitalised word stands before it anywhere in the story
        (a person's or a firm's name), it is no stoplisted word and a town, area or island of the name lies near
        the story's places of that country (`_near_story`). The places found before keep their readings."""
        countries = {r.country for r in recs if r is not None and r.kind != KIND_DEMONYM and r.country}
        if not countries:
            return mentions, recs
        # (a town the story put in a strong place slot anchors a list too: "camps around Adre and Farchana")
        big = {(m.start, m.end) for m, r in zip(mentions, recs)
               if r is not None and (_big_or_area(r) or (r.feature.startswith("PPL") and r.kind != KIND_DEMONYM
                                                         and (slot_before(text, m.start)
                                                              or _IN_PLACE_AFTER.match(text, m.end) is not None)))}
        weak = [m for m in weak_candidates(text, mentions, lambda f: (f.start, f.end) in big)
                if m.text not in self.stop and not is_calendar_word(m.text) and stands_alone(text, m.text, m.end)
                and self._local_name(m.text, countries)]
        extra: list[tuple[Mention, GazRecord]] = []
        for m in weak:
            # (towns, areas and islands: a neighbourhood or a hill is too easily some other thing of the name, unless
            # curated ("Gion" in Kyoto); the curated or else largest such town near the story's places is the
            # reading, as for a list's items)
            near = [r for r in self.gazetteer.lookup(m.text) if r.country in countries and r.kind != KIND_DEMONYM
                    and r.feature.startswith(_WEAK_FEATURES)
                    and (r.feature not in _NO_WEAK_FEATURES or r.geonameid is None) and _near_story(r, recs)]
            if near:
                extra.append((m, max(near, key=lambda r: (r.geonameid is None, r.kind in (KIND_MAIN, KIND_ALIAS),
                                                          r.feature.startswith("PPL"), r.population))))
        return _with_extra(mentions, recs, extra)

    def _add_travel(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                    ) -> tuple[list[Mention], list[GazRecord | None]]:
        """Stoplisted names at a journey's start or end ("Flights to Darwin and Bali were cancelled", "ships
        arriving from Sur", see `recognize.travel_mentions`): the largest town of the name, of `COUNTRY_TOWN` people
        or more, in a country the story's other places are in. The stoplist's area rule (`_add_local`) keeps such
        names to the story's own province; a journey crosses provinces, and the route words vouch for a place."""
        countries = {r.country for r in recs if r is not None and r.kind != KIND_DEMONYM and r.country}
        if not countries:
            return mentions, recs
        extra: list[tuple[Mention, GazRecord]] = []
        for m in travel_mentions(text, mentions, self.stop):
            towns = [r for r in self.gazetteer.lookup(m.text) if r.country in countries
                     and r.kind in (KIND_MAIN, KIND_ALIAS) and r.feature.startswith("PPL")
                     and r.feature not in _NO_WEAK_FEATURES and r.population >= COUNTRY_TOWN]
            if towns and not self._not_a_place(m.text):
                extra.append((m, max(towns, key=lambda r: r.population)))
        return _with_extra(mentions, recs, extra)

    def _add_area_towns(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                        ) -> tuple[list[Mention], list[GazRecord | None]]:
        """Small towns the text places in an area that holds them: in a county the story names ("Immokalee" in a
        story about Collier County, Florida) or in the area written right after the name ("GM's Bowling Green,
        Kentucky facility"). A town of that name in that area is what the name means; elsewhere these names are
        too often people and words to take without a locative slot."""
        counties = [r for r in recs if r is not None and r.feature == "ADM2"]
        countries = {r.country for r in recs if r is not None and r.kind != KIND_DEMONYM and r.country}
        hubs = [r for r in recs if r is not None and r.feature.startswith("PPL") and r.population >= HUB_CITY
                and r.lat is not None and r.lon is not None]
        extra: list[tuple[Mention, GazRecord]] = []
        cands = small_town_matches(text, mentions, self.automaton, self.stop)
        ends = {c.start: c.end for c in [*mentions, *cands]}
        for m in cands:
            # ("raided Gwoza in Borno state": an area after "in" that holds a town of the name places it too)
            # (... also after the list the name leads: "Kadugli and Dilling in South Kordofan")
            end = _list_end(text, m.end, ends)
            areas = counties + (find_qualifiers(self.gazetteer, text, m.end, whole=True)
                                or find_in_area(self.gazetteer, text, end))
            # "on the Near North Side" in a Chicago story, "unlike Irvine or Newport Beach" in a story about
            # Santa Ana: a neighbourhood or suburb of a city the story names, if no longer name holds it
            near = bool(hubs) and stands_alone(text, m.text, m.end)
            towns: list[GazRecord] = []
            if areas or near:
                readings = [r for r in self.gazetteer.lookup(m.text) if r.feature.startswith("PPL")
                            and r.kind in (KIND_MAIN, KIND_ALIAS)]
                towns = [r for r in readings if any(within(r, a) for a in areas)] or (
                    [r for r in readings if any(close_km(r, h, SUBURB_KM) for h in hubs)] if near else [])
            if towns:
                extra.append((m, max(towns, key=lambda r: r.population)))
            elif (known := self._well_known_town(text, m, end, countries)) is not None:
                extra.append((m, known))
        return _with_extra(mentions, recs, extra)

    def _well_known_town(self, text: str, m: Mention, end: int, countries: set[str]) -> GazRecord | None:
        """A name the automaton trusts little, with no area or slot to place it, that wire copy still writes bare
        for a well-known place: a town before "in <its country>" ("Venice in Italy began a charge"; a town of
        COUNTRY_TOWN people or more: a country is too coarse to vouch for a hamlet), or, in a story of its country,
        the other name of a city of BIG_CITY or more or of a capital ("A railway links Mecca with Medina"), or a
        town that gives its name to a province of BIG_PROVINCE or more ("Venice"), standing alone (no part of a
        person's or a firm's name)."""
        readings = [r for r in self.gazetteer.lookup(m.text) if r.feature.startswith("PPL") and r.kind != KIND_DEMONYM]
        country = find_in_country(self.gazetteer, text, end)
        if country is not None:
            towns = [r for r in readings if r.country == country.country and r.population >= COUNTRY_TOWN]
            return max(towns, key=lambda r: r.population) if towns else None
        ours = [r for r in readings if r.country in countries]
        big = [r for r in ours if r.population >= BIG_CITY or r.feature == "PPLC"] or [
            r for r in ours if r.kind in (KIND_MAIN, KIND_ALIAS) and r.population >= COUNTRY_TOWN
            and self._names_province(m.text, r)]
        # (the text checks last: they scan the story)
        if not big or not stands_alone(text, m.text, m.end) or person_or_firm(text, m.text):
            return None
        return max(big, key=lambda r: r.population)

    def _names_province(self, name: str, town: GazRecord) -> bool:
        """The second-level area that holds the town, of BIG_PROVINCE people or more, goes by the town's name
        (Venice in Venezia; not Summit, New Jersey, for Summit County, Ohio)."""
        return any(r.feature == "ADM2" and r.population >= BIG_PROVINCE and r.kind in (KIND_MAIN, KIND_ALIAS)
                   and within(town, r) for r in self.gazetteer.lookup(name))

    def _add_confirmed(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                       ) -> tuple[list[Mention], list[GazRecord | None]]:
        """Names taken only because a place's slot confirmed them ("in Nelson", "in Earlsheaton") are places at
        their other occurrences too, with the same reading (see `recognize.confirmed_repeats`)."""
        # (a country's name the automaton leaves out, "Jordan", "Saudi", is a person or an adjective as often)
        confirming = [(m, r) for m, r in zip(mentions, recs)
                      if r is not None and m.source in _CONFIRMING and not r.feature.startswith("PCL")
                      and not self._not_a_place(m.text)]
        # "NEWPORT, Wales - ... the mansions of Newport, Rhode Island ... residents of Newport": a mention with a
        # qualifier of its own names its own sense; the bare repeats keep the dateline's sense, or an unqualified
        # confirmed mention's
        dateline = {m.text.casefold(): r for m, r in zip(mentions, recs) if m.source == "dateline" and r is not None}
        reading = {m.text: dateline.get(m.text.casefold(), r) for m, r in confirming if m.source == "local-qualified"}
        reading.update({m.text: r for m, r in confirming if m.source != "local-qualified"})
        reading.update(self._dateline_echoes(text, mentions, recs, reading))
        if not reading:
            return mentions, recs
        extra = [(m, reading[m.text]) for m in confirmed_repeats(text, mentions, reading)]
        return _with_extra(mentions, recs, extra)

    def _dateline_echoes(self, text: str, mentions: Sequence[Mention], recs: Sequence[GazRecord | None],
                         taken: Mapping[str, GazRecord]) -> dict[str, GazRecord]:
        """"DUBROVNIK, Croatia - ... Dubrovnik will allow fewer ships": the dateline's place written again in the body
        in normal case is the same place, bare or not (one sense per story; `confirmed_repeats` keeps its guards)."""
        dl = self._dateline(text)
        if dl is None:
            return {}
        head = next(((m, r) for m, r in zip(mentions, recs) if m.start == dl[0] and r is not None), None)
        if head is None or not head[0].text.isupper() or head[1].kind == KIND_DEMONYM:
            return {}
        out: dict[str, GazRecord] = {}
        for m in re.finditer(re.escape(head[0].text), text, re.IGNORECASE):
            form = m.group(0)
            if form not in taken and not form.isupper() and all(w[:1].isupper() for w in form.split()):
                out[form] = head[1]
        return out

    def _add_hyphened(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                      ) -> tuple[list[Mention], list[GazRecord | None]]:
        """Towns joined by a hyphen to a word or a place ("Goleta-foothills-to-Carpinteria-coast views", "MLA for
        Nelson-Creston"), kept when a town of that name lies in a first-level area of the story's places (the
        largest such town); a compound's parts are too often other words to take them anywhere else."""
        areas = _story_areas(recs)
        placed = [m for m, r in zip(mentions, recs) if r is not None]
        cands = hyphened_candidates(text, mentions, placed) if areas else []
        extra: list[tuple[Mention, GazRecord]] = []
        for m in cands:
            if m.text in self.stop or is_calendar_word(m.text):
                continue
            readings = self.gazetteer.lookup(m.text)
            towns = [r for r in readings if r.feature.startswith("PPL") and r.kind in (KIND_MAIN, KIND_ALIAS)
                     and _area_key(r) in areas]
            if towns and not any(r.kind == KIND_DEMONYM for r in readings):
                extra.append((m, max(towns, key=lambda r: r.population)))
        return _with_extra(mentions, recs, extra)

    def _add_listed(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                    ) -> tuple[list[Mention], list[GazRecord | None]]:
        """A name listed beside places of one country ("Wajir, Mandera, Naivasha, Nakuru and Bunyala") is a place
        of that country when the gazetteer has it there (also as another spelling or an old name): its neighbour
        and the place listed beyond it must be towns or areas of that country, so a list of people or firms is
        no list of places."""
        reading = {(m.start, m.end): r for m, r in zip(mentions, recs) if r is not None and r.kind != KIND_DEMONYM}
        found = [m for m in mentions if (m.start, m.end) in reading]
        # how many of the story's places each first-level area holds
        held = Counter(k for r in reading.values() if r.resolution >= 2 and (k := _area_key(r)) is not None)
        extra: list[tuple[Mention, GazRecord]] = []
        for cand, nb in list_items(text, found):
            country = reading[(nb.start, nb.end)].country
            if not country or is_calendar_word(cand.text) or not (
                    self._listed_beyond(text, cand, nb, found, reading, country)
                    or _slotted_pair(text, cand, nb, reading[(nb.start, nb.end)])):
                continue
            readings = self.gazetteer.lookup(cand.text)
            towns = [r for r in readings if r.country == country and (r.feature.startswith("PPL") or _is_sub_area(r))]
            if cand.text in self.stop:
                # A stoplisted name ("Jackson", "Anderson", "Clinton") listed among a story's places ("Shoppers came
                # from Jackson, Memphis and New Orleans"): a town of that name in an area that holds the story's
                # places, the area holding the most of them; elsewhere the list may be of people.
                towns = [r for r in towns if r.feature.startswith("PPL") and r.kind in (KIND_MAIN, KIND_ALIAS)
                         and held.get(_area_key(r) or ("", ""), 0) > 0]
                if towns and not any(r.kind == KIND_DEMONYM for r in readings):
                    extra.append((cand, max(towns, key=lambda r: (held[_area_key(r) or ("", "")], r.population))))
                continue
            if towns and not any(r.kind == KIND_DEMONYM for r in readings):
                extra.append((cand, max(towns, key=lambda r: (r.kind in (KIND_MAIN, KIND_ALIAS), r.population))))
        return _with_extra(mentions, recs, extra)

    @staticmethod
    def _listed_beyond(text: str, cand: Mention, nb: Mention, found: Sequence[Mention],
                       reading: Mapping[tuple[int, int], GazRecord], country: str) -> bool:
        """The neighbour is a specific place of the country, and another such place is listed on its far side; one
        of the two is an admin area or a city of 100,000 or more ("Helen, Clarence, Irene, Marie and Randy Kunz"
        reads two villages out of a list of people)."""
        first = reading[(nb.start, nb.end)]
        if first.resolution < 2:
            return False
        behind = cand.start > nb.start  # the far side of the neighbour is before it
        for f in found:
            lo, hi = (f.end, nb.start) if behind else (nb.end, f.start)  # the gap between the two
            other = reading[(f.start, f.end)]
            if f is not nb and 0 <= hi - lo <= 40 and other.country == country and other.resolution >= 2 \
                    and (_big_or_area(first) or _big_or_area(other)) and _LIST_GAP.fullmatch(text, lo, hi):
                return True
        return False

    def _add_shared_heads(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                          ) -> tuple[list[Mention], list[GazRecord | None]]:
        """"Central and South America", "North and South Korea": a compass word that shares the name after the
        second one is a place of its own when the gazetteer has the whole name ("Central America")."""
        taken = [(m.start, m.end) for m in mentions]
        extra: list[tuple[Mention, GazRecord]] = []
        for m in _SHARED_TAIL.finditer(text):
            head = _SHARED_HEAD.search(text, max(0, m.start() - 12), m.start())
            if head is None:
                continue
            s, e = head.span(1)
            if any(s < te and ts < e for ts, te in taken):
                continue
            readings = self.gazetteer.lookup(f"{head.group(1)} {m.group(1)}")
            whole = [r for r in readings if r.kind in (KIND_MAIN, KIND_ALIAS)]
            if whole and not any(r.kind == KIND_DEMONYM for r in readings):
                extra.append((Mention(s, e, head.group(1), "shared"), max(whole, key=lambda r: r.population)))
        return _with_extra(mentions, recs, extra)

    def _add_abbreviations(self, text: str, mentions: list[Mention], recs: list[GazRecord | None]
                           ) -> tuple[list[Mention], list[GazRecord | None]]:
        """A bare abbreviation read by the story's countries: "SA" in a story about South Africa's provinces
        (the initials of a country the story's places are in), "WA" in a story about Rockingham, Western
        Australia (an admin-1 abbreviation of such a country). Two readings in the story's countries: none."""
        countries = {r.country for r in recs if r is not None and r.kind != KIND_DEMONYM and r.country}
        cands = abbreviation_candidates(text, mentions) if countries else []
        if not cands:
            return mentions, recs
        reading: dict[str, GazRecord | None] = {}
        slotted = {m.text for m in cands if _ABBREV_SLOT.search(text, max(0, m.start - 12), m.start)}
        for tok in {m.text for m in cands}:
            known = self.gazetteer.lookup(tok)
            # an admin-1 abbreviation only where a place goes ("Wastewater in WA"; "photo ID", "OK" are words)
            found = {r.id: r for r in known if tok in slotted and r.kind == KIND_ABBREV and r.feature == "ADM1"
                     and r.country in countries}
            # a country's initials that the gazetteer lacks as its name ("US" left out by the recognizer was
            # left out for a reason: "$US 15 billion")
            for c in countries:
                rec = self.gazetteer.country(c)
                if rec is not None and initials(rec.name) == tok and not any(r.country == c for r in known):
                    found[rec.id] = rec
            reading[tok] = next(iter(found.values())) if len(found) == 1 else None
        extra = [(m, r) for m in cands if (r := reading[m.text]) is not None]
        return _with_extra(mentions, recs, extra)

    def _local_name(self, name: str, where: set[str]) -> bool:
        """A name the gazetteer places in one of these countries and that is never a demonym ("Saudi")."""
        recs = self.gazetteer.lookup(name)
        return any(r.country in where for r in recs) and not any(r.kind == KIND_DEMONYM for r in recs)

    def _near_regions(self, name: str, regions: Sequence[GazRecord]) -> bool:
        """A town of this name lies near one of these curated regions (see `resolve.REGION_KM`), never a demonym."""
        recs = self.gazetteer.lookup(name) if regions else []
        return any(r.feature.startswith("PPL") and r.kind in (KIND_MAIN, KIND_ALIAS) and close_km(r, g, REGION_KM)
                   for r in recs for g in regions) and not any(r.kind == KIND_DEMONYM for r in recs)

    def _province_of(self, name: str, where: set[str]) -> bool:
        """A stoplisted name ("Midlands", "Delta") that is the main name of an admin-1 area of one of these countries:
        "farmers in the Midlands" in a Zimbabwe story is the province (in a British story it is no place of the
        gazetteer's), never a demonym."""
        recs = self.gazetteer.lookup(name)
        return any(_is_province(r) and r.country in where for r in recs) \
            and not any(r.kind == KIND_DEMONYM for r in recs)

    def _in_areas(self, name: str, areas: set[AreaKey]) -> bool:
        """A name the gazetteer places in one of these areas (see `_area_key`), never a demonym."""
        recs = self.gazetteer.lookup(name)
        return any(_area_key(r) in areas for r in recs) and not any(r.kind == KIND_DEMONYM for r in recs)

    @property
    def stop(self) -> frozenset[str]:
        """Names never taken from the gazetteer alone (`data/geo/stoplist.txt`)."""
        if self._stop is None:
            self._stop = frozenset(_stoplist())
        return self._stop

    def _place_unknown_ner(self, text: str, mentions: Sequence[Mention], recs: list[GazRecord | None],
                           dateline_country: str | None = None) -> list[GazRecord | None]:
        """A GPE/LOC that spaCy found but the gazetteer lacks (a village, a camp) is most likely in the
        story's focus area: give it the focus place rather than drop it (but not a dateline city abroad: see
        `Resolver.abroad`)."""
        if all(r is not None for r in recs):
            return recs
        focus = focus_place([r for r in recs if r is not None and r.kind != KIND_DEMONYM])
        if focus is None:
            return recs
        found = [(m.start, r) for m, r in zip(mentions, recs) if r is not None and r.kind != KIND_DEMONYM]
        out = list(recs)
        for i, (m, r) in enumerate(zip(mentions, recs)):
            if not (r is None and m.source == "ner" and m.label in ("GPE", "LOC")
                    and locative_context(text, m.start, m.end)):
                continue
            seat = (self.resolver.abroad(text, m.start, found, focus) or focus
                    if focus.country is not None and focus.country == dateline_country else focus)
            # "fled across the Naf River", "around the Cape of Good Hope": a river, lake or cape is no part of the
            # story's focus unless its own sentence names that place (as for `_unseated_features`)
            if not natural_name(m.text) or _named_in_sentence(text, m, seat, mentions, recs):
                out[i] = seat
        return out

    def _dateline(self, text: str) -> tuple[int, int] | None:
        """The dateline span, except a one-word "NAME:" opener that names a small town: with a colon that is a
        caption or speaker label ("JEWELL: Boyd Carney and ..."); colon datelines are big cities ("NEW DELHI:")."""
        dl = _find_dateline(text)
        if dl is None or not text[dl[1]:dl[1] + 3].lstrip(" ").startswith(":"):
            return dl
        recs = self.gazetteer.lookup(text[dl[0]:dl[1]])
        if recs and recs[0].feature.startswith("PPL") and recs[0].feature != "PPLC" \
                and recs[0].population < _COLON_DATELINE_MIN_POP and _DATELINE_SPLIT not in text[dl[0]:dl[1]]:
            return None
        return dl

    def _dateline_country(self, text: str) -> str | None:
        dl = self._dateline(text)
        if dl is None:
            return None
        parts = [p.strip() for p in text[dl[0]:dl[1]].split(_DATELINE_SPLIT) if p.strip()]
        for part in reversed(parts):
            recs = self.gazetteer.lookup(part)
            if recs and recs[0].country:
                return _dateline_town(recs).country
        return None

    def _read_dateline_country(self, text: str, spans: Sequence[tuple[int, int]], recs: Sequence[GazRecord | None],
                               looked_up: str | None) -> str | None:
        """The country the resolver read the dateline in, when it is not the one its name's top entry gave: "SAN JOSE
        (Reuters) - Costa Rica's police" is filed from Costa Rica, not California, and every reading that leans on
        the dateline's country must see Costa Rica. None when they agree (the usual case: nothing is resolved
        twice), and when the name has no entry (then the span is no clean dateline: "The Manipur Naga Peoples Front
        (MNPF) has claimed"). The last place of the dateline speaks, as in `_dateline_country` ("PORT HARCOURT,
        Nigeria")."""
        dl = self._dateline(text) if looked_up is not None else None
        if dl is None:
            return None
        inside = [r for (s, e), r in zip(spans, recs) if dl[0] <= s and e <= dl[1] and r is not None and r.country]
        read = inside[-1].country if inside else None
        return read if read is not None and read != looked_up else None

    def _reread(self, text: str, spans: Sequence[tuple[int, int]], first: Sequence[GazRecord | None],
                again: Sequence[GazRecord | None]) -> list[GazRecord | None]:
        """The second reading with the dateline's country, the dateline itself kept as first read (that reading gave
        the country; read again, the country's namesake area can outweigh the city: San José province)."""
        dl = self._dateline(text)
        return [r1 if dl is not None and dl[0] <= s and e <= dl[1] else r2
                for (s, e), r1, r2 in zip(spans, first, again)]

    def event_location(self, article: Article, sentence: Sentence, trigger: Trigger | None,
                       places: list[Place], *, verbal: bool | None = None) -> Location | None:
        """See `locate.event_location`; `verbal` (None: read from the trigger word) says the event is a statement.
        A deal with no place of its own is placed in its parties' one country (`locate.parties_country`)."""
        loc = _event_location(article, sentence, trigger, places, self._dateline, self._country_place,
                              self._demonym_country, self._seat_place, verbal=verbal, hub=self._bureau_city)
        if loc is not None:
            return loc
        parties = parties_country(article.text, sentence, trigger, self._named_country)
        country = self._country_place(parties[0]) if parties is not None else None
        if parties is None or country is None:
            return None
        return replace(Location.from_place(country), extracted_place=article.text[parties[1]:parties[2]],
                       start=parties[1], end=parties[2])

    def _named_country(self, words: str) -> str | None:
        """"Sudan" or "Sudanese" -> "SDN": the country a country's name or its demonym names, or None."""
        for rec in self.gazetteer.lookup(words):
            if rec.country and rec.feature.startswith("PCL") and rec.kind != KIND_ABBREV:
                return rec.country
        return None

    def _bureau_city(self, p: Place | Location) -> bool:
        """A city of `BUREAU_POPULATION` or more ("LAGOS", "KARACHI", "MUMBAI"): wire reporters file from it about
        the whole country, so its dateline says little of where a rural deed was."""
        if p.geonameid is None or not p.resolved_place or not (p.feature_code or "").startswith("PPL"):
            return False
        return any(r.geonameid == p.geonameid and r.population >= BUREAU_POPULATION
                   for r in self.gazetteer.lookup(p.resolved_place))

    def _holds_whole(self, name: str) -> int:
        """2 when the gazetteer names a big place exactly so (100,000+, a capital, an admin-1 area, a country),
        1 for another place, 0 when it lacks the name or knows it only as a demonym."""
        recs = [r for r in self.gazetteer.lookup(name) if r.kind != KIND_DEMONYM]
        if not recs:
            return 0
        return 2 if any(r.population >= 100_000 or r.feature in ("PPLC", "ADM1", "PCLI") for r in recs) else 1

    def _town_or_area(self, name: str) -> bool:
        """The gazetteer has a populated place, an admin area or a country named so, and no demonym."""
        recs = self.gazetteer.lookup(name)
        return any(r.kind in (KIND_MAIN, KIND_ALIAS) and (r.feature.startswith(("PPL", "PCL", "ADM")))
                   for r in recs) and not any(r.kind == KIND_DEMONYM for r in recs)

    def _known(self, name: str) -> bool:
        """The gazetteer has a record named so."""
        return bool(self.gazetteer.lookup(name))

    def _admin1_named(self, name: str) -> bool:
        """The gazetteer has a first-level area whose own name or alias this is."""
        return any(r.feature == "ADM1" and r.kind in (KIND_MAIN, KIND_ALIAS) for r in self.gazetteer.lookup(name))

    def _armed_group(self, m: Mention) -> bool:
        """spaCy's or a slot's place that is an armed group's name the gazetteer lacks ("the Al Shabaab")."""
        return m.source != "gaz" and norm(m.text) in _armed_group_names() and not self._known(m.text)

    def _not_a_place(self, name: str) -> bool:
        """A typed name that is a demonym ("Somali refugee camps") or known only as one, or an armed group's name the
        gazetteer lacks ("Boko Haram camps", see `_armed_group_names`)."""
        recs = self.gazetteer.lookup(name)
        return any(r.kind == KIND_DEMONYM for r in recs) or (not recs and norm(name) in _armed_group_names())

    def _demonym_country(self, word: str) -> str | None:
        """"Iranian" -> "IRN": the country a demonym names, or None."""
        return demonym_country(self.gazetteer, word)

    def _seat_place(self, name: str, alpha3: str) -> Place | None:
        """The most populous town of this name in this country ("Moscow", "RUS"): a speaking body's seat."""
        recs = [r for r in self.gazetteer.lookup(name) if r.country == alpha3 and r.resolution >= 4
                and r.lat is not None]
        best = max(recs, key=lambda r: r.population, default=None)
        return to_place(0, 0, name, best) if best is not None else None

    def _country_place(self, alpha3: str) -> Place | None:
        rec = self.gazetteer.country(alpha3)
        return to_place(0, 0, rec.name, rec) if rec is not None else None


__all__ = ["GeoParser", "Gazetteer", "InMemoryGazetteer", "GazRecord", "to_place"]
