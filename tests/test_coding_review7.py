"""Coder and actor errors left by the sixth story reviews (round C7): harm to "anyone" that did not happen,
warnings ignored, likenesses ("mirrors fights elsewhere"), craft routed or sailing back, an armed group's attack
read as a riot, the attack of a first clause when the event was read from the second, datelines as parties,
namesake towns ("Paris, Texas"), the far side of a border, the place a statement came from, a second gathering
of protesters, and groups named by their community. Sentences written for these tests; each rule has a guard
for what must not change."""
from __future__ import annotations

from typing import Any

import pytest


from coding_parts import code_in_story, code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c7", ner=False)


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in _code(nlp, coder, text)]


# --- non-events ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,event", [
    ("On Sunday evening, a mob damaged a small temple near the bus station, but officers dispersed it before "
     "anyone was hurt, the district chief said.", "ASSAULT"),
    ("The council ignored warnings that the dam was weak.", "THREATEN"),
    ("The dispute mirrors fights in other cities.", "ASSAULT"),
    ("The strikes have forced many freight companies to send their ships around the Cape of Good Hope instead of "
     "through the Suez Canal.", "AID"),
    ("Officials said one of the fishing boats was damaged and had to return to General Santos.", "AGREE"),
])
def test_non_events(nlp: Any, coder: Any, text: str, event: str) -> None:
    assert event not in _types(nlp, coder, text)


@pytest.mark.parametrize("text,event", [  # guard
    ("The rebels warned that they would attack the town.", "THREATEN"),
    ("Gunmen stormed the village and killed 12 people before anyone could flee.", "ASSAULT"),
])
def test_non_events_guard(nlp: Any, coder: Any, text: str, event: str) -> None:
    assert event in _types(nlp, coder, text)


def test_no_one_hurt_stays_negated(nlp: Any, coder: Any) -> None:  # guard
    evs = [e for e in _code(nlp, coder, "No one was seriously hurt in the blast.") if e.event == "ASSAULT"]
    assert evs and "negation" in evs[0].aux


# --- an armed group's attack is no riot ----------------------------------------------------------------

def test_armed_group_attack_is_no_riot(nlp: Any, coder: Any) -> None:
    text = ("The Houthis have attacked more than 80 tankers since 2024, saying they act in support of Palestinians "
            "in Gaza.")
    ev = next(e for e in _code(nlp, coder, text) if e.event == "ASSAULT")
    assert ev.acled_sub_event_type not in ("Violent demonstration", "Mob violence")
    assert "riot" not in ev.mode


def test_rioters_stay_a_riot(nlp: Any, coder: Any) -> None:  # guard
    text = "Rioters attacked police with stones and set fire to cars in the city centre."
    evs = _code(nlp, coder, text)
    assert evs and evs[0].acled_sub_event_type in ("Violent demonstration", "Mob violence")


# --- the first clause's attack; datelines and namesake towns ----------------------------------------------

_LONDON = ("LONDON, Ky. (AP) — A 19-year-old woman was shot and wounded late Friday at a liquor store on the south "
           "side of London, and Laurel County sheriff's deputies were searching Saturday for a suspect who fled in a "
           "van, officials said.")
_TYLER = ("TYLER, Texas (AP) — A 29-year-old man was shot and wounded late Sunday at a gas station on the east side of "
          "Tyler, and Smith County sheriff's deputies were searching Monday for a suspect who fled in a white sedan, "
          "officials said.")


def test_first_clause_attack_is_coded(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "A 52-year-old man was shot and wounded late Monday at a convenience store on the north "
                "side of town, and sheriff's deputies were searching Tuesday for a suspect who fled in a pickup "
                "truck, officials said.")
    assert [e.event for e in evs] == ["ASSAULT", "COERCE"]
    assert evs[0].trigger.text == "shot"


def test_dateline_is_no_party(nlp: Any, coder: Any) -> None:
    shot = [e for e in _code(nlp, coder, _TYLER) if e.event == "ASSAULT"]
    assert shot and {r.entity_text for r in shot[0].recipient} == {"29-year-old man"}


def test_namesake_town_is_no_capital(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, _LONDON)
    assert evs and all(p.code != "GBR" for e in evs for p in e.actor + e.recipient)


def test_namesake_town_gives_no_country(nlp: Any) -> None:
    from newsevents.coding.actors import article_country_focus, namesakes, sentence_country
    text = "PARIS, Texas (AP) — Police in Paris arrested two men on Sunday after a fight at a bar."
    assert namesakes(text) == {"paris"}
    with nlp.select_pipes(disable=["ner"]):
        assert sentence_country(nlp(text)) is None
    assert article_country_focus(text) == "USA"


def test_namesake_of_georgia_stays(nlp: Any) -> None:
    from newsevents.coding.actors import namesakes
    assert namesakes("TBILISI, Georgia (AP) — Police in Tbilisi detained 20 protesters.") == frozenset()


def test_capital_of_a_country_keeps_it(nlp: Any) -> None:  # guard
    from newsevents.coding.actors import article_country_focus
    assert article_country_focus("PARIS (AP) — French police arrested two men in Paris, France.") == "FRA"


# --- the far side of a border; the place a statement came from -----------------------------------------

def test_border_neighbour_is_no_party_country(nlp: Any) -> None:
    from newsevents.coding.actors import article_country_focus, sentence_country
    text = "In Rafah, near the Egyptian border, an airstrike destroyed a house, killing nine people."
    with nlp.select_pipes(disable=["ner"]):
        assert sentence_country(nlp(text)) != "EGY"
    assert article_country_focus(text) != "EGY"


def test_border_guards_are_a_party(nlp: Any) -> None:  # guard
    from newsevents.coding.actors import article_country_focus
    assert article_country_focus("Egyptian border guards shot two smugglers near Rafah.") == "EGY"


def test_statement_place_is_no_recipient(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The president condemned the bombing in a statement from Nairobi.")
    assert evs and evs[0].event == "ACCUSE"
    assert "Nairobi" not in {r.entity_text for r in evs[0].recipient}


def test_condemned_attack_keeps_its_target(nlp: Any, coder: Any) -> None:  # guard
    evs = _code(nlp, coder, "The minister condemned the attack on the embassy in Kabul.")
    assert evs and "embassy" in {r.entity_text for r in evs[0].recipient}


# --- a second gathering; groups named by their community ------------------------------------------------

def test_second_gathering_of_protesters(nlp: Any, coder: Any) -> None:
    text = "Students marched in Accra, and in Kumasi protesters gathered outside the governor's office."
    evs = [e for e in _code(nlp, coder, text) if e.event == "PROTEST"]
    assert [e.trigger.text for e in evs] == ["marched", "gathered"]
    assert [a.entity_text for a in evs[1].actor] == ["protesters"]


def test_people_gathering_is_no_protest(nlp: Any, coder: Any) -> None:  # guard
    text = "Students marched in Accra, and in Kumasi families gathered for a wedding."
    assert [e.trigger.text for e in _code(nlp, coder, text) if e.event == "PROTEST"] == ["marched"]


def test_groups_from_communities_are_civilians(nlp: Any, coder: Any) -> None:
    text = "Groups from both communities then pelted each other with stones and set fire to a dozen shops."
    evs = _code(nlp, coder, text)
    assert evs and evs[0].actor and evs[0].actor[0].sector == "CVL"


def test_armed_groups_stay_armed(nlp: Any, coder: Any) -> None:  # guard
    text = "Armed groups from both communities attacked a police post with rifles."
    evs = _code(nlp, coder, text)
    assert evs and evs[0].actor and evs[0].actor[0].sector == "REB"


def test_namesake_dateline_sets_the_story_country() -> None:
    from newsevents.coding.actors import article_country_focus
    text = ("LONDON, Ont. (AP) — Police arrested three men after a brawl downtown. The city shares its name with the "
            "British capital, and British visitors often come to see it.")
    assert article_country_focus(text) == "CAN"


def test_plain_dateline_keeps_the_mentions() -> None:  # guard
    from newsevents.coding.actors import article_country_focus
    assert article_country_focus("SPRINGFIELD, Ore. (AP) — Two French tourists were robbed.") == "FRA"


# --- the state's forces in a disaster story rescue -------------------------------------------------------

def _code_in(nlp: Any, coder: Any, story: str, sent: str) -> list[Any]:
    return code_in_story(nlp, coder, story, sent, "c7")


_FLOOD = ("Floods killed 20 people in the valley on Monday, and the army deployed troops to rescue villagers. "
          "The army said it had sent troops, boats and two helicopters to the flooded valley. "
          "The provincial government declared an emergency in three districts.")


@pytest.mark.parametrize("sent,event", [
    ("The army said it had sent troops, boats and two helicopters to the flooded valley.", "MOBILIZE"),
    ("The provincial government declared an emergency in three districts.", "COERCE"),
])
def test_disaster_story_forces_rescue(nlp: Any, coder: Any, sent: str, event: str) -> None:
    assert event not in [e.event for e in _code_in(nlp, coder, _FLOOD, sent)]


def test_forces_sent_after_an_attack_mobilise(nlp: Any, coder: Any) -> None:  # guard
    story = ("Floods cut the road on Monday. The army sent troops and helicopters to the valley after rebels "
             "attacked a village.")
    sent = "The army sent troops and helicopters to the valley after rebels attacked a village."
    assert "MOBILIZE" in [e.event for e in _code_in(nlp, coder, story, sent)]


# --- a crowd rallying with a demand; no time as a party -------------------------------------------------

def test_crowd_rally_is_read_where_the_classifier_abstains(nlp: Any) -> None:
    from newsevents.coding.frames import crowd_rally
    doc = nlp("In Ottawa, several hundred people rallied outside Parliament on Friday evening to call on lawmakers "
              "to pass a bill on housing.")
    rally = crowd_rally(doc)
    assert rally is not None and rally.text == "rallied"


@pytest.mark.parametrize("text", [  # guard
    "Thousands of fans rallied in the square to celebrate the win.",
    "Several hundred people rallied outside Parliament on Friday.",
    "Police officers rallied outside the station to demand better pay.",
])
def test_crowd_rally_needs_a_crowd_a_place_and_a_demand(nlp: Any, text: str) -> None:
    from newsevents.coding.frames import crowd_rally
    assert crowd_rally(nlp(text)) is None


def test_time_is_no_recipient(nlp: Any, coder: Any) -> None:
    text = ("In Washington, several hundred people rallied outside the White House on Saturday afternoon to call on "
            "Congress to pass a bill on gun safety.")
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "PROTEST"
    assert "Saturday afternoon" not in {r.entity_text for r in evs[0].recipient}
