"""Coder round C15 (session 10): background sentences and hard negatives stay quiet, real events are still coded.
Private crime told with police words (an arrest included) gives no conflict event; a drunk driver's killing is an
accident; a civil mock drill is no attack; prosecutors recounting a dated old attack tell no new one; a court's
sentence is one SANCTION/convict however the verb is parsed; a coup taking power is one COERCE 'seize'; a tally
over a long span, a group's profile and a trend of acts are background; a protest called for is no protest; an act
named as the cause of a present condition is background; killings in the ensuing fight are an armed clash.
Sentences written for these tests (none is an item of the round's set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")

_LOUD = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c15s10", ner=False)


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in _events(nlp, coder, text)]


# --- private crime and accidents --------------------------------------------------------------------------------

def test_private_crime_with_an_arrest_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("A man was held after his wife was found stabbed at their home in Kumasi.",
                 "Police arrested a 19-year-old on suspicion of murder after a man was stabbed outside a pub.",
                 "A farmer who shot his cousin in a row over land has been detained, police in Multan said."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_arrest_of_a_party_stays(nlp: Any, coder: Any) -> None:
    # guard: protesters or militants arrested are a conflict party's arrest
    for text in ("Police arrested 12 protesters on suspicion of assault after clashes in Lima.",
                 "Police arrested four suspected militants in a raid on a hideout in Peshawar."):
        assert "COERCE" in _types(nlp, coder, text), text


def test_drunk_driver_is_an_accident(nlp: Any, coder: Any) -> None:
    for text in ("A drunk driver killed a teenager on a scooter in Cebu, police said.",
                 "A speeding lorry lost control and killed four people at a bus stop in Nakuru."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_car_ramming_by_attacker_stays_unit() -> None:
    from newsevents.coding.story_guards import is_disaster_report
    assert is_disaster_report("A drunk driver killed two cyclists on the ring road.")
    # guard: an attacker named keeps the violence
    assert not is_disaster_report("An attacker drove his car into a crowd, killing three people.")


# --- drills and court accounts ----------------------------------------------------------------------------------

def test_civil_mock_drill_is_no_attack(nlp: Any, coder: Any) -> None:
    text = "Paramedics and firefighters staged a mock bomb attack at the central station to test emergency plans."
    assert not any(t in ("ASSAULT", "COERCE") for t in _types(nlp, coder, text))


def test_civil_drill_with_police_is_quiet(nlp: Any, coder: Any) -> None:
    text = "Police and paramedics staged a mock terror attack at the airport to test emergency plans."
    assert not any(t in _LOUD for t in _types(nlp, coder, text))
    # guard: a force's exercise stays MOBILIZE (PLOVER manual)
    assert "MOBILIZE" in _types(nlp, coder, "Troops stormed a mock village during the annual exercise.")


def test_drill_unit_guard() -> None:
    from newsevents.coding.story_guards import is_drill_report
    assert is_drill_report("Rescue teams held a mock hostage-taking at the airport on Sunday.")
    # guard: a real attack during a drill
    assert not is_drill_report("Militants attacked soldiers during a mock drill, killing two.")


def test_prosecutors_account_of_old_attack(nlp: Any, coder: Any) -> None:
    text = "Prosecutors said the defendant had helped attack a police station in Kano in 2015."
    assert not any(t in _LOUD for t in _types(nlp, coder, text))


def test_prosecutors_unit_guard() -> None:
    from newsevents.coding.story_guards import is_court_account
    assert is_court_account("Prosecutors allege the men had built the bomb used in the 2019 church attack.")
    # guard: no year, a fresh report stays
    assert not is_court_account("Prosecutors said police had arrested five suspects on Monday.")


# --- court sentences and coups ----------------------------------------------------------------------------------

def test_court_jailing_is_sanction_whatever_the_parse(nlp: Any, coder: Any) -> None:
    for text in ("A judge in Lagos jailed rights activist Musa Bello for three years.",
                 "A court in Bamako sentenced a militia commander to death for a massacre of villagers."):
        evs = _events(nlp, coder, text)
        assert evs and evs[0].event == "SANCTION" and evs[0].mode == ("convict",), (text, evs)
        assert not any(e.event in ("ASSAULT", "COERCE", "PROTEST") for e in evs), text


def test_court_sentence_unit_guard() -> None:
    from newsevents.coding.story_guards import is_court_sentence
    assert is_court_sentence("The tribunal jailed two journalists for seven years.")
    # guard: a court that heard of a jailing, or police jailing someone
    assert not is_court_sentence("The court heard that guards jailed the men without charge.")
    assert not is_court_sentence("Police jailed the suspects overnight.")


def test_coup_is_one_coerce_seize(nlp: Any, coder: Any) -> None:
    for text in ("Soldiers seized power in Bangui on Tuesday and detained the president.",
                 "The military took power in Conakry after gunfire near the presidential palace.",
                 "Army officers overthrew President Jean Kabore in a coup."):
        evs = _events(nlp, coder, text)
        assert evs and evs[0].event == "COERCE" and evs[0].mode == ("seize",), (text, evs)
        assert evs[0].acled_sub_event_type == "Other", text
        assert "ASSAULT" not in [e.event for e in evs], text


def test_coup_unit_guards() -> None:
    from newsevents.coding.story_guards import is_coup_takeover
    # guards: harm named keeps the attack reading; foiled attempts keep their own handling
    assert not is_coup_takeover("Soldiers seized power and killed the president's guards.")
    assert not is_coup_takeover("Loyal troops foiled an attempt to seize power.")


# --- background sentences ---------------------------------------------------------------------------------------

def test_background_statements_are_quiet(nlp: Any, coder: Any) -> None:
    for text in ("The rebels have captured most of the province's districts since launching their offensive in 2022.",
                 "The movement has staged dozens of rallies over the past three years.",
                 "Al-Nusra is a jihadist alliance that once controlled much of Idlib.",
                 "Kidnappings on the highway have increased sharply this year, according to police figures."):
        assert not _types(nlp, coder, text), text


def test_background_unit_guards() -> None:
    from newsevents.coding.story_guards import is_background_statement
    # guards: a short span is the news; a long span in a relative clause belongs to the place
    assert not is_background_statement("Rebels have killed 12 people since Monday.")
    assert not is_background_statement("Gunmen killed 5 people on Monday in an area that has seen attacks since 2020.")
    assert not is_background_statement("The army said it has retaken the town, which rebels had held since 2021.")


def test_protest_called_for_is_no_protest(nlp: Any, coder: Any) -> None:
    assert "PROTEST" not in _types(nlp, coder, "Student leaders have called for more demonstrations.")
    # guards: the crowd that marched after the call protests; a strike called off is one
    assert "PROTEST" in _types(nlp, coder, "Thousands marched in Dakar after the opposition called for protests.")
    assert "PROTEST" in _types(nlp, coder, "Dock workers called off their strike after the government raised pay.")


# --- sub-type and flag ------------------------------------------------------------------------------------------

def test_killed_in_the_ensuing_fighting_is_a_clash(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Soldiers said they killed six of the raiders in the ensuing fighting.")
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Armed clash", evs
    # guard: killings of civilians with no fight told stay an attack
    evs = _events(nlp, coder, "Gunmen killed six farmers in their fields near Jos.")
    assert evs and evs[0].acled_sub_event_type == "Attack", evs


def test_year_of_the_crime_judged_is_not_the_sentence(nlp: Any, coder: Any) -> None:
    text = "A court in Bamako sentenced a militia commander to life for the 2012 massacre of villagers."
    evs = _events(nlp, coder, text)
    assert evs and evs[0].event == "SANCTION" and "historical" not in evs[0].aux, evs
    # guard: a year of the protests during which the force was used still dates it
    evs = _events(nlp, coder, "Police fired on crowds during the 2019 protests.")
    assert evs and "historical" in evs[0].aux, evs


def test_act_named_as_cause_of_a_condition(nlp: Any, coder: Any) -> None:
    text = "Fuel is scarce in the north due to a blockade by the rebels."
    assert not any(t in _LOUD for t in _types(nlp, coder, text))
    # guard: a dated past-tense report of the same shape keeps its act
    assert "PROTEST" in _types(nlp, coder, "Flights were cancelled on Monday because of a strike by controllers.")


def test_seat_told_as_owned_is_no_deployment(nlp: Any, coder: Any) -> None:
    text = "The East African Community, which has its headquarters in Arusha, called an emergency summit on the crisis."
    assert "MOBILIZE" not in _types(nlp, coder, text)
    # guards: a base set up, and troops sent by the same kind of body
    assert "MOBILIZE" in _types(nlp, coder, "The army set up a new base near the border.")
    assert "MOBILIZE" in _types(nlp, coder, "The African Union, which has its seat in Addis Ababa, sent troops to the "
                                            "border.")


def test_group_profile_is_background(nlp: Any, coder: Any) -> None:
    for text in ("The Karen National Union is one of the oldest ethnic armed groups fighting the junta.",
                 "The Allied Democratic Forces is an armed group fighting the Ugandan government from Congo."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_profile_unit_guard() -> None:
    from newsevents.coding.story_guards import is_background_statement
    # guard: a profile clause that names the day of its act carries news
    assert not is_background_statement("The Ansar Group is a splinter faction that attacked a church on Sunday.")


def test_measure_still_standing_is_background(nlp: Any, coder: Any) -> None:
    text = "The state of emergency declared in the north remains in place, officials said."
    assert not any(t in _LOUD for t in _types(nlp, coder, text))
    # guard: a curfew imposed now is an act
    assert "COERCE" in _types(nlp, coder, "Authorities imposed a curfew on the district on Monday.")


def test_background_unit_long_run_guard() -> None:
    from newsevents.coding.story_guards import is_background_statement
    # guard: a run of several unpunctuated reports is not read as one background statement
    text = ("Two people were hurt when a crowd tried to storm a police post in the district on Friday reports a local "
            "daily Protesters attacked the post forcing the police to open fire Police said a curfew remained in "
            "force for the second day while shops stayed shut across the town and the main road to the district "
            "headquarters was blocked by security forces")
    assert not is_background_statement(text)


def test_strike_called_by_its_organiser_stays(nlp: Any, coder: Any) -> None:
    text = "The teachers' union, which called the strike on Monday, said most schools in the capital were shut."
    assert "PROTEST" in _types(nlp, coder, text)


def test_vessel_seized_for_its_cargo_is_coded(nlp: Any, coder: Any) -> None:
    assert "COERCE" in _types(nlp, coder, "The coast guard seized a boat carrying smuggled fuel off Bandar Abbas.")
    # guard: drugs seized with no vessel taken stay a routine seizure
    assert not _types(nlp, coder, "Customs officers seized 2 tonnes of cocaine hidden in a banana shipment.")
