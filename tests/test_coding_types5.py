"""Types and ACLED sub-types an analyst found wrong (issue 3, round T5): a weapon named in another coordinated
clause does not type this clause's event, a territory takeover or a violent demonstration needs words that say
so, a court ordering payment is a SANCTION, a crowd acting on a meeting protests, and a COERCE with no cue word
is the police's act. Sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.evidence import lacks_evidence

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("sub,text,event,lacks", [
    # a building stormed or a setting named is no change of control
    ("Non-state actor overtakes territory", "Gunmen stormed the Ocean View hotel and opened fire on guests.",
     "ASSAULT", True),
    ("Non-state actor overtakes territory", "The ambush happened near the village of Ramtek.", "ASSAULT", True),
    ("Non-state actor overtakes territory", "Rebels captured the district headquarters after a day of fighting.",
     "ASSAULT", False),
    ("Government regains territory", "The army drove the insurgents out of the market town.", "ASSAULT", False),
    ("Government regains territory", "Shots were fired near the Line of Control, the army said.", "ASSAULT", True),
    # a crowd filling a hall is a protest, not a violent one
    ("Violent demonstration", "Hundreds of students packed the university senate hall.", "PROTEST", True),
    ("Violent demonstration", "Students packed the senate hall and threw chairs at the guards.", "PROTEST", False),
    ("Violent demonstration", "Youths hurled rocks at riot police outside the stadium.", "PROTEST", False),
    ("Peaceful protest", "Hundreds of students packed the university senate hall.", "PROTEST", False),
])
def test_evidence(sub: str, text: str, event: str, lacks: bool) -> None:
    assert lacks_evidence(sub, text, event) is lacks


def test_own_clause(nlp: Any) -> None:
    from newsevents.coding.clauses import own_clause
    doc = nlp("Last month, gunmen killed three farmers near Sopore, and in 2017 a suicide bomber killed 30 soldiers.")
    first, second = [t for t in doc if t.text == "killed"]
    a, b = own_clause(first, [second]), own_clause(second, [first])
    assert a is not None and "suicide" not in a and "farmers" in a
    assert b is not None and "suicide" in b and "farmers" not in b
    # no other event, or no other event in a clause of its own: no scoping
    assert own_clause(first, []) is None
    one = nlp("A suicide bomber blew himself up at a checkpoint, killing 12 people.")
    assert own_clause(_tok(one, "killing"), [_tok(one, "blew")]) is None


@pytest.mark.parametrize("text,trigger,expected", [
    ("Last year, the High Court ordered the former minister to pay damages to the families.", "ordered",
     ("SANCTION", ("convict",))),
    # (session 9 convention: a prison sentence is one SANCTION/convict event; an ordered arrest stays COERCE)
    ("A judge ordered the two officers jailed for ten years.", "ordered", ("SANCTION", ("convict",))),
    ("A judge ordered the arrest of the former minister.", "ordered", ("COERCE", ("arrest",))),
    # an order by someone who is no court, or an order of another kind
    ("The governor ordered the company to pay the workers.", "ordered", None),
    ("The court ordered a new investigation into the killings.", "ordered", None),
])
def test_court_order(nlp: Any, text: str, trigger: str, expected: Any) -> None:
    from newsevents.coding.frames import court_order
    assert court_order(_tok(nlp(text), trigger)) == expected


@pytest.mark.parametrize("text,trigger,verb", [
    ("About fifty activists interrupted a parliamentary committee session on Monday.", "session", "interrupted"),
    ("A crowd of protesters disrupted the council meeting.", "meeting", "disrupted"),
    # the meeting is not acted on by a crowd
    ("The ministers disrupted a planned meeting with the unions.", "meeting", None),
    ("Activists held a meeting in the church hall.", "meeting", None),
])
def test_crowd_disruption(nlp: Any, text: str, trigger: str, verb: str | None) -> None:
    from newsevents.coding.frames import crowd_disruption
    got = crowd_disruption(_tok(nlp(text), trigger))
    assert (got.text if got is not None else None) == verb


# ---------------------------------------------------------------------------------------- with the coder

def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "t5")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Last month, gunmen killed three farmers near Sopore, and in 2017 a suicide bomber killed 30 soldiers in Quetta.",
    "On Monday, bandits killed two traders on the highway, and in 2015 a suicide bomber killed 25 worshippers.",
])
def test_no_sub_type_from_the_other_clause(nlp: Any, coder: Any, text: str) -> None:
    evs = [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]
    first = min(evs, key=lambda e: e.trigger.start)
    assert first.acled_sub_event_type != "Suicide bomb"
    assert "explosives" not in first.mode and "aerial" not in first.mode


@pytest.mark.slow
def test_setting_is_no_territory(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The ambush happened near the village of Ramtek, about 40 kilometers east of the "
                            "provincial capital.")
    assert all(e.acled_sub_event_type not in ("Government regains territory", "Non-state actor overtakes territory")
               for e in evs)


@pytest.mark.slow
@pytest.mark.parametrize("text,recipient", [
    ("Last year, the High Court ordered the former minister to pay damages to the families of the victims.",
     "former minister"),
    ("In 2021, a tribunal ordered the mining company to pay compensation to the displaced villagers.",
     "mining company"),
])
def test_court_ordered_payment(nlp: Any, coder: Any, text: str, recipient: str) -> None:
    ev = _code(nlp, coder, text)[0]
    assert ev.event == "SANCTION" and "convict" in ev.mode
    assert any(a.sector == "JUD" for a in ev.actor) and [r.entity_text for r in ev.recipient] == [recipient]


@pytest.mark.slow
def test_police_act_without_cue_word(nlp: Any, coder: Any) -> None:
    evs = [e for e in _code(nlp, coder, "The governor called a recess after an hour of chanting, and police officers "
                                        "cleared the gallery.") if e.event == "COERCE"]
    assert evs and evs[0].trigger.text == "cleared"
    assert [a.sector for a in evs[0].actor] == ["COP"]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Protesters burned tyres and threw stones at riot police.", "threw", True),
    ("Demonstrators smashed windows at the ministry.", "smashed", True),
    # armed men, or a mob that lynches, attack
    ("Gunmen burned three houses in the village.", "burned", False),
    ("A mob beat a suspected thief to death.", "beat", False),
])
def test_protesters_violence(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.frames import is_protesters_violence
    assert is_protesters_violence(_tok(nlp(text), trigger)) is expected


@pytest.mark.parametrize("text,verb", [
    ("The bombings on Christmas Day 2011 struck St. Theresa's Church in Madalla and a church in Jos.", "struck"),
    ("An air strike hit a school in the north of the province.", "hit"),
    # a disaster, a labour strike, or no victim
    ("The earthquake struck the coastal town on Sunday.", None),
    ("The strike hit production at the port for a third day.", None),
    ("The attack happened at dawn.", None),
])
def test_attack_subject_verb(nlp: Any, text: str, verb: str | None) -> None:
    from newsevents.coding.frames import attack_subject_verb
    got = attack_subject_verb(nlp(text))
    assert (got.text if got is not None else None) == verb


@pytest.mark.parametrize("text,verb", [
    ("Thousands rallied in the capital on Sunday after soldiers shot dead two students at a checkpoint.", "shot"),
    ("Hundreds of farmers marched to parliament after police beat a union leader during a sit-in.", "beat"),
    # no clause hung on "after"/"when", or no victim of its own
    ("Soldiers shot two students at a checkpoint, and thousands rallied in the capital.", None),
    ("Thousands rallied after the rebels attacked.", None),
    ("Volunteers arrived after the cyclone destroyed hundreds of homes.", None),
])
def test_background_attacks(nlp: Any, text: str, verb: str | None) -> None:
    from newsevents.coding.frames import background_attacks
    from newsevents.coding.lexicon import load_lexicon
    got = background_attacks(nlp(text), load_lexicon().trigger_res.get("ASSAULT"))
    assert [t.text for t in got] == ([verb] if verb else [])


@pytest.mark.slow
def test_suicide_bomber_is_no_aircraft(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "A suicide bomber killed 14 worshippers at a mosque in Kano on Friday.")[0]
    assert ev.acled_sub_event_type == "Suicide bomb"
    assert ev.mode[0] == "suicide-attack" and "aerial" not in ev.mode


@pytest.mark.slow
def test_protesters_throwing_stones_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Protesters burned tyres and threw stones at police, who responded with tear gas, "
                            "witnesses said.")
    first = evs[0]
    assert first.event == "PROTEST" and "riot" in first.mode
    assert first.acled_sub_event_type == "Violent demonstration"


@pytest.mark.slow
@pytest.mark.parametrize("text,actor_sector", [
    ("Thousands rallied in the capital on Sunday after soldiers shot dead two students at a checkpoint.", "MIL"),
    ("Hundreds of farmers marched to parliament after police beat a union leader during a sit-in.", "COP"),
])
def test_attack_behind_a_protest(nlp: Any, coder: Any, text: str, actor_sector: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs[0].event == "PROTEST"
    attack = [e for e in evs if e.event == "ASSAULT"]
    assert len(attack) == 1 and [a.sector for a in attack[0].actor] == [actor_sector]
    assert attack[0].acled_sub_event_type == "Attack"


@pytest.mark.slow
def test_dated_bombing_where_classifier_abstains(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The bombings on June 3, 2012, struck St. Mary's Cathedral in Kaduna, Christ Church in "
                            "Zaria and the Royal Palm and Grand Oasis hotels in the capital.")
    assert [e.event for e in evs] == ["ASSAULT"] and "historical" in evs[0].aux
    assert evs[0].trigger.text == "struck"


# ------------------------------------------------------------------ non-events: shows, matches, trade, compounds

@pytest.mark.parametrize("text,trigger,reason", [
    ("The concert in the park drew a crowd of 40,000 people on Friday night.", "crowd", True),
    ("A crowd of fans waited outside the stadium for the team bus.", "crowd", True),
    # a crowd that protests, or supporters gathering
    ("A crowd of protesters gathered outside the parliament.", "crowd", False),
    ("A crowd of supporters of the opposition leader gathered outside the court.", "crowd", False),
])
def test_audience(nlp: Any, text: str, trigger: str, reason: bool) -> None:
    from newsevents.coding.nonevents import audience
    assert (audience(_tok(nlp(text), trigger)) is not None) is reason


@pytest.mark.parametrize("text,trigger,reason", [
    ("Ireland face France in a Six Nations clash in Dublin on Saturday.", "clash", True),
    ("The two sides meet in a Premier League clash at Anfield on Sunday.", "meet", True),
    ("Wales lost the rugby clash with England.", "clash", True),
    # a fight after a match, or a place that shares a word
    ("Rival supporters fought running battles with riot police after the league match.", "battles", False),
    ("Army troops clashed with rebels in the Nations district on Sunday.", "clashed", False),
    ("Football fans clashed with police outside the stadium.", "clashed", False),
])
def test_sports_fixture(nlp: Any, text: str, trigger: str, reason: bool) -> None:
    from newsevents.coding.nonevents import sports_fixture
    assert (sports_fixture(_tok(nlp(text), trigger)) is not None) is reason


@pytest.mark.parametrize("text,trigger,reason", [
    ("The carmaker struck a deal to supply batteries to a Chinese rival.", "struck", True),
    ("The airline signed a contract to buy 30 jets.", "signed", True),
    # a government, a state firm or a named partner
    ("The government signed a contract to buy 30 jets.", "signed", False),
    ("The state oil company signed an agreement with Iran to supply gas to Pakistan.", "signed", False),
    ("The company signed an agreement with the union to end the strike.", "signed", False),
])
def test_commercial_deal(nlp: Any, text: str, trigger: str, reason: bool) -> None:
    from newsevents.coding.nonevents import commercial_deal
    assert (commercial_deal(_tok(nlp(text), trigger)) is not None) is reason


@pytest.mark.parametrize("text,trigger,reason", [
    ("The strike-hit refinery resumed operations on Monday.", "strike", True),
    ("The ride-hailing company Grab offered free rides.", "hailing", True),
    ("Guests at the fund-raising gala included two ministers.", "fund", True),
    # compounds that are nouns name the act
    ("A car-bomb exploded near the base.", "bomb", False),
    ("Rebels launched a counter-attack on the town.", "attack", False),
    ("The cease-fire deal collapsed.", "fire", False),
])
def test_hyphen_fragment(nlp: Any, text: str, trigger: str, reason: bool) -> None:
    from newsevents.coding.nonevents import hyphen_fragment
    assert (hyphen_fragment(_tok(nlp(text), trigger)) is not None) is reason


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The concert in the park drew a crowd of 40,000 people on Friday night.",
    "Ireland face France in a Six Nations clash in Dublin on Saturday.",
    "The two sides meet in a Premier League clash at Anfield on Sunday.",
    "The carmaker struck a deal to supply batteries to a Chinese rival.",
    "The strike-hit refinery resumed operations on Monday.",
])
def test_no_event_coded(nlp: Any, coder: Any, text: str) -> None:
    assert _code(nlp, coder, text) == []


@pytest.mark.slow
def test_struck_a_deal_is_agreement(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The government struck a deal to buy 50 fighter jets from France.")
    assert [e.event for e in evs] == ["AGREE"] and evs[0].acled_sub_event_type is None


@pytest.mark.parametrize("text,trigger,verb", [
    ("Dozens of protesters disrupted a town council meeting in Leeds.", "protesters", "disrupted"),
    ("Demonstrators chained themselves to the gates of the ministry.", "Demonstrators", "chained"),
    # a reporting or planning verb is not the protest; a protester who is not the subject stays
    ("Protesters said they would return on Friday.", "Protesters", "Protesters"),
    ("Police arrested 12 protesters outside the ministry.", "protesters", "protesters"),
])
def test_crowd_act(nlp: Any, text: str, trigger: str, verb: str) -> None:
    from newsevents.coding.frames import crowd_act
    assert crowd_act(_tok(nlp(text), trigger)).text == verb


@pytest.mark.slow
def test_crowd_disrupting_a_meeting_protests(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Dozens of protesters disrupted a town council meeting in Leeds on Wednesday evening.")
    assert [e.event for e in evs] == ["PROTEST"] and evs[0].trigger.text == "disrupted"
    assert [a.entity_text for a in evs[0].actor] == ["protesters"]
