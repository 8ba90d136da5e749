"""Admin areas of conflict news whose names collide with other places (session 5, brief G7): "Hodeidah
governorate" vs the port city, "Plateau state" (a stoplisted word), bare "Congo", "in Nineveh, north of
Baghdad". Reading rules run on an in-memory gazetteer, event-location rules on hand-made places; one slow test
reads a few sentences of each family with the real gazetteer (built offline, as `tests/test_samples_e2e.py`)."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from geo_spans import full_stop_sentences, gold_article
from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place, Sentence, Trigger
from story_parts import place

RECORDS = [
    GazRecord(1, 1, "Yemen", 15.5, 47.5, "YEM", "PCLI", 28_000_000, resolution=1),
    # the port city and its governorate share a name; the news spelling reaches only the city
    GazRecord(2, 2, "Al Hudaydah", 14.8, 42.95, "YEM", "PPL", 620_000, "Al Hudaydah", 3, resolution=4),
    GazRecord(3, 3, "Al Hudaydah", 14.83, 43.1, "YEM", "ADM1", 3_000_000, "Al Hudaydah", 3, resolution=2),
    GazRecord(4, 4, "Sanaa", 15.35, 44.2, "YEM", "PPLC", 1_900_000, "Amanat al Asimah", 5, resolution=4),
    # a city filed under an admin-1 area of another name: "Kut province" is no reason to leave the city
    GazRecord(10, 10, "Iraq", 33.0, 44.0, "IRQ", "PCLI", 40_000_000, resolution=1),
    GazRecord(11, 11, "Al-Kut", 32.51, 45.82, "IRQ", "PPL", 315_000, "Wasit", 12, resolution=4),
    GazRecord(12, 12, "Wasit", 32.6, 45.7, "IRQ", "ADM1", 1_300_000, "Wasit", 12, resolution=2),
    GazRecord(20, 20, "Nigeria", 9.0, 9.0, "NGA", "PCLI", 200_000_000, resolution=1),
    GazRecord(21, 21, "Plateau", 9.4, 9.4, "NGA", "ADM1", 3_200_000, "Plateau", 21, resolution=2),
    GazRecord(23, 23, "Eastern", 1.1, 33.9, "UGA", "ADM1", 6_000_000, "Eastern", 23, resolution=2),
    GazRecord(24, 24, "Central", -14.0, 28.5, "ZMB", "ADM1", 1_500_000, "Central", 24, resolution=2),
    GazRecord(22, 22, "Jos", 9.9, 8.9, "NGA", "PPL", 900_000, "Plateau", 21, resolution=4),
    GazRecord(30, 30, "Democratic Republic of the Congo", -2.5, 23.5, "COD", "PCLI", 100_000_000, resolution=1),
    GazRecord(31, 31, "Republic of the Congo", -1.0, 15.5, "COG", "PCLI", 5_200_000, resolution=1),
    GazRecord(32, 32, "Kinshasa", -4.3, 15.3, "COD", "PPLC", 15_000_000, "Kinshasa", 33, resolution=4),
    GazRecord(34, 34, "Brazzaville", -4.27, 15.28, "COG", "PPLC", 1_800_000, "Brazzaville", 35, resolution=4),
]
NAMES = {2: [("Hodeidah", KIND_ALTERNATE)], 11: [("Kut", KIND_ALTERNATE)],
         30: [("Congo", KIND_ALIAS)], 31: [("Congo", KIND_ALIAS)]}


def _parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=WEIGHTS)


def _read(text: str, *names: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.resolved_place, p.country_code, p.feature_code)
            for p in _parser().places(gold_article(text, *names), [], [], set())]


def where(text: str, trig: str, places: list[Place]) -> Location | None:
    i = text.index(trig)
    return event_location(Article("a", text), Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig),
                          places)


def _found(text: str) -> list[tuple[str, str | None]]:
    art = Article("a1", text)
    return [(p.text, p.feature_code) for p in _parser().places(art, full_stop_sentences(text), [], set())]


# -- an area written with its level word, known to the gazetteer only through its city ----------------------

def test_governorate_named_like_its_port_city_reads_as_the_area() -> None:
    text = "Houthi fighters attacked villages in Hodeidah governorate."
    assert _read(text, "Hodeidah") == [("Al Hudaydah", "YEM", "ADM1")]
    text = "Fighting intensified in Hodeidah province, aid groups in Sanaa said."
    assert _read(text, "Hodeidah", "Sanaa")[0] == ("Al Hudaydah", "YEM", "ADM1")


def test_the_port_city_without_a_level_word_stays_the_city() -> None:
    assert _read("Coalition jets struck the port of Hodeidah, Yemen.", "Hodeidah", "Yemen")[0] == \
        ("Al Hudaydah", "YEM", "PPL")


def test_a_city_filed_under_an_area_of_another_name_stays_the_city() -> None:
    assert _read("Gunmen killed four police officers in Kut province.", "Kut") == [("Al-Kut", "IRQ", "PPL")]


# -- a stoplisted word written with "state" ---------------------------------------------------------------

def test_stoplisted_word_before_state_names_the_admin_area() -> None:
    assert ("Plateau", "ADM1") in _found("Herders clashed with farmers in Plateau state, Nigeria.")
    # at a sentence's start the word before is no part of the name
    assert [t for t, _ in _found("In Plateau State, gunmen killed 15 villagers.")] in (["Plateau"], ["Plateau State"])


def test_the_word_alone_or_before_other_words_is_no_place() -> None:
    assert _found("The plateau was quiet. The Plateau Hotel reopened.") == []
    assert _found("The Islamic State claimed the attack, the Secretary of State said.") == []
    # a compass word names an area of many countries, and often only describes one
    assert _found("Floods hit Central province and Eastern province.") == []


def test_stoplist_still_holds_the_word() -> None:
    stop = resources.files("newsevents.data").joinpath("geo", "stoplist.txt").read_text("utf-8").splitlines()
    assert "Plateau" in stop  # the rule above is only needed because of this


# -- bare "Congo" follows the story's places ----------------------------------------------------------------

def test_bare_congo_follows_the_capital_the_story_names() -> None:
    kin = "Fighting in Congo displaced thousands, officials in Kinshasa said."
    assert _read(kin, "Congo", "Kinshasa")[0][1] == "COD"
    bzv = "Voters in Congo went to the polls, officials in Brazzaville said."
    assert _read(bzv, "Congo", "Brazzaville")[0][1] == "COG"


def test_packaged_countries_give_congo_to_both_countries() -> None:
    rows = csv.reader((line for line in resources.files("newsevents.data").joinpath("geo", "countries.tsv")
                       .read_text("utf-8").splitlines() if not line.startswith("#")), delimiter="\t")
    aliases = {r[0]: r[4].split("|") for r in rows if len(r) > 4}
    assert "Congo" in aliases["COD"]
    assert "Congo" not in aliases["COG"]  # COG has it from pycountry already


# -- a compass phrase after a located place is a reference point ---------------------------------------------

def test_compass_phrase_after_a_located_area_is_a_reference_point() -> None:
    text = "Gunmen killed five soldiers in Nineveh, north of Baghdad."
    loc = where(text, "killed", [place(text, "Nineveh", "IRQ", 2, "ADM1"), place(text, "Baghdad", "IRQ", 4)])
    assert loc is not None and loc.extracted_place == "Nineveh"
    text = "A car bomb killed 12 people in Balad, 80 km north of the capital Baghdad."
    loc = where(text, "killed", [place(text, "Balad", "IRQ", 4), place(text, "Baghdad", "IRQ", 4)])
    assert loc is not None and loc.extracted_place == "Balad"


def test_compass_phrase_alone_still_locates_the_event() -> None:
    text = "A car bomb killed 12 people 80 km north of Baghdad, officials in Iraq said."
    loc = where(text, "killed", [place(text, "Baghdad", "IRQ", 4), place(text, "Iraq", "IRQ", 1, "PCLI")])
    assert loc is not None and loc.extracted_place == "Baghdad"
    text = "Clashes broke out in Nineveh and near Baghdad."
    loc = where(text, "Clashes", [place(text, "Nineveh", "IRQ", 2, "ADM1"), place(text, "Baghdad", "IRQ", 4)])
    assert loc is not None and loc.extracted_place == "Baghdad"  # two places of the event: the more specific


# -- the real gazetteer on sentences of each family (slow: builds the gazetteer offline when absent) ----------

REAL = [
    ("Houthi fighters attacked villages in Hodeidah governorate.", "Hodeidah", "YEM", 2),
    ("Coalition jets struck the port of Hodeidah, Yemen.", "Hodeidah", "YEM", 4),
    ("Herders clashed with farmers in Plateau state, Nigeria.", "Plateau", "NGA", 2),
    ("ADF militants killed 40 villagers in Ituri province, Congo.", "Congo", "COD", 1),
    ("Police fired tear gas at protesters in Brazzaville, Congo, on Monday.", "Congo", "COG", 1),
    ("Bandits kidnapped 20 farmers in Niger State on Sunday, a spokesman in Abuja said.", "Niger State", "NGA", 2),
    ("Troops in Niger repelled an attack near Tillaberi, the army in Niamey said.", "Niger", "NER", 1),
    ("Police arrested 12 protesters in Atlanta, Georgia, on Tuesday.", "Georgia", "USA", 2),
    ("Demonstrators rallied in Tbilisi, Georgia, against the foreign agents law.", "Georgia", "GEO", 1),
    ("Police detained activists in Lahore, the capital of Punjab.", "Punjab", "PAK", 2),
    ("Farmers blocked a highway in Punjab, police in Chandigarh said.", "Punjab", "IND", 2),
    ("Russian drones hit villages in the Kharkiv oblast overnight.", "Kharkiv", "UKR", 2),
    ("Russian missiles struck Kharkiv on Friday, killing three people.", "Kharkiv", "UKR", 4),
    ("Protesters marched in Victoria, British Columbia, on Saturday.", "Victoria", "CAN", 4),
    ("Bushfires forced evacuations across Victoria, Australia.", "Victoria", "AUS", 2),
    ("Police arrested 10 people in Spokane, Washington.", "Washington", "USA", 2),
]


@pytest.mark.slow
def test_real_gazetteer_reads_colliding_area_names() -> None:
    from newsevents.geo.gazetteer import Gazetteer
    parser = GeoParser(Gazetteer.default())
    wrong = []
    for text, name, cc, res in REAL:
        got = [(p.country_code, p.resolution) for p in parser.places(Article("a1", text), full_stop_sentences(text),
                                                                     [], set()) if p.text == name]
        if got != [(cc, res)]:
            wrong.append((text, name, got))
    assert not wrong
