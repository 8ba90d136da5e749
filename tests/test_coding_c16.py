"""Coder round C10 (session 8, round 3): hard negatives stay quiet (accidental explosions, scoring told in war words,
drills, film plots, generic opinion about a kind of act, drugs seized with nobody arrested); strikes and crowd
protest told in idiom (downed tools, walked off the job, human chain) are PROTEST; locals killing people they accuse
are ACLED mob violence; rioters' damage is a violent demonstration. Sentences written for these tests (not items of
the round's held set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c16", ner=False)


def _loud(evs: list[Any]) -> bool:
    return any(e.quad_code == 4 for e in evs)


# --- hard negatives -------------------------------------------------------------------------------------------------

def test_equipment_exploding_is_an_accident(nlp: Any, coder: Any) -> None:
    for text in ("A fuel tanker exploded on the highway near Kaduna, killing 20 people.",
                 "A gas cylinder exploded in a restaurant in Lahore, killing five people.",
                 "A pipeline exploded near the refinery in Warri, killing 12 people."):
        assert not _loud(_code(nlp, coder, text)), text


def test_tanker_bomb_stays_an_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "A tanker packed with explosives exploded at an army checkpoint near Mogadishu, killing 12.")
    assert evs and evs[0].event == "ASSAULT"


def test_accident_unit() -> None:
    from newsevents.coding.story_guards import is_disaster_report
    assert is_disaster_report("A bus overturning on the highway killed nine.")
    assert is_disaster_report("A boiler exploded at the mill.")
    assert not is_disaster_report("A car bomb exploded outside the ministry.")
    assert not is_disaster_report("Militants blew up a fuel tanker near the base.")


def test_scoring_in_war_words_is_sport(nlp: Any, coder: Any) -> None:
    for text in ("Barcelona's attack fired four goals past Sevilla.",
                 "The home side's attack fired blanks all afternoon."):
        assert not _code(nlp, coder, text), text


def test_scoring_unit() -> None:
    from newsevents.coding.story_guards import is_sport_result
    assert is_sport_result("Their attack netted three goals in twenty minutes.")
    assert not is_sport_result("Gunmen fired at the stadium, killing two fans.")
    assert not is_sport_result("Fans fired flares at the police after the team scored two goals; ten were injured.")


def test_force_in_a_drill_is_no_assault(nlp: Any, coder: Any) -> None:
    for text in ("Troops stormed a mock village during the joint exercise near Vilnius.",
                 "The army fired artillery shells during live-fire drills in the Golan Heights."):
        assert all(e.event != "ASSAULT" for e in _code(nlp, coder, text)), text


def test_attack_during_an_exercise_stays(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Militants attacked soldiers during a training exercise, killing four.")
    assert evs and evs[0].event == "ASSAULT"


def test_drill_unit() -> None:
    from newsevents.coding.story_guards import is_drill_report
    assert is_drill_report("Jets simulated an attack on the carrier group.")
    assert not is_drill_report("Police beat marchers during a pride parade.")
    assert not is_drill_report("Guards subjected the detainees to mock executions.")


def test_film_plot_is_no_event(nlp: Any, coder: Any) -> None:
    for text in ("The film depicts the bombing of Dresden.",
                 "In the new thriller, a retired marine storms a cartel compound to free his son."):
        assert not _code(nlp, coder, text), text


def test_fate_of_a_film_stays_an_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The film was banned by the censorship board for depicting the army's abuses.")
    assert evs


def test_fiction_unit() -> None:
    from newsevents.coding.story_guards import is_fiction_plot
    assert is_fiction_plot("The novel follows a rebel commander who seizes the capital.")
    assert not is_fiction_plot("In the film's home town, protesters gathered on Sunday.")
    assert not is_fiction_plot("The director of the film was arrested in Tehran.")


def test_generic_opinion_about_a_kind_of_act(nlp: Any, coder: Any) -> None:
    for text in ("Boycotts are a blunt instrument, the columnist writes.",
                 "Blockades seldom work, analysts say.",
                 "Hunger strikes have become a common tactic among detainees, rights groups say."):
        assert not _loud(_code(nlp, coder, text)), text


def test_a_specific_boycott_stays(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Opposition parties boycotted the vote in Lome on Sunday.")
    assert evs and evs[0].event == "PROTEST"


def test_drugs_seized_with_nobody_arrested_is_no_event(nlp: Any, coder: Any) -> None:
    assert not _loud(_code(nlp, coder, "Police seized 400 kilograms of heroin from a container at the port of Karachi."))


def test_contraband_unit() -> None:
    from newsevents.coding.story_guards import is_contraband_seizure
    assert is_contraband_seizure("Customs officials confiscated counterfeit medicines at the airport.")
    assert not is_contraband_seizure("Police seized two tonnes of cocaine and arrested three crew members.")
    assert not is_contraband_seizure("Soldiers seized weapons from a rebel hideout.")


# --- strikes and crowd protest told in idiom ------------------------------------------------------------------------

def test_downed_tools_is_a_strike(nlp: Any, coder: Any) -> None:
    for text in ("Workers at the Kolwezi cobalt smelter downed tools on Monday over unpaid bonuses.",
                 "Nurses in Lilongwe downed their tools, demanding risk allowances.",
                 "Cleaners walked off the job at the airport in Lisbon on Friday."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "PROTEST" and evs[0].acled_sub_event_type == "Peaceful protest", text


def test_human_chain_is_a_protest(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Pupils formed a human chain around the school in Kathmandu to oppose its demolition.")[0]
    assert ev.event == "PROTEST" and ev.trigger is not None and ev.trigger.text == "formed"


def test_idiom_guards(nlp: Any) -> None:
    from newsevents.coding.frames import idiom_protest
    assert idiom_protest(nlp("Hundreds of residents linked arms along the river.")) is not None
    assert idiom_protest(nlp("Police formed a human chain to hold back protesters.")) is None
    assert idiom_protest(nlp("Workers did not walk off the job despite the union's call.")) is None
    assert idiom_protest(nlp("Soldiers in Bamako downed tools over unpaid wages.")) is None
    assert idiom_protest(nlp("The carpenter put down his tools and went home.")) is None


# --- mob violence ---------------------------------------------------------------------------------------------------

def test_locals_killing_accused_people_is_mob_violence(nlp: Any, coder: Any) -> None:
    for text in ("Villagers beat to death two women suspected of witchcraft in Kisii county, police said.",
                 "Residents lynched a suspected kidnapper in Tabasco, police said."):
        ev = _code(nlp, coder, text)[0]
        assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Mob violence", text


def test_armed_villagers_stay_an_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Armed villagers attacked a herders' camp near Jos, killing six people.")
    assert evs and evs[0].acled_sub_event_type != "Mob violence"


def test_mob_justice_unit() -> None:
    from newsevents.coding.acled_rules import _MOB_DEED, _mob_justice
    assert _MOB_DEED.search("a crowd set upon the thief")
    assert _mob_justice((), "Villagers beat a suspected thief to death.") is False  # no actors: no reading


def test_rioters_damage_is_a_violent_demonstration(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Rioters ransacked the headquarters of the ruling party in Conakry, protesting the results.")
    assert any(e.acled_sub_event_type == "Violent demonstration" for e in evs)


def test_gunmen_looting_stays_looting(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Gunmen looted shops in the market town of Bunia.")
    assert evs and evs[0].acled_sub_event_type == "Looting/property destruction"


# --- a fight for control with no gain told --------------------------------------------------------------------------

def test_fight_for_control_is_a_clash(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "ISWAP fighters battled the army for control of a district headquarters near Monguno.")[0]
    assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Armed clash"


def test_ground_taken_after_a_fight_stays_territory(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The army recaptured Kidal after a fierce battle for control of the town.")[0]
    assert ev.acled_sub_event_type == "Government regains territory"


# --- police named only as a source ----------------------------------------------------------------------------------

def test_police_as_source_is_no_intervention(nlp: Any, coder: Any) -> None:
    for text in ("About 5,000 people marched in Lyon against the pension reform, police said.",
                 "Teachers rallied in Quito on Monday; police estimated the crowd at 3,000."):
        ev = _code(nlp, coder, text)[0]
        assert ev.event == "PROTEST" and ev.acled_sub_event_type == "Peaceful protest", text


def test_police_dispersing_stays_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police dispersed the marchers in Lyon, police said.")
    assert any(e.acled_sub_event_type == "Protest with intervention" for e in evs)
