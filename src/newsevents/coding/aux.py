"""Auxiliary modes (PLOVER): negation, future, hypothetical, historical, set from the dependency scope of the
trigger (its own modifiers, the verbs it hangs from, and its subtree), not from keywords anywhere in the sentence.

Conventions:
- hypothetical: modals (could/would/might/may/should/must/can), conditionals ("if", "unless", "should the rebels
  advance"), threats, fears, warnings, risks, demands and directives governing the event ("demanded the arrest",
  "directed them to apprehend"), obligations ("have to arrest"), "has not ruled out X" (a possibility, not a
  negation), an event named as an option ("sending troops is among the options", "a strike is possible") and a
  verb whose subject is the risk of the event ("the risk of a wider war has grown"). "Allegedly"/"alleged" is
  NOT hypothetical: the event is reported, only its author is disputed.
- future: will/shall/going to, "plans/vows/is set to", "is due/slated", "called a strike for Wednesday" (also "a day of strikes"),
  "announced a march for Saturday", "next week"; "would" under a reporting verb ("said it would boycott") is the
  future in reported speech, except when the event is an indefinite subject of the would-clause ("an incursion
  would draw a response"): that is a supposition.
- historical: a past date or background phrase among the event's own time modifiers (not inside its objects'
  or subjects' clauses): "last year", "years ago", "during the ... war", "in the past" (but "in the past week",
  "in the past two years" is a span reaching the present, like "since"), the 1990s, a year that ended more than
  30 days before publication (the threshold dates.py uses), or the event named under "the anniversary of",
  "commemorated". Clauses nested in those phrases keep their own time ("fired on protesters who had gathered to
  mark last year's coup" is not historical). "Since the war began" is an ongoing span and "former minister" a
  person: not historical. (round K31) A year written into another occasion the event is set against ("two years
  after the 2029 massacre" with a day of its own, "in a repeat of the 2022 massacre", "on the anniversary of the 1973
  coup") is that occasion's, and "Dec. 30 last year" read in January is past only by its date (dates.py).
- a past deed told as the cause ("because rebels attacked a base") or, with its own day, the time ("after they
  seized a town on Monday") of a supposed or coming event is a fact: the governing modal is not its own.
- negation: "not", "no", "never", negative subjects, "failed/refused/denied to", "without", "no sign/reports of".
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_MODAL_HYPO = {"could", "would", "might", "may", "should", "can", "must", "ought"}
_FUTURE_HEADS = {"plan", "intend", "prepare", "schedule", "expect", "aim", "due", "set", "propose", "seek",
                 "pledge", "promise", "vow", "agree", "decide", "hope", "want", "slate"}
# "the state of emergency is due to be lifted": the subject of be + due/set/expected + to-infinitive
_DUE_WORDS = {"due", "set", "expected", "scheduled", "slated", "poised"}
# "expelling the ambassador is one of the options", "a curfew remains a possibility": an option named, not taken
_OPTION_NOUNS = {"option", "possibility", "scenario", "consideration", "alternative", "contingency"}
# "the risk of a wider war has grown": a verb whose subject is a risk speaks of the risked event
_RISK_NOUNS = {"risk", "threat", "danger", "fear", "prospect", "spectre", "specter", "possibility", "likelihood",
               "chance"}
_HYPO_HEADS = {"threaten", "warn", "fear", "risk", "consider", "mull", "weigh", "contemplate", "predict",
               "suspect", "worry", "threat", "fears", "possibility", "prospect", "potential", "chance",
               "demand", "urge", "direct", "need", "option", "scenario"}
# "asked police to arrest them" is a request; "asked how many were killed" is a question about a fact
_REQUEST_HEADS = {"ask", "request", "instruct"}
_NEG_HEADS = {"fail", "refuse", "deny", "avoid", "prevent", "halt", "stop", "foil", "thwart", "decline", "reject"}
# "called a march for Wednesday", "announced a strike for Friday": calling a collective action announces it
_CALLED_ACTIONS = {"march", "strike", "protest", "rally", "demonstration", "boycott", "shutdown", "bandh",
                   "hartal", "sit-in", "walkout"}
_HIST_RE = re.compile(r"\b(last year|years? ago|decades? ago|"
                      r"during the (?:\w+ ){0,3}(?:war|civil war|revolution|struggle|uprising|occupation)|"
                      r"back in|at the time|in the past(?!\s+(?:(?:few|several|couple\s+of|\d+|two|three|four|five|six"
                      r"|seven|eight|nine|ten|twelve|24|48|72)\s+)?(?:hours?|days?|weeks?|fortnight|months?|years?"
                      r"|decades?)\b)|"
                      r"in the (?:19|20)\d0s|(?:19|20)\d0s|(?:19|20)\d\d (?:war|attack|massacre|genocide|coup|uprising))\b",
                      re.IGNORECASE)
# "the anniversary of the attack", "commemorated the massacre": the event is remembered, so it lies in the past
_MEMORY_HEADS = {"anniversary", "commemorate", "commemoration", "remembrance", "memorial",
                 "mourn",
                 # (round C9b) "gathered in Hiroshima to remember the victims of the atomic bombing"
                 "remember", "honour", "honor"}
_REPORTING = {"say", "tell", "announce", "state", "report", "insist", "claim", "add", "confirm"}
_YEAR_RE = re.compile(r"(?<![\d,.:/-])((?:19|20)\d\d)(?![\d,.:/-]\d)")
_HISTORICAL_DAYS = 30  # as dates.HISTORICAL_DAYS: a period that ended a month before publication is past
_CHAIN_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "pobj", "dobj", "acl", "relcl", "nsubj", "nsubjpass",
               "prep", "attr", "acomp"}
# links through which a governing verb's meaning (refuse, threaten, plan) reaches the trigger; a conjunct is
# a sibling, not a complement ("declined to comment but confirmed the arrests")
_COMPLEMENT_DEPS = _CHAIN_DEPS - {"conj", "relcl", "advcl"}


_FUTURE_TIME_RE = re.compile(r"\b(next (week|month|year)|tomorrow|upcoming|later this (week|month|year))\b",
                             re.IGNORECASE)
_Links = list[tuple[Token, Token]]  # (child, head) links of the chain whose head governs the trigger


def _chain(tok: Token, depth: int = 4) -> list[Token]:
    """The trigger and the verbs/nouns it depends on through clausal links (xcomp, ccomp, advcl, conj, pobj)."""
    out = [tok]
    cur = tok
    for _ in range(depth):
        if cur.dep_ in _CHAIN_DEPS and cur.head.i != cur.i:
            cur = cur.head
            out.append(cur)
        else:
            break
    return out


def _governor_links(chain: list[Token], upto: int) -> list[tuple[Token, Token]]:
    """(child, head) links in chain[:upto] whose head governs the trigger: reached only through complement
    links (not conjunction or relative clauses)."""
    out: list[tuple[Token, Token]] = []
    for child, head in zip(chain, chain[1:upto]):
        if child.dep_ == "conj" and child.tag_ == "VBG" and not any(c.dep_ == "cc" for c in head.children):
            # (round K32) "denied killing the villagers, blaming the army": a participle after a comma with no "and"
            # is the main clause's adjunct (the blaming was done), not a second thing denied
            break
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            # "directed them to keep watch and apprehend ...": a conjunct verb without its own subject shares
            # its first conjunct's governor, but the first conjunct itself does not govern it
            continue
        if child.dep_ == "nsubj":
            # "fear an attack is imminent": climb past "is"; but the verb the event is subject of does not govern
            # it ("protesters demanded justice" is no demand for protesters)
            continue
        if child.dep_ not in _COMPLEMENT_DEPS:
            break
        out.append((child, head))
    return out


def _has_if(tok: Token, will: bool) -> bool:
    """A conditional on the trigger's clause: the trigger inside an "if"/"unless" clause, or (unless the clause
    says `will`: "will begin a hunger strike if their demands are not met" is a conditional future) an "if"
    clause or an inverted "should the rebels advance" hung from it."""
    for t in _chain(tok):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
        for c in t.children if not will else ():
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                return True
            if c.dep_ == "advcl" and c.i < t.i and any(
                    a.dep_ == "aux" and a.lower_ == "should" and a.i < c.i and
                    any(s.dep_ in ("nsubj", "nsubjpass") and s.i > a.i for s in c.children) for a in c.children):
                return True  # "Should the rebels advance on the city, a battle would follow"
    return False


def _clause_aux(chain: list[Token]) -> set[str]:
    """Auxiliaries of the trigger, of the word it hangs from, and of the first verb above it; a conjunct verb
    shares its head's auxiliaries ("might appear and court arrest")."""
    if _past_fact_clause(chain[0]):
        return {c.lower_ for c in chain[0].children if c.dep_ in ("aux", "auxpass")}
    toks = list(chain[:2])
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        toks.append(verb)
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            toks.append(verb.head)
    return {c.lower_ for t in toks for c in t.children if c.dep_ in ("aux", "auxpass")}


# (round K31) "Officials fear militants could attack the capital after they seized a nearby town on Monday": a past
# deed told in a clause of cause ("because rebels attacked a base") or of time with its own past day ("after they
# seized a town on Monday"), with its own subject, is a fact: the modal of the clause it hangs from is not its own.
# "would free them after the government released prisoners" (no day of its own) is a future told in the past.
_CAUSE_MARKS = {"since", "because", "as", "now"}
_TIME_MARKS = {"after"}
_OWN_PAST_DAY = re.compile(r"(?i)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+\w+|ago"
                           r"|earlier|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)\b")


def _past_fact_clause(tok: Token) -> bool:
    if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if not marks & (_CAUSE_MARKS | _TIME_MARKS):
        return False
    past = tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were")
                                    for c in tok.children)
    return past and (bool(marks & _CAUSE_MARKS) or any(
        c.dep_ in ("npadvmod", "prep", "advmod", "tmod") and _OWN_PAST_DAY.search(" ".join(w.text for w in c.subtree))
        for c in tok.children))


def _ruled_out(chain: list[Token]) -> bool:
    """"has not ruled out declaring martial law": a possibility kept open, not a negated event."""
    return any(t.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
               and any(c.dep_ == "neg" for c in t.children) for t in chain[1:3])


def _negated(trigger: Token, chain: list[Token], links5: _Links) -> bool:
    if _goes_unanswered(trigger):
        return False  # "would not go unanswered": two negatives, a promised response
    own = list(trigger.children)
    # "did not attack", "no attack"
    neg = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no",)) for c in own)
    # "no one had been arrested", "neither of the activists was detained": a negative subject/object
    neg = neg or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and
                     (c.lower_ in ("neither", "nobody", "none") or
                      any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) or
                      (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))) for c in own)
    # "failed to reach", "denied attacking", "denied any involvement in the bombing"
    # (round K7) a head that denies a thing it names ("the coast guard denied the accusation") negates no clause
    # the parser hung under it ("survivors accused the coast guard ...; the coast guard denied the accusation")
    govs = [h for c, h in links5 if not (c.dep_ == "ccomp" and any(d.dep_ == "dobj" for d in h.children))
            and not _charge_denied(h, trigger) and not denial_answered(h)]
    neg = neg or any(t.lemma_.lower() in _NEG_HEADS for t in govs[:2] if t.pos_ == "VERB") or \
        any(t.lemma_.lower() == "deny" for t in govs if t.pos_ == "VERB") or \
        any(c.dep_ == "neg" for t in chain[1:2] if t.pos_ in ("VERB", "AUX")
            and trigger.dep_ in ("xcomp", "nsubj", "nsubjpass", "dobj") for c in t.children)
    # "without any demonstrations", "no sign that troops were massed", "no return to fighting"
    neg = neg or (trigger.dep_ == "pobj" and trigger.head.lower_ == "without") or \
        any(t.lemma_.lower() in ("sign", "evidence", "indication", "return", "resumption", "report") and
            any(d.lower_ == "no" for d in t.children) for t in chain[1:4])
    return neg and not _ruled_out(chain)


# (round K34) "Russia denied striking a hospital, but Ukrainian officials said a missile attack on Monday killed four
# people": a denial answered, in a clause joined by "but/yet", by another side's report of the deed's harm as done
# negates nothing: the deed is told as fact (the officials' account is the event), the denial is the accused's word
_HARM_DONE = frozenset({"kill", "wound", "injure", "hit", "strike", "destroy", "damage", "leave", "claim", "flatten"})
_MODAL_WORDS = frozenset({"would", "could", "may", "might", "will", "can", "should"})


def denial_answered(head: Token) -> bool:
    """`head` is a verb of denial with a "but/yet" conjunct in which someone reports (say, tell, report ...) a
    harm done: a past, unnegated, unhedged verb of killing, wounding or hitting ("said ... killed four")."""
    if head.lemma_.lower() != "deny":
        return False
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)
    for conj in head.children:
        if not contrast or conj.dep_ != "conj" or conj.lemma_.lower() not in _REPORTING:
            continue
        for v in conj.children:
            if v.dep_ == "ccomp" and v.lemma_.lower() in _HARM_DONE and v.tag_ in ("VBD", "VBN") and \
                    not any(d.dep_ == "neg" or d.lower_ in _MODAL_WORDS for d in v.children):
                return True
    return False


# (round C24) "The government accused Rwanda of backing the rebels, a charge Kigali denies": the accused party
# denies the charge, the accusation itself was made (the parse may hang the accusation under the denial)
_CHARGE_NOUNS = frozenset({"charge", "claim", "allegation", "accusation", "assertion", "account", "version"})
_PRO_FORMS = frozenset({"which", "this", "that", "it"})


def _charge_denied(head: Token, trigger: Token) -> bool:
    """`head` is a verb of denial, told after the trigger, whose own words (outside the trigger's clause) name
    a charge or a pronoun for it: it denies what the trigger's clause says, not that the clause happened."""
    if head.lemma_.lower() not in ("deny", "reject", "dismiss", "refute") or head.i < trigger.i:
        return False
    if head.dep_ in ("relcl", "acl") and head.head.lemma_.lower() in _CHARGE_NOUNS:
        return True  # "..., a claim the rebels deny"
    inside = {t.i for t in trigger.subtree}
    return any(t.i not in inside and t.i > trigger.i and
               (t.lemma_.lower() in _CHARGE_NOUNS or t.lower_ in _PRO_FORMS and t.dep_ in ("dobj", "nsubjpass"))
               for t in head.subtree)


def _hypothetical_subject(trigger: Token, chain: list[Token]) -> bool:
    """"An incursion ... would draw a swift response", "Any incursion would be met with force": an indefinite
    event noun as subject of a modal clause is a supposition, even under a reporting verb."""
    if trigger.pos_ in ("VERB", "AUX") or trigger.dep_ not in ("nsubj", "nsubjpass") or len(chain) < 2:
        return False
    head = chain[1]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in trigger.children) and \
        any(c.dep_ == "aux" and c.lower_ in _MODAL_HYPO for c in head.children)


def _future(trigger: Token, chain: list[Token], aux_words: set[str], links4: _Links) -> bool:
    # "is set to attack" but not "set up a base"
    fut = bool(aux_words & _FUTURE_AUX) or any(
        (h.lemma_.lower() in _FUTURE_HEADS or h.lower_ in _DUE_WORDS) and
        (h.lemma_.lower() != "set" or c.dep_ == "xcomp") and not _past_plan(h)
        for c, h in links4 if h.pos_ in ("VERB", "ADJ", "AUX"))
    # "arrangements ... are to be made", "the army is to withdraw": be + to-infinitive is a scheduled action
    fut = fut or any(t.lemma_.lower() == "be" and t.dep_ == "ROOT" and
                     any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                         for c in t.children) for t in chain[1:5])
    fut = fut or ("going" in aux_words and any(c.lower_ == "to" for c in trigger.children))
    called = _called_span(trigger) if trigger.lemma_.lower() in _CALLED_ACTIONS else None
    fut = fut or (called is not None and called.dep_ in ("dobj", "oprd")
                  and (called.head.lemma_.lower() == "call" or _announced_for_date(called)))
    fut = fut or any(t.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _DUE_WORDS and
                                                      any(x.dep_ == "xcomp" for x in c.children)
                                                      for c in t.children) for t in chain[1:5])
    subtree_text = _OTHER_EVENT_TIME.sub(" ", " ".join(t.text for t in _own_clause_words(trigger)))
    return fut or bool(_FUTURE_TIME_RE.search(subtree_text)) or _scheduled_visit(trigger)


def _own_clause_words(trigger: Token) -> list[Token]:
    """(round K32) The trigger's subtree without the clauses joined to it that have a subject of their own:
    "Farmers blocked highways on Monday, and their union has threatened to resume the blockade next week" -
    "next week" is the threatened blockade's time, not the blocking's; so in "arrested students who plan to march
    next week". A relative clause on the event noun itself ("a strike which begins next week") is its own time."""
    def own_clause(t: Token) -> bool:
        if t.dep_ == "relcl" and t.head.i == trigger.i:
            return False
        return t.i != trigger.i and t.dep_ in ("conj", "relcl", "advcl") and t.pos_ in ("VERB", "AUX") and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    out: list[Token] = []
    todo = [trigger]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not own_clause(c))
    return sorted(out, key=lambda t: t.i)


# (round C25) "The minister meets his Afghan counterpart in Kabul on Thursday, his office said": a meeting or visit in
# the simple present with its weekday is the schedule the news announces (a deed told in the present is headline
# style, so only visits and meetings read so)
_SCHEDULED = frozenset({"meet", "visit", "host", "travel", "hold", "attend", "receive"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _scheduled_visit(trigger: Token) -> bool:
    """A present-tense meeting or visit verb with an "on <weekday>" phrase of its own and no other auxiliary."""
    return trigger.tag_ in ("VBZ", "VBP") and trigger.lemma_.lower() in _SCHEDULED and \
        not any(c.dep_ in ("aux", "auxpass", "neg") for c in trigger.children) and \
        any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in _WEEKDAYS for g in c.children)
            for c in trigger.children)


# (round C13, K13's items) "shot a candidate on Thursday, days before next week's election", "rallied ahead of the
# upcoming vote": the coming time belongs to another event named after "before/ahead of" or owned by a possessive
# ("next week 's election"); the deed itself is not future
_OTHER_EVENT_TIME = re.compile(
    r"(?i)\b(?:ahead of|before|in the run-up to|on the eve of|in preparation for)\b[^,;]*|"
    r"\bnext (?:week|month|year) (?:'s|\u2019s)")


# "called a tenth day of strikes for Thursday", "announced three days of protests": the span of days is what is
# called, the action its content
_SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "wave", "round", "series"})


def _called_span(trigger: Token) -> Token:
    """The word a call or announcement takes as object for the collective action `trigger`: the trigger itself,
    or the span noun it is "of" ("a day of strikes")."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _SPAN_NOUNS:
        return head.head
    return trigger


_DAY_RE = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|weekend|january|"
                     r"february|march|april|may|june|july|august|september|october|november|december)$",
                     re.IGNORECASE)


def _announced_for_date(trigger: Token) -> bool:
    """"announced a march on parliament for Saturday": an action announced for a day lies ahead; "announced
    strikes on rebel positions" (air strikes made) does not."""
    if trigger.head.lemma_.lower() != "announce":
        return False
    preps = [c for t in (trigger, trigger.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(_DAY_RE.match(w.text) for p in preps for w in p.children if w.dep_ == "pobj")


def _past_plan(head: Token) -> bool:
    """(round C11) "the plotters had planned to attack the palace": a plan told in the past perfect lies before the
    report and its act is no future one; it stays a supposed act (hypothetical)."""
    return head.lemma_.lower() in _FUTURE_HEADS and head.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)


def _hypothetical(trigger: Token, chain: list[Token], aux_words: set[str], reported_would: bool,
                  links4: _Links) -> bool:
    modals = aux_words - ({"would"} if reported_would else set())
    obliged = any(t.lemma_.lower() == "have" and trigger.dep_ == "xcomp" and
                  any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) for t in chain[1:2])
    return bool(modals & _MODAL_HYPO) or _has_if(trigger, bool(aux_words & _FUTURE_AUX)) or obliged or _ruled_out(chain) or \
        _hypothetical_subject(trigger, chain) or \
        any(t.lemma_.lower() in _HYPO_HEADS or _past_plan(t) for _, t in links4) or \
        any(h.lemma_.lower() in _REQUEST_HEADS and c.dep_ == "xcomp" for c, h in links4) or \
        any(c.lower_ in ("possible", "potential") for c in trigger.children) or \
        _named_option(trigger) or _risk_subject(trigger)


def _named_option(trigger: Token) -> bool:
    """"Sending troops is among the options", "expelling the ambassador was one of the options", "a strike is
    possible": the event as subject of a clause that names it an option or possibility ("carried out after
    consideration" names none)."""
    if trigger.dep_ not in ("csubj", "nsubj", "nsubjpass"):
        return False
    for c in trigger.head.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in ("possible", "likely", "unlikely"):
            return True
        # the predicate noun, or what it names through "of" ("one of the options")
        named = [c] + [w for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                       for w in p.children if w.dep_ == "pobj"] if c.dep_ == "attr" else []
        # "among the options", "under consideration"
        if c.dep_ == "prep" and c.lower_ in ("among", "under"):
            named = [w for w in c.children if w.dep_ == "pobj"]
        if any(w.lemma_.lower() in _OPTION_NOUNS for w in named):
            return True
    return False


def _risk_subject(trigger: Token) -> bool:
    """"The risk of a wider regional war has grown": a verb trigger whose subject is a risk or threat of the
    event speaks of that risk, not of an event that took place."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _RISK_NOUNS and
               any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in trigger.children)


def _last_past_year(published: date) -> int:
    """The latest year that ended more than _HISTORICAL_DAYS before publication."""
    return (published - timedelta(days=_HISTORICAL_DAYS)).year - 1


_TIME_DEPS = {"npadvmod", "prep", "advmod", "tmod", "nummod", "compound", "amod", "poss", "agent"}


# event nouns whose date, as subject, dates the verb's event: "the bombing of Dresden in 1945 destroyed ..."
_EVENT_NOUNS = {"attack", "bombing", "annexation", "invasion", "war", "massacre", "genocide", "uprising", "coup",
                "siege", "occupation", "shelling", "raid", "offensive", "crackdown", "conflict", "fighting", "riot",
                "riots", "protest", "protests", "sanction", "sanctions", "strike", "strikes", "revolution",
                "insurgency", "famine", "blockade", "embargo", "assassination", "explosion", "blast", "clash",
                "clashes", "violence", "incursion", "airstrike", "bombardment"}


def _own_phrase(tok: Token, own_day: bool = False) -> str:
    """The word and its time-bearing modifiers ("the 2017 bombing", "attacked in 2019", "the attack on Oct. 7
    last year"), leaving out its objects' and subjects' own clauses ("detained women who had gathered to mark
    the anniversary", "pardoned prisoners convicted over last year's protests")."""
    parts = [tok.text] + [_phrase_without_clauses(c, own_day) for c in tok.children if c.dep_ in _TIME_DEPS]
    return " ".join(parts)


_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp"}
# documents and accords a year can name ("the 2021 ceasefire agreement", "the 2015 nuclear deal")
_INSTRUMENTS = {"agreement", "accord", "deal", "treaty", "pact", "ceasefire", "truce", "constitution", "law", "act",
                "resolution", "charter", "protocol", "memorandum", "convention", "framework", "roadmap"}


def _phrase_without_clauses(tok: Token, own_day: bool = False) -> str:
    """The words of `tok`'s subtree outside the clauses nested in it: in "fired on protesters who had gathered
    to mark last year's coup" the time phrase belongs to the gathering, not to the firing."""
    def inside_clause(w: Token) -> bool:
        if w.dep_ in ("nummod", "compound") and w.head.lemma_.lower() in _INSTRUMENTS and w.head.i != tok.i:
            return True  # (round K7) "a violation of the 2021 ceasefire agreement": the year names the agreement
        if _names_other_occasion(w, tok.head, own_day):
            return True  # (round K31) "killed 12 villagers on Sunday, two years after the 2029 massacre"
        if w.dep_ in ("nummod", "compound") and _YEAR_RE.fullmatch(w.text) and w.head.i != tok.i and \
                w.head.lemma_.lower() in _EVENT_NOUNS and w.head.dep_ == "pobj" and \
                w.head.head.lower_ in ("for", "over"):
            return True  # (round C15) "sentenced him for the 2015 attack": the year dates the attack judged
        cur = w
        while cur.i != tok.i and cur.head.i != cur.i:
            if cur.dep_ in _CLAUSE_DEPS:
                return True
            cur = cur.head
        return False
    return " ".join(w.text for w in tok.subtree if not inside_clause(w))


# (round K31) "in a repeat of the 2022 massacre", "on the anniversary of the 1973 coup", "protests against the 2024
# finance bill", "the deadliest attack since the 2019 massacre": a year (or "last year's") written into another noun,
# reached through one of these prepositions, dates that other occasion, the one the event is set against; never the
# event itself. "in/during the 1994 genocide" and "at the height of the 2011 uprising" do date it (the deed was part of
# it). "two days after the 2019 election" dates the deed near that year and "arrested for the killing in 2019" may too,
# unless the deed names its own current day ("killed 12 villagers on Sunday, two years after the 2029 massacre",
# "arrested five men on Monday for their role in the killing of a journalist in 2019"): see `_COUNTED_FROM`.
_OTHER_OCCASION_PREPS = {"since", "of", "against", "like", "unlike", "than", "into", "over", "about", "to", "with",
                         "from"}
_COUNTED_FROM = {"after", "before", "following", "for"}
# "at the start of", "in the first days of", "on the eve of": a part of the other occasion's own time
_TIME_PARTS = {"start", "beginning", "end", "height", "peak", "middle", "midst", "outset", "course", "day", "days",
               "week", "weeks", "month", "months", "hour", "hours", "night", "morning", "evening", "eve", "time",
               "years", "year", "run", "aftermath", "wake", "close", "dawn", "early", "first", "last"}
_NOUN_MODIFIER_DEPS = {"nummod", "compound", "amod", "poss", "npadvmod"}
_DATE_WORD = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|(?:mon|tues|wednes|thurs"
                        r"|fri|satur|sun)day$|(?:year|month|week|day|decade)s?$|\d")


def _names_other_occasion(w: Token, top: Token, own_day: bool) -> bool:
    """`w` lies in a modifier of a noun other than `top` ("2024" in "the 2024 protests"), a noun reached from `top`
    (the word whose phrase is read) through a preposition of another occasion (with `own_day`, the event's phrase
    names its current day, also one counted from: "after", "before"); or past its own preposition, in a phrase of
    another occasion ("similar to one in 2022")."""
    cur, own_prep = w, False
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in _NOUN_MODIFIER_DEPS and cur.head.i != top.i and cur.head.pos_ in ("NOUN", "PROPN") and \
                not _DATE_WORD.match(cur.head.text):
            # (a date's own words, "Feb. 26, 2020", are the time itself: "the raid of Feb. 26, 2020")
            return _through_other_prep(cur.head, top, own_day)
        if cur.dep_ == "prep":
            # "an attack similar to one in 2022": past the time's own preposition ("in 2022", "from 2019"), one of
            # another occasion ("to one", not "of": "the killing of 800 people in 1994" is of that year)
            if own_prep and (cur.lower_ in _OTHER_OCCASION_PREPS - {"of"} or (own_day and cur.lower_ in _COUNTED_FROM)):
                return True
            own_prep = True
        cur = cur.head
    return False


def _through_other_prep(noun: Token, top: Token, own_day: bool) -> bool:
    cur = noun
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "prep":
            word = cur.lower_
            if word == "of" and cur.head.lower_ in _TIME_PARTS:
                return False
            if word in _OTHER_OCCASION_PREPS or (own_day and word in _COUNTED_FROM):
                return True
        cur = cur.head
    return False


# (round K32) verbs that set the event beside another: their time phrases ("compared the attack to a similar shooting
# in 2024", the parse hanging "in 2024" on the verb) belong to the comparing or to the other occasion, never the event
_COMPARING = frozenset({"compare", "liken", "equate", "contrast"})


def _other_occasion_prep(prep: Token) -> bool:
    """(round K32) A verb's phrase that sets its object against another occasion ("compared the killings to the 2022
    massacre", "likened the attack to one in 2019"): its year is that occasion's, not the object event's."""
    return prep.dep_ == "prep" and prep.lower_ in _OTHER_OCCASION_PREPS - {"of", "since", "from"} and \
        any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in prep.children)


def _occasion_above(noun: Token) -> Token:
    """(round K32) The event noun whose phrase holds `noun` ("the 2022 massacre in Moura, where soldiers killed
    hundreds": Moura is the massacre's place, so the where-clause tells the massacre), else `noun` itself."""
    cur = noun
    for _ in range(6):
        if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.dep_ != "prep" and cur.lemma_.lower() in _EVENT_NOUNS:
            return cur
    return noun


# "approved the package, the 21st since Russia's invasion of Ukraine in February 2022": a superlative's or
# ordinal's since-phrase compares the event with a past one; its year does not make the event past
_COMPARISON_SINCE = re.compile(
    r"(?i)\b(?:\w+est|most\s+\w+|first|only|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)\b(?:\s+[\w'\u2019-]+){0,8}?\s+since\b[^,;]*")


_SINCE_SPAN = re.compile(r"(?i)\bsince\b[^,;]*")
# (round K31) the last weeks of last year, read in January: "on Dec. 30 last year", "in December last year", "late
# last year" (dates.py weighs such a day against the publication day with its 30 days)
# (round K32) and December's holidays: "on Christmas Eve last year", "on New Year's Eve last year" read on Jan. 7
_DATED_LAST_YEAR = re.compile(
    r"(?i)\b(?:Dec(?:ember|\.)?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?Dec(?:ember|\.)?"
    r"|late|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year\s?(?:'s|\u2019s)?\s+Eve)\s+(?:of\s+)?last\s+year\b")


# (round C19) a joined verb with a current time of its own keeps it: the parser joins "Widows of the farmers
# massacred at Yelwata in June 2025 marched ... on Monday" as two verbs, and the march is not of June 2025
_CURRENT_TIME = re.compile(r"(?i)\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|"
                           r"yesterday|tonight|overnight|this\s+(?:week|morning|afternoon|evening)|earlier\s+this)\b")


# (round K35) "A decade-long conflict in Darfur killed hundreds of thousands of people", "The 20-year war left 50,000
# dead": a conflict of years or decades as the subject of a deed told in the past is that conflict's toll over its
# span, long past as a whole, no deed of the news day (a time of the deed's own, "on Tuesday", keeps it current)
_LONG_SPAN = re.compile(r"(?i)^(?:(?:an?|the|its|their)\s+)?(?:(?:decades?|years?|century|months?|(?:\d+|[a-z]+)\s*-\s*"
                        r"(?:year|decade|month))\s*-\s*long|(?:\d+|[a-z]+)\s*-\s*(?:year|decade)|(?:years|decades)\s+of)"
                        r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\b")


def _long_conflict_subject(trigger: Token) -> bool:
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ != "VBD":
        return False
    for c in trigger.children:
        if c.dep_ == "nsubj":
            m = _LONG_SPAN.match(" ".join(w.text for w in c.subtree))
            return m is not None and m.group("noun").lower() in _EVENT_NOUNS
    return False


def _historical(trigger: Token, chain: list[Token], published: date | None, links4: _Links) -> bool:
    plain = _own_phrase(trigger)  # (session 26, P37: read once; asked again below, and equal when not own_day)
    own_day = _CURRENT_TIME.search(plain) is not None
    scope = _COMPARISON_SINCE.sub(" ", _own_phrase(trigger, own_day) if own_day else plain)
    if trigger.pos_ not in ("VERB", "AUX"):
        # "sanctions imposed in the 1990s": a participle describing the event noun carries its time
        scope += " " + " ".join(" ".join(w.text for w in c.subtree) for c in trigger.children if c.dep_ == "acl")
    else:
        scope += " " + " ".join(_own_phrase(c) for c in trigger.children
                                if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _EVENT_NOUNS)
    if len(chain) > 1 and trigger.dep_ in ("xcomp", "conj", "dobj", "pobj", "nsubjpass") and \
            not (trigger.dep_ == "conj" and own_day) and \
            chain[1].lemma_.lower() not in _COMPARING:
        # the verb the event hangs from carries the time: "recalled the attack last year", "invaded and annexed"
        head = chain[1]
        scope += " " + " ".join(" ".join(w.text for w in c.subtree) for c in head.children
                                if c.dep_ in ("npadvmod", "prep", "advmod", "tmod") and c.i != trigger.i
                                and trigger.i not in {w.i for w in c.subtree} and not _other_occasion_prep(c))
    if trigger.dep_ in ("relcl", "acl"):
        # "the 2017 truck bombing that killed 500": the noun the clause describes dates it
        scope += " " + " ".join(t.text for t in trigger.head.lefts)
        scope += " " + " ".join(t.text for t in _occasion_above(trigger.head).lefts)
    # (round C8, K8's stories) any since-phrase is a span reaching the present: "signed the agreement on
    # Wednesday, the centrepiece of his first visit since taking office in October 2024" is not past
    scope = _SINCE_SPAN.sub(" ", _COMPARISON_SINCE.sub(" ", scope))
    if published is not None and published.month == 1:
        # (round K31) "on Dec. 30 last year" read on Jan. 5 is last week: past by its date (dates.py), not by its words
        scope = _DATED_LAST_YEAR.sub(" ", scope)
    if _HIST_RE.search(scope) or any(t.lemma_.lower() in _MEMORY_HEADS for _, t in links4):
        return True
    if not own_day and _long_conflict_subject(trigger):
        return True
    years = [int(y) for y in _YEAR_RE.findall(scope)]
    if published is not None:
        return any(y <= _last_past_year(published) for y in years)
    # without a publication date, a year written into the event's own phrase ("the 1994 genocide",
    # "the talks of 1978", "attacked in 2019") marks a past event: reports of current events rarely name their year
    return bool(years)


# "will not go unpunished", "must not go unanswered": said of a deed already done
_UNANSWERED = frozenset({"unpunished", "unanswered", "unavenged", "unchallenged", "unnoticed"})


def _goes_unanswered(trigger: Token) -> bool:
    """The trigger is the verb of "(will not) go/remain unanswered" itself: a threat of a response."""
    return trigger.lemma_.lower() in ("go", "remain", "stay") and \
        any(c.lower_ in _UNANSWERED for c in trigger.children)


def _answered(trigger: Token) -> bool:
    """The event is the subject of "go/remain unpunished": a promise of a response to it."""
    head = trigger.head
    return trigger.dep_ == "nsubj" and head.lemma_.lower() in ("go", "remain", "stay") and \
        any(c.lower_ in _UNANSWERED for c in head.children)


def aux_modes(trigger: Token, published: date | None = None) -> tuple[str, ...]:
    """Subset of ("historical", "future", "hypothetical", "negation") that applies to the event at `trigger`."""
    if trigger.dep_ in ("amod", "compound") and trigger.pos_ not in ("VERB", "AUX") and trigger.head.i != trigger.i:
        # a modifier trigger ("chemical" in "chemical weapons might be used") stands for its noun phrase
        trigger = trigger.head
    chain = _chain(trigger)
    # the governing links are read by several tests below: computed once per event
    links4, links5 = _governor_links(chain, 4), _governor_links(chain, 5)
    out: list[str] = []
    if _answered(trigger):
        # "the attack on the soldiers will not go unpunished": the modes are the response's, the attack happened
        return ("historical",) if _historical(trigger, chain, published, links4) else ()
    if _negated(trigger, chain, links5):
        out.append("negation")
    aux_words = _clause_aux(chain)
    # "said it would boycott": would after a reporting verb is the future in reported speech
    reported_would = "would" in aux_words and any(t.lemma_.lower() in _REPORTING for t in chain[1:3]) and \
        not _hypothetical_subject(trigger, chain)
    if _hypothetical(trigger, chain, aux_words, reported_would, links4):
        out.append("hypothetical")
    elif _future(trigger, chain, aux_words, links4) or reported_would:
        out.append("future")
    # (round K7) without a publication date an announced act's year is ahead, not past ("will host ... in 2028")
    if _historical(trigger, chain, published, links4) and \
            not (published is None and ("future" in out or "hypothetical" in out)):
        out.append("historical")
    return tuple(out)
