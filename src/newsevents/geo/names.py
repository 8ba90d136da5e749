"""Name normalisation shared by the gazetteer build, lookup and recognition.

Both sides of a lookup go through `norm`, so "St. Louis", "Saint Louis" and "ST LOUIS" meet."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-",
                       "\u2013": "-", "\u2014": "-"})
_PUNCT = re.compile(r"[^\w' ]+")
_SPACE = re.compile(r"\s+")
# Abbreviations written either way in news and in GeoNames; map both to one token.
_TOKEN_CANON = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def fold(text: str) -> str:
    """Strip accents and unify apostrophes/dashes, keeping case and length-insensitive meaning."""
    text = text.translate(_APOS)
    if text.isascii():
        return text  # nothing to decompose (most names: this is the automaton build's hot path)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=2048)
def _fold_char(ch: str) -> str:
    folded = fold(ch)
    return folded if len(folded) == 1 else ch


def fold_keeping_offsets(text: str) -> str:
    """`fold` character by character, so that every offset into the result is one into `text` ("Zaïre" -> "Zaire",
    "Perú" -> "Peru"); a character that folds to more or fewer than one ("\ufb01") is kept as it is."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda m: _fold_char(m.group()), text)


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """Lookup key: folded, lower-case, punctuation-free, canonical abbreviations; "" for junk. (session 26, P37:
    memoised: the geoparser looks the same names up again and again within a story, ~10 times per name.)"""
    s = fold(text).lower().replace(".", "")
    s = _PUNCT.sub(" ", s.replace("-", " "))
    s = s.replace("'s ", " ").strip(" '")
    tokens = [_TOKEN_CANON.get(t, t) for t in _SPACE.split(s) if t]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (alternate names in other scripts never match English news)."""
    for ch in text:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "")):
            return False
    return any(ch.isalpha() for ch in text)


def looks_like_code(text: str) -> bool:
    """GeoNames alternate names include airport/station codes (HOU, LAX): not names people write."""
    return len(text) <= 4 and text.isupper() and text.isalpha()


def initials(name: str) -> str:
    """"South Africa" -> "SA", "Democratic Republic of the Congo" -> "DRC": the capitals of a name's words."""
    return "".join(w[0] for w in re.split(r"[\s-]+", fold(name)) if w[:1].isupper())
