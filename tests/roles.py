"""The actor and recipient entities of one trigger word, parsed without NER as the default pipeline does:
shared by the actor/recipient rule tests."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import roles, to_entities
from newsevents.records import Entity


def role_entities(nlp: Any, text: str, trigger: str) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a, r = roles(tok)
    return to_entities(a, 0, None), to_entities(r, 0, None)


def role_texts(nlp: Any, text: str, trigger: str) -> tuple[list[str], list[str]]:
    a, r = role_entities(nlp, text, trigger)
    return [e.entity_text for e in a], [e.entity_text for e in r]
