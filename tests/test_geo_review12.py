"""Places and event locations, session 6 follow-up (G12): the speaker's own country before a speech verb, the topic
of a standing mission or war, "there", "landed on X", "<name> territory", the admin area written right after a town
that holds it, an unknown typed place under a dateline abroad and "sent troops to X". Invented names on a small
in-memory gazetteer (real names only where the real stoplist decides); the event-location tests give places by hand;
slow tests read real sentences with the built gazetteer and skip cleanly where it cannot be built."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences
from story_parts import place, where

RECORDS = [
    # two first-level areas of one name in two countries, the bigger one abroad; a town in the smaller one
    GazRecord(1, 1, "Haitania", 19.0, -72.5, "HTX", "PCLI", 11_000_000, resolution=1),
    GazRecord(2, 2, "Centra", 19.0, -72.0, "HTX", "ADM1", 750_000, "Centra", 2, resolution=2),
    GazRecord(3, 3, "Mirebal", 18.83, -72.1, "HTX", "PPL", 9_082, "Centra", 2, resolution=4),
    GazRecord(4, 4, "Centra", 12.3, -1.5, "BFX", "ADM1", 2_700_000, "Centra", 4, resolution=2),
    GazRecord(5, 5, "Burkina", 12.0, -1.5, "BFX", "PCLI", 20_000_000, resolution=1),
    # a town and the second-level territory named after it
    GazRecord(6, 6, "Congolia", -2.0, 23.0, "CDX", "PCLI", 100_000_000, resolution=1),
    GazRecord(7, 7, "Kivura", -1.5, 29.0, "CDX", "ADM1", 6_000_000, "Kivura", 7, resolution=2),
    GazRecord(8, 8, "Masasi", -1.4, 28.8, "CDX", "PPL", 100_000, "Kivura", 7, resolution=4),
    GazRecord(9, 9, "Masasi Territory", -1.35, 28.85, "CDX", "ADM2", 17_000, "Kivura", 7, "Masasi Territory",
              resolution=3),
    # a dateline city and a country the story is about
    GazRecord(10, 10, "Bangkoko", 13.75, 100.5, "THX", "PPLC", 5_000_000, "Krung", 11, resolution=4),
    GazRecord(12, 12, "Myanmara", 21.0, 96.0, "MMX", "PCLI", 54_000_000, resolution=1),
    GazRecord(13, 13, "Thailanda", 15.0, 101.0, "THX", "PCLI", 70_000_000, resolution=1),
    # a town after "sent troops to"
    GazRecord(14, 14, "Colombara", 4.0, -73.0, "CLX", "PCLI", 50_000_000, resolution=1),
    GazRecord(15, 15, "Tumacu", 1.8, -78.8, "CLX", "PPL", 86_000, "Narinu", 16, resolution=4),
]
NAMES: dict[int, list[tuple[str, int]]] = {9: [("Masasi", 1)]}  # the territory also answers to the town's name


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


def _read(gp: GeoParser, text: str) -> dict[str, Place]:
    return {p.text: p for p in gp.places(Article("a", text), full_stop_sentences(text), [], set())}


# --- resolution ----------------------------------------------------------------------------------------------

def test_the_area_written_after_a_town_is_the_one_that_holds_it(parser: GeoParser) -> None:
    got = _read(parser, "Gangs attacked Mirebal in the Centra department, freeing hundreds of prisoners.")
    assert got["Mirebal"].country_code == "HTX"
    assert (got["Centra"].country_code, got["Centra"].feature_code) == ("HTX", "ADM1")


def test_an_area_alone_keeps_its_best_reading(parser: GeoParser) -> None:
    # (guard: no town before it to hold)
    assert _read(parser, "Militants attacked an army post in the Centra region of Burkina.")["Centra"].country_code \
        == "BFX"


def test_a_lower_case_territory_after_a_name_means_the_territory(parser: GeoParser) -> None:
    got = _read(parser, "Rebels shelled villages in Masasi territory on Sunday.")["Masasi"]
    assert (got.feature_code, got.resolution) == ("ADM2", 3)


def test_the_town_without_the_territory_word_stays_the_town(parser: GeoParser) -> None:
    # (guard)
    assert _read(parser, "Rebels shelled villages near Masasi on Sunday.")["Masasi"].feature_code == "PPL"


def test_an_unknown_township_under_a_dateline_abroad_lies_in_the_country_of_its_sentence(parser: GeoParser) -> None:
    got = _read(parser, "BANGKOKO (Wire) - Myanmara's junta bombed a monastery in the village of Depayo on Friday.")
    assert got["Depayo"].country_code == "MMX"


def test_an_unknown_village_under_a_dateline_of_its_own_story_stays_at_the_dateline_city(parser: GeoParser) -> None:
    # (guard: the story names the dateline's country again, so the dateline is not only where the reporter is)
    got = _read(parser, "BANGKOKO (Wire) - Police in Thailanda raided a house in the village of Depayo, a Myanmara "
                        "embassy official said.")
    assert got["Depayo"].country_code == "THX"


def test_a_town_troops_are_sent_to_is_a_place_slot(parser: GeoParser) -> None:
    assert _read(parser, "The army sent troops to Tumacu after gunmen killed four people.")["Tumacu"].country_code \
        == "CLX"


# --- event location ------------------------------------------------------------------------------------------

def test_the_speakers_own_country_is_not_where_the_reported_strike_was() -> None:
    text = ("KYIVA (Wire) - Drones hit a refinery in the Russian city of Saratova overnight, the governor said.\n\n"
            "A source in Ukrania's SBU security service told the agency its drones had hit the refinery's main unit.")
    places = [place(text, "KYIVA", "UKR", 4), place(text, "Saratova", "RUS", 4), place(text, "Ukrania", "UKR", 1)]
    loc = where(text, "A source in Ukrania's", "hit", places, "KYIVA")
    assert loc is not None and loc.extracted_place == "Saratova"


def test_an_owner_of_a_body_without_a_speech_verb_still_locates_a_launch() -> None:
    # (guard: "Korea's military fired" is what the military did, not what it said)
    text = "SEOULA (Wire) - Nordkorea's military fired two ballistic missiles into the sea on Monday."
    places = [place(text, "SEOULA", "KOR", 4), place(text, "Nordkorea", "PRK", 1, "PCLI")]
    loc = where(text, text, "fired", places, "SEOULA")
    assert loc is not None and loc.country_code == "PRK"


def test_police_in_a_city_who_report_a_shooting_leave_the_city() -> None:
    # (guard: a city, not a country, before the speech verb: local police speak of their own city)
    text = "Police in Karacha said gunmen shot dead two men on Monday."
    loc = where(text, text, "shot", [place(text, "Karacha", "PAK", 4)], "NONE")
    assert loc is not None and loc.extracted_place == "Karacha"


def test_a_mission_in_a_country_is_the_topic_of_a_vote_at_the_dateline() -> None:
    text = "UNITED NATIONS (Wire) - The Security Council renewed the peacekeeping mission in Malia for a year."
    places = [place(text, "UNITED NATIONS", "USA", 5, "BLDG"), place(text, "Malia", "MLI", 1, "PCLI")]
    loc = where(text, text, "renewed", places, "UNITED NATIONS")
    assert loc is not None and loc.extracted_place == "UNITED NATIONS"


def test_the_war_in_a_country_is_the_topic_of_a_debate() -> None:
    text = "GENEVO (Wire) - Diplomats discussed the war in Sudana at a closed meeting on Monday."
    places = [place(text, "GENEVO", "CHE", 4), place(text, "Sudana", "SDN", 1, "PCLI")]
    assert (loc := where(text, text, "discussed", places, "GENEVO")) is not None and loc.extracted_place == "GENEVO"


def test_a_fighting_verb_keeps_its_place_after_the_war_word() -> None:
    # (guard: "attacked ... in X" is where the attack was, whatever noun comes between)
    text = "GENEVO (Wire) - Gunmen attacked the mission in Sudana on Monday."
    places = [place(text, "GENEVO", "CHE", 4), place(text, "Sudana", "SDN", 1, "PCLI")]
    assert (loc := where(text, text, "attacked", places, "GENEVO")) is not None and loc.extracted_place == "Sudana"


def test_there_points_back_to_the_town_of_the_phrase_before_it() -> None:
    text = "The army sent troops to Argela, in southern Cauka, after guerrillas seized soldiers there."
    places = [place(text, "Argela", "COL", 4), place(text, "Cauka", "COL", 2, "ADM1")]
    loc = where(text, text, "seized", places, "NONE")
    assert loc is not None and loc.extracted_place == "Argela"


def test_there_in_a_sentence_without_a_place_takes_the_paragraphs() -> None:
    text = "Fighting broke out in Tumacu on Sunday. Gunmen killed four people there, police said."
    places = [place(text, "Tumacu", "COL", 4)]
    loc = where(text, "Gunmen killed four people there, police said.", "killed", places, "NONE")
    assert loc is not None and loc.extracted_place == "Tumacu"


@pytest.mark.parametrize("words", ["said there were no arrests", "said there has been no word",
                                   "moved on from there to the coast", "there is no place"])
def test_an_existential_there_or_an_origin_points_nowhere(words: str) -> None:
    # (guard: "there were" says nothing of a place; "from there" is an origin)
    from newsevents.geo.locate import _THERE
    assert _THERE.search(words) is None


def test_there_after_an_object_points_back() -> None:
    from newsevents.geo.locate import _THERE
    assert _THERE.search("killed four people there on Sunday") is not None


def test_forces_landed_on_a_spit_in_a_region() -> None:
    text = "Special forces landed on the Kinbur Spit in the Mykola region overnight."
    places = [place(text, "Kinbur Spit", "UKR", 4, "PEN"), place(text, "Mykola", "UKR", 2, "ADM1")]
    loc = where(text, text, "landed", places, "NONE")
    assert loc is not None and loc.extracted_place == "Kinbur Spit"


# --- real sentences, built gazetteer -------------------------------------------------------------------------


REAL = [
    ("Gangs stormed Mirebalais in the Centre department on Sunday, freeing prisoners.", "Centre", "HTI", "ADM1"),
    ("Rebels shelled villages in Rutshuru territory on Sunday.", "Rutshuru", "COD", "ADM2"),
    ("Fighting spread across Masisi territory, forcing thousands to flee.", "Masisi", "COD", "ADM2"),
    ("BANGKOK (Reuters) - Myanmar's military bombed a school in the village of Letpanhla on Tuesday.", "Letpanhla",
     "MMR", "PCLI"),
    ("Police sent reinforcements to Tumaco after gunmen killed four people there.", "Tumaco", "COL", "PPL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "name", "country", "feature"), REAL)
def test_real_gazetteer_reads_places(real_parser: GeoParser, sentence: str, name: str, country: str,
                                     feature: str) -> None:
    places = real_parser.places(Article("r", sentence), full_stop_sentences(sentence), [], set())
    assert [(p.country_code, p.feature_code) for p in places if p.text == name] == [(country, feature)]


REAL_EVENTS = [
    ("Ukrainian marines landed on Zmiinyi Island in the Black Sea overnight.", "landed", "Zmiinyi Island"),
    ("The army sent troops to Argelia, in southern Cauca, after guerrillas seized soldiers there.", "seized",
     "Argelia"),
    ("UNITED NATIONS (AP) - The Security Council renewed the peacekeeping mission in Mali for six months.", "renewed",
     "UNITED NATIONS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trig", "want"), REAL_EVENTS)
def test_real_gazetteer_event_locations(real_parser: GeoParser, text: str, trig: str, want: str) -> None:
    from newsevents.records import Trigger
    art = Article("r", text)
    sents = full_stop_sentences(text)
    places = real_parser.places(art, sents, [], set())
    i = text.index(trig)
    loc = real_parser.event_location(art, sents[0], Trigger(i, i + len(trig), trig), places)
    assert loc is not None and loc.extracted_place == want


# --- second review round (review12), sentences of my own ---------------------------------------------------------

def test_setting_off_from_a_city_is_no_place_of_the_dateline_sentence() -> None:
    text = ("ISLAMABADO (Wire) - Authorities sealed the capital with containers on Sunday as marchers set off from "
            "Peshawa on a march.")
    places = [place(text, "ISLAMABADO", "PAK", 4, "PPLC"), place(text, "Peshawa", "PAK", 4)]
    loc = where(text, text, "sealed", places, "ISLAMABADO")
    assert loc is not None and loc.extracted_place == "ISLAMABADO"


def test_the_coast_a_ship_sailed_off_is_still_where_it_was() -> None:
    # (guard: "off the coast of X" keeps its reading)
    text = "A tanker caught fire off the coast of Yemena on Sunday."
    loc = where(text, text, "caught", [place(text, "Yemena", "YEM", 1, "PCLI")], "NONE")
    assert loc is not None and loc.extracted_place == "Yemena"


def test_an_area_of_the_lead_is_narrowed_by_a_town_of_its_second_sentence_far_down() -> None:
    text = ("SOKOTA, Nigeria (Wire) - A mob beat a man to death and set his body on fire in northwest Nigeria's "
            "Sokota state after accusing him of insulting the Prophet, police said on Tuesday, in the latest of a "
            "series of such killings in the region.\n\nThe victim was dragged from a police station in the town of "
            "Wurna on Monday by a crowd of young men.")
    places = [place(text, "SOKOTA", "NGA", 4, province="Sokota"), place(text, "Nigeria", "NGA", 1, "PCLI"),
              place(text, "Nigeria", "NGA", 1, "PCLI", nth=1),
              place(text, "Sokota", "NGA", 2, "ADM1", province="Sokota"),
              place(text, "Wurna", "NGA", 4, province="Sokota")]
    lead = text[text.index("A mob"):text.index("region.") + len("region.")]
    loc = where(text, lead, "beat", places, "SOKOTA, Nigeria")
    assert loc is not None and loc.extracted_place == "Wurna"


def test_a_town_far_down_the_story_does_not_narrow_the_lead() -> None:
    # (only the lead's own sentences narrow it; a story without a dateline used to take any place within 200
    # characters of its first one)
    text = ("A mob beat a man to death in Sokota state on Monday, police said.\n\nOfficials met. Leaders spoke. "
            "Later, a court in the town of Wurna heard another case.")
    places = [place(text, "Sokota", "NGA", 2, "ADM1", province="Sokota"),
              place(text, "Wurna", "NGA", 4, province="Sokota")]
    loc = where(text, text[:text.index("said.") + 5], "beat", places, "NONE")
    assert loc is not None and loc.extracted_place == "Sokota"


def test_a_country_announcing_a_measure_does_it_at_home() -> None:
    text = ("Algeria announced the expulsions on Sunday after French prosecutors charged an employee of the "
            "consulate in Creteo with kidnapping.")
    places = [place(text, "Algeria", "DZA", 1, "PCLI"), place(text, "Creteo", "FRA", 4)]
    loc = where(text, text, "announced", places, "NONE")
    assert loc is not None and loc.extracted_place == "Algeria"


def test_a_country_doing_a_deed_keeps_the_place_of_the_other_clause() -> None:
    # (guard: a deed, not a verbal act)
    text = "Algeria deported 12 men after riots broke out in Creteo on Sunday."
    places = [place(text, "Algeria", "DZA", 1, "PCLI"), place(text, "Creteo", "FRA", 4)]
    loc = where(text, text, "deported", places, "NONE")
    assert loc is not None and loc.extracted_place == "Creteo"


def test_a_bridge_named_after_a_district_of_the_story_lies_there() -> None:
    recs = [GazRecord(1, 1, "Pakistana", 30.0, 70.0, "PAX", "PCLI", 200_000_000, resolution=1),
            GazRecord(2, 2, "Islamabada", 33.72, 73.04, "PAX", "PPLC", 1_000_000, "Capital", 3, resolution=4),
            GazRecord(4, 4, "Attoka", 33.77, 72.36, "PAX", "ADM2", 416_000, "Punjaba", 5, "Attoka", resolution=3)]
    gp = GeoParser(InMemoryGazetteer(recs, {}), WEIGHTS, ner_plus_gazetteer=False)
    got = _read(gp, "ISLAMABADA (Wire) - Police in Pakistana fired tear gas at marchers at Attoka bridge on Sunday.")
    assert got["Attoka bridge"].resolved_place == "Attoka"


REAL_REVIEW12 = [
    ("INEC suspended voting in Kabba-Bunu on Saturday after gunmen attacked a polling unit.", "Kabba-Bunu", "NGA",
     "ADM2"),
    ("The hostages were handed over near the border town of Tin Zaouatine and flown to Algiers.", "Tin Zaouatine",
     "DZA", "PPL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "name", "country", "feature"), REAL_REVIEW12)
def test_real_gazetteer_reads_review12_places(real_parser: GeoParser, sentence: str, name: str, country: str,
                                              feature: str) -> None:
    places = real_parser.places(Article("r", sentence), full_stop_sentences(sentence), [], set())
    assert [(p.country_code, p.feature_code) for p in places if p.text == name] == [(country, feature)]


SAHEL = [
    GazRecord(1, 1, "Malia", 17.5, -3.0, "MLX", "PCLI", 20_000_000, resolution=1),
    GazRecord(2, 2, "Menaka", 15.92, 2.4, "MLX", "PPL", 20_000, "Menaka", 3, resolution=4),
    GazRecord(4, None, "Sahelia", 15.0, 5.0, None, "RGN", 50_000_000, resolution=1),
    GazRecord(5, 5, "Sahelia", 14.2, -0.36, "BFX", "ADM1", 174_842, "Sahelia", 5, resolution=2),
    GazRecord(6, 6, "Burkina", 12.0, -1.5, "BFX", "PCLI", 20_000_000, resolution=1),
]


def test_a_province_abroad_named_like_a_region_across_countries_is_the_region() -> None:
    gp = GeoParser(InMemoryGazetteer(SAHEL, {}), WEIGHTS, ner_plus_gazetteer=False)
    got = _read(gp, "Gunmen kidnapped two aid workers in Menaka in Malia. They were held by the Islamic State "
                    "Sahelia Province. Kidnappings are a source of income for jihadists in the Sahelia.")
    assert got["Sahelia"].country_code is None


def test_a_province_of_a_country_the_story_names_stays_the_province() -> None:
    # (guard)
    gp = GeoParser(InMemoryGazetteer(SAHEL, {}), WEIGHTS, ner_plus_gazetteer=False)
    got = _read(gp, "Militants attacked an army post in the Sahelia province of Burkina on Sunday.")
    assert got["Sahelia"].country_code == "BFX"


def test_an_unknown_place_spacy_found_under_a_dateline_abroad_lies_in_the_story_country(parser: GeoParser) -> None:
    text = "BANGKOKO (Wire) - Myanmara's junta bombed a monastery in Depayo on Friday."
    i = text.index("Depayo")
    gp = GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=True)
    sents = full_stop_sentences(text)
    got = {p.text: p for p in gp.places(Article("a", text), sents, [(i, i + 6, "GPE")], {s.sequence for s in sents})}
    assert got["Depayo"].country_code == "MMX"
