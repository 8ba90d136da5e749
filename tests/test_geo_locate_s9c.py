"""Event location in whole stories, round 3 (session 9, W14, issue 4): a statement by a capital standing for its
government ("Washington urged") or by a body with a known seat ("The Kremlin said", "The European Union urged") is
at that seat; the channel of a protest ("through its embassy in Beijing") is no place of the act; "asked" and
"lodged" are statement words; "residential districts of X" locates X. Sentences of our own; places are given by
hand (story_parts.place), the seat lookup by a small stand-in, no gazetteer."""
from __future__ import annotations

from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences
from story_parts import dateline, place, trigger

_SEATS = {("Moscow", "RUS"): (55.76, 37.62), ("Brussels", "BEL"): (50.85, 4.35)}


def _seat(name: str, cc: str) -> Place | None:
    at = _SEATS.get((name, cc))
    return Place(0, 0, name, name, 1, at[0], at[1], cc, "PPLC", None, 4) if at is not None else None


def _at(text: str, opening: str, trig: str, places: list[Place], dl: str) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places, dateline=dateline(dl),
                          seat_place=_seat)


# -- speakers with a seat ---------------------------------------------------------------------------------------------

_TALKS = ("OSLO (Wire) - Fighting flared near the town of Korvik on Monday, officials said.\n\n"
          "Washington urged the warring parties to return to talks in Jeddah.\n\n"
          "The Kremlin rejected any outside mediation in Valdor.\n\n"
          "The European Union urged both sides to show restraint.\n\n"
          "The European Union's monitoring mission in Valdor said it had counted 30 shells.\n\n"
          "The European Commission said in Strasbourg that it would send aid to Korvik.\n\n"
          "Rescue teams searched the rubble.")


def _talks_places() -> list[Place]:
    return [place(_TALKS, "OSLO", "NOR", 4, "PPLC"), place(_TALKS, "Korvik", "XVL", 4),
            place(_TALKS, "Washington", "USA", 4, "PPLC"), place(_TALKS, "Jeddah", "SAU", 4, "PPLA"),
            place(_TALKS, "Valdor", "XVL", 1, "PCLI"), place(_TALKS, "Valdor", "XVL", 1, "PCLI", nth=1),
            place(_TALKS, "Strasbourg", "FRA", 4, "PPLA"), place(_TALKS, "Korvik", "XVL", 4, nth=1)]


def test_a_capital_speaking_for_its_government_is_the_place_of_its_statement() -> None:
    loc = _at(_TALKS, "Washington urged", "urged", _talks_places(), "OSLO")
    assert loc is not None and loc.extracted_place == "Washington"


def test_the_kremlin_speaks_from_moscow() -> None:
    loc = _at(_TALKS, "The Kremlin rejected", "rejected", _talks_places(), "OSLO")
    assert loc is not None and loc.extracted_place == "Moscow" and loc.country_code == "RUS"


def test_the_european_union_speaks_from_brussels() -> None:
    loc = _at(_TALKS, "The European Union urged", "urged", _talks_places(), "OSLO")
    assert loc is not None and loc.extracted_place == "Brussels"


def test_a_field_mission_of_a_seated_body_is_not_at_the_seat() -> None:
    loc = _at(_TALKS, "monitoring mission in Valdor", "said", _talks_places(), "OSLO")
    assert loc is not None and loc.extracted_place != "Brussels"


def test_a_venue_right_after_the_speech_verb_beats_the_seat() -> None:
    loc = _at(_TALKS, "The European Commission said", "said", _talks_places(), "OSLO")
    assert loc is not None and loc.extracted_place == "Strasbourg"


def test_a_deed_with_no_place_is_not_moved_to_a_seat() -> None:
    loc = _at(_TALKS, "Rescue teams searched", "searched", _talks_places(), "OSLO")
    assert loc is not None and loc.extracted_place not in ("Brussels", "Moscow", "Washington")


# -- the channel of a protest, "asked", "lodged" -----------------------------------------------------------------------

_SHOAL = ("MANILA (Wire) - A coast guard ship fired water cannon at a fishing boat near Pelican Reef on Tuesday, "
          "officials said.\n\n"
          "The foreign ministry lodged a protest through its embassy in Beijing.\n\n"
          "The government, which is based in Port Sudan, asked the council to act.")


def _shoal_places() -> list[Place]:
    return [place(_SHOAL, "MANILA", "PHL", 4, "PPLC"), place(_SHOAL, "Pelican Reef", "PHL", 5, "RF"),
            place(_SHOAL, "Beijing", "CHN", 4, "PPLC"), place(_SHOAL, "Port Sudan", "SDN", 4, "PPLA")]


def test_the_embassy_a_protest_goes_through_is_not_its_place() -> None:
    loc = _at(_SHOAL, "The foreign ministry lodged", "lodged", _shoal_places(), "MANILA")
    assert loc is not None and loc.extracted_place == "MANILA"


def test_asked_is_a_statement_of_a_speaker_seated_in_a_relative_clause() -> None:
    loc = _at(_SHOAL, "which is based in Port Sudan", "asked", _shoal_places(), "MANILA")
    assert loc is not None and loc.extracted_place == "Port Sudan"


# -- "districts of X" --------------------------------------------------------------------------------------------------

_SHELL = ("GENEVA (Wire) - Rebels shelled residential districts of Marwa on Wednesday, killing 14 people, "
          "the U.N. said.")


def test_districts_of_a_town_locate_the_deed_in_the_dateline_sentence() -> None:
    places = [place(_SHELL, "GENEVA", "CHE", 4, "PPLA"), place(_SHELL, "Marwa", "SDN", 4)]
    loc = _at(_SHELL, "Rebels shelled", "shelled", places, "GENEVA")
    assert loc is not None and loc.extracted_place == "Marwa"


# -- the seat lookup and party names (recognition) ----------------------------------------------------------------------

def test_the_seat_lookup_takes_the_town_in_the_seat_country() -> None:
    from newsevents.geo import GeoParser
    from newsevents.geo.fakes import WEIGHTS, tiny_gazetteer
    seat = GeoParser(tiny_gazetteer(), WEIGHTS)._seat_place("Paris", "FRA")
    assert seat is not None and seat.country_code == "FRA" and seat.lat == 48.85
    assert GeoParser(tiny_gazetteer(), WEIGHTS)._seat_place("Paris", "EGY") is None


def test_a_name_before_party_is_a_party_name_for_the_whole_story() -> None:
    from newsevents.geo.recognize import Mention, party_names
    text = "Mexico's ruling Morena party won in Puebla. A party in Puebla ended late. Morena leaders celebrated."
    found = [Mention(text.index("Morena"), text.index("Morena") + 6, "Morena", "gaz"),
             Mention(text.index("Puebla"), text.index("Puebla") + 6, "Puebla", "gaz"),
             Mention(text.index("Puebla", 50), text.index("Puebla", 50) + 6, "Puebla", "gaz")]
    assert party_names(text, found) == frozenset({"Morena"})


# -- the coded type may say that an event is a statement ---------------------------------------------------------------

_BACKING = ("OSLO (Wire) - Fighting flared near the town of Korvik on Monday, officials said.\n\n"
            "The Kremlin reaffirmed its backing for the Korvik council.")


def test_the_caller_may_say_an_event_is_a_statement_whatever_its_trigger_word() -> None:
    places = [place(_BACKING, "OSLO", "NOR", 4, "PPLC"), place(_BACKING, "Korvik", "XVL", 4),
              place(_BACKING, "Korvik", "XVL", 4, nth=1)]
    text = _BACKING
    s = next(s for s in split_sentences(text) if s.start <= text.index("Kremlin") < s.end)
    trig = trigger(text, "backing", s.start)
    told = event_location(Article("a", text), s, trig, places, dateline=dateline("OSLO"), seat_place=_seat,
                          verbal=True)
    read = event_location(Article("a", text), s, trig, places, dateline=dateline("OSLO"), seat_place=_seat)
    assert told is not None and told.extracted_place == "Moscow"
    assert read is not None and read.extracted_place != "Moscow"
