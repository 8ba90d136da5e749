"""ACLED sub-type rules that follow the PLOVER type, mode and parties: sub-types consistent with the type,
territory captured by which side, the sub-type a mode implies, and sub-types kept after a re-typing."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsevents.coding.actors import to_entities
from newsevents.records import Entity
from newsevents.taxonomy import acled_subtypes


# ACLED sub-types that only make sense with certain PLOVER types (others are dropped as inconsistent)
_ACLED_TYPES = {
    "ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests",
                "Strategic developments"},
    "PROTEST": {"Protests", "Riots"},
    "COERCE": {"Strategic developments", "Protests"},
    "MOBILIZE": {"Strategic developments"},
    "COOPERATE": {"Strategic developments"},
    "RETREAT": {"Strategic developments"},
    "AGREE": {"Strategic developments"},
    "CONCEDE": {"Strategic developments"},
    "SUPPORT": {"Strategic developments"},
    "SANCTION": {"Strategic developments"},
}


# training/README.md maps three ACLED sub-types to non-ASSAULT PLOVER types (looting -> COERCE seize, weapons
# seized or defused -> COERCE seize, territory handed over without fighting -> RETREAT withdraw); the type head
# often says ASSAULT for them because the snippets name armed groups, so the type follows the sub-type when the
# snippet's own words agree
_LOOTING = re.compile(r"\b(loot\w*|ransack\w*|plunder\w*|pillag\w*|stole|steal\w*|stolen)\b", re.IGNORECASE)
_BURNING = re.compile(r"\b(burn\w*|torch\w*|set fire|set ablaze|demolish\w*|destroy\w*|blew up|razed)\b",
                      re.IGNORECASE)
_SEIZURE = re.compile(r"\b(seiz\w*|recover\w*|confiscat\w*|found|discover\w*|defus\w*|dismantl\w*|"
                      r"caches?|stockpiles?)\b", re.IGNORECASE)
_NO_FIGHT = re.compile(r"\b(without (a )?(fight|fighting|resistance|a shot being fired|clashes)|pulled out of|"
                       r"abandoned (its|their) (posts?|positions?|bases?)|withdrew from|handed (over )?(the )?town)\b",
                       re.IGNORECASE)
_HARM = re.compile(r"\b(kill\w*|dead|died|injur\w*|wound\w*|shot|shell\w*|clash\w*|fought|attack\w*)\b",
                   re.IGNORECASE)


# retaking a place is a territorial capture in fighting (ASSAULT in the README); "the recaptured town" is not the act
_REGAIN = re.compile(r"(?<!the )(?<!a )\b(regain(ed|s|ing)?|retook|retaken|retakes|recaptur(ed|es|ing)|took back|"
                     r"won back|wrested back)\b", re.IGNORECASE)
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def acled_consistent_type(event: str, acled: str | None, text: str) -> tuple[str, str | None] | None:
    """(type, ACLED sub-type) when an ASSAULT prediction is really looting, a weapons seizure or a handover of
    territory, or a MOBILIZE prediction is a place retaken (the README's ACLED -> PLOVER mapping); None to keep it."""
    if event == "MOBILIZE" and _REGAIN.search(text):
        return "ASSAULT", acled if acled in _TERRITORY else _TERRITORY[0]
    if event != "ASSAULT" or _HARM.search(text):
        return None
    if acled == "Looting/property destruction" and _LOOTING.search(text) and not _BURNING.search(text):
        return "COERCE", acled
    if acled == "Disrupted weapons use" and _SEIZURE.search(text):
        return "COERCE", acled
    if acled == "Non-violent transfer of territory" or _NO_FIGHT.search(text):
        return "RETREAT", "Non-violent transfer of territory"
    return None


# Regains vs overtakes is decided by who captures the place, whatever the verb (training/README.md; ACLED:
# "state forces retake territory" vs "a non-state group takes territory"). Pro-government militias (PRM) are left
# to the classifier: the ACLED codebook counts government affiliates with the state, the reference table does not.
_STATE_SIDE = {"MIL", "COP"}
_NON_STATE_SIDE = {"REB", "UAF", "CRM"}
# the subject lost the place ("the army lost control of X to rebels", "rebels were driven out"): not the captor
_LOST_PLACE = re.compile(r"\b(los[te]s?|losing|fell to|fallen to|ceded?|abandon\w*|withdr[ae]w\w*|retreat\w*|"
                         r"(?:was|were|been|being|are|is) (?:driven|pushed|forced|expelled|ousted|routed|dislodged))\b",
                         re.IGNORECASE)


# verbs (lemmas) whose subject takes or clears the place: "seized X", "pushed X out of Y", "cleared X from Y";
# "retook" is listed as itself because the small spaCy model does not lemmatise it
_CAPTURE_VERBS = {"capture", "recapture", "seize", "take", "retake", "retook", "regain", "overrun", "overtake", "push",
                  "drive", "dislodge", "clear", "expel", "oust", "liberate", "wrest", "storm", "reclaim", "rout",
                  "occupy", "win"}
_CAPTURE_NOUNS = {"capture", "recapture", "seizure", "takeover", "conquest"}
# "a coalition of rebel groups": the group noun says nothing, its members do
_COLLECTIVE = {"coalition", "alliance", "group", "union", "bloc", "band", "mix"}


def _side(actor: Entity) -> str | None:
    """"state" or "non-state" for an armed party, None when its sector does not say."""
    if actor.sector in _STATE_SIDE or (actor.sector == "GOV" and actor.code):
        return "state"
    return "non-state" if actor.sector in _NON_STATE_SIDE else None


def _party_side(head: Token) -> str | None:
    """The side of a party phrase and its conjuncts; None when unknown or both."""
    if head.lemma_.lower() in _COLLECTIVE:
        members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if members:
            head = members[0]
    sides = {_side(e) for e in to_entities([head] + list(head.conjuncts), 0, None)}
    return sides.pop() if len(sides) == 1 else None


def _captor(word: Token) -> Token | None:
    """The party that does the capturing: subject of an active verb (or of the verb it is coordinated with or the
    complement of), agent of a passive one, possessor of a capture noun ("Islamic State's capture of Mosul")."""
    if word.pos_ == "NOUN":
        return next((c for c in word.children if c.dep_ == "poss"), None)
    agent = next((g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    if any(c.dep_ == "nsubjpass" for c in word.children):
        return None
    subj = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subj is None and word.dep_ in ("conj", "xcomp") and word.head.i != word.i:
        return _captor(word.head)
    return subj


def captor_side(doc: Doc) -> str | None:
    """"state" / "non-state" for who captures the place in the sentence; None when unknown or mixed."""
    sides: set[str | None] = set()
    for t in doc:
        lemma = t.lemma_.lower()
        if (t.pos_ == "VERB" and lemma in _CAPTURE_VERBS) or (t.pos_ == "NOUN" and lemma in _CAPTURE_NOUNS):
            who = _captor(t)
            if who is not None:
                sides.add(_party_side(who))
    sides.discard(None)
    return sides.pop() if len(sides) == 1 else None


def territory_side(acled: str, doc: Doc, text: str) -> str:
    """The territory sub-type given by the capturing side; `acled` (the classifier's) when the side is unknown or
    mixed, or the sentence says a party lost the place."""
    if acled not in _TERRITORY or _LOST_PLACE.search(text):
        return acled
    side = captor_side(doc)
    if side is None:
        return acled
    return _TERRITORY[0] if side == "state" else _TERRITORY[1]


_ABDUCTION = "Abduction/forced disappearance"


_STRATEGIC = "Strategic developments"


_TAKING_VERBS = {"hijack", "kidnap", "abduct", "commandeer"}
_CROWD_ACLED = {"Violent demonstration"}
_ARMED_SIDE = {"REB", "MIL", "UAF", "SPY"}
_CROWD_WORDS = re.compile(r"\b(protest\w*|demonstrat\w*|riot\w*|mobs?|crowds?|rall(?:y|ies|ied)|marche[sd]|"
                          r"lynch\w*|vigilante\w*|villagers|residents|youths?)\b", re.IGNORECASE)


# (round C13) ACLED files violence by demonstrators as a violent demonstration (they are no armed group, and
# "excessive force" is the state's against them); the police's crowd-control force against a crowd it disperses
# is filed under the demonstration it meets, not as an attack
_DEMONSTRATORS = re.compile(r"\b(protesters?|demonstrators?|rioters?|marchers?|strikers?)\b", re.IGNORECASE)
_PROTESTERS_FORCE_FROM = {"Armed clash", "Attack", "Excessive force against protesters", "Protest with intervention"}
_DISPERSAL = re.compile(r"\b(dispers\w*|break (up|through)|broke (up|through)|cordons?|barricades?)\b",
                        re.IGNORECASE)
_POLICE_ENTITY = re.compile(r"\b(police\w*|officers?|gendarme\w*|riot squad)\b", re.IGNORECASE)


# (round C13) a coup or an attempt to seize power is no "change to group/activity" (ACLED's sub-type for a group's
# own reorganisation): fought out by mutineers against loyal forces it is an armed clash; told with no force it is
# a strategic development of the "Other" kind
_COUP = re.compile(r"\b(coups?|putsch\w*|mutin\w*|(take|took|taken|seize[ds]?|seizing|grab\w*) power|"
                   r"(removed|ousted|toppled|overthr\w+) (\w+ ){0,4}(from power|government|president))\b",
                   re.IGNORECASE)


def _coup_attempt(event: str, acled: str, text: str) -> str:
    """The sub-type of a coup told as a group's change of activity, else `acled`."""
    if acled != "Change to group/activity" or _COUP.search(text) is None:
        return acled
    if event == "ASSAULT":
        return "Armed clash"
    return "Other" if event == "COERCE" else acled


def _crowd_side(event: str, modes: tuple[str, ...], acled: str, actors: tuple[Entity, ...], text: str) -> str:
    """The demonstration sub-type for force by protesters or by police dispersing a crowd, else `acled`."""
    if event != "ASSAULT" or not actors:
        return acled
    if acled in _PROTESTERS_FORCE_FROM and all(_DEMONSTRATORS.search(a.entity_text) for a in actors):
        return "Violent demonstration"  # "protesters attacked them with clubs and stones"
    if acled in ("Attack", "Armed clash") and "crowd-control" in modes and \
            all(_POLICE_ENTITY.search(a.entity_text) for a in actors) and \
            (_CROWD_WORDS.search(text) or _DISPERSAL.search(text)):
        return "Protest with intervention"  # "Police fired tear gas to disperse them"
    return acled


def acled_by_mode(event: str, modes: tuple[str, ...], acled: str | None, actors: tuple[Entity, ...],
                  text: str, trigger: Token) -> str | None:
    """ACLED sub-types the PLOVER reading settles (round C6): an arrest told as COERCE arrest is ACLED's
    "Arrests" when the head offered another strategic development ("Agreement", "Disrupted weapons use"); an
    abduction (hijack/kidnap/abduct) with no killing or fighting in the sentence ("hijacked the train") is "Abduction/forced
    disappearance"; "Disrupted weapons use" is the state's seizure of arms, so armed groups carrying off weapons
    loot ("Looting/property destruction"); a sentence (SANCTION) is no arrest."""
    if acled is None:
        return None
    kind = acled_subtypes()[acled].event_type if acled in acled_subtypes() else None
    if event == "COERCE" and "arrest" in modes and kind == _STRATEGIC and acled != "Arrests":
        return "Arrests"
    if event == "COERCE" and "arrest" in modes and acled == "Excessive force against protesters":
        return "Arrests"  # (round C9) an arrest is no lethal force; the protest's own event carries the intervention
    if event == "ASSAULT" and "abduct" in modes and acled != _ABDUCTION and not _HARM.search(text) and \
            trigger.lemma_.lower() in _TAKING_VERBS:
        return _ABDUCTION
    if acled == "Disrupted weapons use" and actors and all(a.sector in _NON_STATE_SIDE for a in actors):
        return "Looting/property destruction"
    if event == "ASSAULT" and acled in ("Armed clash", "Attack") and place_captured(trigger):
        # (round C9) "fighters said they had captured a battalion headquarters": a place taken, by the captor's side
        side = captor_side(trigger.doc)
        if side is not None:
            return _TERRITORY[0] if side == "state" else _TERRITORY[1]
    if event == "SANCTION" and acled in _TERRITORY + ("Non-violent transfer of territory",):
        return None  # (round C9) a sanction moves no front line
    if event == "ASSAULT" and acled == "Looting/property destruction" and _KILLED.search(text):
        # (round C9) "set fire to dozens of homes and killed at least 15 people": people killed outrank property
        return "Attack"
    if event == "ASSAULT" and acled == "Armed clash" and "abduct" in modes and not _HARM_DONE.search(text) and \
            any(t.lemma_.lower() in _TAKING_VERBS and t.pos_ == "VERB" for t in trigger.doc):
        # (round C9) "stormed a boarding school and kidnapped 35 students": one armed side taking people
        return _ABDUCTION
    if event == "ASSAULT" and _EXECUTION.match(trigger.text) and kind in ("Protests", "Riots", _STRATEGIC):
        return "Attack"  # (round C9) "hanged two men convicted of killing ... during protests": an execution
    if event == "SANCTION" and acled == "Arrests":
        return None  # a court's sentence punishes people already held: no arrest is made
    if event == "ASSAULT" and acled in _CROWD_ACLED and actors and \
            all(a.sector in _ARMED_SIDE for a in actors) and not _CROWD_WORDS.search(text):
        # (round C7) "The Houthis have attacked more than 100 ships": an armed group's attack with no crowd in the
        # sentence is no demonstration or mob
        return "Attack"
    return _coup_attempt(event, _crowd_side(event, modes, acled, actors, text), text)


# places and installations whose capture is a change of territory (ACLED: a group "takes control of a location")
# (not "storm" or "attack": storming a village kills or burns, it need not hold it)
_TAKE_VERBS = {"capture", "recapture", "seize", "take", "retake", "retook", "overrun", "overtake", "occupy",
               "regain", "reclaim", "conquer"}
_PLACES = {"town", "city", "village", "base", "headquarters", "post", "outpost", "camp", "garrison", "district",
           "territory", "area", "region", "province", "airport", "port", "checkpoint", "hill", "capital", "barracks"}


def place_captured(trigger: Token) -> bool:
    """The trigger is a capture verb whose object is a place or an installation ("captured a battalion
    headquarters", "seized the town"), not people ("captured 12 soldiers")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _TAKE_VERBS:
        return False
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in _PLACES for o in objs)


_EXECUTION = re.compile(r"(hanged|execut)", re.IGNORECASE)
_KILLED = re.compile(r"\b(kill(?:ed|ing|s)?|shot dead|massacred|murdered)\b", re.IGNORECASE)
# harm or fighting beyond the storming itself (an abduction with a fight or deaths keeps the head's reading)
_HARM_DONE = re.compile(r"\b(kill\w*|dead|died|injur\w*|wound\w*|clash\w*|fought|fighting|gunfight|"
                        r"exchanged fire|battle\w*)\b", re.IGNORECASE)


_VIOLENT_ACLED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# (re-coded type, classifier's sub-type) -> sub-type kept by `recode`'s protest rules
_FIXED_ACLED = {("COERCE", "Peaceful protest"): "Protest with intervention",
                ("COERCE", "Protest with intervention"): "Protest with intervention",
                ("PROTEST", "Peaceful protest"): "Peaceful protest",
                ("PROTEST", "Protest with intervention"): "Protest with intervention",
                ("PROTEST", "Other"): "Peaceful protest", ("PROTEST", None): "Peaceful protest"}


def _kept_acled(event: str, acled: str | None) -> str | None:
    """The classifier's ACLED sub-type after a manual re-typing, kept only when its ACLED type fits the new type
    ("the army prepared to resume shelling" is MOBILIZE: no shelling sub-type)."""
    st = acled_subtypes().get(acled) if acled else None
    return acled if st is not None and st.event_type in _ACLED_TYPES.get(event, set()) else None


def _retyped_acled(event: str, acled: str | None) -> str | None:
    """ACLED sub-type after a re-typing by `governing_event`: kept when it still fits; an attack keeps a violent
    sub-type or falls back to the generic "Attack"; verbal reactions have none."""
    if event != "ASSAULT":
        return None
    st = acled_subtypes().get(acled) if acled else None
    return acled if st is not None and st.event_type in _VIOLENT_ACLED else "Attack"
