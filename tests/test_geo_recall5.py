"""Gazetteer-only recognition, session 5: names the gazetteer lacks in a strong place slot ("in Quarrendon",
"at the Feis Varra in Marbury"), other occurrences of names a place slot confirmed ("the Nelson office"), and
a big city joined to another name by a hyphen ("Marbury-Santeville"). Each rule with invented names on a
small in-memory gazetteer, and guards for what must stay out."""
from __future__ import annotations

import re

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import Mention, slot_mentions
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences

RECORDS = [
    GazRecord(1, 1, "Norland", 20.0, 20.0, "NRL", "PCLI", 50_000_000, resolution=1),
    GazRecord(2, 2, "Belmor", 18.0, 22.0, "NRL", "ADM1", 2_000_000, "Belmor", 2, resolution=2),
    GazRecord(3, 3, "Marbury", 18.2, 22.1, "NRL", "PPL", 900_000, "Belmor", 2, resolution=4),
    GazRecord(4, 4, "Santeville", 18.5, 21.5, "NRL", "PPL", 300_000, "Belmor", 2, resolution=4),
    # a stoplisted name (data/geo/stoplist.txt) that is a small town of the story's province
    GazRecord(5, 5, "Nelson", 18.3, 21.9, "NRL", "PPL", 10_000, "Belmor", 2, resolution=4),
    GazRecord(6, 6, "Castlegar", 18.4, 21.7, "NRL", "PPL", 8_000, "Belmor", 2, resolution=4),
]


def _places(text: str, ents: list[tuple[int, int, str]] | None = None) -> list[Place]:
    parser = GeoParser(InMemoryGazetteer(RECORDS), weights=WEIGHTS)
    sents = full_stop_sentences(text)
    parsed = {s.sequence for s in sents} if ents is not None else set()
    return parser.places(Article("a1", text), sents, ents or [], parsed)


def _names(text: str) -> list[str]:
    return [p.text for p in _places(text)]


def _at(text: str, name: str) -> list[str | None]:
    return [p.resolved_place for p in _places(text) if p.text == name]


def _known(name: str) -> bool:
    return bool(InMemoryGazetteer(RECORDS).lookup(name))


# --- names the gazetteer lacks in a strong place slot


def test_unknown_name_after_in_or_near_is_a_place_of_the_story() -> None:
    text = "The pair moved to Marbury in 1956. Beryl worked as a machinist in Quarrendon for years."
    assert _at(text, "Quarrendon") == ["Marbury"]
    text = "Floods hit Santeville on Monday. Farms near Oskarby Vale were under water."
    assert _at(text, "Oskarby Vale") == ["Santeville"]
    text = "Noma lived in Marbury. She has now moved back to Tembeni where her sister lives."
    assert _at(text, "Tembeni") == ["Marbury"]


def test_unknown_name_goes_to_the_place_written_after_it() -> None:
    # the city right after it, not the story's other city
    text = "Prices rose in Santeville. A market in Dorrowby, Marbury was closed on Friday."
    assert _at(text, "Dorrowby") == ["Marbury"]


def test_after_at_only_with_its_host_written_next() -> None:
    text = "In April he played at the Feis Varra in Marbury and won. He lives in Santeville."
    assert _at(text, "Feis Varra") == ["Marbury"]
    text = "He runs a studio at the family home at Rathkeel, near Marbury."
    assert _at(text, "Rathkeel") == ["Marbury"]
    # "at X" alone names firms and venues as often as places
    text = "She works at Fenwright and lives in Marbury."
    assert "Fenwright" not in _names(text)


def test_no_place_of_the_story_no_placement() -> None:
    assert _names("Beryl worked as a machinist in Quarrendon for years.") == []


def test_non_places_in_a_place_slot_stay_out() -> None:
    base = "Officials in Marbury spoke. "
    for phrase, name in (("They met in March", "March"), ("Riots broke out in Dravik's cabinet", "Dravik's"),
                         ("She wrote for Dignity in Dying", "Dying"), ("He holds a BA in Divinity", "Divinity"),
                         ("The bill passed in Parliament", "Parliament"),
                         ("Pupils in Forms One and Two fell ill", "Forms One"),
                         ("Talks at Tollan University in Marbury", "Tollan University"),
                         ("The powder was paid for in BitCoin", "Bit"),
                         ("The prize went to a girl in Tembeni, Santeville said", "Tembeni")):
        assert name not in _names(base + phrase + " today."), phrase


def test_a_name_the_story_uses_for_a_person_or_a_common_noun_stays_out() -> None:
    assert "Kessler" not in _names("Officials in Marbury met in Kessler. Kessler said the talks failed.")
    assert "Kessler" not in _names("Officials in Marbury met in Kessler. Mr Kessler left early.")
    assert "Kessler" not in _names("Officials in Marbury met in Kessler. Anna Kessler left early.")
    assert "Rehab" not in _names("Officials in Marbury opened branches in Rehab. The rehab centre is new.")
    # ... while a name used only as a place is taken
    assert "Kessler" in _names("Officials in Marbury met in Kessler. The Kessler talks failed.")


def test_known_names_and_spacy_entities_are_left_to_the_other_rules() -> None:
    text = "Officials met in Santeville and in Gorvane."
    found = [Mention(0, 9, "Officials", "gaz")]
    assert [m.text for m in slot_mentions(text, found, _known)] == ["Gorvane"]
    s = text.index("Gorvane")
    assert slot_mentions(text, found, _known, [(s, s + 7)]) == []
    text = "Officials in Marbury met in Gorvane Brothers Holdings yesterday."
    assert "Gorvane" not in " ".join(_names(text))


def test_spacy_person_span_blocks_the_slot() -> None:
    text = "Officials in Marbury said the prize went to a man in Kessler Hart today."
    s = text.index("Kessler Hart")
    assert "Kessler Hart" in _names(text)
    assert "Kessler Hart" not in [p.text for p in _places(text, [(s, s + 12, "PERSON")])]


# --- names a place slot confirmed are places at their other occurrences


def test_other_mentions_of_a_confirmed_name_are_places() -> None:
    text = ("Nelson residents will find it easier to get permits. Instead of driving to Castlegar, people will "
            "visit the Nelson office. The office in Nelson opens today, said the MLA for Nelson-Kaslo. The "
            "Kaslo-Nelson road is open.")
    places = [(p.text, p.start) for p in _places(text) if p.text == "Nelson"]
    assert [start for _, start in places] == [m.start() for m in re.finditer("Nelson", text)]
    text = "Noma lived in Marbury. She moved back to Tembeni. The Tembeni clinic reopened."
    assert [p.resolved_place for p in _places(text) if p.text == "Tembeni"] == ["Marbury", "Marbury"]


def test_confirmed_name_guards() -> None:
    # a person's name elsewhere in the story, or a capitalised word after it, keeps it a person
    text = "Instead of driving to Castlegar, people will go to the office in Nelson. Nelson said it was good."
    assert [p.start for p in _places(text) if p.text == "Nelson"] == [text.index("in Nelson") + 3]
    text = "Instead of driving to Castlegar, people will go to the office in Nelson. Nelson Mandela Day is on."
    assert [p.start for p in _places(text) if p.text == "Nelson"] == [text.index("in Nelson") + 3]


# --- a big city joined to another name by a hyphen


def test_second_big_city_of_a_hyphenated_pair() -> None:
    text = "Airlines added seats on the Marbury-Santeville route."
    assert _names(text) == ["Marbury", "Santeville"]
    # a party's letter is no name: "R-Santeville" stays out
    assert "Santeville" not in _names("Sen. Ann Lee, R-Santeville, voted no.")


def test_a_country_name_the_automaton_leaves_out_is_not_repeated() -> None:
    # "Saudi" (a name the automaton does not hold) is taken in a place's slot, but "Saudi authorities" is an
    # adjective: country names left out of the automaton are people or adjectives as often
    records = RECORDS + [GazRecord(7, 7, "Saudi Arabia", 24.0, 45.0, "SAU", "PCLI", 30_000_000, resolution=1),
                         GazRecord(8, 8, "Mecca", 21.4, 39.8, "SAU", "PPL", 1_500_000, "Makkah", 9, resolution=4)]
    parser = GeoParser(InMemoryGazetteer(records, {7: [("Saudi", KIND_ALTERNATE)]}), weights=WEIGHTS)
    text = "Pilgrims flock to Mecca every year, and many stay in Saudi for weeks. Saudi authorities are worried."
    places = parser.places(Article("a1", text), full_stop_sentences(text), [], set())
    assert [p.start for p in places if p.text == "Saudi"] == [text.index("in Saudi") + 3]
