"""HTTP API: filters, pagination, detail views, stats, exports, errors, writes with a token, and safety bounds.

The database is built from synthetic Results through the store (no NLP models)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsevents.api.app import create_app
from newsevents.api.params import MAX_PAGE
from newsevents.errors import StoreError
from newsevents.records import Article, Entity, Event, Location, Place, Result, Sentence, Size, Trigger, stable_id
from newsevents.store import EventFilter
from newsevents.store.seed import seed_synthetic
from newsevents.store.sqlite import SQLiteStore

TOKEN = "s3cret-token"
EVIL_TEXT = ('Police fired on protesters in Aleppo on Tuesday, March 5, 2024. '
             '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> Officials said nothing.')


def make_result(art_id: str = "evil-1", text: str = EVIL_TEXT) -> Result:
    """One article whose text holds markup, with one fully-annotated ASSAULT event."""
    s_end = text.index(".") + 1
    sent = Sentence(0, 0, s_end, text[:s_end])
    actor = Entity("Police", 0, 6, "SYR", "COP")
    recip = Entity("protesters", 16, 26, "SYR", "CVL")
    trig = Trigger(7, 12, "fired")
    a0 = text.index("Aleppo")
    place = Place(a0, a0 + 6, "Aleppo", "Aleppo", 170063, 36.2021, 37.1343, "SYR", "PPLA")
    ev = Event(id=stable_id(art_id, 0), event="ASSAULT", mode=("firearms",), context=(), quad_code=4,
               event_scale=-9.0, cameo_root="19", acled_event_type="Violence against civilians",
               acled_sub_event_type="Attack", actor=(actor,), recipient=(recip,), trigger=trig,
               event_loc=Location.from_place(place), date="2024-03-05", date_precision="day", aux=(),
               size=Size(None, None, None), event_text=sent.text, sentence=sent, confidence=0.91, article_id=art_id)
    art = Article(art_id, text, "Markup <b>in</b> the title", None, "javascript:alert(1)", "Test Wire")
    return Result(art, (ev,), (place,), (sent,))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.db"
    with SQLiteStore(path).open() as store:
        seed_synthetic(store, 600, seed=7)
        store.add_result(make_result())
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Any:
    with TestClient(create_app(db)) as c:
        yield c


def assert_error(r: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message", "field"}
    assert err["status"] == status and err["message"]
    if field is not None:
        assert err["field"] == field
    return err


def store_ids(db: Path, f: EventFilter, limit: int = 50, sort: str = "-date") -> list[str]:
    with SQLiteStore(db, readonly=True).open() as store:
        return [r["id"] for r in store.query_events(f, limit=limit, sort=sort)]


# -- events -------------------------------------------------------------------------------------------------------

def test_events_page_total_and_pagination(client: Any) -> None:
    first = client.get("/api/events", params={"limit": 20}).json()
    assert first["total"] == 601 and len(first["items"]) == 20
    second = client.get("/api/events", params={"limit": 20, "offset": 20}).json()
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    item = first["items"][0]
    for key in ("id", "event", "quad_code", "actor", "trigger", "text_info", "article_id", "article_title"):
        assert key in item
    dates = [e["date"] for e in first["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params,f", [
    ({"type": "ASSAULT"}, EventFilter(types=("ASSAULT",))),
    ({"type": "PROTEST,COERCE"}, EventFilter(types=("PROTEST", "COERCE"))),
    ({"quad": "1"}, EventFilter(quads=(1,))),
    ({"mode": "firearms"}, EventFilter(modes=("firearms",))),
    ({"country": "syr"}, EventFilter(countries=("SYR",))),
    ({"actor": "rebels"}, EventFilter(actor="rebels")),
    ({"date_from": "2024-01-01", "date_to": "2024-02-15"}, EventFilter(date_from="2024-01-01", date_to="2024-02-15")),
    ({"bbox": "30,0,60,40"}, EventFilter(bbox=(30, 0, 60, 40))),
    ({"q": "Aleppo"}, EventFilter(q="Aleppo")),
    ({"article_id": "evil-1"}, EventFilter(article_id="evil-1")),
])
def test_event_filters_match_the_store(client: Any, db: Path, params: dict[str, str], f: EventFilter) -> None:
    body = client.get("/api/events", params={**params, "limit": 50}).json()
    assert [e["id"] for e in body["items"]] == store_ids(db, f)
    assert body["total"] > 0


def test_repeated_list_params_equal_commas(client: Any) -> None:
    a = client.get("/api/events?type=PROTEST&type=COERCE").json()
    b = client.get("/api/events?type=PROTEST,COERCE").json()
    assert a["total"] == b["total"] > 0


@pytest.mark.parametrize("sort", ["date", "-date", "confidence", "-confidence", "event", "country"])
def test_sorts(client: Any, db: Path, sort: str) -> None:
    body = client.get("/api/events", params={"sort": sort, "limit": 30}).json()
    assert [e["id"] for e in body["items"]] == store_ids(db, EventFilter(), 30, sort)


def test_page_size_and_offset_are_bounded(client: Any) -> None:
    assert_error(client.get("/api/events", params={"limit": MAX_PAGE + 1}), 422, "limit")
    assert_error(client.get("/api/events", params={"limit": 0}), 422, "limit")
    assert_error(client.get("/api/events", params={"offset": 10**9}), 422, "offset")
    assert_error(client.get("/api/events", params={"q": "x" * 500}), 400, "q")
    assert_error(client.get("/api/events", params={"type": ",".join(["ASSAULT"] * 60)}), 400, "type")
    assert_error(client.get("/api/points", params={"limit": 10**7}), 422, "limit")


@pytest.mark.parametrize("params,field", [
    ({"sort": "rowid; DROP TABLE events"}, "sort"),
    ({"quad": "7"}, "quad"),
    ({"country": "Syria"}, "country"),
    ({"date_from": "last week"}, "date_from"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "0,50,10,40"}, "bbox"),
])
def test_bad_filters_give_400(client: Any, params: dict[str, str], field: str) -> None:
    assert_error(client.get("/api/events", params=params), 400, field)


@pytest.mark.parametrize("q", ['"', "AND", "*", "NEAR(", "a OR", "-x", "'; DROP TABLE events; --", "Aleppo*"])
def test_odd_search_text_never_crashes(client: Any, q: str) -> None:
    r = client.get("/api/events", params={"q": q})
    assert r.status_code in (200, 400), r.text
    if r.status_code == 400:
        assert_error(r, 400, "q")


def test_sql_injection_attempts_are_inert(client: Any) -> None:
    before = client.get("/api/events").json()["total"]
    for params in ({"actor": "x' OR '1'='1"}, {"actor": "'; DROP TABLE events; --"}, {"article_id": "1 OR 1=1"},
                   {"mode": "a') OR ('1'='1"}):
        body = client.get("/api/events", params=params).json()
        assert body["total"] == 0
    assert client.get("/api/events").json()["total"] == before


# -- detail views -------------------------------------------------------------------------------------------------

def test_event_detail_has_article_sentence_and_spans(client: Any) -> None:
    eid = stable_id("evil-1", 0)
    ev = client.get(f"/api/events/{eid}").json()
    text = ev["article"]["text"]
    assert text == EVIL_TEXT
    assert ev["sentence"]["text"] == text[ev["sentence"]["start"]:ev["sentence"]["end"]]
    kinds = {s["kind"]: text[s["start"]:s["end"]] for s in ev["spans"]}
    assert kinds["trigger"] == "fired" and kinds["actor"] == "Police" and kinds["recipient"] == "protesters"
    assert kinds["place"] == "Aleppo"
    dates = [text[s["start"]:s["end"]] for s in ev["spans"] if s["kind"] == "date"]
    assert any("Tuesday" in d for d in dates) and any("March 5, 2024" in d for d in dates)
    for s in ev["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)


def test_seeded_event_spans_point_at_their_words(client: Any) -> None:
    items = client.get("/api/events", params={"limit": 5, "type": "ASSAULT"}).json()["items"]
    for item in items:
        ev = client.get(f"/api/events/{item['id']}").json()
        text = ev["article"]["text"]
        trig = [s for s in ev["spans"] if s["kind"] == "trigger"][0]
        assert text[trig["start"]:trig["end"]] == item["trigger"]["text"]


def test_unknown_event_and_article_are_404(client: Any) -> None:
    assert_error(client.get("/api/events/nope"), 404, "event_id")
    assert_error(client.get("/api/articles/nope"), 404, "article_id")


def test_articles_list_and_detail(client: Any) -> None:
    body = client.get("/api/articles", params={"limit": 5}).json()
    assert len(body["items"]) == 5 and all("text" not in a for a in body["items"])
    hits = client.get("/api/articles", params={"q": "Aleppo"}).json()["items"]
    assert any(a["id"] == "evil-1" for a in hits)
    art = client.get("/api/articles/evil-1").json()
    assert art["text"] == EVIL_TEXT and len(art["events"]) == 1 and art["events"][0]["spans"]
    assert art["places"][0]["text"] == "Aleppo"


# -- stats and exports ----------------------------------------------------------------------------------------------

def test_stats_shape_and_filtering(client: Any) -> None:
    s = client.get("/api/stats").json()
    assert s["total"] == 601
    assert sum(r["n"] for r in s["by_type"]) == 601
    assert {"date", "event", "n"} <= set(s["by_day"][0])
    assert {"country_code", "n"} <= set(s["by_country"][0])
    only = client.get("/api/stats", params={"type": "ASSAULT"}).json()
    assert [r["event"] for r in only["by_type"]] == ["ASSAULT"]


def test_export_jsonl_streams_every_matching_event(client: Any) -> None:
    r = client.get("/api/export", params={"format": "jsonl", "type": "ASSAULT"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in r.headers["content-disposition"]
    lines = [json.loads(line) for line in r.text.splitlines() if line]
    total = client.get("/api/events", params={"type": "ASSAULT"}).json()["total"]
    assert len(lines) == total and all(e["event"] == "ASSAULT" and e["article_id"] for e in lines)


def test_export_csv_and_geojson(client: Any) -> None:
    r = client.get("/api/export", params={"format": "csv", "country": "SYR"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {"id", "event", "lat", "lon"} <= set(rows[0])
    g = client.get("/api/export", params={"format": "geojson", "type": "ASSAULT"}).json()
    assert g["type"] == "FeatureCollection" and g["features"]
    assert all(f["geometry"]["type"] == "Point" for f in g["features"])


def test_export_limit_and_bad_format(client: Any) -> None:
    r = client.get("/api/export", params={"format": "jsonl", "limit": 7})
    assert len([x for x in r.text.splitlines() if x]) == 7
    assert_error(client.get("/api/export", params={"format": "xlsx"}), 400, "format")
    assert_error(client.get("/api/export", params={"format": "jsonl", "quad": "x"}), 400, "quad")


def test_points_are_located_and_compact(client: Any) -> None:
    body = client.get("/api/points", params={"limit": 50}).json()
    assert body["fields"][:3] == ["id", "lat", "lon"] and len(body["items"]) == 50 and body["truncated"]
    assert all(-90 <= p[1] <= 90 and -180 <= p[2] <= 180 and p[3] in (1, 2, 3, 4) for p in body["items"])
    dates = [p[5] for p in body["items"] if p[5]]
    assert dates == sorted(dates, reverse=True)
    only = client.get("/api/points", params={"type": "ASSAULT", "country": "SYR", "limit": 5000}).json()
    assert only["items"] and not only["truncated"] and {p[4] for p in only["items"]} == {"ASSAULT"}
    located = [e for e in client.get("/api/events", params={"type": "ASSAULT", "country": "SYR", "limit": 500}
                                     ).json()["items"] if e["event_loc"] and e["event_loc"]["lat"] is not None]
    assert {p[0] for p in only["items"]} == {e["id"] for e in located}


# -- errors, docs and static assets ---------------------------------------------------------------------------------

def test_one_error_shape_everywhere(client: Any) -> None:
    assert_error(client.get("/api/nothing-here"), 404)
    assert_error(client.delete("/api/events"), 405)
    assert_error(client.get("/api/events", params={"limit": "many"}), 422, "limit")


def test_read_only_without_token(client: Any) -> None:
    assert_error(client.post("/api/articles", json={"text": "Troops attacked the town."}), 403)


def test_docs_are_served_from_local_assets(client: Any) -> None:
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert "http://" not in html and "https://" not in html
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/stats", "/api/export"} <= set(spec["paths"])


def test_security_headers(client: Any) -> None:
    for path in ("/", "/api/events", "/docs"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"] and "connect-src 'self'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"


WEB = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "web"


def test_dashboard_assets_load_nothing_from_outside(client: Any) -> None:
    assert client.get("/").status_code == 200
    for path in [WEB / "index.html", WEB / "docs.js", *sorted((WEB / "js").glob("*.js")), WEB / "app.css"]:
        text = path.read_text(encoding="utf-8")
        for bad in ('src="http', "src='http", 'href="http', "url(http", "fetch(\"http", "import(\"http"):
            assert bad not in text, f"{path.name} refers to an outside resource"
        assert ".innerHTML" not in text and "insertAdjacentHTML" not in text, f"{path.name} parses HTML"


def test_vendored_assets_are_listed_and_small() -> None:
    vendor = WEB / "vendor"
    total = sum(p.stat().st_size for p in vendor.rglob("*") if p.is_file())
    assert total < 3_000_000
    listed = (vendor / "VENDOR.md").read_text(encoding="utf-8")
    for name in ("leaflet", "leaflet.markercluster", "world-atlas", "topojson-client", "swagger-ui-dist"):
        assert name in listed


# -- startup and the per-request query budget -----------------------------------------------------------------------

def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "missing.db")


def test_query_budget_interrupts_expensive_queries(db: Path) -> None:
    app = create_app(db)
    app.state.store_access.query_budget_s = -1.0  # every query is already over budget
    app.state.store_access.progress_steps = 100
    with TestClient(app) as c:
        err = assert_error(c.get("/api/events", params={"actor": "zzz"}), 503)
        assert err["code"] == "query_too_expensive"
