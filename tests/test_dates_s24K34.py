"""Round K34 (session 24): later deeds told by a dated opener, accounts by a verb of doing, tolls of other occasions,
denials answered by the other side's report.

- "Later on Wednesday, an Israeli drone strike on a car in Jenin killed a commander" after the morning's raid: an
  opener naming the day or the part of the day the later deed came on ("Later that day, ...", "Later in the
  afternoon, ...") tells another deed (`dates._LATER_OPENS`); "Later on Thursday, officials said the strike had
  killed six" dates the report, whose clause tells the deed known (`dates._REPORT_OF_KNOWN`);
- "The Pakistani Taliban said in a statement on Friday that its militants had carried out the attack": the deed noun
  after a verb of doing ("carried out", "staged", "mounted"), under a report with its medium and day, is the deed told
  again, not a Friday event (`merge._ACCOUNT_BEFORE`);
- "Soldiers arrested ten men over last year's attack on a mosque, which killed 40 worshippers": a which/that clause on
  a deed of another occasion (one the act is taken over or for, or dated to another time) states that deed's toll,
  not the arrest's (`size._other_occasion_relatives`);
- "Russia denied striking a hospital, but Ukrainian officials said a missile attack on Monday killed four people": a
  denial answered by another side's report of the harm done negates nothing (`aux.denial_answered`).

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.aux import aux_modes
from newsevents.coding.merge import _ACCOUNT_BEFORE, merge_duplicates
from newsevents.coding.size import extract_size, without_dated_relatives
from newsevents.dates import later_before
from newsevents.records import Size
from story_parts import made_event


# --- a later deed opened by its day -----------------------------------------------------------------------------------

@pytest.mark.parametrize("s, trig", [
    ("Later on Wednesday, an Israeli drone strike on a car in Jenin killed a commander.", "strike"),
    ("Later that day, gunmen stormed a bus station in Mastung.", "stormed"),
    ("Later in the afternoon, militiamen torched two villages near Djugu.", "torched"),
    ("Later on Sunday evening, police fired tear gas at the crowd.", "fired"),
    ("Later on, soldiers shelled the rebel positions.", "shelled"),
])
def test_later_opener_with_its_day(s: str, trig: str) -> None:
    assert later_before(s, s.index(trig)) is not None


@pytest.mark.parametrize("s, trig", [
    # guard: the opener dates the report of a deed known by a definite subject
    ("Later on Thursday, health officials said the strike had killed six people.", "killed"),
    ("Later that day, the army said its aircraft had hit the convoy.", "hit"),
    # guard: no opener ("later" names no time of the deed's)
    ("The later raids on Wednesday killed four.", "killed"),
    ("Latest figures show the attack killed nine.", "killed"),
])
def test_later_opener_guards(s: str, trig: str) -> None:
    assert later_before(s, s.index(trig)) is None


def _story(first: str, second: str) -> str:
    return first + " " + second


def test_later_on_day_is_another_deed() -> None:
    first = "Israeli forces raided the refugee camp in Tulkarm on Tuesday morning, killing three gunmen."
    second = "Later on Tuesday, an Israeli airstrike on a car near Nablus killed a Hamas commander."
    text = _story(first, second)
    a = made_event(text, 0, first, "raided", when="2030-06-04", actor=("Israeli forces", "ISR", "MIL"))
    b = made_event(text, 1, second, "killed", when="2030-06-04", actor=("Israeli", "ISR", "MIL"))
    assert len(merge_duplicates([a, b])) == 2


def test_later_on_day_report_of_the_deed_is_one() -> None:  # guard
    first = "An Israeli airstrike hit a house in Deir al-Balah on Tuesday, medics said."
    second = "Later on Tuesday, health officials said the strike had killed five people."
    text = _story(first, second)
    a = made_event(text, 0, first, "hit", when="2030-06-04", actor=("Israeli", "ISR", "MIL"))
    b = made_event(text, 1, second, "killed", when="2030-06-04")
    got = merge_duplicates([a, b])
    assert len(got) == 1 and got[0].size.dead == 5


# --- an account by a verb of doing ------------------------------------------------------------------------------------

@pytest.mark.parametrize("s, trig", [
    ("The group said in a statement on Friday that its militants had carried out the attack.", "attack"),
    ("ISWAP said its fighters had carried out the ambush.", "ambush"),
    ("The Houthis said on Thursday they carried out the strike.", "strike"),
    ("JNIM said in a statement posted online that it had staged the raid.", "raid"),
    ("The rebels claimed they had mounted the dawn assault.", "assault"),
    ("The group said its fighters had killed 25 soldiers in the ambush.", "killed"),  # guard: K33's reading stays
])
def test_account_cue_reads_a_verb_of_doing(s: str, trig: str) -> None:
    assert _ACCOUNT_BEFORE.search(s, 0, s.index(trig)) is not None


@pytest.mark.parametrize("s, trig", [
    ("The group said its fighters carried out a new attack.", "attack"),  # guard: an indefinite deed is another
    ("The group said it would carry out the attack.", "attack"),  # guard: a threat
])
def test_account_cue_guards(s: str, trig: str) -> None:
    assert _ACCOUNT_BEFORE.search(s, 0, s.index(trig)) is None


def test_statement_of_carried_out_deed_is_the_deed() -> None:
    first = "A suicide bomber struck a police checkpoint in Lakki Marwat on Wednesday, killing four officers."
    second = "The Pakistani Taliban said in a statement on Thursday that its militants had carried out the attack."
    text = _story(first, second)
    a = made_event(text, 0, first, "struck", when="2030-06-05", actor=("A suicide bomber", None, "UAF"))
    b = made_event(text, 1, second, "attack", when="2030-06-06", actor=("its militants", None, "REB"))
    got = merge_duplicates([a, b])
    assert len(got) == 1 and got[0].date == "2030-06-05" and got[0].size.dead == 4


def test_statement_of_a_deed_of_its_own_day_stays_two() -> None:  # guard
    first = "A suicide bomber struck a police checkpoint in Lakki Marwat on Wednesday, killing four officers."
    second = "The Pakistani Taliban said its militants had carried out the attack on a base in Tank on Sunday."
    text = _story(first, second)
    a = made_event(text, 0, first, "struck", when="2030-06-05")
    b = made_event(text, 1, second, "attack", when="2030-06-02")
    assert len(merge_duplicates([a, b])) == 2


# --- a toll told of another occasion ----------------------------------------------------------------------------------

def _size(nlp: Any, text: str, trig: str) -> Size:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trig)
    return without_dated_relatives(extract_size(text), tok)


@pytest.mark.parametrize("text, trig", [
    ("Soldiers arrested ten men on Monday over last year's attack on a mosque in Kunduz, which killed 40 worshippers, "
     "the interior ministry said.", "arrested"),
    ("Police on Tuesday arrested the alleged organiser of the 2019 Easter Sunday bombings, which killed 269 people, "
     "officials said.", "arrested"),
    ("Security forces detained two brothers in connection with the bombing of a church, which killed 14 people.",
     "detained"),
    ("Gendarmes arrested a suspect on Friday over the ambush that killed nine soldiers in March.", "arrested"),
])
def test_toll_of_another_occasion_is_not_the_act(nlp: Any, text: str, trig: str) -> None:
    assert _size(nlp, text, trig).dead is None


@pytest.mark.parametrize("text, trig, dead", [
    # guard: the act's own deed
    ("Soldiers raided a village near Gao on Tuesday in an operation that killed 12 suspected militants.", "raided", 12),
    # guard: the trigger is the deed noun itself
    ("Last year's attack on the mosque, which killed 40 worshippers, shocked the country.", "attack", 40),
    # guard: no deed noun under the clause
    ("Police arrested three men on Monday in Kano, which killed nobody.", "arrested", None),
])
def test_toll_of_own_deed_kept(nlp: Any, text: str, trig: str, dead: int | None) -> None:
    assert _size(nlp, text, trig).dead == dead


# --- a denial answered ------------------------------------------------------------------------------------------------

def _aux(nlp: Any, text: str, trig: str) -> tuple[str, ...]:
    doc = nlp(text)
    return aux_modes(next(t for t in doc if t.text == trig))


@pytest.mark.parametrize("text, trig", [
    ("Russia denied striking a hospital in Kharkiv, but Ukrainian officials said a missile attack on Monday killed "
     "four people.", "striking"),
    ("The army denied shelling the camp, but aid workers said the shelling had killed nine civilians.", "shelling"),
    ("The militia denied attacking the convoy, yet witnesses said the gunmen wounded 12 drivers.", "attacking"),
])
def test_denial_answered_by_report_of_harm(nlp: Any, text: str, trig: str) -> None:
    assert "negation" not in _aux(nlp, text, trig)


@pytest.mark.parametrize("text, trig", [
    # guard: the other side reports no harm done
    ("Russia denied striking a hospital in Kharkiv, but Ukrainian officials said they would investigate.", "striking"),
    ("The army denied shelling the camp, but aid workers said the shelling could have killed many.", "shelling"),
    ("The army denied shelling the camp, but aid workers said the shells had not killed anyone.", "shelling"),
    # guard: a plain denial
    ("The army denied shelling the camp.", "shelling"),
])
def test_denial_kept(nlp: Any, text: str, trig: str) -> None:
    assert "negation" in _aux(nlp, text, trig)
