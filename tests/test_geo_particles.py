"""Place names with lower-case particles inside ("Jisr al-Shughour", "Bergen op Zoom") and towns named after another
place ("Puerto Jordan"), on an in-memory gazetteer of invented names."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import Mention, particle_mentions
from newsevents.geo.resolve import candidates
from newsevents.records import Article, Place
from newsevents.segment import split_sentences

_RECORDS = [
    GazRecord(1, 1, "Qaria", 35.0, 38.0, "QRA", "PCLI", 20_000_000, resolution=1),
    # GeoNames writes the town with a capital article and gives it no population: the automaton lacks the news
    # spelling, and a town without population is never in the automaton at all
    GazRecord(2, 2, "Jisr Al-Wardi", 35.8, 36.3, "QRA", "PPL", 40_000, "Idra", 5, resolution=4),
    GazRecord(3, 3, "Tall an Nahr", 36.7, 38.9, "QRA", "PPL", 0, "Raqa", 6, resolution=4),
    # a town of another country named like the first word of a name with a particle
    GazRecord(4, 4, "Hafir", 10.0, 10.0, "NRA", "PPL", 150_000, "North", 7, resolution=4),
    GazRecord(7, 7, "Hafir Al-Batn", 28.4, 45.9, "SRA", "PPL", 250_000, "East", 8, resolution=4),
    GazRecord(9, 9, "Dalen op Maas", 51.5, 4.3, "NLD", "PPL", 0, "Brabant", 10, resolution=4),
    GazRecord(11, 11, "Vasco Da Lima", 15.4, 73.8, "IND", "PPL", 30_000, "Goa", 12, resolution=4),
    GazRecord(13, 13, "Paris", 48.85, 2.35, "FRA", "PPLC", 2_100_000, resolution=4),
    GazRecord(14, 14, "London", 51.5, -0.12, "GBR", "PPLC", 8_900_000, resolution=4),
    GazRecord(15, 15, "Gaza", 31.5, 34.47, "PSE", "PPL", 410_000, resolution=4),
    GazRecord(16, 16, "Jordania", 31.0, 36.0, "JDA", "PCLI", 10_000_000, resolution=1),
    # a neighbourhood named like the country, as Jordan is a district of Hong Kong
    GazRecord(17, 17, "Jordania", 22.3, 114.2, "HKG", "PPL", 50_000, resolution=4),
    GazRecord(18, 18, "Oriente", 7.0, -71.0, "COL", "ADM1", 300_000, "Oriente", 18, resolution=2),
    GazRecord(19, 19, "Valleta", 35.9, 14.5, "MLA", "PPLC", 200_000, resolution=4),
]
_NAMES = {3: [("Tall an-Nahr", KIND_ALTERNATE), ("Tell al-Nahr", KIND_ALTERNATE)],
          9: [("Dalen op Maas", KIND_ALTERNATE)]}


def _parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(_RECORDS, _NAMES), weights=WEIGHTS)


def _places(text: str) -> list[Place]:
    return _parser().places(Article("a", text), split_sentences(text), [], set())


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country_code) for p in _places(text)]


# -- particles --------------------------------------------------------------------------------------------

def test_a_name_whose_article_is_written_in_lower_case_is_recognised_whole() -> None:
    assert _found("Rebels said they had captured Jisr al-Wardi overnight.") == [("Jisr al-Wardi", "QRA")]


def test_a_town_without_population_is_recognised_by_its_whole_name_with_a_particle() -> None:
    assert _found("Shells fell on Tell al-Nahr on Monday, residents said.") == [("Tell al-Nahr", "QRA")]
    assert _found("Families fled Tall an-Nahr as the offensive advanced.") == [("Tall an-Nahr", "QRA")]


def test_the_whole_name_replaces_the_town_named_like_its_first_word() -> None:
    assert _found("A missile was intercepted over Hafir al-Batn, the coalition said.") == [("Hafir al-Batn", "SRA")]


def test_a_dutch_particle_joins_a_name_outside_a_place_slot_too() -> None:
    assert _found("Dalen op Maas was flooded when the dike broke.") == [("Dalen op Maas", "NLD")]


def test_words_opening_the_sentence_before_the_name_are_dropped() -> None:
    # "In Tell al-Nahr" is no name; its last words are
    assert _found("In Tell al-Nahr, the water ran out.") == [("Tell al-Nahr", "QRA")]


def test_a_small_town_written_like_a_person_counts_only_where_a_place_goes() -> None:
    assert _found("Vasco da Lima scored twice in the final.") == []
    assert _found("The match was played in Vasco da Lima on Sunday.") == [("Vasco da Lima", "IND")]


def test_ordinary_words_never_glue_two_names() -> None:
    assert _found("Flights between Paris and London resumed.") == [("Paris", "FRA"), ("London", "GBR")]
    assert _found("Fighting in Gaza in October killed hundreds.") == [("Gaza", "PSE")]
    # "as", "at", "an" are particles only inside a name the gazetteer holds
    assert _found("Talks moved from Paris as London objected.") == [("Paris", "FRA"), ("London", "GBR")]


def test_a_particle_name_inside_a_persons_name_or_after_a_title_is_skipped() -> None:
    text = "Mr Tall an-Nahr spoke first. Ali bin Hafir al-Batn spoke next."
    person = [(text.index("Ali"), len(text) - len(" spoke next."))]
    holds = {"Tall an-Nahr": 1, "Hafir al-Batn": 2}
    got = particle_mentions(text, [], lambda n: holds.get(n, 0), person)
    assert got == []


def test_a_name_already_found_whole_is_not_found_twice() -> None:
    text = "Aid reached Jisr al-Wardi."
    s = text.index("Jisr")
    found = [Mention(s, s + len("Jisr al-Wardi"), "Jisr al-Wardi", "ner", "GPE")]
    assert particle_mentions(text, found, lambda n: 1) == []


# -- towns named after another place ----------------------------------------------------------------------

def test_a_town_named_after_a_country_is_not_that_country() -> None:
    recs, _ = candidates(InMemoryGazetteer(_RECORDS, _NAMES), "Puerto Jordania")
    assert all(r.country not in ("JDA", "HKG") for r in recs)
    got = _found("Rebels attacked a military base in Puerto Jordania, in Oriente, the army said.")
    assert got == [("Puerto Jordania", "COL"), ("Oriente", "COL")]


def test_the_port_of_a_city_is_that_city() -> None:
    recs, _ = candidates(InMemoryGazetteer(_RECORDS, _NAMES), "Port of Valleta")
    assert [r.name for r in recs] == ["Valleta"]
