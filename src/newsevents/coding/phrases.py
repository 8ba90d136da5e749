"""Verb phrases that fix an event's type whatever the bare verb suggests (found in whole-story review 6):
prison terms, terrorist designations, receptions of visitors, talks held, charges and arson; round C9 (whole-story
review 7): talks suspended, a council text blocked, forces deployed; round C12: parties driven out of places."""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsevents.coding.frames import court_subject, is_prolonged_restriction
from newsevents.nlp import doc_text

_TERM_UNITS = {"year", "month", "week", "day"}
_TERM_NOUNS = {"sentence", "term", "life"}
_TERM_VERBS = {"receive", "get", "give", "hand"}  # not "serve": serving a term is a state
_DESIGNATE_VERBS = {"designate", "list", "blacklist", "proscribe"}
_DESIGNATED_AS = {"organization", "organisation", "group", "entity", "sponsor", "network"}
_COOPERATIVE = {"SUPPORT", "COOPERATE", "CONSULT", "AID"}
# office holders who visit or are hosted (also readings.guest_welcomed)
VISITORS = frozenset({"delegation", "minister", "president", "envoy", "visitor", "guest", "leader", "counterpart",
                      "premier", "chancellor", "king", "queen", "prince", "emir", "secretary", "ambassador"})
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
# (round C13) "announced the closure of the country's borders": an announced closing of passage or communication
# is the restriction itself (COERCE restrict), not a concession; a factory's or a shop's closure is left alone
_ORDER_VERBS = {"announce", "order", "declare", "decree", "impose"}
_CLOSURES = {"closure", "shutdown", "sealing", "suspension"}
_CLOSED_PASSAGE = {"border", "airspace", "airport", "crossing", "frontier", "road", "highway", "port", "internet",
                   "checkpoint", "bridge"}
_POLICE_WORDS = {"police", "policeman", "policemen", "officer", "gendarme", "paramilitary", "constable"}
_RETALIATE_VERBS = {"retaliate", "respond", "hit", "strike", "reply"}
_WEAPON_NOUNS = {"artillery", "drone", "missile", "rocket", "mortar", "shell", "fire", "gunfire", "strike",
                 "airstrike", "shelling", "bomb", "grenade", "weapon", "tank", "airstrikes"}
_FOOD = {"food", "water", "meal", "medication", "nourishment", "liquid", "fluid"}
_RELIEF = {"relief", "recovery", "reconstruction", "humanitarian", "rescue", "rehabilitation"}
_CAPTURE_VERBS = {"capture", "seize", "nab", "apprehend", "catch"}
_ENVOYS = {"ambassador", "envoy", "diplomat", "consul", "charge", "chargé", "attaché", "attache", "representative"}
_ARMED_PARTIES = {"civilian", "militia", "group", "fighter", "rebel", "youth", "herder", "gang", "militant",
                  "combatant", "population", "community", "resident"}
COMMAND_VERBS = {"order", "direct", "instruct", "command"}
_FORCE_ACTS = {"deploy", "intensify", "mobilize", "mobilise", "step", "redeploy", "move", "reinforce"}
_FORCE_NOUNS = {"army", "military", "troop", "soldier", "force", "police", "navy", "unit", "battalion",
                "gendarmerie", "policeman"}


def _is_envoy(obj: Token) -> bool:
    """An envoy noun, or a head of a phrase such as "charge d'affaires" whose first word is one."""
    return obj.lemma_.lower() in _ENVOYS or obj.lower_ in _ENVOYS or \
        any(t.lower_ in _ENVOYS for t in obj.subtree if t.dep_ in ("compound", "amod", "nmod"))


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


# (round C12) "was driven out of Mogadishu", "drove the rebels out of Goma": a party expelled from a place by force
_EXPEL_VERBS = {"drive", "push", "force", "chase", "kick", "flush"}
_CROWDS = {"protester", "demonstrator", "crowd", "student", "supporter", "resident", "villager", "family", "squatter",
           "vendor", "trader", "migrant", "refugee", "worker", "people", "mob"}
# (forced out of their homes: people displaced, no armed party defeated)
_DWELLINGS = {"home", "house", "apartment", "flat", "land", "farm", "shelter"}


def expelled_party(trigger: Token) -> Token | None:
    """The party "driven out of" a place by force (the passive subject or the object), or None: no crowd or
    residents cleared from a square or a camp (police dispersing them is coercion), and no police agent."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _EXPEL_VERBS:
        return None
    out = next((c for c in trigger.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")), None)
    if out is None or not any(c.lower_ == "of" for c in list(out.children) + list(trigger.children)):
        return None
    passive = any(c.dep_ == "auxpass" for c in trigger.children)
    party = next((c for c in trigger.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    agents = [t for c in trigger.children if c.dep_ in ("agent", "nsubj") for t in c.subtree]
    places = [p for o in (out, trigger) for c in o.children if c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
    if party is None or any(t.lemma_.lower() in _CROWDS for t in party.subtree) or \
            any(p.lemma_.lower() in _DWELLINGS for p in places) or \
            any(t.lemma_.lower() in _POLICE_WORDS or t.lower_ == "police" for t in agents):
        return None
    return party


_CAPTIVES = {"inmate", "prisoner", "escapee", "fugitive", "convict", "detainee", "suspect"}
_SHOPS = {"shop", "store", "business", "stall", "market", "shutter"}
_AUTHORITIES = {"police", "authority", "government", "administration", "official", "army", "council", "municipality"}
_MISSIONS = {"mission", "force", "troop", "peacekeeper", "contingent", "army", "soldier", "operation", "unit"}
# (round C12) a "strike" of workers: the sentence names labour and no weapon
_LABOUR = re.compile(r"(?i)\b(unions?|labou?r|workers?|adherence|walk-?outs?|stoppages?|general strike|"
                     r"\d+-hour strike|wages?|pensions?|pensioners|employees|teachers|nurses|doctors|drivers)\b")
_WEAPON_STRIKE = re.compile(r"(?i)\b(air|drone|missile|rocket|artillery|military|naval|warplanes?|jets?|bomb\w*|"
                            r"killed|targets?|retaliatory|pre-?emptive)\b")


_STORY_LABOUR = re.compile(r"(?i)\b(general strike|unions?|labou?r (union|confederation|federation)|"
                           r"strike (was |were )?called by|workers (went|go|are) on strike|walk-?outs?|stoppages?)\b")


def labour_strike_story(trigger: Token, story: str) -> bool:
    """A bare "strike" (no weapon word in its sentence) in a story of a labour strike with no air or missile
    strikes: "The strike was the fourth called by the CGT since Milei took office" (round C12)."""
    if trigger.lemma_.lower() != "strike" or trigger.pos_ != "NOUN" or _WEAPON_STRIKE.search(doc_text(trigger.doc)):
        return False
    return _STORY_LABOUR.search(story) is not None and _WEAPON_STRIKE.search(story) is None


def weapon_strike_story(trigger: Token, story: str) -> bool:
    """(round C22) The mirror of `labour_strike_story`: a bare "strike" noun ("The regional governor confirmed the
    strike") in a story of missile or air strikes with no labour strike is that attack re-mentioned, no stoppage."""
    if trigger.lemma_.lower() != "strike" or trigger.pos_ != "NOUN" or labour_strike(trigger):
        return False
    return _WEAPON_STRIKE.search(story) is not None and _STORY_LABOUR.search(story) is None and \
        _LABOUR.search(doc_text(trigger.doc)) is None


# (round C11) a strike that its own phrase makes a work stoppage: a duration or labour modifier ("a 24-hour
# strike", "an indefinite strike") or a stoppage verb ("staged/called/declared a strike", "went on strike"). A
# toll elsewhere in the sentence ("after a colleague was killed") is the strike's cause, not its weapon
_STOPPAGE_MOD = re.compile(r"(?i)^(\d+-(hour|day|week|month)|(one|two|three|four|five|seven|ten)-(hour|day|week)|"
                           r"indefinite|general|nationwide|national|hunger|sit-down|sit-in|token|warning|wildcat|"
                           r"labou?r|work|teachers|workers|doctors|nurses|drivers|rolling|open-ended)$")
# (word forms, not lemmas: the tagger lemmatises "staged" as "stag")
_STOPPAGE_VERB = re.compile(r"(?i)^(stag(e|ed|es|ing)|call(s|ed|ing)?|declar(e|ed|es|ing)|observ(e|ed|es|ing)|"
                            r"join(s|ed|ing)?|hold(s|ing)?|held|announc(e|ed|es|ing)|beg[iau]n(s|ning)?|"
                            r"start(s|ed|ing)?|suspend(s|ed|ing)?|extend(s|ed|ing)?|enforc(e|ed|es|ing))$")
_SPANS = {"hour", "day", "week", "month"}
_STRIKE_WEAPONS = {"air", "drone", "missile", "rocket", "artillery", "military", "naval", "precision", "surgical",
                   "retaliatory", "airstrike", "israeli", "russian", "american", "u.s.", "us"}


def _stoppage_phrase(trigger: Token) -> bool:
    """ "staged a 24-hour strike", "went on strike", "an indefinite strike": the phrase names a work stoppage."""
    mods = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod", "nummod")]
    if any(c.lower_ in _STRIKE_WEAPONS for c in mods):
        return False
    if any(_STOPPAGE_MOD.match(c.text) or c.lemma_.lower() in _SPANS and any(g.dep_ == "nummod" for g in c.children)
           for c in mods):
        return True
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
        return True
    return trigger.dep_ == "dobj" and _STOPPAGE_VERB.match(head.text) is not None


def labour_strike(trigger: Token) -> bool:
    """ "The union said the strike had 90% adherence": a work stoppage, not an attack."""
    if trigger.lemma_.lower() != "strike" or trigger.pos_ != "NOUN":
        return False
    if _stoppage_phrase(trigger):
        return True
    text = doc_text(trigger.doc)
    return _LABOUR.search(text) is not None and _WEAPON_STRIKE.search(text) is None


# (round C36) "Israel said it could strike Iranian nuclear sites if talks fail": the verb "strike" with a military
# object (sites, targets, bases, positions, hideouts ...) is a strike by force, never a work stoppage; workers
# strike with no object ("said they would strike on Monday")
# (round C37) weapon words that make the noun "strike" an attack whatever the story's other words ("air strikes",
# "missile strike", "drone strikes"); a bare "military strike" may be told of a threat and stays with the head
_WEAPON_KINDS = frozenset({"air", "drone", "missile", "rocket", "artillery", "airstrike", "naval", "precision"})
_STRUCK_TARGETS = frozenset({"site", "target", "base", "position", "facility", "installation", "camp", "hideout",
                             "stronghold", "depot", "infrastructure", "headquarters", "post", "outpost", "convoy",
                             "airfield", "airbase", "launcher", "bunker", "militant", "fighter", "rebel", "troop"})

_STRUCK_PLACES = frozenset({"centre", "center", "city", "capital", "port", "refinery", "ship", "vessel", "tanker",
                            "airport", "bridge", "plant", "ministry", "building", "town", "village"})


def military_strike(trigger: Token) -> bool:
    """The verb "strike" whose direct object is a military target ("strike Iranian nuclear sites", "struck militia
    positions"); a deal or balance struck is no target (`struck_deal`). (round C37) Also the noun "strike(s)" that a
    weapon word modifies ("launched air strikes on border areas", "drone strikes"): an attack by its own name."""
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() == "strike":
        if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _WEAPON_KINDS for c in trigger.children):
            return True
        # ("after a strike on a refinery in Ryazan": a strike aimed at a target, in a sentence naming no workforce;
        # workers strike "at" a plant or "over" pay)
        return _LABOUR.search(doc_text(trigger.doc)) is None and not _stoppage_phrase(trigger) and any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in _STRUCK_TARGETS | _STRUCK_PLACES or
                                      g.lower_.removesuffix("s") in _STRUCK_TARGETS | _STRUCK_PLACES)
                for g in c.children) for c in trigger.children)
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "strike":
        return False
    # (round C37) a city's command centres, ports or bridges struck in a sentence that names no workforce ("could
    # strike command centres in Kyiv"): workers strike with no object, and "the union said it would strike the
    # carmaker's plants" names its employer
    targets = _STRUCK_TARGETS if _LABOUR.search(doc_text(trigger.doc)) else _STRUCK_TARGETS | _STRUCK_PLACES
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in targets or c.lower_.removesuffix("s") in targets)
               for c in trigger.children)


_SWAP_VERBS = frozenset({"swap", "exchange", "trade"})
_SWAPPED = frozenset({"prisoner", "detainee", "captive", "pow", "pows", "hostage"})


def _captives_swapped(trigger: Token) -> bool:
    """The sentence's main verb swaps captives ("swapped 150 detainees", "prisoners were exchanged")."""
    root = trigger.sent.root
    if root.lemma_.lower() not in _SWAP_VERBS:
        return False
    held = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    held += [p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj"]
    return any(h.lemma_.lower() in _SWAPPED or h.lower_ in _SWAPPED for h in held)


_LOYALTY = {"allegiance", "loyalty", "fealty", "bay'ah", "bayah", "baya"}
_PLEDGE_VERBS = {"swear", "pledge", "declare", "renew", "give", "offer", "proclaim"}
_PLEDGE_FORMS = {"swore", "sworn", "swear", "swears", "swearing", "pledged", "pledge", "pledges", "pledging",
                 "declared", "renewed", "proclaimed"}


def _pledged_allegiance(trigger: Token) -> bool:
    """ "swore/pledged allegiance to ...": the loyalty noun as the object of a pledging verb, or that verb."""
    if trigger.lower_ in _LOYALTY:
        if trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in _PLEDGE_VERBS:
            return True
        # (the small parser may tag "swore" a proper noun: the words before the noun, "swore (its) allegiance")
        before = [t.lower_ for t in trigger.doc[max(0, trigger.i - 2):trigger.i]]
        return any(w in _PLEDGE_FORMS for w in before)
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in _PLEDGE_VERBS and \
        any(o.lower_ in _LOYALTY for o in _objects(trigger))


_COOPERATE_VERBS = {"cooperate", "co-operate", "collaborate"}
_LEFT_LANDS = {"country", "territory", "nation", "kingdom", "republic"}


# (lead, session 16) "ordered an Indian official to leave Islamabad": a staff member named with a nationality is a
# foreign mission's staff
_MISSION_STAFF = {"official", "staffer", "employee", "officer", "secretary", "counsellor", "counselor"}


def _foreign_staff(obj: Token) -> bool:
    return obj.lemma_.lower() in _MISSION_STAFF and any(
        c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in obj.children)


def ordered_out(command: Token) -> bool:
    """ "ordered the French troops to leave the country (within a month)", "ordered the ambassador to leave",
    "ordered an Indian official to leave Islamabad": foreign troops told to leave the country, or envoys and a
    foreign mission's staff told to leave it or a named place (a crowd told to leave a square is not covered)."""
    told = [c for c in command.children if c.dep_ == "dobj"]
    envoys = any(_is_envoy(o) or _foreign_staff(o) for o in told)
    if envoys and any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in command.children):
        return True  # (round C26) "ordered two Rwandan envoys out of Bujumbura"
    for leave in (c for c in command.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "leave"):
        if any(c.dep_ == "neg" for c in leave.children):
            continue
        left = [c for c in leave.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in _LEFT_LANDS for o in left) or envoys and all(o.pos_ == "PROPN" for o in left):
            return True
    return False


# (round C27) "gave the ambassador 72 hours to leave the country", "gave the head of the EU delegation 48 hours to
# leave Niamey": a deadline to leave given to envoys is their expulsion (PLOVER SANCTION `expel`), no gift
_DEADLINE_UNITS = {"hour", "day", "week", "month"}
_ENVOY_POSTS = {"delegation", "mission", "embassy", "consulate", "legation"}


def _heads_mission(obj: Token) -> bool:
    """ "the head/chief of the EU delegation": a mission's head is its envoy."""
    return obj.lemma_.lower() in ("head", "chief") and any(
        g.lemma_.lower() in _ENVOY_POSTS for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


def deadline_to_leave(give: Token) -> bool:
    """ "gave two Ivorian diplomats 48 hours to leave the country": a "give" verb whose person given is an envoy
    (or a foreign mission's staff or head), with a span of time and an unnegated "to leave" on the verb or on that
    span; a named place or the country left, or nothing named."""
    if give.lemma_.lower() != "give" or give.pos_ != "VERB":
        return False
    near = list(give.children)
    spans = [c for c in near if c.lemma_.lower() in _DEADLINE_UNITS and c.dep_ in ("dobj", "npadvmod", "dative")]
    people = [c for c in near if c.dep_ in ("dobj", "dative") and c not in spans]
    # (round C28) "gave the German ambassador 48 hours to leave ..., accusing him": the span parsed as the
    # envoy's apposition
    spans += [a for o in people for a in o.children if a.dep_ == "appos" and a.lemma_.lower() in _DEADLINE_UNITS]
    if not spans or not any(_is_envoy(o) or _foreign_staff(o) or _heads_mission(o) for o in people):
        return False
    leaves = [c for h in [give] + spans for c in h.children
              if c.lemma_.lower() == "leave" and c.dep_ in ("xcomp", "advcl", "relcl", "acl", "ccomp")]
    return any(not any(c.dep_ == "neg" for c in v.children) and
               all(o.pos_ == "PROPN" or o.lemma_.lower() in _LEFT_LANDS for o in v.children if o.dep_ == "dobj")
               for v in leaves)


# (round C27) "ordered all universities closed", "ordered the closure of two opposition newspapers": a state shutting
# institutions by order restricts freedoms (PLOVER COERCE `restrict`); shutting newspapers or broadcasters censors
# (COERCE `censor`)
_CLOSING = frozenset({"close", "shut", "closed"})
_MEDIA = frozenset({"newspaper", "paper", "radio", "station", "channel", "television", "broadcaster", "website",
                    "outlet", "magazine", "daily", "weekly", "tabloid", "network"})


def closure_ordered(command: Token) -> str | None:
    """The COERCE mode of a command to close things: "ordered all universities closed/shut" (a closing verb
    hung on the command or on its object) or "ordered the closure of X"; None when the verb orders no closure."""
    if command.pos_ != "VERB" or command.lemma_.lower() not in COMMAND_VERBS or \
            any(c.dep_ == "neg" for c in command.children):
        return None
    objs = [c for c in command.children if c.dep_ == "dobj"]
    shut = [c for c in command.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lemma_.lower() in _CLOSING]
    shut += [c for o in objs for c in o.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in _CLOSING]
    closed = [s for v in shut for s in v.children if s.dep_ in ("nsubj", "nsubjpass")] + \
        [v.head for v in shut if v.dep_ in ("acl", "amod")]
    closed += [g for o in objs if o.lemma_.lower() in _CLOSURES for p in o.children
               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    things = closed + [c for t in closed for c in t.conjuncts]
    if not things or any(t.lemma_.lower() in _POSTS for t in things):
        return None  # (a diplomatic post closed is a sanction: `_post_closed`)
    return "censor" if any(t.lemma_.lower() in _MEDIA for t in things) else "restrict"


# (round C12b) the lead's conventions: a court sentence is one SANCTION/convict whatever the verb ("jailed ... for
# three years"), and closing another country's diplomatic post is SANCTION (reduced relations), not REQUEST
_SENTENCE_VERBS = {"jail", "imprison", "sentence"}  # (frames._JAIL_VERBS: what a court may order)
_STAGE_VERBS = {"hold", "stage"}
_RALLIES = {"rally", "protest", "demonstration", "march", "sit-in", "vigil", "picket"}
_POSTS = {"consulate", "embassy", "consulate-general", "legation", "mission"}
_SHUT_VERBS = {"close", "shut"}
_BODILY_HARM = re.compile(r"\b(to death|killed|killing|dead|wounded|injured|machetes?|knives|axes?|blood)\b",
                          re.IGNORECASE)
_CYBER_WORDS = re.compile(r"\b(cyber\w*|ransomware|malware|ddos|denial-of-service|hack\w*|phishing|spyware|"
                          r"encrypt\w*|defac\w*|offline)\b", re.IGNORECASE)


def _jailed_for_term(lem: str, trigger: Token) -> bool:
    """ "jailed 14 activists for up to 10 years", "imprisoned him for life": a prison term given by a verb."""
    return lem in _SENTENCE_VERBS and any(
        _is_term(p) or any(_is_term(g) for g in p.children) for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("for", "to") for p in c.children if p.dep_ == "pobj")


def court_sentence(trigger: Token) -> bool:
    """A court sentencing or jailing a party ("The court jailed the two activists", "A judge sentenced him to
    death"), or a prison term given by a jailing verb: one SANCTION/convict event whatever else the sentence names
    (an opposition leader jailed is no protest)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _SENTENCE_VERBS:
        return False
    return _jailed_for_term(trigger.lemma_.lower(), trigger) or court_subject(trigger)


def _post_closed(lem: str, trigger: Token) -> bool:
    """ "ordered the closure of Russia's consulate", "shut down the Iranian embassy", "ordered Moscow to close its
    consulate": a diplomatic post closed."""
    objs = _objects(trigger)
    if lem in _ORDER_VERBS and any(o.lemma_.lower() in _CLOSURES and any(
            p.lemma_.lower() in _POSTS for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj") for o in objs):
        return True
    if lem in _SHUT_VERBS and any(o.lemma_.lower() in _POSTS for o in objs if o.dep_ == "dobj"):
        return True
    return lem in COMMAND_VERBS and any(c.dep_ in ("xcomp", "ccomp") and _post_closed(c.lemma_.lower(), c)
                                         for c in trigger.children)


def _cyber_attack(trigger: Token) -> bool:
    """An attack word named as a cyber operation in its own phrase ("a ransomware attack", "hackers breached")."""
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("nsubj", "nmod")]
    if trigger.dep_ == "nsubj":
        words.append(trigger.head)  # "the attackers had encrypted a patient system"
    own = trigger.doc[trigger.left_edge.i: trigger.i + 1].text if trigger.pos_ == "NOUN" else ""
    if _BODILY_HARM.search(doc_text(trigger.doc)):
        return False  # "hacked to death": a machete attack
    return bool(_CYBER_WORDS.search(own)) or any(_CYBER_WORDS.search(w.text) for w in words)


# (round C19) exercises held together with another state's forces are material cooperation (PLOVER COOPERATE,
# CAMEO 06), not an agreement; one force's own exercise stays MOBILIZE (PLOVER manual)
_DRILL_HOLDERS = {"hold", "conduct", "stage", "carry", "launch", "begin", "start", "run"}
_DRILLS = {"drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver", "maneuvers", "patrol",
           "patrols", "wargame", "wargames"}
_JOINT = {"joint", "combined", "bilateral", "trilateral", "multinational"}


def _joint_drill(obj: Token, verb: Token) -> bool:
    if obj.lemma_.lower() not in _DRILLS and obj.lower_ not in _DRILLS:
        return False
    return any(t.lower_ in _JOINT for t in obj.subtree if t.i < obj.i) or \
        any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
            for h in (obj, verb) for c in h.children)


def _joint_drill_held(trigger: Token) -> bool:
    """The trigger holds joint exercises, or is the exercises held ("will hold joint naval drills with ...")."""
    if trigger.dep_ in ("amod", "compound"):
        trigger = trigger.head  # ("joint" in "joint naval drills")
    verb, objs = (trigger.head, [trigger]) if trigger.dep_ == "dobj" else \
        (trigger, [c for c in trigger.children if c.dep_ == "dobj"])
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _DRILL_HOLDERS and any(_joint_drill(o, verb) for o in objs)


# (round C33) a charge that is a rush at people ("Police charged at protesters with batons", "riot police charged
# into the crowd"): force (PLOVER ASSAULT; crowd control when police or troops charge), no legal accusation
_RUSHED_AT = frozenset({"at", "into", "toward", "towards"})
_CHARGE_KIT = frozenset({"baton", "stick", "truncheon", "club", "horse", "horseback", "lathi", "cane", "whip",
                         "bayonet", "machete", "shield"})


def physical_charge(trigger: Token) -> bool:
    """The verb "charge" told as a rush: at/into/towards someone, or with batons, sticks or horses."""
    if trigger.lemma_.lower() != "charge" or trigger.pos_ != "VERB":
        return False
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    return any(c.lower_ in _RUSHED_AT and any(g.dep_ == "pobj" for g in c.children) or
               c.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in _CHARGE_KIT for g in c.children)
               for c in preps)


# (round C33) pressing for something ("pushing hard for a humanitarian ceasefire", "lobbied for talks"): an appeal to
# others (PLOVER REQUEST; CAMEO 02), not the ceasefire or talks themselves
_PRESSING_FOR = frozenset({"push", "press", "lobby", "clamour", "clamor", "appeal", "plead", "campaign"})


def _pushed_for(trigger: Token) -> bool:
    """The trigger is a verb of pressing with a "for" phrase of what it asks, not negated."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in _PRESSING_FOR and \
        not any(c.dep_ == "neg" for c in trigger.children) and \
        any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children)
            for c in trigger.children)


# (round C34) forces sent somewhere: a deployment (MOBILIZE), not an agreement or aid, unless the sentence gives
# them a helping or peacekeeping purpose (CAMEO 074, military protection, is AID)
_SEND_VERBS = {"send", "dispatch", "deploy", "redeploy", "rush", "move"}
_SENT_FORCES = {"troop", "troops", "soldier", "reinforcement", "reinforcements", "warship", "carrier", "destroyer",
                "frigate", "tank", "battalion", "brigade", "marine", "paratrooper", "commando", "gunboat", "jet",
                "fighter", "bomber", "policeman", "policemen", "gendarme", "division", "regiment"}
# (round C35) "rescue" alone is no helping purpose: troops sent to rescue kidnapped pupils or hostages are a security
# deployment; a rescue after a flood, quake or landslide keeps its disaster word
_HELP_PURPOSE = {"peacekeeping", "peacekeeper", "peacekeepers", "mission", "help", "assist", "aid", "relief",
                 "humanitarian", "evacuate", "evacuation", "protect", "support", "disaster", "flood", "floods",
                 "flooding", "earthquake", "quake", "landslide", "landslides", "cyclone", "hurricane", "typhoon",
                 "stranded", "trapped", "wildfire", "wildfires", "storm",
                 "training", "train", "exercise", "exercises", "drill", "drills"}
_INTENT_AUX = {"will", "would", "shall", "may", "might", "could", "can", "'ll", "must", "should"}


def forces_sent(trigger: Token) -> bool:
    """(round C34) "Russia sent additional troops to its border with Finland", "dispatched reinforcements": forces
    sent on their way in a told past deed; an intended sending ("will send troops", "plans to send") and forces
    sent to help, keep the peace or train are left to the classifier."""
    if trigger.lemma_.lower() not in _SEND_VERBS or trigger.pos_ != "VERB" or trigger.tag_ not in ("VBD", "VBN") or \
            trigger.dep_ in ("xcomp", "amod"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _INTENT_AUX for c in trigger.children):
        return False
    # (round C35) the forces are the object, or the subject of the passive ("Troops were deployed to ...")
    sent = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not sent or not any(o.lemma_.lower() in _SENT_FORCES or o.lower_ in _SENT_FORCES for o in sent):
        return False
    return not any(t.lemma_.lower() in _HELP_PURPOSE or t.lower_ in _HELP_PURPOSE for t in trigger.sent)


# (round C36) "tactical teams had been deployed to search the forest", "Soldiers were sent to free the hostages": the
# act of a deployment's purpose clause is what the forces are sent to do, not yet done; the deployment is the event
# (PLOVER MOBILIZE). Crowd control ("deployed to disperse the protesters") and help after a disaster are left to
# their own rules
_DEPLOYED = _SENT_FORCES | {"police", "policeman", "officer", "unit", "vigilante", "personnel", "force", "guard",
                            "militia", "army", "navy", "ship", "drone"}
# (an inquiry team sent "to investigate a collision" does its own act, an investigation: not a force's purpose)
_CROWD_CONTROL = frozenset({"disperse", "scatter", "quell", "contain", "control", "break", "clear", "restore",
                            "investigate", "probe", "inspect", "examine", "assess", "monitor", "observe", "verify"})


def deployment_purpose(trigger: Token) -> Token | None:
    """The sending verb (send, dispatch, deploy ...) when the verb trigger is the to-infinitive of its purpose and
    what is sent are forces ("were deployed to search the forest", "sent troops to retake the town"), else None."""
    verb = trigger.head
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("xcomp", "advcl") or verb.i == trigger.i or \
            verb.pos_ != "VERB" or verb.lemma_.lower() not in _SEND_VERBS or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) or \
            trigger.lemma_.lower() in _CROWD_CONTROL:
        return None
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    sent += [k for c in sent for k in c.children if k.dep_ == "conj"]
    if not any(o.lemma_.lower() in _DEPLOYED or o.lower_ in _DEPLOYED for o in sent):
        return None
    if any(t.lemma_.lower() in _HELP_PURPOSE or t.lower_ in _HELP_PURPOSE for t in trigger.sent):
        return None
    return verb


def phrase_type(event: str, trigger: Token) -> tuple[str, tuple[str, ...]] | None:
    """A type the verb's phrase fixes whatever the bare verb suggests: "received/was given 14 years" is a
    sentence (SANCTION), "designated the group a terrorist organisation" a sanction, "was received at the airport by the minister" hosting a visit (CONSULT), "held talks"/"discussed" in the
    simple past are talks that took place (CONSULT, not AGREE), "were charged with murder" a legal accusation
    (ACCUSE) and "set on fire" an act of destruction (ASSAULT destroy; a crowd's arson stays a riot). None keeps
    the classifier's type."""
    if event == "ASSAULT" and labour_strike(trigger):
        return "PROTEST", ("strike",)  # (round C12) "the CGT said the strike had 90% adherence"
    if event in ("CONCEDE", "RETREAT", "AGREE", "SUPPORT") and is_prolonged_restriction(trigger):
        return "COERCE", ("restrict",)  # (round C33) "will extend the current nightly curfew": no lifting
    if event in ("RETREAT", "CONCEDE", "AGREE", "CONSULT", "COOPERATE") and _pushed_for(trigger):
        return "REQUEST", ()  # (round C33) "The UN is pushing hard for a humanitarian ceasefire"
    if event in ("ACCUSE", "COERCE") and physical_charge(trigger):
        police = any(t.lemma_.lower() in _POLICE_WORDS | {"soldier", "troop", "army", "force"}
                     for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree)
        return "ASSAULT", ("crowd-control",) if police else ("beat",)  # (round C33) "charged at protesters"
    if event == "RETREAT" and _captives_swapped(trigger):
        # (round L7) "swapped 150 detainees", "exchanged prisoners of war": a prisoner swap frees captives
        return "RETREAT", ("release",)
    if event != "SUPPORT" and _pledged_allegiance(trigger):
        # (round C7b) "swore allegiance to the new leader of Islamic State": a pledge of loyalty (ACLED: change to
        # group/activity), no accusation read into "allegiance"
        return "SUPPORT", ()
    if event == "ASSAULT" and _cyber_attack(trigger):
        return "COERCE", ("cyber",)  # (round C12b) PLOVER files cyber attacks under COERCE
    if event in ("AGREE", "CONSULT", "SUPPORT", "MOBILIZE") and _joint_drill_held(trigger):
        return "COOPERATE", ()  # (round C19) "will hold joint naval drills with the Philippines"
    if trigger.pos_ != "VERB":
        return None
    lem = trigger.lemma_.lower()
    objs = _objects(trigger)
    if court_sentence(trigger):
        return "SANCTION", ("convict",)  # (lead, session 9) one sentence event, whatever the verb
    if event != "SANCTION" and _post_closed(lem, trigger):
        return "SANCTION", ()
    if event != "ASSAULT" and lem == "return" and any(o.lower_ == "fire" for o in objs if o.dep_ == "dobj"):
        return "ASSAULT", ()  # (round C12b) "the army returned fire": shooting back, nothing handed back
    if event != "COERCE" and lem == "lock" and any(c.dep_ == "prt" and c.lower_ == "out" for c in trigger.children):
        return "COERCE", ()  # (round C12b) "would lock out 3,000 workers": an employer's lockout, no refusal
    if event in ("COERCE", "MOBILIZE", "ASSAULT") and lem in _STAGE_VERBS and \
            any(o.lemma_.lower() in _RALLIES for o in objs if o.dep_ == "dobj"):
        return "PROTEST", ("demo",)  # (round C12b) "held a rally outside the gate": the light verb of the rally
    if lem in _TERM_VERBS and event != "SANCTION" and any(_is_term(o) for o in objs) and \
            not deadline_to_leave(trigger):  # (round C28) days given to an envoy to leave are no prison term
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
        if guests and all((g.pos_ == "PROPN" and g.text[:1].isupper()) or g.lemma_.lower() in VISITORS
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
    if event in ("CONCEDE", "AGREE", "SUPPORT", "REJECT", "SANCTION", "MOBILIZE") and lem in _ORDER_VERBS and any(
            o.lemma_.lower() in _CLOSURES and any(
                p.lemma_.lower() in _CLOSED_PASSAGE for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj") for o in objs):
        return "COERCE", ("restrict",)
    if event in ("AGREE", "AID", "SUPPORT", "COOPERATE", "CONCEDE") and forces_sent(trigger):
        police = any(o.lemma_.lower() in _POLICE_WORDS for o in trigger.children if o.dep_ in ("dobj", "nsubjpass"))
        return "MOBILIZE", ("police",) if police else ("troops",)
    if event == "ASSAULT" and lem in _DEPLOY_VERBS:
        # "companies of the Central Reserve Police Force had been deployed": a deployment, no attack
        who = [t for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree]
        return "MOBILIZE", ("police",) if any(t.lemma_.lower() in _POLICE_WORDS or t.lower_ == "police"
                                              for t in who) else ("troops",)
    if lem == "recapture" and event != "COERCE" and any(
            o.lemma_.lower() in _CAPTIVES for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
            for o in c.subtree):
        return "COERCE", ("arrest",)  # (round C12) "23 of the escaped inmates had been recaptured"
    if event in ("COERCE", "SANCTION", "REJECT") and lem in ("close", "shut") and \
            any(o.lemma_.lower() in _SHOPS for o in objs if o.dep_ == "dobj") and \
            not any(c.dep_ == "nsubj" and c.lemma_.lower() in _AUTHORITIES for c in trigger.children):
        return "PROTEST", ("strike",)  # (round C12) "hundreds of traders closed their shops and marched"
    if event == "SANCTION" and lem in ("withdraw", "leave", "pull") and not any(c.dep_ == "dobj" for c in
                                                                              trigger.children) and \
            any(c.dep_ == "nsubj" and c.lemma_.lower() in _MISSIONS for c in trigger.children):
        return "RETREAT", ("withdraw",)  # (round C12) "the UN peacekeeping mission withdrew at the end of 2023"
    if event in ("COERCE", "RETREAT", "CONCEDE", "MOBILIZE") and expelled_party(trigger) is not None:
        return "ASSAULT", ()  # "It was driven out of Mogadishu in 2011": a defeat in fighting, no coercion
    # (round K7) phrases whose verb fixes the act whatever the classifier's reading of the rest of the sentence
    if lem in _RETALIATE_VERBS and event in ("THREATEN", "REJECT", "ACCUSE", "MOBILIZE") and \
            any(p.lemma_.lower() in _WEAPON_NOUNS for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"):
        return "ASSAULT", ()  # "Pakistan retaliated with artillery and drones": force used, not threatened
    if lem == "refuse" and event in ("REJECT", "THREATEN") and \
            any(o.lemma_.lower() in _FOOD for o in objs if o.dep_ == "dobj"):
        return "PROTEST", ("hunger",)  # "he is still refusing food": a hunger strike
    if lem == "support" and event in ("SUPPORT", "COOPERATE") and \
            any(o.lemma_.lower() in _RELIEF or any(m.lemma_.lower() in _RELIEF for m in o.children)
                for o in objs if o.dep_ == "dobj"):
        return "AID", ()  # "released $5 million to support relief work"
    if lem in _CAPTURE_VERBS and event == "ASSAULT" and any(
            o.dep_ == "dobj" and any(t.lower_ in ("suspected", "suspect", "suspects", "wanted") for t in o.subtree)
            for o in objs):
        return "COERCE", ("arrest",)  # "the army captured two ELN members suspected of taking part": an arrest
    if lem == "blame" and event not in ("ACCUSE", "THREATEN") and objs:
        return "ACCUSE", ("allege",)  # "Denmark blamed a pro-Russian hacker group for cyber attacks"
    if lem in ("summon", "call") and event in ("REQUEST", "CONSULT") and \
            any(_is_envoy(o) for o in objs if o.dep_ == "dobj") and \
            (lem == "summon" or any(c.dep_ == "prt" and c.lower_ == "in" for c in trigger.children)):
        return "ACCUSE", ("disapprove",)  # "summoned Russia's ambassador": an official protest
    if lem == "disarm" and event in ("CONCEDE", "RETREAT", "AGREE", "REJECT", "SUPPORT") and \
            any(o.lemma_.lower() in _ARMED_PARTIES for o in objs if o.dep_ == "dobj"):
        return "COERCE", ("seize",)  # "the government would disarm civilians": weapons taken from others
    if event == "ACCUSE" and lem in _COOPERATE_VERBS:
        # (round C7c) "would cooperate fully with the congressional inquiry": the inquiry is what is helped, no
        # accusation by the speaker; promised help is an agreement (CAMEO 03), help given cooperation
        promised = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in trigger.children)
        return ("AGREE", ()) if promised else ("COOPERATE", ())
    if event in ("REQUEST", "AGREE", "SUPPORT", "CONCEDE") and (shut := closure_ordered(trigger)) is not None:
        return "COERCE", (shut,)  # (round C27) "ordered all universities closed": no request, a restriction
    if lem == "give" and event != "SANCTION" and deadline_to_leave(trigger):
        return "SANCTION", ("expel",)  # (round C27) "gave the French envoy 72 hours to leave": no aid given
    if lem in COMMAND_VERBS and event in ("REQUEST", "AGREE", "SUPPORT", "CONCEDE", "SANCTION") and \
            ordered_out(trigger):
        # (round C7c) "ordered the French troops to leave the country": an expulsion (CAMEO 1663), no request
        return "SANCTION", ("expel",)
    if lem in COMMAND_VERBS and event in ("REQUEST", "AGREE", "SUPPORT", "CONCEDE"):
        ordered = [o for o in objs if o.dep_ == "dobj"]
        ordered += [cj for o in ordered for cj in o.conjuncts]
        acts = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _FORCE_ACTS]
        acts += [c for o in ordered for c in o.children if c.dep_ in ("acl", "relcl") and
                 c.lemma_.lower() in _FORCE_ACTS]
        # (a parse may hang "... and the military to intensify operations" elsewhere: "<forces> to <act>" in the
        # command's own words)
        told = [t for t in trigger.subtree if t.lemma_.lower() in _FORCE_ACTS and t.i >= 2 and
                t.nbor(-1).lower_ == "to" and t.nbor(-2).lemma_.lower() in _FORCE_NOUNS]
        if told and not (acts and any(o.lemma_.lower() in _FORCE_NOUNS for o in ordered)):
            acts, ordered = told, [t.nbor(-2) for t in told]
        if acts and any(o.lemma_.lower() in _FORCE_NOUNS for o in ordered):
            # "ordered the army to deploy to the area", "ordered ... the military to intensify operations": the
            # forces are set in motion by their own government
            return "MOBILIZE", ("police",) if any(o.lemma_.lower() in _POLICE_WORDS or o.lower_ == "police"
                                                  for o in ordered) else ("troops",)
    if lem == "set" and event not in ("ASSAULT", "PROTEST") and (
            any(c.lower_ in ("ablaze", "alight") for c in trigger.children) or
            any(p.lower_ == "fire" for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on"
                for p in c.children)):
        return "ASSAULT", ("destroy",)
    return None
