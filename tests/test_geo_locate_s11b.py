"""Event location in whole stories, session 11 wave 2 (L19, issue 4): a statement told after a venue written right
after its speech verb ("said in Rome that ... and praised", "said at its headquarters in X", "told the council by
video link from X") was made at that venue, not at a place inside what was said; a ", where" clause (after a date
phrase too, and after "travel to"/"fled to") is set at the place it hangs from; a telephone or video call is placed like
a statement of its subject (its country when the dateline lies elsewhere), but a source telling the reporter "by
telephone" is no call; the places of what a speaker asks others to do ("called on both sides to allow aid into X")
are the request's topic; the U.N. secretary-general speaks from New York. Sentences of our own with made-up towns;
places are given by hand (story_parts.place), no gazetteer."""
from __future__ import annotations

from newsevents.geo.locate import _in_call, event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences
from story_parts import dateline, place, trigger


def _at(text: str, opening: str, trig: str, places: list[Place], dl: str, verbal: bool | None = None,
        countries: dict[str, Place] | None = None, demonyms: dict[str, str] | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    known = countries or {}
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places, dateline=dateline(dl),
                          country_place=known.get, demonym=(demonyms or {}).get, verbal=verbal)


# -- the venue after the speech verb ---------------------------------------------------------------------------------

_VENUE = ("ALTBERG (Wire) - Kestria's interior minister said in Dorvia that arrivals on Velska had fallen by half and "
          "praised Ostria's cooperation.\n\n"
          "The foreign minister said in Lirna on Monday that the visit opened a new chapter, and that the two navies "
          "would hold exercises near Oskavo.\n\n"
          "The peacekeeping force said at its headquarters in Tarvo that it had protested the strikes near Belka.\n\n"
          "The envoy told the council by video link from Maron that fighting in Zelka threatened the truce and called "
          "for talks.")


def _venue_places() -> list[Place]:
    t = _VENUE
    return [place(t, "ALTBERG", "ALT", 4, "PPLC"), place(t, "Kestria", "KES", 1, "PCLI"), place(t, "Dorvia", "KES", 4),
            place(t, "Velska", "KES", 4, "ISL"), place(t, "Ostria", "OST", 1, "PCLI"), place(t, "Lirna", "LIR", 4),
            place(t, "Oskavo", "OSK", 4), place(t, "Tarvo", "TAR", 4), place(t, "Belka", "TAR", 4),
            place(t, "Maron", "MRN", 4), place(t, "Zelka", "MRN", 4)]


def test_a_statement_joined_after_the_reported_clause_is_at_the_venue() -> None:
    loc = _at(_VENUE, "Kestria's interior", "praised", _venue_places(), "ALTBERG", verbal=True)
    assert loc is not None and loc.extracted_place == "Dorvia"


def test_a_statement_inside_what_was_said_is_at_the_venue_not_at_a_later_place() -> None:
    loc = _at(_VENUE, "The foreign minister said in Lirna", "opened", _venue_places(), "ALTBERG", verbal=True)
    assert loc is not None and loc.extracted_place == "Lirna"


def test_a_deed_inside_what_was_said_keeps_its_own_place() -> None:
    loc = _at(_VENUE, "The foreign minister said in Lirna", "hold", _venue_places(), "ALTBERG", verbal=False)
    assert loc is not None and loc.extracted_place == "Oskavo"


def test_a_headquarters_after_the_speech_verb_is_the_venue() -> None:
    loc = _at(_VENUE, "The peacekeeping force", "protested", _venue_places(), "ALTBERG", verbal=True)
    assert loc is not None and loc.extracted_place == "Tarvo"


def test_a_video_link_from_a_place_is_the_venue() -> None:
    loc = _at(_VENUE, "The envoy told", "called", _venue_places(), "ALTBERG", verbal=True)
    assert loc is not None and loc.extracted_place == "Maron"


# -- a where-clause --------------------------------------------------------------------------------------------------

_WHERE = ("ALTBERG (Wire) - Rebels attacked Dorvia on Monday.\n\n"
          "The president will travel on to Marsk on Tuesday, where he is expected to discuss trade.\n\n"
          "Refugees fled to Tenby, where aid workers distributed food.\n\n"
          "Fighters from Korla, where the group is based, ambushed a convoy.")


def _where_places() -> list[Place]:
    t = _WHERE
    return [place(t, "ALTBERG", "ALT", 4, "PPLC"), place(t, "Dorvia", "ALT", 4), place(t, "Marsk", "MAR", 4),
            place(t, "Tenby", "TEN", 4), place(t, "Korla", "KOR", 4)]


def test_a_where_clause_after_a_dated_journey_is_at_its_end() -> None:
    loc = _at(_WHERE, "The president will travel", "discuss", _where_places(), "ALTBERG", verbal=True)
    assert loc is not None and loc.extracted_place == "Marsk"


def test_a_where_clause_after_fled_to_is_at_that_place() -> None:
    loc = _at(_WHERE, "Refugees fled", "distributed", _where_places(), "ALTBERG", verbal=False)
    assert loc is not None and loc.extracted_place == "Tenby"


def test_a_trigger_after_the_where_clause_is_not_set_there() -> None:
    loc = _at(_WHERE, "Fighters from Korla", "ambushed", _where_places(), "ALTBERG", verbal=False)
    assert loc is None or loc.extracted_place != "Korla"


# -- a telephone or video call ---------------------------------------------------------------------------------------

_CALLS = ("PORTVALE (Wire) - Rebels attacked Dranmoor on Monday.\n\n"
          "Ostrian President Vel Amar spoke to President Kol Dran by telephone on Tuesday and urged him to return to "
          "talks.\n\n"
          "Kestrian Prime Minister Ivo Lask held a video call with the Ostrian president.\n\n"
          "Ostrian traders met buyers in Dranmoor on Wednesday.\n\n"
          "Rescuers searched the rubble in Dranmoor overnight. \"We pulled out the last body at dawn,\" he said by "
          "telephone.")
_OSTRIA = place("Ostria", "Ostria", "OST", 1, "PCLI")


def _call_places() -> list[Place]:
    t = _CALLS
    return [place(t, "PORTVALE", "KES", 4, "PPLC"), place(t, "Dranmoor", "KES", 4),
            place(t, "Dranmoor", "KES", 4, nth=1), place(t, "Dranmoor", "KES", 4, nth=2)]


def _call_at(opening: str, trig: str, verbal: bool | None = None) -> Location | None:
    return _at(_CALLS, opening, trig, _call_places(), "PORTVALE", verbal=verbal, countries={"OST": _OSTRIA},
               demonyms={"Ostrian": "OST", "Kestrian": "KES"})


def test_a_foreign_leaders_phone_call_is_in_his_country_not_at_the_scene() -> None:
    loc = _call_at("Ostrian President", "spoke")
    assert loc is not None and loc.country_code == "OST"


def test_a_call_by_the_datelines_own_leader_stays_at_the_dateline() -> None:
    loc = _call_at("Kestrian Prime Minister", "held")
    assert loc is not None and loc.extracted_place == "PORTVALE"


def test_a_meeting_with_no_call_keeps_its_place() -> None:
    loc = _call_at("Ostrian traders", "met")
    assert loc is not None and loc.extracted_place == "Dranmoor"



def test_a_source_speaking_to_the_reporter_by_telephone_is_no_call() -> None:
    # (the scene's rescuer interviewed by phone speaks from the scene; a leader's call is placed like a statement)
    told = "\"We pulled out the last body at dawn,\" he said by telephone. A farmer told Newswire by phone."
    assert not _in_call(told, split_sentences(told)[0], trigger(told, "telephone"))
    assert not _in_call(told, split_sentences(told)[1], trigger(told, "phone"))
    spoke = "The president spoke to his rival by telephone."
    assert _in_call(spoke, split_sentences(spoke)[0], trigger(spoke, "spoke"))


# -- what a speaker asks others to do; the U.N. secretary-general ------------------------------------------------------

_ASKS = ("CAIRO (Wire) - Fighting spread across Velka on Monday.\n\n"
         "Ostria's foreign minister hosted talks in Cairo on Tuesday. The ministers called on both sides to allow aid "
         "into Velka.\n\n"
         "The United Nations secretary-general urged both countries to exercise restraint.\n\n"
         "Rebels called in reinforcements near Velka on Wednesday.")


def _ask_places() -> list[Place]:
    t = _ASKS
    return [place(t, "CAIRO", "EGY", 4, "PPLC"), place(t, "Velka", "SDN", 2, "ADM1"),
            place(t, "Ostria", "OST", 1, "PCLI"), place(t, "Cairo", "EGY", 4, "PPLC"),
            place(t, "Velka", "SDN", 2, "ADM1", nth=1), place(t, "Velka", "SDN", 2, "ADM1", nth=2)]


def test_the_place_of_what_is_asked_for_is_not_where_the_request_was_made() -> None:
    loc = _at(_ASKS, "The ministers called", "called", _ask_places(), "CAIRO", verbal=True)
    assert loc is not None and loc.country_code == "EGY"


def test_a_deed_called_in_near_a_place_keeps_it() -> None:
    # (no "to <verb>" between the trigger and the place: "called in reinforcements near Velka" is where it happened)
    loc = _at(_ASKS, "Rebels called in", "called", _ask_places(), "CAIRO", verbal=False)
    assert loc is not None and loc.country_code == "SDN"


def test_the_un_secretary_general_speaks_from_new_york() -> None:
    new_york = place("New York", "New York", "USA", 4)
    i = _ASKS.index("The United Nations")
    s = next(s for s in split_sentences(_ASKS) if s.start <= i < s.end)
    loc = event_location(Article("a", _ASKS), s, trigger(_ASKS, "urged", s.start), _ask_places(),
                         dateline=dateline("CAIRO"), verbal=True,
                         seat_place=lambda city, cc: new_york if city == "New York" else None)
    assert loc is not None and loc.extracted_place == "New York"
