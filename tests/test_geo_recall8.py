"""Gazetteer-only recognition, session 6: weak motion and proximity slots ("close to X", "before switching to X"),
stoplisted towns in a place slot where the data files towns under counties only (Ireland), possessives of confirmed
places ("With Kelos's economy"), towns joined by a hyphen ("MLA for Nelbury-Crestwick"), a dateline in capitals
after a headline, "a town called X" and irregular plural type words ("the communities of A, B, and C"), list items
beside places of one country, run-on captions ("Parkfield, Floria The controversy ..."), and "St X's Chapel".
Invented names on a small in-memory gazetteer (real names only where the real stoplist decides), with guards for
what must stay out; one slow test reads real sentences with the built gazetteer."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, KIND_DEMONYM, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import Mention, confirmed_repeats
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences

RECORDS = [
    # a country whose towns the data files under a county (admin-2) and no admin-1, as GeoNames does Ireland's
    GazRecord(1, 1, "Erinia", 53.0, -8.0, "ERN", "PCLI", 5_000_000, resolution=1),
    GazRecord(2, 2, "Tolmore", 52.7, -7.9, "ERN", "ADM1", 150_000, "Tolmore", 2, resolution=2),
    GazRecord(3, 3, "Nenmore", 52.86, -8.2, "ERN", "PPL", 9_895, None, None, "Tolmore", resolution=4),
    GazRecord(4, 4, "Ballinmore", 52.8, -8.43, "ERN", "PPL", 2_442, None, None, "Tolmore", resolution=4),
    GazRecord(5, 5, "Newport", 52.71, -8.41, "ERN", "PPL", 1_806, None, None, "Tolmore", resolution=4),
    GazRecord(6, 6, "Newport", 53.9, -9.5, "ERN", "PPL", 626, None, None, "Maymore", resolution=4),
    GazRecord(7, 7, "Cambria", 52.0, -3.5, "CMB", "PCLI", 3_000_000, resolution=1),
    GazRecord(8, 8, "Newport", 51.58, -3.0, "CMB", "PPL", 150_000, "Cambria", 9, resolution=4),
    # a country with admin-1 areas
    GazRecord(10, 10, "Grecia", 39.0, 22.0, "GRC", "PCLI", 10_000_000, resolution=1),
    GazRecord(11, 11, "Kelos", 37.75, 26.97, "GRC", "PPL", 1_885, "Aigaia", 12, resolution=4),
    GazRecord(13, 13, "Athenor", 37.98, 23.73, "GRC", "PPLC", 660_000, "Attica", 14, resolution=4),
    GazRecord(20, 20, "Columbria", 54.0, -120.0, "CLB", "ADM1", 4_000_000, "Columbria", 20, resolution=2),
    GazRecord(21, 21, "Nelbury", 49.49, -117.29, "CAN", "PPL", 10_500, "Columbria", 20, resolution=4),
    GazRecord(22, 22, "Crestwick", 49.1, -116.51, "CAN", "PPL", 5_583, "Columbria", 20, resolution=4),
    GazRecord(23, 23, "Crestwick", 41.06, -94.36, "USA", "PPL", 7_854, "Iowana", 24, resolution=4),
    GazRecord(25, 25, "Sacramore", 38.58, -121.49, "USA", "PPL", 500_000, "Calornia", 26, resolution=4),
    GazRecord(27, 27, "Yubaville", 39.14, -121.62, "USA", "PPL", 64_925, "Calornia", 26, resolution=4),
    GazRecord(28, 28, "McGregor", 31.44, -97.41, "USA", "PPL", 5_000, "Texarc", 29, resolution=4),
    GazRecord(30, 30, "Immokee", 26.42, -81.42, "USA", "PPL", 24_154, "Floria", 31, resolution=4),
    GazRecord(31, 31, "Floria", 28.75, -82.5, "USA", "ADM1", 20_000_000, "Floria", 31, resolution=2),
    GazRecord(32, 32, "Parkfield", 26.31, -80.24, "USA", "PPL", 31_000, "Floria", 31, resolution=4),
    GazRecord(40, 40, "Peruvia", -10.0, -76.0, "PER", "PCLI", 32_000_000, resolution=1),
    GazRecord(41, 41, "Choropa", -7.13, -78.63, "PER", "PPL", 320, "Cajama", 42, resolution=4),
    GazRecord(43, 43, "San Juanito", -7.3, -78.5, "PER", "PPL", 2_000, "Cajama", 42, resolution=4),
    GazRecord(44, 44, "Denmarka", 56.0, 10.0, "DNK", "PCLI", 5_800_000, resolution=1),
    GazRecord(45, 45, "Lasbyen", 56.15, 9.82, "DNK", "PPL", 1_989, "Midjut", 46, resolution=4),
    GazRecord(50, 50, "Kenyara", 0.5, 37.0, "KEN", "PCLI", 50_000_000, resolution=1),
    GazRecord(51, 51, "Wajira", 1.75, 40.06, "KEN", "PPL", 90_000, "Wajira", 52, resolution=4),
    GazRecord(53, 53, "Naivara", -0.72, 36.43, "KEN", "PPL", 180_000, "Nakura", 54, resolution=4),
    GazRecord(55, 55, "Port Vicara", 0.1, 33.97, "KEN", "PPL", 12_194, "Busa", 56, resolution=4),
    GazRecord(33, 33, "Georgia", 32.75, -83.5, "USA", "ADM1", 10_000_000, "Georgia", 33, resolution=2),
    GazRecord(34, 34, "Calornia", 37.25, -119.75, "USA", "ADM1", 39_000_000, "Calornia", 34, resolution=2),
    GazRecord(56, 56, "North Korea", 40.0, 127.0, "PRK", "PCLI", 25_000_000, resolution=1),
    GazRecord(57, 57, "South Korea", 36.5, 127.75, "KOR", "PCLI", 51_000_000, resolution=1),
    GazRecord(58, 58, "Central Africa", 5.0, 20.0, None, "RGN", 50_000_000, resolution=1),
    GazRecord(59, 59, "Karun Arda", -29.0, 24.0, "KAD", "PCLI", 58_000_000, resolution=1),
    GazRecord(60, 60, "St George", 8.48, -13.23, "SLE", "PPLC", 800_000, "Western", 61, resolution=4),
]
NAMES = {55: [("Bunyara", KIND_ALTERNATE)], 58: [("Central African", KIND_DEMONYM)],
         50: [("Kenyaran", KIND_DEMONYM)]}


def _places(text: str) -> list[Place]:
    parser = GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=WEIGHTS)
    return parser.places(Article("a1", text), full_stop_sentences(text), [], set())


def _names(text: str) -> list[str]:
    return [p.text for p in _places(text)]


def _at(text: str, name: str) -> list[str | None]:
    return [p.resolved_place for p in _places(text) if p.text == name]


def _country(text: str, name: str) -> list[str | None]:
    return [p.country_code for p in _places(text) if p.text == name]


# --- stoplisted towns in a place slot, where towns carry a county and no admin-1 area


def test_stoplisted_town_in_a_slot_counts_in_the_county_of_the_story() -> None:
    text = ("Most applicants are in Nenmore at 430, with 57 in Ballinmore, 48 in Newport, 36 in Tolmore town. "
            "Erinia's housing list grew.")
    assert _country(text, "Newport") == ["ERN"]
    assert _places(text)[2].lat == 52.71  # the Newport of Tolmore, not Maymore's


def test_stoplisted_town_outside_the_story_area_stays_out() -> None:
    text = "Most applicants are in Nenmore at 430, and a few more live in Newport."
    assert "Newport" in _names(text)  # Tolmore's Newport: the story's county
    text = "Most applicants are in Athenor, and a few more live in Newport."
    assert "Newport" not in _names(text)  # no Newport in the story's areas


# --- weak motion and proximity slots


def test_close_to_a_town_is_a_place_slot() -> None:
    text = "The car was taken in Sacramore and police found it about 50 miles away close to Yubaville."
    assert _at(text, "Yubaville") == ["Yubaville"]


def test_a_source_close_to_a_person_is_no_place_slot() -> None:
    text = "McGregor was arrested in Sacramore. A source close to McGregor told reporters he was upset."
    assert "McGregor" not in _names(text)


def test_switching_to_a_town_is_a_move() -> None:
    text = "They lived in Athenor for years before switching to Kelos, where they opened a shop."
    assert _at(text, "Kelos") == ["Kelos"]


# --- possessives and prepositions before a confirmed place


def test_possessive_of_a_confirmed_place_is_the_place() -> None:
    text = ("There were some 1,700 asylum seekers in Kelos, in Grecia. With Kelos's economy in ruins because of "
            "the crisis, the mayor asked Athenor for help.")
    assert _names(text).count("Kelos") == 2
    # the recognizer's own rule for names only a place slot confirmed (not in the automaton)
    slot = Mention(text.index("Kelos"), text.index("Kelos") + 5, "Kelos", "local")
    assert [m.start for m in confirmed_repeats(text, [slot], ["Kelos"])] == [text.index("Kelos's")]


def test_a_person_written_with_the_name_is_not_confirmed() -> None:
    text = "There were 1,700 asylum seekers in Kelos, in Grecia. Mr Kelos's office said the camp was full."
    slot = Mention(text.index("Kelos"), text.index("Kelos") + 5, "Kelos", "local")
    assert confirmed_repeats(text, [slot], ["Kelos"]) == []


# --- hyphen compounds


def test_second_town_of_a_hyphenated_riding_in_the_story_area() -> None:
    text = "A new office opened in Nelbury this week, Jane Roe, MLA for Nelbury-Crestwick, announced."
    assert _at(text, "Crestwick") == ["Crestwick"]
    assert _country(text, "Crestwick") == ["CAN"]


def test_hyphenated_words_with_no_town_in_the_story_area_stay_out() -> None:
    text = "A new office opened in Nelbury this week. The Anglo-Saxon hall and the Kelos-style roof stay."
    assert _names(text) == ["Nelbury"]
    text = "A new office opened in Nelbury this week, and pro-Crestwick campaigners protested outside."
    assert _names(text) == ["Nelbury"]


# --- a dateline in capitals after a headline


def test_dateline_in_capitals_after_a_headline() -> None:
    text = ("Headline: Senator speaks at Floria grant event. IMMOKEE \u2013 Congressman John Roe visited farms "
            "in Floria on Monday.")
    assert _at(text, "IMMOKEE") == ["Immokee"]


def test_capitals_before_a_dash_that_name_no_place_stay_out() -> None:
    text = "Headline: Senator speaks in Floria. BREAKING \u2013 Congressman John Roe visited farms on Monday."
    assert _names(text) == ["Floria"]
    # a section label that is also a town's name: the story writes it in lower case too
    text = "Headline: Arrest in Floria. MCGREGOR \u2013 A man was arrested, and the mcgregor case goes on."
    assert _names(text) == ["Floria"]


# --- typed names


def test_a_town_called_x() -> None:
    text = "Bottles are exploding in central Denmarka, in a town called Lasbyen located in the middle of it."
    assert _at(text, "Lasbyen") == ["Lasbyen"]


def test_irregular_plural_type_word_types_its_list() -> None:
    text = ("Mercury spilled along an Andean highway in Peruvia, in the communities of San Juanito, Choropa, "
            "and Magdalun.")
    assert _at(text, "San Juanito") == ["San Juanito"]
    assert _at(text, "Choropa") == ["Choropa"]
    assert "Magdalun" in _names(text)  # unknown, placed by the story


# --- list items beside places of one country


def test_list_item_beside_places_of_one_country() -> None:
    text = "Floods hit Kenyara. Wajira, Naivara and Bunyara are among the worst affected districts."
    assert _at(text, "Bunyara") == ["Port Vicara"]


def test_list_item_beside_a_single_place_stays_out() -> None:
    text = "Floods hit Kenyara, and Bunyara said relief was slow."
    assert "Bunyara" not in _names(text)


# --- run-on captions and dedications


def test_clause_opener_after_a_state_keeps_the_state() -> None:
    # ("Georgia" is also a given name: a capitalised word after it usually makes a person of it)
    text = "A school shooting in Parkfield, Georgia The controversy revolves around her tweets."
    assert "Georgia" in _names(text)
    assert "Georgia" not in _names("Georgia Smith said the tweets were hers.")


def test_saint_in_the_possessive_names_a_church_not_a_town() -> None:
    text = "The wedding takes place on 19 May in St George's Chapel at the castle, not in St George itself."
    assert _names(text) == ["St George"]
    assert _places(text)[0].start == text.rindex("St George")


# --- abbreviations at a sentence's end, shouted lines, shared compass words


def test_country_initials_before_a_full_stop() -> None:
    text = "Power is concentrated in the hands of chiefs in post-war KA. This is so across Karun Arda."
    assert _at(text, "KA") == ["Karun Arda"]
    assert "KA" not in _names("Power is concentrated in post-war KA.B units. This is so across Karun Arda.")


def test_strong_name_ending_a_shouted_line() -> None:
    text = "Two tickets won in Sacramore. CHECK YOUR TICKETS CALORNIA!! One ticket was sold in Yubaville."
    assert "CALORNIA" in _names(text)
    assert "CALORNIA" not in _names("Two tickets won in Sacramore. READ THE CALORNIA REPORT NOW for more.")


def test_compass_word_sharing_the_name_after_it() -> None:
    text = "Talks between North and South Korea resumed on Monday."
    assert _at(text, "North") == ["North Korea"]
    assert _names("West and Central Africans met in Sacramore.") == ["Sacramore"]


# --- real sentences, built gazetteer


REAL = [
    ("A Rod Stewart tribute show comes to Clacton this weekend, organisers said.", "Clacton", "GBR"),
    ("Militants attacked a train in the Bolan Pass in Balochistan, officials said.", "Bolan Pass", "PAK"),
    ("Clashes in Twic East killed 12 people, local officials in South Sudan said.", "Twic East", "SSD"),
    ("The army deployed troops to Catatumbo after the ELN offensive, Colombia's defence minister said.",
     "Catatumbo", "COL"),
    ("A suicide bomber struck a convoy near Mir Ali in North Waziristan on Sunday.", "Mir Ali", "PAK"),
    ("Police in Lurgan, County Armagh, said a device was found on Monday.", "Lurgan", "GBR"),
    ("Sectarian clashes in Kurram have killed dozens this month, Pakistani officials said.", "Kurram", "PAK"),
    ("Georgia Gov. Brian Kemp signed the bill on Tuesday.", "Georgia", "USA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "name", "country"), REAL)
def test_real_gazetteer_finds_session6_places(real_parser: GeoParser, sentence: str, name: str,
                                              country: str) -> None:
    places = real_parser.places(Article("r", sentence), full_stop_sentences(sentence), [], set())
    assert [p.country_code for p in places if p.text == name] == [country]
