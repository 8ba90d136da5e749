"""Coder round C12b (session 9): background sentences inside stories stay quiet (a party holding or using ground,
living conditions, court appearances, restrictions in force, meetings held every month, an attack named in a
relative clause to identify a place, a foiled plot); the lead's conventions (a court's prison term given by any
verb is one SANCTION/convict; closing another country's diplomatic post is SANCTION; a cyber attack is
COERCE/cyber); an employer's lockout is COERCE and "held a rally" is the rally. Sentences written for these tests
(none is an item of the round's set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c12s9", ner=False)


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in _code(nlp, coder, text)]


# --- states of affairs ----------------------------------------------------------------------------------------------

def test_ground_held_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("Islamist fighters control most of the villages along the Lake Chad shore.",
                 "Armed groups allied to al Qaeda dominate the countryside east of Mopti.",
                 "FARC dissidents have used the jungle along the border as a hideout for a decade."):
        assert not any(t in ("ASSAULT", "COERCE", "MOBILIZE") for t in _types(nlp, coder, text)), text


def test_ground_seized_stays_an_event(nlp: Any, coder: Any) -> None:
    # guard: taking ground is an act, and so is force used in the present perfect with an act in its complement
    for text in ("Islamist fighters seized the town of Djibo on Sunday after a day of fighting.",
                 "Rebels took control of the border town of Bunagana on Monday."):
        types = _types(nlp, coder, text)
        assert types and types[0] in ("ASSAULT", "COERCE"), (text, types)


def test_ground_held_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import ground_held
    doc = nlp("Jihadist militants control much of the north.")
    assert ground_held(doc[1]) is not None  # the party word in the subject
    assert ground_held(doc[2]) is not None  # the holding verb itself
    doc = nlp("Police have used tear gas against the marchers.")
    assert ground_held(doc[2]) is None  # guard: 'use' as the verb of an act


def test_living_conditions_are_quiet(nlp: Any, coder: Any) -> None:
    for text in ("Families in Rutshuru have been living on cassava leaves since the rebels arrived.",
                 "Nearly half a million people in the province depend on food aid."):
        assert not _code(nlp, coder, text), text


def test_living_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import living_condition
    assert living_condition(nlp("Villagers are living on wild roots.")[2]) is not None
    assert living_condition(nlp("He survived the ambush.")[1]) is None  # guard: an object, the attack survived


def test_court_appearance_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("The two men will appear before a magistrate in Kisumu on Wednesday.",
                 "The accused are due to appear in court again next week."):
        assert not any(t in ("ACCUSE", "AGREE", "SANCTION") for t in _types(nlp, coder, text)), text


def test_court_appearance_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import court_appearance
    doc = nlp("They will appear before a judge on Monday.")
    assert court_appearance(doc[5]) is not None
    # guard: a charge told beside the appearance is its own word
    doc = nlp("Prosecutors charged the three men with murder.")
    assert all(court_appearance(t) is None for t in doc)


def test_restriction_in_force_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("A dusk-to-dawn curfew remains in force in the old city.",
                 "The crossing with Chad has been closed since the fighting began."):
        assert not any(t in ("COERCE", "SANCTION") for t in _types(nlp, coder, text)), text


def test_restriction_imposed_stays_an_event(nlp: Any, coder: Any) -> None:
    # guard: imposing a curfew is an act
    types = _types(nlp, coder, "Authorities imposed a dusk-to-dawn curfew on the town on Tuesday.")
    assert types and types[0] == "COERCE", types


def test_meeting_every_month_is_quiet(nlp: Any, coder: Any) -> None:
    assert not _code(nlp, coder, "The joint commission meets every six months to review the border accord.")


def test_every_period_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import _habitual
    doc = nlp("The council meets every month.")
    assert _habitual(doc[2])
    assert not _habitual(nlp("The council met on Monday.")[2])  # guard: one dated meeting


# --- re-mentions and plots ------------------------------------------------------------------------------------------

def test_place_named_by_old_attack_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("Pilgrims returned to the shrine that was bombed in 2017 for the first prayers in years.",
                 "Workers repaired the power station that was damaged by missile strikes in the winter."):
        assert not any(e.event == "ASSAULT" and "historical" not in e.aux for e in _code(nlp, coder, text)), text


def test_people_killed_in_relative_clause_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import place_remention
    doc = nlp("The bridge that was blown up in 2022 has been rebuilt.")
    assert place_remention(doc[4]) is not None
    # guard: people in the relative clause may be the report itself
    doc = nlp("Relatives buried the soldiers who were killed on Monday.")
    assert place_remention(doc[6]) is None


def test_foiled_coup_leads_with_arrests(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The military said it had foiled a coup plot and arrested nine officers.")
    assert evs and evs[0].event == "COERCE" and "arrest" in evs[0].mode, evs
    assert evs[0].acled_sub_event_type == "Arrests", evs


def test_foiled_plot_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import foiled_plot
    doc = nlp("Officials thwarted a plot against the president and detained two men.")
    assert foiled_plot(doc[3]) is not None
    doc = nlp("Officials thwarted a plot against the president.")
    assert foiled_plot(doc[3]) is None  # guard: told alone, the attempt is the event (round K7)
    doc = nlp("Officials launched an attempt to free the hostages.")
    assert foiled_plot(doc[3]) is None  # guard: no foiling verb, no coup


# --- the lead's conventions -----------------------------------------------------------------------------------------

def test_jailed_for_a_term_is_a_sentence(nlp: Any, coder: Any) -> None:
    for text in ("A court in Baku jailed an opposition economist for nine years on Monday.",
                 "A tribunal in Algiers imprisoned two novelists for five years."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "SANCTION" and "convict" in evs[0].mode, (text, evs)


def test_prison_in_a_term_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import prison_term
    doc = nlp("The court sentenced him to eight years in prison.")
    assert prison_term(doc[8]) is not None
    doc = nlp("Police took him to prison on Monday.")
    assert prison_term(doc[4]) is None  # guard: no term, a place he was taken to


def test_jailed_unit(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("The court jailed him for six years.")
    assert phrase_type("COERCE", doc[2]) == ("SANCTION", ("convict",))
    # guard: police jailing someone with no term is an arrest
    doc = nlp("Police jailed the protest leader overnight.")
    assert phrase_type("COERCE", doc[1]) is None


def test_diplomatic_post_closed_is_sanction(nlp: Any, coder: Any) -> None:
    for text in ("Czech authorities ordered the closure of Russia's consulate in Brno.",
                 "The government shut down the North Korean embassy and expelled its staff."):
        types = _types(nlp, coder, text)
        assert types and types[0] == "SANCTION", (text, types)


def test_post_closed_unit(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("Poland ordered the closure of the consulate.")
    assert phrase_type("REQUEST", doc[1]) == ("SANCTION", ())
    doc = nlp("Poland ordered the closure of the border crossing.")
    assert phrase_type("REQUEST", doc[1]) != ("SANCTION", ())  # guard: a border is no diplomatic post


def test_cyber_attack_is_coerce_cyber(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "A ransomware attack paralysed the computer network of the city council on Friday.")
    assert evs and evs[0].event == "COERCE" and "cyber" in evs[0].mode, evs
    # guard: a physical attack stays an assault
    evs = _code(nlp, coder, "A rocket attack hit the city council building on Friday, killing two guards.")
    assert evs and evs[0].event == "ASSAULT", evs


# --- labour ---------------------------------------------------------------------------------------------------------

def test_lockout_is_coerce(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("The carmaker said it would lock out 4,000 workers.")
    lock = next(t for t in doc if t.lower_ == "lock")
    assert phrase_type("REJECT", lock) == ("COERCE", ())


def test_held_rally_is_the_rally(nlp: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp("Dockers held a rally outside the port gate.")
    assert phrase_type("COERCE", doc[1]) == ("PROTEST", ("demo",))
    doc = nlp("Police held three dockers overnight.")
    assert phrase_type("COERCE", doc[1]) is None  # guard: holding people is custody


# --- the foiled plot's arrests, calm, returned fire ----------------------------------------------------------------

def test_calm_returned_is_quiet(nlp: Any, coder: Any) -> None:
    assert not any(e.event == "RETREAT" for e in _code(
        nlp, coder, "Shooting was heard near the airport at dawn, witnesses said, but calm returned by the afternoon."))


def test_calm_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import calm_returned
    assert calm_returned(nlp("Calm returned to the city.")[1]) is not None
    assert calm_returned(nlp("The refugees returned to the city.")[2]) is None  # guard: people returning


def test_returned_fire_is_assault(nlp: Any, coder: Any) -> None:
    for text in ("Soldiers at the checkpoint returned fire, killing one of the gunmen.",
                 "The border guards returned fire."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "ASSAULT", (text, evs)


# --- election unrest ------------------------------------------------------------------------------------------------

def test_crowd_clash_with_forces_is_a_demonstration(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "LOME, May 3 (Reuters) - Four people were killed in clashes between opposition "
                            "supporters and security forces in Lome on Saturday after the constitutional court "
                            "declared the president the winner of the disputed vote, a doctor said.")
    assert evs and evs[0].event == "ASSAULT", evs
    assert evs[0].acled_sub_event_type in ("Violent demonstration", "Protest with intervention",
                                           "Excessive force against protesters"), evs
    assert not any(e.event == "COERCE" for e in evs), evs  # the result declared coerces nobody


def test_crowd_clash_unit() -> None:
    from newsevents.coding.acled_rules import _CROWD_CLASH
    assert _CROWD_CLASH.search("clashes between opposition supporters and riot police")
    assert _CROWD_CLASH.search("clashes between security forces and stone-throwing youths")
    # guard: two armed sides
    assert not _CROWD_CLASH.search("clashes between the army and al Shabaab fighters")


# --- descriptions ---------------------------------------------------------------------------------------------------

def test_backing_described_is_no_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The CODECO is an ethnic militia that activists say is armed by local politicians.")
    assert not any(e.event in ("ASSAULT", "COERCE", "MOBILIZE") for e in evs), evs


def test_backing_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import backing_described
    assert backing_described(nlp("The group is backed by Iran.")[3]) is not None
    assert backing_described(nlp("The group was armed by Iran in 2019.")[3]) is None  # guard: a past act


def test_habitual_object_is_quiet(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The monsoon usually halts military operations in the hills.")
    assert not evs, evs


def test_habitual_object_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import generic_description
    doc = nlp("The rains usually slow military operations.")
    assert generic_description(doc[5]) is not None
    doc = nlp("The rains slowed military operations on Monday.")
    assert generic_description(doc[4]) is None  # guard: a dated act


# --- the sentencing convention, whatever the verb (lead, session 9) -------------------------------------------------

def test_court_sentences_are_one_sanction_convict(nlp: Any, coder: Any) -> None:
    for text in ("A high court on Monday sentenced a former police officer to 10 years in prison for the murder of "
                 "a journalist.",
                 "The court jailed the two activists.",
                 "The former president was sentenced to 12 years in prison on Monday.",
                 "A judge ordered the two officers jailed for ten years."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "SANCTION" and "convict" in evs[0].mode, (text, evs)
        assert all(e.event != "COERCE" for e in evs) and not evs[0].size.arrested, (text, evs)


def test_arrests_stay_coerce(nlp: Any, coder: Any) -> None:  # guard: police jailing or an ordered arrest
    for text in ("Police jailed the protest leader overnight.", "A judge ordered the arrest of the former minister.",
                 "Police arrested 12 protesters in Nairobi on Thursday."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "COERCE" and "arrest" in evs[0].mode, (text, evs)
