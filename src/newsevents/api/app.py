"""The FastAPI app: read API over the event store, the dashboard, and local OpenAPI docs.

Read-only unless started with a token: then POST /api/articles codes new text, and every such request must carry
`Authorization: Bearer <token>`. Everything the browser loads is served from the package (no CDN)."""
from __future__ import annotations

import dataclasses
import hmac
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from newsevents import __version__
from newsevents.api.errors import ApiError, install_error_handlers
from newsevents.api.export_stream import EXPORT_FORMATS, stream_export
from newsevents.api.params import DEFAULT_EXPORT, MAX_EXPORT, MAX_PAGE, MAX_POINTS, Page, event_filter, page
from newsevents.api.security import SecurityHeaders
from newsevents.api.spans import event_spans, sentence_of
from newsevents.api.stores import StoreAccess
from newsevents.errors import InputError, StoreError
from newsevents.records import Article, Result, parse_date
from newsevents.store.filter import EventFilter
from newsevents.store.query import where
from newsevents.store.sqlite import SQLiteStore

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_BODY = 2_000_000  # bytes of a POSTed article: a long feature story is ~100 kB

Coder = Callable[[Article], Result]
# Module-level so FastAPI can resolve the (string) annotations of the route functions.
Filter = Annotated[EventFilter, Depends(event_filter)]
Paging = Annotated[Page, Depends(page)]

DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsevents API</title>
<link rel="icon" href="/static/favicon.svg">
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>
"""


class ArticleIn(BaseModel):
    """An article to code: only `text` is required."""

    id: str | None = Field(None, max_length=200, description="your id; defaults to one made from the text")
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="ISO date or datetime")
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    text: str = Field(min_length=1, max_length=1_000_000)


class _Coding:
    """Builds the default coder on first use (loading models takes seconds; a read-only server never needs it)."""

    def __init__(self, coder: Coder | None) -> None:
        self._coder = coder
        self._lock = threading.Lock()

    def get(self) -> Coder:
        with self._lock:
            if self._coder is None:
                from newsevents.pipeline import default_pipeline
                self._coder = default_pipeline().run_one
            return self._coder


def _json(data: Any, status: int = 200) -> JSONResponse:
    # Returning a Response skips FastAPI's jsonable_encoder walk, which dominates latency on large pages.
    return JSONResponse(data, status_code=status)


def create_app(db_path: Path, token: str | None = None, coder: Coder | None = None) -> FastAPI:
    """The API + dashboard over the SQLite store at `db_path` (must exist unless a token enables writes)."""
    if token is not None and not token.strip():
        raise InputError("token", "the token is empty; pass a long random string, or no token for a read-only server")
    access = StoreAccess(Path(db_path))
    access.prepare(create=token is not None)
    coding = _Coding(coder)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(title="newsevents API", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="PLOVER event data from news text: query, aggregate and export coded events. "
                              "Errors always have the shape {\"error\": {status, code, message, field}}.")
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.state.store_access = access

    # Routes call access.reader() in their own body (not via a dependency, which FastAPI may run on another pool
    # thread) so that each pool thread uses its own store and its own query deadline.

    @app.get("/api/health", tags=["meta"])
    def health() -> JSONResponse:
        return _json({"ok": True, "version": __version__, "writable": token is not None})

    @app.get("/api/events", tags=["events"], summary="Filtered, sorted, paginated events")
    def list_events(f: Filter, p: Paging) -> JSONResponse:
        store = access.reader()
        items = store.query_events(f, limit=p.limit, offset=p.offset, sort=p.sort)
        total = store.count_events(f)
        return _json({"total": total, "limit": p.limit, "offset": p.offset, "sort": p.sort, "items": items})

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with its article, sentence and spans")
    def get_event(event_id: Annotated[str, PathParam(max_length=200)]) -> JSONResponse:
        store = access.reader()
        ev = store.get_event(event_id)
        if ev is None:
            raise ApiError(404, f"no event with id {event_id!r}", "event_id")
        text = (ev.get("article") or {}).get("text") or ""
        places = (ev.get("article") or {}).get("places") or ()
        ev["sentence"] = sentence_of(ev, text)
        ev["spans"] = event_spans(ev, text, places)
        return _json(ev)

    @app.get("/api/points", tags=["events"], summary="Located events as compact map points, newest first")
    def points(f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 5000) -> JSONResponse:
        store = access.reader()
        items, truncated = _located_points(store, f, limit)
        return _json({"fields": ["id", "lat", "lon", "quad_code", "event", "date"], "items": items,
                      "truncated": truncated})

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first, optionally full-text searched")
    def list_articles(q: Annotated[str | None, Query(max_length=200)] = None,
                      limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                      offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> JSONResponse:
        store = access.reader()
        items = store.list_articles(q=q, limit=limit, offset=offset)
        return _json({"limit": limit, "offset": offset, "items": items})

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article with its events and spans")
    def get_article(article_id: Annotated[str, PathParam(max_length=200)]) -> JSONResponse:
        store = access.reader()
        art = store.get_article(article_id)
        if art is None:
            raise ApiError(404, f"no article with id {article_id!r}", "article_id")
        text = art.get("text") or ""
        places = art.get("places") or ()
        for ev in art.get("events") or ():
            ev["spans"] = event_spans(ev, text, places)
        return _json(art)

    @app.get("/api/stats", tags=["stats"], summary="Event counts by day and type, by type, by country")
    def stats(f: Filter) -> JSONResponse:
        store = access.reader()
        return _json(store.stats(f))

    @app.get("/api/export", tags=["export"], summary="Stream the filtered events as JSONL, CSV or GeoJSON")
    def export(f: Filter, format: Annotated[str, Query(description="jsonl, csv or geojson")] = "jsonl",
               limit: Annotated[int, Query(ge=1, le=MAX_EXPORT)] = DEFAULT_EXPORT) -> StreamingResponse:
        if format not in EXPORT_FORMATS:
            raise ApiError(400, f"format must be one of {', '.join(EXPORT_FORMATS)}; got {format!r}", "format")
        media, ext = EXPORT_FORMATS[format]
        body = stream_export(access, f, format, limit)
        return StreamingResponse(body, media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="events.{ext}"'})

    @app.post("/api/articles", tags=["articles"], status_code=201,
              summary="Code a new article and store it (only when the server has a token)",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": ArticleIn.model_json_schema()}}}})
    async def post_article(request: Request) -> JSONResponse:
        _check_token(request, token)
        payload = await _read_article(request)
        article = _to_article(payload)
        result = await run_in_threadpool(_code_and_store, access, coding, article)
        return result

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(WEB_DIR / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def _located_points(store: SQLiteStore, f: EventFilter, limit: int) -> tuple[list[list[Any]], bool]:
    """The newest `limit` located events as [id, lat, lon, quad_code, event, date] rows.

    Reads only the indexed scalar columns (no per-row JSON), with the store's own parameterised filter SQL;
    paging through query_events instead costs seconds at 100k events."""
    cond, params = where(f)
    sql = ("SELECT e.id, e.lat, e.lon, e.quad_code, e.event, e.date FROM events e "
           f"WHERE {cond} AND e.lat IS NOT NULL AND e.lon IS NOT NULL ORDER BY e.date DESC, e.rid DESC LIMIT ?")
    try:
        rows = store.conn.execute(sql, [*params, limit + 1]).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"{store.path}: points query failed: {exc}") from exc
    return [list(r) for r in rows[:limit]], len(rows) > limit


def _check_token(request: Request, token: str | None) -> None:
    if token is None:
        raise ApiError(403, "this server is read-only; start it with --token to accept articles")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})


async def _read_article(request: Request) -> ArticleIn:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError(413, f"body is larger than {MAX_BODY} bytes; send one article per request")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(413, f"body is larger than {MAX_BODY} bytes; send one article per request")
        chunks.append(chunk)
    try:
        return ArticleIn.model_validate_json(b"".join(chunks))
    except ValidationError as exc:
        errors = exc.errors()
        if not errors:
            raise ApiError(422, "invalid body: send JSON {\"text\": ...}") from None
        field = ".".join(str(p) for p in errors[0]["loc"]) or None
        msg = str(errors[0]["msg"])
        raise ApiError(422, f"{field}: {msg}" if field else msg, field) from None


def _to_article(payload: ArticleIn) -> Article:
    try:
        published = parse_date(payload.published)
    except ValueError:
        raise ApiError(422, f"published: expected an ISO date such as 2024-05-01, got {payload.published!r}",
                       "published") from None
    art = Article(id=payload.id or "", text=payload.text, title=payload.title, published=published,
                  url=payload.url, source=payload.source)
    if not art.id:
        art = dataclasses.replace(art, id="http-" + art.content_hash[:16])
    return art


def _code_and_store(access: StoreAccess, coding: _Coding, article: Article) -> JSONResponse:
    with access.writer() as store:
        if store.has_article(article.content_hash):
            return _json({"id": article.id, "content_hash": article.content_hash, "stored": False,
                          "message": "this text is already stored"}, 200)
    result = coding.get()(article)  # outside the write lock: coding takes seconds
    with access.writer() as store:
        if result.error is not None:
            store.add_failure(article.id, result.error)
            raise ApiError(422, f"article {article.id!r} could not be coded: {result.error}", "text",
                           code="coding_failed")
        stored = store.add_result(result, source_path="http")
    body = result.to_dict()
    body.update({"content_hash": article.content_hash, "stored": stored})
    return _json(body, 201 if stored else 200)
