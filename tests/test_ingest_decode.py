"""Encoding detection and binary refusal."""
from __future__ import annotations

import codecs

import pytest

from newsevents.errors import InputError
from newsevents.ingest import decode_bytes

TEXT = "Officials in Zürich said the “ceasefire” — agreed on Monday — held; déjà vu.\nSecond line."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"), codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"), TEXT.encode("utf-16-be"), TEXT.encode("cp1252"), TEXT.encode("utf-32"),
])
def test_encodings(data: bytes) -> None:
    assert decode_bytes("x", data) == TEXT


def test_latin1_and_newlines() -> None:
    assert decode_bytes("x", "Café\r\nBar\rBaz".encode("latin-1")) == "Café\nBar\nBaz"


def test_declared_charset_is_used_for_html() -> None:
    data = "<meta charset='iso-8859-7'>Αθήνα".encode("iso-8859-7")
    assert decode_bytes("x", data, declared="iso-8859-7").endswith("Αθήνα")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, bytes(range(32)) * 20])
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes("img", data)
