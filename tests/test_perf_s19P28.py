"""Round P28 (session 19): with several workers the local engine loads the pipeline once, in the parent, and the
workers forked from it share it (`LocalEngine.start`); the pipeline's first-article tables are built before the
fork (`Pipeline.warm`, `GeoParser.warm`), and each worker reads the gazetteer through a connection of its own
(`Pipeline.after_fork`, `Gazetteer.after_fork`)."""
from __future__ import annotations

import multiprocessing as mp
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from newsevents.engines import local
from newsevents.engines.local import LocalEngine, run_local
from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS, tiny_gazetteer
from newsevents.geo.gazetteer import Gazetteer
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Result
from newsevents.segment import split_sentences

# ---------------------------------------------------------------------------------------------- the engine


class _Traced:
    """A pipeline that says, in each Result's `error`, which process made it, which process it runs in, and
    whether it was warmed and told about the fork."""

    made = 0  # factory calls in this process

    def __init__(self) -> None:
        type(self).made += 1
        self.made_in = os.getpid()
        self.warmed = 0
        self.forked_into = 0

    def warm(self) -> None:
        self.warmed += 1

    def after_fork(self) -> None:
        self.forked_into = os.getpid()

    def run_batch(self, chunk: list[Article]) -> list[Result]:
        info = f"{self.made_in} {os.getpid()} {self.warmed} {self.forked_into}"
        return [Result(article=a, error=info) for a in chunk]


class _Plain:
    """A pipeline with neither `warm` nor `after_fork` (any object with `run_batch` must still work)."""

    def run_batch(self, chunk: list[Article]) -> list[Result]:
        return [Result(article=a, error=None if a.text else "empty text") for a in chunk]


def _arts(n: int) -> list[Article]:
    return [Article(str(i), "" if i % 4 == 0 else f"story {i}") for i in range(n)]


def test_workers_share_the_pipeline_loaded_in_the_parent() -> None:
    _Traced.made = 0
    parent = os.getpid()
    with LocalEngine(_Traced, workers=2, chunk_size=2) as engine:
        engine.wait_ready()
        out = list(engine.map(iter(_arts(30))))
    assert _Traced.made == 1  # loaded once, here
    assert [r.article.id for r in out] == [str(i) for i in range(30)]
    infos = [str(r.error).split() for r in out]
    assert {int(made) for made, _, _, _ in infos} == {parent}
    assert all(int(run) != parent for _, run, _, _ in infos)  # ran in the workers
    assert all(warmed == "1" for _, _, warmed, _ in infos)  # warmed once, before the fork
    assert all(forked == run for _, run, _, forked in infos)  # each worker was told it is a fork


def test_parent_drops_the_shared_pipeline_once_forked() -> None:
    with LocalEngine(_Traced, workers=2) as engine:
        engine.wait_ready()
        assert local._SHARED == {}
        assert local._WORKER == {}  # the parent never runs the pipeline itself
        list(engine.map(iter(_arts(3))))


def test_pipeline_without_hooks_runs_in_workers() -> None:
    with LocalEngine(_Plain, workers=2, chunk_size=3) as engine:
        engine.wait_ready()
        out = list(engine.map(iter(_arts(20))))
    assert [r.article.id for r in out] == [str(i) for i in range(20)]
    assert [r.article.id for r in out if r.error] == ["0", "4", "8", "12", "16"]


@pytest.mark.parametrize("workers", [1, 2])
def test_same_results_in_process_and_in_workers(workers: int) -> None:
    out = list(run_local(_arts(25), _Plain, workers=workers, chunk_size=4))
    assert [(r.article.id, r.error) for r in out] == [(a.id, None if a.text else "empty text") for a in _arts(25)]


def test_empty_input_with_workers() -> None:
    assert list(run_local(iter([]), _Traced, workers=2)) == []


def test_in_process_pipeline_is_not_warmed() -> None:
    # one process builds its first-article tables lazily, as before (nothing is shared)
    out = list(run_local(_arts(2), _Traced, workers=1))
    assert [str(r.error).split()[2:] for r in out] == [["0", "0"], ["0", "0"]]


class _Failing:
    def __init__(self) -> None:
        raise RuntimeError("no model")


def test_a_loading_error_is_raised_in_the_parent() -> None:
    with pytest.raises(RuntimeError, match="no model"):
        LocalEngine(_Failing, workers=2).start()
    assert local._SHARED == {}


def _busy() -> _Plain:
    """Loading that burns at least 0.05 s of CPU (counted, not timed: the loop reads the CPU clock)."""
    t0 = time.process_time()
    while time.process_time() - t0 < 0.05:
        pass
    return _Plain()


def test_startup_cpu_counts_the_parents_loading() -> None:
    engine = LocalEngine(_busy, workers=2)
    assert engine.startup_cpu_s == 0.0
    with engine:
        engine.wait_ready()
        assert engine.startup_cpu_s >= 0.05
        assert [r.article.id for r in engine.map(iter(_arts(3)))] == ["0", "1", "2"]


# ---------------------------------------------------------------------------------------------- the hooks


def _meta_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE place (id INTEGER)")
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('build', '65')")
    conn.commit()
    conn.close()
    return path


def test_gazetteer_after_fork_reads_through_a_new_connection(tmp_path: Path) -> None:
    gaz = Gazetteer.open(_meta_db(tmp_path / "g.sqlite"))
    first = gaz._conn
    assert gaz.meta() == {"build": "65"}
    gaz.after_fork()
    assert gaz._conn is not first and gaz._inherited is first
    assert gaz.meta() == {"build": "65"}
    first.execute("SELECT 1").fetchall()  # the inherited connection was not closed
    gaz.after_fork()  # twice: still reads
    assert gaz.meta() == {"build": "65"}


def _child_meta(gaz: Gazetteer, queue: Any) -> None:
    gaz.after_fork()
    queue.put(gaz.meta())


def test_gazetteer_after_fork_in_a_forked_child(tmp_path: Path) -> None:
    gaz = Gazetteer.open(_meta_db(tmp_path / "g.sqlite"))
    assert gaz.meta() == {"build": "65"}
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_child_meta, args=(gaz, queue))
    child.start()
    got = queue.get(timeout=60)
    child.join(timeout=60)
    assert got == {"build": "65"} and child.exitcode == 0
    assert gaz.meta() == {"build": "65"}  # the parent's connection still reads


_TEXTS = [
    "",
    "Gaza",
    "Rockets were fired from Gaza on Sunday, officials in Tel Aviv said. Sirens sounded in Tel Aviv.",
    "no places here at all",
    "Gaza Gaza Gaza",
]


def test_geoparser_warm_builds_the_same_tables() -> None:
    lazy = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    warm = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    warm.warm()
    assert warm._automaton is not None and warm._gated_all is not None
    built = warm._automaton
    warm.warm()  # idempotent
    assert warm._automaton is built
    for text in _TEXTS:
        art = Article("a", text)
        sents = split_sentences(text)
        assert warm.places(art, sents, [], set()) == lazy.places(art, sents, [], set())
    found = lazy.places(Article("a", _TEXTS[2]), split_sentences(_TEXTS[2]), [], set())
    assert {p.text for p in found} >= {"Gaza", "Tel Aviv"}  # the comparison above is not of empty lists
    assert lazy._gated_all == warm._gated_all
    assert lazy.gated_names == warm.gated_names and lazy.listed_cities == warm.listed_cities


def test_geoparser_after_fork_without_a_reopenable_gazetteer() -> None:
    parser = GeoParser(tiny_gazetteer(), weights=WEIGHTS)  # the in-memory gazetteer has no connection
    parser.after_fork()
    art = Article("a", "Shelling hit Gaza.")
    sents = split_sentences(art.text)
    fresh = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    assert parser.places(art, sents, [], set()) == fresh.places(art, sents, [], set())
    assert [p.text for p in parser.places(art, sents, [], set())] == ["Gaza"]


class _Geo:
    def event_location(self, article: Any, sentence: Any, trigger: Any, places: Any) -> None:
        return None


class _Nlp:
    pipe_names: list[str] = []


def test_pipeline_hooks_skip_a_geoparser_without_them() -> None:
    pipe = Pipeline(_Nlp(), object(), _Geo())  # type: ignore[arg-type]
    pipe.warm()
    pipe.after_fork()


def test_pipeline_hooks_reach_the_geoparser() -> None:
    geo = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    pipe = Pipeline(_Nlp(), object(), geo)  # type: ignore[arg-type]
    pipe.warm()
    assert geo._automaton is not None
    pipe.after_fork()
