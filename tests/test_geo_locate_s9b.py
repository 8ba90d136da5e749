"""Event location in whole stories, round 2 (session 9, W13, issue 4): a speaker named by the dateline's country
speaks at home even when the lead is abroad; a local office or another area's speaker keeps the lead; a speaker's
seat told in a relative clause; a paragraph that opens on its scene ("In X,") holds its deeds there. Sentences of
our own; places are given by hand (story_parts.place), no gazetteer."""
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


def _demonym(word: str) -> str | None:
    return {"Latvian": "LVA", "Belarusian": "BLR", "Kenyan": "KEN"}.get(word)


# -- a speaker of the dateline's country under a lead abroad --------------------------------------------------------

_DRONE = ("RIGA (Wire) - A military drone crashed in a forest in Belarus near the Latvian border on Friday, "
          "witnesses said.\n\n"
          "Latvia's defence minister condemned the incursion.\n\n"
          "The Latvian prime minister warned that the army was ready.\n\n"
          "Belarus's foreign ministry denied any incursion.\n\n"
          "Rescue teams searched the wreckage.")


def _drone_places() -> list[Place]:
    return [place(_DRONE, "RIGA", "LVA", 4, "PPLC", province="Riga"), place(_DRONE, "Belarus", "BLR", 1, "PCLI"),
            place(_DRONE, "Latvia", "LVA", 1, "PCLI", nth=1), place(_DRONE, "Belarus", "BLR", 1, "PCLI", nth=1)]


def test_a_speaker_named_by_the_dateline_country_speaks_at_home() -> None:
    loc = _at(_DRONE, "Latvia's defence minister", "condemned", _drone_places(), "RIGA", demonym=_demonym)
    assert loc is not None and loc.extracted_place == "RIGA"


def test_a_speaker_named_by_the_dateline_demonym_speaks_at_home() -> None:
    loc = _at(_DRONE, "The Latvian prime minister", "warned", _drone_places(), "RIGA", demonym=_demonym)
    assert loc is not None and loc.extracted_place == "RIGA"


def test_a_speaker_of_the_lead_country_keeps_the_lead() -> None:
    loc = _at(_DRONE, "Belarus's foreign ministry", "denied", _drone_places(), "RIGA", demonym=_demonym)
    assert loc is not None and loc.country_code == "BLR"


def test_a_deed_with_no_place_keeps_the_lead_abroad() -> None:
    loc = _at(_DRONE, "Rescue teams searched", "searched", _drone_places(), "RIGA", demonym=_demonym)
    assert loc is not None and loc.country_code == "BLR"


# -- a local office speaks for its area ------------------------------------------------------------------------------

_FLOOD = ("LAGOS (Wire) - Floodwaters swept away a bridge in the town of Bakori on Sunday, police said.\n\n"
          "Governor Musa Adamu condemned the delay in repairs.\n\n"
          "The information minister condemned the delay as well.")


def _flood_places() -> list[Place]:
    return [place(_FLOOD, "LAGOS", "NGA", 4, "PPLA", province="Lagos"),
            place(_FLOOD, "Bakori", "NGA", 4, province="Katsina")]


def test_a_governor_speaks_where_the_lead_is_not_at_a_dateline_in_another_state() -> None:
    loc = _at(_FLOOD, "Governor Musa Adamu", "condemned", _flood_places(), "LAGOS")
    assert loc is not None and loc.extracted_place == "Bakori"


def test_a_national_speaker_still_speaks_at_the_dateline() -> None:
    loc = _at(_FLOOD, "The information minister", "condemned", _flood_places(), "LAGOS")
    assert loc is not None and loc.extracted_place == "LAGOS"


# -- a speaker's seat in a relative clause ---------------------------------------------------------------------------

_SEAT = ("CAIRO (Wire) - Fighting spread to the outskirts of Kadugli on Monday, residents said.\n\n"
         "The rival administration, which is based in Nyala, rejected the truce plan.\n\n"
         "The movement, which lost Babanusa last year, rejected the plan too.")


def _seat_places() -> list[Place]:
    return [place(_SEAT, "CAIRO", "EGY", 4, "PPLC"), place(_SEAT, "Kadugli", "SDN", 4),
            place(_SEAT, "Nyala", "SDN", 4), place(_SEAT, "Babanusa", "SDN", 4)]


def test_a_seat_told_in_a_relative_clause_is_where_the_speaker_speaks() -> None:
    loc = _at(_SEAT, "The rival administration", "rejected", _seat_places(), "CAIRO")
    assert loc is not None and loc.extracted_place == "Nyala"


def test_a_past_deed_in_a_relative_clause_is_no_seat() -> None:
    loc = _at(_SEAT, "The movement, which lost", "rejected", _seat_places(), "CAIRO")
    assert loc is not None and loc.extracted_place == "Kadugli"


# -- a paragraph that opens on its scene -----------------------------------------------------------------------------

_SCENE = ("NAIROBI (Wire) - Regional leaders met in Nairobi on Monday to discuss the war in South Sudan.\n\n"
          "In Juba, hundreds of people queued for fuel. The World Food Programme said it had suspended deliveries.\n\n"
          "In Juba, shops stayed shut. The Kenyan army said a convoy was attacked.\n\n"
          "In Juba, traders were angry. The opposition condemned the shortages.")


def _scene_places() -> list[Place]:
    return [place(_SCENE, "NAIROBI", "KEN", 4, "PPLC"), place(_SCENE, "Nairobi", "KEN", 4, "PPLC"),
            place(_SCENE, "South Sudan", "SSD", 1, "PCLI")] + [place(_SCENE, "Juba", "SSD", 4, "PPLC", nth=k)
                                                               for k in range(3)]


def test_a_deed_in_a_paragraph_opened_by_its_scene_is_there() -> None:
    loc = _at(_SCENE, "The World Food Programme", "suspended", _scene_places(), "NAIROBI")
    assert loc is not None and loc.extracted_place == "Juba"


def test_another_country_s_party_does_not_take_the_scene() -> None:
    loc = _at(_SCENE, "The Kenyan army said", "attacked", _scene_places(), "NAIROBI", demonym=_demonym)
    assert loc is not None and loc.country_code == "KEN"


def test_a_statement_after_a_scene_abroad_keeps_the_story_place() -> None:
    loc = _at(_SCENE, "The opposition condemned", "condemned", _scene_places(), "NAIROBI")
    assert loc is not None and loc.country_code == "KEN"


# -- a possessive owner after a statement is its topic ---------------------------------------------------------------

_OWNER = ("BERLIN (Wire) - Police raided flats in Hamburg on Tuesday and arrested four men suspected of spying.\n\n"
          "The foreign minister condemned Iran's support for the network.\n\n"
          "The minister said Germany would not tolerate Iran's threats.\n\n"
          "Officers also searched Iran's consulate in Hamburg.")


def _owner_places() -> list[Place]:
    return [place(_OWNER, "BERLIN", "DEU", 4, "PPLC"), place(_OWNER, "Hamburg", "DEU", 4),
            place(_OWNER, "Iran", "IRN", 1, "PCLI"), place(_OWNER, "Germany", "DEU", 1, "PCLI"),
            place(_OWNER, "Iran", "IRN", 1, "PCLI", nth=1), place(_OWNER, "Iran", "IRN", 1, "PCLI", nth=2),
            place(_OWNER, "Hamburg", "DEU", 4, nth=1)]


def test_a_country_owning_what_a_statement_is_about_is_not_its_place() -> None:
    loc = _at(_OWNER, "The foreign minister condemned", "condemned", _owner_places(), "BERLIN")
    assert loc is not None and loc.extracted_place == "BERLIN"


def test_a_possessive_after_said_would_is_not_its_place() -> None:
    loc = _at(_OWNER, "The minister said Germany", "tolerate", _owner_places(), "BERLIN")
    assert loc is not None and loc.country_code == "DEU"


def test_a_deed_keeps_a_located_place_after_a_possessive() -> None:
    loc = _at(_OWNER, "Officers also searched", "searched", _owner_places(), "BERLIN")
    assert loc is not None and loc.extracted_place == "Hamburg"


# -- a foreign country's firing under a lead at home -----------------------------------------------------------------

def test_a_foreign_firing_told_after_a_lead_at_home_lands_there() -> None:
    text = ("KYIV (Wire) - Russian drones struck an energy plant near Lviv overnight, officials said.\n\n"
            "Ukraine's air force said Russia had fired 30 missiles and 90 drones.")
    places = [place(text, "KYIV", "UKR", 4, "PPLC"), place(text, "Lviv", "UKR", 4),
              place(text, "Ukraine", "UKR", 1, "PCLI"), place(text, "Russia", "RUS", 1, "PCLI")]
    loc = _at(text, "Ukraine's air force said", "fired", places, "KYIV",
              demonym={"Russia": "RUS", "Russian": "RUS", "Ukraine": "UKR"}.get)
    assert loc is not None and loc.country_code == "UKR"


def test_a_launch_under_a_lead_abroad_stays_in_the_launching_country() -> None:
    text = ("SEOUL (Wire) - North Korea fired a ballistic missile off its east coast on Sunday.\n\n"
            "North Korea fired two more missiles on Monday, the military said.")
    places = [place(text, "SEOUL", "KOR", 4, "PPLC"), place(text, "North Korea", "PRK", 1, "PCLI"),
              place(text, "North Korea", "PRK", 1, "PCLI", nth=1)]
    loc = _at(text, "North Korea fired two", "fired", places, "SEOUL", demonym={"North Korea": "PRK"}.get)
    assert loc is not None and loc.country_code == "PRK"
