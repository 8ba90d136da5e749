"""Rule readings of round C16 (session 10): ordinary political news that the classifier abstains on or mistypes.

CAMEO-style wire sentences hold meetings over a meal, refusals sworn off, relief handed out in a disaster and
visitors welcomed. Each reading here is a told deed (not planned, negated or considered):

- `meal_held`: a meal had or hosted with a named party or an office holder is a meeting (CAMEO 04, CONSULT); a
  meal with family or friends meets no party.
- `vowed_off` / `yielding_refused`: a yielding act sworn off ("vowed not to lift the blockade") or refused with
  will/would ("will not end the strike", "would not call off the walkout") is a refusal (CAMEO 12, REJECT).
- `aid_handed`: relief goods handed or distributed to people are AID (CAMEO 07), also in a disaster, where the
  classifier abstains as it was taught to on the disaster itself.
- `guest_welcomed`: a visitor welcomed is hosted (CAMEO 043, CONSULT visit), not praised ("welcomed the decision"
  stays SUPPORT).

CAMEO 01 (statements) and 02 (appeals) stay no events: the PLOVER manual drops them, and the CAMEO quad set
labels them class 0.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsevents.coding.frames import _REPORTING, TOLERATE_VERBS, phrasal, real_clause, refused, yielding
from newsevents.coding.phrases import VISITORS, labour_strike
from newsevents.coding.size import torn_toll_verb
from newsevents.nlp import doc_text, doc_tokens

# (round C16) "had lunch with French President Emmanuel Macron", "where he had dinner with the emir"
_MEAL_NOUNS = frozenset({"lunch", "luncheon", "dinner", "breakfast", "banquet", "meal", "supper"})
_MEAL_VERBS = frozenset({"have", "hold", "host"})
_PRIVATE_COMPANY = frozenset({"family", "wife", "husband", "child", "children", "son", "daughter", "parent",
                              "relative", "friend", "guest", "grandchild", "girlfriend", "boyfriend", "partner", "fan"})
_PLANNED = frozenset({"will", "would", "may", "might", "plans", "to"})


def _is_party(tok: Token) -> bool:
    """A proper name or a party noun ("the government", "its neighbours"), not a private person."""
    from newsevents.coding.actors import is_party_noun  # (the actor tables load lazily, once)
    return tok.pos_ == "PROPN" or is_party_noun(tok) and tok.lemma_.lower() not in _PRIVATE_COMPANY


def _met_party(prep: Token) -> bool:
    """The "with" phrase names a party: a proper name or a party noun (president, counterpart, officials)."""
    from newsevents.coding.actors import is_party_noun  # (the actor tables load lazily, once)
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    objs += [cj for o in objs for cj in o.conjuncts]
    return any(o.pos_ == "PROPN" or (is_party_noun(o) and o.lemma_.lower() not in _PRIVATE_COMPANY) for o in objs)


def _took_place(tok: Token) -> bool:
    """The verb tells a meal that took place: not negated, planned or a modifier; a "where" relative clause
    ("Paris, where he had lunch with Macron") tells one too."""
    if any(c.dep_ == "neg" for c in tok.children) or tok.dep_ in ("xcomp", "amod") or \
            any(c.lower_ in _PLANNED for c in tok.lefts):
        return False
    return tok.dep_ != "relcl" or any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children)


def meal_held(doc: Doc) -> Token | None:
    """The verb of a meal had or hosted with a party, else None."""
    for tok in doc_tokens(doc):
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _MEAL_VERBS or not _took_place(tok):
            continue
        meal = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _MEAL_NOUNS), None)
        if meal is not None and any(c.dep_ == "prep" and c.lower_ == "with" and _met_party(c)
                                    for h in (tok, meal) for c in h.children):
            return tok
    return None


# (round C16) "vowed not to lift their blockade", "pledged never to hand over the suspects"
_VOW_VERBS = frozenset({"vow", "pledge", "promise", "swear", "insist", "resolve"})
_NEG = frozenset({"not", "n't", "never"})


# "call off" yields only when refused ("would not call off the walkout"): not one of frames' yielding particles,
# whose negation alone is a refusal
_CALL_OFF = {"call": "off"}


def _yields(tok: Token) -> bool:
    """`frames.yielding`, and "call off" ("would not call off the walkout")."""
    return yielding(tok) or phrasal(tok, _CALL_OFF)


def _sworn_off(verb: Token) -> bool:
    """A negated yielding verb that is the infinitive complement of a vowing verb ("vowed not to lift")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _VOW_VERBS and _yields(verb) and \
        any(c.dep_ == "neg" and c.lower_ in _NEG for c in verb.children)


def _refused_call_off(verb: Token) -> bool:
    """ "will not call off the strike": the phrasal yielding verb negated with will/would."""
    if not phrasal(verb, _CALL_OFF):
        return False
    kids = {c.lower_ for c in verb.children if c.dep_ in ("neg", "aux")}
    return bool(kids & _NEG) and bool(kids & {"will", "would", "wo", "'ll", "shall"})


def vowed_off(trigger: Token) -> bool:
    """A refusal `frames.refused` does not see: the trigger is a yielding verb sworn off, or the vow itself
    ("vowed not to release the ministers"), or "will not call off"."""
    if _sworn_off(trigger) or _refused_call_off(trigger):
        return True
    return trigger.lemma_.lower() in _VOW_VERBS and any(_sworn_off(c) for c in trigger.children)


# (round C23) verbs of destroying an enemy ("vowed to crush the rebels", "to wipe out the gangs", "to hunt down the
# attackers") and of rebuilding or helping ("vowed to rebuild the schools")
_CRUSHING = frozenset({"crush", "destroy", "wipe", "eliminate", "annihilate", "smash", "exterminate", "eradicate",
                       "hunt", "root", "stamp", "flush", "punish", "avenge", "retaliate", "kill", "obliterate",
                       "neutralise", "neutralize", "decimate", "vanquish",
                       # (round C24) "vowed to track down those responsible", "to arrest the killers"
                       "track", "pursue", "arrest", "apprehend", "capture", "catch"})
# revenge is force against whoever did the deed it answers, whatever the object names ("the deaths", "the killing")
_VENGEANCE = frozenset({"avenge", "retaliate"})
# the unnamed doers of a deed ("the killers", "those responsible for the bombing") are a party to be hunted
_CULPRITS = frozenset({"killer", "perpetrator", "culprit", "murderer", "assailant", "attacker", "bomber", "gunman",
                       "kidnapper", "abductor", "criminal", "terrorist", "militant", "insurgent"})
_HELPING = frozenset({"rebuild", "build", "restore", "repair", "reconstruct", "compensate", "help", "assist",
                      "support", "provide", "reopen", "resettle", "feed", "protect"})


def _vowed_act(trigger: Token) -> tuple[Token, Token] | None:
    """The vow verb and the act it vows (its infinitive complement), whether the trigger is the vow ("vowed") or
    the act ("crush")."""
    vow = trigger.head if trigger.dep_ == "xcomp" else trigger
    if vow.lemma_.lower() not in _VOW_VERBS - {"insist"} or vow.pos_ != "VERB":
        return None
    act = next((c for c in vow.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None or any(c.dep_ == "neg" for c in act.children):
        return None  # ("vowed not to lift the blockade" is `vowed_off`)
    return vow, act


def vowed_force(trigger: Token) -> bool:
    """(round C23) "The army vowed to crush the rebels", "pledged to wipe out the kidnapping gangs": force vowed
    against a party is a threat (PLOVER THREATEN, CAMEO 138), not a promise to yield or cooperate. "vowed to
    eliminate poverty" names no party and is no threat."""
    got = _vowed_act(trigger)
    if got is None or got[1].lemma_.lower() not in _CRUSHING:
        return False
    if got[1].lemma_.lower() in _VENGEANCE:
        return True  # (session 15, lead) "vowed to avenge the killing of its commander"
    objs = [c for c in got[1].children if c.dep_ == "dobj"]
    objs += [g for c in got[1].children if c.dep_ in ("prt", "prep") for g in c.children if g.dep_ == "pobj"]
    return any(_is_party(o) or o.lemma_.lower() in ("protest", "uprising", "rebellion", "insurgency", "revolt")
               or _culprits(o) for o in objs)


def _culprits(noun: Token) -> bool:
    """"the killers", "the perpetrators", "those responsible (for the bombing)": the doers of a deed."""
    if noun.lemma_.lower() in _CULPRITS or noun.lower_.removesuffix("s") in _CULPRITS:
        return True
    return noun.lower_ in ("those", "anyone", "whoever") and any(c.lower_ == "responsible" for c in noun.children)


def force_vowed(doc: Doc) -> Token | None:
    """(round C24) The vow verb of force vowed against a party ("The governor vowed to hunt down the killers"),
    for a sentence the classifier left without an event; (session 15, lead) or revenge told as what a party will
    do ("The Taliban said they would avenge the deaths")."""
    for tok in doc_tokens(doc):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _VOW_VERBS and real_clause(tok) and \
                not any(c.dep_ == "neg" for c in tok.children) and vowed_force(tok):
            return tok
    return next((tok for tok in doc_tokens(doc) if _revenge_to_come(tok)), None)



def _revenge_to_come(tok: Token) -> bool:
    """"they would avenge the deaths", "the group will retaliate": revenge a named subject says it will take."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _VENGEANCE and \
        any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children) and \
        not any(c.dep_ == "neg" for c in tok.children) and \
        any(c.dep_ == "nsubj" for c in tok.children)


def voted_against(doc: Doc) -> Token | None:
    """(round C24) "Lawmakers voted against the bill": a vote against a text or a party is a refusal (CAMEO 12,
    PLOVER REJECT), the vote verb its trigger."""
    for tok in doc_tokens(doc):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("vote", "ballot") and real_clause(tok) and \
                not any(c.dep_ == "neg" for c in tok.children) and \
                any(c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pobj" for g in c.children)
                    for c in tok.children):
            return tok
    return None


def _refusal(doc: Doc) -> Token | None:
    return yielding_refused(doc) or voted_against(doc)


def vowed_help(trigger: Token) -> bool:
    """(round C23) "The president vowed to rebuild the schools destroyed in the fighting": rebuilding or helping
    vowed is a promise of aid (CAMEO 033, PLOVER AGREE), whatever violence the object's own phrase names."""
    got = _vowed_act(trigger)
    return got is not None and got[1].lemma_.lower() in _HELPING


# (round C32) a protest vowed: "vowed to go ahead with the march", "pledged to press ahead with a strike", "vowed to
# continue the strike", "vowed to keep protesting": the protest the party means to hold, not a promise to another
_PROTEST_ACTS = frozenset({"protest", "march", "strike", "rally", "demonstrate", "picket", "boycott"})
_PROTEST_HELD = frozenset({"protest", "march", "strike", "rally", "demonstration", "picket", "boycott", "sit-in",
                           "walkout", "shutdown", "blockade", "vigil", "stayaway", "stay-away"})
_GO_AHEAD = frozenset({"go", "press", "push", "forge", "carry", "proceed", "move"})  # (+ ahead/on with ...)
_WILL = frozenset({"will", "would", "'ll", "shall"})
_KEEP_ON = frozenset({"continue", "hold", "stage", "keep", "resume", "intensify", "escalate", "extend", "maintain"})


def _protest_held(noun: Token) -> bool:
    """The noun (or its last word, "hunger strike") names a protest action."""
    return noun.lemma_.lower() in _PROTEST_HELD or noun.lower_.removesuffix("s") in _PROTEST_HELD


# (round C34) a protest the subject plans, intends or has decided to hold ("Striking nurses intend to march on the
# health ministry on Thursday") is one to come as a vowed one is, not an agreement; a plan told as past ("had
# planned to march") is left alone (it may never have happened)
_PLANNING = frozenset({"plan", "intend", "decide"})


def _planned_act(trigger: Token) -> tuple[Token, Token] | None:
    """The planning verb and the act it plans (its infinitive complement), whether the trigger is the plan
    ("intend") or the act ("march")."""
    plan = trigger.head if trigger.dep_ == "xcomp" else trigger
    if plan.lemma_.lower() not in _PLANNING or plan.pos_ != "VERB" or \
            any(c.dep_ == "aux" and c.lower_ in ("had", "'d") or c.dep_ == "neg" for c in plan.children):
        return None
    act = next((c for c in plan.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None or any(c.dep_ == "neg" for c in act.children):
        return None
    return plan, act


def vowed_protest(trigger: Token) -> str | None:
    """(round C32) The PLOVER PROTEST mode of a protest the subject vows to hold or go on with ("vowed to go ahead
    with the march": "demo"; "pledged to press ahead with a nationwide strike": "strike"), else None. Such a vow
    tells a protest to come (the future flag is aux.py's), not an agreement or a concession to anyone."""
    got = _vowed_act(trigger) or _planned_act(trigger)
    act = got[1] if got is not None else trigger
    if got is None and not (act.pos_ == "VERB" and act.lemma_.lower() in _GO_AHEAD | _KEEP_ON and
                            any(c.dep_ == "aux" and c.lower_ in _WILL for c in act.children) and
                            not any(c.dep_ == "neg" for c in act.children)):
        return None  # (or a protest said to go ahead: "said it would go ahead with Monday's strike")
    lemma = act.lemma_.lower()
    held: list[Token] = []
    if lemma in _PROTEST_ACTS:
        return "strike" if lemma == "strike" else "demo"
    if lemma in _KEEP_ON:
        held = [c for c in act.children if c.dep_ == "dobj" or c.dep_ == "xcomp" and c.lemma_.lower() in _PROTEST_ACTS]
    elif lemma in _GO_AHEAD and any(c.lower_ in ("ahead", "on", "forward") for c in act.children):
        held = [g for c in act.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]
    for noun in held:
        if _protest_held(noun) or noun.lemma_.lower() in _PROTEST_ACTS:
            return "strike" if noun.lower_.removesuffix("s") == "strike" or noun.lemma_.lower() == "strike" else "demo"
    return None


# (round C32) "..., the army said on Friday, calling on the rebels to release them immediately": an appeal told as a
# participle of the reporting verb is the speaker's own request, beside the deed it reports
_APPEALING = frozenset({"call", "urge", "appeal", "demand", "press", "ask", "plead"})
_SAYING = frozenset({"say", "tell", "add", "state", "announce", "report", "declare"})
_SOURCE_VEILS = frozenset({"anonymity", "name", "identify", "identity", "quote"})


def reported_appeal(doc: Doc) -> Token | None:
    """(round C32) The participle of an appeal hung on a reporting verb whose subject is a party ("the army said,
    calling on the rebels to release them", "the opposition said, demanding their immediate release"), with what it
    asks for (an object, an "on"/"for" phrase or a to-infinitive); not negated; else None."""
    for tok in doc_tokens(doc):
        if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp") or tok.lemma_.lower() not in _APPEALING or \
                tok.head.lemma_.lower() not in _SAYING or any(c.dep_ == "neg" for c in tok.children):
            continue
        if not any(c.dep_ == "nsubj" and _is_party(c) for c in tok.head.children):
            continue
        asked = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp") or
                 c.dep_ == "prep" and c.lower_ in ("on", "for") and any(g.dep_ == "pobj" for g in c.children)]
        if tok.lemma_.lower() == "call" and not any(c.dep_ == "prep" for c in asked):
            continue  # ("calling it a massacre" is a branding, not an appeal)
        if any(t.dep_ == "neg" or t.lemma_.lower() in _SOURCE_VEILS for a in asked for t in a.subtree):
            continue  # ("an officer said, asking not to be named": the source's own anonymity, no appeal)
        if asked:
            return tok
    return None


# (round C32) "..., the two governments said after talks in Nairobi between their foreign ministers", "following a
# meeting between President Ruto and Raila Odinga": a meeting told as the time of another act took place
_TALKS_TOLD = frozenset({"talks", "meeting", "meetings", "negotiations", "consultations", "discussions", "summit"})
_AFTER = frozenset({"after", "following"})


def talks_told(doc: Doc) -> Token | None:
    """(round C32) The noun of talks or a meeting that an "after"/"following" phrase tells as held between named
    parties ("after talks between their foreign ministers", "following a meeting with the Qatari emir"), else
    None. Talks that are only planned, hoped for or broken off are not told this way."""
    for tok in doc_tokens(doc):
        if tok.lower_ not in _TALKS_TOLD or tok.dep_ != "pobj" or tok.head.lower_ not in _AFTER:
            continue
        sides = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "with")
                 for g in c.children if g.dep_ == "pobj"]
        sides += [cj for g in sides for cj in g.conjuncts]
        if any(_is_party(g) for g in sides):
            return tok
    return None


# (round C32) an armed side halting its own offensive ("the Wagner Group halted its advance on Moscow", "the rebels
# suspended their attacks"): ending its active fighting, a concession with immediate material consequences (PLOVER
# RETREAT), not a sanction; halting talks, aid or deliveries stays a sanction
_HALTING = frozenset({"halt", "stop", "end", "suspend", "pause", "freeze", "abandon", "cease"})
_OFFENSIVES = frozenset({"advance", "offensive", "assault", "attack", "operation", "push", "bombardment", "strike",
                         "airstrike", "campaign", "hostility", "incursion", "raid", "shelling"})


def offensive_halted(trigger: Token) -> bool:
    """(round C32) The trigger is a told, unnegated halting verb whose object is the subject's own offensive ("halted
    its advance", "stopped their attacks"): a possessive "its/their" on a noun of military action."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _HALTING or \
            any(c.dep_ == "neg" for c in trigger.children) or not real_clause(trigger):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _OFFENSIVES and
               any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
               for c in trigger.children)


def yielding_refused(doc: Doc) -> Token | None:
    """A yielding act with an object, refused ("they will not end the strike") or sworn off, else None. A refusal
    verb alone ("declined to comment") is left to the classifier: nothing yielding is refused there; so is a stance
    ("would not tolerate vandalism", "will not negotiate with terrorists"), which names no act refused."""
    for tok in doc_tokens(doc):
        if tok.pos_ == "VERB" and _yields(tok) and tok.lemma_.lower() not in TOLERATE_VERBS and \
                any(c.dep_ == "dobj" for c in tok.children) and \
                (refused(tok) or vowed_off(tok)):
            return tok
    return None


# (round C16) "The World Food Programme distributed maize to 20,000 people hit by drought"
_RELIEF_VERBS = frozenset({"distribute", "deliver", "donate", "provide", "give", "hand", "supply", "airlift",
                           "airdrop", "ship"})
_RELIEF_GOODS = re.compile(r"(?i)\b(aid|assistance|relief|food|maize|rice|flour|wheat|grain|tents?|blankets?|"
                           r"medicines?|medical supplies|vaccines?|supplies|rations?|water|shelter|cash|seeds?|"
                           r"hygiene kits?|mosquito nets|fuel)\b")


def aid_handed(doc: Doc) -> Token | None:
    """The giving verb of relief goods given to someone in a told deed (no "considering sending aid", "will
    deliver"), else None."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _RELIEF_VERBS or not real_clause(tok):
            continue
        goods = [c for c in tok.children if c.dep_ == "dobj"]
        if not any(_RELIEF_GOODS.search("".join(t.text_with_ws for t in g.subtree)) for g in goods):
            continue
        if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to" and
                                      any(g.dep_ == "pobj" for g in c.children))
               for h in [tok] + goods for c in h.children):
            return tok
    return None


# this module's readings, in the order they are tried: (PLOVER type, the finder of its verb)
# (round C21) a call for talks between parties ("The council called for dialogue between the parties", "urged the
# warring parties to return to the negotiating table", "appealed for talks"): a request (PLOVER REQUEST; CAMEO 1041-
# 1056 and 036 ask for negotiation), the caller its actor
_TALKS = frozenset({"dialogue", "talks", "negotiations", "negotiation", "mediation", "table", "ceasefire", "truce"})
_CALLING = frozenset({"call", "urge", "appeal", "demand", "press", "plead"})


def talks_called_for(doc: Doc) -> Token | None:
    """A told verb of calling (see above) whose own phrase names talks or a ceasefire, else None."""
    return _call_naming(doc, _TALKS)


# (round C29) an inquiry called for ("Opposition parties called for an independent inquiry into the shootings",
# "demanded an investigation into the deaths"): a request (PLOVER REQUEST; CAMEO 02 asks for an act of a party), the
# caller its actor; the killings inquired into are what is asked about, no event of this sentence
INQUIRIES = frozenset({"inquiry", "enquiry", "investigation", "probe", "inquest"})


def inquiry_called_for(doc: Doc) -> Token | None:
    """A told verb of calling whose own phrase names an inquiry, else None."""
    return _call_naming(doc, INQUIRIES)


# (round C33) a measure against a party called for ("Archbishop Tutu called for sanctions against Nigeria in the wake
# of the execution of Ken Saro-Wiwa", "Amnesty called for the prosecution of the officers"): a request (PLOVER
# REQUEST; CAMEO 02 asks another party to act), the caller its actor, whatever deed the measure answers; the
# sanction or trial asked for is no event of its own
MEASURES = frozenset({"sanctions", "sanction", "embargo", "boycott", "prosecution", "prosecutions", "trial",
                      "extradition", "expulsion", "suspension", "punishment", "arrest", "arrests", "resignation",
                      "accountability", "ban"})


def measure_called_for(doc: Doc) -> Token | None:
    """A told verb of calling whose own phrase names a measure against a party (`MEASURES`), else None."""
    return _call_naming(doc, MEASURES)


def _call_naming(doc: Doc, asked: frozenset[str]) -> Token | None:
    """A told verb of calling with a subject, not negated, whose words after it name one of `asked`."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALLING or not real_clause(verb) or \
                any(c.dep_ == "neg" for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if verb.lemma_.lower() == "call" and not any(c.dep_ == "prep" and c.lower_ in ("for", "on")
                                                     for c in verb.children):
            continue  # ("called the talks a failure")
        if any(t.lower_ in asked for t in verb.subtree if t.i > verb.i):
            return verb
    return None


# (round C29) a work stoppage told in its own phrase ("Nurses staged a 24-hour strike after a colleague was killed",
# "went on strike on Monday"): a protest (PLOVER PROTEST strike), whatever toll the sentence gives as its cause; a
# strike called, announced, threatened or suspended is no stoppage held
_STRIKE_NOT_HELD = frozenset({"call", "announce", "threaten", "plan", "suspend", "postpone", "end", "avert", "cancel",
                              "consider", "warn", "vote"})


def stoppage_staged(doc: Doc) -> Token | None:
    """The "strike" noun of a work stoppage (`labour_strike`) held by a told verb ("staged", "went on"), else
    None."""
    for tok in doc_tokens(doc):
        if tok.lemma_.lower() != "strike" or tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj") or \
                not labour_strike(tok):
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if verb.pos_ in ("VERB", "AUX") and real_clause(verb) and verb.lemma_.lower() not in _STRIKE_NOT_HELD and \
                not verb.lower_.startswith("call"):
            return tok
    return None


# (round C30) symbols burned ("Villagers burned effigies of the governor", "students torched an effigy of the
# minister"): burning the likeness or flag of whom a crowd protests against is a protest act (PLOVER PROTEST, ACLED
# Peaceful protest: no property of anyone is destroyed), never looting
_SYMBOLS = frozenset({"effigy", "flag", "portrait", "poster", "photo", "photograph", "picture"})
_BURNS = frozenset({"burn", "burnt", "torch"})


def symbols_burned(doc: Doc) -> Token | None:
    """A told verb of burning whose direct object is an effigy, flag, portrait or poster, else None."""
    for tok in doc_tokens(doc):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _BURNS and real_clause(tok) and \
                any(c.dep_ == "dobj" and c.lemma_.lower() in _SYMBOLS for c in tok.children):
            return tok
    return None


# (round C33) tyres burned ("Residents resorted to burning tyres on the main road"): a crowd's barricade, a protest
# act (PLOVER PROTEST; ACLED Violent demonstration, `acled_rules.tyres_burned_only`), not property destroyed
_TYRES = frozenset({"tyre", "tire", "tyres", "tires"})
_BURNS_TYRES = frozenset({"burn", "burnt", "torch", "light"})


def _told_or_resorted(tok: Token) -> bool:
    """`tok` is a told verb, or one that a told verb of resorting or beginning takes ("resorted to burning tyres",
    "began burning tyres")."""
    if real_clause(tok):
        return True
    head = tok.head.head if tok.dep_ == "pcomp" else tok.head if tok.dep_ == "xcomp" else None
    return head is not None and head.lemma_.lower() in ("resort", "begin", "start", "take") and real_clause(head)


def tyres_burned(doc: Doc) -> Token | None:
    """A told verb of burning whose direct object is tyres, not negated, else None."""
    for tok in doc_tokens(doc):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _BURNS_TYRES and _told_or_resorted(tok) and \
                not any(c.dep_ == "neg" for c in tok.children) and \
                any(c.dep_ == "dobj" and c.lower_ in _TYRES for c in tok.children):
            return tok
        if tok.lemma_.lower() in _BURNS_TYRES and tok.dep_ == "amod" and tok.head.lower_ in _TYRES and \
                tok.head.dep_ == "pobj" and tok.head.head.head.lemma_.lower() == "resort" and \
                real_clause(tok.head.head.head):
            return tok  # ("resorted to burning tyres", the parser reading "burning" as the tyres' modifier)
    return None


# (round C29) cooperation promised ("said she would cooperate fully with the congressional inquiry", "pledged to
# cooperate with the investigation"): help to come is an agreement (PLOVER AGREE, CAMEO 03: "express intent to
# cooperate"), the promiser its actor; what the help is for names no deed of this sentence
_COOPERATING = frozenset({"cooperate", "co-operate", "collaborate"})
_PROMISED = frozenset({"will", "would", "shall", "'ll"})
_PROMISING = frozenset({"pledge", "promise", "vow", "agree", "undertake", "offer", "commit"})


def cooperation_promised(doc: Doc) -> Token | None:
    """A cooperation verb with a subject and "will/would" before it, or one a promising verb takes ("pledged to
    cooperate"), not negated, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _COOPERATING or \
                any(c.dep_ == "neg" for c in verb.children):
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in _PROMISED for c in verb.children) and \
            any(c.dep_ == "nsubj" for c in verb.children)
        pledged = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PROMISING and \
            not any(c.dep_ == "neg" for c in verb.head.children)
        if modal or pledged:
            return verb
    for noun in doc_tokens(doc):
        # (round C30) the noun, promised as the verb is: "promised full cooperation with the inquiry"
        if noun.lemma_.lower() in _COOPERATION and noun.dep_ == "dobj" and \
                noun.head.lemma_.lower() in _PROMISING and real_clause(noun.head) and \
                not any(c.dep_ == "neg" for c in noun.head.children):
            return noun.head
    return None


_COOPERATION = frozenset({"cooperation", "co-operation", "collaboration"})


# (round C22) help asked of a party ("Nepal's government asked China for help", "sought assistance from the UN",
# "requested aid from its neighbours"): PLOVER REQUEST assist (CAMEO 103, demand aid), the asker its actor
_HELP = frozenset({"help", "assistance", "aid", "support", "relief", "backing"})
_ASKING = frozenset({"ask", "request", "seek", "appeal", "beg", "petition"})


def help_asked(doc: Doc) -> Token | None:
    """A told verb of asking with a subject whose object or "for" phrase is help, and a party asked (an object,
    or a "from"/"to" phrase), else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ASKING or not real_clause(verb) or \
                any(c.dep_ == "neg" for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in verb.children if c.dep_ == "prep"}
        wanted = [o for o in objs if o.lemma_.lower() in _HELP] + \
            [g for g in preps.get("for", []) if g.lemma_.lower() in _HELP]
        asked = [o for o in objs if o.lemma_.lower() not in _HELP] + preps.get("from", []) + preps.get("to", [])
        if wanted and any(_is_party(o) for o in asked):
            return verb
    return None


# (round C21) thanks or gratitude to a party ("thanked Dakar for its support", "expressed gratitude to the United
# Nations for its aid"): PLOVER SUPPORT (CAMEO 051, praise or endorse)
_GRATITUDE = frozenset({"gratitude", "appreciation", "thanks"})


def thanks_given(doc: Doc) -> Token | None:
    """A told "thank" with an object, or "expressed gratitude/appreciation to" a party, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or not real_clause(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() == "thank" and objs:
            return verb
        if verb.lemma_.lower() in ("express", "convey", "extend") and \
                any(o.lower_ in _GRATITUDE for o in objs) and \
                any(t.dep_ == "prep" and t.lower_ == "to" for o in objs for t in [verb, o] for t in t.children):
            return verb
    return None


# (round C22) workers who "walked out" or "walked off the job" stopped work: PLOVER PROTEST strike ("Members of an
# organization or union engage in the abandonment of workplaces"); walking out of talks, a meeting or a chamber is
# leaving a meeting (no strike; CAMEO 164 "halt negotiations" at most)
_WORKERS = frozenset({"worker", "teacher", "nurse", "doctor", "driver", "miner", "docker", "dockworker", "staff",
                      "employee", "lecturer", "pilot", "union", "member", "staffer", "labourer", "laborer", "guard",
                      "cleaner", "journalist", "clerk", "porter", "technician", "engineer", "conductor", "crew",
                      "physician", "midwife", "surgeon", "professor", "academic", "controller", "attendant",
                      "firefighter", "operator", "mechanic", "machinist", "railworker", "metalworker", "employe"})
_MEETINGS = frozenset({"talk", "talks", "meeting", "session", "negotiation", "negotiations", "conference", "hearing",
                       "summit", "parliament", "chamber", "assembly", "debate", "court", "courtroom", "studio",
                       "interview", "ceremony", "dialogue", "consultation", "consultations", "sitting", "senate",
                       "house", "council", "congress", "forum", "discussion", "discussions", "game", "match"})


def walked_out(doc: Doc) -> Token | None:
    """The verb of workers walking out ("Nurses walked out of hospitals", "Dock workers first walked out in Tema",
    "walked off the job"), not of a meeting left ("walked out of the talks"), else None."""
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() != "walk" or verb.pos_ != "VERB" or not real_clause(verb) or \
                any(c.dep_ == "neg" for c in verb.children) or \
                not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "off") for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in _WORKERS and subj.lower_.removesuffix("s") not in _WORKERS:
            continue
        left = {g.lemma_.lower() for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("of", "from")
                for g in t.children if g.dep_ == "pobj"}
        if not left & _MEETINGS:
            return verb
    return None


# (round C25) "the company fired 40 strike leaders", "sacked 60 workers who had joined the strike": firing people
# from their jobs for a strike or protest cuts an existing relation in reprisal (PLOVER SANCTION, "reductions in
# existing, routine, or cooperative relations"), never a shot, nor the dismissal of a claim (REJECT)
_DISMISSING = frozenset({"fire", "sack", "dismiss"})
_STAFF = frozenset({"worker", "employee", "staff", "leader", "striker", "official", "teacher", "nurse", "doctor",
                    "miner", "member", "organiser", "organizer", "unionist", "journalist", "manager", "driver",
                    "lecturer", "labourer", "laborer", "judge", "director", "executive", "people", "crew"})


_LABOUR_PROTEST = frozenset({"strike", "striker", "striking", "stoppage", "walkout", "protest", "protester",
                             "picket", "demonstration", "sit-in", "union", "unionist"})


def staff_dismissed(doc: Doc) -> Token | None:
    """A verb of firing whose direct object is people in a job, told with the strike or protest it punishes ("fired
    40 strike leaders", "sacked workers who had joined the strike"); what is fired at people ("fired tear gas at
    workers") is the object of a shot instead, and a plain dismissal ("fired 200 workers") is business, no event."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DISMISSING or not real_clause(tok):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _STAFF for c in tok.children) and \
                any(t.lemma_.lower() in _LABOUR_PROTEST for t in tok.subtree):
            return tok
    return None


# (round C30) an arrest the state's force makes, told with its own place or day ("Police arrested a man, who had
# killed his wife in Kano, in Ibadan on Monday", "Guyanese police arrested two men in Linden on Thursday after a gold
# shop robbery"): PLOVER codes the force's arrest (COERCE arrest) whatever the crime; the crime itself stays no
# event. An arrest told only as the close of a crime report ("Police arrested a 19-year-old on suspicion of murder
# after a man was stabbed outside a pub") keeps the old reading of ordinary crime (round C15)
_ARRESTING = frozenset({"arrest", "detain", "apprehend", "nab"})
_ARRESTERS = re.compile(r"\b(police\w*|officers?|detectives?|investigators?|gendarme\w*|soldiers?|troops?|army|"
                        r"agents?|security forces)\b", re.IGNORECASE)
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "night",
                   "morning", "evening", "afternoon", "weekend", "week", "january", "february", "march", "april",
                   "may", "june", "july", "august", "september", "october", "november", "december"})
_WHEN = frozenset({"earlier", "later", "yesterday", "today", "overnight"})


def _own_place_or_day(verb: Token) -> bool:
    """The verb (or the verb it is joined to) has a place ("in Kisii", "near the border") or a day ("on Monday",
    "earlier in the day") of its own."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for c in v.children:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "outside") and objs:
                return True
            if c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ in _DAYS or o.like_num for o in objs):
                return True
            if c.dep_ in ("advmod", "npadvmod") and (c.lower_ in _WHEN or c.lower_ in _DAYS):
                return True
    return False


def state_arrest_told(doc: Doc) -> Token | None:
    """A told, not negated arrest verb whose subject (or its joined verb's) is a police or military force and
    that has its own place or day, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ARRESTING or not real_clause(verb) or \
                any(c.dep_ in ("neg", "nsubjpass") for c in verb.children):
            continue
        v = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or _ARRESTERS.search(" ".join(t.text for t in subj.subtree)) is None:
            continue
        if _own_place_or_day(verb):
            return verb
    return None


# (round C31) "Navy sailors boarded a boat off Lamu and detained its crew": a state force's told arrest of people
# is COERCE arrest (PLOVER), also where the classifier abstains; not in an ordinary crime report unless told with
# its own place or day (`state_arrest_told`, the rule the classifier's reading keeps)
_FORCES_AFLOAT = re.compile(r"\b(navy|naval|sailors|coast ?guards?|marines|commandos|border guards?|"
                            r"paramilitar\w*|rangers)\b", re.IGNORECASE)


def force_detained(doc: Doc) -> Token | None:
    """A told, not negated arrest verb with an object whose subject (or its joined verb's) is a police, military or
    naval force, outside an ordinary crime report, else None."""
    from newsevents.coding.story_guards import is_private_crime  # (frames imports it; kept lazy here)
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ARRESTING or not real_clause(verb) or \
                any(c.dep_ in ("neg", "nsubjpass") for c in verb.children) or \
                not any(c.dep_ == "dobj" for c in verb.children):
            continue
        v = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        words = " ".join(t.text for t in subj.subtree) if subj is not None else ""
        if _ARRESTERS.search(words) is None and _FORCES_AFLOAT.search(words) is None:
            continue
        if not is_private_crime(doc_text(doc)) or _own_place_or_day(verb):
            return verb
    return None


# (round C30) captives freed by the armed men or gangs who stormed or attacked the place ("Gang members stormed the
# town of X and freed dozens of inmates from its jail"): the freeing is the raid's deed (ACLED attack), never a
# release by the side that held them (PLOVER RETREAT release is the holder's yielding)
_FREEING = frozenset({"free", "release", "liberate"})
_RAIDING = frozenset({"storm", "attack", "raid", "overrun", "invade", "assault"})
_RAIDERS = re.compile(r"\b(gangs?|gang members|gangsters|bandits?|gunm[ae]n|militants?|rebels?|insurgents?|"
                      r"jihadists?|fighters|militiam[ae]n|militias?|attackers|assailants|raiders|armed men)\b",
                      re.IGNORECASE)


def raiders_freed(doc: Doc) -> Token | None:
    """A freeing verb joined to a verb of storming or attacking whose subject is an armed or criminal group, else
    None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FREEING or verb.dep_ != "conj" or \
                verb.head.lemma_.lower() not in _RAIDING:
            continue
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and _RAIDERS.search(" ".join(t.text for t in subj.subtree)):
            return verb.head
    return None


# (round C30) an official dismissed by a ruler ("The president sacked the army chief of staff after the mutiny",
# "the prime minister dismissed the interior minister"): a ruler cutting an office holder's tie to the state is a
# reduction of relations (PLOVER SANCTION: "all reductions in existing, routine, or cooperative relations"; expel
# "from a group, organization"), as firing strikers is; a firm's board sacking its managers stays business, no event
_RULERS = frozenset({"president", "premier", "minister", "king", "queen", "emir", "sultan", "junta", "government",
                     "cabinet", "leader", "chancellor", "ruler", "monarch", "regime", "presidency", "governor"})
_STATE_OFFICES = frozenset({"minister", "commander", "general", "governor", "ambassador", "envoy", "judge",
                            "prosecutor", "mayor", "premier", "spokesman", "spokeswoman", "deputy"})
_OFFICE_HEADS = frozenset({"chief", "head", "director", "inspector", "secretary", "chairman", "chief-of-staff"})
_STATE_BODIES = frozenset({"army", "military", "police", "defence", "defense", "intelligence", "security", "navy",
                           "air", "bank", "electoral", "election", "state", "national", "interior", "prison",
                           "prisons", "customs", "staff", "ministry", "forces", "guard", "armed", "spy"})


def _state_office(obj: Token) -> bool:
    lemma = obj.lemma_.lower()
    if lemma in _STATE_OFFICES:
        return True
    return lemma in _OFFICE_HEADS and any(t.lower_ in _STATE_BODIES for t in obj.subtree if t.i != obj.i)


def official_dismissed(doc: Doc) -> Token | None:
    """A told, not negated verb of dismissal (sack, dismiss, fire) whose subject names a ruler and whose direct
    object is a state office holder (a minister, a commander, the head of the army or the central bank), else
    None."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DISMISSING or not real_clause(tok) or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not any(t.lemma_.lower() in _RULERS for t in subj.subtree):
            continue
        if any(_dismissed_object(c) and _state_office(c) for c in tok.children):
            return tok
    return None


def _dismissed_object(c: Token) -> bool:
    """The direct object, or a noun phrase after the verb the small parser hung on it as a complement ("sacked the
    police inspector general": "general" read as an adjective complement, round C31)."""
    if c.dep_ == "dobj":
        return True
    return c.dep_ in ("ccomp", "xcomp", "oprd", "attr") and c.i > c.head.i and c.pos_ in ("NOUN", "PROPN", "ADJ") and \
        any(g.dep_ in ("det", "compound", "amod", "poss") for g in c.children)


# (round C25) "Rwanda denies backing M23", "Uganda denies arming rebel groups": backing an armed group is support
# (PLOVER SUPPORT) and arming or funding it military aid (CAMEO 072, PLOVER AID), never the attack or arrest the
# armed group's name suggests; a denial makes it the denier's deed with `negation`
_ARMING = frozenset({"arm", "equip", "fund", "finance", "supply", "resupply", "bankroll"})
_BACKING = frozenset({"back", "support", "sponsor"})
_ARMED_GROUP = re.compile(r"\b(rebels?|militias?|militiam[ae]n|insurgents?|armed|jihadists?|fighters|"
                          r"guerrill\w*|paramilitar\w*)\b", re.IGNORECASE)


def _armed_help(doc: Doc, lemmas: frozenset[str]) -> Token | None:
    """A main verb (or the complement of one) of `lemmas` whose object is an armed group: a rebel or militia
    word, or a bare name (a state's backing of a named movement)."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lemmas:
            continue  # (the cheap test first: the heads below are read only for the few verbs of `lemmas`)
        # (round C26: also what a reported statement says, "Burundi denies backing the rebels, a spokesman said")
        main = tok.head.dep_ == "ROOT" or tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "ROOT" and \
            tok.head.head.lemma_.lower() in _REPORTING
        if not (tok.dep_ == "ROOT" or tok.dep_ in ("xcomp", "ccomp") and main):
            continue  # ("Soldiers supporting the militia attacked the village": the attack is the deed)
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            phrase = "".join(t.text_with_ws for t in obj.subtree)
            if _ARMED_GROUP.search(phrase) or obj.pos_ == "PROPN" and not any(c.dep_ == "prep" for c in obj.children):
                return tok
    return None


def armed_aid(doc: Doc) -> Token | None:
    """"arming rebel groups", "funded the militia": military aid to an armed group."""
    return _armed_help(doc, _ARMING)


def armed_backing(doc: Doc) -> Token | None:
    """"backing M23", "supporting armed groups": support given to an armed group."""
    return _armed_help(doc, _BACKING)


# (round C25) "Fighting erupted in the streets of Kidal", "Heavy fighting broke out between the army and a
# militia": a fight told as breaking out is an armed clash (the ACLED head reads the sub-type)
_FIGHT_NOUNS = frozenset({"fighting", "clash", "battle", "gunfight", "firefight", "skirmish", "shootout",
                          "gunbattle", "hostility"})
_BREAKING_OUT = {"erupt": None, "break": "out", "flare": "up", "resume": None, "intensify": None}


def fighting_erupted(doc: Doc) -> Token | None:
    """The fight noun that is the subject of erupt / break out / flare up / resume / intensify, not negated."""
    for tok in doc_tokens(doc):
        lem = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lem not in _BREAKING_OUT or not real_clause(tok) or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        particle = _BREAKING_OUT[lem]
        if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            continue
        fight = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in _FIGHT_NOUNS), None)
        if fight is not None:
            return fight
    return None


# (round C25) "The minister meets his Afghan counterpart in Kabul on Thursday": a meeting with an office holder
# or a named party is a consultation (CAMEO 04); told ahead it becomes AGREE (`coder.reconcile`)
def meeting_told(doc: Doc) -> Token | None:
    """A "meet" verb with a subject and an object that is an office holder or a name, not negated."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() != "meet" or not real_clause(tok) or \
                any(c.dep_ == "neg" for c in tok.children) or not any(c.dep_ == "nsubj" for c in tok.children):
            continue
        if any(c.dep_ == "dobj" and (c.lemma_.lower() in VISITORS or c.pos_ == "PROPN") for c in tok.children):
            return tok
    return None


# (round C26) "Nicaragua stripped 94 critics of their citizenship", "revoked the citizenship of 12 activists": a state
# casting its own people out of its nationality cuts an existing relation (PLOVER SANCTION, "reductions in existing,
# routine, or cooperative relations"; its `expel` mode is exclusion from a group or country)
_BELONGING = frozenset({"citizenship", "nationality", "passport"})
_REVOKING = frozenset({"revoke", "withdraw", "cancel", "annul", "rescind", "remove"})


def _mentions(doc: Doc, stems: tuple[str, ...]) -> bool:
    """A cheap precheck before a walk over the parse: one of the reading's required words occurs in the sentence
    (a stem every form of the word, and of its lemma, contains)."""
    text = doc_text(doc).lower()
    return any(stem in text for stem in stems)


def citizenship_stripped(doc: Doc) -> Token | None:
    """A told verb with a subject that strips people of their citizenship ("stripped X of their nationality") or
    revokes it ("revoked the citizenship/passports of X"), else None."""
    if not _mentions(doc, ("citizenship", "nationalit", "passport")):
        return None
    for verb in doc_tokens(doc):
        lem = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not real_clause(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        # (the "of" phrase hangs on the verb or on its object: "stripped [94 critics of their citizenship]")
        if lem == "strip" and objs and any(
                g.lemma_.lower() in _BELONGING for h in [verb] + objs for c in h.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            return verb
        if lem in _REVOKING and any(c.dep_ == "dobj" and c.lemma_.lower() in _BELONGING and
                                    any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
                                    for c in verb.children):
            return verb
    return None


# (round C27) "revoked the broadcasting licence of a radio station", "withdrew the work permit of a British academic",
# "suspended the reporters' accreditation": a state taking back a licence, permit or accreditation it granted cuts an
# existing, routine relation (PLOVER SANCTION, as for citizenship; the classifier read "withdrew" as a retreat)
_GRANTS = frozenset({"licence", "license", "permit", "accreditation", "registration", "visa"})
_TAKING_BACK = _REVOKING | {"suspend", "strip"}


def _holder_named(grant: Token) -> bool:
    """The grant's holder is named: an "of" phrase ("the licence of a TV channel") or a noun possessor ("the
    station's licence"); "its licence" may be the speaker's own."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) or
               c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in grant.children)


def licence_revoked(doc: Doc) -> Token | None:
    """A told, unnegated verb with a subject that revokes, cancels, withdraws or suspends a licence, permit or
    accreditation whose holder is named, else None."""
    if not _mentions(doc, ("licen", "permit", "accreditation", "registration", "visa")):
        return None
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKING_BACK or not real_clause(verb) or \
                any(c.dep_ == "neg" for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _GRANTS and _holder_named(c) for c in verb.children):
            return verb
    return None


# (round C37) a party designated, listed or proscribed as a terrorist or unlawful body ("designated Hamas a terrorist
# organisation", "declared the Popular Front an unlawful association", "added the militia to its list of terrorist
# organisations"): PLOVER SANCTION by the words alone, whatever the head reads ("designated" was read as MOBILIZE)
_DESIGNATING = frozenset({"designate", "list", "blacklist", "proscribe", "declare", "add", "put", "place",
                          "redesignate", "relist"})
_BODIES = frozenset({"organisation", "organization", "group", "entity", "sponsor", "network", "association",
                     "outfit", "movement", "body", "list"})
_OUTLAWED = frozenset({"terrorist", "terror", "unlawful", "illegal", "banned", "proscribed", "outlawed"})


def _outlawed_body(noun: Token) -> bool:
    """ "a terrorist organisation", "an unlawful association", "its list of terrorist organisations"."""
    if noun.lemma_.lower() not in _BODIES and noun.lower_ not in _BODIES:
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    mods += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             for m in g.children if m.dep_ in ("amod", "compound")]
    return any(m.lower_ in _OUTLAWED for m in mods)


def party_designated(doc: Doc) -> Token | None:
    """A told, unnegated designating verb (`_DESIGNATING`) whose object, "as" or "to" phrase, or an apposition on its
    object names an outlawed body (`_outlawed_body`; a plain "list"/"add" needs a list named), else None."""
    if not _mentions(doc, ("terror", "unlawful", "illegal", "banned", "proscri", "outlaw")):
        return None
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children) or not real_clause(verb):
            continue
        if _designates(verb):
            return verb
    return None


def _designates(verb: Token) -> bool:
    """The verb is a designating verb (`_DESIGNATING`) whose object, "as" or "to" phrase, or an apposition on its
    object names an outlawed body (negation and mood are the callers' to judge)."""
    lem = verb.lemma_.lower()
    if lem not in _DESIGNATING:
        return False
    named = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "dative", "appos", "ccomp")]
    named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "to", "on") for g in c.children
              if g.dep_ == "pobj"]
    # (an apposition on the object, or the parse's small clause: "declared [the wing] [an unlawful association]")
    named += [a for n in list(named) for a in n.children if a.dep_ in ("appos", "dobj", "attr", "oprd")]
    if lem in ("add", "put", "place"):
        named = [n for n in named if n.lemma_.lower() == "list"]
    elif lem == "declare":
        named = [n for n in named if n.lemma_.lower() != "list"]
    return any(_outlawed_body(n) for n in named)


# (round C38) a designation withheld: "did not designate the group a terrorist organisation", "declined to list the
# movement as a terrorist organisation", "stopped short of designating ...": no sanction was imposed, and the word
# "terrorist" in the named body is no attack; the sentence tells no event of force (PLOVER: a negated SANCTION at
# most, which the project does not code)
_WITHHOLDING = frozenset({"decline", "refuse", "reject", "fail", "stop", "resist", "oppose"})


def designation_withheld(doc: Doc) -> Token | None:
    """A designating verb (`_designates`) that is negated ("did not designate"), or the complement of a refusal
    ("declined to list", "stopped short of designating"), else None."""
    if not _mentions(doc, ("terror", "unlawful", "illegal", "banned", "proscri", "outlaw")):
        return None
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or not _designates(verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return verb
        gov = verb.head if verb.dep_ in ("xcomp", "pcomp") else None
        if gov is not None and gov.dep_ == "prep" and gov.lower_ == "of":
            gov = gov.head  # ("stopped short of designating": the verb the "of" phrase hangs on)
        if gov is not None and gov.lemma_.lower() in _WITHHOLDING and gov.i != verb.i:
            return verb
    return None


# (round C38) money announced, pledged or granted ("announced 20 million pounds to tackle hunger in Somalia",
# "pledged $50 million for flood victims"): aid given (PLOVER AID), whatever the purpose phrase names; "hunger",
# "fight" or "combat" in the purpose is no hunger strike and no fight
_GIVING = frozenset({"announce", "pledge", "give", "donate", "approve", "provide", "commit", "allocate", "earmark",
                     "release", "grant", "unveil", "disburse", "contribute", "offer"})
_CURRENCIES = frozenset({"pound", "euro", "dollar", "yen", "franc", "rupee", "shilling", "naira", "rand", "yuan",
                         "krone", "krona", "kroner", "kronor", "riyal", "dirham", "real", "peso", "won", "cedi", "kwacha", "birr",
                         "$", "£", "€", "¥", "usd", "eur", "gbp"})


def _money(noun: Token) -> bool:
    """A sum of money: a currency noun ("20 million pounds", "15 million euros") or a currency sign on a number
    ("$300 million")."""
    return noun.lemma_.lower() in _CURRENCIES or noun.lower_ in _CURRENCIES or \
        noun.like_num and any(c.lower_ in _CURRENCIES for c in noun.children) or \
        any(c.lower_ in _CURRENCIES and c.dep_ in ("nmod", "quantmod", "compound") for c in noun.children)


def money_given(doc: Doc) -> Token | None:
    """A told, unnegated giving verb (`_GIVING`) whose object is a sum of money (`_money`), else None."""
    if not any(t.lower_ in _CURRENCIES or t.lemma_.lower() in _CURRENCIES for t in doc_tokens(doc)):
        return None
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVING or \
                any(c.dep_ == "neg" for c in verb.children) or not real_clause(verb):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if any(_money(o) for o in objs):
            return verb
    return None


# (round C26) "her office had charged a former minister with fraud", "indicted three customs officers for fraud": a
# charge laid is an accusation (PLOVER ACCUSE `allege`: "sue, indict, or charge; bring to trial"); a "with" phrase
# naming a weapon is a charge of another kind ("police charged the crowd with batons")
_CHARGING = frozenset({"charge", "indict", "sue", "prosecute"})
_OFFENCES = re.compile(r"(?i)\b(murder|manslaughter|homicide|fraud|sedition|treason|terrorism|terror|corruption|"
                       r"embezzle\w*|brib\w*|theft|robbery|rape|assault|kidnapping|abduction|launder\w*|incitement|"
                       r"conspiracy|espionage|spying|subversion|rebellion|insurrection|insurgency|genocide|crimes?|"
                       r"offen[cs]es?|abuse|misconduct|negligence|smuggling|trafficking|possession|defamation|"
                       r"libel|blasphemy|contempt|evasion|forgery|extortion|arson|counts?|charges?|attempt\w*|"
                       r"violations?|complicity|obstruction|perjury|mutiny|desertion|hooliganism|rioting|"
                       r"participation|membership|links|involvement)\b")


def _charged_with_offence(verb: Token) -> bool:
    """The verb's "with"/"for"/"over" phrase names an offence (a crime noun, or a gerund: "with inciting
    violence"), or it is "indict"/"sue"/"prosecute" with a party as object."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # (the phrase hangs on the verb or on its object: "charged [a former minister with fraud]")
    for prep in (c for h in [verb] + objs for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "for",
                                                                                                  "over")):
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.pos_ == "VERB" or \
                    obj.dep_ == "pobj" and _OFFENCES.search("".join(t.text_with_ws for t in obj.subtree)):
                return True
    # (a suit between private people, "Mr Evans sued Mr Mann", is no political act: a party must be sued)
    sued = _is_party_noun_or_body if verb.lemma_.lower() == "sue" else _is_party_or_person
    return verb.lemma_.lower() != "charge" and any(c.dep_ in ("dobj", "nsubjpass") and sued(c)
                                                   for c in verb.children)


def _is_party_noun_or_body(tok: Token) -> bool:
    from newsevents.coding.actors import is_party_noun  # (the actor tables load lazily, once)
    return tok.ent_type_ in ("ORG", "NORP", "GPE") or tok.pos_ == "NOUN" and is_party_noun(tok)


def _is_party_or_person(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _is_party(tok) or \
        _sides_of_conflict(tok)


# (round C33) "urged both sides to allow humanitarian access", "pressed the warring parties to ...": the sides of a
# conflict named as such are parties
_SIDES = frozenset({"side", "party", "faction", "belligerent", "combatant"})
_SIDE_MARKS = frozenset({"both", "all", "warring", "rival", "opposing", "conflicting", "two"})


def _sides_of_conflict(tok: Token) -> bool:
    return tok.lemma_.lower() in _SIDES and tok.tag_ in ("NNS", "NNPS") and \
        any(c.lower_ in _SIDE_MARKS for c in tok.children if c.dep_ in ("det", "amod", "predet", "nummod"))


def charge_laid(doc: Doc) -> Token | None:
    """A told verb of charging, indicting or suing with a party charged (its object, or the subject of a passive)
    and an offence named, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CHARGING or not real_clause(verb):
            continue
        charged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if charged and _charged_with_offence(verb):
            return verb
    return None


# (round C26) "Ethiopia ordered a Kenyan official to leave Addis Ababa": envoys or a foreign mission's staff ordered out
# of a country are expelled (PLOVER SANCTION `expel`; the test is `phrases.ordered_out`), also where the classifier
# abstains
def envoy_ordered_out(doc: Doc) -> Token | None:
    """A told verb of command ordering envoys or foreign troops out, else None."""
    from newsevents.coding.phrases import COMMAND_VERBS, deadline_to_leave, ordered_out
    return next((v for v in doc_tokens(doc) if v.pos_ == "VERB" and real_clause(v) and
                 (v.lemma_.lower() in COMMAND_VERBS and ordered_out(v) or deadline_to_leave(v))), None)


def closure_commanded(doc: Doc) -> Token | None:
    """(round C27) A told command to close institutions (`phrases.closure_ordered`), also where the classifier
    abstains ("The interior ministry ordered the closure of two opposition newspapers"), else None."""
    from newsevents.coding.phrases import COMMAND_VERBS, closure_ordered
    return next((v for v in doc if v.pos_ == "VERB" and v.lemma_.lower() in COMMAND_VERBS and real_clause(v) and
                 closure_ordered(v) is not None), None)


# (round C26) "Iran's foreign ministry urged Azerbaijan to explain the arrest of ...", "said it had urged Kabul to act
# against militants": a party urged, pressed or called on to do something is asked (PLOVER REQUEST: "all requests,
# demands, and orders"; CAMEO 10), whatever deed the thing asked for names
_URGING = frozenset({"urge", "press", "ask", "implore", "exhort", "request"})


def party_urged(doc: Doc) -> Token | None:
    """A told verb of urging with a subject, a party as object (a name or a party noun) and an infinitive of the
    act asked for, else None."""
    if not _mentions(doc, ("urg", "press", "ask", "implor", "exhort", "request")):
        return None
    for verb in doc_tokens(doc):
        lem = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not real_clause(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if lem not in _URGING:
            continue  # ("called on leaders to emulate ...": an appeal, CAMEO 02, which the quad set codes no event)
        asked = [c for c in verb.children if c.dep_ == "dobj"]
        if asked and all(_is_party_or_person(o) for o in asked) and \
                any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for h in [verb] + asked for c in h.children):
            return verb
    return None


# (round C26) "Ethiopia said it was in talks with Eritrea over Badme", "is in negotiations with the unions": talks
# under way with a party are a consultation (PLOVER CONSULT; CAMEO 043-046), the state of being in them its trigger
_TALKING = frozenset({"talks", "negotiations", "contact", "touch", "dialogue", "consultations", "discussions"})


def in_talks(doc: Doc) -> Token | None:
    """A told, unnegated "be" with an "in talks / negotiations / contact" phrase that names with whom, else None."""
    if not _mentions(doc, tuple(_TALKING)):
        return None
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() != "be" or verb.dep_ not in ("ROOT", "ccomp", "conj") or \
                any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may",
                                                                         "should", "must", "shall")
                    for c in verb.children):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            talks = [g for g in prep.children if g.dep_ == "pobj" and g.lower_ in _TALKING]
            # (with whom: a party, or any people talked with, "community elders")
            if any(c.dep_ == "prep" and c.lower_ == "with" and
                   any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
                   for t in talks for c in list(t.children) + list(verb.children)):
                return verb
    return None


# (round C26) "a day after a riot at the prison left 17 inmates dead", "were killed in a riot at the Nsawam prison":
# a riot told with its dead is news of its own (ACLED "Riots"). Inmates are no demonstrators pressing a claim: a prison
# riot is a disorganised crowd's violence (ACLED "Mob violence", PLOVER ASSAULT, as crowds fighting crowds are);
# another riot with a toll is a violent demonstration (PLOVER PROTEST riot)
_RIOTS = frozenset({"riot", "rioting", "mutiny"})
_TOLL_HEADS = frozenset({"leave", "kill", "claim"})
_DYING = frozenset({"kill", "die", "dead", "injure", "wound"})
_PRISON = re.compile(r"(?i)\b(prisons?|jails?|gaols?|penitentiar\w*|inmates?|prisoners|detention cent\w*|"
                     r"correctional)\b")


def _counted(tok: Token) -> bool:
    return tok.like_num or any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def _one_left_dead(person: Token) -> bool:
    """(round C28) "a riot by traders left a police officer dead": one person ("a"/"an") left dead or wounded."""
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in person.children) and \
        any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lemma_.lower() in ("dead", "injured", "wounded")
            for c in person.head.children)


def riot_with_toll(doc: Doc) -> Token | None:
    """A riot noun that left or killed a counted number ("a riot left 17 inmates dead"), that people were killed
    or died in ("17 inmates were killed in a riot"), or a "riot" verb told with a counted dead; else None."""
    if not _mentions(doc, ("riot", "mutin")):
        return None
    for tok in doc_tokens(doc):
        lem = tok.lemma_.lower()
        if lem not in _RIOTS and tok.lower_ not in _RIOTS:
            continue
        head = tok.head
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and head.lemma_.lower() in _TOLL_HEADS and \
                any(c.dep_ == "dobj" and (_counted(c) or _one_left_dead(c)) for c in head.children):
            return tok
        if torn_toll_verb(tok) is not None:  # ("after a riot at the prison left 17 inmates dead")
            return tok
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and head.lower_ in ("in", "during") and \
                head.head.lemma_.lower() in _DYING and \
                any(c.dep_ in ("nsubj", "nsubjpass") and _counted(c) for c in head.head.children):
            return tok
        if tok.pos_ == "VERB" and lem == "riot" and any(c.dep_ == "nsubj" for c in tok.children) and \
                any(t.lemma_.lower() in _DYING and t.i != tok.i and
                    any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _counted(c) for c in t.children)
                    for t in doc_tokens(doc)):
            return tok
    return None


def riot_kind(doc: Doc) -> tuple[str, str]:
    """(PLOVER type, ACLED sub-type) of a riot with a toll: Mob violence in a prison, else a violent demonstration."""
    text = "".join(t.text_with_ws for t in doc_tokens(doc))
    return ("ASSAULT", "Mob violence") if _PRISON.search(text) else ("PROTEST", "Violent demonstration")


# (lead, session 21) a conveyance hijacked ("Somali pirates hijacked a Bangladeshi cargo ship off Puntland", "the
# bus was hijacked by gunmen"): seizing a ship, plane or vehicle with its people by force is an assault (PLOVER
# ASSAULT abduct; ACLED reads the taking of its crew or passengers as an abduction), told or not with a date or a
# source; a hijacked website or account is no conveyance, and an adjective ("the hijacked tanker") tells no new deed
_HIJACKING = frozenset({"hijack"})
_CONVEYANCES = frozenset({"ship", "vessel", "boat", "tanker", "freighter", "trawler", "dhow", "yacht", "ferry",
                          "aircraft", "plane", "airliner", "jet", "helicopter", "bus", "minibus", "truck", "lorry",
                          "vehicle", "car", "train", "convoy", "carrier"})


def conveyance_hijacked(doc: Doc) -> Token | None:
    """A told, not negated verb of hijacking whose object (or passive subject) is a ship, plane or vehicle, else
    None."""
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HIJACKING or tok.dep_ == "amod" or \
                not real_clause(tok) or any(c.dep_ == "neg" for c in tok.children):
            continue
        # (the object's whole phrase: the parser may hang "minibus" below "carrying traders")
        if any(c.dep_ in ("dobj", "nsubjpass") and any(t.pos_ == "NOUN" and t.lemma_.lower() in _CONVEYANCES
                                                       for t in c.subtree) for c in tok.children):
            return tok
    return None


# (round C34) "Houthi rebels denied responsibility for a drone attack on an oil terminal on Monday": the attack
# disowned is told as a fact (someone made it); the denial only makes the denier's part negated (the
# convention of "denied carrying out the attack"), so the attack is the event also where the classifier abstains
_DISOWNING = frozenset({"deny", "disclaim", "disown", "reject"})
_RESPONSIBILITY = frozenset({"responsibility", "involvement", "role", "part"})
_ATTACK_NOUNS = frozenset({"attack", "attacks", "bombing", "strike", "airstrike", "shelling", "ambush", "assault",
                           "raid", "killing", "killings", "massacre", "explosion", "blast", "bombardment"})


def denied_attack(doc: Doc) -> Token | None:
    """The attack noun of "denied responsibility for / involvement in <an attack>", else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DISOWNING:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _RESPONSIBILITY):
            preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("for", "in")]
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in")]
            for noun in (p for prep in preps for p in prep.children if p.dep_ == "pobj"):
                if noun.lemma_.lower() in _ATTACK_NOUNS or noun.lower_ in _ATTACK_NOUNS:
                    return noun
    return None


# (round C34) "Residents attacked and killed a suspected thief": a crowd of locals killing or beating people it
# accuses is mob justice (ACLED Mob violence, `acled_rules._mob_justice`), no private crime, also where the
# classifier abstains; the locals are the subject, the accused the object
_LOCALS = frozenset({"villager", "resident", "local", "youth", "mob", "crowd", "neighbour", "neighbor", "onlooker",
                     "vigilante"})
_MOB_KILLS = frozenset({"kill", "lynch", "beat", "stone", "hack", "club", "murder", "burn"})
_ACCUSED = frozenset({"suspected", "alleged", "accused"})


def suspects_killed(doc: Doc) -> Token | None:
    """A told killing or beating verb whose subject is locals or a crowd and whose object is people named suspects
    ("suspected thief", "alleged witch"), not negated, else None."""
    for verb in doc_tokens(doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOB_KILLS or any(c.dep_ == "neg" for c in verb.children):
            continue
        heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
        subj = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
        if not subj or not all(c.lemma_.lower() in _LOCALS for c in subj):
            continue
        if any(c.dep_ == "dobj" and any(t.lower_ in _ACCUSED for t in c.subtree) for c in verb.children):
            return verb
    return None


_OWN_READINGS: tuple[tuple[str, Callable[[Doc], Token | None]], ...] = (
    ("CONSULT", meal_held), ("AID", aid_handed), ("REJECT", _refusal), ("REQUEST", talks_called_for),
    ("SUPPORT", thanks_given), ("PROTEST", walked_out), ("REQUEST", help_asked), ("THREATEN", force_vowed),
    ("SANCTION", staff_dismissed), ("AID", armed_aid), ("SUPPORT", armed_backing),
    ("ASSAULT", fighting_erupted), ("CONSULT", meeting_told), ("SANCTION", citizenship_stripped),
    ("SANCTION", licence_revoked), ("SANCTION", party_designated), ("COERCE", closure_commanded),
    ("ACCUSE", charge_laid), ("SANCTION", envoy_ordered_out), ("REQUEST", party_urged), ("CONSULT", in_talks),
    ("REQUEST", inquiry_called_for), ("REQUEST", measure_called_for), ("AGREE", cooperation_promised), ("PROTEST", stoppage_staged),
    ("PROTEST", symbols_burned), ("PROTEST", tyres_burned), ("SANCTION", official_dismissed), ("ASSAULT", conveyance_hijacked),
    ("COERCE", force_detained), ("ASSAULT", denied_attack),
    ("ASSAULT", suspects_killed))


def own_reading(doc: Doc) -> tuple[str, str | None] | None:
    """(PLOVER type, ACLED sub-type) of this module's readings where the classifier abstained, else None."""
    return next(((event, None) for event, find in _OWN_READINGS if find(doc) is not None), None)


def own_verb(doc: Doc, event: str) -> Token | None:
    """The verb of this module's reading of type `event` (the trigger where the type has no cue word)."""
    # (round C25: a type may have several readings; the first that finds its verb)
    return next((tok for kind, find in _OWN_READINGS if kind == event and (tok := find(doc)) is not None), None)


# (round C16) "welcomed the Algerian prime minister at Carthage Palace": hosting a visitor (phrases.VISITORS)
def guest_welcomed(trigger: Token) -> bool:
    """The trigger is "welcome" and its objects are visitors: office holders ("the Algerian prime minister") or a
    name with its title ("President William Ruto"); a decision, offer or statement welcomed is none."""
    if trigger.lemma_.lower() != "welcome" or trigger.pos_ != "VERB":
        return False
    dobjs = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(dobjs) and all(
        (o.lemma_.lower() in VISITORS or
         (o.pos_ == "PROPN" and any(c.lemma_.lower() in VISITORS for c in o.subtree)))
        and not any(c.dep_ == "case" for c in o.children) for o in dobjs)


# (round C28) "Police patrolled the area but made no arrests": the arrest the COERCE reading speaks of is denied.
# The denied arrest noun is the event with `negation` (as the aux gold reads "no shelling"); a patrol or a search
# is no arrest of its own
_ARREST_NOUNS = frozenset({"arrest", "detention", "apprehension"})
_ARREST_MAKERS = frozenset({"make", "carry", "effect", "report"})
_NOBODY = frozenset({"nobody", "no-one"})
_ARRESTS = frozenset({"arrest", "detain", "apprehend", "nab", "round", "hold", "jail", "capture"})


def arrest_denied(trigger: Token) -> Token | None:
    """The denied arrest of `trigger`'s clause ("made no arrests", "nobody was arrested") when `trigger` is not an
    arrest word itself, else None."""
    if trigger.lemma_.lower() in _ARRESTS | _ARREST_NOUNS:
        return None
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for v in [verb] + list(verb.conjuncts):
        for c in v.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in _ARREST_NOUNS and v.lemma_.lower() in _ARREST_MAKERS and \
                    any(d.lower_ == "no" and d.dep_ == "det" for d in c.children):
                return c
        if v is not verb and v.lemma_.lower() in _ARRESTS and any(
                s.dep_ == "nsubjpass" and (s.lower_ in _NOBODY or s.lower_ == "one" and
                                           any(d.lower_ == "no" for d in s.children)) for s in v.children):
            return v
    return None


# (round C28) "two cadres of a banned outfit extorted money": a ban named as a group's description
# (`nonevents.ban_described`) is no act of the sentence; the verb the group's phrase hangs on is
def verb_of_described(tok: Token) -> Token | None:
    """The verb whose subject or object phrase holds the modifier `tok` ("cadres of a banned outfit extorted":
    extorted), not a reporting verb; None when there is none."""
    node = tok.head
    while node.dep_ in ("pobj", "prep", "compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in _REPORTING:
        return None
    return verb


def driven_out_party(tok: Token) -> Token | None:
    """The verb that drives out the party noun `tok` ("drove al-Shabaab fighters out of the village": drove)."""
    from newsevents.coding.phrases import expelled_party  # (phrases reads this module's readings)
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    party = expelled_party(verb)
    return verb if party is not None and party.i == tok.i else None


# (round C31) "Gunmen targeted the home of a local chief in Zamfara, killing his son": "his son" names the kin of a
# victim, not of the attackers (a plural subject cannot be "his"), so the family cue of a domestic crime ("killed his
# wife", story_guards' private-crime screen) does not apply; the kin of a singular subject ("A man stabbed his
# neighbour") keeps it
_KIN = frozenset({"wife", "husband", "girlfriend", "boyfriend", "partner", "father", "mother", "brother", "sister",
                  "son", "daughter", "neighbour", "neighbor", "uncle", "cousin", "nephew", "lover"})
_SINGULAR_POSSESSIVES = frozenset({"his", "her"})


def _clause_subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb its participle or joined clause hangs on ("Gunmen targeted X,
    killing his son": the gunmen)."""
    for v in (verb, verb.head, verb.head.head):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "agent")), None)
        if subj is not None:
            return subj
        if v.dep_ not in ("advcl", "conj", "xcomp") or v.head.i == v.i:
            return None
    return None


def kin_of_other(doc: Doc) -> Token | None:
    """A singular possessive on a kin noun ("his son") whose clause's subject is a plural party, so that the kin
    belong to a victim named elsewhere, else None (the possessive)."""
    for kin in doc_tokens(doc):
        if kin.lemma_.lower() not in _KIN or kin.dep_ not in ("dobj", "nsubjpass", "pobj", "conj"):
            continue
        poss = next((c for c in kin.children if c.dep_ == "poss" and c.lower_ in _SINGULAR_POSSESSIVES), None)
        verb = kin.head
        while verb.dep_ in ("conj", "prep", "pobj") and verb.head.i != verb.i and verb.pos_ != "VERB":
            verb = verb.head
        subj = _clause_subject(verb) if poss is not None and verb.pos_ == "VERB" else None
        if subj is not None and subj.tag_ in ("NNS", "NNPS"):
            return poss
    return None


def without_others_kin(doc: Doc, text: str) -> str:
    """`text` with the possessive of another's kin (`kin_of_other`) read as "the", for the private-crime screen."""
    poss = kin_of_other(doc)
    if poss is None:
        return text
    phrase = poss.text_with_ws + poss.head.text  # ("his son": the text the coder holds may lack the parse's dateline)
    return text.replace(phrase, "the " + poss.head.text, 1)
