"""Actors and recipients from the dependency parse around the trigger, normalised to PLOVER entity codes.

Who: nsubj of the trigger verb (or of the verb it depends on through xcomp/conj), the "by" agent of a passive,
the possessor or nationality modifier of a nominal trigger ("Israel's attack on ...", "Russian shelling").
Whom: dobj, nsubjpass of a passive, pobj of on/against/at/upon/with/to. Conjunctions give lists; appositions help
normalise. Pronouns and "the group" take the nearest previous entity in the sentence, else they are dropped.

Normalisation (data/actors/*.tsv): organisation aliases -> canonical name, code, sector; country names, demonyms and
capitals (as governments) -> ISO alpha-3; head noun -> PLOVER sector. Entities without a country take the
country of the sentence's place names, then the article's most-mentioned country.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from newsevents.records import Entity

_SUBJ = {"nsubj", "csubj"}
_PASS_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "obj", "attr", "dative"}
_RECIP_PREPS = {"on", "against", "at", "upon", "with", "to", "into", "toward", "towards", "in"}
_PRONOUNS = {"he", "she", "they", "it", "we", "him", "her", "them", "who", "which", "that"}
_GENERIC = {"group", "organisation", "organization", "movement", "militia", "country", "government"}


@dataclass(frozen=True, slots=True)
class ActorTables:
    countries: Mapping[str, tuple[str, str]]  # surface (case-sensitive) -> (alpha-3, kind)
    countries_lower: Mapping[str, tuple[str, str]]
    orgs: Mapping[str, tuple[str, str, str | None]]  # alias -> (canonical, code, sector)
    sector_nouns: Mapping[str, str]
    max_words: int
    country_re: re.Pattern[str]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsevents.data.actors").joinpath(name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@lru_cache(maxsize=1)
def load_tables() -> ActorTables:
    countries = {r[0]: (r[1], r[2]) for r in _rows("countries.tsv")}
    orgs = {r[0]: (r[1], r[2], (r[3] if len(r) > 3 and r[3] else None)) for r in _rows("organisations.tsv")}
    sectors = {r[0]: r[1] for r in _rows("sector_nouns.tsv")}
    # country mentions anywhere in an article (for the article's country focus): names and demonyms, not capitals
    names = sorted((n for n, (_, kind) in countries.items() if kind != "capital" and len(n) > 3), key=len,
                   reverse=True)
    country_re = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")
    max_words = max(len(k.split()) for k in list(countries) + list(orgs))
    return ActorTables(countries, {k.lower(): v for k, v in countries.items()}, orgs, sectors, max_words, country_re)


def article_country_focus(text: str, tables: ActorTables | None = None) -> str | None:
    """The most-mentioned country (alpha-3) in an article, or None."""
    tb = tables or load_tables()
    counts = Counter(tb.countries[m.group(1)][0] for m in tb.country_re.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


# ---------------------------------------------------------------- span selection

def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(c))
    return out


def _np_span(tok: Token) -> tuple[int, int]:
    """Token index range [i, j) of the noun phrase headed by tok: left modifiers + head + flat right names."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct") or \
                (c.dep_ == "npadvmod" and c.pos_ == "PROPN"):
            left = min(left, c.left_edge.i)
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "case") and c.i == right + 1:
            right = c.i
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in ("minister", "ministry", "president",
                                                                        "secretary", "head", "chief", "leader"):
            right = c.right_edge.i
    doc = tok.doc
    while left < tok.i and doc[left].dep_ in ("det", "punct", "case") and doc[left].lower_ in ("the", "a", "an", ",", "'s"):
        left += 1
    return left, right + 1


def _verb_with_subject(tok: Token) -> Token:
    """Climb xcomp/conj/advcl chains to the verb that carries the subject ("vowed to attack" -> "vowed")."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ in _SUBJ | _PASS_SUBJ for c in cur.children):
            return cur
        if cur.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    return cur


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        # the parser labels "gave X to Y"'s "to" dative
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


_PARTY_PREPS = {"against", "on", "with", "to", "for", "upon", "between", "into", "from", "of", "in", "at"}


def _party_in(tok: Token, tb: ActorTables, skip: Token | None = None,
              preps: set[str] = _PARTY_PREPS) -> Token | None:
    """The nearest prepositional object under `tok` that names a party (breadth-first, skipping `skip`'s
    subtree); places count ("in northern Syria"), as in CAMEO target annotation."""
    queue = [c for c in tok.children if skip is None or c.i != skip.i]
    while queue:
        nxt: list[Token] = []
        for c in queue:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj" and not _is_temporal(p) and \
                            (_names_entity(p, tb) or p.ent_type_ in ("GPE", "LOC", "NORP")):
                        return p
            # a participle modifier carries the direction too: "a travel ban imposed on X"
            if c.dep_ in ("prep", "pobj", "dobj", "compound", "amod", "acl", "conj") and \
                    (c.pos_ != "VERB" or c.dep_ == "acl"):
                nxt.extend(c.children)
        queue = nxt
    return None


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "today", "yesterday", "tomorrow", "week", "month", "year", "day", "night", "morning", "evening",
               "weekend", "time", "hour"}
# prepositions that point an action at a party ("talks with X", "sanctions on X"); "in"/"at"/"from" name places
_DIRECTED_PREPS = {"against", "on", "with", "to", "for", "upon", "toward", "towards"}


def _is_temporal(tok: Token) -> bool:
    """Dates and times are never parties ("on Friday", "in March"), with or without NER."""
    return tok.ent_type_ in _NOT_ENTITY_ENTS or tok.like_num or tok.lower_ in _TIME_WORDS


def _directed_party(obj: Token, verb: Token, tb: ActorTables) -> Token:
    """The recipient for an object phrase: the party a thing is directed at ("held talks with X", "lifted
    restrictions on X", "UN sanctions against Iran were lifted", "gave 625 rifles to X", "a ceasefire in
    Idlib"), else the phrase itself."""
    is_party_head = obj.pos_ in ("PROPN", "PRON") or bool(tb.sector_nouns.get(obj.lemma_.lower())
                                                          or tb.sector_nouns.get(obj.lower_))
    # a counted or quantified object is a group of people or things hit, not a pointer ("18 people", "several
    # suspects"): keep it
    if is_party_head:
        return obj
    # a party the thing is pointed at comes first ("talks in Moscow with X" -> X); a place the object merely sits
    # in does not replace it ("attacked an army base in Kandahar" keeps the base)
    inner = _party_in(obj, tb, preps=_DIRECTED_PREPS)
    if inner is None and not (_is_counted(obj) or _named_possessor(obj, tb)):
        # a counted group ("several suspects in the attack on X") or a party's thing ("Putin's offer to mediate
        # between X and Y") is itself the recipient, as annotated
        inner = _party_in(obj, tb)
    if inner is None and not _names_entity(obj, tb):
        inner = _party_in(verb, tb, skip=obj, preps=_DIRECTED_PREPS) or _party_in(verb, tb, skip=obj)
    if inner is None and obj.lemma_.lower() in _ATTACK_NOUNS:
        # "launched an assault on the last ISIS bastion": the target of an attack noun, named or not
        inner = next((p for p in _prep_objects(obj, _TARGET_PREPS) if not _is_temporal(p) and
                      p.lower_ not in ("alert", "behalf", "basis")), None)
    return inner if inner is not None else obj


_TARGET_PREPS = {"on", "against", "upon"}
_ATTACK_NOUNS = {"attack", "assault", "offensive", "strike", "airstrike", "raid", "bombardment", "bombing", "shelling",
                 "operation", "crackdown", "campaign", "war", "onslaught", "incursion", "siege"}


def _named_possessor(obj: Token, tb: ActorTables) -> bool:
    return any(c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS and _names_entity(c, tb) for c in obj.children)


_POSS_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}
_TARGET_PREPS = {"on", "against", "upon"}
_ATTACK_NOUNS = {"attack", "assault", "offensive", "strike", "airstrike", "raid", "bombardment", "bombing", "shelling",
                 "operation", "crackdown", "campaign", "war", "onslaught", "incursion", "siege"}
_QUANT_WORDS = {"several", "some", "many", "dozens", "hundreds", "thousands", "scores", "few", "numerous", "two",
                "three", "four", "five"}


def _is_counted(obj: Token) -> bool:
    """A counted or quantified object is a group of people or things hit ("18 people", "several suspects")."""
    return any(c.dep_ in ("nummod", "quantmod") or (c.dep_ in ("amod", "det") and c.lower_ in _QUANT_WORDS)
               for c in obj.children)


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children)


def roles(trigger: Token) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actor(s) and recipient(s) of the event expressed by `trigger`."""
    actors: list[Token] = []
    recips: list[Token] = []
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _SUBJ and trigger.head.pos_ in ("VERB", "AUX") \
            and trigger.head.i != trigger.i and _is_party_noun(trigger, load_tables()):
        # a trigger that is the subject names the actor, not the event ("Iraqi troops launched an assault on X",
        # "government forces continued their attacks on X"): the event is its verb
        return roles(trigger.head)
    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in trigger.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.pos_ in ("PROPN", "ADJ")
                                    and c.text[:1].isupper()):
                actors.append(c)
        for p in _prep_objects(trigger, {"by"}):
            actors.append(p)
        recips.extend(_prep_objects(trigger, {"on", "against", "of", "at", "upon", "with", "to", "for", "into"}))
        if not recips:
            # "appeals to release X", "a request to visit X": the object of the infinitive the noun governs
            for c in trigger.children:
                if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" and \
                        any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
                    recips.extend(o for o in c.children if o.dep_ in _OBJ)
        base = trigger
        while base.dep_ == "conj" and base.head.i != base.i and base.head.pos_ in ("NOUN", "PROPN"):
            base = base.head  # "launched air and artillery strikes on X": the coordination's head is the object
        if not recips and base.i != trigger.i:
            recips.extend(_prep_objects(base, {"on", "against", "at", "upon", "with", "to", "into"}))
        if not recips and base.dep_ in ("dobj", "attr") and base.head.pos_ == "VERB":
            # light verb + event noun: "issued a warning to X", "launched attacks against X"
            recips.extend(_prep_objects(base.head, {"on", "against", "at", "upon", "with", "to", "into"}))
        if not actors:
            # "militants launched an attack on ...", "X is responsible for mass killings", "X began a round of
            # joint exercises": the subject of the nearest governing verb or predicate
            actors.extend(_ancestor_subjects(trigger))
        return actors, recips
    verb = trigger
    passive = _is_passive(verb)
    carrier = _verb_with_subject(verb)
    if passive:
        for c in verb.children:
            if c.dep_ == "agent":
                actors.extend(p for p in c.children if p.dep_ == "pobj")
        tb = load_tables()
        for c in verb.children:
            if c.dep_ in _PASS_SUBJ:
                recips.append(_directed_party(c, verb, tb))
    else:
        actors.extend(c for c in carrier.children if c.dep_ in _SUBJ)
        if not actors:
            # the parser sometimes hangs the subject on the auxiliary ("X and Y have/aux opposed ...")
            actors.extend(g for c in carrier.children if c.dep_ == "aux" for g in c.children if g.dep_ in _SUBJ)
        objs = [c for c in verb.children if c.dep_ in _OBJ]
        # a second direct object is an apposition the parser split off ("received the UAE Ambassador to
        # Bahrain, Abdulridha Khori"; "meet his counterpart Italian President Mattarella")
        objs = _one_direct_object(objs, load_tables())
        tb = load_tables()
        for o in objs:
            recips.append(_directed_party(o, verb, tb))
        if not recips:
            recips.extend(_prep_objects(verb, _RECIP_PREPS - {"in"}))
        if not recips:
            recips.extend(_borrowed_objects(verb, tb))
        if not recips:
            recips.extend(_complement_objects(verb, tb))
    if not actors and not passive and carrier.i != verb.i:
        actors.extend(c for c in carrier.children if c.dep_ in _PASS_SUBJ)
    if not actors and not passive:
        actors.extend(_ancestor_subjects(verb))
    return actors, _mutual(trigger, actors, recips)


# joint actions: when several coordinated parties agree, meet or clash with no one else named, each is the
# other's counterpart (PLOVER codes "X and Y agreed" as X -> Y and Y -> X; CAMEO annotators mark the pair as
# both source and target)
_MUTUAL = {"agree", "agreement", "meet", "meeting", "talk", "talks", "negotiate", "negotiation", "sign", "deal",
           "accord", "pact", "treaty", "ceasefire", "truce", "cooperate", "cooperation", "clash", "fight",
           "reconcile", "discuss", "consult", "partnership", "alliance"}


def _mutual(trigger: Token, actors: list[Token], recips: list[Token]) -> list[Token]:
    if recips or len(actors) != 1 or len(_conjuncts(actors[0])) < 2:
        return recips
    if trigger.lemma_.lower() in _MUTUAL or trigger.lower_ in _MUTUAL:
        return list(actors)
    return recips


# verbs whose infinitive complement carries the act aimed at the recipient ("threatened to shell X")
# (only threats: after "offered to send troops to X" or "declined to resign under pressure from X" the
# complement's object is what is given or refused, not the party)
_COMPLEMENT_HEADS = {"threaten", "vow", "swear"}


def _complement_objects(verb: Token, tb: ActorTables) -> list[Token]:
    """The recipient of an intention verb is the object of the act it announces: "threatened to shell
    Haifa", "vowed to attack U.S. troops"."""
    if verb.lemma_.lower() not in _COMPLEMENT_HEADS:
        return []
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            objs = _one_direct_object([o for o in c.children if o.dep_ in ("dobj", "obj")], tb)
            if objs:
                return [_directed_party(o, c, tb) for o in objs]
            return _prep_objects(c, _RECIP_PREPS - {"in"})
    return []


def _is_party_noun(tok: Token, tb: ActorTables) -> bool:
    """A head noun that names a kind of party ("troops", "prosecutors"), not an event ("protests")."""
    return bool(tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_))


def is_party_noun(tok: Token) -> bool:
    """`_is_party_noun` with the packaged tables (for trigger choice in the coder)."""
    return _is_party_noun(tok, load_tables())


def _one_direct_object(objs: list[Token], tb: ActorTables) -> list[Token]:
    """Of several direct objects keep one, the first that names a party (else the first that is no number)."""
    dobjs = [o for o in objs if o.dep_ == "dobj"]
    if len(dobjs) < 2:
        return objs
    real = [o for o in dobjs if not o.like_num] or dobjs
    keep = next((o for o in real if o.pos_ == "PROPN" or tb.sector_nouns.get(o.lemma_.lower())), real[0])
    return [o for o in objs if o.dep_ != "dobj" or o.i == keep.i]


def _borrowed_objects(verb: Token, tb: ActorTables) -> list[Token]:
    """The object a verb without its own shares with a neighbour: a coordinated verb ("rejects and condemns
    X"), or the verb it is the infinitive complement of ("called Erdogan to apologize", "urged him to stop")."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB":
            objs = [o for o in c.children if o.dep_ in ("dobj", "obj")]
            if objs:
                return [_directed_party(o, c, tb) for o in objs]
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" and \
            (verb.dep_ == "xcomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)):
        # ("summoned the envoy to complain": a purpose infinitive shares the object too, but not a counted
        # group the head verb sends: "sent seven experts to Saudi Arabia to investigate")
        return [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i
                and (verb.dep_ == "xcomp" or not _is_counted(o))]
    return []


def _ancestor_subjects(tok: Token, max_hops: int = 4) -> list[Token]:
    """Subjects of the nearest ancestor that has one ("Finland is ready to contribute" -> Finland)."""
    cur = tok
    for _ in range(max_hops):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN") and \
                not any(a.lower_ == "to" for a in cur.children if a.dep_ == "aux"):
            # (an infinitive, "accepted an invitation to meet X", keeps climbing to the subject)
            break  # "the attack that killed 5": the relative clause's subject is handled by the parser's nsubj
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in _SUBJ and not (c.i <= tok.i <= c.right_edge.i)]
        if subj:
            return subj
    return []


# ---------------------------------------------------------------- normalisation

def _lookup_ngrams(words: list[str], table: Mapping[str, object], max_n: int) -> tuple[str, int] | None:
    """Longest n-gram of `words` found in `table` (case-sensitive), with its start word index."""
    for n in range(min(max_n, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in table:
                return key, i
    return None


def normalise(span: Span, tables: ActorTables | None = None) -> tuple[str | None, str | None, str | None]:
    """(code, sector, canonical name) for an entity span."""
    tb = tables or load_tables()
    words = [t.text for t in span if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    code = sector = canon = None
    hit = _lookup_ngrams(words, tb.orgs, tb.max_words)
    if hit:
        canon, code, sector = tb.orgs[hit[0]]
    chit = _lookup_ngrams(words, tb.countries, tb.max_words)
    if chit and (code is None or code in ("IGO", "IMG")):
        ccode, kind = tb.countries[chit[0]]
        if code is None:
            code = ccode
        # a bare country name or capital stands for its government ("Beijing said", "Turkey accused")
        if len(words) == len(chit[0].split()) and kind in ("capital", "name") and sector is None:
            sector = "GOV"
    if sector is None:
        root = span.root
        for tok in [root] + [t for t in reversed(list(span)) if t is not root]:
            s = tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_)
            if s:
                sector = s
                break
    return code, sector, canon


def sentence_country(doc: Doc, tables: ActorTables | None = None) -> str | None:
    """Country of the first place name (GPE/LOC/NORP) in the sentence that the country tables know."""
    tb = tables or load_tables()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "NORP"):
            txt = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            hit = tb.countries.get(txt) or tb.countries_lower.get(txt.lower())
            if hit:
                return hit[0]
    return None


def _resolve_pronoun(tok: Token) -> Token | None:
    """Antecedent of a pronoun / "the group": the subject of the clause this one is reported or embedded in
    ("The FARC said they will ..." -> The FARC), else the nearest previous noun that names an entity."""
    tb = load_tables()
    clause = tok.head
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or clause.head.i == clause.i:
            break
        clause = clause.head
        subj = next((c for c in clause.children if c.dep_ in _SUBJ and c.i < tok.i and c.lower_ not in _PRONOUNS),
                    None)
        if subj is not None:
            return subj
    for prev in reversed(list(tok.doc[: tok.i])):
        if prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.lemma_.lower() in tb.sector_nouns
                                    and prev.lemma_.lower() not in _GENERIC):
            head = prev
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            if head.dep_ == "appos" and head.head.i < head.i:
                head = head.head  # "Nigerian Air Force (NAF)": the named phrase, not its abbreviation
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head.head  # "the Armed Forces of Colombia": the forces, not Colombia
            return head
    return None


def _names_entity(tok: Token, tb: ActorTables) -> bool:
    """Whether the phrase headed by tok names a party: a known organisation or country inside it, a proper
    noun head, or a head noun with a sector ("troops", "villagers"; not "military aid")."""
    if tok.pos_ == "PROPN" or tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_):
        return True
    i, j = _np_span(tok)
    words = [t.text for t in tok.doc[i:j]]
    return _lookup_ngrams(words, tb.orgs, tb.max_words) is not None or \
        _lookup_ngrams(words, tb.countries, tb.max_words) is not None


_NOT_ENTITY_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}


def _entity_head(tok: Token, tb: ActorTables) -> Token | None:
    """The head token of the actor/recipient phrase, or None for dates and the like. Following the CAMEO/PLOVER
    annotation convention the phrase itself is kept even when it names a thing ("a car bomb", "Trump's
    decision"); normalisation then finds any country or organisation inside it."""
    if tok.ent_type_ in _NOT_ENTITY_ENTS or tok.like_num:
        return None
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok
    if _names_entity(tok, tb):
        return tok
    for c in tok.children:
        if c.dep_ == "poss" and _names_entity(c, tb):
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from"):
            for p in c.children:
                if p.dep_ == "pobj" and _names_entity(p, tb):
                    return p
    return None


_COLLECTIVE = {"group", "band", "number", "party", "boatload", "busload", "convoy", "crew", "handful", "couple"}


def _collective_member(tok: Token, tb: ActorTables) -> Token | None:
    """The member noun of a collective phrase ("a group of fishermen" -> fishermen), when it names a party."""
    if tok.lemma_.lower() not in _COLLECTIVE:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and _names_entity(p, tb):
                    return p
    return None


def to_entities(heads: Iterable[Token], offset: int, fallback_country: str | None,
                tables: ActorTables | None = None) -> tuple[Entity, ...]:
    """Entities for head tokens (expanded over conjunctions), with article offsets (sentence start + idx)."""
    tb = tables or load_tables()
    out: list[Entity] = []
    seen: set[tuple[int, int]] = set()
    for h in heads:
        for tok in _conjuncts(h):
            if tok.lower_ in _PRONOUNS or (tok.lower_ in _GENERIC and any(c.lower_ == "the" for c in tok.lefts)
                                           and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.lefts)):
                res = _resolve_pronoun(tok)
                if res is None or res.i >= tok.i:
                    continue
                tok = res
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
                continue
            head = _entity_head(tok, tb)
            if head is None:
                continue
            tok = head
            i, j = _np_span(tok)
            if (i, j) in seen:
                continue
            seen.add((i, j))
            span = tok.doc[i:j]
            code, sector, canon = normalise(span, tb)
            member = _collective_member(tok, tb)
            if member is not None:
                # "a group of Filipino fishermen": the fishermen say who it is, not the word "group"
                mi, mj = _np_span(member)
                code, sector, canon = normalise(tok.doc[mi:mj], tb)
            if code is None and sector is not None:
                code = fallback_country
            start = offset + span.start_char
            out.append(Entity(span.text, start, start + len(span.text), code, sector, canon))
    return tuple(out)
