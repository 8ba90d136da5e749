"""Event location in whole stories, session 12 (L21, issue 4 item 4): where people or goods were going ("a convoy
bound for X was ambushed near Y") is not where they were stopped or attacked; a national decision by a national office
("Prime Minister X resigned") with no place of its own is at the dateline in its country (else the capital named in
the story, else the country), not at the protest town of an earlier sentence; a statement by an international agency
("UNICEF warned") with no place of its own is at the dateline; a place read far from the reference point written after
it ("the village of X, 25 km east of Y") is placed at that point with the approximate level (3), as is an event put
at a town only by a distance from it; where a source speaks from ("told Reuters by phone from X") locates nothing.
Sentences of our own with made-up towns; places are given by hand (story_parts.place), no gazetteer."""
from __future__ import annotations

from dataclasses import replace

from newsevents.geo.locate import _anchor_limit_km, _REFERENCE_AFTER, event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences
from story_parts import dateline, place, trigger


def _at(text: str, opening: str, trig: str, places: list[Place], dl: str | None, verbal: bool | None = None,
        countries: dict[str, Place] | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places,
                          dateline=dateline(dl) if dl is not None else None, country_place=(countries or {}).get,
                          verbal=verbal)


def _point(p: Place, lat: float, lon: float, resolved: str | None = None, gid: int | None = None) -> Place:
    return replace(p, lat=lat, lon=lon, resolved_place=resolved or p.resolved_place,
                   geonameid=gid if gid is not None else p.geonameid)


# -- destinations of movement --------------------------------------------------------------------------------------

_CONVOY = ("KESTON (Wire) - Gunmen ambushed a convoy bound for Tarvik near Oskel on Tuesday, killing four drivers.\n\n"
           "Militants seized trucks heading towards Marvo in Belka on Monday.\n\n"
           "Rebels looted lorries en route to Dorvia in Lirna.\n\n"
           "Thousands of farmers marched towards Zelka on Wednesday.")


def _convoy_places() -> list[Place]:
    t = _CONVOY
    return [place(t, "KESTON", "KES", 4, "PPLC"), place(t, "Tarvik", "KES", 4), place(t, "Oskel", "KES", 4),
            place(t, "Marvo", "KES", 4), place(t, "Belka", "KES", 4), place(t, "Dorvia", "KES", 4),
            place(t, "Lirna", "KES", 4), place(t, "Zelka", "KES", 4)]


def test_a_convoy_bound_for_a_town_is_ambushed_where_the_text_says() -> None:
    loc = _at(_CONVOY, "Gunmen ambushed", "ambushed", _convoy_places(), "KESTON")
    assert loc is not None and loc.extracted_place == "Oskel"


def test_heading_towards_a_town_is_no_locative_for_the_seizure() -> None:
    loc = _at(_CONVOY, "Militants seized", "seized", _convoy_places(), "KESTON")
    assert loc is not None and loc.extracted_place == "Belka"


def test_en_route_to_is_not_the_end_of_a_road_that_hides_the_place() -> None:
    loc = _at(_CONVOY, "Rebels looted", "looted", _convoy_places(), "KESTON")
    assert loc is not None and loc.extracted_place == "Lirna"


def test_the_triggers_own_movement_keeps_its_goal() -> None:
    loc = _at(_CONVOY, "Thousands of farmers", "marched", _convoy_places(), "KESTON")
    assert loc is not None and loc.extracted_place == "Zelka"


# -- national decisions -----------------------------------------------------------------------------------------------

_RESIGN = ("DORVAN, Kestria (Wire) - Protests spread to Belka and Oskavo on Monday. Police fired tear gas at crowds "
           "in Belka. Prime Minister Ostrov resigned on Tuesday, and the provincial governor Marek stepped down too.")


def _resign_places(text: str = _RESIGN, dl: bool = True) -> list[Place]:
    out = [place(text, "Belka", "KES", 4), place(text, "Belka", "KES", 4, nth=1), place(text, "Oskavo", "KES", 4)]
    if dl:
        out = [place(text, "DORVAN", "KES", 4, "PPLC"), place(text, "Kestria", "KES", 1, "PCLI")] + out
    return out


def test_a_prime_ministers_resignation_is_at_the_dateline_not_the_protest_town() -> None:
    loc = _at(_RESIGN, "Prime Minister Ostrov", "resigned", _resign_places(), "DORVAN")
    assert loc is not None and loc.extracted_place == "DORVAN"


def test_a_local_office_keeps_the_paragraphs_place() -> None:
    loc = _at(_RESIGN, "Prime Minister Ostrov", "stepped", _resign_places(), "DORVAN")
    assert loc is not None and loc.extracted_place == "Belka"


def test_without_a_dateline_a_national_decision_is_at_the_capital_the_story_names() -> None:
    text = ("Protests spread to Belka and Oskavo on Monday, and crowds gathered in Dorvan. Police fired tear gas at "
            "crowds in Belka. President Ostrov dissolved parliament on Tuesday.")
    places = _resign_places(text, dl=False) + [place(text, "Dorvan", "KES", 4, "PPLC")]
    loc = _at(text, "President Ostrov", "dissolved", places, None)
    assert loc is not None and loc.extracted_place == "Dorvan"


def test_without_a_dateline_or_capital_a_national_decision_is_at_the_country() -> None:
    text = ("Protests spread to Belka and Oskavo on Monday. Police fired in Belka. "
            "President Ostrov dissolved parliament.")
    country = Place(0, 0, "Kestria", "Kestria", 77, 2.0, 2.0, "KES", "PCLI", None, 1)
    loc = _at(text, "President Ostrov", "dissolved", _resign_places(text, dl=False), None,
              countries={"KES": country})
    assert loc is not None and loc.resolution == 1 and loc.country_code == "KES"


def test_a_national_decision_in_a_story_abroad_is_not_at_the_dateline() -> None:
    text = ("ALTBERG, Ostria (Wire) - Protests spread to Belka and Oskavo in Kestria on Monday. Police fired in Belka. "
            "President Ostrov declared a state of emergency on Tuesday.")
    places = [place(text, "ALTBERG", "OST", 4, "PPLC"), place(text, "Ostria", "OST", 1, "PCLI"),
              place(text, "Belka", "KES", 4), place(text, "Oskavo", "KES", 4), place(text, "Kestria", "KES", 1, "PCLI"),
              place(text, "Belka", "KES", 4, nth=1)]
    country = Place(0, 0, "Kestria", "Kestria", 77, 2.0, 2.0, "KES", "PCLI", None, 1)
    loc = _at(text, "President Ostrov", "declared", places, "ALTBERG", countries={"KES": country})
    assert loc is not None and loc.country_code == "KES" and loc.extracted_place != "Belka"


# -- statements by agencies ------------------------------------------------------------------------------------

_AGENCY = ("JORVIK, Kestria (Wire) - Fighting between rival militias in Malvo forced thousands to flee on Monday. "
           "UNICEF warned that children were at risk of disease. Local officials said the clinic had closed.\n\n"
           "The World Food Programme said food stocks would run out within two weeks.")


def _agency_places() -> list[Place]:
    t = _AGENCY
    return [place(t, "JORVIK", "KES", 4, "PPLC"), place(t, "Kestria", "KES", 1, "PCLI"), place(t, "Malvo", "KES", 4)]


def test_an_agency_statement_in_the_field_paragraph_is_at_the_dateline() -> None:
    loc = _at(_AGENCY, "UNICEF warned", "warned", _agency_places(), "JORVIK", verbal=True)
    assert loc is not None and loc.extracted_place == "JORVIK"


def test_an_agency_statement_in_a_later_paragraph_is_at_the_dateline() -> None:
    loc = _at(_AGENCY, "The World Food Programme", "said", _agency_places(), "JORVIK", verbal=True)
    assert loc is not None and loc.extracted_place == "JORVIK"


def test_local_officials_keep_the_field_place() -> None:
    loc = _at(_AGENCY, "Local officials", "said", _agency_places(), "JORVIK", verbal=True)
    assert loc is not None and loc.extracted_place == "Malvo"


# -- a place read far from its reference point ---------------------------------------------------------------------

_VILLAGE = ("TARVO, Kestria (Wire) - Fighters raided the village of Kwali Ngaro, some 25 kilometres east of Dambel, on "
            "Friday.\n\nTroops clashed with rebels in Osk, 30 km north of Belka, on Saturday.\n\n"
            "Gunmen killed three farmers in a village 20 km south of Marvo.")


def _village_places(gid_of_village: int | None = None, village_at: tuple[float, float] = (3.0, 3.0)) -> list[Place]:
    t = _VILLAGE
    dambel = _point(place(t, "Dambel", "KES", 4), 1.0, 1.0, gid=500)
    # the gazetteer reads the unknown village as a namesake of part of its name, about 300 km away
    village = _point(place(t, "Kwali Ngaro", "KES", 4), *village_at, resolved="Ngaro",
                     gid=gid_of_village if gid_of_village is not None else 501)
    return [place(t, "TARVO", "KES", 4, "PPLC"), place(t, "Kestria", "KES", 1, "PCLI"), village, dambel,
            _point(place(t, "Osk", "KES", 4), 5.0, 5.0), _point(place(t, "Belka", "KES", 4), 1.0, 1.0),
            place(t, "Marvo", "KES", 4)]


def test_a_village_read_far_from_its_reference_point_is_placed_at_the_point() -> None:
    loc = _at(_VILLAGE, "Fighters raided", "raided", _village_places(), "TARVO")
    assert loc is not None and loc.resolved_place == "Dambel" and loc.resolution == 3
    assert loc.extracted_place == "Kwali Ngaro"


def test_a_village_put_at_its_reference_point_gets_the_approximate_level() -> None:
    places = _village_places(gid_of_village=500, village_at=(1.0, 1.0))
    loc = _at(_VILLAGE, "Fighters raided", "raided", places, "TARVO")
    assert loc is not None and loc.geonameid == 500 and loc.resolution == 3


def test_a_village_read_near_its_reference_point_keeps_its_reading() -> None:
    places = _village_places(village_at=(1.1, 1.1))
    loc = _at(_VILLAGE, "Fighters raided", "raided", places, "TARVO")
    assert loc is not None and loc.resolved_place == "Ngaro" and loc.resolution == 4


def test_a_town_read_under_its_own_name_keeps_it_whatever_the_distance() -> None:
    loc = _at(_VILLAGE, "Troops clashed", "clashed", _village_places(), "TARVO")
    assert loc is not None and loc.extracted_place == "Osk" and loc.resolution == 4


def test_an_event_placed_only_by_a_distance_from_a_town_is_approximate() -> None:
    loc = _at(_VILLAGE, "Gunmen killed", "killed", _village_places(), "TARVO")
    assert loc is not None and loc.extracted_place == "Marvo" and loc.resolution == 3


def test_odd_distances_do_not_break_the_limit() -> None:
    for phrase, want in ((", 30 km north of ", 85.0), (", some 20 miles west of ", 20 * 1.609 * 1.5 + 40),
                         (", north of ", None), (", 1,5 km north of ", 15 * 1.5 + 40), (", 2.5.1 km east of ", None)):
        m = _REFERENCE_AFTER.fullmatch(phrase)
        assert m is not None
        got = _anchor_limit_km(m)
        assert (got is None and want is None) or (got is not None and want is not None and abs(got - want) < 0.01)


# -- where a source speaks from -------------------------------------------------------------------------------------

def test_where_a_source_speaks_from_by_phone_locates_nothing() -> None:
    text = ("MOGAR (Wire) - Militants ambushed a convoy near Burka on Tuesday.\n\nTwo soldiers were killed, a military "
            "officer told the agency by phone from Baido.")
    places = [place(text, "MOGAR", "KES", 4, "PPLC"), place(text, "Burka", "KES", 4), place(text, "Baido", "KES", 4)]
    loc = _at(text, "Two soldiers", "killed", places, "MOGAR")
    assert loc is not None and loc.extracted_place == "Burka"


def test_an_agency_written_as_an_acronym_that_reads_as_who_is_still_the_speaker() -> None:
    # (the agency briefs where the reporter is, here abroad: "GENEVA - ... in Hodeidah ... The WHO condemned")
    text = ("ALTBERG, Ostria (Wire) - Fighting in Malvo forced thousands to flee on Monday.\n\n"
            "Jets struck a depot in Malvo port. The WHO condemned the strike.")
    places = [place(text, "ALTBERG", "OST", 4), place(text, "Ostria", "OST", 1, "PCLI"),
              place(text, "Malvo", "KES", 4), place(text, "Malvo", "KES", 4, nth=1)]
    loc = _at(text, "The WHO", "condemned", places, "ALTBERG", verbal=True)
    assert loc is not None and loc.extracted_place == "ALTBERG"


def test_a_relative_clause_after_the_office_does_not_hide_it() -> None:
    text = ("DORVAN, Kestria (Wire) - Protests spread to Belka on Monday. Police fired tear gas at crowds in Belka. "
            "President Ostrov, who took office in May, resigned on Tuesday.")
    places = [place(text, "DORVAN", "KES", 4, "PPLC"), place(text, "Kestria", "KES", 1, "PCLI"),
              place(text, "Belka", "KES", 4), place(text, "Belka", "KES", 4, nth=1)]
    loc = _at(text, "President Ostrov", "resigned", places, "DORVAN")
    assert loc is not None and loc.extracted_place == "DORVAN"
