"""Span selection around a party's head token (noun phrases, entity spans, coordinated names, prepositional
parties) and the word-level tests on party heads (quantified, counted, sums, acts, entities)."""
from __future__ import annotations

import re
from typing import Mapping

from spacy.tokens import Doc, Token

from newsevents.coding.actors.tables import ActorTables, _GENERIC, _OBJ, _PASS_SUBJ, _RECIP_PREPS, _SUBJ, load_tables
from newsevents.nlp import doc_tokens


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    clause = False  # (round A12) past a participle clause the parser took for list items
    for c in tok.children:
        if _listed_as_apposition(tok, c):
            out.extend(_conjuncts(c))
            continue
        if c.dep_ == "appos" and c.i == tok.i + 1 and c.pos_ == "PROPN":
            # (session 26, R37) "the Russian space organization Glavkosmos and the Indian Space Research
            # Organization": the parser hung the next item of the list on the name right after the noun
            out.extend(t for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")
                       for t in _conjuncts(g))
            continue
        if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        clause = clause or _starts_participle_clause(c, (",", ";"))
        if not (clause and _starts_participle_clause(c, (",", ";", "and", "or"))):
            out.extend(_conjuncts(c))
    return out


def _listed_as_apposition(tok: Token, c: Token) -> bool:
    """(session 23, R32) A list of countries the parser read as a name and its apposition ("The United States,
    India, Israel, Pakistan and other governments have sent ..."): a country is never another country's apposition,
    so the second is the next item of the list."""
    if c.dep_ != "appos" or c.pos_ != "PROPN" or tok.pos_ != "PROPN" or c.i < tok.i:
        return False
    return _country_name(tok) and _country_name(c)


def _country_name(tok: Token) -> bool:
    """The name phrase `tok` heads is a country's name ("India", "the United States")."""
    i, j = _np_span(tok)
    words = [t.text for t in tok.doc[i:j] if t.lower_ != "the"]
    return load_tables().countries.get(" ".join(words), ("", ""))[1] == "name"


def _starts_participle_clause(tok: Token, after: tuple[str, ...]) -> bool:
    """A "conjunct" that opens with a gerund after a comma is a participle clause the parser took for a list item:
    "a strike against the reform and spending cuts, halting buses, trains and flights and shutting banks"."""
    first = tok.doc[tok.left_edge.i]
    return first.tag_ == "VBG" and first.dep_ in ("amod", "compound") and first.head.i == tok.i and \
        first.i > 0 and tok.doc[first.i - 1].lower_ in after


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
        elif c.dep_ == "prep" and c.lower_ == "of" and not _of_deed(c) and \
                not any(x.dep_ in ("conj", "cc") and tok.i < x.i < c.i for x in tok.children) and \
                (tok.lemma_.lower() in _TITLE_HEADS or tok.lemma_.lower() in _COLLECTIVE or _of_name(c)):
            # (session 24, R33: not across a conjunct, "the army and leaders of the Fano militia")
            right = _phrase_end(c)
    doc = tok.doc
    # (session 17: and a quote mark the parser hung on the phrase, 'had "neutralised" several attackers')
    while left < tok.i and doc[left].dep_ in ("det", "punct", "case") and \
            (doc[left].lower_ in ("the", "a", "an", ",", "'s") or doc[left].is_quote):
        left += 1
    # (session 24, R33) a word the tagger split off as a second object right before this one is its modifier
    # ("accused Azerbaijani/dobj troops/dobj of firing")
    if tok.dep_ == "dobj" and left == tok.i and tok.i > 0 and doc[tok.i - 1].dep_ == "dobj" and \
            doc[tok.i - 1].head.i == tok.head.i and doc[tok.i - 1].pos_ in ("PROPN", "ADJ") and \
            not any(c.dep_ in ("conj", "cc") for c in doc[tok.i - 1].children):
        left = doc[tok.i - 1].left_edge.i
    # (session 24, R33) no phrase opens with a subordinator the parser hung on its first word ("when/advmod
    # suspected/amod al-Shabaab militants stormed ...")
    while left < tok.i and doc[left].pos_ == "SCONJ" and doc[left].dep_ in ("advmod", "mark"):
        left += 1
    return left, right + 1


# (session 24, R33) what a party says, asks, offers or decides, named by the party's possessive
OWNED_DEEDS = frozenset({"proposal", "request", "call", "offer", "decision", "resignation", "plan", "demand",
                          "invitation", "appeal", "order", "policy", "statement", "remark", "comment", "claim",
                          "accusation", "bid", "initiative", "ultimatum", "plea", "suggestion", "proposition",
                          "overture", "move", "announcement", "refusal", "stance", "conduct"})


def deed_owner(tok: Token, tb: ActorTables) -> Token:
    """(session 24, R33) A party's own deed stands for the party ("rejected Putin's proposal", "demanded the prime
    minister's resignation", "rejected a Ukrainian proposal": Putin, the prime minister, Ukraine); a deed is never a
    party itself. Else the token."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in OWNED_DEEDS:
        return tok
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and
                  _is_party_head(c, tb)), None)
    # ("rejected a Ukrainian proposal", "a U.S. State Department call": the party word before it)
    owner = owner or next((c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and
                           c.pos_ != "PRON" and _names_party_word(c, tb)), None)
    if owner is not None and owner.lower_ in _GENERIC and \
            not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in owner.lefts):
        return tok  # ("protests against the government's decision": a bare "the government" refers back elsewhere)
    return tok if owner is None else owner


def _of_deed(prep: Token) -> bool:
    """(round R11) "accused opposition leaders of inciting violence", "groups of organising the protests": an "of"
    with a gerund is the deed charged, not a part of the party's name."""
    return any(c.dep_ == "pcomp" or (c.dep_ == "pobj" and c.tag_ == "VBG") for c in prep.children)


def _entity_span(tok: Token) -> tuple[int, int]:
    """The phrase of an entity: its noun phrase, with a following apposition that names or titles it ("the
    Palestinian president, Mahmoud Abbas"; "Vladimir Putin, the Russian president")."""
    i, j = _np_span(tok)
    tb = load_tables()
    j = _listed_name_end(tok.doc, i, j, tb)
    for c in tok.rights:
        # (session 22, R31: the apposition starts right after the comma, its head may come later: "Moussa Diallo, an
        # opposition activist", "the mayor, Jean Bokele")
        if c.dep_ == "appos" and c.left_edge.i == j + 1 and tok.doc[j].text == "," and \
                not _describes_a_body(tok, c, tb) and not _list_goes_on(c) and \
                ((c.pos_ == "PROPN" and tok.pos_ != "PROPN") or (tok.pos_ == "PROPN" and c.pos_ == "NOUN" and
                                                                 (_is_party_head(c, tb) or _head_role(c)))):
            j = max(j, _np_span(c)[1])
    doc = tok.doc
    while i < tok.i and doc[i].lower_ in _RESULT_STATES and i > 0 and doc[i - 1].pos_ == "VERB":
        i += 1  # "shot dead two voters": the result state belongs to the verb, not to the victims
    if tok.dep_ == "poss" and j - 1 > i and doc[j - 1].text in ("'s", "’s", "'", "’"):
        j -= 1  # the party, not its possessive mark ("Israel's attack" -> Israel)
    if tok.dep_ in ("amod", "compound", "nmod") and _is_act_noun(tok.head):
        # the party words before an act ("Syrian government shelling", "U.S. military airstrikes"): all of them,
        # and only them ("Heavy Israeli shelling")
        while j < tok.head.i and doc[j].head.i == tok.head.i and doc[j].lemma_.lower() not in _INSTRUMENTS and \
                (_names_party_word(doc[j], tb) or (doc[j].text in _HYPHENS and j + 1 < tok.head.i and
                                                   _names_party_word(doc[j + 1], tb))):
            j += 1  # (a hyphen inside the name: "an al-Shabaab attack")
        while i < tok.i and not _names_party_word(doc[i], tb):
            i += 1
    if j < len(doc) and doc[j].text == ")" and sum(t.text == "(" for t in doc[i:j]) > \
            sum(t.text == ")" for t in doc[i:j]):
        j += 1  # close an abbreviation in brackets: "Central African Republic ( CAR )"
    return i, j


_HYPHENS = {"-", "‐", "–"}
# (session 23, R32) apposition heads naming whom a person heads or founded ("Yevgeny Prigozhin, the head of the
# Wagner group"), which the sector table leaves out (a "head" or "founder" alone is no party)
_HEAD_ROLES = frozenset({"head", "founder", "co-founder", "boss", "chief", "chairman", "chairwoman", "chairperson",
                         "leader", "commander", "deputy", "secretary-general", "director", "owner"})
# (session 22, R31) apposition heads that describe a country or a body rather than name a person's role
_BODY_WORDS = frozenset({"group", "organisation", "organization", "country", "nation", "body", "movement",
                         "association", "outfit", "state", "neighbour", "neighbor", "ally"})


def _head_role(appos: Token) -> bool:
    """(session 23, R32) An apposition saying whom a person heads, told with an article or an owner ("X, the head of
    the Wagner group", "X, Russia's chief negotiator"); a bare title after a name may be the next person's ("a call
    to Vladimir Putin, White House chief of staff John Kelly said")."""
    first = appos.doc[appos.left_edge.i]
    return appos.lemma_.lower() in _HEAD_ROLES and (first.lower_ in ("the", "a", "an") or first.dep_ == "poss")


def _list_goes_on(appos: Token) -> bool:
    """(session 22, R31) "the mayor, Jorge Ruiz, and two of his aides": a name between commas that a list goes on
    after may be a person of its own, not the mayor's name; the span keeps to the first phrase."""
    doc = appos.doc
    k = _np_span(appos)[1]
    k += 1 if k < len(doc) and doc[k].text == "," else 0
    return k < len(doc) and doc[k].lower_ in ("and", "or")


def _describes_a_body(tok: Token, appos: Token, tb: ActorTables) -> bool:
    """(session 22, R31) "Greece, the world's largest ship-owning nation", "IRENA, an intergovernmental organization",
    "Germany, other countries": a description of a country or body, which is not part of its name and whose head
    noun would give it a sector of its own ("group" REB), unlike a person's role ("X, an opposition activist")."""
    return tb.countries.get(tok.text, ("", ""))[1] == "name" or appos.lemma_.lower() in _BODY_WORDS or \
        appos.lower_ in _BODY_WORDS
_RESULT_STATES = {"dead", "alive"}


def _listed_name_end(doc: Doc, i: int, j: int, tb: ActorTables) -> int:
    """End of the longest listed organisation name that starts the phrase and runs on past it: the parse hangs
    "to Protect Journalists" or "Without Borders" on the first word as a clause or a preposition."""
    best = j
    stop = min(len(doc), i + tb.max_words)
    if j + 1 > stop:
        return best
    # the words read once (this runs for every entity): each end's keys are joins of their prefixes
    toks = doc_tokens(doc)[i:stop]
    words = [t.text for t in toks]
    with_ws = [t.text_with_ws for t in toks]
    for end in range(j + 1, stop + 1):
        n = end - i
        # (round R10: or as written, "SPLM-N", whose parse splits off the "N" as a second object; a span's
        # text is its words with their spaces, less the last word's)
        if " ".join(words[:n]) in tb.orgs or "".join(with_ws[:n - 1]) + words[n - 1] in tb.orgs:
            best = end
    return best


def _phrase_end(tok: Token) -> int:
    """Index of the last word of tok's phrase, leaving out clauses that describe it ("protesters seeking
    justice for X")."""
    end = tok.i
    listed = any(others_listed(c) for c in tok.rights)
    for c in tok.rights:
        # (round R24: not more people listed after it, "the head of X, Y, and other activists": parties of their own)
        if c.dep_ not in ("acl", "relcl", "advcl", "punct") and not others_listed(c) and \
                not (listed and c.dep_ == "cc") and not _where_phrase(c):
            end = max(end, _phrase_end(c))
    return end


def _where_phrase(prep: Token) -> bool:
    """(session 22, R31) "in Borno state", "near the town": where the act happened, which the parser hung inside a
    party's "of" phrase ("abducted three aid workers of the Norwegian Refugee Council in Borno state"); not part
    of a name ("UN Mission in South Sudan", "Islamic Resistance in Iraq" end in a name, not a place noun)."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside") and \
        any(p.dep_ == "pobj" and p.pos_ == "NOUN" and p.is_lower and _is_place_noun(p) for p in prep.children)


def others_listed(tok: Token) -> bool:
    """(round R24) A conjunct that lists other people beside a party named inside a phrase ("detained the head of
    rights group X, Y, and other rights activists"): "other" says they are more of the kind, not a part of the name."""
    return tok.dep_ == "conj" and tok.pos_ == "NOUN" and any(c.lower_ == "other" for c in tok.lefts)


_TITLE_HEADS = {"minister", "ministry", "president", "secretary", "head", "chief", "leader"}


def _of_name(prep: Token) -> bool:
    """ "of" + a proper name completes the name of a party ("the government of Iraq", "the Arab Republic of
    Egypt", "the armies of Brazil and Argentina")."""
    head = prep.head
    tb = load_tables()
    if not (head.pos_ == "PROPN" or tb.sector_nouns.get(head.lemma_.lower()) or tb.sector_nouns.get(head.lower_)
            or _is_place_noun(head)):
        return False
    # (session 24, R33: also a named body whose head word is common, "Rebels of the M23 movement")
    return any(p.dep_ == "pobj" and not _is_temporal(p) and
               (p.pos_ == "PROPN" or (p.lemma_.lower() in _BODY_HEADS and
                                      any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in p.children)))
               for p in prep.children)


# (session 24, R33) head words of armed or political bodies named by a proper-name modifier ("the M23 movement")
_BODY_HEADS = frozenset({"movement", "group", "militia", "front", "army", "party", "organisation", "organization",
                         "coalition", "alliance", "brigade", "brigades", "council", "union"})


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
        # (session 25, R35) and a particle with an object of its own is a preposition it misread ("called on/prt
        # Turkish authorities/pobj to release him")
        if c.dep_ in ("prep", "dative", "prt") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj" and not _is_date(p) and not _on_behalf(p))
    return out


def _on_behalf(tok: Token) -> bool:
    """(session 23, R32) "on behalf of X", "in behalf of X": whom the act is done for, never whom it is aimed at
    ("Belarus, on behalf of Moscow, delivered a warning to Lithuania": Lithuania)."""
    return tok.lower_ == "behalf"


# prepositions whose object is the other side of a verb with no object ("mediated between X and Y")
_SIDE_OBJ_PREPS = (_RECIP_PREPS - {"in"}) | {"between"}
_PARTY_PREPS = {"against", "on", "with", "to", "for", "upon", "between", "into", "from", "of", "in", "at"}
# prepositions that cast a thing as something ("dismissed the report as interference in X")
_CASTING_PREPS = {"as"}


def _party_in(tok: Token, tb: ActorTables, skip: Token | None = None,
              preps: set[str] = _PARTY_PREPS) -> Token | None:
    """The nearest prepositional object under `tok` that names a party (breadth-first, skipping `skip`'s
    subtree); places count ("in northern Syria"), as in CAMEO target annotation."""
    queue = [c for c in tok.children if skip is None or c.i != skip.i]
    while queue:
        nxt: list[Token] = []
        for c in queue:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                # ("to and from North Korea": the object of a coordinated preposition; "between it and Israel":
                # a conjunct of the object)
                objs = [p for q in [c] + [g for g in c.children if g.dep_ == "conj" and g.pos_ == "ADP"]
                        for p in q.children if p.dep_ == "pobj"]
                for p in [_quantified(x) for o in objs for x in _conjuncts(o)]:  # ("the remnants of X")
                    if not _is_temporal(p) and p.ent_type_ not in _NOT_PARTY_NAMES and \
                            (_names_entity(p, tb) or p.ent_type_ in _PARTY_ENTS or
                             (c.lower_ in _LOCATIVE_PREPS and _is_place_noun(p))) and \
                            not (c.lower_ == "with" and p.lemma_.lower() in _INSTRUMENTS):
                        return p
            if c.dep_ == "prep" and c.lower_ in _CASTING_PREPS and not any(g.lower_ == "such" for g in c.children):
                # (round A12) what a thing is called names no side it is aimed at: "rejected the criticism as
                # interference in Iran's internal affairs" (examples are: "personnel such as doctors to Nepal")
                continue
            # a participle modifier carries the direction too: "a travel ban imposed on X"
            # (and the gerund of a restriction: "the ban on doing business with X")
            if c.dep_ in ("prep", "pobj", "dobj", "compound", "amod", "acl", "conj", "agent") and \
                    (c.pos_ != "VERB" or c.dep_ == "acl") or \
                    (c.dep_ == "pcomp" and c.head.lower_ in ("on", "against")):
                nxt.extend(c.children)
        queue = nxt
    return None


# named-entity types of parties and places, as the parser tags them ("to AMISOM", "with Nauert")
_PARTY_ENTS = {"GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"}
# party nouns that also name the means of an act: "pounded X with artillery" is no party
_INSTRUMENTS = {"artillery", "tank", "helicopter", "drone", "jet", "aircraft", "warplane"}
# names that are no party ("the first Gulf War", "the Paris Agreement")
_NOT_PARTY_NAMES = {"EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "today", "yesterday", "tomorrow", "week", "month", "year", "day", "night", "morning", "evening",
               "weekend", "time", "hour", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
               "nov", "dec"}
# prepositions that point an action at a party ("talks with X", "sanctions on X"); "in"/"at"/"from" name places
_DIRECTED_PREPS = {"against", "on", "with", "to", "for", "upon", "toward", "towards"}
# prepositions by which a verb sends its object to a party ("returned artifacts to X", "imposed a ban on X"); a
# verb's "with" is as often the instrument ("pounded X with artillery")
_GOAL_PREPS = {"against", "on", "to", "upon", "toward", "towards", "into", "at"}


# common nouns of places, which CAMEO annotators mark as targets like place names ("the disputed territory of
# Kashmir", "the Deraa countryside")
_PLACE_NOUNS = {"territory", "region", "area", "zone", "province", "city", "town", "village", "district",
                "countryside", "border", "capital", "enclave", "state", "county", "neighbourhood", "neighborhood",
                "republic"}


_LOCATIVE_PREPS = {"in", "at", "from", "into", "near", "across", "within", "throughout"}


def _is_place_noun(tok: Token) -> bool:
    # (also the head of a place name: "New York City", "Helmand Province", with or without NER)
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _PLACE_NOUNS


def _is_date(tok: Token) -> bool:
    """A date or time ("on Friday"), but not a counted group ("investigations of four of the corporations")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _TIME_WORDS


def _is_temporal(tok: Token) -> bool:
    """Dates and times are never parties ("on Friday", "in March"), with or without NER."""
    return tok.ent_type_ in _NOT_ENTITY_ENTS or tok.like_num or tok.lower_ in _TIME_WORDS


_QUANTIFIERS = {"some", "each", "all", "many", "most", "several", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "scores", "none", "any", "both",
                "few", "members", "part", "rest", "remnants", "number",
                # (session 23, R32) the bodies of people are those people ("the bodies of three farmers were found
                # after they were abducted": the farmers)
                "body", "bodies", "corpse", "corpses", "remains"}


def _quantified(tok: Token) -> Token:
    """The party a quantifier picks from ("some of the U.N. peacekeepers" -> peacekeepers), else tok."""
    if tok.lower_ not in _QUANTIFIERS and tok.lemma_.lower() not in _QUANTIFIERS:
        return tok
    # (session 23, R32: also an "of" right after it that the parser hung on the list's first item, "soldiers and
    # members of a pro-government militia")
    hung = [c for c in tok.head.children if c.i == tok.i + 1] if tok.dep_ == "conj" else []
    for c in list(tok.children) + hung:
        if c.dep_ == "prep" and c.lower_ == "of":
            p = next((p for p in c.children if p.dep_ == "pobj"), None)
            if p is not None and p.pos_ in ("NOUN", "PROPN"):
                return p
    return tok


def _is_party_head(tok: Token, tb: ActorTables) -> bool:
    """A head word that is itself a party: a name, a pronoun or a kind of party ("troops"), but not the "state"
    of a "state of emergency"."""
    if tok.ent_type_ in _NOT_ENTITY_ENTS or not any(ch.isalnum() for ch in tok.text) or _is_sum(tok):
        return False  # "donated USD1 million"; a stray "." the tagger called PROPN ("On Dec . 11")
    if tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in _PERSON_NOUNS or _is_acronym(tok) or \
            _conflict_side(tok) or states_called_powers(tok):
        return True
    if not (tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_)):
        return False
    return not _state_of_thing(tok, tb)


_CURRENCY_RE = re.compile(r"^(?:US\$|USD|EUR|GBP|JPY|CHF|INR|Rs\.?|[$€£¥₹])[\d.,]*$", re.IGNORECASE)
_CURRENCY_WORDS = {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "franc", "ruble", "rouble",
                   "dinar", "dirham", "riyal", "rial", "lira", "naira", "shilling", "peso", "won", "rand",
                   "kwacha", "birr", "cedi", "taka", "usd", "eur", "gbp"}


def _is_sum(tok: Token) -> bool:
    """A sum of money ("USD1", "$", "6.3 million euros"): what is given, never the party it goes to."""
    if _CURRENCY_RE.match(tok.text):
        return True
    return tok.lemma_.lower() in _CURRENCY_WORDS and (_is_counted(tok) or tok.tag_ in ("NNS", "NNPS"))


# (session 23, R32) words that make "powers" states ("foreign powers", "world powers"), not a body's authority
# ("emergency powers")
_POWER_KINDS = frozenset({"foreign", "western", "world", "major", "great", "regional", "outside", "colonial",
                          "nuclear", "neighbouring", "neighboring", "european", "arab", "gulf", "asian", "african",
                          "global", "imperialist", "imperial"})


def states_called_powers(tok: Token) -> bool:
    """(session 23, R32) "foreign powers", "Western powers", "world powers": states, the parties a leader blames or
    a deal is struck with."""
    return tok.lower_ == "powers" and tok.pos_ == "NOUN" and \
        any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _POWER_KINDS for c in tok.lefts)


def _conflict_side(tok: Token) -> bool:
    """The sides of a conflict or talks ("both sides", "the warring sides", "the Israeli side"), not the side of a
    place ("the eastern side of the city")."""
    if tok.lemma_.lower() != "side" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return tok.tag_ == "NNS" or any(c.text[:1].isupper() and c.dep_ in ("amod", "compound") for c in tok.lefts)


def _is_acronym(tok: Token) -> bool:
    """An all-capital abbreviation the tagger took for a common noun names a body ("training to AMISOM"); not in
    text written all in capitals."""
    if not (tok.is_alpha and len(tok.text) >= 2 and tok.text.isupper()):
        return False
    return any(t.is_alpha and not t.text.isupper() for t in doc_tokens(tok.doc))


def _state_of_thing(tok: Token, tb: ActorTables) -> bool:
    """The "state" of "a state of emergency / siege": a condition, not a government nor a region."""
    return tok.lemma_.lower() == "state" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and not _names_entity(p, tb)
                                                      for p in c.children) for c in tok.children)


_ATTACK_NOUNS = {"attack", "assault", "offensive", "strike", "airstrike", "raid", "bombardment", "bombing", "shelling",
                 "operation", "crackdown", "campaign", "war", "onslaught", "incursion", "siege"}
_QUANT_WORDS = {"several", "some", "many", "dozens", "hundreds", "thousands", "scores", "few", "numerous", "two",
                "three", "four", "five"}


def _is_counted(obj: Token) -> bool:
    """A counted or quantified object is a group of people or things hit ("18 people", "several suspects"; a bare
    "killed dozens")."""
    if obj.lower_ in _BARE_COUNTS and obj.pos_ == "NOUN":
        return True
    return any(c.dep_ in ("nummod", "quantmod") or (c.dep_ in ("amod", "det") and c.lower_ in _QUANT_WORDS)
               for c in obj.children)


_BARE_COUNTS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions"}


def _elided_counted(tok: Token) -> Token | None:
    """(round A12) The counted noun a bare number as subject stands for, from the clause it is coordinated with:
    "three people were shot dead and 41 were injured" ("41" -> "people"); None for anything else."""
    if tok.pos_ != "NUM" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "conj":
        return None
    return next((c for c in tok.head.head.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and _is_counted(c)), None)


# acts and weapons that are no party ("the attack killed", "an Israeli air strike hit", "a car bomb killed"); a
# weapon the sector table maps to the force that flies or drives it ("Russian drones", "Syrian warplanes") is a
# party (MIL) and stays
_ACT_NOUNS = _ATTACK_NOUNS | {"airstrike", "blast", "explosion", "bomb", "bombing", "missile", "rocket", "shell",
                              "mortar", "grenade", "projectile", "fire", "gunfire", "barrage", "ambush", "violence",
                              "fighting", "clash", "shooting", "massacre", "killing", "ied", "mine", "landmine",
                              "explosive", "munition", "salvo"}


def _is_act_noun(tok: Token) -> bool:
    if tok.lower_ in _ACT_NOUNS and ((tok.pos_ == "PROPN" and tok.i == tok.sent.start) or
                                     (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass"))):
        # (round A12) the tagger reads a sentence's capitalised first word as a name ("Gunfire was heard ...") and
        # a gerund subject as a verb ("Shelling was heard ...")
        return True
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _ACT_NOUNS or tok.lower_ in _ACT_NOUNS) and \
        not _is_party_head(tok, load_tables())


def _names_party_word(tok: Token, tb: ActorTables) -> bool:
    """A modifier word that names a party: a name, a demonym, or a party noun ("government", "military")."""
    # (a capital at the start of a sentence says nothing: "Heavy shelling")
    demonym = tok.pos_ == "ADJ" and tok.text[:1].isupper() and \
        (tok.i != tok.sent.start or tok.text in tb.countries or tok.text in tb.peoples)
    return tok.pos_ == "PROPN" or demonym or (tok.pos_ in ("NOUN", "ADJ") and _is_party_head(tok, tb))


def _lookup_ngrams(words: list[str], table: Mapping[str, object], max_n: int) -> tuple[str, int] | None:
    """Longest n-gram of `words` found in `table` (case-sensitive), with its start word index."""
    for n in range(min(max_n, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in table:
                return key, i
    return None


def _names_entity(tok: Token, tb: ActorTables) -> bool:
    """Whether the phrase headed by tok names a party: a known organisation or country inside it, a proper
    noun head, or a head noun with a sector ("troops", "villagers"; not "military aid")."""
    if not any(ch.isalnum() for ch in tok.text):
        return False  # a stray "." the tagger called PROPN ("On Dec . 11")
    if tok.pos_ != "PRON" and _is_party_head(tok, tb):
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return True  # "the journalist, Moussa Tchangari"
    if any(c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
           or c.dep_ == "compound" and _is_party_head(c, tb) for c in tok.lefts):
        return True  # a party's thing: "an army camp", "Hamas positions", "African countries"
    i, j = _np_span(tok)
    words = [t.text for t in tok.doc[i:j]]
    return _lookup_ngrams(words, tb.orgs, tb.max_words) is not None or \
        _lookup_ngrams(words, tb.countries, tb.max_words) is not None


# people named by their situation, not their sector: parties all the same ("freed prisoners")
# (round R7: "informant", "informer": "arrested a suspected informant for the bandits" holds the informant)
_PERSON_NOUNS = {"informant", "informer",
                 "prisoner", "detainee", "hostage", "captive", "suspect", "household", "inmate", "victim",
                 "volunteer", "guard", "owner", "candidate", "bank", "entity", "national", "delegation", "delegate",
                 "representative", "member", "country", "nation", "ally", "partner", "neighbour", "neighbor",
                 "counterpart", "donor", "organization", "organisation", "agency", "institution", "council",
                 "committee", "office", "department", "bureau", "commission", "colleague", "associate", "follower",
                 "lawyer", "relative", "faction",
                 "aide", "bodyguard", "adviser", "advisor", "assistant",  # (round R15) people round a figure
                 # (round R24) a rank names a person, whose sector his body gives ("a self-styled captain of the
                 # outfit"; a ship's captain is none)
                 "captain", "lieutenant", "colonel", "major", "sergeant", "brigadier", "corporal", "commandant",
                 "cadre"}  # (round R24) "two cadres of their rival outfit": the cadres, whose sector their body gives
_NOT_ENTITY_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}


_COLLECTIVE = {"group", "band", "number", "party", "boatload", "busload", "convoy", "crew", "handful", "couple"}


# (session 17, R26) verbs of a fight between two sides: "clashed with X", "fought with X" (no passive reading)
CLASH_VERBS = frozenset({"clash", "fight", "scuffle", "brawl", "skirmish", "tussle", "battle", "spar", "quarrel",
                         "feud", "wrangle"})
# what a fight is fought with that is no side ("fought with machetes and clubs")
_FIGHT_MEANS = frozenset({"machete", "knife", "stick", "stone", "rock", "club", "spear", "arrow", "bow", "gun",
                          "rifle", "sword", "axe", "fist", "baton", "cudgel", "bottle", "catapult", "weapon", "arm",
                          "firearm", "bullet", "grenade", "bomb", "tear", "gas", "word", "hand"})


def fight_side(tok: Token) -> bool:
    """(session 17, R26) The other side of a fight named by a plural common noun ("youths clashed with boda boda
    riders in the town of Jinja", "traders clashed with hawkers in Tamale"): people, even when the sector table
    does not know the noun, and never the town they are in; not what the fight is fought with."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "against") or \
            tok.head.head.lemma_.lower() not in CLASH_VERBS:
        return False
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not _is_temporal(tok) and not _is_place_noun(tok) and \
        not _is_sum(tok) and tok.lemma_.lower() not in _FIGHT_MEANS | _INSTRUMENTS


def subject_joined_to_object(verb: Token, tb: ActorTables) -> list[Token]:
    """(session 17, R26) "Students occupied the campus and police evicted/conj them": the parser joined the second
    clause's subject to the first clause's object. A party noun right before a coordinated verb with no subject of
    its own is that verb's subject: a shared subject would need "and" before the verb ("... the campus and police,
    and evicted them")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in _SUBJ | _PASS_SUBJ for c in verb.children):
        return []
    k = verb.left_edge.i if verb.left_edge.i < verb.i else verb.i
    while k > 0 and verb.doc[k - 1].head.i == verb.i and verb.doc[k - 1].dep_ in ("advmod", "aux", "neg"):
        k -= 1  # ("and police later evicted them", "and police have evicted them")
    prev = verb.doc[k - 1] if k > 0 else verb
    if merged_object_start(prev, verb) is not None and _is_party_head(prev, tb):
        return [prev]  # (session 20, R29) "occupied the library/nmod and security/conj guards/dobj and removed them"
    if prev.dep_ != "conj" or prev.head.dep_ not in _OBJ or prev.head.head.i != verb.head.i or \
            prev.pos_ not in ("NOUN", "PROPN") or not _is_party_head(prev, tb) or \
            not any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in prev.head.children):
        return []
    return [prev]


def merged_object_start(tok: Token, verb: Token | None = None) -> int | None:
    """(session 20, R29) "Students occupied the library and security guards removed/conj them": the parser made the
    first clause's object and the second clause's subject one noun ("the library/nmod and security/conj guards").
    For that noun, right before a coordinated verb with no subject, where the second party's words begin."""
    if verb is None:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        verb = nxt if nxt is not None and nxt.dep_ == "conj" else None
    if verb is None or tok.dep_ not in _OBJ or verb.dep_ != "conj" or verb.pos_ != "VERB" or \
            verb.head.i != tok.head.i or any(c.dep_ in _SUBJ | _PASS_SUBJ for c in verb.children):
        return None
    return _joined_modifier_start(tok, ("nmod", "compound"))


def _joined_modifier_start(tok: Token, deps: tuple[str, ...]) -> int | None:
    """Where the second of two coordinated modifiers of `tok` begins ("the library/nmod and security/conj guards":
    at "security"), the parser's sign that two phrases were made one noun."""
    for m in tok.lefts:
        conj = next((g for g in m.children if g.dep_ == "conj" and m.i < g.i < tok.i), None)
        if m.dep_ in deps and conj is not None and any(g.dep_ == "cc" for g in m.children):
            return int(conj.left_edge.i)
    return None


# (round R18) fights named by their sides ("fighting between the army and the RSF", "clashes between police and
# farmers")
FIGHT_NOUNS = frozenset({"fighting", "fight", "clash", "clashes", "battle", "skirmish", "skirmishes", "confrontation",
                         "hostilities", "gunfight", "firefight", "shootout"})


def is_fight_word(tok: Token) -> bool:
    return tok.lemma_.lower() in FIGHT_NOUNS or tok.lower_ in FIGHT_NOUNS


def first_side_word(side: Token) -> Token | None:
    """(session 18, R27) "between the military and Arakan insurgents", "between police and opposition supporters",
    parsed as one noun whose modifiers are coordinated: the first modifier, when it names a kind of party itself
    ("military", "police"), is the first side and the rest of the phrase the other."""
    if not side_apart(side):
        return None
    return _coordinated_party_modifier(side)


def _coordinated_party_modifier(side: Token) -> Token | None:
    tb = load_tables()
    # (the first word of the phrase, also on a compound: "Opposition and ruling party/compound supporters")
    first = side.doc[side.left_edge.i]
    mods = list(side.lefts) + ([first] if first.head.dep_ == "compound" and first.head.head.i == side.i else [])
    return next((c for c in mods if c.dep_ in ("amod", "nmod", "compound") and
                 any(g.dep_ == "cc" for g in c.children) and other_side_start(c) is not None and
                 (tb.sector_nouns.get(c.lemma_.lower()) or tb.sector_nouns.get(c.lower_))), None)


def other_side_start(word: Token) -> int | None:
    """Where the other side begins after a coordinated first modifier: its conjunct, or (session 20, R29) the word
    after a last-child "and" the parser left with no conjunct ("Police/nmod and/cc stone-throwing youths")."""
    conj = next((g for g in word.children if g.dep_ == "conj"), None)
    if conj is not None:
        return int(conj.left_edge.i)
    cc = [g for g in word.children if g.dep_ == "cc"]
    if cc and cc[-1].i == word.right_edge.i and cc[-1].i + 1 < word.head.i:
        return int(cc[-1].i + 1)
    return None


def of_phrase_other_side(side: Token) -> Token | None:
    """(session 21, R30) "Clashes between supporters of the governing party and opposition activists": the parser hung
    the second side inside the first side's "of" phrase, as the head of "the governing party/nmod and/cc
    opposition/conj activists" or as a conjunct of its object ("supporters of the president and student
    protesters/conj"). For a side told apart with no conjunct of its own, a plural kind of people there is the other
    side ("supporters of Ouattara and Gbagbo", a named one, stays one side: the supporters of both)."""
    if not side_apart(side) or any(c.dep_ == "conj" for c in side.children):
        return None
    tb = load_tables()
    obj = next((p for c in side.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"), None)
    if obj is None or _quantified(side).i == obj.i:
        return None  # ("members of X and Y": the members stand for their body, whose phrase holds both)
    people = next((c for c in obj.children if c.dep_ == "conj" and _plural_kind(c, tb)), None)
    if people is not None:
        return people
    return obj if of_side_start(obj) is not None and _plural_kind(obj, tb) else None


def of_side_start(tok: Token) -> int | None:
    """(session 21, R30) Where the other side `of_phrase_other_side` found begins, when the parser made it the head of
    the first side's own object ("the governing party/nmod and opposition/conj activists": at "opposition")."""
    return _joined_modifier_start(tok, ("nmod", "compound", "amod"))


# (session 21, R30) words after a holder's hyphen ("rebel-held", "government-controlled", "Houthi-run")
_HOLDING = frozenset({"held", "controlled", "run", "occupied", "dominated"})


def held_by_party(tok: Token) -> bool:
    """(session 21, R30) A place named by who holds it ("the rebel-held city", "a government-controlled town"):
    it stands for its holders, as CAMEO annotators mark it, unlike a town named by its name."""
    return any(t.lower_ in _HOLDING and t.i >= 2 and t.doc[t.i - 1].text in ("-", "–")
               for c in tok.lefts for t in c.subtree)


def _plural_kind(tok: Token, tb: ActorTables) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _is_party_head(tok, tb) and not _is_place_noun(tok)


def joint_side_word(side: Token) -> Token | None:
    """(session 19, R28) The same misparse where both sides of a fight are one party each ("clashes between police
    and opposition supporters left ...", "Opposition and ruling party youths clashed in Tamale"): a "between" side of
    a fight noun, or the subject of a fight verb, whose first modifier names a kind of party and is coordinated. That
    modifier is a side of its own, apart from the rest of the phrase; fights read so are each side's act."""
    if side_apart(side):
        return None
    prep = side.head
    of_fight = (side.dep_ == "pobj" and prep.lower_ in ("between", "among") and is_fight_word(prep.head)) or \
        (side.dep_ in _SUBJ and side.head.lemma_.lower() in CLASH_VERBS)
    return _coordinated_party_modifier(side) if of_fight else None


def alone_side_word(tok: Token) -> bool:
    """(session 19, R28) The modifier `joint_side_word` split off: a party by itself, not widened over the rest."""
    word = joint_side_word(tok.head) if tok.dep_ in ("amod", "nmod", "compound") else None
    return word is not None and word.i == tok.i


def fight_only_happens(fight: Token) -> bool:
    """A fight told as what happened ("Fighting between X and Y broke out", "flared"), not as the doer of another
    act ("Fighting between X and Y killed 12 people": both sides kill)."""
    return fight.dep_ not in _SUBJ or not any(c.dep_ in _OBJ for c in fight.head.children)


def side_apart(tok: Token) -> bool:
    """(session 18, R27) A side named in a "between" phrase that hangs on a fight read as a gerund ("Fighting/VERB
    between the army and a militia broke out") or on the verb a fight is the subject of ("Heavy fighting broke out
    between the army and a militia"): its conjuncts are the other side of that fight, not more of the same party,
    so the phrase is not widened over them."""
    if tok.dep_ in ("amod", "nmod", "compound") and tok.head.dep_ in _SUBJ | {"pobj"}:
        return side_apart(tok.head)  # (the first side split off the phrase: "between police and X supporters")
    if clash_pair(tok):
        return True  # (session 20, R29) "Police and youths clashed": side A, then side B
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("between", "among"):
        return False
    holder = prep.head
    if is_fight_word(holder) and holder.pos_ == "VERB":
        return not any(c.dep_ in _SUBJ for c in holder.children) and fight_only_happens(holder)
    if is_fight_word(holder):
        # (session 20, R29) also on a fight noun told as what happened ("clashes between police and farmers left
        # ...", "skirmishes between X and Y were reported"): first side A, then side B; not a fight that is the
        # object of another act ("to prevent a confrontation between Turkey and Syria": both its sides)
        return holder.dep_ in _SUBJ | _PASS_SUBJ | {"ROOT", "attr"} or \
            (holder.dep_ in _OBJ and holder.head.lemma_.lower() in _TELLING)
    if holder.dep_ == "acl" and holder.pos_ == "VERB" and is_fight_word(holder.head) and \
            not any(c.dep_ in _SUBJ for c in holder.children):
        # (session 19, R28) "Fighting/ROOT flared/acl between two rival clans": the fight's own verb of happening
        return fight_only_happens(holder.head)
    return holder.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ and is_fight_word(c) for c in holder.children)


# (session 20, R29) verbs that only tell of a fight ("Police reported clashes between X and Y")
_TELLING = frozenset({"report", "witness", "see", "confirm", "record", "describe", "hear", "say"})


def clash_pair(subj: Token) -> bool:
    """(session 20, R29) "Soldiers and separatist fighters clashed near Kumba": coordinated subjects of a fight verb
    that names no other side ("with"/"against" someone) are the fight's two sides, not one party."""
    verb = subj.head
    if subj.dep_ not in _SUBJ or verb.lemma_.lower() not in CLASH_VERBS or verb.pos_ != "VERB":
        return False
    if any(o.lemma_.lower() not in _FIGHT_MEANS | _INSTRUMENTS | {"other", "another"}
           for o in _prep_objects(verb, {"with", "against"})) or \
            any(c.dep_ in _OBJ and not is_fight_word(c) for c in verb.children):
        return False  # ("Police and soldiers clashed with protesters", "... fought the rebels": the other named;
        # not "fought heavy street battles")
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in subj.children) or \
        _coordinated_party_modifier(subj) is not None


def news_source(tok: Token) -> bool:
    """(session 18, R27) The paper or agency a story cites: the subject of a present-tense "reports" (SATP and wire
    style: "..., reports Daily Excelsior", "The Shillong Times reports that ..."; a "reports X" with no subject of its
    own, where the parser made X the object), or the object of "according to". It tells of the act; it takes no
    part in it."""
    verb = tok.head
    if verb.lemma_.lower() == "report" and verb.tag_ == "VBZ" and (tok.dep_ in _SUBJ or (
            tok.dep_ in _OBJ and tok.i > verb.i and not any(c.dep_ in _SUBJ for c in verb.children))):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
