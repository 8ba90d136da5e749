"""newsevents: news text -> geocoded, dated PLOVER event data (ACLED and CAMEO crosswalks)."""
from __future__ import annotations

from newsevents.records import Article, Entity, Event, Location, Place, Result, Sentence, Size, Trigger

__version__ = "0.1.0"


def extract(text: str, published: str | None = None, *, title: str | None = None,
            article_id: str = "article") -> list[Event]:
    """Code one article's text into PLOVER events (models load once per process)."""
    from newsevents.pipeline import default_pipeline
    from newsevents.records import parse_date

    art = Article(id=article_id, text=text, title=title, published=parse_date(published))
    result = default_pipeline().run_one(art)
    if result.error:
        from newsevents.errors import InputError
        raise InputError(article_id, result.error)
    return list(result.events)


__all__ = ["extract", "Article", "Entity", "Event", "Location", "Place", "Result", "Sentence", "Size", "Trigger"]
