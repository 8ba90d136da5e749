"""Coder round C8 (session 8): genres the coder was weakest at on a fresh set of our own. Territory annexed, money
extorted by an armed side, ports blockaded by warships and officers held by mutineers are COERCE; dismissed staff
reinstated is CONCEDE; aid money or goods handed to a recipient is AID; a missile fired at a target is an ASSAULT even
where the classifier abstains; ACLED's "Agreement" needs a deal, expelled diplomats get no ACLED sub-type. Sentences
written for these tests (not items of the round's evaluation set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c14", ner=False)


# --- annexation -----------------------------------------------------------------------------------------------------

def test_annexation_is_coerce_seize(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Armenia's neighbour annexed the disputed province after the war.")[0]
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Other"


def test_annex_unit(nlp: Any) -> None:
    from newsevents.coding.detect import is_candidate
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Moscow annexed the peninsula in March.")) == ("COERCE", "Other")
    # guards: a building annexed to a factory is no territory; a promise to annex is left to the threat rules
    assert armed_deed(nlp("The firm annexed a new warehouse to its factory.")) is None
    assert armed_deed(nlp("Russia will annex the occupied regions after the votes.")) is None
    assert is_candidate("The parliament annexed the islands.")


# --- extortion by an armed side -------------------------------------------------------------------------------------

def test_extortion_by_militants_is_coerce(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Militants extorted money from traders in the town.")[0]
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Looting/property destruction"


def test_extortion_unit(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Armed men forced bus drivers to pay a levy at the checkpoint.")) == \
        ("COERCE", "Looting/property destruction")
    # guards: ordinary crime (no armed side) and a firm's staff paying for uniforms
    assert armed_deed(nlp("Gangs extorted shopkeepers in the capital.")) is None
    assert armed_deed(nlp("The company forced staff to pay for their uniforms.")) is None


# --- blockades by warships ------------------------------------------------------------------------------------------

def test_naval_blockade_is_coerce_not_protest(nlp: Any, coder: Any) -> None:
    # no protest sub-type: ACLED's Strategic developments "Other", as tests/test_coding_last13.py asks
    for text in ("Chinese warships blockaded the island for three days.", "Iranian gunboats blockaded the strait."):
        ev = _code(nlp, coder, text)[0]
        assert ev.event == "COERCE" and ev.acled_sub_event_type == "Other"


def test_farmers_blockade_stays_protest(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Farmers blockaded the port of Calais with tractors.")[0]
    assert ev.event == "PROTEST" and ev.acled_sub_event_type == "Peaceful protest"


# --- mutineers ------------------------------------------------------------------------------------------------------

def test_officer_held_by_mutineers_is_no_arrest(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Mutinous soldiers arrested the army chief.")[0]
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Other"


def test_arrest_of_mutiny_plotters_stays_an_arrest(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Police arrested two soldiers suspected of planning a mutiny.")[0]
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Arrests"


# --- reinstated staff -----------------------------------------------------------------------------------------------

def test_reinstated_union_leaders_is_concede(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The mining company reinstated 20 union leaders dismissed during the strike.")
    assert [e.event for e in evs] == ["CONCEDE"] and evs[0].trigger.text == "reinstated"


def test_reinstate_unit(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("The ministry reinstated 300 teachers sacked last year.")) == ("CONCEDE", None)
    # guards: a ban or a player reinstated is no staff taken back; a refusal is the refusal rules'
    assert armed_deed(nlp("The court reinstated the ban on rallies.")) is None
    assert armed_deed(nlp("The coach reinstated the striker to the team.")) is None
    assert armed_deed(nlp("The party refused to reinstate the expelled members.")) is None


# --- aid handed over ------------------------------------------------------------------------------------------------

def test_money_released_to_a_recipient_is_aid(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Donors released 2 million dollars to the relief agency.")[0]
    assert ev.event == "AID"


def test_aid_unit(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Kuwait handed over 20 ambulances to the health ministry.")) == ("AID", None)
    # guards: a released aid worker is a release, a handed-over town a withdrawal, weapons no aid goods
    assert armed_deed(nlp("The kidnappers released the aid worker after two months.")) is None
    assert armed_deed(nlp("The army handed over the town to the police.")) is None
    assert armed_deed(nlp("The rebels handed over their weapons to the peacekeepers.")) is None


# --- missiles fired at a target -------------------------------------------------------------------------------------

def test_missile_fired_at_tanker_is_an_attack(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The Houthis fired a ballistic missile at a ship in the Gulf of Aden.")[0]
    assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Shelling/artillery/missile attack"


def test_missile_fired_unit(nlp: Any) -> None:
    from newsevents.coding.frames import missile_fired_at
    assert missile_fired_at(nlp("The rebels fired two rockets at the airport.")) is not None
    # guards: a launch into the sea, a test, a negated or announced launch
    assert missile_fired_at(nlp("North Korea fired a ballistic missile into the sea.")) is None
    assert missile_fired_at(nlp("Iran fired a missile at a target during a naval drill.")) is None
    assert missile_fired_at(nlp("The Houthis did not fire missiles at the tanker.")) is None
    assert missile_fired_at(nlp("The group would fire missiles at any ship.")) is None


# --- ACLED: agreements need a deal; expelled diplomats --------------------------------------------------------------

def test_unilateral_release_is_no_agreement(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Iran freed the British-Iranian aid worker.")[0]
    assert ev.event == "RETREAT" and ev.acled_sub_event_type is None


def test_release_in_exchange_is_an_agreement(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Israel freed 90 Palestinian prisoners in exchange for three hostages.")[0]
    assert ev.event == "RETREAT" and ev.acled_sub_event_type == "Agreement"


def test_truce_that_holds_is_no_new_agreement(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The ceasefire held for a second day.")[0]
    assert ev.event == "RETREAT" and ev.acled_sub_event_type is None


def test_expelled_diplomats_get_no_acled_subtype(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Russia expelled two Moldovan diplomats.")[0]
    assert ev.event == "SANCTION" and ev.acled_sub_event_type is None


# --- claims of a rigged vote ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The opposition said the vote had been rigged.",
    "The United States called the election a sham.",
    "Observers said the poll was neither free nor fair.",
])
def test_rigged_vote_claim_is_an_accusation(nlp: Any, coder: Any, text: str) -> None:
    ev = _code(nlp, coder, text)[0]
    assert ev.event == "ACCUSE"


def test_fraud_claim_unit(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Critics say the election was stolen.")) == ("ACCUSE", None)
    # guards: a denial, a claim reported as baseless, a clean verdict, a negated fraud word
    assert armed_deed(nlp("The commission said claims that the vote was rigged were baseless.")) is None
    assert armed_deed(nlp("Officials said there was no evidence the vote was rigged.")) is None
    assert armed_deed(nlp("Observers said the election was free and fair.")) is None
    assert armed_deed(nlp("The minister said the vote was not rigged.")) is None


# --- items routed by K8 and R8 (their development stories and sentences; variants written here) ---------------------

def test_airlifted_goods_are_aid(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The agency said it had airlifted 8 tonnes of medicine to the besieged town.")[0]
    assert ev.event == "AID"


def test_trial_called_a_farce_is_an_accusation(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The opposition leader said the trial was a farce.")[0]
    assert ev.event == "ACCUSE"


def test_party_dissolved_by_a_court_is_coerce(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The Constitutional Court dissolved the main opposition party on Tuesday.")[0]
    assert ev.event == "COERCE"


def test_ban_unit(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("The junta dissolved all political parties.")) == ("COERCE", None)
    # guards: a parliament dissolved before an election, a group disbanding itself
    assert armed_deed(nlp("The president dissolved parliament and called early elections.")) is None
    assert armed_deed(nlp("The rebels disbanded their group after the peace deal.")) is None


def test_denied_accusations_stay_as_before(nlp: Any, coder: Any) -> None:
    # R8 asked for REJECT; the CAMEO quad set files such denials as no event and the aux set reads the denied act
    # as negated, so no rule was added (the classifier's reading stays)
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("The army denied accusations by rights groups that it had shelled the camp.")) is None


def test_wounded_taken_to_hospital_is_no_attack(nlp: Any, coder: Any) -> None:
    assert not _code(nlp, coder, "The wounded were taken to a hospital in the provincial capital.")


def test_since_phrase_year_is_no_past(nlp: Any, coder: Any) -> None:
    # (K8's item) a since-phrase is a span reaching the present; a plain past year still makes the event historical
    ev = _code(nlp, coder, "Protesters have occupied the square since March 2021.")[0]
    assert "historical" not in ev.aux
    ev = _code(nlp, coder, "The two countries signed a defence pact in 2019.")[0]
    assert "historical" in ev.aux


def test_force_majeure_lifted_is_no_event(nlp: Any, coder: Any) -> None:
    # (K8's item) a contract clause, not a concession; guard: a lifted blockade stays a retreat
    assert not _code(nlp, coder, "The mining company lifted force majeure on its exports on Monday.")
    ev = _code(nlp, coder, "The coalition lifted its blockade of the port, allowing aid ships to dock.")[0]
    assert ev.event == "RETREAT"
