"""Review round 6: fourteen wire stories of new kinds (a Sahel army-post attack, a Mexican cartel clash, an Indian
communal riot, a missile strike with a rising toll, a Philippine drug raid, a Balochistan bombing, a South Sudan
cattle raid, Nairobi protests, a state visit, EU sanctions, election-day violence, a sentencing of activists, a
hostage release and a flood) read event by event.

Each test holds sentences written for it (not the stories' own); each failed before the rule it names was added,
except those marked `# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from newsevents.coding import merge_duplicates
from newsevents.coding.evidence import lacks_evidence
from newsevents.coding.size import extract_size
from newsevents.dates import resolve_event_date
from newsevents.records import Entity, Event, Location, Size
from story_parts import Spec, run_story, sentence, trigger


# --- helpers --------------------------------------------------------------------------------------

def _event(text: str, seq: int, sent: str, trig: str, event: str = "ASSAULT", *, mode: tuple[str, ...] = (),
           when: str | None = "2026-05-04", aux: tuple[str, ...] = (), context: tuple[str, ...] = (),
           actor: tuple[str, str | None, str | None] | None = None,
           recipient: tuple[str, str | None, str | None] | None = None, loc: Location | None = None) -> Event:
    s = sentence(text, sent, seq)
    t = trigger(text, trig, s.start)

    def ents(p: tuple[str, str | None, str | None] | None) -> tuple[Entity, ...]:
        if p is None:
            return ()
        i = s.start + s.text.index(p[0])
        return (Entity(p[0], i, i + len(p[0]), p[1], p[2]),)
    return Event(id="", event=event, mode=mode, context=context, quad_code=4, event_scale=-5.0, cameo_root="00",
                 acled_event_type=None, acled_sub_event_type=None, actor=ents(actor), recipient=ents(recipient),
                 trigger=t, event_loc=loc, date=when, date_precision="day" if when else None, aux=aux,
                 size=extract_size(s.text), event_text=s.text, sentence=s, confidence=0.9)


def _loc(name: str, gid: int, cc: str = "NGA", res: int = 4) -> Location:
    return Location(name, name, gid, 0.0, 0.0, None, cc, "PPL", res, 0, 1)


def _date(text: str, sent: str, trig: str | None, published: date) -> Any:
    s = sentence(text, sent, 0)
    return resolve_event_date(text, s, trigger(text, trig, s.start) if trig else None, published)


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


# --- merge: acts told apart by the writer, by their mode or by their time ---------------------------

def test_coercive_acts_of_different_modes_stay_apart() -> None:
    text = "Officials ordered a curfew in Jos. Soldiers detained 14 youths in the city."
    curfew = _event(text, 0, "Officials ordered a curfew in Jos.", "curfew", "COERCE", mode=("curfew",),
                    loc=_loc("Jos", 1))
    arrest = _event(text, 1, "Soldiers detained 14 youths in the city.", "detained", "COERCE", mode=("arrest",),
                    actor=("Soldiers", "NGA", "MIL"), loc=_loc("Jos", 1))
    out = merge_duplicates([curfew, arrest])
    assert [e.trigger.text for e in out if e.trigger] == ["curfew", "detained"]
    assert out[0].size.arrested is None and out[1].size.arrested == 14


def test_coercive_acts_of_one_mode_still_merge() -> None:  # guard
    text = "Police detained 30 traders in Kano. The detentions followed a strike."
    a = _event(text, 0, "Police detained 30 traders in Kano.", "detained", "COERCE", mode=("arrest",))
    b = _event(text, 1, "The detentions followed a strike.", "detentions", "COERCE", mode=("arrest",))
    assert len(merge_duplicates([a, b])) == 1


def test_a_sentence_marked_separate_joins_nothing_told_before() -> None:
    text = ("Kenya and Uganda agreed to reopen their border. In a separate development, Tanzania and Rwanda agreed "
            "to build a railway.")
    first = _event(text, 0, "Kenya and Uganda agreed to reopen their border.", "agreed", "AGREE",
                   loc=_loc("Kampala", 7, "UGA", 1))
    second = _event(text, 1, "In a separate development, Tanzania and Rwanda agreed to build a railway.", "agreed",
                    "AGREE", loc=_loc("Kampala", 7, "UGA", 1))
    assert len(merge_duplicates([first, second])) == 2


def test_a_past_event_does_not_merge_with_the_story_s_own() -> None:
    text = "Police shot dead two robbers in Lagos. Officers killed 120 suspects in raids between 2019 and 2021."
    now = _event(text, 0, "Police shot dead two robbers in Lagos.", "shot", loc=_loc("Lagos", 2))
    past = _event(text, 1, "Officers killed 120 suspects in raids between 2019 and 2021.", "killed",
                  aux=("historical",), loc=_loc("Lagos", 2))
    out = merge_duplicates([now, past])
    assert len(out) == 2 and out[0].size.dead == 2


_CHECKPOINT = ("Gunmen attacked a police checkpoint near Bama on Friday, the army said. "
               "Two policemen and five attackers were killed in the exchange of fire, it said. ")


def test_a_casualty_sentence_naming_the_fight_and_its_source_joins_it() -> None:
    text = _CHECKPOINT
    attack = _event(text, 0, "Gunmen attacked a police checkpoint near Bama on Friday, the army said.", "attacked",
                    actor=("Gunmen", "NGA", "UAF"), recipient=("police checkpoint", "NGA", "COP"),
                    loc=_loc("Bama", 3))
    toll = _event(text, 1, "Two policemen and five attackers were killed in the exchange of fire, it said.", "killed",
                  recipient=("Two policemen", "NGA", "COP"), loc=_loc("Maiduguri", 4), when="2026-05-05")
    out = merge_duplicates([attack, toll])
    assert len(out) == 1 and out[0].size.dead == 7 and out[0].event_loc == attack.event_loc


_RAID = ("Bandits raided a village near Gusau on Sunday, killing 19 people. They burned houses and granaries. "
         "They also stole cattle from three herders. Four of the bandits were among the dead, residents said. ")


def test_among_the_dead_reaches_from_the_last_mention_and_adds_nothing() -> None:
    text = _RAID
    raid = _event(text, 0, "Bandits raided a village near Gusau on Sunday, killing 19 people.", "raided",
                  actor=("Bandits", "NGA", "UAF"), recipient=("village", "NGA", "CVL"))
    burned = _event(text, 1, "They burned houses and granaries.", "burned", actor=("They", "NGA", "UAF"))
    among = _event(text, 3, "Four of the bandits were among the dead, residents said.", "dead",
                   recipient=("Four of the bandits", "NGA", "UAF"))
    # three sentences after the raid's first mention, but one after its last
    out = merge_duplicates([raid, burned, among])
    assert len(out) == 1 and out[0].size.dead == 19


def test_casualties_after_a_disaster_are_no_attack() -> None:
    text = ("Landslides buried homes in Kasese, and the army sent boats to rescue families. "
            "Some 30 people were hurt and 12 were missing.")
    rescue = _event(text, 0, "Landslides buried homes in Kasese, and the army sent boats to rescue families.",
                    "rescue", "AID", context=("disasters",))
    hurt = _event(text, 1, "Some 30 people were hurt and 12 were missing.", "hurt")
    assert [e.event for e in merge_duplicates([rescue, hurt])] == ["AID"]


def test_casualties_after_an_attack_still_join_it() -> None:  # guard
    text = ("Militants ambushed a convoy near Diffa, and troops sent help. "
            "Some 30 soldiers were hurt and 12 were missing.")
    ambush = _event(text, 0, "Militants ambushed a convoy near Diffa, and troops sent help.", "ambushed",
                    context=("military",))
    hurt = _event(text, 1, "Some 30 soldiers were hurt and 12 were missing.", "hurt")
    out = merge_duplicates([ambush, hurt])
    assert len(out) == 1 and out[0].size.injured == 30


# --- counts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a dateline's day number no longer hides the count behind it
    ("JOS, Nigeria, May 4 (Wire) - At least nine villagers were killed when gunmen stormed a market.",
     Size(9, None, None)),
    # part of a group counted before
    ("Fourteen of the wounded remained in intensive care on Monday.", Size(None, None, None)),
    # "including ..." names part of the toll, no group of its own
    ("The toll had climbed to 31, including eight women, and 52 people were injured.", Size(31, 52, None)),
    # an aside between the group and its verb
    ("Nine other men, including a local chief, were detained at a checkpoint.", Size(None, None, 9)),
    # a long toll phrase naming the weapon and the place first
    ("The death toll from a drone strike on a crowded fuel depot in the northern town of Kauda climbed to 23.",
     Size(23, None, None)),
    # the when-clause of a comparison tells the earlier event
    ("The raid was the worst in the region since 2021, when gunmen killed 80 miners.", Size(None, None, None)),
    ("Eleven of the gunmen were among the dead, police said.", Size(11, None, None)),
])
def test_counts(text: str, expected: Size) -> None:
    assert extract_size(text) == expected


def test_a_group_with_an_aside_counts_as_a_whole() -> None:
    assert extract_size("Five people, including two children, were killed.") == Size(5, None, None)


def test_a_part_of_a_named_group_still_counts() -> None:  # guard
    assert extract_size("Eight of the soldiers were killed in the ambush.") == Size(8, None, None)


def test_an_argument_trigger_bounds_its_verb_s_clause(nlp: Any) -> None:
    from newsevents.coding.size import event_size
    text = "In 2024, riots in Meerut left 40 people injured, and police arrested 90 people."
    doc = nlp(text)
    arrest = event_size(text, _tok(doc, "arrested"), [_tok(doc, "riots")])
    assert arrest == Size(None, None, 90)


# --- dates ---------------------------------------------------------------------------------------

_PUB = date(2026, 5, 8)  # a Friday


def test_an_anniversary_the_sentence_marks_does_not_date_its_own_event() -> None:
    text = "Police fired water cannon at marchers on Thursday as they marked the third anniversary of the uprising."
    when = _date(text, text, None, _PUB)
    assert when.date == "2026-05-07" and not when.historical


def test_a_year_range_dates_a_past_period() -> None:
    text = "The army says 900 rebels were killed between 2017 and 2020."
    when = _date(text, text, "killed", _PUB)
    assert when.date == "2017-01-01" and when.historical


@pytest.mark.parametrize("text,trig", [
    ("The trip is the minister's first to Ghana since she took office in March last year.", "trip"),
    ("The ministers adopted the package, the 14th since the war began in February 2022.", "adopted"),
])
def test_an_ordinal_s_since_clause_does_not_date_the_event(text: str, trig: str) -> None:
    when = _date(text, text, trig, _PUB)
    assert when.start is None


def test_an_event_inside_the_since_clause_keeps_its_date() -> None:  # guard
    text = "It was the biggest crowd since the strikes began in March."
    assert _date(text, text, "strikes", _PUB).date == "2026-03-01"


def test_an_aside_on_a_written_day_is_not_counted_from_it() -> None:
    text = "On Wednesday, three days before the vote, gunmen attacked a rally in Kano."
    assert _date(text, text, "attacked", _PUB).date == "2026-05-06"


def test_a_date_in_a_party_s_aside_does_not_date_the_event() -> None:
    text = "Moussa, who was elected in 2020, dissolved the assembly in 2023."
    assert _date(text, text, "dissolved", _PUB).date == "2023-01-01"


def test_a_date_before_the_reporting_verb_dates_the_report() -> None:
    text = ("In February, Amnesty International said troops had killed at least 40 civilians in the village of Tessit "
            "in January.")
    assert _date(text, text, "killed", _PUB).date == "2026-01-01"


def test_a_date_in_a_later_after_clause_dates_that_clause() -> None:
    text = "The council approved the budget in Abuja after two members withdrew their motion on Monday."
    assert _date(text, text, "approved", _PUB).start is None


def test_a_date_next_to_the_trigger_still_dates_it() -> None:  # guard
    text = "Gunmen attacked the convoy on Monday after it left Gao."
    assert _date(text, text, "attacked", _PUB).date == "2026-05-04"


# --- the pipeline: a background paragraph goes on with its past -------------------------------------

_HIJACK = ("PESHAWAR, May 8 (Wire) - Gunmen killed four policemen in Bannu on Thursday, officials said.\n\n"
           "In June 2024, militants seized a bus with 40 passengers on board near Kohat. "
           "Troops freed the hostages after a night-long siege.\n\n"
           "Police arrested six suspects.")


def _hijack_events() -> list[Event]:
    specs = [Spec("killed", "ASSAULT", 4), Spec("seized", "ASSAULT", 4), Spec("freed", "RETREAT", 2),
             Spec("arrested", "COERCE", 4, mode=("arrest",))]
    return run_story(_HIJACK, specs, [("Bannu", "PAK", 4, "PPL"), ("Kohat", "PAK", 4, "PPL")], "PESHAWAR",
                     date(2026, 5, 8))


def test_an_undated_sentence_in_a_background_paragraph_keeps_its_past() -> None:
    freed = next(e for e in _hijack_events() if e.event == "RETREAT")
    assert freed.date == "2024-06-01" and "historical" in freed.aux


def test_a_new_paragraph_comes_back_to_the_story() -> None:  # guard
    arrest = next(e for e in _hijack_events() if e.event == "COERCE")
    assert arrest.date == "2026-05-07" and "historical" not in arrest.aux


def test_a_present_tense_sentence_or_a_date_inside_sets_no_past() -> None:  # guard
    text = ("KABUL, May 8 (Wire) - Gunmen killed two guards in Herat on Thursday.\n\n"
            "In May 2024, the commander was detained in Herat after a raid. He is still jailed in Kabul.\n\n"
            "His deputy was detained in Kabul in June 2024 after a raid. Police arrested his brother.")
    specs = [Spec("killed", "ASSAULT", 4), Spec("jailed", "COERCE", 4, mode=("restrict",)),
             Spec("arrested", "COERCE", 4, mode=("arrest",))]
    events = run_story(text, specs, [("Herat", "AFG", 4, "PPL"), ("Kabul", "AFG", 4, "PPL")], "KABUL",
                       date(2026, 5, 8))
    jailed = next(e for e in events if e.trigger and e.trigger.text == "jailed")
    brother = next(e for e in events if e.trigger and e.trigger.text == "arrested")
    assert "historical" not in jailed.aux and "historical" not in brother.aux


def test_an_intervention_in_one_town_leaves_a_march_in_another_alone() -> None:
    from newsevents.pipeline import _with_intervention
    text = "Police fired tear gas at marchers in Kisumu. Demonstrators marched in Eldoret."
    fired = dataclasses.replace(_event(text, 0, "Police fired tear gas at marchers in Kisumu.", "fired",
                                       loc=_loc("Kisumu", 11, "KEN")),
                                acled_sub_event_type="Protest with intervention")
    march = dataclasses.replace(_event(text, 1, "Demonstrators marched in Eldoret.", "marched", "PROTEST",
                                       loc=_loc("Eldoret", 12, "KEN")), acled_sub_event_type="Peaceful protest")
    same = dataclasses.replace(march, event_loc=_loc("Kisumu", 11, "KEN"))
    assert _with_intervention([fired, march])[1].acled_sub_event_type == "Peaceful protest"
    assert _with_intervention([fired, same])[1].acled_sub_event_type == "Protest with intervention"  # guard


# --- non-events ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,word,event,non_event", [
    ("The ministry did not give a location for the strike.", "give", "AID", True),
    ("The ministry gave food and blankets to the displaced.", "gave", "AID", False),
    ("A witness, who declined to give his name, said the shooting lasted an hour.", "declined", "REJECT", True),
    ("The spokesman declined to comment on the report.", "declined", "REJECT", True),
    ("The rebels declined to release the prisoners.", "declined", "REJECT", False),
    ("The statement did not mention casualties.", "casualties", "ASSAULT", True),
    ("Sunday was declared a day of national mourning.", "declared", "COERCE", True),
    ("The governor declared a curfew in the city.", "declared", "COERCE", False),
    ("The colonel told a news conference in Davao that the operation was over.", "conference", "CONSULT", True),
    ("The two presidents held a conference on trade in Davao.", "conference", "CONSULT", False),
    ("The navy deployed boats to rescue stranded fishermen.", "deployed", "MOBILIZE", True),
    ("The army deployed troops to quell the riots.", "deployed", "MOBILIZE", False),
    ("The delta has been the scene of a decades-long insurgency by militants.", "insurgency", "ASSAULT", True),
    ("The government has failed to contain an insurgency in the north.", "insurgency", "ASSAULT", True),
    ("The insurgency killed 40 soldiers in the north last week.", "insurgency", "ASSAULT", False),
    ("The gang has been fighting for control of the port for more than a decade.", "fighting", "ASSAULT", True),
    ("The rebels have been fighting government troops for years in the hills.", "fighting", "ASSAULT", True),
    ("Troops have been fighting for three days to retake the town.", "fighting", "ASSAULT", False),
])
def test_non_events(nlp: Any, text: str, word: str, event: str, non_event: bool) -> None:
    from newsevents.coding.nonevents import non_event_reason
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    reason = non_event_reason(event, _tok(doc, word), doc, text)
    assert (reason is not None) is non_event, reason


# --- ACLED evidence ------------------------------------------------------------------------------

@pytest.mark.parametrize("sub,text,lacks", [
    ("Chemical weapon", "The rebels accuse the state of stealing the region's gas and oil revenues.", True),
    ("Chemical weapon", "Troops used gas against the fighters in the tunnels.", False),
    ("Peaceful protest", "The mayor was detained in March 2025 on fraud charges.", True),
    ("Peaceful protest", "Marchers filled the avenue on Sunday.", False),
    ("Shelling/artillery/missile attack", "Two men fired at the guards before fleeing.", True),
    ("Shelling/artillery/missile attack", "Government forces fired at the town from the hills.", False),
])
def test_acled_evidence(sub: str, text: str, lacks: bool) -> None:
    assert lacks_evidence(sub, text) is lacks


# --- aux -----------------------------------------------------------------------------------------

def test_a_deed_that_will_not_go_unpunished_is_neither_negated_nor_ahead(nlp: Any) -> None:
    from newsevents.coding.aux import aux_modes
    doc = nlp("The governor said the killing of the two traders would not go unpunished.")
    assert aux_modes(_tok(doc, "killing"), date(2026, 5, 8)) == ()
    doc = nlp("The governor said the killing would not happen again.")  # guard
    assert "negation" in aux_modes(_tok(doc, "killing"), date(2026, 5, 8))


def test_an_ordinal_s_since_phrase_makes_no_event_historical(nlp: Any) -> None:
    from newsevents.coding.aux import aux_modes
    text = ("EU ministers approved the package, the 21st since the invasion of Ukraine in February 2022, at a meeting "
            "in Brussels.")
    doc = nlp(text)
    assert "historical" not in aux_modes(_tok(doc, "approved"), date(2026, 5, 8))

