"""Gazetteer-only recognition, session 5 round 2: British and Irish road numbers ("a crash on the A512"), a name
the gazetteer lacks before the admin area that closes its phrase ("9/10 June: Oulby Park, Dunmarsh."), and bare
abbreviations read by the story's countries ("That SV holds", "Wastewater in KW"). Invented names on a small
in-memory gazetteer, with guards for what must stay out."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ABBREV, KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.names import initials
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences

RECORDS = [
    GazRecord(1, 1, "Norland", 20.0, 20.0, "NRL", "PCLI", 50_000_000, resolution=1),
    GazRecord(2, 2, "Belmor", 18.0, 22.0, "NRL", "ADM1", 2_000_000, "Belmor", 2, resolution=2),
    GazRecord(3, 3, "Marbury", 18.2, 22.1, "NRL", "PPL", 900_000, "Belmor", 2, resolution=4),
    GazRecord(4, 4, "Santeville", 18.5, 21.5, "NRL", "PPL", 300_000, "Belmor", 2, resolution=4),
    GazRecord(5, 5, "Dunmarsh", 19.0, 21.0, "NRL", "ADM2", 400_000, "Belmor", 2, resolution=3),
    GazRecord(6, 6, "Kerrow", 17.0, 23.0, "NRL", "ADM1", 1_500_000, "Kerrow", 6, resolution=2),
    GazRecord(7, 7, "Port Alune", 17.2, 23.1, "NRL", "PPL", 200_000, "Kerrow", 6, resolution=4),
    GazRecord(10, 10, "South Veldara", -20.0, 25.0, "SVL", "PCLI", 40_000_000, resolution=1),
    GazRecord(11, 11, "Okavi", -22.0, 27.0, "SVL", "ADM1", 3_000_000, "Okavi", 11, resolution=2),
    GazRecord(12, 12, "Tessaro", -24.0, 29.0, "SVL", "ADM1", 2_000_000, "Tessaro", 12, resolution=2),
    # an admin-1 area abroad with the same abbreviation as Kerrow
    GazRecord(20, 20, "Westhaven", 40.0, -80.0, "WHV", "PCLI", 9_000_000, resolution=1),
    GazRecord(21, 21, "Kawanee", 41.0, -81.0, "WHV", "ADM1", 1_000_000, "Kawanee", 21, resolution=2),
    GazRecord(22, 22, "Lorton", 41.1, -81.1, "WHV", "PPL", 150_000, "Kawanee", 21, resolution=4),
]
NAMES = {6: [("KW", KIND_ABBREV)], 21: [("KW", KIND_ABBREV)]}


def _places(text: str) -> list[Place]:
    parser = GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=WEIGHTS)
    return parser.places(Article("a1", text), full_stop_sentences(text), [], set())


def _names(text: str) -> list[str]:
    return [p.text for p in _places(text)]


def _at(text: str, name: str) -> list[str | None]:
    return [p.resolved_place for p in _places(text) if p.text == name]


# --- road numbers


def test_road_number_with_a_road_word_is_placed_in_the_story_area() -> None:
    text = "A cyclist was hurt in a crash on the A512 near Marbury on Friday. Police closed the road."
    assert _at(text, "A512") == ["Marbury"]


def test_road_numbers_listed_after_the_first_are_roads_too() -> None:
    text = "The M29 is closed tonight. A diversion will run via the A436, A40 and B1182 to Santeville."
    assert _names(text) == ["M29", "A436", "A40", "B1182", "Santeville"]
    assert set(_at(text, "A40")) == {"Santeville"}


def test_codes_that_are_no_roads_stay_out() -> None:
    # no road word near: paper sizes, aircraft, weapons, virus subtypes, language levels, money
    for text in ("Protesters in Marbury printed leaflets on the A4 paper they had.",
                 "Residents of Marbury said the B52 bombers flew over at dawn.",
                 "Soldiers in Marbury carried the M16 and the M4 they were issued.",
                 "Tests in Marbury found the H5 and N1 subtypes in ducks.",
                 "Pupils in Marbury must reach levels B1 and B2 this year.",
                 "The house in Marbury was sold at N60 million, a road builder said."):
        assert _names(text) == ["Marbury"], text


# --- an unknown head before the admin area that closes its phrase


def test_unknown_head_before_an_admin_area_is_placed_in_that_area() -> None:
    text = "The 2018 calendar. 7/8 April: Santeville. 9/10 June: Oulby Park, Dunmarsh. 23/24 June: Marbury."
    assert _at(text, "Oulby Park") == ["Dunmarsh"]
    text = "Races run at Marbury and then at Knockvale, Dunmarsh; the final is in Santeville."
    assert _at(text, "Knockvale") == ["Dunmarsh"]


def test_heads_that_are_no_places_stay_out() -> None:
    # a person described ("resident"), a person elsewhere in the story, an institution, a country after the
    # comma (a club's home), a month
    for text, name in (("Speaking in Marbury, Tom Gorvane, Dunmarsh resident, agreed.", "Tom Gorvane"),
                       ("Jed Kessler won in Marbury. 9 June: Kessler, Dunmarsh. Kessler said he was happy.",
                        "Kessler"),
                       ("Teams met in Marbury. Third: Marbury Polytechnic University, Dunmarsh.",
                        "Marbury Polytechnic University"),
                       ("Races in Marbury. Fifth: Lander Dorck (Atariac, Norland) came fifth.", "Atariac"),
                       ("Races in Marbury. Dates: June, Dunmarsh.", "June")):
        assert name not in _names(text), text


# --- bare abbreviations read by the story's countries


def test_country_initials_read_by_the_story_country() -> None:
    assert initials("South Veldara") == "SV"
    text = ("Mines in Okavi and Tessaro employ thousands. That SV holds great reserves is known. "
            "Chiefs in post-colonial SV sign mining deals.")
    assert _at(text, "SV") == ["South Veldara", "South Veldara"]


def test_admin_abbreviation_in_a_place_slot_read_by_the_story_country() -> None:
    text = "Beaches near Port Alune reopened. Wastewater in KW is treated before release."
    assert _at(text, "KW") == ["Kerrow"]
    text = "Lorton council met on Monday. Wastewater in KW is treated before release."
    assert _at(text, "KW") == ["Kawanee"]


def test_abbreviations_that_stay_out() -> None:
    # an organisation's name, brackets, a headline, no place slot for an admin abbreviation, no story country,
    # two readings in the story's countries
    for text in ("Beaches near Port Alune reopened. Staff in KW Health Department offices said so.",
                 "Beaches near Port Alune reopened. Officials (KW) said so.",
                 "Beaches near Port Alune reopened. Staff showed KW cards.",
                 "Wastewater in KW is treated before release.",
                 "Lorton and Port Alune signed a deal. Wastewater in KW is treated.",
                 "Mines in Okavi reopened. GOLD IN SV IS RUNNING OUT, a banner said."):
        assert "KW" not in _names(text) and "SV" not in _names(text), text


# --- a name typed by the phrase after its comma; a known small place after "in the"


def test_name_typed_by_an_appositive_after_its_comma() -> None:
    text = "Floods hit Belmor. The children were from Dorrick Vale, a farming town in Belmor. Many fell ill."
    assert _at(text, "Dorrick Vale") == ["Belmor"]
    text = "Cases rose in Marbury. He lives in Tavenu, a suburb located east of Marbury, his family said."
    assert _at(text, "Tavenu") == ["Marbury"]


def test_appositives_that_type_no_place_stay_out() -> None:
    # the type word is a noun's modifier ("a city official"); the name is a person's elsewhere
    for text, name in (("Cases rose in Marbury. Tim Corlett, a city official in Marbury, said so.", "Tim Corlett"),
                       ("Cases rose in Marbury. Dorrick said he lived in Dorrick, a town in Belmor.", "Dorrick")):
        assert name not in _names(text), text


def test_known_small_place_after_in_the_before_a_common_noun() -> None:
    # a village the automaton leaves out (here: known only by an alternate name), as small towns are
    records = [*RECORDS, GazRecord(30, 30, "Kessaly Chora", 18.6, 22.4, "NRL", "PPL", 1_800, "Belmor", 2,
                                   resolution=4)]
    names = {**NAMES, 30: [("Kessaly", KIND_ALTERNATE)], 31: [("College", KIND_ALTERNATE)]}
    parser = GeoParser(InMemoryGazetteer(records, names), weights=WEIGHTS)
    text = "Refugees reached Marbury in May. Now he must remain in the Kessaly hotspot with his family."
    assert [p.resolved_place for p in parser.places(Article("a1", text), full_stop_sentences(text), [], set())
            if p.text == "Kessaly"] == ["Kessaly Chora"]
    # an institution's name after "in the" is no small place
    records.append(GazRecord(31, 31, "College Ford", 18.7, 22.5, "NRL", "PPL", 900, "Belmor", 2, resolution=4))
    parser = GeoParser(InMemoryGazetteer(records, names), weights=WEIGHTS)
    text = "Refugees reached Marbury in May. Classes resumed in the College grounds on Monday."
    assert "College" not in [p.text for p in parser.places(Article("a1", text), full_stop_sentences(text), [], set())]
