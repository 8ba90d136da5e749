"""(lead, session 23) People named as foreigners take no country from the sentence's place (normalise
`_foreign_people`), as people called foreign already did (round R31)."""
from __future__ import annotations

from typing import Any

import pytest


def _recipients(nlp: Any, coder: Any, text: str) -> list[tuple[str, str | None]]:
    from coding_parts import code_sentence

    evs = code_sentence(nlp, coder, text, "s23lead", ner=False)
    assert evs, text
    return [(r.entity_text, r.code) for r in evs[0].recipient]


@pytest.mark.parametrize("text,who", [
    ("Police detained two foreigners in Bahir Dar on Friday.", "two foreigners"),
    ("Gunmen kidnapped four expatriates in Kano state on Monday.", "four expatriates"),
    ("Police detained three foreign journalists in Addis Ababa.", "three foreign journalists"),
])
def test_foreigners_take_no_country_from_the_place(nlp: Any, coder: Any, text: str, who: str) -> None:
    assert (who, None) in _recipients(nlp, coder, text)


def test_people_not_called_foreign_keep_it(nlp: Any, coder: Any) -> None:
    got = _recipients(nlp, coder, "Police detained three journalists in Addis Ababa on Thursday.")
    assert ("three journalists", "ETH") in got


def test_unit_on_odd_spans(nlp: Any) -> None:
    from newsevents.coding.actors.normalise import _foreign_people

    doc = nlp("The foreigners left.")
    assert _foreign_people(doc[0:2], None)
    assert not _foreign_people(doc[0:2], "GOV")  # a state's own people stay its own
