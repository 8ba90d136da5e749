"""Recognition on international wire news (W15, session 10): wire copy names small features and sites the gazetteer
lacks with a lower-case type word after them ("the Sinoa river", "Pulica lake", "the Rajura sector", "the Tavana
mine", "Bidibi settlement"): such a name is a feature, seated like "the Litani River" (only at a city its own
sentence names, close by). Invented names on a small in-memory gazetteer; each rule has a guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, GazRecord, InMemoryGazetteer

from geo_spans import ent
from geo_spans import read_places as _read

RECORDS = [
    GazRecord(1, 1, "Brasila", -10.0, -52.0, "BRX", "PCLI", 200_000_000, resolution=1),
    GazRecord(2, 2, "Canoza", -29.92, -51.18, "BRX", "PPL", 340_000, resolution=4),
    GazRecord(3, 3, "Leopolda", -29.76, -51.15, "BRX", "PPL", 230_000, resolution=4),
    GazRecord(4, 4, "Indiana", 22.0, 79.0, "INX", "PCLI", 1_400_000_000, resolution=1),
    GazRecord(5, 5, "Chennaya", 13.08, 80.27, "INX", "PPL", 7_000_000, resolution=4),
    GazRecord(6, 6, "Jammura", 32.73, 74.86, "INX", "PPL", 600_000, resolution=4),
    GazRecord(7, 7, "Mongola", 46.8, 103.0, "MNX", "PCLI", 3_000_000, resolution=1),
    GazRecord(8, 8, "Dalanza", 43.57, 104.42, "MNX", "PPL", 20_000, resolution=4),
    GazRecord(9, 9, "Ugana", 1.5, 32.5, "UGX", "PCLI", 45_000_000, resolution=1),
    GazRecord(10, 10, "Yumba", 3.49, 31.25, "UGX", "PPL", 30_000, resolution=4),
    GazRecord(11, 11, "Vistra", 52.0, 19.0, "PLX", "ADM1", 1_000_000, resolution=2),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


# --- a name before a lower-case feature word ------------------------------------------------------------------------

def test_name_before_lower_case_river_is_a_feature(parser: GeoParser) -> None:
    got = _read(parser, "Floods hit Canoza and Leopolda in Brasila, where the Sinoa river overflowed on Monday.")
    assert "Sinoa river" in got or "Sinoa" in got


def test_name_before_lower_case_lake_is_a_feature(parser: GeoParser) -> None:
    got = _read(parser, "Crowds watched from the beaches of Pulica lake, north of Chennaya, as the rocket rose.")
    assert any(k.startswith("Pulica") for k in got)


def test_name_before_sector_is_a_place(parser: GeoParser) -> None:
    got = _read(parser, "Troops exchanged fire in the Rajura sector, near Jammura, late on Tuesday.")
    assert any(k.startswith("Rajura") for k in got)


def test_name_before_mine_is_a_place(parser: GeoParser) -> None:
    got = _read(parser, "Coal from the Tavana mine near Dalanza, in Mongola, goes south by truck.")
    assert any(k.startswith("Tavana") for k in got)


def test_name_before_settlement_is_a_place(parser: GeoParser) -> None:
    got = _read(parser, "Refugees reached Bidibi settlement outside Yumba in northern Ugana on Friday.")
    assert any(k.startswith("Bidibi") for k in got)


def test_feature_far_from_any_city_is_not_seated(parser: GeoParser) -> None:
    # (guard: the feature is seated only at a city its own sentence names; none here, so no place is made up)
    got = _read(parser, "Officials in Brasila spoke on Monday. Herders said the Sinoa river had dried up.")
    assert not any(k.startswith("Sinoa") for k in got)


def test_acronym_before_sector_is_no_place(parser: GeoParser) -> None:
    # (guard: "the SME sector" in Chennaya is an economic sector)
    got = _read(parser, "Lenders in Chennaya said the SME sector needed help, and Indiana agreed.")
    assert not any(k.startswith("SME") for k in got)


def test_known_name_before_river_keeps_its_reading(parser: GeoParser) -> None:
    # (guard: a name the gazetteer holds stays its own reading: the river word adds nothing)
    got = _read(parser, "Fishermen on the Vistra river said the water was low, officials in Vistra said.")
    assert "Vistra" in got


def test_demonym_before_river_is_no_feature(parser: GeoParser) -> None:
    # (guard: "the Brazilian river" describes; the gazetteer's demonym check rejects the name)
    got = _read(parser, "In Canoza, the Brazilian river rose again on Monday.")
    assert not any(k.startswith("Brazilian") for k in got)


def test_sentence_opening_word_before_island_is_no_place(parser: GeoParser) -> None:
    # (guard: "Book island ferries early" opens with a verb; a lone capitalised word opening a sentence names nothing)
    got = _read(parser, "Ferries leave from Chennaya. Book island ferries early in summer, near Chennaya.")
    assert not any(k.startswith("Book") for k in got)


def test_count_word_before_islands_is_no_place(parser: GeoParser) -> None:
    # (guard: "Nine islands" counts them)
    got = _read(parser, "Flights from Chennaya reach Nine islands near Chennaya every week.")
    assert not any(k.startswith("Nine") for k in got)


# --- a pair of towns after a strong place slot -----------------------------------------------------------------------

PAIR_RECORDS = [
    GazRecord(1, 1, "Australa", -25.0, 134.0, "AUX", "PCLI", 26_000_000, resolution=1),
    GazRecord(2, 2, "Sydna", -33.87, 151.21, "AUX", "PPL", 5_000_000, "New South Wala", 9, resolution=4),
    GazRecord(3, 3, "Dubba", -32.25, 148.6, "AUX", "PPL", 40_000, "New South Wala", 9, resolution=4),
    # (a stoplisted word of the real stoplist, here a town of the same state)
    GazRecord(4, 4, "Orange", -33.28, 149.1, "AUX", "PPL", 40_000, "New South Wala", 9, resolution=4),
    GazRecord(5, 5, "Orange", 33.8, -117.85, "USX", "PPL", 140_000, "Califa", 10, resolution=4),
    GazRecord(9, 9, "New South Wala", -32.0, 147.0, "AUX", "ADM1", 8_000_000, "New South Wala", 9, resolution=2),
]


@pytest.fixture(scope="module")
def pair_parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(PAIR_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


def test_second_town_of_a_slotted_pair_is_a_place(pair_parser: GeoParser) -> None:
    got = _read(pair_parser, "SYDNA, Australa (Reuters) - Cattle prices fell at saleyards in Dubba and Orange on "
                             "Tuesday, agents said.")
    assert "Orange" in got and got["Orange"].country_code == "AUX"


def test_stoplisted_word_without_a_slot_is_no_place(pair_parser: GeoParser) -> None:
    # (guard: no place slot before the pair, so the stoplisted word keeps its ordinary sense)
    got = _read(pair_parser, "SYDNA, Australa (Reuters) - Dubba and Orange juice sellers met on Tuesday.")
    assert "Orange" not in got


# --- British usage: "the River Severna", "mid-Walesa", "Telfa council" -----------------------------------------------

UK_RECORDS = [
    GazRecord(1, 1, "Britannia", 54.0, -2.0, "GBX", "PCLI", 67_000_000, resolution=1),
    GazRecord(2, 2, "Londa", 51.51, -0.13, "GBX", "PPLC", 9_000_000, "Englanda", 7, resolution=4),
    GazRecord(3, 3, "Shrewsba", 52.71, -2.75, "GBX", "PPL", 70_000, "Englanda", 7, resolution=4),
    GazRecord(4, 4, "Walesa", 52.3, -3.7, "GBX", "ADM1", 3_100_000, "Walesa", 8, resolution=2),
    GazRecord(5, 5, "Telfa and Wreka", 52.7, -2.5, "GBX", "PPL", 20_000, "Englanda", 7, resolution=3),
    GazRecord(7, 7, "Englanda", 52.5, -1.5, "GBX", "ADM1", 56_000_000, "Englanda", 7, resolution=2),
]


@pytest.fixture(scope="module")
def uk_parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(UK_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


def test_river_before_its_name_is_a_feature(uk_parser: GeoParser) -> None:
    got = _read(uk_parser, "LONDA (Reuters) - Roads closed along the River Severna near Shrewsba on Monday.")
    assert "River Severna" in got


def test_mid_before_an_area_is_that_area(uk_parser: GeoParser) -> None:
    assert "Walesa" in _read(uk_parser, "LONDA (Reuters) - Flooding closed roads in mid-Walesa on Monday.")


def test_mid_before_a_month_is_no_place(uk_parser: GeoParser) -> None:
    # (guard: "mid-March" is a time)
    assert "March" not in _read(uk_parser, "LONDA (Reuters) - The rain returned in mid-March, officials said.")


def test_council_after_an_area_names_it(uk_parser: GeoParser) -> None:
    got = _read(uk_parser, "LONDA (Reuters) - Telfa and Wreka council said the plan would go ahead.")
    assert "Telfa and Wreka" in got


def test_mid_before_an_area_and_a_noun_is_an_adjective(uk_parser: GeoParser) -> None:
    # (guard: "mid-Walesa towns" describes the towns; only a place word standing alone names the part)
    assert "Walesa" not in _read(uk_parser, "LONDA (Reuters) - Several mid-Walesa towns flooded on Monday.")


def test_river_street_is_a_street(uk_parser: GeoParser) -> None:
    # (guard: a street named after a river is a street of its town, not a natural feature left unseated)
    assert "River Avenue" in _read(uk_parser, "LONDA (Reuters) - Crews were called to River Avenue in Shrewsba.")


# --- names spaCy labels a people or a person, before a feature word --------------------------------------------------

NER_RECORDS = [
    GazRecord(1, 1, "Indiana", 22.0, 79.0, "INX", "PCLI", 1_400_000_000, resolution=1),
    GazRecord(2, 2, "Mumbaya", 19.08, 72.88, "INX", "PPL", 12_000_000, resolution=4),
    GazRecord(3, 3, "Konkana Coast", 17.0, 73.3, "INX", "RGN", 5_000_000, resolution=2),
    GazRecord(4, 4, "Rajoura", 33.38, 74.31, "INX", "PPL", 40_000, resolution=4),
]


@pytest.fixture(scope="module")
def ner_parser() -> GeoParser:
    # (the data holds the coast also by its lower-case alias, as GeoNames' alternate names do)
    return GeoParser(InMemoryGazetteer(NER_RECORDS, {3: [("Konkana coast", KIND_ALIAS)]}), WEIGHTS)


def test_norp_label_inside_a_known_coast_name(ner_parser: GeoParser) -> None:
    text = "MUMBAYA (Reuters) - Fishermen on the Konkana coast were told to stay ashore on Tuesday."
    got = _read(ner_parser, text, [ent(text, "MUMBAYA", "GPE"), ent(text, "Konkana", "NORP")])
    assert "Konkana coast" in got


def test_person_label_before_sector_is_the_town(ner_parser: GeoParser) -> None:
    text = "MUMBAYA (Reuters) - Shelling hit the Rajoura sector on Tuesday, the army said."
    got = _read(ner_parser, text, [ent(text, "MUMBAYA", "GPE"), ent(text, "Rajoura", "PERSON")])
    assert "Rajoura" in got


def test_person_label_alone_stays_a_person(ner_parser: GeoParser) -> None:
    # (guard: the same name as a person's, with no feature word after it)
    text = "MUMBAYA (Reuters) - Rajoura said on Tuesday that the talks had failed."
    got = _read(ner_parser, text, [ent(text, "MUMBAYA", "GPE"), ent(text, "Rajoura", "PERSON")])
    assert "Rajoura" not in got


def test_sentence_opening_preposition_is_no_part_of_an_island_name(parser: GeoParser) -> None:
    got = _read(parser, "On Sandia Island, near Chennaya, fishermen lost their boats.")
    assert "Sandia Island" in got and "On Sandia Island" not in got


def test_count_word_that_is_a_town_before_islands_is_no_place(ner_parser: GeoParser) -> None:
    # (guard: a town named like a number, "Nine" in Portugal, is no reading of "Nine islands")
    gp = GeoParser(InMemoryGazetteer([*NER_RECORDS, GazRecord(9, 9, "Nine", 41.46, -8.55, "PTX", "PPL", 3_000,
                                                              resolution=4)], {}), WEIGHTS)
    assert "Nine" not in _read(gp, "MUMBAYA (Reuters) - Ferries reach Nine islands off the coast, officials said.")
