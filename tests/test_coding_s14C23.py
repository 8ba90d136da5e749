"""Coder round C23 (session 14): routed coding errors of issue 3, fixed in the rules after the classifier.

- An attack told in an "after" phrase with a toll of its own ("a day after a gang attack on the town left 12 people
  dead") is an attack of its own, with that toll; the main act takes none of it.
- Counts belong to their own clause: a ", while" clause with its own subject tells another event and keeps its own
  counts; harm told there is a second attack.
- Killing people held before (a hostage, kidnapped engineers) is an attack, not an abduction; a tally restated by
  place or share ("were killed mostly in rural areas") is no new event.
- A later mention merged into an attack adds none of the attack's doers as its victims.
- Force vowed against a party ("vowed to crush the rebels") is a threat; rebuilding vowed is a promise (AGREE).
- A vote against is a refusal (REJECT) on the vote; a refusal verb with its own will/would keeps the future flag;
  a meeting that nobody refuses is no REJECT.
- An airport is no evidence of an air strike.
Sentences written for these tests (none is an item of the round's held or development set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")

_ABDUCTION = "Abduction/forced disappearance"


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c23s14", ner=False)


def _of(events: list[Any], kind: str) -> list[Any]:
    return [e for e in events if e.event == kind]


def _recipients(event: Any) -> list[str]:
    return [a.entity_text for a in event.recipient]


# --- an attack in an "after" phrase with its own toll ---------------------------------------------------------------

@pytest.mark.parametrize("text, dead", [
    ("Armed men kidnapped six farmers near Birnin Gwari, two days after a bandit raid on the village of Kuyello "
     "killed at least 11 people.", 11),
    ("Gunmen abducted a nurse in Bunia on Friday, a day after an attack on a nearby camp left 19 civilians dead.", 19),
])
def test_tolled_attack_after_is_its_own_event(nlp: Any, coder: Any, text: str, dead: int) -> None:
    evs = _of(_events(nlp, coder, text), "ASSAULT")
    taken = [e for e in evs if e.acled_sub_event_type == _ABDUCTION]
    attacks = [e for e in evs if e.acled_sub_event_type == "Attack"]
    assert len(taken) == 1 and len(attacks) == 1
    assert attacks[0].size.dead == dead and "abduct" not in attacks[0].mode
    assert taken[0].size.dead is None


def test_tolled_attack_beside_a_protest_is_an_attack(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Residents blocked the highway in Butembo on Monday, a day after a militia attack on "
                              "the town left 16 people dead.")
    attack = _of(evs, "ASSAULT")
    assert _of(evs, "PROTEST") and len(attack) == 1
    assert attack[0].acled_sub_event_type == "Attack" and attack[0].size.dead == 16
    assert _of(evs, "PROTEST")[0].size.dead is None


def test_after_phrase_without_a_toll_adds_no_attack(nlp: Any, coder: Any) -> None:
    from newsevents.coding.frames import tolled_attack_after
    doc = nlp("Gunmen abducted a priest in Nsukka, a day after a festival in the town drew 2,000 people.")
    assert tolled_attack_after(doc, coder.lexicon.trigger_res.get("ASSAULT")) is None
    doc = nlp("Police arrested two men in Kaduna after the attack on the church.")
    assert tolled_attack_after(doc, coder.lexicon.trigger_res.get("ASSAULT")) is None


def test_attack_killing_after_an_arrest_is_no_arrest_subtype(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Police arrested five suspects in Jalingo, a week after an attack on a market in the "
                              "town killed seven traders.")
    assert _of(evs, "COERCE")
    assert all(e.acled_sub_event_type != "Arrests" for e in _of(evs, "ASSAULT"))


# --- counts of a ", while" clause ------------------------------------------------------------------------------------

def test_while_clause_keeps_its_own_counts(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Three constables were killed in an ambush in Kohat on Sunday, while a trader was "
                                  "shot at and injured in Hangu."), "ASSAULT")
    assert len(evs) == 2
    first = next(e for e in evs if e.size.dead == 3)
    other = next(e for e in evs if e is not first)
    assert "trader" in " ".join(_recipients(other)) and other.size.dead is None


def test_harm_in_a_while_clause_is_a_second_attack(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Two soldiers died in a roadside bombing in Zabul, while a shopkeeper was injured "
                                  "in a separate blast in Ghazni."), "ASSAULT")
    assert len(evs) == 2
    assert sorted((e.size.dead or 0, e.size.injured or 0) for e in evs) == [(0, 1), (2, 0)]


def test_while_timing_an_act_adds_no_attack(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Gunmen killed a herder in his field near Jos while his sons watched."), "ASSAULT")
    assert len(evs) == 1


# --- killing captives; restated tallies -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The kidnappers killed a hostage in Kogi a week after seizing him from his shop.",
    "Jihadists executed three captured lorry drivers near Tillaberi on Friday.",
])
def test_killing_captives_is_an_attack(nlp: Any, coder: Any, text: str) -> None:
    evs = _of(_events(nlp, coder, text), "ASSAULT")
    killing = next(e for e in evs if e.trigger.text in ("killed", "executed"))
    assert killing.acled_sub_event_type != _ABDUCTION and "abduct" not in killing.mode


def test_abduction_itself_stays_an_abduction(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Kidnappers seized a trader from his shop in Lokoja on Friday."), "ASSAULT")
    assert evs and evs[0].acled_sub_event_type == _ABDUCTION


def test_a_hostage_counts_as_one_dead() -> None:
    from newsevents.coding.size import extract_size
    assert extract_size("The gang killed a hostage in Kogi.").dead == 1


@pytest.mark.parametrize("text", [
    "According to state police figures, the villagers were killed mostly in forest areas.",
    "According to local officials, most of the herders were killed in their camps.",
])
def test_restated_tally_is_no_event(nlp: Any, coder: Any, text: str) -> None:
    assert not _of(_events(nlp, coder, text), "ASSAULT")


def test_one_deed_told_with_mostly_stays_an_event(nlp: Any, coder: Any) -> None:
    from newsevents.coding.nonevents import tally_restated
    doc = nlp("The soldiers were mostly killed in an ambush near Menaka on Monday.")
    assert tally_restated(next(t for t in doc if t.text == "killed")) is None
    doc = nlp("Twelve villagers were killed mostly by machetes.")
    assert tally_restated(next(t for t in doc if t.text == "killed")) is None


# --- merged parties --------------------------------------------------------------------------------------------------

def test_merged_mention_adds_no_doer_as_victim() -> None:
    from newsevents.coding.merge import _merged_parties
    from newsevents.records import Entity
    first = _party_event([Entity("Maoists", 0, 7, "IND", "REB")], [Entity("police patrol", 20, 33, "IND", "COP")])
    later = _party_event([], [Entity("police", 60, 66, "IND", "COP"), Entity("Maoists", 71, 78, "IND", "REB")])
    actor, recipient = _merged_parties(first, later)
    assert [a.entity_text for a in actor] == ["Maoists"]
    assert [r.entity_text for r in recipient] == ["police patrol"]


def test_merged_mention_keeps_a_new_victim() -> None:
    from newsevents.coding.merge import _merged_parties
    from newsevents.records import Entity
    first = _party_event([Entity("Gunmen", 0, 6, None, "UAF")], [])
    later = _party_event([], [Entity("villagers", 40, 49, "NGA", "CVL")])
    assert [r.entity_text for r in _merged_parties(first, later)[1]] == ["villagers"]


def _party_event(actor: list[Any], recipient: list[Any]) -> Any:
    from newsevents.records import Event, Sentence, Size, Trigger
    s = Sentence(0, 0, 40, "x" * 40)
    return Event(id="", event="ASSAULT", mode=(), context=(), quad_code=4, event_scale=-9.0, cameo_root="18",
                 acled_event_type=None, acled_sub_event_type=None, actor=tuple(actor), recipient=tuple(recipient),
                 trigger=Trigger(5, 10, "fired"), event_loc=None, date=None, date_precision=None, aux=(),
                 size=Size(None, None, None), event_text=s.text, sentence=s, confidence=0.8)


# --- vows, votes, refusals, meetings --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The defence minister vowed to crush the separatists in the east.",
    "The police chief pledged to wipe out the armed gangs terrorising Sokoto.",
])
def test_force_vowed_is_a_threat(nlp: Any, coder: Any, text: str) -> None:
    evs = _events(nlp, coder, text)
    assert evs and evs[0].event == "THREATEN"


def test_vow_to_rebuild_is_no_threat(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The governor vowed to rebuild the clinics destroyed in the attacks.")
    assert not _of(evs, "THREATEN") and not _of(evs, "ASSAULT")


def test_vow_against_no_party_is_no_threat(nlp: Any) -> None:
    from newsevents.coding.readings import vowed_force
    doc = nlp("The president vowed to eliminate hunger within five years.")
    assert not vowed_force(next(t for t in doc if t.text == "vowed"))


def test_vote_against_is_a_refusal(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Slovakia would vote against the proposed agreement on fishing quotas, its minister said.")
    assert evs and evs[0].event == "REJECT" and evs[0].trigger.text == "vote"
    assert {"future", "hypothetical"} & set(evs[0].aux)


def test_refusal_to_come_keeps_the_future(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Argentina will refuse to sign the climate accord, the foreign minister said.")
    assert evs and evs[0].event == "REJECT" and "future" in evs[0].aux


def test_refusal_now_has_no_future(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The rebels will not lift the siege of the town.")
    assert evs and evs[0].event == "REJECT" and "future" not in evs[0].aux


def test_meeting_is_no_refusal(nlp: Any) -> None:
    from newsevents.coding.coder import _plain_meeting
    doc = nlp("The energy minister would meet striking miners on Thursday.")
    assert _plain_meeting(next(t for t in doc if t.text == "meet"))
    doc = nlp("The energy minister refused to meet striking miners.")
    assert not _plain_meeting(next(t for t in doc if t.text == "meet"))


# --- evidence ---------------------------------------------------------------------------------------------------------

def test_airport_is_no_air_strike_evidence() -> None:
    from newsevents.coding.evidence import lacks_evidence
    assert lacks_evidence("Air/drone strike", "Militias fought for the airport road in Misrata.")
    assert not lacks_evidence("Air/drone strike", "An air raid hit the airport road in Misrata.")


def test_while_clause_weapon_is_its_own(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Gunmen shot dead three traders in Loralai, while two guards were wounded in a "
                                  "grenade attack in Zhob."), "ASSAULT")
    assert len(evs) == 2
    first = next(e for e in evs if e.size.dead == 3)
    assert first.acled_sub_event_type != "Grenade"
    assert any(e.acled_sub_event_type == "Grenade" for e in evs if e is not first)


def test_kidnapping_in_a_while_clause_is_an_abduction(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Soldiers killed four insurgents near Mandera on Monday, while a teacher was "
                                  "kidnapped in Wajir."), "ASSAULT")
    assert len(evs) == 2 and any(e.acled_sub_event_type == _ABDUCTION for e in evs)
    assert any(e.acled_sub_event_type != _ABDUCTION and e.size.dead == 4 for e in evs)


def test_while_clause_beside_a_reported_deed(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Police found three men shot dead in Landhi, while a tailor was shot at and "
                                  "injured in Korangi."), "ASSAULT")
    assert len(evs) == 2 and sorted(e.size.dead or 0 for e in evs) == [0, 3]


def test_contrasted_events_of_one_sentence_never_merge() -> None:
    from newsevents.coding.merge import _contrasted_clauses
    from newsevents.records import Event, Sentence, Size, Trigger
    text = "Two men were shot dead in Lyari, while a trader was shot at and injured in Orangi."
    s = Sentence(0, 0, len(text), text)

    def ev(word: str, nth: int) -> Any:
        at = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        return Event(id="", event="ASSAULT", mode=(), context=(), quad_code=4, event_scale=-9.0, cameo_root="18",
                     acled_event_type=None, acled_sub_event_type=None, actor=(), recipient=(),
                     trigger=Trigger(at, at + len(word), word), event_loc=None, date=None, date_precision=None,
                     aux=(), size=Size(None, None, None), event_text=text, sentence=s, confidence=0.8)
    assert _contrasted_clauses(ev("shot", 0), ev("shot", 1))
    assert not _contrasted_clauses(ev("shot", 0), ev("shot", 0))
