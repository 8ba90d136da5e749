"""Round K31 (session 22): tolls updated after their deed, other occasions' years, days of last year, datelines.

- a toll report told after its deed ("The death toll from the attack rose to 21 on Saturday") joins the deed: one
  event, the deed's day, the higher count; a bare toll update ("The death toll rose to 19") raises the counts of the
  deed it goes on with (`merge.updated_tolls`);
- a year written into another occasion the event is set against ("two years after the 2029 massacre", "in a repeat of
  the 2022 massacre", "on the anniversary of the 1973 coup") does not make the event historical;
- "on Dec. 30 last year", "in December last year", "late last year" read in early January are not past;
- with no publication date, a dateline's full date ("LAGOS, March 4, 2031 (Newswire) -") is the day relative dates
  count from;
- "broke out on Tuesday night and continued into Wednesday": the deed is dated by its start.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import test_dates_s14K23 as k23
from newsevents.coding.aux import aux_modes
from newsevents.coding.merge import merge_duplicates, updated_tolls
from newsevents.dates import dateline_day
from story_parts import location, made_event, period_sentences

PUB = date(2031, 6, 30)  # a Monday
NEW_YEAR = date(2032, 1, 5)  # a Monday


def _aux(nlp: Any, text: str, trigger: str, published: date | None = PUB) -> tuple[str, ...]:
    doc = nlp(text)
    return aux_modes(next(t for t in doc if t.text == trigger), published)


_at = location
_sentences = period_sentences


# --- other occasions' years -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("text, trigger", [
    ("Gunmen killed 12 villagers in Gao on Sunday, two years after the 2029 massacre in the same village.", "killed"),
    ("Soldiers killed dozens of civilians in Moura on Friday, in a repeat of the 2022 massacre.", "killed"),
    ("Protesters marched in Santiago on Saturday on the anniversary of the 1973 coup.", "marched"),
    ("Police fired tear gas at protesters in Nairobi on Tuesday in the latest of the protests against the 2024 "
     "finance bill.", "fired"),
])
def test_a_year_of_another_occasion_does_not_make_the_event_past(nlp: Any, text: str, trigger: str,
                                                                   published: date | None) -> None:
    assert "historical" not in _aux(nlp, text, trigger, published)


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers killed 800 people in the 1994 genocide.", "killed"),
    ("Rebels attacked Goma at the start of the 2012 offensive.", "attacked"),
    ("Soldiers killed 300 people days after the 2019 coup.", "killed"),  # no day of its own: near that year
    ("Survivors recalled the attack on Oct. 7 last year.", "attack"),
    ("Police fired on protesters after last year's election.", "fired"),
    ("Jihadists killed more than 50 soldiers at a base near the town in November 2019.", "killed"),
])
def test_a_year_the_event_belongs_to_still_makes_it_past(nlp: Any, text: str, trigger: str) -> None:  # guard
    assert "historical" in _aux(nlp, text, trigger)


def test_a_plain_current_event_has_no_aux(nlp: Any) -> None:  # guard
    assert _aux(nlp, "Police fired on protesters on Monday after last year's election.", "fired") == ()
    assert _aux(nlp, "Attack.", "Attack") == ()


# --- a day or month of last year read in early January ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rebels attacked the town of Beni on Dec. 30 last year, killing 30 civilians.",
    "Rebels attacked the town of Beni in December last year, killing 30 civilians.",
    "Rebels attacked the town of Beni late last year, killing 30 civilians.",
])
def test_the_last_days_of_last_year_are_not_past_in_january(nlp: Any, text: str) -> None:
    assert not k23._date(text, "attacked", published=NEW_YEAR).historical
    assert "historical" not in _aux(nlp, text, "attacked", NEW_YEAR)
    # months later they are (dates.py's 30 days), whatever the words
    assert k23._date(text, "attacked", published=date(2032, 6, 5)).historical


def test_a_day_of_last_year_keeps_its_date() -> None:
    text = "Rebels attacked the town of Beni on Dec. 30 last year, killing 30 civilians."
    assert k23._day(text, "attacked", published=NEW_YEAR) == ("2031-12-30", "day")


@pytest.mark.parametrize("text", [
    "Rebels attacked the town of Beni last year, killing 30 civilians.",
    "Rebels attacked the town of Beni in November last year, killing 30 civilians.",
    "Rebels attacked the town of Beni on 3 October last year, killing 30 civilians.",
])
def test_last_year_and_its_earlier_months_stay_past(nlp: Any, text: str) -> None:  # guard
    assert k23._date(text, "attacked", published=NEW_YEAR).historical
    # with no publication date the words still tell it (nothing to weigh the day against)
    assert "historical" in _aux(nlp, text, "attacked", None)


# --- a dateline's full date with no publication date ------------------------------------------------------------------

def test_a_dated_dateline_is_the_day_relative_dates_count_from() -> None:
    head = "LAGOS, March 4, 2031 (Newswire) - "
    assert dateline_day(head + "Troops freed 25 schoolchildren.") == date(2031, 3, 4)
    assert k23._day(head + "Nigerian troops freed 25 schoolchildren in Kaduna state on Monday, the army said.",
                    "freed", published=None) == ("2031-03-03", "day")
    assert k23._day(head + "Troops freed 25 schoolchildren in Kaduna state, the army said on Tuesday.",
                    "freed", published=None) == ("2031-03-04", "day")
    assert k23._day("BAMAKO, 12 May 2031 - Malian soldiers killed dozens of civilians in the village of Moura on "
                    "Friday, survivors said.", "killed", published=None) == ("2031-05-09", "day")


@pytest.mark.parametrize("text", [
    "LAGOS, March 4 (Newswire) - Troops freed 25 schoolchildren on Monday.",  # no year
    "LAGOS (Newswire) - Troops freed 25 schoolchildren on Monday.",
    "Troops freed 25 schoolchildren on March 4, 2031 and on Monday.",  # no dateline
    "",
    "2031",
])
def test_no_dated_dateline_no_day(text: str) -> None:  # guard
    assert dateline_day(text) is None


def test_a_publication_date_outranks_the_dateline() -> None:  # guard
    text = "LAGOS, March 4, 2031 (Newswire) - Troops freed 25 schoolchildren in Kaduna state on Monday."
    assert k23._day(text, "freed", published=date(2031, 3, 7)) == ("2031-03-03", "day")
    assert k23._day("LAGOS, March 4, 2031 (Newswire) - Troops freed 25 schoolchildren.", "freed",
                    published=None) == ("2031-03-04", "day")


# --- a span's end is not the deed's day -------------------------------------------------------------------------------

def test_a_deed_that_went_on_into_the_next_day_is_dated_by_its_start() -> None:
    pub = date(2032, 1, 1)  # a Thursday
    assert k23._day("Clashes broke out in Tripoli on Tuesday night and continued into Wednesday, killing nine "
                    "people.", "killing", published=pub) == ("2031-12-30", "day")
    assert k23._day("Fighting erupted on Monday and raged until the early hours of Wednesday, killing six.",
                    "killing", published=pub) == ("2031-12-29", "day")


def test_a_span_end_alone_or_a_plain_day_keeps_its_reading() -> None:  # guard
    pub = date(2032, 1, 1)
    assert k23._day("Rebels attacked the town on Wednesday.", "attacked", published=pub) == ("2031-12-31", "day")
    assert k23._day("Protesters blocked roads in Lima on Monday and the blockades continued through Wednesday.",
                    "blocked", published=pub) == ("2031-12-29", "day")


# --- a toll report told after its deed --------------------------------------------------------------------------------

def test_a_toll_report_after_its_deed_updates_it() -> None:
    a = "Gunmen stormed a hotel in Mogadishu on Friday, killing 12 people."
    b = "The death toll from the attack rose to 21 on Saturday, police said."
    text = a + " " + b
    deed = made_event(text, 0, a, "stormed", when="2031-06-27", actor=("Gunmen", "SOM", "UAF"),
                      loc=_at(text, "Mogadishu", "SOM"))
    report = made_event(text, 1, b, "death", when="2031-06-28")
    got = merge_duplicates([deed, report])
    assert len(got) == 1
    assert (got[0].date, got[0].size.dead) == ("2031-06-27", 21)
    # the report may name the deed by its day
    b = "The toll from Friday's attack rose to 21 on Saturday."
    text = a + " " + b
    deed = made_event(text, 0, a, "stormed", when="2031-06-27", loc=_at(text, "Mogadishu", "SOM"))
    report = made_event(text, 1, b, "toll", when="2031-06-28")
    assert [(e.date, e.size.dead) for e in merge_duplicates([deed, report])] == [("2031-06-27", 21)]


def test_a_toll_report_that_may_name_another_deed_stays_apart() -> None:  # guard
    a = "Gunmen stormed a hotel in Mogadishu on Friday, killing 12 people."
    text = a + " In a separate attack, the death toll from the bombing rose to 21 on Saturday."
    deed = made_event(text, 0, a, "stormed", when="2031-06-27", loc=_at(text, "Mogadishu", "SOM"))
    report = made_event(text, 1, text[len(a) + 1:], "death", when="2031-06-28")
    assert len(merge_duplicates([deed, report])) == 2
    # a toll dated before the deed it would update is not its update
    b = "The death toll from the attack rose to 21 on Thursday."
    text = a + " " + b
    deed = made_event(text, 0, a, "stormed", when="2031-06-27", loc=_at(text, "Mogadishu", "SOM"))
    report = made_event(text, 1, b, "death", when="2031-06-26")
    assert len(merge_duplicates([deed, report])) == 2


# --- a bare toll update (no event of its own) -------------------------------------------------------------------------

_LEAD = "Boko Haram fighters killed 14 farmers in a village near Maiduguri on Tuesday, residents said"


def _deed(text: str, **kw: Any) -> Any:
    return made_event(text, 0, _LEAD + ".", "killed", when="2031-12-30", **kw)


@pytest.mark.parametrize("update, dead", [
    ("The death toll rose to 19 on Wednesday after five of the wounded died in hospital.", 19),
    ("Five of the wounded died in hospital on Wednesday, raising the death toll to 17.", 17),
    ("The toll has since climbed to 23, a hospital official said.", 23),
])
def test_a_toll_update_raises_the_count_of_its_deed(update: str, dead: int) -> None:
    text = _LEAD + ". The militants shot them as they worked in their fields. " + update
    sents = _sentences(text)
    got = updated_tolls([_deed(text)], sents)
    assert [e.size.dead for e in got] == [dead]
    # an arrest or statement told between does not stand between them
    arrest = made_event(text, 1, sents[1].text, "shot", event="COERCE", when="2031-12-30")
    got = updated_tolls([_deed(text), arrest], sents)
    assert [e.size.dead for e in got] == [dead, None]


def test_what_a_toll_update_leaves_alone() -> None:  # guard
    text = _LEAD + ". The death toll from the floods rose to 40."
    assert [e.size.dead for e in updated_tolls([_deed(text)], _sentences(text))] == [14]
    text = _LEAD + ". The death toll rose to 9."  # never lowered
    assert [e.size.dead for e in updated_tolls([_deed(text)], _sentences(text))] == [14]
    text = _LEAD + ". In a separate attack, the death toll rose to 40."
    assert [e.size.dead for e in updated_tolls([_deed(text)], _sentences(text))] == [14]
    text = _LEAD + ". The death toll rose to 40."
    denied = _deed(text, aux=("negation",))
    assert [e.size.dead for e in updated_tolls([denied], _sentences(text))] == [14]
    # a sentence with an event of its own counts for that event
    own = made_event(text, 1, "The death toll rose to 40.", "death", when="2031-12-31")
    assert [e.size.dead for e in updated_tolls([_deed(text), own], _sentences(text))] == [14, 40]
    # too far from the deed
    far = _LEAD + ". " + " ".join(f"Sentence {n} says nothing." for n in range(6)) + " The death toll rose to 40."
    assert [e.size.dead for e in updated_tolls([_deed(far)], _sentences(far))] == [14]
    assert updated_tolls([], _sentences(text)) == []
    assert [e.size.dead for e in updated_tolls([_deed(text)], [])] == [14]


# --- a statement's day with no reporting verb before it ---------------------------------------------------------------

def test_a_quoted_last_night_counts_from_the_day_of_the_statement() -> None:
    pub = date(2031, 6, 3)  # a Tuesday
    for opening in ("In a statement issued on Friday", "In a statement on Friday",
                    "In its communique released on Friday"):
        text = opening + ', the group said its fighters had attacked an army base in Menaka "last night".'
        assert k23._day(text, "attacked", published=pub) == ("2031-05-29", "day"), opening
    # the deed's own day still outranks the statement's
    text = "In a statement issued on Friday, the group said its fighters had attacked an army base on Thursday."
    assert k23._day(text, "attacked", published=pub) == ("2031-05-29", "day")


def test_a_statement_day_outside_a_quotation_is_unchanged() -> None:  # guard
    pub = date(2031, 6, 3)
    text = 'The group said on Friday that its fighters had attacked an army base "last night".'
    assert k23._day(text, "attacked", published=pub) == ("2031-05-29", "day")
    assert k23._day("Fighters attacked a base in Menaka last night.", "attacked", published=pub) == \
        ("2031-06-02", "day")


# --- the day of an occasion the event followed ------------------------------------------------------------------------

def test_the_day_of_what_the_event_followed_is_not_its_day() -> None:
    pub = date(2031, 9, 30)
    lead = "Soldiers killed at least 45 civilians in the town of Bahir Dar on Sept. 14. "
    got = k23._date("The killings followed clashes between the army and Fano militia in the town on Sept. 13.",
                    "killings", prefix=lead, published=pub)
    assert got.date != "2031-09-13"
    got = k23._date("The raid closely followed an ambush on Sept. 13.", "raid", prefix=lead, published=pub)
    assert got.date != "2031-09-13"


def test_a_day_of_the_event_itself_after_followed_stays() -> None:  # guard
    pub = date(2031, 9, 30)
    lead = "Protesters marched in Bamako on Friday. "
    assert k23._day("The march followed the arrest of an opposition leader on Wednesday.", "arrest", prefix=lead,
                    published=pub) == ("2031-09-24", "day")
    assert k23._day("Troops followed the rebels and attacked them on Wednesday.", "attacked",
                    published=pub) == ("2031-09-24", "day")


def test_a_deed_that_followed_on_a_day_keeps_it() -> None:  # guard
    pub = date(2031, 9, 30)
    lead = "Soldiers killed at least 45 civilians in the town of Bahir Dar on Sept. 14. "
    assert k23._day("Clashes followed on Wednesday.", "Clashes", prefix=lead, published=pub) == ("2031-09-24", "day")


# --- a past deed in a clause of time or cause under a modal ----------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Officials fear militants could attack the capital after they seized a nearby town on Monday.", "seized"),
    ("The army will retaliate because rebels attacked a base on Monday.", "attacked"),
    ("The rebels could strike again, as they attacked the base last week.", "attacked"),
])
def test_a_past_deed_told_as_the_cause_or_time_of_a_supposition_happened(nlp: Any, text: str, trigger: str) -> None:
    assert _aux(nlp, text, trigger) == ()


@pytest.mark.parametrize("text, trigger, mode", [
    ("Officials fear militants could attack the capital after they seized a nearby town on Monday.", "attack",
     "hypothetical"),
    ("Rebels could attack the city if troops withdrew.", "withdrew", "hypothetical"),
    ("Talks would resume once the rebels released the hostages.", "released", "hypothetical"),
    # a past tense after "after" with no day of its own is a future told in the past
    ("The rebels said they would free the hostages after the government released prisoners.", "released", "future"),
])
def test_the_supposition_and_its_conditions_keep_their_mode(nlp: Any, text: str, trigger: str,
                                                             mode: str) -> None:  # guard
    assert mode in _aux(nlp, text, trigger)


def test_another_occasion_in_a_comparison_is_not_the_event_s_year(nlp: Any) -> None:
    text = "Soldiers killed 12 civilians in the village of Tassia on Friday in an attack similar to one in 2022."
    assert _aux(nlp, text, "killed") == ()
    assert _aux(nlp, text, "killed", None) == ()
    assert "historical" in _aux(nlp, "Rebels held the town from 2019 to 2021.", "held")  # guard
    assert "historical" in _aux(nlp, "The killing of 800,000 people in 1994 shocked the world.", "killing")  # guard


def test_a_count_of_the_dead_by_another_name_updates_the_deed() -> None:
    for update, dead in (("The number of people killed in the attack rose to 21 on Wednesday.", 21),
                         ("The number of dead has since risen to twenty-two, officials said.", 22)):
        text = _LEAD + ". " + update
        assert [e.size.dead for e in updated_tolls([_deed(text)], _sentences(text))] == [dead], update
    text = _LEAD + ". The number of people displaced rose to 2,000."  # guard: no count of the dead
    assert [e.size.dead for e in updated_tolls([_deed(text)], _sentences(text))] == [14]


# --- "the last day of the year" told in the past ----------------------------------------------------------------------

def test_the_last_day_of_the_year_told_in_the_past_is_the_one_just_gone() -> None:
    pub = date(2032, 1, 2)
    assert k23._day("Protesters rallied in Seoul on the last day of the year.", "rallied", published=pub) == \
        ("2031-12-31", "day")
    assert k23._day("Protesters rallied in Seoul on the last day of the month.", "rallied", published=pub) == \
        ("2031-12-31", "day")
    assert k23._day("Protesters rallied on the last day of the month.", "rallied", published=date(2032, 6, 10)) == \
        ("2032-05-31", "day")


@pytest.mark.parametrize("text, day", [
    ("Protesters will rally on the last day of the month.", "2032-01-31"),
    ("The law takes effect on the last day of the year.", "2032-12-31"),
    ("Protesters rallied on the first day of the month.", "2032-01-01"),
    ("Protesters rallied on the last day of last year.", "2031-12-31"),
])
def test_days_ahead_or_already_gone_keep_their_reading(text: str, day: str) -> None:  # guard
    trig = text.split()[1]
    assert k23._day(text, trig, published=date(2032, 1, 2)) == (day, "day")


@pytest.mark.parametrize("update", [
    "The health ministry said the overall death toll since the war began had risen to 60,000.",
    "The death toll in the conflict has risen to 60,000.",
    "The number of people killed since October rose to 60,000.",
    "The death toll so far this year has reached 600.",
])
def test_a_running_tally_is_no_toll_of_the_deed(update: str) -> None:  # guard
    text = _LEAD + ". " + update
    assert [e.size.dead for e in updated_tolls([_deed(text)], _sentences(text))] == [14]


def test_a_toll_report_of_a_running_tally_joins_no_deed() -> None:  # guard
    a = "Gunmen stormed a hotel in Mogadishu on Friday, killing 12 people."
    b = "The death toll from the fighting since October rose to 600 on Saturday."
    text = a + " " + b
    deed = made_event(text, 0, a, "stormed", when="2031-06-27", loc=_at(text, "Mogadishu", "SOM"))
    report = made_event(text, 1, b, "death", when="2031-06-28")
    assert [e.size.dead for e in merge_duplicates([deed, report])] == [12, 600]


# --- a quotation's day word after a sentence that dates the speaking --------------------------------------------------

def test_a_quoted_last_night_counts_from_the_speaking_told_just_before() -> None:
    pub = date(2031, 6, 3)  # a Tuesday
    lead = "The mayor spoke to reporters on Saturday. "
    assert k23._day('"Militants attacked the police station last night," she said.', "attacked", prefix=lead,
                    published=pub) == ("2031-05-30", "day")
    lead = "A villager reached by Reuters on Sunday described the raid. "
    assert k23._day('"Soldiers burned our houses yesterday," he said.', "burned", prefix=lead,
                    published=pub) == ("2031-05-31", "day")


@pytest.mark.parametrize("lead, quote, day", [
    # the sentence gives its own day of speaking
    ("The mayor spoke to reporters on Saturday. ",
     '"Militants attacked the police station last night," she said on Monday.', "2031-06-01"),
    # the sentence before tells a deed, not a speaking
    ("Militants attacked a market on Saturday. ", '"Militants attacked the police station last night," she said.',
     "2031-06-02"),
    ("", '"Militants attacked the police station last night," she said.', "2031-06-02"),
])
def test_a_quotation_with_no_speaking_day_before_keeps_its_reading(lead: str, quote: str,
                                                                    day: str) -> None:  # guard
    assert k23._day(quote, "attacked", prefix=lead, published=date(2031, 6, 3)) == (day, "day")


def test_a_date_written_after_of_is_the_time_itself(nlp: Any) -> None:  # guard
    text = "Parents of the pupils abducted in the raid of Feb. 26, 2020, rallied in Jos on Tuesday."
    assert "historical" in _aux(nlp, text, "abducted")
    assert "historical" not in _aux(nlp, text, "rallied")
