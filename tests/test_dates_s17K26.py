"""Round K26 (session 17, issue 3 item 6 and issue 4 item 5): dates, merging and story-level party countries.

- a party whose country the coder only guessed from the people it acted on ("NIAMEY - The defence ministry said it
  had arrested three Nigerian traffickers") takes the dateline's country;
- in a meeting, a party with no country of its own does not take the country of the place when the other side
  already holds it ("The minister meets his Afghan counterpart in Kabul");
- a party named by common nouns alone whose country the story names nowhere ("its troops" given Turkey by a
  place name the article resolved in Colombia) takes the event place's country;
- a second verb joined by "and" to a verb told "later" is later too ("Helicopters later pursued the attackers and
  killed 12 of them");
- "the night before last" and "the day before yesterday" are two days back, "a week ago today" that very day;
- a subject's participle date followed by its place ("a journalist abducted three weeks ago in Idlib appealed ...")
  dates the participle's deed, not the verb.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date

import test_dates_s14K23 as k23
from newsevents.coding.merge import merge_duplicates
from newsevents.dates import later_before
from newsevents.pipeline import _dateline_country, _reguessed, _with_place_country, _without_stray_country
from newsevents.records import Entity, Event, Location, Place, Sentence, Size, Trigger
from story_parts import Spec, made_event, run_story

PUB = date(2026, 6, 12)  # a Friday


def _day(sentence: str, trig: str | None, prefix: str = "", published: date | None = PUB) -> tuple[str | None,
                                                                                                   str | None]:
    got = k23._date(sentence, trig, prefix, published)
    return got.date, got.precision


def _place(text: str, name: str, cc: str, res: int = 4) -> Place:
    i = text.index(name)
    return Place(i, i + len(name), name, name, 1, 1.0, 1.0, cc, "PPL", None, res)


def _loc(p: Place) -> Location:
    return Location(p.text, p.text, 1, 1.0, 1.0, None, p.country_code, "PPL", p.resolution, p.start, p.end)


def _event(text: str, trig: str, actor: tuple[Entity, ...], recipient: tuple[Entity, ...],
           loc: Location | None = None, kind: str = "COERCE") -> Event:
    sent = Sentence(0, 0, len(text), text)
    i = text.index(trig)
    return Event(id="", event=kind, mode=(), context=(), quad_code=4, event_scale=-5.0, cameo_root="17",
                 acled_event_type=None, acled_sub_event_type=None, actor=actor, recipient=recipient,
                 trigger=Trigger(i, i + len(trig), trig), event_loc=loc, date=None, date_precision=None, aux=(),
                 size=Size(), event_text=text, sentence=sent, confidence=0.9, article_id="a")


def _ent(text: str, words: str, code: str | None, sector: str | None, canon: str | None = None) -> Entity:
    i = text.index(words)
    return Entity(words, i, i + len(words), code, sector, canon)


# --- the dateline's country over a guess taken from the people held ------------------------------------------

_HELD = "TARAZ - The interior ministry said it had detained four Uzbek smugglers near the border."


def _held(home: str | None, guessed: bool = True) -> str | None:
    ministry = _ent(_HELD, "The interior ministry", "UZB", "GOV")
    smugglers = _ent(_HELD, "four Uzbek smugglers", "UZB", "CRM")
    ev = _event(_HELD, "detained", (ministry,), (smugglers,))
    spans = frozenset({(ministry.start, ministry.end)}) if guessed else frozenset()
    return _with_place_country(ev, [_place(_HELD, "TARAZ", "KAZ")], spans, home).actor[0].code


def test_a_guess_from_the_people_held_gives_way_to_the_dateline() -> None:
    assert _held("KAZ") == "KAZ"
    assert _dateline_country(_HELD, [_place(_HELD, "TARAZ", "KAZ")]) == "KAZ"


def test_a_country_the_party_names_or_no_dateline_is_kept() -> None:  # guard
    assert _held("KAZ", guessed=False) == "UZB"
    assert _held(None) == "UZB"


def test_a_guess_of_the_act_place_country_is_kept() -> None:  # guard: the act was done there
    text = "TARAZ - Police said they had detained four Uzbek smugglers in Andijan."
    police = _ent(text, "Police", "UZB", "COP")
    smugglers = _ent(text, "four Uzbek smugglers", "UZB", "CRM")
    andijan = _place(text, "Andijan", "UZB")
    ev = _event(text, "detained", (police,), (smugglers,), _loc(andijan))
    got = _reguessed(ev, [_place(text, "TARAZ", "KAZ"), andijan], frozenset({(police.start, police.end)}), "KAZ")
    assert got.actor[0].code == "UZB"


def test_the_dateline_country_on_odd_input() -> None:
    assert _dateline_country("", []) is None
    assert _dateline_country("No dateline here, police said.", [_place("No dateline here", "No", "NOR")]) is None
    assert _dateline_country(_HELD, []) is None  # the dateline's place was not resolved


# --- a meeting abroad ------------------------------------------------------------------------------------------

def _meeting(text: str, other: str, other_code: str | None, town: str, cc: str, kind: str = "CONSULT") -> Event:
    minister = _ent(text, "The minister", None, "GOV")
    them = _ent(text, other, other_code, "GOV")
    p = _place(text, town, cc)
    ev = _event(text, text.split()[2], (minister,), (them,), _loc(p), kind)
    return _with_place_country(ev, [p])


def test_the_visitor_does_not_take_the_host_country() -> None:
    text = "The minister meets his Kyrgyz counterpart in Bishkek on Thursday."
    assert _meeting(text, "his Kyrgyz counterpart", "KGZ", "Bishkek", "KGZ", "AGREE").actor[0].code is None
    text = "The minister met Mongolian officials in Ulaanbaatar."
    assert _meeting(text, "Mongolian officials", "MNG", "Ulaanbaatar", "MNG").actor[0].code is None


def test_a_meeting_where_no_side_holds_the_place_country_still_gives_it() -> None:  # guard
    text = "The minister met union leaders in Bishkek."
    got = _meeting(text, "union leaders", None, "Bishkek", "KGZ")
    assert [got.actor[0].code, got.recipient[0].code] == ["KGZ", "KGZ"]


def test_an_arrest_still_gives_the_place_country() -> None:  # guard: only meetings
    text = "Police arrested three Kyrgyz men in Bishkek."
    p = _place(text, "Bishkek", "KGZ")
    ev = _event(text, "arrested", (_ent(text, "Police", None, "COP"),), (_ent(text, "three Kyrgyz men", "KGZ", "CVL"),),
                _loc(p))
    assert _with_place_country(ev, [p]).actor[0].code == "KGZ"


# --- a country the coder's city table gave, where the story reads the place otherwise ------------------------------

_CAUGHT = "QUITO - The army said its troops had captured a gang leader in Antioquia."


def _caught(troops_code: str, words: str = "its troops", canon: str | None = None, town: str = "Antioquia") -> \
        str | None:
    text = _CAUGHT.replace("Antioquia", town)
    troops = _ent(text, words, troops_code, "MIL", canon)
    leader = _ent(text, "a gang leader", "ECU", "CRM")
    places = [_place(text, "QUITO", "ECU"), _place(text, town, "ECU")]
    ev = _event(text, "captured", (troops,), (leader,), _loc(places[1]), "ASSAULT")
    return _without_stray_country(ev, places).actor[0].code


def test_a_country_from_a_misread_city_gives_way_to_the_story_reading() -> None:
    assert _caught("TUR") == "ECU"  # Antioquia: the table's Turkish city (Antakya)


def test_a_country_no_city_of_the_sentence_explains_is_kept() -> None:  # guard
    assert _caught("ECU") == "ECU"
    assert _caught("PER") == "PER"  # no place of the sentence is a Peruvian city's namesake
    assert _caught("TUR", "The army", "Turkish Land Forces") == "TUR"  # a known body
    assert _caught("TUR", town="Manta") == "TUR"  # no big city of Turkey by that name
    assert _without_stray_country(_event("Soldiers shot two men.", "shot", (_ent("Soldiers shot two men.", "Soldiers",
                                                                                   "TUR", "MIL"),), ()),
                                  []).actor[0].code == "TUR"  # no places at all


# --- "later" and a verb joined by "and" ----------------------------------------------------------------------------

_RAID = "Gunmen raided the village of Dogon Daji, killing 11 farmers. "


def _two(second: str, trig: str) -> list[str]:
    text = _RAID + second
    a = made_event(text, 0, "Gunmen raided", "raided", when="2026-06-10")
    b = made_event(text, 1, second, trig, when="2026-06-10")
    return [ev.trigger.text for ev in merge_duplicates([a, b]) if ev.trigger]


def test_a_verb_joined_to_a_later_verb_is_later_too() -> None:
    assert _two("Jets later tracked the gunmen to a forest camp and killed 15 of them.", "killed") == \
        ["raided", "killed"]
    assert _two("Later, soldiers chased the gunmen and then arrested six of them.", "arrested") == \
        ["raided", "arrested"]


def test_and_without_later_or_after_a_clause_break_still_merges() -> None:  # guard
    assert _two("The gunmen burned houses and killed 11 farmers, residents said.", "killed") == ["raided"]
    assert _two("Jets later struck the forest; the gunmen had fled and killed 11 farmers.", "killed") == ["raided"]
    assert _two("One of the wounded later died and was buried on Thursday.", "died") == ["raided"]


def test_later_before_with_and_on_odd_input() -> None:
    assert later_before("and", 3) is None
    s = "Troops came later, and residents said the gunmen had burned houses and killed six."
    assert later_before(s, s.index("killed")) is None  # "later" in another clause
    s = "Troops later pursued them and killed six."
    assert later_before(s, s.index("killed")) is not None


def test_the_routed_helicopter_story_keeps_two_events() -> None:
    text = ("Gunmen attacked the village of Kukawa on Tuesday, killing 12 villagers, a local official said.\n\n"
            "Helicopters later pursued the attackers and killed 12 of them, the army said.")
    specs = [Spec("attacked", "ASSAULT", 4, actor=(("Gunmen", None, None),)),
             Spec("killed 12 of", "ASSAULT", 4, actor=(("Helicopters", None, None),))]
    events = run_story(text, specs, [("Kukawa", "NGA", 4, "PPL")], "", date(2026, 6, 3))
    assert [e.trigger.text for e in events if e.trigger] == ["attacked", "killed 12 of"]


# --- outside date styles ---------------------------------------------------------------------------------------

def test_the_night_before_last_is_two_days_back() -> None:
    assert _day("Armed men set fire to 40 houses in the village the night before last, villagers said.", "set") == \
        ("2026-06-10", "day")
    assert _day("Police arrested the suspect the day before yesterday.", "arrested") == ("2026-06-10", "day")
    assert _day("The talks resume the day after tomorrow.", "resume") == ("2026-06-14", "day")


def test_last_night_and_yesterday_stay_one_day_back() -> None:  # guard
    assert _day("Armed men set fire to 40 houses last night.", "set") == ("2026-06-11", "day")
    assert _day("Police arrested the suspect yesterday.", "arrested") == ("2026-06-11", "day")


def test_ago_today_is_that_very_day() -> None:
    assert _day("Gunmen killed nine traders a week ago today.", "killed") == ("2026-06-05", "day")
    assert _day("Gunmen killed nine traders two weeks ago yesterday.", "killed") == ("2026-05-28", "day")
    assert _day("Gunmen killed nine traders a year ago today.", "killed")[0] == "2025-06-12"
    got = k23._date("Gunmen killed nine traders a month ago today.", "killed", "", date(2026, 3, 31))
    assert (got.date, got.precision) == ("2026-02-28", "day")


def test_a_plain_ago_keeps_its_precision() -> None:  # guard
    assert _day("Gunmen killed nine traders a week ago.", "killed") == ("2026-06-05", "week")
    assert _day("Gunmen killed nine traders two days ago today.", "killed") == ("2026-06-10", "day")


def test_a_subject_participle_date_with_its_place_is_not_the_verb_day() -> None:
    assert _day("The family of a journalist abducted three weeks ago in Idlib appealed for his release on Friday.",
                "appealed") == ("2026-06-12", "day")
    assert _day("The mother of a student killed last month in Conakry appealed for justice.", "appealed") == \
        ("2026-06-12", "day")


def test_a_date_and_place_after_the_subject_still_date_the_verb() -> None:  # guard
    assert _day("Police on Monday in Lagos arrested 12 people.", "arrested") == ("2026-06-08", "day")
    assert _day("Troops killed three militants on Monday in Borno.", "killed") == ("2026-06-08", "day")


def test_the_day_of_an_occasion_the_deed_came_ahead_of_is_not_its_day() -> None:
    thu = date(2026, 10, 22)
    assert _day("Police arrested 40 opposition activists ahead of the vote on Sunday.", "arrested",
                published=thu) == ("2026-10-22", "day")
    assert _day("Police detained 12 journalists in the run-up to the election on October 25.", "detained",
                published=thu) == ("2026-10-22", "day")
    assert _day("Ahead of the summit on Sunday, police arrested 40 activists.", "arrested", published=thu) == \
        ("2026-10-22", "day")


def test_the_deed_own_day_and_a_plain_before_still_date_it() -> None:  # guard
    thu = date(2026, 10, 22)
    assert _day("Police arrested 40 activists on Monday ahead of the vote on Sunday.", "arrested",
                published=thu) == ("2026-10-19", "day")
    assert _day("Police arrested 40 activists before dawn on Sunday.", "arrested", published=thu) == \
        ("2026-10-18", "day")


def test_a_relative_on_a_later_clause_is_later_too() -> None:
    assert _two("The gunmen were later tracked by jets, which killed 15 of them.", "killed") == ["raided", "killed"]
    # guard: a relative on a clause without "later"
    assert _two("The gunmen, who killed 11 farmers, escaped.", "killed") == ["raided"]
