"""Coder items from whole-story review 15 (round C7b): re-mentions counted with an ordinal, purposes of habitual
acts, measured halts and coped-with measures as background, funeral honours, recorded tallies, a pledge of
allegiance, and rule readings where the classifier abstains (a crowd throwing things, an attack told with its toll,
a ransom demanded, a pushback at sea). Sentences written for these tests; each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c7b", ner=False)


def _on(evs: list[Any], word: str) -> list[Any]:
    return [e for e in evs if e.trigger is not None and e.trigger.text == word]


# --- non-event readings ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("It was the fourth hijacking of a fishing vessel off the coast this year.", "hijacking"),
    ("This was the second bombing of the market since January.", "bombing"),
    ("It was the latest attack on a convoy in the province.", "attack"),
])
def test_counted_mention_is_no_new_event(nlp: Any, coder: Any, text: str, word: str) -> None:
    assert not _on(_code(nlp, coder, text), word)


def test_counted_mention_guard(nlp: Any, coder: Any) -> None:
    # guard: an act noun with an ordinal but a party as subject of the act is told, not counted
    evs = _code(nlp, coder, "Gunmen carried out a second attack on the convoy on Sunday, killing two guards.")
    assert any(e.event == "ASSAULT" for e in evs)


@pytest.mark.parametrize("text", [
    "Villagers often borrow money to free their kidnapped relatives.",
    "In the north, families usually pay middlemen to free abducted children.",
])
def test_habitual_purpose(nlp: Any, coder: Any, text: str) -> None:
    assert not any(e.event == "RETREAT" for e in _code(nlp, coder, text))


def test_habitual_purpose_guard(nlp: Any, coder: Any) -> None:
    # guard: a purpose of a past act is no habit
    from newsevents.coding.nonevents import habitual_purpose
    doc = nlp("The families sold land to free their relatives.")
    assert habitual_purpose(doc[5]) is None


@pytest.mark.parametrize("text", [
    "Negotiations restarted in Doha in March after a five-month freeze.",
    "Flights resumed on Monday following a two-week suspension.",
])
def test_measured_halt_is_background(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert not any(e.trigger is not None and e.trigger.text in ("freeze", "suspension") for e in evs)


def test_measured_halt_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import halt_length
    doc = nlp("Talks resumed after a seven-month freeze.")
    assert halt_length(doc[-2]) is not None
    # guard: a halt not measured, or not the object of "after", is left to the classifier
    doc = nlp("The government announced a freeze on the talks.")
    assert halt_length(doc[4]) is None
    doc = nlp("Talks resumed after the freeze.")
    assert halt_length(doc[-2]) is None


def test_measures_lived_with(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The minister said Iran had learned to cope with sanctions for decades.")
    assert not any(e.event == "SANCTION" for e in evs)
    # guard: sanctions imposed stay a sanction
    evs = _code(nlp, coder, "Britain imposed sanctions on three Iranian generals on Monday.")
    assert any(e.event == "SANCTION" for e in evs)


def test_funeral_honours(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The state accorded the late general a military funeral on Friday.")
    assert not any(e.event in ("AID", "CONCEDE", "SUPPORT", "AGREE") for e in evs)
    from newsevents.coding.nonevents import honours_given
    doc = nlp("The government granted the refugees asylum.")
    assert honours_given(doc[2]) is None  # guard: asylum granted is no honour


def test_recorded_tally(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Monitors have documented thousands of alleged abductions in the region since 2019.")
    assert not any(e.event in ("ASSAULT", "COERCE") for e in evs)
    from newsevents.coding.nonevents import recorded_tally
    doc = nlp("Gunmen carried out dozens of attacks in the region.")
    assert recorded_tally(doc[6]) is None  # guard: acts carried out, not recorded


# --- a pledge of allegiance ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Sahel jihadist faction pledged allegiance to al Qaeda's leader in an audio message.",
    "The militia swore its allegiance to the new emir on Friday.",
])
def test_allegiance_is_support(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "SUPPORT"
    assert not any(e.event == "ACCUSE" for e in evs)


# --- rule readings where the classifier abstains -------------------------------------------------------------------

def test_crowd_projectiles(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Demonstrators hurled bottles and stones at the ministry, witnesses said.")
    assert evs and evs[0].event == "PROTEST" and evs[0].acled_sub_event_type == "Violent demonstration"
    assert "riot" in evs[0].mode


def test_crowd_projectiles_unit(nlp: Any) -> None:
    from newsevents.coding.frames import projectiles_thrown
    assert projectiles_thrown(nlp("Some threw rocks at the police station.")) is not None
    # guards: a thrown ball, a negated throw
    assert projectiles_thrown(nlp("The player threw the ball at the goalkeeper.")) is None
    assert projectiles_thrown(nlp("Protesters did not throw stones at the police.")) is None


def test_attack_with_toll(nlp: Any, coder: Any) -> None:
    text = ("An elder, who spoke on condition of anonymity, said Dinka youths had ambushed Nuer traders who were "
            "travelling to the market, killing six.")
    evs = _code(nlp, coder, text)
    assert any(e.event == "ASSAULT" for e in evs)


def test_attack_with_toll_unit(nlp: Any) -> None:
    from newsevents.coding.frames import attack_with_toll
    assert attack_with_toll(nlp("Herders attacked the farmers near the river, killing three.")) is not None
    # guards: no toll, a future attack
    assert attack_with_toll(nlp("Herders attacked the farmers near the river.")) is None
    assert attack_with_toll(nlp("He said herders would attack the farmers, killing many.")) is None


def test_ransom_demanded(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The abductors called the family on Sunday and demanded a ransom of 5 million naira.")
    assert any(e.event == "REQUEST" for e in evs)
    from newsevents.coding.frames import ransom_demanded
    assert ransom_demanded(nlp("The family paid a ransom to the abductors.")) is None  # guard: paid, no demand


def test_pushback(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Border police towed a boat carrying 30 asylum seekers back into Libyan waters.")
    assert evs and evs[0].event == "COERCE" and "deport" in evs[0].mode


def test_pushback_unit(nlp: Any) -> None:
    from newsevents.coding.frames import pushed_back
    assert pushed_back(nlp("A boat was rescued and towed back to the coast.")) is None  # guard: a rescue tow
    assert pushed_back(nlp("Guards pushed the migrants back across the border.")) is not None
    # guards: pushed back to a place that is no border, a pushed-back date
    assert pushed_back(nlp("Police pushed the crowd back into the square.")) is None
    assert pushed_back(nlp("The court pushed the hearing back to May.")) is None


def test_rule_cues_pass_the_screen() -> None:
    from newsevents.coding.detect import is_candidate
    assert is_candidate("Some threw eggs at the parliament building.")
    assert is_candidate("The coast guard towed the dinghy back into Turkish waters.")
    assert not is_candidate("The weather was mild on the coast this week.")


# --- aims of pressure, alert levels, cordons, craft held ------------------------------------------------------------

def test_pressured_aim(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The campaign is meant to bully Finland into dropping its support for Kyiv.")
    assert not any(e.event == "SUPPORT" for e in evs)
    from newsevents.coding.nonevents import pressured_aim
    doc = nlp("Finland is ending its support for the project.")
    assert pressured_aim(doc[4]) is None  # guard: an act done, no pressure


def test_threat_level(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The agency raised its alert level for terrorist attacks to high on Friday.")
    assert not any(e.event in ("ASSAULT", "THREATEN", "COERCE") for e in evs)
    # guard: an attack that happened stays
    evs = _code(nlp, coder, "Gunmen attacked a police post near the border on Friday, killing two officers.")
    assert any(e.event == "ASSAULT" for e in evs)


def test_cordon_is_one_coercion(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police set up a cordon around the parliament building.")
    assert not any(e.event == "MOBILIZE" for e in evs)


def test_craft_held_is_seizure(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Estonian authorities detained a cargo ship suspected of dragging its anchor over a cable.")
    coerce = [e for e in evs if e.event == "COERCE"]
    assert coerce and coerce[0].mode[:1] == ("seize",) and coerce[0].acled_sub_event_type != "Arrests"
    # guard: persons detained stay an arrest
    evs = _code(nlp, coder, "Estonian authorities detained the captain of the ship on Monday.")
    assert any(e.event == "COERCE" and "arrest" in e.mode for e in evs)


def test_march_merged_with_its_riot(nlp: Any, coder: Any) -> None:
    from newsevents.coding.merge import _merge
    march = _code(nlp, coder, "Thousands of opposition supporters marched to the parliament on Sunday.")[0]
    riot = _code(nlp, coder, "Some protesters threw stones at the parliament building.")[0]
    assert march.event == riot.event == "PROTEST" and "riot" in riot.mode and "riot" not in march.mode
    merged = _merge(march, riot)
    assert "riot" in merged.mode and merged.acled_sub_event_type == "Violent demonstration"
    # guard: two peaceful mentions stay peaceful
    again = _code(nlp, coder, "The supporters rallied outside the parliament on Sunday to demand new elections.")[0]
    assert "riot" not in _merge(march, again).mode


# --- counts of a dated "where" clause ------------------------------------------------------------------------------

def test_dated_where_clause_counts_are_not_the_act(nlp: Any, coder: Any) -> None:
    text = ("The militia has been fighting army deserters in the Kivu highlands, where more than 60 people were "
            "killed in March 2024.")
    evs = [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]
    assert evs and evs[0].size.dead is None


def test_where_clause_without_year_keeps_counts(nlp: Any, coder: Any) -> None:
    # guard: a "where" clause with no date of its own tells the act's own toll
    text = "Gunmen attacked a market in the town of Bama, where at least 12 people were killed."
    evs = [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]
    assert evs and evs[0].size.dead == 12
