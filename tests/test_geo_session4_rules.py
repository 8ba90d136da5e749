"""Recognition and reading rules added in session 4 (end-to-end recall): two strong names side by side,
a small town named like its country's state, towns that have a name only as an alternate spelling, the
place written after an unknown typed name, and curated lakes and regions. Each rule is checked both ways."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import NameAutomaton, find_mentions
from newsevents.geo.resolve import Resolver
from newsevents.records import Sentence
from geo_spans import gold_article as _gold

RECORDS = [
    GazRecord(1, 1, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 2, "New York", 43.0, -75.5, "USA", "ADM1", 19_000_000, "New York", 2, resolution=2),
    GazRecord(3, 3, "New York City", 40.71, -74.0, "USA", "PPL", 8_800_000, "New York", 2, resolution=4),
    GazRecord(4, 4, "Florida", 28.1, -81.6, "USA", "ADM1", 16_000_000, "Florida", 4, resolution=2),
    # a village of New York named like the state of Florida
    GazRecord(5, 5, "Florida", 41.33, -74.36, "USA", "PPL", 2_900, "New York", 2, resolution=4),
    GazRecord(6, 6, "Pennsylvania", 40.9, -77.7, "USA", "ADM1", 12_800_000, "Pennsylvania", 6, resolution=2),
    GazRecord(7, 7, "Pittsburgh", 40.44, -79.99, "USA", "PPL", 304_000, "Pennsylvania", 6, resolution=4),
    GazRecord(8, 8, "California", 37.0, -120.0, "USA", "ADM1", 39_000_000, "California", 8, resolution=2),
    # lists "Pittsburgh" as an alternate spelling
    GazRecord(9, 9, "Pittsburg", 38.03, -121.88, "USA", "PPL", 69_000, "California", 8, resolution=4),
    GazRecord(10, 10, "San Diego", 32.72, -117.16, "USA", "PPL", 1_400_000, "California", 8, resolution=4),
    GazRecord(20, 20, "Nigeria", 9.1, 8.7, "NGA", "PCLI", 190_000_000, resolution=1),
    GazRecord(21, 21, "Borno State", 11.5, 13.0, "NGA", "ADM1", 4_200_000, "Borno", 21, resolution=2),
    GazRecord(22, 22, "Maiduguri", 11.85, 13.16, "NGA", "PPL", 800_000, "Borno", 21, resolution=4),
    GazRecord(23, 23, "Greece", 39.0, 22.0, "GRC", "PCLI", 10_700_000, resolution=1),
    GazRecord(24, 24, "Italy", 42.8, 12.8, "ITA", "PCLI", 60_000_000, resolution=1),
    GazRecord(26, 26, "Castlegar", 49.32, -117.66, "CAN", "PPL", 8_000, "British Columbia", 27, resolution=4),
    GazRecord(25, 25, "Cambridge", 52.2, 0.12, "GBR", "PPL", 145_000, "England", 26, resolution=4),
    GazRecord(30, 30, "India", 22.0, 79.0, "IND", "PCLI", 1_300_000_000, resolution=1),
    GazRecord(31, 31, "Uttar Pradesh", 27.0, 81.0, "IND", "ADM1", 200_000_000, "Uttar Pradesh", 31, resolution=2),
    GazRecord(32, 32, "Indore", 22.72, 75.86, "IND", "PPL", 1_900_000, "Madhya Pradesh", 33, resolution=4),
    GazRecord(40, 40, "Pakistan", 30.0, 70.0, "PAK", "PCLI", 200_000_000, resolution=1),
    GazRecord(41, 41, "Swat", 35.2, 72.5, "PAK", "ADM2", 2_300_000, "Khyber Pakhtunkhwa", 42, "Swat", resolution=3),
    # lists "Kalam" as an alternate spelling
    GazRecord(43, 43, "Kallam", 18.54, 76.04, "IND", "PPL", 25_000, "Maharashtra", 44, resolution=4),
]
NAMES = {9: [("Pittsburgh", KIND_ALTERNATE)], 43: [("Kalam", KIND_ALTERNATE)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _read(text: str, *names: str) -> list[str | None]:
    parser = GeoParser(_gaz(), weights=WEIGHTS)
    return [p.resolved_place for p in parser.places(_gold(text, *names), [], [], set())]


def _found(text: str) -> list[str]:
    auto = NameAutomaton(_gaz().automaton_names())
    return [m.text for m in find_mentions(text, [Sentence(0, 0, len(text), text)], [], set(), auto)]


# -- recognition -------------------------------------------------------------------------------------

def test_two_strong_names_side_by_side_are_both_places() -> None:
    assert _found("Soldiers paraded at the headquarters in Maiduguri Borno State on Sunday.") == [
        "Maiduguri", "Borno State"]
    assert _found("Youth unemployment is high in Cyprus, Greece Italy or Spain.") == ["Greece", "Italy"]


def test_side_by_side_names_inside_a_longer_name_stay_out() -> None:
    # the pair is followed or preceded by another capitalised word: an organisation's name
    assert _found("He played for Maiduguri Borno State Rangers last year.") == []
    assert _found("He played for El Kanemi Maiduguri Borno State last year.") == []
    # a city followed by a word that is no place is part of a name
    assert _found("A Cambridge Analytica spokesman declined to comment.") == []


def test_small_town_after_a_verb_of_travel_is_a_place() -> None:
    assert _found("Instead of driving to Castlegar, people can visit the new office.") == ["Castlegar"]
    assert _found("Fishermen sailed to Castlegar last week.") == ["Castlegar"]
    # a small town's name alone, where no place is expected, is not taken
    assert _found("The Castlegar office opened last week.") == []


def test_small_town_before_a_word_for_its_people_is_a_place() -> None:
    assert _found("A Castlegar woman said the water was unsafe.") == ["Castlegar"]
    assert _found("Castlegar residents will find it easier to apply.") == ["Castlegar"]
    # "family" is left out: a surname is as likely ("the Castlegar family came into possession")
    assert _found("Years before, the Castlegar family came into possession of the land.") == []


def test_local_slot_takes_movement_words() -> None:
    from newsevents.geo.recognize import Mention, local_candidates
    text = "Officials in Panama said the fungus will spread into Torti before 2012."
    found = [Mention(13, 19, "Panama", "gaz")]
    assert [m.text for m in local_candidates(text, found)] == ["Torti"]
    assert [m.text for m in local_candidates("The fungus will spread quickly. Torti is next.", [])] == []


def test_plural_type_word_types_every_name_of_its_list() -> None:
    from newsevents.geo.recognize import typed_mentions
    text = "The virus was found in the villages of Maliuc, Dudescu and Bumbacari on Thursday."
    assert [m.text for m in typed_mentions(text, [], lambda _n: False)] == ["Maliuc", "Dudescu", "Bumbacari"]
    # a singular type word types one name only: "the village of Maliuc, Tulcea" is a village and its county
    text = "The virus was found in the village of Maliuc, Tulcea and nowhere else."
    assert [m.text for m in typed_mentions(text, [], lambda _n: False)] == ["Maliuc"]


# -- reading -----------------------------------------------------------------------------------------

def test_small_town_named_like_its_countrys_state_is_the_state() -> None:
    text = "Letters were sent to New York City and Florida by the suspect."
    assert _read(text, "New York City", "Florida") == ["New York City", "Florida"]
    picked = _picks(text, "New York City", "Florida")
    assert picked[1].feature == "ADM1"


def test_town_named_like_a_state_keeps_its_reading_when_the_text_places_it() -> None:
    # "Florida, New York": the qualifier names the village's state
    picked = _picks("Police in Florida, New York said the road was closed.", "Florida", "New York")
    assert picked[0].feature == "PPL" and picked[0].admin1 == "New York"


def _picks(text: str, *names: str) -> list[GazRecord]:
    art = _gold(text, *names)
    spans = [(s.start, s.end) for s in art.toponyms or ()]
    recs = Resolver(_gaz(), WEIGHTS).resolve(text, spans, None)
    assert all(r is not None for r in recs)
    return [r for r in recs if r is not None]


def test_alternate_spelling_loses_to_a_big_town_named_exactly_so() -> None:
    text = "Doctors in San Diego and California agreed with a specialist from Pittsburgh."
    picked = _picks(text, "San Diego", "California", "Pittsburgh")
    assert picked[2].name == "Pittsburgh"


def test_alternate_spelling_alone_is_still_read() -> None:
    # no town is named "Kalam" exactly: the alternate spelling is the only reading
    assert _picks("Helicopters landed in Kalam on Monday.", "Kalam")[0].name == "Kallam"


def test_alternate_spelling_outside_the_written_area_gives_way_to_the_area() -> None:
    text = "Helicopters landed in the tourist town of Kalam in the Swat Valley, Pakistan."
    picked = _picks(text, "Kalam", "Swat", "Pakistan")
    assert picked[0].name == "Swat"


def test_unknown_typed_place_goes_to_the_place_written_after_it() -> None:
    text = ("Floods hit Uttar Pradesh and Indore. A villager in the Gondra district of Uttar Pradesh "
            "said he had never seen such rain.")
    assert _read(text, "Uttar Pradesh", "Indore", "Gondra", "Uttar Pradesh")[2] == "Uttar Pradesh"
    # without a place written after it, the nearest named city is still used
    text2 = "Floods hit Uttar Pradesh and Indore. A villager of Gondra said he had never seen such rain."
    assert _read(text2, "Uttar Pradesh", "Indore", "Gondra")[2] == "Indore"


# -- curated data ------------------------------------------------------------------------------------

def _features() -> dict[str, list[str]]:
    from importlib import resources
    text = resources.files("newsevents.data").joinpath("geo", "features.tsv").read_text("utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# source:")
    return {cols[0]: cols for cols in (ln.split("\t") for ln in lines if ln and not ln.startswith("#"))}


def test_curated_lakes_and_regions_are_well_formed() -> None:
    rows = _features()
    for name in ("Lake Titicaca", "Lake Baikal", "Lake Geneva", "Northern Europe"):
        cols = rows[name]
        lat, lon = float(cols[2]), float(cols[3])
        assert -90 <= lat <= 90 and -180 <= lon <= 180 and cols[5] in ("LK", "RGN")
    # Lake Titicaca lies on the Peru-Bolivia border (no one country); Lake Baikal in Russia
    assert rows["Lake Titicaca"][4] == "" and rows["Lake Baikal"][4] == "RUS"


def test_seats_of_government_carry_their_own_points() -> None:
    rows = _features()
    # the Oval Office and the West Wing are in the White House: aliases, not places of their own
    assert {"Oval Office", "West Wing"} <= set(rows["White House"][1].split("|"))
    for name, country in (("Trump Tower", "USA"), ("Downing Street", "GBR"), ("Zhongnanhai", "CHN")):
        assert rows[name][4] == country and rows[name][6] == "5"
