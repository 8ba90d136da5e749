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


def normalised(nlp: Any, text: str, phrase: str | None = None) -> tuple[str | None, str | None, str | None]:
    """normalise() of `phrase` (default: the whole text) as it stands in `text`."""
    from newsevents.coding.actors import normalise

    doc = nlp(text)
    phrase = phrase or text
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return normalise(span)


def sentence_roles(nlp: Any, text: str, trigger: str) -> tuple[list[Entity], list[Entity]]:
    """Actors and recipients of `trigger` with the sentence's first country as the fallback, as the coder does."""
    from newsevents.coding.actors import sentence_country

    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a, r = roles(tok)
    fb = sentence_country(doc)
    return list(to_entities(a, 0, fb)), list(to_entities(r, 0, fb))
