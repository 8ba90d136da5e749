"""Coder round C9b (session 8, round 2): goods carried off by an armed side are ACLED looting (and COERCE, not an
abduction, when nobody is taken); a call held with someone is a CONSULT; a police or army word that only names
the venue of a protest is no intervention. Sentences written for these tests (not items of the round's held set);
each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c15", ner=False)


# --- looting: goods taken by an armed side --------------------------------------------------------------------------

def test_cargo_seized_by_armed_men_is_looting(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Armed men halted four lorries outside Geneina and seized their cargo.")[0]
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Looting/property destruction"


def test_livestock_seized_by_bandits_is_looting_not_abduction(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Bandits seized 300 goats from a herding camp near Gusau.")[0]
    assert ev.event == "COERCE" and "abduct" not in ev.mode
    assert ev.acled_sub_event_type == "Looting/property destruction"


def test_people_taken_stay_abduction(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Militants seized nine passengers from a minibus near Damboa.")[0]
    assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Abduction/forced disappearance"


def test_state_seizure_of_goods_is_no_looting(nlp: Any, coder: Any) -> None:
    for text in ("Police seized 25 kilograms of cocaine at the airport in Accra.",
                 "Soldiers seized the trucks of smugglers near the border post."):
        evs = _code(nlp, coder, text)
        assert all(e.acled_sub_event_type != "Looting/property destruction" for e in evs), text


def test_goods_taken_unit(nlp: Any) -> None:
    from newsevents.coding.acled_rules import goods_taken_by_armed
    doc = nlp("Gunmen stopped the bus and took the passengers' money.")
    assert goods_taken_by_armed((), doc[0])
    assert not goods_taken_by_armed((), nlp("Customs officers seized the cargo at the port.")[0])
    assert not goods_taken_by_armed((), nlp("The rebels did not seize any trucks.")[0])


# --- a call held with someone ---------------------------------------------------------------------------------------

def test_call_held_is_consult(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Ghana's foreign minister held a call with her Togolese counterpart on Friday.")[0]
    assert ev.event == "CONSULT" and ev.trigger is not None and ev.trigger.text == "held"


def test_call_held_unit(nlp: Any) -> None:
    from newsevents.coding.detect import is_candidate
    from newsevents.coding.frames import call_held
    assert call_held(nlp("The premier had a long call with the governor on Monday.")) is not None
    assert is_candidate("The premier had a call with the governor.")
    # guards: no call with anyone, a negated call, an appeal
    assert call_held(nlp("The premier held a call on Monday.")) is None
    assert call_held(nlp("The premier did not hold a call with the governor.")) is None
    assert call_held(nlp("The premier called for calm.")) is None


# --- police words naming a protest's venue --------------------------------------------------------------------------

def test_protest_at_police_headquarters_is_peaceful(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Some 150 relatives gathered outside the police headquarters in Mombasa to demand the release of their sons.")[0]
    assert ev.event == "PROTEST" and ev.acled_sub_event_type == "Peaceful protest"


def test_protest_at_police_station_with_tear_gas_keeps_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Protesters gathered outside the police station in Thika and police fired tear gas.")
    assert any(e.acled_sub_event_type == "Protest with intervention" for e in evs)


# --- aid goods sent or shipped ----------------------------------------------------------------------------------------

def test_aid_goods_shipped_is_aid(nlp: Any, coder: Any) -> None:
    for text in ("Norway shipped 80 tonnes of flour to drought-hit Somalia on Tuesday.",
                 "Kuwait sent tents and blankets to families displaced by the floods in Sindh."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "AID", text


def test_troops_or_weapons_sent_are_no_aid(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Norway shipped 80 tonnes of flour to Somalia.")) == ("AID", None)
    assert armed_deed(nlp("The ministry sent 2,000 soldiers to the northern border.")) is None
    assert armed_deed(nlp("Iran shipped drones to Russia.")) is None
    assert armed_deed(nlp("The donors sent 5 million dollars to the ministry.")) is None


# --- diplomats expelled -----------------------------------------------------------------------------------------------

def test_diplomats_declared_persona_non_grata_is_sanction(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Lithuania declared three Belarusian diplomats persona non grata on Friday.")[0]
    assert ev.event == "SANCTION" and ev.acled_sub_event_type is None


def test_embassy_staff_expelled_is_sanction(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Poland expelled 12 Russian embassy staff over a sabotage plot.")[0]
    assert ev.event == "SANCTION" and ev.acled_sub_event_type is None


def test_expel_unit_guards(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Chad expelled the German ambassador on Monday.")) == ("SANCTION", None)
    # migrants or party members expelled are no diplomatic sanction; a state of emergency declared is no expulsion
    assert armed_deed(nlp("Chad expelled 300 migrants on Monday.")) is None
    assert armed_deed(nlp("The government declared a state of emergency in the north.")) is None


# --- fraud claims: "marred by fraud", negated ------------------------------------------------------------------------

def test_vote_marred_by_fraud_is_accuse(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Monitors said the vote in Tanzania was marred by widespread irregularities.")[0]
    assert ev.event == "ACCUSE"


def test_vote_not_marred_by_fraud_is_no_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Monitors said the vote in Tanzania was not marred by fraud.")
    assert all(e.event != "ACCUSE" for e in evs)


# --- ranked re-mentions ------------------------------------------------------------------------------------------------

def test_ranked_remention_is_no_event(nlp: Any, coder: Any) -> None:
    for text in ("It was the deadliest ambush on the gendarmerie since 2021.",
                 "The union said it was the first police raid on its offices in a decade."):
        assert _code(nlp, coder, text) == [], text


def test_ranked_remention_unit_guards(nlp: Any) -> None:
    from newsevents.coding.nonevents import ranked_remention
    doc = nlp("It was the deadliest ambush on the gendarmerie since 2021.")
    assert ranked_remention(next(t for t in doc if t.lower_ == "ambush")) is not None
    # a ranked noun as the subject tells the event itself; a negated ranking is no re-mention
    doc = nlp("The first ambush on the gendarmerie came in March.")
    assert ranked_remention(next(t for t in doc if t.lower_ == "ambush")) is None
    doc = nlp("It was not the first ambush on the gendarmerie.")
    assert ranked_remention(next(t for t in doc if t.lower_ == "ambush")) is None


# --- raids hold no ground; an earlier act's crowd is no evidence --------------------------------------------------------

def test_raid_is_no_territory(nlp: Any) -> None:
    from newsevents.coding.acled_rules import acled_by_mode
    doc = nlp("Soldiers raided the newspaper's offices on Monday.")
    raid = next(t for t in doc if t.lower_ == "raided")
    assert acled_by_mode("ASSAULT", (), "Non-state actor overtakes territory", (), doc.text, raid) == "Attack"
    assert acled_by_mode("COERCE", ("seize", "arrest"), "Government regains territory", (), doc.text, raid) == \
        "Arrests"


def test_coercion_is_no_agreement() -> None:
    from newsevents.coding.acled_rules import acled_by_mode

    class _Tok:
        lemma_ = "shut"
    assert acled_by_mode("COERCE", ("restrict",), "Agreement", (), "x", _Tok()) == "Other"  # type: ignore[arg-type]


def test_earlier_tail_unit() -> None:
    from newsevents.coding.evidence import lacks_evidence, without_earlier_tail
    text = "Police searched the offices of the newspaper, a day after its reporters held a protest outside parliament."
    assert without_earlier_tail(text) == "Police searched the offices of the newspaper"
    assert lacks_evidence("Peaceful protest", text, "COERCE")
    assert not lacks_evidence("Peaceful protest", text, "PROTEST")
    # the trigger inside the tail keeps it
    assert without_earlier_tail(text, text.index("protest")) == text


# --- the main verb over a background clause ---------------------------------------------------------------------------

def test_main_verb_over_background_clause(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The Malaysian government deported the refugees despite appeals from the UNHCR.")[0]
    assert ev.event == "COERCE" and ev.trigger is not None and ev.trigger.text == "deported"


def test_loose_main_verb_keeps_classifier_type(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Britain sent a warship to Guyana after Venezuela threatened to annex the region.")
    assert evs and evs[0].event != "AID"


def test_main_verb_over_relative_clause(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police in Lusaka detained 25 students who had marched on the ministry to protest fee rises.")
    assert evs and evs[0].event == "COERCE" and evs[0].trigger is not None and evs[0].trigger.text == "detained"


# --- a conflict word inside a name that describes a thing ----------------------------------------------------------

def test_name_in_description_is_no_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The lorries waited for a week at a checkpoint run by the Oromo Liberation Army, the driver "
                            "said.")
    assert all(e.trigger is None or e.trigger.text != "Liberation" for e in evs)


def test_name_in_own_clause_keeps_act(nlp: Any) -> None:
    from newsevents.coding.nonevents import name_in_description
    doc = nlp("Soldiers drove the Sudan People's Liberation Movement out of the town.")
    assert name_in_description(next(t for t in doc if t.text == "Liberation")) is None


# --- a whole conflict's toll is a running tally ---------------------------------------------------------------------

def test_conflict_toll_is_running_tally() -> None:
    from newsevents.coding.merge import _CONFLICT_TOLL
    assert _CONFLICT_TOLL.search("The insurgency, which began in October 2017, has ")
    assert _CONFLICT_TOLL.search("The war in Sudan has ")
    assert not _CONFLICT_TOLL.search("Gunmen have ")


# --- a place seized is no abduction ----------------------------------------------------------------------------------

def test_town_seized_by_gunmen_is_territory(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Gunmen seized the town of Kamanyola on Thursday.")[0]
    assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Non-state actor overtakes territory"


def test_people_seized_stay_abduction(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Gunmen seized 20 travellers on the highway near Kamanyola on Thursday.")[0]
    assert ev.acled_sub_event_type == "Abduction/forced disappearance"


# --- annexation enacted by a vote, decree or treaty; reinstated staff; remembered attacks --------------------------

def test_annexation_enacted_is_coerce(nlp: Any, coder: Any) -> None:
    for text in ("The assembly in Baku voted to annex the disputed district.",
                 "The president signed a decree annexing the border province.",
                 "The Duma ratified the annexation treaties on Friday."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "COERCE" and evs[0].acled_sub_event_type == "Other", text


def test_annexing_unit_guards(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("The assembly voted to annex the disputed district.")) == ("COERCE", "Other")
    assert armed_deed(nlp("The assembly did not vote to annex the district.")) is None
    assert armed_deed(nlp("The two leaders signed a trade agreement in Tokyo.")) is None


def test_reinstated_striking_staff_is_concede(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The health ministry reinstated striking nurses who had been sacked in June.")[0]
    assert ev.event == "CONCEDE"


def test_attack_remembered_is_historical(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Survivors gathered in Nagasaki to remember the victims of the atomic bombing.")
    assert all("historical" in e.aux for e in evs if e.event == "ASSAULT")


# --- hostilities halted -----------------------------------------------------------------------------------------------

def test_hostilities_halted_is_retreat(nlp: Any, coder: Any) -> None:
    for text in ("The Philippine army halted offensive operations against the NPA for the holidays.",
                 "The militia suspended attacks on the highway ahead of the talks."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "RETREAT", text


def test_halt_unit_guards(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("The army paused drone strikes on the valley.")) == ("RETREAT", None)
    # a labour strike, cooperation or a firm's operations suspended is no de-escalation
    assert armed_deed(nlp("The union suspended the strike after talks.")) is None
    assert armed_deed(nlp("Germany suspended military cooperation with Niger.")) is None
    assert armed_deed(nlp("The ministry suspended the operations of the mining company.")) is None
    # (lead, from the demo's Poland sample) a halt that a speaker demands is the demand, not the other side's retreat
    assert armed_deed(nlp("Poland demanded that Russia stop its air attacks on Ukraine.")) is None


def test_a_demanded_halt_is_a_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Poland demanded that Russia stop its air attacks on Ukraine.")
    assert evs and evs[0].event == "REQUEST" and all(e.event != "RETREAT" for e in evs)
