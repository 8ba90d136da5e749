"""Recipient rules of round R5 (issue 3), on sentences of our own, parsed without NER as the default pipeline
does; each test fails without its rule."""
from __future__ import annotations

from typing import Any

from roles import role_texts as _texts


def test_a_named_kind_of_thing_handed_back_is_no_side(nlp: Any) -> None:
    # a proper noun with "a" names a kind of thing, not a party: whom it goes back to is the other side
    _, recips = _texts(nlp, "The library returned a Gutenberg Bible to the Vatican .", "returned")
    assert recips == ["Vatican"]
    _, recips = _texts(nlp, "The library returned a Gutenberg Bible to its owners in Mainz .", "returned")
    assert recips and "owners" in recips[0]
    # a named party handed back keeps its own reading
    _, recips = _texts(nlp, "Police returned Ahmed Karimi to his family .", "returned")
    assert recips == ["Ahmed Karimi"]


def test_a_thing_handed_back_goes_to_the_party_it_was_taken_from(nlp: Any) -> None:
    _, recips = _texts(nlp, "The militia said it will return the trucks it seized from the relief agency .",
                       "return")
    assert recips == ["relief agency"]


def test_the_author_of_an_act_named_inside_the_object(nlp: Any) -> None:
    # the parser hangs "by the army" on the act the offers are for
    _, recips = _texts(nlp, "The rebels dismissed repeated offers for ceasefire talks by the army .", "dismissed")
    assert recips == ["army"]


def test_what_an_act_is_done_in_protest_against(nlp: Any) -> None:
    _, recips = _texts(nlp, "Nurses began a strike in protest against pay cuts imposed by the health ministry , "
                            "after weeks of disputes with hospital managers .", "strike")
    assert recips == ["health ministry"]


def test_a_name_hung_on_the_verb_is_a_second_object(nlp: Any) -> None:
    _, recips = _texts(nlp, "The regime outlawed the National Liberation Party ( NLP ) and the recently formed "
                            "Workers Congress ( WC ) , forcing them to cease to exist .", "outlawed")
    assert len(recips) == 2 and "Workers Congress" in recips[1]


def test_parties_named_by_an_attempted_purpose(nlp: Any) -> None:
    # "to try to end X": the act tried is the purpose
    _, recips = _texts(nlp, "Qatar launched a mediation effort to try to end the standoff between Sudan and Chad .",
                       "mediation")
    assert recips == ["Sudan", "Chad"]


def test_the_party_a_purpose_object_serves(nlp: Any) -> None:
    _, recips = _texts(nlp, "Norway provided 4 million dollars to fund programmes which assist displaced families .",
                       "provided")
    assert recips == ["displaced families"]


def test_breaking_an_agreement_is_aimed_at_its_author_or_the_agreement(nlp: Any) -> None:
    # who imposed the ban is the other side, not the actor, also when the ban is the trigger word
    actors, recips = _texts(nlp, "The junta has breached a ban by the African Union on arms imports .", "ban")
    assert actors == ["junta"] and recips == ["African Union"]
    # a party's truce is marked itself, as the CAMEO annotation does
    _, recips = _texts(nlp, "Rebel fighters violated Colombia 's Easter truce in the south .", "violated")
    assert recips and "truce" in recips[0]
    # a bare agreement names no side
    _, recips = _texts(nlp, "Both armies violated the agreement .", "violated")
    assert recips == []


def test_breaking_a_truce_is_the_main_act_when_a_participle_carries_the_type(nlp: Any) -> None:
    from newsevents.coding.coder import EventCoder
    from newsevents.coding.lexicon import load_lexicon

    coder = EventCoder(None, None, load_lexicon())  # type: ignore[arg-type]  # _trigger reads the lexicon only
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Moscow - backed separatists have violated an OSCE - brokered truce dozens of times this month .")
    trig = coder._trigger("SUPPORT", doc, doc.text, main_clause=True)
    assert trig.text == "violated"


def test_force_on_a_crowd_is_aimed_at_the_party_of_the_timing_clause(nlp: Any) -> None:
    _, recips = _texts(nlp, "Riot police fired tear gas as thousands of farmers marched on the capital .", "fired")
    assert recips == ["farmers"]
    _, recips = _texts(nlp, "Troops opened fire when students tried to block the highway .", "opened")
    assert recips == ["students"]
    # not for other acts, nor for a clause whose subject is no party
    _, recips = _texts(nlp, "The minister resigned after protesters stormed the parliament .", "resigned")
    assert recips != ["protesters"]
    _, recips = _texts(nlp, "Soldiers opened fire as it grew dark .", "opened")
    assert recips == []


def test_the_target_hung_on_the_name_of_an_operation(nlp: Any) -> None:
    _, recips = _texts(nlp, "The army launched a major operation , Operation Rah - e - Rast , against the Taliban "
                            "in Swat .", "operation")
    assert recips == ["Taliban"]


def test_a_modal_demand_cue_stands_for_the_act_demanded(nlp: Any) -> None:
    from newsevents.coding.coder import EventCoder
    from newsevents.coding.lexicon import load_lexicon

    coder = EventCoder(None, None, load_lexicon())  # type: ignore[arg-type]  # _trigger reads the lexicon only
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Amnesty International said that the Nigerian police must protect witnesses so that families "
                  "can return to their villages .")
    trig = coder._trigger("REQUEST", doc, doc.text, main_clause=True)
    assert trig.text == "protect"
    actors, recips = _texts(nlp, doc.text, "protect")
    assert actors == ["Amnesty International"] and recips == ["Nigerian police"]


def test_a_restated_demand_is_made_of_the_party_that_must_act(nlp: Any) -> None:
    actors, recips = _texts(nlp, "The summit declaration reiterates that the warring sides must respect the truce .",
                            "respect")
    assert actors == ["summit declaration"] and recips == ["warring sides"]


def test_what_a_party_is_used_as_names_the_act(nlp: Any) -> None:
    actors, recips = _texts(nlp, "The militia used villagers as human shields during the battle .", "shields")
    assert actors == ["militia"] and recips == ["villagers"]


def test_a_refusal_turns_down_the_party_that_pressed_for_it(nlp: Any) -> None:
    _, recips = _texts(nlp, "The mayor refused to step down despite Governor Lopez 's request .", "refused")
    assert recips == ["Governor Lopez"]
    _, recips = _texts(nlp, "The minister declined to resign under pressure from opposition lawmakers .", "declined")
    assert recips == ["opposition lawmakers"]


def test_leaving_a_post_is_aimed_at_the_body_it_belongs_to(nlp: Any) -> None:
    _, recips = _texts(nlp, "The general announced that he is resigning as chief of the Sudanese army .",
                       "resigning")
    assert recips == ["Sudanese army"]
    # a post that names no body gives nothing
    _, recips = _texts(nlp, "The minister resigned from his post on Friday .", "resigned")
    assert recips == []


def test_an_announcement_is_aimed_where_the_announced_act_is(nlp: Any) -> None:
    actors, recips = _texts(nlp, "The governor has announced that the state will extend the night curfew in "
                                 "Lagos .", "announced")
    assert actors == ["governor"] and recips == ["Lagos"]


def test_a_speakers_own_country_acts_through_the_speaker(nlp: Any) -> None:
    actors, recips = _texts(nlp, "The Kenyan president pledged his country 's support to the people of Sudan .",
                            "support")
    assert actors == ["Kenyan president"] and recips == ["people of Sudan"]
    # a named possessor stays the actor
    actors, _ = _texts(nlp, "The minister welcomed Japan 's support to the refugees .", "support")
    assert actors == ["Japan"]


def test_refuge_is_sought_where_the_seekers_go(nlp: Any) -> None:
    actors, recips = _texts(nlp, "Hundreds of families fled to Chad seeking asylum .", "seeking")
    assert actors == ["families"] and recips == ["Chad"]
    # not for other things sought
    _, recips = _texts(nlp, "Farmers marched to Nairobi seeking compensation .", "seeking")
    assert recips != ["Nairobi"]


def test_a_thing_coordinated_with_a_party_is_no_second_party(nlp: Any) -> None:
    from roles import role_entities

    _, recips = role_entities(nlp, "The regime outlawed rival parties and thus political participation in "
                                   "elections .", "outlawed")
    assert [e.entity_text for e in recips] == ["rival parties"]
    # a second party, or a concrete thing hit with it, stays
    _, recips = role_entities(nlp, "The militants attacked soldiers and a police convoy near the border .",
                              "attacked")
    assert len(recips) == 2


def test_a_verdict_is_the_courts_act_on_the_party_judged(nlp: Any) -> None:
    actors, recips = _texts(nlp, "A military court found three soldiers guilty of torture .", "guilty")
    assert actors == ["military court"] and recips == ["three soldiers"]
