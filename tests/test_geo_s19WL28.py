"""Toponym recognition and event location, session 19 (WL28, issue 4).

Recognition:
- "from Irwinda based Ready Pak": "based" written without its hyphen makes the name before it a firm's home, a place
  the geoparsing corpora annotate; like "Irwinda-based", it is kept when the story's places lie in an area that holds a
  town of that name. "Setton Farms based in Califa" names a firm, no home.
Event location:
- "Police detained Qandra, who was premier under Mursa, at his home in Alexa": a relative clause set off by two commas
  describes the object; the locative right after the closing comma goes on with the deed's clause.
- "Troops clashed with guerrillas who had crossed from Colomba near Guasda": a relative clause telling only where a
  party came over from leaves the place after it to the deed; the origin itself is never where the deed was.

Made-up names; places for event location are given by hand (story_parts.place), the recognition tests use a small
in-memory gazetteer."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from geo_spans import full_stop_sentences
from story_parts import dateline, place, trigger


def _loc(text: str, opening: str, trig: str, places: list[Place], dl: str | None,
         verbal: bool | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, verbal=verbal)


# -- event location: a relative clause set off by commas between a deed and its place ---------------------------------

@pytest.mark.parametrize("deed, trig", [
    ("Police detained Qandra, who was premier under Mursa, at his home in Alexa", "detained"),
    ("Police arrested Benfla, who served as prime minister in 2012, at a cafe in Alexa", "arrested"),
    ("Gunmen abducted a priest, who had run a school in the area for decades, near the town of Alexa", "abducted"),
    ("Rebels attacked the convoy, which was carrying food aid, near Alexa", "attacked"),
    ("Police arrested the former minister, whose party lost the vote, outside Alexa", "arrested"),
])
def test_a_place_after_an_enclosed_relative_clause_is_the_deeds(deed: str, trig: str) -> None:
    t = f"CAIRA (Wire) - {deed} on Tuesday, a security source said."
    places = [place(t, "CAIRA", "EGX", 4, "PPLC"), place(t, "Alexa", "EGX", 4)]
    loc = _loc(t, deed[:8], trig, places, "CAIRA", verbal=False)
    assert loc is not None and loc.extracted_place == "Alexa"


def test_a_place_inside_the_relative_clause_is_not_the_deeds() -> None:
    t = "LAGA (Wire) - Police arrested Alli, who was governor of Kanoa state, on Monday, his lawyer said."
    places = [place(t, "LAGA", "NGX", 4, "PPLC"), place(t, "Kanoa", "NGX", 2, "ADM1")]
    loc = _loc(t, "Police", "arrested", places, "LAGA", verbal=False)
    assert loc is not None and loc.extracted_place == "LAGA"


def test_the_place_of_the_deed_wins_over_the_one_in_the_relative_clause() -> None:
    t = "LAGA (Wire) - Police arrested a trader, who had fled from Kanoa last year, in Ibada on Monday."
    places = [place(t, "LAGA", "NGX", 4, "PPLC"), place(t, "Kanoa", "NGX", 4), place(t, "Ibada", "NGX", 4)]
    loc = _loc(t, "Police", "arrested", places, "LAGA", verbal=False)
    assert loc is not None and loc.extracted_place == "Ibada"


def test_an_unclosed_relative_clause_still_keeps_its_places() -> None:
    # (no closing comma: the place is the relative clause's, as before)
    t = "LAGA (Wire) - Police arrested a man who had robbed a bank in Ibada on Monday."
    places = [place(t, "LAGA", "NGX", 4, "PPLC"), place(t, "Ibada", "NGX", 4)]
    loc = _loc(t, "Police", "arrested", places, "LAGA", verbal=False)
    assert loc is not None and loc.extracted_place == "LAGA"


def test_a_clause_opened_after_the_relative_clause_is_not_the_deeds() -> None:
    t = "LAGA (Wire) - Police arrested Alli, who was a minister, on Monday while supporters gathered in Ibada."
    places = [place(t, "LAGA", "NGX", 4, "PPLC"), place(t, "Ibada", "NGX", 4)]
    loc = _loc(t, "Police", "arrested", places, "LAGA", verbal=False)
    assert loc is not None and loc.extracted_place == "LAGA"


# -- event location: a party's crossing is no place of the deed -------------------------------------------------------

@pytest.mark.parametrize("deed", [
    "Troops clashed with guerrillas who had crossed from Colomba near Guasda",
    "Thai troops clashed with soldiers who had crossed into Thaila near Guasda",
    "Troops fought rebels who came from Colomba at Guasda",
])
def test_a_place_after_a_crossing_relative_clause_is_the_deeds(deed: str) -> None:
    t = f"CARA (Wire) - {deed} on Monday, the army said."
    places = [place(t, "CARA", "VEX", 4, "PPLC"), place(t, "Guasda", "VEX", 4)]
    for name in ("Colomba", "Thaila"):
        if name in t:
            places.append(place(t, name, "COX", 1, "PCLI"))
    loc = _loc(t, deed[:8], "clashed" if "clashed" in deed else "fought", places, "CARA", verbal=False)
    assert loc is not None and loc.extracted_place == "Guasda"


@pytest.mark.parametrize("deed, trig", [
    ("Gunmen who crossed from Malia killed four soldiers at a border post", "killed"),
    ("Gunmen who had crossed over from Malia killed four soldiers at a border post", "killed"),
    ("Jihadists coming from neighbouring Malia attacked a police post", "attacked"),
    ("Gunmen who slipped across the border from Malia attacked a police post", "attacked"),
    ("Fighters crossing from Afgha ambushed a patrol in the tribal district", "ambushed"),
    ("Troops clashed with guerrillas who had crossed from Malia", "clashed"),
])
def test_the_country_a_party_came_from_is_not_where(deed: str, trig: str) -> None:
    t = f"NIAMA (Wire) - {deed} on Sunday, the army said."
    places = [place(t, "NIAMA", "NEX", 4, "PPLC")]
    for name in ("Malia", "Afgha"):
        if name in t:
            places.append(place(t, name, "MLX", 1, "PCLI"))
    loc = _loc(t, deed[:8], trig, places, "NIAMA", verbal=False)
    assert loc is not None and loc.extracted_place == "NIAMA"


def test_a_crossing_origin_is_no_place_for_a_later_sentence_either() -> None:
    t = ("NIAMA (Wire) - Niger's army said on Monday it was reinforcing its posts. Gunmen who had crossed over from "
         "Malia killed four soldiers on Sunday.")
    places = [place(t, "NIAMA", "NEX", 4, "PPLC"), place(t, "Malia", "MLX", 1, "PCLI")]
    loc = _loc(t, "Gunmen", "killed", places, "NIAMA", verbal=False)
    assert loc is None or loc.extracted_place != "Malia"


def test_refugees_crossing_into_a_country_are_there() -> None:
    t = "ADRA (Wire) - Thousands of refugees crossed from Sudana into Chada on Monday, the agency said."
    places = [place(t, "ADRA", "TCX", 4), place(t, "Sudana", "SDX", 1, "PCLI"), place(t, "Chada", "TCX", 1, "PCLI")]
    loc = _loc(t, "Thousands", "crossed", places, "ADRA", verbal=False)
    assert loc is not None and loc.extracted_place != "Sudana"


# -- recognition: "X based" with no hyphen ----------------------------------------------------------------------------

RECORDS = [
    GazRecord(1, 1, "Califa", 37.0, -119.0, "USX", "ADM1", 39_000_000, admin1="Califa", resolution=2),
    GazRecord(2, 2, "Irwinda", 34.1, -117.9, "USX", "PPL", 1_400, admin1="Califa", resolution=4),
    GazRecord(3, 3, "Setta", 36.0, -120.0, "USX", "PPL", 1_200, admin1="Califa", resolution=4),
    GazRecord(4, 4, "Brasila", -10.0, -52.0, "BRX", "PCLI", 200_000_000, resolution=1),
]


class _BuiltGazetteer(InMemoryGazetteer):
    """As the built gazetteer: a hamlet's name is for lookup only, the automaton never matches it on its own."""

    def automaton_names(self) -> list[tuple[str, int]]:
        return [(name, st) for name, st in super().automaton_names() if name not in ("Irwinda", "Setta")]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(_BuiltGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


def _names(parser: GeoParser, text: str) -> list[str]:
    return [p.text for p in parser.places(Article("a", text), full_stop_sentences(text), [], set())]


@pytest.mark.parametrize("firm", ["Irwinda based Ready Pak", "Irwinda-based Ready Pak", "the Irwinda based company",
                                  "the Irwinda based supplier"])
def test_a_town_before_based_is_a_firms_home(parser: GeoParser, firm: str) -> None:
    t = f"Most of the cases were in Califa. The onions came from {firm}, officials said."
    assert "Irwinda" in _names(parser, t)


def test_a_firm_based_in_a_place_is_no_home(parser: GeoParser) -> None:
    t = "Most of the cases were in Califa. The nuts came from Setta Farms based in Califa, officials said."
    assert "Setta" not in _names(parser, t)


def test_a_town_before_based_needs_the_storys_area(parser: GeoParser) -> None:
    t = "Most of the cases were in Brasila. The onions came from Irwinda based Ready Pak, officials said."
    assert "Irwinda" not in _names(parser, t)


def test_based_as_a_verb_is_no_home(parser: GeoParser) -> None:
    t = "Most of the cases were in Califa. The ruling by Judge Irwinda based its reasoning on the contract."
    assert "Irwinda" not in _names(parser, t)


# -- recognition: a pathogen's or a brand's name is no place ----------------------------------------------------------

PATHOGEN_RECORDS = [
    GazRecord(11, 11, "Restona", 38.9, -77.3, "USX", "PPL", 1_200_000, admin1="Virgina", resolution=4),
    GazRecord(12, 12, "Hong Konga", 22.3, 114.2, "HKX", "PCLI", 7_000_000, resolution=1),
    GazRecord(13, 13, "Califa", 37.0, -119.0, "USX", "ADM1", 39_000_000, admin1="Califa", resolution=2),
    GazRecord(14, 14, "Massacha", 42.3, -71.8, "USX", "ADM1", 7_000_000, admin1="Massacha", resolution=2),
    GazRecord(15, 15, "Lucerna", 36.4, -119.7, "USX", "PPL", 300_000, admin1="Califa", resolution=4),
    GazRecord(16, 16, "Bayvista", 40.8, -124.2, "USX", "PPL", 250_000, admin1="Califa", resolution=4),
    GazRecord(17, 17, "Iowana", 42.0, -93.5, "USX", "ADM1", 3_000_000, admin1="Iowana", resolution=2),
]


@pytest.fixture(scope="module")
def parser2() -> GeoParser:
    return GeoParser(InMemoryGazetteer(PATHOGEN_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


@pytest.mark.parametrize("text, name", [
    ("Pigs in Iowana were infected with the Restona ebolavirus, officials said.", "Restona"),
    ("Pigs in Iowana tested positive for the Ebola Restona virus.", "Restona"),
    ("Pigs in Iowana carried the Ebola Restona strain, officials said.", "Restona"),
    ("A girl in Iowana was infected with the Hong Konga Flu virus.", "Hong Konga"),
    ("The vaccine in Iowana holds an A/Califa/7/2009 (H1N1) virus.", "Califa"),
    ("The vaccine in Iowana holds a virus similar to B/Massacha/2/2012.", "Massacha"),
])
def test_a_place_name_in_a_pathogens_name_is_no_place(parser2: GeoParser, text: str, name: str) -> None:
    names = _names(parser2, text)
    assert "Iowana" in names and name not in names


@pytest.mark.parametrize("text, name", [
    ("Officials said Hong Konga virus cases rose again on Monday.", "Hong Konga"),
    ("Hong Konga coronavirus deaths fell on Monday.", "Hong Konga"),
    ("Flu cases in Califa rose on Monday.", "Califa"),
    ("The virus reached Califa on Monday.", "Califa"),
])
def test_the_disease_in_a_place_is_still_the_place(parser2: GeoParser, text: str, name: str) -> None:
    assert name in _names(parser2, text)


@pytest.mark.parametrize("listing", [
    "were sold under the labels Lucerna, Farm Fresh and Bayvista",
    "were sold under the brand names Lucerna and Bayvista",
    "carried brand names of eggs including Lucerna, Sunny Side and Bayvista",
])
def test_names_listed_after_a_word_for_brands_are_brands(parser2: GeoParser, listing: str) -> None:
    names = _names(parser2, f"Eggs from farms in Iowana {listing}, the agency said.")
    assert "Iowana" in names and "Lucerna" not in names and "Bayvista" not in names


def test_a_brand_sold_in_a_place_leaves_the_place(parser2: GeoParser) -> None:
    names = _names(parser2, "The brand sold well in Lucerna, Califa, and in Iowana.")
    assert "Lucerna" in names and "Califa" in names


# -- recognition with spaCy's labels: a word spaCy calls a person's name elsewhere -------------------------------------

NER_RECORDS = [
    GazRecord(21, 21, "Hollanda", 52.2, 5.3, "NLX", "PCLI", 17_000_000, resolution=1),
    GazRecord(22, 22, "Iowana", 42.0, -93.5, "USX", "ADM1", 3_000_000, admin1="Iowana", resolution=2),
    GazRecord(23, 23, "USA", 39.0, -98.0, "USX", "PCLI", 300_000_000, resolution=1),
]


@pytest.fixture(scope="module")
def parser3() -> GeoParser:
    return GeoParser(InMemoryGazetteer(NER_RECORDS, {}), WEIGHTS)


def _labelled(text: str, spans: list[tuple[str, str, int]]) -> list[tuple[int, int, str]]:
    out = []
    for words, label, nth in spans:
        i = -1
        for _ in range(nth + 1):
            i = text.index(words, i + 1)
        out.append((i, i + len(words), label))
    return out


def _ner_names(parser: GeoParser, text: str, spans: list[tuple[str, str, int]]) -> list[str]:
    sents = full_stop_sentences(text)
    places = parser.places(Article("a", text), sents, _labelled(text, spans), {s.sequence for s in sents})
    return [f"{p.text}@{p.start}" for p in places]


def test_a_place_label_on_a_persons_surname_is_dropped(parser3: GeoParser) -> None:
    t = "The trial in Iowana was covered by reporter Bill Hollanda. Hollanda covered the case for years."
    names = _ner_names(parser3, t, [("Iowana", "GPE", 0), ("Bill Hollanda", "PERSON", 0), ("Hollanda", "GPE", 1)])
    assert names == [f"Iowana@{t.index('Iowana')}"]


def test_a_place_label_on_a_persons_surname_holds_where_a_place_goes(parser3: GeoParser) -> None:
    t = "The trial was covered by reporter Bill Hollanda. He later moved to Hollanda for good."
    names = _ner_names(parser3, t, [("Bill Hollanda", "PERSON", 0), ("Hollanda", "GPE", 1)])
    assert f"Hollanda@{t.rindex('Hollanda')}" in names


def test_a_word_in_capitals_after_a_persons_name_is_no_surname(parser3: GeoParser) -> None:
    t = "By Henry Lazenby USA-based firms in Iowana said on Monday that USA measures hurt them."
    names = _ner_names(parser3, t, [("Henry Lazenby USA", "PERSON", 0), ("Iowana", "GPE", 0)])
    assert f"USA@{t.rindex('USA')}" in names


def test_a_place_named_after_the_person_stays_a_place(parser3: GeoParser) -> None:
    t = "The trial was covered by reporter Bill Hollanda. The Hollanda Plantation lies in Iowana."
    names = _ner_names(parser3, t, [("Bill Hollanda", "PERSON", 0), ("Iowana", "GPE", 0)])
    assert f"Hollanda@{t.rindex('Hollanda')}" in names
