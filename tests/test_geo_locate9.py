"""Event-location rules from the session-6 story review (issue 4, item 4), each on sentences of its own.

Offline: places are given by hand (story_parts.place), so no gazetteer is needed."""
from __future__ import annotations

from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place, Sentence
from newsevents.segment import split_sentences
from story_parts import dateline, place, sentence, trigger, where


def _at(text: str, opening: str, trig: str, places: list[Place], dl: str, **kw: object) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places, dateline=dateline(dl),
                          **kw)  # type: ignore[arg-type]


# -- a date phrase after a place ------------------------------------------------------------------------------

def test_a_place_followed_by_next_week_is_where_not_a_modifier() -> None:
    text = "BEIRUT (Wire) - Talks stalled in Beirut on Monday. The envoy is due to visit Amman next week for talks."
    places = [place(text, "BEIRUT", "LBN", 4), place(text, "Beirut", "LBN", 4), place(text, "Amman", "JOR", 4)]
    loc = where(text, "The envoy is due to visit Amman next week for talks.", "visit", places, "BEIRUT")
    assert loc is not None and loc.extracted_place == "Amman"


def test_a_place_governing_a_verb_is_still_a_party() -> None:
    text = "BEIRUT (Wire) - Talks stalled in Beirut on Monday. The envoy said Jordan wanted more time."
    places = [place(text, "BEIRUT", "LBN", 4), place(text, "Beirut", "LBN", 4), place(text, "Jordan", "JOR", 1, "PCLI")]
    loc = where(text, "The envoy said Jordan wanted more time.", "wanted", places, "BEIRUT")
    assert loc is not None and loc.country_code == "LBN"


# -- "the X suburb of Y" ---------------------------------------------------------------------------------------

def test_the_named_suburb_beats_the_city_it_belongs_to() -> None:
    text = ("KABUL (Wire) - Gunmen killed six people in the Kabul suburb of Paghman on Sunday, police said. "
            "Four others were wounded.")
    places = [place(text, "KABUL", "AFG", 4), place(text, "Kabul", "AFG", 4), place(text, "Paghman", "AFG", 4)]
    assert _at(text, "Gunmen killed six people in the Kabul suburb of Paghman on Sunday, police said.", "killed",
               places, "KABUL").extracted_place == "Paghman"  # type: ignore[union-attr]
    # the lead's place is the suburb too
    assert _at(text, "Four others were wounded.", "wounded", places,
               "KABUL").extracted_place == "Paghman"  # type: ignore[union-attr]


def test_a_district_of_a_province_stays_the_district() -> None:
    text = "PESHAWAR (Wire) - A bomb exploded in the Swat district of Khyber Pakhtunkhwa province on Monday."
    places = [place(text, "PESHAWAR", "PAK", 4), place(text, "Swat", "PAK", 3, "ADM2"),
              place(text, "Khyber Pakhtunkhwa", "PAK", 2, "ADM1")]
    loc = _at(text, text, "exploded", places, "PESHAWAR")
    assert loc is not None and loc.extracted_place == "Swat"


# -- a parent area written after a town ----------------------------------------------------------------------

def _school(town_province: str) -> tuple[str, list[Place]]:
    text = ("KANO (Wire) - Gunmen killed nine people in Gusau on Friday. In 2020, gunmen seized 40 pupils from a "
            "school in Dansadau, also in Zamfara; they were freed a week later.")
    return text, [place(text, "KANO", "NGA", 4, province="Kano"), place(text, "Gusau", "NGA", 4, province="Zamfara"),
                  place(text, "Dansadau", "NGA", 4, province=town_province),
                  place(text, "Zamfara", "NGA", 2, "ADM1", province="Zamfara")]


def test_a_town_read_outside_the_area_written_after_it_gives_way_to_the_area() -> None:
    # an unknown town placed at the dateline city: the text says it is in Zamfara
    text, places = _school("Kano")
    loc = _at(text, "In 2020, gunmen seized 40 pupils", "seized", places, "KANO")
    assert loc is not None and loc.extracted_place == "Zamfara"


def test_a_town_inside_the_area_written_after_it_keeps_its_reading() -> None:
    text, places = _school("Zamfara")
    loc = _at(text, "In 2020, gunmen seized 40 pupils", "seized", places, "KANO")
    assert loc is not None and loc.extracted_place == "Dansadau"


# -- a relative clause about a party, before the trigger -----------------------------------------------------

def test_a_place_in_a_relative_clause_before_the_trigger_does_not_locate_the_event() -> None:
    text = ("HUSUM (Wire) - A wind energy fair opened in Husum on Tuesday. Vestas, which closed two plants in "
            "Canada last year, signed a supply deal with a Polish firm at the fair.")
    places = [place(text, "HUSUM", "DEU", 4), place(text, "Husum", "DEU", 4), place(text, "Canada", "CAN", 1, "PCLI")]
    loc = _at(text, "Vestas, which closed", "signed", places, "HUSUM")
    assert loc is not None and loc.extracted_place == "Husum"


def test_a_place_after_the_relative_clause_still_counts() -> None:
    text = ("HUSUM (Wire) - A fair opened in Husum on Tuesday. Vestas, which closed two plants last year, signed a "
            "deal in Canada.")
    places = [place(text, "HUSUM", "DEU", 4), place(text, "Husum", "DEU", 4), place(text, "Canada", "CAN", 1, "PCLI")]
    loc = _at(text, "Vestas, which closed", "signed", places, "HUSUM")
    assert loc is not None and loc.extracted_place == "Canada"


# -- a list of places ------------------------------------------------------------------------------------------

def test_an_event_over_a_list_of_districts_is_in_their_common_province() -> None:
    text = ("GUWAHATI (Wire) - Authorities in the state of Assam imposed a curfew on Monday. The curfew covers "
            "Cachar, Karimganj, Hailakandi and Dima Hasao districts.")
    places = [place(text, "GUWAHATI", "IND", 4, province="Assam"),
              place(text, "Assam", "IND", 2, "ADM1", province="Assam")]
    places += [place(text, n, "IND", 3, "ADM2", province="Assam") for n in ("Cachar", "Karimganj", "Hailakandi",
                                                                            "Dima Hasao")]
    loc = _at(text, "The curfew covers", "curfew", places, "GUWAHATI", )
    assert loc is not None and loc.extracted_place == "Assam"


def test_two_places_are_no_list_to_generalise() -> None:
    text = "GUWAHATI (Wire) - Talks opened in Assam. The curfew covers Cachar and Karimganj districts."
    places = [place(text, "GUWAHATI", "IND", 4, province="Assam"),
              place(text, "Assam", "IND", 2, "ADM1", province="Assam"),
              place(text, "Cachar", "IND", 3, "ADM2", province="Assam"),
              place(text, "Karimganj", "IND", 3, "ADM2", province="Assam")]
    loc = _at(text, "The curfew covers", "curfew", places, "GUWAHATI")
    assert loc is not None and loc.extracted_place in {"Cachar", "Karimganj"}


def test_a_list_across_provinces_keeps_its_most_specific_member() -> None:
    text = "LAGOS (Wire) - Protests were held in Lagos, Abuja and Kano on Monday."
    places = [place(text, "LAGOS", "NGA", 4, province="Lagos"), place(text, "Lagos", "NGA", 4, province="Lagos"),
              place(text, "Abuja", "NGA", 4, province="FCT"), place(text, "Kano", "NGA", 4, province="Kano"),
              place(text, "Kano", "NGA", 2, "ADM1", province="Kano")]
    loc = _at(text, text, "Protests", places, "LAGOS")
    assert loc is not None and loc.extracted_place == "Lagos" and loc.resolution == 4


# -- a deed a state does at home, reported from abroad -------------------------------------------------------

def test_a_state_hanging_people_does_so_at_home_not_at_a_foreign_dateline() -> None:
    text = "DOHA (Wire) - Iran on Tuesday hanged a man convicted of spying, state media said."
    places = [place(text, "DOHA", "QAT", 4), place(text, "Iran", "IRN", 1, "PCLI")]
    loc = _at(text, text, "convicted", places, "DOHA")
    assert loc is not None and loc.country_code == "IRN"


def test_a_state_body_named_by_its_demonym_acts_at_home() -> None:
    text = "DOHA (Wire) - Iranian authorities on Tuesday executed a man convicted of spying, state media said."
    places = [place(text, "DOHA", "QAT", 4)]
    iran = Place(0, 0, "Iran", "Iran", 98, 32.0, 53.0, "IRN", "PCLI", None, 1)
    loc = _at(text, text, "convicted", places, "DOHA", demonym=lambda w: "IRN" if w == "Iranian" else None,
              country_place=lambda cc: iran if cc == "IRN" else None)
    assert loc is not None and loc.country_code == "IRN" and loc.lat == 32.0


def test_a_signing_stays_at_the_dateline() -> None:
    text = "NAIROBI (Wire) - Ethiopia on Tuesday signed a ceasefire with the rebels, officials said."
    places = [place(text, "NAIROBI", "KEN", 4), place(text, "Ethiopia", "ETH", 1, "PCLI")]
    loc = _at(text, text, "signed", places, "NAIROBI")
    assert loc is not None and loc.extracted_place == "NAIROBI"


def test_a_hanging_at_home_keeps_the_home_dateline() -> None:
    text = "TEHRAN (Wire) - Iran on Tuesday hanged a man convicted of spying, state media said."
    places = [place(text, "TEHRAN", "IRN", 4), place(text, "Iran", "IRN", 1, "PCLI")]
    loc = _at(text, text, "convicted", places, "TEHRAN")
    assert loc is not None and loc.extracted_place == "TEHRAN"


# -- a sentence that locates nothing goes on with its paragraph --------------------------------------------

_RAID = ("JUBA (Wire) - Fighters raided a cattle camp in Jonglei state on Monday, killing 12 people. Most of "
         "the dead were herders, a local official said.\n\n"
         "Separately, a militia said it had overrun an army post near Nasir in Upper Nile state. "
         "The group said it had taken 30 soldiers prisoner.\n\n"
         "Officials said they expected more violence.")


def _raid_places() -> list[Place]:
    return [place(_RAID, "JUBA", "SSD", 4, province="Central Equatoria"),
            place(_RAID, "Jonglei", "SSD", 2, "ADM1", province="Jonglei"),
            place(_RAID, "Nasir", "SSD", 4, province="Upper Nile"),
            place(_RAID, "Upper Nile", "SSD", 2, "ADM1", province="Upper Nile")]


def test_a_sentence_without_a_place_takes_the_place_of_its_paragraph() -> None:
    loc = _at(_RAID, "The group said it had taken 30 soldiers prisoner.", "prisoner", _raid_places(), "JUBA")
    assert loc is not None and loc.extracted_place == "Nasir"


def test_a_new_paragraph_goes_back_to_the_lead() -> None:
    loc = _at(_RAID, "Officials said they expected more violence.", "violence", _raid_places(), "JUBA")
    assert loc is not None and loc.extracted_place == "Jonglei"


def test_a_paragraph_about_another_country_does_not_locate_the_next_sentence() -> None:
    text = ("BAGHDAD (Wire) - Protesters stormed an embassy in Baghdad on Thursday.\n\n"
            "On Wednesday, a man burned a Koran outside a mosque in Stockholm. Iraq expelled the ambassador later.")
    places = [place(text, "BAGHDAD", "IRQ", 4), place(text, "Baghdad", "IRQ", 4),
              place(text, "Stockholm", "SWE", 4), place(text, "Iraq", "IRQ", 1, "PCLI")]
    loc = _at(text, "Iraq expelled the ambassador later.", "expelled", places, "BAGHDAD")
    assert loc is not None and loc.country_code == "IRQ"


def test_where_a_government_sits_does_not_locate_the_next_sentence() -> None:
    text = ("NIAMEY (Wire) - Militants attacked an army post near Tillaberi on Sunday.\n\n"
            "The government in Niamey did not comment. State television said drones had struck the attackers.")
    places = [place(text, "NIAMEY", "NER", 4), place(text, "Tillaberi", "NER", 4), place(text, "Niamey", "NER", 4)]
    loc = _at(text, "State television said drones had struck", "struck", places, "NIAMEY")
    assert loc is not None and loc.extracted_place == "Tillaberi"


# -- a point at sea measured from the coast -------------------------------------------------------------------

def test_a_ship_hit_miles_off_a_port_is_in_the_sea_the_story_names() -> None:
    text = ("DUBAI (Wire) - A missile struck a cargo ship in the Gulf of Aden on Monday. The ship was about 80 "
            "nautical miles east of the port of Aden when it was hit, the agency said.")
    places = [place(text, "DUBAI", "ARE", 4), place(text, "Gulf of Aden", "", 1, "GULF"),
              place(text, "Aden", "YEM", 4, nth=1)]
    loc = _at(text, "The ship was about 80", "hit", places, "DUBAI")
    assert loc is not None and loc.extracted_place == "Gulf of Aden"


def test_a_strike_near_a_port_stays_at_the_port() -> None:
    text = ("DUBAI (Wire) - A missile struck a cargo ship in the Gulf of Aden on Monday. Hours later, aircraft "
            "struck radar sites near the port of Aden, the agency said.")
    places = [place(text, "DUBAI", "ARE", 4), place(text, "Gulf of Aden", "", 1, "GULF"),
              place(text, "Aden", "YEM", 4, nth=1)]
    loc = _at(text, "Hours later, aircraft", "struck", places, "DUBAI")
    assert loc is not None and loc.extracted_place == "Aden"


# -- what a text demands --------------------------------------------------------------------------------------

_VOTE = ("NEW YORK (Wire) - China on Tuesday vetoed a draft resolution that demanded a truce in Yemen and aid "
         "access to the city of Taiz.\n\n\"We cannot accept this text,\" the envoy said.")


def test_places_a_resolution_demands_things_for_are_not_where_the_story_is() -> None:
    places = [place(_VOTE, "NEW YORK", "USA", 4), place(_VOTE, "Yemen", "YEM", 1, "PCLI"),
              place(_VOTE, "Taiz", "YEM", 4)]
    loc = _at(_VOTE, "\"We cannot accept", "accept", places, "NEW YORK")
    assert loc is not None and loc.extracted_place == "NEW YORK"


def test_a_strike_in_a_city_is_not_a_demand() -> None:
    text = ("NEW YORK (Wire) - An airstrike hit a market in the city of Taiz on Tuesday.\n\n"
            "\"We cannot accept this,\" the envoy said.")
    places = [place(text, "NEW YORK", "USA", 4), place(text, "Taiz", "YEM", 4)]
    loc = _at(text, "\"We cannot accept", "accept", places, "NEW YORK")
    assert loc is not None and loc.extracted_place == "Taiz"


def test_sentence_helper_is_a_sentence() -> None:
    # guards the helper used above: a sentence found by its words spans exactly them
    s = sentence("A. B c.", "B c.")
    assert isinstance(s, Sentence) and (s.start, s.end) == (3, 7)


# -- the lead's first sentence narrowed by its next one ------------------------------------------------------

def _lead(first: str, second: str) -> tuple[str, list[Place]]:
    text = f"LIMA (Wire) - {first} {second}\n\nOfficials promised an inquiry."
    return text, [place(text, "LIMA", "PER", 4, province="Lima"),
                  place(text, "Puno", "PER", 2, "ADM1", province="Puno"),
                  place(text, "Juliaca", "PER", 4, province="Puno")]


def test_an_area_in_the_lead_takes_the_town_the_next_sentence_names_inside_it() -> None:
    text, places = _lead("Police clashed with miners in the southern region of Puno on Monday, killing three.",
                         "The clashes broke out in the city of Juliaca, officials said.")
    loc = _at(text, "Police clashed", "clashed", places, "LIMA")
    assert loc is not None and loc.extracted_place == "Juliaca"


def test_an_event_across_an_area_is_not_narrowed_to_one_town() -> None:
    text, places = _lead("Police clashed with miners across the southern region of Puno on Monday, killing three.",
                         "One of the clashes broke out in the city of Juliaca, officials said.")
    loc = _at(text, "Police clashed", "clashed", places, "LIMA")
    assert loc is not None and loc.extracted_place == "Puno"
