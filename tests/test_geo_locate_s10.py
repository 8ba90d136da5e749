"""Event location in whole stories, session 10 (L15, issue 4): a statement by a third country ("Tanzania's foreign
ministry said", "France welcomed") is made in that country, not at the lead's scene abroad; a relative clause telling
what the object was trying to do when the event happened ("protesters who tried to enter the court building in X")
places the event; a seated body followed by an apposition or a seat clause ("ECOWAS, the regional bloc, condemned",
"..., which has its headquarters in Abuja, called") speaks from its seat. Sentences of our own; places are given by
hand (story_parts.place), the seat lookup by a small stand-in, no gazetteer."""
from __future__ import annotations

from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences
from story_parts import dateline, place, trigger

_SEATS = {("Abuja", "NGA"): (9.06, 7.49), ("Addis Ababa", "ETH"): (9.03, 38.74)}


def _seat(name: str, cc: str) -> Place | None:
    at = _SEATS.get((name, cc))
    return Place(0, 0, name, name, 1, at[0], at[1], cc, "PPLC", None, 4) if at is not None else None


def _at(text: str, opening: str, trig: str, places: list[Place], dl: str, verbal: bool | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places, dateline=dateline(dl),
                          seat_place=_seat, verbal=verbal)


# -- a third country's word ------------------------------------------------------------------------------------------

_RIOT = ("NAIROBI (Wire) - Rioters looted shops in the Ugandan town of Jinja on Monday, police said.\n\n"
         "Tanzania's foreign ministry said it would evacuate its citizens from the area.\n\n"
         "France condemned the violence and urged calm.\n\n"
         "Kenya's foreign ministry said it had closed the border post at Busia.\n\n"
         "Uganda's government said it had arrested 40 people.\n\n"
         "Kenyan officials said they were watching the situation.")


def _riot_places() -> list[Place]:
    return [place(_RIOT, "NAIROBI", "KEN", 4, "PPLC"), place(_RIOT, "Jinja", "UGA", 4),
            place(_RIOT, "Tanzania", "TZA", 1, "PCLI"), place(_RIOT, "France", "FRA", 1, "PCLI"),
            place(_RIOT, "Kenya", "KEN", 1, "PCLI"), place(_RIOT, "Busia", "KEN", 4),
            place(_RIOT, "Uganda", "UGA", 1, "PCLI", nth=1)]


def test_a_third_countrys_ministry_speaks_at_home_not_at_the_scene_abroad() -> None:
    loc = _at(_RIOT, "Tanzania's foreign ministry", "said", _riot_places(), "NAIROBI", verbal=True)
    assert loc is not None and loc.country_code == "TZA"


def test_a_country_named_as_the_speaker_is_where_its_word_is_given() -> None:
    loc = _at(_RIOT, "France condemned", "condemned", _riot_places(), "NAIROBI", verbal=True)
    assert loc is not None and loc.country_code == "FRA"


def test_the_datelines_own_country_keeps_the_dateline_or_its_place() -> None:
    loc = _at(_RIOT, "Kenya's foreign ministry", "closed", _riot_places(), "NAIROBI", verbal=False)
    assert loc is not None and loc.extracted_place == "Busia"


def test_the_scenes_own_country_keeps_the_scene() -> None:
    loc = _at(_RIOT, "Uganda's government", "said", _riot_places(), "NAIROBI", verbal=True)
    assert loc is not None and loc.country_code == "UGA"


# -- a relative clause telling what the object was doing ---------------------------------------------------------------

_COURT = ("BELGRADE (Wire) - Students blocked a motorway near Novi Sad on Monday.\n\n"
          "Police detained 20 protesters who tried to enter the court building in Kragujevac, the ministry said.\n\n"
          "Jets struck militants who had fired rockets at Sombor, the army said.")


def _court_places() -> list[Place]:
    return [place(_COURT, "BELGRADE", "SRB", 4, "PPLC"), place(_COURT, "Novi Sad", "SRB", 4),
            place(_COURT, "Kragujevac", "SRB", 4), place(_COURT, "Sombor", "SRB", 4)]


def test_an_attempt_told_of_the_object_places_the_event() -> None:
    loc = _at(_COURT, "Police detained", "detained", _court_places(), "BELGRADE", verbal=False)
    assert loc is not None and loc.extracted_place == "Kragujevac"


def test_an_earlier_deed_told_of_the_object_does_not() -> None:
    loc = _at(_COURT, "Jets struck", "struck", _court_places(), "BELGRADE", verbal=False)
    assert loc is not None and loc.extracted_place != "Sombor"


# -- a seated body with an apposition or a seat clause -----------------------------------------------------------------

_BLOC = ("PARIS (Wire) - Jihadist fighters attacked an army post near Kidal on Sunday, the army said.\n\n"
         "The Economic Community of West African States, which has its headquarters in Abuja, called an emergency "
         "summit.\n\n"
         "ECOWAS, the regional bloc, condemned the attack.\n\n"
         "The African Union, which suspended Mali in 2021, urged calm.")


def _bloc_places() -> list[Place]:
    return [place(_BLOC, "PARIS", "FRA", 4, "PPLC"), place(_BLOC, "Kidal", "MLI", 4),
            place(_BLOC, "Abuja", "NGA", 4, "PPLC"), place(_BLOC, "Mali", "MLI", 1, "PCLI")]


def test_a_seat_told_in_a_relative_clause_with_has_its_headquarters() -> None:
    loc = _at(_BLOC, "The Economic Community", "called", _bloc_places(), "PARIS", verbal=True)
    assert loc is not None and loc.extracted_place == "Abuja"


def test_a_seated_body_with_an_apposition_speaks_from_its_seat() -> None:
    loc = _at(_BLOC, "ECOWAS, the regional bloc", "condemned", _bloc_places(), "PARIS", verbal=True)
    assert loc is not None and loc.extracted_place == "Abuja"


def test_a_seated_body_with_a_relative_clause_about_its_deeds_speaks_from_its_seat() -> None:
    loc = _at(_BLOC, "The African Union, which", "urged", _bloc_places(), "PARIS", verbal=True)
    assert loc is not None and loc.extracted_place == "Addis Ababa"


def test_a_country_doing_the_deed_of_its_relative_clause_does_it_at_home() -> None:
    text = ("KAMPALA (Wire) - Rebels seized the town of Korvik on Monday, residents said.\n\n"
            "Qatar, which has hosted peace talks between the two sides, urged calm.")
    places = [place(text, "KAMPALA", "UGA", 4, "PPLC"), place(text, "Korvik", "COD", 4),
              place(text, "Qatar", "QAT", 1, "PCLI")]
    loc = _at(text, "Qatar, which", "hosted", places, "KAMPALA", verbal=True)
    assert loc is not None and loc.country_code == "QAT"


# -- a party's home told in a relative clause; a government's own decision ---------------------------------------------

_UNREST = ("NAIROBI (Wire) - Protesters burned tyres in the town of Korvik on Monday, police said.\n\n"
           "The Civic Party, which runs Valmont, blamed the national government for the unrest.\n\n"
           "Washington said it had suspended a joint military exercise with Valdor's army.\n\n"
           "Washington said the soldiers had seized a village near Korvik.")


def _unrest_places() -> list[Place]:
    return [place(_UNREST, "NAIROBI", "KEN", 4, "PPLC"), place(_UNREST, "Korvik", "XVL", 4),
            place(_UNREST, "Valmont", "XVL", 4), place(_UNREST, "Washington", "USA", 4, "PPLC"),
            place(_UNREST, "Valdor", "XVL", 1, "PCLI"), place(_UNREST, "Washington", "USA", 4, "PPLC", nth=1),
            place(_UNREST, "Korvik", "XVL", 4, nth=1)]


def test_a_party_speaks_where_it_governs() -> None:
    loc = _at(_UNREST, "The Civic Party", "blamed", _unrest_places(), "NAIROBI", verbal=True)
    assert loc is not None and loc.extracted_place == "Valmont"


def test_a_capital_telling_of_its_own_decision_took_it_at_home() -> None:
    loc = _at(_UNREST, "Washington said it had", "suspended", _unrest_places(), "NAIROBI", verbal=False)
    assert loc is not None and loc.extracted_place == "Washington"


def test_a_capital_telling_of_a_deed_elsewhere_does_not_move_it() -> None:
    loc = _at(_UNREST, "Washington said the soldiers", "seized", _unrest_places(), "NAIROBI", verbal=False)
    assert loc is not None and loc.extracted_place == "Korvik"


def test_a_government_named_by_its_demonym_speaks_at_home() -> None:
    text = ("NAIROBI (Wire) - Floods swept through the town of Korvik on Monday, officials said.\n\n"
            "The Tanzanian government offered to send rescue teams.")
    places = [place(text, "NAIROBI", "KEN", 4, "PPLC"), place(text, "Korvik", "UGA", 4)]
    tza = Place(0, 0, "Tanzania", "Tanzania", 2, -6.0, 35.0, "TZA", "PCLI", None, 1)
    i = text.index("The Tanzanian")
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    loc = event_location(Article("a", text), s, trigger(text, "offered", s.start), places, dateline=dateline("NAIROBI"),
                         demonym=lambda w: "TZA" if w == "Tanzanian" else None,
                         country_place=lambda cc: tza if cc == "TZA" else None, verbal=True)
    assert loc is not None and loc.country_code == "TZA"


def test_a_company_named_by_its_demonym_is_not_moved_home() -> None:
    text = ("HAMBURG (Wire) - Cable makers showed new products at the wind fair on Tuesday.\n\n"
            "Danish developer Orsted signed a supply agreement with a Polish cable maker at the fair.")
    places = [place(text, "HAMBURG", "DEU", 4, "PPLA")]
    dnk = Place(0, 0, "Denmark", "Denmark", 3, 56.0, 10.0, "DNK", "PCLI", None, 1)
    i = text.index("Danish developer")
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    loc = event_location(Article("a", text), s, trigger(text, "signed", s.start), places, dateline=dateline("HAMBURG"),
                         demonym=lambda w: "DNK" if w == "Danish" else None,
                         country_place=lambda cc: dnk if cc == "DNK" else None, verbal=True)
    assert loc is not None and loc.country_code == "DEU"


def test_a_speaker_at_a_gathering_is_not_moved_home() -> None:
    text = ("ADDIS ABABA (Wire) - African leaders met for a summit on Sunday as fighting raged near Korvik.\n\n"
            "Tanzanian President Samia Hassan told the summit that the rebels must withdraw.")
    places = [place(text, "ADDIS ABABA", "ETH", 4, "PPLC"), place(text, "Korvik", "COD", 4)]
    tza = Place(0, 0, "Tanzania", "Tanzania", 2, -6.0, 35.0, "TZA", "PCLI", None, 1)
    i = text.index("Tanzanian President")
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    loc = event_location(Article("a", text), s, trigger(text, "told", s.start), places,
                         dateline=dateline("ADDIS ABABA"), demonym=lambda w: "TZA" if w == "Tanzanian" else None,
                         country_place=lambda cc: tza if cc == "TZA" else None, verbal=True)
    assert loc is not None and loc.country_code != "TZA"


def test_the_speakers_own_place_in_its_apposition_is_kept() -> None:
    text = ("NAIROBI (Wire) - Rioters looted shops in the Ugandan town of Jinja on Monday, police said.\n\n"
            "Tanzania's foreign minister, who spoke by video link from Dodoma, condemned the violence.")
    places = [place(text, "NAIROBI", "KEN", 4, "PPLC"), place(text, "Jinja", "UGA", 4),
              place(text, "Tanzania", "TZA", 1, "PCLI"), place(text, "Dodoma", "TZA", 4, "PPLC")]
    loc = _at(text, "Tanzania's foreign minister", "condemned", places, "NAIROBI", verbal=True)
    assert loc is not None and loc.extracted_place == "Dodoma"
