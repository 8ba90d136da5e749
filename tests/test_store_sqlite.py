"""SQLiteStore: writes, dedup, every filter, sorting, paging, reads, interrupted runs. Synthetic Results only."""
from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import InputError, StoreError
from newsevents.records import Article, Entity, Event, Location, Place, Result, Sentence, Size, Trigger
from newsevents.store import EventFilter, SQLiteStore


def make_event(eid: str, text: str, trigger: str, *, event: str = "ASSAULT", quad: int = 4,
               mode: tuple[str, ...] = (), actor: tuple[str, str | None] = ("Syrian troops", "SYR"),
               recipient: tuple[str, str | None] | None = None, place: Place | None = None,
               day: str | None = "2024-03-05", confidence: float = 0.9, dead: int | None = None) -> Event:
    """An event whose trigger/actor offsets point into `text` (a one-sentence article)."""
    sent = Sentence(0, 0, len(text), text)
    t0 = text.index(trigger)
    a0 = text.index(actor[0])
    rec = ()
    if recipient:
        r0 = text.index(recipient[0])
        rec = (Entity(recipient[0], r0, r0 + len(recipient[0]), recipient[1], "CVL"),)
    return Event(id=eid, event=event, mode=mode, context=(), quad_code=quad, event_scale=-9.0, cameo_root="19",
                 acled_event_type="Battles" if event == "ASSAULT" else None,
                 acled_sub_event_type="Armed clash" if event == "ASSAULT" else None,
                 actor=(Entity(actor[0], a0, a0 + len(actor[0]), actor[1], "MIL"),), recipient=rec,
                 trigger=Trigger(t0, t0 + len(trigger), trigger),
                 event_loc=Location.from_place(place) if place else None, date=day,
                 date_precision="day" if day else None, aux=(), size=Size(dead=dead), event_text=text,
                 sentence=sent, confidence=confidence)


def make_place(text: str, name: str, cc: str, lat: float, lon: float) -> Place:
    s = text.index(name)
    return Place(s, s + len(name), name, name, 1, lat, lon, cc, "PPL")


def make_result(aid: str, text: str, events: tuple[Event, ...], places: tuple[Place, ...] = (),
                title: str | None = None, published: date | None = date(2024, 3, 6)) -> Result:
    art = Article(aid, text, title or f"Title {aid}", published, f"https://example.org/{aid}", "Wire")
    return Result(art, tuple(Event.from_dict(e.to_dict(), aid) for e in events), places)


ALEPPO = "Syrian troops shelled rebels in Aleppo on Tuesday, killing 3 people."
KYIV = "Russian forces struck Kyiv with drones overnight."
PARIS = "Police arrested dozens of protesters in Paris after the march."
FIJI = "Fijian police detained a fisherman near Suva."


def corpus() -> list[Result]:
    p_aleppo = make_place(ALEPPO, "Aleppo", "SYR", 36.2, 37.13)
    p_kyiv = make_place(KYIV, "Kyiv", "UKR", 50.45, 30.52)
    p_paris = make_place(PARIS, "Paris", "FRA", 48.85, 2.35)
    p_suva = make_place(FIJI, "Suva", "FJI", -18.14, 178.44)
    return [
        make_result("a1", ALEPPO, (make_event("e1", ALEPPO, "shelled", mode=("explosives",),
                                              recipient=("rebels", None), place=p_aleppo, dead=3,
                                              day="2024-03-05", confidence=0.95),), (p_aleppo,)),
        make_result("a2", KYIV, (make_event("e2", KYIV, "struck", mode=("aerial",), actor=("Russian forces", "RUS"),
                                            place=p_kyiv, day="2024-03-01", confidence=0.7),), (p_kyiv,)),
        make_result("a3", PARIS, (make_event("e3", PARIS, "arrested", event="COERCE", mode=("arrest",),
                                             actor=("Police", "FRA"), recipient=("protesters", None), place=p_paris,
                                             day="2024-02-20", confidence=0.8),
                                  make_event("e4", PARIS, "march", event="PROTEST", mode=("demonstrate",),
                                             actor=("protesters", None), place=None, day=None, confidence=0.5)),
                    (p_paris,)),
        make_result("a4", FIJI, (make_event("e5", FIJI, "detained", event="COERCE", mode=("arrest",),
                                            actor=("Fijian police", "FJI"), recipient=("fisherman", None),
                                            place=p_suva, day="2024-03-10", confidence=0.6),), (p_suva,)),
    ]


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "events.db").open()
    for r in corpus():
        assert s.add_result(r, source_path="in.jsonl")
    yield s
    s.close()


def ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def test_add_result_dedups_by_content_hash(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "db.sqlite") as s:
        rs = corpus()
        assert [s.add_result(r) for r in rs] == [True] * 4
        assert [s.add_result(r) for r in rs] == [False] * 4  # re-running the same input adds nothing
        assert s.summary()["articles"] == 4 and s.summary()["events"] == 5
        assert s.has_article(rs[0].article.content_hash)
        assert not s.has_article("0" * 64)


def test_error_result_is_recorded_as_failure(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "db.sqlite") as s:
        bad = Result(Article("broken", "x"), error="text is empty")
        assert s.add_result(bad) is False
        s.add_failure("other", "could not parse")
        summ = s.summary()
        assert summ["failures"] == 2 and summ["articles"] == 0
        assert s.failures()[0]["record"] == "other"


def test_query_row_shape(store: SQLiteStore) -> None:
    row = store.query_events(EventFilter(article_id="a1"))[0]
    assert row["article_id"] == "a1" and row["article_title"] == "Title a1" and row["published"] == "2024-03-06"
    expected = corpus()[0].events[0].to_dict()
    assert {k: row[k] for k in expected} == expected


@pytest.mark.parametrize(("f", "expected"), [
    (EventFilter(), {"e1", "e2", "e3", "e4", "e5"}),
    (EventFilter(types=("COERCE",)), {"e3", "e5"}),
    (EventFilter(types=("coerce", "PROTEST")), {"e3", "e4", "e5"}),
    (EventFilter(modes=("aerial", "explosives")), {"e1", "e2"}),
    (EventFilter(quads=(4,)), {"e1", "e2", "e3", "e4", "e5"}),
    (EventFilter(quads=(1, 2)), set()),
    (EventFilter(countries=("SYR",)), {"e1"}),  # location and actor
    (EventFilter(countries=("fra",)), {"e3"}),  # e4 has no country at all
    (EventFilter(countries=("RUS",)), {"e2"}),  # actor country only... and location UKR
    (EventFilter(countries=("UKR",)), {"e2"}),  # location country
    (EventFilter(actor="police"), {"e3", "e5"}),
    (EventFilter(actor="PROTESTERS"), {"e3", "e4"}),  # actor or recipient, case-insensitive
    (EventFilter(actor="100%_"), set()),  # LIKE wildcards are literal
    (EventFilter(date_from="2024-03-01"), {"e1", "e2", "e5"}),
    (EventFilter(date_to="2024-03-01"), {"e2", "e3"}),
    (EventFilter(date_from="2024-03-01", date_to="2024-03-05"), {"e1", "e2"}),
    (EventFilter(bbox=(-10.0, 40.0, 40.0, 60.0)), {"e2", "e3"}),
    (EventFilter(bbox=(37.0, 36.0, 37.2, 36.3)), {"e1"}),
    (EventFilter(bbox=(170.0, -30.0, -170.0, 0.0)), {"e5"}),  # crosses the antimeridian
    (EventFilter(q="Aleppo"), {"e1"}),
    (EventFilter(q="protest*"), {"e3", "e4"}),
    (EventFilter(q='"troops shelled"'), {"e1"}),
    (EventFilter(q="drones Kyiv"), {"e2"}),
    (EventFilter(article_id="a3"), {"e3", "e4"}),
    (EventFilter(types=("COERCE",), countries=("FJI",), date_from="2024-01-01"), {"e5"}),
])
def test_filters(store: SQLiteStore, f: EventFilter, expected: set[str]) -> None:
    assert set(ids(store.query_events(f))) == expected
    assert store.count_events(f) == len(expected)
    assert store.stats(f)["total"] == len(expected)
    assert {r["id"] for r in store.iter_events(f)} == expected


@pytest.mark.parametrize("text", ['"', "AND", "*", "OR OR", "NOT", "(", "title:x", "a\"b", "NEAR(", "^", "'"])
def test_fts_odd_input_never_crashes(store: SQLiteStore, text: str) -> None:
    try:
        rows = store.query_events(EventFilter(q=text))
    except InputError as exc:
        assert exc.record == "q" and "search" in exc.message
    else:
        assert isinstance(rows, list)
    try:
        store.list_articles(q=text)
    except InputError as exc:
        assert exc.record == "q"


def test_fts_operator_words_are_literal(store: SQLiteStore) -> None:
    # "AND" is a word to look for, not an operator; PARIS contains "after the march" but no "and".
    assert store.count_events(EventFilter(q="AND")) == 0
    assert store.count_events(EventFilter(q="after the")) == 2


def test_sorts_and_paging(store: SQLiteStore) -> None:
    f = EventFilter()
    assert ids(store.query_events(f, sort="-date")) == ["e5", "e1", "e2", "e3", "e4"]  # undated last
    assert ids(store.query_events(f, sort="date")) == ["e3", "e2", "e1", "e5", "e4"]  # undated last
    assert ids(store.query_events(f, sort="-confidence"))[:2] == ["e1", "e3"]
    assert ids(store.query_events(f, sort="confidence"))[0] == "e4"
    assert [r["event"] for r in store.query_events(f, sort="event")] == ["ASSAULT", "ASSAULT", "COERCE", "COERCE",
                                                                          "PROTEST"]
    assert [(r["event_loc"] or {}).get("country_code") for r in store.query_events(f, sort="country")] == \
        ["FJI", "FRA", "SYR", "UKR", None]
    pages = [ids(store.query_events(f, limit=2, offset=o)) for o in (0, 2, 4)]
    assert sum(pages, []) == ids(store.query_events(f))
    with pytest.raises(InputError):
        store.query_events(f, sort="rank; DROP TABLE events")
    with pytest.raises(InputError):
        store.query_events(f, limit=-1)


def test_limit_is_capped(tmp_path: Path) -> None:
    from newsevents.store.seed import seed_synthetic
    with SQLiteStore(tmp_path / "db.sqlite") as s:
        seed_synthetic(s, 1100)
        assert len(s.query_events(EventFilter(), limit=5000)) == 1000
        assert s.count_events(EventFilter()) == 1100
        assert sum(1 for _ in s.iter_events(EventFilter())) == 1100  # crosses a streaming chunk boundary


def test_get_event_and_article(store: SQLiteStore) -> None:
    ev = store.get_event("e1")
    assert ev is not None
    art = ev["article"]
    assert art["id"] == "a1" and art["text"] == ALEPPO and art["url"] == "https://example.org/a1"
    assert art["places"][0]["text"] == "Aleppo"
    tr = ev["trigger"]
    assert art["text"][tr["start"]:tr["end"]] == "shelled"
    assert store.get_event("nope") is None
    a3 = store.get_article("a3")
    assert a3 is not None and ids(a3["events"]) == ["e3", "e4"] and a3["text"] == PARIS
    assert store.get_article(a3["content_hash"])["id"] == "a3"
    assert store.get_article("missing") is None


def test_list_articles(store: SQLiteStore) -> None:
    arts = store.list_articles()
    assert {a["id"] for a in arts} == {"a1", "a2", "a3", "a4"}
    assert next(a for a in arts if a["id"] == "a3")["n_events"] == 2
    assert [a["id"] for a in store.list_articles(q="Paris")] == ["a3"]
    assert len(store.list_articles(limit=1, offset=1)) == 1


def test_stats(store: SQLiteStore) -> None:
    st = store.stats(EventFilter())
    assert st["total"] == 5
    assert st["by_type"] == [{"event": "ASSAULT", "n": 2}, {"event": "COERCE", "n": 2}, {"event": "PROTEST", "n": 1}]
    assert {"date": "2024-03-05", "event": "ASSAULT", "n": 1} in st["by_day"]
    assert sum(d["n"] for d in st["by_day"]) == 4  # the undated event is not on the timeline
    assert {c["country_code"]: c["n"] for c in st["by_country"]} == {"SYR": 1, "UKR": 1, "FRA": 1, "FJI": 1}
    assert store.summary()["by_type"] == {"COERCE": 2, "ASSAULT": 2, "PROTEST": 1}


def test_same_caller_id_different_text_gets_distinct_event_ids(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "db.sqlite") as s:
        r1 = corpus()[0]
        text2 = ALEPPO.replace("Tuesday", "Wednesday")
        r2 = make_result("a1", text2, (make_event("e1", text2, "shelled"),))
        assert s.add_result(r1) and s.add_result(r2)
        got = ids(s.query_events(EventFilter(article_id="a1"), sort="date"))
        assert len(got) == 2 and "e1" in got and len(set(got)) == 2
        again = SQLiteStore(tmp_path / "db2.sqlite").open()
        again.add_result(r1)
        again.add_result(r2)
        assert set(ids(again.query_events(EventFilter()))) == set(got)  # stable across runs
        again.close()


def test_interrupted_batch_keeps_committed_articles(tmp_path: Path) -> None:
    rs = corpus()
    path = tmp_path / "db.sqlite"
    s = SQLiteStore(path).open()
    assert s.add_result(rs[0]) and s.add_result(rs[1])
    # A failure in the middle of an article's transaction (here: an event id that cannot be bound).
    broken = rs[2]
    bad_event = broken.events[0]
    object.__setattr__(bad_event, "sentence", Sentence(object(), 0, 1, "x"))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="a3"):
        s.add_result(broken)
    s.close()  # the "process" ends here
    with SQLiteStore(path) as s2:
        assert s2.summary()["articles"] == 2 and s2.summary()["events"] == 2
        assert s2.count_events(EventFilter(article_id="a3")) == 0  # nothing half-written
        assert not s2.has_article(broken.article.content_hash)
        # Re-running the whole input adds only what is missing.
        assert [s2.add_result(r) for r in corpus()] == [False, False, True, True]


def test_killed_process_keeps_committed_articles(tmp_path: Path) -> None:
    import subprocess
    import sys
    path = tmp_path / "db.sqlite"
    code = f"""
import os, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_store_sqlite import corpus
from newsevents.store import SQLiteStore
s = SQLiteStore({str(path)!r}).open()
rs = corpus()
s.add_result(rs[0]); s.add_result(rs[1])
s.conn.execute("BEGIN IMMEDIATE")
s.conn.execute("INSERT INTO failures(record, error, at) VALUES ('x', 'half', 'now')")
os._exit(9)  # killed mid-transaction, without closing
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    with SQLiteStore(path) as s:
        assert s.summary() == {"articles": 2, "events": 2, "places": 2, "failures": 0,
                               "by_type": {"ASSAULT": 2}}


def test_readonly(store: SQLiteStore, tmp_path: Path) -> None:
    with SQLiteStore(store.path, readonly=True) as ro:
        assert ro.count_events(EventFilter()) == 5
        with pytest.raises(StoreError, match="read-only"):
            ro.add_result(corpus()[0])
    with pytest.raises(StoreError, match="no such database"):
        SQLiteStore(tmp_path / "missing.db", readonly=True).open()


def test_closed_store_raises(tmp_path: Path) -> None:
    s = SQLiteStore(tmp_path / "db.sqlite")
    with pytest.raises(StoreError, match="not open"):
        s.count_events(EventFilter())


def test_threads_share_one_store(store: SQLiteStore) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                assert store.count_events(EventFilter(types=("COERCE",))) == 2
                assert len(list(store.iter_events(EventFilter()))) == 5
                store.stats(EventFilter(q="police"))
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_wal_mode(store: SQLiteStore) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
