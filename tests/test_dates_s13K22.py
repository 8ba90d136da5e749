"""Round K22 (session 13, issue 4): event dates and the pipeline.

- a deed told inside a counted after/before clause ("came a day after police detained ...") is counted from the day of
  the clause it hangs on;
- a date modifying a noun after a causal preposition ("arrested two men over the Jan. 5 bombing") dates that noun only;
- a period after a superlative ("the deadliest so far this year") compares, it does not date;
- a threat is dated when it is made, not by the day of the act it threatens; that act's day reads forward;
- a later sentence naming the deed told before ("the attack on the base") dated only by its report takes the
  deed's day;
- a next sentence that only says when the deed took place ("The strike took place on Monday evening") dates a deed
  dated by its report, whatever event the coder reads in it; "since the weekend" starts a span;
- a place after "the border (crossing) with" is the far side: it gives no party its country; an embassy is the
  sending state's, not its city's.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

import dataclasses
from datetime import date

from newsevents.dates import EventDate, resolve_event_date
from newsevents.pipeline import (_reguessed, _retold_on_report_day, _with_deed_day, _with_place_country,
                                 _with_retold_day)
from newsevents.records import Entity, Location, Sentence, Trigger
from story_parts import made_event, place

PUB = date(2026, 5, 13)  # a Wednesday


def _date(sentence: str, trig: str, prefix: str = "", published: date | None = PUB) -> EventDate:
    text = prefix + sentence
    i = text.index(trig, len(prefix))
    sent = Sentence(1 if prefix else 0, len(prefix), len(text), sentence)
    return resolve_event_date(text, sent, Trigger(i, i + len(trig), trig), published)


def _day(sentence: str, trig: str, prefix: str = "", published: date | None = PUB) -> tuple[str | None, str | None]:
    got = _date(sentence, trig, prefix, published)
    return got.date, got.precision


# --- a deed inside a counted after/before clause ----------------------------------------------------------------

def test_a_deed_after_came_a_day_after_is_counted_back_from_the_story_s_day() -> None:
    prefix = "Dock workers blocked the port of Durban on Monday morning.\n\n"
    assert _day("The blockade came a day after police arrested three shop stewards.", "arrested", prefix) == \
        ("2026-05-10", "day")
    assert _day("The raid came four days after gunmen stormed a police station in Tank.", "stormed",
                "Police raided a militant hideout in Bannu this morning.\n\n") == ("2026-05-09", "day")


def test_weeks_and_months_after_keep_their_unit() -> None:
    prefix = "Jihadists attacked a camp in Boni on Saturday.\n\n"
    assert _day("The assault came a week after militants ambushed a fuel convoy.", "ambushed", prefix) == \
        ("2026-05-02", "week")
    assert _day("The strike ended a month after dockers walked out.", "walked") == ("2026-04-01", "month")


def test_a_day_after_clause_counts_from_the_main_clause_s_own_day() -> None:
    s = "Police detained 20 people on Monday, two days after protesters burned a police station."
    assert _day(s, "burned") == ("2026-05-09", "day")
    s = "Two days after rebels seized the town, troops launched a counter-offensive on Friday."
    assert _day(s, "seized") == ("2026-05-06", "day")


def test_a_day_before_clause_counts_forward() -> None:
    s = "Troops shelled the village on Sunday, three days before rebels withdrew from the hills."
    assert _day(s, "withdrew") == ("2026-05-13", "day")


def test_with_nothing_before_it_counts_from_the_publication_day() -> None:
    assert _day("The protest came a day after police detained two students.", "detained") == ("2026-05-12", "day")


def test_the_main_clause_keeps_its_own_day() -> None:  # guard
    s = "Police detained 20 people on Monday, two days after protesters burned a police station."
    assert _day(s, "detained") == ("2026-05-11", "day")
    assert _day("Troops withdrew the day after the ceasefire was signed.", "withdrew") == ("2026-05-13", "day")


def test_a_clause_with_its_own_day_keeps_it() -> None:  # guard
    s = "The protest came a day after police detained two union leaders on Sunday."
    assert _day(s, "detained") == ("2026-05-10", "day")


def test_a_comma_closes_the_counted_clause() -> None:  # guard
    s = "Troops arrived two days after the vote, and police arrested 12 people on Tuesday."
    assert _day(s, "arrested") == ("2026-05-12", "day")


def test_no_publication_date_and_nothing_before_gives_no_day() -> None:  # odd input
    got = _date("The protest came a day after police detained two students.", "detained", published=None)
    assert got.date is None


# --- a date that modifies a noun after a causal preposition -------------------------------------------------------

def test_a_date_of_the_noun_behind_over_does_not_date_the_arrest() -> None:
    assert _day("Police arrested two men over the March 3 bombing of a bus station.", "arrested") == \
        ("2026-05-13", "day")
    assert _day("Police charged three men in connection with Saturday's attack on a mosque.", "charged") == \
        ("2026-05-13", "day")
    assert _day("The air force struck rebel camps in retaliation for last week's ambush.", "struck") == \
        ("2026-05-13", "day")


def test_the_noun_itself_keeps_its_date() -> None:  # guard
    assert _day("Police arrested two men over the March 3 bombing of a bus station.", "bombing") == \
        ("2026-03-03", "day")


def test_an_occasion_s_day_still_dates_what_happened_at_it() -> None:  # guard
    assert _day("Police fired tear gas at Saturday's rally in the capital.", "fired") == ("2026-05-09", "day")
    assert _day("Police arrested 20 people over the weekend in Kano.", "arrested") == ("2026-05-09", "week")


# --- a period after a superlative ----------------------------------------------------------------------------------

def test_a_period_after_a_superlative_does_not_date_the_event() -> None:
    assert _day("The bombing was the deadliest so far this year.", "bombing") == ("2026-05-13", "day")
    assert _day("Thousands marched in Lome, the largest rally this year.", "marched") == ("2026-05-13", "day")
    assert _day("The attack was the worst in the province this month.", "attack") == ("2026-05-13", "day")
    assert _day("It was the third raid on the camp this week.", "raid") == ("2026-05-13", "day")


def test_a_plain_period_still_dates() -> None:  # guard
    assert _day("Troops killed 30 militants this year in the district.", "killed") == ("2026-01-01", "year")
    assert _day("Soldiers first entered the town this week.", "entered") == ("2026-05-13", "week")


# --- threats ----------------------------------------------------------------------------------------------------

def test_a_threat_is_dated_when_made_not_by_the_act_it_threatens() -> None:
    assert _day("The rebels threatened to shell the city on Sunday, a spokesman said on Tuesday.", "threatened") \
        == ("2026-05-12", "day")
    assert _day("The nurses' union threatened a national strike starting June 2.", "threatened") == \
        ("2026-05-13", "day")
    assert _day("The union warned that it would shut the ports from Friday.", "warned") == ("2026-05-13", "day")


def test_the_threat_s_own_day_stays() -> None:  # guard
    assert _day("The junta threatened on Monday to expel the UN mission.", "threatened") == ("2026-05-11", "day")
    assert _day("The union warned the government last week that it would strike.", "warned") == \
        ("2026-05-06", "week")


def test_the_threatened_or_vowed_act_s_day_reads_forward() -> None:
    assert _day("Opposition parties vowed to hold mass protests on Saturday if the vote is not annulled.",
                "protests") == ("2026-05-16", "day")
    assert _day("The rebels threatened to shell the city on Sunday.", "shell") == ("2026-05-17", "day")
    assert _day("The nurses' union threatened a national strike starting June 2.", "strike") == ("2026-06-02", "day")


def test_a_vow_told_in_the_pluperfect_stays_past() -> None:  # guard
    assert _day("The rebels had vowed to take the town on Sunday.", "take") == ("2026-05-10", "day")


# --- the far side of a border; embassies ------------------------------------------------------------------------

def _guessed(ev: object) -> frozenset[tuple[int, int]]:
    spans = set()
    for ent in ev.actor + ev.recipient:  # type: ignore[attr-defined]
        spans.add((ent.start - ev.sentence.start, ent.end - ev.sentence.start))  # type: ignore[attr-defined]
    return frozenset(spans)


def test_a_place_after_border_with_is_no_party_s_own() -> None:
    text = "Soldiers detained four men near the border crossing with Jordan, the Syrian army said."
    ev = made_event(text, 0, text, "detained", "COERCE", when="2026-05-13",
                    actor=("Soldiers", "SYR", "MIL"), recipient=("four men", "JOR", "CVL"))
    places = [place(text, "Jordan", "JOR", 1, "PCLI")]
    assert _reguessed(ev, places, _guessed(ev)).recipient[0].code is None


def test_a_border_country_as_event_place_gives_parties_no_country() -> None:
    text = "Troops arrested two smugglers near the border with Iran."
    loc = Location("Iran", "Iran", 130758, 32.0, 53.0, None, "IRN", "PCLI", 1, text.index("Iran"),
                   text.index("Iran") + 4)
    ev = made_event(text, 0, text, "arrested", "COERCE", when="2026-05-13",
                    actor=("Troops", None, "MIL"), recipient=("two smugglers", None, "CRM"), loc=loc)
    out = _with_place_country(ev)
    assert out.actor[0].code is None and out.recipient[0].code is None


def test_a_place_in_the_party_s_phrase_still_gives_its_country() -> None:  # guard
    text = "Soldiers detained four men in a village near Daraa."
    ev = made_event(text, 0, text, "detained", "COERCE", when="2026-05-13",
                    actor=("Soldiers", None, "MIL"), recipient=("four men", None, "CVL"))
    places = [place(text, "Daraa", "SYR", 4)]
    assert _reguessed(ev, places, _guessed(ev)).recipient[0].code == "SYR"


def test_an_embassy_is_the_sending_state_s() -> None:
    text = "Kenya condemned the attack on its embassy in Khartoum."
    ev = made_event(text, 0, text, "condemned", "ACCUSE", when="2026-05-13",
                    actor=("Kenya", "KEN", "GOV"), recipient=("its embassy", "SDN", None))
    places = [place(text, "Khartoum", "SDN", 4)]
    got = _reguessed(ev, places, _guessed(ev)).recipient[0]
    assert got.code == "KEN"


def test_a_named_embassy_does_not_take_its_city_s_country() -> None:
    text = "Protesters stormed the embassy in Tehran."
    ev = made_event(text, 0, text, "stormed", "PROTEST", when="2026-05-13",
                    actor=("Protesters", None, "CVL"), recipient=("the embassy", None, None))
    places = [place(text, "Tehran", "IRN", 4)]
    assert _reguessed(ev, places, _guessed(ev)).recipient[0].code is None


def test_an_odd_entity_is_left_alone() -> None:  # odd input
    text = "Kenya condemned it."
    ev = made_event(text, 0, text, "condemned", "ACCUSE", when="2026-05-13", actor=("Kenya", "KEN", "GOV"))
    assert _reguessed(ev, [], frozenset()).actor[0] == Entity("Kenya", 0, 5, "KEN", "GOV")


# --- a deed retold under a later report's day ------------------------------------------------------------------

_FIRST = "Militants stormed a police post in Zhob on Sunday, killing four officers."


def _retold(second: str, trig: str) -> tuple[str, list]:
    """The story of `_FIRST` then `second` (its deed with trigger `trig`, dated by the report's Tuesday)."""
    text = _FIRST + "\n\n" + second
    first = made_event(text, 0, _FIRST, "stormed", when="2026-05-10")
    later = made_event(text, 1, second, trig, when="2026-05-12")
    return text, [first, later]


def _is_retold(second: str, trig: str) -> bool:
    text, evs = _retold(second, trig)
    later = evs[1]
    return _retold_on_report_day(text, later, resolve_event_date(text, later.sentence, later.trigger, PUB))


_WITNESSES = "Witnesses to the attack on the post told reporters on Tuesday that the militants came in two trucks."


def test_a_retold_deed_takes_the_day_told_before() -> None:
    assert _is_retold(_WITNESSES, "militants came")
    assert _with_retold_day(_retold(_WITNESSES, "militants came")[1], {1})[1].date == "2026-05-10"


def test_a_retold_deed_with_its_report_after_it_takes_the_day_told_before() -> None:
    assert _is_retold("The militants burned the armoury during the attack on the post, witnesses said on Tuesday.",
                      "burned")


def test_a_new_deed_with_its_own_day_is_not_retold() -> None:  # guard
    assert not _is_retold("On Tuesday, troops killed six militants linked to the attack on the post.", "killed")


def test_a_report_with_no_definite_deed_is_not_retold() -> None:  # guard
    assert not _is_retold("Police said on Tuesday that militants shot a driver near Zhob.", "shot")


def test_a_retold_deed_far_from_the_first_keeps_its_day() -> None:  # guard
    evs = _retold(_WITNESSES, "militants came")[1]
    evs[0] = dataclasses.replace(evs[0], date="2026-04-01")
    assert _with_retold_day(evs, {1})[1].date == "2026-05-12"


# --- "The strike took place on Monday evening" -------------------------------------------------------------------

def _report_then(second: str, kind: str) -> list:
    text = "At least 9 people were killed when a drone hit a market in Saada, the health ministry said.\n\n" + second
    first = made_event(text, 0, text.split("\n\n")[0], "killed", when="2026-05-13")
    later = made_event(text, 1, second, second.split()[1], kind, when="2026-05-11")
    return [first, later]


def test_a_sentence_that_says_when_the_deed_took_place_dates_it() -> None:
    evs = _report_then("The strike took place on Monday evening.", "PROTEST")
    assert _with_deed_day(evs, {0})[0].date == "2026-05-11"


def test_another_kind_of_event_on_the_next_day_does_not() -> None:  # guard
    evs = _report_then("Teachers marched in Sanaa on Monday.", "PROTEST")
    assert _with_deed_day(evs, {0})[0].date == "2026-05-13"


def test_since_the_weekend_starts_a_span() -> None:
    got = _date("Farmers have blocked roads across Sindh since the weekend.", "blocked")
    assert (got.date, got.precision, got.historical) == ("2026-05-09", "week", False)


def test_over_the_weekend_is_unchanged() -> None:  # guard
    assert _day("Farmers blocked roads over the weekend.", "blocked") == ("2026-05-09", "week")


def test_a_weekday_in_the_deed_s_clause_beats_the_statement_s_day() -> None:  # guard (routed item 1)
    s = "A coast guard cutter fired a water cannon at a fishing boat on Monday, the ministry said on Wednesday."
    assert _day(s, "fired") == ("2026-05-11", "day")
    s = "The ministry said on Wednesday that a coast guard cutter had fired a water cannon at a boat on Monday."
    assert _day(s, "fired") == ("2026-05-11", "day")
