"""Round K33 (session 24): meetings told again, arrest counts updated, accounts dated by their report, deeds counted a
year back, more definite event nouns.

- "Taliban officials and U.S. envoys met in Doha on Monday ... The talks in Doha were the first since March", "Macron's
  visit to Algiers was his first since 2022", "During the meeting, the two leaders discussed ...": the meeting told
  again is one CONSULT (`merge.is_meeting_retold`); the venue read as a party ("Doha") joins no party list;
- "Police arrested 45 people ... The number of those detained has since risen to 112": the count updates the round
  of arrests (`merge.arrest_count_update`, in `merge_duplicates` and `updated_tolls`), no arrest of the update's day;
- "On Friday, the Islamic State said its fighters had killed 25 soldiers in the ambush": an account in the past
  perfect that names the deed told (and so takes only its report's day) is that deed (`merge._deed_of_account`);
- "The strikes came a year after a similar attack on the village killed 30 people": a deed counted a year back is
  that month a year before, past (`dates._counted_clause_date`);
- "The battle lasted several hours", "The assassination sparked protests": more definite event nouns name a deed told.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from newsevents.coding.merge import arrest_count_update, is_meeting_retold, is_remention, merge_duplicates, \
    updated_tolls
from newsevents.dates import resolve_event_date
from newsevents.records import Location, Sentence, Trigger
from story_parts import location, made_event, period_sentences

PUB = date(2030, 6, 3)  # a Monday


_at = location
_sentences = period_sentences


def _day(first: str, second: str, trig: str, published: date | None = PUB) -> tuple[str | None, str | None, bool]:
    """The date of `trig` in the sentence `second`, told after `first`."""
    text = first + " " + second
    off = len(first) + 1
    i = text.index(trig, off)
    got = resolve_event_date(text, Sentence(1, off, len(text), second), Trigger(i, i + len(trig), trig), published)
    return got.date, got.precision, got.historical


# --- a meeting told again ---------------------------------------------------------------------------------------------

_MET = "Taliban officials and U.S. envoys met in Doha on Monday to discuss the release of aid workers."


def _meeting_then(after: str, trig: str, **kw: Any) -> list[Any]:
    text = _MET + " " + after
    met = made_event(text, 0, _MET, "met", event="CONSULT", when="2030-06-03", loc=_at(text, "Doha", "QAT"),
                     actor=("Taliban officials", "AFG", "REB"), recipient=("U.S. envoys", "USA", "GOV"))
    told = made_event(text, 1, after, trig, event="CONSULT", when="2030-06-03", loc=_at(text, "Doha", "QAT"), **kw)
    return merge_duplicates([met, told])


@pytest.mark.parametrize("after, trig, kw", [
    ("The talks in Doha were the first since the two sides suspended contacts in March.", "talks",
     {"recipient": ("Doha", "QAT", "GOV")}),
    ("Those talks lasted six hours, a Qatari official said.", "talks", {}),
    ("The Taliban's meeting with the envoys ended without a statement.", "meeting", {"actor": ("Taliban", "AFG", "REB")}),
    ("During the meeting, the two sides discussed a prisoner exchange.", "discussed",
     {"actor": ("the two sides", None, None)}),
    ("At the talks, the envoys raised the case of a detained American.", "raised", {"actor": ("the envoys", "USA", "GOV")}),
])
def test_a_meeting_told_again_is_the_meeting(after: str, trig: str, kw: dict[str, Any]) -> None:
    got = _meeting_then(after, trig, **kw)
    assert len(got) == 1
    # the venue read as a party ("The talks in Doha": Doha, QAT GOV) is no party of the meeting
    assert {e.code for e in got[0].actor + got[0].recipient} <= {"AFG", "USA"}
    assert got[0].date == "2030-06-03"


@pytest.mark.parametrize("after, trig, kw", [
    # contrasted (the envoys took part in the meeting told, but this is another)
    ("A second meeting was held with the U.S. envoys.", "meeting", {"actor": ("U.S. envoys", "USA", "GOV")}),
    ("The envoys' next talks with the Taliban were held in Doha.", "talks", {"actor": ("envoys", "USA", "GOV")}),
    ("Another round of talks took place with the U.S. envoys.", "talks", {"actor": ("U.S. envoys", "USA", "GOV")}),
    # a meeting of others, though named by "the"
    ("The meeting between Pakistani and Indian officials in Doha ended early.", "meeting",
     {"actor": ("Pakistani and Indian officials", "PAK", "GOV")}),
])
def test_another_meeting_stays_apart(after: str, trig: str, kw: dict[str, Any]) -> None:  # guard
    assert len(_meeting_then(after, trig, **kw)) == 2


def test_a_possessed_visit_is_the_visit_told() -> None:
    first = "French President Emmanuel Macron met Algerian President Abdelmadjid Tebboune in Algiers on Wednesday."
    after = "Macron's visit to Algiers was his first since 2022."
    text = first + " " + after
    met = made_event(text, 0, first, "met", event="CONSULT", when="2030-05-29", loc=_at(text, "Algiers", "DZA"),
                     actor=("French President Emmanuel Macron", "FRA", "GOV"),
                     recipient=("Algerian President Abdelmadjid Tebboune", "DZA", "GOV"))
    # the parse lists a meeting's sides as both actor and recipient, and reads the place visited as the host
    # government (Algiers, DZA GOV)
    met = replace(met, actor=met.actor + met.recipient, recipient=met.actor + met.recipient)
    at = text.index("Algiers", len(first))
    visit = made_event(text, 1, after, "visit", event="CONSULT", when="2030-05-29",
                       loc=Location("Algiers", "Algiers", 1, 1.0, 1.0, None, "DZA", "PPLC", 4, at, at + len("Algiers")),
                       actor=("Macron", "FRA", "GOV"), recipient=("Algiers", "DZA", "GOV"))
    assert is_meeting_retold(visit)
    got = merge_duplicates([met, visit])
    assert len(got) == 1
    assert "Algiers" not in [e.entity_text for e in got[0].actor + got[0].recipient]


def test_what_is_no_meeting_told_again() -> None:  # guard, odd input
    text = _MET + " The talks were the first since March."
    talks = made_event(text, 1, "The talks were the first since March.", "talks", event="CONSULT", when=None)
    assert is_meeting_retold(talks)
    assert not is_meeting_retold(replace(talks, trigger=None))
    assert not is_meeting_retold(replace(talks, event="ASSAULT"))  # only meetings
    # an indefinite meeting noun and a verb outside a meeting are no re-mention
    text = _MET + " Talks were held again on Tuesday."
    assert not is_meeting_retold(made_event(text, 1, "Talks were held again on Tuesday.", "Talks",
                                            event="CONSULT", when=None))
    text = _MET + " After the meeting, the envoys flew to Kabul."
    assert not is_meeting_retold(made_event(text, 1, "After the meeting, the envoys flew to Kabul.", "flew",
                                            event="CONSULT", when=None))


# --- an arrest count updated ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("The number of those detained has since risen to 112, a police spokesman said on Saturday.", 112),
    ("The number of people arrested rose to 300 on Monday.", 300),
    ("Police said the number of arrests had climbed to 85.", 85),
    ("Raids continued, bringing the number of people detained to sixty.", 60),
    ("The total number of people detained had reached 70 by Tuesday, a rights group said.", 70),
    ("Arrests have risen to 1,200, police said.", 1200),
])
def test_an_arrest_count_update_is_read(text: str, n: int) -> None:
    assert arrest_count_update(text) == n


@pytest.mark.parametrize("text", [
    "The number of people arrested this year has risen to 900.",  # a tally of the year
    "The number of people detained since the crackdown began has risen to 2,000.",
    "Arrests since 2022 have reached 10,000.",
    "The number of dead rose to 12.",  # a toll, not arrests
    "The number of those detained rose to one.",  # one person is no round's count
    "Police arrested 40 people on Sunday.",  # an arrest, no update
    "",
])
def test_what_is_no_arrest_count_update(text: str) -> None:  # guard
    assert arrest_count_update(text) is None


_ARREST = "Police arrested 45 people after clashes between rival student groups in Dhaka on Thursday."


def _arrests_then(after: str, when: str = "2030-05-31", **kw: Any) -> list[Any]:
    text = _ARREST + " " + after
    arrest = made_event(text, 0, _ARREST, "arrested", event="COERCE", mode=("arrest",), when="2030-05-30",
                        loc=_at(text, "Dhaka", "BGD"), actor=("Police", "BGD", "COP"))
    update = made_event(text, 1, after, "detained", event="COERCE", mode=("arrest",), when=when,
                        loc=_at(text, "Dhaka", "BGD"), **kw)
    return merge_duplicates([arrest, update])


def test_an_arrest_count_update_is_no_second_arrest() -> None:
    got = _arrests_then("The number of those detained in Dhaka has since risen to 112, police said on Friday.")
    assert len(got) == 1
    assert got[0].size.arrested == 112
    assert got[0].date == "2030-05-30"  # the arrests keep their day


def test_a_lower_count_does_not_lower_the_arrests() -> None:
    got = _arrests_then("The number of those detained in Dhaka has since risen to 30, police said on Friday.")
    assert [e.size.arrested for e in got] == [45]


def test_what_an_arrest_count_update_does_not_join() -> None:  # guard
    # a denied round of arrests is updated by nothing
    text = _ARREST + " The number of those detained in Dhaka has since risen to 112."
    arrest = made_event(text, 0, _ARREST, "arrested", event="COERCE", mode=("arrest",), when="2030-05-30",
                        aux=("negation",))
    update = made_event(text, 1, "The number of those detained in Dhaka has since risen to 112.", "detained",
                        event="COERCE", mode=("arrest",), when="2030-05-31")
    assert len(merge_duplicates([arrest, update])) == 2
    # an update dated before the arrests it would update is not theirs
    assert len(_arrests_then("The number of those detained in Dhaka had risen to 112.", when="2030-05-29")) == 2
    # "In a separate case, ..." turns to another event
    assert len(_arrests_then("In a separate case, the number of those detained in Dhaka rose to 112.")) == 2


def test_an_arrest_count_sentence_with_no_event_raises_the_arrests() -> None:
    text = _ARREST + ". The number of people held has since risen to 112, a police spokesman said"
    sents = _sentences(text)
    arrest = made_event(text, 0, sents[0].text, "arrested", event="COERCE", mode=("arrest",), when="2030-05-30")
    assert [e.size.arrested for e in updated_tolls([arrest], sents)] == [112]
    # an attack's count is no arrest count
    attack = made_event(text, 0, sents[0].text, "arrested", event="ASSAULT", when="2030-05-30")
    assert [e.size.arrested for e in updated_tolls([attack], sents)] == [attack.size.arrested]


# --- an account dated by its report -----------------------------------------------------------------------------------

_AMBUSH = "Jihadists ambushed an army patrol near Tillaberi on Thursday, killing 10 soldiers."


def _ambush_then(after: str, trig: str, when: str = "2030-05-31", **kw: Any) -> list[Any]:
    text = _AMBUSH + " " + after
    deed = made_event(text, 0, _AMBUSH, "ambushed", when="2030-05-30", loc=_at(text, "Tillaberi", "NER"),
                      actor=("Jihadists", "NER", "REB"), recipient=("army patrol", "NER", "MIL"))
    told = made_event(text, 1, after, trig, when=when, **kw)
    return merge_duplicates([deed, told])


@pytest.mark.parametrize("after", [
    "On Friday, the Islamic State in the Sahel said its fighters had killed 25 soldiers in the ambush.",
    "The Islamic State said on Friday that its fighters had killed 25 soldiers during the attack on the patrol.",
])
def test_an_account_dated_by_its_report_is_the_deed(after: str) -> None:
    got = _ambush_then(after, "killed", actor=("its fighters", None, "REB"), recipient=("25 soldiers", None, "MIL"))
    assert len(got) == 1
    assert got[0].date == "2030-05-30"
    assert got[0].size.dead == 10  # the group's boast is no toll


@pytest.mark.parametrize("after, when", [
    # the reported clause dates its deed
    ("On Friday, the group said its fighters had killed 25 soldiers in the ambush on Wednesday.", "2030-05-29"),
    # a deed of its own, not named as the one told
    ("On Friday, the group said its fighters had killed 25 soldiers at a checkpoint.", "2030-05-31"),
    # reported weeks later
    ("On June 20, the group said its fighters had killed 25 soldiers in the ambush.", "2030-06-20"),
    # no past perfect: the report's day is the deed's
    ("On Friday, troops killed 25 militants in the ambush.", "2030-05-31"),
])
def test_what_is_no_account_of_the_deed(after: str, when: str) -> None:  # guard
    party = ("troops", "NER", "MIL") if "troops" in after else ("its fighters", None, "REB")
    assert len(_ambush_then(after, "killed", when=when, actor=party)) == 2


# --- a deed counted a year back ---------------------------------------------------------------------------------------

_STRIKES = "Myanmar's military carried out air strikes on a village in Sagaing region on Thursday."


def test_a_deed_a_year_before_is_that_month_a_year_back() -> None:
    got = _day(_STRIKES, "The strikes came a year after a similar attack on the village killed 30 people.", "killed")
    assert got == ("2029-05-01", "month", True)
    got = _day(_STRIKES, "The strikes came two years after soldiers burned the village.", "burned")
    assert got == ("2028-05-01", "month", True)


def test_days_weeks_and_months_counted_back_keep_their_reading() -> None:  # guard
    assert _day(_STRIKES, "The strikes came two days after rebels attacked a base.", "attacked")[:2] == \
        ("2030-05-28", "day")
    assert _day(_STRIKES, "The strikes came a week after rebels attacked a base.", "attacked")[:2] == \
        ("2030-05-23", "week")
    assert _day(_STRIKES, "The strikes came two months after rebels attacked a base.", "attacked")[:2] == \
        ("2030-03-01", "month")


# --- more definite event nouns ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sent, trig, told", [
    ("The battle lasted several hours, residents said.", "battle", True),
    ("The gunfight ended at dawn.", "gunfight", True),
    ("The assassination sparked protests by lawyers.", "assassination", True),
    ("The clash left four dead.", "clash", True),
    ("Another battle broke out near the airport.", "battle", False),  # guard: contrasted
    ("A gunfight broke out near the airport.", "gunfight", False),  # guard: indefinite
])
def test_a_definite_event_noun_names_the_deed_told(sent: str, trig: str, told: bool) -> None:
    text = "Troops and militiamen clashed near Bunia on Monday. " + sent
    assert is_remention(made_event(text, 1, sent, trig, when=None)) is told


def test_the_battle_told_after_a_clash_joins_it() -> None:
    first = "Congolese troops and CODECO militiamen clashed near Bunia on Monday, leaving 10 dead."
    after = "The battle lasted several hours, residents said."
    text = first + " " + after
    clash = replace(made_event(text, 0, first, "clashed", when="2030-06-03", loc=_at(text, "Bunia", "COD"),
                               actor=("Congolese troops", "COD", "MIL"), recipient=("CODECO militiamen", "COD", "REB")),
                    acled_sub_event_type="Armed clash")
    battle = made_event(text, 1, after, "battle", when="2030-06-03", loc=_at(text, "Bunia", "COD"),
                        actor=("residents", "COD", "CVL"))
    got = merge_duplicates([clash, battle])
    assert len(got) == 1
    assert got[0].size.dead == 10


# --- a passive relative clause tells an earlier deed ------------------------------------------------------------------

def _one(sent: str, trig: str, published: date | None = PUB) -> tuple[str | None, str | None, bool]:
    i = sent.index(trig)
    got = resolve_event_date(sent, Sentence(0, 0, len(sent), sent), Trigger(i, i + len(trig), trig), published)
    return got.date, got.precision, got.historical


@pytest.mark.parametrize("sent, trig", [
    ("Soldiers rescued 20 students who were kidnapped from their school in Kuriga last March, the army said.",
     "rescued"),
    ("The Taliban freed two British nationals who were detained in February, officials said.", "freed"),
    ("Troops freed 12 passengers who were seized on the highway on Saturday.", "freed"),
])
def test_a_passive_relative_clause_s_date_is_not_the_deed_s(sent: str, trig: str) -> None:
    assert _one(sent, trig) == ("2030-06-03", "day", False)  # undated: the publication day


def test_a_deed_inside_the_clause_takes_the_clause_s_date() -> None:
    sent = "Soldiers rescued 20 students on Monday who were kidnapped from their school in Kuriga last March."
    assert _one(sent, "rescued")[:2] == ("2030-06-03", "day")
    assert _one(sent, "kidnapped") == ("2030-03-01", "month", True)


@pytest.mark.parametrize("sent, trig, day", [
    ("Gunmen attacked a bus that was carrying 30 passengers on Sunday.", "attacked", "2030-06-02"),  # no passive
    ("Police freed 12 hostages on Sunday who were held in a warehouse.", "freed", "2030-06-02"),  # date outside
    ("The 20 students who were kidnapped last March were freed on Sunday.", "freed", "2030-06-02"),  # clause before
    ("Police dispersed protesters who were marching on Sunday.", "dispersed", "2030-06-02"),  # not passive
    ("The opposition rejected the referendum, which was held on Sunday.", "referendum", "2030-06-02"),  # on the noun
])
def test_what_is_no_earlier_passive_deed(sent: str, trig: str, day: str) -> None:  # guard
    assert _one(sent, trig)[0] == day


# --- acts repeated over years are a history ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The two sides have clashed repeatedly since 2013, when a civil war broke out.",
    "Settlers have attacked Palestinian villages more than 1,000 times since 2023, according to U.N. figures.",
    "Israel has struck Iranian targets in Syria hundreds of times in recent years.",
    "Police have broken up opposition rallies on several occasions since the coup began.",
])
def test_acts_repeated_over_years_are_background(text: str) -> None:
    from newsevents.coding.story_guards import background_kind
    assert background_kind(text) in ("acts repeated over years", "long-running tally")


@pytest.mark.parametrize("text", [
    "The Houthis have attacked more than 80 tankers since 2024.",  # a campaign counted by its targets (convention)
    "Gunmen have attacked the village three times since Monday.",  # a short span: news
    "Police have repeatedly fired tear gas at protesters since Sunday.",
    "Fighting between the army and SPLA-IO forces killed 15 people on Saturday.",
    "Residents said the town, which has been shelled repeatedly since 2022, was hit again on Sunday.",  # in a clause
])
def test_news_and_campaigns_are_no_repeated_history(text: str) -> None:  # guard
    from newsevents.coding.story_guards import background_kind
    assert background_kind(text) != "acts repeated over years"


def test_another_side_s_account_adds_the_victims_of_its_side() -> None:
    first = "Jihadists attacked a military camp in Boulkessi on Sunday, killing 15 soldiers."
    after = "On Monday, the army said troops had killed 30 militants in the attack."
    text = first + " " + after
    deed = made_event(text, 0, first, "attacked", when="2030-06-02", loc=_at(text, "Boulkessi", "MLI"),
                      actor=("Jihadists", "MLI", "REB"), recipient=("15 soldiers", "MLI", "MIL"))
    told = made_event(text, 1, after, "killed", when="2030-06-03", actor=("troops", "MLI", "MIL"),
                      recipient=("30 militants", "MLI", "REB"))
    got = merge_duplicates([deed, told])
    assert len(got) == 1
    assert got[0].date == "2030-06-02"
    assert got[0].size.dead == 45


# --- the year of the occasion a deed was done in ----------------------------------------------------------------------

_JUNTA = "BAMAKO - Mali's junta, which seized power in a 2020 coup, dissolved all political parties on Tuesday."


def test_the_year_of_the_occasion_after_the_verb_dates_the_deed() -> None:
    assert _one(_JUNTA, "seized") == ("2020-01-01", "year", True)
    sent = "The general, who came to power in the 2021 coup, met Putin on Monday."
    assert _one(sent, "came") == ("2021-01-01", "year", True)


def test_the_occasion_year_dates_no_other_deed() -> None:  # guard
    assert _one(_JUNTA, "dissolved")[:2] == ("2030-05-28", "day")
    # a coming year is left to the story's dates
    assert _one("The party will take power in a 2031 election, its leader said.", "take")[0] != "2031-01-01"
    # a day of its own before the occasion ("attacked the village on Sunday in a 2029 attack") is the deed's
    assert _one("Gunmen attacked the village on Sunday in a 2029 attack.", "attacked")[0] == "2030-06-02"
    # without a publication date (nor a dated dateline) the year is not weighed as past: undated, as before
    assert _one(_JUNTA, "seized", published=None) == (None, None, False)


# --- an event joins the deed of its own sentence first ----------------------------------------------------------------

def test_an_event_joins_the_deed_told_in_its_own_sentence_first() -> None:
    first = "Al-Shabaab fighters overran an army base in Middle Shabelle on Friday."
    after = "Troops retook the base hours later after heavy fighting, killing 20 militants."
    text = first + " " + after
    loc = _at(text, "Middle Shabelle", "SOM")
    overran = made_event(text, 0, first, "overran", when="2030-05-31", loc=loc,
                         actor=("Al-Shabaab fighters", "SOM", "REB"), recipient=("army base", "SOM", "MIL"))
    retook = made_event(text, 1, after, "retook", when="2030-05-31", loc=loc, actor=("Troops", "SOM", "MIL"))
    fighting = made_event(text, 1, after, "fighting", when="2030-05-31", loc=loc)
    got = merge_duplicates([overran, retook, fighting])
    assert [e.trigger.text for e in got if e.trigger] == ["overran", "retook"]
    assert [e.size.dead for e in got] == [None, 20]
    # guard: with no deed of its own sentence it still joins the one told before
    got = merge_duplicates([overran, fighting])
    assert len(got) == 1 and got[0].size.dead == 20


# --- a re-mention compared with another occasion ----------------------------------------------------------------------

def _attack_then(after: str) -> list[Any]:
    first = "Gunmen attacked a village near Konduga on Sunday, killing eight people."
    text = first + " " + after
    deed = made_event(text, 0, first, "attacked", when="2030-06-02", loc=_at(text, "Konduga", "NGA"),
                      actor=("Gunmen", "NGA", "UAF"), recipient=("village", "NGA", "CVL"))
    told = made_event(text, 1, after, "attack", when="2030-06-02",
                      loc=_at(text, "Mafa", "NGA") if "Mafa" in after else None)
    return merge_duplicates([deed, told])


@pytest.mark.parametrize("after", [
    "The attack was the deadliest since the 2024 massacre in Mafa, where gunmen killed 40 people.",
    "The attack was less deadly than a raid on Mafa in 2024 that left 40 dead.",
])
def test_the_occasion_a_re_mention_is_compared_with_lends_no_toll_or_place(after: str) -> None:
    got = _attack_then(after)
    assert len(got) == 1
    assert got[0].size.dead == 8
    assert got[0].event_loc is not None and got[0].event_loc.extracted_place == "Konduga"


def test_a_re_mention_s_own_toll_still_counts() -> None:  # guard
    got = _attack_then("The attack, which killed 11 people in all, was the deadliest since 2024.")
    assert [e.size.dead for e in got] == [11]
    got = _attack_then("The attack killed 11 people, police said.")
    assert [e.size.dead for e in got] == [11]


# --- a vowed act's day lies ahead -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sent, trig, day", [
    ("Striking doctors vowed to go ahead with a march to parliament on Thursday, after police broke up their sit-in "
     "on Tuesday.", "march", "2030-06-06"),
    ("The unions vowed to go ahead with a general strike across the country on Monday despite the ban.", "strike",
     "2030-06-10"),
])
def test_a_vowed_act_far_from_the_vow_keeps_its_coming_day(sent: str, trig: str, day: str) -> None:
    assert _one(sent, trig, published=date(2030, 6, 5))[0] == day  # a Wednesday


def test_a_deed_told_after_a_vow_keeps_its_past_day() -> None:  # guard
    sent = "Police broke up the sit-in on Tuesday, and the doctors vowed to march again."
    assert _one(sent, "broke", published=date(2030, 6, 5))[0] == "2030-06-04"


# --- a toll update coded as an event of its own -----------------------------------------------------------------------

_BUS = "Gunmen attacked a bus in Balochistan on Monday, killing nine passengers."


def _bus_then(after: str, trig: str, when: str = "2030-06-03", **kw: Any) -> list[Any]:
    text = _BUS + " " + after
    deed = made_event(text, 0, _BUS, "attacked", when="2030-06-03", loc=_at(text, "Balochistan", "PAK"),
                      actor=("Gunmen", "PAK", "UAF"), recipient=("bus", None, None))
    update = made_event(text, 1, after, trig, when=when, **kw)
    return merge_duplicates([deed, update])


@pytest.mark.parametrize("after, trig, dead, injured", [
    ("Officials later said the number of dead had climbed to 14.", "dead", 14, None),
    ("On Tuesday, officials said the death toll had risen to 20, with more than 30 wounded.", "wounded", 20, 30),
])
def test_a_toll_update_read_as_an_event_raises_its_deed(after: str, trig: str, dead: int, injured: int | None) -> None:
    got = _bus_then(after, trig, when="2030-06-04")
    assert len(got) == 1
    assert got[0].date == "2030-06-03"
    assert (got[0].size.dead, got[0].size.injured) == (dead, injured)


@pytest.mark.parametrize("after, trig, kw", [
    ("In a separate attack, the number of dead rose to 14.", "dead", {}),
    ("Officials said the number of dead had climbed to 14.", "dead", {"aux": ("hypothetical",)}),
])
def test_what_a_toll_update_event_leaves_alone(after: str, trig: str, kw: dict[str, Any]) -> None:  # guard
    got = _bus_then(after, trig, **kw)
    assert got[0].size.dead == 9


def test_the_number_of_dead_told_is_the_total() -> None:
    text = "Gunmen killed 17 villagers in Plateau state on Sunday. Another five bodies were recovered on Monday, " \
           "bringing the number of dead to 22."
    sents = _sentences(text)
    deed = made_event(text, 0, sents[0].text, "killed", when="2030-06-02")
    assert [e.size.dead for e in updated_tolls([deed], sents)] == [22]


@pytest.mark.parametrize("text", [
    "The death toll from the war has risen to 60,000.",  # a war's tally
    "The death toll from the floods rose to 40.",  # a disaster's
    "The number of people killed this year has risen to 300.",
    "Police said the attackers had fled.",  # no update at all
])
def test_what_is_no_toll_update_of_one_deed(text: str) -> None:  # guard
    from newsevents.coding.merge import _toll_update_count
    assert _toll_update_count(text) is None
