"""One sentence through the real coder: shared by the coder rule tests."""
from __future__ import annotations

from typing import Any

from newsevents.records import Article, Entity, Sentence


def code_sentence(nlp: Any, coder: Any, text: str, article_id: str = "t", ner: bool = True) -> list[Any]:
    """The events `coder` gives for `text` as a one-sentence article; `ner=False` parses as the pipeline does
    by default (no named entities)."""
    if ner:
        doc = nlp(text)
    else:
        with nlp.select_pipes(disable=["ner"]):
            doc = nlp(text)
    return list(coder.code(Article(id=article_id, text=text), Sentence(1, 0, len(text), text), doc))


def code_in_story(nlp: Any, coder: Any, story: str, sentence: str, article_id: str = "t") -> list[Any]:
    """The events `coder` gives for `sentence`, the first occurrence of it in the article `story` (story-level
    guards read the whole story), parsed without named entities as the pipeline does by default."""
    start = story.index(sentence)
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(sentence)
    return list(coder.code(Article(id=article_id, text=story), Sentence(1, start, start + len(sentence), sentence),
                           doc))


def parties(nlp: Any, text: str, trigger: str, focus: str | None = None) -> tuple[list[Entity], list[Entity]]:
    """Actors and recipients of `trigger` with the fallback country the coder gives: the sentence's, else the
    story's (`focus`); parsed without NER as the pipeline does by default."""
    from newsevents.coding.actors import roles, sentence_country, to_entities
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a, r = roles(tok)
    fb = sentence_country(doc) or focus
    return list(to_entities(a, 0, fb)), list(to_entities(r, 0, fb))


def story_parties(nlp: Any, text: str, trigger: str, story: str | None = None) -> tuple[list[Entity], list[Entity]]:
    """As `parties`, with the story's country also given as the coder gives it (`story_country`): the fallback
    for parties the sentence names no country for, and the story the sentence's place is judged against."""
    from newsevents.coding.actors import roles, sentence_country, to_entities
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a, r = roles(tok)
    fb = sentence_country(doc) or story
    return list(to_entities(a, 0, fb, story_country=story)), list(to_entities(r, 0, fb, story_country=story))


def party_codes(ents: list[Entity]) -> dict[str, tuple[str | None, str | None]]:
    """Each party's (country, sector) by its text."""
    return {e.entity_text: (e.code, e.sector) for e in ents}


def parsed(nlp: Any, text: str) -> Any:
    """`text` parsed without named entities, as the pipeline parses by default."""
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


def event_types(evs: list[Any]) -> list[str]:
    """The PLOVER types of `evs`, in order."""
    return [e.event for e in evs]


def token_of(doc: Any, lemma: str) -> Any:
    """The first token of `doc` with `lemma`."""
    return next(t for t in doc if t.lemma_.lower() == lemma)
