"""Clause tests around a trigger: participants named by lexicon words, background and adjunct clauses, hedges,
and the clause a trigger owns."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from newsevents.coding import aux as _aux
from newsevents.coding.actors import is_party_noun, roles
from newsevents.coding.nonevents import police_kit


# verbs that ask for a measure: its noun ("sanctions", "arrest") is what is requested, not imposed
_APPEAL_VERBS = {"call", "press", "push", "appeal", "ask", "plead", "lobby", "clamour", "clamor"}


_NAME_ENTS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT"}
_BACKGROUND_PREPS = {"following", "after", "before", "amid", "despite", "since", "over"}


def _participant(tok: Token) -> int:
    """1 for a trigger-lexicon word that names a participant rather than the event: a party noun ("troops",
    "hackers", "asylum seekers") or a word inside a proper name ("Islamic Resistance")."""
    if tok.pos_ == "PROPN" or (tok.ent_type_ in _NAME_ENTS and tok.pos_ != "VERB"):
        return 1
    if tok.dep_ in ("nsubj", "csubj") and tok.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ == "neg" for c in tok.head.children):
        # "Iraqi troops launched ...": the roles are read from the verb the party noun is subject of; a negated
        # verb's subject acts in nothing ("his fighters would not lay down their arms", round C12)
        return 0
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


def contrast_clause(verb: Token) -> bool:
    """(round C22) ", while a missile hit a warehouse in Odesa": a clause set beside the main one by a comma and
    "while"/"whereas" tells another act, as "and" does (not "killed while he was praying", which times the act)."""
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    return verb.dep_ == "advcl" and mark is not None and mark.lower_ in ("while", "whereas") and mark.i > 0 and \
        verb.doc[mark.i - 1].text == ","


def _beside(head: Token) -> bool:
    """A clause set beside another: a conjunct, or (round C23) a ", while" clause."""
    return head.dep_ == "conj" or contrast_clause(head)


def own_clause_tokens(trig: Token, others: Sequence[Token]) -> set[int] | None:
    """The token indices of the trigger's own clause when other events of the sentence sit in clauses
    coordinated with it ("In February, militants killed four laborers, and in 2019 a suicide bomber killed 40"):
    a weapon, act or manner named in the other event's clause belongs to that event. None when no other event
    has a clause of its own apart from this trigger's."""
    doc = trig.doc
    head = _clause_head(trig)
    keep = {t.i for t in head.subtree} if _beside(head) else set(range(len(doc)))
    for other in others:
        oh = _clause_head(other)
        if oh.i == head.i or not _beside(oh) and not _beside(head):
            continue
        if _beside(oh) and not oh.left_edge.i <= trig.i <= oh.right_edge.i:
            keep -= {t.i for t in oh.subtree}
    if len(keep) == len(doc):
        return None
    return keep


def own_clause(trig: Token, others: Sequence[Token]) -> str | None:
    """The text of `own_clause_tokens`."""
    keep = own_clause_tokens(trig, others)
    return None if keep is None else "".join(trig.doc[i].text_with_ws for i in sorted(keep)).strip()
