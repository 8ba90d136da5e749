"""ACLED sub-type rules from a fresh snippet check (session 7, helper A7): explosions filed by their device, devices
made safe, places taken over or captured (front-line positions, background relative clauses, "said it had
recaptured"), handovers without a fight or of weapons, mobs, and protests met by police force. Sentences written for
these tests (not taken from the snippet set or the dev data); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.acled_rules import (_crowd_side, _device_used, _handover, acled_by_mode, acled_consistent_type,
                                           cyber_only)
from newsevents.records import Entity

IED = "Remote explosive/landmine/IED"


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "a7", ner=False)


def _first_acled(evs: list[Any]) -> str | None:
    return next((e.acled_sub_event_type for e in evs if e.acled_sub_event_type), None)


# --- rules on text alone (no parser) ------------------------------------------------------------------------------

@pytest.mark.parametrize("acled, text", [
    ("Attack", "An anti-tank mine explosion killed two farmers near Kupiansk."),
    ("Air/drone strike", "A car bomb hit a police truck in Kirkuk, killing three officers."),
    ("Armed clash", "A booby-trapped motorcycle went off outside a barracks in Gao."),
    ("Attack", "Unidentified militants blew up a girls' school in the valley overnight."),
])
def test_explosion_filed_by_device(acled: str, text: str) -> None:
    assert _device_used(acled, text) == IED


@pytest.mark.parametrize("acled, text", [
    # a device next to gunfire or aircraft, or no device at all, stays with the classifier
    ("Armed clash", "Militants detonated a roadside bomb and then opened fire on the convoy, killing six soldiers."),
    ("Air/drone strike", "A drone dropped an explosive device on a checkpoint near Kherson."),
    ("Attack", "Gunmen killed four traders on the road to Gao."),
    ("Suicide bomb", "A suicide bomber detonated a car bomb at the gate of the base."),
])
def test_device_guard(acled: str, text: str) -> None:
    assert _device_used(acled, text) == acled


def test_device_made_safe_is_disrupted_weapons_use() -> None:
    text = "Army sappers neutralised three landmines buried under a bridge near Tombouctou."
    assert acled_consistent_type("ASSAULT", IED, text) == ("COERCE", "Disrupted weapons use")
    # guard: a device that went off is the explosion
    exploded = "A landmine found by a shepherd exploded as he picked it up near Tombouctou."
    assert acled_consistent_type("ASSAULT", IED, exploded) is None


def test_base_taken_over_is_a_capture_not_a_headquarters() -> None:
    text = "Rebel fighters took over a gendarmerie camp in the east of the country on Friday."
    assert acled_consistent_type("MOBILIZE", "Headquarters or base established", text) == \
        ("ASSAULT", "Non-state actor overtakes territory")
    # guards: setting up a base, and a seizure with the place behind a preposition
    assert acled_consistent_type("MOBILIZE", "Headquarters or base established",
                                 "Rebel fighters set up a new camp in the hills.") is None
    assert acled_consistent_type("MOBILIZE", "Headquarters or base established",
                                 "Troops seized rifles at a camp used by the militia.") is None


def test_handover_sub_types() -> None:
    assert _handover((), None, "The garrison left the town without a fight.") == "Non-violent transfer of territory"
    assert _handover(("disarm",), None, "Some 150 militiamen handed in their rifles at a cantonment site.") == \
        "Change to group/activity"
    # guards: a truce deal keeps its agreement; a release of prisoners is no handover
    assert _handover((), "Agreement", "Prisoners were freed without a fight over terms.") == "Agreement"
    assert _handover(("release",), "Agreement", "The two sides exchanged 40 prisoners.") == "Agreement"
    # guards: a state leaving a deal, and people (not a place) giving up, hand over no territory
    assert _handover(("withdraw",), None, "The government withdrew from the talks in Addis Ababa.") is None
    assert _handover((), None, "Forty rebels surrendered without resistance to a patrol.") is None


def test_protesting_mob_is_a_violent_demonstration() -> None:
    mob = (Entity("a mob", 0, 5, sector="CVL"),)
    text = "A mob protesting the killing tried to storm an army camp, and soldiers opened fire."
    assert _crowd_side("ASSAULT", (), "Armed clash", mob, text) == "Violent demonstration"


def test_mob_actor_gives_mob_violence() -> None:
    text = "An angry mob attacked two men accused of stealing a motorbike in Kisumu, killing one."
    mob = (Entity("angry mob", 0, 9, sector="CVL"),)
    assert _crowd_side("ASSAULT", (), "Armed clash", mob, text) == "Mob violence"
    # guard: an armed group is no mob
    militia = (Entity("Militiamen", 0, 10, sector="PRM"),)
    assert _crowd_side("ASSAULT", (), "Armed clash", militia, text) == "Armed clash"


def test_police_force_on_a_calm_protest() -> None:
    calm = "Pensioners marched on the finance ministry until riot police dispersed them with tear gas."
    assert _crowd_side("PROTEST", ("demo",), "Violent demonstration", (), calm) == "Protest with intervention"
    stones = "Pensioners threw stones at riot police, who dispersed them with tear gas."
    assert _crowd_side("PROTEST", ("demo",), "Violent demonstration", (), stones) == "Violent demonstration"


def test_cyber_attack_has_no_acled_sub_type() -> None:
    assert cyber_only((), "The denial-of-service attacks on the ministries began on Monday, officials said.")
    assert cyber_only(("cyber",), "The group claimed the attacks on the tax agency's servers.")
    # guards: physical harm or weapons in the sentence, or no cyber word
    assert not cyber_only((), "Hackers claimed the attack as missiles struck the port, killing two.")
    assert not cyber_only((), "Gunmen attacked the tax office in Bamako.")


def test_police_force_on_a_stone_throwing_crowd_is_a_riot() -> None:
    police = (Entity("Riot police", 0, 11, sector="COP"),)
    stones = "Riot police fired water cannon at the crowd after demonstrators hurled rocks at the palace."
    assert _crowd_side("ASSAULT", ("crowd-control",), "Protest with intervention", police, stones) == \
        "Violent demonstration"
    # guard: the police's own tear gas canisters are no crowd violence
    calm = "Riot police threw tear gas canisters at students marching to the palace."
    assert _crowd_side("ASSAULT", ("crowd-control",), "Protest with intervention", police, calm) == \
        "Protest with intervention"


def _trigger(nlp: Any, text: str, word: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, expected", [
    ("Pirates attacked 40 merchant ships in the gulf last year.", "Attack"),
    ("Militiamen attacked farmers and herders near the river.", "Attack"),
    # guards: an armed target, or an exchange of fire, keeps the clash
    ("Pirates attacked a navy frigate in the gulf.", "Armed clash"),
    ("Pirates attacked a tanker and its guards returned fire.", "Armed clash"),
    ("Militants attacked a police party near the bridge.", "Armed clash"),
])
def test_clash_needs_two_armed_sides(nlp: Any, text: str, expected: str) -> None:
    trig = _trigger(nlp, text, "attacked")
    assert acled_by_mode("ASSAULT", (), "Armed clash", (), text, trig) == expected


# --- through the coder --------------------------------------------------------------------------------------------

def test_roadside_bomb_is_a_remote_explosive(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "A roadside bomb tore through a minibus near Kandahar, killing seven passengers.")
    assert evs and evs[0].event == "ASSAULT" and _first_acled(evs) == IED


def test_front_line_positions_captured(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Rebel fighters captured two army positions near the river on Wednesday.")
    assert evs and _first_acled(evs) == "Non-state actor overtakes territory"


def test_recapture_told_by_the_army_ignores_the_earlier_capture(nlp: Any, coder: Any) -> None:
    text = "The army said it had retaken a district headquarters that the rebels captured in March."
    evs = _code(nlp, coder, text)
    assert evs and _first_acled(evs) == "Government regains territory"


def test_mob_attack_is_mob_violence(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "An angry mob attacked two men accused of stealing a motorbike in Kisumu, killing one.")
    assert evs and evs[0].event == "ASSAULT" and _first_acled(evs) == "Mob violence"


def test_armed_group_attack_is_not_a_mob(nlp: Any, coder: Any) -> None:
    # guard: an armed group stays an attack
    evs = _code(nlp, coder, "Militiamen attacked two villages in Djugu, killing 14 civilians.")
    assert evs and _first_acled(evs) != "Mob violence"


def test_protest_met_by_police_force_is_an_intervention(nlp: Any, coder: Any) -> None:
    text = "Pensioners marched on the finance ministry in Accra until riot police dispersed them with tear gas."
    evs = _code(nlp, coder, text)
    assert evs and _first_acled(evs) == "Protest with intervention"


def test_protest_with_crowd_violence_stays_violent(nlp: Any, coder: Any) -> None:
    # guard: the crowd's own stones make it a violent demonstration
    text = "Protesters hurled stones at riot police, who dispersed them with tear gas in Accra."
    evs = _code(nlp, coder, text)
    assert evs and _first_acled(evs) == "Violent demonstration"


def test_protest_with_arrests_is_an_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Nurses marched through Lilongwe and police arrested four of their leaders.")
    assert evs and evs[0].event == "PROTEST" and _first_acled(evs) == "Protest with intervention"


def test_protest_for_people_arrested_earlier_stays_peaceful(nlp: Any, coder: Any) -> None:
    # guard: an arrest told in a participle clause is the protest's cause, not an intervention in it
    text = "Traders rallied in Kumasi to demand the release of market leaders arrested by police last week."
    evs = _code(nlp, coder, text)
    assert evs and _first_acled(evs) == "Peaceful protest"


def test_hacked_to_death_is_no_cyber_attack() -> None:
    assert not cyber_only((), "Suspected militants hacked a village headman to death in the district.")
    assert not cyber_only((), "Two farmers were hacked with machetes near the border.")
