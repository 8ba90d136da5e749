"""Trigger-level frames read from the parse: refusals and rulings-out, announced pressure, diplomatic protests,
weapons tests, suppressed protests and crowds, court orders, exchanges of fire, background attacks and the
main clause's own act."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsevents.coding.clauses import _background, contrast_clause
from newsevents.coding.story_guards import is_disaster_report, is_private_crime, sea_force
from newsevents.nlp import doc_text, doc_tokens
from newsevents.records import Entity


_REPORTING = {"say", "tell", "report", "add", "state", "claim", "note", "announce", "quote", "according"}


_YIELD_VERBS = {"lift", "ease", "end", "release", "resign", "withdraw", "accept", "allow", "free", "sign",
                "recognize", "recognise", "cooperate", "halt", "stop", "drop", "comply", "hand", "return"}
_REFUSE_VERBS = {"refuse", "decline", "reject"}
# (round C12) phrasal yielding verbs ("lay down their arms", "give up", "stand down") and toleration ("will not
# tolerate violence"): negated with will/would, a refusal
_YIELD_PARTICLES = {"lay": "down", "give": "up", "stand": "down", "back": "down", "step": "down", "hand": "over"}
TOLERATE_VERBS = {"tolerate", "surrender", "disarm", "negotiate", "compromise", "yield", "bow"}


def yielding(tok: Token) -> bool:
    lem = tok.lemma_.lower()
    if lem in _YIELD_VERBS or lem in TOLERATE_VERBS:
        return True
    return phrasal(tok, _YIELD_PARTICLES)


def phrasal(tok: Token, particles: dict[str, str]) -> bool:
    """`tok` is one of the phrasal verbs in `particles` (lemma -> particle), its particle written ("gave up")."""
    part = particles.get(tok.lemma_.lower())
    return part is not None and any(c.dep_ == "prt" and c.lower_ == part for c in tok.children)


_ACCEPT_VERBS = {"accept", "agree", "allow", "recognise", "recognize", "acknowledge", "approve", "permit"}


# (round C9) "We cannot support a text that ...", "will not back the resolution": a refusal to endorse
_ENDORSE_VERBS = {"support", "back", "endorse", "accept", "approve"}
_REFUSING_MODALS = {"can", "could", "will", "would", "wo", "ca", "shall"}


def refused_endorsement(trigger: Token) -> bool:
    """The trigger is an endorsing verb negated with can/will ("cannot support", "won't back"): a refusal (a plain
    "did not support" stays the negated act)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _ENDORSE_VERBS:
        return False
    kids = [c for c in trigger.children if c.dep_ in ("aux", "neg")]
    return any(c.dep_ == "neg" for c in kids) and any(c.lower_ in _REFUSING_MODALS for c in kids)


def refused(trigger: Token) -> bool:
    """The trigger, or the verb it is the object/complement of, is a negated yielding verb or a refusal."""
    cur = trigger
    for _ in range(3):
        lem = cur.lemma_.lower()
        kids = {c.lower_ for c in cur.children if c.dep_ in ("neg", "aux")}
        # a refusal verb, or a yielding verb negated with will/would ("will not lift the ban");
        # a plain past negation ("did not meet") stays the event with the negation aux mode
        if lem in _REFUSE_VERBS or (yielding(cur) and kids & {"not", "n't", "never"}
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
    for tok in doc_tokens(trigger.doc):
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


# (round C33) a restriction kept or made harsher ("will extend the current nightly curfew", "prolonged the state of
# emergency"): the opposite of lifting it, a restriction laid again (PLOVER COERCE restrict), never a concession
_PROLONG_VERBS = {"extend", "prolong", "renew", "reimpose", "re-impose", "tighten", "expand", "lengthen"}


def is_prolonged_restriction(trigger: Token) -> bool:
    """The trigger extends, renews or tightens a curfew, emergency, ban or restriction, or (where the parser made
    the announcing verb the trigger) the act it announces does."""
    verbs = [trigger] + [c for c in trigger.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    for verb in verbs:
        if verb.lemma_.lower() not in _PROLONG_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in _RESTRICTIONS or
               (o.lemma_.lower() == "state" and any(t.lemma_.lower() in _RESTRICTIONS for t in o.subtree))
               for o in objs):
            return True
    return False


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


# (round C13) "riot police, who responded with tear gas and baton charges": force used in answer to a crowd, told
# with a response verb and its means, is the police's crowd-control ASSAULT; the verb is no lexicon word
_RESPONSE_VERBS = {"respond", "retaliate", "react", "reply", "answer", "hit"}
_RESPONSE_MEANS = re.compile(r"\b(tear ?gas|teargas|water ?cannons?|rubber bullets?|plastic bullets?|batons?|"
                             r"baton[- ]charges?|lathi\w*|stun grenades?|flash ?bangs?|pepper spray|pellets?|"
                             r"live (rounds|ammunition|fire)|gunfire|force)\b", re.IGNORECASE)


def police_response(doc: Doc) -> Token | None:
    """The response verb of a police or army subject (or of the police noun a relative clause hangs from) whose
    "with" phrase names crowd-control means or force, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RESPONSE_VERBS:
            continue
        party = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _POLICE_NOUNS]
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _POLICE_NOUNS:
            party.append(verb.head)
        if not party or any(c.dep_ == "neg" for c in verb.children):
            continue
        means = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
        if any(_RESPONSE_MEANS.search("".join(t.text_with_ws for t in p.subtree)) for p in means):
            return verb
    return None


_USE_VERBS = {"use", "fire", "deploy", "spray", "lob", "turn"}


def means_turned_on_crowd(doc: Doc) -> Token | None:
    """(round C32) "Water cannon were turned on protesting workers", "tear gas was used against the marchers": a
    passive use verb whose subject names crowd-control means (not bare "force"), told and not negated, else None.
    The crowd met an intervention even though the sentence names no force that used them."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _USE_VERBS or \
                any(c.dep_ == "neg" for c in verb.children):
            continue
        means = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if any(m.lemma_.lower() != "force" and _RESPONSE_MEANS.search("".join(t.text_with_ws for t in m.subtree))
               for m in means):
            return verb
    return None


def police_force_used(doc: Doc) -> Token | None:
    """(round K7) "police used water cannon and pepper spray to push protesters back": the verb of a police subject
    (or of the police noun the parser left just before it) whose object names crowd-control means, not negated."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _USE_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        before = doc[verb.i - 1] if verb.i > 0 else None
        police = any(c.lemma_.lower() in _POLICE_NOUNS for c in subj) or \
            (not subj and before is not None and before.lemma_.lower() in _POLICE_NOUNS)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [cj for o in objs for cj in o.conjuncts]
        if police and any(_RESPONSE_MEANS.search("".join(t.text_with_ws for t in o.subtree)) and
                          o.lemma_.lower() != "force" for o in objs):
            return verb
    return None


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
    if doc is not None and (crowd_rally(doc) is not None or idiom_protest(doc) is not None):
        return "PROTEST", "Peaceful protest"
    if doc is not None and ship_sunk(doc) is not None:
        return "ASSAULT", "Attack"
    if doc is not None and (condemnation_named(doc) is not None or branded_party(doc) is not None or
                            branded_people(doc) is not None):
        return "ACCUSE", None
    if doc is not None and aircraft_downed(doc) is not None:
        return "ASSAULT", "Armed clash"  # (force between two armed sides: the shooter and the drone's owner)
    if doc is not None and appeal_for_calm(doc) is not None:
        return "REQUEST", None
    if doc is not None and mob_killing(doc) is not None:
        return "ASSAULT", "Mob violence"
    if doc is not None and (projectiles_thrown(doc) is not None or crowd_vandalism(doc) is not None):
        return "PROTEST", "Violent demonstration"  # (round C37: also a crowd wrecking public property)
    if doc is not None and (attack_with_toll(doc) is not None or
                            (armed_killing(doc) is not None or killed_by_hand(doc) is not None) and
                            not is_private_crime(text)):
        # (round C29: "had cut the throats of two herders", a killing by hand; robbers' killings stay crime)
        return "ASSAULT", None
    if doc is not None and missile_fired_at(doc) is not None:
        return "ASSAULT", None  # (round C8) the ACLED head reads the sub-type
    if doc is not None and ransom_demanded(doc) is not None:
        return "REQUEST", None
    if doc is not None and pushed_back(doc) is not None:
        return "COERCE", None
    if doc is not None and call_held(doc) is not None:
        return "CONSULT", None
    return None


# (round C9b) "held a call with Ebrard", "had a phone conversation with his counterpart": a meeting by telephone
_TALK_NOUNS = {"call", "conversation", "phonecall", "videoconference", "teleconference"}


def call_held(doc: Doc) -> Token | None:
    """The verb of a call held or had with someone (a person named after "with"), not negated or planned."""
    for tok in doc_tokens(doc):
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("hold", "have", "make", "conduct"):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or tok.dep_ in ("xcomp", "amod", "relcl") or \
                any(c.lower_ in ("will", "would", "may", "might", "plans", "to") for c in tok.lefts):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _TALK_NOUNS), None)
        if obj is None:
            continue
        heads = (tok, obj)
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
               for h in heads for c in h.children):
            return tok
    return None


# (round C7b) fallbacks for the abstentions of whole-story review 15: a crowd throwing things at a building or at
# police, an attack told with its toll, a ransom demanded, people pushed back across a border at sea
_PROJECTILES = {"stone", "rock", "egg", "bottle", "brick", "firecracker", "firework", "flare", "molotov",
                "tomato", "shoe", "chair", "projectile", "missile", "object", "paint", "cocktail", "bomb"}
_CROWD_SUBJECTS = {"protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "mob", "mourner",
                   "supporter", "student", "youth", "fan", "some", "others", "many", "several", "dozens",
                   "hundreds", "a few"}


def projectiles_thrown(doc: Doc) -> Token | None:
    """ "Some threw eggs and bottles at the parliament building": a throwing verb of a crowd (or a quantifier
    standing for it) with projectiles as object and an "at" target; not negated."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("throw", "hurl", "pelt", "lob") or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"] or _resorting_crowd(tok)
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [cj for o in objs for cj in o.conjuncts]
        if not subj or subj[0].lemma_.lower() not in _CROWD_SUBJECTS and subj[0].lower_ not in _CROWD_SUBJECTS:
            continue
        at = any(c.dep_ == "prep" and (c.lower_ == "at" or c.lower_ == "during" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _PROTEST_NOUNS for g in c.children)) for c in tok.children)
        if at and any(o.lemma_.lower() in _PROJECTILES for o in objs):
            return tok
    return _pelted(doc)


def projectiles_at_force(doc: Doc) -> Token | None:
    """(round C33) The throwing verb of a crowd's projectiles (`projectiles_thrown`) whose "at" target is the
    state's forces ("Youths threw stones at police and set fire to a police station"), else None."""
    throw = projectiles_thrown(doc)
    if throw is None:
        return None
    targets = [g for c in throw.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
               if g.dep_ == "pobj"]
    return throw if any(t.lemma_.lower() in _POLICE_NOUNS for t in targets) else None


# (round C32) "Youths resorted to throwing stones at police": the crowd is the subject of the verb the throwing
# hangs from ("resorted to", "began", "started"), or the noun that verb describes ("Palestinian youths resorted
# to throwing stones during demonstrations ..., officials said")
_TURN_TO = frozenset({"resort", "turn", "begin", "start", "take"})


def _resorting_crowd(throw: Token) -> list[Token]:
    """The subject (or described noun) of the verb a gerund of throwing hangs from through "to", else []."""
    head = throw.head.head if throw.dep_ == "pcomp" and throw.head.lower_ == "to" else \
        throw.head if throw.dep_ == "xcomp" else None
    if head is None or head.lemma_.lower() not in _TURN_TO or any(c.dep_ == "neg" for c in head.children):
        return []
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    return subj or ([head.head] if head.dep_ == "acl" and head.head.pos_ == "NOUN" else [])


def _pelted(doc: Doc) -> Token | None:
    """(round C31) "A day earlier, youths had stoned the governor's convoy", "protesters pelted police with
    rocks": a crowd's stoning verb with what it stoned as object; not negated, not passive."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("stone", "pelt") or \
                any(c.dep_ in ("neg", "nsubjpass") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lemma_.lower() in _CROWD_SUBJECTS or subj.lower_ in _CROWD_SUBJECTS) and \
                any(c.dep_ == "dobj" for c in tok.children):
            return tok
    return None


_TOLL_ATTACKS = {"attack", "ambush", "raid", "storm", "assault", "shell", "bomb"}
_TOLL_VERBS = {"kill", "wound", "injure"}


def _toll(tok: Token) -> bool:
    """ "killing four", "wounding 12 people": a participle of harm with a counted object."""
    return tok.tag_ == "VBG" and tok.lemma_.lower() in _TOLL_VERBS and any(
        c.dep_ == "dobj" and (c.like_num or any(n.dep_ == "nummod" for n in c.children)) for c in tok.children)


def attack_with_toll(doc: Doc) -> Token | None:
    """ "Lou Nuer youths had first attacked Murle herders ..., killing four": an attack verb with a subject and
    a victim whose clause gives the dead or wounded as a count; not negated, not a question of what may come."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _TOLL_ATTACKS or \
                any(c.dep_ == "neg" or c.lower_ in ("will", "would", "could", "might", "may") for c in tok.children):
            continue
        if not any(c.dep_ == "nsubj" for c in tok.children) or not any(c.dep_ == "dobj" for c in tok.children):
            continue
        if any(_toll(t) for t in tok.subtree if t.i > tok.i):
            return tok
    return None


def ransom_demanded(doc: Doc) -> Token | None:
    """ "The kidnappers ... demanded a ransom of 200 million naira": a ransom demand by the captors."""
    for tok in doc_tokens(doc):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("demand", "seek", "ask") and \
                not any(c.dep_ == "neg" for c in tok.children) and \
                any(c.dep_ == "dobj" and c.lemma_.lower() == "ransom" for c in tok.children):
            return tok
    return None


_PUSH_VERBS = {"tow", "push", "drive", "force", "turn", "send", "drag", "return"}
# (not "the coast" or "the port": a boat towed back to port may be a rescue)
_BORDER_PLACES = {"water", "waters", "border", "territory", "frontier", "side"}


def pushed_back(doc: Doc) -> Token | None:
    """ "coast guard officers towed a dinghy ... back into Turkish waters": people or their boat forced back
    across a border (a pushback); the verb with "back" and a "into/towards/across" border place."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _PUSH_VERBS or any(c.dep_ == "neg" for c in tok.children):
            continue
        # ("back" may hang on a participle of the object: "towed a boat carrying 30 people back into ...")
        back = next((c for c in tok.subtree if c.lower_ == "back" and c.dep_ in ("advmod", "prt") and
                     (c.head.i == tok.i or c.head.dep_ == "acl")), None)
        if back is None or not any(c.dep_ == "dobj" for c in tok.children):
            continue
        places = [p for h in (tok, back, back.head) for c in h.children if c.dep_ == "prep" and
                  c.lower_ in ("into", "to", "towards", "toward", "across", "over") for p in c.children
                  if p.dep_ == "pobj"]
        if any(p.lemma_.lower() in _BORDER_PLACES or p.lower_ in _BORDER_PLACES for p in places):
            return tok
        # (round C22) "Border guards pushed back 150 migrants": people seeking entry forced back, the border implied
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "dozens of asylum seekers"
        if back.head.i == tok.i and any(o.lemma_.lower() in _ENTRANTS for o in objs):
            return tok
    return None


_ENTRANTS = frozenset({"migrant", "refugee", "seeker", "asylum-seeker", "entrant", "crosser"})


# words of condemnation a thing is called ("called the veto 'a disgrace'", "called the hangings 'an outrage'")
_WRONG_WORDS = {"disgrace", "outrage", "crime", "shame", "travesty", "scandal", "farce", "mistake", "betrayal",
                "insult", "violation", "provocation", "atrocity", "abomination", "affront", "aggression", "massacre",
                "genocide", "unacceptable", "illegal", "unlawful", "barbaric", "shameful", "outrageous", "cowardly",
                "heinous", "disgraceful", "criminal", "provocative", "irresponsible", "inhumane"}


def named_as_wrong(obj: Token, verb: Token) -> bool:
    """ "called [the veto] 'a disgrace'": the object named by a word of condemnation (the parser gives it as the
    verb's predicate or as an apposition of the object)."""
    named = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")] + \
        [c for c in obj.children if c.dep_ == "appos"]
    return any(n.lemma_.lower() in _WRONG_WORDS or n.lower_ in _WRONG_WORDS for n in named)


def condemnation_named(doc: Doc) -> Token | None:
    """ "France called the hangings 'an outrage'": a party naming an act by a word of condemnation (round C9), a
    fallback where the classifier abstains; the calling verb, or None."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("call", "brand", "label", "describe", "term"):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj and obj is not None and (named_as_wrong(obj, tok) or any(
                g.lemma_.lower() in _WRONG_WORDS for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ == "pobj")):
            return tok
    return None


_SHIPS = {"ship", "vessel", "boat", "carrier", "tanker", "freighter", "ferry", "warship", "frigate", "destroyer",
          "trawler", "dhow", "barge", "submarine", "corvette", "cutter"}


def ship_sunk(doc: Doc) -> Token | None:
    """ "they sank the bulk carriers Magic Seas and Eternity C": a party sinking ships (round C9), a fallback
    where the classifier abstains; a storm or a ship ("the ferry sank") is no party."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("sink", "sank") or tok.lower_ not in ("sank", "sunk"):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if objs and subj and all(o.lemma_.lower() in _SHIPS for o in objs) and \
                not any(x.lemma_.lower() in _NATURAL_FORCES | _SHIPS for x in subj):
            return tok
    return None


_AIRCRAFT = {"drone", "aircraft", "plane", "jet", "helicopter", "warplane", "missile", "uav", "fighter", "bomber",
             "airplane", "airliner", "rocket"}

# (round C8) a missile fired at a target ("The Houthis fired a ballistic missile at a tanker in the Red Sea"): the
# classifier abstains on some wordings (missile tests look alike), a launch into the sea or in a test or drill has
# no target and stays out
_PROJECTILE_ARMS = {"missile", "rocket", "drone", "torpedo", "shell", "mortar", "projectile"}
_LAUNCH_VERBS = {"fire", "launch", "shoot"}
_NOT_TARGETS = {"sea", "water", "air", "sky", "ocean", "target", "range", "direction", "area"}
_TRIAL = re.compile(r"(?i)\b(test\w*|drills?|exercises?|trials?|launch pad|demonstration)\b")


def missile_fired_at(doc: Doc) -> Token | None:
    """A party's launch verb with a projectile object and an "at"/"on"/"towards" target ("fired two missiles at
    a container ship"); not negated, not in a test or drill."""
    if _TRIAL.search(doc_text(doc)):
        return None
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _LAUNCH_VERBS or not _real_verb(tok):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [cj for o in objs for cj in o.conjuncts]
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj or not any(o.lemma_.lower() in _PROJECTILE_ARMS for o in objs):
            continue
        targets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "towards", "toward")
                   for p in c.children if p.dep_ == "pobj"]
        if any(t.lemma_.lower() not in _NOT_TARGETS for t in targets):
            return tok
    return None


def _real_verb(tok: Token) -> bool:
    """Not negated and not under a modal or "to"."""
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in tok.children)


_UNREAL_AUX = {"will", "would", "could", "might", "may", "should", "must", "shall", "to"}


def aircraft_downed(doc: Doc) -> Token | None:
    """ "one of its frigates had shot down a Houthi drone": a party bringing down an aircraft, drone or missile
    (round C12), a fallback where the classifier abstains; "the plane was shot down" with no shooter stays out."""
    for tok in doc_tokens(doc):
        downed = tok.lower_ == "downed" and tok.pos_ == "VERB" or \
            tok.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
        if not downed:
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if objs and subj and all(o.lemma_.lower() in _AIRCRAFT for o in objs):
            return tok
    return None


# (round C19, lead's decision of session 11) unmanned weapons brought down in flight: an attack prevented, ACLED's
# "Disrupted weapons use" ("shot down 41 of 58 drones", "intercepted a ballistic missile"); a piloted aircraft
# shot down stays an attack on its crew
_UNMANNED = frozenset({"drone", "missile", "rocket", "uav", "projectile", "shahed"})
_INTERCEPT = frozenset({"intercept"})


def _downing_verb(tok: Token) -> bool:
    return tok.lower_ == "downed" and tok.pos_ == "VERB" or tok.lemma_.lower() in _INTERCEPT and tok.pos_ == "VERB" or \
        tok.lemma_.lower() == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children)


# (round C30) "Several drones were destroyed on approach to the capital", "air defences neutralised five drones":
# drones or missiles destroyed are brought down as intercepted ones are (what they are is checked by the caller)
_WRECKING = frozenset({"destroy", "neutralise", "neutralize", "down", "eliminate"})


def _wrecking_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _WRECKING


def _downed_things(verb: Token) -> list[Token]:
    """What the verb brought down: its object or passive subject, through a partitive ("41 of 58 drones")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [p for o in objs for p in ([g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                       for g in c.children if g.dep_ == "pobj"] if o.pos_ == "NUM" else [o])]


def projectile_downed(trigger: Token) -> bool:
    """The trigger brings down drones or missiles in flight, nothing piloted among them (the trigger may be the
    verb or what it brought down: "intercepted six drones")."""
    if trigger.dep_ in ("dobj", "nsubjpass") and (_downing_verb(trigger.head) or _wrecking_verb(trigger.head)):
        trigger = trigger.head
    if not (_downing_verb(trigger) or _wrecking_verb(trigger)):
        return False
    things = [t for o in _downed_things(trigger) for t in [o, *o.conjuncts]]
    return bool(things) and all(t.lemma_.lower() in _UNMANNED for t in things)


# (round C19, lead's decision of session 11) "The shoal, which China seized in 2012": a re-mentioned seizure with no
# armed doer, no people taken and no fight named is a seizure (COERCE seize); ground taken by an armed party
# ("which rebels seized in March 2021") stays a capture, as a present-day one is coded
_ARMED_DOER = re.compile(r"(?i)\b(?:army|armed|soldiers?|troops?|forces?|militants?|rebels?|insurgents?|fighters?|"
                         r"gunm[ae]n|militia\w*|jihadis\w*|commandos?|marines?|guerrillas?|paramilitar\w*|bandits?|"
                         r"terrorists?|extremists?)\b")
_SEIZED_PEOPLE = re.compile(r"(?i)\b(?:hostages?|captives?|people|civilians|passengers|pupils|students|children|girls|boys|"
                     r"women|men|workers|villagers|residents|soldiers|crew|sailors|fishermen|journalists|tourists)\b")
_FIGHT_WORDS = re.compile(r"(?i)\b(?:\w*fight\w*|fought|battle\w*|clash\w*|kill\w*|attack\w*|assault\w*|storm\w*|"
                          r"shoot\w*|shot|gunfire|firing|"
                          r"stormed|shell\w*|bomb\w*|raid\w*)\b")


# towns and bases: ground whose capture is coded as present-day captures are (ASSAULT, territory taken)
_GROUND = frozenset({"town", "city", "village", "base", "capital", "province", "district", "territory", "region",
                     "garrison", "outpost", "post", "camp", "airport", "airbase", "barracks", "headquarters"})


def seizure_without_fight(verb: Token) -> bool:
    """The relative or participle "seized" of a re-mention names a seizure, not a capture by force."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "seize" or verb.dep_ not in ("relcl", "acl"):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + \
        [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # (the parser may hang "which rebels seized" on "rebels": the noun the verb hangs on may be its doer)
    doers.append(verb.head)
    seized = [verb.head] + [c for c in verb.children if c.dep_ == "dobj"]
    if any(t.lemma_.lower() in _GROUND for t in seized):
        return False  # ("the M23, which seized the border town of Bunagana in June 2022": ground taken)
    clause = " ".join(t.text for t in verb.subtree)
    return not any(_ARMED_DOER.search(" ".join(t.text for t in d.subtree)) for d in doers) and \
        not any(_SEIZED_PEOPLE.search(t.text) for t in seized) and _FIGHT_WORDS.search(clause) is None


_MOB_KILLINGS = {"lynch", "stone"}


def mob_killing(doc: Doc) -> Token | None:
    """ "a butcher was lynched in the market", "a student was stoned to death by classmates": a mob killing told in
    the passive (round C12), a fallback where the classifier abstains; the verb."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _MOB_KILLINGS or \
                not any(c.dep_ == "nsubjpass" for c in tok.children):
            continue
        if tok.lemma_.lower() == "lynch" or any(c.dep_ == "prep" and c.lower_ == "to" and
                                                any(g.lower_ == "death" for g in c.children) for c in tok.children):
            return tok
    return None


# (round C12) an appeal for calm: "urged restraint on both sides", "called for calm"
_CALM_WORDS = {"restraint", "calm", "de-escalation", "deescalation", "moderation", "composure"}
_APPEALS = {"urge", "call", "appeal", "plead"}


def appeal_for_calm(doc: Doc) -> Token | None:
    """The appealing verb of a party's call for restraint or calm, a fallback where the classifier abstains."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _APPEALS or \
                not any(c.dep_ == "nsubj" for c in tok.children):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"] + \
            [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        if any(o.lemma_.lower() in _CALM_WORDS for o in objs):
            return tok
    return None


_RALLY_VERBS = {"rally", "demonstrate", "picket"}
# (round C9b) a crowd gathering before a building is a protest when it voices a demand or stands in solidarity
_GATHER_VERBS = {"gather", "assemble", "converge", "congregate"}
_RALLY_CROWDS = {"people", "protester", "protestor", "demonstrator", "activist", "supporter", "resident", "student",
                 "worker", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "crowd",
                 # (round C9b)
                 "relative", "family", "mother", "widow", "farmer", "trader", "teacher", "nurse", "doctor", "lawyer",
                 "journalist", "villager", "youth", "woman", "pensioner", "veteran", "survivor",
                 # (round C25) kin of the missing or detained
                 "wife", "parent", "son", "daughter", "sister", "brother", "kin"}
# a demand the crowd voices: "rallied outside the Capitol to call on Congress to pass a bill"
_DEMAND_VERBS = {"call", "demand", "urge", "press", "protest", "denounce", "condemn", "oppose", "support", "seek"}


def _verbless_rally(tok: Token) -> bool:
    """(round C25) "Relatives of the missing sailors gathered ...": the parser may make the verb a clause on the
    last noun of a sentence with no verb at its root; the root noun is then its subject."""
    return tok.dep_ == "acl" and tok.sent.root.pos_ in ("NOUN", "PROPN")


def rally_subject(rally: Token) -> Token | None:
    """The subject of a rallying verb (the root noun where the parser made the verb a clause on it)."""
    if _verbless_rally(rally):
        return rally.sent.root
    return next((c for c in rally.children if c.dep_ == "nsubj"), None)


def crowd_rally(doc: Doc) -> Token | None:
    """A crowd rallying before a building or voicing a demand ("several hundred people rallied outside the
    Capitol to call on Congress to pass a bill"): the rallying verb, a fallback for sentences the classifier
    abstains on (round C7); forces and authorities do not rally."""
    for tok in doc_tokens(doc):
        gather = tok.lemma_.lower() in _GATHER_VERBS
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _RALLY_VERBS and not gather or \
                tok.dep_ not in ("ROOT", "ccomp") and not _verbless_rally(tok):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = rally_subject(tok)
        if subj is None or subj.lemma_.lower() not in _RALLY_CROWDS:
            continue
        before = any(c.dep_ == "prep" and c.lower_ in ("outside", "at", "near", "in") for c in tok.children)
        demand = demand_voiced(tok) is not None or signs_held(tok) is not None or \
            any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in ("solidarity", "protest")
                                                               for g in c.children) for c in tok.children)
        if before and demand:
            return tok
    return None


# (round C33) the signs of a protest held up by a gathered crowd ("gathered in front of the cathedral, holding
# pictures of their children", "gathered outside the court holding placards"): the gathering is a protest (a vigil)
_SIGNS = frozenset({"placard", "banner", "sign", "photo", "photograph", "picture", "portrait", "poster", "candle",
                    "flag", "slogan", "effigy", "coffin"})
_HOLDING = frozenset({"hold", "carry", "wave", "brandish", "raise", "bear", "light"})


def signs_held(gather: Token) -> Token | None:
    """The participle of holding protest signs hung on the gathering verb `gather` (directly, or on a noun of its
    place), or the signs' noun where the parser made the participle its modifier; else None."""
    for c in gather.subtree:
        if c.pos_ != "VERB" or c.tag_ != "VBG" or c.lemma_.lower() not in _HOLDING or c.i < gather.i:
            continue
        if c.dep_ == "amod" and c.head.lemma_.lower() in _SIGNS:
            c = c.head  # ("outside the court holding placards": the parser may read "holding" as the signs' modifier)
        elif not any(o.dep_ == "dobj" and o.lemma_.lower() in _SIGNS for o in c.children):
            continue
        up = c.head
        while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == gather.i:
            return c
    return None


def demand_voiced(gather: Token) -> Token | None:
    """The demand verb of a gathering: its advcl/xcomp, or (round C25) one the parser hung on a time phrase ("on
    Friday demanding information": pcomp of "on"), whose nearest verb above is the gathering."""
    for c in gather.subtree:
        # ("outside the courthouse calling for ...": a demand hung on the place the crowd stood at)
        placed = c.dep_ == "acl" and c.head.dep_ == "pobj" and c.head.pos_ == "NOUN" and \
            c.head.head.lower_ in ("outside", "at", "near", "of", "before")
        # (round C27) "... in Gusau demanding action": the small parser may make the participle a modifier of the
        # noun it governs
        placed = placed or c.dep_ == "amod" and c.tag_ == "VBG" and c.i > gather.i
        # (round C33) "holding placards calling for the release of ...": the demand the crowd's signs voice
        placed = placed or c.dep_ == "acl" and c.head.lemma_.lower() in _SIGNS
        if c.pos_ != "VERB" or c.dep_ not in ("advcl", "xcomp", "pcomp") and not placed or \
                c.lemma_.lower() not in _DEMAND_VERBS:
            continue
        up = c.head
        while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i != gather.i and up.lemma_.lower() in _HOLDING and c.head.lemma_.lower() in _SIGNS:
            up = up.head  # (round C33) the signs' holding hangs on the gathering
        if up.i == gather.i:
            return c
    return None


# (round C10) industrial action and crowd protest told in idiom: "miners downed tools", "nurses walked off the job",
# "students formed a human chain", "residents linked arms"; forces and authorities do none of these as protest
_JOB_WORDS = {"job", "jobs", "work", "shift", "shifts", "site", "floor", "line", "ward", "wards"}
_CHAIN_VERBS = {"form", "make", "create", "link", "build", "join", "stage"}
# (round C33) people fastening themselves to a place ("chained themselves to the gates", "glued themselves to the
# road"): a sit-in protest (PLOVER PROTEST; ACLED Peaceful protest), whoever they are, unless a force or authority
_FASTENING = {"chain", "glue", "superglue", "handcuff", "padlock", "tie", "lock", "strap", "cement"}


def _idiom_protest_verb(tok: Token) -> bool:
    """The verb of a protest idiom: downed tools, walked off the job, formed a human chain, linked arms, chained
    themselves to a gate."""
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma == "down" and (any(o.lemma_.lower() in ("tool", "tools") for o in objs) or
                            tok.dep_ == "amod" and tok.head.lemma_.lower() in ("tool", "tools")):
        return True  # (the parser may hang "downed" on "tools" as a modifier)
    if lemma == "walk" and any(c.lower_ == "off" and any(g.lower_ in _JOB_WORDS for g in c.children)
                               for c in tok.children if c.dep_ in ("prep", "prt")):
        return True
    if lemma in _CHAIN_VERBS and any(o.lemma_.lower() == "chain" and any(g.lower_ == "human" for g in o.children)
                                     for o in objs):
        return True
    if lemma == "occupy" and any(o.lemma_.lower() in _OCCUPIED_SITES for o in objs):
        # (round C11) "Landless workers occupied a government building to demand land reform": a civilian crowd's
        # occupation of a building is a sit-in protest (armed groups occupying towns or bases are not civilians)
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        return any(s.lemma_.lower() in _CIVILIAN_CROWDS for s in subj)
    if lemma in _FASTENING and any(o.lower_ == "themselves" for o in objs) and \
            any(c.dep_ == "prep" and c.lower_ in ("to", "onto") for c in tok.children):
        return True  # (round C33) "Activists chained themselves to the gates of the ministry"
    return lemma == "link" and any(o.lower_ == "arms" for o in objs)


_OCCUPIED_SITES = {"building", "office", "offices", "headquarters", "ministry", "parliament", "premises", "campus",
                   "square", "factory", "plant", "lobby", "hall", "courthouse", "embassy", "university", "school",
                   "mine", "port", "airport", "refinery", "site", "legislature", "assembly", "secretariat"}
_CIVILIAN_CROWDS = {"worker", "student", "farmer", "resident", "activist", "protester", "protestor", "demonstrator",
                    "teacher", "employee", "villager", "family", "woman", "youth", "supporter", "miner", "nurse",
                    "doctor", "pensioner", "refugee", "trader", "vendor", "peasant", "union", "unionist",
                    "relative", "people", "indigenous", "retiree", "staff"}


def idiom_protest(doc: Doc) -> Token | None:
    """A strike or crowd protest told in idiom ("Dock workers downed tools", "formed a human chain"): the verb,
    when it is not negated and its subject is not a force or authority."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or not _idiom_protest_verb(tok) or any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        doers = [t for s in subj for t in s.subtree] if subj else list(doc[tok.sent.start:tok.i])
        if any(t.lemma_.lower() in _FORCE_NOUNS for t in doers):
            continue  # (with no parsed subject, the words before the verb stand for it)
        return tok
    return None


# (round C29) a killing by hand ("hacked the victims to death", "stabbed two herders to death", "cut the throats of
# five shepherds"): force that kills (PLOVER ASSAULT; ACLED Attack on civilians), never a hacking of computers
# (COERCE cyber) nor a cut of supplies
_HAND_KILLING = frozenset({"hack", "chop", "stab", "club", "beat", "bludgeon", "batter", "stone", "cut", "slit",
                           "slash", "burn", "knife", "machete", "axe"})


def killed_by_hand(doc: Doc) -> Token | None:
    """A told verb of cutting or beating "to death", or a cut or slit throat, not negated, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HAND_KILLING or \
                any(c.dep_ == "neg" for c in verb.children):
            continue
        to_death = any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "death" for p in c.children)
                       for c in verb.children)
        throat = verb.lemma_.lower() in ("cut", "slit", "slash") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "throat" for c in verb.children)
        if to_death or throat:
            return verb
    return None


def crowd_blockade(doc: Doc) -> Token | None:
    """A crowd blocking a road, port or crossing ("Hundreds of rice farmers blocked a major highway"): the
    blocking verb, when its subject is not a force or authority (their blockades are COERCE, left to the
    classifier); a fallback for sentences the classifier abstains on."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or not is_blocked_passage(tok):
            continue
        if crowd_subject(tok):
            return tok
    return None


def crowd_subject(verb: Token) -> bool:
    """The verb has a subject, and no word of its subjects names a force or authority."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and not any(t.lemma_.lower() in _FORCE_NOUNS for s in subj for t in s.subtree)


_FORCE_NOUNS = {"police", "policeman", "officer", "troop", "soldier", "army", "military", "force", "authority",
                "government", "ministry", "navy", "guard", "militant", "rebel", "fighter", "militia", "israel"}


def _coordinated_clauses(trigger: Token) -> list[Token]:
    """Verbs coordinated with the trigger's clause that have a subject of their own."""
    root = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return [c for c in root.children
            if (c.dep_ == "conj" or contrast_clause(c)) and c.pos_ == "VERB" and c is not trigger
            and (any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or protesters_gathered(c))]


def _conj_chain(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it, from the top of its coordination."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    out, todo = [verb], [verb]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj" and c.pos_ == "VERB":
                out.append(c)
                todo.append(c)
    return out


# (round C22) a haul or a craft seized and its crew arrested in the same sentence ("seized a fishing boat carrying
# two tonnes of cocaine and arrested its crew"): PLOVER's recipient is the party coerced, the people held
_HAUL_SEIZING = frozenset({"seize", "confiscate", "intercept", "impound", "capture", "find", "discover", "recover"})
_HOLDING = frozenset({"arrest", "detain", "apprehend", "hold", "nab"})


def held_beside_seizure(trigger: Token) -> Token | None:
    """The object of an arrest verb joined by "and" to the seizing trigger, else None."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _HAUL_SEIZING:
        return None
    for verb in _conj_chain(trigger):
        if verb.i != trigger.i and verb.lemma_.lower() in _HOLDING:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


_ABDUCTING = frozenset({"abduct", "kidnap", "snatch"})


def abduction_beside(trigger: Token) -> Token | None:
    """(round C22) An abducting verb with an object joined by "and" to the attack's verb ("stormed a school, shot a
    guard dead and kidnapped 30 pupils"): ACLED codes the abduction as its own event beside the attack."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _ABDUCTING:
        return None
    return next((v for v in _conj_chain(verb) if v.i != verb.i and v.lemma_.lower() in _ABDUCTING and
                 any(c.dep_ in ("dobj", "nsubjpass") for c in v.children) and
                 not any(c.dep_ == "neg" for c in v.children)), None)


# (round C35) verbs of forcing a way into a place: the way in of a deed done there, not a deed of their own
_ENTRY_VERBS = frozenset({"storm", "raid", "invade", "overrun", "burst", "break", "attack"})
# (round C35) harm told beside an entry ("stormed a school, shot a guard dead and kidnapped 30 pupils")
_ENTRY_HARM = re.compile(r"(?i)\b(?:kill\w*|dead|died|injur\w*|wound\w*|shot|shoot\w*|gunfire|clash\w*|fought|"
                         r"fighting|battle\w*|exchanged fire|burn\w*|torch\w*|set fire|bomb\w*|explo\w*)\b")


def entry_for_abduction(trigger: Token, taking: Token) -> bool:
    """(round C35) "Gunmen stormed a boarding school ... and abducted 40 pupils": the storming is the way in of the
    abduction joined to it, one deed (ACLED codes the abduction alone), when the coordination holds just the two
    verbs and the sentence tells no harm (a killing, shooting, fight or burning beside it keeps the attack)."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ENTRY_VERBS:
        return False
    chain = _conj_chain(verb)
    if len(chain) != 2 or all(v.i != taking.i for v in chain) or any(c.dep_ == "neg" for c in verb.children):
        return False
    return _ENTRY_HARM.search(doc_text(verb.doc)) is None


def coordinated_acts(trigger: Token) -> list[Token]:
    """(round C9) Verbs joined by "and" to the sentence's main verb or to the trigger's own verb ("denied targeting
    civilians and accused the army of ...", "thanked Russia and accused Britain", "condemned the attack and called
    on the UN to ..."), other than the trigger, the verbs it hangs from (the frame of its act: "denied") and
    reporting verbs: each may be an act of its own."""
    above: set[int] = set()
    cur = trigger
    for _ in range(12):
        above.add(cur.i)
        if cur.head.i == cur.i or cur.dep_ == "conj":
            break  # (a verb the trigger's clause is coordinated with is no frame of it)
        cur = cur.head
    own = trigger
    for _ in range(3):
        if own.pos_ == "VERB" or own.head.i == own.i:
            break
        own = own.head
    heads = [t for t in doc_tokens(trigger.doc) if t.dep_ == "ROOT" and t.pos_ == "VERB"] + \
        ([own] if own.pos_ == "VERB" else [])
    out: list[Token] = []
    for h in heads:
        chain = _conj_chain(h)
        # (a passive coordination tells what the subject suffered: "had been tortured and denied access to lawyers")
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in chain[0].children)
        for v in chain:
            if v.i in above or v.lemma_.lower() in _REPORTING or any(o.i == v.i for o in out):
                continue
            if passive and not any(c.dep_ == "nsubj" for c in v.children):
                continue
            out.append(v)
    for root in (t for t in doc_tokens(trigger.doc) if t.dep_ == "ROOT" and t.tag_ == "VBD"):
        out.extend(v for v in _misjoined_verbs(root) if v.i not in above and v.lemma_.lower() not in _REPORTING
                   and all(o.i != v.i for o in out))
    return out


def _misjoined_verbs(root: Token) -> list[Token]:
    """(round C12) "accused Rwanda of "violating every commitment" and called on the UN to ...": a finite past verb
    the parser joined to a gerund complement of the past-tense main verb ("of violating") is the main verb's
    coordinate (a gerund has no finite conjuncts)."""
    out: list[Token] = []
    for g in root.children:
        comp = g if g.dep_ in ("xcomp", "pcomp") else next((c for c in g.children if c.dep_ == "pcomp"), None) \
            if g.dep_ == "prep" else None
        if comp is None or comp.tag_ != "VBG":
            continue
        out.extend(v for v in _conj_chain(comp)[1:] if v.tag_ == "VBD" and not any(
            c.dep_ in ("aux", "auxpass") for c in v.children))
    return out


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


def court_subject(verb: Token) -> bool:
    """The verb's subject or "by" agent is a court, a judge or a tribunal."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    heads = [c for s in subj for c in ([s] + [g for g in s.children if g.dep_ == "pobj"] if s.dep_ == "agent"
                                         else [s])]
    return any(h.lemma_.lower() in _COURT_NOUNS for h in heads)


def court_order(trigger: Token) -> tuple[str, tuple[str, ...]] | None:
    """A court ordering a party to pay or to be jailed (PLOVER manual: court-ordered payments are SANCTION
    'convict' with the court as actor and the liable party as recipient; by this project's convention a prison
    sentence is SANCTION 'convict' too, and only a court ordering an arrest or a detention is COERCE 'arrest'),
    not a threat or a demand."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.lemma_.lower() not in _ORDER_VERBS or not court_subject(verb):
        return None
    acts = {c.lemma_.lower() for c in verb.subtree if c.pos_ in ("VERB", "NOUN") and c.i != verb.i}
    if verb.lemma_.lower() == "sentence" or acts & {"jail", "imprison", "serve", "prison", "imprisonment"}:
        return "SANCTION", ("convict",)  # (lead, session 9) a prison sentence is one SANCTION/convict event
    if acts & _JAIL_VERBS or "detention" in acts:
        return "COERCE", ("arrest",)  # "ordered the arrest of", "ordered his detention": an arrest
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


# (round C31) an armed party's killing or attack told plainly ("In 1994, Hutu extremists killed some 800,000 people
# in Rwanda", "Rebels attacked a convoy on the road to Goma"), on which the classifier abstained: an attack (the aux
# rules flag a past one historical; the ACLED head reads the sub-type). A lone gunman is no armed party (docs/coding.md,
# "Crime"), and robbers' raids stay crime (story_guards' private-crime screen)
_KILL_VERBS = frozenset({"kill", "massacre", "slaughter", "behead", "execute", "murder", "attack", "ambush", "raid",
                         "storm", "shell", "bomb", "bombard", "shoot", "stab"})
_STRIKING_VERBS = frozenset({"attack", "ambush", "raid", "storm", "shell", "bomb", "bombard"})  # (any target)
_ARMED_KILLERS = re.compile(r"(?i)\b(?:militants?|rebels?|extremists?|jihadists?|insurgents?|terrorists?|gunmen|"
                            r"militiam[ae]n|militias?|fighters|bandits?|soldiers?|troops|army|forces|guerrill\w*|"
                            r"paramilitar\w*|armed men|attackers|assailants|settlers)\b")
_VICTIM_NOUNS = frozenset({"people", "civilian", "villager", "resident", "person", "man", "woman", "child",
                           "worshipper", "farmer", "student", "pupil", "passenger", "soldier", "policeman", "officer",
                           "member", "fisherman", "herder", "trader", "refugee", "miner", "worker", "tutsi", "hutu",
                           # (round C38) "Settlers shot a Palestinian teenager": the people named by age or office
                           "teenager", "boy", "girl", "youth", "chief", "journalist", "protester", "activist",
                           "shepherd", "driver", "teacher", "priest", "imam", "leader"})


def armed_killing(doc: Doc) -> Token | None:
    """A told, not negated killing verb whose subject is an armed party and whose object is people (or an attack verb
    with any object), else None."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _KILL_VERBS or \
                any(c.dep_ in ("neg", "nsubjpass") or c.dep_ == "aux" and c.lower_ in _UNREAL for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if subj is None or not objs or _ARMED_KILLERS.search(" ".join(t.text for t in subj.subtree)) is None:
            continue
        if tok.lemma_.lower() in _STRIKING_VERBS or any(o.lemma_.lower() in _VICTIM_NOUNS or o.like_num for o in objs):
            return tok
    return None


def attack_subject_verb(doc: Doc) -> Token | None:
    """A verb of harm whose subject is an attack ("The bombings on April 21, 2019, struck St. Anthony's Shrine",
    "An air strike hit a school"): an attack even where the classifier abstains (a dated, historical one keeps
    its date and the 'historical' flag from aux)."""
    for tok in doc_tokens(doc):
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


_PARTY_DOER = re.compile(r"(?i)\b(?:police\w*|mobs?|attackers?|assailants?|settlers?|robbers?|raiders?|looters?|"
                         r"crowds?|youths?|thugs?)\b")
_LOOSE_HITS = frozenset({"hit", "strike", "rock", "shake", "batter", "ravage"})


def _party_doer_or_none(verb: Token) -> bool:
    """A passive deed told with no doer, or with a person or armed party as its doer (not a crisis or a storm)."""
    if verb.lemma_.lower() in _LOOSE_HITS:
        return False
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return all(d.pos_ == "PROPN" or _ARMED_DOER.search(d.text) or _PARTY_DOER.search(d.text) for d in doers)


_MUTUAL_FIGHTS = frozenset({"clash", "fight", "battle", "brawl", "scuffle", "skirmish"})


def _clause_parsed_as_object(verb: Token) -> bool:
    """A clause the parser hung on the object of "after"/"when" as if it described it ("after youths(pobj)
    clashed(acl)"): a participle may describe its noun ("after youths armed with ..."), so only a past tense verb
    counts, or the participle of a fight, which takes no passive."""
    finite = verb.tag_ == "VBD" or verb.tag_ == "VBN" and verb.lemma_.lower() in _MUTUAL_FIGHTS
    return verb.dep_ == "acl" and finite and verb.head.dep_ == "pobj" and verb.head.head.lower_ in _CLAUSE_MARKS


def _fought_with(verb: Token, child: Token) -> bool:
    """(round C25) a fight names its other side with "with" ("clashed with residents"), not as an object."""
    return verb.lemma_.lower() in _MUTUAL_FIGHTS and child.dep_ == "prep" and child.lower_ == "with" and \
        any(g.dep_ == "pobj" for g in child.children)


def background_attacks(doc: Doc, rx: re.Pattern[str] | None, passive: bool = True) -> list[Token]:
    """Attack verbs of a clause hung on "after"/"when"/"following" with a subject and a victim of their own
    ("hundreds marched after a police officer shot and wounded a teenager"): the attack that set off the main
    event is an event too. `passive`: also a passive deed ("after a convoy was looted near Kutum"; round C19),
    which a crowd's act does not take: "went on strike after a colleague was killed" names the stoppage's cause
    (round C11)."""
    if rx is None:
        return []
    text = doc_text(doc)
    out: list[Token] = []
    for head in doc_tokens(doc):
        marked = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in head.children) \
            or head.dep_ == "pcomp" and head.head.lower_ in _CLAUSE_MARKS
        subj = [c for c in head.children if c.dep_ in (("nsubj", "nsubjpass") if passive else ("nsubj",))]
        if _clause_parsed_as_object(head):
            marked, subj = True, [head.head]  # (round C25) "after youths clashed with residents": youths the subject
        if head.pos_ != "VERB" or not marked or not subj:
            continue
        # (the tsunami or the fire that destroyed the coast is a disaster: a person or a party attacks)
        if any(s.lemma_.lower() in _NATURAL_FORCES for s in subj) or \
                is_disaster_report("".join(t.text_with_ws for t in head.subtree)):
            continue
        verbs = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        # "shot and wounded a teenager": the victim may sit on the last conjunct; the first attack word names it
        # (round C19) a passive deed names its victim as the subject ("after a convoy was looted near Kutum"), with
        # no doer or a party as doer ("was hit by a deadly economic crisis" is no attack)
        both_sides = head.lemma_.lower() in _MUTUAL_FIGHTS and \
            any(c.dep_ == "conj" or c.lower_ == "rival" for c in subj[0].children)  # ("rival fans fought")
        if both_sides or any(c.dep_ == "dobj" or _fought_with(v, c) for v in verbs for c in v.children) or \
                subj[0].dep_ == "nsubjpass" and _party_doer_or_none(head):
            out.extend(v for v in verbs if rx.match(text, v.idx))
    return out[:1]  # "shot and wounded": one attack


# (round C23) verbs by which an attack noun states its own toll ("an attack on the town left 12 people dead")
_OWN_TOLL_VERBS = frozenset({"leave", "kill", "claim", "wound", "injure"})


def tolled_attack_after(doc: Doc, rx: re.Pattern[str] | None) -> tuple[Token, Token] | None:
    """(round C23) "abducted 14 passengers, a day after a gang attack on Mirebalais left at least 12 people dead": an
    attack noun told in an "after"/"following" phrase whose own verb states a counted toll is an attack of its own
    (its noun and the toll verb), never the main act's; a bare "after the attack" with no toll is no such event."""
    if rx is None:
        return None
    text = doc_text(doc)
    for noun in doc_tokens(doc):
        if noun.pos_ != "NOUN" or not rx.match(text, noun.idx):
            continue
        after = noun.head.dep_ == "prep" and noun.head.lower_ in _CLAUSE_MARKS and noun.dep_ == "pobj"
        verb = noun.head
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in _OWN_TOLL_VERBS and after:
            # (the parse may hang the toll verb, with no subject, on the main verb beside the phrase: "abducted 23
            # farmers, two days after an attack on a base [left] nine soldiers dead")
            verb = next((c for c in verb.children if c.dep_ == "advcl" and c.i > noun.i and
                         not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), verb)
        if verb.pos_ != "VERB" or verb.dep_ == "ROOT" or verb.lemma_.lower() not in _OWN_TOLL_VERBS:
            continue
        marked = noun.dep_ == "nsubj" and noun.head.i == verb.i and \
            any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in verb.children)
        counted = any(c.dep_ == "dobj" and any(g.dep_ == "nummod" or g.like_num for g in c.subtree)
                      for c in verb.children)
        if (after or marked) and counted and noun.i < verb.i:
            return noun, verb
    return None


def relative_attacks(doc: Doc, rx: re.Pattern[str] | None) -> list[Token]:
    """(round C21) A passive attack verb of a relative clause with a doer of its own ("Thousands of teachers, two of
    whom were shot dead by police, marched ..."; "students who were beaten by soldiers"): the deed done to the
    noun the clause hangs on is an event beside the main one. A deed with no doer or an undated one with a storm
    for doer is not (dated ones are re-mentions, `remention_cues`)."""
    if rx is None:
        return []
    text = doc_text(doc)
    for verb in doc_tokens(doc):
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not rx.match(text, verb.idx):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subj is None or not doers or not _party_doer_or_none(verb) or \
                any(d.lemma_.lower() in _NATURAL_FORCES for d in doers):
            continue
        if subj.lower_ in ("who", "whom", "that") or any(
                g.lower_ in ("whom", "them") for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children):
            return [verb]
    return []


# (round C18) a date a deed's own phrase may carry: a month ("in August 2024", "of Oct. 7") or a four-digit year
_MONTH_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$")
_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d$")
# (a token `_MONTH_WORD` or `_YEAR_WORD` matches starts with one of these, so a text without them has none)
_DATE_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:1[89]|20)\d\d")
_DATE_PREPS = frozenset({"of", "on", "in"})


def _dated_noun(tok: Token) -> bool:
    """An attack noun dated by its own phrase: to its month ("the attack of Oct. 7, 2023", "the raid in May 2021"),
    or to its year where the noun is what the clause is about ("The assassination of the prime minister in 1995
    shocked the country"). A year alone on a noun in passing is too loose ("not long after the 9/11 attacks in
    2001" in a story on interest rates)."""
    dates = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in _DATE_PREPS
             for o in p.children if o.dep_ == "pobj"]
    if any(_MONTH_WORD.match(o.text) for o in dates):
        return True
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and any(_YEAR_WORD.match(o.text) for o in dates)


def _dated_deed(verb: Token) -> bool:
    """A relative or participle verb done to someone or something ("who captured Lashio", "which gunmen stormed",
    "seized by insurgents"), with a month or year in its own words. "who died two years ago" and "who shot to
    prominence in 2004" do nothing to anyone."""
    done_to = any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in verb.children) or \
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    return done_to and any(_MONTH_WORD.match(t.text) or _YEAR_WORD.match(t.text) for t in verb.subtree)


def _joined_reduced_relative(verb: Token) -> bool:
    """(round C19) "Widows of the farmers massacred at Yelwata in June 2025 marched ... on Monday": the parser makes
    the participle the main verb and joins the real one to it with no "and" between. A dated participle with no
    object, whose subject names its victims through "of", and a later verb joined without a conjunction, is the
    reduced relative of a re-mention."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
            any(c.dep_ in ("cc", "dobj", "aux", "auxpass", "neg") for c in verb.children):
        return False
    if not any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and
               not any(t.is_punct for t in verb.doc[verb.i:c.i]) for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
               for c in verb.children):
        return False
    dates = [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    return any(_MONTH_WORD.match(t.text) or _YEAR_WORD.match(t.text) for t in dates)


def remention_cues(doc: Doc, kinds: tuple[tuple[str, re.Pattern[str] | None], ...]) -> list[tuple[Token, str]]:
    """Deed words that re-mention an earlier deed inside a sentence about something else, with the first of `kinds`
    (type, cue pattern) whose pattern matches: the verb of a relative or participle clause ("the rebels, who
    captured Lashio in August 2024, said ...", "the port, seized by insurgents in August 2020, reopened ...") or
    a noun with a date of its own ("hostages taken in the attack of Oct. 7, 2023"). The caller keeps those aux.py
    reads as historical (convention of issue 3: an event flagged historical, dated by the reference, not today's
    event)."""
    text = doc_text(doc)
    out: list[tuple[Token, str]] = []
    if not _DATE_HINT.search(text):
        return out  # every reading below needs a month or year token (most sentences have none: skip the walk)
    for tok in doc_tokens(doc):
        if not (tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl") and _dated_deed(tok) or
                tok.pos_ == "NOUN" and _dated_noun(tok) or _joined_reduced_relative(tok)):
            continue
        kind = next((k for k, rx in kinds if rx is not None and rx.match(text, tok.idx)), None)
        if kind is not None and not any(c.dep_ == "neg" for c in tok.children):
            out.append((tok, kind))
    return out


_AIM_PREPS = {"at", "towards", "toward", "into", "on", "against"}


def instanced_attacks(doc: Doc, rx: re.Pattern[str] | None) -> list[Token]:
    """ "accused government forces of killing civilians in drone strikes, including an attack on a bus that killed
    about 30 people in 2023": an attack noun given as an instance ("including ...") with a killing of a counted
    number of people told in its own relative clause is a reported event of its own (round C12), whatever the
    sentence frames; the noun."""
    if rx is None:
        return []
    text = doc_text(doc)
    out: list[Token] = []
    for tok in doc_tokens(doc):
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "including" or not rx.match(text, tok.idx):
            continue
        # (the relative clause may hang on the attack's target or place: "an attack on a market in Kidal that killed")
        for rel in (c for c in tok.subtree if c.dep_ == "relcl" and c.pos_ == "VERB" and rx.match(text, c.idx)):
            if any(o.dep_ == "dobj" and any(n.dep_ == "nummod" for n in o.children) for o in rel.children):
                out.append(tok)
                break
    return out


_BLAME_VERBS = frozenset({"blame", "fault"})


def _relatives_of_attack(noun: Token) -> list[Token]:
    """Relative clauses told of an attack noun: its own, and (round C35) one the parse hung on the place of its
    "near/on/in" phrase ("Thursday's drone attack near Qamishli, which killed three": a place kills no one, the
    clause tells the attack's harm)."""
    out = [c for c in noun.children if c.dep_ == "relcl"]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("near", "on", "in", "at", "outside", "against"):
            out += [c for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                    for c in p.children if c.dep_ == "relcl" and
                    any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
    return out


def blamed_attacks(doc: Doc, rx: re.Pattern[str] | None) -> list[tuple[Token, Token]]:
    """(round C34) "blaming the Congolese army for Wednesday's shelling, which killed nine people": the attack a
    party is blamed for, with the harm it did told in its own relative clause, happened (only its author is
    alleged), so it is an event of its own beside the sentence's act; (attack noun, relative verb) pairs."""
    if rx is None:
        return []
    text = doc_text(doc)
    out: list[tuple[Token, Token]] = []
    for tok in doc_tokens(doc):
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for" or \
                tok.head.head.lemma_.lower() not in _BLAME_VERBS or not rx.match(text, tok.idx):
            continue
        rel = next((c for c in _relatives_of_attack(tok) if c.pos_ == "VERB" and rx.match(text, c.idx) and
                    any(o.dep_ == "dobj" for o in c.children) and not any(n.dep_ == "neg" for n in c.children)),
                   None)
        if rel is not None:
            out.append((tok, rel))
    return out


def blame_over(trigger: Token) -> Token | None:
    """(round C34) The blaming verb whose "for" phrase holds the trigger ("Local officials blamed the army for
    Tuesday's air strike ..., which killed 12 people": the blame over the attack), else None."""
    for anc in trigger.ancestors:
        if anc.dep_ == "pobj" and anc.head.lower_ == "for" and anc.head.head.lemma_.lower() in _BLAME_VERBS and \
                anc.head.head.pos_ == "VERB":
            return anc.head.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and \
            trigger.head.head.lemma_.lower() in _BLAME_VERBS and trigger.head.head.pos_ == "VERB":
        return trigger.head.head
    return None


def answered_attacks(doc: Doc, rx: re.Pattern[str] | None, main: Token) -> list[Token]:
    """Attack verbs of an "after"/"following" clause that says where the attack was aimed, next to a main-clause
    attack ("Israeli air strikes killed four people, hours after rockets were fired from Lebanon towards northern
    Israel"): the attack the main one answers is an event of its own (round C12). The caller keeps it only when
    the main attack names its doer and the two strike different parties."""
    if rx is None:
        return []
    text = doc_text(doc)
    for head in doc_tokens(doc):
        marked = head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in head.children)
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if head.i == main.i or head.pos_ != "VERB" or not marked or not subj or not rx.match(text, head.idx) or \
                head.is_ancestor(main) or any(s.lemma_.lower() in _NATURAL_FORCES for s in subj):
            continue
        aimed = any(c.dep_ == "dobj" for c in head.children) or \
            any(c.dep_ == "prep" and c.lower_ in _AIM_PREPS and any(p.dep_ == "pobj" for p in c.children)
                for c in head.children)
        if aimed and not is_disaster_report("".join(t.text_with_ws for t in head.subtree)):
            return [head]
    return []


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


def fired_at_person(doc: Doc) -> bool:
    """(round C22) A firing verb aimed "at"/"on" a person named by name ("fired at Rakesh", "opened fire on Ndlovu"):
    people fired on are shot, not shelled (`evidence._FIRED_AT_NO_PERSON` covers person nouns, this the names)."""
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() not in ("fire", "shoot") or verb.pos_ != "VERB":
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")):
            if any(g.dep_ == "pobj" and _named_person(g, verb) for g in prep.children):
                return True
    return False


_PERSON_PRONOUNS = frozenset({"him", "her", "who"})


def _named_person(name: Token, verb: Token) -> bool:
    """A person by name: so tagged, or (without named entities) a name that "who" or "him"/"her" takes up in the
    firing's clause ("fired at Suresh Patil, who died", "fired at Kamau, wounding him")."""
    if name.ent_type_ == "PERSON":
        return True
    if name.pos_ != "PROPN" or name.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"):
        return False
    return any(t.lower_ in _PERSON_PRONOUNS and t.i > name.i for t in verb.subtree)


_AFFILIATION = frozenset({"link", "tie", "affiliate", "connect", "back", "associate", "align", "ally", "loyal"})


def reduced_relative_act(doc: Doc) -> tuple[Token, Token] | None:
    """(round C22) (verb, subject) where the parser took a reduced relative for the main verb: "Hackers linked to
    the Russian government launched cyber-attacks on Polish banks" parses "linked" as the root and "launched", which
    has no subject of its own, as its adverbial clause. The told act is "launched", its doer the root's subject."""
    root = next((t for t in doc_tokens(doc) if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VBN", "VBD") or root.lemma_.lower() not in _AFFILIATION or \
            any(c.dep_ in ("aux", "auxpass", "dobj") for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    joined = any(c.dep_ == "cc" for c in root.children)  # ("linked ... launched": a conjunct with no "and")
    act = next((c for c in root.children if (c.dep_ == "advcl" or c.dep_ == "conj" and not joined) and
                c.tag_ == "VBD" and
                not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children) and
                any(g.dep_ == "dobj" for g in c.children)), None)
    return (act, subj) if subj is not None and act is not None and act.i > root.i else None


def dateline_subject(doc: Doc) -> Token | None:
    """(round C22) The subject the small parser lost to a dateline ("NIAMEY, Niger - Protesters hurled stones": it
    makes "Protesters" a conjunct of NIAMEY, the verb's subject): the last noun between the dateline and the main
    verb, when that verb's only subject lies inside the dateline. Else None."""
    cut = dateline_end(doc)
    if not cut:
        return None
    root = next((t for t in doc[cut:] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.i <= cut:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= cut:
        return None
    return next((t for t in reversed(doc[cut:root.i]) if t.pos_ in ("NOUN", "PROPN")), None)


def main_clause_attack(doc: Doc, rx: re.Pattern[str] | None, trig: Token) -> Token | None:
    """When the sentence's event was read from an "as"/"while" clause, an attack verb with a victim outside it
    ("Israeli air strikes killed at least 19 Palestinians ..., officials said, as negotiators met in Cairo"): the
    main clause's act, which the side clause must not displace."""
    if rx is None:
        return None
    text = doc_text(doc)
    head = trig.head
    if trig.dep_ == "conj" and head.pos_ == "VERB" and head.dep_ in ("ROOT", "ccomp") and rx.match(text, head.idx) and \
            any(c.dep_ in ("dobj", "nsubjpass") for c in head.children) and not _background(head) and \
            not is_nil_casualty(head):
        # (round C7) "A man was shot and wounded ..., and deputies were searching for a suspect": the event was
        # read from the second clause; the first clause's attack leads
        return head
    if not in_side_clause(trig):
        return None
    for t in doc_tokens(doc):
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
    if objs and rx.match(doc_text(doc), verb.idx):
        return verb
    # ("imposed a curfew": the cue is the object, which names the act)
    return next((o for o in objs if rx.match(doc_text(doc), o.idx)), None)


# (round C21) an arrest told as a noun that set off the sentence's protest ("The arrest of the opposition leader on
# Monday sparked protests", "Protests erupted after the detention of three students"): the arrest is an event too
_CAUSING_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "cause", "ignite", "fuel", "unleash", "lead",
                            "set", "touch", "stir", "draw", "bring"})
_CAUSE_PREPS = frozenset({"after", "following", "over", "against"})
_DETENTION_NOUNS = frozenset({"arrest", "arrests", "detention", "detentions", "detaining", "arresting", "jailing",
                              "imprisonment", "abduction", "abductions", "kidnapping", "disappearance"})


# (round C21) a person seized, taken or snatched by gunmen or an armed group ("A campaign worker was seized by
# gunmen", "An aid worker was taken by militants", "armed men took him from his office") is an abduction
_TAKING_LEMMAS = frozenset({"seize", "take", "snatch", "grab", "whisk", "drag", "carry", "bundle"})
_PERSON_NOUNS = frozenset({"worker", "journalist", "reporter", "lawyer", "teacher", "engineer", "activist", "priest",
                           "pastor", "imam", "official", "candidate", "student", "doctor", "nurse", "businessman",
                           "trader", "farmer", "chief", "leader", "man", "woman", "boy", "girl", "child", "children",
                           "people", "villager", "passenger", "tourist", "employee", "contractor", "correspondent",
                           "cameraman", "photographer", "politician", "councillor", "mayor", "judge", "missionary",
                           "nun", "cleric", "driver", "son", "daughter", "wife", "husband", "brother", "sister",
                           "volunteer", "staff", "staffer", "member", "aide", "organiser", "organizer", "blogger"})
_TAKEN_PRONOUNS = frozenset({"him", "her", "them"})
_ARMED_TAKERS = re.compile(r"\b(gunm[ae]n|armed|militants?|rebels?|fighters|insurgents?|jihadists?|bandits?|"
                           r"kidnappers?|abductors?|assailants?|attackers?|militia\w*|separatists?|pirates?|"
                           r"unidentified|unknown)\b", re.IGNORECASE)


def _taken_person(tok: Token) -> bool:
    return tok.lower_ in _TAKEN_PRONOUNS or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _PERSON_NOUNS


def person_taken(doc: Doc) -> Token | None:
    """The verb by which an armed non-state doer took a person away (see above), else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKING_LEMMAS or \
                any(c.dep_ in ("neg", "prt") for c in verb.children):
            continue
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] or \
            [c for c in verb.children if c.dep_ == "nsubj"]
        if patients and doers and _taken_person(patients[0]) and \
                any(_ARMED_TAKERS.search("".join(t.text_with_ws for t in d.subtree)) for d in doers):
            return verb
    return None


def caused_coercion(doc: Doc, rx: re.Pattern[str] | None) -> Token | None:
    """An arrest or detention noun of someone named ("of the opposition leader") that is the subject of a verb of
    causing or the object of "after"/"following"/"over"/"against", else None."""
    if rx is None:
        return None
    text = doc_text(doc)
    for noun in doc_tokens(doc):
        if noun.pos_ != "NOUN" or noun.lower_ not in _DETENTION_NOUNS or not rx.match(text, noun.idx):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                   for c in noun.children):
            continue
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _CAUSING_VERBS or \
                noun.dep_ == "pobj" and noun.head.lower_ in _CAUSE_PREPS:
            return noun
    return None


def crowd_act(trigger: Token) -> Token:
    """A PROTEST read from the crowd noun that is the subject of the sentence's verb ("Dozens of protesters
    disrupted a council meeting"): the verb is the act and the crowd its actor. Else the trigger itself."""
    noun = trigger
    lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_.removesuffix("s")
    if noun.pos_ == "PROPN" and lemma in _CROWD_NOUNS and noun == dateline_subject(noun.doc):
        # (round C22) the parser took the crowd word after a dateline for a name and the dateline for its subject
        return next(t for t in noun.doc[noun.i:] if t.dep_ == "ROOT")
    if noun.pos_ not in ("NOUN", "PROPN") or lemma not in _CROWD_NOUNS:
        # (round C22: "Protesters" opening a sentence whose dateline was cut off is tagged as a name)
        return trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        noun = noun.head.head  # "dozens of protesters"
    verb = noun.head
    if noun.dep_ != "nsubj" and noun == dateline_subject(noun.doc):
        verb = next(t for t in noun.doc[noun.i:] if t.dep_ == "ROOT")  # the dateline took the crowd's verb
    elif noun.dep_ != "nsubj":
        return trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _REPORTING | _COPULAR:
        return trigger
    return verb


_COPULAR = {"be", "seem", "appear", "remain", "become", "say", "want", "hope", "plan", "vow", "threaten"}


# (round K7) "loyal troops foiled the coup attempt": the act told is the plotters' attempt, which the foiling verb
# only reports as stopped; the loyalists are no actor of it. The plot noun is the event's word, so its own "by"
# phrase gives the plotters ("an attempted coup by mutinous soldiers")
_FOIL_VERBS = {"foil", "thwart", "avert", "scupper", "frustrate", "quash", "defeat", "crush", "abort"}
_PLOT_NOUNS = {"coup", "putsch", "plot", "attempt", "bid", "conspiracy", "mutiny"}
_SEIZING = {"seize", "take", "grab", "overthrow", "topple", "oust", "remove", "depose", "unseat"}


def _is_coup_plot(noun: Token) -> bool:
    """A coup noun, or a plot/attempt/bid noun whose own phrase names a coup or a seizure of power."""
    lemma = noun.lemma_.lower()
    if lemma in ("coup", "putsch"):
        return True
    if lemma not in _PLOT_NOUNS:
        return False
    for c in noun.subtree:
        if c.lemma_.lower() in ("coup", "putsch", "power") or \
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _SEIZING:
            return True
    return False


def foiled_plot(trigger: Token) -> Token | None:
    """The plot noun that a foiling verb governs ("foiled an attempted coup", "a coup attempt was thwarted",
    "thwarted a plot to seize power"), else None."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _FOIL_VERBS:
        return None
    return next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and _is_coup_plot(c)), None)


# (round K7) 'has said the defendants were "traitors and terrorists"': a speaker naming a party by a word of
# treachery or crime is an accusation (CAMEO 11, PLOVER ACCUSE), as "called the defendants traitors" is; a
# fallback where the classifier abstains. The party must be the copula's subject: "the attack was terrorism" names
# an act, not a party.
_BRAND_NOUNS = {"traitor", "terrorist", "criminal", "murderer", "killer", "thief", "liar", "spy", "mercenary",
                "puppet", "thug", "conspirator", "plotter", "saboteur", "agent", "enemy", "war criminal", "fascist",
                "extremist", "separatist", "gangster", "crook", "fraudster", "looter", "rioter", "anarchist",
                "hooligan", "vandal"}
_SAY_VERBS = {"say", "claim", "insist", "declare", "tell", "allege", "charge", "maintain", "assert"}
_SELF_WORDS = {"i", "we", "he", "she", "they", "it", "who", "that", "this", "these", "those"}


# (round C38) the naming verb of a small clause: "declared the protesters terrorists", "branded the striking
# teachers traitors", "labelled the critics as foreign agents": the speaker brands people (ACCUSE), no coercion; an
# outlawed body named ("declared the group a terrorist organisation") is a designation (readings.party_designated)
_BRANDING = frozenset({"declare", "brand", "label", "call", "dub", "term"})


def branded_people(doc: Doc) -> Token | None:
    """A told, unnegated naming verb (`_BRANDING`) with a subject and an object whose small-clause noun (or "as"
    phrase) is a brand word (`_BRAND_NOUNS`: "terrorists", "traitors"), else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BRANDING or not real_clause(verb) or \
                not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        named = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "attr")]
        named += [a for o in objs for a in o.children if a.dep_ in ("appos", "oprd", "attr", "dobj")]
        named += [g for h in [verb] + objs for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ == "pobj"]
        if len(objs) > 1:
            named += objs[1:]  # ("declared [the protesters] [terrorists]" parsed as two objects)
        if len(objs) == 1 and objs[0].lemma_.lower() in _BRAND_NOUNS and \
                any(c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") for c in objs[0].children):
            # ("declared [the strikers] [traitors]" parsed as one noun: a plural noun modifies no other noun)
            return verb
        if objs and any(n.lemma_.lower() in _BRAND_NOUNS or n.lower_.removesuffix("s") in _BRAND_NOUNS
                        for n in named if n.i != objs[0].i):
            return verb
    return None


def branded_party(doc: Doc) -> Token | None:
    """The speaking verb of a speaker who says a party is/are traitors, terrorists, criminals... ("Saied has said
    the defendants were traitors"), else None. Denials ("were not terrorists") and pronoun subjects are left out."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAY_VERBS or \
                not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
            continue
        for cop in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
            subj = [c for c in cop.children if c.dep_ == "nsubj" and c.lower_ not in _SELF_WORDS]
            attrs = [c for c in cop.children if c.dep_ == "attr"]
            attrs += [cj for a in attrs for cj in a.conjuncts]
            if subj and attrs and not any(c.dep_ == "neg" for c in cop.children) and \
                    any(a.lemma_.lower() in _BRAND_NOUNS for a in attrs):
                return verb
    return None


def branded_heads(verb: Token) -> list[Token]:
    """The parties a speaking verb brands (the copula subjects of `branded_party`'s clause: "the defendants")."""
    return [c for cop in verb.children if cop.dep_ == "ccomp" and cop.lemma_.lower() == "be"
            for c in cop.children if c.dep_ == "nsubj" and c.lower_ not in _SELF_WORDS]


def unforced_protest(trigger: Token, attack: re.Pattern[str] | None) -> bool:
    """(round K7) "Police did not respond with force when the crowd marched": the force is denied, so the
    crowd's act is a protest. True when the trigger is no attack word, the sentence has a negated verb of a
    police or army subject, and every attack word of the sentence lies under a negated verb."""
    doc = trigger.doc
    text = doc_text(doc)
    if attack is not None and attack.match(text, trigger.idx):
        return False
    negated = [v for v in doc_tokens(doc) if any(c.dep_ == "neg" for c in v.children) and
               any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _POLICE_NOUNS for c in v.children)]
    if not negated or any(trigger.i == v.i for v in negated):
        return False
    # the crowd's act may hang from the negated verb ("when the crowd marched"): only the verb's own words and
    # objects are under its negation, not its adverbial clauses
    under = {t.i for v in negated for c in v.children if c.dep_ not in ("advcl", "conj", "nsubj")
             for t in c.subtree} | {v.i for v in negated}
    cues = [t for t in doc_tokens(doc) if attack is not None and attack.match(text, t.idx)]
    return all(t.i in under for t in cues)


# (round L7) conflict verbs the lexicon lacks or the classifier abstains on; read only with an armed party as the
# doer, so that "officials plundered the treasury", "the board sacked the minister", "parliament dissolved itself"
# and "the tenants occupied the flat" stay quiet
_ARMED_DOERS = {"rebel", "militant", "fighter", "insurgent", "jihadist", "jihadi", "militia", "militiaman",
                "militiamen", "gunman", "gunmen", "soldier", "troop", "army", "force", "bandit", "guerrilla",
                "guerrillas", "paramilitary", "paramilitaries", "separatist", "extremist", "terrorist", "mercenary",
                "raider", "attacker", "settler", "mob", "rioter", "looter", "combatant", "insurgency", "junta",
                "brigade", "battalion", "regiment", "commando", "marine", "taliban", "shabaab", "rsf", "m23",
                "saboteur"}
_PLACE_OBJECTS = {"town", "city", "village", "hamlet", "market", "capital", "palace", "church", "mosque", "temple",
                  "monastery", "settlement", "camp", "base", "post", "outpost", "district", "province", "region",
                  "area", "locality", "airport", "port", "garrison", "stronghold", "position", "enclave", "hub",
                  "county", "suburb", "neighbourhood", "neighborhood", "compound", "headquarters", "barracks",
                  "airbase", "border", "crossing", "island", "valley", "oilfield", "mine", "dam", "bridge"}
_LOOT_VERBS = {"pillage", "plunder", "ransack", "sack"}  # (sack: a place only; "sacked the minister" is dismissal)
_RAZE_VERBS = {"raze"}
_SIEGE_VERBS = {"besiege"}
_LASH_VERBS = {"flog", "whip", "lash", "cane"}
_OCCUPY_VERBS = {"occupy"}
_DISSOLVE_VERBS = {"dissolve", "disband"}
_ARMED_GROUPS = {"militia", "brigade", "faction", "battalion", "rebel", "fighter", "group", "movement", "army", "man",
                 "front", "force", "unit"}
_ARMED_MARKS = {"armed", "rebel", "militia", "insurgent", "jihadist", "paramilitary", "separatist", "ethnic"}
_SWAP_VERBS = {"swap", "exchange", "trade"}
_CAPTIVES = {"prisoner", "detainee", "captive", "pow", "hostage", "pows", "prisoners-of-war"}
# (round C7c) a jailbreak by storming, and a rout of an armed side
_STORM_VERBS = {"storm", "raid", "attack"}
_PRISONS = {"prison", "jail", "gaol", "penitentiary", "prisons", "jails"}
_FREE_VERBS = {"free", "release", "liberate"}
_INMATES = {"inmate", "prisoner", "detainee", "convict"}
_ROUT_VERBS = {"rout"}
# (round C7c) ships escorted by a navy, soldiers trained by another side's forces
_ESCORT_VERBS = {"escort"}
_CRAFT = {"tanker", "ship", "vessel", "freighter", "convoy", "carrier", "boat", "ferry"}
_NAVAL = {"navy", "warship", "frigate", "destroyer", "coastguard", "corvette"}
_TRAIN_VERBS = {"train"}
_TRAINEES = {"soldier", "troop", "officer", "recruit", "force", "army", "policeman", "commando", "cadet", "pilot"}
_UNREAL = {"will", "would", "could", "might", "may", "should", "must", "shall", "to"}


def real_clause(tok: Token) -> bool:
    """A told deed: a main or coordinated verb (not a relative, participle or purpose clause), not negated or
    modal."""
    if tok.dep_ not in ("ROOT", "conj", "ccomp") or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _UNREAL
                                                          for c in tok.children):
        return False
    return tok.dep_ != "conj" or tok.head.dep_ in ("ROOT", "ccomp")


def _perfect_participle(tok: Token) -> bool:
    """(round C7c) "Having pillaged three villages, the fighters moved north": a deed told before the main verb,
    done by the main verb's subject."""
    return tok.dep_ == "advcl" and tok.head.dep_ == "ROOT" and \
        any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children) and \
        not any(c.dep_ == "neg" for c in tok.children)


def _doer_and_thing(tok: Token) -> tuple[Token | None, Token | None]:
    """(doer, thing done to) of a verb, active or passive ("was pillaged by soldiers")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        agent = next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        thing = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return agent, thing
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and (tok.dep_ == "conj" or _perfect_participle(tok)):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj, next((c for c in tok.children if c.dep_ == "dobj"), None)


# (round C11) livestock driven off by an armed party ("Bandits raided a village and made away with 200 cattle",
# "gunmen rustled 50 cows"): goods taken by force, ACLED's looting
_LIVESTOCK = {"cattle", "cow", "cows", "goat", "goats", "sheep", "camel", "camels", "livestock", "herd", "herds",
              "animal", "animals", "donkey", "donkeys", "ox", "oxen"}
_TAKE_AWAY_VERBS = {"rustle", "steal", "loot", "take", "cart", "drive", "seize", "carry", "make", "run"}


def _livestock_taken(tok: Token, lem: str, thing: Token | None) -> bool:
    """The verb takes livestock away: its object, or the object of "away with"/"off with"."""
    if lem not in _TAKE_AWAY_VERBS:
        return False
    objs = [thing] if thing is not None else []
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
             if p.dep_ == "pobj"]
    objs += [p for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "off")
             for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
    if lem in ("make", "run") and not any(c.lower_ in ("away", "off") for c in tok.children):
        return False  # "made away with", "ran off with"; not "made cattle feed"
    return any(o.lemma_.lower() in _LIVESTOCK or o.lower_ in _LIVESTOCK or
               any(p.lower_ in _LIVESTOCK for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children) for o in objs)


def _armed(tok: Token | None) -> bool:
    if tok is None:
        return False
    words = {tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    words |= {w[:-1] for w in words if w.endswith("s")}  # (a capitalised "Rebels" may be parsed as a name)
    return bool(words & _ARMED_DOERS) or (tok.lemma_.lower() in _ARMED_GROUPS and bool(words & _ARMED_MARKS))


def _captives(tok: Token) -> bool:
    """ "150 detainees", "prisoners of war", "dozens of captives": people held, the object of a swap."""
    heads = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
    return any(h.lemma_.lower() in _CAPTIVES or h.lower_ in _CAPTIVES for h in heads)


def _held_place(tok: Token) -> bool:
    """A place, or control of one ("control of the town")."""
    if tok.lemma_.lower() == "control":
        return any(_place(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj")
    return tok.lemma_.lower() in _PLACE_OBJECTS


def _place(tok: Token | None) -> bool:
    return tok is not None and (tok.lemma_.lower() in _PLACE_OBJECTS or tok.pos_ == "PROPN")


def armed_deed(doc: Doc) -> tuple[str, str | None] | None:
    """(type, ACLED) of an armed party's deed told by a verb the classifier abstains on: a place or goods
    pillaged/plundered/ransacked (COERCE seize, looting; "sacked" only with a place), buildings razed (ASSAULT
    destroy), a town besieged (COERCE, a siege restricts movement, CAMEO 191), a town occupied (ASSAULT; the
    ACLED head reads the capturing side), an armed group dissolved or disbanded (MOBILIZE, change to group),
    aircraft strafing (ASSAULT, air strike), floggings (ASSAULT, attack), things blown up (ASSAULT, IED); a place
    or control of it ceded (RETREAT, non-violent transfer); and, by any party, captives swapped (RETREAT release).
    The coder puts it before a classifier type that disagrees."""
    for tok in doc_tokens(doc):
        deed = _deed_of(tok)
        if deed is not None:
            return deed
    return None


def deed_verb(doc: Doc, event: str) -> Token | None:
    """(round C8) the verb whose `armed_deed` reading has type `event` ("reinstated", "annexed"): the trigger
    where the type has no lexicon cue in the sentence."""
    own = next((t for t in doc_tokens(doc) if (d := _deed_of(t)) is not None and d[0] == event), None)
    if own is None and event == "CONSULT":
        own = call_held(doc)  # (round C9b) "held a call with Ebrard": the holding verb
    if own is None and event == "PROTEST":
        own = idiom_protest(doc)  # (round C10) "downed tools", "formed a human chain": the idiom's verb
    return own


def _deed_of(tok: Token) -> tuple[str, str | None] | None:
    """`armed_deed`'s reading of one verb."""
    if tok.pos_ not in ("VERB", "AUX") or not (real_clause(tok) or _perfect_participle(tok)):
        return None
    lem = tok.lemma_.lower()
    doer, thing = _doer_and_thing(tok)
    if lem in _STORM_VERBS and thing is not None and thing.lemma_.lower() in _PRISONS and _freed_inmates(tok):
        # (round C7c) "gangs stormed a prison and freed 4,000 inmates": a jailbreak by force, whoever does it
        # (a crowd storming a parliament stays a riot); force against the guards, no territory taken
        return "ASSAULT", "Attack"
    if lem in _SWAP_VERBS and thing is not None and _captives(thing):
        # a prisoner swap: captives released by both sides (training README); ACLED files exchanges of
        # prisoners under Agreement
        return "RETREAT", "Agreement"
    if lem == "strafe" and doer is not None and doer.lemma_.lower() in _AIRCRAFT | {"gunship"}:
        return "ASSAULT", "Air/drone strike"
    if lem in _DISSOLVE_VERBS and thing is not None and (_armed(doer) or doer is None and _armed(thing)) \
            and (thing.lower_ in ("itself", "themselves") or doer is None):
        return "MOBILIZE", "Change to group/activity"
    if lem == "cede" and thing is not None and _held_place(thing):
        return "RETREAT", "Non-violent transfer of territory"  # "ceded control of the town to the army"
    if lem in _ESCORT_VERBS and thing is not None and thing.lemma_.lower() in _CRAFT and \
            (_armed(doer) or doer is not None and doer.lemma_.lower() in _NAVAL):
        return "AID", None  # (round C7c) "the US Navy escorted two oil tankers": protection given (CAMEO 074)
    if lem in _TRAIN_VERBS and _armed(doer) and thing is not None and thing.lemma_.lower() in _TRAINEES:
        return "COOPERATE", None  # (round C7c) "French troops trained Nigerien soldiers": military cooperation
    other = _other_deed(tok, lem, doer, thing)
    if other is not None:
        return other
    if lem in _CLAIM_VERBS and doer is not None and _fraud_content(tok):
        return "ACCUSE", None  # (round C8) "the opposition said the vote had been rigged"
    if _armed(doer) and _livestock_taken(tok, lem, thing):
        return "COERCE", "Looting/property destruction"
    if not _armed(doer) or thing is None:
        return None
    if lem in _LASH_VERBS:
        return "ASSAULT", "Attack"  # a public flogging by an armed group or its officials
    if lem == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return "ASSAULT", "Remote explosive/landmine/IED"  # "saboteurs blew up a railway bridge"
    if lem in _LOOT_VERBS and (lem != "sack" or _place(thing)):
        return "COERCE", "Looting/property destruction"
    if lem in _RAZE_VERBS:
        return "ASSAULT", "Looting/property destruction"
    if lem in _SIEGE_VERBS and _place(thing):
        return "COERCE", None
    if lem in _OCCUPY_VERBS and _place(thing):
        return "ASSAULT", None
    if lem in _ROUT_VERBS and _armed(thing):
        return "ASSAULT", "Armed clash"  # (round C7c) "government forces routed the rebels": a won fight
    return None


# (round C8) deeds the classifier misses or mistypes: territory annexed (CAMEO 192 occupy, COERCE seize), money
# extorted by an armed side (COERCE seize; ACLED files goods taken by force outside a fight as looting), a coast or
# port blockaded by warships or armed forces (CAMEO 191, COERCE restrict; no crowd: ACLED "Other", no protest sub-type),
# captives or officials held by mutineers (their detention is no police arrest), a party jailed by a court (SANCTION
# convict since session 9, as `court_order` reads a court's order to jail), dismissed staff reinstated (an
# eased administrative sanction, CONCEDE as in CAMEO2PLOVER 081x), goods or money handed to a recipient (AID)
_ANNEX_VERBS = {"annex"}
_ANNEXED = _PLACE_OBJECTS | {"territory", "land", "part", "peninsula", "coast", "strip", "heights", "oblast", "reef",
                             "shoal", "islands"}
# (round C9b) hostilities halted by the side that wages them (CAMEO 087, de-escalation: PLOVER RETREAT)
_HALT_VERBS = {"halt", "suspend", "pause", "stop", "cease"}
# ("demanded that Russia stop its attacks": the halt is what the speaker asks for, the event is the demand)
_DEMAND_VERBS = {"demand", "urge", "insist", "ask", "call", "appeal", "press", "want", "request", "beg"}
_HOSTILE_ACTS = {"offensive", "attack", "airstrike", "air-strike", "bombing", "bombardment", "shelling",
                 "hostility", "raid", "fighting", "assault", "incursion"}
_MILITARY_MARKS = {"military", "offensive", "combat", "ground", "army", "counter-insurgency", "counterinsurgency",
                   "air", "drone", "missile", "aerial", "naval"}  # (a strike needs its weapon: workers strike too)

# (round C9b) annexation told through the act that enacts it: a vote, a decree, a treaty ratified
_ENACT_VERBS = {"vote", "sign", "ratify", "approve", "adopt", "pass", "decree", "enact"}


def _annexing(tok: Token, thing: Token | None) -> bool:
    """An annexing verb with a place as its object under `tok` ("voted to annex the Jordan Valley", "signed a
    decree annexing Essequibo"), or an annexation noun as `tok`'s object or its modifier ("ratified the
    annexation treaties"); not negated, not planned."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    heads = [tok] + ([thing] if thing is not None else [])
    for h in heads:
        for x in h.children:
            if x.dep_ in ("xcomp", "acl") and x.lemma_.lower() in _ANNEX_VERBS and any(
                    o.dep_ == "dobj" and (o.lemma_.lower() in _ANNEXED or o.pos_ == "PROPN") for o in x.children):
                return True
    return thing is not None and (thing.lemma_.lower() == "annexation" or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() == "annexation" for c in thing.children))


_EXTORT_VERBS = {"extort"}
_LEVIES = {"tax", "taxis", "taxes", "levy", "toll", "money", "fee", "bribe", "zakat", "tribute", "payment", "cash"}
_BLOCKADE_VERBS = {"blockade"}
_BLOCKADED = _PLACE_OBJECTS | {"coast", "coastline", "harbour", "harbor", "waters", "strait", "gulf", "sea", "shore",
                               "approach", "approaches", "seaport", "ports"}
_NAVAL_WORDS = _NAVAL | {"naval", "coast", "gunboat", "submarine"}
_MUTINEERS = {"mutineer", "mutineers", "mutinous"}
_MUTINY_DEEDS = {"detain", "arrest", "seize", "take", "hold", "capture", "kidnap", "abduct"}
_REINSTATE_VERBS = {"reinstate", "rehire", "re-hire", "readmit"}
_STAFF = {"worker", "leader", "employee", "judge", "teacher", "doctor", "nurse", "pilot", "miner", "official",
          "officer", "professor", "staff", "journalist", "member", "unionist", "lecturer", "prosecutor",
          "civil", "servant", "dockworker", "driver", "academic", "magistrate", "activist"}
_GIVE_VERBS = {"airdrop", "airlift", "release", "hand", "donate", "gift", "disburse"}
# (round C9b) goods sent or shipped to a place or people; money and vehicles sent may pay or arm anyone
_SEND_VERBS = {"send", "ship", "dispatch", "despatch", "fly"}
_NOT_SENT_AID = {"euro", "dollar", "fund", "pound", "franc", "yen", "rupee", "vehicle"}
_AID_GOODS = {"aid", "food", "ration", "medicine", "ambulance", "vehicle", "tent", "blanket", "vaccine", "dose",
              "supply", "euro", "dollar", "fund", "grain", "rice", "wheat", "generator", "flour", "kit", "pound",
              "franc", "yen", "rupee", "relief"}

# (round C8) a claim that an election was rigged (ACCUSE allege): a claiming verb whose complement names a vote and
# fraud ("said the vote had been rigged", "called the election a sham"), not a denial or a claim reported as such
# ("rejected claims of fraud", "said claims that the vote was rigged were baseless")
_CLAIM_VERBS = {"say", "claim", "allege", "call", "charge", "insist", "declare", "describe", "brand", "report",
                "condemn", "denounce", "dismiss"}
_VOTE_WORDS = {"election", "vote", "poll", "ballot", "count", "result", "tally", "referendum", "runoff", "run-off",
               # (a trial called a sham: K8's stories, "said the verdict was a farce")
               "verdict", "trial", "ruling", "sentence", "judgment", "judgement"}
_FRAUD = re.compile(r"(?i)\b(rigg(?:ed|ing)|rig|stolen|stole|fraud(?:ulent)?|sham|farce|manipulat(?:ed|ion)|"
                    r"stuff(?:ed|ing)|irregularities|neither free nor fair|not free (?:and|or|nor) fair)\b")
_CLAIM_NOUNS = {"claim", "allegation", "accusation", "charge", "rumour", "rumor", "report"}
_DENIAL_WORDS = {"baseless", "unfounded", "false", "groundless", "untrue", "no", "deny", "reject", "dismiss"}


def _fraud_content(verb: Token) -> bool:
    if not any(t.lemma_.lower() in _VOTE_WORDS for t in doc_tokens(verb.doc)):
        return False  # no vote in the sentence (most sentences): the verb's subtree need not be walked
    sub = [t for t in verb.subtree if t.i != verb.i]
    if not sub or not any(t.lemma_.lower() in _VOTE_WORDS for t in sub) or any(
            t.lemma_.lower() in _CLAIM_NOUNS or t.lemma_.lower() in _DENIAL_WORDS for t in sub):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    text = verb.doc[sub[0].i:sub[-1].i + 1].text
    m = _FRAUD.search(text)
    if m is None:
        return False
    # "the vote was not rigged": a negated fraud word (the phrase "not free and fair" is itself the claim)
    word = next((t for t in sub if t.idx - verb.doc[sub[0].i].idx == m.start()), None)
    if m.group(1).lower().startswith("not"):
        return True
    # (round C9b) "the vote was not marred by fraud": a negation on the fraud word or on a verb above it
    return word is None or not any(c.dep_ == "neg" for w in [word, *word.ancestors] if w.i != verb.i
                                   for c in w.children)


_BAN_VERBS = {"dissolve", "ban", "outlaw", "proscribe", "disband"}
_PARTY_BODIES = {"party", "movement", "union", "ngo", "association", "league", "front", "organisation",
                 "organization", "group", "newspaper", "channel", "broadcaster"}
_NOT_BANNED = {"parliament", "assembly", "cabinet", "government", "council", "senate", "congress", "legislature",
               "itself", "themselves", "committee", "commission", "board", "coalition"}


_PACKS = {"ration", "parcel", "package", "shipment", "consignment", "kit", "supply", "convoy", "truck", "lorry",
          "tonne", "ton", "sack", "bag", "basket", "box", "pack", "packet", "hamper"}


# (round C25) "carried out a series of airstrikes on hideouts", "launched a wave of air strikes": the attacks a
# count noun names are the deed (the classifier may read the count as a crowd)
_SERIES_LAUNCH_VERBS = {"carry", "launch", "conduct", "mount", "stage", "unleash"}
_SERIES = {"series", "wave", "string", "spate", "barrage", "round", "salvo", "volley"}
_AIR_ATTACKS = {"airstrike", "air-strike", "bombing", "sortie"}


def _series_of_attacks(series: Token) -> str | None:
    """The ACLED sub-type of the attacks a series noun counts ("a series of airstrikes": Air/drone strike),
    None where it counts no attacks."""
    for prep in series.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            lem = noun.lemma_.lower()
            mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
            if lem in _AIR_ATTACKS or lem == "strike" and mods & {"air", "drone", "aerial"}:
                return "Air/drone strike"
            if lem in ("shelling", "bombardment") or lem == "strike" and mods & {"missile", "artillery", "rocket"}:
                return "Shelling/artillery/missile attack"
            if lem in _HOSTILE_ACTS and lem not in ("offensive", "hostility", "fighting"):
                return "Attack"
    return None


def _other_deed(tok: Token, lem: str, doer: Token | None, thing: Token | None) -> tuple[str, str | None] | None:
    """(round C8) the deeds above that are not an armed side's verb alone (see the comment before `_ANNEX_VERBS`)."""
    if lem == "declare" and doer is not None and any(_PERSONA_NON_GRATA.search("".join(
            w.text_with_ws for w in c.subtree)) for c in tok.children if c.dep_ in ("ccomp", "dobj", "oprd", "xcomp")):
        return "SANCTION", None  # (round C9b) "declared two diplomats persona non grata": an expulsion
    if thing is None and lem in _REINSTATE_VERBS:
        # ("reinstated striking doctors": the parser may hang the staff on the participle)
        thing = next((o for x in tok.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"), None)
    if lem in _ENACT_VERBS and doer is not None and _annexing(tok, thing):
        return "COERCE", "Other"  # (round C9b) "voted to annex the valley", "ratified the annexation treaties"
    if thing is None:
        return None
    tl = thing.lemma_.lower()
    if lem in _HALT_VERBS and doer is not None and not any(c.dep_ == "neg" for c in tok.children) and \
            not (tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _DEMAND_VERBS) and \
            (tl in _HOSTILE_ACTS or tl in ("operation", "strike") and any(
                c.lower_ in _MILITARY_MARKS for c in thing.children if c.dep_ in ("amod", "compound"))):
        return "RETREAT", None  # (round C9b) "halted offensive operations", "paused air strikes": de-escalation
    if lem in _ANNEX_VERBS and (tl in _ANNEXED or thing.pos_ == "PROPN"):
        return "COERCE", "Other"
    if lem in _SERIES_LAUNCH_VERBS and doer is not None and tl in _SERIES and \
            (lem != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)):
        attacks = _series_of_attacks(thing)
        if attacks is not None:
            return "ASSAULT", attacks
    if lem in _EXTORT_VERBS and _armed(doer):
        return "COERCE", "Looting/property destruction"
    if lem == "force" and _armed(doer) and any(
            x.lemma_.lower() == "pay" and any(o.dep_ == "dobj" and o.lemma_.lower() in _LEVIES for o in x.children)
            for x in tok.children if x.dep_ == "xcomp"):
        return "COERCE", "Looting/property destruction"  # "forced motorists to pay a levy"
    if lem in _BLOCKADE_VERBS and (tl in _BLOCKADED or thing.pos_ == "PROPN") and (_armed(doer) or _naval(doer)):
        return "COERCE", "Other"  # a strategic move with no fight and no crowd: ACLED "Other", no protest sub-type
    if lem in _MUTINY_DEEDS and (_mutineer(doer) or tok.dep_ == "conj" and tok.head.lemma_.lower() == "mutiny"):
        return "COERCE", "Other"
    if lem in ("jail", "imprison") and doer is not None and doer.lemma_.lower() in _COURT_NOUNS:
        return "SANCTION", None  # "A court in Minsk jailed the activist" (a sentence, as `court_order` reads it)
    if lem in _BAN_VERBS and doer is not None and not _armed(thing) and _party_body(thing) and \
            not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children):  # ("disbanded their group")
        return "COERCE", None  # (round C8, K8/R8 items) "The Supreme Court dissolved the CNRP": a party banned
    staff = [thing] + [p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj"]  # ("thousands of workers")
    if lem == "expel" and _envoys(thing):
        return "SANCTION", None  # (round C9b) diplomats expelled or declared persona non grata: a sanction
    if lem in _REINSTATE_VERBS and any(h.lemma_.lower() in _STAFF or any(c.lower_ in _STAFF for c in h.children)
                                       for h in staff):
        return "CONCEDE", None
    if lem in _GIVE_VERBS and (lem != "hand" or _handed_over(tok)) \
            and _goods(thing) and any(t.lower_ in ("to", "for") and t.dep_ == "prep" for t in tok.subtree):
        return "AID", None
    if lem in _SEND_VERBS and _goods(thing) and thing.lemma_.lower() not in _NOT_SENT_AID and \
            any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
                for c in tok.children):
        return "AID", None  # (round C9b) "Japan sent 200 tonnes of rice to flood-hit Bangladesh"
    return None




_PERSONA_NON_GRATA = re.compile(r"(?i)\bpersona(?:e)? non grata\b")
_ENVOY_WORDS = {"diplomat", "envoy", "ambassador", "attache", "attaché", "consul", "chargé", "charge"}
_MISSION_WORDS = {"embassy", "consulate", "mission", "diplomatic"}


def _envoys(tok: Token) -> bool:
    """Diplomats, an ambassador, or embassy staff ("18 Russian embassy staff", "two Estonian diplomats")."""
    words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    return bool(words & _ENVOY_WORDS) or tok.lemma_.lower() in ("staff", "official", "employee", "personnel") and \
        bool(words & _MISSION_WORDS)


def _party_body(tok: Token) -> bool:
    """A party, movement or outlet that can be banned ("the main opposition party", "the CNRP"); not a
    parliament or cabinet (dissolving those is a constitutional act)."""
    lem = tok.lemma_.lower()
    if lem in _NOT_BANNED or tok.lower_ in _NOT_BANNED:
        return False
    return lem in _PARTY_BODIES or tok.pos_ == "PROPN" and tok.is_upper and len(tok) >= 3


def _handed_over(tok: Token) -> bool:
    """ "handed over" (the parser may hang "over" on a figure after it: "handed over 5,000 food baskets")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == "over"


def _naval(tok: Token | None) -> bool:
    """ "warships", "the navy", "Eritrean navy ships", "coast guard vessels"."""
    if tok is None:
        return False
    words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
    return bool(words & _NAVAL_WORDS)


def _mutineer(tok: Token | None) -> bool:
    return tok is not None and ({tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children
                                                                     if c.dep_ == "amod"}) & _MUTINEERS != set()


def _goods(tok: Token) -> bool:
    """Aid goods or money ("food rations", "50 million euros", "15 ambulances"), not weapons, places or people."""
    head = tok.lemma_.lower()
    inner = [c for c in tok.children if c.dep_ == "compound"]
    inner += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return head in _AID_GOODS or head in _PACKS and any(c.lemma_.lower() in _AID_GOODS for c in inner)


def _freed_inmates(storm: Token) -> bool:
    """A verb joined to `storm` that frees inmates or prisoners ("... and freed about 4,000 inmates")."""
    for v in storm.conjuncts:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        objs += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("about", "around", "some")
                 for p in c.children if p.dep_ == "pobj"]  # ("freed about 900 inmates" parsed with a preposition)
        objs += [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]  # "hundreds of inmates"
        if v.lemma_.lower() in _FREE_VERBS and any(o.lemma_.lower() in _INMATES or _captives(o) for o in objs):
            return True
    return False


# (round C37) the deed a sentence's act followed, came after or answered, told as a noun ("The strikes followed a
# rocket attack on northern Israel on Thursday", "came a day after a Houthi missile attack on a ship", "in response
# to an ambush on an army patrol"): an earlier deed of its own when its phrase names where it was aimed, its doer or
# its day; a bare "after the attack" only names the sentence's cause
_RESPONSE_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "answer"})
_OWN_MARKS = frozenset({"on", "against", "at", "by", "targeting"})
_TOLD_BEFORE = frozenset({"the", "this", "that", "these", "those"})
_MISHAPS = frozenset({"fire", "blaze", "flame", "inferno", "explosion", "crash", "collision", "accident",
                      "stampede", "derailment"})
_CRIMES = frozenset({"robbery", "theft", "burglary", "heist", "mugging", "carjacking", "break-in", "murder",
                     "stabbing", "holdup", "hold-up", "fraud", "shoplifting"})
_NOT_DONE = frozenset({"no", "planned", "attempted", "foiled", "thwarted", "threatened", "possible", "potential",
                       "feared", "imminent", "future", "would-be", "failed", "averted"})
_SPAN_NOUNS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months", "night", "moment",
                         "moments", "minute", "minutes", "shortly", "soon", "just"})


def _prior_place(noun: Token) -> bool:
    """`noun` is the object of "followed", of "after"/"following" ("came a day after ..."), or of "in response
    to"/"in retaliation for"."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() == "follow"
    if noun.dep_ != "pobj":
        return False
    if head.lower_ in ("after", "following"):
        up = head.head
        while up.lower_ in _SPAN_NOUNS and up.head.i != up.i:
            up = up.head  # ("came a day after ...": the span word sits between)
        return up.pos_ in ("VERB", "AUX") and head.dep_ == "prep" or head.dep_ == "prep" and up.lower_ in _SPAN_NOUNS
    return head.lower_ in ("to", "for") and head.head.lemma_.lower() in _RESPONSE_NOUNS


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."})


def _day_word(tok: Token) -> bool:
    """ "Wednesday's", "last night's", "Sunday morning's": a possessor naming a day or time (also through its
    compound or modifier)."""
    return any(t.lower_ in _TIME_NOUNS or t.lower_ in _MONTHS or t.lower_ in ("yesterday", "today", "tonight")
               for t in tok.subtree)


def _own_doer_or_day(noun: Token) -> bool:
    """The attack noun names its doer ("a Houthi missile attack", "Hamas's attack", "an attack by gunmen") or its
    day ("a rocket attack on northern Israel on Thursday", "on October 7")."""
    for c in noun.children:
        if c.dep_ == "poss" and not _day_word(c) or c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" or \
                c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children):
            return True
    # (the day may hang on the target: "an attack on a checkpoint on Sunday")
    return any(g.dep_ == "pobj" and g.head.lower_ in ("on", "in") and
               (g.lower_ in _TIME_NOUNS or g.lower_ in _MONTHS or g.like_num) for g in noun.subtree)


def prior_attacks(doc: Doc, rx: re.Pattern[str] | None, strict: bool = False) -> list[Token]:
    """Attack nouns told as the deed the sentence's act came after or answered, whose own phrase names a target,
    a doer or a day (an "on/against/at/by" phrase or a possessor: "a rocket attack on northern Israel", "Hamas's
    attack"), else []. A deed named with "the" is one the story told already; a negated or foiled one is none.
    `strict` (the sentence tells an attack already): the noun must name its doer or day (`_own_doer_or_day`), or
    "killed five militants after an attack on a checkpoint" may tell one fight twice."""
    if rx is None:
        return []
    text = doc_text(doc)
    out: list[Token] = []
    for noun in doc_tokens(doc):
        if noun.pos_ != "NOUN" or not rx.match(text, noun.idx) or not _prior_place(noun) or \
                noun.lemma_.lower() in _CRIMES | _MISHAPS or \
                is_disaster_report("".join(t.text_with_ws for t in noun.subtree)):
            # (a robbery or a theft is ordinary crime, no event: docs/coding.md "Crime"; "following a fire at one
            # cafe that killed 25 people" is an accident)
            continue
        if any(c.dep_ == "det" and c.lower_ in _TOLD_BEFORE or c.dep_ == "poss" and _day_word(c)
               for c in noun.children):
            # ("in response to the massacre in Nabatieh", "following Wednesday's terrorist assault in Kabul": the
            # deed the story told, or a known one, named again by its article or its day)
            continue
        own = any(c.dep_ == "prep" and c.lower_ in _OWN_MARKS and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                  or c.dep_ == "poss" for c in noun.children)
        answered = noun.head.lower_ in ("to", "for")  # ("in retaliation for ...": the other side's deed)
        if strict and not answered and not _own_doer_or_day(noun):
            continue
        if own and not any(c.dep_ == "neg" or c.lower_ in _NOT_DONE for c in noun.children):
            out.append(noun)
    return out[:1]


# (round C38) the attack nouns a lone earlier deed may be told by where the sentence gives no reading of its own
_LONE_ATTACKS = frozenset(_ATTACK_NOUNS | {"raid", "bombardment", "airstrike", "ambush", "attack"})


def lone_prior_attack(doc: Doc, rx: re.Pattern[str] | None) -> Token | None:
    """(round C38) The earlier deed of `prior_attacks` where it is an attack noun (`_LONE_ATTACKS`) and the sentence's
    only attack cue: "The ceasefire came after an attack on a UN convoy near Goma on Sunday". A death or a toll
    beside it ("after Jesus' death on the cross", "after an attack on a guard, he bled to death") tells no such
    deed, or another story's."""
    found = prior_attacks(doc, rx)
    if not found or rx is None or found[0].lemma_.lower() not in _LONE_ATTACKS:
        return None
    text = doc_text(doc)
    cues = [t for t in doc_tokens(doc) if rx.match(text, t.idx)]
    return found[0] if [t.i for t in cues] == [found[0].i] else None


# (round C37) a crowd of people who bear no arms wrecking or burning public property, or hurling things, on the
# street ("Striking miners hurled dynamite and smashed windows of government buildings", "Angry youths torched a
# police station and blocked roads with burning tyres"): a riot (PLOVER PROTEST riot, ACLED Violent demonstration),
# not an armed group's attack nor looting; the same words of gunmen or militants stay an attack
_UNARMED_CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "striker", "crowd", "mob",
                             "youth", "student", "miner", "worker", "farmer", "trader", "vendor", "resident",
                             "villager", "supporter", "fan", "mourner", "teacher", "driver", "employee", "peasant",
                             "pensioner", "motorist", "trucker", "picketer"})
_CROWD_WRECKING = frozenset({"smash", "shatter", "vandalise", "vandalize", "ransack", "torch", "burn", "storm", "wreck",
                       "damage", "destroy", "attack"})
_HURLING = frozenset({"hurl", "throw", "lob", "fling", "pelt"})
_PUBLIC_PROPERTY = frozenset({"window", "building", "office", "station", "hall", "parliament", "ministry", "court",
                              "courthouse", "headquarters", "gate", "palace", "residence", "police", "vehicle", "car",
                              "bus", "council", "municipality", "secretariat", "embassy", "consulate", "prefecture",
                              "governorate", "legislature", "assembly", "booth", "checkpoint"})
_CROWD_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "groups", "crowds", "bands"})
_CROWD_MOODS = frozenset({"striking", "angry", "protesting", "irate", "furious", "enraged", "agitated", "rioting",
                          "angered", "incensed"})
_HURLED = _PROJECTILES | {"dynamite", "explosive", "petrol", "firebomb", "grenade", "stick", "tear", "stun", "brick"}


def _unarmed_crowd(verb: Token) -> bool:
    """The verb's subject (on the first conjunct of a coordination) is a crowd of unarmed people."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            head = subj[0]
            if head.lower_ in _CROWD_COUNTS:
                # ("Hundreds of youths ...": the crowd is the counted noun)
                head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                             if g.dep_ == "pobj"), head)
            if head.lemma_.lower() in _FORCE_NOUNS or _ARMED_TAKERS.search(head.text):
                return False
            # ("Striking dockers", "Angry motorcycle taxi riders": a crowd by its mood or its stoppage)
            return head.lemma_.lower() in _UNARMED_CROWDS or head.lower_ in _UNARMED_CROWDS or \
                any(c.dep_ == "amod" and c.lower_ in _CROWD_MOODS for c in head.children)
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def crowd_vandalism(doc: Doc) -> Token | None:
    """A told, unnegated verb of an unarmed crowd (`_unarmed_crowd`) that wrecks or burns public property (its
    object, or the object's "of" phrase: "smashed windows of government buildings") or hurls projectiles, else
    None."""
    for verb in doc_tokens(doc):
        lem = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lem not in _CROWD_WRECKING | _HURLING | {"set"} or any(c.dep_ in ("neg", "aux") and c.lower_ in
                                                                         ("not", "n't", "never", "could", "might",
                                                                          "may", "would", "will") for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if lem == "set" and any(o.lower_ == "fire" for o in objs):
            # ("set fire to the governor's office": the thing set on fire)
            objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children
                    if g.dep_ == "pobj"]
            lem = "burn"
        objs += [cj for o in objs for cj in o.conjuncts]
        objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
        words = {w for o in objs for w in (o.lemma_.lower(), o.lower_)} | \
            {c.lemma_.lower() for o in objs for c in o.children if c.dep_ == "compound"}
        hit = words & _PUBLIC_PROPERTY if lem in _CROWD_WRECKING else words & _HURLED
        if hit and _unarmed_crowd(verb):
            return verb
    return None


# (round C38) a force sent somewhere: "Indian troops were sent to Manipur after ethnic clashes", "deployed extra
# police to Marsabit following inter-communal clashes": the deployment is the sentence's own deed (PLOVER MOBILIZE);
# the clashes after which it came are background (an event of their own, never the only one)
_SENDING = frozenset({"send", "deploy", "dispatch", "rush", "redeploy", "airlift", "fly", "move"})
_SENT_FORCES = frozenset({"troop", "soldier", "police", "policeman", "officer", "force", "unit", "reinforcement",
                          "personnel", "commando", "marine", "gendarme", "paratrooper", "peacekeeper", "battalion",
                          "contingent", "guardsman", "army", "military"})


def force_sent(doc: Doc) -> Token | None:
    """A told, unnegated sending verb (`_SENDING`) that is the sentence's root (or a verb joined to it) and moves a
    force: its passive subject ("troops were sent") or its object ("sent 500 police officers") is a force noun
    (`_SENT_FORCES`), with a "to" phrase or an "into/across" one naming where; else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SENDING or not real_clause(verb) or \
                verb.dep_ == "ccomp":
            continue
        moved = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if not any(m.lemma_.lower() in _SENT_FORCES or m.lower_ in _SENT_FORCES for m in moved):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("to", "into", "across", "in") for c in verb.children):
            return verb
    return None
