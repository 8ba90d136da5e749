"""Toponym recognition: spaCy GPE/LOC/FAC spans where a sentence was parsed, a gazetteer name automaton
(Aho-Corasick over capitalised names) where it was not, and the dateline."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsevents.geo.names import fold, fold_keeping_offsets
from newsevents.records import Sentence

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# spaCy labels whose spans are never places: a gazetteer hit inside one is a person, an organisation...
BLOCK_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
_HONORIFIC = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|St|President|"
                        r"Minister|King|Queen|Prince|Lord|Sir|Judge|Justice|Pope|Saint)\.?\s+)$")
# A capitalised word after a name usually makes it a person or an organisation ("Paris Hilton",
# "Washington Post"); these generic words keep it a place ("Gaza City" is matched whole anyway).
_PLACE_TAIL = frozenset({"City", "County", "Province", "State", "Region", "District", "Island", "Islands",
                         "Valley", "Governorate", "Oblast", "Prefecture", "Municipality", "Department",
                         "Strip", "Bay", "Sea", "Coast", "River", "Peninsula", "Mountains", "Desert", "Basin",
                         "Area", "Territory"})
# Office titles after a place name keep it a place: "Atlanta Mayor Kasim Reed", "Manila Archbishop".
_TITLE_TAIL = frozenset({"Mayor", "Governor", "Gov.", "Archbishop", "Bishop", "Sheriff", "Premier", "Senator",
                         "Prefect", "Councillor", "Councilor", "Councilman", "Councilwoman", "Assemblyman",
                         "Assemblywoman", "Congressman", "Congresswoman", "Coroner", "Mayor's", "Governor's",
                         # (the next-word pattern stops before a full stop: "Georgia Gov. Brian Kemp")
                         "Gov", "Sen", "Rep", "Lt", "Republicans", "Democrats"})
# Civic bodies named after their town stay in it: "Owensboro Public Schools", "Winnipeg Fire Paramedic
# Service" (a sports club, "Seattle Seahawks", is no such word and stays blocked).
_CIVIC_TAIL = frozenset({"Police", "Fire", "Sheriff's", "Public", "Schools", "Council", "Vice-Mayor",
                         "Municipal", "Township", "Borough", "Metropolitan"})
# Wire copy puts the day right after the place: "in Kabul Monday", "Quezon City Wednesday evening".
_DAY_TAIL = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*)")
_PREV_WORD = re.compile(r"([A-Z][\w'\u2019-]*)[ \t]+$")


# Transliteration marks that English news leaves out: "‘Afrīn" is written "Afrin", "Ma‘arrat" "Maarrat".
_MARKS = re.compile(r"[\u02bf\u02be'`]")


def _strip_marks(name: str) -> str:
    out = _MARKS.sub("", name)
    return out if out[:1].isupper() else out[:1].upper() + out[1:]


def _hyphen_titled(name: str) -> str:
    """"Port-au-Prince" is also written "Port-Au-Prince"."""
    return "-".join(part[:1].upper() + part[1:] for part in name.split("-"))


# "Petite-Rivière-de-l'Artibonite" is also written "Petite-Rivière de l'Artibonite": news keeps the hyphen inside a
# French compound and spaces the particle phrase after it ("Saint-Louis du Nord")
_FRENCH_PARTICLE = re.compile(r"-(?:de|du|des|la|le|les|en|sur|sous|aux?)-|-l['\u2019]")


def _particles_spaced(name: str) -> str:
    """The name with its first French particle and everything after it spaced, not hyphenated; the name itself
    where it has no particle inside it."""
    m = _FRENCH_PARTICLE.search(name)
    if m is None or m.start() == 0:
        return name
    return name[:m.start()] + " " + name[m.start() + 1:].replace("-", " ")


# "sub-Saharan Africa", "the horn of Africa": news writes the opening word of these wide regions' names in lower case,
# and the words still make the region's name (a lower-case compass word is a direction, not part of a name: "east
# Africa", "southeast Asia" and "eastern Ghouta" are parts of Africa, Asia and Ghouta, as GWN and GeoVirus annotate
# them). Only regions and seas take it ("sub-" before a country or a state names no such area).
_PART_WORD = re.compile(r"Sub-(?=[A-Z])|Horn[ \t]+of[ \t]+(?=[A-Z])")


def lower_part_variant(name: str) -> str | None:
    """"Sub-Saharan Africa" -> "sub-Saharan Africa", "Horn of Africa" -> "horn of Africa"; None for a name that does
    not open with such a word before a capitalised one ("Southern Africa", "Horn", "Sub-")."""
    m = _PART_WORD.match(name)
    return name[:1].lower() + name[1:] if m is not None and m.end() < len(name) else None


# "to al-Tanf", "near el-Fasher", "in ad-Damazin": news writes an Arabic name's article in lower case before its hyphen,
# as the gazetteer does not ("Al-Tanf")
_ARABIC_ARTICLE = r"(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ud|Ul|Ed|Es|Ez|En|Er)"
_ARTICLE_OPEN = re.compile(_ARABIC_ARTICLE + r"-(?=[A-Z])")


def lower_article_variant(name: str) -> str | None:
    """"Al-Tanf" -> "al-Tanf"; None for a name that does not open with an Arabic article and a hyphen ("Alma-Ata")."""
    return name[:1].lower() + name[1:] if _ARTICLE_OPEN.match(name) else None


# "El-Fasher", "Al-Qusayr": news also joins an Arabic name's article to it with a hyphen where the gazetteer spaces it
# ("El Fasher")
_SPACED_ARTICLE = re.compile(_ARABIC_ARTICLE + r"[ ](?=[A-Z])")


def hyphened_article_variant(name: str) -> str | None:
    """"El Fasher" -> "El-Fasher"; None for a name that does not open with a spaced Arabic article ("El Paso" is
    "El-Paso" too, which no one writes, so the variant is harmless there)."""
    m = _SPACED_ARTICLE.match(name)
    return name[:m.end() - 1] + "-" + name[m.end():] if m is not None else None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    source: str  # "gold", "ner", "gaz" or "dateline"
    label: str = ""  # spaCy label for "ner" mentions


class NameAutomaton:
    """Aho-Corasick automaton over gazetteer names (the only gazetteer data held in memory).

    Each name carries a strength (see `newsevents.geo.build`): 3 countries, admin-1, curated features;
    2 large cities and counties; 1 other towns."""

    def __init__(self, names: Iterable[tuple[str, int]], stoplist: Iterable[str] = (),
                 lower_parts: Iterable[str] = ()) -> None:
        """`lower_parts`: names also matched with their part word in lower case (see `lower_part_variant`)."""
        import ahocorasick

        stop = {fold(name) for name in stoplist}
        lowered = set(lower_parts)
        self._a: Any = ahocorasick.Automaton()
        count = 0
        for name, strength in names:
            # Datelines and headlines shout ("SAN DIEGO", "WASHINGTON"): strong names match in capitals too.
            # (the text is folded for matching too: only folded keys can match)
            folded = fold(name)
            plain = _strip_marks(folded)
            variants = {folded, plain, plain.upper(), _hyphen_titled(plain)} if (
                strength >= 2 and len(name) > 3) else {folded, plain}
            variants.add(_particles_spaced(folded))
            lower = lower_part_variant(folded) if name in lowered else None
            if lower is not None:
                variants.add(lower)
            hyphened = hyphened_article_variant(plain)
            variants |= {v for v in (lower_article_variant(plain), lower_article_variant(folded), hyphened,
                                     lower_article_variant(hyphened or "")) if v is not None}
            for variant in variants:
                if variant in stop or len(variant) < 2 or strength <= 0:
                    continue
                old = self._a.get(variant, None)
                if old is None or old[1] < strength:
                    self._a.add_word(variant, (len(variant), strength))
                    count += old is None
        self.size = count
        self._last: tuple[str | None, str] = (None, "")
        if count:
            self._a.make_automaton()

    def matches(self, text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """Leftmost-longest whole-word matches within text[lo:hi]: (start, end, strength). Accents are folded for
        matching ("Zaïre" finds "Zaire", "Perú" finds "Peru"); offsets are the text's own."""
        if not self.size:
            return []
        last = self._last
        if last[0] is not text:  # (asked once per sentence: fold the story once)
            last = self._last = (text, fold_keeping_offsets(text))
        found: list[tuple[int, int, int]] = []
        for end_idx, (length, strength) in self._a.iter(last[1], lo, hi):
            end = end_idx + 1
            start = end - length
            if _word_bounded(text, start, end, strength):
                found.append((start, end, strength))
        found.sort(key=lambda se: (se[0], -(se[1] - se[0])))
        out: list[tuple[int, int, int]] = []
        last_end = -1
        for s, e, st in found:
            if s >= last_end:
                out.append((s, e, st))
                last_end = e
        return out


# "in the mountains of Northern Samar", "the jungles of Guaviare", "the forested hills of Kunar": the wild country of
# an area is in it (lower case only: "the Mountains of the Moon" is itself a name)
WILD_COUNTRY = (r"mountains|hills|highlands|foothills|forests?|jungles?|swamps|marshes|marshlands|woods|"
                r"hinterlands?|plains|deserts?")
_LOCATIVE = re.compile(r"(?i)\b(?:in|near|at|outside|around|across|into|inside|from|towards?|via|through|"
                       # ("through the centre of Salisbury", "the streets of Kenosha", "the heart of Bamako": parts
                       # of a town are in it)
                       r"(?:north|south|east|west|outskirts|suburbs|parts|port|city|town|village|province|"
                       r"(?-i:centre|center|heart|streets|middle|edge)|"
                       r"region|district|state|cities|towns|villages|provinces|regions|districts|states|"
                       r"island|islands|county|municipality|capital|community|suburb|hamlet|"
                       # "in the rural area of Tibu", "the commune of Kenscoff", "the department of Artibonite" (in
                       # lower case only: "the Department of Commerce" is no place slot)
                       r"(?-i:area|areas|commune|communes|department|governorate|territory|township|locality|"
                       r"neighbou?rhood|municipalities|" + WILD_COUNTRY + r"))\s+of|"
                       # going somewhere: "travelling to Cirencester", "returns to Hampshire"
                       r"(?:move|moves|moved|moving|returned|returns|returning|travel(?:l)?ing|travel(?:l)?ed|headed|"
                       r"heading|flew|fled|fleeing|deported|evacuated|airlifted|transferred|trip|journey|"
                       r"way|route|road|honeymoon|come|comes|came|coming|went|bound|"
                       # "instead of driving to Castlegar", "sailed to Lampedusa", "emigrated to Canada"
                       r"drive|drives|driving|drove|driven|walked|walking|sailed|sailing|flying|flown|shipped|"
                       r"rushed|relocated|relocating|emigrated|migrated|commute|commuting|"
                       # "before switching to Middlestown" (a home after a move)
                       r"switching|switched|"
                       # "sent troops to Argelia", "rushed reinforcements to Tumaco": where forces are deployed
                       # ("moved back to Khayelitsha", "flew home to Lagos": an adverb of the move may come between)
                       r"troops|reinforcements|peacekeepers)\s+(?:(?-i:back|home|away|on|onward|out|over)\s+)?to|"
                       # "residents of Kiryat Shmona", "the mayor of Kharkiv": people named by their town
                       r"(?-i:[Rr]esidents|[Ii]nhabitants|[Mm]ayor|[Gg]overnor|[Vv]illagers|[Tt]ownspeople)\s+of|"
                       # "crashing into the capital Nuku'alofa", "the border town Laukkai": a lower-case type
                       # noun in apposition right before the name ("the City Council" is capitalised)
                       r"the\s+(?:(?-i:[a-z-]+)\s+)?(?-i:capital|town|city|village|port|hamlet|township|enclave)|"
                       # "had captured Bakhmut", "blockaded Timbuktu": deeds of war are done to places
                       r"(?-i:captured|recaptured|seized|retook|retaken|shelled|besieged|blockaded|stormed|overran|"
                       r"overrun|liberated|encircled)|"
                       # "M23 rebels took Goma", "troops entered Kherson", "jihadists took control of Menaka": an armed
                       # group's taking or entering is a capture ("took Smith to hospital", "entered Parliament" have
                       # no such subject); its attack or raid is on a place too ("insurgents attacked Mocimboa da
                       # Praia")
                       r"(?:rebels|troops|forces|fighters|militants|insurgents|jihadists|militias?|militiamen|"
                       r"soldiers|army|gunmen|paratroopers)\s+(?:(?:have|had|has|then|later|quickly|briefly|also|"
                       r"finally|eventually)\s+)?(?-i:took|taken|entered|retook|attacked|raided)"
                       r"(?:\s+(?:(?-i:full|back|over)\s+)?"
                       r"(?-i:control)\s+of)?|"
                       r"(?-i:took|taken|seized|gained|regained|wrested|retook|retaken|assumed)\s+(?:(?-i:full)\s+)?"
                       r"(?-i:control)\s+of|"
                       # "claimed the capture of Selydove", "the fall of Lashio", "the siege of Mariupol": the same
                       # deeds named by a noun
                       r"(?-i:capture|recapture|fall|siege|liberation|shelling|bombardment|encirclement)\s+of|"
                       # "found close to Yuba City" (not "a source close to McGregor": people are close to people)
                       r"(?<!source\s)(?<!sources\s)(?<!people\s)(?<!person\s)(?<!aide\s)(?<!aides\s)(?<!friend\s)"
                       r"(?<!friends\s)(?<!ally\s)(?<!allies\s)(?<!official\s)(?<!officials\s)(?<!insider\s)"
                       r"(?<!insiders\s)(?<!someone\s)(?<!those\s)(?<!anyone\s)close(?:r)?\s+to|"
                       # "sank off Pylos", "went missing off Aparri": where a ship was lost or stood ("took off",
                       # "paid off" are no place slots)
                       r"(?-i:sank|sunk|capsized|foundered|aground|anchored|moored|drowned|missing|stranded|"
                       r"sighted|rescued|intercepted)\s+off|"
                       # "mountain towns like Silverton", "growers as far away as Seward", "to reach Nome", "refugees
                       # reaching Mae Sot": a place named as an example, a limit of distance or a destination reached
                       r"(?-i:[Tt]owns|[Cc]ities|[Vv]illages|[Cc]ommunities|[Pp]laces)\s+(?:like|such\s+as)|"
                       r"as\s+far(?:\s+away)?\s+as|"
                       r"(?-i:reach|reached|reaches|reaching)|"
                       # "the rest were sent east to Hinton", "drove north towards Valemount": a compass point and the
                       # place a move is heading for
                       r"(?-i:(?:north|south)?(?:east|west)|north|south)(?:wards?)?\s+(?:to|towards?)|"
                       # "between Coggeshall and Marks Tey"; "northern Kenya", "southwest Miami-Dade"
                       r"between|(?:north|south)(?:east|west)(?:ern)?|northern|southern|eastern|western|"
                       r"central)\s+(?:the\s+)?$")
# A person's home town after a comma: "Miss Abdhou, of Hayes", "Miguel Beedle, 55, of Park Ridge".
_HOME_TOWN = re.compile(r"[a-z0-9],\s+of\s+$")
# ... or a full name and "of": "David and Jodi Mahler of Bellmore" (one word, "Bank of", is no person).
_NAME_OF = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)(?:['\u2019]s)?[ \t]+of[ \t]+$")
# "in Aitaroun and Bint Jbeil", "in Gao, Timbuktu and Mopti": a name coordinated with a locative one
# ("roads into Jenin and nearby Tulkarem", "as far away as Casablanca, Agadir and even Seville")
_LIST_JOIN = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(?:(?:even|also|nearby|neighbou?ring)\s+)?$")
# "from Roswell to ", "from London to ": the start of a stretch between two places ("from May to", "from 2 to" are no
# place's: the start must be a capitalised name, not a month)
_RANGE_FROM = re.compile(r"\bfrom\s+((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)\s+to\s+$")
# A capital letter, also one with a mark ("Łeba", "Świnoujście", "Óbidos"; U+00D7 is the sign ×)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
# (no '.': a list never spans sentences)
_PREV_NAME = re.compile(rf"((?:[{_UPPER}][\w'’-]*\s+){{0,3}}[{_UPPER}][\w'’-]*)$")
_QUALIFIED = re.compile(r"\s*,\s*[A-Z]")
_CALENDAR = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|"
                       r"Autumn|Fall|Winter)")


def is_calendar_word(word: str) -> bool:
    """A month, weekday or season ("March", "May", "Fall"): never a place's name in a place's slot."""
    return _CALENDAR.fullmatch(word) is not None


def _person_of(text: str, start: int) -> bool:
    m = _NAME_OF.search(text, max(0, start - 45), start)
    return m is not None and m.group(1) not in _NOT_FIRST_NAME and m.group(2) not in _NOT_FIRST_NAME


# A town's name before a word for its people is the town: "A Longview woman", "Allendale residents", "the
# Eversley man's best season" ("family" and "couple" are left out: "the Marigny family" is a surname).
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:man|woman|men|women|boy|girl|teen|teenager|mother|father|resident|residents|"
                           r"native|natives|homeowner|homeowners|farmer|farmers|villagers)\b")


# "Olbia airport expects a record", "the Matarani port": a town's airport, port or station names the town
_HUB_AFTER = re.compile(r"[ \t]+(?:airport|airfield|harbou?r|seaport|port|ferry[ \t]+port)\b")

# "Bodh Gaya, where he reached enlightenment": a relative "where" after the name's comma says it is a place.
_WHERE_AFTER = re.compile(r",[ \t]+where\b")


# "Telford and Wrekin council said", "Kent councillors": a lower-case council after a name is that area's own
_COUNCIL_AFTER = re.compile(r"[ \t]+(?:council|councils|councillors)\b")


# "fishermen on the Konkan coast", "the Rajouri sector", "the Elegu border post": a lower-case word for a stretch of
# land, or a site, after a name the gazetteer holds is that place's (spaCy often calls such a name a people's, NORP,
# or a person's). Not "river" or "lake": a town named like its river is another thing ("the Vistula river" is no
# Vistula village), and GeoVirus leaves rivers unannotated.
_FEATURE_WORD_AFTER = re.compile(r"[ \t]+(?:coast|coastline|region|valley|belt|sector|settlement|mine|basin|delta|"
                                 r"islands|border[ \t]+post|border[ \t]+crossing)\b")

# "in Plateau state's Bokkos area", "a village in Kaduna's Kauru district": a name owned by a place and typed by a
# lower-case area word is an area of that place
_AREA_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*(?:[ \t]+(?:state|province|region|county|governorate))?['\u2019]s[ \t]+$")
_OWNED_AREA_AFTER = re.compile(r"[ \t]+(?:area|district|county|local[ \t]+government(?:[ \t]+area)?|LGA|town|"
                               r"township|village|municipality|sub-?district|subdivision|tehsil|commune)\b")


# "on the Gusau-Sokoto road", "the Abuja-Kaduna highway": a road named by the towns it joins
_ROAD_PAIR_AFTER = re.compile(r"-[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?[ \t]+(?:highway|road|expressway|"
                              r"motorway|freeway|railway|Highway|Road|Expressway|Motorway)\b")


def _owned_area(text: str, start: int, end: int) -> bool:
    return _OWNED_AREA_AFTER.match(text, end, min(len(text), end + 30)) is not None \
        and _AREA_OWNER_BEFORE.search(text, max(0, start - 40), start) is not None


# "Mexico's ruling Morena party", "the Likud party": a name before a lower-case "party" is the party's name, and the
# story's other uses of that name ("Morena leaders") are the party too
_PARTY_AFTER = re.compile(r"[ \t]+party\b")


def party_names(text: str, found: Sequence[Mention]) -> frozenset[str]:
    """The names `found` holds that the story writes as a party's name ("Morena party")."""
    return frozenset(m.text for m in found if _PARTY_AFTER.match(text, m.end, min(len(text), m.end + 7)))


# "the Gulf Clan", "the Niger Delta Avengers", "the Jalisco New Generation Cartel", "the Macina Liberation Front", "the
# Sinaloa cartel": an armed group or a gang named after a place (up to two more capitalised words may come between);
# the name is the group's, not a place anything happened in (a state's own forces, "the Kano State Police", are not
# among these heads)
_GROUP_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}?[ \t]+(?:Clan|Cartel|Avengers|Liberation|Militia|"
                          r"Brigades?|Gang|Mafia|Mujahideen|Vigilantes|(?-i:cartel|clan))\b")
# "Tren de Aragua", "Clan del Golfo", "Cartel de Sinaloa", "Brigadas de ...": the same groups named in Spanish
_GROUP_BEFORE = re.compile(r"(?<![\w-])(?:Clan|C[a\u00e1]rtel|Tren|Brigadas?|Bloque|Frente)[ \t]+"
                           r"(?:de(?:l|[ \t]+la)?|do|da)[ \t]+$")


def in_group_name(text: str, m: Mention) -> bool:
    """The mention is (the head of) an armed group's or a gang's name ("the Gulf Clan", "Tren de Aragua")."""
    return _GROUP_AFTER.match(text, m.end, min(len(text), m.end + 60)) is not None \
        or _GROUP_BEFORE.search(text, max(0, m.start - 16), m.start) is not None


# "the Reston ebolavirus", "Ebola Reston virus", "the Hong Kong Flu virus", "West Nile virus", "the Sterne strain": a
# pathogen named after a place; the name is the virus's, not where anything happened (a "flu season" or a "flu outbreak"
# is still the place's)
_PATHOGEN_AFTER = re.compile(r"[ \t]+(?:(?:[Ff]lu|[Ff]ever|[Ii]nfluenza)[ \t]+)?(?:[Vv]irus|[a-z]+virus|[Ss]train)\b"
                             # ("New York virus cases", "Italy coronavirus deaths": the disease in that place)
                             r"(?![ \t]+(?:cases?|deaths?|outbreaks?|patients?|infections?|toll|tests?|testing|"
                             r"restrictions?|lockdowns?|measures|rules|response|crisis|spread|clusters?|hotspots?|"
                             r"numbers?|figures?|counts?|victims?|vaccin\w*|wards?|hospitals?|curbs?|surge|wave)\b)")
# "A/California/7/2009", "B/Massachusetts/2/2012": a flu strain's designation names where it was first isolated
_STRAIN_BEFORE = re.compile(r"(?<![\w/])[A-D]/$")
_STRAIN_AFTER = re.compile(r"/\d")


def in_pathogen_name(text: str, m: Mention) -> bool:
    """The mention is part of a pathogen's or a strain's name ("the Reston ebolavirus", "A/California/7/2009")."""
    return _PATHOGEN_AFTER.match(text, m.end, min(len(text), m.end + 30)) is not None \
        or (_STRAIN_BEFORE.search(text, max(0, m.start - 3), m.start) is not None
            and _STRAIN_AFTER.match(text, m.end, min(len(text), m.end + 2)) is not None)


# "sold under the labels Lucerne, Albertson, Hillandale and Sun Valley", "brand names of spinach including Dole, Ready
# Pac": the names listed after a word for brands are the brands, not places
_BRAND_LIST = re.compile(r"\b(?:under[ \t]+the[ \t]+(?:labels?|brands?|brand[ \t]+names?|trade[ \t]+names?)|"
                         r"(?i:labels?|brands?|brand[ \t]+names?)[ \t]+(?:of[ \t]+[a-z]+[ \t]+)?"
                         r"(?:including|such[ \t]+as|like|named|called))[ \t]+"
                         r"(?:[A-Z0-9][\w'\u2019.&*-]*(?:[ \t]+[A-Z0-9][\w'\u2019.&*-]*)*,[ \t]+(?:and[ \t]+|or[ \t]+)?)*"
                         r"(?:(?:[A-Z0-9][\w'\u2019.&*-]*(?:[ \t]+[A-Z0-9][\w'\u2019.&*-]*)*)[ \t]+(?:and|or)[ \t]+)?"
                         r"(?:[A-Z0-9][\w'\u2019.&*-]*[ \t]+)*$")


def in_brand_list(text: str, m: Mention) -> bool:
    """The mention is listed after a word for brands ("sold under the labels Lucerne, Albertson and Sun Valley")."""
    lo = max(0, m.start - 300)
    window = text[lo:m.start].lower()
    # (a cheap check first: most mentions have no such word before them)
    return ("label" in window or "brand" in window or "trade name" in window) \
        and _BRAND_LIST.search(text, lo, m.start) is not None


# "Banff, 290 km to the south, was not threatened": a distance from the name measures from a place
_DISTANCE_AFTER = re.compile(r",?[ \t]+(?:about[ \t]+|some[ \t]+|nearly[ \t]+|roughly[ \t]+)?\d[\d,.]*[ \t]*"
                             r"(?:km|kilometres|kilometers|miles)\b")


def locative_context(text: str, start: int, end: int, depth: int = 0, lists: bool = False) -> bool:
    """Written where a place goes: after "in/near/at/from..." or followed by ", Qualifier", a distance, a word
    for its people or ", where"; with `lists`, also a name listed after such a one ("in Aitaroun and Bint Jbeil")."""
    if (_LOCATIVE.search(text, max(0, start - 25), start) or _QUALIFIED.match(text, end, min(len(text), end + 4))
            or _DISTANCE_AFTER.match(text, end, min(len(text), end + 30))
            or _HOME_TOWN.search(text, max(0, start - 8), start)
            or _PEOPLE_AFTER.match(text, end, min(len(text), end + 14))
            or _HUB_AFTER.match(text, end, min(len(text), end + 12))
            or _WHERE_AFTER.match(text, end, min(len(text), end + 8))
            or _COUNCIL_AFTER.match(text, end, min(len(text), end + 12))
            or (_FEATURE_WORD_AFTER.match(text, end, min(len(text), end + 14)) and text[start:end] not in _COUNT_WORDS)
            or _owned_area(text, start, end) or _ROAD_PAIR_AFTER.match(text, end, min(len(text), end + 40))
            or _person_of(text, start)):
        return True
    if not lists or depth >= 3:
        return False
    join = _LIST_JOIN.search(text, max(0, start - 20), start)
    if join is None:
        # "Hotels were booked from Roswell to Artesia": the far end of a stretch that starts at a place
        span = _RANGE_FROM.search(text, max(0, start - 60), start)
        return span is not None and not _CALENDAR.fullmatch(span.group(1).split()[-1])
    prev = _PREV_NAME.search(text, max(0, join.start() - 60), join.start())
    return (prev is not None and not _CALENDAR.fullmatch(prev.group(1).split()[-1])  # "In November, Barr"
            and locative_context(text, prev.start(1), prev.end(1), depth + 1, lists=True))


def slot_before(text: str, start: int) -> bool:
    """A strong place slot word right before `start` ("camps around Adre", "in Dilling"); unlike
    `locative_context`, nothing after the name counts ("Clarence, Irene" is a list of people as often)."""
    return _LOCATIVE.search(text, max(0, start - 25), start) is not None


_GENERIC_ALONE = frozenset({"island", "islands", "region", "province", "state", "district", "county", "city",
                            "town", "village", "capital", "coast", "border", "north", "south", "east", "west",
                            "territory", "area", "valley", "river", "mountains", "desert", "peninsula"})


def looks_like_name(span: str) -> bool:
    """A toponym is capitalised, is no generic word alone ("Island") and is no code ("M23")."""
    s = span.strip()
    return (any(ch.isupper() for ch in s) and not any(ch.isdigit() for ch in s)
            and s.lower().removeprefix("the ") not in _GENERIC_ALONE)


_HYPHEN_PAIR = re.compile(r"(?:^|[^\w-])[A-Z][\w.]*-$")
# ... and a big city after a word ("Amsterdam-London", "IBA-Karachi"; a party's letter is no name: "R-Neb.")
_HYPHEN_WORD_PAIR = re.compile(r"(?:^|[^\w-])[A-Z][A-Za-z][\w.]*-$")


# "Indo-Pacific", "Sino-Soviet", "Afro-Asian": a combining form makes one word with what follows it, so the
# second part is no place of its own (unlike "India-Pakistan", two names). Firms are named so too: "Hydro-Quebec",
# "Petro-Canada", "Loto-Quebec", "Radio-Canada" are a utility, an oil firm, a lottery and a broadcaster, no places.
_COMBINING_FORM = re.compile(r"(?:^|[^\w-])(?:Indo|Sino|Afro|Euro|Anglo|Franco|Russo|Austro|Greco|Italo|Judeo|"
                             r"Hispano|Luso|Turco|Nippo|Germano|Serbo|Czecho|Irano|Arabo|"
                             r"Hydro|Petro|Aero|Agro|Electro|Loto|T[eé]l[eé]|Radio|Gaz)-$")


def _word_bounded(text: str, start: int, end: int, strength: int = 0) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before == "-" and _COMBINING_FORM.search(text, max(0, start - 12), start):
        return False
    if before == "-" and ((strength >= 3 and _HYPHEN_PAIR.search(text, max(0, start - 30), start)) or (
            strength == 2 and _HYPHEN_WORD_PAIR.search(text, max(0, start - 30), start))):
        # "India-Pakistan border", "US-Mexico": the second of two names joined by a hyphen
        return not (after.isalnum() or after in "_")
    if before == "-" and strength >= 2 and _PART_PREFIX.search(text, max(0, start - 8), start):
        # "mid-Wales", "south-Lebanon": a lower-case part word before the hyphen names a part of the place; before a
        # noun the pair is an adjective ("mid-Atlantic states")
        noun = _LOWER_NEXT.match(text, end, min(len(text), end + 20))
        return (not (after.isalnum() or after in "_") and not _CALENDAR.fullmatch(text[start:end])
                and (noun is None or noun.group(1) in _CLAUSE_WORDS))
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "_")


_PART_PREFIX = re.compile(r"(?<![A-Za-z])(?:mid|Mid|north|south|east|west|central)-$")
_LOWER_NEXT = re.compile(r"[ \t]+([a-z]+)\b")
_CLAUSE_WORDS = frozenset({"and", "or", "on", "in", "at", "to", "for", "with", "from", "by", "as", "where", "which",
                           "that", "is", "was", "were", "has", "had", "have", "said", "says", "after", "before",
                           "since", "until", "during", "over", "near", "but", "while", "when", "will", "would"})


def _is_sentence_initial(text: str, start: int, sent: Sentence) -> bool:
    head = text[sent.start:start]
    # "FRANKLIN, Tenn. \u2014 The Williamson County school board": the story's first sentence opens after its dateline
    return head.strip() in ("", '"', "\u201c", "'", "(") or (
        sent.start == 0 and _DATELINE_OPEN.fullmatch(head) is not None)


# A dateline before the first sentence's first word: a name in capitals, a state or a date after a comma, an
# agency in brackets, a dash ("FRANKLIN, Tenn. \u2014 ", "NAIROBI (Reuters) - ", "DHAKA, Feb 8 (AFP) - ").
_DATELINE_OPEN = re.compile(r"[ \t]*[A-Z][A-Z.'\u2019-]+(?:[ \t][A-Z][A-Z.'\u2019-]+){0,3}(?:,[ \t]*[A-Z][\w.]*"
                            r"(?:[ \t][\w.]+)?)?[ \t]*(?:\([^)\n]{1,25}\)[ \t]*)?(?:--|-|\u2014|\u2013)[ \t]*"
                            r"[\"\u201c]?[ \t]*")


# Country and state names that are also given names: a capitalised word after them still means a person.
_GIVEN_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Virginia", "Carolina", "Victoria", "India",
                          "Kenya", "Dakota", "Montana", "Nevada", "Indiana", "Florida", "Lorraine", "Alberta",
                          "Sydney", "Austin", "Madison", "Charlotte", "Orlando", "Phoenix", "Savannah",
                          "Paris", "Denver", "Houston", "Jackson", "Lincoln", "Washington", "Vienna", "Regina",
                          # "the Russian ambassador, Vladimir Barbin" (Vladimir Oblast is an admin-1 name)
                          "Vladimir",
                          # "the International Development Secretary, Douglas Alexander", "as Margarita Zavala stated"
                          "Douglas", "Margarita", "Salvador",
                          # Irish counties, regions and capitals that are also first names ("Kerry Young, the
                          # meeting director", "Pakistan captain Shan Masood", "Alexandria Ocasio-Cortez")
                          "Kerry", "Clare", "Brittany", "Sofia", "Alexandria", "Shan",
                          # (an Isle of Man parish: "Council member Patrick Keane")
                          "Patrick"})


# A lower-case role right before a strong name and a capitalised word makes them a person's name: "said Pakistan
# captain Shan Masood", "coach Georgia Smith" (a title in capitals is `_HONORIFIC`'s).
_ROLE_BEFORE = re.compile(r"\b(?:captain|skipper|coach|manager|striker|midfielder|defender|goalkeeper|forward|winger|"
                          r"batter|bowler|opener|teammate|spokesman|spokeswoman|spokesperson|director|actor|actress|"
                          r"singer|rapper|author|novelist|writer|journalist|correspondent|reporter|presenter|"
                          r"envoy|ambassador|chairman|chairwoman|commander|lawmaker|senator|minister|leader|member)"
                          r"[ \t]+$")


_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w.]*)?[ \t]*(?:\([A-Za-z0-9 .&/-]{1,25}\)|--|\u2014|\u2013)")


def _bare_dateline(text: str, start: int, end: int, sent: Sentence) -> bool:
    """"LONDON The Latest on...": a place name in capitals opening the story, its dateline; or one
    after a byline ("Associated Press WASHINGTON (AP) -")."""
    name = text[start:end]
    if not (name.isupper() and len(name) > 3):
        return False
    return (start < 3 and sent.start == 0) or bool(_DATELINE_TAIL.match(text, end, min(len(text), end + 40)))


# Words that open a new clause or sentence, never the second word of a name: a caption or headline run on without
# its full stop ("school shooting in Parkland, Florida The controversy revolves ...").
_CLAUSE_OPENERS = frozenset({"The", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "This", "It", "He",
                             "She", "They", "We"})


def plausible_gazetteer_hit(text: str, start: int, end: int, sent: Sentence, strength: int = 1) -> bool:
    """Reject gazetteer matches that are parts of person or organisation names. A strong name (a
    country, an admin-1) followed by a capitalised word is an embedded place ("U.S. Army",
    "Jamaica Observer") unless it is also a given name."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    if (after and not _kept_tail(after.group(1)) and after.group(1) not in _CLAUSE_OPENERS
            and (strength < 3 or text[start:end] in _GIVEN_NAMES
                 or _ROLE_BEFORE.search(text, max(0, start - 20), start))
            and not _bare_dateline(text, start, end, sent)):
        return False
    if text[end:end + 1] == "-" and text[end + 1:end + 2].islower():
        return True  # "Kabul-based"
    if _bare_dateline(text, start, end, sent):
        return True
    window = text[max(sent.start, start - 40):start]
    if _HONORIFIC.search(window):
        return False
    prev = _PREV_WORD.search(window)
    if prev and not _is_sentence_initial(text, start - len(prev.group(0)), sent) and not _POSSESSIVE.search(
            prev.group(1)) and not (strength >= 3 and prev.group(1) in _COMPASS) and not _shouted(
                text, start, end, prev.group(1), strength):
        return False
    return True


def _shouted(text: str, start: int, end: int, prev: str, strength: int) -> bool:
    """A strong name in a line written in capitals ("CHECK YOUR TICKETS NEW JERSEY!!"): the capital word before
    it is the shouted line's, not part of a name; the line must end right after the name."""
    return (strength >= 3 and prev.isupper() and text[start:end].isupper()
            and _SHOUT_END.match(text, end, min(len(text), end + 3)) is not None)


_SHOUT_END = re.compile(r"[ \t]*(?:[!?.:\n]|$)")


# "West Wales", "Northern Kenya": a compass word before a country or admin-1 names a part of it.
_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                      "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
                      "Southeastern", "Southwestern", "Upper", "Lower", "Mid"})


# "China's Guangdong province", "Kenya's Dadaab camps": a name after a possessive is no part of it.
_POSSESSIVE = re.compile(r"[a-z]['\u2019]s$")


def _kept_tail(word: str) -> bool:
    """A capitalised word after a place name that keeps it a place."""
    return word in _PLACE_TAIL or word in _TITLE_TAIL or word in _CIVIC_TAIL or word in _DAY_TAIL


# "Farmers rejected the Centre's offer", "wrote to the Centre seeking funds": Indian English calls the Union government
# "the Centre"; a bare "the Centre" is that government, not Burkina Faso's or France's Centre region, which the news
# names with its level word or its full name ("the Centre region", "Centre-Val de Loire", "the Centre-North")
_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+$")
_CENTRE_AREA_AFTER = re.compile(r"[ \t]*(?:-|[ \t][A-Z]|[ \t]+(?:region|province|department|district|state|area)\b)")


def central_government(text: str, start: int, end: int) -> bool:
    """The span is a bare "the Centre" ("the Center"), a government, not a place."""
    return text[start:end] in ("Centre", "Center") and _THE_BEFORE.search(text, max(0, start - 5), start) is not None \
        and _CENTRE_AREA_AFTER.match(text, end) is None


def find_mentions(text: str, sentences: Sequence[Sentence], ents: Sequence[tuple[int, int, str]],
                  parsed: set[int], automaton: NameAutomaton | None, gazetteer_in_parsed: bool = True
                  ) -> list[Mention]:
    """Toponym mentions, sorted by start, never overlapping.

    spaCy's GPE/LOC/FAC spans come first. Gazetteer matches add: in unparsed sentences, any plausible
    name; in parsed ones (if `gazetteer_in_parsed`), names spaCy left untagged if they are strong (a
    country, an admin-1, a big city); inside an ORG span, a strong embedded place ("Toronto Police",
    "Zimbabwe Electoral Commission"); a PERSON span only if it is wholly a country or admin-1 name."""
    out: list[Mention] = []
    blocked: list[tuple[int, int, str]] = []
    # Names spaCy called a person anywhere in the story are people everywhere in it ("Obama", "Dunn").
    people: set[str] = set()
    persons: set[str] = set()
    # ("reporter Bill Holland ... Holland covered the case": spaCy's place label on a word it calls a person's name
    # elsewhere in the story holds only where a place goes)
    named = {w.strip(".,'\u2019") for s, e, label in ents if label == "PERSON" for w in text[s:e].split()}
    # (... and the surname of a person's full name, even a country's or a province's name, "Bill Holland")
    # (a word in capitals, "Henry Lazenby US-based", is an abbreviation run into the name, no surname)
    family = {w for s, e, label in ents if label == "PERSON" and len(words := text[s:e].split()) >= 2
              and (w := words[-1].strip(".,'\u2019")).istitle()}
    for s, e, label in ents:
        if label in PLACE_LABELS:
            if text[s:e] in named and not locative_context(text, s, e, lists=True):
                continue
            if looks_like_name(text[s:e]) and not _money(text, s, e):
                parts = _listed_parts(text, s, e, automaton)
                out.extend(Mention(ps, pe, text[ps:pe], "ner", label) for ps, pe in parts or [(s, e)])
        elif label in BLOCK_LABELS:
            blocked.append((s, e, label))
            if label == "PERSON":
                people.update(w.strip(".,'\u2019") for w in text[s:e].split())
    if automaton is not None:
        places = [(m.start, m.end) for m in out]
        found = [(sent, automaton.matches(text, sent.start, sent.end)) for sent in sentences
                 if gazetteer_in_parsed or sent.sequence not in parsed]
        # Surnames seen after a first name: a place only after "in/near/at..." ("Wallerstein, Executive
        # Officer" is no "Town, State").
        surnames, persons = _surnames(text, found)
        surnames -= people
        out = _whole_known_names(text, out, found, blocked)
        places = [(m.start, m.end) for m in out]
        for sent, matches in found:
            is_parsed = sent.sequence in parsed
            for s, e, strength in matches:
                # ... unless written where a place goes ("in Riverdale", "to live in Nelson")
                if _overlaps(s, e, places) or _money(text, s, e) or _dedication(text, s, e) or _quoted_title(
                        text, s, e) or (
                        (strength < 3 or (text[s:e] in family and not _named_after_person(text, e)))
                        and text[s:e] in people and not locative_context(text, s, e, lists=True)) or (
                        text[s:e] in surnames and not _LOCATIVE.search(text, max(0, s - 25), s)
                        and not _named_after_person(text, e)):
                    continue
                inside = [(bs, be, lab) for bs, be, lab in blocked if bs < e and s < be]
                if inside and _covers(text, s, e, inside[0]):
                    # "the Kerem Shalom crossing" (ORG "the Kerem Shalom"), "the Zamzam camp" (PERSON "Zamzam"): a
                    # known place's name that holds the whole label and goes on past it was only partly labelled
                    ok = plausible_gazetteer_hit(text, s, e, sent, strength) and (
                        strength >= 2 or locative_context(text, s, e))
                elif inside:
                    bs, be, lab = inside[0]
                    ok = (lab == "ORG" and bs <= s and e <= be and (strength >= 2 or (bs, be) == (s, e)
                                                                     or _civic_org(text, s, e, bs)
                                                                     or (_lower_tail_label(text, s, e, inside[0])
                                                                         and locative_context(text, s, e)))) or (
                        # ("Sri Lanka's new government": spaCy often calls a country with its possessive a person)
                        lab in ("PERSON", "NORP") and (bs, _less_possessive(text, bs, be)) == (s, e)
                        # "in Gondar and Bahir Dar": spaCy often calls a list's second town a person
                        and (strength >= 3 or locative_context(text, s, e, lists=True)))
                elif is_parsed:
                    # (a list's later town is often left untagged, or tagged a date: "in Nepalgunj and Surkhet")
                    ok = (plausible_gazetteer_hit(text, s, e, sent, strength)
                          or _juxtaposed(text, s, e, strength, matches)) and (
                        strength >= 2 or locative_context(text, s, e, lists=True))
                else:
                    # Small towns share names with people and words ("Moody", "Alliance"): take them
                    # only where a place is expected.
                    ok = (plausible_gazetteer_hit(text, s, e, sent, strength)
                          or _juxtaposed(text, s, e, strength, matches)) and (
                        strength >= 2 or locative_context(text, s, e, lists=True))
                if ok:
                    out.append(Mention(s, e, text[s:e], "gaz"))
    out.extend(_repeat_mentions(text, out, blocked, persons))
    out.extend(qualifier_mentions(text, out))
    out = [m for m in out if not central_government(text, m.start, m.end)]
    out.sort(key=lambda m: (m.start, -m.end))
    clean: list[Mention] = []
    for m in out:
        if clean and m.start < clean[-1].end:
            continue
        clean.append(m)
    return clean


_THE = re.compile(r"(?i)the[ \t]+")
_IN_LIST = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _listed_parts(text: str, s: int, e: int, automaton: NameAutomaton | None) -> list[tuple[int, int]] | None:
    """"splits his time between Abuja and London": spaCy sometimes labels a list of places as one; its items,
    when each is a name the gazetteer holds whole (a big city, an area, a country)."""
    if automaton is None or not _IN_LIST.search(text, s, e):
        return None
    parts: list[tuple[int, int]] = []
    lo = s
    for sep in [*_IN_LIST.finditer(text, s, e), None]:
        hi = e if sep is None else sep.start()
        the = _THE.match(text, lo, hi)
        lo = the.end() if the else lo
        whole = [(ms, me) for ms, me, st in automaton.matches(text, lo, hi) if st >= 2]
        if whole != [(lo, hi)]:
            return None
        parts.append((lo, hi))
        lo = e if sep is None else sep.end()
    return parts


def _less_possessive(text: str, start: int, end: int) -> int:
    """The end of a span less a closing possessive ("Sri Lanka's" -> "Sri Lanka")."""
    return end - 2 if _POSSESSIVE.search(text, start, end) else end


def _covers(text: str, s: int, e: int, label: tuple[int, int, str]) -> bool:
    """The match holds the whole labelled span (less a leading "the") and runs on past its end with lower-case words
    ("the Konkan coast", NORP "Konkan")."""
    bs, be, lab = label
    the = _THE.match(text, bs, be)
    tail = text[be:e].split()
    return (lab in ("ORG", "PERSON", "NORP") and s <= (the.end() if the is not None else bs) and bool(tail)
            and all(w[:1].islower() for w in tail))


def _lower_tail_label(text: str, s: int, e: int, label: tuple[int, int, str]) -> bool:
    """The label is the match (after a leading "the") and lower-case words after it ("Telford and Wrekin council",
    ORG): the capitalised name may be the known place; the caller asks for a place cue."""
    bs, be, _ = label
    the = _THE.match(text, bs, be)
    tail = text[e:be].split()
    return s == (the.end() if the is not None else bs) and e < be and all(w[:1].islower() for w in tail)


def _whole_known_names(text: str, out: list[Mention],
                       found: Sequence[tuple[Sentence, list[tuple[int, int, int]]]],
                       blocked: Sequence[tuple[int, int, str]]) -> list[Mention]:
    """"Port of Spain" labelled "Port" + "Spain", "Baja California" labelled "Baja" + "California": a name the
    gazetteer holds whole that spaCy labelled only in pieces (every place label it touches lies inside it, no other
    label touches it) is read whole, when it is a strong name or written where a place goes; the pieces are
    dropped."""
    if not out:
        return out
    drop: set[int] = set()
    extra: list[Mention] = []
    labelled = [(bs, be) for bs, be, _ in blocked]
    for sent, matches in found:
        for s, e, strength in matches:
            touched = [i for i, m in enumerate(out) if m.start < e and s < m.end]
            if not touched or any(out[i].start < s or out[i].end > e or (out[i].start, out[i].end) == (s, e)
                                  for i in touched) or _overlaps(s, e, labelled):
                continue
            # (not "London, England": a town and its area written as a pair are two places)
            # ("the Centre-North region" labelled "Centre": a hyphened name is one name too)
            if (len(text[s:e].split()) > 1 or "-" in text[s:e]) and "," not in text[s:e] and plausible_gazetteer_hit(
                    text, s, e, sent, strength) and (
                    strength >= 2 or locative_context(text, s, e, lists=True)):
                drop.update(touched)
                extra.append(Mention(s, e, text[s:e], "gaz"))
    if not extra:
        return out
    return [m for i, m in enumerate(out) if i not in drop] + extra


# "St George's Chapel", "St Mary's Hospital", "St Peter's Square": a saint's name in the possessive names what is
# dedicated to the saint, not the town of that name (St George, Freetown's old name; St Mary's, Tasmania).
# (only before a dedication's word: "St. Louis's mayor" is the city)
_SAINT = re.compile(r"(?:St\.?|Saint)[ \t]")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?[ \t]+(?:and[ \t]+[A-Z][\w'\u2019]*[ \t]+)?(?:Chapel|Church|Cathedral|"
                               r"Basilica|Abbey|Priory|Minster|Hospital|College|School|Academy|Primary|Parish|Hall|"
                               r"Square|Park|Day|Catholic|Anglican|Episcopal|Eve)\b")


# "The Long Road" follows three young men: a quoted title that opens with "The" names a film or a book.
_TITLE_OPEN = re.compile(r"[\"\u201c]The[ \t]+$")
_TITLE_CLOSE = re.compile(r"[\"\u201d]")


def _quoted_title(text: str, start: int, end: int) -> bool:
    return _TITLE_OPEN.search(text, max(0, start - 5), start) is not None and \
        _TITLE_CLOSE.match(text, end) is not None


def _dedication(text: str, start: int, end: int) -> bool:
    return _SAINT.match(text, start, end) is not None and _POSSESSIVE_AFTER.match(text, end) is not None


def _juxtaposed(text: str, start: int, end: int, strength: int, matches: Sequence[tuple[int, int, int]]) -> bool:
    """Two strong names written side by side are two places, not a place inside a person's or an
    organisation's name: "in Maiduguri Borno State", "Cyprus, Greece Italy or Spain", "Lagos Nigeria"."""
    if strength < 2 or text[start:end] in _GIVEN_NAMES:
        return False
    for o, f, st in matches:
        if st < 2 or not (_space_between(text, end, o) or _space_between(text, f, start)):
            continue
        lo, hi = min(start, o), max(end, f)
        # ... but the pair must stand alone: "Florida Atlantic University", "Seoul Central District Court"
        after = _NEXT_WORD.match(text, hi, min(len(text), hi + 40))
        if not (after and not _kept_tail(after.group(1))) and not _PREV_WORD.search(text, max(0, lo - 40), lo):
            return True
    return False


def _space_between(text: str, left_end: int, right_start: int) -> bool:
    return 0 < right_start - left_end <= 2 and text[left_end:right_start].isspace()


# "US$460 million", "$US 1.5 billion", "HK$": a currency code, not a place ("US dollars" is left alone:
# GeoWebNews annotates it as a place).
_MONEY_AFTER = re.compile(r"\$")
_MONEY_BEFORE = re.compile(r"\$[ \t]?$")


def _money(text: str, start: int, end: int) -> bool:
    return (_MONEY_AFTER.match(text, end, min(len(text), end + 1)) is not None
            or _MONEY_BEFORE.search(text, max(0, start - 2), start) is not None)


# Capitalised words before a name that make it no surname: "Greater Manchester", "University Hospital
# Coventry", "Downtown Tyler" (a first name before it does: "Ashley Sutton", "John Bolton").
_NOT_FIRST_NAME = frozenset({"Greater", "Downtown", "Metro", "Old", "Inner", "Outer", "Royal", "Lake", "Mount",
                             "Port", "Fort", "Saint", "St", "Cape", "Isle", "County", "City", "Hospital",
                             "University", "College", "School", "Airport", "Station", "Park", "Street", "Road",
                             "Town", "Borough", "District", "Province", "State", "Region", "Council", "Court",
                             "Church", "Bank", "Club", "Hotel", "Centre", "Center", "Valley", "River", "Bay",
                             "Courthouse", "Cathedral", "Castle", "Abbey", "Museum", "Library", "Academy",
                             "Institute", "Theatre", "Theater", "Hall", "Market", "Square", "Bridge", "Harbour",
                             "Harbor", "Camp", "Base", "Prison", "Stadium", "Arena",
                             "Beach", "Island", "Coast", "National", "International", "Federal", "General",
                             "The", "In", "At", "From", "To", "Near", "Of", "And", "But", "For", "With", "As",
                             "By", "On", "After", "Before", "Visit", "Welcome", "Dear", "Via", "Outside",
                             "January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
                             "Thursday", "Friday", "Saturday", "Sunday"})


def _surnames(text: str, found: Sequence[tuple[Sentence, list[tuple[int, int, int]]]]) -> tuple[set[str], set[str]]:
    """One-word town names written right after a capitalised first name somewhere in the story
    ("Ashley Sutton", "Aidan Gillen"): a person's surname, so the bare name is the person elsewhere
    in the story too ("Few predicted Sutton would...") unless written where a place goes. Second, those of them the
    story surely gives a person (a career, a noble particle, a person's words after them): no repeats of a place."""
    out: set[str] = set()
    sure: set[str] = set()
    common: dict[str, bool] = {}
    for sent, matches in found:
        for s, e, strength in matches:
            name = text[s:e]
            if " " in name or not name[1:].islower() or name in out:
                continue
            if _PERSON_APPOSITIVE.match(text, e, min(len(text), e + 80)) is not None:
                out.add(name)  # ("Qandil, who served under President Mursi": a person, first name or not)
                sure.add(name)
                continue
            plain = _FIRST_NAME.search(text, max(sent.start, s - 20), s)
            # ("Bernard Xavier Philippe de Marigny": a noble particle after a first name opens a surname; a town's
            # name before it makes one place, "Santiago de Chile")
            prev = plain or _FIRST_NAME_PARTICLE.search(text, max(sent.start, s - 24), s)
            noble = plain is None
            if prev is None or (noble and any(ms <= prev.start(1) < me for ms, me, _ in matches)):
                continue
            if prev.group(1) in _NOT_FIRST_NAME or prev.group(1) in _COMPASS or (
                    prev.group(1) in _CLUB_HEADS or _strong_match(matches, prev.start(1), prev.end(1))):
                continue
            # (a strong name after a capitalised word is often a firm's or a station's: "Garuda Indonesia", "Radio
            # Liberty"; it is a surname only after a person's role, "former prime minister Hesham Qandil", or before
            # a person's words, "Michael Sicilia, says", "said Anna Sicilia, who runs")
            words_after = _PERSON_WORDS_AFTER.match(text, e, min(len(text), e + 12)) is not None
            if strength >= 3 and not noble and not words_after \
                    and not _person_role_before(text, max(sent.start, prev.start(1) - 40), prev.start(1)):
                continue
            word = prev.group(1)
            if word not in common:
                common[word] = _in_lower_case(text, word)
            if not common[word]:
                out.add(name)
                if noble or words_after:
                    sure.add(name)
    return out, sure


# "Qandil, who served under President Mursi", "Qandil, who was prime minister": a name a relative clause gives a
# person's career is a person's (a team or a country "who won" is not told so: metonymy keeps its place)
_PERSON_APPOSITIVE = re.compile(r",[ \t]+who[ \t]+(?:had[ \t]+|has[ \t]+)?(?:served[ \t]+(?:as|under|in)\b|"
                                r"(?:was|is|had[ \t]+been|has[ \t]+been|became)[ \t]+(?:(?:a|an|the|his|her)[ \t]+)?"
                                r"(?:(?:former|then|deputy|vice|acting|interim)[ \t]+)?(?:premier|prime[ \t]+minister|"
                                r"president|minister|governor|mayor|senator|ambassador|general|spokes(?:man|woman))\b)")
# "Giorgio Sicilia, says demand fell", "said Anna Sicilia, who runs a cooperative": a person's words or a relative
# clause of a person after a first name and a strong name
_PERSON_WORDS_AFTER = re.compile(r",[ \t]+(?:who|whose|says)\b")
# ("Philippe de Marigny", "Ursula von Leyen": a first name, a noble particle, the surname)
_FIRST_NAME_PARTICLE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+)[ \t]+(?:de|du|da|di|von|van)[ \t]+$")


# "the Marigny Plantation", "Sutton Park": a place named after a person (or a family) is a place all the same
_ESTATE_WORDS = frozenset({"Plantation", "Estate", "Farm", "Ranch", "Park", "Hill", "Hills", "Creek", "Point"})


def _named_after_person(text: str, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, end, min(len(text), end + 30))
    return nxt is not None and (nxt.group(1) in _PLACE_TAIL or nxt.group(1) in _ESTATE_WORDS
                                or nxt.group(1) in FACILITY_TYPES or nxt.group(1) in NATURAL_TYPES)


# "Inter Milan", "Dynamo Kyiv", "Sporting Lisbon": the words that lead a club's name before its city's, no first names.
_CLUB_HEADS = frozenset({"Inter", "Real", "Atletico", "Atlético", "Dynamo", "Dinamo", "Sporting", "Olympique",
                         "Olympiacos", "Borussia", "Bayern", "Lokomotiv", "Spartak", "Racing", "Athletic"})


# A role or an office written before a person's name, in lower case ("former prime minister", "opposition leader") or as
# a title ("Prime Minister", "Gen.")
_PERSON_ROLE_BEFORE = re.compile(r"\b(?:premier|president|official|governor|mayor|judge|activist|cleric|dissident|"
                                 r"politician|candidate|prosecutor|lawyer|businessman|businesswoman|tycoon|"
                                 # ("Historian Claire Marigny said": a profession, capitalised at a sentence start too)
                                 r"[Hh]istorian|[Rr]esearcher|[Aa]nalyst|[Ee]conomist|[Pp]rofessor|[Aa]uthor|[Ww]riter|"
                                 r"[Dd]eveloper|[Ss]pokes(?:man|woman|person))[ \t]+$")


def _person_role_before(text: str, lo: int, hi: int) -> bool:
    return any(p.search(text, lo, hi) is not None for p in (_ROLE_BEFORE, _PERSON_ROLE_BEFORE, _HONORIFIC))


def _strong_match(matches: Sequence[tuple[int, int, int]], start: int, end: int) -> bool:
    """A country's or a first-level area's name spans exactly [start, end) ("Bayern Munich": Bayern names a state,
    no person; a city's name may still lead a longer name: "the airport at Tampa Padang")."""
    return any(s == start and e == end and st >= 3 for s, e, st in matches)


def _in_lower_case(text: str, word: str) -> bool:
    """The story also writes the word in lower case: a common noun ("Baseball Toronto"), not a first name."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


# ("Sha'Carri Richardson", "D'Angelo Russell": a capital after the apostrophe; "Hawke's Bay" is no first name)
_FIRST_NAME = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+(?:['\u2019][A-Z][a-z]+)?)[ \t]+$")


# Words after a town's name that make an organisation of that town ("Beverly Hills Police
# Department", "Abuja Chamber of Commerce", "Owensboro Public Schools", "Suffolk Times").
_CIVIC = frozenset({"Police", "Fire", "Sheriff", "Sheriff's", "Council", "Chamber", "Public", "School",
                    "Schools", "Times", "Herald", "Post", "Gazette", "Tribune", "Courier", "Observer",
                    "Hospital", "Mayor", "City", "Town", "Township", "Borough", "County", "Municipal",
                    "District", "Board", "Library", "Museum", "Airport", "Port", "Harbour", "Harbor",
                    "Court", "Magistrates", "Crown", "Station", "Zoo", "Community", "Woman's", "Women's",
                    "Rotary", "Lions", "Historical", "Housing", "Water", "Transit"})


def _civic_org(text: str, start: int, end: int, org_start: int) -> bool:
    """A small town at the head of an organisation named after it."""
    if start != org_start and text[org_start:start].strip().lower() not in ("the", ""):
        return False
    nxt = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return nxt is not None and nxt.group(1) in _CIVIC


def _repeat_mentions(text: str, found: Sequence[Mention], blocked: Sequence[tuple[int, int, str]],
                     persons: Collection[str] = ()) -> list[Mention]:
    """One sense per story: a name taken as a place once is a place at its other occurrences too
    (where no entity label says otherwise; a name the story also gives a person, "Philippe de Marigny", is a place
    only where it is written as one: "the Marigny Plantation")."""
    names = Counter(m.text for m in found
                    if m.source in ("ner", "gaz") and len(m.text) > 2 and looks_like_name(m.text)
                    and m.text not in persons)
    taken = [(m.start, m.end) for m in found] + [(s, e) for s, e, _ in blocked]
    out: list[Mention] = []
    # Where repeats overlap ("Sudan" in "Villages Sudan"), the name taken most often claims them, then
    # the longer: a fixed order, not the set's.
    for name in sorted(names, key=lambda n: (-names[n], -len(n), n)):
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (_word_bounded(text, pos, end) and not _overlaps(pos, end, taken) and not _money(text, pos, end)
                    and not _dedication(text, pos, end)):
                out.append(Mention(pos, end, name, "repeat"))
                taken.append((pos, end))
            pos = text.find(name, end)
    return out


# "Nelson, BC", "Alexandria, La.", "Walker County (Ga.)"; in brackets only a dotted abbreviation ("WASHINGTON
# (AP)" names a news agency)
_QUAL_ABBREV = re.compile(r",[ \t]*((?:[A-Z]\.){2,3}|[A-Z]{2,3}\b|[A-Z][a-z]{1,4}\.)"
                          r"|[ \t]*\(((?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.)\)")


def qualifier_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """"Nelson, BC", "Paris, TX", "Alexandria, La.": the state or province written after a place."""
    out = []
    for m in found:
        q = _QUAL_ABBREV.match(text, m.end, min(len(text), m.end + 10))
        g = 1 if q is not None and q.group(1) else 2
        if q and not any(o.start < q.end(g) and q.start(g) < o.end for o in found):
            out.append(Mention(q.start(g), q.end(g), q.group(g), "qualifier"))
    return out


_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "in the capital", "the country's capital", "the Afghan capital": a national capital written by its office (lower
# case: "Capital Region" is a name). A people's word before it must name a country's people ("the provincial capital"
# is another place).
_THE_CAPITAL_PHRASE = re.compile(r"(?<![\w-])the[ \t]+(?:(?:country|nation)['\u2019]s[ \t]+|national[ \t]+|"
                                 r"([A-Z][a-z]+)[ \t]+)?capital(?![\w-])")
# After it: a possessive ("the capital's Mirpur district"), "city", the end of a clause or a word that goes on with
# the clause. Any other lower-case word makes "capital" a noun's modifier ("capital markets", "capital punishment").
_CAPITAL_AFTER = re.compile(r"['\u2019]s(?![\w-])|[ \t]*(?:[.,;:!?)\n\u2014\u2013]|--|$)"
                            r"|[ \t]+(?:city[ \t]*(?:[.,;:!?)\n]|$|[ \t](?!of\b)[a-z]))"
                            r"|[ \t]+(?:on|in|at|from|to|for|with|by|over|after|before|since|during|until|as|where|"
                            r"which|that|who|when|while|and|or|but|amid|near|late|early|overnight|this|last|"
                            r"earlier|later|yesterday|today|tonight|is|was|were|are|has|had|have|will|would|"
                            r"could|can|may|might|remains?|saw|sees|said|says|told|itself|again|too|also|"
                            r"[a-z]{3,}ed|" + _WEEKDAY + r")\b")
# "the capital of North Kivu", "the capital Nairobi", "the capital, Juba": the capital's own name is written
_CAPITAL_NAMED_AFTER = re.compile(r"(?:[ \t]+city)?(?:[ \t]+of\b|,?[ \t]+(?!(?:" + _WEEKDAY + r")\b)[A-Z])")
# "Ouagadougou, the country's capital": in apposition to a name, which is the mention
_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*,[ \t]+$")
# "attacks on the capital", "a march on the capital": a deed aimed at the capital
_AIMED_ON = re.compile(r"(?i)\b(?:attacks?|assaults?|march|marched|marching|advance|advanced|offensive|strikes?|"
                       r"raids?|push|drive|rockets?|missiles?|fire|fired)[ \t]+on[ \t]+$")


def names_capital_by_office(name: str) -> bool:
    """"the capital", "the Afghan capital": a mention `capital_mentions` makes (its reading is the capital itself)."""
    return _THE_CAPITAL_PHRASE.fullmatch(name) is not None


def capital_mentions(text: str, found: Sequence[Mention],
                     country_of_people: Callable[[str], str | None]) -> list[Mention]:
    """"Fighting broke out in the capital", "a bomb in the Afghan capital": the national capital written by its
    office, where a place goes and its name is not written beside it. The resolver reads "the capital" as the
    capital of the dateline's (or story's one) country; `country_of_people` says which country "Afghan" names."""
    if "capital" not in text:
        return []
    out: list[Mention] = []
    for m in _THE_CAPITAL_PHRASE.finditer(text):
        s, e = m.start(), m.end()
        if m.group(1) is not None and country_of_people(m.group(1)) is None:
            continue
        if (_CAPITAL_AFTER.match(text, e) is None or _CAPITAL_NAMED_AFTER.match(text, e) is not None
                or _NAME_BEFORE.search(text, max(0, s - 40), s) is not None
                or any(f.start < e and s < f.end for f in found)):
            continue
        if _LOCATIVE.search(text, max(0, s - 25), s) or _AIMED_ON.search(text, max(0, s - 20), s):
            out.append(Mention(s, e, text[s:e], "capital"))
    return out


_LIST_SEP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+")


@lru_cache(maxsize=8)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One whole-word pattern for all of `names` (longest first), compiled once."""
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def gated_mentions(text: str, found: Sequence[Mention], names: Iterable[str],
                   listed_only: frozenset[str] = frozenset()) -> list[Mention]:
    """Names kept off the automaton because they mostly name people ("Jordan") still name a place
    where one is expected: after "in/near/at...", as an item of a list of places ("France, Japan,
    Jordan, China") or after a place and a comma ("Amman, Jordan"). Names in `listed_only` count only as
    an item of such a list ("from Milan and Florence")."""
    out: list[Mention] = []
    pattern = _names_pattern(tuple(names))
    if pattern is None:
        return out
    for m in pattern.finditer(text):
        s, e, name = m.start(), m.end(), m.group(0)
        if any(f.start < e and s < f.end for f in found) or _HONORIFIC.search(text, max(0, s - 12), s):
            continue
        listed = any(_LIST_SEP.fullmatch(text, f.end, s) or _LIST_SEP.fullmatch(text, e, f.start)
                     for f in found if f.end <= s <= f.end + 6 or e <= f.start <= e + 6)
        # "In Jordan, where ...": a capitalised preposition opening the sentence is no first name
        prev = _PREV_WORD.search(text, max(0, s - 30), s)
        if listed or (name not in listed_only and _LOCATIVE.search(text, max(0, s - 25), s) and (
                prev is None or (prev.group(1) in _FUNCTION_WORDS and not _NEXT_WORD.match(text, e, e + 3)))):
            out.append(Mention(s, e, name, "gaz"))
    return out


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < se and ss < e for ss, se in spans)


# A name the gazetteer may lack, typed as a place by the words around it: "the village of Kampungu",
# "Abu Shok refugee camp", "the Adhamiyah district of Baghdad", "Mbomo districts".
_TYPED_NAME = r"((?:[A-Z][\w'\u2019-]*[ \t]+){0,2}[A-Z][\w'\u2019-]*)"
# ("a town called Låsby", "the communities of San Juan, Choropampa, and Magdalena"; group 1: a plural, which types
# the list it opens)
# ("attacked three villages: Kampungu, Kaluamba and Mombo", "four towns - X, Y and Z": a plural's list after a colon
# or a dash)
_TYPED_BEFORE = re.compile(r"\b(?:(villages|towns|cities|communities|hamlets|districts|provinces|regions|islands|"
                           r"suburbs|townships|municipalities|communes)(?:[ \t]+(?:of|called|named)|[ \t]*:|"
                           r"[ \t]+(?:-{1,2}|\u2013|\u2014))|(?:village|town|city|community|hamlet|district|province|"
                           r"region|island|suburb|township|municipality|commune|"
                           # ("in the western governorate of Matrouh", "the eastern department of Arauca": lower case
                           # only, "the Department of Commerce" is a body)
                           r"governorate|department|prefecture|regency|oblast|woreda)[ \t]+(?:of|called|named))"
                           r"[ \t]+" + _TYPED_NAME)
_TYPE_OF = re.compile(r"[ \t](?:of|called|named)[ \t]+$")
# Village names keep lower-case words and Arabic particles: "the village of Tudun wada gari, about 30 km north of
# Zaria", "the village of Wad al-Noura in Gezira state", "Umm Sunta al-Gharbiya". After a singular type word the name
# runs on through up to two such words when a comma, a full stop or a place's preposition ends the run (a clause
# goes on with a verb: "the village of Kuriga was attacked on Monday"); see `_typed_tail`.
_TYPED_TAIL = re.compile(r"((?:[ \t]+(?:[a-z]{1,3}-[A-Z][\w'\u2019]*|[a-z][a-z'\u2019]{2,})){1,2})"
                         r"(?=[,.;:]|[ \t]+(?:in|near|outside|on|at|about|some)\b)")
# (a village's or town's name: provinces and cities are written in English word order, "the province of Togo met")
_VILLAGE_WORD = re.compile(r"(?:village|town|hamlet|community)[ \t]")
# English words that end a name rather than continue it ("the town of Bor itself", "the city of Mosul proper")
_NOT_TAIL = frozenset({"overnight", "yesterday", "today", "tonight", "itself", "proper", "alone", "again", "too",
                       "also", "instead", "nearby", "earlier", "later", "last", "this", "that", "which", "where",
                       "who", "was", "were", "is", "are", "has", "had", "have", "been", "said", "says", "and", "or",
                       "but", "the", "for", "with", "from", "into", "residents", "district", "area", "state",
                       "region", "province", "county", "town", "village", "city", "camp", "market", "centre",
                       "center", "early", "late", "morning", "evening", "night", "afternoon", "week", "month",
                       "year", "day", "there", "here", "then", "now", "still", "only", "just", "even", "all",
                       # irregular past tenses (regular ones end in -ed)
                       "met", "went", "came", "fell", "held", "left", "lost", "won", "took", "made", "saw", "got",
                       "ran", "sat", "stood", "fled", "led", "fought", "hit", "shot", "put", "set", "cut", "let",
                       "began", "became", "told", "gave", "sent", "built", "brought", "kept", "found", "lay", "rose",
                       "grew", "knew", "drew", "wrote", "spoke", "broke", "chose", "drove", "flew", "burnt", "swept",
                       "struck", "slept", "woke", "not", "will", "would", "can", "could", "may", "might", "must"})
# ... and after a plural type word, the list it opens: "the villages of Ceamurlia de Jos, Maliuc and Caraorman"
_LIST_NEXT = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)" + _TYPED_NAME)
# The type word is searched first and the name read back from it: a scan from every capital costs more.
# ("houses in the Tankoro neighbourhood": a town's quarter, seated in the town the story names)
# ("in the Birnin Gwari area of Kaduna state", "the Gwoza local government area": an area of a named place, or a
# Nigerian local government area, is a place the automaton may not hold; a bare "the Kaduna area" is no type)
_TYPE_AFTER = re.compile(r"[ \t]+(?:refugee[ \t]+|displacement[ \t]+|IDP[ \t]+)?"
                         r"(?:camps?|districts?|villages?|provinces?|regions?|governorate|county|township|"
                         r"(neighbou?rhoods?|suburbs?)|"
                         r"(?P<area>area(?=[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])|local[ \t]+government[ \t]+areas?))\b")
# ... but not "the Chainpur Police Station area" (the station's town is the place, found on its own) nor the tail of a
# name joined by a lower-case particle ("in Gulshan e Buner area of Landhi Town" is a Karachi quarter, not Buner)
_AREA_NOT_NAME = re.compile(r"(?:Station|Stations|Post|Outpost|Thana|Chowki)$")
_PARTICLE_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*[ \t]+(?:e|i|o|al|el|ul|ud|ur|ad|de|da|di|du|del|la|le|van|von|der|"
                              r"bin|ibn)[ \t]+$")
# A quarter is named by its people or faith as often as by its name: "the Christian neighbourhood", "the Druze
# suburbs", "the Western suburbs" are no places of their own.
_QUARTER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|ern|ayan|ite)|Muslim|Sunni|Shia|Druze|"
                                r"Arab|Hindu|Sikh|Jewish|Protestant|Greek|Old|New|Upper|Lower|Inner|Outer")
_LIST_JOIN_BACK = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)$")
_TYPED_BACK = re.compile(r"(?<![\w'\u2019-])" + _TYPED_NAME + "$")
# "a school in Kuriga, Kaduna state": a name in a place's slot followed by an area and its level word.
_TYPED_IN_AREA = re.compile(r"\b(?:in|near|outside)[ \t]+" + _TYPED_NAME + r",[ \t]+(?=[A-Z][\w'\u2019-]*"
                            r"(?:[ \t]+[A-Z][\w'\u2019-]*)?[ \t]+(?:state|province|region|governorate|oblast)\b)")
# "Dogu Beyazit, a farming town in eastern Turkey", "Mabvuku, a suburb located east of Harare": a name typed by
# the phrase after its comma, when the type word is a noun of its own ("Tim Whitley, a city official" is not).
_APPOSITIVE = re.compile(r"(?<![\w'\u2019-])" + _TYPED_NAME + r",[ \t]+(?:an?|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                         r"(?:town|village|city|suburb|hamlet|township|district|region|province|island|"
                         r"neighbou?rhood|settlement|municipality|community)"
                         r"(?=[,.;:]|[ \t]+(?:in|of|near|on|outside|located|situated|north|south|east|west|where|"
                         r"which|that|with)\b)")
_POSSESSIVE_END = re.compile(r"\w['\u2019]s$")
# "Shirakawa-go, a World Heritage village", "an Alawite village": after an indefinite article the capitalised words
# before a type word describe the place; they name none ("the Mbomo district", "Abu Shok camp" do)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:a|an|A|An)[ \t]+$")
# Capitalised words that open a sentence or describe, not name: "The village of X", "Remote X villages".
_TYPED_LEAD = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
                         "In", "At", "Of", "On", "From", "To", "For", "By", "With", "Along", "Across", "And", "But",
                         "Both", "Entire", "Instead", "Neighbouring", "Neighboring", "Nearby", "Remote", "Rural",
                         "Northern", "Southern", "Eastern", "Western", "Central", "Scout", "Trust"})


def _found_end(start: int, end: int, found: Sequence[Mention]) -> int:
    """Where a list item ends: a found name may run past the typed words ("the villages of Ceamurlia de Jos,
    Maliuc and Caraorman": the particle name "Ceamurlia de Jos" goes on after "Ceamurlia")."""
    return max([end] + [f.end for f in found if f.start <= start < f.end])


_LOWER_TAIL = re.compile(r"-[a-z]+$")


def _typed_tail(text: str, end: int) -> int:
    """Where a village's name ends once its lower-case words and particles are read (`_TYPED_TAIL`): at `end` when
    none follow or one of them is an English word of a clause (`_NOT_TAIL`, a verb form)."""
    tail = _TYPED_TAIL.match(text, end)
    if tail is None:
        return end
    words = [w for w in tail.group(1).split() if "-" not in w]
    # (a verb of the present tense ends in -s: "the village of Kuriga lies near the border")
    if any(w in _NOT_TAIL or w.endswith(("ed", "ing", "ly", "s")) for w in words):
        return end
    return tail.end(1)


def _swallowed(text: str, s: int, e: int, found: Sequence[Mention]) -> list[Mention]:
    """"the village of Kwara Daji" (Zamfara), "the village of Tudun wada gari": a found name that only opens the name of
    a village ("Kwara", a state; "Tudun wada", spaCy's span) is part of it. The found mention is given back when it
    starts the typed name and the words after it are no place, title or day word ("the town of Gaza City" is found
    whole; "the city of Kano State", "the town of Bama Monday" keep their place)."""
    inner = [f for f in found if f.start < e and s < f.end]
    if len(inner) != 1 or inner[0].start != s or inner[0].end >= e or inner[0].source not in ("gaz", "ner") \
            or text[inner[0].end:inner[0].end + 1] not in " \t":
        return []
    rest = text[inner[0].end:e].split()
    return [] if any(_kept_tail(w) or _CALENDAR.fullmatch(w) or w in _COMPASS for w in rest) else inner


def typed_mentions(text: str, found: Sequence[Mention], skip: Callable[[str], bool]) -> list[Mention]:
    """Capitalised names that the words around them type as places (see `_TYPED_*`), with their repeats
    in the story; `skip` rejects names that are something else (a demonym: "Somali refugee camps")."""
    names: dict[str, tuple[int, int]] = {}
    spans: list[tuple[int, int]] = []
    village: set[tuple[int, int]] = set()  # names after a singular type word ("the village of X Y")
    for m in _TYPED_BEFORE.finditer(text):
        if _TYPE_OF.search(text, m.start(), m.start(2)) is None and \
                _LIST_NEXT.match(text, _found_end(m.start(2), m.end(2), found)) is None:
            continue  # ("in the districts: Results were late": after a colon or dash only a list is typed)
        spans.append((m.start(2), _typed_tail(text, m.end(2)) if _VILLAGE_WORD.match(m.group(0)) else m.end(2)))
        if not m.group(1):
            village.add(spans[-1])
        nxt = _LIST_NEXT.match(text, _found_end(m.start(2), m.end(2), found)) if m.group(1) else None
        while nxt is not None and len(spans) < 50:
            spans.append(nxt.span(1))
            nxt = _LIST_NEXT.match(text, _found_end(nxt.start(1), nxt.end(1), found))
    spans.extend(m.span(1) for m in _TYPED_IN_AREA.finditer(text))
    spans.extend(m.span(1) for m in _APPOSITIVE.finditer(text) if not _used_otherwise(text, m.group(1)))
    for t in _TYPE_AFTER.finditer(text):
        end = t.start()
        # a plural type word covers a list: "the Etoumbi and Mbomo districts", "Manicaland and Midlands
        # provinces"
        for _ in range(3 if t.group(0).endswith("s") and not t.group(0).endswith("ss") else 1):
            back = _TYPED_BACK.search(text, max(0, end - 60), end)
            if not back or _INDEFINITE_BEFORE.search(text, max(0, back.start(1) - 4), back.start(1)) \
                    or back.group(1).split()[0] in ("A", "An"):
                break
            if t.group(1) and _QUARTER_ADJECTIVE.fullmatch(back.group(1).split()[-1]):
                break
            if t.group("area") and (_AREA_NOT_NAME.search(back.group(1))
                                    or _PARTICLE_BEFORE.search(text, max(0, back.start(1) - 40), back.start(1))):
                break
            spans.append(back.span(1))
            join = _LIST_JOIN_BACK.search(text, max(0, back.start(1) - 8), back.start(1))
            if not join:
                break
            end = join.start()
    swallowed: list[Mention] = []
    if spans:
        taken = [(f.start, f.end) for f in found]
        for s, e in spans:
            inner = _swallowed(text, s, e, found) if (s, e) in village else []
            own = _OWNER.match(text, s, e)  # "Kashmir's Kupwara district": the owner is no part of the name
            if own:
                s = own.end()
            if _POSSESSIVE_END.search(text, s, e):  # "the town of Kyaukphyu's outskirts": no "'s" in the name
                e -= 2
            words = text[s:e].split()
            while words and words[0] in _TYPED_LEAD:  # "The Mbomo district": the name starts later
                s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
                words = words[1:]
            if (not words or _CALENDAR.fullmatch(words[-1]) or not looks_like_name(text[s:e])
                    or text[e - 1] in "'\u2019"):
                continue
            # "the Russian-occupied regions", "Kurdish-held towns": a name joined to a lower-case word is an adjective
            if (_overlaps(s, e, taken) and not inner) or skip(text[s:e]) or _LOWER_TAIL.search(words[-1]):
                continue
            names.setdefault(text[s:e], (s, e))
            swallowed += inner
    out: list[Mention] = []
    taken = [(f.start, f.end) for f in found if f not in swallowed]
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not _overlaps(m.start(), m.end(), taken):
                out.append(Mention(m.start(), m.end(), name, "typed"))
                taken.append(m.span())
    return out


# A numbered Philippine ward: "Barangay 176 in Caloocan City", "Brgy. 12, Tondo". The number is part of the name
# (a bare "Barangay" is no place), and the ward lies in the city written around it, like a typed name.
_NUMBERED_WARD = re.compile(r"\b(?:Barangay|BARANGAY|Brgy\.?)[ \t]+\d{1,4}[A-Z]?(?![\w-])")


def ward_mentions(text: str, found: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Numbered wards (see `_NUMBERED_WARD`) and the found mentions inside them that they replace."""
    out: list[Mention] = []
    gone: list[Mention] = []
    for m in _NUMBERED_WARD.finditer(text):
        s, e = m.span()
        inside = [f for f in found if f.start < e and s < f.end]
        if any(f.start < s or f.end > e for f in inside):
            continue
        out.append(Mention(s, e, text[s:e], "ward"))
        gone.extend(inside)
    return out, gone


# Lower-case particles inside a place's name: Arabic articles ("Jisr al-Shughour", "Deir ez-Zor", "Ra's al 'Ayn"),
# Romance, Dutch and German prepositions and articles ("Foz do Iguaçu", "Bergen op Zoom", "Alphen aan den Rijn").
# The automaton holds such names only as the gazetteer writes them ("Jisr Al-Shughour") and never for towns
# without a population figure (GeoNames gives Ma'arrat an Nu'man none), so they are matched here instead.
_PARTICLES = ("al|el|ad|an|ar|as|ash|at|az|ed|es|ez|en|er|ul|ud|de|del|della|di|da|do|dos|das|des|du|la|le|"
              "les|los|las|op|aan|den|der|het|van|von|bij|bin|ibn|sur")
_MARK = "'\u2018\u2019\u02bf\u02be`"
_NAME_WORD = rf"[{_MARK}]?[A-Z][\w{_MARK}]*"
_PARTICLE_NAME = re.compile(rf"(?<![\w{_MARK}-])((?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD}"
                            rf"(?:(?:[ \t]+|-)(?:(?:{_PARTICLES})(?:[ \t]+|-))+{_NAME_WORD})+)(?![\w-])")
_LEAD_WORD = re.compile(rf"{_NAME_WORD}[ \t]+")


def particle_mentions(text: str, found: Sequence[Mention], holds: Callable[[str], int],
                      blocked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Names with lower-case particles inside (see `_PARTICLES`) that the gazetteer holds whole (`holds`), the
    longest such name of each run of words: "in Deir al-Balah" gives "Deir al-Balah". Ordinary words never
    glue two names ("Paris and London", "Gaza in October"): only particles do, and only a whole name the
    gazetteer knows counts. `holds` gives 0 for a name the gazetteer lacks, 2 for a big place, else 1. Skipped:
    names after a title ("Mr") and inside a person's name (`blocked`); a small place whose particle also
    joins people's names ("Vasco da Gama", "Ponce de Leon") only where a place goes."""
    out: list[Mention] = []
    for m in _PARTICLE_NAME.finditer(text):
        s, e = m.span(1)
        # the capitalised words before the first particle may open the sentence or a longer name: try
        # the longest span first, then drop leading words
        while True:
            if (not _overlaps_exactly_found(s, e, found) and not _HONORIFIC.search(text, max(0, s - 40), s)
                    and not any(bs <= s and e <= be and (bs, be) != (s, e) for bs, be in blocked)
                    and (size := holds(text[s:e])) > 0 and (
                        size >= 2 or not _PERSON_PARTICLE.search(text, s, e)
                        or locative_context(text, s, e, lists=True))):
                out.append(Mention(s, e, text[s:e], "gaz"))
                break
            lead = _LEAD_WORD.match(text, s, e)
            if lead is None or _PARTICLE_START.match(text, lead.end(), e):
                break
            s = lead.end()
    return out


_PERSON_PARTICLE = re.compile(r"[ \t-](?:de|del|della|di|da|do|dos|das|du|la|le|van|von|bin|ibn)[ \t-]")
_PARTICLE_START = re.compile(rf"(?:{_PARTICLES})(?:[ \t]+|-)")


def _overlaps_exactly_found(s: int, e: int, found: Sequence[Mention]) -> bool:
    """A found mention already covers the span, or reaches out of it (a longer name holds these words)."""
    return any(f.start < e and s < f.end and (f.start < s or f.end > e or (f.start, f.end) == (s, e))
               for f in found)


def with_particle_names(found: Sequence[Mention], names: Sequence[Mention]) -> list[Mention]:
    """The found mentions with each particle name in place of the shorter names inside it ("Hafar" in
    "Hafar al-Batin")."""
    if not names:
        return list(found)
    kept = [f for f in found if not any(n.start <= f.start and f.end <= n.end for n in names)]
    return sorted(kept + list(names), key=lambda m: m.start)


# A name written where a place goes ("in Cloughjordan", "near Bieżuń") or qualified by a found place
# ("Weiswampach, Luxembourg"): small places the automaton leaves out. The caller keeps only those the
# gazetteer places in a country the story is about.
# ("into/across/toward" as in `_LOCATIVE`: "the fungus will spread into Tortí"; "from Chambers" is more
# often a person)
# ("the road to Miranshah": a road names where it leads)
_LOCAL_SLOT = re.compile(r"\b(?:in|near|at|outside|into|across|towards?|village\s+of|town\s+of|"
                         r"(?:road|highway|route)\s+to)\s+"
                         # "Officials in nearby Clinton", "at neighboring Ridgeland": a place's slot still
                         r"(?:(?:nearby|neighbou?ring)[ \t]+)?(the[ \t]+(?=[A-Z][\w'\u2019.-]*[ \t]+[a-z]))?"
                         r"([A-Z][\w'\u2019.-]*(?:[ \t]+(?:de[ \t]+|el[ \t]+)?[A-Z][\w'\u2019.-]*){0,2})")
_LOCAL_QUALIFIED = re.compile(r"([A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}),[ \t]*(?:\(\w+[ \t]+)?$")


# A full stop after a word longer than an abbreviation ("St.", "Mt.") ends the sentence.
_SENTENCE_END = re.compile(r"\w{4}\.[ \t]")


def local_candidates(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Capitalised names in a place's slot that no other rule took (see `_LOCAL_*`); those before a
    found place and a comma have the source "local-qualified" (the caller checks that place is an area)."""
    taken = [(f.start, f.end) for f in found]
    out: list[Mention] = []
    for m in _LOCAL_SLOT.finditer(text):
        # "in the Samos hotspot": a known small place before a common noun ("in the University grounds" is not)
        if m.group(1) and any(w in _INSTITUTION for w in m.group(2).split()):
            continue
        s, e = m.span(2)
        stop = _SENTENCE_END.search(text, s, e)  # "in Cloughjordan. There are": the name ends with the sentence
        if stop:
            e = stop.start() + 4
        while e > s and text[e - 1] in ".'\u2019":  # "in Samos." ends a sentence
            e -= 1
        if e - s < 3 or _overlaps(s, e, taken):
            continue
        out.append(Mention(s, e, text[s:e], "local"))
        taken.append((s, e))
    for f in found:
        q = _LOCAL_QUALIFIED.search(text, max(0, f.start - 50), f.start)
        if q and not _overlaps(q.start(1), q.end(1), taken) and not _CALENDAR.fullmatch(q.group(1).split()[-1]):
            out.append(Mention(q.start(1), q.end(1), q.group(1), "local-qualified"))
            taken.append(q.span(1))
    return out


# Weaker place slots of travel and feature writing: "flights to Heraklion", "land on Naxos", "buses run past Boden",
# "over Lewis Pass", "the ruins of Kilwa", "islands including Corfu". These words govern people, firms and things as
# often ("according to", "on Monday", "a friend of Moody"; "off" is left out: "fended off X"), so a name in one
# counts only when the gazetteer holds it as a town, an area or an island near the story's other places of that
# country (`GeoParser._add_weak`).
_WEAK_SLOT = re.compile(r"(?<![\w'\u2019-])(?:to|for|on|onto|upon|"
                        r"past|beyond|above|below|over|via|including|like|as|(?<=[a-z][ \t])of|off)"
                        r"[ \t]+(?:the[ \t]+(?:island[ \t]+of[ \t]+)?)?"
                        # ("on the Isle of Wight": "of" inside a name too)
                        rf"([{_UPPER}][\w'\u2019-]*(?:[ \t]+(?:de[ \t]+|del[ \t]+|da[ \t]+|of[ \t]+)?"
                        rf"[{_UPPER}][\w'\u2019-]*){{0,2}})")
# "to" after these governs a person, a team, a rank or a time: "according to", "a source close to", "lost to",
# "married to", "spoke to", "tributes to", "from May to"
_TO_NOT_PLACE = re.compile(r"(?i)(?:according|next|due|owing|close|closer|lost|lose|loses|losing|married|said|"
                           r"talked|spoke|speaking|wrote|writing|listened|sold|selling|belongs?|belonged|compared|"
                           r"similar|thanks|prior|addition|contrary|respect|regard|regards|relative|loyal|"
                           r"tributes?|condolences|messages?|letters?|apolog\w+|gifts?|given|gave|give|awarded|"
                           r"presented|dedicated|addressed|replied|responded|reply|response|answer|introduced|"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))[ \t]+$")
# "for" names a place only after a departure: "the line splits for Luleå", "ferries leave for Pemba"
_FOR_MOVE = re.compile(r"(?:heading|headed|head|bound|leave|leaves|leaving|left|depart|departs|departing|departed|"
                       r"split|splits|sail|sails|sailed|sailing|set[ \t]+off|sets[ \t]+off|setting[ \t]+off|"
                       r"set[ \t]+out|sets[ \t]+out|make|makes|making|made)[ \t]+$")
# "of" only after a lower-case noun ("the ruins of Kilwa", not "the Bank of Spain"), and not after a word for what
# happens to a person or whom a person has ("the deaths of Helen, Clarence, Irene", "the wife of Austin")
_LOWER_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:deaths?|killings?|murders?|funerals?|trial|case|memory|names?|"
                           r"wife|husband|widow|widower|son|sons|daughters?|children|child|family|friends?|mother|"
                           r"father|brother|sister|parents|lawyers?|attorneys?|victims?|disappearance|arrest|"
                           r"release|words|life|lives|story|role|voice|music|work|works|fans)[ \t])[a-z]+[ \t]+$")


# "wind projects off Fraserburgh", "sank off Lampedusa": "off" names a place only after a word of the sea or of what
# lies there ("fended off X", "saw off X", "paid off X" are no places)
_OFF_PLACE = re.compile(r"(?:projects|farms?|waters|islands?|ships?|vessels?|boats?|anchored|sank|sunk|capsized|"
                        r"moored|drilling|fishing|rescued|intercepted|located|lies|lying)[ \t]+$")


def _weak_slot_refused(text: str, slot: str, at: int) -> bool:
    """The slot word at `at` governs no place here (see `_TO_NOT_PLACE`, `_FOR_MOVE`, `_LOWER_BEFORE`,
    `_OFF_PLACE`)."""
    before = max(0, at - 30)
    if slot == "off":
        return _OFF_PLACE.search(text, before, at) is None
    if slot == "to":
        return _TO_NOT_PLACE.search(text, before, at) is not None
    if slot == "for":
        return _FOR_MOVE.search(text, before, at) is None
    if slot == "of":
        return _LOWER_BEFORE.search(text, before, at) is None
    return False


# A journey's start or end: "flights to Darwin", "ships arriving from Sur", "fled to Nice", "trucks bound for Mobile".
# People and goods travel from place to place, so a name written here is a place's even where the stoplist keeps it
# from the automaton as a common word or a surname. Words that also send things to people and bodies are left out
# ("sent to Congress", "links to Jackson", "returned to Lincoln", "moved to Sunday"); "for" only after a departure.
_TRAVEL_SLOT = re.compile(
    r"(?<![\w'\u2019-])(?i:(?:flights?|flew|fly|flies|flying|flown|airlifted|ships?|vessels?|tankers?|boats?|"
    r"ferry|ferries|trains?|buses|trucks|lorries|convoys?|shipments?|cargoes|exports|imports|passengers|tourists|"
    r"travell?ers|migrants|refugees|evacuees|arriv(?:e|es|ed|ing|als?)|depart(?:s|ed|ing|ures?)?|sail(?:s|ed|ing)?|"
    r"travell?(?:s|ed|ing)?|evacuated|deported|fled|flee|flees|fleeing|drove|driving|journey|trip|voyages?)"
    r"(?:[ \t]+(?:back|home|out|on|direct|directly|daily|weekly|north|south|east|west|onward))?"
    r"[ \t]+(?:to|from|into)|(?:bound|head(?:s|ed|ing)?|leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|"
    r"sail(?:s|ed|ing)?)[ \t]+for)[ \t]+$")
# (the slot is read back from its preposition: a scan of the whole text for the travel words costs more)
_TRAVEL_PREPOSITION = re.compile(rf"(?<![\w'\u2019-])(?:[Tt]o|[Ff]rom|[Ii]nto|[Ff]or|TO|FROM|INTO|FOR)[ \t]+"
                                 rf"(?=[{_UPPER}])")
TRAVEL_SLOT_CHARS = 40
_TRAVEL_NAME = re.compile(rf"[{_UPPER}][\w'\u2019-]*(?:[ \t]+[{_UPPER}][\w'\u2019-]*){{0,2}}")
_TRAVEL_LIST_GAP = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
# (a route's list is short: "flights to Darwin, Broome and Bali")
TRAVEL_LIST_MAX = 6


def travel_mentions(text: str, found: Sequence[Mention], names: frozenset[str]) -> list[Mention]:
    """Names of `names` (stoplisted common words and surnames) written at a journey's start or end (see
    `_TRAVEL_SLOT`), or listed right after such a name or place ("flights to Bali and Darwin"): the caller keeps
    those the gazetteer holds as a town of the story's countries. The whole capitalised run must be the name
    ("to Darwin Harbour" is another place); months and days, and names the story gives a person ("Charles
    Darwin", "Nelson said"), are left out."""
    taken = [(f.start, f.end) for f in found]
    out: list[Mention] = []
    for prep in _TRAVEL_PREPOSITION.finditer(text):
        pos = prep.end()
        if _TRAVEL_SLOT.search(text, max(0, pos - TRAVEL_SLOT_CHARS), pos) is None:
            continue
        for _ in range(TRAVEL_LIST_MAX):
            m = _TRAVEL_NAME.match(text, pos)
            if m is None:
                break
            s, e = m.span()
            name = m.group(0)
            if (name in names and not is_calendar_word(name) and not _overlaps(s, e, taken)
                    and not _named_as_person(text, name)):
                out.append(Mention(s, e, name, "travel"))
                taken.append((s, e))
            gap = _TRAVEL_LIST_GAP.match(text, e)
            if gap is None:
                break
            pos = gap.end()
    return out


# A name that opens a sentence before a verb that only places do ("Napier will host the first test", "Bregenz stages
# opera", "Maungdaw fell to the rebels", "X lies on the coast"): only a candidate, like a weak slot's ("is", "has",
# "will" alone govern people and pets as often: "Levi is his service dog").
_OPENING_NAME = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"\u201d][ \t])|(?<=\n))"
                           rf"([{_UPPER}][a-z\u00e0-\u024f'\u2019-]+(?:[ \t]+[{_UPPER}][a-z\u00e0-\u024f'\u2019-]+)?)"
                           r"(?=[ \t]+(?:(?:will|would|is[ \t]+to|was[ \t]+to)[ \t]+(?:host|stage)|hosts|hosted|stages|"
                           r"staged|lies|lay|sits|borders|straddles|fell[ \t]+to|is[ \t]+home[ \t]+to|"
                           r"(?:is|was)[ \t]+the[ \t]+(?:capital|seat|gateway|hub|birthplace)\b)(?:[ \t]+[a-z]|[,.]))")


# A name placed in an area by the words after it: "Floods also hit Letur in the province of Albacete".
_AREA_OF_AFTER = re.compile(r"[ \t]+in[ \t]+the[ \t]+(?:province|region|state|district|department|county|"
                            r"municipality|governorate|prefecture)[ \t]+of[ \t]+[A-Z]")


def weak_candidates(text: str, found: Sequence[Mention], anchor: Callable[[Mention], bool]) -> list[Mention]:
    """Names in a weaker place slot (see `_WEAK_SLOT`) that no rule took, and names listed right after or before one
    of them or an `anchor` place ("past Makarska to Dubrovnik", "Szczecin and Świnoujście"): candidates the caller
    keeps on the story's evidence. A name before another capitalised word or a possessive belongs to a longer name;
    a name in capitals is an acronym ("the CIRE")."""
    taken = [(f.start, f.end) for f in found]
    out: list[Mention] = []
    for m in _WEAK_SLOT.finditer(text):
        s, e = m.span(1)
        while e > s and text[e - 1] in ".'\u2019":
            e -= 1
        if e - s < 3 or _overlaps(s, e, taken) or _NEXT_WORD.match(text, e, min(len(text), e + 40)) \
                or text[e:e + 2] in ("'s", "\u2019s") or text[s:e].isupper() \
                or _CALENDAR.fullmatch(text[s:e].split()[-1]) \
                or _weak_slot_refused(text, m.group(0).split()[0], m.start()) \
                or _PERSON_AFTER.match(text, e, min(len(text), e + 12)):
            continue
        out.append(Mention(s, e, text[s:e], "local-weak"))
        taken.append((s, e))
    openers = [m.span(1) for m in _OPENING_NAME.finditer(text)]
    for a in _AREA_OF_AFTER.finditer(text):
        back = _TYPED_BACK.search(text, max(0, a.start() - 40), a.start())
        if back is not None and back.group(1).split()[0] not in _TYPED_LEAD:
            openers.append(back.span(1))
    for s, e in openers:
        if not (_overlaps(s, e, taken) or _CALENDAR.fullmatch(text[s:e].split()[-1])
                or text[s:e] in _FUNCTION_WORDS or text[s:e] in _CLAUSE_OPENERS):
            out.append(Mention(s, e, text[s:e], "local-weak"))
            taken.append((s, e))
    # (a list of people holds first names that are also small towns: "Helen, Clarence, Irene, Marie and Randy")
    for cand, _ in list_items(text, [*[f for f in found if anchor(f)], *out]):
        if not (cand.text.isupper() or _overlaps(cand.start, cand.end, taken)
                or _PERSON_AFTER.match(text, cand.end, min(len(text), cand.end + 12))):
            out.append(Mention(cand.start, cand.end, cand.text, "local-weak"))
            taken.append((cand.start, cand.end))
    return out


# A capitalised name closed by a word that makes it a local place: a street, a square, a lagoon ("Royal
# Street", "Washington Square", "Glenrock Lagoon", "the Dawson Creek bridge"). Kept to types that both
# dev corpora annotate as places; buildings that act as institutions (University, Hospital, Center,
# School) name an organisation at least as often and are left out (see docs/geo.md).
FACILITY_TYPES = ("Street", "Avenue", "Road", "Lane", "Drive", "Boulevard", "Square", "Lagoon", "Canal", "Bay",
                  "Island", "Tower", "Stadium", "Mall", "Prison", "Palace", "street", "bridge", "hospital")
# Natural features the gazetteer often lacks ("the Noto Peninsula", "the Litani River", "the High Atlas
# mountains"): typed like facilities, but only where no known name lies inside ("the Yucatan Peninsula" reads
# Yucatan, "the Danube Delta" the Danube) and no capitalised word follows ("the Inter-State River Water Disputes
# Act"). Kept out of `FACILITY_TYPES`: GeoVirus does not annotate rivers, so each one costs its precision.
# Wire copy names small features and sites with a lower-case type word after them ("the Sinos river", "Pulicat
# lake", "the Rajouri sector", "the Tavan Tolgoi mine", "Bidi Bidi settlement", "the Khorgos dry port"): a name the
# gazetteer lacks before one of these is typed the same careful way as a natural feature (seated only at a city its
# own sentence names, close by: `GeoParser._unseated_features`), never at a story's far-off focus.
# ("the Sambisa forest", "the Boni forest in Lamu county", "the Rugu forest": the bandits' and jihadists' hideouts of
# conflict news, rarely in a gazetteer)
LOWER_FEATURE_TYPES = ("river", "lake", "valley", "hills", "ravine", "basin", "fjord", "island", "islands", "mine",
                       "settlement", "sector", "border post", "border crossing", "dry port", "national park",
                       "game reserve", "oilfield", "gas field", "forest", "jungle")
NATURAL_TYPES = ("River", "Peninsula", "Mountains", "Desert", "Delta", "Plateau", "mountains", "peninsula",
                 *LOWER_FEATURE_TYPES)
_ADJECTIVE_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|ern|ayan)")
_COUNT_WORDS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
                          "Twelve", "Dozens", "Hundreds", "Thousands", "Several", "Many", "Some", "Both", "All", "Few",
                          "Other", "Smaller", "Larger", "Big", "Small", "Main", "Outer", "Inner", "Upper", "Lower"})
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;][\"\u201d\u2019')]?[ \t]+|\n[ \t]*)$")


def _not_a_site(text: str, start: int, words: Sequence[str], known: Callable[[str], bool]) -> bool:
    """The capitalised words before a lower-case feature word name no site the gazetteer lacks: an acronym or an
    adjective ("the SME sector", "the Brazilian river"), a count ("Nine islands"), a lone word opening a sentence
    ("Book island ferries early"), or a name the gazetteer holds."""
    return (any(w.isupper() for w in words) or words[0] in _COUNT_WORDS
            or (len(words) == 1 and (_ADJECTIVE_WORD.fullmatch(words[0]) is not None
                                     or _SENTENCE_OPEN.search(text, max(0, start - 4), start) is not None))
            or known(" ".join(words)))


_FACILITY_AFTER = re.compile(r"[ \t]+(" + "|".join(FACILITY_TYPES + NATURAL_TYPES) + r")\b(?![\w'\u2019-])")
# "Madrid's Plaza de Colon", "the Place de la Republique", "Piazza San Marco": squares and streets named with the
# type word first, as in Spanish, French, Italian and Portuguese; the town read from the name ("Colon", Honduras)
# is no place of the story.
# (and "the Stade de France in Saint-Denis", "the Palais des Nations in Geneva": venues, stations and bridges, only
# with the town that holds them written next, as the name's own place may be far: "the Stade de France" alone)
_VENUE_FIRST = ("Stade", "Estadio", "Estádio", "Stadio", "Gare", "Pont", "Parc", "Palais")
_FACILITY_BEFORE = re.compile(r"(?<![\w'\u2019-])(Plaza|Place|Piazza|Pra[cç]a|Avenida|Calle|Rue|Paseo|"
                              + "|".join(_VENUE_FIRST) + ")"
                              r"(?:[ \t]+(?:de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las|della|dei|da|do|dos|das|des|du|"
                              r"de[ \t]+l['\u2019]))?[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?")
# Natural features named with the type word first ("Mount Fuji", "Lake P\u00e1tzcuaro", "Lac Beauvert", "the Col du
# Galibier", "the Cape of Good Hope", "Salar de Atacama"): typed like `NATURAL_TYPES` when the gazetteer lacks them;
# a reading of the type word alone ("Lac", Chad's region) is no place of the story.
NATURAL_FIRST = ("Mount", "Mt.", "Mont", "Monte", "Lake", "Lac", "Lago", "Col", "Cape", "Cabo", "Salar", "Cerro",
                 "Isla", "Pic", "River")  # ("the River Severn": British usage puts the type word first)
_NATURAL_BEFORE = re.compile(r"(?<![\w'\u2019.-])(" + "|".join(re.escape(w) for w in NATURAL_FIRST) + r")"
                             r"(?:[ \t]+(?:de|del|de[ \t]+la|du|des|di|da|do|of))?"
                             r"[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?")
# ... and bodies of water named "<head> of <name>" ("the Gulf of Uraba", "the Bay of Fires"): without "of" these
# heads start other names too ("Gulf Cooperation Council", "Bay Area"), so only with it.
_WATER_OF = re.compile(r"(?<![\w'\u2019.-])(Gulf|Bay|Bight|Golfo|Bah[ií]a|Baie|Sea|Strait|Straits)"
                       r"[ \t]+(?:of|de|del|de[ \t]+la|du|des)[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]*"
                       r"(?:[ \t]+[A-Z][\w'\u2019-]*)?")
# A generic head read alone where "of" and a name follow it: no place of its own ("the Bay of Fires" is no "Bay")
_HEAD_WORDS = frozenset({"Gulf", "Bay", "Bight", "Sea", "Strait", "Straits", "Lake", "Cape", "Mount", "Isle", "Port",
                         "Golfo", "Baie", "Lac", "Col"})
_OF_NAME = re.compile(r"[ \t]+(?:of|de|del|du|des)[ \t]+(?:the[ \t]+)?[A-Z]")


def generic_head_of(text: str, m: Mention) -> bool:
    """`m` is only the head of a longer name: "Bay" in "the Bay of Fires", "Gulf" in "the Gulf of Uraba"."""
    return m.text in _HEAD_WORDS and _OF_NAME.match(text, m.end, min(len(text), m.end + 12)) is not None


# Words that end a natural feature's name where spaCy labels it whole ("the Naf River", "the Kerkennah Islands").
_NATURAL_TAIL = frozenset({*NATURAL_TYPES, "Lake", "Glacier", "Fjord", "Islands", "Sea", "Strait", "Gulf"})


def natural_name(name: str) -> bool:
    """A river, range, lake, cape... by its type word: last ("Litani River") or first ("Mount Fuji")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    # ("River Avenue" is a street named after a river)
    return bool(words) and (
        words[-1] in _NATURAL_TAIL or any(name.endswith(" " + t) for t in LOWER_FEATURE_TYPES)
        or (words[0] in NATURAL_FIRST and not (words[0] == "River" and words[-1] in FACILITY_TYPES)))


_VENUE_HOST = re.compile(r",?[ \t]+in[ \t]+(?:the[ \t]+)?|,[ \t]*")
# "Seoul's Jamsil Stadium": the owner before a possessive is not part of the name.
_OWNER = re.compile(r".*['\u2019]s[ \t]+")
# Found mentions a local place's name may swallow: the automaton's readings of a part of it ("Glenrock"
# in "Glenrock Lagoon") and spaCy's FAC spans; spaCy's other spans and the dateline stand.
_SWALLOWED = frozenset({"gaz", "repeat", "typed"})


def unknown_ner(text: str, m: Mention, known: Callable[[str], bool]) -> bool:
    """spaCy's place label on a name the gazetteer lacks ("Pulicat" in "Pulicat lake", "the River Severn"): the
    words around it say what it is, as they do without spaCy."""
    the = _THE.match(m.text)
    return m.source == "ner" and m.label in ("GPE", "LOC") and not known(m.text[the.end():] if the else m.text)


def _ner_within(text: str, m: Mention, s: int, e: int) -> bool:
    """`m` lies inside `s`..`e`, a leading "the" before `s` aside."""
    return m.end <= e and (m.start >= s or _THE.fullmatch(text, m.start, s) is not None)


def facility_mentions(text: str, found: Sequence[Mention], skip: Callable[[str], bool],
                      known: Callable[[str], bool] = lambda name: False) -> tuple[list[Mention], list[Mention]]:
    """Local places typed by the word that closes their name (see `FACILITY_TYPES`), and the found
    mentions they swallow. The name runs from one to three capitalised words before the type word;
    `skip` rejects names that are something else (a demonym: "British hospital"); before a lower-case feature word
    (`LOWER_FEATURE_TYPES`) a name the gazetteer `known` holds is left to the rules that weigh its readings
    ("Kupiansk on the Oskil river")."""
    out: list[Mention] = []
    gone: list[Mention] = []
    for t in _FACILITY_AFTER.finditer(text):
        back = _TYPED_BACK.search(text, max(0, t.start() - 60), t.start())
        if not back:
            continue
        s, e = back.start(1), t.end()
        own = _OWNER.match(text, s, t.start())
        if own:
            s = own.end()
        words = text[s:t.start()].split()
        while words and words[0] in _TYPED_LEAD:
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else t.start()
            words = words[1:]
        # ("the SME sector", "the Brazilian river": an acronym or an adjective before a lower-case type word names
        # a kind of thing, not a site)
        lower_type = t.group(1) in LOWER_FEATURE_TYPES
        if (not words or _CALENDAR.fullmatch(words[-1]) or skip(text[s:t.start()])
                or (lower_type and _not_a_site(text, s, words, known))
                or any(o.start < e and s < o.end for o in out) or _quoted_title(text, s, e)):
            continue
        inside = [m for m in found if m.start < e and s < m.end]
        # (spaCy's label on a part the gazetteer lacks, "Pulicat" in "Pulicat lake", is swallowed like a FAC span by
        # a natural feature; before a facility word spaCy's places stand: "Paris Road")
        lacking = [m for m in inside if t.group(1) in NATURAL_TYPES and unknown_ner(text, m, known)
                   and _ner_within(text, m, s, e)]
        if t.group(1) in NATURAL_TYPES and (len(lacking) < len(inside)
                                            or _NEXT_WORD.match(text, e, min(len(text), e + 40))):
            continue
        # "Officials in Montego Bay": a name the automaton matched whole, type word and all, is a place the
        # gazetteer knows, not a local place to seat in the nearest city.
        if any((m.start, m.end) == (s, e) and m.source == "gaz" for m in inside):
            continue
        if any(m not in lacking and (m.start < s or m.end > e or (m.source not in _SWALLOWED and m.label != "FAC"
                                                                 and (m.start, m.end) != (s, e))) for m in inside):
            continue
        out.append(Mention(s, e, text[s:e], "facility"))
        gone.extend(inside)
    for t in _FACILITY_BEFORE.finditer(text):
        s, e = t.span()
        inside = [m for m in found if m.start < e and s < m.end]
        host = _VENUE_HOST.match(text, e, min(len(text), e + 12))
        if t.group(1) in _VENUE_FIRST and (host is None or not any(m.start == host.end() for m in found)):
            continue
        if any(o.start < e and s < o.end for o in out) or any(
                m.start < s or m.end > e or (m.source not in _SWALLOWED and m.label != "FAC") for m in inside):
            continue
        out.append(Mention(s, e, text[s:e], "facility"))
        gone.extend(inside)
    for t in [*_NATURAL_BEFORE.finditer(text), *_WATER_OF.finditer(text)]:
        s, e = t.span()
        words = text[t.end(1):e].split()
        inside = [m for m in found if m.start < e and s < m.end]
        head = [m for m in inside if (m.start, m.end) == t.span(1)
                or (unknown_ner(text, m, known) and _ner_within(text, m, s, e))]
        if (any(w in _INSTITUTION or w in FACILITY_TYPES or _CALENDAR.fullmatch(w) for w in words)
                or _NEXT_WORD.match(text, e, min(len(text), e + 40)) or skip(words[-1])
                or any(o.start < e and s < o.end for o in out)
                # a name the gazetteer knows whole, or a known name inside ("Lake Victoria", "Mount Sinai")
                or any(m not in head for m in inside)):
            continue
        out.append(Mention(s, e, text[s:e], "facility"))
        gone.extend(head)
    return out, gone


# "at the corner of State and Hubbard streets", "down Bourbon and Dauphine streets": two streets named by one plural
# type word are two local places, each read like "Royal Street" (a facility seated in the story's town)
_STREET_PAIR = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)[ \t]+and[ \t]+"
                          r"([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)[ \t]+(?:streets|avenues|roads|"
                          r"boulevards|Streets|Avenues|Roads)\b")


def street_pair_mentions(text: str, found: Sequence[Mention], skip: Callable[[str], bool],
                         big: Callable[[str], bool] = lambda name: False) -> tuple[list[Mention], list[Mention]]:
    """The two streets of "X and Y streets" as local places (source "facility"), and the found mentions they
    swallow; a pair with a name `skip` rejects (a demonym), a calendar word, a big place's name (`big`: "the Kaduna
    and Abuja roads" are the roads to those cities) or a name running on past the pair is left alone."""
    out: list[Mention] = []
    gone: list[Mention] = []
    for t in _STREET_PAIR.finditer(text):
        names = [t.span(1), t.span(2)]
        if any(skip(text[s:e]) or big(text[s:e]) or _CALENDAR.fullmatch(text[s:e].split()[-1]) for s, e in names):
            continue
        inside = [m for m in found if any(m.start < e and s < m.end for s, e in names)]
        if any(m.start < t.start(1) or m.end > t.end(2) for m in inside):
            continue
        out.extend(Mention(s, e, text[s:e], "facility") for s, e in names)
        gone.extend(inside)
    return out, gone


# A person's title right before a name: "Senator Marco Rubio" is no town of Collier County.
_TITLE_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|President|Minister|King|"
                           r"Queen|Prince|Lord|Sir|Judge|Justice|Pope|Senator|Congressman|Congresswoman|"
                           r"Representative|Governor|Mayor|Sheriff|Coach|Officer|Detective|Deputy|Chief)\.?"
                           r"[ \t]+(?:[A-Z]\.[ \t]+)?)$")


def small_town_matches(text: str, found: Sequence[Mention], automaton: NameAutomaton, stop: frozenset[str]
                       ) -> list[Mention]:
    """Small-town names (automaton strength 1) that no rule took and that no title marks as a person's name:
    candidates the caller keeps only when the text places them in an area that holds them (see
    `GeoParser._add_area_towns`)."""
    taken = [(m.start, m.end) for m in found]
    return [Mention(s, e, text[s:e], "area") for s, e, st in automaton.matches(text, 0, len(text))
            if st == 1 and text[s:e] not in stop and not _overlaps(s, e, taken) and looks_like_name(text[s:e])
            and not _TITLE_BEFORE.search(text, max(0, s - 40), s) and not _money(text, s, e)
            and not _inside_longer_name(text, s, e)]


# A name joined by a hyphen to a lower-case word or to another place: "Goleta-foothills-to-Carpinteria-coast views",
# "MLA for Nelson-Creston" (the automaton takes whole words only; `_word_bounded` refuses a name after a hyphen).
_AFTER_HYPHEN = re.compile(r"-([A-Z][a-z\u00c0-\u024f]+(?:[ \t][A-Z][a-z\u00c0-\u024f]+)?)(?![\w'\u2019])")
_BEFORE_LOWER_HYPHEN = re.compile(r"-[a-z]")
_NAME_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z\u00c0-\u024f]+)$")
_LOWER_BEFORE_HYPHEN = re.compile(r"(?<![A-Za-z])([a-z]+)-$")
# "from Irwindale based Ready Pac", "the Texas based company": "based" written without its hyphen still makes the name
# before it a firm's home ("Setton Farms based in California" names the firm, not a home, so "based in" is left out)
_SPACED_BASED = re.compile(r"[ \t]based[ \t]+(?=[A-Z]|(?:company|firm|group|maker|producer|retailer|supplier|"
                           r"distributor|chain|bank|lender|insurer|carrier|airline|startup|charity)\b)")
# "pro-Clinton groups", "anti-Warren ads", "ex-Chelsea striker": a stance or time prefix makes an adjective of a
# person's, a party's or a club's name, no place of a compound.
_STANCE_PREFIXES = frozenset({"pro", "anti", "ex", "post", "pre", "non", "neo", "pan", "mid", "un", "counter", "re"})


def hyphened_candidates(text: str, found: Sequence[Mention], places: Sequence[Mention]) -> list[Mention]:
    """Names joined by a hyphen (see `_AFTER_HYPHEN`, `_NAME_BEFORE`) to a lower-case word or to a place (one of
    `places`, the found mentions that have a reading), or written before a spaced "based" (`_SPACED_BASED`), that no
    rule took: candidates the caller keeps only when the gazetteer has a town of that name in an area the story's
    places are in ("Anglo-Saxon", "Rolls-Royce" name no town there; "Ebola-Reston" follows a virus's name, no
    place)."""
    taken = [(f.start, f.end) for f in found]
    ends = {f.end for f in places}
    starts = {f.start for f in places}
    out: list[Mention] = []
    spans = [(m.start(1), m.end(1), True) for m in _AFTER_HYPHEN.finditer(text)]
    spans += [(b.start(1), b.end(1), False) for h in _BEFORE_LOWER_HYPHEN.finditer(text)
              if (b := _NAME_BEFORE.search(text, max(0, h.start() - 40), h.start())) is not None]
    spans += [(b.start(1), b.end(1), False) for h in _SPACED_BASED.finditer(text)
              if (b := _NAME_BEFORE.search(text, max(0, h.start() - 40), h.start())) is not None]
    for s, e, after in sorted(spans):
        if _overlaps(s, e, taken) or _COMBINING_FORM.search(text, max(0, s - 12), s):
            continue
        # the other side of the hyphen: a lower-case word ("-foothills", "to-") or a found place ("Nelson-")
        if after and not (((w := _LOWER_BEFORE_HYPHEN.search(text, max(0, s - 30), s)) is not None
                           and w.group(1) not in _STANCE_PREFIXES) or (s - 1) in ends):
            continue
        if not after and e + 1 in starts:
            continue  # "Nelson-Creston": the found first name stands
        out.append(Mention(s, e, text[s:e], "hyphen"))
        taken.append((s, e))
    return out


# A dateline inside the text, after a headline or a caption: a place's name in capitals opening a sentence or a
# line, before a dash ("...TIGER Grant Event. IMMOKALEE – Congressman ...", "ALLENDALE, N.J. -- Mothers").
_INNER_DATELINE = re.compile(r"(?:[.!?][ \t]|\n)([A-Z][A-Z.'\u2019-]+(?:[ \t][A-Z][A-Z.'\u2019-]+){0,2})"
                            r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?[ \t]*(?:\([^)\n]{1,25}\)[ \t]*)?"
                            r"(?:--|\u2014|\u2013)")


def inner_datelines(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Names in capitals at a dateline's place (see `_INNER_DATELINE`) that no rule took, with the name as written;
    the caller keeps those the gazetteer knows in title case ("IMMOKALEE": the automaton holds small towns' names
    in capitals only for strong names)."""
    if "--" not in text and "\u2014" not in text and "\u2013" not in text:
        return []
    taken = [(f.start, f.end) for f in found]
    # (the separator before the name is matched, not looked behind at: a leading character set is scanned fast;
    # the story's first line is the dateline finder's)
    # ("POLICE –", "COURT –", "METRO –": a section label that is also a town abroad; the story writes the word in
    # lower case somewhere)
    return [Mention(m.start(1), m.end(1), m.group(1), "dateline") for m in _INNER_DATELINE.finditer(text)
            if len(m.group(1)) > 3 and not _overlaps(m.start(1), m.end(1), taken)
            and not _in_lower_case(text, m.group(1))]


# An item of a list of places: "Bondo, Kisii, Wajir, Naivasha, Nakuru and Bunyala are among the worst affected".
_ITEM_AFTER = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)([" + _UPPER + r"][a-z\u00c0-\u024f'\u2019-]+"
                         r"(?:[ \t][A-Z][a-z\u00c0-\u024f'\u2019-]+)?)(?![\w'\u2019-])")
_ITEM_BEFORE = re.compile(r"(?<![\w'\u2019-])([" + _UPPER + r"][a-z\u00c0-\u024f'\u2019-]+"
                          r"(?:[ \t][A-Z][a-z\u00c0-\u024f'\u2019-]+)?)(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)$")


_SEPARATOR_AFTER = re.compile(r",|,?[ \t]+(?:and|or)[ \t]")
_SEPARATOR_BEFORE = re.compile(r"(?:,[ \t]*|[ \t](?:and|or)[ \t]+)$")


def list_items(text: str, found: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """Capitalised names listed right after or before a found mention (see `_ITEM_*`) that no rule took, with
    that neighbour: candidates the caller keeps when the list's places share a country that the gazetteer
    has the name in."""
    taken = [(f.start, f.end) for f in found]
    out: list[tuple[Mention, Mention]] = []
    for f in found:
        # (a cheap look at the separator first: most places stand in no list)
        after = _ITEM_AFTER.match(text, f.end, min(len(text), f.end + 40)) if _SEPARATOR_AFTER.match(
            text, f.end, min(len(text), f.end + 6)) else None
        before = _ITEM_BEFORE.search(text, max(0, f.start - 40), f.start) if _SEPARATOR_BEFORE.search(
            text, max(0, f.start - 6), f.start) else None
        for m in (after, before):
            if m is None or _overlaps(m.start(1), m.end(1), taken) or _NEXT_WORD.match(text, m.end(1), m.end(1) + 3):
                continue
            out.append((Mention(m.start(1), m.end(1), m.group(1), "listed"), f))
            taken.append(m.span(1))
    return out


# Capitalised words that may stand before a place's name without making it part of a longer name.
_FUNCTION_WORDS = frozenset({"The", "In", "At", "A", "An", "From", "To", "Of", "On", "For", "By", "And", "But", "Or",
                             "Near", "Outside", "Across", "Into", "Like", "Unlike", "Both", "Inside", "Around",
                             # prepositions that open a sentence before a place: "With Samos's economy in ruins",
                             # "Beyond Madinaty, ..."
                             "With", "Without", "Beyond", "Despite", "Throughout", "Within", "Towards", "Toward",
                             "Via"})
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)[ \t]+$")


def stands_alone(text: str, name: str, end: int) -> bool:
    """A name that never follows another capitalised word in the story ("Stephon Clark", "Old Town Manassas")
    and is not followed by one here ("Aston Villa", "Barnet General Hospital"): no part of a person's or an
    organisation's name."""
    if _NEXT_WORD.match(text, end, min(len(text), end + 3)):
        return False
    pos = text.find(name)
    while pos >= 0:
        before = _CAPITAL_BEFORE.search(text, max(0, pos - 30), pos)
        if before is not None and before.group(1) not in _FUNCTION_WORDS and _word_bounded(text, pos, pos + len(name)):
            return False
        pos = text.find(name, pos + len(name))
    return True


# A strong place slot: "in Earlsheaton", "near Dunshaughlin", "outside Khayelitsha", "moved back to Portroe".
# ("at", "to" and "from" also govern firms, people and causes: "at Google", "according to", "died from")
_SLOT_WORD = r"[A-Z][a-z\u00c0-\u024f'\u2019-]+"
_STRONG_SLOT = re.compile(r"\b(?:(in|near|outside|inside|into|(?:moved|moving|relocated|returned)(?:[ \t]+back)?"
                          r"[ \t]+to)|(at(?:[ \t]+the)?))"
                          rf"[ \t]+({_SLOT_WORD}(?:[ \t]+{_SLOT_WORD}){{0,2}})(?![\w'\u2019])")
# After "at", only with the place it is in written next: "at the Palais des Nations in Geneva", "at
# Rathbeggan, near Dunshaughlin" ("at Google", "at Anfield" alone name firms and venues as often).
_HOST_GAP = re.compile(r"(?:,[ \t]*(?:(?:in|near)[ \t]+)?|[ \t]+(?:in|near)[ \t]+)(?:the[ \t]+)?")
# Word endings of English common nouns, not of place names: "Dignity in Dying", "a BA in Divinity".
_NOUN_ENDING = re.compile(r".*(?:ing|ity|ness|tion|sion|ment|ism|ics|ogy|ship)")
_NUMBER_WORDS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"})
# "in Modi's cabinet", "in Saturday's protests": a possessive before its noun is no place's name.
_POSSESSIVE_NOUN = re.compile(r"['\u2019]s[ \t]+(?!(?:and|or|in)\b)[a-z0-9]")
# A capitalised word before the preposition makes it part of a title: "Dignity in Dying", "Russia in Global
# Affairs" ("MC Market in Balintawak, Quezon City" keeps it: a place is written after it).
_TITLE_BEFORE_SLOT = re.compile(r"(?<![.!?][ \t])\b([A-Z][\w'\u2019-]*)[ \t]+$")
_HOST_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+in[ \t]+)[A-Z]")
# The words of a name that make it an institution, a firm or an event rather than a place.
_INSTITUTION = frozenset({"University", "College", "School", "Academy", "Institute", "Hospital", "Clinic",
                          "Centre", "Center", "Court", "Church", "Ministry", "Department", "Council", "Agency",
                          "Bank", "Company", "Corporation", "Group", "Club", "Party", "Forum", "Office",
                          "Foundation", "Association", "Commission", "Committee", "Parliament", "Congress",
                          "Senate", "Assembly", "Airlines", "Airways", "News", "Times", "Post", "Service",
                          "Services", "Trust", "Society", "League", "Cup", "Championship", "Games", "Festival",
                          "Conference", "Summit", "Awards", "Prize", "Museum", "Library", "Hotel", "Restaurant",
                          "Inc", "Ltd", "Corp", "Co", "Union", "Organization", "Organisation", "Network",
                          "Police", "Army", "Navy", "Force", "Forces", "Board", "Authority", "Fund", "Project",
                          "Program", "Programme", "Laboratory", "Laboratories", "Studios", "Records", "Press",
                          "Elementary", "High", "Observatory", "Zoo", "Prison", "Jail", "Embassy", "Consulate",
                          "Holdings", "Brothers", "Bros", "Partners", "Capital", "Industries", "Enterprises",
                          "Motors", "Energy", "Media", "Technologies", "Systems", "Solutions", "Pharmaceuticals",
                          "International", "Global", "Limited", "Incorporated", "Foods", "Airport"})
# "a pupil in Dunmore, Karsa said": the name after the comma is a speaker, so no host, and the name may be
# one of a list of people.
_COMMA_SPEAKER = re.compile(r",[ \t]*[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?[ \t]+(?:said|says|told|added)\b")
# Around another occurrence of the name, what makes it a person's or an organisation's name.
_PERSON_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|explained|wrote|argued|noted|who)\b")
_PERSON_BEFORE = re.compile(r"\b(?:said|says|told|according[ \t]+to)[ \t]+$")


# "near Interstate 40", "on Route 9": a name before a number is a road or a numbered thing, not a village.
_NUMBER_AFTER = re.compile(r"[ \t]+\d")


def slot_mentions(text: str, found: Sequence[Mention], known: Callable[[str], bool],
                  blocked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Capitalised names the gazetteer lacks (`known` is False) written in a strong place slot ("in
    Earlsheaton", "near Rathbeggan"): the village or neighbourhood a local story names. Kept out: months and
    seasons, codes, institutions ("in Parliament"), and names the story uses for a person or a common noun
    elsewhere ("Mr Gillen", "Gillen said", "in rehab"). The caller places them like typed names (the host
    written after them, else the area or city the sentence or story names). `blocked`: spans spaCy labelled
    as a person, an organisation... where it ran."""
    taken = [(m.start, m.end) for m in found] + list(blocked)
    out: list[Mention] = []
    plain: dict[str, bool] = {}
    starts = {f.start for f in found}
    for m in _STRONG_SLOT.finditer(text):
        s, e = m.span(3)
        name = m.group(3)
        if _overlaps(s, e, taken) or not _plain_slot(text, m.start(), e) or _NUMBER_AFTER.match(text, e):
            continue
        if m.group(2):
            gap = _HOST_GAP.match(text, e, min(len(text), e + 12))
            if gap is None or gap.end() not in starts:
                continue
        if name not in plain:
            plain[name] = _plain_name(text, name, known)
        if plain[name]:
            out.append(Mention(s, e, name, "slot"))
            taken.append((s, e))
    return out


# "closed U.S. 93 north of Eureka", "along U.S. Route 66": a numbered U.S. highway, not the country (a figure
# after the name is no route where it reads as an amount or a term: "the U.S. 10-year yield", "U.S. 25% tariffs",
# "U.S. 4x100 relay", "the U.S. 2 percent target").
_US_NAMES = frozenset({"U.S.", "US", "U.S"})
_ROUTE_AFTER = re.compile(r"[ \t]+(?:(?:Route|Highway|Hwy\.?)[ \t]+)?\d{1,3}[A-Z]?(?![\w%,-]|\.\d|[ \t]*(?:percent|"
                          r"per[ \t]cent|million|billion|trillion|bn|points?|basis|states|troops|soldiers|people|"
                          r"years|days|cities)\b)")


def route_number(text: str, m: Mention) -> bool:
    """`m` is "U.S." written as the prefix of a numbered highway ("U.S. 31", "U.S. Route 66")."""
    return m.text in _US_NAMES and _ROUTE_AFTER.match(text, m.end, min(len(text), m.end + 40)) is not None


# "District of Massachusetts, No. 18-cr-10083": "No." before a number is the word "number", never Nord's
# abbreviation; nor are the other numbering words ("Vol. 3", "Art. 5", "Fig. 2")
_NUMBERING = re.compile(r"(?:No|Nos|Nr|Vol|Art|Fig|Sec|Para)\.?")
_NUMBER_AFTER = re.compile(r"[ \t]*\d")


def numbering_word(text: str, m: Mention) -> bool:
    """`m` is a numbering word written before a number ("No. 18-cr-10083")."""
    return _NUMBERING.fullmatch(m.text) is not None and _NUMBER_AFTER.match(text, m.end) is not None


# "said Van Boxtel", "Van Hollen said", "Van der Sar": a surname's particle written capitalised before the surname
# is part of a person's name, not the town it spells alone (Van in Turkey, read alone "in Van"); a level or feature
# word after it keeps the place ("Van Province", "Lake Van" is found whole)
_SURNAME_PARTICLES = frozenset({"Van", "Von", "De", "Du", "Da", "Di", "Del", "Della", "Le", "La", "Mac", "Ter", "Ten"})
_SURNAME_AFTER = re.compile(r"[ \t]+(?:(?:der|den|de|la|van|von)[ \t]+)?(?!(?:Province|Region|District|County|City|"
                            r"Lake|Valley|Plain|Castle|Fortress|Airport|University|Police|Governor|Mayor|"
                            r"Municipality|Gölü)\b)[A-Z][a-z\u00e0-\u00ff'-]+\b")


def surname_particle(text: str, m: Mention) -> bool:
    """`m` is a surname particle written before a surname ("Van Hollen"), not a place."""
    return m.text in _SURNAME_PARTICLES and _SURNAME_AFTER.match(text, m.end) is not None


# A British or Irish road number after "the" ("a crash on the A120", "via the A436, A40 and A429"): a road is a
# place, placed like a typed name (the town written after it, else the story's area or city). Only where a
# road word is near: "the A4 paper", "the B52 bombers", "the M16 rifles", "the H5 and N1 subtypes" are not.
_ROAD_NUMBER = r"([AMNB][1-9]\d{0,3}(?:\([MT]\))?)(?![\w/-])"
_ROAD = re.compile(r"\b[Tt]he[ \t]+" + _ROAD_NUMBER)
_ROAD_NEXT = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or|to)[ \t]+(?:the[ \t]+)?)" + _ROAD_NUMBER)
_ROAD_WORDS = re.compile(r"(?i)\b(?:roads?|motorway|carriageway|junction|roundabout|traffic|crash|collision|"
                         r"diversion|closure|closed|northbound|southbound|eastbound|westbound|lorry|lorries|"
                         r"bypass|slip[ \t]road|lanes?|drivers?|motorists?)\b")
ROAD_CONTEXT_CHARS = 150


def road_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Road numbers (see `_ROAD`) with a road word within `ROAD_CONTEXT_CHARS` in the same paragraph, and the
    road numbers listed after them."""
    taken = [(f.start, f.end) for f in found]
    out: list[Mention] = []
    for m in _ROAD.finditer(text):
        s, e = m.span(1)
        lo, hi = max(0, s - ROAD_CONTEXT_CHARS), min(len(text), e + ROAD_CONTEXT_CHARS)
        lo = max(lo, text.rfind("\n", lo, s) + 1)
        nl = text.find("\n", e, hi)
        if not _ROAD_WORDS.search(text, lo, nl if nl >= 0 else hi):
            continue
        spans = [(s, e)]
        nxt = _ROAD_NEXT.match(text, e)
        while nxt is not None and len(spans) < 10:
            spans.append(nxt.span(1))
            nxt = _ROAD_NEXT.match(text, nxt.end(1))
        for rs, re_ in spans:
            if not _overlaps(rs, re_, taken):
                out.append(Mention(rs, re_, text[rs:re_], "road"))
                taken.append((rs, re_))
    return out


# "Plateau state", "Rivers State", "Delta State": a word the stoplist keeps out alone ("plateau", "delta") names
# a first-level area when "state"/"province" (or "department" in lower case: Haiti's "Centre department"; "State
# Department" is a ministry) follows it (the caller checks that the gazetteer has such an area).
# Not before "of" ("the Eastern province of Prince Edward Island" describes the area named after it), and not a
# lone compass word ("Eastern", "Central" province: an area of many countries, and often a description).
_LEVELLED = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)"
                       r"(?=[ \t]+(?:[Ss]tate|[Pp]rovince|department|[Rr]egion)\b(?![ \t]+of\b))")
_COMPASS_WORD = re.compile(r"(?:North|South|East|West|Central|Middle|Upper|Lower)(?:ern)?")


def levelled_mentions(text: str, found: Sequence[Mention], is_area: Callable[[str], bool]) -> list[Mention]:
    """Names written with their level word ("in Plateau state", "the Somali region": a demonym the automaton
    leaves out) that recognition left out, when `is_area` says the gazetteer has a first-level area named so."""
    taken = [(f.start, f.end) for f in found]
    out: list[Mention] = []
    for m in _LEVELLED.finditer(text):
        s, e = m.span(1)
        if " " in m.group(1).replace("\t", " ") and not is_area(m.group(1)):
            s = e - len(m.group(1).split()[-1])  # "In Plateau state": the word before may open the sentence
        if not _overlaps(s, e, taken) and not _COMPASS_WORD.fullmatch(text[s:e]) and is_area(text[s:e]):
            out.append(Mention(s, e, text[s:e], "levelled"))
    return out


# A bare capitalised abbreviation ("in post-apartheid SA", "Wastewater in WA is"): the caller reads it by the
# story's countries. Not inside an organisation's name ("the WA Department of Agriculture", "Racing NSW",
# "FrontCounter BC"), a bracket ("(AP)") or an all-caps headline ("SA WINS").
# (a full stop may end the sentence after it: "in post-apartheid SA. This is")
_ABBREV = re.compile(r"(?<![\w.&/'\u2019-])([A-Z]{2,3})(?![\w&/'\u2019-]|\.\S)")


def abbreviation_candidates(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Abbreviations that stand alone (see `_ABBREV`): no capitalised word right after, and before only a
    sentence's first word ("That SA holds")."""
    taken = [(f.start, f.end) for f in found]
    out: list[Mention] = []
    for m in _ABBREV.finditer(text):
        s, e = m.span(1)
        if _overlaps(s, e, taken) or text[s - 1:s] == "(" or text[e:e + 1] == ")":
            continue
        if _NEXT_WORD.match(text, e, min(len(text), e + 40)):
            continue
        prev = _CAPITAL_BEFORE.search(text, max(0, s - 30), s)
        if prev is not None and (prev.group(1).isupper() or not _opens_sentence(text, prev.start(1))):
            continue
        out.append(Mention(s, e, m.group(1), "abbrev"))
    return out


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'\u201c\u2018")
    return before == "" or before[-1] in ".!?\n"


# "Oulton Park, Cheshire." / "Knockhill, Fife;": the area after the comma closes the phrase ("Mike Rogers,
# Michigan Republican" is a person described).
_HEAD_COMMA = re.compile(r",[ \t]*")
_PHRASE_END = re.compile(r"[ \t]*(?:[.,;:)!?\n]|$)")


def headed_name(text: str, head: Mention, found: Sequence[Mention], known: Callable[[str], bool]) -> bool:
    """A name the gazetteer lacks, written before ", <found place>" that closes its phrase ("Oulton Park,
    Cheshire."): the caller keeps it when that place is an admin area. Kept out as for slot names: dates,
    institutions, common nouns, names the story uses for a person."""
    comma = _HEAD_COMMA.match(text, head.end)
    if comma is None:
        return False
    area = next((f for f in found if f.start == comma.end()), None)
    return (area is not None and _PHRASE_END.match(text, area.end, min(len(text), area.end + 2)) is not None
            and _plain_name(text, head.text, known))


def _plain_slot(text: str, slot_start: int, end: int) -> bool:
    """Nothing around this occurrence makes the name part of something else: a possessive before its noun
    ("in Modi's cabinet"), a longer capitalised name or a hyphenated word, a speaker after a comma, a title
    the preposition belongs to ("Dignity in Dying")."""
    if (_POSSESSIVE_NOUN.match(text, end - 2, min(len(text), end + 3))
            or _NEXT_WORD.match(text, end, min(len(text), end + 3)) or text[end:end + 1] == "-"
            or _COMMA_SPEAKER.match(text, end, min(len(text), end + 50))):
        return False
    prev = _TITLE_BEFORE_SLOT.search(text, max(0, slot_start - 30), slot_start)
    return (prev is None or prev.group(1) in _FUNCTION_WORDS or prev.group(1).isupper()
            or _HOST_AFTER.match(text, end, min(len(text), end + 6)) is not None)


def _plain_name(text: str, name: str, known: Callable[[str], bool]) -> bool:
    """No word of the name makes it a date, an institution, a number or a common noun, the gazetteer lacks
    it, and the story never uses it for a person or in lower case."""
    words = name.split()
    return not (any(is_calendar_word(w) or w in _INSTITUTION or w in _NUMBER_WORDS or _NOUN_ENDING.fullmatch(w)
                    for w in words) or words[0] in _FUNCTION_WORDS or known(name) or _used_otherwise(text, name))


def _used_otherwise(text: str, name: str) -> bool:
    """The story writes the name as a person's or as a common noun somewhere: "Gillen said", "said Gillen",
    "Mr Gillen", "Aidan Gillen", "rehab"."""
    return _in_lower_case(text, name) or _named_as_person(text, name)


def _named_as_person(text: str, name: str) -> bool:
    """The story writes the name as a person's somewhere: "Gillen said", "said Gillen", "Mr Gillen", "Aidan
    Gillen"."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        s, e = m.span()
        if (_PERSON_AFTER.match(text, e, min(len(text), e + 12)) or _PERSON_BEFORE.search(text, max(0, s - 16), s)
                or _HONORIFIC.search(text, max(0, s - 14), s) or _TITLE_BEFORE.search(text, max(0, s - 30), s)):
            return True
        prev = _CAPITAL_BEFORE.search(text, max(0, s - 30), s)
        if prev is not None and prev.group(1) not in _FUNCTION_WORDS and not _POSSESSIVE.search(prev.group(1)):
            return True
    return False


def person_or_firm(text: str, name: str) -> bool:
    """The story writes the name as a person's, a firm's or a common noun somewhere (see `_used_otherwise`), or
    before another capitalised word ("Sophia Petrova", "Mekka Holdings")."""
    if _used_otherwise(text, name):
        return True
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        nxt = _NEXT_WORD.match(text, m.end(), min(len(text), m.end() + 40))
        if nxt is not None and not _kept_tail(nxt.group(1)):
            return True
    return False


# "Nelson-Creston": the second of two capitalised names joined by a hyphen (`_word_bounded` takes the first).
_HYPHEN_PARTNER_BEFORE = re.compile(r"[A-Z][a-z]+-$")


def confirmed_repeats(text: str, found: Sequence[Mention], names: Iterable[str]) -> list[Mention]:
    """Other occurrences of names the story confirmed as places in a place's slot ("in Nelson"; stoplisted or
    small-town names the automaton leaves alone elsewhere): "Nelson residents", "the Nelson office", "MLA for
    Nelson-Creston". One sense per story, unless the story also writes the name as a person's or a common
    noun, and never where a capitalised word follows ("Nelson Mandela")."""
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for name in sorted(set(names)):
        if _used_otherwise(text, name):
            continue
        # ("With Samos's economy in ruins": a possessive is still the place)
        for m in re.finditer(rf"(?<![\w'\u2019]){re.escape(name)}(?![\w]|['\u2019](?!s\b))", text):
            s, e = m.span()
            if _overlaps(s, e, taken) or not _bounded_or_paired(text, s, e):
                continue
            nxt = _NEXT_WORD.match(text, e, min(len(text), e + 40))
            if nxt is not None and (not _kept_tail(nxt.group(1)) or _inside_longer_name(text, s, e)):
                continue
            out.append(Mention(s, e, name, "confirmed"))
            taken.append((s, e))
    return out


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Capitalised words stand right before (no function word, inside its sentence) and after the name: the middle of
    a longer name ("a professor at Fort Hays State University" in a story from Hays; not "GM's Bowling Green, Kentucky
    facility")."""
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    return prev is not None and prev.group(1) not in _FUNCTION_WORDS and prev.group(1) not in _CLAUSE_OPENERS \
        and not _SENTENCE_OPEN.search(text, max(0, prev.start() - 4), prev.start()) \
        and _NEXT_WORD.match(text, end, min(len(text), end + 40)) is not None


def _bounded_or_paired(text: str, start: int, end: int) -> bool:
    """A whole word, or the second of two capitalised names joined by a hyphen ("Nelson-Creston")."""
    return _word_bounded(text, start, end) or (
        text[start - 1:start] == "-" and _HYPHEN_PARTNER_BEFORE.search(text, max(0, start - 30), start) is not None
        and _COMBINING_FORM.search(text, max(0, start - 12), start) is None
        and not (text[end:end + 1].isalnum() or text[end:end + 1] == "_"))
