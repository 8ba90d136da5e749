"""Non-event readings of cue words: a trigger the classifier took for an event, but which the sentence uses for
something else (issue 3, "non-events stay non-events").

Each rule is a small pure function of the trigger token and its parse; `non_event_reason` returns the first
reason that applies (a short string for logs and tests) or None to keep the event. The families, found on whole
stories (story review V4) and checked against contrast sentences with the same word used for a real event:

- a cue word inside a proper name ("United Kingdom Maritime Trade Operations agency", "Rapid Support Forces");
- media, statements, reports and figures released, published or shared ("released a video" is no RETREAT
  'release', "released 20 prisoners" is);
- give/help/provide idioms ("did not give a toll", "helped bring X to power"; "gave food aid" is AID);
- procedural police and court language (responders "called to the scene", names "withheld", a hearing
  "adjourned", work "suspended for the day");
- an occurrence verb standing in for its subject ("The attack happened at 7 a.m.": the subject is the event,
  already coded where it is reported);
- habitual, generic and trend descriptions ("fighters operate from sanctuaries", "attacks have risen
  sharply", "knife crime is a growing problem");
- a deployment cue used as a plain place ("near the main gate of the base": no MOBILIZE);
- a party named by its relation ("France and its Western partners": no COOPERATE);
- an audience, a sports fixture or a firm's trade deal ("drew a crowd of 40,000", "a Six Nations clash", "the
  carmaker struck a deal to supply batteries").

The rules read only the dependency parse and tags (the default pipeline runs without named entities)."""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Token

from newsevents.coding.lexicon import Lexicon, load_lexicon
from newsevents.nlp import doc_text, doc_tokens
from newsevents.taxonomy import PLOVER_TYPES

# ---------------------------------------------------------------- word lists (why: each is the closed set of
# heads that turns the cue into a non-event reading; open-ended lists would swallow real events)

# things that are released, published, shared or given out as information, not persons, territory or goods
_MEDIA = frozenset({
    "video", "statement", "report", "footage", "photo", "photograph", "image", "picture", "recording", "audio",
    "tape", "clip", "figure", "data", "statistic", "number", "name", "identity", "detail", "result", "list",
    "transcript", "document", "file", "finding", "study", "survey", "poll", "album", "song", "film", "movie",
    "book", "communique", "communiqué", "bulletin", "notice", "advisory", "guideline", "map", "message", "post",
    "tweet", "manifesto", "memo", "trailer", "schedule", "timeline", "estimate", "toll", "update", "information",
    "photos", "videos", "analysis", "assessment", "review", "readout", "version", "text", "draft", "sketch",
    "portrait", "description", "breakdown", "tally", "count",
})
# what one shares in a post is media; "shared intelligence/information/data" with a government is COOPERATE
_SHARED_MEDIA = frozenset({
    "video", "photo", "photograph", "image", "picture", "footage", "clip", "post", "story", "thought", "view",
    "concern", "message", "tweet", "link", "recording", "screenshot", "selfie", "meme",
})
_RELEASE_VERBS = frozenset({"release", "publish", "post", "air", "broadcast", "unveil", "circulate", "leak"})
# a statement, a figure or an idiom given, provided or offered: no AID or AGREE. Artefacts are left out:
# photographs or intelligence provided to an army are AID (as the PLOVER gold codes them)
_GIVEN_WORDS = frozenset({
    "statement", "figure", "number", "name", "identity", "detail", "result", "toll", "update", "estimate",
    "breakdown", "tally", "count", "description", "timeline", "schedule", "version", "analysis", "assessment",
    "reason", "explanation", "date", "comment", "indication", "account", "speech", "interview", "conference",
    "briefing", "answer", "way", "rise", "birth", "chase", "priority", "thought", "consideration",
    "impression", "signal", "hint", "lecture", "talk", "address", "sermon", "performance", "concert",
    "testimony", "evidence", "example", "opinion", "view", "insight", "clue", "glimpse", "overview",
    "response", "reply", "interpretation", "sense", "idea", "location", "motive", "whereabouts", "source",
})
_GIVE_VERBS = frozenset({"give", "provide", "offer"})
# "help" + one of these verbs is causation ("helped bring X to power", "helped fuel the unrest"), not assistance
_CAUSAL = frozenset({
    "bring", "fuel", "spark", "shape", "explain", "drive", "push", "make", "create", "cause", "trigger", "boost",
    "raise", "lower", "reduce", "increase", "win", "ensure", "stoke", "pave", "set",
    "turn", "spur", "prompt", "lead", "propel", "cement", "define", "inspire", "form", "elect", "topple",
    "oust", "defeat", "legitimize", "legitimise", "entrench", "consolidate", "deepen", "widen", "popularize",
    "popularise", "determine", "influence", "swing", "sway",
})  # (not "fund", "keep", "secure", "end": "helped fund the militia", "helped keep the peace" may be support)
# "served as minister", "served a sentence": no AID
_SERVED = frozenset({"sentence", "term", "time", "notice", "warrant", "subpoena", "summons", "purpose"})
# things received that are no aid between parties
# (calls, letters and invitations received may be a CONSULT, so they are not listed)
_RECEIVED = frozenset({"award", "prize", "degree", "vote", "treatment", "complaint", "sentence", "honour", "honor",
                       "medal", "diploma", "scholarship", "nomination"})
# responders summoned to a scene (911 calls), as opposed to troops called up or in
_RESPONDERS = frozenset({
    "police", "deputy", "officer", "firefighter", "paramedic", "ambulance", "911", "emergency", "service",
    "trooper", "medic", "fire", "department", "crew", "responder", "authority", "patrol", "squad", "team",
})
_WITHHELD = frozenset({"name", "identity", "identities", "detail", "comment", "information", "age"})
# proceedings and activities that are adjourned, postponed or suspended: procedure, not a sanction
_PROCEEDINGS = frozenset({
    "hearing", "trial", "session", "proceeding", "proceedings", "sitting", "case", "inquest", "deliberation",
    "court", "work", "construction", "production", "trading", "play", "match", "game", "class", "classes",
    "lesson", "exam", "debate", "drilling", "filming", "shift",
})
# bodies and case files handed over, victims taken to hospital, cases registered: police routine
_HANDED = frozenset({"body", "bodies", "remains", "corpse", "case", "investigation", "probe", "file", "document",
                     "memorandum", "petition", "letter", "cheque", "check", "charge", "report", "evidence"})
_CARRY = frozenset({"send", "take", "rush", "shift", "move", "admit", "refer", "airlift", "fly", "carry",
                    "transport", "bring", "drive"})
_MEDICAL = frozenset({"hospital", "clinic", "morgue", "mortuary", "dispensary", "infirmary", "treatment",
                      "autopsy", "post-mortem", "postmortem", "examination", "trauma", "ward", "icu"})
_FILED = frozenset({"fir", "complaint", "case", "report", "petition", "appeal", "chargesheet", "suit"})
_FILE_VERBS = frozenset({"lodge", "register", "file", "record", "book"})
_PAUSE_VERBS = frozenset({"suspend", "halt", "adjourn", "postpone", "pause", "delay", "defer", "resume"})
_OCCURRENCE = frozenset({"happen", "occur", "unfold", "transpire", "befall"})
# trend verbs: "attacks have risen sharply" describes a rate, not an event
_TREND = frozenset({
    "rise", "increase", "decrease", "decline", "fall", "drop", "surge", "soar", "double", "triple", "grow",
    "mount", "plunge", "dip", "spike", "climb", "jump", "multiply", "subside", "abate",
})
# "protests spread to ten cities" is an event; "with attacks spreading south" (an absolute clause) a trend
_SPREAD = frozenset({"spread", "expand", "proliferate"})
# the acts whose counts or rates are described; weapons ("drones dropped canisters") and casualties ("deaths rose
# to 50": a count of a named event) are not among them
_ACTS = frozenset({
    "attack", "bombing", "killing", "clash", "abduction", "kidnapping", "strike", "airstrike", "raid", "arrest",
    "protest", "incident", "shooting", "assault", "violence", "fighting", "unrest", "demonstration", "riot",
    "explosion", "blast", "ambush", "hostility", "skirmish", "crime", "rally", "detention", "execution", "murder",
    "massacre", "lynching", "insurgency", "infiltration", "incursion", "encounter", "hijacking", "piracy",
    "robbery", "looting", "arson", "shelling", "rocket", "landmine", "terrorism", "militancy", "insecurity",
})
# (round C10) kinds of act an opinion piece generalises about ("boycotts are a blunt instrument"); kept apart from
# _ACTS, whose ended-act reading ("the blockade ended") these do not share
_GENERIC_ACTS = _ACTS | frozenset({"boycott", "blockade", "sanction", "coup", "walkout", "sit-in", "siege",
                                   "embargo", "hunger strike"})
# (round C10) adverbs that make a present-tense statement about a kind of act a generalisation ("blockades seldom
# work", "strikes rarely change policy")
_GENERALISING = frozenset({"rarely", "seldom", "never", "always", "sometimes", "often", "usually", "generally",
                           "typically", "invariably"})
# stative or descriptive verbs of an armed group ("fighters operate from sanctuaries")
_STATIVE = frozenset({"operate", "live", "hide", "base", "remain", "stay", "roam", "have", "be", "belong",
                      "exist", "reside", "shelter", "number", "include", "consist", "come", "originate",
                      "enjoy", "maintain", "rely", "depend", "thrive", "hail", "seek", "want", "need"})
_HABITAT = frozenset({"operate", "base", "hide", "roam", "shelter", "live"})
_BELIEVED = frozenset({"believe", "think", "know", "say", "report", "suspect", "understand"})
_PARTY = frozenset({"fighter", "militant", "gunman", "insurgent", "rebel", "terrorist", "jihadist", "attacker",
                    "bomber", "guerrilla", "militia", "militiaman", "extremist", "gunmen", "fighters", "jihadi"})
# a party named by its relation to another party: a participant, not an act of cooperation or support
# (negotiators and mediators are named by the act they carry out, so they are not listed)
_RELATION = frozenset({"partner", "ally", "supporter", "backer", "donor", "sponsor", "helper", "collaborator",
                       "follower", "loyalist"})
_PLACE_NOUNS = frozenset({"base", "station", "headquarters", "headquarter", "outpost"})
# static locatives; "to"/"into" are places only when nothing is moved or turned into a base there
_LOCATIVE = frozenset({"at", "in", "near", "outside", "inside", "from", "on", "off", "behind", "beside", "around",
                       "within", "across", "past", "by", "of"})
_DIRECTIONAL = frozenset({"to", "into", "toward", "towards"})
# "turned a hospital into their headquarters", "moved troops to the base": a base set up or reinforced
_CONVERT = frozenset({"turn", "convert", "transform", "make", "move", "deploy", "send", "dispatch", "transfer",
                      "relocate", "redeploy", "shift", "bring", "rush", "fly", "airlift", "return", "withdraw"})
_GENERIC_ADJ = frozenset({"common", "rare", "frequent", "routine", "widespread", "endemic", "commonplace",
                          "uncommon", "unusual", "usual", "typical", "prevalent", "rampant", "infrequent"})
_KIND_NOUNS = frozenset({"cause", "problem", "part", "feature", "fact", "concern", "issue", "risk", "threat",
                         "scourge", "reality", "norm", "tool", "tactic", "phenomenon", "challenge", "driver",
                         "hallmark", "symptom", "consequence", "occurrence",
                         # (round C10) opinion pieces judging a kind of act ("boycotts are a blunt instrument")
                         "instrument", "weapon", "strategy", "method", "means", "option", "answer", "solution",
                         "remedy", "lever"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "compound", "poss", "attr"})
# the military names operations; "Operation Sindoor" launched is an event, not a name hiding a cue
_OPERATION_NAMES = frozenset({"operation", "offensive", "exercise"})


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _is_title(t: Token) -> bool:
    return t.is_alpha and t.text[:1].isupper()


def _headline_case(doc: Doc) -> bool:
    """Most content words capitalised: a headline, where capitals mark no names."""
    words = [t for t in doc_tokens(doc) if t.is_alpha and len(t.text) > 2]
    return len(words) >= 3 and sum(_is_title(t) for t in words) / len(words) > 0.6


def _name_neighbour(t: Token) -> bool:
    doc = t.doc
    for k in (t.i - 1, t.i + 1):
        if 0 <= k < len(doc) and doc[k].pos_ == "PROPN" and _is_title(doc[k]):
            return True
    return False


def _of_a_name(t: Token) -> bool:
    """ "Bureau of Investigation", "Office for the Coordination of ...": a pobj of "of"/"for" under a name."""
    h = t.head
    return t.dep_ == "pobj" and h.lower_ in ("of", "for") and h.head.pos_ == "PROPN" and _is_title(h.head)


def in_proper_name(trigger: Token) -> str | None:
    """The cue is a capitalised word inside a multi-word name ("United Kingdom Maritime Trade Operations agency",
    "Rapid Support Forces", "Federal Bureau of Investigation")."""
    t = trigger
    if not _is_title(t) or _headline_case(t.doc):
        return None
    if t.i == 0 and t.pos_ != "PROPN":
        return None  # "Attacks on security forces ...": a capital that only starts the sentence
    if not (_name_neighbour(t) or _of_a_name(t)):
        return None
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if t.lower_ in _OPERATION_NAMES and (prev is None or not _is_title(prev)):
        return None  # "launched Operation Sindoor": the name of the act itself
    return "cue word inside a proper name"


def name_in_description(trigger: Token) -> str | None:
    """(round C9b, K8's stories) A conflict word inside a group's name that stands in a clause describing a noun
    ("held at a checkpoint run by the Sudan People's Liberation Movement-North"): the group named as whose the
    thing is, no act of its own. (A name in the sentence's own clause may still carry an act: "soldiers drove the
    Sudan People's Liberation Movement out of the town".)"""
    if in_proper_name(trigger) is None:
        return None
    cur = trigger
    for _ in range(12):
        if cur.dep_ in ("acl", "relcl") and cur.pos_ == "VERB" and cur.head.pos_ in ("NOUN", "PROPN"):
            return "a name in a clause describing a noun"
        if cur.dep_ == "agent" and cur.head.tag_ == "VBN" and \
                cur.head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "xcomp", "acl", "relcl"):
            return "a name in a clause describing a noun"  # ("a checkpoint run by X" parsed as a noun phrase)
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "advcl", "conj") and cur.pos_ == "VERB":
            return None
        cur = cur.head
    return None


def _next_noun(t: Token) -> Token | None:
    """The noun right after a verb, past determiners, adjectives and numbers (the small model sometimes parses
    "released figures showing ..." with the object as the subject of a clause, "called police" as oprd)."""
    doc = t.doc
    for k in range(t.i + 1, min(t.i + 5, len(doc))):
        w = doc[k]
        if w.pos_ in ("NOUN", "PROPN"):
            return w
        if w.pos_ not in ("DET", "ADJ", "NUM") and w.tag_ != "PRP$":
            return None
    return None


def _object(t: Token) -> Token | None:
    """What the verb acts on: its direct object, a passive subject, or the noun a participle modifies."""
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass", "oprd"):
            return c
    if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.tag_ == "VBN":
        return t.head
    return _next_noun(t) if t.pos_ == "VERB" else None


def _noun_object(t: Token) -> Token | None:
    """The object of a verb, or for a noun ("the release of the report", "a press release") its of-phrase or
    compound."""
    if t.pos_ == "VERB":
        return _object(t)
    for c in t.children:
        if c.dep_ == "compound":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _word_in(t: Token | None, words: frozenset[str]) -> bool:
    return t is not None and (_lemma(t) in words or t.lower_ in words)


def released_media(trigger: Token) -> str | None:
    """Media, statements, reports or figures released, published or shared ("released a video", "the figures
    released by the ministry", "a press release"), not persons, territory or goods."""
    lem = _lemma(trigger)
    if lem in _RELEASE_VERBS:
        obj = _noun_object(trigger)
        if _word_in(obj, _MEDIA) or (obj is not None and obj.lower_ == "press"):
            return "media or information released"
    if lem == "share" and _word_in(_object(trigger), _SHARED_MEDIA):
        return "media shared"
    return None


def _verb_complement(t: Token) -> Token | None:
    return next((c for c in t.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)


def give_help_idiom(trigger: Token) -> str | None:
    """Idioms of give/help/serve/receive that are no aid: "did not give a toll", "gave no details", "gave way",
    "helped bring X to power", "with the help of", "served as minister", "received an award"."""
    lem = _lemma(trigger)
    if lem in _GIVE_VERBS and _word_in(_object(trigger), _GIVEN_WORDS):
        return "statement or idiom given, no aid"
    if lem == "help":
        comp = _verb_complement(trigger)
        if comp is not None and _lemma(comp) in _CAUSAL:
            return "help as causation, no aid"
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "with":
            return "'with the help of': an instrument of another act"
    if lem == "serve":
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children) or \
                _word_in(_object(trigger), _SERVED):
            return "served as / served a term, no aid"
    if lem == "receive" and _word_in(_object(trigger), _RECEIVED):
        return "received a prize or treatment, no aid"
    return None


def _passive(t: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)


def _to_medical(v: Token) -> bool:
    """ "were sent to the district hospital", "was taken for a post-mortem examination"."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "into", "for"):
            if any(_word_in(g, _MEDICAL) for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def case_filed(trigger: Token) -> str | None:
    """ "An FIR was lodged", "Police registered a case": a record opened, no attack or arrest (the accusation it
    records is an ACCUSE, so the rule is kept to the material types)."""
    if _lemma(trigger) in _FILE_VERBS and _word_in(_object(trigger), _FILED):
        return "a case or complaint registered"
    return None


def accused_person(trigger: Token) -> str | None:
    """ "the three accused", "The accused was produced before a magistrate": a person named by legal status, no
    accusation ("accused the army of torture", "was accused of" stay)."""
    if trigger.lower_ != "accused" or trigger.i == 0:
        return None
    prev = trigger.doc[trigger.i - 1]
    if not (prev.lower_ in _DEFINITE or prev.like_num or prev.tag_ == "PRP$"):
        return None
    if any(c.dep_ in ("dobj", "agent") or (c.dep_ == "prep" and c.lower_ in ("of", "in")) for c in trigger.children):
        return None
    return "a person named by legal status"


# (round C35) a party described by what it is accused or suspected of ("imposed visa restrictions on officials
# accused of undermining the election", "arrested three men suspected of links to the group"): a reduced relative
# naming the party, no accusation made in the sentence
_DESCRIBED_ACCUSED = frozenset({"accuse", "suspect", "allege"})


def described_as_accused(trigger: Token) -> str | None:
    if _lemma(trigger) not in _DESCRIBED_ACCUSED or trigger.dep_ != "acl" or trigger.tag_ != "VBN" or \
            trigger.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "agent" for c in trigger.children):
        return None
    return "a party described by what it is accused of"


def summoned_or_carried(trigger: Token) -> str | None:
    """Responders called to a scene, the injured taken to hospital: verbs of no type the coder falls back on."""
    lem = _lemma(trigger)
    kids = list(trigger.children)
    if lem in _CARRY and _to_medical(trigger):
        return "victims taken to hospital"
    if lem == "call":
        if any(c.dep_ == "prt" for c in kids) or any(c.dep_ == "prep" and c.lower_ == "for" for c in kids):
            return None  # "called up reservists", "called in the army", "called for a strike"
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        to_place = any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)
        if _passive(trigger) and to_place and (subj is None or _word_in(subj, _RESPONDERS)):
            return "responders summoned to a scene"
        if not _passive(trigger) and _word_in(_object(trigger), _RESPONDERS):
            return "responders summoned to a scene"
    return None


def gone_missing(trigger: Token) -> str | None:
    """(round C21) "went missing", "has gone missing": a person's disappearance, no movement of forces (an abduction
    told beside it is the event)."""
    if trigger.lemma_.lower() == "go" and any(c.lower_ == "missing" for c in trigger.children):
        return "a person gone missing"
    return None


_CONFIRM_LEMMAS = frozenset({"confirm", "verify"})
_DEED_NOUNS = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "explosion", "killing", "killings",
                         "abduction", "kidnapping", "strike", "strikes", "raid", "shooting", "ambush", "arrest",
                         "arrests", "detention", "incident", "clash", "clashes", "assault", "massacre", "death",
                         "deaths", "toll", "casualties", "shelling", "airstrike", "airstrikes"})


def deed_confirmed(trigger: Token) -> str | None:
    """(round C22) "The state police commissioner confirmed the attack": confirming a deed that the story tells is a
    statement about it, no act of the speaker's (the deed is coded from its own mention)."""
    if trigger.lemma_.lower() not in _CONFIRM_LEMMAS or trigger.pos_ != "VERB":
        return None
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "ccomp")]
    if any(o.dep_ == "dobj" and o.lemma_.lower() in _DEED_NOUNS | {n.rstrip("s") for n in _DEED_NOUNS}
           for o in objs):
        return "a deed confirmed by a speaker"
    return None


# (round C23) words that spread a tally over places or manners ("informers were killed mostly in rural areas")
_SPREADING = frozenset({"mostly", "mainly", "largely", "chiefly", "predominantly", "primarily", "generally",
                        "usually", "typically"})
_SHARE_WORDS = frozenset({"most", "majority", "bulk", "many"})


def tally_restated(trigger: Token) -> str | None:
    """(round C23) "According to Home Ministry statistics, informers were killed mostly in rural areas", "most of the
    farmers were killed in their fields": a passive harm verb whose toll is spread over places or shared out ("mostly",
    "most of the ...") with no count of its own restates a tally told before; it is no new event."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in trigger.children) or \
            any(t.like_num for t in trigger.subtree):
        return None
    # (after the verb: the toll spread over places; "were mostly killed in an ambush" tells one deed)
    spread = any(t.lower_ in _SPREADING and t.i > trigger.i and (
        t.head.i == trigger.i or t.head.head.i == trigger.i and t.head.dep_ == "prep") for t in trigger.subtree)
    shared = any(c.dep_ == "nsubjpass" and c.lower_ in _SHARE_WORDS and
                 any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in trigger.children)
    return "a tally restated by place or share" if spread or shared else None


def procedural(trigger: Token) -> str | None:
    """Police and court procedure read from a cue word: victims' names withheld, bodies or case files handed
    over, a hearing adjourned, work suspended for the day."""
    lem = _lemma(trigger)
    kids = list(trigger.children)
    if lem in ("withhold", "withheld") and _word_in(_object(trigger), _WITHHELD):
        return "names or details withheld"
    if lem == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in kids) and \
            _word_in(_object(trigger), _HANDED):
        return "bodies or case files handed over"
    if lem in _PAUSE_VERBS:
        obj = _object(trigger)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if _word_in(obj, _PROCEEDINGS) or (obj is None and _word_in(subj, _PROCEEDINGS)):
            return "proceedings or work paused"
    return None


def judged_quality(trigger: Token) -> str | None:
    """(round C33) "Critics say the government's response to the protests has been heavy-handed": a copula with an
    adjective judges what something was like or tells a state ("were present during the visit"); no party does
    anything by it (an accusation told so, "was responsible for the attack", is left to the ACCUSE readings)."""
    if _lemma(trigger) != "be" or trigger.pos_ not in ("AUX", "VERB"):
        return None
    if any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in trigger.children):
        return "a judgement of a quality, no deed"  # (or a state: "were present", "will be available")
    return None


def occurrence_verb(trigger: Token) -> str | None:
    """ "The attack happened at about 7 a.m.", "The blast took place near ...": a verb of occurrence stood in for
    the trigger; the event is its subject, coded where the sentence or story reports it."""
    lem = _lemma(trigger)
    if lem in _OCCURRENCE:
        return "occurrence verb, the event is its subject"
    if lem == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in trigger.children):
        return "occurrence verb, the event is its subject"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and _lemma(trigger.head) in ("come", "follow") and \
            any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children) and \
            any(_lemma(c) in ("after", "amid", "day", "days", "week", "hours", "as", "weeks")
                for c in trigger.head.subtree if c.i > trigger.head.i):
        # (round C9) "The strike came a day after fighters said ...": the story's act named again to date it
        return "an act named again to place it in time"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and _lemma(trigger.head) == "follow" and \
            any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children) and \
            any(c.dep_ == "dobj" and _act_noun(c) for c in trigger.head.children):
        # (round C37) "The strikes followed a rocket attack on northern Israel": the same, the deed it followed is
        # an event of its own (frames.prior_attacks)
        return "an act named again to place it in time"
    return None


def _act_noun(t: Token) -> bool:
    """A noun naming a kind of act ("attacks", "bombings", "violence")."""
    return t.pos_ == "NOUN" and _lemma(t) in _ACTS


def _kind_of_act(t: Token) -> bool:
    """A noun naming a kind of act, also when the parser takes a capitalised opening plural for a name
    ("Boycotts are a blunt instrument")."""
    if t.pos_ == "NOUN":
        return _lemma(t) in _GENERIC_ACTS
    return t.pos_ == "PROPN" and t.i == t.sent.start and t.lower_.endswith("s") and \
        t.lower_[:-1] in _GENERIC_ACTS


def _simple_present(v: Token) -> bool:
    return v.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def _present_passive(v: Token) -> bool:
    """The simple present passive: "is hit", "are backed by" (one auxiliary, a present "be")."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    return v.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def _present_have(v: Token) -> bool:
    """A present "has/have" among the verb's auxiliaries: the present perfect."""
    return any(c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in ("VBZ", "VBP") for c in v.children)


# (round C8) adverbs of frequency: a simple-present act done "regularly" describes a place or party, no event
# ("the city is hit regularly by Russian missiles"). "Repeatedly" is left out: "has been hit repeatedly this week"
# aggregates real events, and it is common in present-tense headlines of one day's strikes
_FREQUENCY = frozenset({"regularly", "frequently", "often", "routinely", "habitually", "usually", "typically",
                        "commonly", "constantly", "daily", "nightly"})


_PERIODS = frozenset({"day", "week", "month", "year", "quarter", "morning", "evening", "night", "friday", "sunday",
                      "monday", "tuesday", "wednesday", "thursday", "saturday"})


def _every_period(v: Token) -> bool:
    """(round C12b) "meets every three months", "every Friday": a recurring period."""
    # (the parser may hang "every three months" as an object)
    return any(c.dep_ in ("npadvmod", "advmod", "tmod", "dobj") and _word_in(c, _PERIODS) and
               any(d.lower_ in ("every", "each") for d in c.children) for c in v.children)


def _habitual(v: Token) -> bool:
    """A verb in the simple present, active ("missiles often hit the town") or passive ("is hit regularly"),
    with an adverb of frequency. Perfect and past forms stay events."""
    if not any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY for c in v.children) and not _every_period(v):
        return False
    return _simple_present(v) or _present_passive(v)


def _characterised(v: Token) -> bool:
    """A present-tense copula that characterises a kind ("Knife crime is a growing problem", "attacks are
    common"), not one that reports an act under way ("clashes are under way", "fighting is heavy")."""
    # (round C10) "have become a common tactic" characterises the kind as "are" does
    become = _lemma(v) == "become" and (v.tag_ in ("VBZ", "VBP") or v.tag_ == "VBN" and _present_have(v))
    if not become and (_lemma(v) != "be" or v.tag_ not in ("VBZ", "VBP")):
        return False
    return any((c.dep_ == "acomp" and _lemma(c) in _GENERIC_ADJ) or (c.dep_ == "attr" and _lemma(c) in _KIND_NOUNS)
               for c in v.children)


def _specific(t: Token) -> bool:
    """ "the attack", "this violence", "Friday's attack": one event, not a kind of act."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in t.children)


def _to_number(v: Token) -> bool:
    """ "rose to 30", "jumped by 12": a count update of an event, not a trend description."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "by"):
            if any(g.like_num or any(n.like_num for n in g.children) for g in c.children):
                return True
    return False


def generic_description(trigger: Token) -> str | None:
    """Habitual, generic and trend statements: "attacks have risen sharply", "with attacks spreading south",
    "knife crime is a growing problem", "TTP fighters operate from sanctuaries". (An aggregate such as
    "has seen a series of attacks" stays an event: CAMEO-coded news codes such aggregates as material conflict.)"""
    t, h = trigger, trigger.head
    if _act_noun(t):
        if t.dep_ == "nsubj" and _lemma(h) in _TREND and not _to_number(h):
            return "a trend, not an event"
        trend = next((c for c in t.children if c.dep_ == "acl" and _lemma(c) in _TREND | _SPREAD), None)
        if trend is not None and not _to_number(trend):
            return "a trend, not an event"
    kind = _kind_of_act(t)
    if kind and t.dep_ == "nsubj" and _characterised(h) and not _specific(t):
        return "a generic statement about a kind of act"
    if kind and t.dep_ == "nsubj" and t.lower_.endswith("s") and not _specific(t) and _simple_present(h) and \
            any(c.dep_ in ("advmod", "neg") and c.lower_ in _GENERALISING for c in h.children):
        return "a generic statement about a kind of act"  # (round C10) "blockades seldom work"
    if t.pos_ == "VERB" and _lemma(t) in _HABITAT and _simple_present(t) and \
            any(c.dep_ == "nsubj" and (_lemma(c) in _PARTY or c.lower_ in _PARTY) for c in t.children):
        return "a standing description of a party"
    if t.pos_ == "VERB" and _habitual(t):
        return "a habitual description"
    if t.dep_ in ("nsubj", "dobj") and t.pos_ in ("NOUN", "PROPN") and h.pos_ == "VERB" and _habitual(h):
        # (round C12b) "The committee meets every three months", "the rains usually slow military operations"
        return "a habitual description"
    if _lemma(t) in _PARTY or t.lower_ in _PARTY:
        if t.dep_ == "nsubj" and h.pos_ in ("VERB", "AUX") and _lemma(h) in _STATIVE and \
                (_simple_present(h) or _lemma(h) in _HABITAT):
            return "a standing description of a party"
        # "The militants are believed to operate from bases in the forest"
        if t.dep_ == "nsubjpass" and _lemma(h) in _BELIEVED and \
                any(c.dep_ == "xcomp" and _lemma(c) in _HABITAT for c in h.children):
            return "a standing description of a party"
    return None


def place_noun(trigger: Token) -> str | None:
    """A deployment cue used as a plain place: "near the main gate of the base", "called to the Marathon
    station" (MOBILIZE stems 'base', 'station', 'headquarters'); "opened a new base", "turned a hospital into
    their headquarters" stay."""
    if trigger.pos_ not in ("NOUN", "PROPN") or _lemma(trigger) not in _PLACE_NOUNS:
        return None
    if trigger.dep_ != "pobj":
        return None  # "the army seized two pumping stations": the object of an act stays
    prep = trigger.head
    if prep.lower_ in _LOCATIVE:
        return "a place, not a deployment"
    if prep.lower_ in _DIRECTIONAL and _lemma(prep.head) not in _CONVERT:
        return "a place, not a deployment"
    return None


def relation_party(trigger: Token) -> str | None:
    """ "France and its Western partners", "the president's supporters": a party named by its relation to
    another, no act of cooperation or support. ("The opposition" is left alone: "easing the restrictions on
    opposition parties is out of the question" is a REJECT whose only cue word is that name.)"""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _ROLE_DEPS and _lemma(trigger) in _RELATION:
        return "a party named by its relation"
    return None


# an audience drawn by a show or a match, not a crowd gathered to protest
_DRAW_VERBS = frozenset({"draw", "attract", "pull", "pack", "fill"})
_CROWD = frozenset({"crowd", "throng", "audience", "spectator", "fan"})
_NAME_MODS = frozenset({"compound", "amod", "nmod", "nummod", "poss"})
_AUDIENCE = frozenset({"fan", "spectator", "concertgoer", "viewer", "visitor", "tourist", "music-lover"})
# a sports fixture: a "clash" or "battle" named by its competition ("a Six Nations clash", "the cup final")
_FIXTURE = frozenset({"clash", "battle", "showdown", "match", "game", "fixture", "tie", "derby", "encounter", "bout",
                      "fight", "final", "semi-final", "quarter-final"})
_COMPETITION = frozenset({"league", "cup", "nations", "championship", "championships", "premier", "title", "olympic",
                          "olympics", "tournament", "series", "derby", "rugby", "football", "soccer", "cricket",
                          "tennis", "basketball", "hockey", "baseball", "grand", "slam", "wimbledon", "playoff",
                          "playoffs", "semi-final", "quarter-final", "group-stage", "knockout", "bundesliga", "serie",
                          "liga", "nba", "nfl", "fifa", "uefa", "heavyweight", "middleweight", "welterweight"})
# ordinary commerce between firms: a company's deal to buy or supply goods is no political agreement
_FIRM = frozenset({"company", "firm", "carmaker", "automaker", "airline", "manufacturer", "maker", "retailer",
                   "supplier", "producer", "startup", "corporation", "conglomerate", "insurer", "brand", "chain",
                   "bank", "lender", "miner", "giant", "group", "operator", "utility", "developer", "distributor",
                   "chipmaker", "drugmaker", "shipbuilder", "exporter", "importer", "business"})
_TRADE_VERBS = frozenset({"supply", "buy", "sell", "purchase", "acquire", "merge", "license", "licence", "distribute",
                          "produce", "manufacture", "build", "develop", "market", "deliver", "lease", "provide"})
_DEAL = frozenset({"deal", "agreement", "contract", "partnership", "pact", "accord", "memorandum", "alliance"})
_PUBLIC = frozenset({"state", "state-owned", "state-run", "national", "government", "public", "military", "defence",
                     "defense", "army"})
_STRUCK_IDIOM = frozenset({"bargain", "compromise", "balance", "chord", "tone", "note", "pose", "truce"})


def audience(trigger: Token) -> str | None:
    """ "The concert drew a crowd of 40,000 people", "a crowd of fans": an audience, not a protest crowd."""
    t = trigger
    if _lemma(t) not in _CROWD:
        return None
    if t.dep_ in ("dobj", "nsubjpass") and _lemma(t.head) in _DRAW_VERBS:
        return "an audience, not a protest"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(_lemma(g) in _AUDIENCE for g in c.children)
           for c in t.children):
        return "an audience, not a protest"
    return None


def _competition_named(noun: Token) -> bool:
    if _lemma(noun) not in _FIXTURE and noun.lower_ not in _FIXTURE:
        return False
    # (the word right before counts too: the parser may take "a Six Nations clash" for a verb)
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    mods = [c for c in noun.children if c.dep_ in _NAME_MODS]
    mods += [g for c in mods for g in c.children if g.dep_ in _NAME_MODS]
    return any(c.lower_ in _COMPETITION or _lemma(c) in _COMPETITION for c in mods) \
        or (before is not None and before.lower_ in _COMPETITION)


def sports_fixture(trigger: Token) -> str | None:
    """ "Ireland face France in a Six Nations clash", "the two sides meet in a Premier League clash": a match named
    by its competition, not a fight or a meeting."""
    if _competition_named(trigger):
        return "a sports fixture"
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "for")):
        if any(_competition_named(g) for g in prep.children if g.dep_ == "pobj"):
            return "a sports fixture"
    return None


# Dangers nobody wields: a warning of them is no threat
_HAZARDS = frozenset({"famine", "hunger", "starvation", "malnutrition", "disease", "cholera", "outbreak", "epidemic",
                      "pandemic", "flood", "flooding", "drought", "shortage", "shortages", "heatwave", "storm"})
_WARN = frozenset({"warn", "caution"})
_WATERS = frozenset({"water", "flood", "river", "dam", "rain", "monsoon"})


def hazard_warning(trigger: Token) -> str | None:
    """ "Aid agencies warned that famine could spread across Darfur", "warned of cholera": a warning of a danger
    nobody wields is no THREATEN (a warning that the speaker will act, "warned it would strike", stays one)."""
    if _lemma(trigger) not in _WARN:
        return None
    said = [c for c in trigger.children if c.dep_ == "ccomp"]
    subjects = [g for c in said for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    # (what is warned of may hang on another phrase of the verb: "warned Pakistan, through channels, of ...")
    warned_of = [g for p in trigger.subtree if p.dep_ == "prep" and p.lower_ in ("of", "about")
                 and (p.head.i == trigger.i or p.head.head.head.i == trigger.i)
                 for g in p.children if g.dep_ == "pobj"]
    heads = subjects or warned_of
    # (round C12) "warned Pakistan of high water releases from its dams": water let out of dams is a flood risk
    if heads and all(_lemma(h) in _HAZARDS or any(_lemma(c) in _WATERS for c in h.children) for h in heads):
        return "a warning of a danger, no threat"
    return None


# (round C30) what a warned-of outcome names when it is someone's act: a force or response to come, or a party
_ACT_WORDS = re.compile(r"\b(respon\w*|retaliat\w*|consequences?|reprisals?|revenge|price|action|measures?|force|"
                        r"war|attack\w*|strik\w*|retribution|punish\w*|sanction\w*|troops|forces|army|military|"
                        r"soldiers|police|militants?|rebels?|fighters|government|regime|enemy|enemies|arrest\w*|face)\b",
                        re.IGNORECASE)


_FORECASTERS = frozenset({"report", "study", "survey", "analyst", "economist", "expert", "researcher", "scientist",
                          "forecaster", "consultancy", "consultant", "poll", "review", "audit", "index", "paper"})


def risk_warning(trigger: Token) -> str | None:
    """ "Analysts warned that chip prices could rise", "the report warns that many firms may close", "Microsoft
    warned that the outage could last for days": a forecast of a risk whose subject is a thing, not the speaker or
    a party, and that names no force or response, is no THREATEN ("warned Greece that it would face a firm
    response", "warned that it would retaliate" stay threats)."""
    if _lemma(trigger) not in _WARN:
        return None
    speaker = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if speaker is not None and _lemma(speaker) in _FORECASTERS:
        return "a forecaster's warning, no threat"  # a report or analysts have no act of their own to threaten
    advice = [c for c in trigger.children if c.dep_ == "xcomp"]
    if advice and any(c.dep_ == "dobj" for c in trigger.children) and \
            not any(g.dep_ == "neg" for c in advice for g in c.children) and \
            not any(_ACT_WORDS.search(t.text) or t.lower_ in ("or", "otherwise") for c in advice for t in c.subtree):
        # "Microsoft warned PC users to update their systems"; a prohibition ("warned the contractor not to take up
        # the work") is the speaker's own demand backed by what it may do, and stays
        return "advice given, no threat"
    said = [c for c in trigger.children if c.dep_ == "ccomp"]
    subjects = [g for c in said for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(h.pos_ != "NOUN" for h in subjects):
        return None  # a pronoun or a name may be the speaker or the party warned, whose act it foretells
    told = " ".join(c.text for c in said for c in c.subtree)
    if _ACT_WORDS.search(told):
        return None
    return "a forecast of a risk, no threat"


def commercial_deal(trigger: Token) -> str | None:
    """ "The carmaker struck a deal to supply batteries to a rival": a firm's trade deal, not a political
    agreement (a government's deal to buy jets stays)."""
    deal = trigger if _lemma(trigger) in _DEAL else next(
        (c for c in trigger.children if c.dep_ == "dobj" and _lemma(c) in _DEAL), None)
    if deal is None:
        return None
    trade = [c for c in deal.subtree if c.pos_ == "VERB" and _lemma(c) in _TRADE_VERBS]
    if not trade:
        return None
    verb = deal.head if deal.dep_ in ("dobj", "nsubjpass") else trigger
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "xcomp":  # "the carmaker hopes to strike a deal"
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj or not all(_lemma(s) in _FIRM for s in subj):
        return None
    # a state firm, or a named partner (which may be a country: "signed an agreement with Iran"), stays
    if any(_lemma(m) in _PUBLIC for s in subj for m in s.subtree):
        return None
    partners = [g for h in (verb, deal) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    if any(g.pos_ == "PROPN" for g in partners):
        return None
    return "a commercial deal between firms"


def struck_deal(trigger: Token) -> str | None:
    """ "struck a deal", "strikes a balance": an idiom of agreement, no strike (the coder re-types it to AGREE,
    so it is no rule of `_RULES`)."""
    if _lemma(trigger) == "strike" and trigger.pos_ == "VERB" and any(
            c.dep_ == "dobj" and _lemma(c) in _DEAL | _STRUCK_IDIOM for c in trigger.children):
        return "an idiom of agreement, not a strike"
    return None


_WEAPON_PARTICIPLES = frozenset({"laden", "packed", "filled", "loaded", "rigged", "borne", "propelled", "guided",
                                 "made", "fitted", "mounted", "armed", "tipped", "launched", "fired", "dropped",
                                 "carrying", "wielding", "toting"})


def hyphen_chain(t: Token, alpha: bool = False) -> list[Token]:
    """The tokens of the hyphenated word `t` belongs to ("ride - hailing"), or [t]; with `alpha`, only pieces of
    letters are joined on (no "2-1" scores or "-" lists)."""
    doc = t.doc
    lo = hi = t.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and (not alpha or doc[lo - 2].is_alpha):
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and \
            not doc[hi + 1].whitespace_ and (not alpha or doc[hi + 2].is_alpha):
        hi += 2
    return [doc[k] for k in range(lo, hi + 1)]


# (round C7c) fields of work named after what they fight: "trained soldiers in counter-insurgency", "anti-terrorism
# laws"; a counter-attack or counter-offensive is still an act (its noun is no such field)
_COUNTERED_FIELDS = frozenset({"insurgency", "terrorism", "terror", "piracy", "extremism", "radicalisation",
                               "radicalization", "trafficking", "smuggling", "narcotics", "poaching", "insurgencies"})


def countered_field(trigger: Token) -> str | None:
    """A cue noun after "counter-" or "anti-" that names a field of work ("counter-insurgency"), no act."""
    if trigger.lower_ not in _COUNTERED_FIELDS or trigger.i < 2:
        return None
    dash, prefix = trigger.nbor(-1), trigger.nbor(-2)
    if dash.text == "-" and not dash.whitespace_ and not prefix.whitespace_ and prefix.lower_ in ("counter", "anti"):
        return "a counter-X field of work"
    return None


def hyphen_fragment(trigger: Token) -> str | None:
    """A cue word inside a hyphenated modifier that ends in a participle or adjective ("a ride-hailing firm",
    "a strike-hit port", "a fund-raising dinner"): a description of the noun, no act. Compounds that are nouns
    ("a car-bomb", "a counter-attack", "the cease-fire") stay."""
    chain = hyphen_chain(trigger)
    if len(chain) < 3:
        return None
    last = chain[-1]
    if last.tag_ not in ("VBG", "VBN", "JJ") and not last.lower_.endswith(("ing", "ed")):
        return None
    if last.lower_ in _WEAPON_PARTICIPLES:
        return None  # "explosive-laden drones", "rocket-propelled grenades": the weapon of an attack
    # the compound modifies a noun outside it
    ends = {tok.i for tok in chain}
    head = next((tok.head for tok in chain if tok.head.i not in ends), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.i > last.i and any(doc_tok.tag_ in ("CD", "DT", "PDT", "PRP$") or doc_tok.lower_ == "least"
                               for doc_tok in last.doc[last.i + 1:head.i]):
        # (round L7) "the gang gang-raped at least 10 women": a verb with its object (determiner or count
        # between), misparsed as a modifier; a modifier stands next to its noun ("a strike-hit port")
        return None
    return "a fragment of a hyphenated modifier"


# nouns of police equipment and units: "riot" on them names the kit, no riot ("Officers in riot gear", "riot police")
_KIT_NOUNS = frozenset({"police", "policeman", "policemen", "officer", "trooper", "gear", "shield", "helmet", "squad",
                        "unit", "van", "truck", "equipment", "control", "force", "cop", "uniform"})


def police_kit(trigger: Token) -> str | None:
    """ "Officers in riot gear", "riot police": 'riot' modifies police equipment or a police unit."""
    t = trigger
    if t.lower_ != "riot" or t.dep_ not in ("compound", "amod", "nmod") or _lemma(t.head) not in _KIT_NOUNS:
        return None
    return "police equipment or unit"


_DATE_BEFORE = frozenset({"in", "since", "until", "till", "by", "before", "after", "early", "late", "mid", "last",
                          "next", "this", "of", "from", "through", "during", "between", "and", "to"})


def month_name(trigger: Token) -> str | None:
    """ "Since March, fuel prices have doubled": the month, not a march (the lexicon's stem matches both)."""
    t = trigger
    if t.text != "March":
        return None
    prev = t.nbor(-1) if t.i > 0 else None
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if t.ent_type_ == "DATE" or (prev is not None and prev.lower_ in _DATE_BEFORE) or \
            (nxt is not None and nxt.like_num):
        return "a month name"
    return None


# words a reporter declines to give or do: "declined to give her full name", "refused to comment"
_UNSAID = frozenset({"comment", "elaborate", "speculate", "disclose", "identify", "name", "specify"})


def declined_to_say(trigger: Token) -> str | None:
    """ "declined to give her full name", "refused to comment": a source's reticence, no rejection."""
    if _lemma(trigger) not in ("decline", "refuse"):
        return None
    comp = _verb_complement(trigger)
    if comp is None:
        return None
    if _lemma(comp) in _UNSAID or (_lemma(comp) in _GIVE_VERBS and _word_in(_object(comp), _GIVEN_WORDS)):
        return "declined to comment or to give a name"
    return None


# (round C13) "judges who acquitted them would be complicit", "any officer who released the prisoners would be
# sacked": the act only defines a supposed doer whom a conditional judges or threatens; nobody did it. The doer is
# "any"/"every" someone, or a bare plural judged with a copula ("would be complicit"), so that "soldiers who
# attacked the village would be punished", where the attack happened, keeps its event.
_ANY_DOER = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
_CONDITIONAL_AUX = frozenset({"would", "could", "might", "should"})


def supposed_doer(trigger: Token) -> str | None:
    """An act in a relative clause that defines the subject of a conditional judgment: no event."""
    if trigger.dep_ != "relcl" or trigger.pos_ != "VERB":
        return None
    doer = trigger.head
    judged = doer.head
    if doer.dep_ not in ("nsubj", "nsubjpass") or \
            not any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_AUX for c in judged.children):
        return None
    dets = {c.lower_ for c in doer.children if c.dep_ in ("det", "poss", "nummod")}
    if doer.lower_ in _ANY_DOER or dets & {"any", "every"}:
        return "an act that defines a supposed doer"
    bare_plural = doer.tag_ == "NNS" and not dets
    judgment = _lemma(judged) == "be" and any(c.dep_ in ("acomp", "attr") for c in judged.children)
    return "an act that defines a supposed doer" if bare_plural and judgment else None


_MENTION_VERBS = frozenset({"mention", "specify", "cite", "detail", "disclose", "elaborate"})


# (round C31) "warned journalists against reporting on the attacks": an act that is the topic of reporting, writing
# or talking is told elsewhere (or not at all), no event of this sentence
_TOPIC_VERBS = frozenset({"report", "write", "comment", "speak", "talk", "post", "tweet", "blog", "publish",
                          "broadcast"})


def mentioned_only(trigger: Token) -> str | None:
    """ "It did not mention civilian casualties": an act named only as what a report does or does not mention; (round
    C31) or as the topic ("on", "about") of a verb of reporting or talking."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj") and _lemma(trigger.head) in _MENTION_VERBS:
        return "an act only named as the content of a report"
    prep = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and prep.lower_ in ("on", "about") and \
            prep.head.pos_ == "VERB" and _lemma(prep.head) in _TOPIC_VERBS:
        return "an act only named as the topic of reporting"
    return None


# days of mourning, holidays and observances: declared, but no restriction on anyone
_OBSERVANCE = frozenset({"mourning", "holiday", "remembrance", "prayer", "celebration", "thanksgiving"})


def declared_observance(trigger: Token) -> str | None:
    """ "Saturday was declared a day of mourning": an observance declared, no coercion."""
    if _lemma(trigger) != "declare":
        return None
    obj = _object(trigger)
    for t in ([obj] if obj is not None else []) + [c for c in trigger.children if c.dep_ in ("oprd", "attr", "dobj")]:
        words = {_lemma(w) for w in t.subtree} | {w.lower_ for w in t.subtree}
        if words & _OBSERVANCE:
            return "an observance declared, no coercion"
    return None


# deployments whose stated purpose is rescue or relief ("deployed troops and helicopters to rescue stranded
# villagers"): aid to people in a disaster, no mobilisation against anyone
_RELIEF_VERBS = frozenset({"rescue", "evacuate", "search", "distribute", "airlift"})
_RELIEF_NOUNS = frozenset({"rescue", "relief", "evacuation", "evacuations", "search"})
_DEPLOY = frozenset({"deploy", "send", "dispatch", "mobilize", "mobilise", "rush"})
_RESCUE_VERBS = frozenset({"rescue", "evacuate", "search"})  # (food distributed or airlifted may be aid of its own)
_HELP_VERBS = frozenset({"help", "assist"})


# (round C35) people held by captors: troops sent to rescue them are a security deployment against the captors
# (MOBILIZE), no relief
_CAPTIVES = frozenset({"kidnap", "kidnapped", "abduct", "abducted", "hostage", "hostages", "captive", "captives",
                       "abductee", "abductees", "kidnappers", "abductors", "captor", "captors"})


def _rescue_purpose(verb: Token) -> bool:
    """(round C35) A purpose verb of rescue ("to rescue people trapped by floods"), or of help to a rescue ("to help
    rescue people stranded on rooftops", where the small parser reads "rescue" as a noun)."""
    if _lemma(verb) in _RESCUE_VERBS:
        return True
    return _lemma(verb) in _HELP_VERBS and any(_lemma(g) in _RESCUE_VERBS for g in verb.subtree if g.i != verb.i)


# (round C36) a search of a place ("had been deployed to search the forest", "to search the bush") in a sentence that
# tells no disaster and no one in need is a security sweep (the deployment stays MOBILIZE); a search for survivors,
# the missing or bodies, or after a flood or quake, stays relief
_IN_NEED = frozenset({"survivor", "survivors", "victim", "victims", "body", "bodies", "missing", "trapped", "stranded",
                      "flood", "floods", "flooding", "quake", "earthquake", "landslide", "landslides", "rubble",
                      "debris", "wreckage", "cyclone", "hurricane", "typhoon", "storm", "wildfire", "disaster",
                      "collapse", "collapsed", "crash", "capsized", "shipwreck", "avalanche", "mudslide"})


def _place_swept(verb: Token) -> bool:
    """A search verb with a direct object (the place searched) in a sentence with no disaster or person in need."""
    return _lemma(verb) == "search" and any(c.dep_ == "dobj" for c in verb.children) and \
        not any(_word_in(t, _IN_NEED) for t in verb.sent)


def relief_deployment(trigger: Token) -> str | None:
    purpose = next((a for a in [trigger, *trigger.ancestors] if a.dep_ in ("xcomp", "advcl") and
                    _lemma(a.head) in _DEPLOY), None)
    if purpose is not None and _rescue_purpose(purpose):
        # (round C35) "Soldiers were deployed to rescue people trapped by floods", "... to help rescue people
        # stranded on rooftops and deliver food": the rescue and what goes with it are the deployment's purpose, no
        # aid event of its own (the deployment is coded, or not, on its own verb)
        return "a deployment for rescue or relief"
    if _lemma(trigger) not in _DEPLOY:
        return None
    for c in trigger.children:
        if c.dep_ in ("xcomp", "advcl") and _lemma(c) in _HELP_VERBS and _rescue_purpose(c):
            return "a deployment for rescue or relief"
        if c.dep_ in ("xcomp", "advcl") and _lemma(c) in _RELIEF_VERBS:
            if any(_word_in(t, _CAPTIVES) for t in c.subtree):
                return None  # (round C35) "deployed to rescue the kidnapped students": against the captors
            if _place_swept(c):
                return None  # (round C36) "deployed to search the forest": a security sweep
            return "a deployment for rescue or relief"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                _word_in(g, _RELIEF_NOUNS) or any(_word_in(x, _RELIEF_NOUNS) for x in g.children
                                                   if x.dep_ == "compound")
                for g in c.children if g.dep_ == "pobj"):
            return "a deployment for rescue or relief"
    return None


# a long campaign of violence named as the setting of a place or a government's task ("has been the scene of a
# decades-long insurgency", "has struggled to contain an insurgency"): background, no event of the story
_CAMPAIGNS = frozenset({"insurgency", "rebellion", "insurrection", "conflict", "war"})
_LASTING = frozenset({"decades-long", "years-long", "decade-long", "long-running", "protracted", "low-level",
                      "simmering", "festering", "long"})
_TASK_VERBS = frozenset({"contain", "end", "combat", "tackle", "defeat", "crush", "quell", "suppress"})


def campaign_background(trigger: Token) -> str | None:
    if _lemma(trigger) not in _CAMPAIGNS or trigger.pos_ != "NOUN":
        return None
    if any(c.dep_ == "amod" and (c.lower_ in _LASTING or c.lower_.endswith("-long")) for c in trigger.children):
        return "a long campaign named as background"
    if trigger.dep_ == "dobj" and _lemma(trigger.head) in _TASK_VERBS:
        return "a campaign named as a task, no event"
    return None


_LONG_SPANS = frozenset({"decade", "year"})


def lasting_activity(trigger: Token) -> str | None:
    """ "The cartel has been fighting for control of the region for more than a decade": a standing description
    of a party's activity over years, no event of the story (days or weeks of fighting are one)."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBG":
        return None
    if not any(c.lower_ == "been" for c in trigger.children):
        return None
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            if any(_lemma(g) in _LONG_SPANS for g in c.children if g.dep_ == "pobj"):
                return "an activity lasting years, background"
    return None


_PRESS = frozenset({"news", "press"})


def news_conference(trigger: Token) -> str | None:
    """ "Fajardo told a news conference in Quezon City": where a statement was made, no meeting."""
    if _lemma(trigger) in ("conference", "briefing") and any(c.lower_ in _PRESS for c in trigger.children
                                                               if c.dep_ in ("compound", "amod")):
        return "a news conference, no meeting"
    return None


# Round C6 (whole-story review 6)
_VICTIM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "die", "shoot"})
_VICTIM_PRONOUNS = frozenset({"those", "anyone", "ones", "all"})


def victims_named(trigger: Token) -> str | None:
    """ "The families of those killed in the raid plan to sue": a participle describing "those"/"anyone" names
    the victims of an act told elsewhere; it tells no act ("were among those killed" still says they were)."""
    if trigger.tag_ == "VBN" and _lemma(trigger) in _VICTIM_VERBS and trigger.dep_ in ("acl", "relcl") and \
            trigger.head.lower_ in _VICTIM_PRONOUNS and not (trigger.head.dep_ == "pobj" and
                                                             trigger.head.head.lower_ == "among"):
        return "the victims named by a participle, no act"
    return None


_STANCES = frozenset({"vision", "view", "concern", "goal", "value", "interest", "belief", "position",
                      "understanding", "commitment", "aim", "objective", "outlook", "desire", "hope", "worry"})


def shared_stance(trigger: Token) -> str | None:
    """ "The two countries share a vision of a free Indo-Pacific": holding the same view is a stance, no act of
    cooperation (sharing intelligence or a border post still is)."""
    if _lemma(trigger) == "share" and any(c.dep_ in ("dobj", "obj") and _lemma(c) in _STANCES
                                          for c in trigger.children):
        return "a shared stance, no act"
    return None


_TREATMENT = frozenset({"welcome", "reception", "trial", "hearing", "ovation", "treatment", "send-off", "honour",
                        "honor", "salute"})
_TREATMENT_VERBS = frozenset({"receive", "get", "give", "accord", "extend", "have"})


def treatment_received(trigger: Token) -> str | None:
    """ "She was given a ceremonial welcome", "the defendants had not received a fair trial": a manner of being
    treated, no act of aid, support or accusation (the noun or its verb is the cue)."""
    if _lemma(trigger) in _TREATMENT_VERBS and any(
            c.dep_ in ("dobj", "obj") and _lemma(c) in _TREATMENT for c in trigger.children):
        return "a treatment received, no act"
    if _lemma(trigger) in _TREATMENT and trigger.dep_ in ("dobj", "obj") and _lemma(trigger.head) in _TREATMENT_VERBS:
        return "a treatment received, no act"
    if trigger.dep_ in ("nsubj", "nsubjpass") and _lemma(trigger.head) in _TREATMENT_VERBS and any(
            c.dep_ in ("dobj", "obj") and _lemma(c) in _TREATMENT for c in trigger.head.children):
        return "a treatment received, no act"  # (the classifier's cue was the subject: "the defendants")
    return None


_HELD_VERBS = frozenset({"hold", "keep", "detain", "jail", "imprison", "confine"})


def ongoing_custody(trigger: Token) -> str | None:
    """ "He is being held in The Hague": custody that goes on (present progressive passive) is a state told as
    background; the arrest is the event ("was detained on Monday" stays one)."""
    if _lemma(trigger) not in _HELD_VERBS or trigger.tag_ != "VBN":
        return None
    kids = list(trigger.children)
    if any(c.lower_ == "being" and c.dep_ == "auxpass" for c in kids) and \
            any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in kids):
        return "custody that goes on, a state"
    return None


_CHARGES = frozenset({"charge", "accusation", "allegation", "claim", "wrongdoing", "involvement", "responsibility",
                      "report"})


def denied_charge(trigger: Token) -> str | None:
    """ "on charges including treason, which he denies": denying a charge is no act of force; the classifier
    fell back on the verb for lack of a cue."""
    if _lemma(trigger) != "deny":
        return None
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    if trigger.dep_ == "relcl":
        objs.append(trigger.head)
    if any(_lemma(o) in _CHARGES for o in objs) or \
            any(o.lower_ in ("which", "that") for o in objs) and trigger.dep_ == "relcl" and _charge_above(trigger):
        return "a charge denied, no act"
    return None


def _charge_above(tok: Token) -> bool:
    """A charge noun the relative clause hangs on, within two heads ("charges including treason, which ...")."""
    cur = tok.head
    for _ in range(3):
        if _lemma(cur) in _CHARGES:
            return True
        cur = cur.head
    return False


_SELF_FUNDING = frozenset({"finance", "fund", "sustain", "support"})


def standing_description(trigger: Token) -> str | None:
    """ "The ELN has about 6,000 fighters and finances itself through kidnapping": what a group is made of and how
    it lives, no event ("has" a strength; "finances itself through" a means)."""
    if _lemma(trigger) == "have" and any(c.dep_ in ("dobj", "obj") and _lemma(c) in
                                         ("fighter", "member", "troop", "soldier", "combatant")
                                         for c in trigger.children):
        return "a group's strength, no act"
    cur, hops = trigger, 0
    while cur.dep_ in ("pobj", "prep", "conj") and hops < 4:
        cur, hops = cur.head, hops + 1
        if _lemma(cur) in _SELF_FUNDING and any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves")
                                                for c in cur.children):
            return "how a group funds itself, background"
    return None


# (round C7) harm nobody is said to have suffered: "before anyone was hurt", "whether anybody was injured"
_ANYONE = frozenset({"anyone", "anybody"})
_HARMED = frozenset({"hurt", "injure", "wound", "harm", "kill"})


def averted_harm(trigger: Token) -> str | None:
    """ "police dispersed the mob before anyone was hurt", "it was unclear whether anybody was injured": harm
    whose only sufferer is "anyone" did not happen (or is not known to have); "No one was hurt" stays a negated
    ASSAULT, as the project flags it."""
    if _lemma(trigger) not in _HARMED and trigger.lower_ not in _HARMED:
        return None
    subjects = [c for c in trigger.children if c.dep_ in ("nsubjpass", "nsubj")]
    if subjects and all(s.lower_ in _ANYONE for s in subjects):
        return "harm to 'anyone' that did not happen"
    return None


# verbs that leave a warning unheeded: the warning is mentioned, nobody threatens anyone
_UNHEEDED = frozenset({"ignore", "disregard", "dismiss", "heed", "defy", "brush"})


def unheeded_warning(trigger: Token) -> str | None:
    """ "the police had ignored warnings that the route had changed": a warning that was (not) heeded is the
    background of an act, no THREATEN."""
    if _lemma(trigger) not in ("warning", "warn") or trigger.pos_ != "NOUN":
        return None
    if trigger.dep_ in ("dobj", "pobj", "nsubjpass") and _lemma(trigger.head) in _UNHEEDED:
        return "a warning ignored or heeded, no threat"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "despite":
        return "a warning ignored or heeded, no threat"
    return None


# "X mirrors fights elsewhere": a likeness drawn, no event (the parser often reads the verb as a noun)
_LIKENESS = frozenset({"mirror", "echo", "resemble", "recall", "evoke", "parallel"})
_LIKENESS_FORMS = frozenset({"mirrors", "mirrored", "echoes", "echoed", "resembles", "resembled", "recalls",
                             "evokes", "parallels"})


def likeness(trigger: Token) -> str | None:
    """ "The dispute mirrors fights in other cities", "the scenes echoed riots of 2011": the cue word names what
    something is compared with."""
    if trigger.dep_ in ("dobj", "attr") and _lemma(trigger.head) in _LIKENESS:
        return "a comparison, no event"
    prev = [t for t in trigger.doc[max(trigger.i - 3, 0):trigger.i] if t.pos_ not in ("DET", "ADJ", "NUM")]
    if prev and prev[-1].lower_ in _LIKENESS_FORMS and prev[-1].i == trigger.i - 1:
        return "a comparison, no event"
    return None


# vehicles whose routing is trade or travel, no aid or deal
_CRAFT = frozenset({"vessel", "ship", "tanker", "freighter", "cargo", "boat", "flight", "plane", "aircraft",
                    "truck", "container", "shipment", "carrier", "ferry"})
_ROUTE_PREPS = frozenset({"around", "via", "through", "round"})
_MOVE_BACK = frozenset({"return", "head", "sail", "go"})
_PLACE_WORDS = frozenset({"port", "base", "home", "harbour", "harbor", "shore", "dock", "airport", "station"})


def routing(trigger: Token) -> str | None:
    """ "forced shipping companies to send vessels around the Cape of Good Hope", "the boat had to return to
    Puerto Princesa": craft routed or sailing back to a place is travel, no aid or agreement ("return to talks",
    "send ships to deliver aid" stay events)."""
    lemma = _lemma(trigger)
    if lemma in ("send", "route", "reroute", "divert"):
        objs = [c for c in trigger.children if c.dep_ == "dobj"]
        preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
        if objs and all(_lemma(o) in _CRAFT for o in objs) and preps & _ROUTE_PREPS and "to" not in preps \
                and not any(c.dep_ in ("xcomp", "advcl") for c in trigger.children):
            return "craft routed, no aid"
    if lemma in _MOVE_BACK and trigger.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in trigger.children):
        goals = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"]
        if goals and all(g.pos_ == "PROPN" or _lemma(g) in _PLACE_WORDS for g in goals):
            return "a return to a place, no agreement"
        if any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod") for c in trigger.children):
            return "a return to a place, no agreement"
    return None


# (round C16) "sent his sincere sympathy to the Chinese government", "conveyed condolences", "sent a message of
# congratulations": words of sympathy or greeting sent are a comment (CAMEO 01, dropped by PLOVER), no aid handed
_SEND_WORDS = frozenset({"send", "convey", "extend", "offer", "pass", "transmit", "deliver"})
_SENTIMENTS = frozenset({"sympathy", "sympathies", "condolence", "condolences", "greeting", "greetings",
                         "congratulation", "congratulations", "wish", "wishes", "regard", "regards", "felicitation",
                         "felicitations", "thanks", "gratitude"})


def sentiment_sent(trigger: Token) -> str | None:
    """A sending verb whose object is words of sympathy or greeting, also as "a message/letter of X"."""
    if _lemma(trigger) not in _SEND_WORDS:
        return None
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    words = {_lemma(o) for o in objs} | {o.lower_ for o in objs}
    words |= {p.lower_ for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"}
    words |= {c.lower_ for o in objs for c in o.children if c.dep_ in ("amod", "compound")}
    return "words of sympathy sent, no aid" if objs and words & _SENTIMENTS else None


# Round C9 (whole-story review 7)
_RESPOND = frozenset({"respond", "reply", "answer"})
_ASKS = frozenset({"request", "call", "query", "inquiry", "enquiry", "message", "email", "question"})


def _asks_for_comment(noun: Token) -> bool:
    """ "requests for comment", "a request for comment about whether ...": a reporter's query."""
    return _lemma(noun) in _ASKS and any(c.dep_ == "prep" and c.lower_ == "for" and
                                         any(_lemma(g) == "comment" for g in c.children) for c in noun.children)


def comment_request(trigger: Token) -> str | None:
    """ "The ministry did not respond to requests for comment": the reporter's boilerplate, no request and no
    refusal (any cue word inside that clause, or its verb, is no event)."""
    cur = trigger
    for _ in range(5):
        if _asks_for_comment(cur):
            return "a reporter's request for comment"
        if _lemma(cur) in _RESPOND and any(_asks_for_comment(t) for t in cur.subtree):
            return "a reporter's request for comment"
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


_FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})


def announced_condition(trigger: Token) -> str | None:
    """ "This will not stop until the junta's access to fuel is cut off": the act in an "until" (or "once")
    clause of a negated or announced act is a condition, not an event ("fighting continued until the rebels
    withdrew" reports both)."""
    # (a noun there names what exists already: "until their demands are met" keeps the demands; round C17: but
    # the doer of a "once" clause is part of the condition, "would resume once security forces had secured it")
    marks = ("until", "till", "once") if trigger.pos_ == "VERB" else ("once",)
    if trigger.pos_ != "VERB" and not trigger.dep_.startswith("nsubj"):
        return None
    cur = trigger
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in cur.children):
            kids = [c for c in cur.head.children if c.dep_ in ("aux", "neg")]
            # (round C12: an announced act without negation too, "would continue the march until the prime
            # minister resigns")
            if any(c.lower_ in _FUTURE_AUX for c in kids):
                return "a condition of an announced act"
            return None
        cur = cur.head
    return None


# forces named only as the other side of something ("loses ground to resistance forces") or as what a
# government dissolves: no deployment
_FORCE_NOUNS = frozenset({"force", "forces", "troop", "troops", "militia", "militias", "unit", "units"})
_DISBAND = frozenset({"dissolve", "disband", "dismantle", "demobilize", "demobilise", "integrate", "merge",
                      "absorb", "abolish"})


def forces_named(trigger: Token) -> str | None:
    """A MOBILIZE reading that rests only on a force noun in a prepositional phrase ("losing ground to rebel
    forces") or the object of a disbanding verb ("moved to dissolve the special forces")."""
    if trigger.pos_ != "NOUN" or not _word_in(trigger, _FORCE_NOUNS):
        return None
    cur = trigger
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ not in ("of",):
        return "forces named as a side, no deployment"
    if cur.dep_ in ("dobj", "nsubjpass") and _lemma(cur.head) in _DISBAND:
        return "forces disbanded, no deployment"
    return None


def ongoing_course(trigger: Token) -> str | None:
    """ "We will continue to take action to protect navigation": a course said to go on, with no cue word of
    the cooperation the classifier saw (the act itself, when it is a cue, is the trigger instead)."""
    if _lemma(trigger) in ("continue", "keep") and any(c.dep_ == "xcomp" for c in trigger.children):
        return "a course said to go on, no act"
    return None


_EVACUEES = frozenset({"crew", "passenger", "resident", "civilian", "people", "villager", "family", "tourist",
                       "worker", "student", "patient", "staff", "child", "children", "diplomat", "citizen",
                       "national", "sailor", "seafarer", "survivor", "pilgrim", "inhabitant", "person"})


def people_evacuated(trigger: Token) -> str | None:
    """ "The crew were evacuated by a passing vessel": people taken to safety are rescued, nobody retreats
    ("troops evacuated the base" stays a withdrawal)."""
    if _lemma(trigger) != "evacuate" or trigger.pos_ != "VERB":
        return None
    people = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    # (round K7) the first object decides: "evacuated about 800,000 people ..., a measure credited with ..." has the
    # appended "measure" parsed as a second object
    if people and _word_in(people[0], _EVACUEES):
        return "people evacuated, a rescue"
    return None


# (round K7) "Firing had stopped by the morning", "The protest ended peacefully": an act said to have ended or
# died down is described, not done; the act itself is coded where the story tells it
_CEASE_VERBS = frozenset({"stop", "end", "cease", "subside", "abate", "ease", "halt", "die", "calm", "fizzle"})
_CEASED_ACTS = _ACTS | frozenset({"firing", "gunfire", "fire", "march", "sit-in", "hostilities", "standoff",
                                  "stand-off", "crisis", "tension", "tensions", "exchange", "battle"})


def act_ceased(trigger: Token) -> str | None:
    """An intransitive verb of ending whose subject is an act noun ("the protest ended peacefully"), or that
    subject itself ("Firing had stopped")."""
    if trigger.dep_ == "nsubj" and (_lemma(trigger) in _CEASED_ACTS or trigger.lower_ in _CEASED_ACTS) and \
            trigger.head.pos_ == "VERB":
        trigger = trigger.head
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _CEASE_VERBS or \
            any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return None
    subj = [c for c in trigger.children if c.dep_ == "nsubj"]
    if subj and all(_lemma(c) in _CEASED_ACTS or c.lower_ in _CEASED_ACTS for c in subj):
        return "an act said to have ended"
    return None


# (round K7) "brought him to hospital in handcuffs", "paraded in chains": restraints named as a manner of being
# moved, no arrest of their own (the arrest, if any, is told elsewhere)
_RESTRAINTS = frozenset({"handcuff", "handcuffs", "chain", "chains", "shackle", "shackles", "leg-irons", "cuffs"})


def restraint_manner(trigger: Token) -> str | None:
    """A restraint noun in an "in handcuffs" phrase."""
    if (_lemma(trigger) in _RESTRAINTS or trigger.lower_ in _RESTRAINTS) and trigger.dep_ == "pobj" and \
            trigger.head.lower_ == "in":
        return "restraints named as a manner"
    return None


# (round K7) "its hospital in Lankien had received 24 patients", "visit the injured in hospital": care of the
# wounded and visits to them are no aid given between parties and no meeting
_WOUNDED = frozenset({"patient", "wounded", "injured", "casualty", "victim", "survivor", "bereaved"})
_CARE_PLACES = frozenset({"hospital", "clinic", "ward", "centre", "center", "facility", "morgue"})


def wounded_cared_for(trigger: Token) -> str | None:
    """A hospital receiving or treating the wounded, or a visit to the wounded."""
    lem = _lemma(trigger)
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    if lem in ("receive", "admit", "treat") and any(_word_in(o, _WOUNDED) for o in objs) and \
            any(c.dep_ in ("nsubj",) and _word_in(c, _CARE_PLACES) for c in trigger.children):
        return "the wounded received in hospital"
    if lem == "visit" and any(_word_in(o, _WOUNDED) for o in objs):
        return "a visit to the wounded"
    return None


def force_majeure(trigger: Token) -> str | None:
    """(round C8, K8's stories) "The company lifted force majeure": a contract clause declared or lifted by a
    firm, no concession or retreat."""
    if any(w.lower_ == "majeure" for w in trigger.subtree) or \
            any(c.lower_ == "majeure" for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
        return "force majeure (a contract clause)"
    return None


_RANKING_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "deadliest", "worst",
                            "biggest", "largest", "bloodiest", "most"})


def ranked_remention(trigger: Token) -> str | None:
    """(round C9b, K8's stories) "It was the first police raid on a national newsroom since the 1990s", "This was
    the deadliest attack on the army this year": the event told before, ranked by a pronoun subject and a
    copula; no new event."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "attr" or _lemma(trigger.head) != "be":
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that") for c in trigger.head.children):
        return None
    if any(c.dep_ == "neg" for c in trigger.head.children):
        return None
    if any(c.dep_ in ("amod", "advmod", "nummod") and (c.lower_ in _RANKING_WORDS or c.tag_ == "JJS")
           for c in trigger.children):
        return "a ranked re-mention of an event told before"
    return None


_MOVE_VERBS = frozenset({"take", "rush", "evacuate", "airlift", "fly", "transfer", "move", "bring", "carry", "ferry"})


def wounded_moved(trigger: Token) -> str | None:
    """(round C8, from K8's stories) "The wounded were taken to a hospital in the provincial capital": the
    wounded named as the people carried to care, no attack of their own."""
    if not _word_in(trigger, _WOUNDED) or trigger.dep_ not in ("nsubjpass", "nsubj") or \
            _lemma(trigger.head) not in _MOVE_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(_word_in(p, _CARE_PLACES) for p in c.children)
           for c in trigger.head.children):
        return "the wounded taken to hospital"
    return None


# (round K7) "skiffs launched from a captured fishing dhow", "a stolen car": a vessel or vehicle described by what
# was once done to it, inside another act's phrase; the act told is the sentence's other one
_CRAFT = frozenset({"dhow", "boat", "ship", "vessel", "skiff", "tanker", "trawler", "car", "vehicle", "truck", "lorry",
                    "van", "motorcycle", "bus", "aircraft", "plane", "helicopter", "drone", "weapon", "rifle", "gun"})


def described_craft(trigger: Token) -> str | None:
    """A participle modifying a vessel, vehicle or weapon noun that is the object of a preposition."""
    if trigger.dep_ != "amod" or trigger.tag_ != "VBN":
        return None
    noun = trigger.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "a captured fishing dhow"
    if _lemma(noun) in _CRAFT and noun.dep_ == "pobj":
        return "a craft described by a past act"
    return None


# (round K7) "Humanitarian agencies say the fighting is fuelled by ...": an aid word naming the body that speaks
_AID_WORDS = frozenset({"aid", "humanitarian", "relief", "charity", "charitable"})
_BODIES = frozenset({"agency", "group", "organisation", "organization", "worker", "official", "charity", "body",
                     "ngo", "community", "source", "expert"})
_SAYING = frozenset({"say", "warn", "tell", "report", "estimate", "believe", "fear", "note", "describe", "add"})


def speaking_aid_body(trigger: Token) -> str | None:
    """An aid word modifying the body that is the subject of a saying verb: no aid given."""
    if _lemma(trigger) not in _AID_WORDS or trigger.dep_ not in ("amod", "compound") or \
            _lemma(trigger.head) not in _BODIES:
        return None
    body = trigger.head
    if body.dep_ == "nsubj" and _lemma(body.head) in _SAYING:
        return "an aid body named as a speaker, no aid"
    return None


# (round C7b) "It was the third hijacking of a merchant ship in the area since December": an act noun with an
# ordinal, predicated of "it/this/that", counts an act the story has already told; no new event
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "latest", "umpteenth", "nth", "twentieth", "dozenth"})
_ANAPHORS = frozenset({"it", "this", "that"})


def counted_mention(trigger: Token) -> str | None:
    """An act noun that is the attribute of a copula whose subject is "it/this/that", with an ordinal."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "attr" or _lemma(trigger.head) != "be":
        return None
    if not any(c.dep_ in ("amod", "nummod") and c.lower_ in _ORDINALS for c in trigger.children):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in _ANAPHORS for c in trigger.head.children):
        return "a running count of an act already told"
    return None


# (round C24) "Factory owners shut 40 plants after the protest", "Shops stayed closed since the clashes": an act
# noun with a definite or possessive determiner in a time phrase names an event already told; no new event, and
# the sentence's subject is no party to it (a first telling is indefinite, "after a protest in Conakry", or gives
# the act a toll of its own, "a day after an attack on the camp left 22 dead": a clause, not this phrase)
_TIME_PREPS = frozenset({"after", "following", "since", "before", "until"})
_WAKE_NOUNS = frozenset({"wake", "aftermath"})
_OWNERS = frozenset({"its", "their", "his", "her", "our", "yesterday", "today", "monday", "tuesday", "wednesday",
                     "thursday", "friday", "saturday", "sunday", "weekend", "week", "night"})


def _time_phrase_object(noun: Token) -> bool:
    """`noun` is the object of "after/following/since/before/until", or of "in the wake/aftermath of"."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _TIME_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in _WAKE_NOUNS


def noun_remention(trigger: Token) -> str | None:
    if trigger.pos_ != "NOUN" or not _time_phrase_object(trigger):
        return None
    told = any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" and
               (c.lower_ in _OWNERS or _lemma(c) in _OWNERS) for c in trigger.children)
    if not told or any(c.dep_ in ("relcl", "acl") for c in trigger.children):
        return None  # ("after the attack that killed 12 people on Monday" may be its first telling)
    if any(_names_which(t) for t in trigger.subtree if t.i != trigger.i):
        return None  # ("since the Soviet withdrawal from Afghanistan in 1989": told with its party and year)
    return "an event told before, named again in a time phrase"


# (round C25) "The school board cancelled classes after the riot", "The party suspended its campaign after the
# bombing": calling off one's own activity in the wake of an event told before is a reaction to it, no act
# between parties (no REJECT or SANCTION); calling off talks or ties with a party stays an event
_CALLING_OFF = frozenset({"cancel", "suspend", "postpone", "halt", "delay", "scrap", "adjourn", "defer"})
_TOLD_ACTS = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "explosion", "riot", "riots",
                        "rioting", "clash", "clashes", "fighting", "violence", "unrest", "protest", "protests",
                        "demonstration", "demonstrations", "killing", "killings", "massacre", "raid", "shooting",
                        "ambush", "assault", "kidnapping", "abduction", "strike", "strikes", "incident"})


_DESTINATIONS = frozenset({"town", "city", "village", "capital", "region", "area", "airport", "province", "district",
                           "school", "schools", "camp", "site", "border", "north", "south", "east", "west"})


def activity_called_off(trigger: Token) -> str | None:
    """A verb of calling off whose object names no party (no name, no "with/to/against" phrase) and whose clause
    says it came after an act told before ("after the riot")."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and _lemma(trigger.head) in _CALLING_OFF:
        trigger = trigger.head  # (round C26) "postponed its annual meeting after the protest": the meeting called off
    if _lemma(trigger) not in _CALLING_OFF or trigger.pos_ != "VERB":
        return None
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or any(t.pos_ == "PROPN" or t.dep_ == "pobj" and t.head.lower_ in ("with", "to", "against") and
                       _lemma(t) not in _DESTINATIONS for o in objs for t in o.subtree):
        return None  # ("suspended talks with the rebels", "cancelled the visit of the Kenyan president")
    subjects = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    causes = [g for g in trigger.subtree
              if g.i not in subjects and g.lower_ in _TOLD_ACTS and _time_phrase_object(g) and
              any(d.dep_ in ("det", "poss") and (d.lower_ in _DEFINITE or d.lower_ in _OWNERS) for d in g.children)]
    return "one's own activity called off after an act told before" if causes else None


# (round C26) "tried to extort money from the teachers": "try" with an infinitive is an attempt, no trial (the ACCUSE
# cue "tried" is "brought to trial": "was tried for treason")
def attempt_told(trigger: Token) -> str | None:
    """The trigger is "try" with the infinitive of the act attempted."""
    if _lemma(trigger) == "try" and trigger.pos_ == "VERB" and \
            any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in trigger.children):
        return "an attempt at an act, no trial"
    return None


# (round C25) "Lawyers protested against the detention of a colleague": the arrest a protest is against is the
# crowd's grievance, told as the protest's cause, no new arrest (a protest verb's against/over object)
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "strike", "gather", "picket", "riot"})


def protest_grievance(trigger: Token) -> str | None:
    """An act noun that is the against/over object of a protest verb, or the direct object of "protest"."""
    if trigger.pos_ != "NOUN" or any(c.dep_ in ("relcl", "acl") for c in trigger.children):
        return None
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("against", "over") and \
            _lemma(trigger.head.head) in _PROTEST_VERBS:
        return "the act a protest is against"
    if trigger.dep_ == "dobj" and _lemma(trigger.head) == "protest":
        return "the act a protest is against"
    return None


def _names_which(t: Token) -> bool:
    """A word that tells which act is meant as if for the first time: a number or year, a name, or a
    nationality ("the Soviet withdrawal"); a day's name ("Monday's attack") points back to one told."""
    if t.lower_ in _OWNERS:
        return False
    return t.like_num or t.pos_ in ("NUM", "PROPN") or (t.pos_ == "ADJ" and t.text[:1].isupper())


# (round C7b) "families often raise money to free relatives": an act done for the purpose of a habitual one is as
# habitual as it ("raise money to free relatives" is no release on a day)
def habitual_purpose(trigger: Token) -> str | None:
    """A verb in a "to" clause of a habitual verb (simple present with an adverb of frequency)."""
    # (the parser may tag the verb an adjective: "to free relatives" with "free" as ADJ)
    if trigger.pos_ not in ("VERB", "ADJ") or trigger.dep_ not in ("advcl", "xcomp") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    head = trigger.head
    if head.pos_ == "VERB" and _habitual(head):
        return "the purpose of a habitual act"
    return None


# (round C7b) "Talks had resumed in July after a seven-month freeze": a halt named by its length in an "after/
# following" phrase is the background of the sentence's act, no halt told as news
_HALT_NOUNS = frozenset({"freeze", "halt", "suspension", "pause", "hiatus", "break", "lull", "standstill",
                         "impasse", "stalemate", "deadlock", "interruption", "gap", "boycott"})
_SPAN_UNITS = re.compile(r"(?i)^(?:\w+-)?(?:day|week|month|year|decade)s?(?:-long)?$")


def halt_length(trigger: Token) -> str | None:
    """A halt noun that is the object of "after/following/since" and is measured ("a seven-month freeze")."""
    if _lemma(trigger) not in _HALT_NOUNS or trigger.dep_ != "pobj" or \
            trigger.head.lower_ not in ("after", "following", "since", "ending", "ended"):
        return None
    mods = [t for t in trigger.subtree if t.i < trigger.i]
    if any(_SPAN_UNITS.match(t.text) or (t.like_num and t.i + 1 < trigger.i) for t in mods) or \
            any(t.text.endswith(("-month", "-year", "-week", "-day")) for t in mods):
        return "a past halt measured, background"
    return None


# (round C7b) "Russia had learned to live with sanctions": measures named as a condition a party copes with
_COPE_VERBS = frozenset({"live", "cope", "contend", "grapple", "reckon"})


def condition_coped_with(trigger: Token) -> str | None:
    """A measure noun that is the object of "with" under a verb of living or coping."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "with":
        return None
    verb = trigger.head.head
    if verb.pos_ == "VERB" and _lemma(verb) in _COPE_VERBS:
        return "a measure named as a condition lived with"
    return None


# (round C7b) "The government had granted him a state funeral": funeral and ceremonial honours given to a person
# are no aid, concession or support between parties
_HONOURS = frozenset({"funeral", "burial", "honour", "honor", "honours", "honors", "salute", "tribute", "medal",
                      "decoration", "wreath"})
_BESTOW = frozenset({"grant", "give", "accord", "award", "offer", "hold", "bestow"})


def honours_given(trigger: Token) -> str | None:
    """A verb of giving whose direct object is a funeral or honours."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _BESTOW:
        return None
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    if objs and all(_lemma(o) in _HONOURS or o.lower_ in _HONOURS for o in objs):
        return "ceremonial honours given"
    return None


# (round C7b) "Rights groups have documented hundreds of alleged pushbacks since 2020": a count of acts that a
# monitor recorded is a tally, not a new act (the acts are told, if at all, one by one elsewhere)
_RECORD_VERBS = frozenset({"document", "record", "log", "count", "register", "tally", "catalogue", "catalog",
                           "verify"})
_MANY = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})


def recorded_tally(trigger: Token) -> str | None:
    """An act noun (or its modifier) counted as "hundreds/dozens of ..." under a verb of recording."""
    noun = trigger.head if trigger.dep_ in ("amod", "compound") else trigger
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    many = noun.head.head
    if many.lower_ not in _MANY or many.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    if _lemma(many.head) in _RECORD_VERBS:
        return "a tally of recorded acts"
    return None


# (round C7b) '"an attempt to intimidate Denmark into ending our support for Ukraine"': the act a party is pressed
# into is the pressure's aim, not an act done
_PRESSURE = frozenset({"intimidate", "force", "pressure", "coerce", "bully", "blackmail", "push", "pressurise",
                       "pressurize", "compel", "frighten", "scare", "trick", "goad", "provoke"})


def pressured_aim(trigger: Token) -> str | None:
    """A trigger in the "into <gerund>" phrase of a verb of pressure (the gerund, or its object)."""
    gerund = trigger.head if trigger.dep_ in ("dobj", "obj") else trigger
    if gerund.dep_ != "pcomp" or gerund.head.lower_ != "into":
        return None
    if _lemma(gerund.head.head) in _PRESSURE:
        return "the aim of pressure, no act"
    return None


# (round C7b) "raised its threat level for destructive cyber attacks": the kind of act a warning level is set for
_LEVELS = frozenset({"level", "alert", "warning", "rating", "assessment", "status"})


def threat_level(trigger: Token) -> str | None:
    """A trigger (or the noun it modifies) in the "for/of" phrase of a threat or alert level."""
    if trigger.dep_ == "compound" and _lemma(trigger.head) in _LEVELS:
        return "an alert level named"  # "its threat level", "the terror alert status"
    noun = trigger.head if trigger.dep_ in ("amod", "compound") else trigger
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of", "against"):
        return None
    if _lemma(noun.head.head) in _LEVELS:
        return "the kind of act an alert level is set for"
    return None


_HARM_NOUNS = frozenset({"injury", "injuries", "casualty", "casualties", "fatality", "fatalities", "death",
                         "deaths", "damage"})


# what a report of no harm is called: "no (immediate) reports / word / information of casualties"
_NO_REPORT_HEADS = frozenset({"report", "word", "information", "detail", "indication", "sign", "news"})


def no_harm_reported(trigger: Token) -> str | None:
    """ "No injuries were reported in Israel", "There were no immediate reports of casualties", "no word on
    injuries": a note that an attack harmed nobody, or that no harm is known yet; the attack, if any, is told where
    it is reported ("No one was hurt" keeps the project's negated reading)."""
    if not _word_in(trigger, _HARM_NOUNS):
        return None
    if trigger.dep_ in ("nsubjpass", "nsubj"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children) and \
                _lemma(trigger.head) in ("report", "record", "cause", "confirm"):
            return "no harm reported"
        return None
    if trigger.dep_ == "attr" and _lemma(trigger.head) == "be" and \
            any(c.dep_ == "expl" for c in trigger.head.children) and \
            any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        # (round C30) "the governor said there were no casualties": the same note of no harm, told existentially
        return "no harm reported (existential)"
    prep = trigger.head if trigger.dep_ == "pobj" else None
    report = prep.head if prep is not None and prep.lower_ in ("of", "on", "about") else None
    if report is None or _lemma(report) not in _NO_REPORT_HEADS:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in report.children) or \
            any(c.dep_ == "neg" for c in report.head.children):
        return "no harm reported (lead)"
    return None


_DETERRED = frozenset({"intimidate", "cow", "deter", "scare", "frighten", "bully", "blackmail", "silence"})


def not_intimidated(trigger: Token) -> str | None:
    """ "The government would not be intimidated": a stance, nobody threatens anyone."""
    if _lemma(trigger) not in _DETERRED or trigger.tag_ != "VBN":
        return None
    kids = list(trigger.children)
    if any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "neg" for c in kids):
        return "a refusal to be intimidated, a stance"
    return None


# (round C19) "the fire covered about 1,000 square metres": a blaze told as the subject of its spread or damage is
# no attack (an arson is told by its doer: "a fire set by the rebels" keeps its clause)
_BLAZE_VERBS = frozenset({"cover", "spread", "burn", "engulf", "rage", "gut", "consume", "reach", "damage"})


def blaze_described(trigger: Token) -> str | None:
    if trigger.pos_ != "NOUN" or _lemma(trigger) not in ("fire", "blaze") or trigger.dep_ != "nsubj" or \
            _lemma(trigger.head) not in _BLAZE_VERBS or \
            any(c.dep_ in ("acl", "relcl", "compound", "amod") for c in trigger.children):
        return None
    return "a blaze described, no attack"


# (round C29) flares fired to light up ground or sky ("Soldiers fired flares to light up the battlefield", "launched
# illumination flares over the camp"): light, no force on anyone. Flares aimed at a ship or people ("fired flares at
# a supply boat") keep their reading (`flares_at_vessel`), and so does any other weapon fired with them
_FLARE_FIRING = frozenset({"fire", "shoot", "launch", "drop", "send"})
_FLARE_AIMS = frozenset({"at", "toward", "towards", "on", "upon", "against"})


def flares_for_light(trigger: Token) -> str | None:
    """The sentence's main verb fires flares and nothing else, aimed at nobody, and `trigger` lies in its clause
    (not in a clause coordinated with it, which tells a deed of its own)."""
    root = trigger.sent.root
    if _lemma(root) not in _FLARE_FIRING or root.pos_ != "VERB":
        return None
    shot = [o for c in root.children if c.dep_ == "dobj" for o in [c] + list(c.conjuncts)]
    if not shot or any(_lemma(o) != "flare" for o in shot) or \
            any(c.dep_ == "prep" and c.lower_ in _FLARE_AIMS for c in root.children):
        return None
    cur = trigger
    while cur.i != root.i and cur.head.i != cur.i:
        if cur.dep_ == "conj" and cur.pos_ == "VERB":
            return None
        cur = cur.head
    return "flares fired for light, no force"


# (round C29) a crowd that dispersed of itself ("blocked the road for four hours but dispersed peacefully"): the crowd
# went home, no force dispersed it (a crowd dispersed by police is told with its doer or in the passive)
_OWN_ACCORD = frozenset({"peacefully", "quietly", "calmly", "voluntarily"})


def crowd_dispersed_itself(trigger: Token) -> str | None:
    if _lemma(trigger) != "disperse" or trigger.pos_ != "VERB" or \
            any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in trigger.children):
        return None
    if not any(c.lower_ in _OWN_ACCORD or c.dep_ == "prep" and c.lower_ == "without" for c in trigger.children):
        return None
    return "a crowd dispersed of itself, no force"


_STALL = frozenset({"stall", "falter", "founder", "languish", "stagnate"})


def stalled_effort(trigger: Token) -> str | None:
    """ "Efforts to broker a peace deal have stalled": the state of a process, no act of agreement or aid."""
    cur = trigger
    for _ in range(6):
        if _lemma(cur) in _STALL and cur.pos_ == "VERB":
            return "a process that stalled, no act"
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


_AUTHORITY_VERBS = frozenset({"decide", "rule", "determine", "negotiate", "agree"})
_ABILITY = frozenset({"can", "could", "may", "might", "should", "must"})


def authority_named(trigger: Token) -> str | None:
    """ "Only the government could decide on a ceasefire": who may decide a matter, no act on it."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("on", "about", "over"):
        return None
    verb = trigger.head.head
    if _lemma(verb) in _AUTHORITY_VERBS and any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in verb.children):
        return "who may decide a matter, no act"
    return None


_EFFECT = frozenset({"effect", "impact", "bearing", "influence"})


def effect_judged(trigger: Token) -> str | None:
    """ "The sanctions would have no effect": a comment on a measure's effect, the measure is told elsewhere."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj" or _lemma(trigger.head) != "have":
        return None
    if any(c.dep_ in ("dobj", "obj") and _lemma(c) in _EFFECT for c in trigger.head.children):
        return "a comment on a measure's effect"
    return None


def right_named(trigger: Token) -> str | None:
    """ "respected the right to protest", "the right to strike": a right named, no act."""
    if trigger.dep_ in ("acl", "xcomp", "relcl") and _lemma(trigger.head) == "right" or \
            trigger.dep_ == "pobj" and trigger.head.head.lower_ in ("right", "rights"):
        return "a right named, no act"
    return None


def damage_done(trigger: Token) -> str | None:
    """ "debris from a downed drone had damaged the refinery": damage is what an attack did, no coercion of its
    own (the attack is coded on its own word)."""
    if _lemma(trigger) == "damage" and trigger.pos_ == "VERB":
        return "damage done by an attack, no coercion"
    return None


def abstention(trigger: Token) -> str | None:
    """ "China and Russia abstained on a vote on sanctions": a cue word inside what a party abstained on; the
    abstention imposes, asks or rejects nothing."""
    cur = trigger
    for _ in range(5):
        if _lemma(cur) == "abstain":
            return "an abstention, no act"
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# adjectives that make an act noun a kind of recurring act ("carries out frequent bombings")
_RECURRING = frozenset({"frequent", "regular", "routine", "occasional", "sporadic", "periodic", "repeated",
                        "daily", "nightly", "weekly", "constant"})


def recurring_acts(trigger: Token) -> str | None:
    """ "It still carries out frequent bombings in the capital": acts of a kind a party does again and again, told
    in the simple present, describe it; no dated event ("has carried out near-daily strikes" reports them)."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in _RECURRING for c in trigger.children):
        return None
    verb = trigger.head
    if trigger.dep_ == "dobj" and verb.pos_ == "VERB" and _simple_present(verb):
        return "recurring acts told as a description"
    return None


# Round C12 (whole-story review 7, still open)
_WAR_VERBS = frozenset({"fight", "battle", "combat"})
_ONGOING_ADVERBS = frozenset({"also", "still", "simultaneously", "meanwhile", "additionally"})
_DATED = frozenset({"today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "morning", "afternoon", "evening", "night", "overnight", "weekend"})


def ongoing_war(trigger: Token) -> str | None:
    """ "Nigeria's army is also fighting Islamist insurgents in the northeast": a war a party is also waging,
    told in the present progressive as background with no day; no dated event ("troops are fighting rebels
    in the town on Monday" keeps its day and stays one)."""
    if _lemma(trigger) not in _WAR_VERBS or trigger.tag_ != "VBG":
        return None
    auxes = [c for c in trigger.children if c.dep_ == "aux"]
    # (also "gangs are fighting for control of trafficking routes": a struggle told by its stake)
    stake = any(c.dep_ == "prep" and c.lower_ == "for" and any(_lemma(g) in ("control", "dominance", "supremacy")
                                                              for g in c.children) for c in trigger.children)
    if len(auxes) != 1 or auxes[0].tag_ not in ("VBZ", "VBP") or \
            not (stake or any(c.dep_ == "advmod" and c.lower_ in _ONGOING_ADVERBS for c in trigger.children)):
        return None
    if any(t.lower_ in _DATED for t in trigger.subtree if not _in_relative(t, trigger)):
        return None
    return "a war also being waged, background"


# (round C28) "The group has been fighting the government since 2007", "More than a million people have fled the
# violence since 2017": a war or a flight told in the present perfect over the years since a past year is the
# story's background, no dated event
_SPAN_VERBS = _WAR_VERBS | {"flee", "displace", "uproot", "wage"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def span_since_year(trigger: Token) -> str | None:
    if _lemma(trigger) not in _SPAN_VERBS or trigger.pos_ != "VERB" or not _present_have(trigger):
        return None
    years = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "since" for g in c.children
             if g.dep_ == "pobj" and _YEAR.match(g.text)]
    return "a war or a flight told over the years since, background" if years else None


def _in_relative(t: Token, top: Token) -> bool:
    """`t` lies in a relative or adverbial clause below `top` (its own act, with its own day)."""
    cur = t
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "advcl", "acl"):
            return True
        cur = cur.head
    return False


_REPORT_LEMMAS = frozenset({"say", "claim", "maintain", "tell", "state", "assert", "argue"})


# verbs whose past is their present form ("gangs set fire to homes"): the tense is unknown
_SAME_IN_PAST = frozenset({"set", "put", "hit", "cut", "beat", "shut", "let", "spread", "burst", "cast", "quit",
                           "hurt", "shed", "split", "thrust", "upset", "bet", "broadcast", "cost", "rid", "shred"})


# (round L7) a prefixed irregular past the small tagger does not know ("soldiers retook the town" tagged VBP
# with lemma "retook"): the past, not a present practice
_PAST_PREFIXES = ("re", "over", "under", "with", "out", "up", "mis", "fore")
_IRREGULAR_PASTS = frozenset({"took", "ran", "drew", "came", "went", "fought", "shot", "struck", "held", "threw",
                              "broke", "stole", "bore", "drove", "rode", "rose", "wrote", "gave", "sent", "built",
                              "won", "lost", "kept", "left", "stood", "swept", "bought", "brought", "caught"})


def _prefixed_past(t: Token) -> bool:
    low = t.lower_
    return any(low.startswith(p) and low[len(p):] in _IRREGULAR_PASTS for p in _PAST_PREFIXES)


def _present_clause_verb(t: Token) -> bool:
    """A complement's verb in the simple present, also where the parser tags it a plural noun ("the army targets
    only ...") or a bare form ("the gunmen attack ...") but gives it a subject."""
    if any(c.dep_ in ("aux", "auxpass") for c in t.children) or t.lower_ in _SAME_IN_PAST or _prefixed_past(t):
        return False
    if t.tag_ in ("VBZ", "VBP"):
        return True
    return t.tag_ in ("VB", "NNS") and any(c.dep_ == "nsubj" for c in t.children)


def reported_practice(trigger: Token) -> str | None:
    """ "State media have previously said the army targets only 'terrorist' groups": a simple-present act reported
    by a past or perfect speech verb is a claim about what a party always does (a one-off act would be told in
    the past: "said the army targeted ..."); no event. Present-tense headline reports ("Israel says it strikes
    ...") keep theirs, the speech verb being present too."""
    if trigger.dep_ != "ccomp" or not _present_clause_verb(trigger):
        return None
    head = trigger.head
    if _lemma(head) not in _REPORT_LEMMAS:
        return None
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have"
                                                                 for c in head.children))
    return "a practice claimed, no event" if past else None


# Round C12, second review (review12)
_LAW_NOUNS = frozenset({"law", "reform", "bill", "decree", "legislation", "rule", "measure", "code", "constitution",
                        "amendment", "act", "ordinance", "regulation", "statute"})
_REGULATING = frozenset({"restrict", "ban", "outlaw", "prohibit", "regulate", "limit", "criminalise", "criminalize",
                         "curb", "forbid", "allow", "permit", "legalise", "legalize"})


def _law_subject(verb: Token) -> bool:
    """A law noun is the subject of `verb` or of the verb it is coordinated with ("makes ... and restricts")."""
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return any(_lemma(c) in _LAW_NOUNS for c in subj if c.dep_ == "nsubj")
        if verb.dep_ != "conj":
            break
        verb = verb.head
    # (a list of provisions the parser split: the subject the sentence opens with)
    first = next((t for t in doc_tokens(verb.doc) if t.dep_ == "nsubj"), None)
    return verb.dep_ == "ROOT" and first is not None and first.i < verb.i and _lemma(first) in _LAW_NOUNS


def law_content(trigger: Token) -> str | None:
    """ "The labour reform restricts strikes in essential services": what a law provides, told in the present, is
    no act (neither the strikes it names nor its restricting them); "the government banned protests" stays."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and _lemma(trigger.head) in _REGULATING and \
            _simple_present(trigger.head) and _law_subject(trigger.head):
        return "an act named by a law, no event"
    if trigger.pos_ == "VERB" and _simple_present(trigger) and _law_subject(trigger):
        return "what a law provides, no event"
    return None


_STAFF_NOUNS = frozenset({"worker", "official", "agency", "group", "organisation", "organization", "staff",
                          "volunteer", "employee", "charity", "official", "operation"})


_STAFF_HARMED = frozenset({"kidnap", "abduct", "free", "release", "kill", "seize", "hold", "detain", "attack",
                           "injure", "wound", "shoot", "murder", "rescue", "capture", "hostage"})


def aid_staff(trigger: Token) -> str | None:
    """ "Two Austrian aid workers kidnapped in Mali have been freed": 'aid' naming people something was done to, no
    aid given ("allows aid workers access to Tigray" lets aid in, and stays)."""
    if _lemma(trigger) != "aid" or trigger.dep_ not in ("compound", "amod") or _lemma(trigger.head) not in _STAFF_NOUNS:
        return None
    staff = trigger.head
    verbs = [staff.head] if staff.dep_ in ("nsubjpass", "dobj", "nsubj") else []
    verbs += [c for c in staff.children if c.dep_ in ("acl", "relcl")]
    if any(_lemma(v) in _STAFF_HARMED for v in verbs):
        return "aid workers named, no aid"
    return None


def no_comment(trigger: Token) -> str | None:
    """ "The military government did not comment on the release": a party's silence, no rejection."""
    if _lemma(trigger) != "comment" or trigger.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" for c in trigger.children) or \
            trigger.dep_ == "xcomp" and _lemma(trigger.head) in ("decline", "refuse"):
        return "no comment, no act"
    return None


def threat_named(trigger: Token) -> str | None:
    """ "Iran's harassment of vessels is a threat to maritime security": something characterised as a threat;
    nobody threatens (the speaker's judgement is at most an accusation)."""
    if _lemma(trigger) == "threat" and trigger.dep_ == "attr" and _lemma(trigger.head) == "be":
        return "a characterisation as a threat"
    return None


def continued_course(trigger: Token) -> str | None:
    """ "the party would continue the march": going on with an act concedes nothing (a truce kept is observed:
    RETREAT ceasefire, round C8)."""
    if _lemma(trigger) in ("continue", "keep", "pursue", "maintain", "resume") and not _truce_object(trigger):
        return "a course said to go on, no concession"
    return None


_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def _truce_object(verb: Token) -> bool:
    """ "have kept to their ceasefire", "maintained the truce"."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [p for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "to" for p in c.children
             if p.dep_ == "pobj"]
    return any(_lemma(o) in _TRUCES for o in objs)


_CHARGE_NOUNS = frozenset({"charge", "offence", "offense", "count", "allegation", "section", "accusation"})


def charge_named(trigger: Token) -> str | None:
    """ "registered cases against 210 people under charges of rioting, attempt to murder and arson": crimes named
    as the charges of a case are no acts of the sentence (the charging is its event)."""
    # (read along the words: the parser often breaks such lists of charges apart) back from the cue, over list
    # words only, to "charges of"
    doc = trigger.doc
    for k in range(trigger.i - 1, max(-1, trigger.i - 12), -1):
        t = doc[k]
        if t.lower_ == "of" and k > 0 and _lemma(doc[k - 1]) in _CHARGE_NOUNS:
            return "a crime named as a charge"
        # (round C19) a gerund names the crime too: "faces charges of evading arrest" is no arrest
        if not (t.is_punct or t.pos_ in ("CCONJ", "NOUN", "ADJ", "DET", "PART") or t.tag_ == "VBG" or
                t.lower_ in ("attempt", "to")):
            return None
    return None


_CHARGING_TOOLS = frozenset({"baton", "lathi", "cane", "bayonet", "cavalry"})


def force_charge(trigger: Token) -> str | None:
    """ "Police baton-charged a stone-pelting crowd", "a lathi-charge": a charge with batons is force on a crowd,
    no accusation."""
    if _lemma(trigger) not in ("charge", "charged") and trigger.lower_ not in ("charged", "charge", "charges"):
        return None
    chain = hyphen_chain(trigger)
    if any(t.lower_ in _CHARGING_TOOLS for t in chain) or \
            trigger.i > 0 and trigger.doc[trigger.i - 1].lower_ in _CHARGING_TOOLS:
        return "a baton charge, no accusation"
    return None


_PRISONS = frozenset({"jail", "prison", "penitentiary", "jailhouse"})
_PLACE_PREPS = frozenset({"into", "at", "from", "outside", "inside", "near", "of", "around", "within"})


def prison_as_place(trigger: Token) -> str | None:
    """ "explosives that had been smuggled into the jail", "relatives gathered outside the prison": a prison named
    as a place, nobody jailed ("sent to prison", "in jail" keep their readings)."""
    if _lemma(trigger) in _PRISONS and trigger.dep_ == "pobj" and trigger.head.lower_ in _PLACE_PREPS:
        return "a prison named as a place"
    return None


def reward_offered(trigger: Token) -> str | None:
    """ "offered a reward of $5,000 for information": a bounty for the hunt, no agreement or aid."""
    if _lemma(trigger) in ("offer", "announce", "post") and any(
            c.dep_ == "dobj" and _lemma(c) in ("reward", "bounty") for c in trigger.children):
        return "a reward offered, no act"
    return None


_INQUIRY_VERBS = frozenset({"determine", "establish", "identify", "find", "understand", "trace", "ascertain",
                            "verify", "confirm", "learn"})


def inquiry_work(trigger: Token) -> str | None:
    """ "Investigators were still working to determine how the suspect obtained the gun": an inquiry going on."""
    if _lemma(trigger) in ("work", "try", "seek", "strive") and any(
            c.dep_ in ("xcomp", "advcl") and _lemma(c) in _INQUIRY_VERBS for c in trigger.children):
        return "an inquiry under way, no act"
    return None


def state_described(trigger: Token) -> str | None:
    """ "the town was calm, with shops closed and soldiers patrolling the streets": a state of things told in a
    "with" phrase, no act."""
    if trigger.dep_ in ("pcomp", "conj") and trigger.tag_ in ("VBN", "VBG"):
        cur = trigger if trigger.dep_ == "pcomp" else trigger.head
        if cur.dep_ == "pcomp" and cur.head.lower_ == "with":
            return "a state described, no act"
    return None


_ATTACK_PLURALS = frozenset({"attack", "raid", "bombing", "strike", "assault", "ambush", "killing"})


def run_of_attacks(trigger: Token) -> str | None:
    """ "Benin's northern regions have been hit by attacks by jihadist groups": places struck by a run of
    attacks in the present perfect (plural attacks, no determiner), background; "the town has been hit by an air
    strike" stays an event."""
    if trigger.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in trigger.children) or not _present_have(trigger):
        return None
    for agent in (c for c in trigger.children if c.dep_ == "agent"):
        for a in (g for g in agent.children if g.dep_ == "pobj"):
            if _lemma(a) in _ATTACK_PLURALS and a.tag_ == "NNS" and \
                    not any(c.dep_ in ("det", "nummod", "poss") for c in a.children):
                return "a run of attacks, background"
    return None


_FLOWS = frozenset({"flight", "service", "train", "operation", "export", "import", "production", "traffic", "trip",
                    "route", "shipment", "delivery", "class", "lesson", "concert", "match", "event", "departure"})


_CARRIERS = frozenset({"airline", "carrier", "company", "operator", "firm", "railway", "railways", "airport", "port",
                       "network", "line", "agency"})


def disruption(trigger: Token) -> str | None:
    """ "Aerolineas Argentinas cancelled 258 flights", "grain exports were halted": services cancelled or stopped
    as a consequence (of a strike, a storm); neither a rejection nor a sanction."""
    if _lemma(trigger) not in ("cancel", "halt", "suspend", "stop", "disrupt", "ground", "delay", "scrap"):
        return None
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or not all(_lemma(o) in _FLOWS for o in objs) or any(c.dep_ == "agent" for c in trigger.children):
        return None
    # (passive with no doer, or a carrier cancelling its own services; "Israel halted fuel shipments" is a sanction)
    subj = [t for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree]
    if not subj or any(_lemma(t) in _CARRIERS for t in subj):
        return "services disrupted, no act against a party"
    return None


# Round C12b (session 9, K11's and R11's story review): states of affairs, court procedure and re-mentions in story
# bodies, which the classifier reads as acts.
# verbs of holding ground: "control large parts of the country" is a state, "seized/took control of" an act
_HOLD_VERBS = frozenset({"control", "dominate", "govern", "administer"})
# with a party subject these describe the party too ("have used the border region as a refuge for years"); as
# the trigger itself they may be acts ("police have used tear gas"), so they are read only through the subject
_PARTY_HOLD_VERBS = _HOLD_VERBS | {"use", "rule"}
_PHRASE_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _subject_verb(t: Token) -> Token | None:
    """The verb whose active subject phrase `t` heads or modifies ("Jihadist groups ... control": control)."""
    cur, hops = t, 0
    while cur.dep_ in _PHRASE_DEPS and hops < 3:
        cur, hops = cur.head, hops + 1
    return cur.head if cur.dep_ == "nsubj" and cur.head.pos_ in ("VERB", "AUX") else None


def _present_state(v: Token) -> bool:
    """Simple present or present perfect, active ("control", "have controlled", "has been using")."""
    if any(c.dep_ == "auxpass" for c in v.children):
        return False
    return _simple_present(v) or _present_have(v)


def ground_held(trigger: Token) -> str | None:
    """ "Jihadist groups linked to al Qaeda control large parts of the country", "ELN fighters have used the
    border region as a refuge for years": a party described as holding or using ground, told in the present or
    present perfect; no act ("seized the town" and "took control of" are other verbs, "used drones to attack"
    has an act in its complement)."""
    if trigger.pos_ == "VERB" and _lemma(trigger) in _HOLD_VERBS:
        verb: Token | None = trigger
    else:
        verb = _subject_verb(trigger)
        if verb is not None and _lemma(verb) not in _PARTY_HOLD_VERBS and verb.tag_ == "VBN":
            # a misparse of "Jihadist groups linked to al Qaeda control ...": the participle as the root, the
            # present-tense verb hung under it
            verb = next((c for c in verb.children if c.dep_ in ("advcl", "conj") and c.tag_ in ("VBP", "VBZ")), None)
        if verb is None or _lemma(verb) not in _PARTY_HOLD_VERBS:
            return None
    assert verb is not None
    if not _present_state(verb) or any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB"
                                       for c in verb.children):
        return None
    return "a party holding or using ground, a state"


_LIVING = frozenset({"live", "survive", "subsist", "depend", "rely"})


def living_condition(trigger: Token) -> str | None:
    """ "People in Masisi have been living on one meal a day", "2 million people depend on food aid": how people
    live, no act ("survived the attack" has an object, and that attack is coded on its own word)."""
    if trigger.pos_ == "VERB" and _lemma(trigger) in _LIVING and \
            not any(c.dep_ in ("dobj", "obj") for c in trigger.children):
        return "a living condition, no act"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and \
            _lemma(trigger.head.head) in _LIVING:
        return "a living condition, no act"
    return None


# (round C15) "Rice prices have risen sharply because of a blockade on river traffic": an act named as the cause
# of a standing condition told in the present or present perfect is background; a dated or past-tense main clause
# ("Flights were cancelled on Monday because of a strike") may be the news and is left to the other rules
_CAUSE_HEADS = frozenset({"because", "due", "owing"})
_DAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
                       r"overnight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)


def cause_of_condition(trigger: Token) -> str | None:
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return None
    prep = trigger.head  # "because of X": X hangs on "of" or, in the small parser, on "because" itself
    cause = prep if prep.lower_ in _CAUSE_HEADS else prep.head
    if cause.lower_ not in _CAUSE_HEADS or not (prep.lower_ in ("of", "to") or cause is prep):
        return None
    main = cause.head
    if main.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    present = main.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in main.children)
    if not present or _DAY_WORD.search(doc_text(trigger.doc)):
        return None
    return "an act named as the cause of a standing condition"


_COURT_PARTIES = frozenset({"court", "judge", "magistrate", "prosecutor", "prosecutors", "tribunal", "jury",
                            "investigator", "courtroom"})
_SCHEDULING = frozenset({"schedule", "due", "expect", "set", "summon", "order", "require", "bring"})


def _appearance(v: Token) -> bool:
    """ "appear before a prosecutor", "appear in court": the verb appear with a court party as its place."""
    return _lemma(v) == "appear" and any(
        c.dep_ == "prep" and c.lower_ in ("before", "in", "at") and
        any(_word_in(p, _COURT_PARTIES) for p in c.children if p.dep_ == "pobj") for c in v.children)


def court_appearance(trigger: Token) -> str | None:
    """ "They will appear before a prosecutor in Chania on Thursday", "The defendants are scheduled to appear in
    court again on Friday": a step of court procedure, no accusation, agreement or other act (a charge, when the
    sentence tells one, is coded on its own word)."""
    cands = [trigger]
    cur, hops = trigger, 0
    while cur.dep_ in ("pobj", "prep", "compound", "amod") and hops < 3:
        cur, hops = cur.head, hops + 1
        cands.append(cur)
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        cands += [trigger.head] + [c for c in trigger.head.children if c.dep_ == "xcomp"]
        if _lemma(trigger.head) in _SCHEDULING or trigger.head.lower_ == "due":
            cands += [g for c in trigger.head.children if c.dep_ in ("acomp", "xcomp") for g in c.children
                      if g.dep_ == "xcomp"]
    if any(t.pos_ == "VERB" and _appearance(t) for t in cands):
        return "an appearance in court, procedure"
    return None


_PLOT_NOUNS = frozenset({"plot", "attempt", "coup", "conspiracy", "putsch"})
_FOIL_VERBS = frozenset({"foil", "thwart", "avert", "frustrate", "uncover", "prevent", "scuttle", "derail"})


_ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "nab", "hold"})


def foiled_plot(trigger: Token) -> str | None:
    """ "foiled a coup plot and arrested 15 soldiers": when the sentence tells the arrests, they (coded on their
    own word) lead, as ACLED's Arrests; the plot told alone stays the plotters' attempt (round K7, COERCE seize).
    A foiled attack is left to the ACLED rules (disrupted weapons use)."""
    if _lemma(trigger) not in _PLOT_NOUNS or trigger.dep_ not in ("dobj", "nsubjpass"):
        return None
    if not any(t.pos_ == "VERB" and _lemma(t) in _ARREST_VERBS and t.i != trigger.head.i
               for t in doc_tokens(trigger.doc)):
        return None
    if _lemma(trigger) == "attempt" and not any(_lemma(c) in ("coup", "putsch", "destabilisation",
                                                              "destabilization") or c.lower_ == "coup"
                                                for c in trigger.subtree):
        return None
    return "a foiled plot, no act" if _lemma(trigger.head) in _FOIL_VERBS else None


def foiling(trigger: Token) -> str | None:
    """ "said they had foiled a plot by officers to attack the presidency": foiling names no act on anyone."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _FOIL_VERBS:
        return None
    return "a foiled plot, no act" if any(c.dep_ in ("dobj", "nsubjpass") and foiled_plot(c) is not None
                                          for c in trigger.children) else None


_RESULTS = frozenset({"winner", "victor", "elected", "re-elected", "valid", "invalid", "void", "victory"})


def result_declared(trigger: Token) -> str | None:
    """ "after the electoral commission declared President X the winner": an election result announced, no
    coercion (a state of emergency or a curfew declared is one)."""
    if _lemma(trigger) != "declare":
        return None
    told = [c for c in trigger.children if c.dep_ in ("oprd", "ccomp", "xcomp", "attr", "dobj")]
    return "a result declared, no act" if any(_word_in(t, _RESULTS) for c in told for t in c.subtree) else None


_BACKING = frozenset({"back", "support", "fund", "finance", "arm", "sponsor"})


def backing_described(trigger: Token) -> str | None:
    """ "a rebel movement that Kinshasa says is backed by Rwanda": who stands behind a party, told in the simple
    present passive as what the party is; no act of support or force ("was armed by" in the past is left)."""
    if _lemma(trigger) in _BACKING and _present_passive(trigger):
        return "a party's backers described, a state"
    return None


_CALM = frozenset({"calm", "quiet", "normality", "normalcy", "order", "peace", "life", "stability", "tranquillity"})
_RETURN_VERBS = frozenset({"return", "resume", "restore", "prevail", "reign"})


def calm_returned(trigger: Token) -> str | None:
    """ "Gunfire was heard ..., but calm returned by midday", "normal life resumed": a state of things, no retreat
    or concession by anyone."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _RETURN_VERBS:
        return None
    subj = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return "a state returned, no act" if subj and all(_word_in(c, _CALM) for c in subj) else None


_TERM_WORDS = frozenset({"year", "month", "week", "day", "term", "sentence", "life"})


def prison_term(trigger: Token) -> str | None:
    """ "sentenced a dual national to 10 years in prison": the prison is the place of the term, told by the
    sentence (one SANCTION/convict event, the lead's convention); no arrest of its own."""
    if _lemma(trigger) not in ("prison", "jail", "penitentiary") or trigger.dep_ != "pobj" or \
            trigger.head.lower_ != "in":
        return None
    return "the place of a prison term" if _word_in(trigger.head.head, _TERM_WORDS) else None


def term_verb(trigger: Token) -> Token | None:
    """The verb that gives the prison term whose place `trigger` is ("sentenced him to 10 years in prison":
    'sentenced'): the act the sentence reports, where the classifier read the prison."""
    if prison_term(trigger) is None:
        return None
    tok = trigger.head.head
    while tok.pos_ != "VERB" and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ == "VERB" else None


_IN_FORCE = frozenset({"force", "place", "effect"})
_RESTRICTIONS = frozenset({"restrict", "ban", "forbid", "prohibit", "limit", "close", "shut", "seal", "suspend",
                           "block"})


def restriction_in_force(trigger: Token) -> str | None:
    """ "a night curfew remains in force", "The border with Niger has been closed since the coup", "Access to the
    area is restricted": a restriction told as a standing state, no new act (imposing it is one)."""
    if trigger.dep_ == "nsubj" and _lemma(trigger.head) in ("remain", "stay", "be") and _simple_present(trigger.head) \
            and any(c.dep_ == "prep" and c.lower_ == "in" and any(_word_in(p, _IN_FORCE) for p in c.children)
                    for c in trigger.head.children):
        return "a restriction in force, a state"
    if trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in trigger.children):
        return None
    if _present_passive(trigger) and _lemma(trigger) in _RESTRICTIONS - {"suspend", "block", "shut", "seal"}:
        return "a restriction in force, a state"
    perfect = _present_have(trigger) and any(c.dep_ == "auxpass" for c in trigger.children)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in trigger.children)
    if perfect and since and _lemma(trigger) in _RESTRICTIONS:
        return "a restriction in force, a state"
    return None


_PEOPLE = frozenset({"people", "person", "man", "men", "woman", "women", "child", "children", "civilian", "soldier",
                     "troop", "officer", "policeman", "villager", "resident", "worker", "student", "protester",
                     "demonstrator", "passenger", "journalist", "pilgrim", "worshipper", "family", "boy", "girl",
                     "victim", "member", "official", "guard", "farmer", "miner"}) | _PARTY


def place_remention(trigger: Token) -> str | None:
    """ "St Anthony's Shrine, one of the churches that was bombed", "the dam that was damaged by drone strikes in
    the spring": an attack told in a passive relative clause only to say which place is meant; it was told where
    it happened, no new event (people "who were killed" are left alone: their clause may be the report)."""
    cur, hops = trigger, 0
    while cur.dep_ in ("pobj", "agent", "prep", "compound", "amod") and hops < 3:
        cur, hops = cur.head, hops + 1
    # (the place noun itself may carry the reading: "repaired the power station that was damaged by strikes")
    cur = next((c for c in trigger.children if c.dep_ == "relcl"), cur) if trigger.pos_ == "NOUN" else cur
    if cur.dep_ != "relcl" or cur.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in cur.children):
        return None
    ante = cur.head
    if ante.pos_ not in ("NOUN", "PROPN") or _word_in(ante, _PEOPLE):
        return None
    # the place is what was attacked ("that was bombed"); "the siege, during which the city was shelled daily" and
    # "the massacre, in which 8,000 men were killed" tell the attack itself
    if not any(c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in cur.children):
        return None
    return "an attack named to identify a place, told before"


# (round C15, L15's probe) "ECOWAS, which has its headquarters in Abuja, called a summit": a body's seat told as
# what it has, no base set up or force deployed
_SEATS = frozenset({"headquarters", "base", "bases", "hq", "seat", "office", "offices", "garrison", "barracks"})


def seat_owned(trigger: Token) -> str | None:
    if trigger.lower_ not in _SEATS or trigger.dep_ != "dobj" or _lemma(trigger.head) != "have":
        return None
    return "a body's seat or base told as what it has"


# (round C15) "Opposition leaders have called for further demonstrations": a call for a protest is no protest; no
# crowd acts in the sentence (the call itself, when coded, is a REQUEST, as "called for a general strike")
_PROTEST_NOUNS = frozenset({"demonstration", "protest", "rally", "march", "sit-in", "strike", "boycott", "walkout",
                            "shutdown", "vigil", "picket"})


def protest_called_for(trigger: Token) -> str | None:
    verb = trigger if trigger.pos_ == "VERB" else trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if _lemma(verb) not in ("call", "urge", "appeal") or verb.pos_ != "VERB" or \
            any(c.dep_ == "prt" for c in verb.children):
        return None  # ("called off the strike" ends one)
    # ("called the strike" names its organiser: the strike is held, as "the union, which called the strike, said
    # 90% of dockers stayed away"; only "called for" asks for one)
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
            if p.dep_ == "pobj"]
    if not any(_lemma(o) in _PROTEST_NOUNS for o in objs):
        return None
    return "a protest called for, not held"


# (round C31) "Protest leaders called off the planned march after talks": a protest still to come that is called
# off, cancelled or postponed is not held (the mirror of `protest_called_for`); a strike under way that is called off
# ("Dock workers called off their strike after the government raised pay", round C10) was held
_CALLED_OFF = _CALLING_OFF | {"abandon", "shelve", "drop"}
_PUT_OFF = frozenset({"postpone", "delay", "defer"})  # (only what has not begun is put off)
_TO_COME = frozenset({"planned", "proposed", "scheduled", "upcoming", "intended", "announced", "threatened",
                      "promised", "mooted"})


def protest_called_off(trigger: Token) -> str | None:
    """The trigger is a protest noun that is the object of calling off ("called off the march"), cancelling,
    postponing or suspending; a verb trigger that calls a protest off names the same."""
    # ("the planned march": the small parser may tag "march" a proper noun, the month)
    noun = trigger if trigger.pos_ in ("NOUN", "PROPN") else next(
        (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or _lemma(noun) not in _PROTEST_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "off":
        noun = noun.head  # ("called off the march": the parser may make "off" a preposition)
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    off = _lemma(verb) == "call" and (noun.lower_ == "off" or
                                      any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))
    protest = next((g for g in noun.children if g.dep_ == "pobj"), noun) if noun.lower_ == "off" else noun
    to_come = _lemma(verb) in _PUT_OFF or any(c.lower_ in _TO_COME for c in protest.children)
    return "a protest still to come called off" if verb.pos_ == "VERB" and to_come and \
        (off or _lemma(verb) in _CALLED_OFF) else None


def protest_call_off_verb(doc: Doc) -> Token | None:
    """The main verb that calls a protest off ("The union called off its strike": a concession, PLOVER CONCEDE, as
    the training set codes it), else None; one in a side clause ("marched after organisers called off a boycott")
    leaves the sentence's protest alone."""
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or protest_called_off(tok) is None:
            continue
        verb = tok.head.head if tok.head.lower_ == "off" and tok.dep_ == "pobj" else tok.head
        if verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT":
            return verb
    return None


# (round C28) "to bring back under armed escort a GNLA militant": a captive moved by his guards; the party noun
# names who is moved, and moving a prisoner is no attack, abduction or arrest
_MOVING_VERBS = frozenset({"bring", "escort", "transfer", "shift", "ferry", "transport", "produce", "fly"})


def captive_moved(trigger: Token) -> str | None:
    # (the small parser may hang the captive on "under" with "escort" as its compound)
    under = trigger.dep_ == "pobj" and trigger.head.lower_ == "under"
    verb = trigger.head.head if under else trigger.head
    if trigger.pos_ != "NOUN" or not (under or trigger.dep_ in ("dobj", "nsubjpass")) or \
            _lemma(verb) not in _MOVING_VERBS:
        return None
    return "a captive moved by his guards"


# (round C28) "the banned X Liberation Army claimed responsibility", "cadres of a banned outfit": a ban named as a
# group's description is no act of the sentence
_BAN_WORDS = frozenset({"ban", "proscribe", "outlaw", "prohibit", "illegal", "outlawed", "banned", "proscribed"})


def ban_described(tok: Token) -> bool:
    """`tok` is a ban word used as a modifier of a noun ("a banned outfit")."""
    return tok.dep_ in ("amod", "compound") and tok.lemma_.lower() in _BAN_WORDS and tok.head.pos_ in ("NOUN", "PROPN")


def group_ban_named(trigger: Token) -> str | None:
    """"The banned Kuki National Army claimed responsibility": the group's ban is its description."""
    return "a ban named as a group's description" if ban_described(trigger) else None


# (round C19) "fell out over a plan to merge their forces", "talks on a proposal to integrate the fighters": an act
# named as the content of a plan spoken about (the plan the object of a preposition) is no act of the sentence
_PLAN_NOUNS = frozenset({"plan", "proposal", "scheme", "blueprint", "roadmap", "idea", "suggestion", "bid", "push"})


def planned_act(trigger: Token) -> str | None:
    if trigger.pos_ != "VERB" or trigger.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in trigger.children):
        return None
    plan = trigger.head
    if _lemma(plan) not in _PLAN_NOUNS or plan.dep_ != "pobj":
        return None
    return "an act named as a plan's content"


# (round C27) "said it had no plans to withdraw its troops", "has no intention of banning the movement": an act
# its actor disclaims is no deed; with no proposal or demand named it is no refusal either (a REJECT answers one)
_INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "reason"})


def intent_disclaimed(trigger: Token) -> str | None:
    for noun in trigger.ancestors:
        if noun.pos_ == "NOUN" and _lemma(noun) in _INTENT_NOUNS and \
                any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return "an act its actor has no plan to do"
        if noun.pos_ == "VERB" and noun.dep_ not in ("acl", "pcomp", "xcomp"):
            return None  # (the plan noun must own the act's clause, not a clause above it)
    return None


# (round C19) "would release 1 billion shillings in emergency aid": money released is funding, not a concession
# (CONCEDE's release is of people or of something held)
_MONEY = frozenset({"fund", "funds", "funding", "money", "cash", "budget", "grant", "loan", "tranche", "payment",
                    "dollar", "shilling", "naira", "rupee", "euro", "pound", "franc", "cedi", "rand", "birr", "kwacha",
                    "peso", "yuan", "yen", "riyal", "dirham", "taka", "real", "lira"})


def _money(o: Token) -> bool:
    if o.lemma_.lower() in _NOT_MONEY:
        return False
    return _lemma(o) in _MONEY or o.lower_ in _MONEY or \
        any(g.lower_ in ("million", "billion") or g.text[:1] in "$€£" for g in o.subtree)


def funds_released(trigger: Token) -> str | None:
    if _lemma(trigger) != "release":
        return None
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return "money released, no concession" if objs and all(_money(o) for o in objs) else None


_NOT_MONEY = frozenset({"prisoner", "detainee", "hostage", "people", "inmate", "captive", "migrant", "convict"})


_MATERIAL_CONFLICT = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
_NAMED_ACT_TYPES = frozenset(PLOVER_TYPES) - _MATERIAL_CONFLICT
# statements of verbal conflict may be the act itself ("gave evidence against the minister")
_GIVE_TYPES = frozenset(PLOVER_TYPES) - {"ACCUSE", "THREATEN", "REQUEST", "REJECT"}
# (round C31) "Thousands of refugees fled into Chad to escape fighting in Darfur": people fleeing are displaced, no
# protest (PLOVER has no event for flight; the fighting they flee is told elsewhere); protesters who flee police
# ("Protesters fled as police fired tear gas") keep their protest, read from their own word
_FLIGHT = frozenset({"flee", "escape"})
_DISPLACED = frozenset({"refugee", "resident", "civilian", "villager", "family", "people", "migrant", "thousand",
                        "hundred", "dozen", "inhabitant", "child", "woman", "household"})


def people_fled(trigger: Token) -> str | None:
    """The trigger is a flight verb whose subject is displaced people."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _FLIGHT:
        return None
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return "people fleeing are no protest" if subj is not None and _lemma(subj) in _DISPLACED else None


_Rule = Callable[[Token], str | None]
_ALL_BUT_ACCUSE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# Rules on the non-event reading of a cue word apply only when the trigger is a cue of the event's own type: then
# that word is all the event rests on. When the coder fell back on another word because the type has no cue in
# the sentence ("In a memorandum handed over to the envoy, the rebels said they would accept ..." is an AGREE on
# 'handed'), that word's reading says nothing about the classifier's type. Rules on verbs that are no cue of any
# type (occurrence, summoning, carrying to hospital, filing a case, a party's standing description) apply to any
# trigger. Entries: (rule, the PLOVER types it applies to or None for all, cue of the type only).
_RULES: tuple[tuple[_Rule, frozenset[str] | None, bool], ...] = (
    # material conflict is read from the whole sentence ("soldiers drove the Sudan People's Liberation Movement
    # out of the town", "fighters of the Rapid Support Forces entered ...": no cue word outside the name, but an
    # attack or a movement of forces all the same)
    (month_name, None, True),
    (police_kit, frozenset({"PROTEST"}), True),
    (hyphen_fragment, None, True),
    (countered_field, None, True),
    (in_proper_name, _NAMED_ACT_TYPES, True),
    (name_in_description, _MATERIAL_CONFLICT, True),
    (released_media, None, True),
    (give_help_idiom, _GIVE_TYPES, True),
    (procedural, None, True),
    (deed_confirmed, _MATERIAL_CONFLICT, False),
    (tally_restated, frozenset({"ASSAULT"}), False),
    (place_noun, None, True),
    (accused_person, frozenset({"ACCUSE"}), True),
    (described_as_accused, frozenset({"ACCUSE"}), False),
    (summoned_or_carried, None, False),
    (case_filed, _MATERIAL_CONFLICT, False),
    (occurrence_verb, None, False),
    (judged_quality, _ALL_BUT_ACCUSE, False),
    (generic_description, None, False),
    (relation_party, frozenset({"COOPERATE", "SUPPORT", "CONSULT", "AID", "AGREE"}), False),
    (audience, frozenset({"PROTEST"}), False),
    (sports_fixture, None, False),
    (hazard_warning, frozenset({"THREATEN"}), True),
    (risk_warning, frozenset({"THREATEN"}), True),
    (commercial_deal, frozenset({"AGREE", "COOPERATE", "SUPPORT", "CONSULT", "AID"}), False),
    (declined_to_say, frozenset({"REJECT"}), True),
    (supposed_doer, None, False),
    (mentioned_only, None, True),
    (intent_disclaimed, None, False),
    (declared_observance, None, False),
    (news_conference, frozenset({"CONSULT"}), False),
    (relief_deployment, frozenset({"MOBILIZE", "AID"}), False),
    (gone_missing, frozenset({"MOBILIZE"}), False),
    (campaign_background, frozenset({"ASSAULT"}), False),
    (lasting_activity, frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"}), False),
    (victims_named, frozenset({"ASSAULT", "COERCE"}), False),
    (shared_stance, frozenset({"COOPERATE", "SUPPORT", "AGREE", "CONSULT", "AID"}), False),
    (treatment_received, frozenset({"AID", "SUPPORT", "ACCUSE", "COOPERATE", "CONSULT"}), False),
    (ongoing_custody, frozenset({"COERCE"}), False),
    (denied_charge, _MATERIAL_CONFLICT, False),
    (standing_description, _MATERIAL_CONFLICT, False),
    (averted_harm, frozenset({"ASSAULT"}), False),
    (unheeded_warning, frozenset({"THREATEN"}), False),
    (likeness, None, False),
    (routing, frozenset({"AID", "AGREE", "COOPERATE", "SUPPORT", "CONSULT"}), False),
    (sentiment_sent, frozenset({"AID", "COOPERATE"}), False),
    (comment_request, None, False),
    (announced_condition, None, False),
    (forces_named, frozenset({"MOBILIZE"}), False),
    (ongoing_course, frozenset({"AGREE", "COOPERATE", "SUPPORT", "CONSULT", "AID"}), False),
    (people_evacuated, frozenset({"RETREAT"}), False),
    (act_ceased, None, False),
    (described_craft, frozenset({"ASSAULT", "COERCE"}), False),
    (restraint_manner, frozenset({"COERCE"}), False),
    (wounded_cared_for, frozenset({"AID", "SUPPORT", "CONSULT", "AGREE", "COOPERATE"}), False),
    (wounded_moved, frozenset({"ASSAULT"}), False),
    (ranked_remention, None, False),
    (force_majeure, frozenset({"RETREAT", "CONCEDE", "COERCE", "SANCTION"}), False),
    (speaking_aid_body, frozenset({"AID"}), False),
    (no_harm_reported, frozenset({"ASSAULT"}), False),
    (not_intimidated, frozenset({"THREATEN"}), False),
    (stalled_effort, frozenset({"AGREE", "COOPERATE", "SUPPORT", "CONSULT", "AID"}), False),
    (authority_named, None, False),
    (effect_judged, frozenset({"SANCTION", "AID", "COERCE"}), False),
    (right_named, None, False),
    (abstention, None, False),
    (damage_done, frozenset({"COERCE"}), False),
    (recurring_acts, _MATERIAL_CONFLICT, False),
    (ongoing_war, frozenset({"ASSAULT"}), False),
    (span_since_year, None, False),
    (reported_practice, _MATERIAL_CONFLICT, False),
    (law_content, None, False),
    (aid_staff, frozenset({"AID"}), False),
    (no_comment, None, False),
    (threat_named, frozenset({"THREATEN"}), False),
    (continued_course, frozenset({"CONCEDE", "RETREAT"}), False),
    (charge_named, _MATERIAL_CONFLICT, False),
    (force_charge, frozenset({"ACCUSE"}), False),
    (prison_as_place, frozenset({"COERCE"}), False),
    (reward_offered, frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"}), False),
    (inquiry_work, None, False),
    (state_described, frozenset({"COERCE", "MOBILIZE", "ASSAULT"}), False),
    (run_of_attacks, frozenset({"ASSAULT"}), False),
    (disruption, frozenset({"REJECT", "SANCTION", "COERCE", "ASSAULT"}), False),
    (ground_held, None, False),
    (living_condition, None, False),
    (cause_of_condition, _MATERIAL_CONFLICT, False),
    (seat_owned, frozenset({"MOBILIZE"}), False),
    # (round C28) "Union leaders called for a general strike next week" is no threat or mobilisation either
    (protest_called_for, frozenset({"PROTEST", "THREATEN", "MOBILIZE"}), False),
    (protest_called_off, frozenset({"PROTEST"}), False),
    (group_ban_named, None, False),
    (captive_moved, frozenset({"ASSAULT", "COERCE", "MOBILIZE"}), False),
    (court_appearance, None, False),
    (foiled_plot, None, False),
    (foiling, None, False),
    (calm_returned, None, False),
    (backing_described, frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID"}), False),
    (result_declared, frozenset({"COERCE", "SANCTION", "REJECT"}), False),
    (prison_term, frozenset({"COERCE"}), False),
    (restriction_in_force, frozenset({"COERCE", "SANCTION", "MOBILIZE"}), False),
    (place_remention, frozenset({"ASSAULT", "COERCE"}), False),
    (counted_mention, None, False),
    (noun_remention, None, False),
    (activity_called_off, None, False),
    (attempt_told, frozenset({"ACCUSE"}), False),
    (protest_grievance, frozenset({"COERCE", "SANCTION"}), False),
    (habitual_purpose, None, False),
    (halt_length, None, False),
    (condition_coped_with, frozenset({"SANCTION", "COERCE"}), False),
    (honours_given, frozenset({"AID", "CONCEDE", "SUPPORT", "AGREE"}), False),
    (recorded_tally, _MATERIAL_CONFLICT, False),
    (pressured_aim, None, False),
    (threat_level, None, False),
    (planned_act, None, False),
    (blaze_described, frozenset({"ASSAULT"}), False),
    (funds_released, frozenset({"CONCEDE"}), False),
    (flares_for_light, frozenset({"ASSAULT", "MOBILIZE", "COERCE"}), False),
    (crowd_dispersed_itself, frozenset({"COERCE", "ASSAULT"}), False),
    (people_fled, frozenset({"PROTEST"}), False),
)


_RULES_FOR: dict[tuple[str, bool], tuple[_Rule, ...]] = {}


def _rules_for(event_type: str, is_cue: bool) -> tuple[_Rule, ...]:
    """(session 26, P37) The rules of `_RULES` that apply to an event type (with or without its cue word), in
    their order: chosen once per type instead of testing some 250 rules' type sets at every event."""
    key = (event_type, is_cue)
    hit = _RULES_FOR.get(key)
    if hit is None:
        hit = _RULES_FOR[key] = tuple(rule for rule, types, cue_only in _RULES
                                      if (types is None or event_type in types) and (is_cue or not cue_only))
    return hit


def non_event_reason(event_type: str, trigger: Token, doc: Doc, text: str,
                     lexicon: Lexicon | None = None) -> str | None:
    """Why the event of type `event_type` on `trigger` is a non-event reading of its cue word, or None to keep
    it. `doc`/`text` are the sentence's parse and text (the trigger's offsets are into `text`); `lexicon` is the
    coder's (the packaged one when not given)."""
    own = (lexicon or load_lexicon()).trigger_res.get(event_type)
    is_cue = own is not None and own.match(text, trigger.idx) is not None
    del doc
    for rule in _rules_for(event_type, is_cue):
        reason = rule(trigger)
        if reason is not None:
            return reason
    return None
