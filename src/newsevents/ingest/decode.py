"""Bytes -> text: size limit, binary detection, encoding detection, newline normalisation."""
from __future__ import annotations

import codecs
import re
import unicodedata

from newsevents.errors import InputError

MAX_BYTES = 5_000_000  # one record (file, archive member, JSONL line); bigger ones are refused

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: they share a prefix
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")


def too_large(name: str) -> InputError:
    return InputError(name, f"larger than {MAX_BYTES // 1_000_000} MB; split it into smaller files")


def check_size(name: str, data: bytes) -> None:
    if len(data) > MAX_BYTES:
        raise too_large(name)


def normalise_newlines(text: str) -> str:
    """CRLF / CR -> LF and drop a stray BOM, so offsets are the same on every platform."""
    return _NEWLINES.sub("\n", text).replace("\ufeff", "")


def decode_bytes(name: str, data: bytes, declared: str | None = None) -> str:
    """Decode one record's bytes to text with newlines normalised.

    Order: BOM -> declared charset (HTML/XML) -> strict UTF-8 -> single-byte guess. The guess uses
    cp1252 (the usual non-UTF-8 news encoding; latin-1 when cp1252 has undefined bytes) when few bytes
    are non-ASCII, and charset-normalizer otherwise (texts mostly in another script), because
    charset-normalizer alone misreads short English cp1252 text as cp1250/cp1006.
    Raises InputError for binary content or text that cannot be decoded."""
    check_size(name, data)
    text = _decode(name, data, declared)
    if _CONTROL.search(text) and len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise InputError(name, "binary content (control bytes); give a text, HTML, JSONL or feed file")
    return normalise_newlines(text)


def _decode(name: str, data: bytes, declared: str | None) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(name, f"cannot decode as {enc} despite its byte-order mark; "
                                       "save it as UTF-8") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(name, "binary content (NUL bytes); give a text, HTML, JSONL or feed file")
        return utf16
    if declared:
        try:
            return data.decode(_codec_name(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess_single_byte(name, data)


def _codec_name(declared: str) -> str:
    enc = codecs.lookup(declared.strip().strip("'\"")).name
    # Browsers read latin-1 / ascii declarations as cp1252; so do we (curly quotes live in 0x80-0x9f).
    return "cp1252" if enc in ("latin-1", "iso8859-1", "ascii") else enc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has NULs in every other byte (for Latin text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for half, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if half.count(0) > 0.7 * len(half):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _guess_single_byte(name: str, data: bytes) -> str:
    non_ascii = sum(1 for b in data if b > 0x7F)
    if non_ascii <= 0.3 * len(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "cannot decode the text (unknown encoding or binary); save it as UTF-8")
    return str(best)


def sniff_declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 2 KB, if any."""
    head = data[:2048].decode("ascii", "replace")
    m = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", head, re.I) or \
        re.search(r"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", head, re.I)
    return m.group(1) if m else None


def clean_line(text: str) -> str:
    """Collapse internal whitespace of one line (HTML/feed text), keeping the characters themselves."""
    return " ".join(unicodedata.normalize("NFC", text).split())
