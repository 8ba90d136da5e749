"""Counts of dead / injured / arrested and their documented conventions."""
from __future__ import annotations

import pytest

from newsevents.coding.size import extract_size, parse_number
from newsevents.records import Size


@pytest.mark.parametrize("text,size", [
    ("The attack killed more than 130 people.", Size(130, None, None)),
    ("39 people were killed and four were wounded.", Size(39, 4, None)),
    ("Police arrested 12 protesters in Nairobi on Sunday after clashes near parliament.", Size(None, None, 12)),
    ("Dozens were arrested after the rally.", Size(None, None, 24)),
    ("Security forces opened fire, killing at least 28 people; over 600 were wounded.", Size(28, 600, None)),
    ("The death toll rose to 54 on Monday.", Size(54, None, None)),
    ("In 2019, the group held talks.", Size(None, None, None)),
    ("Two police officers held talks with 3 leaders.", Size(None, None, None)),
])
def test_extract_size(text: str, size: Size) -> None:
    assert extract_size(text) == size


@pytest.mark.parametrize("s,n", [("12", 12), ("1,200", 1200), ("four", 4), ("twenty-one", 21), ("dozens", 24),
                                 ("a dozen", 12), ("hundreds of", 200), ("1.5 million", 1_500_000)])
def test_parse_number(s: str, n: int) -> None:
    assert parse_number(s) == n
