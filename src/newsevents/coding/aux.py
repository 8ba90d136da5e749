"""Auxiliary modes (PLOVER): negation, future, hypothetical, historical, set from the dependency scope of the
trigger (its own modifiers, the verbs it hangs from, and its subtree), not from keywords anywhere in the sentence."""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_MODAL_HYPO = {"could", "would", "might", "may", "should", "can"}
_FUTURE_HEADS = {"plan", "intend", "prepare", "schedule", "expect", "aim", "due", "set", "propose", "seek",
                 "pledge", "promise", "vow", "agree", "decide", "hope", "want"}
_HYPO_HEADS = {"threaten", "warn", "fear", "risk", "consider", "mull", "weigh", "contemplate", "predict",
               "suspect", "worry", "threat", "fears", "possibility", "prospect", "potential", "chance"}
_NEG_HEADS = {"fail", "refuse", "deny", "avoid", "prevent", "halt", "stop", "foil", "thwart", "decline", "reject"}
_HIST_RE = re.compile(r"\b(last year|years? ago|decades? ago|in (?:19|20)\d\d|anniversary|since (?:19|20)\d\d|"
                      r"during the (?:\w+ ){0,3}(?:war|civil war|revolution|struggle|uprising|occupation)|"
                      r"back in|former(?:ly)?|at the time|in the past|"
                      r"in the (?:19|20)\d0s|(?:19|20)\d0s|(?:19|20)\d\d (?:war|attack|massacre|genocide|coup|uprising))\b",
                      re.IGNORECASE)
_REPORTING = {"say", "tell", "announce", "state", "report", "insist", "claim", "add", "confirm"}
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")


def _chain(tok: Token, depth: int = 4) -> list[Token]:
    """The trigger and the verbs/nouns it depends on through clausal links (xcomp, ccomp, advcl, conj, pobj)."""
    out = [tok]
    cur = tok
    for _ in range(depth):
        if cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "pobj", "dobj", "acl", "relcl", "nsubj",
                        "nsubjpass", "prep", "attr") and cur.head.i != cur.i:
            cur = cur.head
            out.append(cur)
        else:
            break
    return out


def _has_if(tok: Token) -> bool:
    for t in _chain(tok):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
    return False


def aux_modes(trigger: Token, published: date | None = None) -> tuple[str, ...]:
    """Subset of ("historical", "future", "hypothetical", "negation") that applies to the event at `trigger`."""
    chain = _chain(trigger)
    own = list(trigger.children)
    out: list[str] = []
    # negation: "did not attack", "no attack", "failed to reach a deal", "denied attacking"
    neg = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no",)) for c in own)
    # "no one had been arrested", "neither of the activists was detained": a negative subject/object
    neg = neg or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and
                     (c.lower_ in ("neither", "nobody", "none") or
                      any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) or
                      (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))) for c in own)
    neg = neg or any(t.lemma_.lower() in _NEG_HEADS for t in chain[1:3] if t.pos_ == "VERB") or \
        any(c.dep_ == "neg" for t in chain[1:2] if t.pos_ in ("VERB", "AUX")
            and trigger.dep_ in ("xcomp", "nsubj", "nsubjpass", "dobj") for c in t.children)
    # "without any demonstrations", "no sign that troops were massed"
    neg = neg or (trigger.dep_ == "pobj" and trigger.head.lower_ == "without") or \
        any(t.lower_ in ("sign", "evidence", "indication") and any(d.lower_ == "no" for d in t.children)
            for t in chain[1:4])
    if neg:
        out.append("negation")
    # future: will/shall on the trigger or on the verb it complements; "plans to", "is set to", "next week"
    aux_words = {c.lower_ for t in chain[:2] for c in t.children if c.dep_ in ("aux", "auxpass")}
    fut = bool(aux_words & _FUTURE_AUX) or any(t.lemma_.lower() in _FUTURE_HEADS for t in chain[1:3]
                                              if t.pos_ in ("VERB", "ADJ", "AUX"))
    fut = fut or ("going" in aux_words and any(c.lower_ == "to" for c in trigger.children))
    subtree_text = " ".join(t.text for t in trigger.subtree)
    fut = fut or bool(re.search(r"\b(next (week|month|year)|tomorrow|upcoming|later this (week|month|year))\b",
                                subtree_text, re.IGNORECASE))
    # hypothetical: modals, conditionals, threats/fears/warnings governing the trigger
    # "said it would boycott": would after a reporting verb is the future in reported speech
    reported_would = "would" in aux_words and any(t.lemma_.lower() in _REPORTING for t in chain[1:3])
    fut = fut or reported_would
    hypo = bool((aux_words - ({"would"} if reported_would else set())) & _MODAL_HYPO) or _has_if(trigger) or \
        any(t.lemma_.lower() in _HYPO_HEADS for t in chain[1:4]) or \
        any(c.lower_ in ("possible", "potential") for c in own)
    if hypo:
        out.append("hypothetical")
    elif fut:
        out.append("future")
    # historical: a past date or background phrase inside the trigger's own phrase or its clause
    scope = subtree_text + " " + " ".join(
        " ".join(w.text for w in c.subtree) for t in chain[1:2] for c in t.children
        if c.dep_ in ("npadvmod", "prep", "advmod") and c.i > trigger.i)
    if trigger.dep_ in ("relcl", "acl"):
        # "the 2017 truck bombing that killed 500": the noun the clause describes dates it
        scope += " " + " ".join(t.text for t in trigger.head.lefts)
    hist = bool(_HIST_RE.search(scope))
    years = [int(y) for y in _YEAR_RE.findall(scope)]
    if published is not None:
        hist = hist or any(y < published.year - 1 for y in years)
    else:
        # without a publication date, a year written into the event's own phrase ("the 1994 genocide",
        # "the talks of 1978") marks a past event: reports of current events rarely name their year
        hist = hist or bool(re.search(r"\b(?:19|20)\d\d(?:s\b)?", " ".join(t.text for t in trigger.subtree)
                                      + " " + " ".join(t.text for t in trigger.lefts)))
    if hist:
        out.append("historical")
    return tuple(out)
