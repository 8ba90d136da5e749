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


@pytest.mark.parametrize("text,size", [
    # perfect-tense and "succumbed" deaths
    ("Officials said 73 people have died in police firing.", Size(73, None, None)),
    ("Of the 100 that succumbed to the police firing, 60 were Hindus.", Size(100, None, None)),
    # one person, alone or in a coordination
    ("A soldier was killed and two others were wounded.", Size(1, 2, None)),
    ("Troops killed a militant near the border.", Size(1, None, None)),
    ("A 65-year-old man was killed in the blast.", Size(1, None, None)),
    ("Police arrested a journalist in the capital.", Size(None, None, 1)),
    # coordinated groups add up; "including" does not
    ("Two policemen and three militants were killed in the clash.", Size(5, None, None)),
    ("Gunmen killed two soldiers and a civilian.", Size(3, None, None)),
    ("The bomb killed 7 people, including 2 children.", Size(7, None, None)),
    ("At least seven persons including four policemen were killed.", Size(7, None, None)),
    # dead and injured in one sentence stay apart
    ("Gunmen killed five and wounded 12.", Size(5, 12, None)),
    ("5 people were killed and 12 people injured.", Size(5, 12, None)),
    ("Gunmen killed two soldiers, and three civilians were wounded.", Size(2, 3, None)),
    ("11 killed, 20 hurt in blast", Size(11, 20, None)),
    # ranges take the lower bound; an update "from X to Y" takes Y
    ("Between 10 and 15 people were killed.", Size(10, None, None)),
    ("10 to 15 people were killed.", Size(10, None, None)),
    ("The blast killed 10-15 people.", Size(10, None, None)),
    ("One or two people were killed.", Size(1, None, None)),
    ("The death toll rose from 10 to 15.", Size(15, None, None)),
    # arrests
    ("Police detained 12 students.", Size(None, None, 12)),
    ("Police took 30 protesters into custody.", Size(None, None, 30)),
    ("Police arrested the 3 suspects.", Size(None, None, 3)),
    # vague quantities keep the documented readings
    ("Scores were killed and hundreds injured.", Size(40, 200, None)),
    ("Several people were arrested.", Size(None, None, 3)),
    # a four-digit count followed by people, or hedged, is a count, not a year
    ("Police killed 2000 people.", Size(2000, None, None)),
    ("The 2019 attack killed 7.", Size(7, None, None)),
    # no kill/arrest word at all, but a toll or a custody phrase: still counted
    ("The toll rose to 54 on Monday.", Size(54, None, None)),
    ("Officers took 30 into custody.", Size(None, None, 30)),
])
def test_extract_size_rules(text: str, size: Size) -> None:
    assert extract_size(text) == size


@pytest.mark.parametrize("text", [
    "",
    "The talks ended without agreement.",
    "He was killed in 2019.",
    "He was killed at 3 am.",
    "Call 0300-1234567 if anyone was killed.",
    "The fire killed 100000000000 people.",
    "No one was killed.",
    "Nobody was hurt; no one was arrested.",
    "On September 18 succumbed to his injuries.",
    "Police arrested people on 12/05/2019.",
    "Many people were killed.",
    "The soldiers were killed.",
])
def test_extract_size_no_count(text: str) -> None:
    s = extract_size(text)
    assert (s.dead, s.arrested) == (None, None)


def test_extract_size_odd_input_does_not_fail() -> None:
    # long, repetitive or symbol-heavy input returns a Size without raising (and without catastrophic regex time)
    for text in ("killed " * 2000, "1, 2, 3, 4, 5, 6, 7, 8, 9 and 10 " * 200 + "were killed", "-" * 5000 + " 5 killed"):
        assert isinstance(extract_size(text), Size)
