"""Event location in whole stories, session 11 (L18, issue 4): a trigger joined by "and" to an earlier verb of taking
or entering a place shares that verb's object ("entered X in northern Y and seized the port"); the area in an
apposition after a place ("X, the constitutional capital of Y", "X, a town in central Y") is the place's parent and
does not locate the event; the roads leading to a town are at the town; who brokered or backed a deal ("a ceasefire
brokered by X") is a party, not a place. Sentences of our own with made-up towns; places are given by hand
(story_parts.place), no gazetteer."""
from __future__ import annotations

from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences
from story_parts import dateline, place, trigger


def _at(text: str, opening: str, trig: str, places: list[Place], dl: str, verbal: bool | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places, dateline=dateline(dl),
                          verbal=verbal)


# -- the second of two joined verbs ----------------------------------------------------------------------------------

_RAID = ("PORTVALE (Wire) - Rebels entered Dranmoor in northern Kestria on Monday and seized the airport, police said.\n\n"
         "Soldiers reached Velska and then burned the depot, residents said.\n\n"
         "Militants attacked Oskavo on Tuesday.\n\n"
         "Officials in Lirna and aid workers counted the dead.")


def _raid_places() -> list[Place]:
    return [place(_RAID, "PORTVALE", "KES", 4, "PPLC"), place(_RAID, "Dranmoor", "KES", 4),
            place(_RAID, "Kestria", "KES", 1, "PCLI"), place(_RAID, "Velska", "KES", 4),
            place(_RAID, "Oskavo", "KES", 4), place(_RAID, "Lirna", "KES", 4)]


def test_the_second_of_two_joined_verbs_takes_the_first_verbs_object() -> None:
    loc = _at(_RAID, "Rebels entered", "seized", _raid_places(), "PORTVALE", verbal=False)
    assert loc is not None and loc.extracted_place == "Dranmoor"


def test_then_between_the_joined_verbs_keeps_the_object() -> None:
    loc = _at(_RAID, "Soldiers reached", "burned", _raid_places(), "PORTVALE", verbal=False)
    assert loc is not None and loc.extracted_place == "Velska"


def test_a_place_joined_to_the_trigger_by_a_noun_phrase_is_no_first_verb_object() -> None:
    # ("Officials in Lirna and aid workers counted": "in Lirna" is the officials' place, found by the old rules, and
    # no verb of taking stands before it)
    loc = _at(_RAID, "Officials in Lirna", "counted", _raid_places(), "PORTVALE", verbal=False)
    assert loc is not None and loc.extracted_place == "Lirna"


# -- an apposed parent area ------------------------------------------------------------------------------------------

_ROADS = ("ALTBERG (Wire) - Farmers blocked highways leading to Sorvani, the constitutional capital of Maradia, on "
          "Tuesday.\n\n"
          "Miners marched through Tulvek, a town in central Maradia, and burned tyres.\n\n"
          "Police fired tear gas at a crowd in Kanvo, the capital of Ostra province.")


def _roads_places() -> list[Place]:
    return [place(_ROADS, "ALTBERG", "MRD", 4), place(_ROADS, "Sorvani", "MRD", 4, "PPLC", province="02"),
            place(_ROADS, "Maradia", "MRD", 1, "PCLI"), place(_ROADS, "Tulvek", "MRD", 4, province="03"),
            place(_ROADS, "Maradia", "MRD", 1, "PCLI", nth=1), place(_ROADS, "Kanvo", "MRD", 4, province="05"),
            place(_ROADS, "Ostra", "MRD", 2, "ADM1", province="05")]


def test_the_country_in_a_capital_apposition_does_not_place_the_event() -> None:
    loc = _at(_ROADS, "Farmers blocked", "blocked", _roads_places(), "ALTBERG", verbal=False)
    assert loc is not None and loc.extracted_place == "Sorvani"


def test_the_area_in_a_town_apposition_does_not_place_the_event() -> None:
    loc = _at(_ROADS, "Miners marched", "burned", _roads_places(), "ALTBERG", verbal=False)
    assert loc is not None and loc.extracted_place == "Tulvek"


def test_a_located_town_keeps_its_place_before_its_apposed_province() -> None:
    loc = _at(_ROADS, "Police fired", "fired", _roads_places(), "ALTBERG", verbal=False)
    assert loc is not None and loc.extracted_place == "Kanvo"


def test_the_road_to_a_town_is_still_its_end_not_the_town() -> None:
    text = ("ALTBERG (Wire) - Gunmen ambushed a bus on the road to Sorvani on Tuesday.\n\n"
            "The army said it had sent troops.")
    places = [place(text, "ALTBERG", "MRD", 4), place(text, "Sorvani", "MRD", 4)]
    loc = _at(text, "Gunmen ambushed", "ambushed", places, "ALTBERG", verbal=False)
    assert loc is not None and loc.extracted_place == "ALTBERG"


# -- the broker of a deal --------------------------------------------------------------------------------------------

_TRUCE = ("The Free Front, which holds the hills of Ostra, accused Kanvo of violating a ceasefire brokered by Halmstadt "
          "in March.\n\n"
          "Fighting broke out in Tulvek on Monday.")


def test_the_broker_of_a_ceasefire_is_no_place_of_an_accusation() -> None:
    places = [place(_TRUCE, "Ostra", "MRD", 2, "ADM1", province="05"), place(_TRUCE, "Kanvo", "MRD", 4, "PPLC"),
              place(_TRUCE, "Halmstadt", "ZZA", 4, "PPLC"), place(_TRUCE, "Tulvek", "MRD", 4)]
    loc = _at(_TRUCE, "The Free Front", "accused", places, "NONE", verbal=True)
    assert loc is None or loc.country_code != "ZZA"


# -- the second verb of a third country's speaker --------------------------------------------------------------------

_TALKS = ("PORTVALE (Wire) - Rebels shelled Dranmoor on Monday, residents said.\n\n"
          "Ostrian President Lev Marek spoke to the Kestrian leader by telephone and urged him to return to talks.\n\n"
          "Ostria welcomed the truce and called for talks.\n\n"
          "Ostria welcomed the truce and Kestria urged calm.")


def _talks_places() -> list[Place]:
    return [place(_TALKS, "PORTVALE", "KES", 4, "PPLC"), place(_TALKS, "Dranmoor", "KES", 4),
            place(_TALKS, "Ostria", "OST", 1, "PCLI", nth=1), place(_TALKS, "Ostria", "OST", 1, "PCLI", nth=2),
            place(_TALKS, "Kestria", "KES", 1, "PCLI", nth=1)]


def _demonym(word: str) -> str | None:
    return {"Ostrian": "OST", "Kestrian": "KES"}.get(word)


def _country(cc: str) -> Place | None:
    return Place(0, 0, cc, cc, 7, 2.0, 2.0, cc, "PCLI", None, 1)


def _said(opening: str, trig: str) -> Location | None:
    i = _TALKS.index(opening)
    s = next(s for s in split_sentences(_TALKS) if s.start <= i < s.end)
    return event_location(Article("a", _TALKS), s, trigger(_TALKS, trig, s.start), _talks_places(),
                          dateline=dateline("PORTVALE"), demonym=_demonym, country_place=_country, verbal=True)


def test_the_second_verb_of_a_demonym_speaker_is_given_at_home() -> None:
    loc = _said("Ostrian President", "urged")
    assert loc is not None and loc.country_code == "OST"


def test_the_second_verb_of_a_country_speaker_is_given_at_home() -> None:
    loc = _said("Ostria welcomed the truce and called", "called")
    assert loc is not None and loc.country_code == "OST"


def test_a_second_subject_before_the_verb_is_not_the_first_speakers() -> None:
    loc = _said("Ostria welcomed the truce and Kestria", "urged")
    assert loc is not None and loc.country_code == "KES"


# -- origins, names and new topics (the lead's routed cases, with sentences of our own) ---------------------------

def test_where_intercepted_drones_were_launched_from_is_no_place_of_the_interception() -> None:
    text = ("PORTVALE (Wire) - Drones struck the port of Dranmoor overnight, officials said.\n\n"
            "Kestria's air force said it had shot down 30 of 41 drones launched overnight from Ostria's Belna and "
            "Sarko regions and from occupied Tarvo.")
    places = [place(text, "PORTVALE", "KES", 4, "PPLC"), place(text, "Dranmoor", "KES", 4),
              place(text, "Kestria", "KES", 1, "PCLI"), place(text, "Ostria", "OST", 1, "PCLI"),
              place(text, "Belna", "OST", 2, "ADM1", province="01"), place(text, "Sarko", "OST", 2, "ADM1",
                                                                           province="02"),
              place(text, "Tarvo", "KES", 2, "ADM1", province="09")]
    loc = _at(text, "Kestria's air force", "shot", places, "PORTVALE", verbal=False)
    assert loc is not None and loc.country_code == "KES" and loc.extracted_place != "Tarvo"


def test_a_launch_keeps_the_place_it_was_launched_from() -> None:
    text = "PORTVALE (Wire) - Ostria fired two missiles from Belna on Monday, the army said."
    places = [place(text, "PORTVALE", "KES", 4, "PPLC"), place(text, "Ostria", "OST", 1, "PCLI"),
              place(text, "Belna", "OST", 2, "ADM1", province="01")]
    loc = _at(text, "Ostria fired", "fired", places, "PORTVALE", verbal=False)
    assert loc is not None and loc.extracted_place == "Belna"


def test_a_country_opening_a_partys_name_does_not_place_the_clash() -> None:
    text = ("KANVO (Wire) - A court in Kanvo sentenced the opposition leader to five years on Thursday.\n\n"
            "Supporters of the Maradia Nationalist Party clashed with police outside the court.")
    places = [place(text, "KANVO", "MRD", 4, "PPLC"), place(text, "Kanvo", "MRD", 4, "PPLC", nth=0),
              place(text, "Maradia", "MRD", 1, "PCLI")]
    loc = _at(text, "Supporters of", "clashed", places, "KANVO", verbal=False)
    assert loc is not None and loc.resolution == 4


def test_a_sentence_opening_a_new_topic_does_not_inherit_the_paragraphs_place() -> None:
    text = ("TULVEK (Wire) - Deputies searched a farm in Orren County on Friday, the sheriff said. Separately, Tulvek "
            "police said two people were wounded in a shooting outside a bar early Saturday. Police have not made an "
            "arrest.")
    places = [place(text, "TULVEK", "USA", 4), place(text, "Orren County", "USA", 3, "ADM2"),
              place(text, "Tulvek", "USA", 4, nth=0)]
    loc = _at(text, "Police have not", "arrest", places, "TULVEK", verbal=False)
    assert loc is None or loc.extracted_place != "Orren County"


def test_a_towns_police_place_their_own_report() -> None:
    text = ("TULVEK (Wire) - Deputies searched a farm in Orren County on Friday, the sheriff said. Separately, Tulvek "
            "police said two people were wounded in a shooting outside a bar early Saturday.")
    places = [place(text, "TULVEK", "USA", 4), place(text, "Orren County", "USA", 3, "ADM2"),
              place(text, "Tulvek", "USA", 4, nth=0)]
    loc = _at(text, "Separately", "wounded", places, "TULVEK", verbal=False)
    assert loc is not None and loc.extracted_place == "Tulvek"


# -- a national decision ---------------------------------------------------------------------------------------------

_JUNTA = ("BELNA (Wire) - Gunmen killed 20 soldiers near Dranmoor in northern Ostria on Sunday, sources said.\n"
          "Ostria's junta, led by Captain Arno Vell since a coup in 2022, has expelled foreign troops.\n"
          "Ostria's army, led by General Sen since 2023, has killed 40 fighters.")


def _junta_places() -> list[Place]:
    return [place(_JUNTA, "BELNA", "OST", 4, "PPLC"), place(_JUNTA, "Dranmoor", "OST", 4),
            place(_JUNTA, "Ostria", "OST", 1, "PCLI", nth=0), place(_JUNTA, "Ostria", "OST", 1, "PCLI", nth=1),
            place(_JUNTA, "Ostria", "OST", 1, "PCLI", nth=2)]


def test_a_governments_national_decision_is_taken_at_home_not_at_the_field() -> None:
    i = _JUNTA.index("Ostria's junta")
    s = next(s for s in split_sentences(_JUNTA) if s.start <= i < s.end)
    loc = event_location(Article("a", _JUNTA), s, trigger(_JUNTA, "expelled", s.start), _junta_places(),
                         dateline=dateline("BELNA"), demonym=_demonym, country_place=_country, verbal=False)
    assert loc is not None and loc.extracted_place == "BELNA"


def test_an_armys_deed_stays_at_the_field() -> None:
    i = _JUNTA.index("Ostria's army")
    s = next(s for s in split_sentences(_JUNTA) if s.start <= i < s.end)
    loc = event_location(Article("a", _JUNTA), s, trigger(_JUNTA, "killed", s.start), _junta_places(),
                         dateline=dateline("BELNA"), demonym=_demonym, country_place=_country, verbal=False)
    assert loc is not None and loc.extracted_place != "BELNA"


# -- destinations of sending people away -----------------------------------------------------------------------------

_SENT = ("PORTVALE (Wire) - Police raided a migrant camp near Dranmoor on Monday.\n\n"
         "Kestria deported 40 men to Ostria on Thursday, officials said.\n\n"
         "Thousands of villagers fled to Velska after the raid.\n\n"
         "The army sent troops to Oskavo.")


def _sent_places() -> list[Place]:
    return [place(_SENT, "PORTVALE", "KES", 4, "PPLC"), place(_SENT, "Dranmoor", "KES", 4),
            place(_SENT, "Kestria", "KES", 1, "PCLI"), place(_SENT, "Ostria", "OST", 1, "PCLI"),
            place(_SENT, "Velska", "KES", 4), place(_SENT, "Oskavo", "KES", 4)]


def test_where_people_are_deported_to_is_not_where_they_were_deported() -> None:
    loc = _at(_SENT, "Kestria deported", "deported", _sent_places(), "PORTVALE", verbal=False)
    assert loc is not None and loc.country_code == "KES"


def test_where_people_flee_to_is_a_destination() -> None:
    loc = _at(_SENT, "Thousands of villagers", "fled", _sent_places(), "PORTVALE", verbal=False)
    assert loc is not None and loc.extracted_place != "Velska"


def test_returning_people_to_a_list_of_countries_places_none_of_them() -> None:
    text = ("PORTVALE (Wire) - Police detained 300 migrants in Dranmoor this week.\n\n"
            "The government returned the migrants to Ostria, Velmar or Vardia by bus.")
    places = [place(text, "PORTVALE", "KES", 4, "PPLC"), place(text, "Dranmoor", "KES", 4),
              place(text, "Ostria", "OST", 1, "PCLI"), place(text, "Velmar", "VLM", 1, "PCLI"),
              place(text, "Vardia", "VRD", 1, "PCLI")]
    loc = _at(text, "The government returned", "returned", places, "PORTVALE", verbal=False)
    assert loc is not None and loc.extracted_place not in ("Ostria", "Velmar", "Vardia")


def test_people_returning_home_are_where_they_return() -> None:
    text = ("PORTVALE (Wire) - The army retook Velska in March.\n\n"
            "Residents have begun returning to Velska, officials said.")
    places = [place(text, "PORTVALE", "KES", 4, "PPLC"), place(text, "Velska", "KES", 4),
              place(text, "Velska", "KES", 4, nth=1)]
    loc = _at(text, "Residents have begun", "returning", places, "PORTVALE", verbal=False)
    assert loc is not None and loc.start == places[2].start


def test_troops_sent_to_a_town_are_deployed_there() -> None:
    loc = _at(_SENT, "The army sent", "sent", _sent_places(), "PORTVALE", verbal=False)
    assert loc is not None and loc.extracted_place == "Oskavo"
