"""A party span normalised to PLOVER entity fields: organisation aliases, countries from names, demonyms and
capitals, head-noun sectors, armed and civic groups, the sentence's fallback country, pronouns and generic
anaphors, and `to_entities` that builds the records."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from newsevents.coding.actors.cities import big_cities
from newsevents.coding.office_holders import Holder, load_holders
from newsevents.nlp import doc_text, doc_tokens
from newsevents.records import Entity
from newsevents.coding.actors.tables import (ActorTables, NAMESAKES, _AMERICA, _GENERIC, _PASS_SUBJ, _PRONOUNS,
                                            city_first_words,
                                             _SUBJ, _starts_aid_body_name, continent_word, load_tables, namesakes,
                                             other_country_city)
from newsevents.coding.actors.spans import (_COLLECTIVE, _INSTRUMENTS, _LOCATIVE_PREPS, _NOT_ENTITY_ENTS, _PARTY_ENTS,
                                            _PERSON_NOUNS, _conjuncts, _elided_counted, _entity_span, _is_act_noun,
                                            _is_counted, _is_party_head, _is_place_noun, _is_sum, _is_temporal,
                                            _lookup_ngrams, _names_entity, _np_span, _prep_objects, _quantified, _state_of_thing,
                                            first_side_word, joint_side_word, alone_side_word, news_source,
                                            of_phrase_other_side, of_side_start, states_called_powers,
                                            merged_object_start, other_side_start, side_apart,
                                            subject_joined_to_object)


# things that can be hit, taken or blocked (vehicles, buildings, infrastructure, military sites): a real object,
# unlike an act or condition that is declared or imposed somewhere ("a state of siege in Pando", "a curfew in X")
_CONCRETE = {"ship", "vessel", "tanker", "boat", "ferry", "freighter", "trawler", "yacht", "car", "vehicle", "truck",
             "lorry", "bus", "minibus", "van", "train", "plane", "airliner", "convoy", "road", "highway", "motorway",
             "street", "bridge", "railway", "building", "house", "home", "office", "shop", "market", "school",
             "hospital", "clinic", "mosque", "church", "temple", "shrine", "base", "camp", "checkpoint", "outpost",
             "post", "position", "station", "facility", "plant", "depot", "warehouse", "pipeline", "port", "airport",
             "airfield", "crossing", "tower", "factory", "refinery", "dam", "compound", "headquarters", "barracks",
             "prison", "jail", "embassy", "consulate", "stadium", "hotel", "restaurant", "tunnel", "shelter",
             "infrastructure", "grid", "cable", "palace", "residence", "parliament", "court", "ministry", "hall"}


def _is_concrete(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _CONCRETE or tok.lower_ in _CONCRETE)


def _is_locative(tok: Token) -> bool:
    """The object of a preposition of place ("in Dhaka", "near the border")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS | {"near", "off", "outside", "inside"}


def _is_bare_thing(tok: Token, tb: ActorTables) -> bool:
    """A recipient phrase that names no party, person or place at all ("the ban", "talks", "a 30-day deadline")."""
    if _is_sum(tok) or tok.text == "%" or tok.lower_ in ("percent", "pct") or tok.ent_type_ == "PERCENT":
        return True  # (round R8: a rate is no party either, "tariffs of 25% on steel imports from X")
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


# verbs that only report what their complement clause says ("said", "told reporters", "announced"); a demand or
# warning is an act of its own (REQUEST, THREATEN) and is not among them
_REPORTING = {"say", "tell", "report", "add", "state", "announce", "confirm", "note", "explain", "write", "claim",
              "disclose", "reveal", "recount", "recall", "describe", "estimate", "quote", "testify"}


def _is_lowercased(doc: Doc) -> bool:
    """Text written without capitals (chat, some feeds): letter case then says nothing about names."""
    return not any(t.text[:1].isupper() for t in doc_tokens(doc) if t.is_alpha)


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
_CRAFT = {"jet", "plane", "aircraft", "bomber", "helicopter", "warplane", "squadron", "pilot"}
_ARMED_WORDS = {"armed", "masked", "unidentified", "unknown", "gun-toting", "gun-wielding",
                "hooded"}  # (session 23, R32) "hooded men stormed the house"


# Modifiers that change what a head noun's sector means (PLOVER manual, "Sector Codes": CVL = "civilians,
# protesters, activists"; PTY = political parties). A protest's leaders are protesters, not a government; a
# wedding or search party is a group of people, not a political party.
_CIVIC_MODIFIERS = {"protest", "demonstration", "rally", "march", "sit-in", "grassroots", "community", "civic",
                    "social"}  # (round R11) "social leaders" (Latin American usage): community activists
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


# (round R8) guards that are armed forces
_ARMY_GUARDS = {"national", "republican", "presidential", "revolutionary", "royal", "imperial"}
_ENVOYS = {"ambassador", "envoy", "representative", "delegate", "delegation", "mission"}


def _country_before_org(toks: list[Token], country: str, org: str) -> bool:
    """The country words come before the organisation's in the phrase ("Sudan's UN ambassador")."""
    i, j = _key_position(toks, country), _key_position(toks, org)
    return 0 <= i < j


def _key_position(toks: list[Token], key: str) -> int:
    """Index in `toks` of the first run of whole tokens that spells `key` (-1 if none). (round R8) Whole tokens:
    a substring search found "Niger" inside "Nigerians" and "Oman" inside "Omanis"."""
    words = key.lower().split()
    for k in range(len(toks)):
        run = ""
        for t in toks[k:k + 4 * len(words) + 4]:  # (hyphens and apostrophes are tokens of their own)
            run = (run + t.text_with_ws).lower()
            if run.split() == words or run.strip() == key.lower():
                return k
            if len(run.strip()) >= len(key):
                break
    return -1


def _noun_sector(span: Span, tb: ActorTables, name_words: frozenset[str] = frozenset()) -> str | None:
    """Sector of the head noun, else of the nearest other word that has one (not a word of the organisation's
    own name, `name_words`)."""
    root = span.root
    owner = _owner_sector(root, tb, name_words)
    if owner is not None:
        return owner
    ranked = _rank_in_armed_body(span, tb)
    if ranked is not None:
        return ranked
    order = [root] + [t for t in reversed(list(span)) if t.i != root.i]  # (tokens are views: compare by index)
    mods = _modifier_lemmas(root)
    if _displaced_people(root):
        return "REF"  # (session 23, R32) PLOVER's REF: "refugees and internally displaced persons"
    if states_called_powers(root):
        return "GOV"  # (session 23, R32) "foreign powers", "world powers": states
    if root.text != "party" and root.text != "parties" or \
            any(c.dep_ == "compound" and c.text[:1].isupper() for c in root.lefts):
        mods -= _SOCIAL_PARTY | _WORK_PARTY  # a name: "Cambodia National Rescue Party", "the Tea Party"
    if root.lemma_.lower() == "party" and mods & _SOCIAL_PARTY:
        return "CVL"  # "a wedding party": guests, civilians
    if root.lemma_.lower() == "party" and mods & _WORK_PARTY:
        order = order[1:]  # "a search party": no sector of its own; "an army search party" MIL
    if root.lemma_.lower() in _ROLE_NOUNS and mods & _CIVIC_MODIFIERS:
        return "CVL"  # "protest leaders" organise protesters
    if (root.lemma_.lower() in _ROLE_NOUNS or root.lemma_.lower() in _KIND_BODIES) and mods & _BUSINESS_WORDS:
        # (round R10, from story review K8) "business leaders", "a business group": companies, not the state
        # ("business" alone is no party noun: "hurt business" names none)
        return "BUS"
    named_body = _named_body_sector(span, tb, name_words)
    if named_body is not None:
        return named_body
    staff = _staff_field(root)
    if staff is not None:
        return staff
    if root.lemma_.lower() in _ROLE_NOUNS:
        # a leader or spokesman is of the sector of the body named before it ("opposition leaders" OPP, "gang
        # leaders" CRM, "rebel commander" REB, "union president" LAB); alone ("the president") the noun's own
        order = order[1:] + [root]
    elif root.pos_ == "PROPN":
        # (round A12) so is a title before a name: "Police spokesman Williams Aya" COP, "Army chief X" MIL
        titles = [t for t in order if t.i < root.i and t.lemma_.lower() in _ROLE_NOUNS]
        order = [t for t in order if t not in titles] + titles
    if root.lemma_.lower() == "officer" and any(tb.sector_nouns.get(m) == "MIL" for m in mods):
        return "MIL"  # (round R11) "two army officers", "military officers": the army's, not police
    if root.lemma_.lower() in _FORCE_NOUNS and mods & _RESISTANCE:
        return "REB"  # "Resistance forces", "resistance fighters": armed opponents of the state
    if root.lemma_.lower() in _CRIME_BODIES and "criminal" in mods:
        return "CRM"  # "a rival criminal group", "criminal gangs": the modifier says what kind of group
    if root.lemma_.lower() in _PART_NOUNS | _MEMBER_NOUNS:
        whole = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]
        s = next((tb.sector_nouns.get(p.lemma_.lower()) for p in whole if tb.sector_nouns.get(p.lemma_.lower())),
                 None)
        if s:
            return s  # "the criminal chamber of the court" is the court's (JUD): a part has its body's sector
    if root.lemma_.lower() in _PART_NOUNS | _COURT_WORDS:
        order = [t for t in order if t.lower_ != "criminal"]  # "criminal court": its jurisdiction, no gang
    unit = _unit_of_force(root, tb)
    if unit is not None:
        return unit
    kind = _kind_of_body(root, tb)
    if kind is not None:
        return kind
    for tok in order:
        if _postpositive_general(tok) and _law_officer(tok):
            return "JUD"  # (session 16) "the attorney general" prosecutes for the state, as a prosecutor does
        if _postpositive_general(tok) or (tok.i != root.i and tok.text in name_words):
            continue  # "Secretary-General", "Attorney-General": the office before it decides, no army rank
        s = tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_) or _plural_name_sector(tok, tb)
        if s and (tok is root or tok.i < root.i or root.lemma_.lower() not in _ROLE_NOUNS):
            return s
    return None


# (round R24) military ranks, as titles ("Captain X") or heads ("a self-styled colonel of the militia")
_RANKS = frozenset({"captain", "lieutenant", "major", "colonel", "general", "sergeant", "commander", "commandant",
                    "brigadier", "corporal"})
# armed sectors a non-state body's rank takes as its own
_NON_STATE_ARMED = frozenset({"REB", "PRM", "UAF", "CRM", "INS"})


def _rank_in_armed_body(span: Span, tb: ActorTables) -> str | None:
    """(round R24) A rank held in a body that is no state's force: "a self-styled commander of the KLO", "self-styled
    general Kabongo", "Captain Achouba, leader of the outfit", "Lieutenant Zomi, leader of the faction" are REB (or
    the body's own armed sector: "the self-styled colonel of the militia" PRM), not the state's army or government.
    A rank with no body named keeps its own reading ("Captain Achouba", "General X"); so does a rank in a named
    state's force or a body of another kind ("Colonel X of the Malian army", "Captain Y of the cargo ship")."""
    root = span.root
    self_styled = "self-styled" in span.text.lower()
    # (the head, or a title before a name: "Captain X", "self-styled general X Y")
    ranks = [t for t in span if (t.lower_ in _RANKS or t.lemma_.lower() in _RANKS) and (t.i == root.i or (
        t.dep_ in ("compound", "amod", "nmod") and t.i < root.i and root.pos_ == "PROPN"))]
    if not ranks and not (self_styled and root.lemma_.lower() in _ROLE_NOUNS):
        return None
    # (the body named after "of" on the rank, the person or an apposition to him: "..., leader of the outfit")
    holders = ranks + [root] + [c for c in root.children if c.dep_ == "appos"]
    bodies = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
    for body in bodies:
        if _is_concrete(body):
            return None  # ("Captain Y of the cargo ship")
        sector = normalise(body.doc[body.left_edge.i:body.i + 1], tb)[1]
        if sector in _NON_STATE_ARMED:
            return sector
        if sector is not None:
            return None  # ("Colonel X of the Malian army" MIL, "Major X, head of the ruling junta" GOV)
        return "REB"  # a body with no sector of its own: "the outfit's armed wing", "the faction", "the KLO"
    return "REB" if self_styled else None


def _owner_sector(root: Token, tb: ActorTables, name_words: frozenset[str]) -> str | None:
    """(round R23) A thing of a named party has the party's sector: "the opposition leader's home" is the opposition
    leader's (OPP, not GOV from "leader" alone), "the district commissioner's vehicle" the commissioner's (GOV)."""
    if root.pos_ != "NOUN" or root.lemma_.lower() in _ROLE_NOUNS or tb.sector_nouns.get(root.lemma_.lower()) or \
            tb.sector_nouns.get(root.lower_):
        return None  # (a role is the body's: "the European Union's trade chief", as below)
    poss = next((c for c in root.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and
                 c.text not in name_words), None)
    if poss is None:
        return None
    return _noun_sector(root.doc[poss.left_edge.i:poss.i + 1], tb, name_words)


_BUSINESS_WORDS = frozenset({"business", "businesses", "industry"})

# (session 22, R31) staff nouns that have no field of their own ("worker" alone is organised labour) and the
# fields their modifier names: "health workers" and "medical interns" are health staff, "media workers" media
_STAFF_NOUNS = frozenset({"worker", "staff", "staffer", "employee", "intern", "personnel", "volunteer", "professional"})
_STAFF_FIELDS = {"health": "MED", "healthcare": "MED", "medical": "MED", "hospital": "MED", "clinic": "MED",
                 "media": "JRN", "press": "JRN", "newspaper": "JRN", "school": "EDU", "university": "EDU",
                 "church": "REL", "mosque": "REL",
                 # (session 23, R32) vaccination teams are health workers ("polio workers were shot")
                 "polio": "MED", "vaccination": "MED", "vaccine": "MED", "immunisation": "MED",
                 "immunization": "MED"}


# (session 23, R32) people named as driven from their homes ("displaced families", "internally displaced people")
_DISPLACED_HEADS = frozenset({"people", "person", "family", "civilian", "villager", "resident", "man", "woman", "child",
                              "household", "community"})


def _displaced_people(root: Token) -> bool:
    """(session 23, R32) "displaced people", "internally displaced persons", "displaced families": REF, as PLOVER's
    sector table puts them beside refugees."""
    return root.lemma_.lower() in _DISPLACED_HEADS and \
        any(c.dep_ in ("amod", "compound") and c.lower_ == "displaced" for c in root.lefts)


def _at_home(span: Span) -> bool:
    """(session 23, R32) People displaced inside their own country ("displaced families", "IDPs"), unlike refugees
    and migrants: the sentence's country is still theirs."""
    return _displaced_people(span.root) or span.root.lower_ in ("idp", "idps")


def _staff_field(root: Token) -> str | None:
    """(session 22, R31) The sector of staff the field before them names ("five health workers" MED, "hospital staff"
    MED, "media workers" JRN), else None; a body's staff keep its sector ("health ministry workers": the ministry's,
    read by the caller)."""
    if root.lemma_.lower() not in _STAFF_NOUNS:
        return None
    mods = _modifier_lemmas(root)
    if mods & {"ministry", "department", "government", "state", "army", "police", "military"}:
        return None
    return next((_STAFF_FIELDS[m] for m in sorted(mods) if m in _STAFF_FIELDS), None)


def _plural_name_sector(tok: Token, tb: ActorTables) -> str | None:
    """(round R21) The sector of a capitalised plural the tagger took for a name and did not lemmatise, as it
    does for a story's first word after a blanked dateline ("KINSHASA - Rebels seized ...": "Rebels" NNPS)."""
    if tok.tag_ != "NNPS" or not tok.lower_.endswith("s") or tok.lemma_ != tok.text:
        return None
    return tb.sector_nouns.get(tok.lower_[:-1])


# (round R11) the name of a body before a role noun ("Democratic Alliance leader X", "Awami League leader X",
# "General Confederation of Labour chief X"): a party's or a union's, not the state's ("leader" alone is GOV)
_PARTY_NAME_WORDS = frozenset({"alliance", "league", "coalition", "democrats", "republicans",
                               "party"})  # (round R12) "National Citizen Party leader X"
_UNION_NAME_WORDS = frozenset({"federation", "confederation", "union", "unions"})  # (R12) "Mineworkers Union chief"


def _named_body_sector(span: Span, tb: ActorTables, name_words: frozenset[str]) -> str | None:
    """PTY or LAB for a role noun after such a name, else None."""
    root = span.root
    roles = [t for t in span if t.i <= root.i and t.lemma_.lower() in _ROLE_NOUNS]
    if not roles or (roles[-1].i != root.i and root.pos_ != "PROPN"):
        return None
    role = roles[-1] if root.pos_ == "PROPN" else root
    name: list[Token] = []
    k = role.i - 1
    while k >= span.start and span.doc[k].text[:1].isupper() and span.doc[k].lower_ not in _ROLE_NOUNS:
        name.insert(0, span.doc[k])
        k -= 1
    if not name or any(t.text in name_words or _is_country_word(t, tb) for t in name):
        return None
    lowers = {t.lower_ for t in name}
    if lowers & _PARTY_NAME_WORDS:
        return "PTY"
    if lowers & _UNION_NAME_WORDS:
        return "LAB"
    return None


# (round A9) a body noun whose own sector (REB for "group") gives way to the kind a modifier names: "a rival
# student group" EDU, "an opposition group" OPP, "a business association" BUS; an armed kind keeps the armed
# reading ("a militant group", "a criminal network")
_KIND_BODIES = {"group", "association", "body", "organisation", "organization", "network", "collective",
                "alliance", "coalition", "union", "federation"}
_ARMED_KINDS = {"REB", "PRM", "UAF", "CRM", "MIL", "COP", "SPY"}


def _kind_of_body(root: Token, tb: ActorTables) -> str | None:
    if root.lemma_.lower() not in _KIND_BODIES or root.pos_ != "NOUN":
        return None
    # (session 23, R32: also a possessor, "farmers' groups" AGR, "women's groups" CVL, not an armed group)
    mods = [c for c in root.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    for tok in reversed(mods):  # the nearest modifier first: "a rival student group"
        s = tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_) or _plural_name_sector(tok, tb)
        if s in _ARMED_KINDS:
            return None
        if s:
            return s
    return None


# (round A9) units counted out of a force: "additional companies of the Central Reserve Police Force" are police
# (COP), not businesses; "companies of the Adani group" stay businesses
_UNIT_NOUNS = {"company", "battalion", "platoon", "contingent", "detachment", "squad", "regiment", "column",
               "brigade", "unit", "team", "squadron"}


def _unit_of_force(root: Token, tb: ActorTables) -> str | None:
    if root.lemma_.lower() not in _UNIT_NOUNS:
        return None
    for p in (p for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and p.lemma_.lower() in _FORCE_BODIES):
        i, j = _np_span(p)
        s = normalise(p.doc[i:j], tb)[1]
        if s in _ARMED_KINDS:
            return s
    return None


_FORCE_BODIES = {"force", "army", "police", "guard", "militia", "corps", "front", "brigade", "gendarmerie",
                 "constabulary", "navy", "rifles"}


_FORCE_NOUNS = {"force", "fighter", "group", "militia", "army", "movement"}
_CRIME_BODIES = {"group", "gang", "organization", "organisation", "network", "band", "outfit", "syndicate", "ring"}
_PART_NOUNS = {"chamber", "division", "section", "bench", "branch", "panel", "wing", "unit"}
# (session 18, R27) members of a body, of its sector ("two cadres of a banned outfit" REB, "a cadre of the party")
_MEMBER_NOUNS = {"cadre", "cadres", "operative", "operatives"}
_COURT_WORDS = {"court", "tribunal", "judge", "prosecutor"}
_RESISTANCE = {"resistance"}
# offices written "<office>-General": "general" qualifies the office ("the UN Secretary-General" is no army rank)
_GENERAL_OFFICES = {"secretary", "attorney", "solicitor", "governor", "director", "auditor", "postmaster",
                    "surgeon", "registrar", "consul", "accountant", "comptroller"}


def _law_officer(general: Token) -> bool:
    """"Attorney General", "Solicitor-General": the state's chief law officer (a bare "attorney" is any lawyer)."""
    doc = general.doc
    office = doc[general.i - 2] if doc[general.i - 1].text == "-" else doc[general.i - 1]
    return office.lower_ in ("attorney", "solicitor")


def _postpositive_general(tok: Token) -> bool:
    if tok.lower_ != "general" or tok.i < 2:
        return False
    doc = tok.doc
    # (round R11) also written apart: "the attorney general's office" is no army's
    return doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _GENERAL_OFFICES or \
        doc[tok.i - 1].lower_ in _GENERAL_OFFICES


# nouns of a role in some body, whose sector is that body's when it is named before them
_ROLE_NOUNS = {"leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "official", "commander",
               "president", "chairman", "chairwoman", "chair", "secretary", "representative", "delegate",
               "candidate", "nominee",  # (round A12: "the candidate of the opposition party" is the party's)
               "director",  # (round R7: "the director of the CIA", "directors of military operations")
               "commissioner",  # (round R23: "the police commissioner" COP, "the district commissioner" GOV)
               "politician"}  # (session 24, R33: "an opposition politician" OPP, "a local politician" PTY)


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
    if span.root.lemma_.lower() == "guard" and _modifier_lemmas(span.root) & _ARMY_GUARDS:
        return "MIL"  # (round R8) "the National Guard", "the Republican Guard": armies; other guards police
    named = _named_force_sector(span, tb)
    if named is not None:
        return named
    root = span.root
    if sector == "MIL":
        for tok in span:
            if tok.i == root.i or (tok.lemma_.lower() == "fighter" and root.lemma_.lower() in _CRAFT):
                continue  # ("a fighter jet" is a kind of military aircraft, no rebel fighter)
            s = tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_)
            if s in _ARMED_NON_STATE or s in ("COP", "SPY"):
                return s  # "rebel forces", "militia fighters", "police forces"
            if tok.text in tb.peoples and not _is_country_word(tok, tb):
                return "REB"  # "Tigrayan forces", "Kachin fighters"
    # (session 23, R32: also "unknown individuals", whose noun has no sector of its own)
    if sector in ("CVL", None) and root.lemma_.lower() in ("man", "people", "person", "individual", "youth") and \
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


def _pan_indices(toks: Iterable[Token]) -> set[int]:
    """(round R18) "the Pan-American Highway", "the Pan-African Parliament": a word after "Pan-" names a continent's
    or a people's whole, no country; (round R23) nor does "American" in "Latin American", "South America",
    "African Americans", "Afro-American" (tables.continent_word)."""
    return {t.i for t in toks if (t.i >= 2 and t.doc[t.i - 1].text in ("-", "‐", "–") and
                                  t.doc[t.i - 2].lower_ == "pan") or
            (t.lower_ in _AMERICA and t.i >= 1 and continent_word(t.doc.text, t.idx, t.idx + len(t.text)))}


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


_NORMALISED = "newsevents_normalised"
_Coded = tuple[str | None, str | None, str | None]


def normalise(span: Span, tables: ActorTables | None = None) -> _Coded:
    """(code, sector, canonical name) for an entity span.

    (session 26, P37) Cached on the doc per span: the roles, the entity builder and the pipeline's checks ask for
    the same phrase several times per event (about 40% of the calls repeat one). The answer reads only the parse,
    the doc's entities (NER may be added to an event sentence later: its state is part of the key) and the
    tables; the token count guards against retokenizing, as in `nlp.doc_text`."""
    tb = tables or load_tables()
    doc = span.doc
    size, ents = len(doc), doc.has_annotation("ENT_IOB")
    cache = doc.user_data.get(_NORMALISED)
    if cache is None or cache[0] is not tb or cache[1] != size or cache[2] != ents:
        cache = doc.user_data[_NORMALISED] = (tb, size, ents, {})
    known: dict[tuple[int, int], _Coded] = cache[3]
    key = (span.start, span.end)
    hit = known.get(key)
    if hit is None:
        hit = known[key] = _normalise(span, tb)
    return hit


def _normalise(span: Span, tb: ActorTables) -> _Coded:
    words = [t.text for t in span if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    if not words:
        return None, None, None
    lower = _is_lowercased(span.doc)
    code = sector = canon = None
    toks = list(doc_tokens(span))
    hit = _lookup_tokens(toks, tb.orgs, tb.max_words)
    if hit in tb.party_aliases and _longer_name(toks, hit, tb):
        hit = None  # (round R12) "the Northern Patriotic Front" is not Zambia's Patriotic Front
    body = _lookup_tokens(toks, tb.body_sectors, tb.max_words) if tb.body_sectors else None
    if body is not None and (_longer_name(toks, body, tb) or hit is not None and not (hit in body and body != hit)):
        body = None  # (a longer organisation's name wins: "Kurdistan Workers' Party" over "Workers' Party")
    if body is not None:
        hit = None  # (round R12) "the Trade Union Congress" is no "Congress" of the organisations table
    org = tb.orgs[hit] if hit else None
    if org is not None and org[1] == "MNC" and _place_reading(span):
        org = None  # (round R22) "FARC dissidents in Meta": the Colombian department, not the company
    if org is None and lower:
        low = _lookup_tokens(toks, tb.orgs_lower, tb.max_words, lower=True)
        org = tb.orgs_lower[low] if low else None
    if org is not None:
        canon, code, sector = org
        body = None
        if sector in ("REB", "PRM") and span.root.lemma_.lower() in _RULING_NOUNS and hit and \
                span.root.text not in hit.split():
            sector = "GOV"  # (round R19) "the Taliban government", "Houthi authorities": the group as it governs
    elif body is not None:
        # (round R12) a party or union name used in several countries ("Labour Party", "CGT"): its sector; the
        # country comes from the phrase, the sentence or the story
        sector, hit = tb.body_sectors[body], body
    countries = tb.countries_lower if lower else tb.countries
    # ("Iranian-made drone": no country from its maker; "the Santa Rosa de Lima gang": none from a word of a name)
    # (round R7: nor from a cause it stands for, "a pro-Russian hacker group", as the docs say)
    # (round R11) nor from its backer: "an Iran-backed militia", "Russian-backed separatists" fight for themselves
    maker = _maker_indices(toks) | _maker_indices(toks, _BACKER_WORDS | _TONGUE_WORDS) | \
        _inner_name_indices(span.doc) | (_stance_indices(span.doc) & {t.i for t in toks}) | _pan_indices(toks) | \
        city_first_words(toks)
    toks = [t for t in toks if t.i not in maker]
    chit = _lookup_tokens(toks, countries, tb.max_words, lower=lower) if toks else None
    if chit and org is not None and span.root.lemma_.lower() in _ENVOYS and hit and \
            _country_before_org(toks, chit, hit):
        # (round A9) "Sudan's UN ambassador", "the Chinese NATO envoy": a state's envoy to the body, not the body's
        return countries[chit][0], "GOV", None
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
    own_head = (org is not None or body is not None) and hit is not None and span.root.text in hit.split()
    if sector is None and not own_head and not _is_region_state(span, tb) and not _is_vessel_name(span, tb):
        # ("the European Union's foreign policy chief": the words of the body's own name are no sector nouns)
        sector = _noun_sector(span, tb, frozenset(hit.split()) if org is not None and hit else frozenset())
    named = _named_as_sector(span.root, tb) if org is None else None
    if named is not None:
        sector = named  # "a local group called Springfield Residents for Justice": residents, not an armed group
    if org is None and sector == "REB" and _community_group(span.root):
        sector = "CVL"  # "groups from both communities": people of the communities, no armed group (round C7)
    if org is None and _is_civic_group(span.root):
        # "rights groups accused the army": a non-governmental body (PLOVER code NGO), not an armed group; one
        # with a country is that country's civil society ("a Syrian rights group" SYR SOC)
        return (code, "SOC", None) if code is not None else ("NGO", None, None)
    if org is None and sector is None and _state_body(span.root, code is not None):
        sector = "GOV"  # (round R10) "the electoral commission", "Sudan's Humanitarian Aid Commission"
    if org is None:
        sector = _armed_sector(span, tb, sector)
        if code is None and sector is not None:
            # a people or region that is no state gives the country it fights in ("Tigrayan forces" -> ETH)
            code = next((tb.peoples[t.text] for t in toks if t.text in tb.peoples and tb.peoples[t.text]), None)
    return code, sector, canon


# (round R22) prepositions and map units that make a name a place ("in Meta", "Meta department")
_PLACE_READING_PREPS = frozenset({"in", "near", "at", "from", "across", "around", "inside", "outside", "throughout",
                                  "into", "to", "towards", "toward"})
_MAP_UNITS = frozenset({"department", "province", "state", "region", "district", "county", "river", "city", "town",
                        "municipality", "valley"})


def _place_reading(span: Span) -> bool:
    """(round R22) A company's name read as the place of the same name: after a preposition of place ("clashes in
    Meta"), before or after a map unit ("Meta department", "the department of Meta"), or after "the"
    ("the Amazon")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _PLACE_READING_PREPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _MAP_UNITS:
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (after is not None and after.lemma_.lower() in _MAP_UNITS) or \
        any(t.dep_ == "det" and t.lower_ == "the" for t in root.children) or root.lemma_.lower() in _MAP_UNITS


# (round R10, from story review K8) bodies of a state: an election body ("the electoral commission", "the National
# Electoral Board"), or one a country owns or names ("Sudan's Humanitarian Aid Commission", "the Kenya Revenue
# Authority"); a civic modifier makes a body an NGO before this is asked ("a rights agency")
_STATE_BODY_NOUNS = frozenset({"commission", "board", "authority", "agency", "council", "directorate", "bureau"})
_ELECTION_WORDS = frozenset({"electoral", "election", "elections"})


# nouns of a body that governs (round R19)
_RULING_NOUNS = frozenset({"government", "administration", "authority", "authorities", "cabinet", "regime",
                           "ministry"})


# (round R22) a government department named "office" ("Pakistan's foreign office", "the Home Office")
_GOVERNMENT_OFFICES = frozenset({"foreign", "home", "cabinet", "presidential"})


def _state_body(root: Token, has_country: bool) -> bool:
    if root.lemma_.lower() == "office" and _modifier_lemmas(root) & _GOVERNMENT_OFFICES:
        return True
    if root.lemma_.lower() not in _STATE_BODY_NOUNS and root.lower_ not in _STATE_BODY_NOUNS:
        return False
    return has_country or bool(_modifier_lemmas(root) & _ELECTION_WORDS)


# bodies that a modifier below makes non-governmental ("rights groups", "aid agencies", "a campaign group")
_BODY_NOUNS = {"group", "organisation", "organization", "agency", "coalition", "watchdog", "charity", "body"}
_CIVIC_GROUP_MODIFIERS = {"right", "rights", "aid", "advocacy", "humanitarian", "relief", "campaign", "monitoring",
                          "watchdog", "environmental", "charity", "nongovernmental", "non-governmental",
                          "society", "observer",  # (round R10) "a civil society observer group
                          "ngo"}  # (session 23, R32) "two NGO workers" are an aid body's staff, as aid workers are


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
    """A rights or aid body ("rights groups", "aid agencies"), its staff ("14 aid workers", round A9) or a name
    introduced by such a descriptor ("Rights group Ain o Salish Kendra", round A9)."""
    lemma = root.lemma_.lower()
    if lemma in _BODY_NOUNS | _CIVIC_STAFF | _CIVIC_NAME_HEADS:
        civic = _CIVIC_GROUP_MODIFIERS - _NO_CIVIC_STAFF if lemma in _CIVIC_STAFF else _CIVIC_GROUP_MODIFIERS
        return bool(_modifier_lemmas(root) & civic)
    return root.pos_ == "PROPN" and any(t.i < root.i and t.pos_ == "NOUN" and t.lemma_.lower() in _BODY_NOUNS and
                                        bool(_modifier_lemmas(t) & _CIVIC_GROUP_MODIFIERS) for t in root.subtree)


_CIVIC_STAFF = {"worker", "staff", "staffer", "volunteer", "employee"}
# (round R12) heads of a civic body's own name: "the Human Rights Association", "the Legal Aid Foundation" (not
# "commission" or "council": a national human rights commission is a state's, the Human Rights Council the UN's)
_CIVIC_NAME_HEADS = {"association", "foundation", "network", "institute", "centre", "center"}
# modifiers of a civic body that do not make its staff civic ("campaign staff", "environmental workers")
_NO_CIVIC_STAFF = {"campaign", "monitoring", "environmental"}


_SENTENCE_COUNTRY = "newsevents_sentence_country"


def sentence_country(doc: Doc, tables: ActorTables | None = None) -> str | None:
    """Country of the first place name (GPE/LOC/NORP) in the sentence that the country tables know; when the
    parse has no named entities (the pipeline runs without NER by default), of the first country name,
    demonym or capital among the sentence's capitalised words.

    (session 26, P37) Cached on the doc, as `normalise` (asked per event and per party of a sentence), keyed by
    what the answer reads beside the parse: the tables, the entities' presence and the story's namesake towns."""
    tb = tables or load_tables()
    state = (len(doc), doc.has_annotation("ENT_IOB"), doc.user_data.get(NAMESAKES, frozenset()))
    cached = doc.user_data.get(_SENTENCE_COUNTRY)
    found: str | None
    if cached is not None and cached[0] is tb and cached[1] == state:
        found = cached[2]
        return found
    found = _sentence_country(doc, tb)
    doc.user_data[_SENTENCE_COUNTRY] = (tb, state, found)
    return found


def _sentence_country(doc: Doc, tb: ActorTables) -> str | None:
    maker = _maker_indices(doc_tokens(doc)) | _elsewhere_indices(doc)
    if doc.has_annotation("ENT_IOB"):
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "NORP"):
                continue
            whole = _hyphenated_name(doc, ent.start, ent.end, tb)
            # (round R19) a hyphenated name is read whole, and a mark on its inner part ("Port-au-Prince": "Port"
            # starts a place's own name) does not hide it; NER splits some ("Guinea" of "Guinea-Bissau")
            if whole is not None and ent.start not in maker:
                return whole
            if not any(t.i in maker for t in ent):
                txt = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                hit = tb.countries.get(txt) or tb.countries_lower.get(txt.lower())
                if hit:
                    return hit[0]
        return _ruling_group_country(doc, tb)
    words = [t.text for t in doc_tokens(doc)]
    firsts = _country_first_words(tb)
    for i, word in enumerate(words):
        # a key made of words[i:i+n] begins with words[i] and a space: other words cannot start a name
        if not word[:1].isupper() or (" " not in word and word not in firsts) or i in maker:
            continue
        for n in range(min(tb.max_words, len(words) - i), 0, -1):
            hit = tb.countries.get(" ".join(words[i:i + n])) or (tb.countries.get(doc[i:i + n].text) if n > 1 and
                                                                 "-" in words[i + 1] else None)
            if hit and not (n == 1 and word in tb.orgs):
                return hit[0]
    return _ruling_group_country(doc, tb)


# (round R21) sectors of armed parties, whom a sentence naming only their place places
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "PRM", "CRM", "SPY"})


def _armed_place_country(doc: Doc, tb: ActorTables) -> str | None:
    """(round R21) For an armed party naming no country, in a sentence that names no country either, the country
    of the big city the sentence puts the act at: where armed men act says more about whose they are than the
    story's dateline ("KABUL - Gunmen attacked a police station in Bannu": Pakistani gunmen). Other parties
    ("Truckers blocked the highway near Cali") keep the story's country, as the reporter's home."""
    if sentence_country(doc, tb) is not None:
        return None
    return _place_city_country(doc, _maker_indices(doc_tokens(doc)) | _elsewhere_indices(doc), tb)


# (round R21) prepositions that put an act at a place ("stormed a checkpoint in Quetta", "near Mandera")
_AT_CITY_PREPS = frozenset({"in", "near", "at", "outside", "inside", "around"})


def _place_city_country(doc: Doc, skip: set[int], tb: ActorTables) -> str | None:
    """(round R21) The country of the first big city a sentence puts the act at or names as its object ("stormed
    a police checkpoint in Quetta", "fighters shelled El Fasher"). A name that cities of several countries share
    gives the largest one's when it is ten times the next (Alexandria), else nothing (Tripoli, Hyderabad); a
    source's place ("officials in Kabul said", in `skip`) and names the tables know as organisations are none."""
    starts = [t.i + 1 for t in doc_tokens(doc) if t.lower_ in _AT_CITY_PREPS] + \
        [t.left_edge.i for t in doc_tokens(doc) if t.dep_ in ("dobj", "obj") and
         t.text[:1].isupper()]  # "shelled El Fasher"
    for start in sorted(set(starts)):
        code = _city_at(doc, start, skip, tb)
        if code is not None:
            return code
    return None


def _city_at(doc: Doc, start: int, skip: set[int], tb: ActorTables) -> str | None:
    """The country of the big city whose name starts at token `start` (see `_place_city_country`), or None."""
    if start >= len(doc) or start in skip:
        return None
    words: list[Token] = []
    for w in doc[start:start + 3]:
        if not w.text[:1].isupper() or w.i in skip:
            break
        words.append(w)
    for n in range(len(words), 0, -1):
        if any(w.text not in _CITY_TAILS for w in words[n:]):
            continue  # a part of a longer name ("San" of "San Pedro") is no city
        name = " ".join(w.text for w in words[:n])
        if name in tb.orgs or name in _NOT_ORIGIN_CITIES:
            return None
        found = big_cities().get(name)
        if not found:
            continue
        # (without the story's country to choose by, a shared name only when one city dwarfs the others:
        # Alexandria, not Tripoli or Hyderabad)
        rivals = [p for p, c in found if c != found[0][1]]
        return found[0][1] if not rivals or found[0][0] >= 10 * rivals[0] else None
    return None


_CITY_TAILS = frozenset({"City", "District", "Province", "Region", "State", "Division", "Town", "Municipality"})


def _hyphenated_name(doc: Doc, start: int, end: int, tb: ActorTables) -> str | None:
    """The country of a hyphen-joined name from `start` that reaches past `end - 1` or holds a hyphen
    ("Port-au-Prince", "Guinea-Bissau", "Timor-Leste"), or None."""
    for j in range(min(len(doc), end + 4), start + 1, -1):
        part = doc[start:j]
        if "-" in part.text and (j == end or doc[j - 1].text != "-"):
            hit = tb.countries.get(part.text)
            if hit is not None:
                return hit[0]
    return None


# (round A9) "the Houthi-run health ministry", "Hamas-controlled Gaza": a group that runs the place or body
_RUN_WORDS = frozenset({"run", "controlled", "administered", "governed"})


def _ruling_group_country(doc: Doc, tb: ActorTables) -> str | None:
    """With no country word in the sentence, the country of a group named as running a body or place ("The
    Houthi-run health ministry said two people were killed": Yemen's), a better guess for the sentence's unnamed
    parties than the story's most-mentioned country."""
    for t in doc_tokens(doc):
        if t.lower_ in _RUN_WORDS and t.i >= 2 and doc[t.i - 1].text == "-":
            org = tb.orgs.get(doc[t.i - 2].text)
            if org is not None and len(org[1]) == 3 and org[1] not in ("IGO", "NGO", "IMG", "UNO"):
                return org[1]
    return None


# capitalised words that start a place's own name ("Port Sudan", "Lake Chad", "Puerto Jordan")
_PLACE_PREFIXES = frozenset({"Port", "Puerto", "Porto", "Fort", "Lake", "Cape"})
# "-based": where a group sits, not where the story's parties are ("police blamed the Pakistan-based X")
_BASE_WORDS = frozenset({"based", "headquartered"})
_BORDER_NOUNS = {"border", "frontier", "boundary"}
_NEAR_WORDS = frozenset({"near", "along", "to", "towards", "toward", "by", "close"})
# weapons sent off from somewhere (round R19)
_LAUNCH_VERBS = frozenset({"launch", "fire", "fly", "send"})
# (round R22) moving off in a direction ("withdrew towards Niger", "fled into Somalia")
_HEADING_PREPS = frozenset({"towards", "toward", "into", "across"})
# (session 17) coming over a border ("had crossed from Bangladesh", "infiltrated from across the border")
_CROSSING_OVER = frozenset({"cross", "infiltrate", "sneak", "intrude", "enter", "slip"})
_MOVING_OFF = frozenset({"move", "head", "retreat", "withdraw", "flee", "escape", "advance", "march", "pull",
                         "slip", "disperse", "run", "drive"})
# (round R22) people whose nationality word, when they are hit or held, often names a country they are foreign in
# (session 16: "citizen", as "national"; smugglers and traffickers, whose trade crosses borders: "police in Niamey
# arrested three Nigerian traffickers" are Niger's police)
_EXPATRIATE_NOUNS = frozenset({"engineer", "tourist", "expatriate", "expat", "national", "missionary", "contractor",
                               "sailor", "seafarer", "hiker", "backpacker", "citizen", "smuggler", "trafficker",
                               # (session 24, R33) "Gunmen kidnapped three Chinese mining workers in Kebbi state"
                               "worker", "employee", "technician", "geologist", "labourer", "laborer"})
# (session 19, R28) businesses, whose nationality word names their home, not where they are acted on
_FOREIGN_FIRMS = frozenset({"company", "firm", "corporation", "conglomerate", "multinational", "investor", "operator"})
# people on the move, whose nationality word names the country they left (round R19)
_MIGRANT_NOUNS = frozenset({"migrant", "refugee", "deportee", "asylum-seeker", "seeker", "returnee", "evacuee"})


_ELSEWHERE = "newsevents_elsewhere"
# `_find_elsewhere`'s word sets, built once (not per token)
_HELD_DEPS = frozenset({"dobj", "obj", "pobj"} | _PASS_SUBJ)
_HELD_OBJ_DEPS = frozenset({"dobj", "obj"} | _PASS_SUBJ)
_BORDER_CROSSING = frozenset(_BORDER_NOUNS | {"crossing"})


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


# (session 23, R32) verbs that send people out of a country, and the acts they are ordered to
_SENDING_OUT = frozenset({"expel", "deport", "evict", "banish"})
_LEAVING_ACTS = frozenset({"leave", "withdraw", "depart", "quit", "exit", "go"})


def _told_to_leave(t: Token) -> bool:
    """(session 23, R32) The object of an expulsion ("expelled French troops") or of an order to leave ("ordered
    French troops to leave", "asked UN peacekeepers to withdraw")."""
    verb = t.head
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in _SENDING_OUT:
        return True
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _LEAVING_ACTS for c in verb.children)


def _title_of_held(t: Token) -> bool:
    """(session 23, R32) A title word on a name that is acted on ("expelled French ambassador Sylvain Itte")."""
    return t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.dep_ in _HELD_DEPS


def _find_elsewhere(doc: Doc, user_towns: frozenset[str]) -> set[int]:
    # (round R18: and no country in "Pan-American")
    out = _maker_indices(doc_tokens(doc), _ELSEWHERE_MAKERS) | _pan_indices(doc_tokens(doc))
    for t in doc_tokens(doc):
        lemma, dep = t.lemma_.lower(), t.dep_  # (read once: each read looks the string up again)
        if lemma in _FOREIGN_ENVOYS and (dep in _HELD_DEPS or _title_of_held(t)) and not _member_of_body(t):
            # (round R7) "said he had summoned the Russian ambassador": the envoy's state is not the country of
            # the sentence's unnamed parties (the envoy keeps it from its own words); (session 23, R32) also as the
            # title of a named envoy ("The junta expelled French ambassador Sylvain Itte")
            out.update(x.i for c in t.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree)
        if dep == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_.lower() in _BORDER_CROSSING:
            # ("near the border crossing with Syria", round R21: the crossing's far side as well)
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if _is_mission(t) and dep in _HELD_DEPS:
            # (round R21) "Protesters marched on the Indian high commission": a foreign state's mission stands
            # where the sentence's unnamed parties are, in the host country (the mission keeps its own words)
            out.update(x.i for c in t.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree)
        if dep in _HELD_OBJ_DEPS and _told_to_leave(t):
            # (session 23, R32) "The junta expelled the French envoy and ordered French troops to leave": people or
            # forces sent out of a country are foreign to it, as an envoy is (they keep it from their own words)
            out.update(x.i for c in t.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree)
        out.update(_region_name_words(t))
        if t.text == "City" and t.i > 0 and other_country_city(t.doc[t.i - 1].text):
            out.add(t.i - 1)  # (session 20, R29) "Benin City" is Nigeria's: its first word names no country
        if dep == "agent" and t.head.lemma_.lower() in _BACKING and t.head.dep_ in ("acl", "advcl", "relcl"):
            # (round A9) "Police, backed by Kenyan officers, launched ...": the backers' country is not the
            # country of the party they back, nor of the sentence's other unnamed parties
            out.update(range(t.i, t.right_edge.i + 1))
        if dep == "pobj" and t.head.lower_ in ("to", "with") and t.head.head.lemma_.lower() in _TIES and \
                t.head.head.dep_ in ("acl", "advcl", "relcl", "amod"):
            # (round A12) "Gangs, some of them linked to Mexican and Colombian drug cartels, are fighting ...": the
            # country of a party something is tied to is not its own
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if dep == "pobj" and t.head.lower_ == "from" and t.head.head.dep_ == "acl" and \
                t.head.head.lemma_.lower() in _LAUNCH_VERBS:
            # (round R19) "shot down 41 drones launched from Russia's Kursk region": the weapons' origin is the
            # attacker's side, not the country of the sentence's unnamed parties (the air force)
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if dep == "pobj" and t.head.lower_ in _HEADING_PREPS and t.head.head.lemma_.lower() in _MOVING_OFF:
            # (round R22) "The troops later withdrew towards Niger": where a party heads off to is not its country
            # (a party going home "returns to" it, which stays)
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if dep == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in _CROSSING_OVER and \
                t.head.head.dep_ in ("acl", "advcl", "relcl", "conj"):
            # (session 17, R26) "The militants, who had crossed from Bangladesh, attacked a police outpost in
            # Jiribam": the side of a border a party came across from is not its country (fleeing is not crossing:
            # refugees who fled from Syria are Syrian, and say so with their own word)
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if lemma in _EXPATRIATE_NOUNS and dep in _HELD_OBJ_DEPS:
            # (round R22) "Gunmen abducted a Chinese mining engineer in Kebbi": foreigners at work or travelling
            # abroad, hit or held, are of their own country, not of those who hit or hold them (they keep it)
            out.update(c.i for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper())
        if lemma in _FOREIGN_FIRMS and (dep in _HELD_OBJ_DEPS or (dep == "pobj" and t.head.head.i != t.i and
                                                                  t.head.head.dep_ in _HELD_OBJ_DEPS)):
            # (session 19, R28) "The government revoked the permit of a French mining company": a firm acted on
            # is of its home country, not of the state that acts on it (the firm keeps it from its own words)
            out.update(c.i for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper())
        if lemma in _MIGRANT_NOUNS:
            # (round R19) "Soldiers detained 40 Haitian migrants": the migrants' nationality is where they come from,
            # not where the soldiers who hold them are (the migrants keep it from their own words)
            out.update(c.i for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper())
        if lemma in _BORDER_NOUNS and dep == "pobj" and t.head.lower_ in _NEAR_WORDS:
            # (round C7) "in Rafah, near the Egyptian border": the neighbour named by its side of the border
            out.update(c.i for c in t.children if c.dep_ == "amod" and c.text[:1].isupper())
        if dep == "conj":
            # (round R10) "Soldiers and Rwandan troops drove the attackers back": the foreign contingent's
            # country is not the host's, whose forces the bare conjunct names, nor the other parties'
            out.update(_contingent_country_words(t.head, t) | _contingent_country_words(t, t.head))
            split = _modifier_force(t.head.head, load_tables()) if t.head.dep_ in ("nmod", "compound", "amod") \
                else None
            if split is not None and split[1].i == t.i:
                out.add(t.i)  # ("Police and Ugandan soldiers", parsed as coordinated modifiers: the same)
    # (and a country word that ends a place's own name: "a base in Puerto Jordan", "Port Sudan", "Lake Chad")
    towns = namesakes(doc_text(doc)) | user_towns
    return out | _source_indices(doc) | _stance_indices(doc) | _inner_name_indices(doc) | \
        _place_name_parts(doc, towns)


# (round R21) a state's missions abroad
_MISSION_NOUNS = frozenset({"embassy", "consulate", "legation"})


def _is_mission(t: Token) -> bool:
    """An embassy, consulate or high commission ("the Indian High Commission"; not "the Election Commission")."""
    return t.lemma_.lower() in _MISSION_NOUNS or (t.lower_ == "commission" and
                                                  any(c.lower_ == "high" for c in t.lefts))
# (round R21) units of a country's map
_REGION_NOUNS = frozenset({"region", "province", "state", "district", "zone"})


def _region_name_words(t: Token) -> set[int]:
    """(round R21) A country word that names a region of another country ("in the Somali region of Ethiopia",
    "the Somali region" with a demonym and no place name after it, "East Azerbaijan province of Iran"): a people's
    or a province's name, not the state whose parties the sentence speaks of. "the Russian region of Belgorod"
    (a demonym, then the region's own name) is Russia's."""
    if t.lemma_.lower() not in _REGION_NOUNS or t.tag_ not in ("NN", "NNP"):
        return set()
    tb = load_tables()
    mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper() and
            _country_of(c, tb) is not None]
    if not mods:
        return set()
    of_place = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj" and p.text[:1].isupper()]
    if of_place and all(_country_of(p, tb) in (None, _country_of(mods[0], tb)) for p in of_place):
        return set()  # "the Russian region of Belgorod": the region's own name follows
    if not of_place and any(tb.countries.get(c.text, ("", ""))[1] != "demonym" for c in mods):
        return set()  # "Ukraine region", a country's name with nothing after it: that country's
    return {x.i for c in mods for x in c.subtree}


# (round R10) nouns for a state's forces that a foreign contingent is set beside ("Soldiers and Rwandan troops")
_CONTINGENT_NOUNS = frozenset({"soldier", "troop", "police", "policeman", "policemen", "officer", "force", "army",
                               "gendarme", "gendarmerie", "military", "security"})


# personnel a foreign state lends a host's forces ("Russian instructors", "Turkish advisers")
_LENT_FORCE_NOUNS = frozenset({"instructor", "adviser", "advisor", "mercenary", "paramilitary", "peacekeeper",
                               "trainer", "marine", "commando", "contingent"})


def _is_force_noun(tok: Token) -> bool:
    words = (tok.lemma_.lower(), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_)
    return any(w in _CONTINGENT_NOUNS or w in _LENT_FORCE_NOUNS for w in words)


# (round R10) words that make a force one from abroad ("foreign troops", "Southern African troops", "coalition
# forces"): it takes no fallback country from the host's sentence or story; a region's adjective names a
# regional bloc's force (code IGO, as SADC and ECOWAS are in the organisations table)
_ABROAD_WORDS = frozenset({"foreign", "international", "multinational", "regional", "coalition", "allied"})
_REGION_WORDS = frozenset({"African", "European", "Arab", "Gulf", "Western", "Asian", "Nordic"})


def _abroad_force(span: Span) -> tuple[bool, bool]:
    """(from abroad, a regional bloc's) for a force phrase that names no country of its own."""
    root = span.root
    if not _is_force_noun(root):
        return False, False
    mods = [t for t in span if t.i < root.i and t.dep_ in ("amod", "compound", "nmod")]
    regional = any(t.text in _REGION_WORDS for t in mods)
    return regional or any(t.lower_ in _ABROAD_WORDS for t in mods), regional


# (round R11) states named by a region or as foreign ("Western governments", "foreign powers", "Arab states"):
# several states, none of them the sentence's ("accused Western governments of interfering in Georgia's election")
_STATE_NOUNS = frozenset({"government", "power", "country", "nation", "state", "capital", "donor", "ally"})


def _abroad_states(span: Span) -> bool:
    root = span.root
    return root.lemma_.lower() in _STATE_NOUNS and root.tag_ in ("NNS", "NNPS") and any(
        t.i < root.i and t.dep_ in ("amod", "compound", "nmod") and
        (t.text in _REGION_WORDS or t.lower_ in ("foreign", "western")) for t in span)


def _of_several_states(span: Span) -> bool:
    """(session 24, R33) Two or more states the sentence does not name, or their people ("The two governments'
    foreign ministers met in Luanda", "both countries' envoys", "rejected the two governments' request"): of no one
    country, least of all the meeting's host or the sentence's other party."""
    root = span.root
    return any((c.i == root.i or c.dep_ == "poss") and c.tag_ == "NNS" and c.lemma_.lower() in _STATE_NOUNS and
               any(n.lower_ in ("two", "both", "three") for n in c.children) for c in [root, *root.children])


def _foreign_people(span: Span, sector: str | None) -> bool:
    """(session 22, R31) People called foreign ("six foreign medical personnel", "foreign journalists") are from
    elsewhere: not of the sentence's country (a foreign minister or ministry is his own state's)."""
    root = span.root
    return sector != "GOV" and (root.lower_ in FOREIGNERS or
                                any(t.i < root.i and t.dep_ == "amod" and t.lower_ == "foreign" for t in span))


# (lead, session 23) people named as being from elsewhere ("police detained two foreigners in Bahir Dar"); the
# pipeline reads the same words in a party's text (`pipeline._CALLED_FOREIGN`)
FOREIGNERS = frozenset({"foreigner", "foreigners", "expatriate", "expatriates", "expat", "expats"})


def _modifier_force(tok: Token, tb: ActorTables) -> tuple[Token, Token] | None:
    """(bare force, country word) when the parser made "Police and Ugandan soldiers" one noun phrase whose
    modifiers are coordinated: a force noun naming no country ("Police") modifies a force noun and has a country
    word as its conjunct ("Ugandan"). A force is never a kind of another ("police soldiers"), so these are two."""
    if not _is_force_noun(tok):
        return None
    for c in tok.lefts:
        if c.dep_ not in ("nmod", "compound", "amod") or not _is_force_noun(c) or \
                c.lemma_.lower() in _LENT_FORCE_NOUNS or any(g.dep_ in ("amod", "compound", "nmod", "poss")
                                                             for g in c.lefts):
            continue
        conj = next((g for g in c.children if g.dep_ == "conj" and g.i > c.i and _is_country_word(g, tb)), None)
        if conj is not None and any(g.dep_ == "cc" for g in c.children):
            return c, conj
    return None


def _bare_force_entity(tok: Token, offset: int, fallback_country: str | None, tb: ActorTables) -> Entity:
    """The one-word party split off by `_modifier_force`, with the fallback country when it names none."""
    span = tok.doc[tok.i:tok.i + 1]
    code, sector, canon = normalise(span, tb)
    if code is None and sector is not None and fallback_country is not None:
        code = fallback_country
        tok.doc.user_data.setdefault(FALLBACK_SPANS, set()).add((span.start_char, span.end_char))
    start = offset + span.start_char
    return Entity(span.text, start, start + len(span.text), code, sector, canon)


def _contingent_country_words(bare: Token, other: Token) -> set[int]:
    """The country words of `other` ("Rwandan troops") when it is coordinated with `bare`, a force noun that
    names no country, body or owner of its own ("Soldiers"): a foreign contingent beside the host's forces."""
    tb = load_tables()
    if not _is_force_noun(bare) or bare.lemma_.lower() in _LENT_FORCE_NOUNS or not _is_force_noun(other):
        return set()
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") and (c.pos_ == "PROPN" or _is_country_word(c, tb))
           for c in bare.lefts):
        return set()
    return {c.i for c in other.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") and _is_country_word(c, tb)}


# "-led", "-backed": who leads or backs a force, not whose the sentence's other parties are ("Police and
# Kenyan-led security forces ... exchanged fire with the gangs": the gangs are no Kenyans)
_LEAD_WORDS = frozenset({"led", "backed", "sponsored", "funded", "brokered", "supported", "financed", "trained",
                         "armed"})
# (round R11) a patron named inside a party's own phrase ("an Iran-backed militia", "US-funded groups"): the
# patron is not the party's country; "-led" is left out, a leader's country is its force's ("a Kenyan-led mission")
_BACKER_WORDS = _LEAD_WORDS - {"led", "brokered"}
# (round R11, from story review K11) a language is no nationality: "suspended two French-language radio stations"
_TONGUE_WORDS = frozenset({"language", "speaking"})
# (round R7) "a Liberian-flagged bulk carrier": the flag state is the ship's, not its attackers'
_FLAG_WORDS = frozenset({"flagged", "registered"})
_ELSEWHERE_MAKERS = _BASE_WORDS | _LEAD_WORDS | _FLAG_WORDS | _TONGUE_WORDS  # (`_find_elsewhere`'s)
# (round R7) envoys summoned, met or expelled ("the Russian ambassador", "India's charge d'affaires")
_FOREIGN_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "charge", "affaires", "d'affaires", "d'affaire",
                             "consul", "attache", "attaché", "nuncio"})  # (session 24, R33: the Holy See's envoy)
_TIES = frozenset({"link", "tie", "affiliate", "ally", "connect", "align"})
_BACKING = frozenset({"back", "support", "assist", "aid", "help", "reinforce", "accompany", "escort"})
_STANCE_PREFIXES = frozenset({"pro", "anti"})
# a name's head noun after a country word inside it ("the Saudi Hospital", "the Kuwaiti Specialist Hospital")
_FACILITY_HEADS = frozenset({"Hospital", "Clinic", "School", "College", "University", "Mosque", "Church", "Hotel",
                             "Street", "Road", "Avenue", "Square", "Bridge", "Market", "Camp", "Club", "Centre",
                             "Center", "Institute", "Academy", "Stadium", "Cemetery"})
# particles of Spanish, Portuguese, French and Italian names ("Santa Rosa de Lima")
_NAME_PARTICLES_ROMANCE = frozenset({"de", "del", "da", "do", "dos", "das", "di", "la", "le"})


_STANCE = "newsevents_stance_words"


def _stance_indices(doc: Doc) -> set[int]:
    """The country word of a "pro-X"/"anti-X" adjective: a cause the word it modifies stands for, no party's
    nationality ("cleared a pro-Palestinian encampment": the troopers are not Palestinian). Cached on the doc
    (asked for every entity span)."""
    cached = doc.user_data.get(_STANCE)
    if cached is None:
        out: set[int] = set()
        for t in doc_tokens(doc):
            if t.lower_ in _STANCE_PREFIXES and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "‐", "–"):
                out.update((t.i, t.i + 1, t.i + 2))
            elif t.lower_.split("-", 1)[0] in _STANCE_PREFIXES and "-" in t.text:
                out.add(t.i)
        cached = frozenset(out)
        doc.user_data[_STANCE] = cached
    return set(cached)


_INNER = "newsevents_inner_names"


def _inner_name_indices(doc: Doc) -> set[int]:
    """Country words inside a longer proper name: before a facility noun ("taken to the Saudi Hospital") or after
    a Romance name particle that follows a capitalised word ("the Santa Rosa de Lima gang"). Cached on the doc
    (asked for every entity span)."""
    cached = doc.user_data.get(_INNER)
    if cached is None:
        words = [t.text for t in doc_tokens(doc)]
        cached = frozenset(
            i for i, w in enumerate(words) if w[:1].isupper() and (
                (i + 1 < len(words) and words[i + 1] in _FACILITY_HEADS)
                or (i > 2 and words[i - 1] in _NAME_PARTICLES_ROMANCE and words[i - 2][:1].isupper())
                or _starts_aid_body_name(words, i) or _given_name(doc, i)))
        doc.user_data[_INNER] = cached
    return set(cached)


_FORCE_SECTORS = frozenset({"MIL", "COP"})
# (round R21) a state's security bodies that report what its forces did ("the Lebanese army said")
_SECURITY_BODIES = frozenset({"army", "military", "police", "navy", "gendarmerie", "ministry", "command", "forces",
                              "force", "government"})


def _reporting_force_country(doc: Doc, tb: ActorTables) -> str | None:
    """(round R21) The country of a state security body or government named as the source after what it reports
    ("..., the Lebanese army said", "..., Kenya's interior ministry said in a statement"): an army or a ministry
    reports what its own forces did, so it says whose the sentence's soldiers or police named without a country
    are (the sentence's first country word may be the far side of a border, or the people they hold)."""
    for words in _reporting_bodies(doc):
        codes = {c for c in (_country_of(w, tb) for w in words if w.text[:1].isupper()) if c is not None}
        if len(codes) == 1:
            return codes.pop()
    return None


def _reporting_bodies(doc: Doc) -> list[list[Token]]:
    """The words of each state security body or government named as the source after what it reports ("..., the
    U.S. Africa Command said")."""
    out = []
    for t in doc_tokens(doc):
        if t.dep_ not in _SUBJ or t.head.lemma_.lower() not in _REPORTING or \
                not any(c.dep_ in ("ccomp", "parataxis") and c.i < t.i for c in t.head.children):
            continue
        words = list(t.subtree)
        if any(w.lemma_.lower() in _SECURITY_BODIES or w.lower_ in _SECURITY_BODIES for w in words):
            out.append(words)
    return out


def _source_indices(doc: Doc) -> set[int]:
    """Words of the source a sentence's report is attributed to ("according to the Palestinian Prisoners'
    Society", "..., the Somali health ministry said" when what it says holds the act): the source's country says
    where the report comes from, not whose the unnamed parties are."""
    out: set[int] = set()
    for t in doc_tokens(doc):
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
        # (round R19: and the first part of a hyphenated name, "Port" of "Port-au-Prince", split by the tokenizer)
        hit = _FIRST_WORDS[id(tb)] = (tb, frozenset(k.split(" ")[0] for k in tb.countries) |
                                      frozenset(re.split(r"[ -]", k)[0] for k in tb.countries))
    return hit[1]


_OBJECT_PRONOUNS = {"him", "her", "them"}
# (session 20, R29) verbs of an assault that a force may fight off
_ASSAULTING = frozenset({"attack", "raid", "storm", "ambush", "assault", "strike", "shell", "overrun", "besiege",
                         "advance", "invade"})


def _attacker_fought_off(tok: Token) -> Token | None:
    """(session 20, R29) "The RSF attacked army positions ..., and soldiers fought them off": whom a force fights off
    or drives back after an assault told in the clause before is the assault's doer, not what it hit."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in FIGHT_OFF_VERBS or verb.dep_ != "conj" or \
            verb.head.lemma_.lower() not in _ASSAULTING:
        return None
    return next((c for c in verb.head.children if c.dep_ in _SUBJ and c.lower_ not in _PRONOUNS and c.i < tok.i),
                None)


def _object_antecedent(tok: Token, tb: ActorTables) -> Token | None:
    """An object pronoun refers to the object of the clause it is embedded in ("called Morrison to congratulate
    him"), else to the nearest earlier party that is not a subject of those clauses ("filed a lawsuit against
    the Crown Prince, accusing him")."""
    attacker = _attacker_fought_off(tok)
    if attacker is not None:
        return attacker
    # (session 17) the subject the parser joined to the object before ("occupied the farm and police evicted them")
    joined = subject_joined_to_object(tok.head, tb)
    subjects: set[int] = {t.i for s in joined for t in s.subtree}
    # (session 17) a clause before "and" whose subject differs is no bar: "Traders blocked the road and soldiers
    # dispersed them" (them = the traders; only the pronoun's own subject is excluded)
    across = False
    clause = tok.head
    for _ in range(4):
        for c in clause.children:
            if c.dep_ in _SUBJ | _PASS_SUBJ and not across:
                subjects.update(t.i for t in c.subtree)
        obj = next((c for c in clause.children if c.dep_ in ("dobj", "dative") and c.i < tok.i and
                    c.lower_ not in _PRONOUNS and c.i not in subjects and _names_entity(c, tb) and
                    _may_stand_for(tok, c, tb, subjects)),
                   None)
        if obj is not None and clause.i != tok.head.i:
            return obj
        if clause.head.i == clause.i:
            break
        across = across or (clause.i == tok.head.i and clause.dep_ == "conj" and
                            (bool(joined) or any(c.dep_ in _SUBJ for c in clause.children)))
        if clause.dep_ == "advcl" and clause.i == tok.head.i and \
                any(m.lower_ in ("when", "as", "while") for m in clause.children if m.dep_ in ("advmod", "mark")):
            # (round A12) "Officials were forced to flee when youths attacked them": the party the clause it
            # times is about
            timed = next((c for c in clause.head.children if c.dep_ in _SUBJ | _PASS_SUBJ and c.i < tok.i and
                          c.lower_ not in _PRONOUNS and _names_entity(c, tb)), None)
            if timed is not None:
                return timed
        clause = clause.head
    for prev in reversed(list(tok.doc[: tok.i])):
        # (round A12: a noun, not a verb whose lemma is one: "were forced to flee when youths attacked them")
        if prev.i in subjects or not (prev.pos_ == "PROPN" or _unnamed_doers(prev, tok) or
                                      (prev.pos_ == "NOUN" and prev.lemma_.lower() in tb.sector_nouns)):
            continue
        head = prev
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        if tok.lower_ in ("him", "her") and _is_locative(head):
            continue  # (round R18) a person is no place: "met the Pope in Rome ... invited him" is the Pope
        if tok.lower_ in ("him", "her") and head.tag_ in ("NNS", "NNPS"):
            continue  # (session 16) one person is no plural party: "questioned the assailants, they shot him"
        if not _may_stand_for(tok, head, tb, subjects):
            continue
        if head.i not in subjects and head.i < tok.i:
            return head
    return None


def _may_stand_for(pronoun: Token, noun: Token, tb: ActorTables, subjects: set[int]) -> bool:
    """(session 17, R26) "them" stands for people or several things, not one thing ("Squatters occupied a state
    farm and police evicted them": the squatters, not the farm, whose conjunct "police" is the pronoun clause's own
    subject in `subjects`)."""
    if pronoun.lower_ != "them" or noun.tag_ in ("NNS", "NNPS") or _is_party_head(noun, tb):
        return True
    return any(c.dep_ == "conj" and c.i not in subjects for c in noun.children)


# (session 19, R28) acts that free people who were taken, and the taking that precedes them
_RESCUES = frozenset({"rescue", "free", "release", "liberate", "recover", "find", "trace"})
_TAKINGS = frozenset({"abduct", "kidnap", "seize", "capture", "take", "hold", "snatch"})


def _rescued_party(tok: Token) -> Token | None:
    """(session 19, R28) "Police rescued two traders on Sunday, a week after they were abducted": the people taken
    are the ones freed, never the party that frees them; the pronoun that undergoes the taking stands for the
    rescue's object."""
    if tok.dep_ not in _PASS_SUBJ or tok.head.lemma_.lower() not in _TAKINGS:
        return None
    for verb in list(tok.head.ancestors)[:4]:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _RESCUES:
            # (the one freed: "rescued two traders", "two traders were rescued")
            freed = next((c for c in verb.children if c.dep_ in {"dobj", "obj"} | _PASS_SUBJ and c.i < tok.i and
                          c.pos_ in ("NOUN", "PROPN")), None)
            if freed is not None:
                return freed
    # ("two drivers who were abducted by NSCN cadres were rescued by police ... It is suspected that they were
    # abducted for ransom": those said before to be taken the same way, not the nearest name)
    for verb in reversed(list(tok.doc[: tok.head.i])):
        if verb.lemma_ == tok.head.lemma_:
            taken = next((c for c in verb.children if c.dep_ in _PASS_SUBJ), None)
            if taken is not None and taken.lower_ in ("who", "that") and verb.dep_ == "relcl":
                taken = verb.head
            if taken is not None and taken.pos_ in ("NOUN", "PROPN"):
                return taken
    return None


def _plural_antecedents(h: Token) -> list[Token]:
    """(session 26, R37) The coordinated parties a plural personal pronoun refers back to ("A and B ... they"), or
    [h] (the caller resolves every other pronoun itself)."""
    if h.lower_ not in _PLURAL_PRONOUNS:
        return [h]
    res = _resolve_pronoun(h)
    if res is None or res.i >= h.i or _clause_mate_subject(h, res):
        return [h]
    listed = [c for c in _conjuncts(res) if c.lower_ not in _PRONOUNS]
    return listed if len(listed) > 1 else [h]


def _resolve_pronoun(tok: Token) -> Token | None:
    """Antecedent of a pronoun / "the group": the subject of the clause this one is reported or embedded in
    ("The FARC said they will ..." -> The FARC), else the nearest previous noun that names an entity.
    (session 26, R37) A plural pronoun that refers back to the last of coordinated parties stands for all of them
    ("sanctions on former President Viktor Yanukovich and ex-Prime Minister Mykola Azarov, freezing their assets":
    both): the first of the list, whose conjuncts the caller expands."""
    res = _resolve_one(tok)
    if res is None or tok.lower_ not in _PLURAL_PRONOUNS:
        return res
    while res.dep_ == "conj" and res.head.pos_ in ("NOUN", "PROPN") and res.pos_ in ("NOUN", "PROPN") and \
            res.head.i < res.i:
        res = res.head
    return res


def _resolve_one(tok: Token) -> Token | None:
    tb = load_tables()
    if tok.lower_ in _OBJECT_PRONOUNS and tok.dep_ in ("dobj", "dative", "pobj"):
        return _object_antecedent(tok, tb)
    if tok.lower_ == "who" and tok.head.dep_ == "relcl" and \
            tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i < tok.i:
        return tok.head.head  # (round A12) "guards who had been taken hostage": the noun the clause is about
    rescued = _rescued_party(tok)
    if rescued is not None:
        return rescued
    clause = tok.head
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or clause.head.i == clause.i:
            break
        joined = clause.dep_ in ("conj", "advcl")
        clause = clause.head
        subj = next((c for c in clause.children if c.dep_ in _SUBJ and c.i < tok.i and c.lower_ not in _PRONOUNS),
                    None)
        if subj is not None and joined and tok.lower_ in _PLURAL_PRONOUNS and _one_person(subj):
            # (session 16) "Mrs X confronted the intruders and they fired": not Mrs X, the nearest party (a speaker
            # may speak for the group: "X said they will not end the strike")
            break
        if subj is not None and tok.lower_ == "government" and not _may_govern(subj, tb):
            break  # (session 23, R32) "Farmers threatened to block roads unless the government ...": not them
        if subj is not None and not _abstract_subject(subj, tb):
            return subj
        if subj is not None:
            # (round R23) "The move by the Maoists came a day after they killed ...": a move, decision or
            # announcement is no party; the party it is by or whose it is acts (else the nearest named party)
            owner = next((p for c in subj.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                          for p in c.children if p.dep_ == "pobj" and _is_party_head(p, tb)), None)
            owner = owner or next((c for c in subj.children if c.dep_ == "poss" and _is_party_head(c, tb) and
                                   c.lower_ not in _POSSESSIVE_PRONOUNS), None)
            if owner is not None:
                return owner
            break
    # (a "where" clause hangs on a place: "travel to Colombo, where he ...")
    where = tok.head.dep_ == "relcl" and any(c.lower_ == "where" and c.i < tok.i for c in tok.head.subtree)
    for prev in reversed(list(tok.doc[: tok.i])):
        if _is_temporal(prev):
            continue  # ("on Sunday ... the government": a date is no antecedent)
        if prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.lemma_.lower() in tb.sector_nouns
                                    and prev.lemma_.lower() not in _GENERIC) or _unnamed_doers(prev, tok):
            head = prev
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            if news_source(head):
                continue  # (session 18, R27) "..., reports The Sangai Express. ... they were abducted"
            if tok.lower_ in _GENERIC and tok.lower_ != "country" and _is_locative(head):
                continue  # ("roads in Dhaka ... the government": the town it happens in is no government)
            if tok.lower_ in _GENERIC and head.lemma_.lower() in _INSTRUMENTS:
                continue  # (round R23) "... missiles and drones, and that the group could strike": no weapon is one
            if tok.lower_ in _PEOPLE_PRONOUNS and (_is_locative(head) or where and head.dep_ == "pobj"):
                # (round R19) a person is no place: "Modi will travel to Colombo, where he is ..."; (round R24) nor
                # are people, whose release or demands are theirs: "supporters gathered outside the court in
                # Tbilisi demanding his release" (his is not Tbilisi's)
                continue
            if tok.lower_ == "government" and not _may_govern(head, tb):
                continue  # ("Protesters ... the government": only a state or its officials are one)
            if head.dep_ == "appos" and head.head.i < head.i:
                head = head.head  # "Nigerian Air Force (NAF)": the named phrase, not its abbreviation
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN") and \
                    (head.head.head.pos_ == "PROPN" or _is_party_head(head.head.head, tb)):
                # "the Armed Forces of Colombia": the forces, not Colombia; (session 24, R33) but a deed is no party:
                # "condemned the arrest of the reporter and demanded her release" (her is the reporter)
                head = head.head.head
            if tok.lower_ in _PLURAL_PRONOUNS and _one_person(head):
                continue  # (session 15) "When Mr Zeeshan challenged the suspects, they opened fire at him"
            return head
    return None


def _may_govern(head: Token, tb: ActorTables) -> bool:
    """Whether a bare "the government" may refer back to `head`: a name, or a noun for a state's officials."""
    return head.pos_ == "PROPN" or tb.sector_nouns.get(head.lemma_.lower()) == "GOV"


_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
# (session 16) people named by what they are thought to have done, with no sector of their own (a suspect may be a
# pickpocket or a gunman): still parties a personal pronoun stands for ("challenged the suspects, they opened fire")
_UNNAMED_DOERS = frozenset({"suspect", "culprit", "perpetrator", "intruder", "accused"})


def _unnamed_doers(prev: Token, pronoun: Token) -> bool:
    """A noun for unnamed wrongdoers ("the suspects", "the intruders") before a pronoun for people."""
    return prev.pos_ == "NOUN" and prev.lemma_.lower() in _UNNAMED_DOERS and pronoun.lower_ in _PEOPLE_PRONOUNS
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})


def _one_person(head: Token) -> bool:
    """A lone person named with an honorific ("Mr Zeeshan") or read as a person by the model, whom a plural
    pronoun never stands for (a pair, "Ali Khan and his brother", is coordinated and still can be)."""
    if any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj":
        return False
    if head.tag_ == "NNPS" or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        # (session 25, R35) a plural name or one with "the" is a group, whatever the model reads ("The Houthis said
        # their forces ...": the Houthis); a lone person is named with no article
        return False
    named = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "flat") or t.i == head.i]
    return head.ent_type_ == "PERSON" or any(t.lower_ in _HONORIFICS for t in named)


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# (round R24) pronouns for people, never for the town an act happens in ("its" may stand for a country)
_PEOPLE_PRONOUNS = frozenset({"he", "she", "his", "her", "hers", "him", "they", "them", "their", "theirs"})
_PEOPLE_QUANTIFIERS = frozenset({"others", "some", "many", "most", "all", "both", "one", "ones", "few"})


def _abstract_subject(subj: Token, tb: ActorTables) -> bool:
    """A common-noun subject that names no party ("The move", "The decision", "The attack"): never the antecedent
    of a personal pronoun, which stands for people or a body."""
    # (a capitalised word may begin a body's name: "Action Against Hunger says it ..."; lower-cased text tells
    # nothing; "others", "some" stand for people)
    return subj.pos_ == "NOUN" and subj.is_lower and not _is_party_head(subj, tb) and \
        subj.ent_type_ not in ("NORP", "ORG", "GPE") and subj.lower_ not in _PEOPLE_QUANTIFIERS and \
        subj.lemma_.lower() not in _BODY_WORDS and not _is_lowercased(subj.doc)


# (session 14, lead) a body's word is a party even with no sector of its own: "The workers' federation said it
# would strike" is the federation's strike, not the workers'
_BODY_WORDS = frozenset({"federation", "association", "alliance", "council", "committee", "movement", "organisation",
                         "organization", "network", "league", "front", "body", "board", "commission", "agency",
                         "syndicate", "cooperative", "guild", "club", "society", "bloc", "caucus", "chamber",
                         "coalition", "union", "confederation", "group", "party", "assembly"})


def _entity_head(tok: Token, tb: ActorTables) -> Token | None:
    """The head token of the actor/recipient phrase, or None for dates and the like. Following the CAMEO/PLOVER
    annotation convention the phrase itself is kept even when it names a thing ("a car bomb", "Trump's
    decision"); normalisation then finds any country or organisation inside it."""
    if tok.ent_type_ in _NOT_ENTITY_ENTS or (tok.like_num and _elided_counted(tok) is None):
        return None  # (a number stands for people only where a coordinated clause says whom it counts)
    if tok.pos_ in ("NOUN", "PROPN", "NUM"):
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
# (round R12) the generic nouns a story uses for a body it named before ("The group said ...")
_BODY_ANAPHORS = frozenset({"group", "organisation", "organization"})


def _unresolved_body(tok: Token) -> bool:
    """A bare "the group" that nothing earlier in its sentence names ("The group said it ..."; not "the militant
    group", whose word says what it is)."""
    if tok.lower_ not in _BODY_ANAPHORS or not _is_anaphoric_generic(tok) or \
            any(c.dep_ in ("amod", "compound") for c in tok.lefts):
        return False
    res = _resolve_pronoun(tok)
    return res is None or res.i >= tok.i


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
    # (session 16) a person's own staff too, with no sector of its own: "The attorney general said his office had
    # charged 11 soldiers" is the attorney general's (JUD)
    own_body = tok.lemma_.lower() in _OWN_STAFF
    poss = next((c for c in tok.children if c.dep_ == "poss" and
                 (c.lower_ in ("its", "their") or own_body and c.lower_ in ("his", "her"))), None)
    # only a part of the owner ("its fighters", "their troops"), not a relation to another party ("its ally")
    if poss is None or (sector is None or tok.lemma_.lower() in _PERSON_NOUNS) and not own_body:
        return None, sector, canon
    owner = _reporting_subject(poss)
    if owner is None or owner.i >= tok.i:
        return None, sector, canon
    i, j = _np_span(owner)
    ocode, osector, ocanon = normalise(owner.doc[i:j], tb)
    if osector in _ARMED_NON_STATE and sector in (None, "MIL"):
        sector = osector
    return ocode, sector or osector, canon or ocanon


# (session 16) the staff of an office-holder or body, who act for it
_OWN_STAFF = frozenset({"office", "department", "staff", "team", "administration"})

_PLACE_PREPS = ("in", "near", "at", "outside", "inside", "off")


def _place_name_parts(doc: Doc, towns: frozenset[str]) -> set[int]:
    """Country words that are part of a place's name: after "Port/Puerto/Fort/Lake/Cape" ("Puerto Jordan"),
    before a region word ("Niger state"), or a namesake town of the story ("PARIS, Texas"). (One pass over the
    words' texts: this runs for every sentence with an event.)"""
    words = [t.text for t in doc_tokens(doc)]
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


# (session 19, R28) words that make a party a visitor where it acts
_VISITING = frozenset({"visiting", "touring", "foreign", "travelling", "traveling"})
_VISITORS = frozenset({"delegation", "visitor", "envoy", "emissary"})


def _is_visitor(tok: Token) -> bool:
    """(session 19, R28) "A visiting delegation met Nigerien ministers in Niamey": a visitor does not take the
    country of the place it meets in (session 17 convention), only its own words give one ("from Mali")."""
    return tok.lemma_.lower() in _VISITORS or any(c.dep_ == "amod" and c.lower_ in _VISITING for c in tok.children)


# (session 20, R29) bodies named by whom they are made of ("a team of Zambian diplomats")
_BODIES_OF_MEMBERS = frozenset({"delegation", "team", "group", "contingent", "mission", "party", "panel"})


def _member_of_body(tok: Token) -> bool:
    """(session 21, R30) Members a body is named by ("a visiting team of Zambian diplomats"): they make up the body
    that acts, they are not held or sent to by another."""
    body = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and body.lemma_.lower() in _BODIES_OF_MEMBERS and \
        body.dep_ not in _HELD_DEPS  # ("summoned a delegation of Zambian diplomats": held all the same)


def came_across(tok: Token) -> bool:
    """(session 20, R29) "Jihadists who infiltrated from Burkina Faso killed three gendarmes near Dapaong in northern
    Togo": a party told as having come over a border "from" somewhere (its relative clause or participle) is not of
    the country it strikes in, nor surely of the one it came from (session 19 convention: neither)."""
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _CROSSING_OVER and
               any(p.dep_ == "prep" and p.lower_ == "from" for w in [c] + [g for g in c.children
                                                                     if g.dep_ in ("prt", "advmod")]
                   for p in w.children) for c in tok.children)


def _country_from(tok: Token, tb: ActorTables) -> str | None:
    """(session 19, R28) "A visiting delegation from Mali", "troops from Chad": a party's "from" phrase that names
    a country gives its own country (crossing or fleeing "from" hangs on a verb, not on the party)."""
    if tok.pos_ != "NOUN":
        return None
    elsewhere = _elsewhere_indices(tok.doc)
    # (session 20, R29) "a visiting delegation of Togolese ministers": a visiting body's members give it theirs
    preps = ("from", "of") if _is_visitor(tok) or tok.lemma_.lower() in _BODIES_OF_MEMBERS else ("from",)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            hit = _lookup_ngrams([t.text if t.i not in elsewhere else "" for t in c.subtree], tb.countries,
                                 tb.max_words)
            if hit is not None:
                return tb.countries[hit[0]][0]
    return None


def _located_country(tok: Token, tb: ActorTables) -> str | None:
    """The country named in the place phrase of a thing or party, or of the act done to it ("hit a car in
    southern Lebanon" -> LBN, "killed 20 civilians in Yemen's Saada province" -> YEM), for one that names none
    itself: a better guess than the sentence's first country, which is mostly the actor's."""
    if tok.pos_ != "NOUN" or _is_mission(tok):
        return None  # (round R21) an embassy stands abroad: "the attack on its embassy in Kabul" is Turkey's
    # (and of the act a party does: "Protesters set fire to the Swedish embassy in Baghdad" -> IRQ, not SWE)
    # (round R21) an office-holder acts where he travels ("the interior minister met his Ugandan counterpart in
    # Kampala"): the place of his act says nothing of his country, only his own phrase does ("the mayor of X")
    office = tok.dep_ in _SUBJ and (tok.lemma_.lower() in _OFFICE_WORDS or tok.lower_ in _OFFICE_WORDS or
                                    _is_visitor(tok) or came_across(tok))
    owners = [tok] + ([tok.head] if tok.dep_ in {"dobj", "obj"} | _PASS_SUBJ | _SUBJ and not office else [])
    owners += [o for o in tok.head.children if tok.dep_ in _SUBJ and not office and
               o.dep_ in ("dobj", "obj", "dative")]
    owners += [p for o in owners[1:] for c in o.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "at")
               for p in c.children if p.dep_ == "pobj"] if tok.dep_ in _SUBJ else []
    elsewhere = _elsewhere_indices(tok.doc)  # ("clashed near the border with Venezuela": not VEN)
    if tok.dep_ in _SUBJ:
        # (session 21, R30) not the nationality of whom its act is aimed at ("Navy ships fired flares at a Vietnamese
        # fishing boat": the boat's country, not the ships')
        elsewhere = elsewhere | {t.i for w in owners[1:] for t in w.subtree if _nationality_of_party(t)}
    places = [c for w in owners for c in w.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS]
    for c in places:
        hit = _lookup_ngrams([t.text if t.i not in elsewhere else "" for t in c.subtree], tb.countries, tb.max_words)
        if hit is not None:
            return tb.countries[hit[0]][0]
    # (round R21) or a big city it names, for a thing or party the act is done to ("struck a car near Tyre" -> LBN;
    # its doers, "Truckers blocked the highway near Cali", may have come from elsewhere); (session 20, R29) only
    # when no place phrase names a country ("near Kandi in northern Benin": Benin, not Kandy's Sri Lanka)
    for c in places if tok.dep_ not in _SUBJ else []:
        city = next((p for p in c.children if p.dep_ == "pobj"), None)
        code = _city_at(tok.doc, city.left_edge.i, elsewhere, tb) if city is not None else None
        if code is not None:
            return code
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


# (session 22, R31) sectors of armed men the news may tie to a named group, and the words that tie them
_UNNAMED_ARMED = frozenset({"UAF", "REB"})
_TYING = frozenset({"belong", "link", "affiliate", "tie", "loyal", "allied", "attach", "connect"})
_SUPPOSING = frozenset({"believe", "suspect", "think", "say", "thought", "report"})
_TIED_GROUPS = frozenset({"REB", "PRM", "INS", "CRM"})


def _armed_body_of(tok: Token, tb: ActorTables) -> tuple[str | None, str | None, str | None] | None:
    """(session 22, R31) The armed group unnamed attackers are tied to in their own phrase: "gunmen belonging to /
    loyal to / linked to X", "gunmen believed to be (members of) X"; its code, sector and name, when it is an armed
    group of a known country or a listed organisation. None otherwise."""
    found: list[Token] = []
    for c in tok.rights:
        lemma = c.lemma_.lower()
        if c.dep_ in ("acl", "amod", "relcl") and (lemma in _TYING or c.lower_ in _TYING):
            found += [p for g in c.children if g.dep_ in ("prep", "agent") for p in g.children if p.dep_ == "pobj"]
        elif c.dep_ == "acl" and lemma in _SUPPOSING:
            attrs = [a for x in c.children if x.dep_ == "xcomp" for a in x.children if a.dep_ in ("attr", "acomp")]
            found += [p for a in attrs for p in [a] + _prep_objects(a, {"of", "to"})]
    for p in found:
        if p.pos_ not in ("NOUN", "PROPN"):
            continue
        i, j = _np_span(p)
        got = normalise(p.doc[i:j], tb)
        if got[1] in _TIED_GROUPS and (got[0] is not None or got[2] is not None):
            return got
        if p.lemma_.lower() in ("faction", "wing", "unit", "cell"):
            for q in _prep_objects(p, {"of"}):
                qi, qj = _np_span(q)
                inner = normalise(q.doc[qi:qj], tb)
                if inner[1] in _TIED_GROUPS and (inner[0] is not None or inner[2] is not None):
                    return inner[0], inner[1], None
    return None


def _led_body(tok: Token, tb: ActorTables) -> tuple[str | None, str | None, str | None] | None:
    """The body a role noun heads or speaks for, named after "of" ("leaders of the Fano militia", "the head of the
    army"): its code, sector and name stand for the person's (round A9). None when it names no party."""
    offshoot = tok.lemma_.lower() in _OFFSHOOTS or tok.lower_ in _OFFSHOOTS
    # (session 18, R27: cadres too, "cadres of the CPI-Maoist" are the group's, as its leaders are)
    member = tok.lemma_.lower() in _MEMBER_NOUNS or tok.lower_ in _MEMBER_NOUNS
    if (tok.lemma_.lower() not in _ROLE_NOUNS and not offshoot and not member) or tok.pos_ != "NOUN":
        return None
    # (round R15: a speaker "for" a body speaks for it too, "a spokesman for the Congress party")
    heads = ("of", "for") if tok.lemma_.lower() in _SPEAKER_ROLES else ("of",)
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in heads]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not preps and tok.dep_ == "conj" and nxt is not None and nxt.lower_ == "of" and nxt.head.i == tok.head.i:
        preps = [nxt]  # (the parser hangs "of X" on the first conjunct: "the government and leaders of X")
    for p in (p for c in preps for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")):
        i, j = _np_span(p)
        got = normalise(p.doc[i:j], tb)
        if offshoot:
            # (round R7) "dissidents of the former FARC rebels": an armed group's offshoot is armed too, but is
            # not the group itself (no canonical name); an offshoot of anything else keeps its own sector
            return (got[0], "REB", None) if got[1] in _ARMED_BODIES else None
        if got[0] is not None or got[1] is not None:
            return got
    return None


_SPEAKER_ROLES = {"spokesman", "spokeswoman", "spokesperson"}
_OFFSHOOTS = {"dissident", "dissidents", "remnant", "remnants", "splinter", "faction", "breakaway"}
_ARMED_BODIES = {"REB", "INS", "UAF"}


def _clause_mate_subject(tok: Token, res: Token) -> bool:
    """`res` is the subject of the verb `tok` is the object of (round C6), or of the verb whose object or own
    phrase holds `tok` after a preposition ("the security forces halted operations against the group")."""
    if tok.dep_ == "pobj":
        own = _prep_clause_subject(tok)
        return own is not None and own.i == res.i
    if tok.dep_ not in ("dobj", "obj", "dative", "nsubjpass"):
        return False
    if res.head.i == tok.head.i and res.dep_ in ("nsubj", "nsubjpass", "agent") and res.i != tok.i:
        return True
    # (round R7) "The coast guard said it had rescued the group": the clause's subject is a pronoun for `res`
    subj = [s for s in tok.head.children if s.dep_ in ("nsubj", "agent") and s.lower_ in _PRONOUNS and s.i != tok.i]
    return any(r is not None and r.i == res.i for r in map(_resolve_pronoun, subj))


def _prep_clause_subject(tok: Token) -> Token | None:
    """The subject of the verb a prepositional object hangs from, through at most one object noun ("halted
    operations against X", "fought against X"); None when the phrase hangs elsewhere or the verb has no subject."""
    head = tok.head  # the preposition
    for _ in range(2):
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return next((c for c in head.children if c.dep_ in ("nsubj", "agent")), None)
        if head.dep_ not in ("dobj", "obj") or head.i == head.head.i:
            return None
    return None


def to_entities(heads: Iterable[Token], offset: int, fallback_country: str | None,
                tables: ActorTables | None = None, on: dt.date | None = None,
                story_country: str | None = None) -> tuple[Entity, ...]:
    """Entities for head tokens (expanded over conjunctions), with article offsets (sentence start + idx).

    `on` is the date office-holders named without a title are looked up for (None: the table's as_of). Spans
    whose code is only `fallback_country` are noted in the doc's user_data under FALLBACK_SPANS.
    `story_country` (the article's country, when the caller knows it) is given to a titled person whose fallback
    was the other side's country and whose sentence names no other country."""
    tb = tables or load_tables()
    out: list[Entity] = []
    seen: set[tuple[int, int]] = set()
    # (session 19, R28) "clashes between police and opposition supporters": two sides the parser made one noun
    heads = [w for h in heads for w in (joint_side_word(h), h) if w is not None]
    # (session 26, R37) "they" for coordinated parties is each of them
    heads = [w for h in heads for w in _plural_antecedents(h)]
    for h in heads:
        sibling: str | None = None  # the country the first conjunct names itself
        for tok in ([h] if side_apart(h) or alone_side_word(h) else _conjuncts(_quantified(h))):
            if tok.i != h.i and _is_party_head(h, tb) and _is_bare_thing(tok, tb) and not _is_concrete(tok):
                continue  # ("outlawed opposition parties and thus popular participation": a party and a thing)
            unresolved = False  # (round R12) "The group said ..." with no antecedent in its sentence
            if tok.lower_ in _PRONOUNS or _is_anaphoric_generic(tok):
                res = _resolve_pronoun(tok)
                if res is not None and tok.lower_ not in _PRONOUNS and _clause_mate_subject(tok, res):
                    res = None  # "The US designated the group ...": an object never refers back to its own subject
                if (res is None or res.i >= tok.i) and tok.lower_ in _PRONOUNS:
                    continue
                # ("The government lifted the curfew": with nothing to refer back to, the phrase itself)
                tok = res if res is not None and res.i < tok.i else tok
                unresolved = _unresolved_body(tok)
            tok = _quantified(tok)
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
                continue
            head = _entity_head(tok, tb)
            if head is None:
                continue
            tok = head
            i, j = _entity_span(tok)
            word = first_side_word(tok) or joint_side_word(tok)
            start = other_side_start(word) if word is not None else merged_object_start(tok)
            if start is None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
                # (session 21, R30) "between supporters of the governing party and opposition activists"
                inner = of_phrase_other_side(tok.head.head)
                start = of_side_start(tok) if inner is not None and inner.i == tok.i else None
            if start is not None:
                i = start  # (the first side is apart)
            elif (side_apart(tok) and tok.dep_ in ("amod", "nmod", "compound")) or alone_side_word(tok):
                i, j = tok.i, tok.i + 1
            if any(a <= i and j <= b for a, b in seen):
                continue  # the same party, or a conjunct already inside an emitted phrase
            seen.add((i, j))
            split = _modifier_force(tok, tb)
            if split is not None and split[0].i >= i:
                # (round R10) "Police and Ugandan soldiers repelled ...", parsed as one noun with coordinated
                # modifiers: two parties, the host's bare force and the foreign contingent
                out.append(_bare_force_entity(split[0], offset, fallback_country, tb))
                i = split[1].i
            span = tok.doc[i:j]
            if unresolved:
                # (round R12) a body named in an earlier sentence: an aid or rights group as often as an armed one,
                # so neither "group"'s sector (REB) nor the sentence's country; the pipeline looks the body up in
                # the story (people.introduced_as)
                start = offset + span.start_char
                out.append(Entity(span.text, start, start + len(span.text), None, None, None))
                continue
            code, sector, canon = normalise(span, tb)
            if canon == _US_CONGRESS:
                code, sector, canon = _home_congress(span, story_country) or (code, sector, canon)
            # (session 19, R28) not inside a name the organisations table knows: "a Communist Party of India Maoist
            # commander" is of the CPI (Maoist), not "a party of" India
            member = (_collective_member(tok, tb) or _elided_counted(tok)) if canon is None else None
            if member is not None:
                # "a group of Filipino fishermen": the fishermen say who it is, not the word "group"
                mi, mj = _np_span(member)
                code, sector, canon = normalise(tok.doc[mi:mj], tb)
            led = _led_body(tok, tb) if canon is None else None
            if led is not None:
                # "leaders of the Fano militia" are Fano (ETH REB), not a government (round A9)
                code, sector, canon = led[0] or code, led[1] or sector, led[2]
            side = _armed_body_of(tok, tb) if canon is None and sector in _UNNAMED_ARMED else None
            if side is not None:
                # (session 22, R31) "gunmen believed to be members of ISWAP", "armed men belonging to a faction of
                # the LRA": the armed group the sentence ties them to
                code, sector, canon = side
            if code is not None and (sector is None or (sector == "GOV" and canon is None)) and \
                    _fires_for_state(tok, span, tb):
                # "Israeli gunfire killed", "a Russian air strike": the state's forces (round R24: also a country's
                # name, "A U.S. drone strike hit ...", which alone stands for its government)
                sector = "MIL"
            if code is None and tok.pos_ == "PROPN":
                # a person the news names without a title ("Putin warned ..."): the dated office-holder table
                held = _holder(span, on)
                if held is not None:
                    code, sector = held.code, sector or held.sector
            if code is None:
                code, sector, canon = _from_owner(tok, sector, canon, tb)
            if code is None:
                code = _country_from(tok, tb)
            if code is None and not _maker_indices(span) and not _foreign_people(span, sector) and \
                    not _of_several_states(span):
                # ("struck an oil refinery in Russia's Krasnodar region": the country of the place it is in)
                code = _located_country(tok, tb)
            if code is None and sector is not None and sibling is not None and tok.dep_ == "conj":
                # (round A9) "sanctions on six Iranian officials and two prison authorities": a conjunct with no
                # country of its own is of the one its list names, not of the sentence's first country
                code = sibling
            # ("an Iranian-made drone hit a tanker off Oman": whose, unknown; round R7: so is "a pro-Russian
            # hacker group" in a Danish story)
            abroad, regional = _abroad_force(span) if code is None else (False, False)
            abroad = abroad or (code is None and (_abroad_states(span) or came_across(tok) or
                                                  _of_several_states(span) or _foreign_people(span, sector)))
            if regional:
                code = "IGO"  # "Southern African troops withdrew": SADC's force, not the host's
            # (round R10) migrants and refugees are from elsewhere by what they are: the country of the sentence
            # is mostly the one that rescues, holds or shelters them ("The Italian coast guard rescued 320 migrants")
            kin = _relative_of(tok) if code is None else None
            if kin is not None:
                # (session 26, R37) "Putin's daughters", "the wife of Kizza Besigye": the relative's country, which
                # the sentence's first country (mostly the actor's) is no guess for
                ki, kj = _np_span(kin)
                held = _holder(tok.doc[ki:kj], on)
                code = normalise(tok.doc[ki:kj], tb)[0] or (held.code if held is not None else None)
                abroad = abroad or (code is None and kin.pos_ == "PROPN")
            if code is None and sector is not None and not abroad:
                # (round R12) "Dubai police", "Lagos state police", "Karachi officials": the city's country
                code = _origin_city_country(span, tok, fallback_country, tb)
            if code is None and sector in _FORCE_SECTORS and not abroad:
                # (round R21) "Soldiers arrested three men near the crossing with Syria, the Lebanese army said"
                code = _reporting_force_country(tok.doc, tb)
            if code is None and sector in _ARMED_SECTORS and not abroad:
                # (round R21) "Gunmen stormed a checkpoint in Quetta" in a story datelined KABUL: Pakistan's
                code = _armed_place_country(tok.doc, tb)
            if code is None and (sector is not None or _is_region_state(span, tb)) and \
                    (sector != "REF" or _at_home(span)) and \
                    not abroad and not _maker_indices(span) and not _stance_indices(span.doc) & {t.i for t in span}:
                code = fallback_country  # a party known by its sector, or a region ("Rakhine State")
                if code is not None and sector in _ARMED_SECTORS:
                    code = _force_fallback(span, code, tb)
                if code is not None:
                    tok.doc.user_data.setdefault(FALLBACK_SPANS, set()).add((span.start_char, span.end_char))
            elif tok.i == h.i or tok.i == _quantified(h).i:
                sibling = code if code not in (None, "IGO", "NGO", "IMG", "UNO") else None
            home = _home_head(span, story_country, tb) if code is not None and code == fallback_country and \
                (span.start_char, span.end_char) in tok.doc.user_data.get(FALLBACK_SPANS, set()) else None
            if home is not None:
                code = home
            elif code is not None and fallback_country is not None and code == fallback_country and \
                    _titled_person(span) and (span.start_char, span.end_char) in \
                    tok.doc.user_data.get(FALLBACK_SPANS, set()):
                # (round R11) "President Daniel Chapo thanked Rwandan President Paul Kagame": a titled person
                # naming no country takes none from the other side of the meeting
                code = _titled_fallback(span, fallback_country, tb, story_country)
                if code is None:
                    tok.doc.user_data[FALLBACK_SPANS].discard((span.start_char, span.end_char))
            settling = _settlers_state(span, code, sector, story_country, tb)
            if settling is not None:
                # (session 26, R37) "Settlers attacked Palestinian farmers near Nablus": settlers in the West Bank are
                # Israel's people, not the territory's (ACLED's "Settlers (Israel)"); no guess for the pipeline to redo
                code = settling
                tok.doc.user_data.get(FALLBACK_SPANS, set()).discard((span.start_char, span.end_char))
            start = offset + span.start_char
            out.append(Entity(span.text, start, start + len(span.text), code, sector, canon))
            for extra in _coordinated_countries(span, code, tb):
                # (round R11) "French and Spanish troops": one party per nationality, each with its country
                seen.add((extra.i, j))
                part = tok.doc[extra.i:j]
                pstart = offset + part.start_char
                out.append(Entity(part.text, pstart, pstart + len(part.text), _country_of(extra, tb), sector, None))
            for extra in _listed_origins(tok, code, sector, tb):
                # (session 26, R37) "expelled diplomats from Poland, Germany and Sweden": the diplomats of each
                # country the list names are a party, as "French and Spanish troops" are
                part = tok.doc[extra.left_edge.i:extra.i + 1]
                if any(a <= part.start and part.end <= b for a, b in seen):
                    continue
                seen.add((part.start, part.end))
                pstart = offset + part.start_char
                out.append(Entity(part.text, pstart, pstart + len(part.text), _country_of(extra, tb), sector, None))
            for k in _coordinated_bodies(span, tb):
                # (session 23, R32) "Hamas and Islamic Jihad fighters": one party per named body, each with its
                # own code
                part = tok.doc[k:span.root.i + 1]
                seen.add((k, part.end))
                pstart = offset + part.start_char
                pcode, psector, pcanon = normalise(part, tb)
                out.append(Entity(part.text, pstart, pstart + len(part.text), pcode, psector or sector, pcanon))
    return tuple(out)


_SETTLER_WORDS = frozenset({"settler", "settlers"})


def _settlers_state(span: Span, code: str | None, sector: str | None, story_country: str | None,
                    tb: ActorTables) -> str | None:
    """(session 26, R37) The state whose settlers a phrase names ("Settlers", "Jewish settlers", "armed settlers"),
    or whose soldiers it names ("Soldiers shot dead a teenager in Jenin"), when the only country it has is the
    occupied territory's (the sentence's or story's guess, or the place they are in): settlers.tsv. A country the
    phrase names itself ("Israeli settlers", "Palestinian security forces") is kept, and so is a named body."""
    if any(_is_country_word(t, tb) for t in span) or any(t.pos_ == "PROPN" for t in span):
        return None
    where = code if code is not None else story_country
    if where is None:
        return None
    return occupiers_state(span.root.lower_, sector, where, tb)


def occupiers_state(head: str, sector: str | None, where: str, tb: ActorTables) -> str | None:
    """The occupying state (settlers.tsv) of a party in the territory `where` whose head word (lower case) is
    "settler(s)" or whose sector is one of the occupier's forces there; None for any other party or territory. Shared
    by the coder's reading (`_settlers_state`) and the pipeline's country filled from a place (`pipeline._occupier`)."""
    if head in _SETTLER_WORDS or sector in tb.occupier_forces.get(where, frozenset()):
        return tb.settler_states.get(where)
    return None


# (round R15) "Congress" alone is the US legislature in the organisations table; in a story about a country whose
# own legislature is called Congress it is that one, and in an Indian story it is the Indian National Congress
# party (from memory, helper session 10: the national legislatures named Congress/Congreso/Congresso)
_US_CONGRESS = "United States Congress"
_CONGRESS_LEGISLATURES = frozenset({"PER", "COL", "MEX", "GTM", "HND", "PHL", "CHL", "ARG", "BRA", "ESP", "PRY",
                                    "DOM", "FSM"})
_US_CUE = re.compile(r"\b(?:U\.\s?S\.|US|USA|American|United States|Washington|Capitol Hill|Senate|House of "
                     r"Representatives)(?![\w.])")


# (round R18) titles that, with no country written, mean the head of the story's own state; "former President X"
# holds no office now
_HEAD_TITLES = (("president",), ("prime", "minister"), ("premier",))
_FORMER = frozenset({"former", "ex", "late", "then"})


def _head_title(low: list[str]) -> bool:
    """Whether lower-cased words end in a head of state's or government's title, not a former one's."""
    return any(tuple(low[len(low) - len(t):]) == t for t in _HEAD_TITLES if len(low) >= len(t)) and \
        not any(w in _FORMER for w in low[-3:])


def _home_head(span: Span, story_country: str | None, tb: ActorTables) -> str | None:
    """(round R19) The story's country for "President X" / "Prime Minister X" written with no country, when the
    sentence names none for him: wire style names a foreign leader with his country ("Haitian Prime Minister X"),
    so an unqualified one is the home state's ("SANTO DOMINGO - President Luis Abinader said the country could
    not absorb Haiti's crisis": DOM, not HTI). None when the story's country is another office-holder's there
    ("President Chapo thanked Rwandan President Kagame" in a story about Rwanda: no guess)."""
    root = span.root
    if story_country is None or root.pos_ != "PROPN":
        return None
    title = [t.lower_ for t in span if t.i < root.i and not (t.pos_ == "PROPN" and t.text[:1].isupper() and
                                                               t.lower_ not in ("president", "prime", "minister",
                                                                                "premier"))]
    if not _head_title(title):
        return None
    others = {_country_of(span.doc[i], tb) for i in _office_country_words(span.doc) - {t.i for t in span}}
    return None if story_country in others else story_country


def _home_congress(span: Span, story_country: str | None) -> tuple[str, str, str | None] | None:
    """(code, sector, canonical) of a bare "Congress" in a story about another country, or None (the US one)."""
    if story_country in (None, "USA") or _US_CUE.search(span.sent.text):
        return None
    if story_country == "IND":
        return "IND", "PTY", "Indian National Congress"
    return (story_country, "LEG", None) if story_country in _CONGRESS_LEGISLATURES else None


def _country_of(tok: Token, tb: ActorTables) -> str | None:
    """The country a word names, with the compound words before it ("South African", "New Zealand")."""
    hit = tb.countries.get(tok.text) or tb.countries.get(tok.text.rstrip("."))
    lead = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
    if hit is None and lead:
        hit = tb.countries.get(tok.doc[lead[0].i:tok.i + 1].text)
    return hit[0] if hit is not None else None


def _coordinated_countries(span: Span, code: str | None, tb: ActorTables) -> list[Token]:
    """The second and later country words of coordinated nationalities on the span's head noun ("French and
    Spanish troops", "U.S. and Colombian officials"), when the span's code is the first one's."""
    root = span.root
    first = next((c for c in root.lefts if c.dep_ in ("amod", "nmod", "compound") and c.i >= span.start and
                  _country_of(c, tb) is not None and any(g.dep_ == "cc" for g in c.children)), None)
    if first is None or code is None or _country_of(first, tb) != code:
        return []
    out: list[Token] = []
    todo = [first]
    while todo:
        cur = todo.pop()
        for c in cur.children:
            if c.dep_ == "conj" and c.i < root.i and _country_of(c, tb) not in (None, code):
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


# (session 26, R37) relatives: people of their own, another party than the one "his"/"her" refers to
KIN = frozenset({"mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt",
                 "nephew", "niece", "cousin", "grandson", "granddaughter", "grandmother", "grandfather", "stepson",
                 "stepdaughter", "stepfather", "stepmother", "widow", "widower", "relative", "family"})
# (session 26, R37) the private persons sector_nouns.tsv lists since this round (children, teenagers, relatives):
# parties to the actor rules, but not to the coder's choice of trigger and reading, which took them as private
# company before ("asked his brother for help" is no request to a party)
PRIVATE_PERSONS = frozenset(KIN | {"girl", "boy", "teenager", "teen", "baby", "infant", "toddler", "orphan",
                                   "minor", "adolescent"}) - {"relative", "family"}


def _relative_of(tok: Token) -> Token | None:
    """(session 26, R37) The named person a kinship noun is the relative of ("Putin's daughters", "the wife of
    opposition leader Kizza Besigye"), or None."""
    if tok.lemma_.lower() not in KIN and tok.lower_ not in KIN:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")]
    return owners[0] if owners else None


def _listed_origins(tok: Token, code: str | None, sector: str | None, tb: ActorTables) -> list[Token]:
    """(session 26, R37) The second and later countries of a list people are "from" or "of" ("diplomats from
    Poland, Germany and Sweden", "citizens of France and Spain"), when the party's code is the first one's and
    its head is a kind of people (it has a sector)."""
    if code is None or sector is None or tok.pos_ != "NOUN":
        return []
    first = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                  for p in c.children if p.dep_ == "pobj" and _country_of(p, tb) == code), None)
    if first is None:
        return []
    return [c for c in _conjuncts(first)[1:] if _country_of(c, tb) not in (None, code)]


def _coordinated_bodies(span: Span, tb: ActorTables) -> list[int]:
    """(session 23, R32) Where the second and later named bodies start in coordinated names on the span's head noun
    ("Hamas and Islamic Jihad fighters" -> "Islamic Jihad fighters"), when each is a body the tables know by name;
    nationalities are `_coordinated_countries`'."""
    root = span.root
    first = next((c for c in root.lefts if c.dep_ in ("amod", "nmod", "compound") and c.i >= span.start and
                  c.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children)), None)
    if first is None or root.pos_ != "NOUN" or not _known_body(span.doc[first.left_edge.i:first.i + 1], tb):
        return []
    starts = [c.left_edge.i for c in first.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < root.i]
    return [k for k in starts if _known_body(span.doc[k:next(c.i for c in first.children
                                                            if c.dep_ == "conj" and c.left_edge.i == k) + 1], tb)]


def _known_body(part: Span, tb: ActorTables) -> bool:
    """A name the organisations and parties tables know ("Hamas", "Islamic Jihad"), not a country."""
    return part.text in tb.orgs and part.text not in tb.countries


# (round R11) office and rank words of a person who acts for a state or body ("President", "Foreign Minister",
# "his counterpart", "Lieutenant General"): such a person is the other side of a meeting or call, whose country
# word is not the country of a titled person the sentence names without one
_OFFICE_WORDS = frozenset(_ROLE_NOUNS | {"minister", "premier", "chancellor", "counterpart", "king", "queen", "envoy",
                                         "ambassador", "general", "negotiator", "adviser", "advisor", "colonel",
                                         "admiral", "governor", "mayor", "senator", "emir", "prince", "diplomat"})


def _titled_person(span: Span) -> bool:
    """A person named by an office ("Finance Minister Ana Lopez", "the foreign minister", "his counterpart")."""
    root = span.root
    if root.lemma_.lower() in _OFFICE_WORDS or root.lower_ in _OFFICE_WORDS:
        return True
    return root.pos_ == "PROPN" and any(t.i < root.i and t.lower_ in _OFFICE_WORDS for t in span)


def _office_country_words(doc: Doc) -> set[int]:
    """Country words that modify an office-holder's phrase ("Rwandan President Paul Kagame", "Egypt's Foreign
    Minister", "his Brazilian counterpart")."""
    tb = load_tables()
    out: set[int] = set()
    for t in doc_tokens(doc):
        if t.dep_ not in ("amod", "compound", "nmod", "poss") or _country_of(t, tb) is None:
            continue
        h = t.head
        while h.dep_ in ("compound", "amod", "nmod") and h.head.i > h.i:
            h = h.head
        if h.i > t.i and _titled_person(doc[t.i:h.i + 1]):
            out.add(t.i)
    return out


def _titled_fallback(span: Span, fallback: str, tb: ActorTables, story: str | None = None) -> str | None:
    """The sentence's country for a titled person: the first country word that belongs to no other office-holder
    and none to this span, else the story's country unless an other office-holder's it is; the fallback itself
    when it came from no such word (the story's country)."""
    doc = span.doc
    skip = _maker_indices(doc_tokens(doc)) | _elsewhere_indices(doc)
    others = _office_country_words(doc) - {t.i for t in span}
    words = [(t.i, _country_of(t, tb)) for t in doc_tokens(doc) if t.i not in skip and t.text[:1].isupper()]
    words = [(i, c) for i, c in words if c is not None]
    titled = _title_only(span)
    far = _far_side_words(span) if titled else set()
    # (round R21) the other side's country, also where a word names it again as the venue ("met his Ugandan
    # counterpart in Kampala")
    side = {c for i, c in words if i in others} | ({words[0][1]} if words and words[0][0] in far else set())
    if words and words[0][1] == fallback and words[0][0] in far:
        # (round R21) "The defence secretary accused Beijing of bullying and said the Philippines would not back
        # down": the country his own act is aimed at, or that he is visiting, is not his
        return next((c for i, c in words if i not in far and i not in others and c not in side),
                    story if story not in side else None)
    if not words or words[0][1] != fallback or words[0][0] not in others:
        return fallback
    free = next((c for i, c in words if i not in others and (c not in side or not titled)), None)
    if free is None and story is not None and story not in {c for i, c in words if i in others}:
        return story
    return free


# (round C8) what attacks: weapons, fire and armed forces ("Russian missiles", "Israeli troops")
_ARMED_NOUNS = frozenset({"missile", "drone", "bomb", "rocket", "shell", "strike", "airstrike", "bombardment",
                          "shelling", "fire", "gunfire", "artillery", "warplane", "jet", "aircraft", "force",
                          "troop", "soldier", "army", "military", "attack", "raid", "barrage", "munition"})


def _title_only(span: Span) -> bool:
    """An office-holder named by a title alone ("the foreign minister", "The defence secretary"), no name."""
    return span.root.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in span)


# (round R21) verbs and nouns of a trip: "Speaking in Brussels", "on a visit to Kyiv"
_VISIT_VERBS = frozenset({"speak", "visit", "address", "arrive", "travel", "tour", "land"})
_VISIT_NOUNS = frozenset({"visit", "trip", "tour", "summit", "conference", "meeting"})
_AIMED_PREPS = frozenset({"to", "with", "against", "on", "at", "over"})


def _far_side_words(span: Span) -> set[int]:
    """(round R21) Indices of the words naming who a person's own act is aimed at (its objects, "accused Beijing",
    "urged Germany to send ... to Ukraine", "talks with Moscow") or where he is travelling ("Speaking in
    Brussels", "on a visit to Kyiv"): a country named there is not his own."""
    root = span.root
    if root.dep_ not in _SUBJ:
        return set()
    verb = root.head
    out: set[int] = set()
    for c in verb.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("dobj", "obj", "dative", "xcomp") or (c.dep_ == "prep" and c.lower_ in _AIMED_PREPS):
            out.update(x.i for x in c.subtree)
        elif c.dep_ == "advcl" and lemma in _VISIT_VERBS:
            out.update(x.i for x in c.subtree)
        elif c.dep_ == "prep" and any(x.lemma_.lower() in _VISIT_NOUNS for x in c.subtree):
            out.update(x.i for x in c.subtree)
    return out


def _force_fallback(span: Span, fallback: str, tb: ActorTables) -> str | None:
    """(session 21, R30) The sentence's country for an armed party naming none, unless it came from the
    nationality of whom the party's own act is aimed at ("Navy ships fired flares at a Vietnamese fishing boat",
    "Border guards opened fire on a group of Afghan migrants"): a reporter names the far side's nationality because
    it is not the force's, so the force takes the next country word off its far side, else none. A town named
    there is where the act happened ("fired tear gas at protesters in Nairobi") and still gives the country."""
    doc = span.doc
    words = [(t, _country_of(t, tb)) for t in doc_tokens(doc) if t.text[:1].isupper()]
    words = [(t, c) for t, c in words if c is not None]
    named = [t for t, c in words if c == fallback]
    far = _far_side_words(span) if named else set()
    # (also when the story's country came from that word: "Border guards opened fire on Afghan migrants")
    if not named or not all(t.i in far and _nationality_of_party(t) for t in named):
        return fallback
    skip = _maker_indices(doc_tokens(doc)) | _elsewhere_indices(doc)
    return next((c for t, c in words if t.i not in far and t.i not in skip), None)


def _nationality_of_party(tok: Token) -> bool:
    """(session 21, R30) A country word that gives the flag of a vessel ("a Vietnamese fishing boat") or the home of
    people away from it ("Afghan migrants", "Chinese engineers"): neither says where the act happened. (Soldiers,
    protesters or an army post named by their country are mostly at home, and place the sentence: "Gunmen killed
    three Nigerian soldiers in Kebbi".)"""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ == "NOUN" and \
        tok.head.lemma_.lower() in _FLAGGED_OR_AWAY


# (session 21, R30) vessels, and people away from home (`_find_elsewhere`'s expatriates and migrants)
_FLAGGED_OR_AWAY = frozenset({"ship", "vessel", "tanker", "boat", "ferry", "freighter", "trawler", "yacht", "dhow",
                              "barge", "tug", "tugboat", "steamer", "carrier", "cutter", "junk"}) | \
    _EXPATRIATE_NOUNS | _MIGRANT_NOUNS


def attacker_country(doc: Doc, code: str, tables: ActorTables | None = None) -> bool:
    """Whether every word of the sentence naming the country `code` names it as the attacker's: a country word on
    a weapon or armed force ("Russian missiles struck the city, and 64 people were wounded"). Victims of the
    attack are not from that country; the sentence's fallback country is then not theirs."""
    tb = tables or load_tables()
    # (round R24) the attacker's own command reporting the act names no victim's country ("A U.S. drone strike hit
    # militants fleeing the area, the U.S. Africa Command said")
    source = {w.i for words in _reporting_bodies(doc) for w in words}
    words = [t for t in doc_tokens(doc) if tb.countries.get(t.text, ("", ""))[0] == code and t.i not in source]
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
            (head.lemma_.lower() not in _STATE_FIRE and head.lower_ not in _STATE_FIRE and not _fought_off(head)):
        return False
    words = [t.text for t in span if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    hit = tb.countries.get(" ".join(words))
    return hit is not None and hit[1] != "capital"


# (round R24) verbs of fighting an attack off ("repelled", "beat back", "fought off")
FIGHT_OFF_VERBS = frozenset({"repel", "repulse", "beat", "fight", "fend", "resist", "push", "drive"})


def _fought_off(act: Token) -> bool:
    """(round R24) An attack a party fights off ("its troops repelled a Ukrainian attack"): a state's attack met in
    battle is its forces' attack, as its fire or strikes are."""
    return act.dep_ in ("dobj", "obj") and act.head.lemma_.lower() in FIGHT_OFF_VERBS


# words between a country and a title noun ("Turkish Foreign Minister", "Israel's Defence Minister"); "former"
# is not one: a former office-holder's title says nothing of the sector he acts for now
_TITLE_MODIFIERS = {"prime", "foreign", "defence", "defense", "deputy", "vice", "supreme", "interior", "first",
                    "acting", "interim", "crown", "top", "chief", "senior", "army", "state", "affairs", "external",
                    "secretary", "national", "security", "finance", "justice", "transitional", "political",
                    "military", "opposition", "staff"}


# (round R12) words between a city's name and the force or office it names: "Lagos state police", "Johannesburg
# metro police", "Mumbai city officials"
_CITY_LINKS = frozenset({"state", "city", "metro", "metropolitan", "municipal", "provincial", "county", "district",
                         "regional", "local", "traffic", "port", "airport"})
# a city's name that news more often uses for a state, province or region of another country ("Victoria police"
# are Australia's; geonames' Victoria is Hong Kong's old city)
_NOT_ORIGIN_CITIES = frozenset({"Victoria", "Georgia", "Punjab", "Sindh", "Kashmir", "Darfur", "Santa Cruz"})
_BIG_CITY_POPULATION = 1_000_000


def _origin_city_country(span: Span, tok: Token, fallback: str | None, tb: ActorTables) -> str | None:
    """The country of a big city named right before a party's head noun ("Dubai police", "Karachi officials"), or
    None. A name several countries' cities share gives the sentence's country when it is one of them, else the
    largest city's when it is three times the next (Hyderabad: India), else nothing (Valencia)."""
    if tok.pos_ != "NOUN":
        return None  # (a person's given names are no city: "President Santiago Pena")
    k = tok.i - 1
    while k >= span.start and tok.doc[k].lower_ in _CITY_LINKS:
        k -= 1
    words: list[Token] = []
    while k >= span.start and tok.doc[k].text[:1].isupper() and tok.doc[k].pos_ in ("PROPN", "ADJ", "NOUN") and \
            len(words) < 3:
        words.insert(0, tok.doc[k])
        k -= 1
    for n in range(len(words), 0, -1):
        name = " ".join(t.text for t in words[-n:])
        if name in tb.countries or name in tb.orgs or name in _NOT_ORIGIN_CITIES:
            return None
        found = big_cities().get(name)
        if found and all(t.pos_ != "PROPN" for t in words[-n:]):
            # (a word the parser took for a common one, as at a sentence's start, "Lagos state police" or "Mobile
            # police units": only a city of a million people or more is read)
            found = tuple(f for f in found if f[0] >= _BIG_CITY_POPULATION)
        if not found:
            continue
        codes = [c for _, c in found]
        if fallback in codes:
            return fallback
        rivals = [p for p, c in found if c != codes[0]]
        return codes[0] if not rivals or found[0][0] >= 3 * rivals[0] else None
    return None


def _given_name(doc: Doc, i: int) -> bool:
    """(round R12) A country's name used as a given name after a title ("National Rally leader Jordan Bardella",
    "Defence Minister Israel Katz"): the name that follows is a surname, so the word names no country."""
    tb = load_tables()
    if i == 0 or i + 1 >= len(doc):
        return False
    word, prev, nxt = doc[i], doc[i - 1], doc[i + 1]
    hit = tb.countries.get(word.text)
    return hit is not None and hit[1] == "name" and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and \
        nxt.text not in tb.countries and nxt.text not in tb.orgs and nxt.lower_ not in tb.sector_nouns and \
        (prev.lower_ in _ROLE_NOUNS or tb.sector_nouns.get(prev.lower_) is not None)


def _longer_name(toks: list[Token], key: str, tb: ActorTables) -> bool:
    """(round R12) The party name `key` found in `toks` is the end of a longer proper name ("the Northern
    Patriotic Front", an armed group): a capitalised name word stands right before it (a country word, as in
    "Kenyan ODM", does not count)."""
    first = key.split()[0]
    for t in toks:
        if t.text != first and not first.startswith(t.text):
            continue
        if t.i == 0:
            return False
        p = t.doc[t.i - 1]
        return p.pos_ == "PROPN" and p.is_alpha and p.text[:1].isupper() and p.text not in tb.countries and \
            p.lower_ not in tb.sector_nouns and p.text not in tb.orgs
    return False
