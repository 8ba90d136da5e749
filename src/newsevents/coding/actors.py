"""Actors and recipients from the dependency parse around the trigger, normalised to PLOVER entity codes.

Who: nsubj of the trigger verb (or of the verb it depends on through xcomp/conj), the "by" agent of a passive (else
the party of an "as/when" clause timing it, else the place's authorities: "was arrested in Niger"), the possessor
or nationality modifier of a nominal trigger ("Israel's attack on ...", "Russian shelling"); the speaker of a
demand ("Russia says Israel must end ..." -> Russia; recipient Israel).
Whom: the party an object is directed at, else the object. A party object is itself the recipient ("killed 18
people"); a thing sent or aimed goes to the party after to/on/against ("returned paintings to the government of
Brazil"); a thing tied to a party stays ("attacked an Afghan army base"); a bare thing points to the party or place
it is done in ("declared a state of siege in Pando"), and is dropped when it names none ("lifted a ban"). A
party's own forces point to where they go or leave ("withdraw its troops from Abyei"). Also: nsubjpass of a
passive, pobj of on/against/at/upon/with/to, indirect objects ("gave Putin a warning"), the subject of a
causative or demand complement ("help Haiti cope", "demanded that the US cancel"), the act a predicate announces
("is willing to send resources to Colombia"), and the place of an act with no other side ("surrendered in X").
Conjunctions give lists; quantifiers give the party they pick from ("some of the U.N. peacekeepers"). Coordinated
parties of a joint act with no named other side, and the sides of a meeting, are listed as each other's
recipients (reciprocal events), also when a light verb's object names the meeting or joint act ("held talks with
Y", "X and Y began a joint exercise", "X and Y are violating the ceasefire agreement"). A participle on a party
names the act done to it ("U.S.-backed fighters", "let free activists"); the subject of "launched attacks" is the
attacker whatever the word ("hackers"). An act of purpose with no other side takes its carrier's destination
("sent experts to X to investigate"); a peace mission contributed to stands for its host ("troops to the
peacekeeping force in Afghanistan" -> Afghanistan). Places are found without NER too (country names inside a
proper-name phrase, "New York City", "parts of X"). Pronouns and "the group" take the subject of the reporting
clause or the nearest previous entity (object pronouns the matrix object: "called Morrison to congratulate him"),
else are dropped ("the government" with nothing before it is kept as it is). A reaction to another party's act is
aimed at its author ("welcomed the visit by X", "rejected calls by X"); a plea for a thing at the party the thing
is aimed at ("called for sanctions against X"); a reported demand at the party that must act ("reaffirms that all
parties must ..."). A sum of money is never a recipient; an attack's object is kept even as a bare thing ("the
convoy was attacked"); a protest at a party's seat is aimed at it ("rallied outside the US embassy"). The parties
of a meeting that is the subject act ("talks between X and Y failed"); exercises and relations of coordinated
parties are joint; extradition goes to the receiving state.
Where is not whom: a real object (a vehicle, building, road; any object of an attack or seizure) is not replaced by
the place it is in ("seized a tanker in the Strait of Hormuz" -> the tanker; "shelled Kharkiv" keeps the place as
object), though its owner or the party it is taken from is ("the home of X", "weapons from X"); the town all named
parties meet in is no participant. The weapon fired is never a recipient, nor a sea it lands in ("fired missiles
into the Sea of Japan" -> none; "fired rockets at Israel" -> Israel), nor where it is fired from. An act or weapon as actor stands for the party
it names, as PLOVER actors are entities ("An Israeli air strike hit" -> Israeli, "Syrian government shelling" ->
Syrian government, "a bombing by X" -> X, "killed in an Israeli raid" -> Israeli; "The attack on Oct. 7 killed" ->
no actor), while a weapon the sector table maps to the force that flies it stays ("Russian drones" RUS MIL). A
demanding participle names whom an act with no other side is aimed at ("blocked roads in Dhaka demanding the
resignation of the government"). A leader or spokesman takes the sector of the body named before it ("opposition
leaders" OPP); an entity with no country takes one named in its place phrase ("a refinery in Russia's X region").

Normalisation (data/actors/*.tsv): organisation aliases (incl. seats of government: "Kremlin", "Élysée", "Quai
d'Orsay") -> canonical name, code, sector; country names, demonyms and capitals (as governments) -> ISO alpha-3;
head noun -> PLOVER sector. Names match as written ("al-Qaeda", "People's"); in text without any capitals, case-
blind (aliases of 4+ characters). Armed actors: MIL is the state's military only. A generic force noun ("forces",
"army") is MIL unless the phrase names a non-state side: a non-state word ("rebel forces" REB, "militia forces"
PRM), a people or region that is no state ("Tigrayan forces" -> ETH REB, data/actors/peoples.tsv), or a force's
own name that is not a state's ("X Liberation/Independence Army", "X Democratic Forces", "Arakan Army" -> REB);
known groups come from the dated organisations table first (PMF, Wagner PRM; RSF REB since 2023). "the Russian
Army", "Sudanese troops", "the military" stay MIL. "its fighters" takes the code of the party reporting it
("Hezbollah said its fighters ..."). "Shan State" is a region, not a government. Entities without a country take
the country of the sentence's first country name, demonym or capital (its NER place names when the parse has
them), then the article's most-mentioned country; such a guess is noted (FALLBACK_SPANS) so that the pipeline can
replace it by the geocoded country of the party's own place ("a school in Kharkiv"). A person named without a
title ("Putin warned ...") takes code and sector from the dated office-holder table (data/actors/office_holders.tsv,
looked up for the story's date); `introduced_as` gives the pipeline what the article introduced a name with
("Georgian Prime Minister Irakli Kobakhidze ... Kobakhidze accused ...").

Round 3: a country before "-made/-built/-supplied/-designed" names the maker, not the user: it gives the phrase no
country, is not the sentence's fallback country, and the phrase takes no guessed country ("an Iranian-made drone");
a head noun's sector depends on its modifier ("protest leaders" CVL, "wedding party" CVL, "search party" none,
"National Rescue Party" PTY); a ship's name ("MV X", "the Galaxy Leader") has no sector; `introduced_as` reads
"army chief", "chief of (defence) staff", "police chief, X," and, with no country written, gives the sector alone
for a body or rank title right before the name ("The police chief, John Mwangi," -> (None, COP)).

Round R4: a thing handed back goes to whom it is returned to ("returned a stolen painting ... to the Louvre", also
when the parser hangs "to X" inside the thing's phrase); a purpose infinitive's object names the party or place the
act is for ("mobilising funds to support peace building in Colombia").

Round A5: whoever reports an act of force is its source, not a party ("the death toll from the attack rose to 21,
the health ministry said"; a state's forces reporting strikes of their kind stay the actor); a passive's attacker is
read from a timing clause hung on a coordinated or gapped verb or on its time phrase ("were killed and two others
wounded when militants ambushed ..."); a demonym alone on fire or strikes names the state's forces ("Israeli
gunfire" ISR MIL); a group's base ("Pakistan-based"), a country across a border ("the border with Venezuela") and
a trailing source ("according to the Palestinian X") give no fallback country; rights and aid groups are NGO (or
their country's SOC); a body introduced by name takes the name's sector ("a group called X Residents for Justice").

Round R5: breaking an agreement is aimed at its author or the party's agreement itself ("violated a ban by the UN",
"South Sudan's ceasefire"); a thing handed back with no "to" goes to whom it was taken from; an act "in protest
against" a measure is aimed at whoever imposed it; a purpose tried ("to try to prevent a clash between X and Y")
or served ("projects which benefit refugees") names the other side; force on a crowd is aimed at the party of its
timing clause ("fired tear gas as protesters gathered"); a refusal at whoever pressed for it ("despite X's
request"); leaving a post at the body it belongs to; an announcement where the announced act is; "used X as human
shields" at X; a restated demand ("reaffirms that all parties must ...") like a said one; "his country's support"
is the speaker's; "a court found X guilty" is the court's act on X; a bare thing coordinated with a party is no
second party ("outlawed opposition parties and thus popular participation").
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from newsevents.coding.office_holders import Holder, load_holders
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
    orgs_lower: Mapping[str, tuple[str, str, str | None]] = field(default_factory=dict)  # for lowercased text
    peoples: Mapping[str, str | None] = field(default_factory=dict)  # "Tigrayan" -> ETH ("Kurdish" -> None)


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
    # case-blind aliases only for text that has no capitals at all; short ones ("IS", "PA") never
    orgs_lower = {k.lower(): v for k, v in orgs.items() if len(k) >= 4}
    peoples = {r[0]: (r[1] or None) for r in _rows("peoples.tsv")}
    return ActorTables(countries, {k.lower(): v for k, v in countries.items()}, orgs, sectors, max_words, country_re,
                       orgs_lower, peoples)


def article_country_focus(text: str, tables: ActorTables | None = None) -> str | None:
    """The most-mentioned country (alpha-3) in an article, or None."""
    tb = tables or load_tables()
    towns = namesakes(text)
    home = _namesake_dateline(text, tb)
    if home is not None:
        return home
    counts = Counter(tb.countries[m.group(1)][0] for m in tb.country_re.finditer(text)
                     if not _no_party_mention(text, m.start(1), m.end(1)) and m.group(1).lower() not in towns)
    return counts.most_common(1)[0][0] if counts else None


# a place named after a country ("Port Sudan", "Lake Chad", "Puerto Jordan"): see _PLACE_PREFIXES
_PREFIX_BEFORE = re.compile(r"\b(?:Port|Puerto|Porto|Fort|Lake|Cape)\s+$")
_STANCE_BEFORE = re.compile(r"(?:\b(?:pro|anti)[-‐–]\s*)$", re.IGNORECASE)
_ATTRIBUTE_AFTER = re.compile(r"^[-‐–](?:led|backed|sponsored|funded|brokered|based|headquartered|made|built"
                              r"|designed|supplied)\b", re.IGNORECASE)
_FACILITY_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted({"Hospital", "Clinic", "School", "College", "University",
                                                              "Mosque", "Church", "Hotel"})) + r")\b")


# (round C7) US states and Canadian provinces, full and AP-style: "Paris, Texas", "Moscow, Idaho", "London, Ont."
# name a namesake town, not the capital of another country (the AP stylebook's state abbreviations; Georgia is
# left out: "Tbilisi, Georgia" is the country)
_SUBNATIONAL = (
    "Alabama|Ala\\.|Alaska|Arizona|Ariz\\.|Arkansas|Ark\\.|California|Calif\\.|Colorado|Colo\\.|Connecticut|Conn\\.|"
    "Delaware|Del\\.|Florida|Fla\\.|Hawaii|Idaho|Illinois|Ill\\.|Indiana|Ind\\.|Iowa|Kansas|Kan\\.|"
    "Kentucky|Ky\\.|Louisiana|La\\.|Maine|Maryland|Md\\.|Massachusetts|Mass\\.|Michigan|Mich\\.|Minnesota|"
    "Minn\\.|Mississippi|Miss\\.|Missouri|Mo\\.|Montana|Mont\\.|Nebraska|Neb\\.|Nevada|Nev\\.|New Hampshire|"
    "N\\.H\\.|New Jersey|N\\.J\\.|New Mexico|N\\.M\\.|New York|N\\.Y\\.|North Carolina|N\\.C\\.|North Dakota|"
    "N\\.D\\.|Ohio|Oklahoma|Okla\\.|Oregon|Ore\\.|Pennsylvania|Pa\\.|Rhode Island|R\\.I\\.|South Carolina|S\\.C\\.|"
    "South Dakota|S\\.D\\.|Tennessee|Tenn\\.|Texas|Utah|Vermont|Vt\\.|Virginia|Va\\.|Washington|Wash\\.|"
    "West Virginia|W\\.Va\\.|Wisconsin|Wis\\.|Wyoming|Wyo\\.|Ontario|Ont\\.|Quebec|Que\\.|Alberta|Alta\\.|"
    "Manitoba|Man\\.|Saskatchewan|Sask\\.|Nova Scotia|N\\.S\\.|New Brunswick|N\\.B\\.|British Columbia|B\\.C\\.")
_NAMESAKE = re.compile(r"\b([A-Z][A-Za-z]+|[A-Z]{3,}),\s+(?:" + _SUBNATIONAL + r")(?![A-Za-z])")


_CANADIAN = re.compile(r"Ontario|Ont\.|Quebec|Que\.|Alberta|Alta\.|Manitoba|Man\.|Saskatchewan|Sask\.|Nova Scotia|"
                       r"N\.S\.|New Brunswick|N\.B\.|British Columbia|B\.C\.")


def _namesake_dateline(text: str, tb: ActorTables) -> str | None:
    """The country of a dateline that names a namesake of a capital ("PARIS, Texas (AP) —" -> USA, "LONDON, Ont."
    -> CAN): the story is set there, though its other country words ("the French capital") are about the
    namesake's origin (round C7)."""
    m = _NAMESAKE.match(text.lstrip())
    if m is None or m.group(1).title() not in tb.countries:
        return None
    return "CAN" if _CANADIAN.match(text.lstrip()[m.end(1):].lstrip(", ")) else "USA"


# doc.user_data key: the namesake towns of the whole story (its dateline may be blanked out of the parse)
NAMESAKES = "newsevents_namesakes"


def namesakes(text: str) -> frozenset[str]:
    """Lower-cased town names the text qualifies by a US state or Canadian province ("PARIS, Texas" ->
    {"paris"}): every mention of them in the text is the namesake town, none the capital of a country."""
    return frozenset(m.group(1).lower() for m in _NAMESAKE.finditer(text))


# "near the Egyptian border": the neighbour's side of a border, not a party's country ("Pakistani border guards"
# are a party)
_BORDER_AFTER = re.compile(r"^\s+(?:border|frontier)\b(?!\s+(?:guards?|police|forces?|troops|officials?|agents?|"
                           r"patrols?|security|authorities))")


def _no_party_mention(text: str, start: int, end: int) -> bool:
    """A country word that says where no party of the story is from: a place named after it ("Lake Chad"), a cause ("pro-Palestinian"), a leader,
    backer, base or maker ("Kenyan-led", "Iranian-made"), or a word of a building's name ("the Saudi Hospital")."""
    return _PREFIX_BEFORE.search(text[max(0, start - 8):start]) is not None or \
        _STANCE_BEFORE.search(text[max(0, start - 6):start]) is not None or \
        _ATTRIBUTE_AFTER.match(text[end:end + 16]) is not None or _FACILITY_AFTER.match(text[end:end + 16]) is not None \
        or _BORDER_AFTER.match(text[end:end + 40]) is not None or _region_name(text, start, end)


_SUFFIX_AFTER = re.compile(r"^\s+(?:state|State|Valley|River|Delta|Basin)\b")


def _region_name(text: str, start: int, end: int) -> bool:
    """A country's name that begins a region's, river's or valley's ("Niger state", "the Jordan Valley"): see
    _PLACE_SUFFIXES (round C8)."""
    hit = load_tables().countries.get(text[start:end])
    return hit is not None and hit[1] == "name" and _SUFFIX_AFTER.match(text[end:end + 10]) is not None


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
        elif c.dep_ == "prep" and c.lower_ == "of" and \
                (tok.lemma_.lower() in _TITLE_HEADS or tok.lemma_.lower() in _COLLECTIVE or _of_name(c)):
            right = _phrase_end(c)
    doc = tok.doc
    while left < tok.i and doc[left].dep_ in ("det", "punct", "case") and \
            doc[left].lower_ in ("the", "a", "an", ",", "'s"):
        left += 1
    return left, right + 1


def _entity_span(tok: Token) -> tuple[int, int]:
    """The phrase of an entity: its noun phrase, with a following apposition that names or titles it ("the
    Palestinian president, Mahmoud Abbas"; "Vladimir Putin, the Russian president")."""
    i, j = _np_span(tok)
    tb = load_tables()
    j = _listed_name_end(tok.doc, i, j, tb)
    for c in tok.rights:
        if c.dep_ == "appos" and c.i == j + 1 and tok.doc[j].text == "," and \
                ((c.pos_ == "PROPN" and tok.pos_ != "PROPN") or (tok.pos_ == "PROPN" and _is_party_head(c, tb)
                                                                 and c.pos_ == "NOUN")):
            j = max(j, _np_span(c)[1])
    doc = tok.doc
    while i < tok.i and doc[i].lower_ in _RESULT_STATES and i > 0 and doc[i - 1].pos_ == "VERB":
        i += 1  # "shot dead two voters": the result state belongs to the verb, not to the victims
    if tok.dep_ == "poss" and j - 1 > i and doc[j - 1].text in ("'s", "’s", "'"):
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
_RESULT_STATES = {"dead", "alive"}


def _listed_name_end(doc: Doc, i: int, j: int, tb: ActorTables) -> int:
    """End of the longest listed organisation name that starts the phrase and runs on past it: the parse hangs
    "to Protect Journalists" or "Without Borders" on the first word as a clause or a preposition."""
    best = j
    for end in range(j + 1, min(len(doc), i + tb.max_words) + 1):
        if " ".join(t.text for t in doc[i:end]) in tb.orgs:
            best = end
    return best


def _phrase_end(tok: Token) -> int:
    """Index of the last word of tok's phrase, leaving out clauses that describe it ("protesters seeking
    justice for X")."""
    end = tok.i
    for c in tok.rights:
        if c.dep_ not in ("acl", "relcl", "advcl", "punct"):
            end = max(end, _phrase_end(c))
    return end


_TITLE_HEADS = {"minister", "ministry", "president", "secretary", "head", "chief", "leader"}


def _of_name(prep: Token) -> bool:
    """ "of" + a proper name completes the name of a party ("the government of Iraq", "the Arab Republic of
    Egypt", "the armies of Brazil and Argentina")."""
    head = prep.head
    tb = load_tables()
    if not (head.pos_ == "PROPN" or tb.sector_nouns.get(head.lemma_.lower()) or tb.sector_nouns.get(head.lower_)
            or _is_place_noun(head)):
        return False
    return any(p.dep_ == "pobj" and p.pos_ == "PROPN" and not _is_temporal(p) for p in prep.children)


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
            out.extend(p for p in c.children if p.dep_ == "pobj" and not _is_date(p))
    return out


# prepositions whose object is the other side of a verb with no object ("mediated between X and Y")
_SIDE_OBJ_PREPS = (_RECIP_PREPS - {"in"}) | {"between"}
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


# breaking an agreement, ban or truce ("violated the ceasefire", "breached UN sanctions"): the violator is the
# actor and the agreement, or whoever imposed it, the other side (as the CAMEO actor-span annotation marks it)
_VIOLATE_VERBS = {"violate", "breach", "flout", "defy", "break", "contravene", "infringe"}
_AGREEMENTS = {"ceasefire", "cease-fire", "truce", "armistice", "agreement", "accord", "deal", "pact", "treaty",
               "ban", "embargo", "sanction", "resolution", "moratorium", "curfew", "blockade", "law", "order",
               "protocol", "understanding", "arrangement", "commitment", "promise", "pledge"}


def breaks_agreement(verb: Token) -> bool:
    """A verb that breaks an agreement, ban or truce named as its object ("violated a UN-brokered ceasefire")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _VIOLATE_VERBS and \
        any(c.dep_ in ("dobj", "obj") and _is_agreement(c) for c in verb.children)


def _is_agreement(tok: Token) -> bool:
    return tok.lemma_.lower() in _AGREEMENTS or tok.lower_ in _AGREEMENTS


def _violated(obj: Token, verb: Token, tb: ActorTables) -> Token | None:
    """The other side of breaking an agreement: the party that imposed or brokered it ("a ban by the UN"), else
    the agreement itself when a party's ("South Sudan's ceasefire", "a UN-brokered truce"); None for a bare one."""
    if not (verb.lemma_.lower() in _VIOLATE_VERBS and _is_agreement(obj) and obj.head.i == verb.i):
        return None
    author = next((p for p in _prep_objects(obj, {"by", "from"}) if _names_entity(p, tb)), None)
    if author is not None:
        return author
    return obj if _named_possessor(obj, tb) or _names_entity(obj, tb) else None


def _directed_party(obj: Token, verb: Token, tb: ActorTables) -> Token:
    """The recipient for an object phrase: the party a thing is directed at ("held talks with X", "lifted
    restrictions on X", "UN sanctions against Iran were lifted", "gave 625 rifles to X", "a ceasefire in
    Idlib"), else the phrase itself."""
    obj = _quantified(obj)
    broken = _violated(obj, verb, tb)
    if broken is not None:
        return broken
    if _fired_weapon(obj, verb):
        # the weapon fired is never the other side: where it is aimed is ("fired rockets at Israel"), a sea it
        # lands in is not ("fired two missiles into the sea")
        aim = _party_in(obj, tb, preps=_AIM_PREPS) or _party_in(verb, tb, skip=obj, preps=_AIM_PREPS)
        if aim is None:
            # ("fired shells at targets in Jericho": the place of a target that names nothing itself)
            vague = [p for p in _prep_objects(verb, _AIM_PREPS) + _prep_objects(obj, _AIM_PREPS)
                     if p.lemma_.lower() in _VAGUE_THINGS]
            aim = next((x for x in (_party_in(v, tb) for v in vague) if x is not None), None)
        return aim if aim is not None and not _is_water(aim) else obj
    # (not another party it is related to: "met his Turkish counterpart in Sochi")
    own = _is_party_head(obj, tb) and obj.lemma_.lower() not in _RELATED_PARTIES and \
        any(c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS for c in obj.children)
    if (verb.lemma_.lower() in _DEPLOY_VERBS and obj.pos_ != "PROPN") or own:
        # the forces a party sends or pulls out are its own: the other side is where they go or leave
        # ("withdraw its troops from Abyei", "sent 200 troops in Syria", "mobilized troops for a war against Iraq",
        # "offered its troops to Lebanon's president")
        dest = _party_in(obj, tb, preps=_DEST_PREPS) or _party_in(verb, tb, skip=obj, preps=_DEST_PREPS) or \
            _purpose_party(verb, tb)  # ("offered to send troops to help the Philippine army")
        if dest is not None:
            return dest
    if verb.lemma_.lower() in _HANDOVER:
        # "extradited X to the US": the state a person is handed to (CAMEO/PLOVER code the two governments)
        dest = _party_in(verb, tb, skip=obj, preps={"to", "into"}) or _party_in(obj, tb, preps={"to", "into"})
        if dest is not None:
            return dest
    if verb.lemma_.lower() in _GIVE_BACK and (not _is_party_head(obj, tb) or _kind_of_thing(obj)):
        # "returned a stolen painting to the Art Loss Register": the thing handed back is no side, whom it goes
        # to is (also when the parser hangs "to X" inside the thing's own phrase); with no "to", the party it was
        # taken from ("will return weapons they seized from the army")
        dest = _handed_to(verb, obj, tb) or _taken_from(obj, tb)
        if dest is not None:
            return dest
    if _is_party_head(obj, tb):
        return obj
    author = _author_of_act(obj, verb, tb)
    if author is not None:
        return author
    if (_is_concrete(obj) or _struck_thing(obj, verb)) and obj.lemma_.lower() not in _VAGUE_THINGS and \
            obj.dep_ in {"dobj", "obj"} | _PASS_SUBJ:  # (not a venue: "rioted at a jail in northern Israel")
        # a real object is what the act is done to; a place it is in or at is where, not whom ("seized a tanker in
        # the Strait of Hormuz", "blocked roads in Dhaka"): the object stays, unless it is sent to a party
        # ("delivered equipment to the army"); roles() keeps a bare one only for acts that hit or take it
        # ("demolished the home of a Palestinian man": its owner; "donated a shipment of ventilators to assist X":
        # the party its purpose names)
        owner = next((p for p in _prep_objects(obj, {"of"}) if p.pos_ != "PRON" and _is_party_head(p, tb) and
                      not _is_place_noun(p) and not _is_country_name(p, tb)), None)
        # ("confiscated weapons from armed groups": the party a thing is taken from)
        taken = _party_in(verb, tb, skip=obj, preps={"from"}) if verb.lemma_.lower() in _TAKE_VERBS else None
        taken = taken if taken is not None and _is_party_head(taken, tb) and not _is_place_noun(taken) else None
        inner = owner or _party_in(obj, tb, preps=_DIRECTED_PREPS) or \
            _party_in(verb, tb, skip=obj, preps=_GOAL_PREPS - {"at"}) or taken or _purpose_party(verb, tb)
        return inner if inner is not None and not _is_water(inner) else obj
    # a party the thing is pointed at comes first ("talks in Moscow with X" -> X), then one the verb sends it to
    # ("returned six Iraqi artifacts to the government of Iraq", "provided training to AMISOM")
    inner = _party_in(obj, tb, preps=_DIRECTED_PREPS) or _party_in(verb, tb, skip=obj, preps=_GOAL_PREPS)
    if inner is not None:
        return inner
    if not _names_entity(obj, tb):
        # a sum or a bare thing given for a purpose goes to the party the purpose names ("donated a shipment of
        # ventilators to assist Ethiopia", "provided 6 million euros to support refugees")
        inner = _purpose_party(verb, tb)
        if inner is not None:
            return inner
    # a thing tied to a party stays ("attacked an army base in Kandahar", "Trump's decision"; "pounded Taliban
    # hideouts with artillery"); so does a counted group ("several suspects in the attack on X")
    if _is_sum(obj):
        return obj  # no party named for the money: dropped as a bare thing
    if (_is_counted(obj) and obj.ent_type_ not in _NOT_ENTITY_ENTS) or _named_possessor(obj, tb) or \
            _names_entity(obj, tb):
        return obj
    # a bare thing is read as done with, in or to a place or party ("signed an agreement with X", "a ceasefire in
    # Idlib", "declared a state of siege in Pando")
    # (a party the act demands something of comes before the place it happens in: "burned tyres in the streets of
    # X demanding the resignation of the prime minister")
    inner = _party_in(verb, tb, skip=obj, preps=_DIRECTED_PREPS) or next(iter(_demand_target(verb, tb)), None) or \
        _party_in(obj, tb) or _party_in(verb, tb, skip=obj)
    if inner is None and obj.lemma_.lower() in _ATTACK_NOUNS:
        # "launched an assault on the last ISIS bastion": the target of an attack noun, named or not
        inner = next((p for p in _prep_objects(obj, _TARGET_PREPS) if not _is_temporal(p) and
                      p.lower_ not in ("alert", "behalf", "basis")), None)
    return inner if inner is not None else obj


# things that can be hit, taken or blocked (vehicles, buildings, infrastructure, military sites): a real object,
# unlike an act or condition that is declared or imposed somewhere ("a state of siege in Pando", "a curfew in X")
_CONCRETE = {"ship", "vessel", "tanker", "boat", "ferry", "freighter", "trawler", "yacht", "car", "vehicle", "truck",
             "lorry", "bus", "minibus", "van", "train", "plane", "airliner", "convoy", "road", "highway", "motorway",
             "street", "bridge", "railway", "building", "house", "home", "office", "shop", "market", "school",
             "hospital", "clinic", "mosque", "church", "temple", "shrine", "base", "camp", "checkpoint", "outpost",
             "post", "position", "station", "facility", "plant", "depot", "warehouse", "pipeline", "port", "airport",
             "airfield", "crossing", "tower", "factory", "refinery", "dam", "compound", "headquarters", "barracks",
             "prison", "jail", "embassy", "consulate", "stadium", "hotel", "restaurant", "tunnel", "shelter",
             "infrastructure", "grid", "cable", "palace", "residence", "parliament", "court", "ministry"}
# objects that say only "something" or the hold on it ("struck a target in X", "seized control of X"): the
# place or party named with them is what is hit
_VAGUE_THINGS = {"target", "objective", "site", "location", "control", "thing", "something", "position"}
_WATER = {"sea", "ocean", "gulf", "strait", "straits", "bay", "channel", "river", "lake", "waters"}
# weapons, and the verbs that fire them: the weapon is the means, never the recipient
_WEAPONS = {"missile", "rocket", "shell", "mortar", "bomb", "grenade", "projectile", "bullet", "round", "torpedo",
            "munition", "munitions", "warhead", "explosive", "explosives", "ied", "mine", "landmine", "drone", "salvo",
            "barrage", "volley", "artillery", "ammunition", "flare", "shot", "shots", "weapon"}
_FIRE_VERBS = {"fire", "launch", "lob", "drop", "hurl", "throw", "shoot", "test-fire", "unleash", "rain", "detonate",
               "explode", "plant"}
_AIM_PREPS = {"at", "on", "into", "toward", "towards", "against", "upon", "over", "across", "to"}


def _is_concrete(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _CONCRETE or tok.lower_ in _CONCRETE)


def _is_locative(tok: Token) -> bool:
    """The object of a preposition of place ("in Dhaka", "near the border")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS | {"near", "off", "outside", "inside"}


def _is_water(tok: Token) -> bool:
    """A sea, strait or river ("the Red Sea", "into the sea"): where things happen, never a party."""
    return tok.lemma_.lower() in _WATER or tok.lower_ in _WATER


def _fired_weapon(tok: Token, verb: Token) -> bool:
    """A weapon as the object (or passive subject) of a verb that fires it ("fired two missiles", "rockets were
    launched"), not one that is hit or taken ("shot down a drone")."""
    if verb.lemma_.lower() not in _FIRE_VERBS or tok.head.i != verb.i or \
            (tok.lemma_.lower() not in _WEAPONS and tok.lower_ not in _WEAPONS):
        return False
    return not any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in verb.children)


# verbs that answer another party's act: their target is the party that acted ("welcomed the visit by X",
# "rejected a request from X", "condemned the attack by X on Y")
_RESPONSE_VERBS = {"welcome", "praise", "hail", "applaud", "commend", "condemn", "denounce", "criticise",
                   "criticize", "slam", "decry", "deplore", "reject", "dismiss", "refuse", "spurn", "accept",
                   "protest", "oppose", "support", "back", "endorse", "approve", "deny", "turn", "ignore", "answer"}


def _author_of_act(obj: Token, verb: Token, tb: ActorTables) -> Token | None:
    """The party whose act the object names, for a verb answering it: "by"/"from" X on the act noun or on a
    participle of it ("the offer made by X")."""
    if verb.lemma_.lower() not in _RESPONSE_VERBS or obj.pos_ != "NOUN":
        return None
    # (the parser also hangs "by X" on the act the object is about: "spurned offers for peace talks by X")
    acts = [obj] + [p for p in _prep_objects(obj, {"for", "of"}) if p.pos_ == "NOUN"]
    preps = [c for a in acts for c in a.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")]
    preps += [g for c in obj.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"]
    found = [p for c in preps for p in c.children if p.dep_ == "pobj" and not _is_temporal(p)]
    return next((p for p in found if _names_entity(p, tb) and p.lower_ not in _PRONOUNS), None)


# parties named by their relation to another: never the other's own forces
_RELATED_PARTIES = {"counterpart", "ally", "partner", "neighbour", "neighbor", "rival", "opponent", "enemy",
                    "adversary", "host", "guest", "colleague"}
# verbs that hand a thing back to its owner: the "to" phrase is the other side
_GIVE_BACK = {"return", "restore", "hand"}


def _handed_to(verb: Token, obj: Token, tb: ActorTables) -> Token | None:
    """The object of the verb's own "to" phrase, else of the first "to" after the handed thing anywhere in the
    verb's phrase (not a date or a number: "from 1989 to 2001"); for a thing that names no party, the party or
    place inside it ("to the cathedral museum in Toledo")."""
    # (not in a coordinated clause of its own: "returned the keys and drove to Paris")
    other = {x.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for x in c.subtree}
    for t in list(verb.children) + list(verb.subtree):
        if t.i > obj.i and t.dep_ == "prep" and t.lower_ == "to" and t.i not in other:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and not _is_temporal(pobj) and not pobj.like_num:
                pobj = _quantified(pobj)
                if _names_entity(pobj, tb) or pobj.ent_type_ in _PARTY_ENTS:
                    return pobj
                return _party_in(pobj, tb) or pobj
    return None


def _kind_of_thing(tok: Token) -> bool:
    """A proper noun with an indefinite article names a kind of thing, not a party ("a Hebrew Bible", "a
    Picasso"): a name of a party takes none."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


# verbs of taking a thing from its holder ("weapons they seized from the army", "artefacts looted from X")
_TAKEN_FROM = {"seize", "take", "steal", "loot", "capture", "confiscate", "grab", "remove", "plunder", "smuggle"}


def _taken_from(obj: Token, tb: ActorTables) -> Token | None:
    """The party a thing was taken from, named in the thing's own relative clause or participle."""
    for c in obj.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _TAKEN_FROM:
            found = _party_in(c, tb, preps={"from"})
            if found is not None and _names_entity(found, tb):
                return found
    return None


_HANDOVER = {"extradite", "extradition", "repatriate", "repatriation"}
_DEPLOY_VERBS = {"send", "deploy", "dispatch", "station", "mobilize", "mobilise", "withdraw", "pull", "strengthen",
                 "reinforce", "redeploy", "contribute", "commit", "move", "evacuate", "post"}
_DEPLOY_NOUNS = {"withdrawal", "deployment", "redeployment", "pullout", "dispatch", "mobilization",
                 "mobilisation"}
_DEST_PREPS = {"to", "into", "in", "from", "against", "toward", "towards", "for", "at", "out"}
_QUANTIFIERS = {"some", "each", "all", "many", "most", "several", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "scores", "none", "any", "both",
                "few", "members", "part", "rest", "remnants", "number"}


def _quantified(tok: Token) -> Token:
    """The party a quantifier picks from ("some of the U.N. peacekeepers" -> peacekeepers), else tok."""
    if tok.lower_ not in _QUANTIFIERS and tok.lemma_.lower() not in _QUANTIFIERS:
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            p = next((p for p in c.children if p.dep_ == "pobj"), None)
            if p is not None and p.pos_ in ("NOUN", "PROPN"):
                return p
    return tok


# verbs of trying or helping: their own infinitive is the act meant ("to try to prevent X", "to help rebuild X")
_ATTEMPT_VERBS = {"try", "seek", "attempt", "aim", "help", "work", "strive"}


def _attempted(verb: Token) -> Token:
    for _ in range(3):
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb.lemma_.lower() not in _ATTEMPT_VERBS or nxt is None:
            break
        verb = nxt
    return verb


def _clause_party(obj: Token, tb: ActorTables) -> Token | None:
    """A party that the object's relative clause names as its own object ("projects which benefit refugees")."""
    for c in obj.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB":
            found = next((o for o in c.children if o.dep_ in ("dobj", "obj") and o.pos_ != "PRON" and
                          _is_party_head(o, tb) and not _is_place_noun(o)), None)
            if found is not None:
                return found
    return None


def _purpose_party(verb: Token, tb: ActorTables) -> Token | None:
    """The party or place named as object of the verb's purpose infinitive ("... to assist Ethiopia")."""
    # (the parser also hangs the purpose on the thing sent: "send troops/dobj to distribute/relcl supplies")
    sent = [g for o in verb.children if o.dep_ in ("dobj", "obj") for g in o.children if g.dep_ in ("acl", "relcl")]
    for c in list(verb.children) + sent:
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB" and c.i > verb.i and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            c = _attempted(c)  # ("a mediation effort to try to prevent a confrontation between X and Y")
            for o in c.children:
                if o.dep_ in ("dobj", "obj") and _is_party_or_place(o, tb):
                    return o
            # ("send troops to distribute supplies in Somalia": the named place the purpose is carried out in)
            place = next((p for p in _place_of(c, ("in", "into")) if p.pos_ == "PROPN"), None)
            if place is not None:
                return place
            # ("mobilising funds to support peace building in Colombia", "to address the needs of people in
            # Yemen": the party or named place inside the purpose's object)
            # ("... between Turkey and Syria"; "to support projects which benefit Palestinian refugees": the
            # party the object's own clause names)
            inner = next((x for o in c.children if o.dep_ in ("dobj", "obj")
                          for x in [_party_in(o, tb, preps={"in", "of", "for", "between"}) or _clause_party(o, tb)]
                          if x is not None and (x.pos_ == "PROPN" or
                                                (_is_party_head(x, tb) and x.pos_ != "PRON" and
                                                 not _is_place_noun(x)))), None)
            if inner is not None:
                return inner
    return None


def _is_party_head(tok: Token, tb: ActorTables) -> bool:
    """A head word that is itself a party: a name, a pronoun or a kind of party ("troops"), but not the "state"
    of a "state of emergency"."""
    if tok.ent_type_ in _NOT_ENTITY_ENTS or not any(ch.isalnum() for ch in tok.text) or _is_sum(tok):
        return False  # "donated USD1 million"; a stray "." the tagger called PROPN ("On Dec . 11")
    if tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in _PERSON_NOUNS or _is_acronym(tok) or \
            _conflict_side(tok):
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
    return any(t.is_alpha and not t.text.isupper() for t in tok.doc)


def _state_of_thing(tok: Token, tb: ActorTables) -> bool:
    """The "state" of "a state of emergency / siege": a condition, not a government nor a region."""
    return tok.lemma_.lower() == "state" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and not _names_entity(p, tb)
                                                      for p in c.children) for c in tok.children)




def _named_possessor(obj: Token, tb: ActorTables) -> bool:
    return any(c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS and _names_entity(c, tb) for c in obj.children)


_POSS_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}
_TARGET_PREPS = {"on", "against", "upon"}
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


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children)


_MODALS = {"must", "should", "ought"}
_SPEECH = {"say", "tell", "insist", "state", "argue", "declare", "stress", "urge", "demand", "warn", "add", "write",
           "believe", "think", "announce"}


def _demand_frame(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """"Russia says Israel must end attacks", "Paet said the EU must be ready to mediate": a demand made by the
    speaker (actor) of the party that must act (recipient)."""
    cur = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cur.children):
            # ("EU says military intervention in Venezuela must be avoided": a passive demand names no addressee)
            subj = [c for c in cur.children if c.dep_ in _SUBJ | _PASS_SUBJ]
            # ("the resolution reaffirms that all parties must uphold ...": a restated demand is one too)
            if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in _SPEECH | _REAFFIRM or not subj:
                return None
            speaker = [c for c in cur.head.children if c.dep_ in _SUBJ]
            return (speaker, subj) if speaker else None
        # ("said the government must ensure security and provide amenities to X": a second demanded act)
        conj = cur.dep_ == "conj" and not any(c.dep_ in _SUBJ | _PASS_SUBJ for c in cur.children)
        if (cur.dep_ not in ("xcomp", "acomp") and not conj) or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _carries_roles(head: Token, modifier: Token) -> bool:
    """Whether the noun a trigger modifies is the event phrase ("cyber attacks", "a mediation effort"), not a
    party ("opposition members") nor a named body ("the United Nations peacekeeping mission")."""
    if head.pos_ != "NOUN" or head.i < modifier.i or _is_party_head(head, load_tables()):
        return False
    return not any(c.i < modifier.i and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                   for c in head.lefts)


def roles(trigger: Token) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actor(s) and recipient(s) of the event expressed by `trigger`."""
    a, r = _roles(trigger)
    tb = load_tables()
    if _undergoer_clause(trigger):
        a, r = [], a + r
    a = [p for x in a if not _means_agent(x) for p in _act_parties(x, tb)]
    # (the mission first: "extend their peacekeeping mission in X" is about X, not about the actor's own thing)
    r = [x for x in (_owner_of_thing(_mission_host(y, tb), a, tb) for y in r)
         if x is not None and (not _is_bare_thing(x, tb) or _struck_thing(x, trigger)) and
         not _fired_weapon(x, x.head)]
    return a, r or _purpose_goal(trigger, tb) or _controller_object(trigger, tb) or _demand_target(trigger, tb) or \
        _force_on_crowd(trigger, tb) or _pressing_party(trigger, tb) or _post_left(trigger, tb) or \
        _announced_recipients(trigger) or _refuge_place(trigger)


# Round C6 (whole-story review 6)
_HARM_PARTICIPLES = {"kill", "shoot", "wound", "injure", "hurt", "stab", "beat", "hack", "behead", "torture",
                     "maim", "burn", "strangle", "execute"}
_STATE_FOUND = {"find", "leave", "discover"}


def _undergoer_clause(trigger: Token) -> bool:
    """A harm participle without an auxiliary in a small clause: "was found shot dead", "left one man dead and
    23 people injured". Its subject (or the subject of find/leave) is who suffered the act, never who did it."""
    if trigger.tag_ != "VBN" or trigger.lemma_.lower() not in _HARM_PARTICIPLES or \
            any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    head = trigger.head
    if head.i == trigger.i or head.lemma_.lower() not in _STATE_FOUND:
        return False
    return trigger.dep_ in ("xcomp", "oprd", "ccomp") or \
        (trigger.dep_ == "conj" and any(c.dep_ == "nsubj" for c in trigger.children))


_MEANS = {"control", "timer", "phone", "telephone", "mobile", "means", "remote", "detonator", "device"}


def _means_agent(tok: Token) -> bool:
    """ "detonated by remote control": a means in the passive "by" phrase, no agent."""
    return tok.lemma_.lower() in _MEANS and tok.dep_ == "pobj" and tok.head.dep_ == "agent"


_REFUGE = {"refuge", "asylum", "shelter", "sanctuary", "protection"}


def _refuge_place(trigger: Token) -> list[Token]:
    """Where refuge is sought when the participle names no place: where its verb takes the seekers ("arrived in
    Kyrgyzstan seeking refuge", "fled to Chad seeking asylum")."""
    if trigger.lemma_.lower() != "seek" or trigger.dep_ not in ("advcl", "xcomp", "conj") or \
            not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _REFUGE for c in trigger.children):
        return []
    return _place_of(trigger.head, ("in", "to", "into", "at"))


_ANNOUNCING = {"announce", "declare", "confirm", "unveil", "proclaim"}


def _announced_recipients(trigger: Token) -> list[Token]:
    """An announcement with no side of its own is aimed where the act it announces is ("announced that the
    government will extend the curfew in Jamaica" -> Jamaica)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _ANNOUNCING:
        return []
    comp = next((c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    return roles(comp)[1] if comp is not None else []


_LEAVING_POST = {"resign", "quit", "step", "retire"}


def _post_left(trigger: Token, tb: ActorTables) -> list[Token]:
    """The body whose post is left: "resigned as president of the Soviet Union" -> the Soviet Union, "stepped
    down as head of the football federation" -> the federation."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _LEAVING_POST:
        return []
    for post in _prep_objects(trigger, {"as", "from"}):
        found = [p for p in _prep_objects(post, {"of"}) if p.pos_ != "PRON" and
                 (_is_party_head(p, tb) or _names_entity(p, tb) or _is_country_name(p, tb))]
        if found:
            return found[:1]
    return []


_REFUSING = {"decline", "refuse", "resist", "defy", "reject"}


def _pressing_party(trigger: Token, tb: ActorTables) -> list[Token]:
    """Whose demand a refusal turns down when no object names it: "declined to resign despite X's request",
    "refused to step down under pressure from X"."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _REFUSING:
        return []
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for v in verbs:
        for p in _prep_objects(v, {"despite", "under", "in"}):
            # ("despite X's request", "under pressure from X", "in defiance of X's call")
            owner = [c for c in p.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            found = owner + [x for x in _prep_objects(p, {"from", "by", "of"}) if x.pos_ != "PRON" and
                             (_is_party_head(x, tb) or _names_entity(x, tb))]
            if found:
                return found[:1]
    return []


# force used on a crowd with no object party: the verbs and what they use ("fired tear gas", "used batons",
# "opened fire", "turned water cannon on")
_FORCE_USE_VERBS = {"fire", "open", "use", "lob", "throw", "spray", "deploy", "shoot", "hurl", "unleash", "turn"}
_FORCE_MEANS = {"gas", "teargas", "tear-gas", "cannon", "cannons", "baton", "batons", "truncheon", "club", "bullet",
                "round", "pellet", "grenade", "fire", "shot", "force", "ammunition", "stick", "whip", "rubber"}


def _force_on_crowd(trigger: Token, tb: ActorTables) -> list[Token]:
    """Whom force with no object party is used on: the party acting in the "as/when/after" clause that times it
    ("Police fired tear gas as hundreds of protesters gathered" -> protesters)."""
    verb = trigger.head if trigger.dep_ in ("dobj", "obj", "conj") and trigger.head.pos_ == "VERB" else trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FORCE_USE_VERBS:
        return []
    means = [x for c in verb.children if c.dep_ in ("dobj", "obj") for x in _conjuncts(c)]
    if not any(m.lemma_.lower() in _FORCE_MEANS or m.lower_ in _FORCE_MEANS for m in means):
        return []
    for c in _timing_clauses(verb):
        subj = [_quantified(s) for s in c.children if s.dep_ in _SUBJ and s.lower_ not in _PRONOUNS]
        subj = [s for s in subj if _is_party_head(s, tb) or _names_entity(s, tb)]
        if subj:
            return subj
    return []


# acts and weapons that are no party ("the attack killed", "an Israeli air strike hit", "a car bomb killed"); a
# weapon the sector table maps to the force that flies or drives it ("Russian drones", "Syrian warplanes") is a
# party (MIL) and stays
_ACT_NOUNS = _ATTACK_NOUNS | {"airstrike", "blast", "explosion", "bomb", "bombing", "missile", "rocket", "shell",
                              "mortar", "grenade", "projectile", "fire", "gunfire", "barrage", "ambush", "violence",
                              "fighting", "clash", "shooting", "massacre", "killing", "ied", "mine", "landmine",
                              "explosive", "munition", "salvo"}


def _is_act_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _ACT_NOUNS or tok.lower_ in _ACT_NOUNS) and \
        not _is_party_head(tok, load_tables())


def _names_party_word(tok: Token, tb: ActorTables) -> bool:
    """A modifier word that names a party: a name, a demonym, or a party noun ("government", "military")."""
    # (a capital at the start of a sentence says nothing: "Heavy shelling")
    demonym = tok.pos_ == "ADJ" and tok.text[:1].isupper() and \
        (tok.i != tok.sent.start or tok.text in tb.countries or tok.text in tb.peoples)
    return tok.pos_ == "PROPN" or demonym or (tok.pos_ in ("NOUN", "ADJ") and _is_party_head(tok, tb))


def _act_parties(tok: Token, tb: ActorTables) -> list[Token]:
    """An actor phrase that names an act or weapon stands for the party that carries it out, as PLOVER actors are
    entities: the act's possessor, its nationality or name modifier ("An Israeli air strike" -> Israeli, "Syrian
    government shelling" -> Syrian government), its "by" agent ("a bombing by the Islamic State", "missiles
    fired by the Israeli military", "a Taliban-claimed car bomb"); none when it names no party ("The attack on
    Oct. 7 killed ...")."""
    if tok.lower_ in ("that", "which") and tok.dep_ in _SUBJ and tok.head.dep_ == "relcl" and \
            _is_act_noun(tok.head.head):
        # "ISIS carried out an attack ... that killed 17": the relative pronoun is the act; its party acts
        act = tok.head.head
        # (the subject of the verb that carries the act out; not "following a fire that killed 19")
        carried = [c for c in act.head.children if c.dep_ in _SUBJ] if act.dep_ in ("dobj", "obj") else []
        return _act_parties(act, tb) or carried
    if not _is_act_noun(tok):
        return [tok]
    # (a weapon word alone names no party: "A drone strike on a vehicle killed ...")
    # (a modifier with a party word in it: "US/compound Predator/compound attacks", "Sri/compound Lankan navy raid")
    mods = [c for c in tok.lefts if c.dep_ in ("poss", "amod", "compound", "nmod") and
            any(t.lower_ not in _POSS_PRONOUNS and t.dep_ != "case" and _names_party_word(t, tb) and
                t.lemma_.lower() not in _INSTRUMENTS for t in c.subtree)]
    # ("Taliban-claimed car bomb": the name on a participle)
    mods += [g for c in tok.lefts if c.dep_ == "amod" and c.pos_ == "VERB" for g in c.children
             if g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN"]
    # ("gunfire from militants": a party it comes from, not a place)
    agents = _prep_objects(tok, {"by"}) + \
        [p for p in _prep_objects(tok, {"from"}) if p.pos_ == "NOUN" and _is_party_head(p, tb)] + \
        [p for c in tok.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"
         for p in g.children if p.dep_ == "pobj"]
    named = [p for p in agents if _names_entity(p, tb)] or mods
    return sorted(named, key=lambda t: t.i)[:1]


# verbs of physical attack: what they hit is their target even when it names no party ("the convoy was attacked")
_STRIKE_VERBS = {"attack", "bomb", "shell", "strike", "storm", "raid", "ambush", "torch", "burn", "loot", "target",
                 "hit", "destroy", "damage", "ransack", "vandalise", "vandalize", "besiege", "overrun"}


# verbs of taking by force: what they take is their target too ("seized a foreign tanker")
_TAKE_VERBS = {"seize", "capture", "hijack", "commandeer", "board", "impound", "confiscate", "intercept", "sink",
               "occupy", "overrun", "kidnap", "abduct"}


def _struck_thing(tok: Token, trigger: Token) -> bool:
    """The thing an attack verb hits or a seizure takes: its object or passive subject."""
    return trigger.lemma_.lower() in _STRIKE_VERBS | _TAKE_VERBS and tok.head.i == trigger.i and \
        tok.dep_ in {"dobj", "obj"} | _PASS_SUBJ and not _is_sum(tok)


def _controller_object(verb: Token, tb: ActorTables) -> list[Token]:
    """An act the actor makes another party do, with no other side of its own, is aimed at that party ("ordered
    all newspapers to suspend publication", "pressed the unions to cancel the strike")."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or verb.head.pos_ != "VERB":
        return []
    return [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i and _is_party_head(o, tb)
            and o.pos_ != "PRON"][:1]


_PROLONG = {"extend", "expand", "renew", "prolong", "strengthen", "reinforce", "join", "enlarge"}
_MISSION_HEADS = {"force", "mission", "operation", "contingent"}
_MISSION_MARKS = {"peacekeeping", "peace", "security", "stabilization", "stabilisation", "monitoring",
                  "observer", "assistance"}


def _mission_host(tok: Token, tb: ActorTables) -> Token:
    """A peace or security mission that troops are contributed to, or whose extension is agreed, stands for the
    country it serves ("contribute troops to the NATO-led security force in Afghanistan", "agreed to an expansion
    of the peacekeeping force in Cyprus"); not when it is the target itself ("attacked the force")."""
    # ("extend their peacekeeping mission in X": the object of prolonging it, too)
    kept = (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of")) or \
        (tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _PROLONG)
    if tok.lemma_.lower() not in _MISSION_HEADS or not kept or \
            not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MISSION_MARKS for c in tok.lefts):
        return tok
    place = next((p for p in _prep_objects(tok, {"in"}) if not _is_temporal(p)), None)
    return place if place is not None and _is_party_or_place(place, tb) else tok


def _purpose_goal(verb: Token, tb: ActorTables) -> list[Token]:
    """An act of purpose with no other side of its own is done for the party or place its carrier goes or sends
    to ("sent experts to Saudi Arabia to investigate the attacks", "arrived in Nepal to help", "lent $1 billion
    to Indonesia to aid its recovery")."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ != "VERB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    # ("dispatching a team to Detroit to investigate": the parser hangs the "to" on the object sent)
    # (not a real object it acts on: "blocked the roads into Nairobi to protest")
    sent = [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and not _is_concrete(o)]
    found = [_directed_party(p, verb.head, tb) for w in [verb.head] + sent
             for p in _prep_objects(w, {"to", "into", "in"})]
    return [p for p in found if _is_party_or_place(p, tb)][:1]


def _owner_of_thing(tok: Token, actors: list[Token], tb: ActorTables) -> Token | None:
    """A thing of a party named by a pronoun stands for that party ("freezing their assets" -> them, "in return
    for its reopening of a probe" -> North Korea), unless the party is the actor itself ("opened its borders")."""
    # (also "the country's recovery": a generic owner that refers back)
    poss = next((c for c in tok.children if c.dep_ == "poss" and
                 (c.lower_ in _POSS_PRONOUNS or _is_anaphoric_generic(c))), None)
    if poss is None or tok.pos_ != "NOUN" or _is_party_head(tok, tb):
        return tok
    owner = _resolve_pronoun(poss)
    if owner is None or owner.i >= poss.i:
        return tok
    own = {t.i for a in actors for c in _conjuncts(a) for t in c.subtree}
    if poss.lower_ not in _POSS_PRONOUNS:
        # "the country's recovery" -> the country meant; "the country's Supreme Court building" names its own party
        i, j = _np_span(tok)
        named = any(t.pos_ == "PROPN" for t in tok.doc[i:j] if t.i not in {x.i for x in poss.subtree})
        return tok if named or owner.i in own else owner
    return None if owner.i in own else owner


def _is_bare_thing(tok: Token, tb: ActorTables) -> bool:
    """A recipient phrase that names no party, person or place at all ("the ban", "talks", "a 30-day deadline")."""
    if _is_sum(tok):
        return True
    if tok.pos_ not in ("NOUN",) or tok.lower_ in _PRONOUNS:
        return False
    if _names_entity(tok, tb) or _is_counted(tok) or tok.ent_type_ in _PARTY_ENTS or \
            (_is_place_noun(tok) and not _state_of_thing(tok, tb)):
        return False  # (a place, named or not, is kept: "declared a state of siege in the town")
    # (a party's modifier or complement anchors it: "the rebel enclave", "military bases", "the shrine of
    # Khomeini"; a place it merely lies in does not: "a ceasefire in Syria")
    i, j = _np_span(tok)
    # ("proposals laid out by the National Assembly": a participle's agent too)
    preps = [c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")]
    preps += [g for c in tok.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"]
    near = list(tok.doc[i:j]) + [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return not any(t.pos_ == "PROPN" or t.ent_type_ in _PARTY_ENTS or t.dep_ == "poss" or
                   (t.i != tok.i and _is_party_head(t, tb) and t.pos_ != "PRON") for t in near)


# verdicts a court or body pronounces on a party ("found X guilty of ...")
_VERDICTS = {"guilty", "innocent", "liable", "responsible", "culpable"}
_PRONOUNCING = {"find", "declare", "pronounce", "rule", "adjudge", "hold"}


def _verdict_roles(trigger: Token) -> tuple[list[Token], list[Token]] | None:
    """"A court found X guilty": the court acts on X, not X (the parser makes X the subject of "guilty")."""
    verb = trigger.head
    if trigger.pos_ != "ADJ" or trigger.lemma_.lower() not in _VERDICTS or \
            trigger.dep_ not in ("ccomp", "oprd", "xcomp") or verb.lemma_.lower() not in _PRONOUNCING:
        return None
    judged = [c for c in trigger.children if c.dep_ in _SUBJ] + [c for c in verb.children if c.dep_ in _OBJ]
    judges = [c for c in verb.children if c.dep_ in _SUBJ]
    if not judged or not judges:
        return None
    return judges, judged[:1]


def _roles(trigger: Token) -> tuple[list[Token], list[Token]]:
    tb = load_tables()
    verdict = _verdict_roles(trigger)
    if verdict is not None:
        return verdict
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _SUBJ and trigger.head.pos_ in ("VERB", "AUX") \
            and trigger.head.i != trigger.i and (_is_party_noun(trigger, tb) or _launches_attack(trigger.head)):
        # a trigger that is the subject names the actor, not the event ("Iraqi troops launched an assault on X",
        # "government forces continued their attacks on X"): the event is its verb
        return _roles(trigger.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and \
            trigger.head.head.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") for c in trigger.head.head.children):
        # what a party is used or held as names the act, the verb carries its roles ("used civilians as human
        # shields", "held the sailors as hostages")
        return _roles(trigger.head.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and breaks_agreement(trigger.head) and \
            _is_agreement(trigger):
        # the ban or truce broken is not the act: breaking it is ("North Korea violated a ban by the UN": North
        # Korea acts, not the UN); coordinated parties breaking their own agreement stay each other's side
        actors, recips = _roles(trigger.head)
        return actors, _mutual(trigger, actors, recips)
    if trigger.pos_ in ("NOUN", "PROPN", "ADJ") and trigger.dep_ in ("compound", "amod") and \
            _carries_roles(trigger.head, trigger):
        # a modifier names the event, its phrase carries the roles: "launched cyber attacks on X", "a mediation
        # effort between X and Y"
        return _roles(trigger.head)
    if trigger.dep_ == "amod" and trigger.head.i > trigger.i and _is_party_head(trigger.head, tb) and \
            trigger.head.pos_ != "PRON" and (trigger.pos_ == "VERB" or _resultative(trigger)):
        # a participle or adjective naming the act on the party it modifies ("the jailed opposition leader",
        # "U.S.-backed fighters", "let free activists"): that party is the recipient; the actor is the participle's
        # own modifier ("U.S."-backed) or, for an object, the subject of its verb
        head = trigger.head
        own = [c for c in trigger.children if c.dep_ in ("npadvmod", "compound") and c.pos_ == "PROPN"]
        return own or (_ancestor_subjects(head) if head.dep_ in ("dobj", "obj") else []), [head]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB" and \
            trigger.head.lemma_.lower() in _LIGHT_JOINT and _names_joint_act(trigger):
        # a meeting or joint act named by the object of a light verb is the verb's act, so the reciprocal and
        # joint-party rules below apply ("X held talks with Y", "X and Y began a joint exercise")
        return _roles(trigger.head)
    if trigger.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in _SUBJ for c in trigger.children):
        # (a noun with a subject is a verb the tagger missed: "EU and UN hand/NOUN over supplies to X")
        actors = _nominal_actors(trigger)
        # ("Turkey and Syria are violating the ceasefire agreement": a joint act of coordinated parties)
        return actors, _mutual(trigger, actors, _nominal_recipients(trigger, tb))
    demand = _demand_frame(trigger)
    if demand is not None:
        return demand
    actors, recips = _verbal_roles(trigger, tb)
    recips = _mutual(trigger, actors, recips)
    if actors and _is_meeting(trigger) and (len(actors) > 1 or _is_coordinated(actors[0])):
        # the town parties that are all named meet in is where, not a participant ("X and Y held talks in Oman")
        recips = [r for r in recips if not _is_locative(r)] or list(actors)
    elif actors and _is_meeting(trigger):
        # ... and so it is for one party ("negotiators met in Cairo": Cairo is no side of the talks)
        recips = [r for r in recips if not _is_locative(r)]
    if actors and recips and all(_is_party_head(r, tb) for r in recips) and \
            (_is_meeting(trigger) or (trigger.lemma_.lower() in _SIGN and all(_is_partner(r) for r in recips))):
        # a meeting, or a joint act with a partner, is reciprocal: PLOVER lists every participant as actor; like
        # the coordinated joint acts below, each side is also the other's recipient ("X met Y", "X held talks with
        # Y", "X signed an agreement with Y")
        both = actors + [r for r in recips if r.i not in {a.i for a in actors}]
        return both, list(both)
    return actors, recips


# verbs that only hold, start or stage the act their object names
_LIGHT_JOINT = {"hold", "have", "conduct", "begin", "start", "open", "resume", "stage", "perform", "launch"}


def _names_joint_act(noun: Token) -> bool:
    """A meeting noun, or an act marked joint ("talks", "a joint military exercise")."""
    return noun.lemma_.lower() in _MEETING or noun.lower_ in _MEETING or \
        any(a.dep_ == "amod" and a.lower_ in ("joint", "bilateral", "mutual") for a in noun.children)


def _resultative(adj: Token) -> bool:
    """An adjective right after the verb, before its object: the act's result ("let free activists", "set loose
    the prisoners"), not a kind of party ("humanitarian workers")."""
    obj = adj.head
    return adj.pos_ == "ADJ" and obj.dep_ in ("dobj", "obj") and adj.i == obj.head.i + 1


def _launches_attack(verb: Token) -> bool:
    """A verb whose object is an attack ("hackers launched cyber attacks on X"): its subject is the attacker,
    whatever the word, and the attack carries the target."""
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _ATTACK_NOUNS for o in verb.children)


def _nominal_actors(trigger: Token) -> list[Token]:
    """Who of an event noun: its possessor or name modifier ("Israel's attack", "Russian shelling"), its "by"
    agent, else the subject of the governing verb ("militants launched an attack", "X is responsible for mass
    killings", "the army intensified its bombardment")."""
    # (a date is no owner: "will attend Saturday's meeting")
    # ("pledged his country's support": the speaker's own country speaks through the speaker, the subject)
    actors = [c for c in trigger.children if not _is_temporal(c) and not _speakers_own(c) and
              ((c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS) or
               (c.dep_ in ("amod", "compound") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()))]
    actors.extend(_prep_objects(trigger, {"by"}))
    return actors or _ancestor_subjects(trigger)


def _speakers_own(tok: Token) -> bool:
    """A possessor that is a person's own country or government ("his country's", "her government's")."""
    return tok.dep_ == "poss" and tok.lemma_.lower() in ("country", "government", "nation", "people") and \
        any(g.dep_ == "poss" and g.lower_ in ("his", "her", "their", "our", "my") for g in tok.children)


def _nominal_recipients(trigger: Token, tb: ActorTables) -> list[Token]:
    """Whom of an event noun, from the most to the least direct cue."""
    if trigger.lemma_.lower() in _HANDOVER:
        # "the extradition of X to Panama": the state X is handed to
        found = [p for p in _prep_objects(trigger, {"to", "into"}) if _is_party_or_place(p, tb)]
        if found:
            return found
    if trigger.lemma_.lower() in _DEPLOY_NOUNS:
        # "its withdrawal of troops from Iraq": where the forces go or leave, not the forces
        found = [p for p in _prep_objects(trigger, _DEST_PREPS) if _is_party_or_place(p, tb)]
        if found:
            return found
    # ("the shipment of water to the Haitian people": a thing the noun is of is no party)
    found = [p for p in _prep_objects(trigger, {"on", "against", "of", "at", "upon", "with", "to", "for", "into"})
             if not _is_bare_thing(p, tb)]
    found = _aimed_first(found)
    if not found:
        # "the ban imposed on the LTTE": the party a participle of the noun directs it at
        inner = _party_in(trigger, tb, preps=_GOAL_PREPS)
        found = [inner] if inner is not None else []
    if not found and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB":
        # "gave Putin a warning", "sent Kim a letter": the light verb's indirect object
        found = [c for c in trigger.head.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if not found:
        # "appeals to release X", "a request to visit X": the object of the infinitive the noun governs
        found = [_directed_party(o, c, tb) for c in trigger.children
                 if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" and
                 any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                 for o in c.children if o.dep_ in _OBJ and o.pos_ != "ADP"]
    base = trigger
    while base.dep_ == "conj" and base.head.i != base.i and base.head.pos_ in ("NOUN", "PROPN"):
        base = base.head  # "launched air and artillery strikes on X": the coordination's head is the object
    if not found and base.i != trigger.i:
        found = _prep_objects(base, {"on", "against", "at", "upon", "with", "to", "into"})
    if not found and base.dep_ in ("dobj", "attr") and base.head.pos_ == "VERB":
        # light verb + event noun: "issued a warning to X", "launched attacks against X"; also on the name the
        # parser splits off the act ("launched an operation , Operation Zarb , against militants")
        names = [c for c in base.head.children if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN"] + \
            [c for c in base.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        found = _aimed_first([p for v in [base.head] + names
                              for p in _prep_objects(v, {"on", "against", "at", "upon", "with", "to", "into"})])
    if not found:
        found = _prep_objects(trigger, {"between"})  # "mediation between India and Pakistan"
    if not found:
        # "began a hunger strike in protest against laws imposed by the government": what the act protests
        found = _protested(trigger, tb) or \
            (_protested(base.head, tb) if base.dep_ in ("dobj", "obj") and base.head.pos_ == "VERB" else [])
    if not found:
        # "humanitarian assistance in Iraq", "troops remained on alert in Paris"
        found = _place_of(trigger) or _place_of(base.head.head if base.dep_ == "pobj" else base)
    if not found and base.dep_ in ("dobj", "obj", "nsubj") and base.head.pos_ == "VERB":
        # "imposed a curfew in New York City": the light verb's place; "peacekeepers arrived in South Sudan": the
        # place the subject's verb takes them to
        found = _place_of(base.head, ("in", "at", "into", "to"))
    if not found and base.dep_ in ("dobj", "obj") and base.head.pos_ == "VERB":
        # "imposed sanctions in relation to Guinea Bissau", "mobilising funds to support peace in Colombia": a
        # party further down the light verb's other phrases, else the party its purpose names
        inner = _party_in(base.head, tb, skip=base, preps=_DIRECTED_PREPS) or _purpose_party(base.head, tb)
        found = [inner] if inner is not None else []
    return found


_PROTEST_NOUNS = {"protest", "defiance", "retaliation"}


def _protested(verb: Token, tb: ActorTables) -> list[Token]:
    """What an act is done "in protest against/at/over" (or "in retaliation for"): the party whose act that is
    ("laws imposed by the government"), else the thing itself ("new taxes")."""
    for p in _prep_objects(verb, {"in"}):
        if p.lemma_.lower() not in _PROTEST_NOUNS:
            continue
        for x in _prep_objects(p, {"against", "at", "over", "of", "for", "to", "with"}):
            if _is_temporal(x):
                continue
            if _names_entity(x, tb):
                return [x]
            agents = [a for c in x.children if c.dep_ == "acl" for g in c.children
                      if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")
                      for a in g.children if a.dep_ == "pobj"]
            agents += _prep_objects(x, {"by"})
            return [a for a in agents if _names_entity(a, tb)][:1] or [x]
    return []


def _aimed_first(found: list[Token]) -> list[Token]:
    """Objects of "on/against/upon" when there are any ("held a protest at Delhi University against the siege of
    X": the target, not the venue)."""
    return [p for p in found if p.head.lower_ in ("on", "against", "upon")] or found


def _verbal_roles(verb: Token, tb: ActorTables) -> tuple[list[Token], list[Token]]:
    """Who and whom of a verb (or predicate adjective): subject and object, passive agent and subject."""
    carrier = _verb_with_subject(verb)
    if _is_passive(verb):
        actors = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        recips = [_directed_party(c, verb, tb) for c in verb.children if c.dep_ in _PASS_SUBJ]
        if not recips and verb.dep_ == "conj" and carrier.i != verb.i:
            # "Eighteen fishermen, held captive in Libya, have been freed by Libya forces": the subject of the
            # clause the passive is coordinated with
            recips = [c for c in carrier.children if c.dep_ in _SUBJ | _PASS_SUBJ]
        if not actors and not any(c.dep_ == "agent" for c in verb.children):
            # "23 civilians were killed as government forces launched air strikes": the party acting in the
            # clause that times the passive; else ("X was arrested in Niger") the authorities of the place
            # ("three civilians were killed in an Israeli airstrike": the party the act names)
            actors = _timing_clause_subjects(verb) or \
                [a for p in _prep_objects(verb, {"in", "during"}) if _is_act_noun(p) for a in _act_parties(p, tb)] or \
                [p for p in _place_of(verb, ("in",)) if (p.ent_type_ == "GPE" or _is_country_name(p, tb)) and
                 not _is_capital_city(p, tb)] or \
                _reporting_authority(verb, tb)
        return actors, recips
    if verb.lemma_.lower() in _DEATH_VERBS:
        # "a prisoner died as a result of torture": who dies is the victim; the actor is only named as "at the
        # hands of X"
        hands = [p for h in _prep_objects(verb, {"at"}) if h.lower_ == "hands" for p in _prep_objects(h, {"of"})]
        return hands, [c for c in carrier.children if c.dep_ in _SUBJ]
    return _active_actors(verb, carrier, tb), _active_recipients(verb, tb)


_DEATH_VERBS = {"die", "perish", "succumb", "drown"}
_CUSTODY_VERBS = {"arrest", "detain", "jail", "imprison", "hold", "apprehend", "nab", "deport", "expel", "fine",
                  "charge", "sentence", "convict", "disperse"}
_STATE_SECTORS = {"GOV", "COP", "MIL", "JUD"}


def _reporting_authority(verb: Token, tb: ActorTables) -> list[Token]:
    """"The interior ministry said 63 people were detained": an arrest with no named agent, reported by a state
    authority, was made by that authority (only acts of custody: a ministry reporting deaths did not kill)."""
    if verb.lemma_.lower() not in _CUSTODY_VERBS or verb.dep_ not in ("ccomp", "conj"):
        return []
    head = verb.head if verb.dep_ == "ccomp" else verb.head.head if verb.head.dep_ == "ccomp" else None
    if head is None or head.lemma_.lower() not in _SPEECH:
        return []
    subj = next((c for c in head.children if c.dep_ in _SUBJ), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    i, j = _np_span(subj)
    return [subj] if normalise(subj.doc[i:j], tb)[1] in _STATE_SECTORS else []


_GATHERINGS = {"summit", "conference", "negotiation", "dialogue", "meeting", "talk", "talks", "discussion",
               "consultation"}


def _gathered_parties(subj: Token) -> Token:
    """The parties of a meeting that is the subject ("the summit between the EU and Turkey failed to reach
    agreement", "talks between X and Y collapsed"): they act, not the meeting."""
    if subj.lemma_.lower() not in _GATHERINGS and subj.lower_ not in _GATHERINGS:
        return subj
    return next((p for p in _prep_objects(subj, {"between", "among"}) if p.pos_ in ("NOUN", "PROPN")), subj)


def _active_actors(verb: Token, carrier: Token, tb: ActorTables) -> list[Token]:
    actors = [_gathered_parties(c) for c in carrier.children if c.dep_ in _SUBJ]
    if not actors:
        # the parser sometimes hangs the subject on the auxiliary ("X and Y have/aux opposed ...")
        actors = [g for c in carrier.children if c.dep_ == "aux" for g in c.children if g.dep_ in _SUBJ]
    if not actors and carrier.i != verb.i:
        actors = [c for c in carrier.children if c.dep_ in _PASS_SUBJ]
    if not actors and carrier.dep_ == "acl" and ((carrier.tag_ in ("VBD", "VBG") and _is_party_head(carrier.head, tb))
                                                 or _misparsed_main_verb(carrier)):
        # "The Iraqi air force carried out strikes, killing ...": a finite verb the parser hung on its subject
        actors = [carrier.head]
    return actors or _ancestor_subjects(verb)


def _misparsed_main_verb(verb: Token) -> bool:
    """A past verb the parser hung as a modifier on a noun that it made the root of the sentence ("A U.S. report
    called/acl for sanctions", "The Iraqi air force carried/acl out strikes"): the sentence's main verb, whose
    subject is that noun."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and head.i < verb.i and \
        head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in _SUBJ | _PASS_SUBJ | {"auxpass"} for c in verb.children)


def _active_recipients(verb: Token, tb: ActorTables) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ != "ADP"]
    # a second direct object is an apposition the parser split off ("received the UAE Ambassador to
    # Bahrain, Abdulridha Khori"; "meet his counterpart Italian President Mattarella")
    recips = [_directed_party(o, verb, tb) for o in _one_direct_object(objs, tb)]
    if recips:
        # a name the parser hung on the verb as its conjunct is a second object ("outlawed the ANC and the
        # recently formed PAC")
        recips += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > objs[0].i and
                   not any(g.dep_ in _SUBJ | _OBJ for g in c.children)]
    if not recips:
        # "contributed to the normalization of the situation in Mali": a thing's party or place
        recips = [_directed_party(p, verb, tb) for p in _prep_objects(verb, _SIDE_OBJ_PREPS)]
    if not recips and verb.lemma_.lower() in _PLEA_VERBS:
        # "called for sanctions against X", "appealed for the release of X": the party the thing asked for is
        # aimed at
        recips = [_directed_party(p, verb, tb) for p in _prep_objects(verb, {"for"})]
    return recips or _borrowed_objects(verb, tb) or _complement_objects(verb, tb) or _addressees(verb) or \
        _demand_target(verb, tb) or _protest_venue(verb, tb) or _place_of(verb, _place_preps(verb)) or \
        _deep_place(verb, tb)


def _place_preps(verb: Token) -> tuple[str, ...]:
    """Prepositions of the place an act with no other side is done in: not where a weapon is fired from ("a
    missile fired from Yemen": the launch site is the firing side's)."""
    if verb.lemma_.lower() in _FIRE_VERBS:
        return ("in", "at", "into", "to")
    return ("in", "at", "from", "to", "into")


# participles that state what an act demands or decries ("blocked roads demanding the resignation of X")
_DEMANDING = {"demand", "call", "urge", "seek", "protest", "denounce", "condemn", "oppose", "decry", "accuse",
              "criticise", "criticize", "press", "chant"}


def _demand_target(trigger: Token, tb: ActorTables) -> list[Token]:
    """The party an act's demand is aimed at, for an act with no other side of its own: the party named by the
    object of a "demanding/calling for/denouncing" participle on its verb ("Protesters blocked roads in Dhaka
    demanding the resignation of the government" -> the government; "went on strike calling for the release of
    X" -> X). The town it happens in is where, not whom."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for c in verb.children:
        # ("demanding X", "to protest against X")
        purpose = c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if c.dep_ not in ("advcl", "xcomp", "acl", "conj") or (c.tag_ != "VBG" and not purpose) or \
                c.lemma_.lower() not in _DEMANDING or any(g.dep_ in _SUBJ for g in c.children):
            continue
        objs = [o for o in c.children if o.dep_ in ("dobj", "obj")] + _prep_objects(c, {"for", "against", "on"})
        for o in objs:
            # (the party, or a thing tied to one: "against EU trade deals")
            if (_is_party_head(o, tb) or _names_entity(o, tb)) and o.pos_ != "PRON" and not _is_place_noun(o):
                return [o]
            inner = _party_in(o, tb, preps={"of", "by", "from", "against", "on", "to", "for"})
            if inner is not None and inner.pos_ != "PRON" and not _is_place_noun(inner):
                return [inner]
    return []


_PROTEST_VERBS = {"rally", "protest", "demonstrate", "march", "gather", "picket", "assemble", "chant", "camp"}


def _protest_venue(verb: Token, tb: ActorTables) -> list[Token]:
    """The party whose seat a protest is held at ("rallied outside the US embassy", "demonstrated in front of the
    parliament"): the protest is aimed at it, not at the town around it."""
    if verb.lemma_.lower() not in _PROTEST_VERBS:
        return []
    found = _prep_objects(verb, {"outside", "at", "near", "before"})
    # "in front of X"
    found += [p for f in _prep_objects(verb, {"in"}) if f.lower_ == "front" for p in _prep_objects(f, {"of"})]
    return [p for p in found if p.pos_ != "PRON" and _names_entity(p, tb)][:1]


def _addressees(verb: Token) -> list[Token]:
    """The party a demand is made of: the subject of a "must/should" clause the verb reports ("reaffirms that all
    parties must uphold ...", "insisted that Israel should halt ...")."""
    if verb.lemma_.lower() not in _SPEECH | _REAFFIRM:
        return []  # ("agreed that their countries should cooperate": what is agreed, not a demand)
    for c in verb.children:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _MODALS for a in c.children):
            return [s for s in c.children if s.dep_ in _SUBJ | _PASS_SUBJ and s.pos_ in ("NOUN", "PROPN")][:1]
    return []


_REAFFIRM = {"reaffirm", "reiterate", "repeat", "emphasise", "emphasize", "underline", "stress", "recall", "note"}
_PLEA_VERBS = {"call", "appeal", "push", "press", "lobby", "plead", "campaign", "clamour", "clamor", "petition"}


def _deep_place(verb: Token, tb: ActorTables) -> list[Token]:
    """A country or named place further down the act's own phrases ("resigned after unrest sparked by disputed
    elections in Kyrgyzstan")."""
    p = _party_in(verb, tb, preps=_LOCATIVE_PREPS - {"from"} if verb.lemma_.lower() in _FIRE_VERBS else _LOCATIVE_PREPS)
    return [p] if p is not None and (p.ent_type_ in ("GPE", "LOC") or _is_country_name(p, tb)) else []


def _part_of(tok: Token) -> Token:
    """The place a part of it is named by ("in parts of the city of Ahmedabad" -> city), else tok."""
    if tok.lemma_.lower() not in ("part", "parts", "outskirts"):
        return tok
    inner = next((p for p in _prep_objects(tok, {"of"})), None)
    return tok if inner is None else inner


def _is_capital_city(tok: Token, tb: ActorTables) -> bool:
    """ "was arrested in Manila": a capital named as where an act happened is a city, not its government (a
    country, "was arrested in Niger", stands for its authorities; a capital does so only as a party: "Beijing
    said")."""
    hit = tb.countries.get(tok.text)
    return hit is not None and hit[1] == "capital"


def _is_country_name(tok: Token, tb: ActorTables) -> bool:
    """A country named by the token or by the proper name it heads ("the Democratic Republic of Congo"), which
    the default pipeline (no NER) cannot tag as GPE."""
    if tok.text in tb.countries:
        return True
    if tok.pos_ != "PROPN":
        return False
    i, j = _np_span(tok)
    return _lookup_ngrams([t.text for t in tok.doc[i:j]], tb.countries, tb.max_words) is not None


# joint actions: when several coordinated parties agree, meet or clash with no one else named, each is the
# other's counterpart (PLOVER codes "X and Y agreed" as X -> Y and Y -> X; CAMEO annotators mark the pair as
# both source and target)
_MUTUAL = {"agree", "agreement", "meet", "meeting", "talk", "talks", "negotiate", "negotiation", "sign", "deal",
           "accord", "pact", "treaty", "ceasefire", "truce", "cooperate", "cooperation", "clash", "fight",
           "reconcile", "discuss", "consult", "partnership", "alliance", "exchange"}


_MEETING = {"meet", "talk", "talks", "meeting", "discussion", "discussions", "discuss", "negotiate", "negotiation",
            "consult", "consultation"}


# signing with a partner is a joint act ("agreeing with" or "clashing with" someone need not be)
_SIGN = {"sign", "ink", "conclude"}


def _is_partner(tok: Token) -> bool:
    """A party joined "with" the actor ("signed an agreement with China", "clashed with rebels")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _is_meeting(trigger: Token) -> bool:
    """A meeting of its parties: "met", "held talks/discussions with"."""
    words = [trigger]
    if trigger.lemma_.lower() in ("hold", "have", "conduct", "begin", "start", "open", "resume", "attend"):
        words += [c for c in trigger.children if c.dep_ in ("dobj", "obj")]  # not "refused talks with X"
    return any(w.lemma_.lower() in _MEETING or w.lower_ in _MEETING for w in words)


_SIDE_PREPS = {"with", "to", "against", "toward", "towards"}


def _is_joint(trigger: Token) -> bool:
    """A joint act: the trigger, the act it announces or its object names one ("failed to reach agreement")."""
    comps = [c for c in trigger.children if c.dep_ == "xcomp"]
    words = [trigger] + comps + [o for w in comps for o in w.children if o.dep_ in ("dobj", "obj")]
    # ("began a joint military exercise")
    words += [o for o in trigger.children if o.dep_ in ("dobj", "obj") and
              any(a.dep_ == "amod" and a.lower_ in ("joint", "bilateral", "mutual") for a in o.children)]
    # ("X and Y restored diplomatic ties": relations are between the parties that have them)
    words += [o for o in trigger.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _RELATIONS]
    # ("the war game was staged by X and Y": an exercise that several parties stage is staged together)
    words += [o for o in trigger.children if o.dep_ in _PASS_SUBJ and o.lemma_.lower() in _DRILLS]
    return any(w.lemma_.lower() in _MUTUAL | _DRILLS | _RELATIONS or w.lower_ in _MUTUAL or
               any(a.dep_ == "amod" and a.lower_ in ("joint", "bilateral", "mutual") for a in w.children)
               for w in words)


def _is_coordinated(tok: Token) -> bool:
    """Several parties: "X and Y", or coordinated modifiers of one head ("Nigerian and British armed forces")."""
    # (a modifier with a bare "and" is one too: the parser often hangs the second one on the head, "UK/nmod
    # and EU/compound negotiators")
    # ("the armies of Brazil and Argentina": a plural party of coordinated names)
    of_names = tok.tag_ in ("NNS", "NNPS") and any(len(_conjuncts(p)) > 1 for p in _prep_objects(tok, {"of"}))
    return len(_conjuncts(tok)) > 1 or of_names or \
        any(c.dep_ in ("amod", "compound", "nmod", "poss") and any(g.dep_ in ("conj", "cc") for g in c.children)
            for c in tok.lefts)


_RELATIONS = {"relation", "relations", "tie", "ties"}
# military exercises: joint acts of the parties that hold them together
_DRILLS = {"exercise", "drill", "game", "games", "manoeuvre", "maneuver", "manoeuvres", "maneuvers", "wargame"}


def _mutual(trigger: Token, actors: list[Token], recips: list[Token]) -> list[Token]:
    """Coordinated parties of a joint act are each other's recipients unless a party is named as the other side
    ("X and Y signed an agreement" -> X, Y; "X and Y held talks with Z" -> Z)."""
    if len(actors) != 1 or not _is_coordinated(actors[0]) or not _is_joint(trigger):
        return recips
    tb = load_tables()
    if any(_is_other_side(r, tb) for r in recips):
        return recips
    return list(actors)


def _is_other_side(tok: Token, tb: ActorTables) -> bool:
    """A recipient that names a party as such (an object, or "with"/"to"/"against" X), not a thing agreed on or
    a place it happens in ("agreed to a ceasefire in X")."""
    if not _is_party_head(tok, tb):
        return False
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _SWAP_VERBS:
        return False  # what is swapped ("will exchange ambassadors", "swapped prisoners")
    return tok.dep_ != "pobj" or tok.head.lower_ in _SIDE_PREPS


_SWAP_VERBS = {"exchange", "swap", "trade"}


# verbs whose infinitive complement carries the act aimed at the recipient ("threatened to shell X")
# (only threats: after "offered to send troops to X" or "declined to resign under pressure from X" the
# complement's object is what is given or refused, not the party)
_COMPLEMENT_HEADS = {"threaten", "vow", "swear"}


_TIMING_MARKS = {"as", "when", "after", "while"}


def _timing_clause_subjects(verb: Token) -> list[Token]:
    """Subjects that name a party in an "as/when/after" clause under a passive ("... were killed when ISIL
    launched an attack")."""
    tb = load_tables()
    for c in _timing_clauses(verb):
        subj = [s for s in c.children if s.dep_ in _SUBJ and s.lower_ not in _PRONOUNS and _names_entity(s, tb)]
        if subj:
            return subj
    return []


def _timing_clauses(verb: Token) -> list[Token]:
    """The "as/when/after" clauses that time a verb: its own first, then those of the verbs it is coordinated with
    ("two were killed and two others wounded when militants ambushed a patrol": the parser hangs the clause on the
    last conjunct, also on a gapped one, "nine were killed, dozens injured and 30 detained as police broke up ..."),
    or of its time phrase ("were killed on Sunday night when a gunman opened fire": hung on "night")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    found = [c for c in top.subtree if c.dep_ in ("advcl", "relcl") and
             any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIMING_MARKS for m in c.children) and
             (c.dep_ == "advcl" or (c.head.dep_ == "pobj" and _is_temporal(c.head))) and _coordinated_under(c, top)]
    return sorted(found, key=lambda c: (c.head.i != verb.i, abs(c.i - verb.i)))


# links that keep a clause part of the same coordinated statement: conjuncts, gapped participles ("dozens/npadvmod
# injured/acl"), a time phrase ("on/prep Sunday night/pobj")
_COORDINATION_LINKS = {"conj", "appos", "npadvmod", "acl", "nsubjpass", "prep", "pobj"}


def _coordinated_under(clause: Token, top: Token) -> bool:
    """Whether `clause` hangs on `top` only through coordination, gapping or a time phrase."""
    cur = clause.head
    for _ in range(8):
        if cur.i == top.i:
            return True
        if cur.dep_ not in _COORDINATION_LINKS or (cur.dep_ == "acl" and cur.tag_ != "VBN") or \
                (cur.dep_ == "prep" and cur.lower_ not in ("on", "at", "in", "during")):
            return False
        cur = cur.head
    return False


def _place_of(verb: Token, preps: tuple[str, ...] = ("in", "at", "from", "to", "into")) -> list[Token]:
    """A named place the act happens in, for an act with no party on its other side ("resigned ... in Peru",
    "surrendered in the Democratic Republic of Congo", "arrived in Mali")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in [_part_of(p) for p in c.children]:
                # ("a curfew in parts of Kashmir", "in the town")
                if p.dep_ == "pobj" and not _is_temporal(p) and \
                        (_quantified(p).ent_type_ in ("GPE", "LOC", "FAC") or _is_place_noun(p) or
                         _is_country_name(p, load_tables())):
                    return [p]
    return []


def _complement_objects(verb: Token, tb: ActorTables) -> list[Token]:
    """The recipient of an intention verb is the object of the act it announces: "threatened to shell
    Haifa", "vowed to attack U.S. troops". Other verbs and adjectives lend the act's party or place, not a
    thing ("is willing to withdraw its troops from Abyei", but not "agreed to set up a centre")."""
    threat = verb.lemma_.lower() in _COMPLEMENT_HEADS
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            objs = _one_direct_object([o for o in c.children if o.dep_ in ("dobj", "obj")], tb)
            found = [_directed_party(o, c, tb) for o in objs] if objs else _prep_objects(c, _SIDE_OBJ_PREPS)
            if threat:
                return found
            # ("denied supporting the M23 rebels": a party named by its modifier, too)
            return [r for r in found if _is_party_or_place(r, tb) or
                    (r.pos_ == "NOUN" and _is_party_head(r, tb) and any(c.pos_ == "PROPN" for c in r.lefts))]
    return []


def _is_party_or_place(tok: Token, tb: ActorTables) -> bool:
    """A named party or place ("the UN", "Colombia"), or a party reached through a preposition ("to the
    Philippine army"); not a thing made or done ("set up a new company") nor a party's own forces ("its
    troops")."""
    if any(c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS for c in tok.children):
        return False
    if tok.ent_type_ in ("GPE", "LOC", "NORP") or tok.pos_ == "PROPN":
        return True
    return tok.dep_ == "pobj" and tok.pos_ != "PRON" and (_names_entity(tok, tb) or _is_place_noun(tok))


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
        # (nor a sum: "earmarked 1.5 million euros to help Haiti")
        helped = _causative_object(verb)
        return helped or [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i and
                          not (_is_counted(o) and (verb.dep_ != "xcomp" or not _is_party_head(o, tb)))
                          and o.ent_type_ not in _NOT_ENTITY_ENTS]
    return _causative_object(verb)


def _causative_object(verb: Token) -> list[Token]:
    """"help Haiti cope with ...", "demanded that Hamas renounce ...": the party made or asked to act is the
    subject of the complement clause."""
    causative = verb.lemma_.lower() in _CAUSATIVE
    # (any verb's "complement" that is a bare participle is its object with a modifier the parser misread:
    # "will not accept any refugees fleeing the violence")
    return [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") and
            (causative or (c.tag_ in ("VBG", "VBN") and not any(a.dep_ in ("aux", "mark") for a in c.children)))
            for g in c.children if g.dep_ in _SUBJ and g.lower_ not in _PRONOUNS]


# verbs whose complement clause names the party made or asked to act ("help Haiti cope", "demanded that the US
# cancel plans")
_CAUSATIVE = {"help", "assist", "allow", "enable", "let", "force", "compel", "urge", "ask", "encourage", "order",
              "push", "press", "pressure", "demand", "require", "insist", "request", "want"}


def _ancestor_subjects(tok: Token, max_hops: int = 4) -> list[Token]:
    """Subjects of the nearest ancestor that has one ("Finland is ready to contribute" -> Finland)."""
    cur = tok
    for _ in range(max_hops):
        if cur.head.i == cur.i:
            break
        if _misparsed_main_verb(cur):
            return [cur.head]  # ("A U.S. report called/acl for sanctions against X")
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN") and \
                not any(a.lower_ == "to" for a in cur.children if a.dep_ == "aux"):
            # (an infinitive, "accepted an invitation to meet X", keeps climbing to the subject)
            break  # "the attack that killed 5": the relative clause's subject is handled by the parser's nsubj
        if _reported_clause(cur) and ((_is_act_noun(tok) and not _is_work_stoppage(tok)) or
                                      tok.lemma_.lower() in _HARM_NOUNS) and not _own_strike_reported(tok, cur.head):
            # "the attack killed 5, the ministry said": whoever reports an act of force is its source, not a party
            # (a stance is the speaker's own: "US officials said lifting the sanctions is out of the question")
            break
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in _SUBJ and not (c.i <= tok.i <= c.right_edge.i)]
        if subj:
            return subj
    return []


# verbs that only report what their complement clause says ("said", "told reporters", "announced"); a demand or
# warning is an act of its own (REQUEST, THREATEN) and is not among them
_REPORTING = {"say", "tell", "report", "add", "state", "announce", "confirm", "note", "explain", "write", "claim",
              "disclose", "reveal", "recount", "recall", "describe", "estimate", "quote", "testify"}


# what force leaves behind ("the death toll rose to 21, the health ministry said")
_HARM_NOUNS = {"death", "toll", "casualty", "fatality", "injury"}


# kinds of strike that stop work, not strike a target ("a general strike", "a hunger strike")
_STOPPAGE_MODIFIERS = {"general", "hunger", "labour", "labor", "national", "nationwide", "worker", "workers",
                       "teacher", "teachers", "doctor", "doctors", "transport", "wildcat", "sit-down", "indefinite",
                       "warning", "one-day", "24-hour", "48-hour"}


def _is_work_stoppage(tok: Token) -> bool:
    return tok.lemma_.lower() == "strike" and bool(_modifier_lemmas(tok) & _STOPPAGE_MODIFIERS)


def _own_strike_reported(act: Token, verb: Token) -> bool:
    """A state's armed forces reporting fire or strikes of the kind they deliver report their own ("Malian armed
    forces said a drone strike neutralised ..."): they stay its actor."""
    if act.lemma_.lower() not in _STATE_FIRE and act.lower_ not in _STATE_FIRE:
        return False
    tb = load_tables()
    for s in verb.children:
        if s.dep_ in _SUBJ and s.pos_ in ("NOUN", "PROPN"):
            i, j = _np_span(s)
            if normalise(s.doc[i:j], tb)[1] == "MIL":
                return True
    return False


def _reported_clause(tok: Token) -> bool:
    """A clause that is the complement of a reporting verb: "the death toll from the attack rose to 21, the health
    ministry said", "residents said the shooting lasted three hours". (A conjunct is not: it shares the subject
    of the clause it is coordinated with, "soldiers looted homes and robbed residents during a search
    operation, survivors said".)"""
    return tok.dep_ in ("ccomp", "parataxis") and tok.pos_ in ("VERB", "AUX") and \
        tok.head.lemma_.lower() in _REPORTING


# ---------------------------------------------------------------- normalisation

def _lookup_ngrams(words: list[str], table: Mapping[str, object], max_n: int) -> tuple[str, int] | None:
    """Longest n-gram of `words` found in `table` (case-sensitive), with its start word index."""
    for n in range(min(max_n, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in table:
                return key, i
    return None


def _is_lowercased(doc: Doc) -> bool:
    """Text written without capitals (chat, some feeds): letter case then says nothing about names."""
    return not any(t.text[:1].isupper() for t in doc if t.is_alpha)


# Armed-group names. PLOVER MIL is the state's military only; armed opposition is REB, paramilitaries not in
# opposition PRM, unidentified armed men UAF (manual, "Sector Codes"). A generic force noun ("forces", "army",
# "fighters") is MIL unless the phrase says otherwise: a non-state word in it ("rebel forces", "militia fighters"),
# a people or region that is not a state ("Tigrayan forces"), or a proper name that is not a state's ("Kachin
# Independence Army", "Arakan Army"). "<country>'s army", "Sudanese troops", "the military" stay MIL.
_FORCE_NAME_HEADS = {"Army", "Forces", "Force", "Front", "Brigade", "Brigades", "Militia", "Militias"}
# words of a force's name that mark armed opposition whatever else the name says ("Syrian Democratic Forces")
_REBEL_MARKERS = {"Liberation", "Independence", "Democratic", "Resistance", "Revolutionary", "Rebel", "Rebels",
                  "Insurgent", "Mujahideen", "Mujahedeen", "Jihad", "Islamic", "Patriotic", "Separatist"}
# words that also name state units ("Armed Forces", "National Army", "Air Force"): no sign of a non-state group
_STATE_FORCE_WORDS = {"Armed", "Air", "Special", "Security", "Defence", "Defense", "Ground", "Naval", "Land", "Royal",
                      "National", "Self", "Self-Defense", "Self-Defence", "Federal", "Border", "Coast", "Guard",
                      "Marine", "Presidential", "Republican", "Government", "Joint", "Allied", "Coalition", "Regular",
                      "Regional", "State", "Arab", "People", "People's", "Popular", "Multinational", "Task",
                      "Territorial", "Strategic", "Rocket", "Aerospace", "Space", "Army", "Navy", "Military", "The",
                      "Central", "Northern", "Southern", "Eastern", "Western", "United", "Nations", "Peacekeeping",
                      "Rapid", "Reaction", "Deployment", "Interim", "Mission", "Protection"}
_ARMED_NON_STATE = {"REB", "PRM", "UAF", "CRM"}
_ARMED_WORDS = {"armed", "masked", "unidentified", "unknown", "gun-toting", "gun-wielding"}


# Modifiers that change what a head noun's sector means (PLOVER manual, "Sector Codes": CVL = "civilians,
# protesters, activists"; PTY = political parties). A protest's leaders are protesters, not a government; a
# wedding or search party is a group of people, not a political party.
_CIVIC_MODIFIERS = {"protest", "demonstration", "rally", "march", "sit-in", "grassroots", "community", "civic"}
_SOCIAL_PARTY = {"wedding", "birthday", "dinner", "funeral", "engagement", "christmas", "garden", "tea", "house",
                 "bachelor", "graduation", "pool", "beach", "street", "block", "dance", "farewell", "welcome"}
_WORK_PARTY = {"search", "rescue", "hunting", "landing", "boarding", "raiding", "working", "scouting", "advance",
               "burial", "recovery", "foraging", "shore", "survey", "reconnaissance"}
# ship prefixes: "MV Stena Impero", "M/V Tutor" name a vessel, whatever words follow
_SHIP_PREFIXES = {"MV", "M/V", "MT", "M/T", "MS", "SS", "FV", "RV", "MY", "M/Y"}
# capitalised words before a role noun that make it a title, not a name ("Majority Leader", "Supreme Leader")
_TITLE_NAME_WORDS = {"majority", "minority", "supreme", "spiritual", "religious", "tribal", "regional", "provincial",
                     "district", "state", "federal", "national", "local", "party", "house", "deputy", "vice",
                     "acting", "interim", "chief", "council", "assembly", "parliamentary", "opposition", "group",
                     "executive", "general", "military", "army", "union", "senior", "top", "former"}


def _modifier_lemmas(root: Token) -> set[str]:
    return {c.lemma_.lower() for c in root.lefts if c.dep_ in ("compound", "amod", "nmod")} | \
        {c.lower_ for c in root.lefts if c.dep_ in ("compound", "amod", "nmod")}


def _is_vessel_name(span: Span, tb: ActorTables) -> bool:
    """A ship's name: "MV Stena Impero", or a role noun ending a name ("the Galaxy Leader"). Its words are no
    sector ("Leader" is no government); only a prefix or a name of capitalised unknown words counts."""
    words = [t for t in span if t.dep_ != "det"]
    if words and words[0].text in _SHIP_PREFIXES and len(words) > 1:
        return True
    root = span.root
    if root.lemma_.lower() not in _ROLE_NOUNS or not root.text[:1].isupper() or _is_lowercased(span.doc):
        return False
    mods = [t for t in words if t.i < root.i]
    return bool(mods) and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _TITLE_NAME_WORDS and
        t.lower_ not in _TITLE_MODIFIERS and t.lemma_.lower() not in tb.sector_nouns and
        t.text not in tb.countries and t.text not in tb.orgs and t.text not in tb.peoples for t in mods)


def _noun_sector(span: Span, tb: ActorTables) -> str | None:
    """Sector of the head noun, else of the nearest other word that has one."""
    root = span.root
    order = [root] + [t for t in reversed(list(span)) if t.i != root.i]  # (tokens are views: compare by index)
    mods = _modifier_lemmas(root)
    if root.text != "party" and root.text != "parties" or \
            any(c.dep_ == "compound" and c.text[:1].isupper() for c in root.lefts):
        mods -= _SOCIAL_PARTY | _WORK_PARTY  # a name: "Cambodia National Rescue Party", "the Tea Party"
    if root.lemma_.lower() == "party" and mods & _SOCIAL_PARTY:
        return "CVL"  # "a wedding party": guests, civilians
    if root.lemma_.lower() == "party" and mods & _WORK_PARTY:
        order = order[1:]  # "a search party": no sector of its own; "an army search party" MIL
    if root.lemma_.lower() in _ROLE_NOUNS and mods & _CIVIC_MODIFIERS:
        return "CVL"  # "protest leaders" organise protesters
    if root.lemma_.lower() in _ROLE_NOUNS:
        # a leader or spokesman is of the sector of the body named before it ("opposition leaders" OPP, "gang
        # leaders" CRM, "rebel commander" REB, "union president" LAB); alone ("the president") the noun's own
        order = order[1:] + [root]
    if root.lemma_.lower() in _FORCE_NOUNS and mods & _RESISTANCE:
        return "REB"  # "Resistance forces", "resistance fighters": armed opponents of the state
    if root.lemma_.lower() in _CRIME_BODIES and "criminal" in mods:
        return "CRM"  # "a rival criminal group", "criminal gangs": the modifier says what kind of group
    if root.lemma_.lower() in _PART_NOUNS:
        whole = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]
        s = next((tb.sector_nouns.get(p.lemma_.lower()) for p in whole if tb.sector_nouns.get(p.lemma_.lower())),
                 None)
        if s:
            return s  # "the criminal chamber of the court" is the court's (JUD): a part has its body's sector
    if root.lemma_.lower() in _PART_NOUNS | _COURT_WORDS:
        order = [t for t in order if t.lower_ != "criminal"]  # "criminal court": its jurisdiction, no gang
    for tok in order:
        if _postpositive_general(tok):
            continue  # "Secretary-General", "Attorney-General": the office before it decides, no army rank
        s = tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_)
        if s and (tok is root or tok.i < root.i or root.lemma_.lower() not in _ROLE_NOUNS):
            return s
    return None


_FORCE_NOUNS = {"force", "fighter", "group", "militia", "army", "movement"}
_CRIME_BODIES = {"group", "gang", "organization", "organisation", "network", "band", "outfit", "syndicate", "ring"}
_PART_NOUNS = {"chamber", "division", "section", "bench", "branch", "panel", "wing", "unit"}
_COURT_WORDS = {"court", "tribunal", "judge", "prosecutor"}
_RESISTANCE = {"resistance"}
# offices written "<office>-General": "general" qualifies the office ("the UN Secretary-General" is no army rank)
_GENERAL_OFFICES = {"secretary", "attorney", "solicitor", "governor", "director", "auditor", "postmaster",
                    "surgeon", "registrar", "consul", "accountant", "comptroller"}


def _postpositive_general(tok: Token) -> bool:
    if tok.lower_ != "general" or tok.i < 2:
        return False
    doc = tok.doc
    return doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _GENERAL_OFFICES


# nouns of a role in some body, whose sector is that body's when it is named before them
_ROLE_NOUNS = {"leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "official", "commander",
               "president", "chairman", "chairwoman", "chair", "secretary", "representative", "delegate"}


def _is_country_word(tok: Token, tb: ActorTables) -> bool:
    return tok.text in tb.countries or tok.text.rstrip(".") in tb.countries or tok.text in ("'s", "’s")


def _named_force_sector(span: Span, tb: ActorTables) -> str | None:
    """REB for a force whose own name ("X Army", "X Liberation Front") is not a state's, else None."""
    root = span.root
    if root.text not in _FORCE_NAME_HEADS:
        return None
    name = [t for t in span if t.i < root.i and t.text[:1].isupper() and t.dep_ != "det"]
    if not name:
        return None
    if any(t.text in _REBEL_MARKERS for t in name):
        return "REB"
    if root.text in ("Army", "Forces") and \
            any(t.pos_ == "PROPN" and t.text not in _STATE_FORCE_WORDS and not _is_country_word(t, tb) for t in name):
        return "REB"  # "Arakan Army", "Mahdi Army": named for a people, place or person, not a state
    return None


def _armed_sector(span: Span, tb: ActorTables, sector: str | None) -> str | None:
    """Refine a head-noun sector for armed actors (see the rule above _FORCE_NAME_HEADS)."""
    named = _named_force_sector(span, tb)
    if named is not None:
        return named
    root = span.root
    if sector == "MIL":
        for tok in span:
            if tok is root:
                continue
            s = tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_)
            if s in _ARMED_NON_STATE or s in ("COP", "SPY"):
                return s  # "rebel forces", "militia fighters", "police forces"
            if tok.text in tb.peoples and not _is_country_word(tok, tb):
                return "REB"  # "Tigrayan forces", "Kachin fighters"
    if sector == "CVL" and root.lemma_.lower() in ("man", "people", "person", "individual", "youth") and \
            any(t.lower_ in _ARMED_WORDS for t in span):
        return "UAF"  # "armed men", "unidentified armed people"
    return sector


def _is_region_state(span: Span, tb: ActorTables) -> bool:
    """"Shan state", "Rakhine State": a region named with "state", not a government."""
    root = span.root
    return root.lower_ == "state" and any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and
                                           not _is_country_word(c, tb) for c in root.lefts)


def _lookup_tokens(toks: list[Token], table: Mapping[str, object], max_n: int,
                   lower: bool = False) -> str | None:
    """Longest run of tokens whose text, as written ("al-Qaeda", "People's") or space-joined without possessive
    marks ("Hezbollah 's fighters" -> "Hezbollah fighters"), is a key of `table`."""
    keep = [t for t in toks if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    with_ws = [t.text_with_ws for t in toks]  # read once: the runs below overlap
    for n in range(min(max_n + 4, len(toks)), 0, -1):  # hyphens and apostrophes are tokens of their own
        for i in range(len(toks) - n + 1):
            key = "".join(with_ws[i:i + n]).strip()
            if (key.lower() if lower else key) in table:
                return key.lower() if lower else key
    words = [t.text.lower() if lower else t.text for t in keep]
    hit = _lookup_ngrams(words, table, max_n)
    return hit[0] if hit else None


# "An Iranian-made drone": the country before "-made" is the drone's maker, not whoever uses it, so it gives the
# phrase no country (nor the sentence its first country); the phrase is kept and its head noun gives the sector
_MAKER_WORDS = {"made", "built", "supplied", "designed", "manufactured", "produced", "developed", "engineered",
                "donated", "provided"}


def _maker_indices(toks: Iterable[Token], words: frozenset[str] | set[str] = _MAKER_WORDS) -> set[int]:
    """Indices of the words naming a maker ("Iranian" and "North Korean" before "-made"; also "-made" itself), or
    with other `words` ("-based") the name before them."""
    out: set[int] = set()
    for t in toks:
        if t.lower_ not in words or t.i < 2 or t.doc[t.i - 1].text not in ("-", "‐", "–"):
            continue
        out.update((t.i - 1, t.i))
        k = t.i - 2
        # the name before the hyphen: up to three words, capitalised unless the whole text is lower case
        while k >= 0 and t.i - 2 - k < 3 and t.doc[k].is_alpha and t.doc[k].dep_ != "det" and \
                (t.doc[k].text[:1].isupper() or t.doc[k].is_lower and _is_lowercased(t.doc)):
            out.add(k)
            k -= 1
    return out


def normalise(span: Span, tables: ActorTables | None = None) -> tuple[str | None, str | None, str | None]:
    """(code, sector, canonical name) for an entity span."""
    tb = tables or load_tables()
    words = [t.text for t in span if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    if not words:
        return None, None, None
    lower = _is_lowercased(span.doc)
    code = sector = canon = None
    toks = list(span)
    hit = _lookup_tokens(toks, tb.orgs, tb.max_words)
    org = tb.orgs[hit] if hit else None
    if org is None and lower:
        low = _lookup_tokens(toks, tb.orgs_lower, tb.max_words, lower=True)
        org = tb.orgs_lower[low] if low else None
    if org is not None:
        canon, code, sector = org
    countries = tb.countries_lower if lower else tb.countries
    # ("Iranian-made drone": no country from its maker; "the Santa Rosa de Lima gang": none from a word of a name)
    maker = _maker_indices(toks) | _inner_name_indices(span.doc)
    toks = [t for t in toks if t.i not in maker]
    chit = _lookup_tokens(toks, countries, tb.max_words, lower=lower) if toks else None
    if chit and (code is None or code in ("IGO", "IMG")):
        ccode, kind = countries[chit]
        if code is None:
            code = ccode
        # a bare country name or capital stands for its government ("Beijing said", "Turkey accused")
        bare = " ".join(words).lower() == chit.lower() or span.text.strip().lower() == chit.lower()
        if bare and kind in ("capital", "name") and sector is None:
            sector = "GOV"
    # the head noun of an organisation's own name is no sector ("European Union" is not a labour union);
    # a head noun after it still is ("UN peacekeepers")
    own_head = org is not None and hit is not None and span.root.text in hit.split()
    if sector is None and not own_head and not _is_region_state(span, tb) and not _is_vessel_name(span, tb):
        sector = _noun_sector(span, tb)
    named = _named_as_sector(span.root, tb) if org is None else None
    if named is not None:
        sector = named  # "a local group called Springfield Residents for Justice": residents, not an armed group
    if org is None and sector == "REB" and _community_group(span.root):
        sector = "CVL"  # "groups from both communities": people of the communities, no armed group (round C7)
    if org is None and _is_civic_group(span.root):
        # "rights groups accused the army": a non-governmental body (PLOVER code NGO), not an armed group; one
        # with a country is that country's civil society ("a Syrian rights group" SYR SOC)
        return (code, "SOC", None) if code is not None else ("NGO", None, None)
    if org is None:
        sector = _armed_sector(span, tb, sector)
        if code is None and sector is not None:
            # a people or region that is no state gives the country it fights in ("Tigrayan forces" -> ETH)
            code = next((tb.peoples[t.text] for t in toks if t.text in tb.peoples and tb.peoples[t.text]), None)
    return code, sector, canon


# bodies that a modifier below makes non-governmental ("rights groups", "aid agencies", "a campaign group")
_BODY_NOUNS = {"group", "organisation", "organization", "agency", "coalition", "watchdog", "charity", "body"}
_CIVIC_GROUP_MODIFIERS = {"right", "rights", "aid", "advocacy", "humanitarian", "relief", "campaign", "monitoring",
                          "watchdog", "environmental", "charity", "nongovernmental", "non-governmental"}


_ARMED_BODY_WORDS = {"armed", "militant", "rebel", "jihadist", "extremist", "insurgent", "terrorist", "separatist",
                     "paramilitary", "criminal", "islamist", "guerrilla"}


def _named_as_sector(root: Token, tb: ActorTables) -> str | None:
    """The sector of the name a body is introduced with ("a group called Mothers of the Disappeared", "a movement
    known as Citizens for Peace"), from the name's head noun; None when the name has none."""
    if root.lemma_.lower() not in _BODY_NOUNS | {"movement", "network", "association"} or \
            _modifier_lemmas(root) & _ARMED_BODY_WORDS:
        return None  # ("a militant group called X": armed whatever its name says)
    for c in root.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "know"):
            # (the name's head; a capitalised plural keeps its "s" as lemma: "Residents")
            for n in c.children:
                if n.dep_ in ("oprd", "attr", "dobj") and n.pos_ in ("PROPN", "NOUN"):
                    words = (n.lemma_.lower(), n.lower_, n.lower_[:-1] if n.lower_.endswith("s") else n.lower_)
                    return next((tb.sector_nouns[w] for w in words if w in tb.sector_nouns), None)
    return None


_COMMUNITY_NOUNS = frozenset({"community", "side", "faith", "religion", "caste", "neighbourhood", "neighborhood",
                              "village", "camp", "congregation"})


def _community_group(root: Token) -> bool:
    """ "Groups from both communities", "groups of villagers from each side": a body named by the community its
    members come from, unless an armed word says otherwise ("armed groups from both sides")."""
    if root.lemma_.lower() != "group" or _modifier_lemmas(root) & _ARMED_BODY_WORDS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("from", "of") and
               any(g.dep_ == "pobj" and g.lemma_.lower() in _COMMUNITY_NOUNS for g in c.children)
               for c in root.children)


def _is_civic_group(root: Token) -> bool:
    return root.lemma_.lower() in _BODY_NOUNS and bool(_modifier_lemmas(root) & _CIVIC_GROUP_MODIFIERS)


def sentence_country(doc: Doc, tables: ActorTables | None = None) -> str | None:
    """Country of the first place name (GPE/LOC/NORP) in the sentence that the country tables know; when the
    parse has no named entities (the pipeline runs without NER by default), of the first country name,
    demonym or capital among the sentence's capitalised words."""
    tb = tables or load_tables()
    maker = _maker_indices(doc) | _elsewhere_indices(doc)
    if doc.has_annotation("ENT_IOB"):
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "NORP") and not any(t.i in maker for t in ent):
                txt = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                hit = tb.countries.get(txt) or tb.countries_lower.get(txt.lower())
                if hit:
                    return hit[0]
        return None
    words = [t.text for t in doc]
    firsts = _country_first_words(tb)
    for i, word in enumerate(words):
        # a key made of words[i:i+n] begins with words[i] and a space: other words cannot start a name
        if not word[:1].isupper() or (" " not in word and word not in firsts) or i in maker:
            continue
        for n in range(min(tb.max_words, len(words) - i), 0, -1):
            hit = tb.countries.get(" ".join(words[i:i + n]))
            if hit and not (n == 1 and word in tb.orgs):
                return hit[0]
    return None


# capitalised words that start a place's own name ("Port Sudan", "Lake Chad", "Puerto Jordan")
_PLACE_PREFIXES = frozenset({"Port", "Puerto", "Porto", "Fort", "Lake", "Cape"})
# "-based": where a group sits, not where the story's parties are ("police blamed the Pakistan-based X")
_BASE_WORDS = frozenset({"based", "headquartered"})
_BORDER_NOUNS = {"border", "frontier", "boundary"}
_NEAR_WORDS = frozenset({"near", "along", "to", "towards", "toward", "by", "close"})


_ELSEWHERE = "newsevents_elsewhere"


def _elsewhere_indices(doc: Doc) -> set[int]:
    """Words naming a country that is not where the sentence's unnamed parties are: the base of a group ("the
    Pakistan-based Jaish-e-Mohammed"), the far side of a border ("near the border with Venezuela") and the end of
    a place's own name ("Port Sudan"). Cached on the doc (asked for every party of every event), keyed by the
    story's namesake towns the coder puts there."""
    user_towns = doc.user_data.get(NAMESAKES, frozenset())
    cached = doc.user_data.get(_ELSEWHERE)
    if cached is not None and cached[0] == user_towns:
        return set(cached[1])
    out = _find_elsewhere(doc, user_towns)
    doc.user_data[_ELSEWHERE] = (user_towns, frozenset(out))
    return out


def _find_elsewhere(doc: Doc, user_towns: frozenset[str]) -> set[int]:
    out = _maker_indices(doc, _BASE_WORDS | _LEAD_WORDS)
    for t in doc:
        if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_.lower() in _BORDER_NOUNS:
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if t.lemma_.lower() in _BORDER_NOUNS and t.dep_ == "pobj" and t.head.lower_ in _NEAR_WORDS:
            # (round C7) "in Rafah, near the Egyptian border": the neighbour named by its side of the border
            out.update(c.i for c in t.children if c.dep_ == "amod" and c.text[:1].isupper())
    # (and a country word that ends a place's own name: "a base in Puerto Jordan", "Port Sudan", "Lake Chad")
    towns = namesakes(doc.text) | user_towns
    return out | _source_indices(doc) | _stance_indices(doc) | _inner_name_indices(doc) | \
        _place_name_parts(doc, towns)


# "-led", "-backed": who leads or backs a force, not whose the sentence's other parties are ("Police and
# Kenyan-led security forces ... exchanged fire with the gangs": the gangs are no Kenyans)
_LEAD_WORDS = frozenset({"led", "backed", "sponsored", "funded", "brokered"})
_STANCE_PREFIXES = frozenset({"pro", "anti"})
# a name's head noun after a country word inside it ("the Saudi Hospital", "the Kuwaiti Specialist Hospital")
_FACILITY_HEADS = frozenset({"Hospital", "Clinic", "School", "College", "University", "Mosque", "Church", "Hotel",
                             "Street", "Road", "Avenue", "Square", "Bridge", "Market", "Camp", "Club", "Centre",
                             "Center", "Institute", "Academy", "Stadium", "Cemetery"})
# particles of Spanish, Portuguese, French and Italian names ("Santa Rosa de Lima")
_NAME_PARTICLES_ROMANCE = frozenset({"de", "del", "da", "do", "dos", "das", "di", "la", "le"})


def _stance_indices(doc: Doc) -> set[int]:
    """The country word of a "pro-X"/"anti-X" adjective: a cause the word it modifies stands for, no party's
    nationality ("cleared a pro-Palestinian encampment": the troopers are not Palestinian)."""
    out: set[int] = set()
    for t in doc:
        if t.lower_ in _STANCE_PREFIXES and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "‐", "–"):
            out.update((t.i, t.i + 1, t.i + 2))
        elif t.lower_.split("-", 1)[0] in _STANCE_PREFIXES and "-" in t.text:
            out.add(t.i)
    return out


_INNER = "newsevents_inner_names"


def _inner_name_indices(doc: Doc) -> set[int]:
    """Country words inside a longer proper name: before a facility noun ("taken to the Saudi Hospital") or after
    a Romance name particle that follows a capitalised word ("the Santa Rosa de Lima gang"). Cached on the doc
    (asked for every entity span)."""
    cached = doc.user_data.get(_INNER)
    if cached is None:
        words = [t.text for t in doc]
        cached = frozenset(
            i for i, w in enumerate(words) if w[:1].isupper() and (
                (i + 1 < len(words) and words[i + 1] in _FACILITY_HEADS)
                or (i > 2 and words[i - 1] in _NAME_PARTICLES_ROMANCE and words[i - 2][:1].isupper())))
        doc.user_data[_INNER] = cached
    return set(cached)


def _source_indices(doc: Doc) -> set[int]:
    """Words of the source a sentence's report is attributed to ("according to the Palestinian Prisoners'
    Society", "..., the Somali health ministry said" when what it says holds the act): the source's country says
    where the report comes from, not whose the unnamed parties are."""
    out: set[int] = set()
    for t in doc:
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.i > 0 and doc[t.head.i - 1].lower_ == "according":
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        elif t.dep_ in _SUBJ and t.head.lemma_.lower() in _REPORTING and \
                any(c.dep_ in ("ccomp", "parataxis") and c.i < t.i for c in t.head.children):
            # (only a source named after what it reports: "X said Y" puts X first as a party it speaks for)
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
    return out


# id(tables) -> (tables, first words of the country keys); the tables are kept so that their id is not reused
_FIRST_WORDS: dict[int, tuple[ActorTables, frozenset[str]]] = {}


def _country_first_words(tb: ActorTables) -> frozenset[str]:
    hit = _FIRST_WORDS.get(id(tb))
    if hit is None or hit[0] is not tb:
        if len(_FIRST_WORDS) >= 8:
            _FIRST_WORDS.clear()
        hit = _FIRST_WORDS[id(tb)] = (tb, frozenset(k.split(" ")[0] for k in tb.countries))
    return hit[1]


_OBJECT_PRONOUNS = {"him", "her", "them"}


def _object_antecedent(tok: Token, tb: ActorTables) -> Token | None:
    """An object pronoun refers to the object of the clause it is embedded in ("called Morrison to congratulate
    him"), else to the nearest earlier party that is not a subject of those clauses ("filed a lawsuit against
    the Crown Prince, accusing him")."""
    subjects: set[int] = set()
    clause = tok.head
    for _ in range(4):
        for c in clause.children:
            if c.dep_ in _SUBJ | _PASS_SUBJ:
                subjects.update(t.i for t in c.subtree)
        obj = next((c for c in clause.children if c.dep_ in ("dobj", "dative") and c.i < tok.i and
                    c.lower_ not in _PRONOUNS and _names_entity(c, tb)), None)
        if obj is not None and clause.i != tok.head.i:
            return obj
        if clause.head.i == clause.i:
            break
        clause = clause.head
    for prev in reversed(list(tok.doc[: tok.i])):
        if prev.i in subjects or not (prev.pos_ == "PROPN" or prev.lemma_.lower() in tb.sector_nouns):
            continue
        head = prev
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        if head.i not in subjects and head.i < tok.i:
            return head
    return None


def _resolve_pronoun(tok: Token) -> Token | None:
    """Antecedent of a pronoun / "the group": the subject of the clause this one is reported or embedded in
    ("The FARC said they will ..." -> The FARC), else the nearest previous noun that names an entity."""
    tb = load_tables()
    if tok.lower_ in _OBJECT_PRONOUNS and tok.dep_ in ("dobj", "dative", "pobj"):
        return _object_antecedent(tok, tb)
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
        if _is_temporal(prev):
            continue  # ("on Sunday ... the government": a date is no antecedent)
        if prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.lemma_.lower() in tb.sector_nouns
                                    and prev.lemma_.lower() not in _GENERIC):
            head = prev
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            if tok.lower_ in _GENERIC and tok.lower_ != "country" and _is_locative(head):
                continue  # ("roads in Dhaka ... the government": the town it happens in is no government)
            if tok.lower_ == "government" and head.pos_ != "PROPN" and \
                    tb.sector_nouns.get(head.lemma_.lower()) != "GOV":
                continue  # ("Protesters ... the government": only a state or its officials are one)
            if head.dep_ == "appos" and head.head.i < head.i:
                head = head.head  # "Nigerian Air Force (NAF)": the named phrase, not its abbreviation
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head.head  # "the Armed Forces of Colombia": the forces, not Colombia
            return head
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
_PERSON_NOUNS = {"prisoner", "detainee", "hostage", "captive", "suspect", "household", "inmate", "victim",
                 "volunteer", "guard", "owner", "candidate", "bank", "entity", "national", "delegation", "delegate",
                 "representative", "member", "country", "nation", "ally", "partner", "neighbour", "neighbor",
                 "counterpart", "donor", "organization", "organisation", "agency", "institution", "council",
                 "committee", "office", "department", "bureau", "commission", "colleague", "associate", "follower",
                 "lawyer", "relative", "faction"}
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


def _is_anaphoric_generic(tok: Token) -> bool:
    """"the group", "the government" alone refer back; "the government of Iraq" or "the Afghan government"
    name their party."""
    # (a descriptive adjective keeps "country" or "group" anaphoric: "the war-torn country", "the militant group";
    # a name or an owner does not: "the Afghan government", "Syria's government"; nor a kind of government: "the
    # military government")
    described = tok.lower_ in _DESCRIBED_GENERIC
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return False  # a side set against another ("between the government and the rebels")
    return tok.lower_ in _GENERIC and any(c.lower_ == "the" for c in tok.lefts) and \
        not any(c.dep_ in ("amod", "compound", "poss", "nmod") and
                (not described or c.dep_ == "poss" or c.pos_ in ("PROPN", "NOUN") or c.text[:1].isupper())
                for c in tok.lefts) and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)


_DESCRIBED_GENERIC = {"country", "group"}


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


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the clause that reports or embeds tok's clause ("Hezbollah said its fighters ..."); the
    nearest earlier name is too often another party ("accusations by the US that its military ...")."""
    clause = tok.head
    while clause.pos_ in ("NOUN", "PROPN", "ADP") and clause.head.i != clause.i:
        clause = clause.head  # from "its fighters" up to the verb of their clause
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        subj = next((c for c in clause.children if c.dep_ in _SUBJ and c.i < tok.i and c.lower_ not in _PRONOUNS),
                    None)
        if subj is not None:
            return subj
    return None


def _from_owner(tok: Token, sector: str | None, canon: str | None,
                tb: ActorTables) -> tuple[str | None, str | None, str | None]:
    """"Hezbollah said its fighters fired ...": a party named only through "its"/"their" takes the code (and
    name) of the owner the pronoun refers to; an armed non-state owner makes its "forces" non-state too."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    # only a part of the owner ("its fighters", "their troops"), not a relation to another party ("its ally")
    if poss is None or sector is None or tok.lemma_.lower() in _PERSON_NOUNS:
        return None, sector, canon
    owner = _reporting_subject(poss)
    if owner is None or owner.i >= tok.i:
        return None, sector, canon
    i, j = _np_span(owner)
    ocode, osector, ocanon = normalise(owner.doc[i:j], tb)
    if osector in _ARMED_NON_STATE and sector in (None, "MIL"):
        sector = osector
    return ocode, sector or osector, canon or ocanon


_PLACE_PREPS = ("in", "near", "at", "outside", "inside", "off")


def _place_name_parts(doc: Doc, towns: frozenset[str]) -> set[int]:
    """Country words that are part of a place's name: after "Port/Puerto/Fort/Lake/Cape" ("Puerto Jordan"),
    before a region word ("Niger state"), or a namesake town of the story ("PARIS, Texas"). (One pass over the
    words' texts: this runs for every sentence with an event.)"""
    words = [t.text for t in doc]
    out = {i for i in range(1, len(words)) if words[i - 1] in _PLACE_PREFIXES}
    out.update(i for i in range(len(words) - 1) if words[i + 1] in _PLACE_SUFFIXES and _country_name(words[i]))
    if towns:
        out.update(i for i, w in enumerate(words) if w.lower() in towns)
    return out


# (round C8) nouns after a country's name that make it the name of a region, river or valley elsewhere: "Niger
# state" is in Nigeria, the "Jordan Valley" in the West Bank, the "Georgia state" legislature in the US. Only after a
# name: a demonym before "state" is the country itself ("the Palestinian state")
_PLACE_SUFFIXES = frozenset({"state", "State", "Valley", "River", "Delta", "Basin"})


def _country_name(word: str) -> bool:
    """A capitalised word that is a country's name (not a demonym)."""
    if not word[:1].isupper():
        return False
    hit = load_tables().countries.get(word)
    return hit is not None and hit[1] == "name"


def _located_country(tok: Token, tb: ActorTables) -> str | None:
    """The country named in the place phrase of a thing or party, or of the act done to it ("hit a car in
    southern Lebanon" -> LBN, "killed 20 civilians in Yemen's Saada province" -> YEM), for one that names none
    itself: a better guess than the sentence's first country, which is mostly the actor's."""
    if tok.pos_ != "NOUN":
        return None
    # (and of the act a party does: "Protesters set fire to the Swedish embassy in Baghdad" -> IRQ, not SWE)
    owners = [tok] + ([tok.head] if tok.dep_ in {"dobj", "obj"} | _PASS_SUBJ | _SUBJ else [])
    owners += [o for o in tok.head.children if tok.dep_ in _SUBJ and o.dep_ in ("dobj", "obj", "dative")]
    owners += [p for o in owners[1:] for c in o.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "at")
               for p in c.children if p.dep_ == "pobj"] if tok.dep_ in _SUBJ else []
    elsewhere = _elsewhere_indices(tok.doc)  # ("clashed near the border with Venezuela": not VEN)
    for w in owners:
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS:
                hit = _lookup_ngrams([t.text if t.i not in elsewhere else "" for t in c.subtree], tb.countries,
                                     tb.max_words)
                if hit is not None:
                    return tb.countries[hit[0]][0]
    return None


# doc.user_data key: sentence-relative (start, end) char spans of entities whose code is only the sentence's or
# article's guess (`fallback_country`); the pipeline may replace it by the country of a geocoded place in the
# party's own phrase ("a school in Kharkiv") or, for a recipient given its attacker's country, of the event's place
FALLBACK_SPANS = "newsevents_fallback_spans"


_NAME_PARTICLES = {"-", "'", "al", "el", "bin", "bint", "ibn"}  # inside names: "Ahmed al-Sharaa"


def _holder(span: Span, on: dt.date | None) -> Holder | None:
    """The office-holder a name ends the phrase with ("Putin", "President Vladimir Putin"), if the table has one:
    the longest trailing run of capitalised words that is a name or alias in office_holders.tsv."""
    table = load_holders()
    toks = [t for t in span if t.text not in ("'s", "’s", "'")]
    k = len(toks)
    while k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].text in _NAME_PARTICLES):
        k -= 1
    for n in range(max(k, len(toks) - table.max_words - 3), len(toks)):
        key = "".join(t.text_with_ws for t in toks[n:]).strip()
        hit = table.lookup(key, on)
        if hit is not None:
            return hit
    return None


def _clause_mate_subject(tok: Token, res: Token) -> bool:
    """`res` is the subject of the verb `tok` is the object of (round C6)."""
    return tok.dep_ in ("dobj", "obj", "dative", "nsubjpass") and res.head.i == tok.head.i and \
        res.dep_ in ("nsubj", "nsubjpass", "agent") and res.i != tok.i


def to_entities(heads: Iterable[Token], offset: int, fallback_country: str | None,
                tables: ActorTables | None = None, on: dt.date | None = None) -> tuple[Entity, ...]:
    """Entities for head tokens (expanded over conjunctions), with article offsets (sentence start + idx).

    `on` is the date office-holders named without a title are looked up for (None: the table's as_of). Spans
    whose code is only `fallback_country` are noted in the doc's user_data under FALLBACK_SPANS."""
    tb = tables or load_tables()
    out: list[Entity] = []
    seen: set[tuple[int, int]] = set()
    for h in heads:
        for tok in _conjuncts(_quantified(h)):
            if tok.i != h.i and _is_party_head(h, tb) and _is_bare_thing(tok, tb) and not _is_concrete(tok):
                continue  # ("outlawed opposition parties and thus popular participation": a party and a thing)
            if tok.lower_ in _PRONOUNS or _is_anaphoric_generic(tok):
                res = _resolve_pronoun(tok)
                if res is not None and tok.lower_ not in _PRONOUNS and _clause_mate_subject(tok, res):
                    res = None  # "The US designated the group ...": an object never refers back to its own subject
                if (res is None or res.i >= tok.i) and tok.lower_ in _PRONOUNS:
                    continue
                # ("The government lifted the curfew": with nothing to refer back to, the phrase itself)
                tok = res if res is not None and res.i < tok.i else tok
            tok = _quantified(tok)
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
                continue
            head = _entity_head(tok, tb)
            if head is None:
                continue
            tok = head
            i, j = _entity_span(tok)
            if any(a <= i and j <= b for a, b in seen):
                continue  # the same party, or a conjunct already inside an emitted phrase
            seen.add((i, j))
            span = tok.doc[i:j]
            code, sector, canon = normalise(span, tb)
            member = _collective_member(tok, tb)
            if member is not None:
                # "a group of Filipino fishermen": the fishermen say who it is, not the word "group"
                mi, mj = _np_span(member)
                code, sector, canon = normalise(tok.doc[mi:mj], tb)
            if sector is None and code is not None and _fires_for_state(tok, span, tb):
                sector = "MIL"  # "Israeli gunfire killed", "a Russian air strike": the state's forces
            if code is None and tok.pos_ == "PROPN":
                # a person the news names without a title ("Putin warned ..."): the dated office-holder table
                held = _holder(span, on)
                if held is not None:
                    code, sector = held.code, sector or held.sector
            if code is None:
                code, sector, canon = _from_owner(tok, sector, canon, tb)
            if code is None and not _maker_indices(span):
                # ("struck an oil refinery in Russia's Krasnodar region": the country of the place it is in)
                code = _located_country(tok, tb)
            if code is None and (sector is not None or _is_region_state(span, tb)) and \
                    not _maker_indices(span):  # ("an Iranian-made drone hit a tanker off Oman": whose, unknown)
                code = fallback_country  # a party known by its sector, or a region ("Rakhine State")
                if code is not None:
                    tok.doc.user_data.setdefault(FALLBACK_SPANS, set()).add((span.start_char, span.end_char))
            start = offset + span.start_char
            out.append(Entity(span.text, start, start + len(span.text), code, sector, canon))
    return tuple(out)


# (round C8) what attacks: weapons, fire and armed forces ("Russian missiles", "Israeli troops")
_ARMED_NOUNS = frozenset({"missile", "drone", "bomb", "rocket", "shell", "strike", "airstrike", "bombardment",
                          "shelling", "fire", "gunfire", "artillery", "warplane", "jet", "aircraft", "force",
                          "troop", "soldier", "army", "military", "attack", "raid", "barrage", "munition"})


def attacker_country(doc: Doc, code: str, tables: ActorTables | None = None) -> bool:
    """Whether every word of the sentence naming the country `code` names it as the attacker's: a country word on
    a weapon or armed force ("Russian missiles struck the city, and 64 people were wounded"). Victims of the
    attack are not from that country; the sentence's fallback country is then not theirs."""
    tb = tables or load_tables()
    words = [t for t in doc if tb.countries.get(t.text, ("", ""))[0] == code]
    return bool(words) and all(t.dep_ in ("amod", "compound", "nmod") and t.head.lemma_.lower() in _ARMED_NOUNS
                               and _attacking(t.head) for t in words)


def _attacking(noun: Token) -> bool:
    """A weapon or force in the place of the one who attacks: the subject ("Russian missiles struck"), the
    agent ("hit by Russian drones") or the means ("wounded in a Russian strike"); not the one attacked
    ("killing five Russian soldiers")."""
    return noun.dep_ in ("nsubj", "csubj") or \
        (noun.dep_ == "pobj" and noun.head.lower_ in ("by", "in", "from", "during", "after", "with"))


# fire and strikes of the kind a state's forces deliver; not an attack, bombing or rocket, which any side makes
_STATE_FIRE = {"gunfire", "fire", "firing", "shelling", "airstrike", "strike", "bombardment", "raid", "barrage",
               "artillery", "missile", "warplane", "jet", "shell", "sniper"}


def _fires_for_state(tok: Token, span: Span, tb: ActorTables) -> bool:
    """A demonym or country name alone on a fire or strike noun ("Israeli gunfire", "Russian shelling", "a Turkish
    air strike") names that state's armed forces."""
    head = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod") or not _is_act_noun(head) or \
            (head.lemma_.lower() not in _STATE_FIRE and head.lower_ not in _STATE_FIRE):
        return False
    words = [t.text for t in span if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    hit = tb.countries.get(" ".join(words))
    return hit is not None and hit[1] != "capital"


# ---------------------------------------------------------------- people introduced earlier in the article

# words between a country and a title noun ("Turkish Foreign Minister", "Israel's Defence Minister"); "former"
# is not one: a former office-holder's title says nothing of the sector he acts for now
_TITLE_MODIFIERS = {"prime", "foreign", "defence", "defense", "deputy", "vice", "supreme", "interior", "first",
                    "acting", "interim", "crown", "top", "chief", "senior", "army", "state", "affairs", "external",
                    "secretary", "national", "security", "finance", "justice", "transitional", "political",
                    "military", "opposition", "staff"}
_FORMER = {"former", "ex", "late", "then"}
_RANKS = {"general", "colonel", "major", "lieutenant", "captain", "brigadier", "admiral", "marshal", "commander",
          "constable", "inspector", "superintendent", "sergeant", "commissioner", "commandant", "minister", "governor",
          "mayor", "senator", "judge", "spokesman", "spokeswoman", "spokesperson"}
_NOT_NAMES = {"the", "a", "an", "this", "these", "those", "there", "their", "his", "its", "our", "we", "i", "you"}
_WORD = re.compile(r"[^\W\d][\w.'’-]*")


def _is_name(text: str, tb: ActorTables) -> bool:
    """A person's name as the news writes it alone: 1-4 capitalised words that name no country or organisation."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) and \
        words[0].lower() not in _PRONOUNS | _NOT_NAMES and \
        text not in tb.countries and text not in tb.orgs and words[0].lower() not in tb.sector_nouns


_STAFF_CHIEF = re.compile(r"\bchief of (?:the )?(defence|defense|general|army|armed forces|air|naval|joint) staff$",
                          re.IGNORECASE)
_OF_STAFF = re.compile(r"\b(chief|head) of staff$", re.IGNORECASE)


def _plain_title(words: list[str], tb: ActorTables) -> list[str]:
    """A title read as "<body> <role>": "chief of (the) general staff" -> "military chief", "army chief of staff"
    -> "army chief" (the staff's chief belongs to the body named before it); a rank after it is kept ("army
    chief of staff General")."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() in tb.sector_nouns:
        k -= 1
    text = " ".join(words[:k])
    text = _STAFF_CHIEF.sub("military chief", text)
    text = _OF_STAFF.sub(r"\1", text)
    return text.split() + words[k:]


def _title_before(words: list[str], tb: ActorTables,
                  any_country: bool = False) -> tuple[str | None, str | None] | None:
    """(code, sector) of a title phrase ending `words`: a country, demonym or organisation, then title words
    ending in a sector noun or a role noun ("Russian President", "Turkey's Foreign Minister", "Hamas political
    leader", "Pakistan's army chief"). With `any_country` a title without a country gives (None, sector)."""
    words = _plain_title(words, tb)
    k = len(words)
    sector = None
    while k > 0 and (words[k - 1].lower() in tb.sector_nouns or words[k - 1].lower() in _TITLE_MODIFIERS or
                     k == len(words) and words[k - 1].lower() in _ROLE_NOUNS):
        # the leftmost sector word decides ("opposition leader" OPP, "army general" MIL, "Foreign Minister" GOV)
        sector = tb.sector_nouns.get(words[k - 1].lower(), sector)
        k -= 1
    last = words[len(words) - 1].lower() if words else ""
    if sector is None or k == len(words) or (last not in tb.sector_nouns and last not in _ROLE_NOUNS):
        return None
    for n in range(min(3, k), 0, -1):
        key = " ".join(words[k - n:k])
        key = re.sub(r"['’]s?$", "", key)
        if key not in tb.orgs and key not in tb.countries:
            continue
        if k - n > 0 and words[k - n - 1].lower() in _FORMER:
            sector = None  # "former Brazilian President X": still Brazilian, no longer the government
        if key in tb.orgs:
            _, code, osector = tb.orgs[key]
            return (code, osector or sector) if code else None
        return tb.countries[key][0], sector
    # ("the police chief, John Mwangi": a role noun of a body, no country written)
    # a role or a rank ("General", "Constable"); a body's name is no title ("under Manpur Police Station")
    titled = last in _ROLE_NOUNS | _TITLE_HEADS | _RANKS
    # (and a body or rank gives the sector: "community leader", "spokesman" alone say too little)
    bodied = any(w.lower() in tb.sector_nouns and w.lower() not in _ROLE_NOUNS for w in words[k:])
    if any_country and titled and bodied and not any(w.lower() in _FORMER for w in words[max(0, k - 2):]):
        return None, sector
    return None


def _title_after(rest: str, tb: ActorTables, any_country: bool = False) -> tuple[str | None, str | None] | None:
    """(code, sector) of an apposition that titles a name: "Vladimir Putin, the Russian president"."""
    m = re.match(r",\s+(?:the\s+)?((?:[\w'’.-]+\s+){1,5}?[\w-]+)\s*[,.;)]", rest)
    if m is None:
        return None
    return _title_before(m.group(1).split(), tb, any_country)


def introduced_as(name: str, text: str, before: int,
                  tables: ActorTables | None = None) -> tuple[str | None, str | None] | None:
    """(code, sector) of the person `name` ("Putin", "Vladimir Putin") as the article introduced him before offset
    `before`: with a title after a country, demonym or organisation ("Russian President Vladimir Putin ...",
    "Vladimir Putin, the Russian president, ..."). The first introduction with a country wins; else the first
    with only a role title gives (None, sector) ("the police chief, John Mwangi," -> COP); None when none."""
    tb = tables or load_tables()
    name = re.sub(r"\s*['’]s?$", "", name.strip())
    if not _is_name(name, tb):
        return None
    sector_only: tuple[str | None, str | None] | None = None
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text[:before]):
        words = _WORD.findall(text[max(0, m.start() - 120):m.start()])
        k = len(words)
        # the given names before the surname ("Recep Tayyip" Erdogan) are skipped, at most three
        while k > 0 and len(words) - k < 3 and words[k - 1][:1].isupper() and \
                words[k - 1].lower() not in tb.sector_nouns and words[k - 1].lower() not in _TITLE_MODIFIERS and \
                (words[k - 1] not in tb.countries or k > 1 and words[k - 2].lower() in tb.sector_nouns):
            k -= 1  # (a given name may be a country's: "Defence Minister Israel Katz")
        found = _title_before(words[:k], tb, any_country=True)
        if found is not None and found[0] is None and k and not re.search(
                r"(?<![\w-])" + re.escape(words[k - 1]) + r",?\s+(?:[A-Z][\w'’.-]*\s+){0,3}$",
                text[max(0, m.start() - 120):m.start()]):
            found = None  # a title alone must stand right before the name ("Superintendent of Police (SP) X": no)
        if found is None:
            tail = re.match(r"(?:\s+[A-Z][\w'’-]*){0,2}", text[m.end():])  # "Putin" in "Vladimir Putin Jr"
            found = _title_after(text[m.end() + (tail.end() if tail else 0):m.end() + 160], tb, any_country=True)
        if found is not None and found[0] is not None:
            return found
        sector_only = sector_only or found
    return sector_only


def named_holder(text: str, on: dt.date | None) -> Holder | None:
    """The office-holder an entity's text ends with ("Putin", "President Vladimir Putin", "al-Sharaa's"), for
    the date `on`: the same rule as for parsed phrases, on the written words."""
    words = re.sub(r"['’]s?$", "", text.strip()).split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].split("-")[0] in _NAME_PARTICLES):
        k -= 1
    table = load_holders()
    for n in range(max(k, len(words) - table.max_words), len(words)):
        hit = table.lookup(" ".join(words[n:]), on)
        if hit is not None:
            return hit
    return None
