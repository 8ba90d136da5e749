"""EventCoder: sentence -> PLOVER events (type, mode, ACLED sub-type, actors, counts, aux modes).

The learned heads (see `train`) give calibrated probabilities for the event type (with a quad-class head folded
in) and the ACLED sub-type; below the abstain threshold a sentence yields no event. The trigger is the lexicon
word of the chosen type nearest the root of the parse (a noun a light verb carries ranks with that verb); for the
sentence's first event, a cue that names no act of the main clause (a name, a background clause, a participle on a
noun, an adjunct of the main act, or another noun outside it when the main verb is of the same quad class) gives way
to the main verb when that is an event word. Actors, counts and aux modes are read around the trigger; the type
stays the classifier's, except when every cue of it was a name or a participle on a noun (evidence of no act:
"Amnesty", "U.N.-backed") and the lexicon gives the main verb exactly one type: then it is the verb's type
("Amnesty International said police detained 18 people" -> COERCE). A proper name in the main verb's own subject
is not re-typed away ("The International Monetary Fund approved a bailout" stays AID)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence, TypeVar

import numpy as np
from spacy.tokens import Doc, Token

from newsevents.coding import aux as _aux
from newsevents.coding.actors import (NAMESAKES, article_country_focus, attacker_country, breaks_agreement,
                                     is_party_noun, load_tables, namesakes, roles, sentence_country, to_entities)
from newsevents.coding.aux import aux_modes
from newsevents.coding.detect import is_candidate
from newsevents.coding.evidence import is_crime_enforcement, lacks_evidence, people_seized
from newsevents.coding.features import Embedder, featurize, load_wordllama
from newsevents.coding.lexicon import Lexicon, contexts_for, load_lexicon, mode_scores
from newsevents.coding.model import NONE, CoderModel, combine, load_model
from newsevents.coding.nonevents import non_event_reason, police_kit, struck_deal
from newsevents.coding.phrases import phrase_type
from newsevents.coding.size import event_size, extract_size
from newsevents.records import Article, Entity, Event, Sentence, Size, Trigger
from newsevents.taxonomy import acled_subtypes, cameo_root, event_scale, quad_code

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
# sub-type -> mode implied when the lexicon finds none
_MODE_FROM_ACLED = {s.sub_event_type: s.plover_mode for s in acled_subtypes().values() if s.plover_mode}
_MAX_EVENTS_PER_SENTENCE = 2
_SECOND_EVENT_MIN = 0.35
_ACLED_NONE_MIN = 0.75
_CUE_BOOST = 4.0
_CUE_OVERRIDES = {
    "Chemical weapon": ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"),
    "Suicide bomb": ("Remote explosive/landmine/IED",),
    "Excessive force against protesters": ("Protest with intervention",),
}
_ALWAYS_ACLED = {"ASSAULT", "PROTEST"}
_SIZE_TYPES = ("ASSAULT", "COERCE", "PROTEST")  # the types that carry dead/injured/arrested counts
_REPORTING = {"say", "tell", "report", "add", "state", "claim", "note", "announce", "quote", "according"}


# a sports result ("Morocco beat Ghana 3-1", "won on penalties") is not an event unless violence is also named
_SPORT_RESULT = re.compile(
    r"\b(beat|beats|defeated|defeats|thrashed|edged|crushed|routed|stunned|won|drew|lost)\b[^.;]{0,60}?"
    r"(\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b|\bon penalties\b|\bby \w+ (wickets|runs|points)\b|\bin straight sets\b)",
    re.IGNORECASE)
_VIOLENCE_CUE = re.compile(r"\b(kill\w*|injur\w*|wound\w*|clash\w*|riot\w*|tear gas|stabb\w*|shot|attack\w*|"
                           r"arrest\w*|police|fans fought)\b", re.IGNORECASE)


def is_sport_result(text: str) -> bool:
    """A match report without violence: coded as no event (the classifier sometimes reads "beat" as force)."""
    return _SPORT_RESULT.search(text) is not None and _VIOLENCE_CUE.search(text) is None


_SPORT_TERMS = re.compile(r"\b(match|goal|goals|striker|midfielder|goalkeeper|coach|league|friendly|penalty|"
                          r"penalties|half-time|halftime|scored|score|scoring|scorer|tournament|championship|"
                          r"qualifier|wickets|innings|stadium|kick-off|substitute|fixture|semi-final|quarter-final|"
                          # sport names, competitions and squad words: rugby and transfer stories name few of the
                          # match words above ("six nations clash", "the real madrid striker")
                          r"rugby|football|footballer|soccer|cricket|tennis|golf|athletics|olympics?|six nations|"
                          r"premiership|premier league|world cup|grand slam|line-up|hamstring|fly-half|scrum-half|"
                          r"scrum|winger|defender|try-scorer|test series|test match|fa cup|champions league|uefa|fifa|"
                          r"wimbledon|batsman|bowler|transfer fee|transfer window|signing|season|squad|caps|captain|"
                          r"manager|boss)\b", re.IGNORECASE)
_HARD_VIOLENCE = re.compile(r"\b(killed|dead|died|injured|wounded|tear gas|arrested|detained|stabbed|riot\w*|"
                            r"hooligan\w*|gunmen|bomb\w*)\b", re.IGNORECASE)


def is_sport_report(text: str) -> bool:
    """An article about a game (several distinct sport terms) that names no real violence: its "clash",
    "attack" and "shot" are football words, so it yields no event."""
    terms = {m.group(1).lower() for m in _SPORT_TERMS.finditer(text)}
    # a scoreline result ("crushed Arsenal 4-0") is itself strong sport evidence: one more sport term suffices,
    # so the match report's "launched a relentless attack" is no ASSAULT
    needed = 1 if _SPORT_RESULT.search(text) is not None else 3
    return len(terms) >= needed and _HARD_VIOLENCE.search(text) is None


# a natural disaster or accident ("floods killed nine", "a fire at a factory killed 17 workers") is no conflict event
# unless a violent agent or a political action is also named; aid and appeals around it stay events
_DISASTER = re.compile(
    r"\b(earthquakes?|quakes?|tremors?|floods?|flooding|flooded|landslides?|mudslides?|cyclones?|hurricanes?|"
    r"typhoons?|tornado(es)?|(tropical |winter |snow|rain|thunder|dust )storms?|storms|lightning|droughts?|"
    r"heatwaves?|heat wave|avalanches?|eruptions?|erupted|volcan\w*|wildfires?|bushfires?|forest fires?|tsunamis?|"
    r"monsoon|heavy rains?|crash(ed|es)?|collided|collision|derail\w*|capsiz\w*|sank|sinking|collaps\w*|"
    r"stampede|gas leak|caught fire|fire broke out|blaze|short circuit|accident\w*|overturned|plunged|outbreak|"
    r"epidemic|cholera|drown\w*|fire (at|in|on board|swept|gutted|ripped)|(gas|boiler|factory|mine) explosion|"
    r"explosion (at|in) (a|an|the) (\w+ )?(factory|plant|mine|depot|refinery|warehouse|restaurant))\b", re.IGNORECASE)
_VIOLENT_AGENT = re.compile(
    r"\b(attack\w*|gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|terroris\w*|soldiers?|troops|army|forces|"
    r"military|police\w*|bomb\w*|blast|blew up|open(ed)? fire|fired|arson\w*|set fire|set ablaze|torch\w*|"
    r"shot|shoot\w*|gunfire|shell(ed|ing|s)|air ?strikes?|drones?|missiles?|rockets?|clash\w*|fighting|fighters|"
    r"militia\w*|protest\w*|"
    r"demonstrat\w*|riot\w*|mob|loot\w*|sabotag\w*|arrest\w*|detain\w*|abduct\w*|kidnap\w*|assassin\w*|"
    r"massacre\w*|war|explosives?|grenades?|hostages?|deliberate\w*|accused|blamed|curfew|evict\w*|demoli\w*)\b",
    re.IGNORECASE)
_MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
_ATTACK_VERB_MIN = 0.5  # type-head probability of ASSAULT that a quad-0 vote may not overturn (attack verbs)


# the state's forces, which a disaster report names as rescuers ("the army deployed troops to rescue villagers")
_RESCUER_FORCES = {"soldier", "soldiers", "troops", "army", "forces", "military", "police"}


def is_disaster_story(text: str) -> bool:
    """A disaster report (`is_disaster_report`) whose only violent-agent words are the state's forces: in a
    flood story the army and police rescue, they coerce nobody (round C7)."""
    return _DISASTER.search(text) is not None and \
        all(m.group(0).lower() in _RESCUER_FORCES for m in _VIOLENT_AGENT.finditer(text))


def is_disaster_report(text: str) -> bool:
    """A disaster or accident report that names no violent agent or political action (ACLED's "natural /
    man-made disaster" snippets): material-conflict types are not coded for it."""
    return _DISASTER.search(text) is not None and _VIOLENT_AGENT.search(text) is None


# Force between ships that the classifier, trained mostly on land conflict, misses: a coast guard or navy ramming
# a vessel or firing water cannon at it is an ASSAULT (PLOVER: deliberate action that can cause substantial
# harm; water cannon is the manual's crowd-control mode); blocking, shadowing or harassing one is COERCE
# restrict. Accidental collisions ("collided in fog") are neither: "collided" needs "deliberately".
_VESSEL = (r"(?:vessel|ship|boat|trawler|tanker|carrier|ferry|frigate|destroyer|cutter|barge|dhow|freighter"
           r"|warship|craft)s?")
_SEA_FORCE_ACTOR = re.compile(r"(?i)\b(?:coast\s*guard|navy|naval|warships?|maritime\s+militia"
                              r"|patrol\s+(?:boat|ship|vessel)s?|cutters?|frigates?|destroyers?)\b")
_SEA_ASSAULT = re.compile(
    r"(?i)\b(?:rammed|ramming|rams|water\s+cannons?|water-cannon\w*|(?:deliberately|intentionally)\s+collided"
    r"|collided\s+(?:deliberately|intentionally))\b[^.;]{0,80}?\b" + _VESSEL + r"\b")
_SEA_COERCE = re.compile(r"(?i)\b(?:blocked|blockaded|shadowed|harass\w*|tailed|obstructed"
                         r"|dangerous(?:ly)?\s+(?:manoeuvr|maneuver)\w*)\b[^.;]{0,60}?\b" + _VESSEL + r"\b")


_SEA_HELP = re.compile(r"(?i)\b(?:burning|blaze|extinguish\w*|put\s+out|rescu\w*|salvag\w*|towed|towing"
                       r"|firefight\w*|drills?|exercises?)\b")


def sea_force(text: str) -> tuple[str, str | None] | None:
    """(PLOVER type, ACLED sub-type) for force or coercion by a coast guard or navy against a vessel, else None
    (not for fire-fighting, rescues or drills: "the navy water-cannoned a burning tanker")."""
    if _SEA_FORCE_ACTOR.search(text) is None or is_disaster_report(text) or _SEA_HELP.search(text):
        return None
    if _SEA_ASSAULT.search(text):
        return "ASSAULT", "Attack"
    if _SEA_COERCE.search(text):
        return "COERCE", "Other"
    return None


# Private violent crime (robbery, burglary, a killing in a family or neighbours' dispute, road rage) is no PLOVER
# event here (training/README.md, "Crime"): ACLED lists property crime and criminal killings as "organized crime",
# outside its conflict types, and IndiaPoliceEvents counts only police action. Police or state action, armed and
# political groups, mobs, and attacks on political figures, journalists or activists keep the event.
_PRIVATE_CRIME = re.compile(
    r"\b(robber(y|ies|s)?|robbed|robbing|burglar(y|ies|s)?|burgled|thie(f|ves)|theft|mugg(ed|ing|ers?)|"
    r"carjack\w*|snatch(ed|ers?|ing)|dacoit\w*|dacoity|heist|held up|hold-up|pickpockets?|"
    r"(kill\w*|stabb\w*|murder\w*|strangl\w*|shot|shoot\w*|beat\w*|attack\w*|hack\w*|burn\w*|poison\w*|by) "
    r"(his|her|their) (own )?(wife|husband|girlfriend|boyfriend|partner|ex-partner|former partner|father|mother|"
    r"brother|sister|son|daughter|neighbou?rs?|landlord|tenant|employer|colleague|friend|classmate|in-laws?|"
    r"uncle|cousin|nephew|lover|fianc[ée]e?)|"
    r"domestic (violence|dispute|row|quarrel|abuse)|dowry|love affair|illicit (affair|relationship)|jealous\w*|"
    r"road rage|(property|land|family|money|parking|boundary|personal) (dispute|feud|row|quarrel)|quarrel\w*|"
    r"altercation|brawl|drunken|(personal|old|previous) enmity|murder (inquiry|investigation|charge)|"
    r"charged with (murder|killing|manslaughter)|(took|taking) (his|her) own life)\b", re.IGNORECASE)
# who reported or investigated the crime is not a party to it ("police said", "told police", "police opened a
# murder inquiry", "police arrested the husband"): these phrases are removed before looking for a state actor
_CRIME_ROUTINE = re.compile(
    r"\b((according to|told|informed|alerted|called|quoted by) (the )?(local |district |city )?"
    r"(police|officers|investigators)|"
    r"(the )?(local |district |city )?(police|officers|investigators)( officers?| officials?| sources?| spokes\w+|"
    r" chief| commissioner| superintendent)?( in \w+( \w+)?)?( later| have| had| were| are| on \w+)? "
    r"(said|say|says|told|confirmed|added|reported|believe\w*|suspect\w*|investigat\w*|registered|filed|lodged|"
    r"opened|launched|began|started|"
    r"recovered|found|searching|sent|seeking|sought|warned|identified|arrested|detained|caught|nabbed|held|"
    r"described|appealed)|"
    r"a police (officer|official|spokes\w+|source) said|police (case|complaint|station|investigation|probe|"
    r"report|inquiry))\b", re.IGNORECASE)
_CONFLICT_PARTY = re.compile(
    r"\b(police\w*|cops?|constables?|security (forces|personnel)|soldiers?|troops|army|military|"
    r"paramilitar\w*|militants?|rebels?|insurgents?|guerrill\w*|maoists?|naxal\w*|terror\w*|jihad\w*|"
    r"extremists?|militia\w*|separatists?|bandits?|cartels?|gang war|rival gangs?|mobs?|crowds?|villagers|"
    r"rioters?|riots?|protest\w*|demonstrat\w*|sectarian|communal|ethnic|politic\w*|party (workers?|"
    r"activists?|leaders?|members?)|activists?|journalists?|reporters?|lawmakers?|legislators?|MLA|MP|"
    r"councillors?|mayor\w*|candidates?|ministers?|opposition|election\w*|campaign\w*|judges?|prosecutors?|"
    r"human rights|clash\w*|bomb\w*|grenades?|explosi\w*|encounter|insurgency|war|lynch\w*|cattle|herders|"
    r"(angry|irate) (residents|locals|youths|people)|(residents|locals|youths) (beat|dragged|burned|stoned))\b",
    re.IGNORECASE)


_ARREST_CUE = re.compile(r"\b(arrest\w*|detain\w*|custody|held|nabbed|apprehend\w*|rounded up|jail\w*|remand\w*|"
                         r"booked|caught|charged|convicted|sentenced)\b", re.IGNORECASE)


def is_private_crime(text: str) -> bool:
    """Violence between private individuals (robbery, burglary, a family or neighbours' dispute, road rage) that
    names no state, armed, political or crowd party once reporting phrases are removed: no ASSAULT is coded."""
    if _PRIVATE_CRIME.search(text) is None:
        return False
    return _CONFLICT_PARTY.search(_CRIME_ROUTINE.sub(" ", text)) is None


# a habitual or generic statement ("keeps witnessing communal killings at regular intervals", "clashes occur almost
# weekly") reports a pattern, not an event (training/README.md: general statements about violence are no event);
# "soldiers routinely beat detainees" names an actor's practice and stays an event, as the PLOVER gold codes it
_HABITUAL = re.compile(
    r"\b(at regular intervals|keeps? (on )?(witnessing|seeing|experiencing|reporting)|continues? to (witness|see|"
    r"experience)|time and again|from time to time|every (year|month|week|day)|almost (daily|weekly|every day))\b",
    re.IGNORECASE)


def is_habitual_statement(text: str) -> bool:
    """A statement about recurring violence or protest rather than one event: no ASSAULT/PROTEST is coded."""
    return _HABITUAL.search(text) is not None


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


_COOP_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_THREAT_HEADS = {"threaten", "warn", "vow", "swear", "pledge"}
_THREAT_TYPES = {"ASSAULT", "PROTEST", "SANCTION", "COERCE", "MOBILIZE"}


_YIELD_VERBS = {"lift", "ease", "end", "release", "resign", "withdraw", "accept", "allow", "free", "sign",
                "recognize", "recognise", "cooperate", "halt", "stop", "drop", "comply", "hand", "return"}
_REFUSE_VERBS = {"refuse", "decline", "reject"}
_ACCEPT_VERBS = {"accept", "agree", "allow", "recognise", "recognize", "acknowledge", "approve", "permit"}


def _refused(trigger: Token) -> bool:
    """The trigger, or the verb it is the object/complement of, is a negated yielding verb or a refusal."""
    cur = trigger
    for _ in range(3):
        lem = cur.lemma_.lower()
        kids = {c.lower_ for c in cur.children if c.dep_ in ("neg", "aux")}
        # a refusal verb, or a yielding verb negated with will/would ("will not lift the ban");
        # a plain past negation ("did not meet") stays the event with the negation aux mode
        if lem in _REFUSE_VERBS or (lem in _YIELD_VERBS and kids & {"not", "n't", "never"}
                                    and kids & {"will", "would", "wo", "'ll", "shall"}):
            return True
        # climb only "refused to X" (xcomp) and "will not lift the X" (object of a yielding verb)
        if cur.head.i == cur.i or not (cur.dep_ == "xcomp" or (cur.dep_ == "dobj" and
                                                               cur.head.lemma_.lower() in _YIELD_VERBS)):
            break
        cur = cur.head
    return False


_PRESSURE_VERBS = {"boycott", "blockade"}
_CONDITIONS = {"unless", "if", "until"}


def _announced_pressure(trigger: Token) -> bool:
    """A reported intention to act against someone is a threat (PLOVER THREATEN): "said they would boycott
    all contact", "will block the crossing unless ...". Only a conditional or a boycott/blockade counts, so a
    plain announced protest ("nurses said they would strike on Tuesday") stays PROTEST with the future mode."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "wo") for c in trigger.children)
    if not modal or trigger.dep_ not in ("ccomp", "conj", "ROOT"):
        return False
    if trigger.lemma_.lower() in _PRESSURE_VERBS:
        return True
    return any(c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children if m.dep_ == "mark")
               for c in trigger.children)


# PLOVER manual (ACCUSE, PROTEST): a diplomatic protest by a state is ACCUSE 'disapprove'; PROTEST presumes people
# gathering, striking or marching, so any crowd word keeps it a PROTEST
_CROWD_CUE = re.compile(
    r"\b(thousands|hundreds|dozens|crowds?|rall(y|ies|ied)|march\w*|demonstrat\w*|protesters?|workers|students|"
    r"residents|villagers|supporters|activists|farmers|streets?|squares?|sit-ins?|strik(e|es|ing)|chant\w*|"
    r"placards?|banners?|slogans?|gathered|took to|"
    # strikes and stay-aways are collective action too ("shunned work to protest", "kept their shops shut")
    r"(shunned|stayed away from|stayed off|boycotted|walked off|stopped) (work|their (jobs|shifts|work))|"
    r"downed tools|stay-?aways?|shut their (shops|businesses)|shops (were )?(shut|closed))\b", re.IGNORECASE)
_STATE_SECTORS = {None, "GOV", "LEG", "EXE", "MIL"}
# a weapons test or launch into the sea (MOBILIZE 'weapons', a show of force) as opposed to a strike on a target
_WEAPONS_TEST = re.compile(
    r"\b(test-fir\w*|test-launch\w*|test launch\w*|test(ed|s|ing)? (a |an |its |their )?[\w -]{0,30}"
    r"(missile|rocket|nuclear|warhead|weapon)|(missile|rocket|nuclear|weapons?) tests?|"
    r"into the (sea|ocean|waters)|(sea|waters) off|off (its|the) \w+ coast|exclusive economic zone|"
    r"(live-fire|live fire) (drills?|exercises?)|military (drills?|exercises?)|show of force)\b", re.IGNORECASE)
_HARM_CUE = re.compile(r"\b(kill\w*|dead|death|died|injur\w*|wound\w*|damag\w*|destroy\w*|casualt\w*|"
                       r"civilians?|struck|hit|hitting|attack\w*|strikes?|shell(ed|ing)|bombard\w*|ship|tanker|"
                       r"vessel)\b", re.IGNORECASE)


def _people_subject(trigger: Token) -> bool:
    """The protest's subject is a people, not a state: a plural name or noun without "the" ("Palestinians",
    "Kurds"; "the Philippines" and "the United States" are states)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in subj.children)
        if verb.head.i == verb.i or verb.dep_ not in ("advcl", "xcomp", "conj", "ccomp"):
            return False
        verb = verb.head
    return False


def is_diplomatic_protest(trigger: Token, text: str, actors: tuple[Entity, ...]) -> bool:
    """'protest' said of a state, government or ministry, with no crowd: an official protest (ACCUSE)."""
    if trigger.lemma_.lower() not in ("protest", "protestation") or not actors or _CROWD_CUE.search(text):
        return False
    if _people_subject(trigger):
        return False
    return all(a.code is not None and len(a.code) == 3 and a.code.isupper() and a.sector in _STATE_SECTORS
               for a in actors)


def is_weapons_test(text: str, actors: tuple[Entity, ...], recipients: tuple[Entity, ...]) -> bool:
    """A missile or nuclear test, or a launch into the sea, with no target or harm named: MOBILIZE."""
    if not _WEAPONS_TEST.search(text) or _HARM_CUE.search(text) or is_fired_at_target(text):
        return False
    own = {a.code for a in actors}
    return all(r.code is None or r.code in own for r in recipients)


_LONG_RANGE = re.compile(r"\b(missiles?|rockets?|artillery|shells?|shelling|mortars?|howitzers?)\b", re.IGNORECASE)
_FIRED_AT = re.compile(r"\b(fir(?:ed|es|ing)|launch(?:ed|es|ing)|lob(?:bed|s)?)\b[^.;]{0,80}?\b(?:"
                       r"(?:at|toward|towards|against)\s+(?!(?:the\s+)?(?:sea|ocean|waters)\b)"
                       r"|on\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                       r"Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\w*\b)[A-Z])")
_EVACUATION = re.compile(r"\bevacuat\w*|\bshelters?\b", re.IGNORECASE)


def is_fired_at_target(text: str) -> bool:
    """Missiles, rockets or shells fired at a named target or doing harm: a strike, not a test."""
    return bool(_LONG_RANGE.search(text) and (_FIRED_AT.search(text) or _HARM_CUE.search(text)
                                              or _EVACUATION.search(text)))


# PLOVER COERCE 'restrict': police preventing, banning or breaking up a demonstration restrict it; the protest
# noun is only the object ("police prevented the demonstration"). A named crowd-control weapon makes it the
# README's ASSAULT crowd-control, which the classifier decides.
_SUPPRESS_VERBS = {"prevent", "ban", "forbid", "prohibit", "outlaw", "stop", "block", "halt", "thwart", "foil",
                   "disperse", "break", "bar", "crush", "suppress", "quash", "disallow"}
_CROWD_WEAPON = re.compile(r"\b(tear ?gas|teargas|water cannons?|rubber bullets?|batons?|lathi\w*|live (rounds|"
                           r"ammunition|fire)|opened fire|fired|shot|killed|wounded|injured)\b", re.IGNORECASE)
_PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "strike", "picket", "vigil", "gathering", "meeting",
                  "dharna", "procession", "walkout", "boycott"}


def suppressing_verb(trig: Token) -> Token | None:
    """The verb that stops the protest the trigger names: "prevented the demonstration", "the march was banned",
    "prevented students from holding a rally", "broke up the sit-in"; None otherwise."""
    if trig.pos_ != "NOUN" or trig.lemma_.lower() not in _PROTEST_NOUNS:
        return None
    head = trig.head
    if trig.dep_ == "dobj" and head.lemma_.lower() in ("hold", "stage", "organise", "organize") and \
            head.dep_ == "pcomp" and head.head.lower_ == "from":
        head = head.head.head  # "prevented X from holding a rally"
    elif trig.dep_ not in ("dobj", "nsubjpass"):
        return None
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" or lemma not in _SUPPRESS_VERBS:
        return None
    if lemma == "break" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children):
        return None
    return head


def is_suppressed_protest(trigger: Token) -> bool:
    """The trigger is, or lies inside, a protest that a verb stops: "police prevented the demonstration staged by
    students to protest ..." (the trigger may be the purpose clause's "protest")."""
    for tok in trigger.doc:
        verb = suppressing_verb(tok)
        if verb is not None and (tok.i == trigger.i or any(t.i == trigger.i for t in tok.subtree)):
            return True
    return False


# a threat phrased as a condition: "will boycott the elections unless the president agrees to step down" (the
# README's convention: an announced act with an unless/if/until condition is THREATEN, whatever word is typed)
def in_condition_of_announced_act(trigger: Token) -> bool:
    """The trigger lies in an "unless" clause of a verb announced with will/would."""
    cur = trigger
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in cur.children):
            head = cur.head
            return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in head.children)
        cur = cur.head
    return False


def _announced_with_unless(trigger: Token) -> bool:
    """The trigger is announced with will/would and carries an "unless" condition."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "wo") for c in trigger.children)
    return modal and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                         for c in trigger.children)


# REJECT: a yielding act declared "out of the question", "not on the table" or "ruled out" is refused
# ("removing the sanctions is out of the question", "ruled out talks with the rebels"); the trigger lies in the
# subject or object of that phrase, reached without crossing into a coordinated or adverbial clause
_RULED_OUT_EDGES = {"dobj", "csubj", "csubjpass", "nsubj", "nsubjpass", "xcomp", "pcomp", "ccomp", "compound",
                    "amod", "poss", "nmod"}


def _refusal_phrase(verb: Token) -> bool:
    """ "ruled out", "is out of the question", "is not on the table", "is off the table"."""
    kids = list(verb.children)
    if verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        # "has not ruled out declaring martial law" keeps the option open (hypothetical), it refuses nothing
        return not any(c.dep_ == "neg" for c in kids)
    for c in kids:
        words = " ".join(t.lower_ for t in c.subtree)
        if c.dep_ == "prep" and (words.startswith("out of the question") or words.startswith("off the table")):
            return True
        if c.dep_ == "prep" and words.startswith("on the table") and any(k.dep_ == "neg" for k in kids):
            return True
    return False


def is_ruled_out(trigger: Token) -> bool:
    """The trigger's act is declared out of the question or ruled out (PLOVER REJECT)."""
    cur = trigger
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in _RULED_OUT_EDGES:
            return False
        cur = cur.head
        if _refusal_phrase(cur):
            return True
    return False


# PLOVER MOBILIZE: forces getting ready to attack ("the army prepared to resume shelling", "troops were preparing
# an offensive") is a mobilisation, not yet the attack; "is prepared to" (willingness) is not this verb
_PREPARE_VERBS = {"prepare", "poise", "gear", "mass", "regroup"}
_ONSET_VERBS = {"resume", "launch", "start", "begin", "mount", "renew", "restart", "carry", "stage"}


def is_prepared_attack(trigger: Token) -> bool:
    """The attack the trigger names is only being prepared: its clause hangs on an active prepare verb."""
    cur = trigger
    for _ in range(3):
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "dobj", "pobj", "prep"):
            return False
        cur = cur.head
        if cur.lemma_.lower() in _PREPARE_VERBS and cur.pos_ == "VERB":
            return cur.tag_ in ("VB", "VBD", "VBG", "VBP", "VBZ")
        if cur.pos_ == "VERB" and cur.lemma_.lower() not in _ONSET_VERBS:
            return False
    return False


# PLOVER CONCEDE (manual: "easing of administrative or legal restrictions ..., removing curfews"): lifting a curfew,
# a state of emergency or a ban is verbal; lifting a blockade or a siege lets goods in (RETREAT, material)
_EASE_VERBS = {"lift", "ease", "relax", "end", "revoke", "rescind", "repeal", "remove", "scrap", "withdraw"}
# the manual's own examples (curfews, emergencies, martial law, bans); other "restrictions" are left to the
# classifier, as the CAMEO-coded dev data codes lifted travel restrictions RETREAT (CAMEO 0813)
_RESTRICTIONS = {"curfew", "emergency", "ban", "law", "rule", "prohibition"}


def declares_emergency(trigger: Token) -> bool:
    """The trigger's object is an emergency ("declared a state of emergency", "an emergency was declared")."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in ("emergency", "disaster") for o in objs for t in o.subtree)


def is_lifted_restriction(trigger: Token) -> bool:
    """The trigger lifts or eases a curfew, emergency, ban or restriction."""
    if trigger.lemma_.lower() not in _EASE_VERBS:
        return False
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # "a state of emergency", "the ban on rallies": the restriction word heads the object or follows its "of"
    return any(o.lemma_.lower() in _RESTRICTIONS or
               (o.lemma_.lower() == "state" and any(t.lemma_.lower() in _RESTRICTIONS for t in o.subtree))
               for o in objs)


# PLOVER PROTEST 'obstruct' ("obstruct passage or access to a particular locale"): blocking a road, a port or
# transport is physical, unlike blocking a bill or a deal (REJECT); done by police or troops it restricts movement
_PASSAGE = {"road", "highway", "street", "bridge", "railway", "rail", "track", "line", "port", "harbour", "harbor",
            "entrance", "traffic", "transport", "route", "crossing", "junction", "motorway", "airport", "border",
            "gate", "convoy", "lorry", "truck", "avenue", "square", "runway", "pass", "checkpoint"}
_OBSTRUCT_VERBS = {"block", "blockade", "barricade", "obstruct"}  # not "close": a closed border may be REJECT
_FORCE_SECTORS = {"COP", "MIL", "GOV"}
_POLICE_NOUNS = {"police", "policeman", "policemen", "officer", "trooper", "troop", "soldier", "guard", "deputy",
                "gendarme", "force", "army", "marshal"}


def is_blocked_passage(trigger: Token) -> bool:
    """The trigger blocks a road, port, crossing or transport: a physical obstruction."""
    if trigger.lemma_.lower() not in _OBSTRUCT_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PASSAGE for c in trigger.children)


def abstained_reading(text: str, doc: Doc | None) -> tuple[str, str | None] | None:
    """(PLOVER type, ACLED sub-type) that a rule reads where the classifier abstained: force between ships
    (`sea_force`), a crowd blocking a road (`crowd_blockade`)."""
    sea = sea_force(text)
    if sea is not None:
        return sea
    if doc is not None and crowd_blockade(doc) is not None:
        return "PROTEST", "Peaceful protest"
    if doc is not None and crowd_rally(doc) is not None:
        return "PROTEST", "Peaceful protest"
    return None


_RALLY_VERBS = {"rally", "demonstrate", "picket"}
_RALLY_CROWDS = {"people", "protester", "protestor", "demonstrator", "activist", "supporter", "resident", "student",
                 "worker", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "crowd"}
# a demand the crowd voices: "rallied outside the Capitol to call on Congress to pass a bill"
_DEMAND_VERBS = {"call", "demand", "urge", "press", "protest", "denounce", "condemn", "oppose", "support", "seek"}


def crowd_rally(doc: Doc) -> Token | None:
    """A crowd rallying before a building or voicing a demand ("several hundred people rallied outside the
    Capitol to call on Congress to pass a bill"): the rallying verb, a fallback for sentences the classifier
    abstains on (round C7); forces and authorities do not rally."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _RALLY_VERBS or tok.dep_ not in ("ROOT", "ccomp"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lemma_.lower() not in _RALLY_CROWDS:
            continue
        before = any(c.dep_ == "prep" and c.lower_ in ("outside", "at", "near", "in") for c in tok.children)
        demand = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _DEMAND_VERBS for c in tok.children)
        if before and demand:
            return tok
    return None


def crowd_blockade(doc: Doc) -> Token | None:
    """A crowd blocking a road, port or crossing ("Hundreds of rice farmers blocked a major highway"): the
    blocking verb, when its subject is not a force or authority (their blockades are COERCE, left to the
    classifier); a fallback for sentences the classifier abstains on."""
    for tok in doc:
        if tok.pos_ != "VERB" or not is_blocked_passage(tok):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and not any(t.lemma_.lower() in _FORCE_NOUNS for s in subj for t in s.subtree):
            return tok
    return None


_FORCE_NOUNS = {"police", "policeman", "officer", "troop", "soldier", "army", "military", "force", "authority",
                "government", "ministry", "navy", "guard", "militant", "rebel", "fighter", "militia", "israel"}


def _coordinated_clauses(trigger: Token) -> list[Token]:
    """Verbs coordinated with the trigger's clause that have a subject of their own."""
    root = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return [c for c in root.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c is not trigger
            and (any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or protesters_gathered(c))]


_TOLL_VERBS = {"kill", "die", "wound", "injure", "hurt", "perish", "succumb", "lose", "slay", "maim"}
_GATHER_VERBS = {"gather", "assemble", "converge", "mass", "congregate"}


def protesters_gathered(verb: Token) -> bool:
    """ "..., and in Tehran demonstrators gathered outside the embassy": protesters gathering is a protest, though
    'gather' alone is no protest cue (round C7)."""
    if verb.lemma_.lower() not in _GATHER_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _PROTESTER_NOUNS for s in subjects) or own_crowd(verb) is not None


def own_crowd(verb: Token) -> Token | None:
    """The protester noun a gathering verb's parse hid in a place phrase ("in Tehran demonstrators gathered":
    the noun just before the verb, with no subject of its own), or None."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.i < verb.i for g in c.children
                 if g.dep_ == "pobj" and g.i == verb.i - 1 and g.lemma_.lower() in _PROTESTER_NOUNS), None)


def _casualty_toll(verb: Token, first: Token) -> bool:
    """ "Three soldiers were killed and five others (were) injured", "... and four policemen lost their lives":
    a coordinated clause whose subject is the victim of a casualty word, next to a casualty trigger, states more
    of the same attack's toll; it is no second event (and its counts belong to that attack)."""
    if verb.lemma_.lower() not in _TOLL_VERBS or first.lemma_.lower() not in _TOLL_VERBS:
        return False
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # "nine wounded" (no object) or "lost their lives": the subject suffered it
    return not objs or (verb.lemma_.lower() == "lose" and objs[0].lemma_.lower() in ("life", "lives"))


_COURT_NOUNS = {"court", "tribunal", "judge", "justice", "magistrate", "bench", "judiciary"}
_ORDER_VERBS = {"order", "direct", "require", "instruct", "sentence"}
_PAY_VERBS = {"pay", "compensate", "refund", "reimburse", "forfeit", "repay", "return"}
_JAIL_VERBS = {"arrest", "detain", "jail", "imprison", "serve"}


def court_order(trigger: Token) -> tuple[str, tuple[str, ...]] | None:
    """A court ordering a party to pay or to be jailed (PLOVER manual: court-ordered payments are SANCTION
    'convict' with the court as actor and the liable party as recipient; sentences to prison COERCE 'arrest'),
    not a threat or a demand."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.lemma_.lower() not in _ORDER_VERBS:
        return None
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    heads = [c for s in subj for c in ([s] + [g for g in s.children if g.dep_ == "pobj"] if s.dep_ == "agent"
                                         else [s])]
    if not any(h.lemma_.lower() in _COURT_NOUNS for h in heads):
        return None
    acts = {c.lemma_.lower() for c in verb.subtree if c.pos_ in ("VERB", "NOUN") and c.i != verb.i}
    if acts & _JAIL_VERBS or acts & {"prison", "jail", "detention", "imprisonment"}:
        return "COERCE", ("arrest",)
    if acts & _PAY_VERBS or acts & {"compensation", "damages", "fine", "reparations", "restitution"}:
        return "SANCTION", ("convict",)
    return None


_CROWD_NOUNS = {"protester", "protestor", "demonstrator", "activist", "marcher", "striker", "heckler",
                "campaigner", "crowd", "picketer", "mob"}
_HOLD_VERBS = {"hold", "have", "attend", "organise", "organize", "call", "convene", "host", "plan", "join", "chair",
               "open", "arrange", "schedule", "request", "seek", "demand", "want", "address", "end", "close"}


def crowd_disruption(trigger: Token) -> Token | None:
    """The verb when a meeting, session or talks noun is the object of what a crowd of protesters did ("Dozens
    of protesters disrupted a council meeting"): the crowd protests, nobody consults."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = trigger.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _HOLD_VERBS:
        return None  # activists holding or attending a meeting do consult
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    heads = [g for s in subj for g in ([s] + list(s.subtree))]
    return verb if any(h.lemma_.lower() in _CROWD_NOUNS for h in heads) else None


_PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "marcher"}


def is_protesters_violence(trigger: Token) -> bool:
    """ "Protesters burned tyres and threw stones at police": violence whose subject is the protesters is a
    violent demonstration (PROTEST 'riot'; ACLED 'Violent demonstration'), not an armed attack."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    # an act done to something ("burned tyres", "threw stones at police"), not a protester who died or was hurt
    if not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return False
    for _ in range(3):  # "... and threw stones": the subject sits on the first conjunct
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            return any(s.lemma_.lower() in _PROTESTER_NOUNS for s in subj)
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


_ATTACK_NOUNS = {"bombing", "bomb", "attack", "airstrike", "shelling", "ambush", "assault", "massacre"}
_HIT_VERBS = {"strike", "hit", "target", "kill", "wound", "injure", "destroy", "damage", "rip", "tear", "devastate",
              "level", "flatten", "rock", "claim"}


def attack_subject_verb(doc: Doc) -> Token | None:
    """A verb of harm whose subject is an attack ("The bombings on April 21, 2019, struck St. Anthony's Shrine",
    "An air strike hit a school"): an attack even where the classifier abstains (a dated, historical one keeps
    its date and the 'historical' flag from aux)."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HIT_VERBS or \
                not any(c.dep_ == "dobj" for c in tok.children):
            continue
        for s in (c for c in tok.children if c.dep_ == "nsubj"):
            lemma = s.lemma_.lower()
            if lemma in _ATTACK_NOUNS or lemma == "strike" and any(
                    c.lower_ in ("air", "drone", "missile", "rocket") for c in s.children):
                return tok
    return None


_NATURAL_FORCES = {"tsunami", "earthquake", "quake", "flood", "flooding", "storm", "cyclone", "hurricane", "typhoon",
                   "tornado", "fire", "blaze", "wildfire", "landslide", "mudslide", "avalanche", "eruption", "volcano",
                   "drought", "heatwave", "wave", "wind", "rain", "snow", "lightning", "accident", "crash", "virus",
                   "disease", "outbreak", "epidemic", "pandemic", "explosion", "collapse"}
# (the act that set the main event off; "before police fired tear gas" is the protest's own intervention)
_CLAUSE_MARKS = {"after", "following"}


def background_attacks(doc: Doc, rx: re.Pattern[str] | None) -> list[Token]:
    """Attack verbs of a clause hung on "after"/"when"/"following" with a subject and a victim of their own
    ("hundreds marched after a police officer shot and wounded a teenager"): the attack that set off the main
    event is an event too."""
    if rx is None:
        return []
    text = doc.text
    out: list[Token] = []
    for head in doc:
        marked = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in head.children) \
            or head.dep_ == "pcomp" and head.head.lower_ in _CLAUSE_MARKS
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if head.pos_ != "VERB" or not marked or not subj:
            continue
        # (the tsunami or the fire that destroyed the coast is a disaster: a person or a party attacks)
        if any(s.lemma_.lower() in _NATURAL_FORCES for s in subj) or \
                is_disaster_report("".join(t.text_with_ws for t in head.subtree)):
            continue
        verbs = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        # "shot and wounded a teenager": the victim may sit on the last conjunct; the first attack word names it
        if any(c.dep_ == "dobj" for v in verbs for c in v.children):
            out.extend(v for v in verbs if rx.match(text, v.idx))
    return out[:1]  # "shot and wounded": one attack


_ABDUCTION = "Abduction/forced disappearance"
_FIRE_NOUNS = {"fire", "gunfire", "shot", "shots", "volley", "salvo", "bullet", "bullets", "blow", "blows"}


def exchange_of_fire(trigger: Token) -> bool:
    """ "exchanged fire with the gangs", "an exchange of gunfire", "traded shots": fighting, whatever the swap word
    (COOPERATE reads "exchange" as a swap of goods or envoys)."""
    if trigger.lemma_.lower() not in ("exchange", "trade"):
        return False
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    objs += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj"]
    return any(o.lower_ in _FIRE_NOUNS or o.lemma_.lower() in _FIRE_NOUNS for o in objs)


_NIL_CASUALTY_VERBS = {"hurt", "injure", "wound", "kill", "harm"}


def is_nil_casualty(tok: Token) -> bool:
    """ "no one was hurt", "nobody was killed": a report that the act harmed nobody, which is no act of its own."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _NIL_CASUALTY_VERBS:
        return False
    for s in tok.children:
        if s.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if s.lower_ in ("nobody", "none", "noone") or \
                s.lower_ == "one" and any(c.lower_ == "no" for c in s.children):
            return True
    return False


# clauses of what went on at the same time ("..., as negotiators met in Cairo"): setting, not the sentence's news
_SIDE_MARKS = {"as", "while", "whilst"}


def in_side_clause(tok: Token) -> bool:
    """The word lies in an adverbial clause marked "as"/"while"."""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _SIDE_MARKS for m in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# what a party said things in: "in a statement from Islamabad" says where it spoke, not whom it addressed
_STATEMENT_NOUNS = frozenset({"statement", "speech", "address", "message", "broadcast", "interview", "remarks",
                              "communique", "communiqué", "post", "video", "letter", "briefing"})


# "rallied outside the Capitol on Thursday afternoon": a time is no party
_TIME_NOUNS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                         "afternoon", "evening", "night", "weekend", "midnight", "dawn", "dusk", "noon"})


def in_statement_source(head: Token) -> bool:
    """ "condemned the attacks in a statement from Islamabad": a place (or body) that a statement came from is no
    recipient of the act (round C7)."""
    return head.dep_ == "pobj" and head.head.lower_ in ("from", "in") and \
        head.head.head.lemma_.lower() in _STATEMENT_NOUNS


_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def dateline_end(doc: Doc) -> int:
    """The index of the first word after a leading dateline ("PARIS, Texas (AP) — ", "MUMBAI, April 7 (Wire) - "),
    or 0 when the sentence opens with none. A dateline opens with a place in upper case and a comma or bracket
    ("PARIS, Texas", "BEIRUT (AP)") and ends at the first dash within its first dozen words."""
    if len(doc) < 3 or not doc[0].is_upper or len(doc[0].text) < 3 or not doc[0].is_alpha or \
            doc[1].text not in (",", "("):
        return 0  # ("ISIS carried out a multi - pronged attack": an acronym subject, no dateline)
    for t in doc[1:14]:
        if t.text in _DATELINE_DASHES:
            return t.i + 1
    return 0


def main_clause_attack(doc: Doc, rx: re.Pattern[str] | None, trig: Token) -> Token | None:
    """When the sentence's event was read from an "as"/"while" clause, an attack verb with a victim outside it
    ("Israeli air strikes killed at least 19 Palestinians ..., officials said, as negotiators met in Cairo"): the
    main clause's act, which the side clause must not displace."""
    if rx is None:
        return None
    text = doc.text
    head = trig.head
    if trig.dep_ == "conj" and head.pos_ == "VERB" and head.dep_ in ("ROOT", "ccomp") and rx.match(text, head.idx) and \
            any(c.dep_ in ("dobj", "nsubjpass") for c in head.children) and not _background(head) and \
            not is_nil_casualty(head):
        # (round C7) "A man was shot and wounded ..., and deputies were searching for a suspect": the event was
        # read from the second clause; the first clause's attack leads
        return head
    if not in_side_clause(trig):
        return None
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() in _REPORTING or not rx.match(text, t.idx) or in_side_clause(t) or \
                _background(t) or is_nil_casualty(t):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
            return t
    return None


# (round C8) marks of a clause giving what came before the main clause's act
_BEFORE_MARKS = frozenset({"after", "following"})


def main_clause_coercion(doc: Doc, rx: re.Pattern[str] | None, trig: Token) -> Token | None:
    """When the sentence's attack was read from an "after" clause, a coercive act of the main clause with an
    object ("Authorities imposed a curfew in the town after clashes left one man dead"): the main clause's act,
    a second event the attack behind it must not hide."""
    if rx is None:
        return None
    main = doc[trig.i]
    while main.head.i != main.i and not (main.dep_ == "advcl" and
                                         any(m.dep_ == "mark" and m.lower_ in _BEFORE_MARKS for m in main.children)):
        main = main.head
    if main.head.i == main.i:
        return None  # the attack is in no "after" clause
    verb = main.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _REPORTING:
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objs and rx.match(doc.text, verb.idx):
        return verb
    # ("imposed a curfew": the cue is the object, which names the act)
    return next((o for o in objs if rx.match(doc.text, o.idx)), None)


def crowd_act(trigger: Token) -> Token:
    """A PROTEST read from the crowd noun that is the subject of the sentence's verb ("Dozens of protesters
    disrupted a council meeting"): the verb is the act and the crowd its actor. Else the trigger itself."""
    noun = trigger
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CROWD_NOUNS:
        return trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        noun = noun.head.head  # "dozens of protesters"
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() in _REPORTING | _COPULAR:
        return trigger
    return verb


_COPULAR = {"be", "seem", "appear", "remain", "become", "say", "want", "hope", "plan", "vow", "threaten"}


def recode(event: str, trigger: Token, text: str, actors: tuple[Entity, ...],
           recipients: tuple[Entity, ...], lexicon: Lexicon | None = None) -> tuple[str, tuple[str, ...]] | None:
    """Manual type corrections that need the roles: (new type, modes), or None to keep the classifier's.
    `lexicon` is the coder's (default: the committed one)."""
    phrased = phrase_type(event, trigger)
    if phrased is not None:
        return phrased
    if event == "PROTEST" and is_diplomatic_protest(trigger, text, actors):
        return "ACCUSE", ("disapprove",)
    if event in ("THREATEN", "REQUEST", "COERCE", "REJECT", "ACCUSE") and (order := court_order(trigger)):
        return order
    if event == "ASSAULT" and is_protesters_violence(trigger):
        return "PROTEST", ("riot",)
    if event in ("ASSAULT", "PROTEST", "COERCE") and struck_deal(trigger) is not None:
        return "AGREE", ()  # "struck a deal"
    if event == "ASSAULT" and is_weapons_test(text, actors, recipients):
        return "MOBILIZE", ("weapons",)
    if event == "MOBILIZE" and is_fired_at_target(text) and not is_prepared_attack(trigger):
        return "ASSAULT", ()
    if event == "PROTEST" and is_suppressed_protest(trigger) and not _CROWD_WEAPON.search(text):
        return "COERCE", ("restrict",)
    if event == "RETREAT" and is_lifted_restriction(trigger):
        return "CONCEDE", ()
    if event == "PROTEST" and is_blocked_passage(trigger) and actors and \
            all(a.sector in ("COP", "MIL") for a in actors):
        return "COERCE", ("restrict",)  # "Police blocked roads leading to the State House": forces restrict
    if event == "REJECT" and is_blocked_passage(trigger):
        if any(a.sector in _FORCE_SECTORS for a in actors):
            return "COERCE", ("restrict",)
        return "PROTEST", ("obstruct",)
    if event == "PROTEST" and actors:
        lx = lexicon or load_lexicon()
        if all(a.sector in _ARMED_SECTORS for a in actors) and is_type_word(lx, "ASSAULT", trigger, text):
            # "Al-Shabaab stormed a hotel": armed groups and armies attack, they do not protest
            return "ASSAULT", ()
        if all(a.sector in ("COP", "MIL") for a in actors) and \
                is_type_word(lx, "COERCE", _governing_verb(trigger), text):
            # "Police raided a protest camp": the force acts on the protest (police who march over pay protest)
            return "COERCE", ()
    return None


_STRATEGIC = "Strategic developments"


_TAKING_VERBS = {"hijack", "kidnap", "abduct", "commandeer"}
_CROWD_ACLED = {"Violent demonstration"}
_ARMED_SIDE = {"REB", "MIL", "UAF", "SPY"}
_CROWD_WORDS = re.compile(r"\b(protest\w*|demonstrat\w*|riot\w*|mobs?|crowds?|rall(?:y|ies|ied)|marche[sd]|"
                          r"lynch\w*|vigilante\w*|villagers|residents|youths?)\b", re.IGNORECASE)


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
    if event == "ASSAULT" and "abduct" in modes and acled != _ABDUCTION and not _HARM.search(text) and \
            trigger.lemma_.lower() in _TAKING_VERBS:
        return _ABDUCTION
    if acled == "Disrupted weapons use" and actors and all(a.sector in _NON_STATE_SIDE for a in actors):
        return "Looting/property destruction"
    if event == "SANCTION" and acled == "Arrests":
        return None  # a court's sentence punishes people already held: no arrest is made
    if event == "ASSAULT" and acled in _CROWD_ACLED and actors and \
            all(a.sector in _ARMED_SIDE for a in actors) and not _CROWD_WORDS.search(text):
        # (round C7) "The Houthis have attacked more than 100 ships": an armed group's attack with no crowd in the
        # sentence is no demonstration or mob
        return "Attack"
    return acled


def accusation_of(trig: Token) -> Token | None:
    """The accusing verb whose "of/for" content `trig` lies in ("accused the party of using thugs to intimidate
    voters" -> accused), or None. (The coder re-types only under a finite accusation with its own subject: "a
    report accusing the army of ..." keeps the classifier's reading.)"""
    cur, hops = trig, 0
    while cur.head.i != cur.i and hops < 6:
        if cur.dep_ == "prep" and cur.lower_ in ("of", "for"):
            # (the parser may hang "of ..." on the accused: "accused [the opposition of paying ...]")
            verb = cur.head if cur.head.dep_ not in ("dobj", "obj") else cur.head.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in ("accuse", "blame"):
                return verb
        cur, hops = cur.head, hops + 1
    return None


def described_party(trig: Token) -> bool:
    """A party noun ("raiders", "forces") that is only described by "be" or found doing nothing: "Eight of the
    raiders were among the dead", "security forces found the bodies of six men". It tells no act of force."""
    if trig.pos_ != "NOUN" or not is_party_noun(trig):
        return False
    cur, hops = trig, 0
    while cur.dep_ in ("pobj", "prep") and hops < 3:
        cur, hops = cur.head, hops + 1
    if cur.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = cur.head
    if verb.lemma_.lower() == "be":
        return True
    return verb.lemma_.lower() in ("find", "discover", "recover", "retrieve", "exhume") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("body", "corpse", "remains") for c in verb.children)


def weapon_handled(first: Token, trig: Token, first_event: str, event: str) -> bool:
    """ "The bomb was detonated by remote control": the verb that says what was done with the first event's
    weapon or attack noun (its subject or object) tells the same attack, not a second act of another type."""
    return first_event == "ASSAULT" and event != "ASSAULT" and first.pos_ == "NOUN" and \
        first.head.i == trig.i and first.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")


def _governing_verb(tok: Token) -> Token:
    """The verb a noun trigger hangs from ("raided a protest camp" -> raided), or the token itself."""
    cur, hops = tok, 0
    while cur.pos_ != "VERB" and cur.head.i != cur.i and hops < 3:
        cur, hops = cur.head, hops + 1
    return cur if cur.pos_ == "VERB" else tok


_ARMED_SECTORS = {"REB", "MIL", "UAF", "PRM"}


def is_type_word(lexicon: Lexicon, event: str, tok: Token, text: str) -> bool:
    """`tok` is a word of `event` in the lexicon ("stormed" ASSAULT, "raided" COERCE); `text` is the parsed
    sentence, which `tok.idx` indexes."""
    rx = lexicon.trigger_res.get(event)
    return rx is not None and rx.match(text, tok.idx) is not None


def reconcile(event: str, trigger: Token, aux: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Apply the PLOVER manual's "single category, not category + auxiliary" rules:
    future cooperation (CONSULT/SUPPORT/COOPERATE/AID + future) is AGREE, an announced future RETREAT is
    CONCEDE, and force or sanctions announced through threaten/warn/vow/swear are THREATEN."""
    rest = tuple(a for a in aux if a not in ("future", "hypothetical"))
    if event in ("AGREE", "THREATEN", "CONCEDE"):
        # these types already say the action lies ahead ("will meet", "would respond", "would release")
        event_aux = rest
    else:
        event_aux = aux
    if trigger.lemma_.lower() in _PRESSURE_VERBS and ("future" in aux or "hypothetical" in aux) and \
            _announced_pressure(trigger):
        # "said they would boycott all contact": a threat whatever type the classifier saw in the boycott
        return "THREATEN", rest
    if event != "THREATEN" and in_condition_of_announced_act(trigger):
        return "THREATEN", rest
    if (event in _THREAT_TYPES | {"REJECT"} or _refused(trigger)) and _announced_with_unless(trigger):
        # "Kenya will close its border unless the rebels stop their attacks"; a refusal with a condition is one
        # too ("will not release the soldiers unless Israel releases ...")
        return "THREATEN", rest
    if event == "REJECT" and "negation" in aux and trigger.lemma_.lower() in _ACCEPT_VERBS:
        # "We do not accept the accusations": the refusal is the negated acceptance itself, no negated REJECT
        return "REJECT", tuple(a for a in aux if a != "negation")
    if _refused(trigger) or (event not in ("ASSAULT", "REJECT") and is_ruled_out(trigger)):
        # "will not lift the ban", "declined to resign", "refused to end the strike", "lifting the sanctions is out
        # of the question": a refusal
        return "REJECT", tuple(a for a in rest if a != "negation")
    if "future" in aux and event in _COOP_TO_AGREE:
        return "AGREE", rest
    if "future" in aux and event == "RETREAT":
        return "CONCEDE", rest
    if event in _THREAT_TYPES and ("future" in aux or "hypothetical" in aux):
        if _announced_pressure(trigger):
            return "THREATEN", rest
        cur, hops = trigger, 0
        while cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pobj", "pcomp", "prep") and hops < 3:
            cur, hops = cur.head, hops + 1
            if cur.lemma_.lower() in _THREAT_HEADS:
                return "THREATEN", rest
    if event == "ASSAULT" and is_prepared_attack(trigger):
        # "the army prepared to resume shelling": forces readied, the attack not yet made (MOBILIZE)
        return "MOBILIZE", rest
    return event, event_aux


# a reaction verb whose object is the word the classifier's type came from: "rejected a request by X" is a
# refusal, "condemned the attack" an accusation (the object is what is reacted to, not the event)
_REACTION_VERBS = {"reject", "condemn", "denounce", "deplore", "deny", "refuse", "welcome", "praise", "criticize",
                   "criticise", "defy", "dismiss"}
_TARGET_PREPS = {"against", "on", "at", "targeting", "upon"}


# verbs that ask for a measure: its noun ("sanctions", "arrest") is what is requested, not imposed
_APPEAL_VERBS = {"call", "press", "push", "appeal", "ask", "plead", "lobby", "clamour", "clamor"}


def _is_sanction_word(tok: Token, lexicon: Lexicon) -> bool:
    """A SANCTION or COERCE lexicon noun ("sanctions", "embargo", "arrest", "ban")."""
    text = tok.doc.text
    return tok.pos_ == "NOUN" and any(
        (rx := lexicon.trigger_res.get(t)) is not None and rx.match(text, tok.idx) for t in ("SANCTION", "COERCE"))


def governing_event(trig: Token, lexicon: Lexicon) -> tuple[Token, str] | None:
    """(better trigger, its PLOVER type) when the chosen trigger is only part of the event: the object of a reaction
    verb ("rejected [a request]" -> REJECT on "rejected"), the target of an attack noun ("attack against a military
    [base]" -> ASSAULT on "attack"), a party targeted by another act ("the crackdown on [protesters]" -> COERCE on
    "crackdown") or a measure asked for ("called for [sanctions]" -> REQUEST on "called"); None to keep the
    trigger."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trig.head
    if trig.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _REACTION_VERBS:
        cand = head
    elif trig.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in _APPEAL_VERBS and _is_sanction_word(trig, lexicon):
        # "called for sanctions against X", "pressed for the arrest of X": the demand, not the measure
        cand = head.head
    elif trig.dep_ == "pobj" and head.lower_ in _TARGET_PREPS and head.head.pos_ == "NOUN" and \
            head.head.i != head.i:
        cand = head.head
        rx = lexicon.trigger_res.get("ASSAULT")
        if rx is not None and rx.match(cand.doc.text, cand.idx):
            return cand, "ASSAULT"
        if not is_party_noun(trig):
            return None
        # a party noun is the target of the act that governs it: "the crackdown on protesters" is the crackdown
        # (COERCE), not a protest
    else:
        return None
    text = cand.doc.text
    types = [t for t, rx in lexicon.trigger_res.items() if rx.match(text, cand.idx)]
    return (cand, types[0]) if len(types) == 1 else None


# verbs that only look for, name or describe a party: "had not identified the attackers", "police are hunting
# for the gunmen" mention who did an attack, they are no attack (arresting them is COERCE, typed as such)
_LOOKUP_VERBS = {"identify", "name", "hunt", "search", "seek", "find", "trace", "track", "locate", "describe"}


def is_party_lookup(trig: Token) -> bool:
    """True when the trigger is a party noun ("attackers") that is only the object of a look-up verb."""
    if trig.pos_ != "NOUN" or not is_party_noun(trig):
        return False
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif trig.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in _LOOKUP_VERBS


_T = TypeVar("_T")


def _once(fn: Callable[[], _T]) -> Callable[[], _T]:
    """`fn`, computed on the first call only (per-sentence values shared by the sentence's events)."""
    memo: list[_T] = []

    def get() -> _T:
        if not memo:
            memo.append(fn())
        return memo[0]
    return get


def _scoped_sizes(events: list[Event], trigs: list[Token], text: str,
                  sentence_size: Callable[[], Size] | None = None) -> list[Event]:
    """With several events in one sentence, each takes the counts of its own clause ("Police killed 3 militants
    and arrested 4 others": dead=3 for the attack, arrested=4 for the arrest); see `size.event_size`.
    `sentence_size` gives the sentence's counts when the caller has them already."""
    if len(events) < 2:
        return events
    out = []
    for k, ev in enumerate(events):
        if ev.event in _SIZE_TYPES:
            whole = sentence_size() if sentence_size is not None else None
            size = event_size(text, trigs[k], trigs[:k] + trigs[k + 1:], whole)
            ev = ev if size == ev.size else replace(ev, size=size)
        out.append(ev)
    return out


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


_NAME_ENTS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT"}
_BACKGROUND_PREPS = {"following", "after", "before", "amid", "despite", "since", "over"}


def _participant(tok: Token) -> int:
    """1 for a trigger-lexicon word that names a participant rather than the event: a party noun ("troops",
    "hackers", "asylum seekers") or a word inside a proper name ("Islamic Resistance")."""
    if tok.pos_ == "PROPN" or (tok.ent_type_ in _NAME_ENTS and tok.pos_ != "VERB"):
        return 1
    if tok.dep_ in ("nsubj", "csubj") and tok.head.pos_ in ("VERB", "AUX"):
        return 0  # "Iraqi troops launched ...": the roles are read from the verb the party noun is subject of
    return 1 if tok.pos_ == "NOUN" and is_party_noun(tok) else 0


# verbs that only carry out or start the act their object names ("launched an assault on X", "carried out an
# attack", "staged a protest", "imposed sanctions"): the object noun is the event of the verb's clause
_LIGHT_VERBS = {"launch", "carry", "stage", "mount", "conduct", "make", "hold", "impose", "issue", "lodge", "file",
                "wage", "unleash", "begin", "start", "resume", "continue", "intensify", "step", "perpetrate",
                "commit", "undertake", "organise", "organize", "announce", "declare", "pay", "sign", "reach"}


def _light_object(tok: Token) -> bool:
    """A cue noun that is the object of a light verb: it ranks as that verb's clause does, not below every verb
    ("Iraqi troops launched an assault on X even as the Kurds said Y had attacked Z": the assault is the news)."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() in _LIGHT_VERBS


# prepositions of a verb's setting, means or reason, as opposed to those that introduce what a framing verb is about
# ("warned of an attack", "protested against the ban", "denied involvement in the bombing" keep their event)
_ADJUNCT_PREPS = {"with", "for", "in", "at", "during", "under", "through", "within", "as"}
_CONDITION_MARKS = {"unless", "if", "until"}


_CORE_DEPS = {"nsubj", "nsubjpass", "csubj", "dobj", "obj", "attr", "dative", "oprd"}
# verbs whose complement's act aux.py reads as negated, hypothetical, future or historical ("denied carrying out the
# airstrike", "warned that a massacre might happen"): that act stays the trigger
_FRAMING_HEADS = _aux._HYPO_HEADS | _aux._NEG_HEADS | _aux._FUTURE_HEADS | _aux._MEMORY_HEADS


def _core_of(tok: Token, main: Token) -> bool:
    """`tok` (or the phrase it is a conjunct of) is the main verb's subject or object ("condemned the act of
    aggression and the continuing threats")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == main.i and tok.dep_ in _CORE_DEPS


def _asked_for(tok: Token) -> bool:
    """What a plea asks for ("called for sanctions"): for a measure `governing_event` makes the plea verb the
    REQUEST."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _APPEAL_VERBS


def _in_adjunct_of(tok: Token, main: Token) -> bool:
    """A noun cue inside a prepositional adjunct of the main verb ("Germany reinforced its commitment to X with a
    contribution", "was arrested in Rwanda for ... accusations") or inside its condition clause ("will not release
    the tanker unless it can prove it was not breaking sanctions"): setting, means or condition of the main act."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    cur, adjunct = tok, False
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        # (the first preposition on the way up that hangs on a verb: "agreed to lift sanctions and provide
        # guarantees in the summit with X")
        if cur.dep_ == "prep" and cur.head.pos_ in ("VERB", "AUX") and not adjunct:
            if cur.lower_ not in _ADJUNCT_PREPS:
                return False
            adjunct = True
        if cur.head.i == main.i:
            return adjunct or (cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                                           for m in cur.children))
        cur = cur.head
    return False


def _weak_cue(tok: Token) -> bool:
    """A cue word that names no act the sentence asserts: a word inside a proper name ("Amnesty International",
    "the Islamic Resistance"), a word in a background clause ("following a fire that killed 19"), or a participle
    that only describes a noun ("U.N.-backed government", "the recently formed party").
    (Party nouns such as "gunmen" are not included: on the held-out half of the CAMEO actor set, replacing them by
    the main verb added a false recipient and lost an actor.)"""
    if tok.pos_ == "PROPN" or (tok.ent_type_ in _NAME_ENTS and tok.pos_ != "VERB") or _background(tok) or \
            police_kit(tok) is not None:
        return True
    return tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN")


def _names_no_act(tok: Token) -> bool:
    """A cue word that is part of a name or a participle describing a noun ("Amnesty International", "the
    U.N.-backed government"): evidence of no act at all (unlike a background clause, which is one)."""
    return (tok.pos_ == "PROPN" or (tok.ent_type_ in _NAME_ENTS and tok.pos_ != "VERB")) or \
        police_kit(tok) is not None or (tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN"))


def _names_subject_of(tok: Token, verb: Token) -> bool:
    """A proper-name word inside the subject phrase of `verb` ("The International Monetary Fund approved")."""
    return tok.pos_ == "PROPN" and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i
                                       for c in verb.children)


_HEDGES = {"alleged", "suspected", "purported", "reported", "presumed", "apparent"}


def is_hedge(tok: Token) -> bool:
    """A reporter's hedge on a noun ("the alleged abuses", "suspected militants"), not an accusation."""
    return tok.lower_ in _HEDGES and tok.dep_ == "amod"


def _background(tok: Token) -> int:
    """1 when the word lies in a clause that gives the background of the main event: under a temporal or
    causal preposition ("following a fire that killed 19", "after an attack"). Relative clauses are not
    demoted: doing so cost an IndiaPoliceEvents arrest ("arrested the man who ...") for +0.004 role F1."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return 0
        if cur.dep_ in ("prep", "advcl") and cur.lower_ in _BACKGROUND_PREPS:
            return 1
        if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _BACKGROUND_PREPS for m in cur.children):
            return 1
        cur = cur.head
    return 0


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in tok.children)


def _clause_head(tok: Token) -> Token:
    """The nearest verb at or above `tok` that has a subject of its own (else the root)."""
    cur = tok
    for _ in range(50):
        if cur.pos_ in ("VERB", "AUX") and _has_subject(cur) or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def own_clause_tokens(trig: Token, others: Sequence[Token]) -> set[int] | None:
    """The token indices of the trigger's own clause when other events of the sentence sit in clauses
    coordinated with it ("In February, militants killed four laborers, and in 2019 a suicide bomber killed 40"):
    a weapon, act or manner named in the other event's clause belongs to that event. None when no other event
    has a clause of its own apart from this trigger's."""
    doc = trig.doc
    head = _clause_head(trig)
    keep = {t.i for t in head.subtree} if head.dep_ == "conj" else set(range(len(doc)))
    for other in others:
        oh = _clause_head(other)
        if oh.i == head.i or oh.dep_ != "conj" and head.dep_ != "conj":
            continue
        if oh.dep_ == "conj" and not oh.left_edge.i <= trig.i <= oh.right_edge.i:
            keep -= {t.i for t in oh.subtree}
    if len(keep) == len(doc):
        return None
    return keep


def own_clause(trig: Token, others: Sequence[Token]) -> str | None:
    """The text of `own_clause_tokens`."""
    keep = own_clause_tokens(trig, others)
    return None if keep is None else "".join(trig.doc[i].text_with_ws for i in sorted(keep)).strip()


@dataclass(frozen=True)
class _Prediction:
    event: str
    confidence: float
    acled: str | None
    assault_acled: str | None = None  # the head's best violent sub-type, for a re-typing to ASSAULT
    # the ACLED head's (cue-boosted) probabilities, to choose again on the event's own clause
    acled_p: tuple[float, ...] = field(default=(), compare=False, repr=False)


# Military installations: a MOBILIZE cue as a deployment ("established a base"), a target when attacked
_INSTALLATIONS = frozenset({"base", "camp", "outpost", "garrison", "barracks", "checkpoint", "post", "position",
                            "headquarters"})


def _party_of(trigger: Trigger | None, event: Event) -> bool:
    """Whether the trigger's words lie inside one of the event's actor or recipient spans."""
    return trigger is not None and any(e.start <= trigger.start and trigger.end <= e.end for e in event.actor + event.recipient)


def _attacked_by(noun: Token, attack: re.Pattern[str], text: str) -> Token | None:
    """The attack verb whose object (or "on/against" object) `noun` is: "attacked a US base", "fired rockets at
    the base", "an assault on the camp" is not included (a noun trigger there is the ASSAULT already)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "at", "against", "into"):
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return head if head.pos_ == "VERB" and attack.match(text, head.idx) else None


class EventCoder:
    """Codes parsed sentences into events. Build with `EventCoder.load()`; the constructor does no I/O."""

    def __init__(self, model: CoderModel, embedder: Embedder | None, lexicon: Lexicon) -> None:
        self.model = model
        self.embedder = embedder
        self.lexicon = lexicon

    def _attack_behind_party(self, trig: Token, doc: Doc, text: str) -> Token | None:
        """An ASSAULT word of the main clause when a MOBILIZE prediction rests only on a party noun ("Serb forces
        were engaged in ethnic cleansing"): the noun names who acted, the attack word says what they did."""
        rx = self.lexicon.trigger_res.get("ASSAULT")
        mob = self.lexicon.trigger_res.get("MOBILIZE")
        if trig.pos_ != "NOUN" or rx is None or mob is None:
            return None
        # "A militia attacked a US base": the base is what was attacked, not a deployment
        target = _attacked_by(trig, rx, text) if trig.lemma_.lower() in _INSTALLATIONS else None
        if target is None and not is_party_noun(trig):
            return None
        # another MOBILIZE word that is no party noun ("deployed", "massed") keeps the mobilisation
        if any(mob.match(text, t.idx) and t.i != trig.i and not (t.pos_ == "NOUN" and is_party_noun(t)) for t in doc):
            return None
        if target is not None:
            return target
        cand = self._trigger("ASSAULT", doc, text)
        if not rx.match(text, cand.idx) or _participant(cand) or _background(cand):
            return None
        return cand

    def _verb_of_subject(self, trig: Token, text: str) -> tuple[Token, str] | None:
        """(verb, type) when a COERCE or MOBILIZE word is only the subject of a protest or attack verb: "prisoners
        rioted" is a riot, "troops attacked the village" an attack; the noun names who acted."""
        if trig.pos_ != "NOUN" or trig.dep_ != "nsubj" or trig.head.pos_ != "VERB":
            return None
        verb = trig.head
        types = [t for t in ("PROTEST", "ASSAULT") if (rx := self.lexicon.trigger_res.get(t)) is not None
                 and rx.match(text, verb.idx)]
        return (verb, types[0]) if len(types) == 1 else None

    @classmethod
    def load(cls, model_dir: Path | None = None) -> EventCoder:
        """Load the trained artefact (default: the committed one) and WordLlama, once per process."""
        return cls(load_model(model_dir), load_wordllama(), load_lexicon())

    # ------------------------------------------------------------------ classification
    def predict(self, texts: Sequence[str], docs: Sequence[Doc] | None = None) -> list[list[_Prediction]]:
        """Per text: up to two event predictions (best first), or [] when the coder abstains. `docs` are the
        spaCy parses of the texts (the syntax features need them; without them accuracy drops)."""
        if not texts:
            return []
        x = featurize(texts, self.embedder, docs)
        th = self.model.heads["type"]
        qh = self.model.heads.get("quad")
        pt = th.proba(x)
        p = combine(pt, th.labels, qh.proba(x) if qh else None, qh.labels if qh else (), self.model.quad_weight)
        if docs is not None:
            p = self._attack_verbs_kept(p, pt, th.labels, docs)
        ah = self.model.heads.get("acled")
        pa = ah.proba(x) if ah else None
        out: list[list[_Prediction]] = []
        for i in range(len(texts)):
            order = np.argsort(-p[i])
            preds: list[_Prediction] = []
            if is_sport_result(texts[i]):
                out.append(preds)
                continue
            for k in order[:_MAX_EVENTS_PER_SENTENCE]:
                label, conf = th.labels[int(k)], float(p[i, int(k)])
                if label == NONE:
                    break
                if label in _MATERIAL_CONFLICT and is_disaster_report(texts[i]):
                    continue
                if label == "ASSAULT" and is_private_crime(texts[i]):
                    continue
                if label == "COERCE" and is_private_crime(texts[i]) and not _ARREST_CUE.search(texts[i]):
                    continue  # robbers taking goods is no COERCE 'seize' either; an arrest of them stays
                if label in ("ASSAULT", "PROTEST") and is_habitual_statement(texts[i]):
                    continue
                if label == "ACCUSE" and docs is not None and self._hedge_only(docs[i], texts[i]):
                    continue  # "protests against the alleged abuses": a reporter's hedge, no accusation
                if conf < (self.model.threshold if not preds else max(self.model.threshold, _SECOND_EVENT_MIN)):
                    break
                pa_i = self._cue_boost(texts[i], pa[i]) if pa is not None else None
                acled = self._acled(label, pa_i, texts[i])
                # MOBILIZE, COERCE and PROTEST may turn out to be attacks (named by their subject or main-clause
                # word, or done by an armed group)
                alt = self._acled("ASSAULT", pa_i, texts[i]) if label in ("MOBILIZE", "COERCE", "PROTEST") else None
                fixed = acled_consistent_type(label, acled, texts[i])
                ap = tuple(float(v) for v in pa[i]) if pa is not None else ()
                preds.append(_Prediction(label, conf, acled, alt, ap) if fixed is None
                             else _Prediction(fixed[0], conf, fixed[1], acled_p=ap))
            rule = abstained_reading(texts[i], docs[i] if docs is not None else None) if not preds else None
            if rule is None and not preds and docs is not None and attack_subject_verb(docs[i]) is not None and \
                    not is_disaster_report(texts[i]):
                rule = ("ASSAULT", self._acled("ASSAULT", self._cue_boost(texts[i], pa[i]) if pa is not None
                                               else None, texts[i]))
            if rule is not None and rule[0] in th.labels:
                preds.append(_Prediction(rule[0], float(p[i, th.labels.index(rule[0])]), rule[1]))
            out.append(preds)
        return out

    def _attack_verbs_kept(self, p: np.ndarray, pt: np.ndarray, labels: Sequence[str],
                           docs: Sequence[Doc]) -> np.ndarray:
        """The quad head (trained largely on CAMEO-coded statements) can outvote a confident type head on
        agentless attack passives ("Rockets were fired at the US embassy"): when the type head prefers ASSAULT
        and an ASSAULT verb of the lexicon is a verb of the sentence, its joint score is not let fall below
        the type head's own."""
        if "ASSAULT" not in labels or NONE not in labels:
            return p
        a, n = labels.index("ASSAULT"), labels.index(NONE)
        rx = self.lexicon.trigger_res["ASSAULT"]
        out = p
        for i, doc in enumerate(docs):
            if pt[i, a] < _ATTACK_VERB_MIN or pt[i].argmax() != a or p[i].argmax() != n:
                continue
            text = doc.text
            if any(t.pos_ == "VERB" and rx.match(text, t.idx) for t in doc):
                out = out.copy() if out is p else out
                out[i] = pt[i]
        return out

    def _hedge_only(self, doc: Doc, text: str) -> bool:
        """The sentence's only ACCUSE words are hedges on nouns ("the alleged violations")."""
        rx = self.lexicon.trigger_res.get("ACCUSE")
        if rx is None or not len(doc):
            return False
        starts = {t.idx: t for t in doc}
        toks = [starts.get(m.start()) for m in rx.finditer(text)]
        return bool(toks) and all(t is not None and is_hedge(t) for t in toks)

    def _cue_boost(self, text: str, pa: np.ndarray) -> np.ndarray:
        """Raise ACLED sub-types whose unambiguous cue words occur ("suicide bomber", "chlorine", "grenade")."""
        labels = self.model.heads["acled"].labels
        out = pa.copy()
        hits = {sub for sub, rx in self.lexicon.acled_cues.items() if sub in labels and rx.search(text)}
        # the weapon that defines the more specific sub-type wins: "rockets loaded with chlorine" is a chemical
        # attack, "a suicide car bomb" a suicide bombing, so the generic cue (rockets, car bomb) is not raised
        hits -= {g for sub in hits for g in _CUE_OVERRIDES.get(sub, ())}
        for sub in hits:
            out[labels.index(sub)] *= _CUE_BOOST
        return out / out.sum()

    def _acled(self, event: str, pa: np.ndarray | None, text: str) -> str | None:
        allowed = _ACLED_TYPES.get(event)
        if pa is None or not allowed:
            return None
        ah = self.model.heads["acled"]
        if event == "ASSAULT" and _ABDUCTION in ah.labels and people_seized(text):
            return _ABDUCTION  # "gunmen seized 130 pupils": people taken by force (ACLED's definition), no place
        # violence and protest always have an ACLED category; for the rest "none" may win (routine politics)
        if event not in _ALWAYS_ACLED and NONE in ah.labels and pa[ah.labels.index(NONE)] >= _ACLED_NONE_MIN:
            return None
        best, best_p = None, 0.0
        for k in np.argsort(-pa):
            lab = ah.labels[int(k)]
            if lab == NONE:
                continue
            st = acled_subtypes().get(lab)
            if st is not None and st.event_type in allowed and not lacks_evidence(lab, text, event):
                best, best_p = lab, float(pa[int(k)])
                break
        if best is not None and event not in _ALWAYS_ACLED and is_crime_enforcement(best, text):
            return None
        if event == "ASSAULT" and best_p < self.model.acled_threshold:
            # the head saw no violent sub-type it believes in (or only ones the sentence gives no evidence
            # for): the generic one, not a guess from the bottom of its ranking
            return "Attack"
        return best if best_p >= self.model.acled_threshold or event in _ALWAYS_ACLED else None

    # ------------------------------------------------------------------ event assembly
    def _trigger(self, event: str, doc: Doc, text: str, main_clause: bool = False) -> Token:
        """`text` is doc.text (the sentence), passed in because spaCy rebuilds it on every access. With
        `main_clause` (the sentence's first event) a cue that names no act of the main clause gives way to the
        main verb when that is an event word (a second event keeps its own cue word)."""
        return self._moved_trigger(event, doc, text, main_clause)[0]

    def _moved_trigger(self, event: str, doc: Doc, text: str, main_clause: bool = False) -> tuple[Token, bool]:
        """`_trigger`, and whether the type's only cue was a name or a participle on a noun ("Amnesty", "U.N.-
        backed") so that the trigger moved to the main verb: then the classifier read the type from a word that
        names no act, and the main verb's own type is the better one."""
        rx = self.lexicon.trigger_res.get(event)
        cands: list[Token] = []
        if rx is not None:
            starts = doc.to_array("IDX").tolist()  # token start offsets, without building Token objects
            for m in rx.finditer(text):
                lo = bisect_left(starts, m.start())
                hi = bisect_left(starts, max(m.end(), m.start() + 1))
                toks = [doc[k] for k in range(lo, hi)]
                # a multi-word cue ("will meet", "opened fire") -> its content verb, else its syntactic head
                # ("missile attack" -> attack: the modifier is deeper in the parse and loses to party nouns)
                verbs = [t for t in toks if t.pos_ == "VERB"]
                heads = [t for t in toks if not lo <= t.head.i < hi or t.head.i == t.i]
                # (a modal cue, "must"/"should", stands for the act it demands: "said the authorities must ensure
                # security" -> ensure)
                modal = [t.head for t in toks if t.pos_ == "AUX" and t.dep_ == "aux" and t.head.pos_ == "VERB"]
                cands.extend(verbs[:1] or modal[:1] or [t for t in (heads[:1] or toks[:1])
                                                        if t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")])
        own_cues = bool(cands)
        if not cands and event == "COERCE" and main_clause:
            cands = self._police_acts(doc, text)
        if not cands:
            # the classifier's type has no cue word here: take any event word, else the main verb; a
            # reporting verb ("said") is not the event, its complement is
            any_rx = self.lexicon.any_trigger
            cands = [t for t in doc if t.pos_ == "VERB" and any_rx.match(text, t.idx)
                     and t.lemma_.lower() not in _REPORTING]
            if not cands:
                root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
                if root.lemma_.lower() in _REPORTING:
                    root = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), root)
                cands = [root]

        def depth(t: Token) -> int:
            d = 0
            while t.head.i != t.i and d < 50:
                t, d = t.head, d + 1
            return d

        # verbs express events more reliably than nouns ("troops", "artillery" name participants or weapons);
        # a word that names a party ("forces", "hackers") or sits inside a name ("Moro Islamic Liberation
        # Front") is a participant, and a clause hung on "following"/"after" is
        # background ("detained 18 people following a fire that killed 19"): all of these come last
        best = min(cands, key=lambda t: (_participant(t) or is_hedge(t) or is_nil_casualty(t), _background(t),
                                         0 if t.pos_ == "VERB" or _light_object(t) else 1, depth(t),
                                         0 if t.pos_ == "VERB" else 1, t.i))
        if not main_clause or (best.pos_ == "VERB" and not _weak_cue(best)):
            return best, False
        # the sentence's own act is its main verb, when that is an event word: a cue that names no act (a name, a
        # background clause of the same kind of act, a participle on a noun) or a noun in an adjunct or condition
        # of the main act ("Germany reinforced its commitment to X with a contribution of ...", "was arrested in
        # Rwanda for ... accusations") gives way to it; so does any other noun outside the main verb's subject and
        # object when the main verb is a word of the same kind of act (the same quad class: "a young inmate was
        # tortured to death by prison guards", COERCE read from "prison" -> "tortured"), unless the main verb
        # frames it as denied, feared, planned or remembered ("denied carrying out the airstrike": the aux mode is
        # read through it). The type stays the classifier's.
        main = self._main_event_verb(doc, text)
        if main is None or main.i == best.i or (_asked_for(best) and _is_sanction_word(best, self.lexicon)):
            return best, False
        same_kind = quad_code(event) in {quad_code(t) for t, rx in self.lexicon.trigger_res.items()
                                         if rx.match(text, main.idx)}
        if _background(best):
            # (a background act of another kind is what the type speaks of: "sent condolences following the
            # assault" keeps the assault; "detained 18 people following clashes that killed 19" is the detention)
            return (main if same_kind else best), False
        if _weak_cue(best):
            # (re-typed only when every cue of the type names no act; with no cue at all the evidence is unknown)
            # (nor when the cue is the name of the main verb's own subject: "The International Monetary Fund
            # approved a bailout" is the fund's aid, the verb a light one)
            return main, own_cues and all(_names_no_act(c) for c in cands if c.i != main.i) and \
                not _names_subject_of(best, main)
        if _in_adjunct_of(best, main) or \
                (same_kind and not _core_of(best, main) and main.lemma_.lower() not in _FRAMING_HEADS):
            return main, False
        return best, False

    def _police_acts(self, doc: Doc, text: str) -> list[Token]:
        """With no COERCE word (the sentence's first event): the acts of a police or army subject ("police
        officers cleared the chamber") rather than another type's word ("chanting"); the event words among them
        first ("the army discovered and destroyed a bomb factory": 'destroyed')."""
        acts = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() not in _REPORTING and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _POLICE_NOUNS for c in t.children)]
        acts += [c for t in acts for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and c.lemma_.lower() not in _REPORTING]
        words = [t for t in acts if self.lexicon.any_trigger.match(text, t.idx)]
        return words or acts

    def _main_verb_type(self, pred: _Prediction, verb: Token, text: str) -> _Prediction:
        """The prediction re-typed to the main verb's type, when the lexicon gives that verb exactly one ("Amnesty
        said police detained 18 people": COERCE, not CONCEDE read from "Amnesty")."""
        types = [t for t, rx in self.lexicon.trigger_res.items() if rx.match(text, verb.idx)]
        if len(types) != 1 or types[0] == pred.event:
            return pred
        return _Prediction(types[0], pred.confidence, pred.assault_acled or _retyped_acled(types[0], pred.acled)
                           if types[0] == "ASSAULT" else _kept_acled(types[0], pred.acled))

    def _main_event_verb(self, doc: Doc, text: str) -> Token | None:
        """The verb the sentence asserts (its root, or what a reporting root reports), when it is an event word."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        if root.lemma_.lower() in _REPORTING:
            root = next((c for c in root.children if c.dep_ == "ccomp"), root)
        # (breaking a truce or ban is the sentence's act though no lexicon word: "Iranian-backed Houthis have
        # violated a UN-brokered ceasefire")
        if root.pos_ != "VERB" or root.lemma_.lower() in _REPORTING or \
                (self.lexicon.any_trigger.match(text, root.idx) is None and not breaks_agreement(root)):
            return None
        return root

    def _scoped_to_clauses(self, out: list[Event], trigs: list[Token], preds: list[_Prediction],
                           text: str) -> list[Event]:
        """In a sentence holding several events in coordinated clauses, an event whose ACLED sub-type rests on a
        weapon, act or crowd named only in another event's clause takes the sub-type (and modes) its own clause
        gives."""
        if len(out) < 2:
            return out
        fixed: list[Event] = []
        for k, (ev, trig) in enumerate(zip(out, trigs)):
            keep = own_clause_tokens(trig, [t for j, t in enumerate(trigs) if j != k])
            clause = None if keep is None else "".join(trig.doc[i].text_with_ws for i in sorted(keep)).strip()
            sub = ev.acled_sub_event_type
            if clause is None or sub is None or not lacks_evidence(sub, clause, ev.event) or \
                    lacks_evidence(sub, text, ev.event):
                fixed.append(ev)
                continue
            ap = preds[k].acled_p
            new = self._acled(ev.event, self._cue_boost(clause, np.array(ap)), clause) \
                if ap and "acled" in self.model.heads else None
            if new is None and ev.event == "ASSAULT":
                new = "Attack"
            modes = self._modes(ev.event, clause, trig, new, keep)
            fixed.append(replace(
                ev, acled_sub_event_type=new, acled_event_type=acled_subtypes()[new].event_type if new else None,
                mode=modes, context=contexts_for(text, modes, self.lexicon), event_scale=event_scale(ev.event, modes),
                cameo_root=cameo_root(ev.event, modes)))
        return fixed

    def _span_acled(self, doc: Doc, keep: set[int], clause: str) -> str | None:
        """A violent sub-type read by the ACLED head from the clause alone, when the clause is the sentence's first
        tokens (the sentence's own probabilities speak of the side clause as well: "... as negotiators met")."""
        hi = next((i for i in range(len(doc)) if i not in keep), len(doc))
        if "acled" not in self.model.heads or hi == 0 or \
                any(i in keep and not doc[i].is_punct for i in range(hi, len(doc))):
            return None
        x = featurize([clause], self.embedder, [doc[0:hi].as_doc()])
        got = self._acled("ASSAULT", self._cue_boost(clause, self.model.heads["acled"].proba(x)[0]), clause)
        if got is None or acled_subtypes()[got].event_type in ("Protests", "Riots"):
            return None
        return got

    def _clause_acled_for(self, pred: _Prediction, verb: Token, text: str, clause: str | None = None) -> str:
        """A violent sub-type for an attack read from a background clause (`clause`, default the verb's subtree):
        the head's, on the clause's words."""
        clause = clause or "".join(t.text_with_ws for t in verb.subtree).strip() or text
        if pred.acled_p and "acled" in self.model.heads:
            got = self._acled("ASSAULT", self._cue_boost(clause, np.array(pred.acled_p)), clause)
            # (the clause's subject is who attacked: a crowd's sub-types belong to the main protest)
            if got is not None and acled_subtypes()[got].event_type not in ("Protests", "Riots"):
                return got
        return "Attack"

    def _modes(self, event: str, text: str, trigger: Token, acled: str | None,
               clause: set[int] | None = None) -> tuple[str, ...]:
        # modes come from the trigger's own phrase first, then the whole sentence (`clause`: the tokens of the
        # trigger's own clause, when other events of the sentence have theirs; `text` is then that clause)
        scope = " ".join(t.text for t in trigger.subtree if clause is None or t.i in clause)
        sc = mode_scores(event, scope, self.lexicon) or mode_scores(event, text, self.lexicon)
        if event == "ASSAULT" and acled == "Suicide bomb":
            # "a suicide bomber" is a person, no aircraft
            sc = {m: n for m, n in sc.items() if m != "aerial"}
        if event == "ASSAULT" and acled in _MODE_FROM_ACLED and _MODE_FROM_ACLED[acled] not in sc:
            implied = _MODE_FROM_ACLED[acled]
            if implied and acled not in ("Armed clash", "Mob violence"):
                return (implied,) + tuple(sorted(sc, key=lambda m: -sc[m]))[:1]
        # the mode the sub-type implies leads among equally frequent ones
        lead = _MODE_FROM_ACLED.get(acled or "") if event == "ASSAULT" else None
        return tuple(sorted(sc, key=lambda m: (-sc[m], m != lead, m)))[:2]

    def _event(self, article: Article, sentence: Sentence, doc: Doc, pred: _Prediction,
               fallback: Callable[[], str | None], sentence_size: Callable[[], Size], trigger: Token | None = None,
               found: Token | None = None, focus: str | None = None) -> tuple[Event, Token]:
        """The event and its trigger token; counts are the whole sentence's (`_events_for` scopes them).

        `fallback` gives the country for actors without one, `sentence_size` gives the sentence's counts (computed
        once per sentence), `trigger` an explicit trigger (a coordinated clause: no re-typing), `found` the
        result of `_trigger` for this prediction when the caller already has it, `focus` the article's country."""
        if trigger is None:
            trig = found if found is not None else self._trigger(pred.event, doc, sentence.text)
        else:
            trig = trigger
        better = governing_event(trig, self.lexicon) if trigger is None else None
        if better is not None and better[1] != pred.event:
            trig = better[0]
            pred = _Prediction(better[1], pred.confidence, _retyped_acled(better[1], pred.acled))
        elif better is not None:
            trig = better[0]
        if trigger is None and pred.event == "MOBILIZE":
            attack = self._attack_behind_party(trig, doc, sentence.text)
            if attack is not None:
                # the ACLED head's reading of the attack when it is a violent one, else the generic "Attack"
                trig, pred = attack, _Prediction("ASSAULT", pred.confidence,
                                                 _retyped_acled("ASSAULT", pred.assault_acled or pred.acled))
        if trigger is None and pred.event in ("COERCE", "MOBILIZE"):
            acted = self._verb_of_subject(trig, sentence.text)
            if acted is not None:
                acled = (pred.assault_acled or _retyped_acled("ASSAULT", pred.acled)) if acted[1] == "ASSAULT" \
                    else None
                trig, pred = acted[0], _Prediction(acted[1], pred.confidence, acled)
        if trigger is None and pred.event != "ASSAULT" and exchange_of_fire(trig):
            pred = _Prediction("ASSAULT", pred.confidence, "Armed clash", acled_p=pred.acled_p)
        if trigger is None and pred.event == "PROTEST":
            trig = crowd_act(trig)
        if trigger is None and pred.event == "CONSULT":
            crowd = crowd_disruption(trig)
            if crowd is not None:
                trig, pred = crowd, _Prediction("PROTEST", pred.confidence, None, acled_p=pred.acled_p)
        aux = aux_modes(trig, article.published)
        event, aux = reconcile(pred.event, trig, aux)
        if event != pred.event:
            pred = _Prediction(event, pred.confidence, _kept_acled(event, pred.acled))
        actor_heads, recip_heads = roles(trig)
        recip_heads = [h for h in recip_heads if not in_statement_source(h) and h.lemma_.lower() not in _TIME_NOUNS]
        cut = dateline_end(doc)
        if cut:
            # (round C7) "PARIS, Texas (AP) — A man was shot": the dateline's place is no party, however parsed
            actor_heads = [h for h in actor_heads if h.i >= cut]
            recip_heads = [h for h in recip_heads if h.i >= cut]
        # the fallback country is read only when there is a party to give it to (to_entities of no heads is ())
        fb = fallback() if actor_heads or recip_heads else None
        # (office-holders named without a title are looked up for the story's date)
        actors = to_entities(actor_heads, sentence.start, fb, on=article.published)
        recips = to_entities(recip_heads, sentence.start, fb, on=article.published)
        if fb is not None and actors and recips and \
                fb in {r.code for r in to_entities(recip_heads, sentence.start, None, on=article.published)
                       if r.sector == "GOV" and load_tables().countries.get(r.entity_text, ("", ""))[1] == "name"}:
            # "The government blamed India": the country named as the other side (by its name, not by a capital
            # or the place of the act) is not the unnamed actor's own;
            # it takes the article's country instead (or none when that is the same)
            actors = to_entities(actor_heads, sentence.start, focus if focus != fb else None, on=article.published)
        if fb is not None and pred.event == "ASSAULT" and recips and attacker_country(doc, fb) and \
                fb in {r.code for r in recips} - {r.code for r in to_entities(recip_heads, sentence.start, None,
                                                                               on=article.published)}:
            # (round C8) "Russian missiles struck the city, and 64 people were wounded": victims of an attack whose
            # only country word names the attacker's side take the article's country, not the attacker's
            recips = to_entities(recip_heads, sentence.start, focus if focus != fb else None, on=article.published)
        fixed = recode(pred.event, trig, sentence.text, actors, recips, self.lexicon)
        modes: tuple[str, ...]
        if fixed is not None and fixed == ("ASSAULT", ("destroy",)):
            # "the trucks were set on fire": ACLED's destruction of property
            pred = _Prediction("ASSAULT", pred.confidence, "Looting/property destruction")
            modes = fixed[1]
        elif fixed is not None and fixed[0] == "ASSAULT":
            # a launch the classifier took for a test, but aimed at a target or doing harm: a strike; an armed
            # group's "protest" is an attack of the kind the ACLED head saw
            pred = _Prediction("ASSAULT", pred.confidence, "Shelling/artillery/missile attack"
                               if pred.event == "MOBILIZE" else pred.assault_acled or "Attack")
            modes = self._modes(pred.event, sentence.text, trig, pred.acled)
        elif fixed is not None:
            # ACCUSE and MOBILIZE weapons tests carry no ACLED sub-type; a stopped demonstration keeps a protest one
            # as ACLED's "Protest with intervention", a blocked road is a "Peaceful protest"
            pred = _Prediction(fixed[0], pred.confidence, _FIXED_ACLED.get((fixed[0], pred.acled), None)
                               if fixed[0] != "CONCEDE" else _kept_acled("CONCEDE", pred.acled))
            if fixed == ("PROTEST", ("riot",)):
                pred = replace(pred, acled="Violent demonstration")  # protesters' own violence
            modes = fixed[1]
        else:
            modes = self._modes(pred.event, sentence.text, trig, pred.acled)
        if pred.event == "PROTEST" and pred.acled is None:
            # PROTEST always has an ACLED category (a re-typed riot or blockade gets it from its mode)
            pred = replace(pred, acled="Violent demonstration" if "riot" in modes else "Peaceful protest")
        size = sentence_size() if pred.event in _SIZE_TYPES else Size()
        acled = territory_side(pred.acled, doc, sentence.text) if pred.acled else None
        settled = acled_by_mode(pred.event, modes, acled, actors, sentence.text, trig)
        if acled in _CROWD_ACLED and settled == "Attack":
            modes = tuple(m for m in modes if m != "riot")  # the crowd's mode went with the crowd's sub-type
        acled = settled
        start = sentence.start + trig.idx
        return Event(
            id="", event=pred.event, mode=modes, context=contexts_for(sentence.text, modes, self.lexicon),
            quad_code=quad_code(pred.event),
            event_scale=event_scale(pred.event, modes), cameo_root=cameo_root(pred.event, modes),
            acled_event_type=acled_subtypes()[acled].event_type if acled else None, acled_sub_event_type=acled,
            actor=actors, recipient=recips, trigger=Trigger(start, start + len(trig.text), trig.text),
            event_loc=None, date=None, date_precision=None, aux=aux, size=size,
            event_text=sentence.text, sentence=sentence, confidence=round(pred.confidence, 4),
            article_id=article.id), trig

    def _events_for(self, article: Article, sentence: Sentence, doc: Doc, preds: list[_Prediction],
                    focus: str | None) -> list[Event]:
        out: list[Event] = []
        trigs: list[Token] = []
        used: list[_Prediction] = []  # the prediction behind each event (its ACLED probabilities)
        if not preds:
            return out
        text = sentence.text
        # computed at most once per sentence, not once per event: the same for every event of the sentence
        fallback = _once(lambda: sentence_country(doc) or focus)
        sentence_size = _once(lambda: extract_size(text))
        silenced: set[int] = set()  # tokens whose cue word was read as a non-event
        first, moved = self._moved_trigger(preds[0].event, doc, text, main_clause=True)
        if moved:
            preds = [self._main_verb_type(preds[0], first, text)] + preds[1:]
        for k, pr in enumerate(preds):
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, focus=focus,
                                   found=first if k == 0 else None)
            if out and out[0].trigger == ev.trigger:
                continue  # a second type on the same word is the classifier hedging, not a second event
            if out and _party_of(ev.trigger, out[0]) and trig.pos_ == "NOUN" and is_party_noun(trig):
                # "The president visited troops on the front line": a party of the first event is no second event
                # (no MOBILIZE on 'troops')
                continue
            if trigs and weapon_handled(trigs[0], trig, out[0].event, ev.event):
                continue
            accuser = accusation_of(trig)
            if accuser is not None and ev.event != "ACCUSE" and _has_subject(accuser):
                # "X accused Y of using thugs to intimidate voters": the alleged act is the accusation's content;
                # the event is the accusation (once)
                if any(o.trigger is not None and o.trigger.start == sentence.start + accuser.idx for o in out):
                    continue
                ev, trig = self._event(article, sentence, doc, _Prediction("ACCUSE", pr.confidence, None),
                                       fallback, sentence_size, trigger=accuser, focus=focus)
            if ev.event in ("COERCE", "MOBILIZE") and described_party(trig):
                continue  # "Eight of the raiders were among the dead": a party described, no act
            if trig.i in silenced or non_event_reason(ev.event, trig, doc, text, self.lexicon) is not None:
                # a non-event reading of the cue word ("released a video", "gave no toll": nonevents.py); another
                # type on the same word is no event either
                silenced.add(trig.i)
                continue
            if ev.event == "COERCE" and declares_emergency(trig) and is_disaster_story(article.text):
                # an emergency declared over an earthquake or a flood answers the disaster, it coerces nobody
                # (the article names no violent agent, protest or arrest anywhere; the forces rescue)
                continue
            if ev.event == "MOBILIZE" and is_disaster_story(article.text):
                continue  # "the army sent troops, boats and helicopters to the valley" of a flood: relief
            if trig.lemma_.lower() == "be" and (k > 0 or ev.event == "ASSAULT"):
                # no cue word of the type, so the main verb stood in: "The march was peaceful" is the copula
                # describing an event, not a (second) event; the classifier's first non-violent reading stays
                continue
            if ev.event == "ASSAULT" and is_party_lookup(trig):
                continue  # "had not identified the attackers": the attack is only mentioned through its authors
            if ev.event == "ACCUSE" and is_hedge(trig) and len(preds) > 1:
                # "protests against the alleged abuses": the reporter's hedge, nobody accuses anyone; kept when the
                # classifier has no other reading
                continue
            out.append(ev)
            trigs.append(trig)
            used.append(pr)
        # "Japan lodged a protest ..., and South Korea's foreign ministry condemned the launch": a coordinated
        # clause with its own subject and a trigger of the same type is a second event by another actor.
        rx = self.lexicon.trigger_res.get(preds[0].event)
        for verb in _coordinated_clauses(first):
            if rx is None or _casualty_toll(verb, first) or \
                    not (rx.match(text, verb.idx) or preds[0].event == "PROTEST" and protesters_gathered(verb)):
                continue
            ev, trig = self._event(article, sentence, doc, preds[0], fallback, sentence_size, trigger=verb,
                                   focus=focus)
            crowd = own_crowd(verb)
            if crowd is not None:
                # (the gathering's own crowd, which the parse hid in a place phrase, not the first clause's actor)
                at = sentence.start + crowd.idx
                ev = replace(ev, actor=(Entity(crowd.text, at, at + len(crowd.text), None, "CVL"),))
            if all(o.trigger != ev.trigger for o in out) and \
                    non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                out.append(ev)
                trigs.append(trig)
                used.append(preds[0])
        if preds[0].event != "ASSAULT" and all(e.event != "ASSAULT" for e in out):
            lead = main_clause_attack(doc, self.lexicon.trigger_res.get("ASSAULT"), first)
            if lead is not None:
                pr = _Prediction("ASSAULT", preds[0].confidence, None, acled_p=preds[0].acled_p)
                keep = {t.i for t in doc if not in_side_clause(t)}
                main_text = "".join(doc[i].text_with_ws for i in sorted(keep)).strip()
                pr = replace(pr, acled=self._span_acled(doc, keep, main_text) or
                             self._clause_acled_for(pr, lead, text, main_text))
                ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=lead,
                                       focus=focus)
                modes = self._modes(ev.event, main_text, trig, ev.acled_sub_event_type, keep)
                ev = replace(ev, mode=modes, context=contexts_for(text, modes, self.lexicon),
                             event_scale=event_scale(ev.event, modes), cameo_root=cameo_root(ev.event, modes))
                if all(o.trigger != ev.trigger for o in out) and \
                        non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                    # (the main clause's act leads the sentence)
                    out.insert(0, ev)
                    trigs.insert(0, trig)
                    used.insert(0, pr)
        if out and out[0].event == "ASSAULT" and all(e.event != "COERCE" for e in out):
            coercion = main_clause_coercion(doc, self.lexicon.trigger_res.get("COERCE"), trigs[0])
            if coercion is not None:
                pr = _Prediction("COERCE", preds[0].confidence, None, acled_p=preds[0].acled_p)
                ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=coercion,
                                       focus=focus)
                if all(o.trigger != ev.trigger for o in out) and \
                        non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                    out.insert(0, ev)  # (the main clause's act leads the sentence)
                    trigs.insert(0, trig)
                    used.insert(0, pr)
        if preds[0].event != "ASSAULT" and all(e.event != "ASSAULT" for e in out):
            for verb in background_attacks(doc, self.lexicon.trigger_res.get("ASSAULT")):
                pr = _Prediction("ASSAULT", preds[0].confidence, None, acled_p=preds[0].acled_p)
                pr = replace(pr, acled=self._clause_acled_for(pr, verb, text))
                ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=verb,
                                       focus=focus)
                if all(o.trigger != ev.trigger for o in out) and \
                        non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                    out.append(ev)
                    trigs.append(trig)
                    used.append(pr)
        out = self._scoped_to_clauses(out, trigs, used, text)
        return _scoped_sizes(out, trigs, text, sentence_size)

    def code(self, article: Article, sentence: Sentence, doc: Doc) -> list[Event]:
        """Events in one sentence; `doc` is the spaCy parse of `sentence.text` alone."""
        return self.code_batch(article, [(sentence, doc)])

    def code_batch(self, article: Article, items: list[tuple[Sentence, Doc]],
                   add_entities: Callable[[list[Doc]], None] | None = None, screened: bool = False) -> list[Event]:
        """Events in several sentences of one article, embedding them in one call.

        The classifier needs only the parse; named entities matter only for the roles of sentences that hold
        an event, so `add_entities` (when given) is called on just those docs, before actors are read."""
        # only sentences that pass the screen are coded; `screened` says the caller already checked
        if not screened:
            items = [(s, d) for s, d in items if is_candidate(s.text)]
        if not items or is_sport_report(article.text):
            return []
        preds = self.predict([s.text for s, _ in items], [d for _, d in items])
        if add_entities is not None:
            add_entities([d for (_, d), pr in zip(items, preds) if pr])
        focus = article_country_focus(article.text) if any(preds) else None
        towns = namesakes(article.text)
        out: list[Event] = []
        for (sentence, doc), pr in zip(items, preds):
            if pr and len(doc):
                if towns:
                    doc.user_data[NAMESAKES] = towns  # ("PARIS, Texas": every "Paris" of the story is that town)
                out.extend(self._events_for(article, sentence, doc, pr, focus))
        return out
