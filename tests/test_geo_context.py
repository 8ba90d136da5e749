"""Context rules of resolution and recognition: level cues, lists, qualifiers, stray towns, gated names,
hyphenated pairs, bare datelines, transliteration marks, and the build's recognisability rules."""
from __future__ import annotations

from typing import Any

from newsevents.geo import GeoParser
from newsevents.geo.build import _Place, _spelling_of, _strength
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, KIND_DEMONYM, KIND_MAIN, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import Mention, NameAutomaton, find_mentions, gated_mentions
from newsevents.geo.resolve import Resolver, level_cue
from newsevents.records import Article, Sentence
from geo_spans import gold_article as _gold

RECORDS = [
    GazRecord(1, 6252001, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 4140963, "Washington", 38.9, -77.04, "USA", "PPLC", 690_000, "District of Columbia", 3,
              resolution=4),
    GazRecord(3, 5815135, "Washington", 47.5, -120.5, "USA", "ADM1", 6_500_000, "Washington", 3, resolution=2),
    GazRecord(4, 5549030, "Utah", 39.25, -111.75, "USA", "ADM1", 3_000_000, "Utah", 4, resolution=2),
    GazRecord(5, 5279468, "Wisconsin", 44.5, -90.0, "USA", "ADM1", 5_800_000, "Wisconsin", 5, resolution=2),
    GazRecord(6, 4896861, "Illinois", 40.0, -89.25, "USA", "ADM1", 12_800_000, "Illinois", 6, resolution=2),
    GazRecord(7, 4252000, "Fulton County", 40.47, -90.21, "USA", "ADM2", 35_000, "Illinois", 6, resolution=3),
    GazRecord(8, 4196000, "Fulton County", 33.79, -84.47, "USA", "ADM2", 1_000_000, "Georgia", 9, resolution=3),
    GazRecord(10, 2077456, "Australia", -25.0, 134.0, "AUS", "PCLI", 25_000_000, resolution=1),
    GazRecord(11, 2155400, "New South Wales", -33.0, 146.0, "AUS", "ADM1", 8_000_000, "New South Wales", 11,
              resolution=2),
    GazRecord(12, 2155472, "Newcastle", -32.93, 151.78, "AUS", "PPL", 300_000, "New South Wales", 11,
              resolution=4),
    GazRecord(13, 5826000, "Glenrock", 42.86, -105.87, "USA", "PPL", 2_500, "Wyoming", 14, resolution=4),
    GazRecord(20, 248816, "Jordan", 31.0, 36.0, "JOR", "PCLI", 10_000_000, resolution=1),
    GazRecord(21, 250441, "Amman", 31.95, 35.93, "JOR", "PPLC", 1_300_000, "Amman", 22, resolution=4),
    GazRecord(23, 1269750, "India", 22.0, 79.0, "IND", "PCLI", 1_300_000_000, resolution=1),
    GazRecord(24, 1168579, "Pakistan", 30.0, 70.0, "PAK", "PCLI", 220_000_000, resolution=1),
    GazRecord(25, 2643743, "London", 51.5, -0.13, "GBR", "PPLC", 8_900_000, "England", 26, resolution=4),
    GazRecord(27, 170892, "\u2018Afr\u012bn", 36.51, 36.87, "SYR", "PPL", 48_693, "Aleppo", 28, resolution=4),
    GazRecord(30, 1873107, "North Korea", 40.0, 127.0, "PRK", "PCLI", 25_000_000, resolution=1),
    GazRecord(31, 1835841, "South Korea", 36.5, 127.75, "KOR", "PCLI", 51_000_000, resolution=1),
    GazRecord(32, 1835848, "Seoul", 37.57, 126.98, "KOR", "PPLC", 10_000_000, "Seoul", 33, resolution=4),
    GazRecord(34, 1850147, "Tokyo", 35.69, 139.69, "JPN", "PPLC", 9_000_000, "Tokyo", 35, resolution=4),
]
NAMES = {1: [("U.S.", 1), ("American", KIND_DEMONYM)], 30: [("North Korean", KIND_DEMONYM)],
         31: [("South Korean", KIND_DEMONYM)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


# The hand-set test weights, with capitals favoured so that the level rules have something to overturn.
W = {**WEIGHTS, "capital": 3.0}


def _parser() -> GeoParser:
    return GeoParser(_gaz(), weights=W)


def _one_sentence(text: str) -> list[Sentence]:
    return [Sentence(0, 0, len(text), text)]


# -- level cues and lists --------------------------------------------------------------------------

def test_level_cue_reads_the_words_around_a_name() -> None:
    text = "a farm in Washington state; the state of Washington; Washington Governor; the city of Washington"
    starts = [i for i in range(len(text)) if text.startswith("Washington", i)]
    cues = [level_cue(text, s, s + 10) for s in starts]
    assert cues == ["admin", "admin", "admin", "city"]
    assert level_cue("Talks in Washington on Monday", 9, 19) == ""


def test_state_cue_picks_the_state_over_the_capital() -> None:
    text = "A cow from a Washington state farm fell ill."
    assert _parser().places(_gold(text, "Washington"), [], [], set())[0].feature_code == "ADM1"
    text = "Officials in Washington said so."
    assert _parser().places(_gold(text, "Washington"), [], [], set())[0].feature_code == "PPLC"  # no cue
    text = "Officials in the city of Washington said so."
    assert _parser().places(_gold(text, "Washington"), [], [], set())[0].feature_code == "PPLC"


def test_a_level_cue_holds_for_the_whole_story() -> None:
    text = "The Washington state health office said two people died in Washington."
    places = _parser().places(_gold(text, "Washington", "Washington"), [], [], set())
    assert [p.feature_code for p in places] == ["ADM1", "ADM1"]
    # conflicting cues: each mention keeps its own
    text = "Washington state and the city of Washington disagree; Washington is calm."
    places = _parser().places(_gold(text, "Washington", "Washington", "Washington"), [], [], set())
    assert [p.feature_code for p in places] == ["ADM1", "PPLC", "PPLC"]


def test_list_of_states_makes_an_ambiguous_item_a_state() -> None:
    text = "Cases were found in Utah, Washington and Wisconsin."
    places = _parser().places(_gold(text, "Utah", "Washington", "Wisconsin"), [], [], set())
    assert [p.feature_code for p in places] == ["ADM1", "ADM1", "ADM1"]


def test_two_item_list_is_no_consensus() -> None:
    text = "Flights from Utah and Washington resumed."
    places = _parser().places(_gold(text, "Utah", "Washington"), [], [], set())
    assert places[1].feature_code == "PPLC"


def test_in_qualifier_places_a_county_in_its_state() -> None:
    text = "Birds were found in Fulton County in Illinois."
    places = _parser().places(_gold(text, "Fulton County", "Illinois"), [], [], set())
    assert places[0].province == "Illinois"


def test_stray_small_town_abroad_gives_way_to_the_story_focus() -> None:
    text = "Rain hit Newcastle in New South Wales; the Glenrock walk was shut."
    art = _gold(text, "Newcastle", "New South Wales", "Glenrock")
    places = _parser().places(art, [], [], set())
    assert places[2].country_code == "AUS"  # not the Wyoming town of 2,500
    # without a fallback (our own recognition) the stray reading is dropped, not kept
    r = Resolver(_gaz(), W).resolve(text, [(s.start, s.end) for s in art.toponyms or ()])
    assert r[2] is None


def test_lone_small_town_is_kept() -> None:
    text = "Snow fell on Glenrock overnight."
    [p] = _parser().places(_gold(text, "Glenrock"), [], [], set())
    assert p.country_code == "USA"
    # a country named in passing is no story elsewhere
    text = "Glenrock farmers fear tariffs on Australia."
    assert _parser().places(_gold(text, "Glenrock", "Australia"), [], [], set())[0].country_code == "USA"


# -- recognition -----------------------------------------------------------------------------------

def test_gated_country_needs_a_place_context() -> None:
    text = "Talks in Amman, Jordan ended. Michael Jordan, Kobe Bryant and others played. Aid arrived in Jordan."
    found = [Mention(text.index("Amman"), text.index("Amman") + 5, "Amman", "gaz")]
    got = [text[m.start - 7:m.end] for m in gated_mentions(text, found, ["Jordan"])]
    assert got == ["Amman, Jordan", "ved in Jordan"]
    assert gated_mentions("", [], ["Jordan"]) == []


def test_hyphenated_country_pair_and_bare_dateline() -> None:
    auto = NameAutomaton(_gaz().automaton_names())
    text = "LONDON The Latest. Troops on the India-Pakistan border were calm."
    cut = text.index("Troops")
    sents = [Sentence(0, 0, cut - 1, text[:cut - 1]), Sentence(1, cut, len(text), text[cut:])]
    found = [m.text for m in find_mentions(text, sents, [], set(), auto)]
    assert found == ["LONDON", "India", "Pakistan"]
    # a hyphen joining a lower-case word is no pair, and a city name (weaker) is not taken after a hyphen
    text2 = "An anti-India rally and pro-London banners."
    assert [m.text for m in find_mentions(text2, _one_sentence(text2), [], set(), auto)] == []


def test_transliteration_marks_are_optional() -> None:
    auto = NameAutomaton([("\u2018Afr\u012bn", 1)])
    text = "Fighting in Afrin went on."
    assert [(text[s:e], st) for s, e, st in auto.matches(text, 0, len(text))] == [("Afrin", 1)]


# -- build rules -------------------------------------------------------------------------------------

def _place(name: str, feature: str, pop: int) -> _Place:
    return _Place(1, 1, name, 0.0, 0.0, "XXX", feature, pop, None, None, None, 4, auto=pop >= 2_000)


def test_spelling_variants_are_close_letter_for_letter() -> None:
    assert _spelling_of("Douma", "D\u016bm\u0101")
    assert not _spelling_of("Luttich", "Li\u00e8ge")
    assert not _spelling_of("Douma", "Douma")


def test_strength_of_alternates_and_admin2() -> None:
    assert _strength(_place("D\u016bm\u0101", "PPL", 110_000), KIND_ALTERNATE, "Douma", set()) == 1
    assert _strength(_place("D\u016bm\u0101", "PPL", 5_000), KIND_ALTERNATE, "Douma", set()) == 0
    assert _strength(_place("Acapulco de Ju\u00e1rez", "PPL", 650_000), KIND_ALTERNATE, "Acapulco", set()) == 2
    assert _strength(_place("Pangasinan", "ADM2", 1_700_000), KIND_MAIN, "Pangasinan", set()) == 1
    assert _strength(_place("Tiny", "ADM2", 5_000), KIND_MAIN, "Tiny", set()) == 0
    # a Welsh county of 45k ("near New Quay, Ceredigion") is found by the gazetteer alone
    assert _strength(_place("Ceredigion", "ADM2", 45_000), KIND_MAIN, "Ceredigion", set()) == 1
    assert _strength(_place("Pangasinan", "ADM2", 1_700_000), KIND_MAIN, "Pangasinan", {"Pangasinan"}) == 0


# -- event location ----------------------------------------------------------------------------------

def _event(text: str, word: str) -> tuple[Article, Sentence, object]:
    from newsevents.records import Trigger
    i = text.index(word)
    return Article("a", text), Sentence(0, 0, len(text), text), Trigger(i, i + len(word), word)


def _locate(gp: GeoParser, text: str, word: str) -> Any:
    """The event location of the one-sentence story `text` whose trigger is `word`."""
    art, sent, trig = _event(text, word)
    return gp.event_location(art, sent, trig, gp.places(art, _one_sentence(text), [], set()))  # type: ignore[arg-type]


def test_launch_by_another_country_is_placed_in_that_country() -> None:
    gp = _parser()
    text = "SEOUL (AP) - North Korea fired a ballistic missile into the sea on Sunday."
    loc = _locate(gp, text, "fired")
    assert loc is not None and loc.country_code == "PRK" and loc.resolution == 1
    assert loc.extracted_place == "North Korea"


def test_launch_by_demonym_actor() -> None:
    gp = _parser()
    text = "SEOUL (AP) - North Korean forces launched two missiles on Sunday."
    loc = _locate(gp, text, "launched")
    assert loc is not None and loc.country_code == "PRK" and loc.resolution == 1
    assert loc.extracted_place == "North Korean" and loc.lat is not None


def test_own_country_drills_keep_the_dateline() -> None:
    gp = _parser()
    text = "SEOUL (AP) - South Korean troops held drills on Monday."
    loc = _locate(gp, text, "held")
    assert loc is not None and loc.extracted_place == "SEOUL"


def test_offensive_is_not_self_located() -> None:
    gp = _parser()
    text = "SEOUL (AP) - North Korea launched an offensive on Sunday."
    loc = _locate(gp, text, "launched")
    assert loc is not None and loc.extracted_place == "SEOUL"


def test_named_launch_site_still_wins() -> None:
    gp = _parser()
    text = "TOKYO (AP) - North Korea fired a missile from Seoul, officials said."
    loc = _locate(gp, text, "fired")
    assert loc is not None and loc.extracted_place == "Seoul"


def test_self_located_without_actor_or_trigger() -> None:
    gp = _parser()
    text = "Missiles were fired on Sunday."
    art, sent, trig = _event(text, "fired")
    assert gp.event_location(art, sent, trig, []) is None  # type: ignore[arg-type]
    assert gp.event_location(art, sent, None, []) is None


def test_a_month_is_no_place_to_list_after() -> None:
    from newsevents.geo.recognize import locative_context
    text = "She joined in the theory. In November, Barr tweeted. We met in Amman, Zarqa and Irbid."
    i = text.index("Barr")
    assert not locative_context(text, i, i + 4, lists=True)
    j = text.index("Irbid")
    assert locative_context(text, j, j + 5, lists=True)


def test_office_titles_and_bylined_datelines_keep_places() -> None:
    auto = NameAutomaton(_gaz().automaton_names())
    text = "By Ann Lee, Associated Press WASHINGTON (AP) - Newcastle Mayor Oh spoke."
    found = [m.text for m in find_mentions(text, _one_sentence(text), [], set(), auto)]
    assert found == ["WASHINGTON", "Newcastle"]
    text = "By Ann Lee, Associated Press WASHINGTON said Newcastle Knights won."
    assert find_mentions(text, _one_sentence(text), [], set(), auto) == []


def test_a_name_opening_with_a_transliteration_mark_is_recognisable() -> None:
    assert _strength(_place("\u2018Afr\u012bn", "PPL", 48_000), KIND_MAIN, "\u2018Afr\u012bn", set()) == 1
    assert _strength(_place("abc", "PPL", 48_000), KIND_MAIN, "abc", set()) == 0


def test_colon_opener_naming_a_small_town_is_no_dateline() -> None:
    """"NAME:" opening a caption or a speaker label is not a dateline unless NAME is a big city."""
    recs = [GazRecord(1, 1, "Jewell", 39.67, -98.15, "USA", "PPL", 400, resolution=4),
            GazRecord(2, 2, "New Delhi", 28.6, 77.2, "IND", "PPLC", 300_000, resolution=4),
            GazRecord(3, 3, "Lahore", 31.55, 74.34, "PAK", "PPLA", 11_000_000, resolution=4)]
    gp = GeoParser(InMemoryGazetteer(recs, {}), weights=WEIGHTS)
    assert gp._dateline("JEWELL: Boyd Carney and Kate Harrison on the shore of a lagoon.") is None
    assert gp._dateline_country("JEWELL: Boyd Carney and Kate Harrison on the shore of a lagoon.") is None
    assert gp._dateline_country("NEW DELHI: The High Court today sought a response.") == "IND"
    assert gp._dateline_country("LAHORE: Police arrested four men.") == "PAK"
    # with a dash a small town is still a dateline ("JEWELL, Kan. —" style openers are real datelines)
    assert gp._dateline_country("JEWELL — Farmers met on Monday.") == "USA"
