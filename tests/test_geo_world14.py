"""Recognition and event-location rules from the session-8 world-news corpus (W8): numbered U.S. highways, first
names that are also counties or regions ("Kerry Young"), a role before a name ("captain Shan Masood"), the nouns of
taking a place ("the capture of X"), natural features and venues named type word first ("Mount Fuji", "Lac
Beauvert", "the Stade de France"), big cities whose names are stoplisted, in a list ("Milan and Florence"), a move
to a compass point ("sent east to X"), "towns like X", "as far away as X", "reaching X", a distance after a name,
"and nearby X", spaCy lists labelled as one place, unknown rivers spaCy finds; in event location, the lead narrowed
across a border, "pounded X", "the capture of X" and what a banner says (a provincial dateline does not narrow a
country-level lead). Invented names on a small in-memory gazetteer; each rule has a guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, GazRecord, InMemoryGazetteer

from geo_spans import ent as _ent, read_places as _read
from story_parts import place, where

RECORDS = [
    GazRecord(1, 1, "United Statia", 39.76, -98.5, "USX", "PCLI", 330_000_000, resolution=1),
    GazRecord(2, 2, "Eurekah", 48.88, -115.05, "USX", "PPL", 1_000, resolution=4),
    GazRecord(3, 3, "Kerry", 52.1, -9.6, "IRX", "ADM1", 150_000, "Kerry", 3, resolution=2),
    GazRecord(4, 4, "Shanu", 21.5, 98.0, "MMX", "ADM1", 6_000_000, "Shanu", 4, resolution=2),
    GazRecord(5, 5, "Pakistana", 30.0, 70.0, "PKX", "PCLI", 240_000_000, resolution=1),
    GazRecord(6, 6, "Ukrania", 49.0, 32.0, "UAX", "PCLI", 40_000_000, resolution=1),
    GazRecord(7, 7, "Selydova", 48.15, 37.3, "UAX", "PPL", 21_000, resolution=4),
    GazRecord(8, 8, "Japanica", 36.0, 138.0, "JPX", "PCLI", 125_000_000, resolution=1),
    GazRecord(9, 9, "Fujikawa", 35.5, 138.75, "JPX", "PPL", 25_000, resolution=4),
    GazRecord(10, 10, "Lac", 13.5, 14.5, "TCX", "ADM1", 450_000, "Lac", 10, resolution=2),
    GazRecord(11, 11, "Canadia", 60.1, -113.6, "CAX", "PCLI", 38_000_000, resolution=1),
    GazRecord(12, 12, "Jaspera", 52.88, -118.08, "CAX", "PPL", 5_000, resolution=4),
    GazRecord(13, 13, "Francia", 46.0, 2.0, "FRX", "PCLI", 67_000_000, resolution=1),
    GazRecord(14, 14, "Sandenis", 48.94, 2.36, "FRX", "PPL", 110_000, resolution=4),
    GazRecord(15, 15, "Italia", 42.83, 12.83, "ITX", "PCLI", 59_000_000, resolution=1),
    GazRecord(16, 16, "Milana", 45.46, 9.19, "ITX", "PPL", 1_300_000, resolution=4),
    GazRecord(17, 17, "Florence", 43.77, 11.25, "ITX", "PPL", 367_000, resolution=4),
    GazRecord(18, 18, "Hintona", 53.4, -117.59, "CAX", "PPL", 9_000, resolution=4),
    GazRecord(19, 19, "Edmontia", 53.55, -113.47, "CAX", "PPL", 1_000_000, resolution=4),
    GazRecord(20, 20, "Banffa", 51.18, -115.57, "CAX", "PPL", 8_000, resolution=4),
    GazRecord(21, 21, "Jenina", 32.46, 35.3, "PSX", "PPL", 50_000, resolution=4),
    GazRecord(22, 22, "Tulkara", 32.31, 35.03, "PSX", "PPL", 45_000, resolution=4),
    GazRecord(23, 23, "Abujah", 9.06, 7.49, "NGX", "PPLC", 3_000_000, resolution=4),
    GazRecord(24, 24, "Londra", 51.51, -0.13, "GBX", "PPLC", 9_000_000, resolution=4),
    GazRecord(25, 25, "Lashia", 22.93, 97.75, "MMX", "PPL", 170_000, resolution=4),
    GazRecord(26, 26, "Coxa Bazar", 21.45, 91.97, "BDX", "PPL", 500_000, resolution=4),
    GazRecord(27, 27, "Silverta", 37.81, -107.66, "USX", "PPL", 640, resolution=4),
    GazRecord(28, 28, "Sewarda", 40.91, -97.1, "USX", "PPL", 7_000, resolution=4),
    GazRecord(29, 29, "Patrick", 54.2, -4.7, "IMX", "ADM1", 1_000, "Patrick", 29, resolution=2),
]
NAMES = {1: [("U.S.", KIND_ALIAS)]}


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


# --- names that are something else -------------------------------------------------------------------------------

def test_a_us_route_number_is_a_road(parser: GeoParser) -> None:
    got = _read(parser, "Fire officials closed U.S. 93 north of Eurekah because of smoke.")
    assert "U.S." not in got
    assert "U.S." not in _read(parser, "Crews reopened U.S. Route 66 on Monday.")


def test_a_figure_after_the_us_is_no_route(parser: GeoParser) -> None:
    # (guards: an amount, a term or a number of things after the name)
    assert "U.S." in _read(parser, "The U.S. 10-year yield rose on Monday.")
    assert "U.S." in _read(parser, "Officials said U.S. 25 percent tariffs would stay.")


def test_a_county_that_is_also_a_first_name(parser: GeoParser) -> None:
    assert "Kerry" not in _read(parser, "Fans braved the rain. Kerry Young, the meeting director, said so.")


def test_the_county_itself_stays_a_place(parser: GeoParser) -> None:
    # (guards: the name in a place's slot, or before a word that keeps it a place)
    assert "Kerry" in _read(parser, "Storms cut power to homes in Kerry on Monday.")
    assert "Kerry" in _read(parser, "Kerry County Council met on Monday.")


def test_a_role_before_a_strong_name_makes_a_person(parser: GeoParser) -> None:
    got = _read(parser, '"It was tough," said Pakistana captain Shanu Masood.')
    assert "Shanu" not in got and "Pakistana" in got


def test_a_strong_name_before_an_organisation_word_stays_a_place(parser: GeoParser) -> None:
    # (guard: no role before it: "the Shanu Army" is an embedded place, as before)
    assert "Shanu" in _read(parser, "Fighting between the Shanu Army and troops went on.")


# --- place slots ---------------------------------------------------------------------------------------------------

def test_the_capture_of_a_town(parser: GeoParser) -> None:
    got = _read(parser, "Russian troops in Ukrania claimed the capture of Selydova on Monday.")
    assert got["Selydova"].country_code == "UAX"


def test_a_small_town_without_the_noun_stays_out(parser: GeoParser) -> None:
    assert "Selydova" not in _read(parser, "Officials in Ukrania said Selydova was a good officer.")


def test_a_move_to_a_compass_point(parser: GeoParser) -> None:
    got = _read(parser, "Smoke closed the road in Canadia and the rest were sent east to Hintona and Edmontia.")
    assert got["Hintona"].country_code == "CAX"


def test_a_distance_after_a_name_makes_it_a_place(parser: GeoParser) -> None:
    got = _read(parser, "The fire reached Jaspera in Canadia. Banffa, 290 km to the south, was not threatened.")
    assert got["Banffa"].country_code == "CAX"
    # (guard: the same name before a verb is no place)
    assert "Banffa" not in _read(parser, "The fire reached Jaspera in Canadia. Banffa said it was not threatened.")


def test_nearby_in_a_list_keeps_the_list(parser: GeoParser) -> None:
    got = _read(parser, "Bulldozers tore up roads leading into Jenina and nearby Tulkara.")
    assert got["Tulkara"].country_code == "PSX"


def test_a_big_city_with_a_stoplisted_name_in_a_list(parser: GeoParser) -> None:
    got = _read(parser, "Many visitors arrive by train from Milana and Florence in Italia.")
    assert got["Florence"].country_code == "ITX"


def test_a_stoplisted_big_city_name_outside_a_list_stays_a_person(parser: GeoParser) -> None:
    # (guards: a first name; a place's slot alone stays under the area rule for stoplisted names)
    assert "Florence" not in _read(parser, "Florence Pugh won an award in Milana.")
    assert "Florence" not in _read(parser, "Floods hit Japanica. Schools also closed in Florence.")


def test_towns_like_a_town(parser: GeoParser) -> None:
    got = _read(parser, "Mountain towns like Silverta had enough snowmelt this year.")
    assert got["Silverta"].country_code == "USX"


def test_as_far_away_as_and_reaching_a_town(parser: GeoParser) -> None:
    assert "Sewarda" in _read(parser, "Growers came from as far away as Sewarda on Monday.")
    assert "Sewarda" in _read(parser, "Refugees reaching Sewarda said roads were closed.")
    # (guard: the same name where no place is expected)
    assert "Sewarda" not in _read(parser, "Growers said Sewarda was right.")


def test_a_member_before_a_first_name_that_is_a_parish(parser: GeoParser) -> None:
    assert "Patrick" not in _read(parser, "Council member Patrick Keane said the plan was sound.")


# --- natural features and venues named type word first ----------------------------------------------------------

def test_a_type_first_natural_feature_is_seated_at_its_sentences_place(parser: GeoParser) -> None:
    got = _read(parser, "In Fujikawa, officials put up a screen to block a view of Mount Fujio over a store.")
    assert got["Mount Fujio"].country_code == "JPX"


def test_a_type_first_feature_without_a_place_in_its_sentence_is_dropped(parser: GeoParser) -> None:
    text = "Riders raced in Fujikawa on Sunday. Next year the race will climb Mont Ventoza for the first time."
    assert "Mont Ventoza" not in _read(parser, text)


def test_the_type_word_alone_is_no_place(parser: GeoParser) -> None:
    got = _read(parser, "The fire reached Jaspera in Canadia, and the historic lodge on Lac Beauvera was damaged.")
    assert "Lac" not in got


def test_a_type_first_name_before_an_institution_word_is_no_feature(parser: GeoParser) -> None:
    # (guard: "Mount Sinaia Hospital" is a hospital, not a mountain)
    got = _read(parser, "Patients in Fujikawa were taken to the Mount Sinaia Hospital on Monday.")
    assert not any(name.startswith("Mount") for name in got)


def test_a_venue_named_type_word_first(parser: GeoParser) -> None:
    got = _read(parser, "The Stade de Francia in Sandenis hosted athletics.")
    assert "Francia" not in got and got["Stade de Francia"].country_code == "FRX"


def test_a_venue_without_its_town_written_next_is_no_local_place(parser: GeoParser) -> None:
    # (guard: the town of the name's own place may be far from the venue: "the Stade de France" in a story naming
    # Port Elizabeth)
    assert "Stade de Francia" not in _read(parser, "Fans from Sandenis lifted the cup at the Stade de Francia.")


def test_a_feature_is_seated_only_at_a_place_written_close_to_it(parser: GeoParser) -> None:
    text = ("Rebels who control Lashia and most of the north have attacked dozens of convoys since November, forcing "
            "many companies to sail around Cape Hopeza.")
    assert "Cape Hopeza" not in _read(parser, text)


# --- spaCy's spans -------------------------------------------------------------------------------------------------

def test_a_list_spacy_labels_as_one_place_is_split() -> None:
    gp = GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=True)
    text = "The actor now splits his time between Abujah and Londra."
    got = _read(gp, text, [_ent(text, "Abujah and Londra", "GPE")])
    assert got["Abujah"].country_code == "NGX" and got["Londra"].country_code == "GBX"


def test_an_unknown_river_spacy_finds_is_not_the_storys_focus() -> None:
    gp = GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=True)
    text = ("Rebels captured Lashia on Monday. Fighting spread near Lashia. Thousands have fled across the Naf River "
            "to camps at Coxa Bazar.")
    got = _read(gp, text, [_ent(text, "the Naf River", "LOC")])
    assert "the Naf River" not in got


def test_an_unknown_place_spacy_finds_still_takes_the_focus() -> None:
    # (guard: no natural feature's word)
    gp = GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=True)
    text = "Rebels captured Lashia on Monday. Fighting spread near Lashia. Families fled from Mongkoa on Tuesday."
    got = _read(gp, text, [_ent(text, "Mongkoa", "GPE")])
    assert got["Mongkoa"].country_code == "MMX"


# --- event location ------------------------------------------------------------------------------------------------

def test_the_lead_is_not_narrowed_across_a_border() -> None:
    text = ("ATHENA (Wire) - Coast guard officers towed a dinghy back and left it adrift off the island of Lesba, a "
            "group said. The other coast guard said it had rescued the group near Ayvaca. A naval court charged 17 "
            "officers over the shipwreck.")
    places = [place(text, "ATHENA", "GRC", 4), place(text, "Lesba", "GRC", 3, "ISL"),
              place(text, "Ayvaca", "TUR", 4)]
    loc = where(text, "A naval court charged 17 officers over the shipwreck.", "charged", places, "ATHENA")
    assert loc is not None and loc.extracted_place == "Lesba"


def test_the_lead_is_narrowed_to_the_datelines_country() -> None:
    # (guard: a later lead sentence in the dateline's own country still narrows a country abroad)
    text = ("WARSAWA (Wire) - Polanda summoned an envoy after a missile fired at western Ukrania crossed its "
            "airspace. The envoy did not come to the ministry in Warsawa, a spokesman said. Officials said the "
            "protest note was handed over.")
    places = [place(text, "WARSAWA", "POL", 4, "PPLC"), place(text, "Polanda", "POL", 1, "PCLI"),
              place(text, "Ukrania", "UKR", 1, "PCLI"), place(text, "Warsawa", "POL", 4, "PPLC")]
    loc = where(text, "Officials said the protest note was handed over.", "handed", places, "WARSAWA")
    assert loc is not None and loc.country_code == "POL"


def test_a_pounded_city_is_where_not_the_dateline() -> None:
    text = "KYIVA, Nov 4 (Wire) - Russian artillery pounded Khersona for a second day on Monday, killing three."
    places = [place(text, "KYIVA", "UKR", 4, "PPLC"), place(text, "Khersona", "UKR", 4)]
    loc = where(text, "Russian artillery pounded Khersona for a second day on Monday, killing three.", "pounded",
                places, "KYIVA")
    assert loc is not None and loc.extracted_place == "Khersona"


def test_the_capture_of_a_town_is_where_it_happened() -> None:
    text = ("KYIVA (Wire) - Officials spoke on Monday. Troops advanced toward Pokrova and claimed the capture of "
            "Selydova, south of the town.")
    places = [place(text, "KYIVA", "UKR", 4, "PPLC"), place(text, "Pokrova", "UKR", 4),
              place(text, "Selydova", "UKR", 4)]
    loc = where(text, "Troops advanced toward Pokrova and claimed the capture of Selydova, south of the town.",
                "capture", places, "KYIVA")
    assert loc is not None and loc.extracted_place == "Selydova"


def test_a_provincial_dateline_does_not_narrow_the_country_the_lead_names() -> None:
    # (the events of a story datelined in a provincial city may be 300 km away: "GOMAX - ... near Benix")
    text = ("GOMAX, Congia (Wire) - Rebels killed 12 villagers near a road in eastern Congia, officials said. "
            "Gunfire continued near the airport on Tuesday.")
    places = [place(text, "GOMAX", "CDX", 4), place(text, "Congia", "CDX", 1, "PCLI", nth=1)]
    loc = where(text, "Gunfire continued near the airport on Tuesday.", "continued", places, "GOMAX, Congia")
    assert loc is not None and loc.extracted_place == "Congia"


def test_what_a_banner_says_is_not_where_its_holders_are() -> None:
    text = ("CANBERA (Wire) - Officials spoke on Monday. Protesters gathered outside the parliament on Wednesday, "
            "holding banners accusing soldiers of abuses in Papuan.")
    places = [place(text, "CANBERA", "AUS", 4, "PPLC"), place(text, "Papuan", "IDN", 2, "ADM1")]
    loc = where(text, "Protesters gathered outside the parliament on Wednesday, holding banners accusing soldiers of "
                "abuses in Papuan.", "gathered", places, "CANBERA")
    assert loc is None or loc.country_code != "IDN"


def test_a_banner_hung_in_a_place_is_still_there() -> None:
    # (guard: no words of what the banner says)
    text = ("JAKARTAN (Wire) - Officials spoke on Monday. Protesters gathered on Wednesday, holding banners in "
            "Papuan's main square.")
    places = [place(text, "JAKARTAN", "IDN", 4, "PPLC"), place(text, "Papuan", "IDN", 2, "ADM1")]
    loc = where(text, "Protesters gathered on Wednesday, holding banners in Papuan's main square.", "gathered",
                places, "JAKARTAN")
    assert loc is not None and loc.extracted_place == "Papuan"
