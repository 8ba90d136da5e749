"""Review round 6, second pass: merge and date errors the story reviews routed here (two states of one country
told apart, an arrest told as the cause of a protest kept apart from the arrests that ended it, an undated deed
or denied harm going on with the day the sentence before it wrote).

Each test holds sentences written for it (not the stories' own); each failed before the rule it names was added,
except those marked `# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from newsevents.coding import merge_duplicates
from newsevents.coding.size import extract_size
from newsevents.records import Article, Entity, Event, Location, Sentence
from story_parts import Spec, SpecCoder, run_story, sentence, trigger


def _event(text: str, seq: int, sent: str, trig: str, event: str = "ASSAULT", *, mode: tuple[str, ...] = (),
           when: str | None = "2026-05-10", actor: tuple[str, str | None, str | None] | None = None,
           loc: Location | None = None) -> Event:
    s = sentence(text, sent, seq)
    t = trigger(text, trig, s.start)
    actors: tuple[Entity, ...] = ()
    if actor is not None:
        i = s.start + s.text.index(actor[0])
        actors = (Entity(actor[0], i, i + len(actor[0]), actor[1], actor[2]),)
    return Event(id="", event=event, mode=mode, context=(), quad_code=4, event_scale=-5.0, cameo_root="00",
                 acled_event_type=None, acled_sub_event_type=None, actor=actors, recipient=(), trigger=t,
                 event_loc=loc, date=when, date_precision="day" if when else None, aux=(),
                 size=extract_size(s.text), event_text=s.text, sentence=s, confidence=0.9)


def _loc(name: str, gid: int, province: str | None, res: int, cc: str = "NGA") -> Location:
    return Location(name, name, gid, 0.0, 0.0, province, cc, "ADM1" if res == 2 else "PPL", res, 0, 1)


# --- merge: a re-mention names the event of its own state -------------------------------------------

_TWO_STATES = ("Gunmen abducted 20 people from a village in Katsina state on Sunday, and militants attacked an army "
               "camp in Yobe state. The kidnappers rode into Dutsinma on motorcycles.")


def _two_states(kidnap_loc: Location) -> list[Event]:
    t = _TWO_STATES
    first = "Gunmen abducted 20 people from a village in Katsina state on Sunday, and militants attacked an army " \
            "camp in Yobe state."
    return merge_duplicates([
        _event(t, 0, first, "abducted", actor=("Gunmen", "NGA", "UAF"), loc=_loc("Katsina", 1, "Katsina", 2)),
        _event(t, 0, first, "attacked", actor=("militants", "NGA", "REB"), loc=_loc("Yobe", 2, "Yobe", 2)),
        _event(t, 1, "The kidnappers rode into Dutsinma on motorcycles.", "kidnappers",
               actor=("The kidnappers", None, None), loc=kidnap_loc)])


def test_a_re_mention_joins_the_event_of_its_own_state() -> None:
    events = _two_states(_loc("Dutsinma", 3, "Katsina", 4))
    assert len(events) == 2
    yobe = next(e for e in events if e.trigger is not None and e.trigger.text == "attacked")
    katsina = next(e for e in events if e.trigger is not None and e.trigger.text == "abducted")
    assert yobe.event_loc is not None and yobe.event_loc.extracted_place == "Yobe"
    assert katsina.event_loc is not None and katsina.event_loc.extracted_place == "Dutsinma"


def test_a_re_mention_in_another_state_leaves_the_first_state_alone() -> None:  # guard
    events = _two_states(_loc("Damaturu", 4, "Yobe", 4))
    katsina = next(e for e in events if e.trigger is not None and e.trigger.text == "abducted")
    assert katsina.event_loc is not None and katsina.event_loc.extracted_place == "Katsina"


def test_two_towns_read_in_two_states_still_merge() -> None:  # guard: a misread town is no named state
    t = "Militants stormed a police post near Bannu on Monday. The attack on the Mirali post lasted two hours."
    events = merge_duplicates([
        _event(t, 0, "Militants stormed a police post near Bannu on Monday.", "stormed",
               loc=_loc("Bannu", 1, "Khyber Pakhtunkhwa", 4, "PAK")),
        _event(t, 1, "The attack on the Mirali post lasted two hours.", "attack",
               loc=_loc("Mirali", 2, "Punjab", 4, "PAK"))])
    assert len(events) == 1


# --- merge: an arrest told as the cause of a protest is not the arrests that ended it ----------------

def _arrests(text: str, first: str, second: str, second_trigger: str) -> list[Event]:
    return merge_duplicates([
        _event(text, 0, first, "arrested", "COERCE", mode=("arrest",), actor=("Police", "USA", "COP"),
               loc=_loc("Dayton", 1, "Ohio", 4, "USA")),
        _event(text, 3, second, second_trigger, "COERCE", mode=("arrest",), loc=_loc("Dayton", 1, "Ohio", 4, "USA"))])


def test_an_arrest_that_sparked_a_protest_is_not_the_arrests_after_it() -> None:
    first = "Police arrested 14 people in Dayton on Sunday after a protest outside city hall."
    second = "The student whose detention triggered the protest is still held at the county jail."
    assert len(_arrests(first + " " + second, first, second, "held")) == 2


def test_an_arrest_that_sparked_protests_is_the_arrest_told_before() -> None:  # guard
    first = "Police arrested a student in Dayton on Sunday for spraying slogans on city hall."
    second = "The student, whose detention triggered the protests, is still held at the county jail."
    assert len(_arrests(first + " " + second, first, second, "held")) == 1


# --- the pipeline: an undated deed goes on with the day written just before it ------------------------

class _DeniedCoder(SpecCoder):
    """The spec coder, with the events of the given trigger words negated ("No one was hurt")."""

    def __init__(self, specs: list[Spec], denied: set[str]) -> None:
        super().__init__(specs)
        self.denied = denied

    def code_batch(self, article: Article, items: list[tuple[Sentence, Any]],
                   add_entities: Any = None, screened: bool = False) -> list[Event]:
        return [dataclasses.replace(e, aux=("negation",)) if e.trigger and e.trigger.text in self.denied else e
                for e in super().code_batch(article, items, add_entities, screened)]


_VILLAGES = ("JOS, May 13 (Wire) - Gunmen killed six herders in Plateau state on Tuesday, police said.\n\n"
             "In Benue state, bandits killed four villagers in Agatu on Sunday evening. "
             "They burned ten houses and a church in the village.\n\n"
             "Soldiers dispersed a crowd in Makurdi on Friday. No one was hurt.\n\n"
             "Police arrested two suspects.")
_SPECS = [Spec("killed", "ASSAULT", 4), Spec("burned", "ASSAULT", 4, mode=("destroy",)),
          Spec("dispersed", "COERCE", 4), Spec("hurt", "ASSAULT", 4),
          Spec("arrested", "COERCE", 4, mode=("arrest",))]
_PLACES = [("Plateau", "NGA", 2, "ADM1"), ("Agatu", "NGA", 4, "PPL"), ("Makurdi", "NGA", 4, "PPL")]


def _village_events() -> list[Event]:
    from newsevents.pipeline import Pipeline
    from story_parts import NamesGeo
    import spacy

    res = Pipeline(spacy.blank("en"), _DeniedCoder(_SPECS, {"hurt"}), NamesGeo(_PLACES, "JOS")).run_one(
        Article("a", _VILLAGES, published=date(2026, 5, 13)))
    assert res.error is None
    return list(res.events)


def _by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger is not None and e.trigger.text == word)


def test_an_undated_deed_takes_the_day_of_the_sentence_before() -> None:
    # dated Sunday, the burning is the Agatu killing's own deed and joins it (no second Agatu event on Tuesday)
    agatu = [e for e in _village_events() if e.event_loc is not None and e.event_loc.extracted_place == "Agatu"
             and e.event == "ASSAULT" and not e.aux]
    assert [e.date for e in agatu] == ["2026-05-10"]


def test_a_denied_harm_takes_the_day_of_the_sentence_before() -> None:
    assert _by_trigger(_village_events(), "hurt").date == "2026-05-08"


def test_a_new_paragraph_keeps_the_lead_s_day() -> None:  # guard
    assert _by_trigger(_village_events(), "arrested").date == "2026-05-12"


def test_a_day_ahead_is_not_carried_on() -> None:  # guard
    text = ("LAGOS, May 13 (Wire) - Gunmen killed two guards in Ikeja on Tuesday. "
            "Unions plan to march on Friday. Police arrested three suspects.")
    events = run_story(text, [Spec("killed", "ASSAULT", 4), Spec("arrested", "COERCE", 4, mode=("arrest",))],
                       [("Ikeja", "NGA", 4, "PPL")], "LAGOS", date(2026, 5, 13))
    arrest = next(e for e in events if e.event == "COERCE")
    assert arrest.date == "2026-05-12"


# --- merge: a toll report is dated by its update, its account by the deed ----------------------------

_TOLL = ("The death toll from a missile strike on Sumy rose to 12 on Saturday, officials said. "
         "Russia fired three missiles at the city on {day}.")


def _toll(day: str, when: str) -> list[Event]:
    t = _TOLL.format(day=day)
    sumy = _loc("Sumy", 7, "Sumy", 4, "UKR")
    return merge_duplicates([
        _event(t, 0, "The death toll from a missile strike on Sumy rose to 12 on Saturday, officials said.", "death",
               when="2026-10-03", loc=sumy),
        _event(t, 1, f"Russia fired three missiles at the city on {day}.", "fired", when=when,
               actor=("Russia", "RUS", "GOV"), loc=sumy)])


def test_the_account_of_a_toll_s_strike_joins_it_and_dates_it() -> None:
    events = _toll("Friday", "2026-10-02")
    assert len(events) == 1
    assert events[0].date == "2026-10-02" and events[0].size.dead == 12


def test_a_strike_after_the_toll_s_update_is_another() -> None:  # guard
    assert len(_toll("Sunday", "2026-10-04")) == 2


# --- the pipeline: a reaction to the story's event is not dated before it ----------------------------

def _reaction(second: str, spec: Spec) -> Event:
    text = ("CALI, Sept 29 (Wire) - Rebels freed six hostages in Cauca on Monday, officials said.\n\n"
            "The rebels said on Sunday that they would free the captives. " + second)
    events = run_story(text, [Spec("freed", "RETREAT", 2), spec], [("Cauca", "COL", 2, "ADM1")], "CALI",
                       date(2026, 9, 29))
    return next(e for e in events if e.event == spec.event)


def test_a_reaction_to_the_told_event_is_not_dated_before_it() -> None:
    assert _reaction("The governor welcomed the release.", Spec("welcomed", "SUPPORT", 1)).date == "2026-09-28"


def test_a_statement_after_a_dated_one_still_takes_its_day() -> None:  # guard
    assert _reaction("The governor urged calm.", Spec("urged", "REQUEST", 3)).date == "2026-09-27"


# --- dates: a date across a coordinated clause is that clause's ---------------------------------------

_TWO_CLAUSES = ("Gunmen abducted 12 traders near Funtua on Sunday night, and militants attacked a police post in "
                "Geidam a day later, officials said.")


def _clause_date(trig: str) -> str | None:
    from newsevents.dates import resolve_event_date

    s = sentence(_TWO_CLAUSES, _TWO_CLAUSES, 0)
    return resolve_event_date(_TWO_CLAUSES, s, trigger(_TWO_CLAUSES, trig), date(2026, 3, 11)).date


def test_a_trigger_takes_the_date_of_its_own_clause() -> None:
    assert _clause_date("attacked") == "2026-03-09"


def test_the_first_clause_keeps_its_own_date() -> None:  # guard
    assert _clause_date("abducted") == "2026-03-08"


def test_a_clause_without_a_date_takes_its_neighbour_s() -> None:  # guard
    from newsevents.dates import resolve_event_date

    t = "Soldiers stormed the camp, and the gunmen fled into the forest on Tuesday."
    s = sentence(t, t, 0)
    assert resolve_event_date(t, s, trigger(t, "stormed"), date(2026, 3, 11)).date == "2026-03-10"


def _next_after(first: str) -> Event:
    text = ("LAGOS, May 13 (Wire) - Gunmen killed two guards in Ikeja on Tuesday.\n\n"
            + first + " Soldiers arrested three suspects.")
    events = run_story(text, [Spec("killed", "ASSAULT", 4), Spec("arrested", "COERCE", 4, mode=("arrest",))],
                       [("Ikeja", "NGA", 4, "PPL")], "LAGOS", date(2026, 5, 13))
    return next(e for e in events if e.event == "COERCE")


def test_a_day_that_dates_a_report_is_not_carried_on() -> None:  # guard
    assert _next_after("Police said on Sunday that the gang had been hunted for weeks.").date == "2026-05-12"


def test_a_day_in_an_earlier_clause_is_not_carried_on() -> None:  # guard
    assert _next_after("Troops removed the roadblock that youths had set up on Sunday.").date == "2026-05-12"


def test_a_day_that_dates_the_sentence_s_deed_is_carried_on() -> None:
    assert _next_after("Troops removed a roadblock on Sunday.").date == "2026-05-10"
