"""An article whose gold toponym spans are the given names, in order: shared by the resolution rule tests."""
from __future__ import annotations

from newsevents.records import Article, Span


def gold_article(text: str, *names: str, article_id: str = "a1") -> Article:
    spans, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        spans.append(Span(i, i + len(n)))
        pos = i + len(n)
    return Article(article_id, text, toponyms=tuple(spans))
