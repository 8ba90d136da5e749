"""Recipients of handing a thing back and of a purpose's object (issue 3, round R4), on sentences of our own,
parsed without NER as the default pipeline does; each fails without its rule."""
from __future__ import annotations

from typing import Any

from roles import role_texts as _texts


def test_a_thing_handed_back_goes_to_the_party_it_is_returned_to(nlp: Any) -> None:
    # the parser hangs "to the Louvre" inside the painting's relative clause; the painting is no side
    _, recips = _texts(nlp, "The agency returned the seized painting that was taken from a gallery in Lyon to the "
                            "Louvre .", "returned")
    assert recips == ["Louvre"]
    # a destination that names no party gives the place inside it
    _, recips = _texts(nlp, "Customs officers returned a stolen medieval sword to the cathedral museum in Toledo .",
                       "returned")
    assert recips == ["Toledo"]
    # the passive keeps the verb's own "to" phrase, not one inside the subject's apposition
    actors, recips = _texts(nlp, "A gold ring , a gift from the king to his daughter , was returned by French "
                                 "officials to the Spanish government .", "returned")
    assert actors == ["French officials"] and recips == ["Spanish government"]


def test_returning_fire_has_no_recipient_from_this_rule(nlp: Any) -> None:
    _, recips = _texts(nlp, "Police returned fire .", "returned")
    assert recips == []


def test_the_party_inside_a_purpose_object(nlp: Any) -> None:
    # "mobilising funds to support reconstruction in Ukraine": the named place of what the money is for
    _, recips = _texts(nlp, "Japan is mobilising extra funds to support reconstruction in Ukraine .", "funds")
    assert recips == ["Ukraine"]
    # a common place noun in the purpose names nobody
    _, recips = _texts(nlp, "The charity is raising funds to rebuild schools in the capital .", "funds")
    assert "capital" not in recips
