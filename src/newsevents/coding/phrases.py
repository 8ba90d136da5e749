"""Verb phrases that fix an event's type whatever the bare verb suggests (found in whole-story review 6):
prison terms, terrorist designations, receptions of visitors, talks held, charges and arson; round C9 (whole-story
review 7): talks suspended, a council text blocked, forces deployed."""
from __future__ import annotations

from spacy.tokens import Token

_TERM_UNITS = {"year", "month", "week", "day"}
_TERM_NOUNS = {"sentence", "term", "life"}
_TERM_VERBS = {"receive", "get", "give", "hand"}  # not "serve": serving a term is a state
_DESIGNATE_VERBS = {"designate", "list", "blacklist", "proscribe"}
_DESIGNATED_AS = {"organization", "organisation", "group", "entity", "sponsor", "network"}
_COOPERATIVE = {"SUPPORT", "COOPERATE", "CONSULT", "AID"}
_VISITORS = {"delegation", "minister", "president", "envoy", "visitor", "guest", "leader", "counterpart",
             "premier", "chancellor", "king", "queen", "prince", "emir", "secretary", "ambassador"}
_TALK_NOUNS = {"talk", "talks", "meeting", "consultation", "discussion", "negotiation"}
_TALK_HOLDERS = {"hold", "have", "conduct"}
# (round C9) talks halted are CAMEO 164 "Halt negotiations" (SANCTION withdraw in the CAMEO->PLOVER table), not a
# concession; a council text or bill blocked is a veto (REJECT), no road blockade; forces deployed are MOBILIZE
_HALT_VERBS = {"suspend", "halt", "freeze", "break", "abandon", "end", "pause"}
_NEGOTIATIONS = {"talk", "talks", "negotiation", "dialogue", "mediation", "contact", "peace"}
_BLOCK_VERBS = {"block", "veto"}
_TEXTS = {"resolution", "text", "draft", "bill", "motion", "proposal", "measure", "nomination", "law",
          "legislation", "statement", "amendment"}
_DIRECT_RULE = {"direct", "federal", "president", "presidential", "emergency", "central", "military", "martial"}
_DEPLOY_VERBS = {"deploy", "redeploy", "station", "dispatch"}
_POLICE_WORDS = {"police", "policeman", "policemen", "officer", "gendarme", "paramilitary", "constable"}
_CRIME_NOUNS = {"murder", "killing", "manslaughter", "treason", "terrorism", "corruption", "fraud", "rape", "assault",
                "sedition", "offence", "offense", "crime", "theft", "robbery", "kidnapping", "incitement", "espionage",
                "genocide", "homicide", "embezzlement", "abuse", "torture", "bribery", "extortion"}


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, and its passive subject ("was given 10 years": years is still an object)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "oprd", "attr")]


def _is_term(tok: Token) -> bool:
    """ "14 years", "a five-year sentence", "life": a prison term."""
    lem = tok.lemma_.lower()
    return (lem in _TERM_UNITS and any(c.dep_ == "nummod" for c in tok.children)) or lem in _TERM_NOUNS


def _with_objects(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
            if p.dep_ == "pobj"]


def phrase_type(event: str, trigger: Token) -> tuple[str, tuple[str, ...]] | None:
    """A type the verb's phrase fixes whatever the bare verb suggests: "received/was given 14 years" is a
    sentence (SANCTION), "designated the group a terrorist organisation" a sanction, "was received at the airport by the minister" hosting a visit (CONSULT), "held talks"/"discussed" in the
    simple past are talks that took place (CONSULT, not AGREE), "were charged with murder" a legal accusation
    (ACCUSE) and "set on fire" an act of destruction (ASSAULT destroy; a crowd's arson stays a riot). None keeps
    the classifier's type."""
    if trigger.pos_ != "VERB":
        return None
    lem = trigger.lemma_.lower()
    objs = _objects(trigger)
    if lem in _TERM_VERBS and event != "SANCTION" and any(_is_term(o) for o in objs):
        return "SANCTION", ("convict",)
    if lem in _DESIGNATE_VERBS and event != "SANCTION":
        named = objs + [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as"
                        for p in c.children if p.dep_ == "pobj"]
        if any(o.lemma_.lower() in _DESIGNATED_AS and any(m.lower_ == "terrorist" for m in o.children)
               or o.lower_ == "terrorists" for o in named):
            return "SANCTION", ()
    if lem == "receive" and event in _COOPERATIVE | {"AGREE"}:
        guests = [c for c in trigger.children if c.dep_ in ("nsubjpass",)] if \
            any(c.dep_ == "auxpass" for c in trigger.children) else objs
        if not guests and trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children):
            # "Takaichi arrived ... and was received at the airport": the subject of the verb it is joined to
            guests = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if guests and all((g.pos_ == "PROPN" and g.text[:1].isupper()) or g.lemma_.lower() in _VISITORS
                          for g in guests):
            return "CONSULT", ("visit",)
    past = trigger.tag_ == "VBD" and not any(c.dep_ == "aux" for c in trigger.children)
    if event == "AGREE" and past and (lem == "discuss" or (lem in _TALK_HOLDERS and any(
            o.lemma_.lower() in _TALK_NOUNS or o.lower_ in _TALK_NOUNS for o in objs))):
        return "CONSULT", ()
    if lem in ("charge", "indict") and event in ("ASSAULT", "COERCE") and \
            any(o.lemma_.lower() in _CRIME_NOUNS for o in _with_objects(trigger)):
        return "ACCUSE", ("allege",)
    if event in ("CONCEDE", "RETREAT", "REJECT", "COERCE") and lem in _HALT_VERBS and \
            any(o.lemma_.lower() in _NEGOTIATIONS or o.lower_ in _NEGOTIATIONS for o in _objects(trigger)):
        return "SANCTION", ("withdraw",)  # "suspended peace talks with the ELN"
    if event != "REJECT" and lem in _BLOCK_VERBS and any(o.lemma_.lower() in _TEXTS for o in _objects(trigger)):
        return "REJECT", ()  # "Russia had blocked a council text on Sudan"
    if event not in ("COERCE", "SANCTION") and lem == "impose" and any(
            o.lemma_.lower() == "rule" and any(m.lower_ in _DIRECT_RULE for m in o.children) for o in objs):
        return "COERCE", ("restrict",)  # "imposed federal rule on the state": direct rule, a restriction
    if event == "ASSAULT" and lem in _DEPLOY_VERBS:
        # "companies of the Central Reserve Police Force had been deployed": a deployment, no attack
        who = [t for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree]
        return "MOBILIZE", ("police",) if any(t.lemma_.lower() in _POLICE_WORDS or t.lower_ == "police"
                                              for t in who) else ("troops",)
    if lem == "set" and event not in ("ASSAULT", "PROTEST") and (
            any(c.lower_ in ("ablaze", "alight") for c in trigger.children) or
            any(p.lower_ == "fire" for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on"
                for p in c.children)):
        return "ASSAULT", ("destroy",)
    return None
