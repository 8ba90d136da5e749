"""Non-event readings of cue words (coding/nonevents.py, issue 3: non-events stay non-events).

Contrast sentences written for these tests: for each family, sentences where the cue word is no event (the rule
gives a reason) next to sentences where the same word is a real event (the rule keeps it). The first cases of
several families are the spurious events a whole-story review found (V4, 12 stories)."""
from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

# (text, trigger word, PLOVER type the coder gave or would give, is a non-event)
# a cue word inside a proper name (other types than material conflict)
NAME = [
    ("The United Kingdom Maritime Trade Operations agency said a vessel reported "
     "an explosion off Aden.", "Operations", "COOPERATE", True),
    ("Fighters of the Rapid Support Forces entered the outskirts of El Obeid on "
     "Sunday, residents said.", "Support", "SUPPORT", True),
    ("Amnesty International said the detainees had no access to lawyers.", "Amnesty", "CONCEDE", True),
    ("The Federal Bureau of Investigation said the suspect had acted alone.", "Investigation", "ACCUSE", True),
    ("A commander of the Free Syrian Army said his men were short of ammunition.", "Free", "RETREAT", True),
    ("The navies of Britain and Oman began a joint operation to escort tankers "
     "through the strait.", "operation", "COOPERATE", False),
    ("Western governments pledged support for the transitional council on Monday.", "support", "SUPPORT", False),
    ("The president granted an amnesty to 300 political prisoners on Independence Day.", "amnesty", "CONCEDE", False),
    ("Police opened an investigation into the killing of the journalist.", "investigation", "ACCUSE", False),
    ("Rebels freed 12 hostages after talks with tribal elders.", "freed", "RETREAT", False),
]
# media, statements, reports and figures released or shared
MEDIA = [
    ("The group released a video on Sunday showing the kidnapped crew.", "released", "RETREAT", True),
    ("The health ministry released figures showing 40 people had died of cholera.", "released", "RETREAT", True),
    ("The names of the dead were not released.", "released", "RETREAT", True),
    ("In a press release, the army said two soldiers died in the accident.", "release", "RETREAT", True),
    ("The opposition leader shared a video of the rally on social media.", "shared", "COOPERATE", True),
    ("The rebels released 20 prisoners on Sunday as part of the truce.", "released", "RETREAT", False),
    ("The journalist was released after three weeks in detention.", "released", "RETREAT", False),
    ("Kidnappers released the crew of the tanker after a ransom was paid.", "released", "RETREAT", False),
    ("The two countries agreed to share intelligence on militant groups.", "share", "COOPERATE", False),
    ("Authorities released the two activists on bail.", "released", "RETREAT", False),
]
# give/help/provide/serve idioms
GIVE = [
    ("It did not give a toll for its own losses.", "give", "AID", True),
    ("The ministry gave no details of the incident.", "gave", "AID", True),
    ("They also helped bring the former defence minister to power later that year.", "helped", "AID", True),
    ("The drought helped fuel the unrest in the north.", "helped", "AID", True),
    ("Police did not provide a breakdown of the figures.", "provide", "AID", True),
    ("He served as interior minister from 2015 to 2019.", "served", "AID", True),
    ("The World Food Programme gave food aid to 20,000 displaced families.", "gave", "AID", False),
    ("Japan gave $10 million to the relief effort.", "gave", "AID", False),
    ("Volunteers helped flood victims reach higher ground.", "helped", "AID", False),
    ("The Red Cross provided blankets and tents to the refugees.", "provided", "AID", False),
    ("Neighbouring countries helped evacuate foreign nationals from the capital.", "helped", "AID", False),
    ("Soldiers served meals to 5,000 displaced people in the camp.", "served", "AID", False),
    ("The mayor received an award for her work with refugees.", "received", "AID", True),
    ("The United States is providing satellite images to the Ukrainian army.", "providing", "AID", False),
    ("The army gave residents a warning to leave before the strike.", "gave", "THREATEN", False),
]
# procedural police and court language
PROCEDURE = [
    ("Deputies were called to the station shortly after 10 p.m. and found two men dead.", "called", "COERCE", True),
    ("A neighbour called police after hearing shots.", "called", "COERCE", True),
    ("The names of the victims were withheld until their families could be notified.", "withheld", "SANCTION", True),
    ("The judge suspended the hearing until next month.", "suspended", "SANCTION", True),
    ("Work at the site had been suspended for the day.", "suspended", "SANCTION", True),
    ("The army called up 50,000 reservists after the border clashes.", "called", "MOBILIZE", False),
    ("The governor called in the National Guard to restore order.", "called", "MOBILIZE", False),
    ("The United States withheld $95 million in military aid to Egypt.", "withheld", "SANCTION", False),
    ("The European Union suspended budget support to Niger after the coup.", "suspended", "SANCTION", False),
    ("The government suspended the licence of the opposition newspaper.", "suspended", "SANCTION", False),
    ("The bodies were handed over to the families after a post-mortem examination.", "handed", "RETREAT", True),
    ("The case has been handed over to the state's criminal investigation department.", "handed", "RETREAT", True),
    ("The injured were sent to the district hospital for treatment.", "sent", "COERCE", True),
    ("An FIR was lodged at the local police station.", "lodged", "ASSAULT", True),
    ("Police have registered a case and started an investigation.", "registered", "COERCE", True),
    ("The court granted bail to the three accused.", "accused", "ACCUSE", True),
    ("The rebels handed over their weapons to the peacekeepers.", "handed", "RETREAT", False),
    ("In a memorandum handed over to the envoy, the rebels said they would accept a truce.", "handed", "AGREE", False),
    ("In a memorandum handed over to the envoy, the rebels said they would accept a truce.", "handed", "RETREAT", True),
    ("The kidnappers handed over the two engineers to tribal elders.", "handed", "RETREAT", False),
    ("The army sent 500 troops to the border town.", "sent", "MOBILIZE", False),
    ("The opposition lodged a complaint against the minister with the election commission.", "lodged", "ACCUSE", False),
    ("Police arrested two men and registered a case against them.", "arrested", "COERCE", False),
    ("Rights groups accused the army of torturing detainees.", "accused", "ACCUSE", False),
    ("The minister was accused of taking bribes.", "accused", "ACCUSE", False),
]
# an occurrence verb standing in for its subject
OCCURRENCE = [
    ("The attack happened at about 7 a.m. as officers were changing shifts.", "happened", "COERCE", True),
    ("The explosion occurred near the main gate of the base.", "occurred", "ASSAULT", True),
    ("The raid took place before dawn on Tuesday.", "took", "COERCE", True),
    ("The clashes unfolded over several hours in the old city.", "unfolded", "ASSAULT", True),
    ("The attack happened at about 7 a.m. as officers were changing shifts.", "attack", "ASSAULT", False),
    ("The explosion occurred near the main gate of the base.", "explosion", "ASSAULT", False),
    ("Militants took control of the town on Tuesday.", "took", "ASSAULT", False),
    ("Thousands of people took to the streets of the capital.", "took", "PROTEST", False),
]
# habitual, generic and trend descriptions
GENERIC = [
    ("Islamabad says TTP fighters operate from sanctuaries across the border in "
     "Afghanistan.", "fighters", "ASSAULT", True),
    ("Attacks on security forces have risen sharply since the ceasefire ended.", "Attacks", "ASSAULT", True),
    ("Knife crime is a growing problem in the capital, the mayor said.", "crime", "ASSAULT", True),
    ("Kidnappings for ransom are common in the region.", "Kidnappings", "ASSAULT", True),
    ("Clashes are under way in the north of the city.", "Clashes", "ASSAULT", False),
    ("The attack is the deadliest in the capital since March.", "attack", "ASSAULT", False),
    # an aggregate over a period stays an event (CAMEO-coded news codes "a series of attacks" as material conflict)
    ("Kashmir has seen a series of attacks on soldiers and civilians this year.", "attacks", "ASSAULT", False),
    ("The region has become a hub of jihadist violence, with attacks spreading "
     "south toward the coast.", "attacks", "ASSAULT", True),
    ("Kidnappings have increased in the state over the past decade.", "Kidnappings", "ASSAULT", True),
    ("TTP fighters attacked a police post in Bannu on Tuesday.", "attacked", "ASSAULT", False),
    ("The death toll from the attack rose to 21 on Sunday.", "death", "ASSAULT", False),
    ("Protests spread to ten cities on Monday.", "Protests", "PROTEST", False),
    ("Gunmen killed 12 villagers in an attack on a market, and the attack drew "
     "wide condemnation.", "killed", "ASSAULT", False),
    ("Mobs went on a rampage in an area which has never witnessed violence of "
     "this nature.", "rampage", "ASSAULT", False),
    ("Islamabad says TTP fighters operate from sanctuaries across the border in "
     "Afghanistan.", "operate", "COERCE", True),
    ("The militants are believed to operate from camps in the forest.", "militants", "ASSAULT", True),
    ("The militants are believed to have attacked the convoy.", "attacked", "ASSAULT", False),
    ("Special forces operated in the valley on Tuesday, killing two militants.", "operated", "ASSAULT", False),
]
# a deployment cue used as a plain place
PLACE = [
    ("The explosion occurred near the main gate of the base.", "base", "MOBILIZE", True),
    ("Deputies were called to the Marathon station on State Route 39.", "station", "MOBILIZE", True),
    ("Protesters gathered outside the army headquarters in the capital.", "headquarters", "MOBILIZE", True),
    ("A fire broke out at the police station on Friday.", "station", "MOBILIZE", True),
    ("The army opened a new base in the north of the country.", "base", "MOBILIZE", False),
    ("Russia stationed troops and aircraft in Belarus.", "stationed", "MOBILIZE", False),
    ("The rebels moved their headquarters to the mountains.", "headquarters", "MOBILIZE", False),
    ("The United States will base 2,000 more troops in Poland.", "base", "MOBILIZE", False),
    ("The militia turned a school in the town into its headquarters.", "headquarters", "MOBILIZE", False),
    ("The army seized two pumping stations on the pipeline.", "stations", "MOBILIZE", False),
]
# a party named by its relation
RELATION = [
    ("The junta has turned away from France and its Western partners.", "partners", "COOPERATE", True),
    ("Supporters of the president gathered outside the court.", "Supporters", "SUPPORT", True),
    ("The government and its allies lost ground in the south.", "allies", "COOPERATE", True),
    ("Donors of the ruling party were questioned by investigators.", "Donors", "AID", True),
    ("France partnered with Mali to train the country's special forces.", "partnered", "COOPERATE", False),
    ("The senator voiced support for the striking workers.", "support", "SUPPORT", False),
    ("Donors pledged $2 billion for reconstruction at a conference in Cairo.", "pledged", "AGREE", False),
    ("Iranian and European negotiators gathered in Vienna for talks on the "
     "nuclear deal.", "negotiators", "CONSULT", False),
]

_ALL = NAME + MEDIA + GIVE + PROCEDURE + OCCURRENCE + GENERIC + PLACE + RELATION


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,event,non_event", _ALL)
def test_non_event_reason(nlp: Any, text: str, word: str, event: str, non_event: bool) -> None:
    from newsevents.coding.nonevents import non_event_reason
    with nlp.select_pipes(disable=["ner"]):  # the default pipeline parses without named entities
        doc = nlp(text)
    reason = non_event_reason(event, _tok(doc, word), doc, text)
    assert (reason is not None) is non_event, reason


def test_families_are_balanced() -> None:
    """Each family has at least four non-events and four real events with the same words."""
    for fam in (NAME, MEDIA, GIVE, PROCEDURE, OCCURRENCE, GENERIC, PLACE, RELATION):
        assert sum(c[3] for c in fam) >= 4 and sum(not c[3] for c in fam) >= 4


@pytest.mark.parametrize("text,word,event", [
    ("Government soldiers drove fighters of the Sudan People's Liberation Movement out of the town.", "Liberation",
     "ASSAULT"),
    ("Fighters of the Rapid Support Forces entered the outskirts of the city on Sunday.", "Forces", "MOBILIZE"),
])
def test_names_do_not_silence_material_conflict(nlp: Any, text: str, word: str, event: str) -> None:
    """Violence and movements of forces are read from the whole sentence: an attack whose only cue word sits in
    the name of a party is still an attack."""
    from newsevents.coding.nonevents import in_proper_name, non_event_reason
    doc = nlp(text)
    assert in_proper_name(_tok(doc, word)) is not None
    assert non_event_reason(event, _tok(doc, word), doc, text) is None


def test_fallback_trigger_keeps_the_classifier_type(nlp: Any) -> None:
    """A word that is no cue of the event's type (the coder fell back on it) says nothing about that type."""
    from newsevents.coding.nonevents import non_event_reason
    text = "The group released a video on Sunday showing the kidnapped crew."
    doc = nlp(text)
    assert non_event_reason("RETREAT", _tok(doc, "released"), doc, text) is not None
    assert non_event_reason("THREATEN", _tok(doc, "released"), doc, text) is None


def test_headline_capitals_mark_no_name(nlp: Any) -> None:
    from newsevents.coding.nonevents import in_proper_name
    assert in_proper_name(_tok(nlp("U.S. Lifts Travel Ban to Lebanon."), "Lifts")) is None
    assert in_proper_name(_tok(nlp("The Rapid Support Forces said on Monday that it had left the city."),
                               "Support")) is not None


def test_give_idiom_keeps_verbal_conflict(nlp: Any) -> None:
    """ "gave evidence against the minister" may be the accusation itself: the give idioms leave ACCUSE alone."""
    from newsevents.coding.nonevents import non_event_reason
    text = "The former aide gave evidence against the minister at the inquiry."
    doc = nlp(text)
    assert non_event_reason("ACCUSE", _tok(doc, "gave"), doc, text) is None
    assert non_event_reason("AID", _tok(doc, "gave"), doc, text) is not None



@pytest.mark.parametrize(("text", "non_event"), [
    ("Since March, fuel prices have doubled in the capital.", True),
    ("Fuel prices have doubled since March 2024.", True),
    ("The talks stalled in early March.", True),
    ("The March 3 vote was postponed.", True),
    ("Thousands joined the March for Our Lives in Washington.", False),
])
def test_the_month_march_is_no_protest(nlp: Any, text: str, non_event: bool) -> None:
    from newsevents.coding.nonevents import non_event_reason
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    assert (non_event_reason("PROTEST", _tok(doc, "March"), doc, text) is not None) is non_event


def test_a_march_stays_a_protest(nlp: Any) -> None:
    from newsevents.coding.nonevents import non_event_reason
    text = "Thousands of people marched through the capital in March to demand fair wages."
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    assert non_event_reason("PROTEST", _tok(doc, "marched"), doc, text) is None


@pytest.mark.parametrize(("text", "non_event"), [
    ("Aid agencies warned that famine could spread across Darfur.", True),
    ("The UN warned of cholera in the crowded camps.", True),
    ("Health officials warned that the outbreak could reach the capital.", True),
    # a warning that a party will act is a threat
    ("Israel warned that it would strike Iran if attacked.", False),
    ("Iran warned that any attack would be met with force.", False),
])
def test_a_warning_of_a_danger_is_no_threat(nlp: Any, text: str, non_event: bool) -> None:
    from newsevents.coding.nonevents import non_event_reason
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    assert (non_event_reason("THREATEN", _tok(doc, "warned"), doc, text) is not None) is non_event
