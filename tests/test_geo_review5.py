"""Geoparsing errors a second story review found (session 4, review 5): unknown places typed by the words
around them ("the village of X", "X township") placed in the area their sentence or the story names before
them rather than a city of another province; a possessive after a typed name; spellings the gazetteer
writes otherwise (a hyphen, an aspirate "h"); "the commune of X". Each rule on a small in-memory gazetteer
with invented names."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import typed_mentions
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences

RECORDS = [
    GazRecord(1, 1, "Norland", 20.0, 20.0, "NRL", "PCLI", 50_000_000, resolution=1),
    GazRecord(2, 2, "Karsa", 24.0, 19.0, "NRL", "ADM1", 3_000_000, "Karsa", 2, resolution=2),
    GazRecord(3, 3, "Belmor", 18.0, 22.0, "NRL", "ADM1", 2_000_000, "Belmor", 3, resolution=2),
    GazRecord(4, 4, "Marbury", 18.2, 22.1, "NRL", "PPL", 900_000, "Belmor", 3, resolution=4),
    GazRecord(5, 5, "Kyaukpalo", 23.5, 18.5, "NRL", "PPL", 60_000, "Karsa", 2, resolution=4),
    GazRecord(6, 6, "Santeville", 18.5, 21.5, "NRL", "PPL", 300_000, "Belmor", 3, resolution=4),
]


def _places(text: str) -> list[Place]:
    parser = GeoParser(InMemoryGazetteer(RECORDS), weights=WEIGHTS)
    return parser.places(Article("a1", text), full_stop_sentences(text), [], set())


def _where(text: str, name: str) -> tuple[str, str | None, str | None]:
    hit = [p for p in _places(text) if p.text == name]
    assert hit, f"{name} not recognised"
    return (hit[0].text, hit[0].resolved_place, hit[0].feature_code)


def test_unknown_typed_place_goes_to_the_area_its_sentence_names() -> None:
    # the city named just before (Marbury, Belmor) is in another province than the sentence's own
    text = ("Fighting went on around Marbury on Saturday. In Karsa, gunmen attacked the village of "
            "Dunmore on Sunday, residents said.")
    assert _where(text, "Dunmore") == ("Dunmore", "Karsa", "ADM1")


def test_a_city_inside_the_sentence_area_still_holds_it() -> None:
    text = "In Karsa, gunmen attacked the village of Dunmore near Kyaukpalo on Sunday."
    assert _where(text, "Dunmore")[1] == "Kyaukpalo"


def test_unknown_township_goes_to_the_area_named_before_not_a_later_city() -> None:
    text = ("Rebels in Norland captured a base in the Karsa region after a long battle. The fighters "
            "overran the base near Dunmore township on Sunday. "
            "The army responded with strikes on villages in the hills and along the river valley for days "
            "on end, residents and aid workers said, and many families fled their homes in the night. "
            "A jet bombed a school in Ardvale township on Monday. "
            "In Marbury, soldiers arrested ten young men at a checkpoint.")
    assert _where(text, "Dunmore")[1] == "Karsa"
    # far from any place, and before the story's city is named: the area named before it
    assert _where(text, "Ardvale")[1] == "Karsa"


def test_possessive_after_a_typed_name_is_not_part_of_it() -> None:
    text = "In Belmor, rebels took the town of Dunmore's outskirts after weeks of fighting."
    assert [m.text for m in typed_mentions(text, [], lambda _: False)] == ["Dunmore"]
    assert _where(text, "Dunmore") == ("Dunmore", "Belmor", "ADM1")


def test_aspirate_h_spelling_finds_the_town() -> None:
    text = "In Karsa, rebels took the town of Kyaukphalo after weeks of fighting."
    assert _where(text, "Kyaukphalo")[1] == "Kyaukpalo"


def test_hyphenated_spelling_finds_the_one_word_town_in_a_commune() -> None:
    text = "Gangs attacked Marbury again. In the nearby commune of Sante-Ville, hundreds marched on Tuesday."
    assert _where(text, "Sante-Ville")[1] == "Santeville"


def test_spelling_variant_in_another_country_is_not_taken() -> None:
    # a variant reading is only kept in a country the story is about
    recs = [*RECORDS, GazRecord(7, 7, "Ostland", 50.0, 10.0, "OST", "PCLI", 9_000_000, resolution=1)]
    parser = GeoParser(InMemoryGazetteer(recs), weights=WEIGHTS)
    text = "Officials in Ostland said troops reached the village of Kyaukphalo near the border."
    got = parser.places(Article("a1", text), full_stop_sentences(text), [], set())
    assert all(p.resolved_place != "Kyaukpalo" for p in got)


def test_name_before_an_area_and_its_level_word_is_a_place_in_that_area() -> None:
    text = "In 2024, gunmen seized pupils from a school in Dunmore, Karsa state; they were freed later."
    assert _where(text, "Dunmore") == ("Dunmore", "Karsa", "ADM1")
    # without the level word the name stays unread (a list of names, a person and a place ...)
    assert not any(p.text == "Dunmore" for p in _places("The prize went to a pupil in Dunmore, Karsa said."))
