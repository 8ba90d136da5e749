"""Gazetteer-only recognition: words after a name that keep it a place (days, civic bodies), possessives
before it, more place-expecting contexts, hyphenated title case, and names typed as places by the words
around them ("the village of X"), placed by the story when the gazetteer lacks them."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, KIND_DEMONYM, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import Mention, NameAutomaton, find_mentions, locative_context, typed_mentions
from newsevents.records import Article, Sentence

RECORDS = [
    GazRecord(1, 2635167, "United Kingdom", 54.0, -2.0, "GBR", "PCLI", 66_000_000, resolution=1),
    GazRecord(2, 2653261, "Cirencester", 51.72, -1.97, "GBR", "PPL", 20_000, "England", 9, resolution=4),
    GazRecord(3, 1784658, "China", 35.0, 105.0, "CHN", "PCLI", 1_400_000_000, resolution=1),
    GazRecord(4, 1809935, "Guangdong", 23.0, 113.0, "CHN", "ADM1", 110_000_000, "Guangdong", 4, resolution=2),
    GazRecord(5, 1692192, "Quezon City", 14.65, 121.05, "PHL", "PPL", 2_700_000, "NCR", 6, resolution=4),
    GazRecord(7, 203312, "Congo", -2.5, 23.5, "COD", "PCLI", 90_000_000, resolution=1),
    GazRecord(8, 214481, "Kananga", -5.9, 22.42, "COD", "PPLA", 460_000, "Kasai-Central", 9, resolution=4),
    GazRecord(10, 51537, "Somalia", 6.0, 48.0, "SOM", "PCLI", 15_000_000, resolution=1),
    GazRecord(11, 3718426, "Port-au-Prince", 18.54, -72.34, "HTI", "PPLC", 1_200_000, "Ouest", 12, resolution=4),
    GazRecord(13, 5128000, "Owensboro", 37.77, -87.11, "USA", "PPL", 60_000, "Kentucky", 14, resolution=4),
]
NAMES = {10: [("Somali", KIND_DEMONYM)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _auto() -> NameAutomaton:
    return NameAutomaton(_gaz().automaton_names())


def _found(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, [Sentence(0, 0, len(text), text)], [], set(), _auto())]


def test_a_day_or_a_civic_body_after_a_name_keeps_it_a_place() -> None:
    assert _found("Police raided a market in Balintawak, Quezon City Wednesday evening.") == ["Quezon City"]
    assert _found("Pupils in Owensboro Public Schools met.") == ["Owensboro"]
    # any other capitalised word still makes it part of a name
    assert _found("Pupils in Owensboro Rockets kit.") == []


def test_a_possessive_before_a_name_does_not_block_it() -> None:
    assert _found("A factory in China's Guangdong province closed.") == ["China", "Guangdong"]
    assert _found("They met Tom Guangdong there.") == []


def test_more_place_expecting_contexts() -> None:
    for text in ("Drivers travelling to Cirencester face delays.", "Ann Lee, of Cirencester, died.",
                 "traffic between Cirencester and Gloucester", "on the island of Cirencester today"):
        i = text.index("Cirencester")
        assert locative_context(text, i, i + 11), text
    text = "Tom Cirencester said so."
    assert not locative_context(text, 4, 15)
    assert _found("Drivers travelling to Cirencester face delays.") == ["Cirencester"]
    assert _found("He spoke to Cirencester fans.") == []


def test_hyphenated_names_match_in_title_case() -> None:
    assert _found("Aid reached Port-Au-Prince on Monday.") == ["Port-Au-Prince"]


def test_typed_mentions_take_names_that_the_words_around_them_call_places() -> None:
    text = ("The village of Kampungu has been quarantined. Aid reached Abu Shok refugee camp and the "
            "Etoumbi and Mbomo districts. Somali refugee camps are full. Later, Kampungu was calm.")
    got = [m.text for m in typed_mentions(text, [], lambda n: n == "Somali")]
    # a plural type word covers the list before it
    assert sorted(got) == ["Abu Shok", "Etoumbi", "Kampungu", "Kampungu", "Mbomo"]
    # names already found, sentence-opening words and possessives are not taken
    text = "The Trust area and the Peoples\u2019 camp. In Kananga district, calm."
    found = [Mention(text.index("Kananga"), text.index("Kananga") + 7, "Kananga", "gaz")]
    assert typed_mentions(text, found, lambda n: False) == []


def test_a_typed_name_the_gazetteer_lacks_is_placed_in_the_story() -> None:
    text = "Ebola broke out near Kananga in Congo. The village of Kampungu has been quarantined."
    places = GeoParser(_gaz(), weights=WEIGHTS).places(Article("a", text), [Sentence(0, 0, len(text), text)],
                                                       [], set())
    got = {p.text: p.country_code for p in places}
    assert got["Kampungu"] == "COD"
    assert set(got) == {"Kananga", "Congo", "Kampungu"}


def test_an_office_only_a_country_has_cues_the_country() -> None:
    from newsevents.geo.resolve import level_cue
    text = "Zurab Zhvania, Prime Minister of Georgia, died. Georgia mourned."
    i = text.index("Georgia")
    assert level_cue(text, i, i + 7) == "country"
    j = text.index("Georgia", i + 1)
    assert level_cue(text, j, j + 7) == ""
    recs = [GazRecord(1, 4197000, "Georgia", 32.75, -83.5, "USA", "ADM1", 10_000_000, "Georgia", 1, resolution=2),
            GazRecord(2, 614540, "Georgia", 42.0, 43.5, "GEO", "PCLI", 3_700_000, resolution=1)]
    gp = GeoParser(InMemoryGazetteer(recs), weights={**WEIGHTS, "population": 5.0})
    places = gp.places(Article("a", text), [Sentence(0, 0, len(text), text)], [], set())
    # the cue holds for every mention of the name in the story
    assert [p.country_code for p in places] == ["GEO", "GEO"]


LOCAL = [
    GazRecord(1, 2963597, "Ireland", 53.0, -8.0, "IRL", "PCLI", 4_900_000, resolution=1),
    GazRecord(2, 2962334, "Nenagh", 52.86, -8.2, "IRL", "PPL", 8_000, "Munster", 5, resolution=4),
    GazRecord(3, 2965463, "Cloch Shiurdáin", 52.94, -8.03, "IRL", "PPL", 600, "Munster", 5, resolution=4),
    GazRecord(4, 2960000, "Helenstown", 52.5, -7.9, "IRL", "PPL", 900, "Munster", 5, resolution=4),
]
# "Cloughjordan" and "Helen" only as alternates: the automaton does not hold them, the lookup does.
LOCAL_NAMES = {3: [("Cloughjordan", KIND_ALTERNATE)], 4: [("Helen", KIND_ALTERNATE)]}


def _local_places(text: str) -> list[str]:
    gp = GeoParser(InMemoryGazetteer(LOCAL, LOCAL_NAMES), weights=WEIGHTS)
    return [p.text for p in gp.places(Article("a", text), [Sentence(0, 0, len(text), text)], [], set())]


def test_a_small_place_where_a_place_goes_in_a_story_country_is_taken() -> None:
    assert _local_places("Applicants in Nenagh and 36 in Cloughjordan, Ireland.") == [
        "Nenagh", "Cloughjordan", "Ireland"]
    # no place of that country in the story, or no place's slot: not taken
    assert _local_places("Applicants in Cloughjordan.") == []
    assert _local_places("In Nenagh, Cloughjordan said no.") == ["Nenagh"]
    # a name before a comma and a town is a list item, not a qualified place
    assert _local_places("Tributes to Helen, Nenagh and Ireland.") == ["Nenagh", "Ireland"]
