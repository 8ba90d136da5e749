"""Actors and recipients from the dependency parse, and their normalisation."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import article_country_focus, normalise, roles, to_entities


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def _ents(nlp: Any, text: str, trigger: str, fallback: str | None = None) -> tuple[list[Any], list[Any]]:
    doc = nlp(text)
    a, r = roles(_tok(doc, trigger))
    return list(to_entities(a, 100, fallback)), list(to_entities(r, 100, fallback))


def test_subject_object_and_sectors(nlp: Any) -> None:
    text = "Police arrested 12 protesters in Nairobi on Sunday."
    actors, recips = _ents(nlp, text, "arrested", "KEN")
    assert [(e.entity_text, e.code, e.sector) for e in actors] == [("Police", "KEN", "COP")]
    assert recips[0].sector == "CVL" and recips[0].start == 100 + text.index("12 protesters")


def test_passive_agent_and_conjunctions(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Two villagers were killed by Boko Haram militants and soldiers.", "killed")
    assert actors[0].identifier_text == "Boko Haram" and actors[0].code == "NGA" and actors[0].sector == "REB"
    assert len(actors) == 2 and actors[1].sector == "MIL"
    assert recips[0].sector == "CVL"


def test_capitals_demonyms_and_orgs(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Ankara accused Washington of supporting the YPG.", "accused")
    assert (actors[0].code, actors[0].sector) == ("TUR", "GOV")
    assert (recips[0].code, recips[0].sector) == ("USA", "GOV")
    doc = nlp("Israeli warplanes struck Hamas positions.")
    assert normalise(doc[0:2]) == ("ISR", "MIL", None)
    assert normalise(nlp("Islamic State fighters")[0:3])[2] == "Islamic State"
    assert normalise(nlp("the UN Security Council")[1:4])[0] == "UNO"


def test_possessive_nominal_trigger(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Russia's attack on Ukraine drew condemnation.", "attack")
    assert actors[0].code == "RUS" and recips[0].code == "UKR"


def test_pronoun_resolves_to_previous_actor(nlp: Any) -> None:
    actors, _ = _ents(nlp, "The Taliban said they attacked the checkpoint.", "attacked")
    assert actors and actors[0].identifier_text == "Taliban"


def test_article_focus() -> None:
    assert article_country_focus("Kenyan police said. Kenya's president. In Uganda.") == "KEN"
    assert article_country_focus("No places here.") is None


def test_subject_of_governing_predicate(nlp: Any) -> None:
    actors, _ = _ents(nlp, "Finland is ready to contribute to the peacekeeping mission.", "contribute")
    assert actors and actors[0].code == "FIN"
    actors, _ = _ents(nlp, "Los Zetas cartel has been responsible for mass killings in northern Mexico.", "killings")
    assert actors and "Zetas" in actors[0].entity_text


def test_recipient_is_the_party_not_the_thing(nlp: Any) -> None:
    _, recips = _ents(nlp, "The United States military gave 625 rifles to the Philippine Marines.", "gave")
    assert recips and "Marines" in recips[0].entity_text
    _, recips = _ents(nlp, "UN sanctions against Iran were lifted on Saturday.", "lifted")
    assert recips and recips[0].code == "IRN"


def test_dates_are_not_entities(nlp: Any) -> None:
    _, recips = _ents(nlp, "The Indian Prime Minister will host Netanyahu on 14 January.", "host")
    assert all("January" not in r.entity_text for r in recips)


def test_subject_noun_trigger_takes_its_verb(nlp: Any) -> None:
    # "troops" is a MOBILIZE trigger word, but the event is the verb it is the subject of
    actors, recips = _ents(nlp, "Iraqi troops captured the mosque in Mosul.", "troops")
    assert [a.entity_text for a in actors] == ["Iraqi troops"]
    assert [r.entity_text for r in recips] == ["mosque"]


def test_attack_noun_object_gives_its_target(nlp: Any) -> None:
    _, recips = _ents(nlp, "Government forces continued their attacks on the rebel enclave.", "continued")
    assert [r.entity_text for r in recips] == ["rebel enclave"]


def test_possessed_object_is_the_recipient(nlp: Any) -> None:
    _, recips = _ents(nlp, "The ministry welcomed Russia's offer to mediate between India and Pakistan.", "welcomed")
    assert [r.entity_text for r in recips] == ["Russia's offer"]



def test_threat_takes_the_object_of_the_threatened_act(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Hezbollah threatened to shell Haifa if Israel hits Beirut.", "threatened")
    assert [e.entity_text for e in actors] == ["Hezbollah"]
    assert [e.entity_text for e in recips] == ["Haifa"]


def test_coordinated_parties_of_a_joint_act_are_each_others_recipients(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Canada and Costa Rica have agreed to start negotiations.", "agreed")
    assert [e.entity_text for e in actors] == ["Canada", "Costa Rica"]
    assert [e.entity_text for e in recips] == ["Canada", "Costa Rica"]


def test_purpose_infinitive_shares_the_summoned_party(nlp: Any) -> None:
    _, recips = _ents(nlp, "Lithuania had summoned the Russian ambassador to complain about naval activities.",
                      "complain")
    assert [e.entity_text for e in recips] == ["Russian ambassador"]


def _texts(ents: list[Any]) -> list[str]:
    return [e.entity_text for e in ents]


def test_a_thing_given_goes_to_the_party_named_after_to(nlp: Any) -> None:
    # "the government of Brazil" names its party: it is neither an anaphor nor cut before "of Brazil"
    _, recips = _ents(nlp, "The United States returned two paintings to the government of Brazil.", "returned")
    assert _texts(recips) == ["government of Brazil"] and recips[0].code == "BRA"


def test_a_bare_thing_points_to_its_place(nlp: Any) -> None:
    _, recips = _ents(nlp, "Bolivian President Evo Morales declared a state of siege in Pando.", "declared")
    assert _texts(recips) == ["Pando"]
    # a thing tied to a party is the target itself, not the place it lies in
    _, recips = _ents(nlp, "The Taliban attacked an Afghan army base in southern Kandahar province.", "attacked")
    assert _texts(recips) == ["Afghan army base"]


def test_a_thing_naming_no_party_is_no_recipient(nlp: Any) -> None:
    actors, recips = _ents(nlp, "The Kenyan government has lifted a ban.", "lifted")
    assert _texts(actors) == ["Kenyan government"] and recips == []


def test_joint_act_with_a_thing_object_is_mutual(nlp: Any) -> None:
    actors, recips = _ents(nlp, "The US and China have signed an agreement.", "signed")
    assert _texts(actors) == ["US", "China"] and _texts(recips) == ["US", "China"]


def test_meeting_lists_both_sides_as_actors_and_recipients(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Theresa May held talks with Irish premier Leo Varadkar on Monday.", "held")
    assert _texts(actors) == _texts(recips) == ["Theresa May", "Irish premier Leo Varadkar"]
    # a refusal of talks is no meeting
    actors, recips = _ents(nlp, "The Taliban refused direct talks with the Afghan government.", "refused")
    assert _texts(actors) == ["Taliban"] and _texts(recips) == ["Afghan government"]


def test_own_forces_sent_or_withdrawn_point_to_the_place(nlp: Any) -> None:
    _, recips = _ents(nlp, "Sudan is willing to withdraw its troops from Abyei.", "willing")
    assert _texts(recips) == ["Abyei"]
    _, recips = _ents(nlp, "Japan is sending troops to South Sudan.", "sending")
    assert _texts(recips) == ["South Sudan"] and recips[0].code == "SSD"


def test_quantifier_takes_the_party_it_picks_from(nlp: Any) -> None:
    _, recips = _ents(nlp, "Eritrea has expelled some of the U.N. peacekeepers.", "expelled")
    assert _texts(recips) == ["U.N. peacekeepers"] and recips[0].code == "UNO"


def test_object_pronoun_refers_to_the_matrix_object(nlp: Any) -> None:
    _, recips = _ents(nlp, "Netanyahu called Australian Prime Minister Scott Morrison to congratulate him.",
                      "congratulate")
    assert _texts(recips) == ["Australian Prime Minister Scott Morrison"]


def test_demands_name_the_party_asked_to_act(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Russia says Israel must end attacks on Syria.", "end")
    assert _texts(actors) == ["Russia"] and _texts(recips) == ["Israel"]
    _, recips = _ents(nlp, "The PRC on Tuesday demanded that the US cancel plans to sell weapons to Taiwan.",
                      "demanded")
    assert _texts(recips) == ["US"]


def test_passive_without_agent_takes_the_party_of_its_timing_clause(nlp: Any) -> None:
    actors, recips = _ents(nlp, "At least 23 civilians were killed as government forces launched air strikes.",
                           "killed")
    assert _texts(actors) == ["government forces"] and _texts(recips) == ["At least 23 civilians"]


def test_modifier_trigger_and_between(nlp: Any) -> None:
    # the trigger word modifies the event noun that carries the roles
    _, recips = _ents(nlp, "Kuwait launched a mediation effort between India and Pakistan.", "mediation")
    assert _texts(recips) == ["India", "Pakistan"]


def test_coordinated_passive_takes_the_subject_of_its_clause(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Eighteen Italian fishermen, held captive in Libya, have been freed by Libyan "
                                "forces.", "freed")
    assert _texts(actors) == ["Libyan forces"] and _texts(recips) == ["Eighteen Italian fishermen"]


def test_role_span_scoring_counts_conjuncts_of_one_gold_span_once() -> None:
    from newsevents.eval.coding import _score_spans

    gold = [(0, 40)]  # "the Syrian army and its ally Hezbollah"
    pred = [(4, 15), (24, 40)]  # "Syrian army", "its ally Hezbollah"
    assert _score_spans(gold, pred, nested=True) == (1, 0, 0)
    assert _score_spans(gold, pred, nested=False) == (1, 1, 0)
    # a prediction outside every gold span stays a false positive; a gold span is matched once
    assert _score_spans(gold, [(50, 60), (4, 15)], nested=True) == (1, 1, 0)
    assert _score_spans([(0, 10), (20, 30)], [(0, 10)], nested=True) == (1, 0, 1)


def test_entity_span_takes_its_apposition_and_closes_brackets(nlp: Any) -> None:
    _, recips = _ents(nlp, "Police arrested Victoire Ingabire, leader of the FDU-Inkingi party, in Kigali.", "arrested")
    assert _texts(recips) == ["Victoire Ingabire, leader of the FDU-Inkingi party"]
    _, recips = _ents(nlp, "The UN Security Council imposed sanctions on the Central African Republic (CAR).",
                      "imposed")
    assert _texts(recips) == ["Central African Republic (CAR)"] and recips[0].code == "CAF"
