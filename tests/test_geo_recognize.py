from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS, tiny_gazetteer
from newsevents.geo.recognize import NameAutomaton, find_mentions
from newsevents.records import Article, Sentence


def _sents(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (1 if i < text.count(". ") else 0)
        out.append(Sentence(i, start, min(end, len(text)), text[start:min(end, len(text))]))
        start = end + 1
    return out


def _auto() -> NameAutomaton:
    return NameAutomaton(tiny_gazetteer().automaton_names(), ["Nice"])


def test_automaton_whole_words_longest_match() -> None:
    a = _auto()
    text = "Gaza Strip and Gazaville and Paris."
    spans = [(s, e) for s, e, _ in a.matches(text, 0, len(text))]
    assert (0, 10) in spans
    assert all(text[s:e] != "Gaza" for s, e in spans)
    assert (29, 34) in spans


def test_gazetteer_only_recognition_skips_people_and_demonyms() -> None:
    text = "Paris Hilton visited Texas. Israeli and Chinese-flagged ships sailed to the Red Sea"
    ms = find_mentions(text, _sents(text), [], set(), _auto())
    found = [m.text for m in ms]
    assert "Paris" not in found
    assert "Texas" in found and "Red Sea" in found
    assert "Israeli" not in found and "China" not in found


def test_ner_spans_used_and_blocking_labels_respected() -> None:
    text = "Mr. Texas met officials in Gaza. The U.S. Army said so"
    sents = _sents(text)
    ents = [(0, 9, "PERSON"), (27, 31, "GPE"), (33, 45, "ORG")]
    ms = find_mentions(text, sents, ents, {0, 1}, _auto())
    texts = [m.text for m in ms]
    assert "Gaza" in texts
    assert "Texas" not in texts
    assert "U.S." in texts  # a country embedded in an organisation name is a place


def test_mentions_never_overlap_and_are_sorted() -> None:
    text = "Gaza Strip, Gaza and Tel Aviv"
    ms = find_mentions(text, _sents(text), [(0, 10, "GPE"), (0, 4, "GPE")], {0}, _auto())
    assert [(m.start, m.end) for m in ms] == sorted((m.start, m.end) for m in ms)
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start


def test_places_end_to_end_with_fake() -> None:
    text = "Israeli jets struck Gaza on Monday. Officials in Tel Aviv said the strikes would go on"
    gp = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    art = Article("x", text)
    places = gp.places(art, _sents(text), [], set())
    names = [(p.text, p.country_code) for p in places]
    assert ("Gaza", "PSE") in names and ("Tel Aviv", "ISR") in names
    assert all(p.text != "Israeli" for p in places)
    assert [p.start for p in places] == sorted(p.start for p in places)


def test_empty_article_gives_no_places() -> None:
    gp = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    assert gp.places(Article("e", " "), [], [], set()) == []


def test_state_abbreviation_after_a_place_is_a_mention() -> None:
    text = "Flooding hit Alexandria, La., on Monday"
    gp = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    places = gp.places(Article("q", text), _sents(text), [(13, 23, "GPE")], {0})
    assert [(p.text, p.country_code) for p in places] == [("Alexandria", "USA"), ("La.", "USA")]
    assert places[0].province == "Louisiana"


def test_capitalised_dateline_names_match() -> None:
    a = _auto()
    text = "TEXAS officials said"
    assert [(s, e) for s, e, _ in a.matches(text, 0, len(text))] == [(0, 5)]


def test_lowercase_and_code_ner_spans_are_not_places() -> None:
    text = "The east coast and M23 and Island"
    ents = [(4, 14, "LOC"), (19, 22, "GPE"), (27, 33, "GPE")]
    assert find_mentions(text, _sents(text), ents, {0}, _auto()) == []


def test_town_heading_a_civic_organisation_is_a_place() -> None:
    from newsevents.geo.recognize import NameAutomaton
    text = "The Allendale Police Department said so. The Allendale Capital fund grew"
    auto = NameAutomaton([("Allendale", 1)])
    sents = _sents(text)
    ents = [(4, 34, "ORG"), (44, 61, "ORG")]
    ms = find_mentions(text, sents, ents, {0, 1}, auto)
    assert [(m.start, m.text) for m in ms] == [(4, "Allendale")]


def test_person_tagged_town_in_locative_context_is_a_place() -> None:
    text = "Riverdale Smith spoke. The winner lives in Riverdale"
    auto = NameAutomaton([("Riverdale", 1)])
    sents = _sents(text)
    ents = [(0, 15, "PERSON"), (43, 52, "PERSON")]
    ms = find_mentions(text, sents, ents, {0, 1}, auto)
    assert [m.start for m in ms] == [43]


def test_names_listed_after_a_locative_are_locative_too() -> None:
    from newsevents.geo.recognize import locative_context

    t = "The strikes hit homes in the towns of Aitaroun and Bint Jbeil near the border."
    assert locative_context(t, t.find("Bint"), t.find("Bint") + 10, lists=True)
    assert not locative_context(t, t.find("Bint"), t.find("Bint") + 10)
    t2 = "Clashes in Gao, Timbuktu and Mopti. Smith and Jones said."
    assert locative_context(t2, t2.find("Mopti"), t2.find("Mopti") + 5, lists=True)
    assert not locative_context(t2, t2.find("Jones"), t2.find("Jones") + 5, lists=True)
