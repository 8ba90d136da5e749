"""Recognition with spaCy on international wire news (W18, session 11): the NER mode should not lose what the
gazetteer alone reads. spaCy splits or clips names the gazetteer holds whole ("Port" + "Spain" in "Port of Spain"),
labels a known area with its council word as one organisation ("Telford and Wrekin council"), and tags names the
gazetteer lacks that the words around them type as places ("the Casamance region", "Pulicat lake", "the River
Severn"): these are read as the gazetteer-only rules read them. Invented names on a small in-memory gazetteer,
spaCy's labels given by hand; each rule has a guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, GazRecord, InMemoryGazetteer

from geo_spans import ent
from geo_spans import read_places as _read

RECORDS = [
    GazRecord(1, 1, "Trinada", 10.5, -61.3, "TTX", "PCLI", 1_400_000, resolution=1),
    GazRecord(2, 2, "Porta of Spaina", 10.66, -61.51, "TTX", "PPLC", 50_000, resolution=4),
    GazRecord(3, 3, "Spaina", 40.0, -4.0, "ESX", "PCLI", 47_000_000, resolution=1),
    GazRecord(4, 4, "Telfa and Wrekia", 52.7, -2.45, "GBX", "ADM2", 90_000, resolution=3),
    GazRecord(5, 5, "Shrewsa", 52.71, -2.75, "GBX", "PPL", 70_000, resolution=4),
    GazRecord(6, 6, "Senegala", 14.5, -14.5, "SNX", "PCLI", 17_000_000, resolution=1),
    GazRecord(7, 7, "Dakara", 14.69, -17.44, "SNX", "PPLC", 2_500_000, resolution=4),
    GazRecord(8, 8, "Ziguina", 12.56, -16.27, "SNX", "PPL", 200_000, resolution=4),
    GazRecord(9, 9, "Chennaya", 13.08, 80.27, "INX", "PPL", 7_000_000, resolution=4),
    GazRecord(10, 10, "Indiana", 22.0, 79.0, "INX", "PCLI", 1_400_000_000, resolution=1),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=True)


# --- a name the gazetteer holds whole, split or clipped by spaCy ----------------------------------------------------

def test_known_name_split_by_ner_is_read_whole(parser: GeoParser) -> None:
    text = "Leaders of Trinada called for calm at a meeting in Porta of Spaina on Friday."
    got = _read(parser, text, [ent(text, "Trinada", "GPE"), ent(text, "Porta", "GPE"), ent(text, "Spaina", "GPE")])
    assert "Porta of Spaina" in got and got["Porta of Spaina"].country_code == "TTX"
    assert "Spaina" not in got


def test_ner_name_stands_where_gazetteer_has_no_longer_name(parser: GeoParser) -> None:
    # (guard: "Spaina" alone is the country)
    text = "Leaders of Trinada met officials in Spaina on Friday."
    got = _read(parser, text, [ent(text, "Trinada", "GPE"), ent(text, "Spaina", "GPE")])
    assert got["Spaina"].country_code == "ESX"


def test_town_and_area_pair_known_whole_stays_two_places() -> None:
    # (guard: "Londa, Englanda" is also a name of the town, but the pair names the town and its area)
    records = [GazRecord(50, 50, "Londa", 51.51, -0.13, "GBX", "PPLC", 8_900_000, resolution=4),
               GazRecord(51, 51, "Englanda", 52.16, -0.7, "GBX", "ADM1", 56_000_000, resolution=2)]
    parser = GeoParser(InMemoryGazetteer(records, {50: [("Londa, Englanda", KIND_ALIAS)]}), WEIGHTS)
    text = "Goods were sold in a shop located in Londa, Englanda, officials said."
    got = _read(parser, text, [ent(text, "Londa", "GPE"), ent(text, "Englanda", "GPE")])
    assert "Londa" in got and "Englanda" in got


def test_known_area_labelled_with_its_council_word_is_a_place(parser: GeoParser) -> None:
    text = "Officials at Telfa and Wrekia council said the road near Shrewsa would reopen."
    got = _read(parser, text, [ent(text, "Telfa and Wrekia council", "ORG"), ent(text, "Shrewsa", "GPE")])
    assert "Telfa and Wrekia" in got


def test_known_area_inside_other_organisation_stays_out(parser: GeoParser) -> None:
    # (guard: a lower-case tail that is no place cue keeps the organisation's reading)
    text = "Fans of Telfa and Wrekia rovers said the club near Shrewsa would fold."
    got = _read(parser, text, [ent(text, "Telfa and Wrekia rovers", "ORG"), ent(text, "Shrewsa", "GPE")])
    assert "Telfa and Wrekia" not in got


# --- names the gazetteer lacks, typed by the words around them ------------------------------------------------------

def test_ner_region_the_gazetteer_lacks_is_seated_like_a_typed_name(parser: GeoParser) -> None:
    text = ("DAKARA, Senegala (Reuters) - Crowds gathered in Dakara and in Ziguina, the main town of the southern "
            "Casama region, on Monday.")
    ents = [ent(text, "Senegala", "GPE"), ent(text, "Ziguina", "GPE"), ent(text, "Casama", "GPE")]
    ents.append((text.index("Dakara", 10), text.index("Dakara", 10) + 6, "GPE"))
    got = _read(parser, text, ents)
    assert "Casama" in got and (got["Casama"].lat, got["Casama"].lon) == (12.56, -16.27)


def test_ner_name_before_lake_is_a_feature(parser: GeoParser) -> None:
    text = "Crowds watched from the beaches of Pulica lake, north of Chennaya, as the rocket rose."
    got = _read(parser, text, [ent(text, "Pulica", "LOC"), ent(text, "Chennaya", "GPE")])
    assert any(k.startswith("Pulica") for k in got)


def test_ner_river_first_name_is_a_feature(parser: GeoParser) -> None:
    text = "Boats sailed along the River Severna near Shrewsa on Sunday."
    got = _read(parser, text, [ent(text, "the River Severna", "LOC"), ent(text, "Shrewsa", "GPE")])
    assert any("Severna" in k for k in got)


def test_ner_feature_with_no_city_in_its_sentence_is_not_seated(parser: GeoParser) -> None:
    # (guard: as without spaCy, a feature is seated only at a city its own sentence names)
    text = "Officials in Chennaya spoke on Monday. Fishermen said Pulica lake had dried up."
    got = _read(parser, text, [ent(text, "Chennaya", "GPE"), ent(text, "Pulica", "LOC")])
    assert not any(k.startswith("Pulica") for k in got)


# --- planets --------------------------------------------------------------------------------------------------------

PLANET_RECORDS = [*RECORDS, GazRecord(20, 20, "Mars", 40.7, -80.0, "USX", "PPL", 1_700, resolution=4),
                  GazRecord(21, 21, "Amerika", 39.8, -98.5, "USX", "PCLI", 330_000_000, resolution=1)]


@pytest.fixture(scope="module")
def planets() -> GeoParser:
    return GeoParser(InMemoryGazetteer(PLANET_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=True)


def test_planet_in_a_story_about_space_is_no_place(planets: GeoParser) -> None:
    text = "The rover landed on Mars after a seven-month trip, the space agency in Indiana said."
    got = _read(planets, text, [ent(text, "Mars", "LOC"), ent(text, "Indiana", "GPE")])
    assert "Mars" not in got and "Indiana" in got


def test_town_named_like_a_planet_stays_a_place(planets: GeoParser) -> None:
    # (guard: with no word of space in the story, the town of the name is read)
    text = "Flooding closed roads in Mars and across Amerika on Tuesday."
    got = _read(planets, text, [ent(text, "Mars", "GPE"), ent(text, "Amerika", "GPE")])
    assert "Mars" in got


# --- a long dateline ------------------------------------------------------------------------------------------------

DATELINE_RECORDS = [*RECORDS, GazRecord(30, 30, "Chila", -30.0, -71.0, "CLX", "PCLI", 19_000_000, resolution=1),
                    GazRecord(31, 31, "Santa Pedra", -24.0, -57.0, "PYX", "ADM1", 400_000, resolution=2),
                    GazRecord(32, 32, "Santa Pedra de Atacamba", -22.91, -68.2, "CLX", "PPL", 11_000,
                              resolution=4)]


@pytest.fixture(scope="module")
def datelines() -> GeoParser:
    return GeoParser(InMemoryGazetteer(DATELINE_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


def test_dateline_known_whole_beats_its_first_words(datelines: GeoParser) -> None:
    got = _read(datelines, "SANTA PEDRA DE ATACAMBA, Chila (Reuters) - Farmers asked a court on Monday to halt pumping.")
    assert got["SANTA PEDRA DE ATACAMBA"].country_code == "CLX"
    assert "SANTA PEDRA" not in got


def test_dateline_unknown_whole_keeps_the_known_part(datelines: GeoParser) -> None:
    # (guard: the gazetteer lacks the whole head, so the known part stands as before)
    got = _read(datelines, "SANTA PEDRA NORTE, Chila (Reuters) - Farmers asked a court on Monday to halt pumping.")
    assert "SANTA PEDRA" in got


# --- ", where" after a small town -----------------------------------------------------------------------------------

WHERE_RECORDS = [*RECORDS, GazRecord(40, 40, "Bodha Gayo", 24.7, 84.99, "INX", "PPL", 38_000, resolution=4),
                 GazRecord(41, 41, "Nepala", 28.0, 84.0, "NPX", "PCLI", 30_000_000, resolution=1)]


@pytest.fixture(scope="module")
def where() -> GeoParser:
    return GeoParser(InMemoryGazetteer(WHERE_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


def test_small_town_before_comma_where_is_a_place(where: GeoParser) -> None:
    got = _read(where, "Pilgrims from Nepala also visit sites in Indiana: Bodha Gayo, where he reached enlightenment.")
    assert "Bodha Gayo" in got and got["Bodha Gayo"].country_code == "INX"


def test_small_town_name_without_a_place_cue_stays_out(where: GeoParser) -> None:
    # (guard: the small town's name alone, no slot and no cue, is not read)
    got = _read(where, "Pilgrims from Nepala said Bodha Gayo had written the letter.")
    assert "Bodha Gayo" not in got
