"""Round K32 (session 23): occasions dated after they are named, claims, compared massacres, running tolls, holidays
of last year, times of joined clauses.

- "... the day after the by-election. The vote, held on Saturday, ...": the occasion dated in one of the next two
  sentences is what the phrase counts from (`dates._occasion_dated_after`);
- "Christmas Eve last year" read on Jan. 10 is 17 days back: past only by its date, as "Dec. 30 last year";
- "Farmers blocked highways on Monday, and their union has threatened to resume the blockade next week": the joined
  clause's "next week" does not make the blocking future (`aux._own_clause_words`);
- "compared the killings to the 2022 massacre in Moura, where soldiers killed hundreds": the comparison's year is
  not the killings', and the where-clause on the massacre's place tells the massacre (historical);
- "Clashes between herders and farmers have killed thousands since 2018": a conflict's running toll is background
  (`story_guards`, no event);
- "Al-Shabaab claimed the bombing, saying it had targeted soldiers": the claim's content is the claimed deed
  (`merge._deed_claimed`); "The explosion destroyed two vehicles" after a suicide bombing names it.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsevents.coding.aux import aux_modes
from newsevents.coding.merge import merge_duplicates
from newsevents.coding.story_guards import background_kind, is_background_statement
from newsevents.dates import resolve_event_date
from newsevents.records import Location, Sentence, Trigger
from story_parts import made_event

PUB = date(2031, 12, 1)  # a Monday


def _aux(nlp: Any, text: str, trigger: str, published: date | None = PUB, nth: int = 0) -> tuple[str, ...]:
    doc = nlp(text)
    return aux_modes([t for t in doc if t.text == trigger][nth], published)


def _day(first: str, trig: str, after: str = "", published: date | None = PUB) -> tuple[str | None, str | None]:
    """The date of `trig` in the sentence `first`, followed in the text by `after`."""
    text = first + (" " + after if after else "")
    i = text.index(trig)
    got = resolve_event_date(text, Sentence(0, 0, len(first), first), Trigger(i, i + len(trig), trig), published)
    return got.date, got.precision


def _at(text: str, name: str, cc: str) -> Location:
    i = text.index(name)
    return Location(name, name, abs(hash((name, cc))) % 10**6, 1.0, 1.0, None, cc, "PPL", 4, i, i + len(name))


# --- an occasion dated after it is named ------------------------------------------------------------------------------

@pytest.mark.parametrize("first, trig, after, day", [
    ("Protesters set fire to the electoral office in Tamale the day after the parliamentary by-election.", "set",
     "The vote, held on Saturday, was won by the ruling party's candidate.", "2031-11-30"),
    ("Two days after the festival, gunmen attacked pilgrims returning home from Kaya.", "attacked",
     "The festival, which took place on Thursday, drew thousands of worshippers.", "2031-11-29"),
    ("Opposition supporters clashed with police in Lusaka two days after the presidential election, witnesses said.",
     "clashed", "The poll was held on Wednesday.", "2031-11-28"),
    # the occasion may be dated in the second sentence after
    ("Youths burned tyres in Conakry the day after the referendum.", "burned",
     "Turnout was low. The referendum, held on Friday, approved a new constitution.", "2031-11-29"),
])
def test_an_occasion_dated_in_a_later_sentence_is_what_the_phrase_counts_from(first: str, trig: str, after: str,
                                                                                day: str) -> None:
    assert _day(first, trig, after) == (day, "day")


@pytest.mark.parametrize("after", [
    "The match was held on Saturday.",  # another occasion
    "Results were announced on Saturday.",  # not the occasion's own sentence
    "Turnout was low. Officials said on Thursday that counting was slow. The vote was held on Saturday.",  # too far
    "The vote was held in November.",  # no day
    "",
])
def test_an_occasion_not_dated_just_after_keeps_the_old_reading(after: str) -> None:  # guard
    first = "Protesters set fire to the electoral office in Tamale the day after the by-election."
    assert _day(first, "set", after) == _day(first, "set")


def test_a_day_written_before_still_anchors_the_phrase() -> None:  # guard
    first = "Voters went to the polls on Thursday, and protesters set fire to an office the day after the vote."
    assert _day(first, "set", "The vote, held on Saturday, was calm.") == ("2031-11-28", "day")


# --- holidays of last year read in January ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, trig, day", [
    ("Gunmen attacked a church in southern Kaduna on Christmas Eve last year, police said.", "attacked", "2031-12-24"),
    ("Gunmen opened fire on worshippers on New Year's Eve last year, killing two people.", "opened", "2031-12-31"),
    ("Rebels shelled the town on Boxing Day last year.", "shelled", "2031-12-26"),
])
def test_a_december_holiday_of_last_year_read_in_january_is_not_past(nlp: Any, text: str, trig: str,
                                                                      day: str) -> None:
    pub = date(2032, 1, 10)
    assert _day(text, trig, published=pub) == (day, "day")
    i = text.index(trig)
    assert not resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig),
                                  pub).historical
    assert "historical" not in _aux(nlp, text, trig, pub)


def test_a_holiday_of_last_year_is_past_after_a_month(nlp: Any) -> None:  # guard
    text = "Gunmen killed 28 villagers in Plateau state on Christmas Day last year."
    pub = date(2032, 3, 16)
    i = text.index("killed")
    got = resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + 6, "killed"), pub)
    assert (got.date, got.historical) == ("2031-12-25", True)
    # and "New Year's Day last year" read on Jan. 10 is a year back
    text = "Gunmen killed 28 villagers on New Year's Day last year."
    got = resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + 6, "killed"), date(2032, 1, 10))
    assert (got.date, got.historical) == ("2031-01-01", True)
    assert "historical" in _aux(nlp, text, "killed", date(2032, 1, 10))


# --- the time of a joined clause --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trig", [
    ("Farmers blocked highways across Punjab on Monday to demand guaranteed crop prices, and their union has "
     "threatened to resume the blockade next week.", "blocked"),
    ("Police arrested two students who plan to march next week.", "arrested"),
    ("Soldiers detained the organisers on Friday after they called a strike for next week.", "detained"),
])
def test_next_week_in_a_clause_with_its_own_subject_is_not_the_event_s(nlp: Any, text: str, trig: str) -> None:
    assert "future" not in _aux(nlp, text, trig)


@pytest.mark.parametrize("text, trig", [
    ("Teachers will strike next week, the union said.", "strike"),
    ("Workers plan to strike next week.", "strike"),
    ("Doctors announced a strike which begins next week.", "strike"),  # a clause on the event noun itself
    ("Unions called a strike for next week.", "strike"),
])
def test_the_event_s_own_coming_time_stays_future(nlp: Any, text: str, trig: str) -> None:  # guard
    assert "future" in _aux(nlp, text, trig)


# --- compared with a past massacre ------------------------------------------------------------------------------------

def test_the_year_of_what_the_event_is_compared_to_is_not_its_own(nlp: Any) -> None:
    assert "historical" not in _aux(nlp, "Human rights groups compared the killings to the 2022 massacre in Moura.",
                                    "killings")
    assert "historical" not in _aux(nlp, "Survivors likened the attack to the 2019 raid on the camp.", "attack")


@pytest.mark.parametrize("text, trig", [
    ("Human rights groups compared the killings to the 2022 massacre in Moura, where soldiers and foreign fighters "
     "killed hundreds of people.", "killed"),
    ("Residents recalled the 2019 attack on the village of Sobane, in which gunmen killed 35 people.", "killed"),
])
def test_a_clause_on_the_place_of_a_past_massacre_tells_the_massacre(nlp: Any, text: str, trig: str) -> None:
    assert "historical" in _aux(nlp, text, trig)


def test_a_clause_on_a_place_of_the_news_keeps_its_time(nlp: Any) -> None:  # guard
    assert "historical" not in _aux(nlp, "Troops attacked the village of Sobane, where gunmen killed 35 people on "
                                         "Sunday.", "killed")
    assert "historical" in _aux(nlp, "Activists recalled the attack in 2019.", "attack")


# --- a conflict's running toll ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Clashes between herders and farmers have killed thousands since 2018, as competition for land grows.",
    "Violence in the region has claimed more than 10,000 lives since 2015.",
    "The conflict between the army and the RSF has killed tens of thousands since April 2023.",
    "Fighting between the two clans has left hundreds dead over the past decade.",  # (a long tally before)
])
def test_a_conflict_s_running_toll_is_background(text: str) -> None:
    assert background_kind(text) is not None


@pytest.mark.parametrize("text", [
    "The Houthis have attacked more than 80 tankers since 2024.",  # a party's acts: ongoing
    "Clashes have killed 20 people since Monday.",  # a short span: the news
    "Clashes between herders and farmers killed 12 people on Sunday.",
    "Gunmen attacked the village on Sunday, and clashes have killed 40 since 2019.",  # not the main clause
    "",
    "since 2018",
])
def test_news_and_a_party_s_ongoing_acts_are_no_running_toll(text: str) -> None:  # guard
    assert not is_background_statement(text)


# --- a claim retells the claimed deed ---------------------------------------------------------------------------------

_BOMB = "A suicide car bomb exploded at a military checkpoint in Mogadishu on Tuesday, killing nine soldiers."


def _claim_pair(claim: str, trig: str, when: str = "2031-11-25", **kw: Any) -> list[Any]:
    text = _BOMB + " " + claim
    # the parse may give the deed a party the claim's words do not share ("Mogadishu" read as the government)
    deed = made_event(text, 0, _BOMB, "exploded", when="2031-11-25", loc=_at(text, "Mogadishu", "SOM"),
                      recipient=("Mogadishu", "SOM", "GOV"))
    told = made_event(text, 1, claim, trig, when=when, **kw)
    return merge_duplicates([deed, told])


@pytest.mark.parametrize("claim, trig", [
    ("Al-Shabaab claimed the bombing, saying it had targeted soldiers.", "targeted"),
    ("Al-Shabaab claimed responsibility, saying its fighters had killed 30 apostate soldiers.", "killed"),
    ("The group claimed responsibility for Tuesday's attack and said it had targeted the army.", "targeted"),
])
def test_what_a_claimant_says_of_the_claimed_deed_is_that_deed(claim: str, trig: str) -> None:
    got = _claim_pair(claim, trig, actor=("Al-Shabaab" if "Al-Shabaab" in claim else "The group", "SOM", "REB"),
                      recipient=("soldiers" if "soldiers" in claim else "the army", "SOM", "MIL"))
    assert len(got) == 1
    assert got[0].size.dead == 9  # the claimant's boast is no toll
    assert got[0].date == "2031-11-25"
    assert any(a.code == "SOM" for a in got[0].actor)


@pytest.mark.parametrize("claim, trig, when", [
    ("Al-Shabaab claimed the bombing, saying its fighters had also attacked a base in Baidoa.", "attacked",
     "2031-11-25"),
    ("Al-Shabaab claimed the bombing, saying it had killed 20 soldiers at a base on Sunday.", "killed",
     "2031-11-30"),
    ("Al-Shabaab claimed the bombing. Its fighters attacked a base in Baidoa.", "attacked", "2031-11-25"),
])
def test_another_deed_told_by_a_claimant_stays_apart(claim: str, trig: str, when: str) -> None:  # guard
    text = _BOMB + " " + claim
    loc = _at(text, "Baidoa", "SOM") if "Baidoa" in claim else None
    got = _claim_pair(claim, trig, when, loc=loc, actor=("Al-Shabaab", "SOM", "REB"),
                      recipient=("base", "SOM", "MIL"))
    assert len(got) == 2


def test_a_claim_of_a_past_or_denied_deed_joins_nothing() -> None:  # guard
    got = _claim_pair("Al-Shabaab claimed the bombing, saying it had not targeted civilians.", "targeted",
                      aux=("negation",))
    assert len(got) == 2


def _bombing_then(after: str) -> list[Any]:
    """The suicide bombing (`_BOMB`) and the next sentence's blast, merged."""
    from dataclasses import replace
    text = _BOMB + " " + after
    deed = replace(made_event(text, 0, _BOMB, "exploded", when="2031-11-25", loc=_at(text, "Mogadishu", "SOM"),
                              recipient=("military checkpoint", "SOM", "MIL")), acled_sub_event_type="Suicide bomb")
    told = replace(made_event(text, 1, after, "destroyed", when="2031-11-25", loc=_at(text, "Mogadishu", "SOM"),
                              recipient=("two vehicles", None, None)),
                   acled_sub_event_type="Remote explosive/landmine/IED")
    return merge_duplicates([deed, told])


def test_the_explosion_after_a_bombing_names_it() -> None:
    assert len(_bombing_then("\"The explosion destroyed two vehicles at the checkpoint,\" a police officer said.")) == 1
    # a second, indefinite bomb is another act
    assert len(_bombing_then("A roadside bomb destroyed two vehicles at the checkpoint.")) == 2


# --- dates and flags of a comparison, a participle after a denial, a deed counted from a coming occasion -------------

def test_a_date_of_what_the_event_is_compared_with_is_not_its_own(nlp: Any) -> None:
    first = "Police compared the attack to a similar shooting in 2024."
    assert _day(first, "attack") == ("2031-12-01", "day")  # the story's day, not 2024
    assert "historical" not in _aux(nlp, first, "attack")
    assert _day("Activists likened the killings to the massacre of May 2022.", "killings") == ("2031-12-01", "day")


@pytest.mark.parametrize("first, trig, day", [
    ("Rebels attacked the camp with a truck bomb on Sunday.", "attacked", "2031-11-30"),  # no comparison
    ("Activists likened the killings on Sunday to the massacre of May 2022.", "killings", "2031-11-30"),
    ("The massacre of May 2022 was compared to the genocide.", "massacre", "2022-05-01"),
])
def test_the_event_s_own_date_stays_beside_a_comparison(first: str, trig: str, day: str) -> None:  # guard
    assert _day(first, trig)[0] == day


def test_a_participle_after_a_denial_is_no_denied_act(nlp: Any) -> None:
    text = "Rebels denied killing the villagers, blaming the army for Saturday's massacre in Beni."
    assert "negation" not in _aux(nlp, text, "blaming")
    assert "negation" in _aux(nlp, text, "killing")


def test_acts_joined_by_and_under_a_denial_are_both_denied(nlp: Any) -> None:  # guard
    assert "negation" in _aux(nlp, "The army denied attacking and looting the village.", "looting")


@pytest.mark.parametrize("first", [
    "Opposition leaders plan to hold a rally on Sunday, days after police killed two protesters in Abuja.",
    "Opposition leaders plan to hold a rally on Sunday, two days after police killed two protesters in Abuja.",
])
def test_a_done_deed_counted_back_from_a_coming_occasion_is_not_ahead(first: str) -> None:
    pub = date(2031, 12, 31)  # a Wednesday: Sunday is Jan. 4
    assert _day(first, "killed", published=pub) == ("2031-12-31", "week")


def test_a_deed_counted_back_from_a_past_occasion_keeps_its_day() -> None:  # guard
    pub = date(2031, 12, 31)
    assert _day("Opposition leaders held a rally on Sunday, two days after police killed two protesters.", "killed",
                published=pub) == ("2031-12-26", "day")


def test_known_doers_acting_on_the_same_kind_of_party_retell_the_act() -> None:
    from dataclasses import replace
    a = "Gunmen kidnapped 30 students from a school in Kaduna state on Tuesday."
    b = "The kidnappers stormed the school at night, residents said."
    text = a + " " + b
    deed = replace(made_event(text, 0, a, "kidnapped", when="2031-12-30", actor=("Gunmen", "NGA", "UAF"),
                              recipient=("30 students", "NGA", "EDU"), loc=_at(text, "Kaduna", "NGA")),
                   acled_sub_event_type="Abduction/forced disappearance")
    told = replace(made_event(text, 1, b, "stormed", when="2031-12-30", actor=("kidnappers", None, "CRM"),
                              recipient=("school", None, "EDU"), loc=_at(text, "Kaduna", "NGA")),
                   acled_sub_event_type="Violent demonstration")  # the sub-type a sentence alone may read
    assert len(merge_duplicates([deed, told])) == 1
    # other doers, or the same ones on another kind of party, keep the acts apart
    c = "Bandits stormed the school at night, residents said."
    text = a + " " + c
    other = replace(made_event(text, 1, c, "stormed", when="2031-12-30", actor=("Bandits", None, "CRM"),
                               recipient=("school", None, "EDU"), loc=_at(text, "Kaduna", "NGA")),
                    acled_sub_event_type="Violent demonstration")
    deed = replace(deed, sentence=Sentence(0, 0, len(a), a))
    assert len(merge_duplicates([deed, other])) == 2


# --- the target already told, named again by "the" --------------------------------------------------------------------

_BASE = "Suspected jihadists attacked an army base near Damboa on Sunday, killing 12 soldiers, military sources said."


def _base_pair(told: str, actor: tuple[str, str | None, str | None]) -> list[Any]:
    text = _BASE + " " + told
    deed = made_event(text, 0, _BASE, "attacked", when="2031-11-30", actor=("Suspected jihadists", "NGA", "REB"),
                      recipient=("army base", "NGA", "MIL"), loc=_at(text, "Damboa", "NGA"))
    other = made_event(text, 1, told, "attacked", when="2031-11-30", actor=actor, recipient=("the base", None, None))
    return merge_duplicates([deed, other])


def test_a_group_s_own_account_of_the_act_on_the_target_told_is_that_act() -> None:
    got = _base_pair("In a statement, Islamic State West Africa Province said its fighters had attacked the base, "
                     "killing 20 soldiers.", ("its fighters", "IMG", "REB"))
    assert len(got) == 1
    assert got[0].size.dead == 12  # the group's own toll is its boast


@pytest.mark.parametrize("told", [
    "Hours later, the militants attacked the base again, killing 20 soldiers.",
    "Another group of fighters attacked the base, killing 20 soldiers.",
])
def test_a_contrasted_act_on_the_same_target_is_another_act(told: str) -> None:  # guard
    assert len(_base_pair(told, ("fighters" if "fighters" in told else "the militants", "IMG", "REB"))) == 2


def test_a_comparing_verb_as_the_trigger_keeps_its_day() -> None:  # guard, odd input
    assert _day("Protesters compared the president to a dictator on Sunday.", "compared") == ("2031-11-30", "day")
    assert _day("Compared to a", "Compared") == ("2031-12-01", "day")
