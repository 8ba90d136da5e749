"""Event location, session 26 (WL37).

- ", Kyvo said", "according to Kyvo", "Moscor said Ukrano drones struck ...": a capital written as the speaker of the
  deed the sentence reports stands for its government; the deed is placed in that country (the span kept), never at
  the capital; the capital's own word ("Kyvo said it would ...") stays there.
- "police told the Jakarto Post": a city naming an outlet cited as the source is no place of the deed.
- "Gunmen killed 12 villagers, a police spokesman in Maidu said": a deed nothing else places is in its source's
  country, not at the source's town.
- "District of Massa, No. 18-cr-10083": "No." before a number is no place (Nord's abbreviation); "said Van Boxtel",
  "Van Hollen said": a surname particle before a surname is no place ("in Van", "Van Province" are).
- "Sudo's army and the rebels agreed to a truce brokered by Saudo and the Unito": a deal with no venue and only
  mediators named is in its parties' one country (`parties_country`); two countries' parties give no place.

Made-up names; places for event location are given by hand (story_parts.place)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_DEMONYM, GazRecord, InMemoryGazetteer
from newsevents.geo.locate import _speaking_capital, event_location, parties_country
from newsevents.geo.recognize import Mention, numbering_word, surname_particle
from newsevents.records import Article, Place
from newsevents.segment import split_sentences

from story_parts import located, place, trigger




def _capital(text: str, name: str, cc: str) -> Place:
    return replace(place(text, name, cc, 4, "PPLC"), lat=50.45, lon=30.52)


# -- a speaking capital is its government, not the deed's place ----------------------------------------------------

@pytest.mark.parametrize("text, trig", [
    ("Ukrano and Russo exchanged 150 prisoners of war each on Friday, Kyvo said.", "exchanged"),
    ("Russo forces pushed back from two villages in the south, according to Kyvo.", "pushed"),
    ("Drones struck an oil depot overnight, setting it ablaze, Kyvo said on Sunday.", "struck"),
    ("Kyvo said drones struck an oil depot overnight, setting it ablaze.", "struck"),
    ("Drones struck an oil depot overnight, Kyvo later told reporters.", "struck"),
])
def test_a_speaking_capital_places_the_deed_in_its_country(text: str, trig: str) -> None:
    loc = located(text, trig, [_capital(text, "Kyvo", "UKX")])
    assert loc is not None and loc.country_code == "UKX" and loc.resolution == 1
    assert loc.extracted_place == "Kyvo"  # (the span written stays the one read)


@pytest.mark.parametrize("text, country", [
    ("Moscor's defence ministry said drones struck an oil depot overnight.", True),
    ("Drones struck an oil depot overnight, Moscor's defence ministry said.", True),
    # a city's own office speaks of the city
    ("Moscor's mayor said drones struck a building overnight.", False),
])
def test_a_capitals_national_body_speaks_for_the_country(text: str, country: bool) -> None:
    loc = located(text, "struck", [_capital(text, "Moscor", "RUX")])
    assert loc is not None and (loc.resolution == 1) is country


def test_the_deeds_own_place_wins_over_the_speakers_country() -> None:
    text = "Russo forces shelled a hospital in Kherso on Saturday, killing two nurses, Kyvo said."
    loc = located(text, "shelled", [place(text, "Kherso", "UKX", 4), _capital(text, "Kyvo", "UKX")])
    assert loc is not None and loc.extracted_place == "Kherso"


@pytest.mark.parametrize("text, trig, speaks", [
    # the capital's own word is said there
    ("Kyvo said on Friday it would retaliate.", "said", False),
    ("Kyvo said it would retaliate.", "retaliate", False),
    # the capital's own deed ("said it had suspended": a decision taken at home)
    ("Kyvo said it had suspended a joint exercise.", "suspended", False),
    ("Kyvo said on Monday that its troops struck an oil depot.", "struck", False),
    # a capital that is the scene
    ("Drones struck an oil depot in Kyvo overnight, officials said.", "struck", False),
    ("Drones struck an oil depot near Kyvo, officials said.", "struck", False),
    # a town, not a capital, keeps its reading (a city council speaks for the city)
    ("Drones struck an oil depot overnight, Kyvo said.", "struck", True),
])
def test_only_a_capital_as_the_reports_speaker(text: str, trig: str, speaks: bool) -> None:
    s = split_sentences(text)[0]
    t = trigger(text, trig)
    p = _capital(text, "Kyvo", "UKX")
    assert _speaking_capital(text, s, p, t, stated=trig in ("said", "retaliate")) is speaks
    assert not _speaking_capital(text, s, replace(p, feature_code="PPL"), t, stated=False)


def test_a_town_listed_before_a_speaking_capital_stays_the_scene() -> None:
    # ("in Gazo City, Jeruso said": the speaker is no area of the town before it, so the town is not contradicted)
    text = "Fighters attacked troops in Gazo City, Jeruso said."
    loc = located(text, "attacked", [place(text, "Gazo City", "PSX", 4), _capital(text, "Jeruso", "ISX")])
    assert loc is not None and loc.extracted_place == "Gazo City"


def test_a_capital_that_speaks_of_itself_is_the_scene() -> None:
    text = "Kyvo said on Sunday that missiles hit the capital overnight, killing three people."
    loc = located(text, "hit", [_capital(text, "Kyvo", "UKX")])
    assert loc is not None and loc.extracted_place == "Kyvo" and loc.resolution == 4


def test_a_capitals_own_word_stays_at_the_capital() -> None:
    text = "Kyvo said on Friday it would retaliate."
    loc = located(text, "said", [_capital(text, "Kyvo", "UKX")])
    assert loc is not None and loc.resolution == 4


def test_a_speaking_capital_without_a_country_record_is_no_place() -> None:
    text = "Drones struck an oil depot overnight, Kyvo said."
    s = split_sentences(text)[0]
    loc = event_location(Article("a", text), s, trigger(text, "struck"), [_capital(text, "Kyvo", "UKX")],
                         country_place=lambda cc: None)
    assert loc is None


@pytest.mark.parametrize("text, trig, name", [
    ("Gunmen killed 12 villagers overnight, a police spokesman in Maidu said.", "killed", "Maidu"),
    ("Rebels seized two villages, a military source in Bamo told reporters.", "seized", "Bamo"),
    ("Soldiers killed five militants, the army said in a statement from Islo.", "killed", "Islo"),
])
def test_a_deed_placed_only_by_its_sources_town_is_in_that_country(text: str, trig: str, name: str) -> None:
    loc = located(text, trig, [place(text, name, "NGX", 4)])
    assert loc is not None and loc.country_code == "NGX" and loc.resolution == 1 and loc.extracted_place == name


def test_a_sources_town_never_beats_the_deeds_place() -> None:
    text = "Gunmen killed 12 villagers in Gwozo, a police spokesman in Maidu said."
    loc = located(text, "killed", [place(text, "Gwozo", "NGX", 4), place(text, "Maidu", "NGX", 4)])
    assert loc is not None and loc.extracted_place == "Gwozo"


# -- an outlet's city ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen abducted 20 passengers from a bus on Sunday, police told the Jakarto Post.",
    "Gunmen abducted 20 passengers from a bus on Sunday, the Jakarto Times reported.",
])
def test_an_outlets_city_is_no_place_of_the_deed(text: str) -> None:
    assert located(text, "abducted", [place(text, "Jakarto", "IDX", 4, "PPLC")]) is None


@pytest.mark.parametrize("text, trig", [
    ("The envelope was opened at the Midlo Daily News offices on Monday.", "opened"),  # the paper's office
    ("The Midlo Daily News office was evacuated. Police reopened it on Tuesday.", "reopened"),  # another sentence
])
def test_an_outlet_that_is_no_source_keeps_its_city(text: str, trig: str) -> None:
    # (read as any other firm of the town would be)
    plain = text.replace("Midlo Daily News", "Midlo Bakery Shop")
    assert located(text, trig, [place(text, "Midlo", "USX", 4)]) == located(plain, trig, [place(plain, "Midlo", "USX", 4)])


def test_an_outlets_city_gives_way_to_the_deeds_place() -> None:
    text = "Gunmen abducted 20 passengers in Papo on Sunday, police told the Jakarto Post."
    loc = located(text, "abducted", [place(text, "Papo", "IDX", 2, "ADM1"), place(text, "Jakarto", "IDX", 4, "PPLC")])
    assert loc is not None and loc.extracted_place == "Papo"


# -- a deal's parties' country ---------------------------------------------------------------------------------------

_NAMED = {"Sudo": "SDX", "Sudonese": "SDX", "Armeno": "ARX", "Azero": "AZX", "Saudo": "SAX"}


def _parties(text: str, trig: str) -> tuple[str, int, int] | None:
    return parties_country(text, split_sentences(text)[0], trigger(text, trig), _NAMED.get)


@pytest.mark.parametrize("text, trig", [
    ("Sudo's army and the rebels agreed to a truce brokered by Saudo and the Unito.", "agreed"),
    ("The Sudonese army and rebel negotiators signed a ceasefire mediated by Saudo.", "signed"),
    ("Sudo's government and the rebels exchanged 900 prisoners under a deal mediated by Omano.", "exchanged"),
])
def test_a_deal_of_one_countrys_parties_is_in_that_country(text: str, trig: str) -> None:
    got = _parties(text, trig)
    assert got is not None and got[0] == "SDX" and text[got[1]:got[2]] in ("Sudo", "Sudonese")


@pytest.mark.parametrize("text, trig", [
    ("Armeno and Azero agreed to open border crossings under a deal brokered by the Unito.", "agreed"),  # two
    ("The rebels agreed to a truce brokered by Saudo.", "agreed"),  # only a mediator after the trigger
    ("Sudo's army attacked rebel positions.", "attacked"),  # no deal
    ("", "agreed"),
])
def test_no_parties_country(text: str, trig: str) -> None:
    if not text:
        assert parties_country(text, split_sentences("x.")[0], None, _NAMED.get) is None
        return
    assert _parties(text, trig) is None


RECORDS = [
    GazRecord(1, 1, "Sudo", 15.0, 31.0, "SDX", "PCLI", 40_000_000, resolution=1),
    GazRecord(2, 2, "Saudo", 24.0, 45.0, "SAX", "PCLI", 30_000_000, resolution=1),
    GazRecord(3, 3, "Unito", 39.0, -98.0, "USX", "PCLI", 300_000_000, resolution=1),
]
NAMES = {1: [("Sudonese", KIND_DEMONYM)]}


def _gp() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


def test_a_deal_with_only_mediators_is_in_its_parties_country_e2e() -> None:
    text = "The Sudonese army and the rebels agreed on Saturday to a truce brokered by Saudo and the Unito."
    s = split_sentences(text)[0]
    places = [place(text, "Saudo", "SAX", 1, "PCLI"), place(text, "Unito", "USX", 1, "PCLI")]
    loc = _gp().event_location(Article("a", text), s, trigger(text, "agreed"), places, verbal=True)
    assert loc is not None and loc.country_code == "SDX" and loc.resolution == 1
    assert loc.extracted_place == "Sudonese"


def test_a_deal_with_a_venue_keeps_it_e2e() -> None:
    text = "The Sudonese army and the rebels agreed in Jeddo on Saturday to a truce brokered by Saudo."
    s = split_sentences(text)[0]
    places = [place(text, "Jeddo", "SAX", 4), place(text, "Saudo", "SAX", 1, "PCLI")]
    loc = _gp().event_location(Article("a", text), s, trigger(text, "agreed"), places, verbal=True)
    assert loc is not None and loc.extracted_place == "Jeddo"


# -- recognition: numbering words and surname particles ----------------------------------------------------------------

def _m(text: str, name: str) -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), name, "gaz")


@pytest.mark.parametrize("text, name, numbering", [
    ("U.S. District Court, District of Massa, No. 18-cr-10083.", "No.", True),
    ("the case, No.17-2231, was filed", "No.", True),
    ("Vol. 3 of the report", "Vol.", True),
    ("No. The answer was no.", "No.", False),  # (no number after it)
    ("Rockingham, No. 5 Road", "Rockingham", False),
])
def test_a_numbering_word_before_a_number_is_no_place(text: str, name: str, numbering: bool) -> None:
    assert numbering_word(text, _m(text, name)) is numbering


@pytest.mark.parametrize("text, particle", [
    ("'Airlines are also exempt,' said Van Boxtel on Monday.", True),
    ("Van Hollen said the bill would pass.", True),
    ("The keeper, Van der Sar, said.", True),
    ("Protesters gathered in Van on Sunday.", False),
    ("Fighting in Van Province killed two.", False),
    ("Van Police said two were held.", False),
    ("Van, a city in eastern Turkey, was hit.", False),
    ("Van\u00e7a was hit.", False),
])
def test_a_surname_particle_before_a_surname_is_no_place(text: str, particle: bool) -> None:
    assert surname_particle(text, _m(text, "Van")) is particle


def test_a_surname_particle_e2e() -> None:
    records = [GazRecord(1, 1, "Van", 38.5, 43.4, "TRX", "PPL", 350_000, resolution=4)]
    gp = GeoParser(InMemoryGazetteer(records), WEIGHTS, ner_plus_gazetteer=False)
    for text, want in (("Airlines are exempt, said Van Boxtel on Monday.", []),
                       ("Protesters gathered in Van on Sunday.", ["Van"])):
        got = gp.places(Article("a", text), split_sentences(text), [], set())
        assert [p.text for p in got] == want
