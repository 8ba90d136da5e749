"""Coder errors left by whole-story review 7 (round C9): reporters' boilerplate, conditions, forces named as a
side, rescues, notes of no harm, stances and comments coded as events (non-events); talks suspended, council texts
blocked, forces deployed, executions, requests and condemnations given the wrong type or trigger; ACLED
sub-types that the sentence contradicts. Sentences written for these tests; each rule has a guard for what must
not change."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_in_story, code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c9", ner=False)


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in _code(nlp, coder, text)]


# --- non-events ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a reporter's request for comment
    "The interior ministry did not respond to several requests for comment on Friday.",
    "A spokesman for the rebels did not reply to a request for comment.",
    # a condition of an announced act
    '"The shelling will not end until the blockade is lifted," the commander said.',
    # forces named as a side, or disbanded
    "Analysts say the junta is losing ground to armed groups and resistance forces in the east.",
    "The unrest began in 2023 after the government moved to dissolve the regional special forces.",
    "The new cabinet moved to disband the presidential guard forces.",
    # people evacuated (a rescue)
    "Forty passengers were evacuated by coastguard boats after the ferry caught fire.",
    "The crew of 18 were evacuated by a navy helicopter and no one was hurt.",
    # a note of no harm
    "No casualties were reported in the town.",
    # a stance
    "The mayor said the city would not be intimidated by the threats.",
    # a process that stalled
    "Efforts led by the African Union to broker a peace deal have stalled.",
    "Talks brokered by Qatar to reach a peace agreement have stalled.",
    # who may decide, the effect of a measure, a right
    "Only parliament can decide on an amnesty for the rebels, the minister said.",
    "The prosecutor said the new sanctions would have no effect on the trial.",
    "The minister said the government respected the right to protest but would not tolerate vandalism.",
    "The minister said citizens had the right to protest peacefully.",
    # an abstention
    "Moscow and Beijing abstained on a vote on sanctions against Mali in April.",
    # recurring acts told as a description
    "The group's fighters still carry out frequent ambushes in the province.",
])
def test_no_event(nlp: Any, coder: Any, text: str) -> None:
    assert _types(nlp, coder, text) == []


def test_stance_leaves_the_condemnation(nlp: Any, coder: Any) -> None:
    assert _types(nlp, coder, "The minister condemned the bombing and said the country would not be "
                              "intimidated.") == ["ACCUSE"]


@pytest.mark.parametrize("text,event", [  # guards: the same words for real events
    ("The opposition sent a request to the electoral commission for a recount.", "REQUEST"),
    ("We will keep marching until the government is forced out.", "PROTEST"),
    ("The fighting continued until the rebels withdrew from the town.", "RETREAT"),
    ("The troops evacuated the base on Sunday and withdrew across the river.", "RETREAT"),
    ("Thousands of troops were sent to the border on Monday.", "MOBILIZE"),
    ("Troops regularly raided the village last year.", "ASSAULT"),
])
def test_no_event_guard(nlp: Any, coder: Any, text: str, event: str) -> None:
    assert event in _types(nlp, coder, text)


def test_demand_in_until_clause_kept(nlp: Any, coder: Any) -> None:
    # a noun in the condition names what exists already (CAMEO-coded: a demand)
    assert "REQUEST" in _types(nlp, coder, "Dock workers said they will not end the strike until their demands "
                                           "for higher pay are met.")


def test_nonevent_rules_unit(nlp: Any) -> None:
    from newsevents.coding import nonevents as N

    def tok(text: str, word: str) -> Any:
        return next(t for t in nlp(text) if t.text == word)
    assert N.comment_request(tok("Officials did not respond to requests for comment.", "requests"))
    assert N.comment_request(tok("Officials responded to requests for aid.", "requests")) is None
    assert N.people_evacuated(tok("Residents were evacuated from the village.", "evacuated"))
    assert N.people_evacuated(tok("The army evacuated the outpost.", "evacuated")) is None
    assert N.damage_done(tok("Shrapnel damaged two houses.", "damaged"))
    assert N.not_intimidated(tok("We will not be intimidated.", "intimidated"))
    assert N.not_intimidated(tok("Voters were intimidated by armed men.", "intimidated")) is None


# --- types and triggers --------------------------------------------------------------------------------------

def test_refused_endorsement_is_reject(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, '"We cannot support a resolution that punishes our allies," the ambassador said.')
    assert [e.event for e in evs] == ["REJECT"] and "negation" not in evs[0].aux


def test_halted_talks_are_sanction(nlp: Any, coder: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("The president suspended peace talks with the rebels after the bombing.")
    verb = next(t for t in doc if t.text == "suspended")
    assert phrase_type("CONCEDE", verb) == ("SANCTION", ("withdraw",))  # CAMEO 164 "Halt negotiations"
    assert phrase_type("SANCTION", verb) is None


def test_blocked_text_is_veto(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("China had blocked a draft resolution on Myanmar in the council.")
    assert phrase_type("ASSAULT", next(t for t in doc if t.text == "blocked")) == ("REJECT", ())
    doc = nlp("Protesters blocked the main road into the capital.")
    assert phrase_type("PROTEST", next(t for t in doc if t.text == "blocked")) is None


def test_deployment_is_no_attack(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("Two more companies of the Border Security Force had been deployed in the district.")
    assert phrase_type("ASSAULT", next(t for t in doc if t.text == "deployed")) == ("MOBILIZE", ("troops",))
    doc = nlp("Police officers were deployed across the city.")
    assert phrase_type("ASSAULT", next(t for t in doc if t.text == "deployed")) == ("MOBILIZE", ("police",))


def test_direct_rule_is_coercion(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The government imposed direct rule on the region in 2024 after the governor resigned.")
    assert evs and evs[0].trigger.text == "imposed" and evs[0].event == "COERCE"


def test_execution_by_hanging(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Saudi Arabia on Monday hanged three men convicted of killing a police officer during "
                            "riots in 2019, the interior ministry said.")
    assert evs[0].event == "ASSAULT" and evs[0].trigger.text == "hanged"
    assert evs[0].acled_sub_event_type == "Attack" and "historical" not in evs[0].aux


def test_hanged_himself_is_no_trigger() -> None:
    from newsevents.coding.lexicon import load_lexicon
    rx = load_lexicon().trigger_res["ASSAULT"]
    assert rx.search("the regime hanged two men") and not rx.search("he hanged himself in his cell")


def test_appeal_to_act_is_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The senator called on the United Nations to speed up the deployment of a new "
                            "peacekeeping force approved last year.")
    assert [(e.event, e.trigger.text) for e in evs] == [("REQUEST", "called")]


def test_called_a_disgrace_is_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, 'The ambassador called the veto "a disgrace" and said Moscow had chosen the side of '
                            'the generals.')
    assert [(e.event, e.trigger.text) for e in evs][:1] == [("ACCUSE", "called")]


# --- ACLED sub-types -----------------------------------------------------------------------------------------

def test_killing_outranks_burning(nlp: Any, coder: Any) -> None:
    from newsevents.coding.acled_rules import acled_by_mode
    doc = nlp("Gangs set fire to dozens of homes and killed at least 15 people.")
    trig = next(t for t in doc if t.text == "set")
    assert acled_by_mode("ASSAULT", ("destroy",), "Looting/property destruction", (), doc.text, trig) == "Attack"
    doc = nlp("Gangs set fire to dozens of homes in the suburb.")
    trig = next(t for t in doc if t.text == "set")
    assert acled_by_mode("ASSAULT", ("destroy",), "Looting/property destruction", (), doc.text, trig) == \
        "Looting/property destruction"


def test_storming_to_kidnap_is_abduction(nlp: Any) -> None:
    from newsevents.coding.acled_rules import acled_by_mode
    doc = nlp("Armed men stormed a secondary school and kidnapped 20 pupils.")
    trig = next(t for t in doc if t.text == "stormed")
    assert acled_by_mode("ASSAULT", ("abduct",), "Armed clash", (), doc.text, trig) == \
        "Abduction/forced disappearance"
    doc = nlp("Armed men stormed a police post, fought for an hour and kidnapped two officers.")
    trig = next(t for t in doc if t.text == "stormed")
    assert acled_by_mode("ASSAULT", ("abduct",), "Armed clash", (), doc.text, trig) == "Armed clash"


def test_sanction_moves_no_front_line(nlp: Any) -> None:
    from newsevents.coding.acled_rules import acled_by_mode
    doc = nlp("Washington imposed sanctions on the militia leader.")
    trig = next(t for t in doc if t.text == "sanctions")
    assert acled_by_mode("SANCTION", (), "Non-violent transfer of territory", (), doc.text, trig) is None


def test_air_strikes_are_no_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Israel has continued to carry out near-daily strikes, saying it is stopping Hezbollah "
                            "from rearming.")
    assert evs and evs[0].event == "ASSAULT"
    assert evs[0].acled_sub_event_type != "Peaceful protest" and "demo" not in evs[0].mode


def test_labour_strike_guard(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Thousands of workers went on strike on Monday to demand higher wages.")
    assert evs and evs[0].event == "PROTEST"


# --- second acts in coordinated clauses, and the type's other cue ---------------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("The rebels denied shelling the market and accused the army of staging the attack.", ("ACCUSE", "accused")),
    ("Kenya's foreign minister praised the mediators and urged both sides to respect the truce.",
     ("REQUEST", "urged")),
    ("The envoy thanked China and accused Washington of meddling in the vote.", ("ACCUSE", "accused")),
    ("The mayor condemned the bombing and said the city would not be intimidated.", ("ACCUSE", "condemned")),
])
def test_coordinated_verbal_act(nlp: Any, coder: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in [(e.event, e.trigger.text) for e in _code(nlp, coder, text)]


def test_coordinated_passive_is_suffered(nlp: Any, coder: Any) -> None:
    # guard: what the subject of a passive suffered ("denied access") is no refusal by it
    evs = _code(nlp, coder, '"The two men had been tortured and denied access to lawyers," the group said.')
    assert "REJECT" not in [e.event for e in evs]


def test_renamed_act_gives_way_to_reported_one(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The strike came a day after fighters of the Kachin army said they had captured a "
                            "police headquarters near Bhamo after weeks of fighting.")
    assert evs and evs[0].trigger.text == "captured"


@pytest.mark.parametrize("text,word", [
    ("Russia launched 90 drones and three cruise missiles at Ukraine overnight, the air force said, of which 70 "
     "drones were shot down.", "launched"),
    ("In March they sank two cargo ships in the strait.", "sank"),
])
def test_weapons_launched_and_ships_sunk(nlp: Any, coder: Any, text: str, word: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "ASSAULT" and evs[0].trigger.text == word


def test_launch_lexicon_guard() -> None:
    from newsevents.coding.lexicon import load_lexicon
    rx = load_lexicon().trigger_res["ASSAULT"]
    assert not rx.search("the company launched a new phone")
    assert not any(m.group(0).startswith("launch") for m in rx.finditer("North Korea launched a missile test"))
    assert not rx.search("shares sank to a record low")


@pytest.mark.parametrize("text", ["The storm sank two fishing boats off the coast.", "The ferry sank near the island."])
def test_sinking_guard(nlp: Any, coder: Any, text: str) -> None:
    assert "ASSAULT" not in _types(nlp, coder, text)


@pytest.mark.parametrize("text,trigger", [
    ('Germany called the executions "an outrage".', "called"),
    ("The opposition described the vote as a farce.", "described"),
])
def test_condemnation_by_name(nlp: Any, coder: Any, text: str, trigger: str) -> None:
    assert [(e.event, e.trigger.text) for e in _code(nlp, coder, text)] == [("ACCUSE", trigger)]


def test_condemnation_by_name_guard(nlp: Any, coder: Any) -> None:
    assert _types(nlp, coder, "They called the baby Maria.") == []


def test_arrest_is_no_excessive_force(nlp: Any) -> None:
    from newsevents.coding.acled_rules import acled_by_mode
    doc = nlp("Police arrested 47 students after clashes at the university.")
    trig = next(t for t in doc if t.text == "arrested")
    assert acled_by_mode("COERCE", ("arrest",), "Excessive force against protesters", (), doc.text, trig) == \
        "Arrests"



def test_condemnation_lexicon() -> None:
    from newsevents.coding.detect import is_candidate
    from newsevents.coding.lexicon import load_lexicon
    rx = load_lexicon().trigger_res["ACCUSE"]
    assert is_candidate('Spain called the hangings "an outrage".')
    assert rx.search("They described the trial as a farce") and not rx.search("Police called the crime scene unit")


def test_place_captured_is_territory(nlp: Any) -> None:
    from newsevents.coding.acled_rules import acled_by_mode
    doc = nlp("Fighters of the rebel army said they had captured a battalion headquarters near the port.")
    trig = next(t for t in doc if t.text == "captured")
    assert acled_by_mode("ASSAULT", (), "Armed clash", (), doc.text, trig) == "Non-state actor overtakes territory"
    doc = nlp("The rebels captured 12 soldiers near the port.")  # guard: people captured
    trig = next(t for t in doc if t.text == "captured")
    assert acled_by_mode("ASSAULT", (), "Armed clash", (), doc.text, trig) == "Armed clash"


def test_place_captured_has_no_abduct_mode(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The strike came a day after fighters of the Kachin army said they had captured a "
                            "police headquarters near Bhamo after weeks of fighting.")
    assert evs and evs[0].acled_sub_event_type == "Non-state actor overtakes territory" and "abduct" not in evs[0].mode


def _in_story(nlp: Any, coder: Any, story: str, sentence: str) -> list[Any]:
    return code_in_story(nlp, coder, story, sentence, "c9s")


def test_bare_strikes_in_an_air_war(nlp: Any, coder: Any) -> None:
    s2 = "Israel has continued to carry out near-daily strikes, saying it is stopping Hezbollah from rearming."
    evs = _in_story(nlp, coder, "Israeli air strikes killed three people in southern Lebanon on Sunday. " + s2, s2)
    assert evs and evs[0].acled_sub_event_type == "Air/drone strike" and "aerial" in evs[0].mode
    # guard: with no air strike in the story the generic sub-type stays
    evs = _in_story(nlp, coder, "Fighting went on in southern Lebanon on Sunday. " + s2, s2)
    assert evs and evs[0].acled_sub_event_type != "Air/drone strike"
