"""Actor tables (data/actors/*.tsv) and story-level country cues: the article's country focus, namesake towns
("Paris, Texas"), region names that are no state."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Mapping

from spacy.tokens import Token

from newsevents.coding.actors.cities import big_cities


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
    # (round R12) party and union names used in several countries ("Labour Party", "CGT"): sector only
    body_sectors: Mapping[str, str] = field(default_factory=dict)
    party_aliases: frozenset[str] = frozenset()  # (round R12) the aliases parties.tsv gives
    # (session 26, R37) an occupied territory's country -> the state whose settlers live there (settlers.tsv)
    settler_states: Mapping[str, str] = field(default_factory=dict)
    # (session 26, R37) an occupied territory's country -> the sectors of the occupier's forces kept there
    occupier_forces: Mapping[str, frozenset[str]] = field(default_factory=dict)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsevents.data.actors").joinpath(name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@lru_cache(maxsize=1)
def load_tables() -> ActorTables:
    countries = {r[0]: (r[1], r[2]) for r in _rows("countries.tsv")}
    # (round R12) parties and union federations (parties.tsv); the organisations table wins a shared alias
    parties = _rows("parties.tsv")
    orgs = {r[0]: (r[1], r[2], r[3] or None) for r in parties if r[2] != "-"}
    orgs.update({r[0]: (r[1], r[2], (r[3] if len(r) > 3 and r[3] else None)) for r in _rows("organisations.tsv")})
    body_sectors = {r[0]: r[3] for r in parties if r[2] == "-" and r[0] not in orgs}
    sectors = {r[0]: r[1] for r in _rows("sector_nouns.tsv")}
    # country mentions anywhere in an article (for the article's country focus): names and demonyms, not capitals
    names = sorted((n for n, (_, kind) in countries.items() if kind != "capital" and len(n) > 3), key=len,
                   reverse=True)
    # (a look-ahead on the names' first letters spares trying every name at every word: the same matches, 5x faster)
    firsts = "".join(sorted({n[0] for n in names}))
    country_re = re.compile(r"\b(?=[" + re.escape(firsts) + r"])(" + "|".join(re.escape(n) for n in names) + r")\b")
    max_words = max(len(k.split()) for k in list(countries) + list(orgs) + list(body_sectors))
    # case-blind aliases only for text that has no capitals at all; short ones ("IS", "PA") never
    # (round R22: no company names, "meta", "uber", which lower-case text uses as words)
    orgs_lower = {k.lower(): v for k, v in orgs.items() if len(k) >= 4 and v[1] != "MNC"}
    peoples = {r[0]: (r[1] or None) for r in _rows("peoples.tsv")}
    occupied = _rows("settlers.tsv")
    settler_states = {r[0]: r[1] for r in occupied}
    occupier_forces = {r[0]: frozenset(x for x in r[2].split(";") if x) for r in occupied}
    return ActorTables(countries, {k.lower(): v for k, v in countries.items()}, orgs, sectors, max_words, country_re,
                       orgs_lower, peoples, body_sectors, frozenset(r[0] for r in parties), settler_states,
                       occupier_forces)


def article_country_focus(text: str, tables: ActorTables | None = None) -> str | None:
    """The most-mentioned country (alpha-3) in an article, or None."""
    tb = tables or load_tables()
    towns = namesakes(text)
    home = _namesake_dateline(text, tb) or _dateline_country(text, tb)
    if home is not None:
        return home
    found = [m for m in tb.country_re.finditer(text)
             if not _no_party_mention(text, m.start(1), m.end(1)) and m.group(1).lower() not in towns]
    counts = Counter(tb.countries[m.group(1)][0] for m in found)
    if counts and _only_later_forces(text, tb, towns, found):
        return None
    filed = _dateline_capital(text, tb)
    if filed is not None and _lead_is_about(filed, _lead_mentions(text, tb, towns)) and \
            not _DUAL_DATELINE.match(text.lstrip()):
        # (round R19) a story filed from a capital whose lead is about that capital's country is its story, however
        # often it names the neighbour ("ISLAMABAD - Pakistani troops and Afghan Taliban forces exchanged fire";
        # "NIAMEY - Niger's junta accused Benin ..."); a lead about another country stays that country's
        # ("NAIROBI - Ethiopian troops clashed ...", "NAIROBI - Somalia's president said Somali troops would leave
        # Somalia's border towns after talks with Kenya")
        return filed
    if filed is not None and _capital_is_dateline(text, tb, filed) and \
            filed in (_lead_mentions(text, tb, towns) or [filed]):
        # (round R22) "police arrested 40 protesters in the capital" in an ADDIS ABABA story that names Eritrea more
        # often: the capital the reporter does not name is the one filed from, and the story is set there (unless
        # its lead is about another country alone: "NAIROBI - Somali troops clashed ...")
        return filed
    if filed is not None and not counts:
        return filed  # (round R12) "ANKARA, Oct 15 -" in a story that names no country: the only cue there is
    if filed is None and not counts:
        # (round R15) "BENGALURU, March 11 -" in a story that names no country word: a big city the dateline names
        # alone is the same cue as a capital
        return _dateline_big_city(text)
    if filed is not None and counts:
        # (round R11) the capital a story is filed from counts as one mention and wins a tie: "NAIROBI" in a story
        # naming Somalia as often as Kenya, "KABUL" in one naming Iran as often as Afghanistan
        counts[filed] += 1
        top = max(counts.values())
        if counts[filed] == top:
            # (round R15) ... unless the lead sentence is about one of the tied countries alone: a NAIROBI-filed
            # story whose lead is "Ethiopian troops clashed with ..." is about Ethiopia
            lead = _lead_country(text, tb, towns)
            tied = {c for c, n in counts.items() if n == top}
            return lead if lead in tied else filed
    return counts.most_common(1)[0][0] if counts else None


# (session 20, R29) a nationality given to a force ("Rwandan troops later reached the village")
_FORCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:troops|soldiers|forces|peacekeepers|contingents?|marines|"
                          r"jets|warplanes|warships)\b")


def _only_later_forces(text: str, tb: ActorTables, towns: frozenset[str], found: list[re.Match[str]]) -> bool:
    """(session 20, R29) "Insurgents beheaded three men in Macomia district. Rwandan troops later arrived in the
    area.": a story whose lead names no country and whose only country words (`found`, the party mentions of
    `article_country_focus`) name forces told after it. A reporter spells out a force's nationality when it is not
    the home one, so it says nothing of the story's country, and the lead's parties take none from it."""
    if _lead_mentions(text, tb, towns):
        return False
    return bool(found) and all(_FORCE_AFTER.match(text, m.end(1)) is not None for m in found)


def _lead_country(text: str, tb: ActorTables, towns: frozenset[str]) -> str | None:
    """The one country the lead sentence (dateline included) names, if it names exactly one."""
    found = set(_lead_mentions(text, tb, towns))
    return found.pop() if len(found) == 1 else None


def _lead_mentions(text: str, tb: ActorTables, towns: frozenset[str]) -> list[str]:
    """The countries the lead sentence (dateline included) names as parties or places (names and demonyms), in
    order, once per mention."""
    body = text.lstrip()
    end = re.search(r"[.!?](?:\s|$)", body)
    lead = body[:end.end() if end else len(body)]
    return [tb.countries[m.group(1)][0] for m in tb.country_re.finditer(lead)
            if not _no_party_mention(lead, m.start(1), m.end(1)) and m.group(1).lower() not in towns]


def _lead_is_about(code: str, mentions: list[str]) -> bool:
    """A lead is about a country it names first, or as often as any other."""
    if code not in mentions:
        return False
    counts = Counter(mentions)
    return mentions[0] == code or counts[code] == max(counts.values())


# (round R22) "in the capital", unnamed: not "the Somali capital", "the capital, Mogadishu", "the capital of Chad"
_BARE_CAPITAL = re.compile(r"\b[Tt]he capital(?!\s*,?\s+[A-Z])(?!\s+(?:city\s+)?of\b)")


def _capital_is_dateline(text: str, tb: ActorTables, filed: str) -> bool:
    """(round R22) The story speaks of "the capital" without naming it and names no other country's capital: the
    capital it means is the dateline's."""
    if _BARE_CAPITAL.search(text) is None:
        return False
    return not any(tb.countries.get(m.group(1), (filed, ""))[0] != filed and
                   _NAME_BEFORE.search(text[max(0, m.start() - 16):m.start()]) is None
                   for m in _capital_re().finditer(text))


# a word before a capital's name that makes it part of a longer one ("Mocimboa da Praia", "San Jose")
_NAME_BEFORE = re.compile(r"(?:\b(?:da|de|do|dos|das|del|la|el)|\b(?!The\b|In\b|At\b)[A-Z][\w'’-]*)\s$")


@lru_cache(maxsize=1)
def _capital_re() -> re.Pattern[str]:
    """The capitals of the countries table, as one pattern."""
    names = sorted((n for n, (_, kind) in load_tables().countries.items() if kind == "capital"), key=len,
                   reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


# "WASHINGTON/MEXICO CITY, June 11 -": a story filed from two capitals is about neither alone
_DUAL_DATELINE = re.compile(r"[A-Z][A-Z'’ -]+/[A-Z]")


def _dateline_big_city(text: str) -> str | None:
    """The country of a big city the dateline names in capitals, when the name is one country's alone."""
    m = _DATELINE_TOWN.match(text.lstrip())
    if m is None:
        return None
    found = big_cities().get(m.group(1).strip().title())
    return found[0][1] if found and len({c for _, c in found}) == 1 else None


# (round R19: "KYIV (Reuters) -" too, a dateline with no date; round R21: and "HANOI - ", with neither)
_DATELINE_TOWN = re.compile(r"([A-Z][A-Z'’ -]+?)(?:/[A-Z][A-Z'’ -]+)*(?:,|\s+\((?:Reuters|AP|AFP)\)\s+[-–—]|"
                            r"(?<=[A-Z]{3})\s+[-–—]\s)")


def _dateline_capital(text: str, tb: ActorTables) -> str | None:
    """The country of a capital the story's dateline names in capitals ("NAIROBI, March 9 (Reuters) -")."""
    m = _DATELINE_TOWN.match(text.lstrip())
    if m is None or m.group(1).strip().title() in _BLOC_SEATS:
        return None
    town = m.group(1).strip()
    # (round R19: case-blind for capitals whose name has lower-case parts, "PORT-AU-PRINCE", "DAR ES SALAAM")
    hit = tb.countries.get(town.title()) or tb.countries_lower.get(town.lower())
    return hit[0] if hit is not None and hit[1] == "capital" else None


# (round R19) a capital whose datelines are mostly a bloc's news, not its country's: "BRUSSELS (Reuters) - European
# Union countries adopted new sanctions on Russia" is no Belgian story
_BLOC_SEATS = frozenset({"Brussels"})


# a place named after a country ("Port Sudan", "Lake Chad", "Puerto Jordan"): see _PLACE_PREFIXES
_PREFIX_BEFORE = re.compile(r"\b(?:Port|Puerto|Porto|Fort|Lake|Cape)\s+$")
# (round R18: "Pan-" too, "the Pan-American Highway" names no country)
_STANCE_BEFORE = re.compile(r"(?:\b(?:pro|anti|pan)[-‐–]\s*)$", re.IGNORECASE)
_ATTRIBUTE_AFTER = re.compile(r"^[-‐–](?:led|backed|sponsored|funded|brokered|supported|financed|trained|armed"
                              r"|language|speaking|based|headquartered|made|built|designed|supplied)\b",
                              re.IGNORECASE)
_FACILITY_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted({"Hospital", "Clinic", "School", "College", "University",
                                                              "Mosque", "Church", "Hotel"})) + r")\b")


# (round C7) US states and Canadian provinces, full and AP-style: "Paris, Texas", "Moscow, Idaho", "London, Ont."
# name a namesake town, not the capital of another country (the AP stylebook's state abbreviations; Georgia is
# left out: "Tbilisi, Georgia" is the country, but its abbreviation "Ga." names only the state: "ATHENS, Ga.")
_SUBNATIONAL = (
    "Alabama|Ala\\.|Alaska|Arizona|Ariz\\.|Arkansas|Ark\\.|California|Calif\\.|Colorado|Colo\\.|Connecticut|Conn\\.|"
    "Delaware|Del\\.|Florida|Fla\\.|Hawaii|Idaho|Illinois|Ill\\.|Indiana|Ind\\.|Iowa|Kansas|Kan\\.|"
    "Ga\\.|Kentucky|Ky\\.|Louisiana|La\\.|Maine|Maryland|Md\\.|Massachusetts|Mass\\.|Michigan|Mich\\.|Minnesota|"
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


# (round A9) "GOMA, Democratic Republic of Congo, March 18 (Reuters) -": a dateline that names its town's country
_DATELINE_COUNTRY = re.compile(r"([A-Z][A-Z.'’ -]+),\s+([A-Z][\w.'’ -]+?)\s*(?:,|\(|[-–—]\s)")


def _dateline_country(text: str, tb: ActorTables) -> str | None:
    """The country a dateline names after its town: the story is set there, whichever country its sentences name
    most ("GOMA, Democratic Republic of Congo" -> COD in a story that names Rwanda more often). Only a country
    written out counts; a bare town or capital ("KYIV", "DUBAI") is where the reporter files from."""
    m = _DATELINE_COUNTRY.match(text.lstrip())
    if m is None:
        return None
    hit = tb.countries.get(m.group(2).strip())
    return hit[0] if hit is not None and hit[1] != "capital" else None


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


def other_country_city(word: str) -> bool:
    """(session 20, R29) A country word that starts the name of a big city of another country ("Benin City")."""
    hit = load_tables().countries.get(word)
    found = big_cities().get(word + " City") if hit is not None else None
    return bool(found) and hit is not None and all(c != hit[0] for _, c in found or [])


def city_first_words(toks: list[Token]) -> set[int]:
    """(session 21, R30) Indices of country words that start another country's big city ("Benin" of "Benin City
    residents"): they name no country of the party."""
    return {t.i for t in toks if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "City" and
            other_country_city(t.text)}


def _other_country_city(text: str, start: int, end: int) -> bool:
    return text[end:end + 5] == " City" and other_country_city(text[start:end])


def _no_party_mention(text: str, start: int, end: int) -> bool:
    """A country word that says where no party of the story is from: a place named after it ("Lake Chad"), a cause ("pro-Palestinian"), a leader,
    backer, base or maker ("Kenyan-led", "Iranian-made"), or a word of a building's name ("the Saudi Hospital");
    (round R21) nor the story's own side: a mission abroad ("the French embassy"), the other side of a meeting
    ("his Ugandan counterpart"); (round R22) nor a foreign envoy ("the French ambassador"), nor where a party heads
    off to ("withdrew towards Niger"); (round R23) nor a continent ("Latin American")."""
    return _PREFIX_BEFORE.search(text[max(0, start - 8):start]) is not None or \
        _STANCE_BEFORE.search(text[max(0, start - 6):start]) is not None or \
        _ATTRIBUTE_AFTER.match(text[end:end + 16]) is not None or _FACILITY_AFTER.match(text[end:end + 16]) is not None \
        or _BORDER_AFTER.match(text[end:end + 40]) is not None or _region_name(text, start, end) \
        or _aid_body_word(text, end) or _MISSION_AFTER.match(text[end:end + 20]) is not None \
        or _COUNTERPART_AFTER.match(text[end:end + 16]) is not None \
        or _ENVOY_AFTER.match(text[end:end + 24]) is not None \
        or _HEADING_BEFORE.search(text[max(0, start - 40):start]) is not None or continent_word(text, start, end) \
        or _CROSSED_FROM_BEFORE.search(text[max(0, start - 48):start]) is not None \
        or _other_country_city(text, start, end)


# (round R23) "Latin American", "South America", "African American", "Native Americans": a continent, a region of
# it or a people, not the United States ("Paris protesters joined by activists from South American countries");
# the one definition every table match reads (word before "America(n|ns)", or a hyphened prefix: "Afro-American")
CONTINENT_MARKS = frozenset({"latin", "south", "central", "north", "african", "native", "meso", "afro"})
_AMERICA = frozenset({"america", "american", "americans"})
_CONTINENT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(CONTINENT_MARKS)) + r")(?:\s+|[-‐–])$", re.IGNORECASE)


def continent_word(text: str, start: int, end: int) -> bool:
    """The "America"/"American(s)" of text[start:end] names a continent or people, not the USA (see above)."""
    return text[start:end].lower() in _AMERICA and _CONTINENT_BEFORE.search(text[max(0, start - 9):start]) is not None


# (round R22) where a party heads off to ("the troops later withdrew towards Niger", "fled into Somalia"): no party
# of the story is from there (a party going home "returns to" it, which counts)
_HEADING_BEFORE = re.compile(r"\b(?:withdr[ae]wn?|withdrawing|fled|flee(?:ing|s)?|retreat(?:ed|ing|s)?|"
                             r"head(?:ed|ing|s)|mov(?:ed|ing)|escap(?:ed|ing)|pull(?:ed|ing)\s+back)\s+(?:back\s+)?"
                             r"(?:towards?|into|across)\s+(?:the\s+)?$")

# (session 17, R26) where a party came across a border from ("militants who had crossed from Bangladesh attacked a
# post in Jiribam"): the far side, not the party's country (refugees "fled from" theirs, which counts)
_CROSSED_FROM_BEFORE = re.compile(r"\b(?:cross(?:ed|es|ing)?|infiltrat(?:ed|es|ing)|sneak(?:ed|s|ing)|snuck|"
                                  r"intrud(?:ed|es|ing)|enter(?:ed|s|ing))\s+(?:over\s+|in\s+)?from\s+"
                                  r"(?:neighbou?ring\s+)?(?:the\s+)?$", re.IGNORECASE)


# (round R21) a state's mission abroad ("protesters marched on the Indian High Commission" in a Dhaka story): it
# stands in the host country, which the story is about
# (round R21) the other side of a meeting ("the interior minister met his Ugandan counterpart"): the story's own
# side is the one it leaves unnamed
_COUNTERPART_AFTER = re.compile(r"^\s+counterparts?\b")
# (round R22) a foreign state's envoy ("the junta expelled the French ambassador"): sent to the story's country
# (session 23, R32: also the possessive, "expelled France's ambassador", "stormed Israel's embassy")
_ENVOY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:ambassadors?|envoys?|diplomats?|consul|charg[eé]\s+d['’]affaires)\b")
_MISSION_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[Hh]igh\s+[Cc]ommission|[Ee]mbass(?:y|ies)|[Cc]onsulate)\b")


# (round R10) the head words and marks of an aid or rights body named after its home country ("the Norwegian
# Refugee Council", "the British Red Cross", "Norwegian Church Aid"): the country word is part of the name, not the
# country of the story's or the sentence's other parties ("gunmen stopped five trucks of the Norwegian Refugee
# Council" in a Sudanese story)
_AID_NAME_HEADS = frozenset({"Council", "Committee", "Aid", "Cross", "Crescent", "Foundation", "Society",
                             "Association", "Relief"})
_AID_NAME_MARKS = frozenset({"Refugee", "Refugees", "Church", "Red", "Relief", "Aid", "Rescue", "Humanitarian",
                             "Helsinki", "Medical", "Rights"})


def _starts_aid_body_name(words: list[str], i: int) -> bool:
    """words[i] begins such a name: one to three more capitalised words, the last a head, one of them a mark."""
    for n in (1, 2, 3):
        name = words[i + 1:i + 1 + n]
        if len(name) == n and all(w[:1].isupper() for w in name) and name[-1] in _AID_NAME_HEADS and \
                any(w in _AID_NAME_MARKS for w in name):
            return True
    return False


def _aid_body_word(text: str, end: int) -> bool:
    """The country word ending at `end` begins an aid or rights body's name."""
    return _starts_aid_body_name([""] + re.findall(r"[\w'’-]+", text[end:end + 60])[:3], 0)


_SUFFIX_AFTER = re.compile(r"^\s+(?:state|State|Valley|River|Delta|Basin)\b")


def _region_name(text: str, start: int, end: int) -> bool:
    """A country's name that begins a region's, river's or valley's ("Niger state", "the Jordan Valley"): see
    _PLACE_SUFFIXES (round C8)."""
    hit = load_tables().countries.get(text[start:end])
    return hit is not None and hit[1] == "name" and _SUFFIX_AFTER.match(text[end:end + 10]) is not None
