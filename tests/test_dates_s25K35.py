"""Round K35 (session 25): deeds named by their day, counts corrected, one dispersal told twice, a long conflict's toll.

- "The attack came two days after Sunday's raid on a nearby village killed 12 people": a day owned by the deed noun
  after a counted phrase names that deed; a trigger in the deed's clause is dated by it, not counted on to the deed
  told before (`dates._tells_day_owned_deed`);
- "Wednesday night's attack also damaged a port", "Sunday morning's raid", "Monday's attack in Funtua killed 18": the
  deed named by its day (and part of the day), with its place or target, is the deed told (`merge._DAY_OWNER`, in the
  re-mention, toll and claim patterns; `merge._DEFINITE_SUBJECT`);
- "The toll was later revised down to 12", "The health ministry lowered the death toll to 7", "Police later said 8,
  not 10, were arrested": a corrected count replaces the first, lower or not (`merge.revised_count`, in
  `updated_tolls`);
- "Police fired tear gas to disperse workers ... Officers later fired in the air to disperse them": force used later
  the same day on the crowd already told is the one intervention (`merge._crowd_policed_again`);
- "A decade-long conflict in Darfur killed hundreds of thousands of people": a conflict of years as the subject of a
  deed told in the past is its span's toll, historical (`aux._long_conflict_subject`).

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsevents.coding.aux import aux_modes
from newsevents.coding.merge import is_remention, merge_duplicates, revised_count, updated_tolls
from newsevents.dates import resolve_event_date
from newsevents.records import Sentence, Trigger
from story_parts import made_event, period_sentences

PUB = date(2030, 6, 6)  # a Thursday


# --- a day owned by the deed named after a counted phrase -------------------------------------------------------------

def _dated(text: str, trig: str) -> str | None:
    sents = period_sentences(text)
    s = next(x for x in sents if trig in x.text)
    i = text.index(trig, s.start)
    return resolve_event_date(text, s, Trigger(i, i + len(trig), trig), PUB).date


@pytest.mark.parametrize("second, trig, day", [
    ("The attack came two days after Sunday's raid on a nearby village killed 12 people.", "killed", "2030-06-02"),
    ("It came a day after Monday's bombing at a market in Kano wounded 30 people.", "wounded", "2030-06-03"),
    ("The killings came two days after Sunday's ambush near Gao left nine soldiers dead.", "dead", "2030-06-02"),
])
def test_trigger_of_the_day_owned_deed_takes_its_day(second: str, trig: str, day: str) -> None:
    text = "Gunmen attacked a village in Zamfara state on Tuesday, killing six farmers. " + second
    assert _dated(text, trig) == day


@pytest.mark.parametrize("second, trig, day", [
    # guard: the trigger before the counted phrase is counted from the named deed's day
    ("Police arrested 20 people two days after Sunday's vote.", "arrested", "2030-06-04"),
    # guard: a clause break after the named deed: the trigger is outside it
    ("Two days after Sunday's vote, police arrested 20 people.", "arrested", "2030-06-04"),
    # guard: a bare day, owned by no deed noun
    ("Police arrested 20 people a day after the vote on Monday.", "arrested", "2030-06-04"),
])
def test_counted_phrase_still_counts(second: str, trig: str, day: str) -> None:
    text = "Voters went to the polls in Lagos on Tuesday. " + second
    assert _dated(text, trig) == day


# --- a deed named by its day and part of the day ----------------------------------------------------------------------

@pytest.mark.parametrize("sent, trig", [
    ("Wednesday night's attack also damaged a port.", "attack"),
    ("Sunday morning's raid left three people dead.", "raid"),
    ("Last night's shelling wounded 12 people, the governor said.", "shelling"),
    ("Tuesday afternoon's bombing killed four people.", "killed"),
    # the day-owned deed carrying its place or target
    ("Monday's attack in Funtua killed 18 worshippers, police said on Tuesday.", "killed"),
    ("Tuesday's bombing in Kurram district killed 14 people, a hospital official said.", "killed"),
    ("Sunday's raid on the village also wounded 12.", "wounded"),
])
def test_day_part_owned_deed_is_a_remention(sent: str, trig: str) -> None:
    text = "Drones attacked Odesa overnight. " + sent
    ev = made_event(text, 1, sent, trig, when="2030-06-05")
    assert is_remention(ev)


@pytest.mark.parametrize("sent, trig", [
    ("On Wednesday night an attack damaged a port.", "attack"),  # guard: indefinite
    ("Wednesday night's second attack damaged a port.", "attack"),  # guard: contrasted
    ("Monday's second attack in Funtua killed 18 worshippers.", "killed"),  # guard: contrasted
    ("Monday's vote in Funtua killed hopes of a deal.", "killed"),  # guard: no deed noun
])
def test_day_part_guards(sent: str, trig: str) -> None:
    text = "Drones attacked Odesa overnight. " + sent
    assert not is_remention(made_event(text, 1, sent, trig, when="2030-06-05"))


def test_day_part_owned_deed_merges_with_the_deed() -> None:
    first = "Russian drones attacked Odesa overnight, killing three people, the governor said on Thursday."
    second = "Wednesday night's attack also damaged a port."
    text = first + " " + second
    a = made_event(text, 0, first, "attacked", when="2030-06-05", actor=("Russian drones", "RUS", "MIL"))
    b = made_event(text, 1, second, "attack", when="2030-06-05")
    got = merge_duplicates([a, b])
    assert len(got) == 1 and got[0].size.dead == 3


# --- a count corrected ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sent, want", [
    ("The toll was later revised down to 12 after officials found that some victims had been counted twice.",
     ("dead", 12)),
    ("The health ministry lowered the death toll to 7 on Tuesday.", ("dead", 7)),
    ("On Saturday, the government revised the number of dead down to 18.", ("dead", 18)),
    ("Police later said 8, not 10, were arrested.", ("arrested", 8)),
    ("A police spokesman later said 24 people, not 30, had been detained.", ("arrested", 24)),
    ("The number of those arrested was later revised to 38.", ("arrested", 38)),
    ("The toll was revised up to 41 on Monday.", ("dead", 41)),
    ("Officials later corrected the toll, saying four soldiers had been killed.", ("dead", 4)),
    ("The number of injured was revised down to 20.", ("injured", 20)),
])
def test_revised_count(sent: str, want: tuple[str, int]) -> None:
    assert revised_count(sent) == want


@pytest.mark.parametrize("sent", [
    "The government has reduced the number of troops in the state to 500.",  # guard: no count of people hurt or held
    "The army cut the toll of the earlier attack in Katsina to 12.",  # guard: another deed's toll
    "The death toll rose to 19.",  # guard: a rise is `updated_tolls`' own reading
    "The toll was not 12.",  # guard: odd input
    "He said 2019, not 2020, was when he was arrested.",  # guard: a year, no count
    "The ministry revised the number of people killed in the war down to 60,000.",  # guard: a war's tally
    "Police lowered the death toll on the roads this year to 800.",  # guard: a year's tally
    "",
])
def test_revised_count_guards(sent: str) -> None:
    assert revised_count(sent) is None


def test_corrected_toll_lowers_the_deed() -> None:
    text = ("A bomb exploded during a Mass in a gym in Marawi on Sunday, killing 15 people. The toll was later "
            "revised down to 12")
    sents = period_sentences(text)
    deed = made_event(text, 0, sents[0].text, "exploded", when="2030-06-02")
    assert deed.size.dead == 15
    assert [e.size.dead for e in updated_tolls([deed], sents)] == [12]


def test_corrected_arrests_lower_the_round() -> None:
    text = "Police arrested 10 protesters outside parliament on Tuesday. Police later said 8, not 10, were arrested"
    sents = period_sentences(text)
    first = made_event(text, 0, sents[0].text, "arrested", event="COERCE", mode=("arrest",), when="2030-06-04")
    again = made_event(text, 1, sents[1].text.rstrip("."), "arrested", event="COERCE", mode=("arrest",), when="2030-06-04")
    kept = merge_duplicates([first, again])
    assert len(kept) == 1
    assert [e.size.arrested for e in updated_tolls(kept, sents)] == [8]


def test_correction_coded_as_an_event_is_the_deed_told_again() -> None:
    first = "Police detained 30 opposition activists at a meeting in Harare on Tuesday."
    second = "Police said on Wednesday that 24 activists, not 30, had been detained."
    text = first + " " + second
    a = made_event(text, 0, first, "detained", event="COERCE", mode=("arrest",), when="2030-06-04")
    b = made_event(text, 1, second, "detained", event="COERCE", mode=("arrest",), when="2030-06-05")
    got = merge_duplicates([a, b])
    assert len(got) == 1 and got[0].size.arrested == 24 and got[0].date == "2030-06-04"
    # guard: a correction dated before the deed corrects nothing of it
    early = made_event(text, 1, second, "detained", event="COERCE", mode=("arrest",), when="2030-06-03")
    assert len(merge_duplicates([a, early])) == 2
    # guard: a corrected toll is no correction of arrests
    toll = made_event(text, 1, second, "detained", event="ASSAULT", when="2030-06-05")
    assert merge_duplicates([a, toll])[0].size.arrested == 30


def test_correction_leaves_other_events_alone() -> None:  # guard
    text = "Police arrested 10 protesters outside parliament on Tuesday. The toll was later revised down to 2"
    sents = period_sentences(text)
    arrest = made_event(text, 0, sents[0].text, "arrested", event="COERCE", mode=("arrest",), when="2030-06-04")
    got = updated_tolls([arrest], sents)
    assert got[0].size.arrested == 10 and got[0].size.dead is None
    future = made_event(text, 0, sents[0].text, "arrested", event="COERCE", mode=("arrest",), when="2030-06-04",
                        aux=("future",))
    text2 = text.replace("The toll was later revised down to 2", "Police later said 8, not 10, were arrested")
    assert updated_tolls([future], period_sentences(text2))[0].size.arrested == 10


# --- one dispersal told twice -----------------------------------------------------------------------------------------

_TEAR_GAS = "Police fired tear gas to disperse thousands of garment workers in Gazipur on Tuesday."


def _dispersals(second: str, trig: str = "fired", when: str = "2030-06-04", **kw: Any) -> int:
    text = _TEAR_GAS + " " + second
    a = made_event(text, 0, _TEAR_GAS, "fired", mode=("crowd-control",), when="2030-06-04",
                   actor=("Police", "BGD", "COP"), recipient=("garment workers", "BGD", "LAB"))
    b = made_event(text, 1, second, trig, when=when, **kw)
    return len(merge_duplicates([a, b]))


@pytest.mark.parametrize("second, kw", [
    ("Officers later fired in the air to disperse them, witnesses said.",
     {"mode": ("crowd-control",), "actor": ("Officers", "BGD", "COP")}),
    ("They later fired rubber bullets to break up the crowd.",
     {"mode": ("crowd-control", "firearms"), "recipient": ("crowd", "BGD", "CVL")}),
    ("Later, police fired water cannon to scatter the remaining protesters.",
     {"mode": ("crowd-control",), "actor": ("police", "BGD", "COP"), "recipient": ("protesters", "BGD", "CVL")}),
])
def test_dispersal_told_again_is_one(second: str, kw: dict[str, Any]) -> None:
    assert _dispersals(second, **kw) == 1


@pytest.mark.parametrize("second, trig, when, kw", [
    # guard: another day
    ("On Wednesday, police again fired tear gas to disperse them.", "fired", "2030-06-05",
     {"mode": ("crowd-control",), "actor": ("police", "BGD", "COP")}),
    # guard: a later killing is another act
    ("Later, police shot dead two protesters to disperse them.", "shot", "2030-06-04",
     {"mode": ("crowd-control",), "actor": ("police", "BGD", "COP")}),
    # guard: no known crowd named
    ("Later, police fired tear gas at students in Dhaka.", "fired", "2030-06-04",
     {"mode": ("crowd-control",), "actor": ("police", "BGD", "COP"), "recipient": ("students", "BGD", "EDU")}),
])
def test_dispersal_guards(second: str, trig: str, when: str, kw: dict[str, Any]) -> None:
    assert _dispersals(second, trig, when, **kw) == 2


# --- a long conflict's toll -------------------------------------------------------------------------------------------

def _aux(nlp: Any, sent: str, trig: str) -> tuple[str, ...]:
    doc = nlp(sent)
    return aux_modes(next(t for t in doc if t.text == trig), PUB)


@pytest.mark.parametrize("sent", [
    "A decade-long conflict in Darfur killed hundreds of thousands of people.",
    "The 20-year war killed more than 150,000 civilians, a United Nations report said.",
    "A three-year siege of Taiz killed thousands of civilians.",
])
def test_long_conflict_toll_is_historical(nlp: Any, sent: str) -> None:
    assert "historical" in _aux(nlp, sent, "killed")


@pytest.mark.parametrize("sent", [
    "A decade-long conflict killed 12 people in Darfur on Tuesday.",  # guard: a day of its own
    "The attack killed 12 people.",  # guard: no span
    "The decade-long conflict has killed 300,000 people.",  # guard: a running tally, not told in the past
])
def test_long_conflict_guards(nlp: Any, sent: str) -> None:
    assert "historical" not in _aux(nlp, sent, "killed")
