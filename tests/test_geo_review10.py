"""Places in conflict stories, session 6 (G10): recognition ("in the rural area of X", numbered barangays, a
"UNITED NATIONS" dateline, a small town confirmed by "in <area>", a place name spaCy labelled only in part),
resolution ("Sevastopol, Crimea", "Agadez, Sahel", "Reading, Berkshire") and event location (the object of a verb
of fighting over a place, "air strikes on X", "spread to X"). Invented names on a small in-memory gazetteer (real
names only where the real stoplist decides); the event-location tests give places by hand; slow tests read real
sentences with the built gazetteer and skip cleanly where it cannot be built."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, GazRecord, InMemoryGazetteer
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences
from story_parts import place, where

RECORDS = [
    GazRecord(1, 1, "Colombara", 4.0, -73.0, "CLM", "PCLI", 50_000_000, resolution=1),
    GazRecord(2, 2, "Norte de Santa", 8.0, -72.9, "CLM", "ADM1", 1_500_000, "Norte de Santa", 2, resolution=2),
    GazRecord(3, 3, "Tibuna", 8.64, -72.74, "CLM", "PPL", 13_565, "Norte de Santa", 2, resolution=4),
    GazRecord(4, 4, "Filipa", 12.0, 122.0, "PHX", "PCLI", 110_000_000, resolution=1),
    GazRecord(5, 5, "Calookan", 14.65, 120.97, "PHX", "PPL", 1_700_000, "Metro", 6, resolution=4),
    GazRecord(6, 6, "Manilo", 14.6, 120.98, "PHX", "PPLC", 1_600_000, "Metro", 6, resolution=4),
    GazRecord(7, 7, "Nigeria", 9.0, 8.0, "NGA", "PCLI", 200_000_000, resolution=1),
    GazRecord(8, 8, "Bornia", 11.5, 13.0, "NGA", "ADM1", 4_000_000, "Bornia", 8, resolution=2),
    GazRecord(9, 9, "Gwozu", 11.08, 13.69, "NGA", "PPL", 15_176, "Bornia", 8, resolution=4),
    GazRecord(10, 10, "Gwozu", 40.0, -80.0, "USA", "PPL", 900, "Ohia", 11, resolution=4),
    # a city that is a first-level area of its own, and the area around it
    GazRecord(12, 12, "Sevastia", 44.61, 33.52, "UKR", "PPL", 547_820, "Sevastia", 13, resolution=4),
    GazRecord(13, 13, "Sevastia", 44.63, 33.65, "UKR", "ADM1", 695_197, "Sevastia", 13, resolution=2),
    GazRecord(14, 14, "Krymia Republic", 45.22, 34.7, "UKR", "ADM1", 1_870_372, "Krymia Republic", 14, resolution=2),
    # a town, its own first-level area, a region across countries and another country's area of the same name
    GazRecord(15, 15, "Agadiz", 16.97, 7.99, "NER", "PPL", 149_549, "Agadiz", 16, resolution=4),
    GazRecord(16, 16, "Agadiz", 17.34, 9.93, "NER", "ADM1", 385_457, "Agadiz", 16, resolution=2),
    GazRecord(17, None, "Sahelia", 15.0, 5.0, None, "RGN", 50_000_000, resolution=1),
    GazRecord(18, 18, "Sahelia", 14.2, -0.36, "BFA", "ADM1", 174_842, "Sahelia", 18, resolution=2),
    # a stoplisted town filed under no county of the curated region named after it
    GazRecord(19, 19, "Reading", 51.46, -0.97, "GBR", "PPL", 318_014, "England", 20, "Reading", resolution=4),
    GazRecord(21, None, "Berkshire", 51.47, -1.18, "GBR", "RGN", 1_000_000, resolution=3),
    GazRecord(29, 29, "Commerce", 33.25, -95.9, "USA", "PPL", 9_000, "Texarc", 30, resolution=4),
    GazRecord(28, None, "Yorkshire", 54.0, -1.5, "GBR", "RGN", 1_000_000, resolution=3),
    GazRecord(22, 22, "Reading", 40.34, -75.93, "USA", "PPL", 87_879, "Pennsylvania", 23, resolution=4),
    # a curated crossing and the seat of a body
    GazRecord(24, None, "Kerem Shalim crossing", 31.23, 34.27, "ISR", "PPL", 100_000, resolution=4),
    GazRecord(25, 25, "Israel", 31.5, 34.75, "ISR", "PCLI", 8_800_000, resolution=1),
    GazRecord(26, None, "United Nations Headquarters", 40.75, -73.97, "USA", "BLDG", 100_000, resolution=5),
    GazRecord(27, 27, "Sudan", 15.0, 30.0, "SDN", "PCLI", 45_000_000, resolution=1),
]
NAMES = {14: [("Krymia", KIND_ALIAS)]}


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


def _places(gp: GeoParser, text: str, ents: list[tuple[int, int, str]] | None = None) -> list[Place]:
    sents = full_stop_sentences(text)
    parsed = {s.sequence for s in sents} if ents is not None else set()
    return gp.places(Article("a", text), sents, ents or [], parsed)


def _read(gp: GeoParser, text: str, ents: list[tuple[int, int, str]] | None = None) -> dict[str, Place]:
    return {p.text: p for p in _places(gp, text, ents)}


# --- recognition ---------------------------------------------------------------------------------------------

def test_a_small_town_after_the_rural_area_of_is_a_place(parser: GeoParser) -> None:
    text = "Gunmen attacked a base in the rural area of Tibuna, in Norte de Santa, the army said."
    assert _read(parser, text)["Tibuna"].resolved_place == "Tibuna"


def test_a_capitalised_department_of_is_no_place_slot(parser: GeoParser) -> None:
    # (guard: "the Department of Commerce" names a ministry; Commerce is also a small town)
    assert "Commerce" not in _read(parser, "The Department of Commerce said exports to Colombara fell.")


def test_a_small_town_after_area_of_needs_the_slot(parser: GeoParser) -> None:
    # (guard: the bare small-town name with no place slot stays out, as before)
    assert "Tibuna" not in _read(parser, "Tibuna said the attack was planned in Norte de Santa.")


def test_a_numbered_barangay_lies_in_the_city_written_after_it(parser: GeoParser) -> None:
    got = _read(parser, "A gunman shot a village official in Barangay 176 in Calookan on Monday night.")
    assert "Barangay" not in got
    ward = got["Barangay 176"]
    assert (ward.resolved_place, ward.resolution) == ("Calookan", 5)


def test_a_ward_with_no_city_written_next_to_it_is_not_in_the_reference_city(parser: GeoParser) -> None:
    text = ("MANILO (Wire) - Police shot dead three suspects in a district of Calookan, north of Manilo, on Thursday. "
            "Officers raided a compound in Barangay 176 at about 3 a.m., police said.")
    assert _read(parser, text)["Barangay 176"].resolved_place == "Calookan"


def test_a_named_barangay_is_left_to_the_other_rules(parser: GeoParser) -> None:
    # (guard: only a number makes the ward's name; "Barangay Holy Spirit" is read as before)
    got = _read(parser, "Residents of Barangay Holy Spirit in Calookan fled the fire.")
    assert not any(name.startswith("Barangay ") and name[9:].isdigit() for name in got)


def test_a_united_nations_dateline_is_the_un_seat(parser: GeoParser) -> None:
    got = _read(parser, "UNITED NATIONS (Reuters) - Russia vetoed a resolution on Sudan on Monday.")
    assert got["UNITED NATIONS"].resolved_place == "United Nations Headquarters"
    assert got["UNITED NATIONS"].country_code == "USA"


def test_the_united_nations_in_running_text_is_no_place(parser: GeoParser) -> None:
    got = _read(parser, "KHARTOUM (Reuters) - The United Nations said aid reached Sudan on Monday.")
    assert "United Nations" not in got and "The United Nations" not in got


def test_a_small_town_confirmed_by_the_area_after_in(parser: GeoParser) -> None:
    got = _read(parser, "Fighters raided Gwozu in Bornia state overnight, a local official said.")
    assert got["Gwozu"].country_code == "NGA"


def test_a_small_town_before_in_an_area_that_lacks_it_stays_out(parser: GeoParser) -> None:
    # (guard: the area after "in" must hold a town of that name)
    assert "Gwozu" not in _read(parser, "Fighters raided Gwozu in Norte de Santa overnight.")


def test_a_place_name_spacy_labelled_only_in_part_is_a_place(parser: GeoParser) -> None:
    text = "Aid trucks crossed through the Kerem Shalim crossing from Israel on Sunday."
    s = text.index("the Kerem Shalim")
    ents = [(s, s + len("the Kerem Shalim"), "ORG"), (text.index("Israel"), text.index("Israel") + 6, "GPE")]
    with_gaz = GeoParser(parser.gazetteer, WEIGHTS, ner_plus_gazetteer=True)
    assert _read(with_gaz, text, ents)["Kerem Shalim crossing"].country_code == "ISR"


def test_a_label_that_runs_past_the_place_name_still_blocks_it(parser: GeoParser) -> None:
    # (guard: an organisation's name that holds a town's name and more is the organisation's)
    text = "The Gwozu Youth Council met in Bornia on Sunday."
    s = text.index("Gwozu")
    ents = [(s, s + len("Gwozu Youth Council"), "ORG"), (text.index("Bornia"), text.index("Bornia") + 6, "GPE")]
    with_gaz = GeoParser(parser.gazetteer, WEIGHTS, ner_plus_gazetteer=True)
    assert "Gwozu" not in _read(with_gaz, text, ents)


# --- resolution ----------------------------------------------------------------------------------------------

def test_a_city_that_is_its_own_area_keeps_its_reading_before_the_area_around_it(parser: GeoParser) -> None:
    got = _read(parser, "A drone struck a fuel depot in Sevastia, Krymia, on Saturday.")
    assert (got["Sevastia"].feature_code, got["Sevastia"].resolved_place) == ("PPL", "Sevastia")


def test_a_town_before_a_region_across_countries_keeps_its_reading(parser: GeoParser) -> None:
    got = _read(parser, "Migrants stranded in Agadiz, Sahelia, said smugglers abandoned them.")
    assert (got["Agadiz"].country_code, got["Agadiz"].feature_code) == ("NER", "PPL")


def test_a_stoplisted_town_is_confirmed_by_the_curated_county_after_it(parser: GeoParser) -> None:
    got = _read(parser, "Three people were stabbed in a park in Reading, Berkshire, on Saturday evening.")
    assert got["Reading"].country_code == "GBR"


def test_a_stoplisted_town_far_from_the_curated_region_stays_out(parser: GeoParser) -> None:
    # (guard: the story's region lies 290 km from any town of that name)
    assert "Reading" not in _read(parser, "Floods hit villages in Yorkshire on Monday. Schools also closed in Reading.")


# --- event location ------------------------------------------------------------------------------------------

def test_the_object_of_a_verb_of_fighting_beats_the_place_it_lies_in() -> None:
    text = "MAIDUGA (Wire) - Fighters raided Gwozu in Bornia state overnight, burning houses."
    places = [place(text, "MAIDUGA", "NGA", 4), place(text, "Gwozu", "NGA", 4), place(text, "Bornia", "NGA", 2, "ADM1")]
    loc = where(text, text, "raided", places, "MAIDUGA")
    assert loc is not None and loc.extracted_place == "Gwozu"


def test_the_captured_village_beats_the_town_advanced_toward() -> None:
    text = "KYIV (Wire) - Russian forces advanced toward Pokrova and captured the village of Ochera, the army said."
    places = [place(text, "KYIV", "UKR", 4), place(text, "Pokrova", "UKR", 4), place(text, "Ochera", "UKR", 4)]
    loc = where(text, text,
                "captured", places, "KYIV")
    assert loc is not None and loc.extracted_place == "Ochera"


def test_a_city_hit_beats_the_dateline() -> None:
    text = "KHARTO (Wire) - Drone strikes hit Port Sudo for a third day on Tuesday, damaging the airport."
    places = [place(text, "KHARTO", "SDN", 4), place(text, "Port Sudo", "SDN", 4)]
    loc = where(text, text, "hit", places,
                "KHARTO")
    assert loc is not None and loc.extracted_place == "Port Sudo"


def test_air_strikes_on_a_town_beat_the_dateline() -> None:
    text = "YANGO (Wire) - The military launched air strikes on Maungda, near the border, on Monday."
    places = [place(text, "YANGO", "MMR", 4), place(text, "Maungda", "MMR", 4)]
    loc = where(text, text, "launched", places,
                "YANGO")
    assert loc is not None and loc.extracted_place == "Maungda"


def test_fighting_spread_to_a_town() -> None:
    text = "GOMAS (Wire) - Fighting spread to Minovi on Friday, residents said."
    places = [place(text, "GOMAS", "COD", 4), place(text, "Minovi", "COD", 4)]
    loc = where(text, text, "spread", places, "GOMAS")
    assert loc is not None and loc.extracted_place == "Minovi"


@pytest.mark.parametrize(("sent", "trig", "name", "cc", "res"), [
    # a name before a noun modifies it
    ("The group could strike Amerika warships if the campaign escalated.", "strike", "Amerika", "USA", 1),
    # the owner of the object
    ("Missiles hit Ukrania's Dnipra region overnight.", "hit", "Ukrania", "UKR", 2),
    # a party in "hit X with"
    ("Washingto hit Chinara with new tariffs on Monday.", "hit", "Chinara", "CHN", 2),
])
def test_what_is_no_object_place_keeps_the_dateline(sent: str, trig: str, name: str, cc: str, res: int) -> None:
    text = "BRUSSO (Wire) - " + sent
    places = [place(text, "BRUSSO", "BEL", 4), place(text, name, cc, res)]
    loc = where(text, text, trig, places, "BRUSSO")
    assert loc is not None and loc.extracted_place == "BRUSSO"


# --- real sentences, built gazetteer -------------------------------------------------------------------------


REAL = [
    ("Thousands of displaced people have reached Tawila, about 60 km west of El Fasher, aid groups said.",
     "Tawila", "SDN", "PPL"),
    ("RSF fighters shelled the Zamzam camp near El Fasher on Tuesday.", "Zamzam camp", "SDN", "PPL"),
    ("Gang members killed at least 70 people in Pont-Sonde, in the Artibonite department.", "Pont-Sonde", "HTI",
     "PPL"),
    ("M23 rebels seized the border town of Bunagana in North Kivu province.", "Bunagana", "COD", "PPL"),
    ("The Arakan Army said it had overrun a navy base in Kyaukphyu.", "Kyaukphyu", "MMR", "PPL"),
    ("Border guards exchanged fire at the Torkham crossing on Tuesday.", "Torkham crossing", "PAK", "PPL"),
    ("Ukrainian troops recaptured Robotyne in Zaporizhzhia region last August.", "Robotyne", "UKR", "PPL"),
    ("Jihadists killed dozens of civilians digging trenches in Barsalogho on Saturday.", "Barsalogho", "BFA", "PPL"),
    ("Gunmen attacked a military base in the rural area of Tibu, in Norte de Santander province.", "Tibu", "COL",
     "PPL"),
    ("A drone struck a fuel depot in Sevastopol, Crimea, on Saturday.", "Sevastopol", "UKR", "PPL"),
    ("Migrants stranded in Agadez, Sahel, said smugglers had abandoned them.", "Agadez", "NER", "PPL"),
    ("Three people were stabbed in a park in Reading, Berkshire, on Saturday evening.", "Reading", "GBR", "PPL"),
    ("Boko Haram fighters raided Gwoza in Borno state overnight, burning houses.", "Gwoza", "NGA", "PPL"),
    ("UNITED NATIONS (Reuters) - Russia vetoed a Security Council resolution on Sudan on Monday.", "UNITED NATIONS",
     "USA", "BLDG"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "name", "country", "feature"), REAL)
def test_real_gazetteer_reads_conflict_places(real_parser: GeoParser, sentence: str, name: str, country: str,
                                              feature: str) -> None:
    places = real_parser.places(Article("r", sentence), full_stop_sentences(sentence), [], set())
    assert [(p.country_code, p.feature_code) for p in places if p.text == name] == [(country, feature)]


@pytest.mark.slow
def test_real_gazetteer_barangay_is_a_ward_of_its_city(real_parser: GeoParser) -> None:
    text = "Police said a gunman shot dead a village official in Barangay 176 in Caloocan City on Monday night."
    got = {p.text: p for p in real_parser.places(Article("r", text), full_stop_sentences(text), [], set())}
    assert "Barangay" not in got
    assert (got["Barangay 176"].resolved_place, got["Barangay 176"].resolution) == ("Caloocan", 5)
