"""Recognition rules from the session-7 world-news corpus (W7): a type noun in apposition ("the capital X"),
"residents of X", deeds of war done to a place ("blockaded X"), lists whose later town spaCy mislabels, demonym
regions ("the Somali region"), a gazetteer name that ends in a facility word ("Montego Bay"), natural features
the gazetteer lacks ("the Noto Peninsula") and where they are kept, squares named type word first ("Plaza de
Colon"), quoted titles ("The Long Road") and first names with an apostrophe. Invented names on a small in-memory
gazetteer; each rule has a guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_DEMONYM, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import levelled_mentions

from geo_spans import ent as _ent, read_places as _read
from story_parts import place, where

RECORDS = [
    GazRecord(1, 1, "Tongara", -20.0, -175.0, "TOX", "PCLI", 100_000, resolution=1),
    GazRecord(2, 2, "Nukara", -21.14, -175.2, "TOX", "PPLC", 22_000, resolution=4),
    GazRecord(3, 3, "Malia", 17.0, -4.0, "MLX", "PCLI", 20_000_000, resolution=1),
    GazRecord(4, 4, "Timbara", 16.77, -3.0, "MLX", "PPL", 54_000, resolution=4),
    GazRecord(5, 5, "Israla", 31.5, 34.75, "ISX", "PCLI", 9_000_000, resolution=1),
    GazRecord(6, 6, "Kiryat Shamon", 33.21, 35.57, "ISX", "PPL", 22_000, resolution=4),
    GazRecord(7, 7, "Nepala", 28.0, 84.0, "NPX", "PCLI", 29_000_000, resolution=1),
    GazRecord(8, 8, "Nepalganj", 28.05, 81.62, "NPX", "PPL", 70_000, resolution=4),
    GazRecord(9, 9, "Surkhat", 28.6, 81.63, "NPX", "PPL", 50_000, resolution=4),
    GazRecord(10, 10, "Ethiopa", 9.0, 39.5, "ETX", "PCLI", 100_000_000, resolution=1),
    GazRecord(11, 11, "Somalo", 7.0, 44.0, "ETX", "ADM1", 5_000_000, "Somalo", 11, resolution=2),
    GazRecord(12, 12, "Jamaicana", 18.25, -77.5, "JMX", "PCLI", 2_800_000, resolution=1),
    GazRecord(13, 13, "Montego Bay", 18.47, -77.92, "JMX", "PPL", 82_000, resolution=4),
    GazRecord(14, 14, "Dallasia", 32.78, -96.8, "USX", "PPL", 1_300_000, resolution=4),
    GazRecord(15, 15, "Japanica", 36.0, 138.0, "JPX", "PCLI", 125_000_000, resolution=1),
    GazRecord(16, 16, "Toyamu", 36.7, 137.21, "JPX", "PPL", 400_000, resolution=4),
    GazRecord(17, 17, "Lebanona", 33.83, 35.83, "LBX", "PCLI", 5_000_000, resolution=1),
    GazRecord(18, 18, "Beiruta", 33.89, 35.5, "LBX", "PPLC", 2_000_000, resolution=4),
    GazRecord(19, 19, "Baalbeka", 34.0, 36.21, "LBX", "PPL", 80_000, resolution=4),
    GazRecord(20, 20, "Madrida", 40.42, -3.7, "ESX", "PPLC", 3_200_000, resolution=4),
    GazRecord(21, 21, "Colona", 15.0, -86.0, "HNX", "PPL", 300_000, resolution=4),
    GazRecord(22, 22, "Long Road", 18.0, -76.8, "JMX", "ADM2", 10_000, resolution=3),
    GazRecord(23, 23, "Kanoa", 12.0, 8.52, "NGX", "PPL", 3_000_000, resolution=4),
    GazRecord(24, 24, "Richardsen", 32.95, -96.73, "USX", "PPL", 110_000, resolution=4),
]
NAMES = {11: [("Somalo", KIND_DEMONYM)]}  # the region's name is also the people's


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


@pytest.fixture(scope="module")
def with_ner() -> GeoParser:
    """The gazetteer also reads the sentences spaCy parsed (`--ner all`)."""
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=True)


# --- place slots for small towns -----------------------------------------------------------------------------

def test_a_type_noun_in_apposition_is_a_place_slot(parser: GeoParser) -> None:
    got = _read(parser, "Waves crashed into the capital Nukara on Saturday, near Tongara.")
    assert got["Nukara"].country_code == "TOX"


def test_a_capitalised_type_noun_is_no_slot(parser: GeoParser) -> None:
    # (guard: "the City Nukara" is a name of its own, not a type noun before one)
    assert "Nukara" not in _read(parser, "The City Nukara Trust met in Tongara.")


def test_residents_of_a_town(parser: GeoParser) -> None:
    got = _read(parser, "In northern Israla, residents of Kiryat Shamon have been evacuated for months.")
    assert got["Kiryat Shamon"].country_code == "ISX"


def test_a_deed_of_war_done_to_a_town(parser: GeoParser) -> None:
    got = _read(parser, "Jihadists in Malia have blockaded Timbara since August.")
    assert got["Timbara"].country_code == "MLX"


def test_a_small_town_without_a_slot_stays_out(parser: GeoParser) -> None:
    # (guard: the same name where no place is expected)
    assert "Timbara" not in _read(parser, "Officials in Malia praised Timbara for his work.")


def test_a_lists_second_town_that_spacy_calls_a_date(with_ner: GeoParser) -> None:
    text = "Army helicopters in Nepala flew the injured to hospitals in Nepalganj and Surkhat."
    got = _read(with_ner, text, [_ent(text, "Nepalganj", "GPE"), _ent(text, "Surkhat", "DATE")])
    assert got["Surkhat"].country_code == "NPX"


def test_a_lists_second_town_that_spacy_calls_a_person(with_ner: GeoParser) -> None:
    text = "Health workers in Nepalganj and Surkhat said roads were closed in Nepala."
    got = _read(with_ner, text, [_ent(text, "Nepalganj", "GPE"), _ent(text, "Surkhat", "PERSON")])
    assert got["Surkhat"].country_code == "NPX"


def test_a_person_named_like_a_town_outside_a_list_stays_a_person(with_ner: GeoParser) -> None:
    text = "Surkhat said the roads in Nepala were closed."
    assert "Surkhat" not in _read(with_ner, text, [_ent(text, "Surkhat", "PERSON")])


# --- names with their level word -------------------------------------------------------------------------------

def test_a_demonym_region_with_its_level_word() -> None:
    # "Somali" is no automaton name (it is the people's word); with "region" after it, it is the area
    text = "A drought hit the Somalo region, where families fled to camps."
    got = levelled_mentions(text, [], lambda name: name == "Somalo")
    assert [(m.text, m.source) for m in got] == [("Somalo", "levelled")]


def test_a_region_word_needs_a_first_level_area() -> None:
    # (guards: no such area; "the region of X" names a region, not X)
    assert levelled_mentions("Fighting spread to the Kurdo region on Sunday.", [], lambda name: False) == []
    assert levelled_mentions("The Somalo Region of the army moved.", [], lambda name: name == "Somalo") == []


# --- facility words --------------------------------------------------------------------------------------------

def test_a_gazetteer_town_ending_in_a_facility_word_keeps_its_reading(parser: GeoParser) -> None:
    # (read as a local place it was seated in the nearest named city, the sprinter's home town)
    text = "Anna Richardsen, from Dallasia, won. Officials in Montego Bay said they would hold a farewell."
    assert _read(parser, text)["Montego Bay"].country_code == "JMX"


def test_a_natural_feature_the_gazetteer_lacks_is_seated_nearby(parser: GeoParser) -> None:
    text = "The earthquake struck the Noto Peninsula in Japanica, and factories in Toyamu closed."
    got = _read(parser, text)
    assert got["Noto Peninsula"].country_code == "JPX"


def test_a_natural_feature_is_not_seated_across_a_border(parser: GeoParser) -> None:
    text = ("An Israla strike hit Beiruta in Lebanona. Jets also hit targets in Baalbeka and in Beiruta. Residents "
            "in Kiryat Shamon fled. Envoys want fighters north of the Litani River.")
    assert "Litani River" not in _read(parser, text)


def test_a_capitalised_word_after_a_river_makes_it_a_name(parser: GeoParser) -> None:
    # (guard: "the Inter-State River Water Disputes Act" is a law)
    assert "Inter-State River" not in _read(parser, "Under the Inter-State River Water Disputes Act, Japanica ruled.")


def test_a_square_named_type_word_first_is_in_its_city(parser: GeoParser) -> None:
    got = _read(parser, "Crowds celebrated in Madrida's Plaza de Colona on Sunday.")
    assert "Colona" not in got
    assert got["Plaza de Colona"].country_code == "ESX"


# --- names that are something else -------------------------------------------------------------------------------

def test_a_quoted_title_is_no_place(parser: GeoParser) -> None:
    got = _read(parser, '"The Long Road" follows three young men from Kanoa.')
    assert "Long Road" not in got and got["Kanoa"].country_code == "NGX"


def test_a_first_name_with_an_apostrophe_makes_a_surname(parser: GeoParser) -> None:
    got = _read(parser, "Sha'Carri Richardsen, from Dallasia, won the 100 metres.")
    assert "Richardsen" not in got and "Dallasia" in got


def test_a_town_after_a_possessive_is_still_a_town(parser: GeoParser) -> None:
    # (guard: "Hawke's" is no first name: the apostrophe is followed by a lower-case "s")
    got = _read(parser, "Police's Richardsen office was closed, officials in Richardsen said.")
    assert "Richardsen" in got


# --- event location ----------------------------------------------------------------------------------------------

def test_the_country_a_party_spied_for_is_not_where_it_was_punished() -> None:
    text = "DUBAIA (Wire) - The judiciary spoke on Sunday. Authorities hanged four men convicted of spying for Israla."
    places = [place(text, "DUBAIA", "ARE", 4), place(text, "Israla", "ISR", 1, "PCLI")]
    loc = where(text, "Authorities hanged four men convicted of spying for Israla.", "hanged", places, "DUBAIA")
    assert loc is None or loc.country_code != "ISR"


def test_a_place_the_fighting_was_for_is_kept_when_it_is_also_where() -> None:
    # (guard: "fighting in Kharkova" is where; only "for" marks the party served)
    text = "KYIVA (Wire) - Officials spoke on Sunday. Two soldiers were killed while fighting in Kharkova."
    places = [place(text, "KYIVA", "UKR", 4), place(text, "Kharkova", "UKR", 4)]
    loc = where(text, "Two soldiers were killed while fighting in Kharkova.", "killed", places, "KYIVA")
    assert loc is not None and loc.extracted_place == "Kharkova"


def test_the_war_a_deed_is_about_is_not_where_it_happened() -> None:
    text = ("BRUSSELA (Wire) - Officials met on Monday. Member states adopted new sanctions on Russa over its war in "
            "Ukrania on Wednesday.")
    places = [place(text, "BRUSSELA", "BEL", 4), place(text, "Russa", "RUS", 1, "PCLI"),
              place(text, "Ukrania", "UKR", 1, "PCLI")]
    loc = where(text, "Member states adopted new sanctions on Russa over its war in Ukrania on Wednesday.", "adopted",
                places, "BRUSSELA")
    assert loc is None or loc.country_code != "UKR"


def test_a_war_in_a_place_is_where_when_no_cause_word_comes_before() -> None:
    # (guard: "fighting in Ukrania" locates; only "over/about ... war in" marks a cause)
    text = "BRUSSELA (Wire) - Officials met on Monday. Two soldiers were killed in the war in Ukrania on Wednesday."
    places = [place(text, "BRUSSELA", "BEL", 4), place(text, "Ukrania", "UKR", 1, "PCLI")]
    loc = where(text, "Two soldiers were killed in the war in Ukrania on Wednesday.", "killed", places, "BRUSSELA")
    assert loc is not None and loc.country_code == "UKR"


def test_the_shore_of_an_island_is_a_place_slot_for_the_sentence() -> None:
    text = ("ATHENA (Wire) - Officials spoke on Tuesday. The Turkish coast guard rescued them near Ayvaca. The migrants "
            "had reached the shore of Lesba before masked men detained them.")
    places = [place(text, "ATHENA", "GRC", 4), place(text, "Ayvaca", "TUR", 4), place(text, "Lesba", "GRC", 3)]
    loc = where(text, "The migrants had reached the shore of Lesba before masked men detained them.", "detained",
                places, "ATHENA")
    assert loc is not None and loc.extracted_place == "Lesba"
