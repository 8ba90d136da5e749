"""Whole-story review (session 9, K11): days that end a span or set a deadline after a cue of the future, a deed in
an "after" phrase behind such a day, a strike called "from Thursday", a plan told in the pluperfect, "since then",
and which parties take the country of the event's place (cyber attacks coded by context, proxy ties written out).
All sentences are made up for these tests; stories run with the fake coder and geoparser of tests/story_parts.py."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import EventDate, resolve_event_date
from newsevents.records import Event, Sentence, Trigger
from story_parts import Spec, run_story

PUB = date(2026, 7, 9)  # a Thursday


def resolve(text: str, trig: str, published: date = PUB) -> EventDate:
    i = text.index(trig)
    return resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig), published)


def _by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger is not None and e.trigger.text == word)


# --- a day that ends a span or sets a deadline -------------------------------------------------------------------

@pytest.mark.parametrize("text, trig, day", [
    ("The mill owner said it would shut the gates of its weaving plant by the river to all staff from Saturday until "
     "Tuesday.", "shut", "2026-07-11"),
    ("The ministry said the two attaches must leave the country by Tuesday.", "leave", "2026-07-14"),
    ("Navy ships are due to hold drills off the coast from Aug. 3 to 7.", "drills", "2026-08-03"),
    ("The judge adjourned the fraud trial of the former mayor until Monday.", "adjourned", "2026-07-09"),  # today
    ("The trade minister is due to visit the capital on Saturday.", "visit", "2026-07-11"),
])
def test_a_span_or_deadline_after_a_future_cue_is_not_a_past_day(text: str, trig: str, day: str) -> None:
    got = resolve(text, trig)
    assert got.date == day and not got.historical


@pytest.mark.parametrize("text, trig, day", [
    ("Shelling went on until Tuesday evening, residents said.", "Shelling", "2026-07-07"),
    ("The convoy did not reach the town until Monday.", "reach", "2026-07-06"),
    ("The walkout ended by Monday, officials said.", "ended", "2026-07-06"),
])
def test_a_span_or_deadline_without_a_future_cue_stays_past(text: str, trig: str, day: str) -> None:  # guards
    assert resolve(text, trig).date == day


def test_a_deed_after_the_span_is_not_dated_by_its_coming_day() -> None:
    text = ("The mill owner said on Thursday it would shut the gates to all staff from Saturday until Tuesday, "
            "after a walkout by the weavers halted production.")
    assert resolve(text, "walkout").date == "2026-07-09"  # the report's day, not the coming Tuesday


def test_a_deed_after_a_past_day_keeps_it() -> None:  # guard: "after" alone moves nothing
    text = "Workers went back on Monday after a walkout by the weavers halted production."
    assert resolve(text, "walkout").date == "2026-07-06"


def test_a_strike_called_from_a_weekday_dates_neither_the_rejection_nor_the_past() -> None:
    text = "The opposition rejected the count and called for a general strike from Saturday."
    assert resolve(text, "strike").date == "2026-07-11"
    assert resolve(text, "rejected").date == PUB.isoformat()  # no date of its own here


@pytest.mark.parametrize("text, day", [
    ("Officials said the gang had planned to rob the bank on Sunday night.", "2026-07-05"),
    ("Officials said the gang planned to rob the bank on Sunday night.", "2026-07-12"),  # guard: a plan still ahead
])
def test_a_plan_told_in_the_pluperfect_was_for_a_past_day(text: str, day: str) -> None:
    assert resolve(text, "rob").date == day


# --- "since then" --------------------------------------------------------------------------------------------------

_DECREE = ("TUNIS, July 9 (Wire) - A court jailed a blogger for two years on Thursday.\n\n"
           "The president has governed by decree since he dissolved the assembly in March 2022. "
           "Scores of critics have been detained since then.")


def test_since_then_starts_an_ongoing_span_at_the_date_before() -> None:
    specs = [Spec("jailed", "COERCE", 4), Spec("detained", "COERCE", 4)]
    ev = _by_trigger(run_story(_DECREE, specs, [], "TUNIS", PUB), "detained")
    assert ev.date == "2022-03-01" and ev.date_precision == "month" and "historical" not in ev.aux


def test_since_then_across_a_paragraph_break_takes_no_date_from_before() -> None:  # guard
    specs = [Spec("jailed", "COERCE", 4), Spec("detained", "SANCTION", 3)]
    text = _DECREE.replace("2022. Scores", "2022.\n\nScores")
    ev = _by_trigger(run_story(text, specs, [], "TUNIS", PUB), "detained")
    assert ev.date != "2022-03-01"


# --- which parties take the country of the event's place -----------------------------------------------------------

_PLACES = [("Sofia", "BGR", 4, "PPLC")]


def _party_code(sentence: str, spec: Spec, recipient: bool) -> str | None:
    text = "SOFIA, July 9 (Wire) - " + sentence
    ev = _by_trigger(run_story(text, [spec], _PLACES, "SOFIA", PUB), spec.trigger)
    parties = ev.recipient if recipient else ev.actor
    return parties[0].code


def test_an_attack_coded_cyber_by_context_gives_its_attackers_no_country() -> None:
    spec = Spec("attack", "ASSAULT", 4, actor=(("Hackers", None, "REB"),), context=("cyber",))
    assert _party_code("Hackers carried out an attack on clinics in Sofia on Tuesday.", spec, False) is None


def test_an_arrest_in_a_cyber_story_keeps_the_places_country() -> None:  # guard
    spec = Spec("arrested", "COERCE", 4, ("arrest",), actor=(("Police", None, "COP"),), context=("cyber",))
    assert _party_code("Police arrested two hackers in Sofia on Tuesday.", spec, False) == "BGR"


def test_a_proxy_tie_written_out_after_the_party_counts() -> None:
    spec = Spec("blamed", "ACCUSE", 3, actor=(("Officials", None, "GOV"),),
                recipient=(("groups", None, "REB"),))
    assert _party_code("Officials in Sofia blamed the outage on groups linked to Moscow.", spec, True) is None


def test_a_party_without_a_tie_keeps_the_places_country() -> None:  # guard
    spec = Spec("blamed", "ACCUSE", 3, actor=(("Officials", None, "GOV"),),
                recipient=(("local groups", None, "REB"),))
    assert _party_code("Officials in Sofia blamed the outage on local groups, which denied it.", spec, True) \
        == "BGR"


@pytest.mark.parametrize("recipient", ["Canadian General Ann Ross", "the mission's commander"])
def test_a_country_word_naming_a_party_gives_the_other_party_no_country(recipient: str) -> None:
    # the event location is the demonym of one party's title: where that party is from, not where they met
    spec = Spec("met", "CONSULT", 1, actor=(("The prime minister", None, "GOV"),),
                recipient=((recipient, None, "MIL"),))
    text = "OTTAWA, July 9 (Wire) - The prime minister met the mission's commander, Canadian General Ann Ross."
    ev = _by_trigger(run_story(text, [spec], [("Canadian", "CAN", 1, "PCLI")], "", PUB), "met")
    assert ev.event_loc is not None and ev.event_loc.extracted_place == "Canadian"
    assert ev.actor[0].code is None


def test_a_country_named_as_the_place_still_gives_its_country() -> None:  # guard
    spec = Spec("arrested", "COERCE", 4, ("arrest",), actor=(("Police", None, "COP"),))
    text = "OTTAWA, July 9 (Wire) - Police arrested 12 people in Canada on Tuesday."
    ev = _by_trigger(run_story(text, [spec], [("Canada", "CAN", 1, "PCLI")], "", PUB), "arrested")
    assert ev.event_loc is not None and ev.event_loc.extracted_place == "Canada" and ev.actor[0].code == "CAN"


def test_a_town_named_in_a_party_still_places_the_event() -> None:  # guard
    spec = Spec("shared", "COOPERATE", 1, actor=(("The council of Sofia", None, "GOV"),),
                recipient=(("the state", None, "GOV"),))
    assert _party_code("The council of Sofia shared the cost with the state.", spec, True) == "BGR"


def test_states_named_by_their_region_take_no_country_from_the_place() -> None:
    spec = Spec("accused", "ACCUSE", 3, actor=(("The spokeswoman", None, "GOV"),),
                recipient=(("Western governments", None, "GOV"),))
    assert _party_code("The spokeswoman in Sofia accused Western governments of meddling.", spec, True) is None


# --- more dates: a year naming a past event, a when-clause after a superlative's since-date, schedules, deadlines ---

@pytest.mark.parametrize("text, trig, day, historical", [
    ("Relatives of those killed in the 2017 blast gathered at the market.", "blast", "2017-01-01", True),
    ("Relatives of those killed in the 2017 blast gathered at the market.", "gathered", PUB.isoformat(), False),
    ("It was the deadliest raid since March 3 last year, when soldiers stormed a mine.", "stormed", "2025-03-03",
     True),
    ("The truce, which expires on Sunday, was signed in May.", "expires", "2026-07-12", False),
    ("The army gave the gunmen until Saturday to free the hostages.", "free", "2026-07-11", False),
])
def test_more_dates(text: str, trig: str, day: str, historical: bool) -> None:
    got = resolve(text, trig)
    assert (got.date, got.historical) == (day, historical)


def test_a_superlatives_since_date_still_dates_nothing_else() -> None:  # guard
    got = resolve("It was the deadliest raid since March 3 last year, officials said.", "raid")
    assert got.date == PUB.isoformat()
