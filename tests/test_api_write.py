"""POST /api/articles: only with a token, checked on every request; coded with an injected fake coder."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from newsevents.api.app import create_app
from newsevents.api.server import background_server
from newsevents.api.spans import date_spans, dedupe, event_spans
from newsevents.errors import InputError
from newsevents.records import Article, Event, Result, Sentence, Size, Trigger
from newsevents.store.sqlite import SQLiteStore

TOKEN = "t0ken-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def fake_coder(article: Article) -> Result:
    """Codes 'attacked' as ASSAULT; text containing FAIL is an error result."""
    if "FAIL" in article.text:
        return Result(article, error="could not parse the text")
    i = article.text.find("attacked")
    if i < 0:
        return Result(article)
    sent = Sentence(0, 0, len(article.text), article.text)
    ev = Event(id=f"{article.id}-0", event="ASSAULT", mode=(), context=(), quad_code=4, event_scale=-9.0,
               cameo_root="19", acled_event_type=None, acled_sub_event_type=None, actor=(), recipient=(),
               trigger=Trigger(i, i + 8, "attacked"), event_loc=None, date=None, date_precision=None, aux=(),
               size=Size(), event_text=article.text, sentence=sent, confidence=0.8, article_id=article.id)
    return Result(article, (ev,), (), (sent,))


@pytest.fixture()
def client(tmp_path: Path) -> Any:
    with TestClient(create_app(tmp_path / "w.db", token=TOKEN, coder=fake_coder)) as c:
        yield c


def test_empty_token_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="token"):
        create_app(tmp_path / "e.db", token="  ", coder=fake_coder)


def test_token_is_required_on_every_request(client: Any) -> None:
    body = {"text": "Rebels attacked the town."}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic x"}):
        r = client.post("/api/articles", json=body, headers=headers)
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        assert r.headers["www-authenticate"] == "Bearer"
    assert client.post("/api/articles", json=body, headers=AUTH).status_code == 201
    # Auth is checked before the body is even parsed.
    assert client.post("/api/articles", content=b"{not json", headers={"Content-Type": "application/json"}
                       ).status_code == 401


def test_post_codes_stores_and_deduplicates(client: Any) -> None:
    payload = {"id": "a1", "title": "Clash", "published": "2024-05-02", "text": "Rebels attacked the town."}
    r = client.post("/api/articles", json=payload, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] is True and body["events"][0]["event"] == "ASSAULT"
    assert client.get("/api/events", params={"article_id": "a1"}).json()["total"] == 1
    again = client.post("/api/articles", json=payload, headers=AUTH)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert client.get("/api/events").json()["total"] == 1


def test_post_without_id_gets_one(client: Any) -> None:
    r = client.post("/api/articles", json={"text": "Police attacked a crowd."}, headers=AUTH)
    assert r.status_code == 201 and r.json()["id"].startswith("http-")


@pytest.mark.parametrize("payload,status,field", [
    ({"title": "no text"}, 422, "text"),
    ({"text": ""}, 422, "text"),
    ({"text": "ok", "published": "someday"}, 422, "published"),
    ({"text": "the parser will FAIL here"}, 422, "text"),
])
def test_post_bad_input(client: Any, payload: dict[str, Any], status: int, field: str) -> None:
    r = client.post("/api/articles", json=payload, headers=AUTH)
    assert r.status_code == status, r.text
    assert r.json()["error"]["field"] == field


def test_post_failure_is_recorded(client: Any, tmp_path: Path) -> None:
    client.post("/api/articles", json={"id": "bad", "text": "FAIL"}, headers=AUTH)
    with SQLiteStore(tmp_path / "w.db", readonly=True).open() as store:
        assert store.summary()["failures"] == 1


def test_post_body_size_is_bounded(client: Any) -> None:
    r = client.post("/api/articles", content=b"x" * 2_100_000, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


def test_concurrent_reads_and_writes_over_real_http(tmp_path: Path) -> None:
    app = create_app(tmp_path / "c.db", token=TOKEN, coder=fake_coder)
    errors: list[str] = []
    with background_server(app) as base:
        assert base.startswith("http://127.0.0.1:")

        def reader() -> None:
            with httpx.Client(base_url=base) as c:
                for _ in range(20):
                    for path in ("/api/events", "/api/stats", "/api/points"):
                        r = c.get(path)
                        if r.status_code != 200:
                            errors.append(f"{path}: {r.status_code} {r.text}")

        def writer() -> None:
            with httpx.Client(base_url=base, headers=AUTH) as c:
                for i in range(10):
                    r = c.post("/api/articles", json={"id": f"w{i}", "text": f"Group {i} attacked a post."})
                    if r.status_code != 201:
                        errors.append(f"post: {r.status_code} {r.text}")

        threads = [threading.Thread(target=reader) for _ in range(4)] + [threading.Thread(target=writer)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with httpx.Client(base_url=base) as c:
            assert c.get("/api/events").json()["total"] == 10
    assert not errors, errors[:3]


# -- highlight spans ------------------------------------------------------------------------------------------------

def test_date_spans_find_news_idioms() -> None:
    text = "On Tuesday, troops attacked. By March 3, 2024 and 12 May, late Sunday night, yesterday: 2024-01-05."
    found = [text[s["start"]:s["end"]] for s in date_spans(text, 0, len(text))]
    for want in ("Tuesday", "March 3, 2024", "12 May", "Sunday night", "yesterday", "2024-01-05"):
        assert any(want in f for f in found), (want, found)
    assert not date_spans("No dates at all here.", 0, 21)


def test_event_spans_clip_bad_offsets_and_dedupe() -> None:
    ev = {"trigger": {"start": 5, "end": 999, "text": "x"}, "actor": [{"entity_text": "A", "start": -3, "end": 2}],
          "recipient": [{"entity_text": "B", "start": 8, "end": 8}], "event_loc": None,
          "text_info": {"start": 0, "end": 10}}
    spans = event_spans(ev, "0123456789", [{"start": 3, "end": 4, "text": "3"}])
    assert {(s["kind"], s["start"], s["end"]) for s in spans} == {("trigger", 5, 10), ("actor", 0, 2),
                                                                   ("place", 3, 4)}
    dup = dedupe([{"kind": "place", "start": 1, "end": 2, "label": None}] * 2)
    assert len(dup) == 1


def test_serve_runs_uvicorn_with_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from newsevents.api import serve

    db = tmp_path / "s.db"
    SQLiteStore(db).open().close()
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    serve(db, "127.0.0.1", 8123, None)
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    with TestClient(seen["app"]) as c:
        assert c.get("/api/health").json()["writable"] is False
