"""People introduced earlier in the article ("Georgian Prime Minister Irakli Kobakhidze ... Kobakhidze said"):
`introduced_as` and the dated office holders behind `named_holder`."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from newsevents.coding.office_holders import Holder, load_holders
from newsevents.coding.actors.tables import ActorTables, _PRONOUNS, article_country_focus, load_tables
from newsevents.coding.actors.spans import _TITLE_HEADS
from newsevents.coding.actors.normalise import (_BODY_ANAPHORS, _NAME_PARTICLES, _ROLE_NOUNS, _TITLE_MODIFIERS,
                                                _CIVIC_GROUP_MODIFIERS, _ARMED_BODY_WORDS, _FORMER, _head_title)


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
    if re.sub(r"(?i)^the\s+", "", name).lower() in _BODY_ANAPHORS:
        return introduced_body(text, before, tb)
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
        sector_only = sector_only or found or _head_of_state_title(words[:k], text)
    return sector_only


def _head_of_state_title(words: list[str], text: str) -> tuple[str | None, str | None] | None:
    """(round R18) "... the resignation of President Dina Boluarte" in a Peruvian story, then "Boluarte has refused":
    a president or prime minister named with no country is the story's own (a foreign one the news names with
    the country, or the office-holder table knows)."""
    if not _head_title([w.lower() for w in words]):
        return None  # ("former President X" holds no office now)
    focus = article_country_focus(text)
    return (focus, "GOV") if focus is not None else None


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


# (round R12) "The group said ..." in a later sentence: the body the story named last before it. A name with the
# head of a civic body and one of its marks ("Human Rights Commission of Pakistan", "Transparency International
# Zambia", "Gift of the Givers"), a descriptor before or after a name ("rights group X", "X, a rights group"), a
# known organisation (organisations.tsv, parties.tsv) or an armed descriptor ("a militant group")
_CIVIC_HEADS = frozenset({"Commission", "Foundation", "Association", "Society", "Network", "Watch", "Institute",
                          "Centre", "Center", "Council", "Trust", "Fund", "Kendra", "Committee", "Cross", "Crescent",
                          "Forum", "Initiative", "International", "Givers", "Project", "Alliance", "Coalition"})
_CIVIC_MARKS = frozenset({"Human", "Rights", "Aid", "Relief", "Transparency", "Lawyers", "Refugee", "Refugees", "Red",
                          "Crescent", "Medical", "Peace", "Justice", "Election", "Electoral", "Freedom", "Amnesty",
                          "Humanitarian", "Civil", "Liberties", "Press", "Media", "Journalists", "Children", "Women",
                          "Givers", "Salish", "Democracy", "Corruption", "Legal", "Health", "Food", "Save", "Rescue"})
_BODY_LOOKBACK = 700  # characters: the last two or three sentences
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|the|o|de|in|on|without)\s+)*[A-Z][\w'’.-]*)*")
_DESCRIBED = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<kind>rights|aid|humanitarian|charity|advocacy|relief|"
                        r"watchdog|monitoring|militant|armed|rebel|jihadist|insurgent|extremist|separatist|criminal)"
                        r"\s+(?:group|organi[sz]ation|body|charity|agency|network|movement)\b|\b(?:charity|charities)\b")


@lru_cache(maxsize=1)
def _org_alias_re() -> re.Pattern[str]:
    keys = sorted((k for k in load_tables().orgs if len(k) >= 2), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")


# marks that make a name a civic body's without a head noun ("Lawyers for Human Rights", "Physicians for Human Rights")
_CIVIC_NAME_MARKS = frozenset({"Rights", "Liberties", "Amnesty", "Transparency", "Humanitarian"})


def _civic_name(name: str) -> bool:
    words = name.split()
    if len(words) >= 2 and any(w.strip("'’") in _CIVIC_NAME_MARKS for w in words):
        return True
    return len(words) >= 2 and (words[-1] in _CIVIC_HEADS or any(w in _CIVIC_HEADS for w in words[1:])) and \
        any(w.strip("'’") in _CIVIC_MARKS for w in words)


def _civic_code(name: str, tb: ActorTables) -> tuple[str | None, str | None]:
    """A civic body's (code, sector) as the actor tables give one: its country's civil society when its name
    names one ("Transparency International Zambia" ZMB SOC), else the code NGO."""
    words = _WORD.findall(name)
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            hit = tb.countries.get(" ".join(words[k:k + n]))
            if hit is not None:
                return hit[0], "SOC"
    return "NGO", None


def introduced_body(text: str, before: int, tables: ActorTables | None = None) -> tuple[str | None, str | None] | None:
    """(code, sector) of the body a later "the group" or "the organisation" stands for: the last body named in
    the sentences before offset `before`; None when none is named there."""
    tb = tables or load_tables()
    lo = max(0, before - _BODY_LOOKBACK)
    window = text[lo:before]
    best: tuple[int, tuple[str | None, str | None]] | None = None

    def keep(pos: int, found: tuple[str | None, str | None]) -> None:
        nonlocal best
        if best is None or pos >= best[0]:
            best = (pos, found)

    for m in _org_alias_re().finditer(window):
        _, code, sector = tb.orgs[m.group(0)]
        keep(m.start(), (code, sector))
    for m in _NAME_RUN.finditer(window):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
        if _civic_name(name):
            keep(m.start(), _civic_code(name, tb))
    for m in _DESCRIBED.finditer(window):
        kind = (m.group("kind") or "charity").lower()
        if kind in _ARMED_BODY_WORDS or kind in ("armed", "rebel", "militant"):
            keep(m.start(), (None, "CRM" if kind == "criminal" else "REB"))
        else:
            # ("a Bangladeshi rights group" BGD SOC; "rights group Odhikar" from the name after it)
            own = _civic_code(m.group(0), tb)
            after = _NAME_RUN.match(window, m.end() + 1) if m.end() + 1 < len(window) else None
            keep(m.start(), own if own[0] != "NGO" or after is None else _civic_code(after.group(0), tb))
    return best[1] if best is not None else None
