"""Shared by the geo rule tests: an article whose gold toponym spans are the given names, in order, and a
sentence splitter for made-up stories."""
from __future__ import annotations

import re

from newsevents.records import Article, Sentence, Span


def gold_article(text: str, *names: str, article_id: str = "a1") -> Article:
    spans, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        spans.append(Span(i, i + len(n)))
        pos = i + len(n)
    return Article(article_id, text, toponyms=tuple(spans))


def full_stop_sentences(text: str) -> list[Sentence]:
    """Sentences split at ". " before a capital or a digit (enough for stories written for a test)."""
    out: list[Sentence] = []
    start = 0
    for m in re.finditer(r"\. (?=[A-Z0-9])|$", text):
        end = m.start() + (1 if m.group() else 0)
        out.append(Sentence(len(out), start, end, text[start:end]))
        start = m.end()
        if start >= len(text):
            break
    return out
