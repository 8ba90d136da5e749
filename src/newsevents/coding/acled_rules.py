"""ACLED sub-type rules that follow the PLOVER type, mode and parties: sub-types consistent with the type,
territory captured by which side, the sub-type a mode implies, and sub-types kept after a re-typing."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsevents.coding.actors import to_entities
from newsevents.coding.evidence import people_seized, serious_harm, without_earlier_tail
from newsevents.coding.frames import _PERSON_NOUNS, means_turned_on_crowd
from newsevents.nlp import doc_text, doc_tokens
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
_BURNING = re.compile(r"\b(burn\w*|torch\w*|set fire|set (?:[\w-]+ ){0,3}?(?:ablaze|alight|on fire)|demolish\w*|"
                      r"destroy\w*|blew up|razed)\b",
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


# (session 7, A7) a place or installation taken over ("took over the main army base", "overran a camp"): a
# capture, not a base of one's own (MOBILIZE "Headquarters or base established"); no preposition may come between
# the verb and the place ("seized weapons at a base" is a seizure), and "in the captured town" describes the place
_TAKEOVER = re.compile(r"(?<!the )(?<!a )(?<!an )(?<!newly )(?<!recently )"
                       r"\b(?:t[ao]o?k(?:en|es|ing)? over|overr[au]n\w*|captur\w*|seiz\w*)\s+"
                       r"(?:(?!(?:at|in|from|near|on|of|inside|outside|with)\b)[\w'-]+\s+){0,4}?"
                       r"(?:base|camp|barracks|garrison|outpost|post|headquarters|airport|airbase|town|city|village|"
                       r"checkpoint|positions?)s?\b(?!')", re.IGNORECASE)
# (session 7, A7) an explosive device made safe or found before it went off: ACLED's "Disrupted weapons use" (COERCE
# seize in the README), not the remote explosive it would have been
_DEVICE_SUBTYPES = ("Remote explosive/landmine/IED", "Grenade", "Disrupted weapons use")
_MADE_SAFE = re.compile(r"\b(defus\w*|deactivat\w*|dismantl\w*|neutrali[sz]\w*|disarmed|made safe|"
                        r"controlled explosion|found|recover\w*|discover\w*|seiz\w*|confiscat\w*|unearth\w*)\b",
                        re.IGNORECASE)
_WENT_OFF = re.compile(r"\b(explod\w*|blasts?|went off|go(?:es)? off|blew up|detonated|struck|hit)\b", re.IGNORECASE)


def acled_consistent_type(event: str, acled: str | None, text: str) -> tuple[str, str | None] | None:
    """(type, ACLED sub-type) when an ASSAULT prediction is really looting, a weapons seizure or a handover of
    territory, or a MOBILIZE prediction is a place retaken or taken over (the README's ACLED -> PLOVER mapping);
    None to keep it."""
    if event == "MOBILIZE" and _REGAIN.search(text):
        return "ASSAULT", acled if acled in _TERRITORY else _TERRITORY[0]
    if event == "MOBILIZE" and _TAKEOVER.search(text):
        # the side is settled later from the captor (`territory_side`)
        return "ASSAULT", acled if acled in _TERRITORY else _TERRITORY[1]
    if event == "PROTEST" and (acled == "Mob violence" or _MOB_ON_SUSPECT.search(text)) and \
            not _PROTESTING.search(text) and not _DEMONSTRATORS.search(text) and not _MOB_ARMED.search(text):
        # (round C11) "An angry mob set ablaze a suspected thief", "Supporters of two rival parties clashed with
        # sticks": a crowd's violence with no protest in it is ASSAULT (acled.tsv: Mob violence -> ASSAULT)
        return "ASSAULT", "Mob violence"
    if event == "PROTEST" and acled == "Violent demonstration":
        return _torching_without_protest(text)
    if event == "PROTEST" and acled == "Peaceful protest" and _BURNING.search(text) and \
            not _PROTEST_ACTS.search(text):
        # (round C29) "Settlers set fire to cars and homes in the village of X", read as a peaceful protest: burning
        # is no peaceful act, and with no protest, blockade, strike or protest symbol told it is no protest at all
        return _torching_without_protest(text)
    if event == "ASSAULT" and acled == "Looting/property destruction" and symbols_burned_only(text):
        return "PROTEST", "Peaceful protest"  # (round C30) "Villagers burned effigies of the governor"
    if event == "ASSAULT" and acled == "Looting/property destruction" and tyres_burned_only(text) and \
            not _MOB_ARMED.search(text):
        return "PROTEST", "Violent demonstration"  # (round C33) "Angry youths resorted to burning tyres"
    if event != "ASSAULT" or _HARM.search(text):
        return None
    if acled in _DEVICE_SUBTYPES and _MADE_SAFE.search(text) and not _WENT_OFF.search(text):
        return "COERCE", "Disrupted weapons use"
    if acled == "Looting/property destruction" and _LOOTING.search(text) and not _BURNING.search(text):
        return "COERCE", acled
    if acled == "Disrupted weapons use" and _SEIZURE.search(text):
        return "COERCE", acled
    if acled == "Non-violent transfer of territory" or _NO_FIGHT.search(text):
        return "RETREAT", "Non-violent transfer of territory"
    return None


# (round C28) ACLED files property destruction as "Attack" when people are killed or hurt in the same assault
# ("Insurgents beheaded three men and burned dozens of homes"); a harm denied ("nobody was hurt") is none
_PEOPLE_KILLED = re.compile(r"\b(kill\w*|dead|died|injur\w*|wound\w*|stabb\w*|hack(?:ed|ing) (?:[\w-]+ ){0,4}?to death"
                            r"|behead\w*|decapitat\w*|slaughter\w*|massacr\w*|butcher\w*|murder\w*|lynch\w*"
                            r"|execut(?:ed|ing))\b", re.IGNORECASE)
# a bomber who blows himself up is ACLED's "Suicide bomb" whatever the classifier's weapon reading; a bomber
# stopped before he could ("a would-be suicide bomber was shot dead") set off nothing
_SELF_DETONATION = re.compile(r"\b(suicide (?:bomber|attacker|car bomb|truck bomb|bombing|attack)s?"
                              r"|blew (?:him|her|them)sel(?:f|ves) up|detonated (?:his|her|their) (?:explosive |suicide )?"
                              r"(?:vest|belt)s?)\b", re.IGNORECASE)
_DETONATION_STOPPED = re.compile(r"\b(would-be|before (?:he|she|they) could|foil\w*|thwart\w*|prevent\w*|intercept\w*"
                                 r"|defus\w*|no(?:t|n't)? (?:been )?detonat\w*)\b", re.IGNORECASE)
_IED_SUB = "Remote explosive/landmine/IED"


def people_killed_beside(text: str) -> bool:
    """The sentence (less an earlier deed's tail) tells people killed or hurt, not denied."""
    return _PEOPLE_KILLED.search(_NOBODY_HURT.sub(" ", without_earlier_tail(text))) is not None


def self_detonated(text: str) -> bool:
    """The sentence (less an earlier deed's tail) tells a suicide bombing that was not stopped."""
    own = without_earlier_tail(text)
    return _SELF_DETONATION.search(own) is not None and _DETONATION_STOPPED.search(own) is None


# (round C21) settlers, a mob or young men torching cars, homes or shops with no protest, demonstration or riot
# named are no violent demonstration (ACLED's riots need demonstrators or a mob fighting): property alone is
# "Looting/property destruction", people attacked beside it an "Attack", a fight between crowds "Mob violence"
_RIOT_WORDS = re.compile(r"\b(riot(?:s|ed|ers?|ing)?(?! (?:police|squad|gear|units?|control|officers?))|unrest)\b",
                         re.IGNORECASE)
_PEOPLE_HURT = re.compile(r"\b(kill\w*|dead|died|injur\w*|wound\w*|shot|stabb\w*|beat(?:ing|en)?|hack\w*|"
                          r"assault\w*|attack\w*)\b", re.IGNORECASE)
_NOBODY_HURT = re.compile(r"\b(no(?: ?one| one| casualties| injuries| deaths)(?: was| were)?(?: \w+)? "
                          r"(?:hurt|injured|killed|reported)|without (?:casualties|injuries))\b", re.IGNORECASE)
_CROWDS_FOUGHT = re.compile(r"\b(clash\w*|fought|fighting|brawl\w*)\b", re.IGNORECASE)


# (round C29) what people do while protesting: a blockade, a strike, a march, or burning the symbols they protest
# against ("burned effigies of the governor", "burned tyres on the highway")
_PROTEST_ACTS = re.compile(r"\b(block\w*|barricad\w*|strik\w*|march\w*|picket\w*|sit-ins?|boycott\w*|chant\w*|"
                           r"effig\w*|flags?|tyres?|tires?|portraits?|posters?|pictures?|photos?|copies|candles?)\b",
                           re.IGNORECASE)


# (round C30) burning a likeness or flag ("burned effigies of the governor") is the protest itself, not property
# destroyed; other property burned beside it, or people hurt, keeps the violent reading
_SYMBOLS_BURNED = re.compile(r"\b(?:burn\w*|torch\w*|set fire to|set alight|set ablaze)\s+(?:[\w'-]+\s+){0,2}?"
                             r"(?:effig(?:y|ies)|flags?|portraits?|posters?|photos?|photographs?|pictures?)\b",
                             re.IGNORECASE)


def symbols_burned_only(text: str) -> bool:
    """The sentence burns effigies, flags or portraits and no other property, and hurts nobody."""
    if _SYMBOLS_BURNED.search(text) is None:
        return False
    rest = _SYMBOLS_BURNED.sub(" ", text)
    return _BURNING.search(rest) is None and _PEOPLE_HURT.search(_NOBODY_HURT.sub(" ", rest)) is None


# (round C33) tyres burned in the street ("resorted to burning tyres", "youths burning tyres blocked the highway"):
# the barricade of a crowd's demonstration, which ACLED files as a violent demonstration (its codebook names
# road-blocking with barricades or burning tyres), never looting or property destroyed
_TYRES_BURNED = re.compile(r"\b(?:(?:burn\w*|torch\w*|set fire to|set alight|set ablaze|lit|light\w*)\s+"
                           r"(?:[\w'-]+\s+){0,2}?(?:tyres?|tires?)|(?:tyres?|tires?)\s+(?:were\s+|was\s+)?"
                           r"(?:set\s+)?(?:ablaze|alight|on fire|burn\w*))\b", re.IGNORECASE)


# the deed a crowd answers ("after the killing of a trader", "over the death of a student"): its cause, not its harm
_GRIEVANCE = re.compile(r"\b(?:after|following|over|against|protest(?:ing)?|in protest (?:at|over|against))\s+"
                        r"(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:killings?|deaths?|murders?|shootings?|"
                        r"arrests?|abductions?|kidnappings?|lynchings?)\b(?:\s+of\b[^,.;]*)?", re.IGNORECASE)


def tyres_burned_only(text: str) -> bool:
    """(round C33) The sentence burns tyres and no other property, loots nothing and hurts nobody (the deed the
    crowd answers, "after the killing of a trader", is no harm it did)."""
    if _TYRES_BURNED.search(text) is None:
        return False
    rest = _GRIEVANCE.sub(" ", _TYRES_BURNED.sub(" ", text))
    return _BURNING.search(rest) is None and _LOOTING.search(rest) is None and \
        _PEOPLE_HURT.search(_NOBODY_HURT.sub(" ", rest)) is None


def _torching_without_protest(text: str) -> tuple[str, str] | None:
    """(ASSAULT, sub-type) for property set on fire or smashed with no protest told, else None."""
    if symbols_burned_only(text):
        return "PROTEST", "Peaceful protest"
    if tyres_burned_only(text):
        return "PROTEST", "Violent demonstration"
    if _PROTESTING.search(text) or _DEMONSTRATORS.search(text) or _RIOT_WORDS.search(text) or \
            not (_BURNING.search(text) or _CROWD_OWN_FORCE.search(text)):
        return None
    if _CROWDS_FOUGHT.search(text):
        return "ASSAULT", "Mob violence"
    hurt = _PEOPLE_HURT.search(_NOBODY_HURT.sub(" ", text))
    return "ASSAULT", "Attack" if hurt else "Looting/property destruction"


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
    if subj is not None and subj.lower_ in _SELF_PRONOUNS and word.dep_ == "ccomp" and \
            word.head.lemma_.lower() in _REPORTING:
        # (session 7, A7) "The army said it had recaptured X": "it" is the speaker
        return next((c for c in word.head.children if c.dep_ == "nsubj"), subj)
    return subj


_SELF_PRONOUNS = {"it", "they", "we"}
_REPORTING = {"say", "claim", "announce", "report", "state", "confirm", "declare"}


def _background_clause(verb: Token) -> bool:
    """A relative clause ("a base that the rebels seized last month"), also when the parser hangs it on the verb
    as an adverbial clause with "that"/"which": the place's history, not who captures it now."""
    if verb.dep_ == "relcl":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("that", "which") for c in verb.children)


# (round C31) past forms of capture verbs that are never nouns; the small parser may still tag one a noun at the
# root, with its subject hung on it as a compound ("The army retook Diapaga")
_CAPTURE_PAST_FORMS = frozenset({"retook", "recaptured", "overran", "captured", "seized", "regained", "reclaimed"})
# (round C31) an earlier deed's clause ("after militants had seized it in October"): the place's history, not who
# takes it now
_EARLIER_MARKS = frozenset({"after", "since", "before", "when"})


def _root_capture_noun(t: Token) -> Token | None:
    """The subject of a capture verb the parser tagged a noun at the root ("The army retook X": the army), else
    None."""
    if t.pos_ == "VERB" or t.dep_ != "ROOT" or t.lower_ not in _CAPTURE_PAST_FORMS:
        return None
    return next((c for c in reversed(list(t.lefts)) if c.dep_ in ("compound", "nsubj", "amod")), None)


def _earlier_deed(verb: Token) -> bool:
    """The verb tells a deed done before the main one: a pluperfect "after"/"since" clause."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _EARLIER_MARKS for c in verb.children) and \
        any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def captor_side(doc: Doc) -> str | None:
    """"state" / "non-state" for who captures the place in the sentence; None when unknown or mixed."""
    sides: set[str | None] = set()
    earlier: set[str | None] = set()
    for t in doc_tokens(doc):
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in _CAPTURE_VERBS and _background_clause(t):
            continue
        if (t.pos_ == "VERB" and lemma in _CAPTURE_VERBS) or (t.pos_ == "NOUN" and lemma in _CAPTURE_NOUNS):
            who = _captor(t)
            if who is not None:
                (earlier if t.pos_ == "VERB" and _earlier_deed(t) else sides).add(_party_side(who))
        elif (who := _root_capture_noun(t)) is not None:
            sides.add(_party_side(who))
    sides.discard(None)
    if not sides:
        sides = earlier - {None}  # (only an earlier capture told: it is the one coded)
    return sides.pop() if len(sides) == 1 else None


def _trigger_captor_side(trigger: Token | None) -> str | None:
    """(round C31) The side of the event's own capture verb's captor ("after militants had seized it": the
    militants, for the seizure told as its own event), else None."""
    if trigger is None:
        return None
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in _CAPTURE_VERBS and not _background_clause(trigger):
        who = _captor(trigger)
    else:
        who = _root_capture_noun(trigger)
    return _party_side(who) if who is not None else None


def territory_side(acled: str, doc: Doc, text: str, trigger: Token | None = None) -> str:
    """The territory sub-type given by the capturing side (the captor of the event's own capture verb `trigger`
    first); `acled` (the classifier's) when the side is unknown or mixed, or the sentence says a party lost the
    place."""
    if acled not in _TERRITORY:
        return acled
    # (round C31) the event's own captor also where another party's loss is told ("The army took control of Bunia
    # after rebels withdrew": the army's gain)
    side = _trigger_captor_side(trigger)
    if side is None and _LOST_PLACE.search(text):
        return acled
    side = side or captor_side(doc)
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


_PROTESTING = re.compile(r"\b(protest\w*|demonstrat\w*|rall(?:y|ies|ied))\b", re.IGNORECASE)
_MOB = re.compile(r"\b(mobs?|crowds?|lynch\w*|(?:angry|irate|enraged|furious) (?:residents|villagers|youths|locals))\b",
                  re.IGNORECASE)
# (session 7, A7) violence by the crowd itself; "riot police" and "riot gear" are the police's
_CROWD_VIOLENCE = re.compile(r"\b(stones?|rocks?|petrol bombs?|molotov\w*|torch\w*|set (?:fire|ablaze|alight)|burn\w*|"
                             r"loot\w*|vandali[sz]\w*|smash\w*|storm\w*|attack\w*|clash\w*|fought|"
                             r"riot(?:s|ed|ers?|ing)|"
                             r"riot(?! (?:police|squad|gear|units?|control|officers?))|violen\w*|ransack\w*|pelt\w*|"
                             r"hurl\w*|threw|throw\w*)\b", re.IGNORECASE)
# (session 7, A7) the crowd's own force, told so that the police's tear gas or water cannon cannot match it
_CROWD_OWN_FORCE = re.compile(r"\b((?:threw|throw\w*|hurl\w*|pelt\w*)\b(?:\s+[\w-]+){0,3}?\s+"
                              r"(?:stones|rocks|bricks|bottles|petrol bombs|molotov\w*|fireworks|projectiles)|"
                              r"set (?:fire|ablaze|alight)|torch\w*|"
                              r"burn(?:ed|t|ing) (?:tyres|tires|cars|vehicles|buses|shops|buildings?|offices?)|"
                              r"loot\w*|vandali[sz]\w*|ransack\w*|rioters|rioting|rioted)\b", re.IGNORECASE)
_INTERVENTION = re.compile(r"\b(dispers\w*|tear ?gas|water cannons?|batons?|rubber bullets|broke (?:it |them )?up|"
                           r"break (?:it |them )?up|arrest\w*|detain\w*|cordon\w*)\b", re.IGNORECASE)


# (round C10) "mob justice": unarmed locals killing or beating people they accuse of a crime or of witchcraft
# ("Villagers beat to death two men suspected of witchcraft", "Residents lynched a suspected kidnapper") is ACLED's
# "Mob violence", whatever the head read from the killing verb (an attack, or an abduction from "kidnapper")
_COMMUNITY = re.compile(r"\b(villagers?|residents?|locals?|youths?|vigilante\w*|mobs?|crowds?|community|"
                        r"neighbou?rs|onlookers|passers-by|traders|motorcyclists|people)\b", re.IGNORECASE)
# (round C34) or a killing or beating whose object is the accused ("attacked and killed two suspected cattle
# thieves", "beat and killed three suspected kidnappers")
_MOB_DEED = re.compile(r"\b(lynch\w*|(beat|beaten|hacked|stoned|clubbed|burned|burnt)\b(?:\s+\w+){0,4}?\s+"
                       r"(to death|alive)|set upon|mob justice|jungle justice|instant justice|"
                       r"(?:killed|beat|beaten|hacked|stoned|clubbed|murdered)(?:\s+(?:and|to death|dead|a|an|the|"
                       r"two|three|four|five|six|\d+))*\s+(?=(?:suspected|alleged|accused)\b))", re.IGNORECASE)
# (round C13: "on suspicion of cattle theft", "for allegedly stealing" also name the accusation)
_ACCUSED_VICTIM = re.compile(r"\b(suspect(ed|s)?|accused|alleged(?:ly)?|suspicion)\b", re.IGNORECASE)
# (round C22: herders, like farmers and villagers, are civilians; "armed herders" and "herder militia" are armed by
# their other word)
_MOB_ARMED = re.compile(r"\b(armed|guns?|gunm[ae]n|rifles?|militia\w*|fighters|militants?|rebels?|soldiers?|"
                          r"troops|police(?!\s+(said|say|says))|bandits?)\b", re.IGNORECASE)
# an organised armed group among a "mob"'s doers ("A herder militia clashed with a vigilante group"): no mob
_ARMED_GROUP = re.compile(r"\b(armed|gunm[ae]n|militia\w*|fighters|militants?|rebels?|bandits?|insurgents?|"
                          r"jihadists?)\b", re.IGNORECASE)


_FANS = re.compile(r"\b(fans|supporters|followers|partisans|hooligans|ultras)\b", re.IGNORECASE)
# (round C11) a crowd's deed done to a person it accuses ("set ablaze a suspected thief", "lynched an alleged
# kidnapper"): mob justice, whatever crowd word names the doers
_MOB_ON_SUSPECT = re.compile(r"\b(set (?:ablaze|alight|on fire)|burn(?:ed|t)|lynch(?:ed|ing)|beat|beaten|stoned|"
                             r"hacked|clubbed|dragged|whipped|flogged|paraded)(?: [\w-]+){0,3}? (suspected|alleged|"
                             r"accused)\b", re.IGNORECASE)


# (round C34) the people a crowd accuses are its victims, not an armed side: "killed three suspected bandits"
_SUSPECTS_NAMED = re.compile(r"(?i)\b(?:suspected|alleged|accused)(?:\s+[\w-]+){1,2}")


def _mob_justice(actors: tuple[Entity, ...], text: str) -> bool:
    """Unarmed locals (no armed or state side among the actors or the words) killing or beating people they
    accuse of something, or lynching them."""
    if not actors or not all(_COMMUNITY.search(a.entity_text) for a in actors) or \
            any(a.sector in _ARMED_SIDE for a in actors) or _MOB_ARMED.search(_SUSPECTS_NAMED.sub("", text)):
        return False
    return _MOB_DEED.search(text) is not None and (_ACCUSED_VICTIM.search(text) is not None or
                                                   "lynch" in text.lower())


# (round C12b) ACLED: a violent demonstration includes physical clashes of demonstrators with government forces
# (round C30) and people of a trade pressing a claim: "Clashes between riot police and cocoa farmers"
_CLASH_CROWD = r"(?:supporters|protesters|demonstrators|rioters|youths|students|marchers|farmers|growers|workers|" \
    r"miners|traders|vendors|pickers|villagers|residents|strikers|drivers|herders|fishermen)"
_CLASH_FORCE = r"(?:police(?:men)?|security forces|riot police|gendarmes?|soldiers|troops|the army)"
_CROWD_CLASH = re.compile(
    rf"\bclash\w*\s+between\s+(?:[\w'-]+\s+){{0,4}}?{_CLASH_CROWD}\s+(?:[\w'-]+\s+){{0,3}}?and\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?{_CLASH_FORCE}\b|"
    rf"\bclash\w*\s+between\s+(?:[\w'-]+\s+){{0,2}}?{_CLASH_FORCE}\s+and\s+(?:[\w'-]+\s+){{0,4}}?{_CLASH_CROWD}\b",
    re.IGNORECASE)


# (round C25) ACLED's mob violence: unorganised crowds fighting each other ("youths clashed with residents",
# "residents of two neighbouring villages clashed over grazing land"); police, soldiers or any armed side in the
# fight, or a protest, make it another sub-type (clans and rival groups are organised: `_RIVALS_FOUGHT`)
_UNORGANISED = re.compile(r"(?i)^(?:youths?|residents|villagers|traders|vendors|hawkers|students|fans|supporters|"
                          r"locals|neighbou?rs|worshippers|families|motorcyclists|riders|drivers|operators|people|"
                          r"inhabitants|tenants|squatters|passengers|shoppers|pupils|herders|farmers|activists|"
                          r"loyalists|partisans|members|workers|mourners)$")
_CLASH_LEMMAS = frozenset({"clash", "fight", "brawl", "scuffle"})


def crowd_fought_force(text: str) -> bool:
    """(round C30) A clash noun between a civilian crowd and police or soldiers ("Clashes between riot police and
    cocoa farmers left two people injured"): ACLED's violent demonstration (crowds fighting the state's forces)."""
    return _CROWD_CLASH.search(text) is not None


def crowd_fought_police(doc: Doc) -> Token | None:
    """(round C31) "Fans clashed with police after the match", "Villagers clashed with soldiers": a clash verb whose
    subject is an unorganised crowd and whose with-objects are all the state's police or soldiers, else None. The
    crowd is no organised armed side (no armed clash) and fights the state, not another crowd (no mob violence):
    ACLED's violent demonstration, as "Clashes between riot police and farmers" (round C30)."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CLASH_LEMMAS or any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _UNORGANISED.match(subj.text) or \
                _MOB_ARMED.search(" ".join(t.text for t in subj.subtree)):
            continue
        others = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                  if g.dep_ == "pobj"]
        others += [c for o in others for c in o.conjuncts]
        if others and all(_STATE_FORCE_WORDS.search(" ".join(t.text for t in o.subtree)) for o in others):
            return verb
    return None


def crowds_clashed(doc: Doc) -> bool:
    """A clash verb whose subject is an unorganised crowd and whose with-object, if any, is one too, with no armed
    or state side and no protest named in the clash's words."""
    return crowd_clash(doc) is not None


def crowd_clash(doc: Doc) -> Token | None:
    """The clash verb of `crowds_clashed`, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CLASH_LEMMAS:
            continue
        subj = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _UNORGANISED.match(subj.text):
            continue
        others = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                  if g.dep_ == "pobj"]
        others += [c for o in others for c in o.children if c.dep_ == "conj"]
        if not all(_UNORGANISED.match(o.text) or o.lemma_.lower() in ("stick", "stone", "machete", "club", "fist")
                   for o in others):
            continue  # ("youths clashed with police": a riot met by the state)
        # (round C27) "Students protesting the fee rise clashed with ruling-party activists": what the subject was
        # doing before names no protest of the clash; crowds fighting crowds are mob violence all the same
        told = {t.i for c in subj.children if c.dep_ in ("acl", "relcl") and c.i != verb.i for t in c.subtree}
        words = {t.i: t for t in (*subj.subtree, *verb.subtree) if t.i not in told}
        phrase = " ".join(t.text for _, t in sorted(words.items()))
        if not (_MOB_ARMED.search(phrase) or _PROTESTING.search(phrase) or _DEMONSTRATORS.search(phrase)):
            return verb
    return None


# (round C28) "a day after clashes between rival youth groups left six dead": a fight named by its noun between
# crowds or rival groups (no army, police or armed group)
_RIVAL_GROUPS = frozenset({"group", "gang", "faction", "clan", "community", "camp", "cult", "crowd", "mob"})


def crowd_clash_noun(doc: Doc) -> Token | None:
    """A clash noun whose "between" sides are all unorganised crowds or rival groups, else None."""
    for noun in doc_tokens(doc):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CLASH_LEMMAS | {"fighting"}:
            continue
        sides = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
                 if g.dep_ == "pobj"]
        sides += [c for o in sides for c in o.conjuncts]
        if sides and all(_UNORGANISED.match(o.text) or o.lemma_.lower() in _RIVAL_GROUPS and
                         any(c.lower_ == "rival" for c in o.children) for o in sides) and \
                not _MOB_ARMED.search(" ".join(t.text for t in noun.subtree)):
            return noun
    return None


def crowd_actors(actors: tuple[Entity, ...]) -> bool:
    """(round C35) The event's doers are all a mob or crowd ("A mob", "angry residents"); none for no doers."""
    return bool(actors) and all(_MOB.search(a.entity_text) for a in actors)


def _crowd_side(event: str, modes: tuple[str, ...], acled: str, actors: tuple[Entity, ...], text: str) -> str:
    """The demonstration sub-type for force by protesters or by police dispersing a crowd, or for a crowd's
    attack, else `acled`."""
    if event == "ASSAULT" and acled == "Armed clash" and _CROWD_CLASH.search(text) and \
            not any(a.sector in ("REB", "UAF") for a in actors):
        # "killed in clashes between opposition supporters and security forces": crowds meet the state's forces
        return "Violent demonstration"
    if event == "PROTEST" and acled == "Violent demonstration" and _INTERVENTION.search(text) and \
            not _CROWD_VIOLENCE.search(text):
        # (session 7, A7) "Nurses protested ... before riot police dispersed them with batons": the force is the
        # police's, the crowd was not violent
        return "Protest with intervention"
    if acled == "Looting/property destruction" and actors and \
            all(_DEMONSTRATORS.search(a.entity_text) for a in actors):
        return "Violent demonstration"  # (round C10) "Rioters ransacked the offices ...": the crowd's own damage
    if event != "ASSAULT" or not actors:
        return acled
    if acled == "Mob violence" and any(_ARMED_GROUP.search(a.entity_text) for a in actors):
        # (round C22) ACLED's mob violence is between unorganised crowds; an armed group fighting is a clash
        return "Armed clash" if _CROWDS_FOUGHT.search(text) else "Attack"
    police = all(_POLICE_ENTITY.search(a.entity_text) for a in actors)
    if police and acled == "Protest with intervention" and _CROWD_WORDS.search(text) and \
            _CROWD_OWN_FORCE.search(text):
        return "Violent demonstration"  # (session 7, A7) police force met a crowd that threw stones: a riot
    if acled in _PROTESTERS_FORCE_FROM and all(_DEMONSTRATORS.search(a.entity_text) for a in actors):
        return "Violent demonstration"  # "protesters attacked them with clubs and stones"
    if acled in (_EXCESSIVE, "Protest with intervention") and crowd_actors(actors):
        # (round C35) "A mob set fire to a police station ... after a man died in custody, killing one officer":
        # force against protesters is the state's; a crowd's own violence is a violent demonstration
        return "Violent demonstration"
    if acled in ("Attack", "Armed clash") and all(_MOB.search(a.entity_text) for a in actors):
        # (session 7, A7) "A vigilante mob attacked two traders": a crowd, no armed group; a crowd that is protesting
        # ("a mob tried to storm an army camp ... protesters attacked") is a violent demonstration
        return "Violent demonstration" if _PROTESTING.search(text) else "Mob violence"
    if acled in ("Attack", "Armed clash", _ABDUCTION) and _mob_justice(actors, text):
        return "Mob violence"
    if acled in ("Attack", "Armed clash") and all(_FANS.search(a.entity_text) for a in actors) and \
            not _MOB_ARMED.search(text) and not _PROTESTING.search(text):
        # (round C11) "Fans of the two clubs fought with sticks and bottles": unarmed rival crowds (ACLED: mob
        # violence), not armed groups
        return "Mob violence"
    if acled in ("Attack", "Armed clash") and "crowd-control" in modes and \
            (all(_POLICE_ENTITY.search(a.entity_text) for a in actors) or _state_doers(actors)) and \
            (_CROWD_WORDS.search(text) or _DISPERSAL.search(text) or _GATHERED.search(text)):
        # (round C24: "Security forces used batons and tear gas to disperse nurses": any state force; round C32:
        # "fired tear gas at opposition supporters who had gathered in Kampala")
        if _CROWD_OWN_FORCE.search(text):
            return "Violent demonstration"  # (session 7, A7) "... after some protesters threw stones": a riot
        return "Protest with intervention"  # "Police fired tear gas to disperse them"
    return acled


# (round C32) people told as gathered ("supporters who had gathered in Kampala", "a crowd massed outside the court")
_GATHERED = re.compile(r"\b(?:gathered|assembled|massed|congregated|converged)\b(?:\s+[\w'-]+){0,2}?\s+"
                       r"(?:outside|in|at|near|before|around|on|in front of)\b", re.IGNORECASE)


# two organised sides told as fighting each other (round C17)
_RIVALS_FOUGHT = re.compile(r"\brival (?:armed |criminal |drug |street )?(?:gangs?|groups?|factions?|militias?|clans?|"
                            r"cartels?|militants?)\b[^.;:]{0,30}?\b(?:fought|clashed|battled|exchanged fire|"
                            r"traded fire|shot it out)\b", re.IGNORECASE)


# (round C10) a fight over ground whose outcome is not told: ACLED codes the battle, not a change of hands
_CONTESTED = re.compile(r"\b(battl\w*|fought|fight\w*|clash\w*|vied|vying|struggl\w*)\b(?:\s+[\w'-]+){0,8}?\s+"
                        r"for (?:the )?control of\b", re.IGNORECASE)
_GROUND_TAKEN = re.compile(r"\b(captur\w*|seiz\w*|took|taken|tak(?:e|es|ing) (?:over|control)|overr[au]n\w*|"
                           r"retook|recaptur\w*|regain\w*|reclaim\w*|liberat\w*|drove out|driven out|"
                           r"gained control|fell)\b", re.IGNORECASE)


# (round C25) any protest named in a sentence: an arrest after a fight with none is ACLED's "Arrests", never a
# protest's intervention
_ANY_PROTEST = re.compile(r"\b(protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march\w*|riot(?:s|ed|ers?|ing)?|"
                          r"strik(?:e|es|ers?|ing)|sit-ins?|picket\w*|boycott\w*|gather\w*|crowds?|rioters?)\b",
                          re.IGNORECASE)


# (round C25) an occupation by a crowd (students, workers, farmers ...) that the state's forces end by removing them
_REMOVAL_VERBS = frozenset({"evict", "remove", "eject", "expel", "clear", "disperse", "oust", "drive"})
_OCCUPYING = frozenset({"occupy", "barricade", "storm", "invade"})
# (round C33) people carried off a place: "dragged them away", "hauled them out", "carried them off"; carrying,
# pulling and taking need their particle ("carried out raids" removes nobody)
_DRAGGING = frozenset({"drag", "haul"})
_TAKING_OFF = frozenset({"carry", "pull", "take", "lead"})
_OFF = frozenset({"away", "off", "out"})
# (round C33) other acts of a crowd's protest that the state's forces may end by removing or dispersing the crowd:
# chaining or gluing themselves to a place, a sit-in, a blockade, chanting ("Activists chained themselves to the
# gates before riot police dragged them away", "Mourners chanted slogans before soldiers dispersed them"); a plain
# protest verb ("Nurses protested ... before riot police dispersed them") keeps its PROTEST, met with force
_PROTEST_HELD = frozenset({"chain", "glue", "superglue", "handcuff", "padlock", "chant", "block", "blockade",
                           "picket", "sit"})


_GUARDS = frozenset({"guard", "security", "warden", "steward", "bouncer"})


def occupiers_removed(trigger: Token) -> bool:
    """`trigger` is a verb of removal whose object is "them" or a crowd, done by police or soldiers, and a verb it
    is conjoined with tells unarmed people occupying a place."""
    if not _removal_verb(trigger):
        return False
    # ("occupied the campus and police evicted them": the parser may join the doer to the object before it)
    # (round C28: or as the object of the occupation, "occupied the library and security guards removed them")
    doers = [c for c in trigger.children if c.dep_ == "nsubj"] or \
        [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] or \
        [t for t in trigger.doc[max(trigger.i - 1, 0):trigger.i] if t.pos_ in ("NOUN", "PROPN") and
         (t.dep_ == "conj" or t.dep_ == "dobj" and t.head.i == trigger.head.i and trigger.dep_ == "conj" or
          # (round C31) "occupied the office and riot police removed them", "riot" read as a joined verb or noun
          # with "police" its object: the force word right before the subjectless joined removal
          trigger.dep_ == "conj" and t.dep_ == "dobj" and t.head.dep_ == "conj" and
          t.head.head.i == trigger.head.i and _STATE_FORCE_WORDS.search(t.text) is not None)]
    # (round C28) the guards of the occupied place act for its authority ("security guards removed them by force")
    # (round C33: the doer's words up to its head, "security forces")
    if not doers or not all(_STATE_FORCE_WORDS.search(d.doc[d.left_edge.i:d.i + 1].text) or
                            d.lemma_.lower() in _GUARDS for d in doers):
        return False
    if trigger.lemma_.lower() == "drive" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in trigger.children):
        return False  # (only "driven out")
    occupiers = _occupiers_of(trigger)
    return bool(occupiers) and all(o.tag_ in ("NNS", "NNPS") and not _ARMED_VICTIMS.search(o.text) and
                                   not _STATE_FORCE_WORDS.search(o.text) for o in occupiers)


def _removal_verb(verb: Token) -> bool:
    """A verb that removes people from where they are: evicting, dispersing, clearing, or (round C33) dragging them
    away and carrying them off."""
    lemma = verb.lemma_.lower()
    if lemma not in _REMOVAL_VERBS | _DRAGGING | _TAKING_OFF or verb.pos_ != "VERB":
        return False
    if lemma in _REMOVAL_VERBS | _DRAGGING:
        return True
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in _OFF and c.i > verb.i for c in verb.children) and \
        any(c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children)


_ENDING_MARKS = frozenset({"until", "till", "before", "when"})
# (round C33) a headquarters or base moved, relocated or set up
_BASE_MOVED = re.compile(r"\b(?:mov\w*|relocat\w*|transferr\w*|set up|sets up|setting up|establish\w*|open\w*)\s+"
                         r"(?:[\w'-]+\s+){0,3}?(?:headquarters|command (?:centre|center|post)s?|bases?|"
                         r"operations? (?:centre|center|base)s?)\b", re.IGNORECASE)
# (round C33) restrictions an authority lays (shutting down, cutting off, closing, suspending), and the crowd force
# words that show a protest met in the same sentence
_SHUTTING = frozenset({"shut", "cut", "close", "suspend", "switch", "disconnect"})
_CROWD_FORCE_MET = re.compile(r"\b(dispers\w*|tear ?gas|water cannons?|batons?|rubber bullets|broke up|break up|"
                              r"arrest\w*|detain\w*|fired (?:on|at)|opened fire|charged)\b", re.IGNORECASE)
# (round C33) demonstrators' vandalism: paint daubed or sprayed, facades defaced, windows smashed
_VANDALISM = re.compile(r"\b(daub\w*|spray[- ]?paint\w*|defac\w*|vandali[sz]\w*|graffiti|smash\w*|"
                        r"(?:threw|thrown|throwing|hurled|splashed|poured|sprayed) (?:[\w-]+ ){0,2}?paint)\b",
                        re.IGNORECASE)
# (round C33) verbs and nouns of a ban laid by an authority
_BAN_VERBS = frozenset({"ban", "prohibit", "outlaw", "forbid", "bar"})
# (round C33) the words of a penalty one party lays on another from afar: sanctions, embargoes, asset freezes
_PENALTY_WORDS = frozenset({"sanction", "sanctions", "embargo", "freeze", "blacklist"})


def _occupiers_of(removal: Token) -> list[Token]:
    """The subjects of the occupation the removal verb ends: joined to it by "and" or "until" ("occupied the
    factory until police removed them"), or (round C30) the passive removal's subject told as occupiers ("Vendors
    who had occupied the terminal were driven out by police")."""
    # (round C32) "occupied the rector's office before riot police removed them", "... when police evicted them"
    if removal.dep_ == "conj" or removal.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ENDING_MARKS
                                                                  for c in removal.children):
        occupation = removal.head
        if occupation.lemma_.lower() in _OCCUPYING or _protest_held(occupation, removal):
            return [c for c in occupation.children if c.dep_ == "nsubj"]
        return []
    return [c for c in removal.children if c.dep_ == "nsubjpass" and
            any(r.dep_ == "relcl" and r.lemma_.lower() in _OCCUPYING for r in c.children)]


def _protest_held(act: Token, removal: Token) -> bool:
    """(round C33) `act` is a crowd's protest act (`_PROTEST_HELD`) that `removal` ends, told before it ("before",
    "until", "when" or "and"), the removal's object the crowd itself ("them"): not a removal told as the act's
    cause ("marched after police cleared the camp")."""
    return act.lemma_.lower() in _PROTEST_HELD and act.i < removal.i and \
        any(c.dep_ == "dobj" and c.lower_ == "them" for c in removal.children)


def occupation_ended(doc: Doc) -> Token | None:
    """(round C30) The removal verb of the sentence that ends an occupation by force (`occupiers_removed`), else
    None: told as "until police removed them" or "occupiers were driven out by police"."""
    return next((t for t in doc_tokens(doc) if t.pos_ == "VERB" and occupiers_removed(t)), None)


def occupiers_removal(occupation: Token) -> Token | None:
    """(round C28) The removal verb joined to the occupation verb `occupation` that ends it by force
    (`occupiers_removed`), else None: the removal is the event, the occupation its protest."""
    if occupation.lemma_.lower() not in _OCCUPYING | _PROTEST_HELD:
        return None
    return next((c for c in occupation.children if c.dep_ in ("conj", "advcl") and occupiers_removed(c)), None)


# words telling that a stormed place stayed in the raiders' hands
_HELD_GROUND = re.compile(r"\b(control\w*|held|hold\w*|occup\w*|took over|taken over|seiz\w*|captur\w*|overr[au]n)\b",
                          re.IGNORECASE)


def acled_by_mode(event: str, modes: tuple[str, ...], acled: str | None, actors: tuple[Entity, ...],
                  text: str, trigger: Token, recips: tuple[Entity, ...] = ()) -> str | None:
    """ACLED sub-types the PLOVER reading settles (round C6): an arrest told as COERCE arrest is ACLED's
    "Arrests" when the head offered another strategic development ("Agreement", "Disrupted weapons use"); an
    abduction (hijack/kidnap/abduct) with no killing or fighting in the sentence ("hijacked the train") is "Abduction/forced
    disappearance"; "Disrupted weapons use" is the state's seizure of arms, so armed groups carrying off weapons
    loot ("Looting/property destruction"); a sentence (SANCTION) is no arrest."""
    if event == "RETREAT":
        acled = _handover(modes, acled, text)
    if event == "RETREAT" and acled == "Non-violent transfer of territory" and left_a_body(trigger):
        return None  # (round C31) "Burkina Faso withdrew from the ECOWAS regional bloc": no ground changes hands
    if event == "COERCE" and "seize" in modes and "arrest" not in modes and \
            acled in (None, "Other", "Arrests") and goods_taken_by_armed(actors, trigger):
        return "Looting/property destruction"  # (round C9b) "gunmen stopped five trucks and seized their cargo"
    if acled is None or (event == "ASSAULT" and cyber_only(modes, text)):
        return None
    if event == "ASSAULT" and acled == _TERRITORY[1] and trigger.lemma_.lower() == "storm" and \
            not _TAKEOVER.search(text) and not _HELD_GROUND.search(text):
        # (round C30) "Gang members stormed the town and freed inmates from its prison": a raid told with no hold
        # on the place taken is the armed side's attack, not a takeover of territory
        return "Attack"
    if event == "ASSAULT" and acled in ("Attack", "Looting/property destruction") and _RIVALS_FOUGHT.search(text):
        # (round C17) "Inmates from rival gangs fought with knives ...": two organised sides fighting each other
        # are ACLED's armed clash, whatever the weapons (fans of rival clubs are no organised side)
        return "Armed clash"
    if event == "ASSAULT" and acled == "Change to group/activity" and _BURNING.search(text) and \
            not _ARMS.search(text):
        # (round C29) "they saw the machines were set on fire": property burned is destroyed, no change to a group's
        # activity (ACLED's strategic "Change to group/activity" is arms handed in, a base moved)
        return "Attack" if people_killed_beside(text) else "Looting/property destruction"
    if event == "ASSAULT" and acled == "Looting/property destruction" and people_killed_beside(text):
        return "Attack"  # (round C28) "beheaded three men and burned dozens of homes": the burning is the attack's
    if event == "ASSAULT" and acled in (_IED_SUB, "Attack") and self_detonated(text):
        return "Suicide bomb"  # (round C28) "a suicide bomber blew himself up at a military base"
    kind = acled_subtypes()[acled].event_type if acled in acled_subtypes() else None
    if event == "COERCE" and "arrest" in modes and kind == _STRATEGIC and acled != "Arrests" and \
            not (acled == "Other" and _MUTINY.search(text)):
        return "Arrests"  # (officers held by mutineers are no arrest: round C8)
    if event == "SANCTION" and "expel" in modes and acled == "Other" and _ENVOYS.search(text):
        return None  # (round C8) expelled diplomats: a diplomatic sanction, no strategic development
    if event == "COERCE" and acled == "Arrests" and modes[:1] == ("seize",) and "arrest" not in modes:
        return "Other"  # (round C7b) "detained the Eagle S tanker": a craft seized, no persons arrested
    if event in ("COERCE", "ASSAULT") and occupiers_removed(trigger):
        # (round C25) "Students occupied the campus and police evicted them with batons": a crowd's occupation
        # ended by force is its protest met by an intervention
        return _EXCESSIVE if _grave_harm(text) else "Protest with intervention"
    if event == "COERCE" and "arrest" in modes and acled in ("Protest with intervention", "Peaceful protest") and \
            _CROWDS_FOUGHT.search(text) and not _ANY_PROTEST.search(text):
        return "Arrests"  # (round C25) "arrested 60 people after youths clashed with residents": a fight, no protest
    if event == "COERCE" and "arrest" in modes and acled == "Excessive force against protesters":
        return "Arrests"  # (round C9) an arrest is no lethal force; the protest's own event carries the intervention
    if event == "ASSAULT" and "abduct" in modes and acled != _ABDUCTION and not _HARM.search(text) and \
            trigger.lemma_.lower() in _TAKING_VERBS and not place_captured(trigger):
        return _ABDUCTION
    if acled == "Disrupted weapons use" and actors and all(a.sector in _NON_STATE_SIDE for a in actors):
        return "Looting/property destruction"
    if event == "ASSAULT" and acled in ("Armed clash", "Attack", "Violent demonstration") and \
            not any(a.sector in _ARMED_SIDE for a in actors) and crowds_clashed(trigger.doc):
        return "Mob violence"  # (round C25) "youths clashed with residents": unorganised crowds, no armed side
    if event == "ASSAULT" and acled in ("Armed clash", "Attack", _ABDUCTION) and place_captured(trigger) and \
            not (acled == _ABDUCTION and people_seized(text)):
        # (round C9) "fighters said they had captured a battalion headquarters": a place taken, by the captor's side
        side = captor_side(trigger.doc)
        if side is not None:
            return _TERRITORY[0] if side == "state" else _TERRITORY[1]
    if event == "ASSAULT" and acled in _TERRITORY and not _GROUND_TAKEN.search(text) and \
            enemy_repelled(trigger.doc) is not None:
        return "Armed clash"  # (round C31) "pushed back Russian assault groups near Pokrovsk": a fight, no gain told
    if event == "ASSAULT" and acled in _TERRITORY and _CONTESTED.search(text) and not _GROUND_TAKEN.search(text):
        return "Armed clash"  # (round C10) "battled special forces for control of a village": a fight, no gain told
    if event == "SANCTION" and acled in _TERRITORY + ("Non-violent transfer of territory",):
        return None  # (round C9) a sanction moves no front line
    if event == "ASSAULT" and acled in ("Attack", "Armed clash") and "crowd-control" in modes and \
            means_turned_on_crowd(trigger.doc) is not None and \
            (_CROWD_WORDS.search(text) or _PROTEST_ACTS.search(text)):
        # (round C32) "Water cannon were turned on striking dockworkers": the force names no doer, its means do
        return "Violent demonstration" if _CROWD_OWN_FORCE.search(text) else "Protest with intervention"
    if event == "PROTEST" and acled == "Peaceful protest" and means_turned_on_crowd(trigger.doc) is not None:
        return "Protest with intervention"  # (round C32) "Water cannon were turned on protesting workers"
    if event == "ASSAULT" and acled == "Attack" and troops_ambushed(trigger):
        return "Armed clash"  # (round C32) "Cartel gunmen ambushed a military convoy, killing four soldiers"
    if event == "ASSAULT" and acled == "Attack" and property_only_raid(trigger):
        return "Looting/property destruction"  # (round C32) "raided a village, stealing cattle and burning granaries"
    if event in ("COERCE", "SANCTION") and acled in ("Peaceful protest", "Protest with intervention",
                                                     "Violent demonstration") and \
            trigger.lemma_.lower() in _BAN_VERBS:
        # (round C33) "Zimbabwe's government banned all opposition rallies": a ban on protests is the authority's
        # restriction; no crowd gathered, so it is no protest of any kind (the training set: none, or "Other")
        return None
    if event == "MOBILIZE" and acled in _TERRITORY + ("Non-violent transfer of territory",) and \
            _BASE_MOVED.search(text):
        # (round C33) "The jihadist group moved its headquarters to the town of Tessit": a base set up or moved to a
        # place is ACLED's "Headquarters or base established"; no ground changes hands by it
        return "Headquarters or base established"
    if event == "COERCE" and acled in ("Peaceful protest", "Protest with intervention") and \
            trigger.lemma_.lower() in _SHUTTING and not _CROWD_FORCE_MET.search(text):
        # (round C33) "Authorities cut internet access ahead of a planned general strike", "shut down a channel that
        # had broadcast the protest": a restriction the protest is only the occasion of; ACLED's strategic "Other"
        return "Other"
    if event == "PROTEST" and acled == "Peaceful protest" and _VANDALISM.search(text):
        # (round C33) "Activists daubed red paint on the offices of the energy ministry": ACLED counts vandalism by
        # demonstrators as a violent demonstration
        return "Violent demonstration"
    if event == "SANCTION" and acled == "Other" and trigger.lemma_.lower() in _PENALTY_WORDS:
        # (round C33) "Canada imposed sanctions on four Haitian gang leaders": sanctions, embargoes and asset freezes
        # are a state's penalty, which ACLED does not code as a strategic development of the conflict
        return None
    if event == "SANCTION" and acled == "Change to group/activity":
        # (round C32) "imposed sanctions on three commanders of the Rapid Support Forces": ACLED's change to a
        # group's activity is the group's own (disbanding, disarming, a new allegiance); a penalty laid on it by
        # another party is none
        return None
    if event == "ASSAULT" and acled == "Looting/property destruction" and \
            (_KILLED.search(text) or _PEOPLE_SHOT.search(text)):
        # (round C9) "set fire to dozens of homes and killed at least 15 people": people killed outrank property
        return "Attack"
    if event == "ASSAULT" and acled == "Armed clash" and "abduct" in modes and not _HARM_DONE.search(text) and \
            any(t.lemma_.lower() in _TAKING_VERBS and t.pos_ == "VERB" for t in doc_tokens(trigger.doc)):
        # (round C9) "stormed a boarding school and kidnapped 35 students": one armed side taking people
        return _ABDUCTION
    if event == "ASSAULT" and _EXECUTION.match(trigger.text) and kind in ("Protests", "Riots", _STRATEGIC):
        return "Attack"  # (round C9) "hanged two men convicted of killing ... during protests": an execution
    if event == "COERCE" and acled == "Agreement":
        return "Other"  # (round C9b) "shut down the broadcaster": coercion is no agreement
    if acled in _TERRITORY and trigger.lemma_.lower() in ("raid", "search") and not place_captured(trigger):
        # (round C9b) "Serbian police raided the newsroom": a raid holds no ground
        return "Arrests" if "arrest" in modes else ("Attack" if event == "ASSAULT" else "Other")
    if event == "SANCTION" and acled == "Arrests":
        return None  # a court's sentence punishes people already held: no arrest is made
    if event == "ASSAULT" and acled in _CROWD_ACLED and actors and \
            all(a.sector in _ARMED_SIDE for a in actors) and not _CROWD_WORDS.search(text):
        # (round C7) "The Houthis have attacked more than 100 ships": an armed group's attack with no crowd in the
        # sentence is no demonstration or mob
        return "Attack"
    armed_only = bool(actors) and all(a.sector in _ARMED_SIDE for a in actors)
    if event == "COERCE" and (acled == "Peaceful protest" and armed_only or
                              acled in ("Peaceful protest", "Protest with intervention") and _WARSHIPS.search(text)) \
            and not _CROWD_WORDS.search(text):
        # (round C8: also a port blockaded by warships, which the head may read as a protest met with force)
        return None  # (round C7c) "Naval forces blockaded the port": a restriction by armed forces, no crowd
    if event == "COERCE" and "arrest" in modes and acled in ("Protest with intervention", "Peaceful protest") and \
            arrests_before_protest(trigger):
        return "Arrests"  # (round C27) the arrests a later protest is against were made outside it
    if event == "COERCE" and "arrest" in modes and acled == "Arrests" and _PROTESTING_WORD.search(text) and \
            arrested_while_protesting(trigger):
        return "Protest with intervention"  # (round C32) "arrested opposition MPs who were marching to parliament"
    if event == "COERCE" and "arrest" in modes and acled in ("Protest with intervention", "Peaceful protest") and \
            protest_named_in_arrested_only(trigger):
        return "Arrests"  # (round C30) "raided homes and arrested 14 suspected organisers of the protest"
    if event == "COERCE" and "arrest" in modes and acled in ("Protest with intervention", "Peaceful protest") and \
            protest_only_awaited(trigger):
        return "Arrests"  # (round C31) "arrested 12 activists within hours of the opposition's call for protests"
    if event == "COERCE" and "arrest" in modes and acled in ("Protest with intervention", "Peaceful protest") and \
            no_protest_told(text):
        return "Arrests"  # (round C34) "Police in Hong Kong detained a veteran pro-democracy activist"
    if event == "PROTEST" and acled in ("Protest with intervention", "Peaceful protest") and \
            _arrests_protested(trigger):
        return "Peaceful protest"  # (round C26) "their supporters protested against the arrests on Saturday"
    if event in ("PROTEST", "COERCE") and acled == "Peaceful protest" and police_intervened(trigger.doc):
        return "Protest with intervention"
    if event == "PROTEST" and acled == "Protest with intervention" and _force_named_as_place_only(trigger.doc):
        return "Peaceful protest"  # (round C9b) "gathered outside the police headquarters to demand ...": a venue
    if event == "ASSAULT":
        acled = _force_on_protesters(acled, actors, recips, trigger, text)
        acled = _drone_used(modes, acled)
    acled = _device_used(_coup_attempt(event, _crowd_side(event, modes, acled, actors, text), text), text)
    if event == "ASSAULT" and acled == "Armed clash" and not _FOUGHT.search(_without_doer_description(trigger)) and (
            unarmed_target(trigger) or civil_place_attacked(trigger, text)):
        return "Attack"  # (session 7, A7) "pirates attacked 237 ships": one armed side only (crowds settled above)
    if event == "ASSAULT" and acled == "Attack" and _IN_A_FIGHT.search(text):
        return "Armed clash"  # (round C15) "killed dozens of the assailants in the ensuing battle": both sides fought
    if event == "ASSAULT" and acled == "Attack" and repelled(trigger):
        return "Armed clash"  # (round C24) "troops repelled a Ukrainian attack": the attacked side fought back
    if event == "ASSAULT" and acled == "Attack" and armed_foes_killed(trigger) and not _CAPTIVE_WORDS.search(text):
        return "Armed clash"  # (round C31) "Soldiers killed two militants who had attacked a checkpoint"
    if event == "ASSAULT" and acled in ("Attack", "Armed clash", _ABDUCTION) and attackers_pursued(trigger):
        # (round C27) "Soldiers chased the raiders and killed 14 of them": force against armed men is a fight
        # between two armed sides; where only aircraft struck ("Helicopters pursued the gunmen and killed 9 of
        # them") it is ACLED's air strike
        return "Air/drone strike" if _aircraft_subject(trigger) else "Armed clash"
    return acled


# (round C31) a state force killing armed men ("Soldiers killed two militants who had attacked a checkpoint",
# "troops killed six militants"): force between two armed sides, ACLED's armed clash (the training set codes it so),
# unless the dead were captives (executed detainees stay an attack on people who can no longer fight)
_KILLING_LEMMAS = frozenset({"kill", "shoot", "neutralise", "neutralize", "eliminate", "gun"})
_ARMED_FOES = re.compile(r"\b(militants?|rebels?|insurgents?|jihadists?|terrorists?|fighters|gunm[ae]n|bandits?|"
                         r"attackers|assailants|raiders|militiam[ae]n|guerrill\w*)$", re.IGNORECASE)
_CAPTIVE_WORDS = re.compile(r"\b(captured|captives?|detained|detainees?|custody|prisoners?|execut\w*|surrendered|"
                       r"unarmed|handcuffed|blindfolded)\b", re.IGNORECASE)


def armed_foes_killed(trigger: Token) -> bool:
    """The trigger is a killing verb whose subject is a state's force (no aircraft) and whose object is armed men."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _KILLING_LEMMAS or _aircraft_subject(trigger):
        return False
    subj = next((c for v in _coordinated(trigger) for c in v.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in _SELF_PRONOUNS and trigger.dep_ == "ccomp" and \
            trigger.head.lemma_.lower() in _REPORTING:
        # "The army said it killed 15 bandits": "it" is the speaker (as for a capture, `_captor`)
        subj = next((c for c in trigger.head.children if c.dep_ == "nsubj"), subj)
    if subj is None or _STATE_FORCE_WORDS.search(" ".join(t.text for t in subj.subtree)) is None:
        return False
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objs) and all(_ARMED_FOES.search(o.text) for o in objs)


# (round C27) armed men pursued, chased or tracked down by a force that then kills them
_PURSUIT_LEMMAS = frozenset({"pursue", "chase", "track", "hunt", "trail", "intercept", "corner", "follow"})
_AIRCRAFT = frozenset({"helicopter", "gunship", "jet", "warplane", "aircraft", "drone", "plane", "bomber"})


def _coordinated(verb: Token) -> list[Token]:
    """The verb and the verbs joined to it by "and" ("pursued the gunmen and killed 9 of them")."""
    head = verb
    while head.dep_ == "conj" and head.head.pos_ == "VERB":
        head = head.head
    return [head] + [c for c in head.conjuncts if c.pos_ == "VERB"]


def attackers_pursued(trigger: Token) -> bool:
    """The trigger's verb, or a verb joined to it, pursues armed men ("chased the raiders into the forest", "tracked
    down the bandits"): its object is an armed non-state doer."""
    if trigger.pos_ != "VERB":
        return False
    return any(v.lemma_.lower() in _PURSUIT_LEMMAS and
               any(o.dep_ == "dobj" and (o.lower_ in _ARMED_DOERS or o.lemma_.lower() in
                                         ("attacker", "assailant", "raider", "kidnapper", "abductor", "gunman"))
                   for o in v.children)
               for v in _coordinated(trigger))


def _aircraft_subject(verb: Token) -> bool:
    """The subject of the verb (or of the first of its joined verbs) is an aircraft noun ("Helicopters")."""
    subj = next((c for v in _coordinated(verb) for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _AIRCRAFT


# (round C24) an attack repelled, repulsed or fought off was met by the arms of the side it struck: ACLED's armed
# clash, told on the attack noun ("repelled a jihadist attack on their base") or on the verb ("beat back the
# militants"); a foiled or thwarted attack may have been stopped before any fight, and is left alone
_REPEL_LEMMAS = frozenset({"repel", "repulse"})
_REPEL_PARTICLES = {"fight": "off", "fend": "off", "ward": "off", "beat": "back", "drive": "back", "push": "back",
                    "hold": "off", "fought": "off"}


def _repelling(verb: Token) -> bool:
    """`verb` is "repel"/"repulse", or "fight off"/"beat back"/"drive back"/"fend off" and the like."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in _REPEL_LEMMAS:
        return True
    particle = _REPEL_PARTICLES.get(lemma) or _REPEL_PARTICLES.get(verb.lower_)
    return particle is not None and any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)


def repelled(trigger: Token) -> bool:
    """The attack on `trigger` was repelled: `trigger` is the repelling verb with an object, or the attack noun
    that such a verb takes as its object (or as its passive subject)."""
    if _repelling(trigger):
        return any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)
    return trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass", "conj") and _repelling(
        trigger.head if trigger.dep_ != "conj" else trigger.head.head)


def enemy_repelled(doc: Doc) -> Token | None:
    """(round C31) "Ukrainian forces pushed back Russian assault groups near Pokrovsk": a repelling verb whose object
    is a force or an attack, not ground (a place noun or a name), else None: a fight, no territory changing hands."""
    for verb in doc_tokens(doc):
        if not _repelling(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if objs and all(o.pos_ in ("NOUN", "PRON") and o.lemma_.lower() not in _PLACES | _GROUND_NOUNS for o in objs):
            return verb
    return None


# (round C21) ACLED's protest sub-types follow the parties: force by the state's police or army that kills or
# gravely hurts protesters is "Excessive force against protesters", in a main clause or told in passing ("...,
# after police opened fire on demonstrators, killing three", "teachers, two of whom were shot dead by police");
# the same force by gunmen or an armed group is an attack on civilians, never the state's excessive force
_EXCESSIVE = "Excessive force against protesters"
_STATE_FORCE_WORDS = re.compile(r"\b(police\w*|officers?|gendarme\w*|soldiers?|troops?|army|military|"
                                r"security (?:forces|personnel|agents|officers)|riot squad|paramilitar\w*|"
                                r"national guard\w*|guardsmen)\b", re.IGNORECASE)
_NON_STATE_DOERS = re.compile(r"\b(gunm[ae]n|assailants?|attackers?|unidentified|unknown|masked|militants?|"
                              r"rebels?|insurgents?|jihadists?|bandits?|thugs?|vigilantes?)\b", re.IGNORECASE)
_PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "march", "rally", "picket", "gather", "strike"})
_PROTESTING_CROWD = re.compile(r"\b(protest\w*|demonstrat\w*|marche[rsd]|marching|rall(?:y|ies|ied|ying)|"
                               r"sit-ins?|picket\w*|striking|strikers?)\b", re.IGNORECASE)
_CROWD_NOUNS = re.compile(r"\b(crowds?|gatherings?|marchers|throngs?)\b", re.IGNORECASE)
_GENTLE_KIT = re.compile(r"\b(rubber|plastic|sponge) bullets\b|\btear\s*gas\b|\bwater\s*cannons?\b",
                         re.IGNORECASE)


_FIRED = frozenset({"fire", "ammunition", "round", "bullet", "gas", "canister", "shot", "cannon", "shell", "pellet",
                    "grenade", "volley", "salvo", "teargas"})


def _victim_head(trigger: Token) -> Token | None:
    """Whom the attack verb is done to: its object, the on/at/into object of "fired"/"opened fire", or its passive
    subject; a relative pronoun or "two of whom" stands for the noun the clause hangs on."""
    # ("opened fire on villagers", "fired live ammunition at traders": what is fired is no victim)
    cands = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in _FIRED]
    cands += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "into", "upon")
              for g in c.children if g.dep_ == "pobj"]
    cands += [g for d in trigger.children if d.dep_ == "dobj" and d.lower_ == "fire"
              for c in d.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "into")
              for g in c.children if g.dep_ == "pobj"]
    cands += _used_against(trigger)
    if not cands:
        return None
    head = _counted(cands[0])
    whom = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.lower_ in ("whom", "them", "which")), None)
    if head.lower_ in ("who", "whom", "that") or whom is not None:
        clause = trigger
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        return clause.head if clause.dep_ == "relcl" else None
    return head


# (round C25) a weapon "used against" people names them as its victims ("used water cannon against miners",
# "used tear gas against farmers"), and a count ("thousands of miners") stands for the people counted
_USE_LEMMAS = frozenset({"use", "deploy", "employ", "turn", "fire"})
_COUNT_NOUNS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})


def _used_against(trigger: Token) -> list[Token]:
    """The against/on/at objects of the verb that uses the weapon noun `trigger` ("used water cannon against
    miners"), or of a verb of use that is itself the trigger."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    if verb.lemma_.lower() not in _USE_LEMMAS:
        return []
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "at") for g in c.children]
    # ("against farmers demanding compensation" may parse as a clause with "farmers" its subject)
    return [o for o in objs if o.dep_ == "pobj"] + \
        [s for o in objs if o.dep_ == "pcomp" for s in o.children if s.dep_ == "nsubj"]


def _counted(noun: Token) -> Token:
    """The people a count names ("thousands of miners" -> miners), else `noun`."""
    if noun.lower_ not in _COUNT_NOUNS:
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), noun)


# (round C24) people told as pressing a claim ("workers demanding unpaid wages", "nurses calling for better pay",
# "villagers who were protesting the closure") are demonstrators, whatever noun names them
_CLAIM_LEMMAS = frozenset({"demand", "protest", "demonstrate", "strike", "march", "rally", "picket", "chant"})
_CALL_PREPS = frozenset({"for", "on"})
_EXTORTED = frozenset({"bribe", "ransom", "money", "cash", "payment", "levy", "toll", "protection", "sex"})
_ARMED_VICTIMS = re.compile(r"\b(gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|bandits?|fighters|"
                            r"kidnappers?|robbers?|attackers?|assailants?|hijackers?|pirates?)\b", re.IGNORECASE)


def _claimants(victim: Token) -> bool:
    """`victim` is a group (a plural or a crowd noun, never armed men) that a clause hung on it tells pressing a
    claim: "teachers demanding higher salaries", "miners calling for the reinstatement ...", "farmers who were
    protesting"."""
    if victim.tag_ not in ("NNS", "NNPS") and not _CROWD_NOUNS.match(victim.text) or \
            _ARMED_VICTIMS.search(victim.text):
        return False
    if victim.dep_ == "nsubj" and victim.head.dep_ == "pcomp" and _claim_clause(victim.head):
        return True
    # (round C25: "hundreds of farmers calling for ...": the clause may hang on the count)
    holders = [victim] + ([victim.head.head] if victim.head.lower_ == "of" and victim.head.head.lower_ in _COUNT_NOUNS
                          else [])
    return any(clause.dep_ in ("acl", "relcl") and clause.pos_ in ("VERB", "AUX") and _claim_clause(clause)
               for holder in holders for clause in holder.children)


def _claim_clause(clause: Token) -> bool:
    """The verb `clause` presses a claim: demand / protest / strike ... or "call for"."""
    lemma = clause.lemma_.lower()
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _EXTORTED for c in clause.children):
        return False  # "men demanding bribes at a roadblock": extortion, no claim
    return lemma in _CLAIM_LEMMAS or \
        lemma == "call" and any(c.dep_ == "prep" and c.lower_ in _CALL_PREPS for c in clause.children)


def _protesting(victim: Token, recips: tuple[Entity, ...]) -> bool:
    """The victims are a protesting crowd: named so ("protesters", "a crowd demonstrating against ..."), told
    pressing a claim ("workers demanding unpaid wages"), or the subject of a protest verb of the sentence
    ("Thousands of teachers, two of whom ..., marched")."""
    phrase = "".join(t.text_with_ws for t in victim.subtree)
    if _PROTESTING_CROWD.search(phrase) or any(_PROTESTING_CROWD.search(r.entity_text) for r in recips) or \
            _claimants(victim):
        return True
    if _CROWD_NOUNS.search(phrase) and _PROTESTING_CROWD.search(victim.doc.text):
        return True
    return victim.dep_ == "nsubj" and victim.head.lemma_.lower() in _PROTEST_LEMMAS


def _force_on_protesters(acled: str, actors: tuple[Entity, ...], recips: tuple[Entity, ...],
                         trigger: Token, text: str) -> str:
    """The protest sub-type an attack on protesters takes from its doer, else `acled`."""
    if not actors:
        return acled
    state = _state_doers(actors)
    if acled == _EXCESSIVE and not state and (_NON_STATE_DOERS.search(" ".join(a.entity_text for a in actors)) or
                                               all(a.sector in _NON_STATE_SIDE for a in actors)):
        return "Attack"  # "Unidentified gunmen shot dead two protesters"
    # (an attack the head read as the crowd's own peaceful protest is the force the crowd met)
    # (round C24: the state's police are no mob either)
    if not state or acled not in ("Attack", "Armed clash", "Peaceful protest", "Protest with intervention",
                                  "Mob violence"):
        return acled
    if protesters_met_force(actors, recips, trigger, text):
        return _EXCESSIVE
    if acled in ("Attack", "Armed clash", "Mob violence") and _force_met_crowd(trigger, recips, text):
        # (round C24) "Police beat striking dock workers", "fired tear gas at teachers demanding higher salaries":
        # the state's force against demonstrators with no grave harm is the protest's intervention, no attack
        return "Protest with intervention"
    return acled


def _force_met_crowd(trigger: Token, recips: tuple[Entity, ...], text: str) -> bool:
    """The attack verb's victims are demonstrators and the crowd used no force of its own."""
    victim = _victim_head(trigger)
    return victim is not None and _protesting(victim, recips) and not _CROWD_OWN_FORCE.search(text)


def _state_doers(actors: tuple[Entity, ...]) -> bool:
    """Every doer is the state's police or army (by sector or word) and none is named as gunmen or unknown men."""
    return all(a.sector in _STATE_SIDE or _STATE_FORCE_WORDS.search(a.entity_text) for a in actors) and \
        not _NON_STATE_DOERS.search(" ".join(a.entity_text for a in actors))


def protesters_met_force(actors: tuple[Entity, ...], recips: tuple[Entity, ...], trigger: Token, text: str) -> bool:
    """The state's police or army (`actors`) killed or gravely hurt protesters with the attack verb `trigger`, and
    the crowd used no force of its own (that is a violent demonstration)."""
    if not actors or not _state_doers(actors) or _CROWD_OWN_FORCE.search(text):
        return False
    victim = _victim_head(trigger)
    return victim is not None and _protesting(victim, recips) and _grave_harm(text)


_INJURY_WORDS = re.compile(r"\b(wounded|wounding|injur\w*|hurt)\b", re.IGNORECASE)


def grave_harm(text: str) -> bool:
    """(round C33) The sentence tells lethal force or serious injury (`_grave_harm`)."""
    return _grave_harm(text)


def _grave_harm(text: str) -> bool:
    """Lethal force or serious injury (ACLED's excessive force); injuries told of a crowd met only with rubber
    bullets, tear gas or water cannon are the intervention's, not grave (round C24: "fired tear gas at traders
    ..., injuring 12")."""
    kitless = _GENTLE_KIT.sub(" kit ", text)
    if not serious_harm(kitless):
        return False
    return not _GENTLE_KIT.search(text) or serious_harm(_INJURY_WORDS.sub(" ", kitless))


# (round C21) ACLED files every strike from a drone or other unmanned aircraft as an air/drone strike, whoever
# launches it ("Houthi forces launched a drone attack on a base", "militants used a drone to drop explosives"); the
# mode says the weapon was the drone (drones shot down are settled after this, as disrupted weapons use)
_DRONE_FROM = frozenset({"Armed clash", "Attack", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack",
                         "Grenade"})


def _without_doer_description(trigger: Token) -> str:
    """(round C31) The sentence without the clauses that describe the trigger's subject ("Eritrean troops fighting
    alongside Ethiopian forces killed 30 civilians", "troops who entered the town after fighting with ..."): a fight
    told of the doer elsewhere is no fight with the people it killed here."""
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    skip = {t.i for c in (subj.children if subj is not None else ()) if c.dep_ in ("acl", "relcl")
            for t in c.subtree}
    return " ".join(t.text for t in trigger.doc if t.i not in skip)


def ground_assault(trigger: Token) -> bool:
    """(round C31) The event's word names a ground attack ("launched a ground attack on El Fasher after days of drone
    strikes", "a ground offensive"): no air or drone strike, whatever aircraft the sentence names beside it."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    return any(n.pos_ == "NOUN" and any(c.lower_ == "ground" and c.dep_ in ("amod", "compound") for c in n.children)
               for n in nouns)


def ground_assault_sub_type(text: str) -> str:
    """The sub-type of a ground attack: an attack where it kills civilians, else a fight with the place's defenders."""
    return "Attack" if _CIVILIAN_TOLL.search(text) else "Armed clash"


def _drone_used(modes: tuple[str, ...], acled: str) -> str:
    """"Air/drone strike" for an attack whose mode is a drone, else `acled`."""
    return "Air/drone strike" if "drone" in modes and acled in _DRONE_FROM else acled


# (round C15) killings told as happening inside a fight between two armed sides ("in the ensuing battle", "in a
# shootout with police", "during a gun battle")
_IN_A_FIGHT = re.compile(r"\b(?:in|during) (?:an?|the) (?:ensuing |subsequent |fierce |heavy |brief |hours-long |"
                         r"long )?(?:gun ?battle|battle|shoot-?out|firefight|gunfight|exchange of fire|fighting|"
                         r"clashes|counter-?attacks?|counter-?offensive)\b", re.IGNORECASE)
# (round C30: "killed six gang members during a counter-attack": a side striking back fights an armed side)


# (round C9b) goods an armed non-state side carries off are loot (ACLED "Looting/property destruction"): cargo,
# vehicles, fuel, food, money, livestock; never weapons (ACLED's disrupted weapons use when the state takes them),
# people (abduction) or places (territory)
_GOODS = frozenset({"cargo", "cargoes", "goods", "truck", "trucks", "lorry", "lorries", "vehicle", "vehicles", "car",
                    "cars", "fuel", "food", "aid", "supplies", "medicine", "medicines", "money", "cash", "cattle",
                    "livestock", "goats", "camels", "phones", "equipment", "property", "belongings", "valuables",
                    "grain", "harvest", "crops", "shipment", "consignment", "load", "loads"})
_ARMED_DOERS = frozenset({"gunman", "gunmen", "militiaman", "militiamen", "militia", "militias", "bandit", "bandits",
                          "rebel", "rebels", "militant", "militants", "fighter", "fighters", "insurgent", "insurgents",
                          "jihadist", "jihadists", "men", "attackers", "assailants", "raiders", "robbers"})
_TAKE_LEMMAS = frozenset({"seize", "take", "steal", "grab", "confiscate", "commandeer", "carry", "hijack"})


def _armed_subject(verb: Token) -> bool:
    """The verb's subject (or, for a verb joined by "and", its head's subject) is an armed non-state party."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
        if subj is not None:
            if subj.lower_ == "men":  # "armed men", never plain "men"
                return any(c.lower_ == "armed" for c in subj.children)
            return subj.lower_ in _ARMED_DOERS
        if v.dep_ != "conj":
            return False
        v = v.head
    return False


def goods_taken_by_armed(actors: tuple[Entity, ...], trigger: Token) -> bool:
    """A verb of taking whose object is goods (not weapons, people or places) and whose doer is armed and not the
    state: by the actors' sectors when they were read, else by the subject word."""
    for verb in doc_tokens(trigger.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKE_LEMMAS or any(c.dep_ == "neg" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in _GOODS and obj.lower_ not in _GOODS:
            continue
        if actors and all(a.sector in _NON_STATE_SIDE for a in actors) or _armed_subject(verb):
            return True
    return False


_PEOPLE_TAKEN = re.compile(r"\b(kidnap\w*|abduct\w*|hostages?|captives?|passengers|people|civilians|"
                           r"women|children|workers|staff)\b", re.IGNORECASE)


def loot_not_people(trigger: Token, actors: tuple[Entity, ...], text: str) -> bool:
    """The taking verb is the trigger, its object is goods, its doer armed and not the state, and the sentence
    tells nobody taken or hurt."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    return trigger.lemma_.lower() in _TAKE_LEMMAS and obj is not None and \
        (obj.lemma_.lower() in _GOODS or obj.lower_ in _GOODS) and not _PEOPLE_TAKEN.search(text) and \
        not _HARM.search(text) and goods_taken_by_armed(actors, trigger)


# (session 7, A7) ACLED's "Protest with intervention": a peaceful protest that the police or army try to stop, by
# arrests or dispersal ("Workers marched through Lagos and police arrested five union leaders")
_STOPPING_VERBS = {"arrest", "detain", "disperse", "round", "break", "clear", "remove", "push", "evict", "drag"}
_STOPPING_PARTICLE = {"round": "up", "break": "up", "push": "back"}
_BACKGROUND_DEPS = {"relcl", "acl", "amod", "xcomp", "pcomp"}
_STATE_FORCE = {"police", "policeman", "policemen", "officer", "gendarme", "gendarmerie", "troops", "soldier", "army",
                "force", "forces", "authorities"}


def _stopper(verb: Token) -> Token | None:
    """The party doing the verb: its subject, or the agent of a passive one; with neither, the noun just before an
    active verb (the small parser hangs "and police arrested" on the place before it)."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subj = agent or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return None if subj.dep_ == "nsubjpass" else subj
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBD" else None


_FORCE_PLACES = {"headquarters", "station", "stations", "post", "compound", "academy", "barracks", "building",
                 "office", "offices", "base", "command", "directorate"}


_ARREST_NOUNS = frozenset({"arrest", "detention", "jailing", "imprisonment", "abduction", "disappearance"})


_DEMAND_LEMMAS = frozenset({"demand", "seek", "call", "press", "urge"})
_ARRESTING = frozenset({"arrest", "detain", "hold", "round", "jail", "abduct", "seize", "pick", "nab", "apprehend"})
_FREEING = frozenset({"release", "freedom", "liberation"})


def arrests_before_protest(arrest: Token) -> bool:
    """(round C27) "Police arrested six activists on Thursday, and their supporters marched on Friday to demand their
    release": an arrest verb followed by a protest against it (`_arrests_protested`) was made before the protest,
    outside it (session 14: arrests outside a protest are ACLED "Arrests")."""
    if arrest.lemma_.lower() not in _ARRESTING:
        return False
    return arrest.pos_ == "VERB" and any(
        t.pos_ == "VERB" and t.lemma_.lower() in _PROTEST_LEMMAS and _arrests_protested(t)
        for t in arrest.doc[arrest.i + 1:])


_PROTEST_WORD = re.compile(r"(?i)(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march\w*|sit-ins?|picket\w*|"
                           r"strik\w*|vigils?|rioters?|riots?|blockade\w*)$")


def protest_named_in_arrested_only(trigger: Token) -> bool:
    """(round C30) "Police raided homes in Daloa and arrested 14 suspected organisers of the protest": the only
    protest the sentence names describes the people arrested, so the arrest was made outside any protest (session 14:
    ACLED "Arrests")."""
    if trigger.lemma_.lower() not in _ARRESTING | {"raid", "storm", "swoop"}:
        return False  # (the arrest verb, or the raid it is joined to)
    arrests = [v for v in (trigger, *trigger.conjuncts) if v.pos_ == "VERB" and v.lemma_.lower() in _ARRESTING]
    objs = [c for v in arrests for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_PROTEST_WORD.match(o.text) for o in objs):
        return False  # "arrested 12 protesters": a crowd taken at its protest (Protest with intervention)
    held = {t.i for o in objs for t in o.subtree}
    if any(trigger.doc[i].dep_ in ("relcl", "acl") for i in held):
        return False  # "detained women who had gathered to mark ...": the people's own act told, maybe at the arrest
    named = [t for t in trigger.doc if _PROTEST_WORD.match(t.text)]
    return bool(held) and bool(named) and all(t.i in held for t in named)


# (round C32) a raid told only by the goods it stole or burned: ACLED's looting or destruction of property, as
# long as no one is told harmed, taken or fought
_RAIDING = frozenset({"raid", "storm", "invade", "overrun", "descend"})
_TAKEN_OR_BURNED = re.compile(r"(?i)(?:loot|ransack|plunder|pillag|steal|rustl|burn|torch|destroy|raz|vandalis|"
                              r"vandaliz|sett?ing (?:[\w-]+ ){0,3}?(?:fire|ablaze|alight)|carrying off|making off)")
_PERSON_HARM = re.compile(r"\b(kill\w*|dead|died|death|injur\w*|wound\w*|shot|shoot\w*|clash\w*|fought|fighting|"
                          r"gunfight|exchanged fire|battle\w*|abduct\w*|kidnap\w*|rap(?:e|ed|ing)|beat\w*|"
                          r"hostages?|casualt\w*|massacre\w*|assault\w*|tortur\w*|hack\w*|stabb\w*|behead\w*)\b",
                          re.IGNORECASE)


def property_only_raid(trigger: Token) -> bool:
    """(round C32) "Bandits raided a village in Sokoto, stealing cattle and burning granaries", "Militants stormed a
    school, burning classrooms": a raid verb whose participle clause loots or burns, in a sentence that tells no one
    killed, hurt, taken or fought ("attacked" says people were set upon: not read here)."""
    if trigger.lemma_.lower() not in _RAIDING or trigger.pos_ != "VERB":
        return False
    deeds = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"]
    deeds += [cj for d in deeds for cj in d.conjuncts]
    if not any(_TAKEN_OR_BURNED.match("".join(t.text_with_ws for t in d.subtree if t.i >= d.i)) for d in deeds):
        return False
    return _PERSON_HARM.search(doc_text(trigger.doc)) is None


_TROOPS = re.compile(r"(?i)\b(?:military|army|troops|soldiers|national guard|marines|paratroopers|"
                     r"(?:government|security|armed|defen[cs]e) forces)\b")


def troops_ambushed(trigger: Token) -> bool:
    """(round C32) An ambush whose object is a military patrol, convoy or unit ("ambushed a military convoy",
    "ambushed an army patrol near Damboa"): two armed sides in a fight (ACLED "Armed clash", as the project's
    labels have it), not a one-sided attack; an ambush of a bus, traders or police stays an attack."""
    if trigger.lemma_.lower() != "ambush":
        return False
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # (the object's own words: "a military convoy", "a convoy of soldiers"; not what a clause says of it, "a bus
    # carrying soldiers' families")
    for obj in objs:
        words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))]
        words += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
        if _TROOPS.search(" ".join(w.text for w in sorted(words, key=lambda w: w.i))):
            return True
    return False


_PROTESTING_WORD = re.compile(r"(?i)\b(?:protesting|marching|demonstrating|rallying|picketing|striking|chanting|"
                              r"singing|blocking|occupying)\b")
_PROTESTING_NOW = frozenset({"protest", "march", "demonstrate", "rally", "picket", "strike", "chant", "sing",
                             "block", "occupy"})


# (round C34) the words that tell a protest, a crowd or its dispersal in a sentence
_PROTEST_TOLD = re.compile(r"(?i)\b(?:protest\w*|demonstrat\w*|riot\w*|rall(?:y|ies|ied)|march\w*|mobs?|crowds?|"
                           r"picket\w*|sit-ins?|strik(?:e|es|ers?|ing)|boycott\w*|chant\w*|slogans?|placards?|"
                           r"banners?|gather\w*|dispers\w*|tear ?gas|water cannons?|vigil\w*|block\w*|occup\w*|"
                           r"(?:chain|glu|superglu|handcuff|padlock|lock|tie|strapp|cement)(?:ed|ing) themselves|"
                           r"sat down|sitting down|hunger strike\w*)\b")


_ARREST_TOLD = re.compile(r"(?i)\b(?:arrest\w*|detain\w*|detention|apprehend\w*|nabbed|rounded up|custody|"
                          r"picked up|abducted|seized)\b")


def no_protest_told(text: str) -> bool:
    """The sentence tells an arrest and no protest, crowd, protest act or dispersal: the people arrested there are
    ACLED's "Arrests", however much the head reads a protest into "pro-democracy activist" or "opposition leader"."""
    return _ARREST_TOLD.search(text) is not None and _PROTEST_TOLD.search(text) is None


def arrested_while_protesting(trigger: Token) -> bool:
    """(round C32) "Authorities in Kampala arrested opposition MPs who were marching to parliament", "detained
    activists protesting outside the embassy": the people arrested are told in the midst of their protest (a
    progressive relative clause or a present participle on the arrested), so the arrest broke up a protest (ACLED
    "Protest with intervention"). "who had marched last week" is their earlier act and says nothing of it."""
    arrests = [v for v in (trigger, *trigger.conjuncts) if v.pos_ == "VERB" and v.lemma_.lower() in _ARRESTING]
    held = [c for v in arrests for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    for person in held:
        for act in person.children:
            if act.tag_ != "VBG" or act.lemma_.lower() not in _PROTESTING_NOW:
                continue
            if act.dep_ == "acl" or act.dep_ == "relcl" and any(
                    c.dep_ == "aux" and c.lower_ in ("was", "were") for c in act.children):
                return True
    return False


# (round C31) a protest only called for, planned or awaited ("within hours of the opposition's call for protests",
# "a day before a planned march", "ahead of protests called for Friday") has not taken place: arrests made then are
# ACLED "Arrests", no intervention in a protest
_UNHELD_CUES = frozenset({"call", "calls", "called", "calling", "appeal", "appeals", "plan", "plans", "planned",
                          "planning", "proposed", "upcoming", "scheduled", "announced", "threatened", "intended",
                          "ahead", "before", "eve", "prevent", "pre-empt", "preempt", "stop", "foil"})


def protest_only_awaited(trigger: Token) -> bool:
    """Every protest word of the sentence follows, within four words, a word of calling, planning or waiting
    ("call for protests", "a planned march", "ahead of the rally"), and there is at least one; the trigger is the
    arrest (or the raid that made it)."""
    if trigger.lemma_.lower() not in _ARRESTING | {"raid", "storm", "swoop", "arrest", "detention", "round"}:
        return False
    doc = trigger.doc
    named = [t for t in doc_tokens(doc) if _PROTEST_WORD.match(t.text) and t.i != trigger.i]
    return bool(named) and all(any(w.lower_ in _UNHELD_CUES for w in doc[max(0, t.i - 4):t.i]) for t in named)


def _arrests_protested(protest: Token) -> bool:
    """(round C26) The arrests a protest is against are its grievance, made before it, no intervention in it: the
    protest verb's against/over object is an arrest noun, and no verb of stopping follows the protest."""
    grievance = any(g.lemma_.lower() in _ARREST_NOUNS for c in protest.children
                    if c.dep_ == "prep" and c.lower_ in ("against", "over") for g in c.children if g.dep_ == "pobj")
    # (round C27) "marched on Friday to demand their release": freeing people asked for, so held before the march
    grievance = grievance or any(
        d.lemma_.lower() in _DEMAND_LEMMAS and any(o.lemma_.lower() in _FREEING for o in d.children if o.dep_ == "dobj")
        for d in protest.children if d.dep_ in ("advcl", "xcomp", "conj"))
    return grievance and protest.pos_ == "VERB" and \
        not any(t.lemma_.lower() in _STOPPING_VERBS and t.pos_ == "VERB" for t in protest.doc[protest.i + 1:])


def _force_named_as_place_only(doc: Doc) -> bool:
    """Every police or army word names a place ("outside the police headquarters") or a source ("police said the
    march was peaceful", round C10), none a force that acts, and no word of stopping, dispersal, force or
    detention is in the sentence. (Round C24: a sentence with no such word at all, "gathered outside the state
    intelligence headquarters demanding her release", and no harm told, names nobody who intervened.)"""
    force = [t for t in doc_tokens(doc) if t.lower_ in _STATE_FORCE or t.lower_.rstrip("s") in _STATE_FORCE]
    if _INTERVENTION_WORDS.search(doc.text):
        return False
    if not force:
        return _HARM.search(doc.text) is None
    return all(t.dep_ in ("compound", "amod", "poss") and t.head.lower_ in _FORCE_PLACES or
               t.dep_ == "nsubj" and t.head.lemma_.lower() in _SOURCE_VERBS for t in force)


_SOURCE_VERBS = {"say", "tell", "report", "confirm", "add", "state", "estimate", "describe"}


_INTERVENTION_WORDS = re.compile(r"\b(arrest\w*|detain\w*|dispers\w*|tear\s*gas\w*|water\s*cannon|baton\w*|rubber|"
                                 r"fired|shot|beat\w*|broke|break|cleared|blocked|prevent\w*|stopped|clash\w*|"
                                 r"injur\w*|wound\w*|kill\w*|removed|evict\w*|charged|rounded up|chased|"
                                 r"pushed back|scuffl\w*|forcibly|bundled|whipped|flogged)\b", re.IGNORECASE)


def police_intervened(doc: Doc) -> bool:
    """A verb of the sentence's own clauses (not a relative or participle clause: "activists detained by police"
    is their past) tells the police or army arresting or dispersing people."""
    for verb in doc_tokens(doc):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _STOPPING_VERBS or verb.dep_ in _BACKGROUND_DEPS:
            continue
        particle = _STOPPING_PARTICLE.get(lemma)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        who = _stopper(verb)
        if who is not None and who.lower_ in _STATE_FORCE | {w + "s" for w in _STATE_FORCE}:
            return True
    return False


# (session 7, A7) ACLED codes no cyber operations: a DDoS or hacking "attack" with no physical harm has no sub-type
# ("hacked to death" is a killing: only hackers, hacking and what is hacked into count)
_CYBER = re.compile(r"\b(cyber\w*|DDoS|denial[- ]of[- ]service|hackers?|hacking|hacked into|ransomware|malware|"
                    r"phishing|spyware)\b", re.IGNORECASE)
_PHYSICAL = re.compile(r"\b(bomb\w*|shell\w*|missiles?|rockets?|drones?|shot|shoot\w*|gun\w*|explo\w*|troops|"
                       r"soldiers|death|machetes?|knives|stabb\w*|beat\w*)\b", re.IGNORECASE)


def cyber_only(modes: tuple[str, ...], text: str) -> bool:
    """An attack told as a cyber operation, with no physical harm or weapon in the sentence."""
    return ("cyber" in modes or bool(_CYBER.search(text))) and not _HARM_DONE.search(text) and \
        not _PHYSICAL.search(text)


# (session 7, A7) ACLED's "Armed clash" needs two armed sides; an attack on ships, civilians or other unarmed
# targets, with no exchange of fire told, is one-sided ("Attack")
_FOUGHT = re.compile(r"\b(clash\w*|fought|fighting|battl\w*|gun ?battles?|gunfights?|firefights?|shoot-?outs?|"
                     r"skirmish\w*|engag\w*|repel\w*|repuls\w*|returned fire|exchang\w* (?:of )?fire|"
                     r"traded fire|fought off)\b", re.IGNORECASE)
_ARMED_WORDS = re.compile(r"\b(police\w*|army|armed|soldiers?|troops?|troopers?|jawans?|commandos?|security|forces?|"
                          r"militants?|rebels?|insurgents?|guards?|patrols?|convoys?|personnel|navy|naval|warships?|"
                          r"frigates?|militia\w*|fighters?|gunmen)\b", re.IGNORECASE)
_ARMED_SECTORS = {"MIL", "COP", "REB", "PRM", "UAF", "SPY", "CRM", "UNK"}
_UNARMED_NOUNS = {"ship", "vessel", "tanker", "boat", "dhow", "freighter", "trawler", "carrier", "civilian",
                  "villager", "passenger", "worshipper", "farmer", "herder", "trader", "pupil", "student",
                  "resident", "motorist", "traveller", "traveler", "shepherd", "fisherman", "miner",
                  # (round C29) "targeted the family of a police officer": a household is no armed side
                  "family", "household", "relative", "child", "woman", "labourer", "laborer", "home", "house", "hut",
                  "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother"}
# (round C29) the "on" phrases that tell when or why ("on August 20", "on suspicion that they were police
# collaborators"), never whom
_NOT_TARGETS = {"suspicion", "suspicions", "charge", "charges", "order", "orders", "behalf", "pretext", "grounds",
                "basis", "account", "occasion", "allegation", "allegations", "way", "eve", "day", "night", "morning",
                "evening", "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "weekend"}


def _attacked_objects(trigger: Token) -> list[Token]:
    """The attack verb's direct objects and the objects of its "on"/"against" phrases (not a date or a reason)."""
    return [c for c in trigger.children if c.dep_ == "dobj"] + \
        [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
         for g in c.children if g.dep_ == "pobj" and g.lower_ not in _NOT_TARGETS]


def unarmed_target(trigger: Token) -> bool:
    """Every object of the attack verb ("attacked 237 ships", "opened fire on villagers") is an unarmed party."""
    objs = _attacked_objects(trigger)
    if not objs:
        return False
    for obj in objs:
        if _ARMED_WORDS.search("".join(t.text_with_ws for t in obj.subtree)):
            return False  # "a Police party", "a convoy of soldiers": the sector tables may miss them
        for tok in [obj] + list(obj.conjuncts):
            sectors = {e.sector for e in to_entities([tok], 0, None)}
            if sectors & _ARMED_SECTORS or (tok.lemma_.lower() not in _UNARMED_NOUNS and not sectors - {None}):
                return False
    return True


# (lead, session 16) "attacked the town of X overnight, killing at least 26 people", "attacked a weekly market ...,
# killing nine traders": a settlement or a civil building attacked, with the toll told on unarmed people, is an attack
# on civilians (no armed side is named on the other end)
_CIVIL_PLACES = {"town", "village", "hamlet", "settlement", "neighbourhood", "neighborhood", "market", "church",
                 "mosque", "school", "hospital", "bus", "wedding", "funeral"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
              "evening", "afternoon", "day", "weekend"}
_CIVILIAN_TOLL = re.compile(r"(?i)\b(?:kill\w*|massacr\w*|slaughter\w*|behead\w*) (?:at least |more than |about |some |"
                            r"nearly |up to |over )?[\w-]+ (?:people|persons|civilians|villagers|residents|traders|"
                            r"worshippers|pupils|students|children|women|fishermen|farmers|passengers|shoppers|"
                            r"mourners|guests)\b")


def civil_place_attacked(trigger: Token, text: str) -> bool:
    """The attack verb's object is a settlement or a civil building, and the sentence tells its toll on unarmed
    people; nothing armed stands in the object."""
    objs = [o for o in _attacked_objects(trigger) if o.dep_ == "dobj" or o.lower_ not in _DAY_WORDS]  # ("on Friday")
    if not objs or not _CIVILIAN_TOLL.search(text):
        return False
    return all(o.lemma_.lower() in _CIVIL_PLACES and not _ARMED_WORDS.search("".join(t.text_with_ws for t in o.subtree))
               for o in objs)


# (session 7, A7) a withdrawal "without a fight" hands a place over (ACLED "Non-violent transfer of territory");
# fighters handing in their weapons change their group's activity (the README: surrender of weapons is RETREAT
# disarm under "Change to group/activity")
_ARMS = re.compile(r"\b(weapons|arms|guns|rifles|ammunition)\b", re.IGNORECASE)
# (not "withdrew from": states withdraw from deals and talks too)
_UNOPPOSED = re.compile(r"\b(without (?:a )?(?:fight|fighting|resistance|a shot being fired|firing a shot|clashes)|"
                        r"unopposed)\b", re.IGNORECASE)
_HELD_PLACE = re.compile(r"\b(towns?|city|cities|villages?|bases?|camps?|capital|districts?|territory|areas?|"
                         r"positions?|posts?|garrisons?|regions?|provinces?|airports?|checkpoints?|barracks)\b",
                         re.IGNORECASE)


_WARSHIPS = re.compile(r"\b(warships?|navy|naval|gunboats?|frigates?|destroyers?|corvettes?|coast ?guards?)\b",
                       re.IGNORECASE)
_MUTINY = re.compile(r"\b(mutin\w*)\b", re.IGNORECASE)
_ENVOYS = re.compile(r"\b(diplomats?|ambassadors?|envoys?|attach[eé]s?|embassy|consuls?|charg[eé]s? d'affaires|"
                     r"persona non grata|"
                     r"(?:UN|U\.N\.|United Nations|embassy|consular) (?:[\w-]+ )?(?:officials|staff))\b", re.IGNORECASE)
# (round C8) ACLED's "Agreement" is a deal: a release with nothing given in return ("The Taliban freed two
# American citizens") or a truce that merely holds is none
_IN_RETURN = re.compile(r"\b(exchang\w*|swap\w*|trad(?:e|ed|ing)|in return|deal|agreements?|accords?|brokered|"
                        r"mediat\w*|negotiat\w*|talks|truce|ceasefire|cease-fire)\b", re.IGNORECASE)
_TRUCE_HELD = re.compile(r"\b(held|holding|holds|observ(?:ed|ing|es)|respect(?:ed|ing|s)|kept|keeping|"
                         r"maintain(?:ed|ing))\b", re.IGNORECASE)
_TRUCE_MADE = re.compile(r"\b(sign\w*|agree\w*|declar\w*|announc\w*|reach\w*|brokered|took effect|took hold)\b",
                         re.IGNORECASE)


# (round C31) a state or party leaving a body, a treaty or talks ("withdrew from the ECOWAS regional bloc", "pulled
# out of the peace talks"): a relation cut, no territory handed over
_BODIES = frozenset({"bloc", "union", "organisation", "organization", "alliance", "treaty", "agreement", "accord",
                     "deal", "talks", "negotiations", "court", "pact", "community", "commission", "council", "body",
                     "convention", "federation", "league", "coalition", "government", "process", "dialogue",
                     "framework", "initiative"})  # (no "force": "withdrew its forces from Kherson" hands ground over)


def left_a_body(trigger: Token) -> bool:
    """The trigger (withdraw, pull out, quit, leave) has a "from"/"of" object, or a direct one, that is a body, a
    treaty or talks (a word of `_BODIES`, or an all-capital acronym such as ECOWAS)."""
    if trigger.lemma_.lower() not in ("withdraw", "pull", "quit", "leave", "exit"):
        return False
    objs = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")
            for g in c.children if g.dep_ == "pobj"] + [c for c in trigger.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in _BODIES or o.text.isupper() and len(o.text) > 2 for o in objs)


def _handover(modes: tuple[str, ...], acled: str | None, text: str) -> str | None:
    """The sub-type of a RETREAT told as a handover of a place or of weapons, else `acled`."""
    if acled == "Agreement" and "release" in modes and not _IN_RETURN.search(text):
        return None
    if acled == "Agreement" and "ceasefire" in modes and _TRUCE_HELD.search(text) and not _TRUCE_MADE.search(text):
        return None
    if "disarm" in modes and acled in (None, "Other", "Non-violent transfer of territory") and _ARMS.search(text):
        return "Change to group/activity"
    if acled != "Agreement" and _UNOPPOSED.search(text) and _HELD_PLACE.search(text):
        return "Non-violent transfer of territory"
    return acled


# (session 7, A7) ACLED files an explosion by its device whatever the target ("A landmine blast killed three
# children" is no "Attack", "A roadside bomb struck an army vehicle" no air strike); a device next to aircraft,
# other weapons or a gunfight is left to the classifier (ACLED codes a bomb followed by a gunfight as a clash)
_DEVICE = re.compile(r"\b(roadside bombs?|land ?mines?|(?:anti-(?:tank|personnel) )?mine (?:blast|explosion)s?|IEDs?|"
                     r"improvised explosive|explosive devices?|car bombs?|bomb-laden|booby[- ]trap\w*|"
                     r"(?:pressure|magnetic|sticky|remote[- ]controlled) bombs?|"
                     # blown-up buildings and infrastructure are IEDs (training/README.md, round 6)
                     r"bl[eo]wn? up|blowing up)\b", re.IGNORECASE)
_NOT_DEVICE = re.compile(r"\b(air ?strikes?|air raids?|drones?|warplanes?|jets?|aircraft|helicopters?|planes?|aerial|"
                         r"suicide|explosive (?:vest|belt)s?|blew (?:himself|herself|themselves) up|grenades?|"
                         r"shell\w*|mortars?|artillery|rockets?|missiles?|gun\w*|shot|shoot\w*|opened fire|clash\w*|"
                         r"fought|fighting|ambush\w*|firefight|exchanged? fire)\b", re.IGNORECASE)
_DEVICE_FROM = {"Attack", "Armed clash", "Air/drone strike"}


def _device_used(acled: str, text: str) -> str:
    """"Remote explosive/landmine/IED" for an explosion told by its device alone, else `acled`."""
    if acled in _DEVICE_FROM and _DEVICE.search(text) and not _NOT_DEVICE.search(text):
        return "Remote explosive/landmine/IED"
    return acled


# places and installations whose capture is a change of territory (ACLED: a group "takes control of a location")
# (not "storm" or "attack": storming a village kills or burns, it need not hold it)
_TAKE_VERBS = {"capture", "recapture", "seize", "take", "retake", "retook", "overrun", "overtake", "occupy",
               "regain", "reclaim", "conquer"}
_PLACES = {"town", "city", "village", "base", "headquarters", "post", "outpost", "camp", "garrison", "district",
           "territory", "area", "region", "province", "airport", "port", "checkpoint", "hill", "capital", "barracks",
           # (session 7, A7) front-line places: "seized several positions held by government forces"
           "position", "stronghold", "settlement", "locality", "county", "commune", "enclave", "hilltop",
           "neighbourhood", "neighborhood", "suburb", "airbase"}


# (round C31) a place that changed hands told from the loser's side or the place's ("The town of Bunia fell to M23
# rebels", "The army lost the town of Bunia to rebels"): the taker after "to" decides ACLED's territory sub-type, as
# the captor does for "seized" (the classifier abstained on the first and read the second as an attack)
_UNREAL_AUX = frozenset({"could", "would", "may", "might", "will", "can", "should", "must", "to"})


def _ground_word(tok: Token) -> bool:
    """A place noun ("the town", "the base", "control" of one) or a name."""
    if tok.lemma_.lower() == "control":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.lemma_.lower() == "ground":
        return False  # ("lost ground to the rebels": the idiom, no place named)
    return tok.lemma_.lower() in _PLACES | _GROUND_NOUNS or tok.pos_ == "PROPN" and tok.ent_type_ not in (
        "PERSON", "NORP", "ORG")


def ground_changed_hands(doc: Doc) -> tuple[Token, str] | None:
    """The verb and the territory sub-type of a place told as fallen or lost to a party of known side, else None."""
    for verb in doc_tokens(doc):
        lemma = verb.lemma_.lower()
        # (told in the past: "is losing ground to armed groups" is a trend, no place taken)
        if verb.pos_ != "VERB" or lemma not in ("fall", "lose") or verb.tag_ not in ("VBD", "VBN") or \
                any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in verb.children):
            continue
        ground = [c for c in verb.children if c.dep_ == ("nsubj" if lemma == "fall" else "dobj")]
        takers = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]
        if not ground or not takers or not all(_ground_word(g) for g in ground):
            continue
        side = _party_side(takers[0])
        if side is not None:
            return verb, _TERRITORY[0] if side == "state" else _TERRITORY[1]
    return None


def place_captured(trigger: Token) -> bool:
    """The trigger is a capture verb whose object is a place or an installation ("captured a battalion
    headquarters", "seized the town"), not people ("captured 12 soldiers")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _TAKE_VERBS:
        return False
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in _PLACES for o in objs)


_GROUND_ENTS = frozenset({"GPE", "LOC", "FAC"})
_GROUND_NOUNS = frozenset({"land", "lands", "ground", "heights", "island", "islands", "peninsula", "strip", "plateau",
                           "valley", "farms", "enclave"})


def ground_taken_by_state(trigger: Token) -> bool:
    """(round C21) A capture verb whose object is ground (a place noun or a named place, also through "which" in a
    relative clause: "the Golan Heights, which Israel captured from Syria in 1967") and whose captor is a state's
    government or forces: ACLED's "Government regains territory" (ACLED applies it to government forces taking
    control), with no mode (abduct and arrest are for people)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _TAKE_VERBS:
        return False
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lower_ in ("which", "that"):
        # (the small parser may hang "land that Israel captured" on the main verb: the noun before "that")
        before = trigger.doc[obj.i - 1] if obj.i > 0 else obj
        obj = trigger.head if trigger.dep_ == "relcl" else before if before.pos_ in ("NOUN", "PROPN") else None
    if obj is None or obj.ent_type_ in ("PERSON", "NORP", "ORG") or \
            not (obj.lemma_.lower() in _PLACES | _GROUND_NOUNS or obj.ent_type_ in _GROUND_ENTS or
                 obj.pos_ == "PROPN" and obj.ent_type_ == ""):
        return False
    captor = _captor(trigger)
    return captor is not None and _party_side(captor) == "state"


# (round C22) what a capture verb took decides the event (PLOVER: abduct is for people): people caught by the
# state's forces are arrested ("Soldiers captured three rebel commanders": COERCE arrest, ACLED "Arrests"), people
# caught by an armed group are abducted; an enemy's vehicles or weapons seized in fighting are part of that fight
# ("RSF said it captured several army vehicles": the clash, nobody abducted)
_CAPTURING = frozenset({"capture", "seize", "nab", "apprehend"})
# Captives who fight: PLOVER codes "combatants captured during conflict" as ASSAULT abduct, not COERCE arrest
_COMBATANTS = frozenset({"commander", "fighter", "militant", "insurgent", "rebel", "soldier", "troop", "troops",
                         "gunman", "gunmen", "jihadist", "combatant", "militiaman", "militiamen", "sniper",
                         "mercenary", "pilot"})
_CAPTIVES = _COMBATANTS | frozenset({"operative", "suspect", "kingpin", "ringleader", "recruit", "prisoner",
                                    "hostage", "officer", "policeman", "policemen", "bandit", "kidnapper",
                                    "smuggler", "spy", "deserter", "collaborator", "lieutenant", "member", "leader",
                                    "chief", "head", "person", "people"})
_MATERIEL = frozenset({"vehicle", "tank", "truck", "weapon", "rifle", "gun", "ammunition", "arm", "arms", "equipment",
                       "artillery", "drone", "munition", "launcher", "pickup", "howitzer", "mortar", "cache",
                       "stockpile", "armour", "armor", "apc", "carrier", "jeep", "boat", "helicopter", "missile"})
_ENEMY_MARKS = frozenset({"army", "military", "armoured", "armored", "government", "enemy", "combat", "soldiers",
                          "troops", "police", "regime", "tanks", "weapons", "ammunition"})


def captured_kind(trigger: Token) -> str | None:
    """"people" or "materiel" for a capture verb whose object is people or arms and vehicles, else None."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _CAPTURING or \
            any(c.dep_ == "neg" for c in trigger.children):
        return None
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lower_ in ("it", "which", "that"):
        return None
    lemma = obj.lemma_.lower()
    if obj.ent_type_ == "PERSON" or lemma in _CAPTIVES | _PERSON_NOUNS or obj.lower_ in _CAPTIVES:
        return "people"
    return "materiel" if lemma in _MATERIEL or obj.lower_ in _MATERIEL else None


_COMBATANT_MARKS = frozenset({"rebel", "militia", "militant", "insurgent", "jihadist", "enemy", "separatist",
                              "guerrilla", "armed", "terrorist"})


def captives_are_combatants(trigger: Token) -> bool:
    """The people a capture verb took are fighters ("four militia commanders", "two rebel leaders"), not suspects."""
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    marks = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound", "nmod")}
    return obj.lemma_.lower() in _COMBATANTS or obj.lower_ in _COMBATANTS or bool(marks & _COMBATANT_MARKS)


def captor_is_state(trigger: Token, actors: tuple[Entity, ...]) -> bool | None:
    """True / False when the capturing side is the state's / an armed group; None when unknown."""
    captor = _captor(trigger)
    side = _party_side(captor) if captor is not None else None
    if side is None and actors:
        sides = {_side(a) for a in actors} - {None}
        side = sides.pop() if len(sides) == 1 else None
    return None if side is None else side == "state"


def enemy_materiel(trigger: Token) -> bool:
    """The seized arms or vehicles are an armed side's ("army vehicles", "two tanks", "from the soldiers") or were
    taken in a fight: the capture belongs to the fighting."""
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    words = {t.lower_ for t in (obj.subtree if obj is not None else [])} | \
        {t.lower_ for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
    return bool(words & _ENEMY_MARKS) or obj is not None and obj.lemma_.lower() in ("tank", "weapon", "ammunition",
                                                                                  "artillery", "munition") or \
        _HARM_DONE.search(doc_text(trigger.doc)) is not None


def place_taken_beside(trigger: Token) -> bool:
    """Another verb of the sentence captures a place ("seized two tanks after overrunning a military post")."""
    return any(t.i != trigger.i and place_captured(t) for t in doc_tokens(trigger.doc))


_EXECUTION = re.compile(r"(hanged|execut)", re.IGNORECASE)
_KILLED = re.compile(r"\b(kill(?:ed|ing|s)?|shot dead|massacred|murdered)\b", re.IGNORECASE)
# (round C13) people shot or wounded beside burned property ("set fire to houses and shot residents fleeing"):
# harm to people outranks the property, as killings do; "no one was injured" names no one harmed
_PEOPLE_SHOT = re.compile(
    r"\b(?:shot|shooting|wounded|wounding|injured|injuring|opened fire on|fired on)(?: at)?(?: [\w-]+){0,3}? "
    r"(?:residents|villagers|people|civilians|worshippers|passengers|students|farmers|families|children|women|"
    r"men|traders|inhabitants|occupants|anyone who)\b", re.IGNORECASE)
# harm or fighting beyond the storming itself (an abduction with a fight or deaths keeps the head's reading)
_HARM_DONE = re.compile(r"\b(kill\w*|dead|died|injur\w*|wound\w*|clash\w*|fought|fighting|gunfight|"
                        r"exchanged fire|battle\w*)\b", re.IGNORECASE)


_VIOLENT_ACLED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# (re-coded type, classifier's sub-type) -> sub-type kept by `recode`'s protest rules
_FIXED_ACLED = {("COERCE", "Peaceful protest"): "Protest with intervention",
                ("COERCE", "Protest with intervention"): "Protest with intervention",
                ("PROTEST", "Peaceful protest"): "Peaceful protest",
                ("PROTEST", "Protest with intervention"): "Protest with intervention",
                ("PROTEST", "Other"): "Peaceful protest", ("PROTEST", None): "Peaceful protest",
                # (round L7) a prisoner swap read as RETREAT release stays ACLED's Agreement (exchanges of
                # prisoners are among ACLED's agreements)
                ("RETREAT", "Agreement"): "Agreement"}


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
