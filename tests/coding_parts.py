"""One sentence through the real coder: shared by the coder rule tests."""
from __future__ import annotations

from typing import Any

from newsevents.records import Article, Sentence


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
