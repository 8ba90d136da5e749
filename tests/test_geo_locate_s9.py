"""Event location in whole stories (session 9, W12, issue 4): statements fall back to the dateline rather than the
lead's deed, a reporting frame's venue is not the reported deed's place, appeals' addressees are no places, a visit
and "on X island" locate. Sentences of our own; places are given by hand (story_parts.place), no gazetteer."""
from __future__ import annotations

from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences
from story_parts import dateline, place, trigger


def _at(text: str, opening: str, trig: str, places: list[Place], dl: str, **kw: object) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places, dateline=dateline(dl),
                          **kw)  # type: ignore[arg-type]


# -- statements with no place of their own -------------------------------------------------------------------------

_RAID = ("WARSAW (Wire) - Police raided a warehouse in Lodz on Monday and seized 40 tonnes of smuggled cigarettes.\n\n"
         "The interior minister condemned the smuggling ring.\n\n"
         "The minister said the gang's leaders must face trial.\n\n"
         "Three more men were detained on Tuesday.")


def _raid_places() -> list[Place]:
    return [place(_RAID, "WARSAW", "POL", 4, "PPLC"), place(_RAID, "Lodz", "POL", 4)]


def test_a_statement_is_made_at_the_dateline_not_at_the_lead_deed() -> None:
    loc = _at(_RAID, "The interior minister condemned", "condemned", _raid_places(), "WARSAW")
    assert loc is not None and loc.extracted_place == "WARSAW"


def test_what_a_speaker_says_someone_must_do_is_a_statement() -> None:
    loc = _at(_RAID, "The minister said the gang's", "face", _raid_places(), "WARSAW")
    assert loc is not None and loc.extracted_place == "WARSAW"


def test_a_deed_with_no_place_still_follows_the_lead() -> None:
    loc = _at(_RAID, "Three more men were detained", "detained", _raid_places(), "WARSAW")
    assert loc is not None and loc.extracted_place == "Lodz"


def test_a_statement_after_a_deed_at_sea_is_made_at_the_dateline() -> None:
    text = ("MANILA (Wire) - Chinese ships blocked a Philippine supply boat near Sabina Shoal on Sunday.\n\n"
            "The foreign ministry summoned the Chinese envoy.")
    places = [place(text, "MANILA", "PHL", 4, "PPLC"), Place(text.index("Sabina"), text.index("Sabina") + 12,
                                                             "Sabina Shoal", "Sabina Shoal", 1, 1.0, 1.0, None,
                                                             "SHOL", None, 4)]
    loc = _at(text, "The foreign ministry summoned", "summoned", places, "MANILA")
    assert loc is not None and loc.extracted_place == "MANILA"


def test_a_dateline_abroad_does_not_take_a_statement_from_the_lead() -> None:
    # the reporter in Brussels says nothing of where the mayor spoke; the lead's city is the better guess
    text = ("BRUSSELS (Wire) - Drones struck the port of Odesa overnight, killing two people.\n\n"
            "The mayor condemned the attack.")
    places = [place(text, "BRUSSELS", "BEL", 4, "PPLC"), place(text, "Odesa", "UKR", 4)]
    loc = _at(text, "The mayor condemned", "condemned", places, "BRUSSELS")
    assert loc is not None and loc.extracted_place == "Odesa"


# -- a country acting by word, under a dateline in that country -----------------------------------------------------

def test_a_country_summoning_an_envoy_under_its_own_dateline_is_at_the_dateline() -> None:
    text = ("HANOI (Wire) - Storms hit the north on Monday.\n\n"
            "Vietnam's foreign ministry summoned the Chinese ambassador on Tuesday.")
    places = [place(text, "HANOI", "VNM", 4, "PPLC"), place(text, "Vietnam", "VNM", 1, "PCLI")]
    loc = _at(text, "Vietnam's foreign ministry", "summoned", places, "HANOI")
    assert loc is not None and loc.extracted_place == "HANOI"


def test_a_country_summoning_an_envoy_under_a_foreign_dateline_keeps_the_country() -> None:
    text = ("BEIJING (Wire) - Storms hit the south on Monday.\n\n"
            "Vietnam's foreign ministry summoned the Chinese ambassador on Tuesday.")
    places = [place(text, "BEIJING", "CHN", 4, "PPLC"), place(text, "Vietnam", "VNM", 1, "PCLI")]
    loc = _at(text, "Vietnam's foreign ministry", "summoned", places, "BEIJING")
    assert loc is not None and loc.country_code == "VNM"


# -- the venue of a reporting frame -------------------------------------------------------------------------------

_AMBUSH = ("HANOI (Wire) - Troops clashed with smugglers near Lao Cai on Monday.\n\n"
           "The army said in a statement issued in Hanoi that smugglers had ambushed a patrol.\n\n"
           "The army said in a statement issued in Hanoi that it would respond.")


def _ambush_places() -> list[Place]:
    return [place(_AMBUSH, "HANOI", "VNM", 4, "PPLC"), place(_AMBUSH, "Lao Cai", "VNM", 4),
            place(_AMBUSH, "Hanoi", "VNM", 4, "PPLC"), place(_AMBUSH, "Hanoi", "VNM", 4, "PPLC", nth=1)]


def test_the_venue_of_a_statement_is_not_where_the_reported_deed_happened() -> None:
    loc = _at(_AMBUSH, "smugglers had ambushed", "ambushed", _ambush_places(), "HANOI")
    assert loc is not None and loc.extracted_place == "Lao Cai"


def test_the_venue_of_a_statement_is_where_the_statement_was_made() -> None:
    loc = _at(_AMBUSH, "that it would respond", "respond", _ambush_places(), "HANOI")
    assert loc is not None and loc.extracted_place == "Hanoi"


def test_a_statement_venue_in_the_leads_second_sentence_narrows_nothing() -> None:
    text = ("HANOI (Wire) - Troops clashed with smugglers in Lao Cai province on Monday. The army said in a statement "
            "issued in Hanoi that two soldiers were hurt.\n\nFour smugglers were detained.")
    places = [place(text, "HANOI", "VNM", 4, "PPLC"), place(text, "Lao Cai", "VNM", 2, "ADM1"),
              place(text, "Hanoi", "VNM", 4, "PPLC")]
    loc = _at(text, "Four smugglers were detained", "detained", places, "HANOI")
    assert loc is not None and loc.extracted_place == "Lao Cai"


# -- whom an appeal is addressed to ---------------------------------------------------------------------------------

def test_the_countries_called_on_are_not_where_a_statement_was_made() -> None:
    text = ("AMMAN (Wire) - Rockets hit a border post on Monday.\n\n"
            "The prime minister condemned the attack and called on France and Italy, which train the army, to press "
            "the rebels.")
    places = [place(text, "AMMAN", "JOR", 4, "PPLC"), place(text, "France", "FRA", 1, "PCLI"),
              place(text, "Italy", "ITA", 1, "PCLI")]
    loc = _at(text, "The prime minister condemned", "condemned", places, "AMMAN")
    assert loc is not None and loc.country_code == "JOR"


def test_a_place_after_urged_residents_in_is_still_a_place() -> None:
    text = "AMMAN (Wire) - Police urged residents in Zarqa to stay indoors on Monday."
    places = [place(text, "AMMAN", "JOR", 4, "PPLC"), place(text, "Zarqa", "JOR", 4)]
    loc = _at(text, text, "urged", places, "AMMAN")
    assert loc is not None and loc.extracted_place == "Zarqa"


# -- a visit, an island ----------------------------------------------------------------------------------------------

def test_the_town_a_leader_visited_locates_the_rest_of_the_paragraph() -> None:
    text = ("NAIROBI (Wire) - Floods killed 12 people in Garissa on Sunday.\n\n"
            "The president visited Kitale on Tuesday. He ordered the army to help the families.")
    places = [place(text, "NAIROBI", "KEN", 4, "PPLC"), place(text, "Garissa", "KEN", 4),
              place(text, "Kitale", "KEN", 4)]
    loc = _at(text, "He ordered the army", "help", places, "NAIROBI")
    assert loc is not None and loc.extracted_place == "Kitale"


def test_on_an_island_locates_the_lead() -> None:
    text = ("SUVA (Wire) - The company said it would shut its cannery on Ovalau island from Friday.\n\n"
            "About 300 workers held a rally outside the gate on Thursday.")
    places = [place(text, "SUVA", "FJI", 4, "PPLC"), place(text, "Ovalau", "FJI", 4)]
    loc = _at(text, "About 300 workers", "rally", places, "SUVA")
    assert loc is not None and loc.extracted_place == "Ovalau"


def test_on_alone_does_not_locate() -> None:
    text = ("SUVA (Wire) - The company said it would impose new tariffs on Tonga from Friday.\n\n"
            "About 300 workers held a rally outside the gate on Thursday.")
    places = [place(text, "SUVA", "FJI", 4, "PPLC"), place(text, "Tonga", "TON", 1, "PCLI")]
    loc = _at(text, "About 300 workers", "rally", places, "SUVA")
    assert loc is not None and loc.extracted_place == "SUVA"


# -- an attack aimed at a country's cities, named by its demonym ------------------------------------------------------

_DEMONYMS = {"Ukrainian": "UKR", "Israeli": "ISR", "Russian": "RUS"}.get


def test_an_attack_on_a_countrys_cities_named_by_demonym_is_in_that_country() -> None:
    text = ("VIENNA (Wire) - Ministers met in Vienna on Monday.\n\n"
            "The sanctions followed reports that Russia used the drones to attack Ukrainian cities last winter.")
    places = [place(text, "VIENNA", "AUT", 4, "PPLC"), place(text, "Vienna", "AUT", 4, "PPLC"),
              place(text, "Russia", "RUS", 1, "PCLI")]
    loc = _at(text, "The sanctions followed", "attack", places, "VIENNA", demonym=_DEMONYMS)
    assert loc is not None and loc.country_code == "UKR"


def test_a_demonym_that_does_not_name_the_target_places_nothing() -> None:
    text = ("VIENNA (Wire) - Ministers met in Vienna on Monday.\n\n"
            "Officials said Russian drones were used to attack the city last winter.")
    places = [place(text, "VIENNA", "AUT", 4, "PPLC"), place(text, "Vienna", "AUT", 4, "PPLC")]
    loc = _at(text, "Officials said Russian", "attack", places, "VIENNA", demonym=_DEMONYMS)
    assert loc is None or loc.country_code != "RUS"


# -- what is not a statement, and whose statement is made elsewhere -------------------------------------------------

def test_a_participle_telling_how_people_protested_is_no_statement() -> None:
    text = ("QUITO (Wire) - Inmates rioted at the prison in Machala on Monday.\n\n"
            "Relatives gathered outside the prison, demanding news of the inmates.")
    places = [place(text, "QUITO", "ECU", 4, "PPLC"), place(text, "Machala", "ECU", 4)]
    loc = _at(text, "Relatives gathered", "demanding", places, "QUITO")
    assert loc is not None and loc.extracted_place == "Machala"


def test_a_foreign_speaker_does_not_speak_at_the_dateline() -> None:
    text = ("DUBAI (Wire) - Tankers queued in the Strait of Hormuz on Monday.\n\n"
            "Iranian officials threatened to close the strait.")
    i = text.index("Strait of Hormuz")
    places = [place(text, "DUBAI", "ARE", 4, "PPLC"),
              Place(i, i + 16, "Strait of Hormuz", "Strait of Hormuz", 2, 1.0, 1.0, None, "STRT", None, 3)]
    loc = _at(text, "Iranian officials", "threatened", places, "DUBAI", demonym={"Iranian": "IRN"}.get)
    assert loc is not None and loc.country_code != "ARE"
