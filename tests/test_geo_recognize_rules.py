"""Recognition rules added in session 3: a compass word before a strong name, surnames that are also town
names, sentence ends inside a locative slot, more verbs of going somewhere."""
from __future__ import annotations

from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import NameAutomaton, find_mentions, local_candidates, locative_context
from newsevents.records import Sentence

RECORDS = [
    GazRecord(1, 1, "Wales", 52.5, -3.5, "GBR", "ADM1", 3_100_000, "Wales", 1, resolution=2),
    GazRecord(2, 2, "Sutton", 51.36, -0.19, "GBR", "PPL", 190_000, "England", 3, resolution=4),
    GazRecord(4, 4, "Toronto", 43.7, -79.4, "CAN", "PPL", 900_000, "Ontario", 5, resolution=4),
    GazRecord(6, 6, "US", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
]


def _sents(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = min(len(text), start + len(part) + (1 if i < text.count(". ") else 0))
        out.append(Sentence(i, start, end, text[start:end]))
        start = end + 1
    return out


def _found(text: str) -> list[str]:
    auto = NameAutomaton(InMemoryGazetteer(RECORDS).automaton_names())
    return [m.text for m in find_mentions(text, _sents(text), [], set(), auto)]


def test_compass_word_before_a_strong_name_keeps_the_name() -> None:
    assert _found("Two bodies were found on a coastal path in West Wales.") == ["Wales"]
    # any other capitalised word before it still makes it part of a name
    assert _found("He joined the Royal Wales regiment.") == []


def test_town_name_seen_as_a_surname_is_a_person_elsewhere_in_the_story() -> None:
    text = "Reigning champion Ashley Sutton will defend his title. Few predicted Sutton would win."
    assert "Sutton" not in _found(text)
    # without the first name the bare town name is taken, and a locative still wins over the surname
    assert _found("Few predicted Sutton would win.") == ["Sutton"]
    assert "Sutton" in _found("Ashley Sutton raced. The next round is in Sutton.")


def test_capitalised_common_noun_is_no_first_name() -> None:
    text = "Keegan Matheson edits Baseball Toronto, a baseball website. Fans love Toronto."
    assert "Toronto" in _found(text)


def test_locative_slot_ends_with_the_sentence() -> None:
    text = "There are 36 in Cloughjordan. There are 26 in St. Louis. Others live in Nenagh."
    names = [m.text for m in local_candidates(text, [])]
    assert names == ["Cloughjordan", "St. Louis", "Nenagh"]


def test_going_somewhere_is_locative() -> None:
    for text, name in (("before heading on their honeymoon to Great Yarmouth", "Great Yarmouth"),
                       ("a tribute show comes to Clacton", "Clacton")):
        assert locative_context(text, text.index(name), len(text))
    text = "a source close to McGregor"
    assert not locative_context(text, text.rindex(" ") + 1, len(text))


def test_full_name_of_a_town_is_a_home_town() -> None:
    text = "In 2016, David and Jodi Mahler of Bellmore appeared on the show."
    i = text.index("Bellmore")
    assert locative_context(text, i, i + len("Bellmore"))
    text = "The Bank of Bellmore and Knights of Bellmore met."
    for i in (text.index("Bellmore"), text.rindex("Bellmore")):
        assert not locative_context(text, i, i + len("Bellmore"))


def test_currency_codes_are_not_places() -> None:
    text = "Libya agreed a US$460 million settlement and crops worth $US 15 billion. Aid came from the US."
    spans = [(m.start, m.end) for m in find_mentions(text, _sents(text), [(text.index("US$"), text.index("US$") + 2,
                                                                           "GPE")], set(), _auto())]
    assert spans == [(text.rindex("US"), text.rindex("US") + 2)]


def _auto() -> NameAutomaton:
    return NameAutomaton(InMemoryGazetteer(RECORDS).automaton_names())


def test_overlapping_repeats_go_to_the_name_taken_most_often() -> None:
    text = "Aid reached Sudan. Sudan asked for more. Villages Sudan helps. Staff of Villages Sudan said so."
    ents = [(12, 17, "GPE"), (19, 24, "GPE"), (41, 55, "LOC")]
    ms = find_mentions(text, _sents(text), ents, {0, 1, 2, 3}, None)
    last = text.rindex("Sudan")
    assert [(m.text, m.source) for m in ms if m.end == last + 5] == [("Sudan", "repeat")]
