"""Round K28 (session 19, issues 3 and 4): party countries of a crossing, the other side's account of a deed told,
and days written as a short number or a movable feast.

- a party that "crossed from" a country (or came "from across the border in" it) is foreign to the event's place and
  not known to be of the far side: it takes neither country; the far side is nobody's "here", so the other parties
  take the story's (dateline's) country, or none ("Gunmen who crossed from Mali killed four soldiers");
- the other side's account of a deed told ("Al-Shabaab said its fighters had killed 12 soldiers in the same battle",
  "... had killed nine soldiers during the attack on the base") names that deed: one event;
- "on 4/5": a day and month with no year, read the way that lies nearest publication (on or before it);
- "during Eid", "on Eid al-Adha", "on the eve of Eid": the feast's first day (from the Ramadan table); "on Easter
  Sunday", "on Good Friday", "over the Easter weekend" (computed); "on Christmas".

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date

import test_dates_s14K23 as k23
from newsevents.coding.merge import merge_duplicates
from newsevents.dates import find_date_expressions
from newsevents.pipeline import _crossed_over, _with_place_country
from newsevents.records import Entity, Event, Location
from story_parts import made_event, place, sentence

PUB = date(2028, 5, 10)  # a Wednesday


def _day(text: str, trig: str, published: date | None = PUB) -> tuple[str | None, str | None]:
    got = k23._date(text, trig, "", published)
    return got.date, got.precision


# --- party countries of a crossing -----------------------------------------------------------------------------------

def _guessed(ev: Event) -> frozenset[tuple[int, int]]:
    return frozenset((e.start - ev.sentence.start, e.end - ev.sentence.start) for e in ev.actor + ev.recipient)


def _at(text: str, name: str, cc: str, res: int = 1, feature: str = "PCLI") -> Location:
    i = text.index(name)
    return Location(name, name, 1, 1.0, 1.0, None, cc, feature, res, i, i + len(name))


def _codes(ev: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.code for a in ev.actor], [r.code for r in ev.recipient]


def test_parties_of_a_crossing_take_no_far_side_country() -> None:
    text = "Gunmen who crossed from Mali killed four soldiers at a border post on Sunday."
    ev = made_event(text, 0, text, "killed", when="2028-05-07", actor=("Gunmen", "MLI", "UAF"),
                    recipient=("four soldiers", "MLI", "MIL"), loc=_at(text, "Mali", "MLI"))
    places = [place(text, "Mali", "MLI", 1, "PCLI")]
    assert _codes(_with_place_country(ev, places, _guessed(ev))) == ([None], [None])
    # with a dateline: the soldiers are the story country's, the gunmen still of no known country
    assert _codes(_with_place_country(ev, places, _guessed(ev), "NER")) == ([None], ["NER"])
    text = "Fighters crossing from Afghanistan ambushed a police patrol in the tribal district."
    ev = made_event(text, 0, text, "ambushed", when="2028-05-10", actor=("Fighters", "AFG", "REB"),
                    recipient=("a police patrol", "AFG", "COP"), loc=_at(text, "Afghanistan", "AFG"))
    places = [place(text, "Afghanistan", "AFG", 1, "PCLI")]
    assert _codes(_with_place_country(ev, places, _guessed(ev), "PAK")) == ([None], ["PAK"])


def test_a_crossing_party_takes_no_country_from_the_place() -> None:
    text = "Soldiers killed 12 gunmen who had crossed the border from Mali near the town of Ayorou."
    ev = made_event(text, 0, text, "killed", when="2028-05-10", actor=("Soldiers", None, "MIL"),
                    recipient=("12 gunmen", None, "UAF"), loc=_at(text, "Ayorou", "NER", 4, "PPL"))
    assert _codes(_with_place_country(ev, [place(text, "Ayorou", "NER", 4)])) == (["NER"], [None])
    text = "Militants who sneaked in from across the border in Bangladesh attacked a police post in Jiribam."
    ev = made_event(text, 0, text, "attacked", when="2028-05-10", actor=("Militants", None, "REB"),
                    recipient=("a police post", None, "COP"), loc=_at(text, "Jiribam", "IND", 4, "PPL"))
    assert _codes(_with_place_country(ev, [place(text, "Jiribam", "IND", 4)])) == ([None], ["IND"])


def test_parties_with_no_crossing_keep_the_place_country() -> None:  # guard
    text = "Gunmen killed four soldiers at a border post near the town of Ayorou on Sunday."
    ev = made_event(text, 0, text, "killed", when="2028-05-07", actor=("Gunmen", None, "UAF"),
                    recipient=("four soldiers", None, "MIL"), loc=_at(text, "Ayorou", "NER", 4, "PPL"))
    assert _codes(_with_place_country(ev, [place(text, "Ayorou", "NER", 4)])) == (["NER"], ["NER"])
    # "from Mali" with no crossing verb says where they are from: the coder's code stands
    text = "Gunmen from Mali killed four soldiers near the town of Ayorou."
    ev = made_event(text, 0, text, "killed", when="2028-05-10", actor=("Gunmen from Mali", "MLI", "UAF"),
                    recipient=("four soldiers", None, "MIL"), loc=_at(text, "Ayorou", "NER", 4, "PPL"))
    assert _codes(_with_place_country(ev, [place(text, "Ayorou", "NER", 4)])) == (["MLI"], ["NER"])


def test_crossed_over_on_odd_input() -> None:
    text = "Gunmen who crossed"
    s = sentence(text, text, 0)
    assert not _crossed_over(s, Entity("Gunmen", 0, 6))  # no "from"
    assert not _crossed_over(s, Entity("crossed", 11, 18))  # at the sentence's end
    text = "Bandits, who had crossed from Niger, fled."
    assert _crossed_over(sentence(text, text, 0), Entity("Bandits", 0, 7))
    text = "Police who came from Lagos arrested 12 men."
    assert not _crossed_over(sentence(text, text, 0), Entity("Police", 0, 6))  # guard: "came from" is no crossing
    text = "Militants who sneaked in from across the border attacked a post."
    assert _crossed_over(sentence(text, text, 0), Entity("Militants", 0, 9))


# --- merging: the other side's account of a deed told ---------------------------------------------------------------

def _two(first: str, a_trig: str, a_actor: tuple[str, str, str], second: str, b_trig: str,
         b_actor: tuple[str, str, str]) -> list[str]:
    text = first + " " + second
    a = made_event(text, 0, first, a_trig, when="2028-05-08", actor=a_actor)
    b = made_event(text, 1, second, b_trig, when="2028-05-08", actor=b_actor)
    return [ev.event_text for ev in merge_duplicates([a, b])]


_ARMY = "The army said it killed 30 rebels in a battle near the town of Kidal on Monday."


def test_the_other_side_s_account_of_the_same_battle_is_one_event() -> None:
    assert _two(_ARMY, "killed", ("The army", "MLI", "MIL"),
                "The rebels said their fighters had killed 14 soldiers in the same battle.", "killed",
                ("their fighters", "MLI", "REB")) == [_ARMY]
    first = "Troops killed 40 insurgents who attacked a base near Monguno on Monday, the army said."
    assert _two(first, "killed", ("Troops", "NGA", "MIL"),
                "The insurgents said they had killed 15 soldiers during the attack on the base.", "killed",
                ("they", "NGA", "REB")) == [first]


def test_another_battle_stays_apart() -> None:  # guard
    second = "The rebels said their fighters had killed 14 soldiers in a separate battle."
    assert _two(_ARMY, "killed", ("The army", "MLI", "MIL"), second, "killed",
                ("their fighters", "MLI", "REB")) == [_ARMY, second]
    second = "The rebels said their fighters had killed 14 soldiers in the same area."
    assert _two(_ARMY, "killed", ("The army", "MLI", "MIL"), second, "killed",
                ("their fighters", "MLI", "REB")) == [_ARMY, second]


# --- dates: a short numeric day, movable feasts, Christmas ----------------------------------------------------------

def test_a_short_numeric_day_reads_nearest_publication() -> None:
    assert _day("Gunmen attacked a police checkpoint on 4/5, killing two officers.", "attacked",
                date(2028, 5, 6)) == ("2028-05-04", "day")
    assert _day("Police arrested 14 protesters outside the city hall on 5/4, officials said.", "arrested",
                date(2028, 5, 6)) == ("2028-05-04", "day")
    # a month of 13 does not exist: the other reading
    assert _day("Police arrested 14 protesters on 4/13.", "arrested", date(2028, 4, 14)) == ("2028-04-13", "day")
    # read at the turn of the year: last December's
    assert _day("Soldiers shot two men on 28/12.", "shot", date(2029, 1, 3)) == ("2028-12-28", "day")
    # with a cue of the future: the nearest day ahead
    assert _day("The vote will be held on 5/6, officials said.", "vote", date(2028, 5, 2)) == ("2028-05-06", "day")


def test_short_numeric_odd_input() -> None:
    assert find_date_expressions("They won 4/5 of the seats.", PUB) == []  # guard: no preposition of time
    assert find_date_expressions("Talks ended on 13/13.", PUB) == []
    assert find_date_expressions("Talks ended on 0/0.", PUB) == []
    assert find_date_expressions("Talks ended on 4/5.", None) == []
    got = find_date_expressions("Talks ended on 4/5/2027.", PUB)  # guard: a full date is read as before
    assert [(e.date, e.precision) for e in got] == [(date(2027, 4, 5), "day")]


def test_eid_is_its_first_day() -> None:
    # Ramadan 2028 begins on Jan. 28 (the table): Eid al-Fitr on Feb. 27, Eid al-Adha 68 days later
    pub = date(2028, 3, 1)
    assert _day("A bomb exploded in a crowded market in Kunduz during Eid, killing seven people.", "exploded",
                pub) == ("2028-02-27", "week")
    assert _day("Gunmen abducted 12 worshippers from a mosque on the eve of Eid.", "abducted", pub) == \
        ("2028-02-26", "day")
    assert _day("Police fired tear gas at worshippers on Eid al-Adha.", "fired", date(2028, 5, 9)) == \
        ("2028-05-05", "day")
    assert _day("Clashes erupted in the city on Eid al-Fitr 2024.", "Clashes", pub) == ("2024-04-10", "day")


def test_eid_odd_input() -> None:
    # guard: a surname is no feast
    assert _day("Mohamed Eid said on Monday that troops had arrested 12 men.", "arrested") == ("2028-05-08", "day")
    assert find_date_expressions("Police said during Eid.", None)[0].date is None


def test_easter_and_christmas_days() -> None:
    pub = date(2028, 4, 19)  # Easter 2028 is April 16
    assert _day("A suicide bomber struck a church in Peshawar on Easter Sunday, killing 11 worshippers.", "struck",
                pub) == ("2028-04-16", "day")
    assert _day("Police arrested 40 worshippers on Good Friday.", "arrested", pub) == ("2028-04-14", "day")
    assert _day("Gangs clashed in the city over the Easter weekend.", "clashed", pub) == ("2028-04-16", "week")
    assert _day("Police arrested 30 opposition activists in Dhaka on Christmas, officials said.", "arrested",
                date(2028, 12, 28)) == ("2028-12-25", "day")


def test_feast_names_that_are_no_days() -> None:  # guard
    assert find_date_expressions("He flew to Easter Island.", PUB) == []
    assert find_date_expressions("They marked the Easter Rising.", PUB) == []
    assert [e.date for e in find_date_expressions("Bombs hit churches in the Easter Sunday bombings.", PUB)] == []
    assert find_date_expressions("Crowds filled the Christmas market.", PUB) == []
    assert find_date_expressions("Talks on Christmas trees ended.", PUB) == []


def test_the_start_or_end_of_a_week() -> None:
    pub = date(2028, 5, 6)  # a Saturday
    assert _day("Police have arrested 30 protesters in Kisumu since the start of the week.", "arrested", pub) == \
        ("2028-05-01", "week")
    assert _day("Police arrested 30 protesters in Kisumu at the end of last week.", "arrested", pub) == \
        ("2028-04-28", "week")
    # guard: a month's and a year's edges are read as before
    assert _day("Police arrested 30 protesters at the start of the month.", "arrested", pub) == \
        ("2028-05-01", "month")
