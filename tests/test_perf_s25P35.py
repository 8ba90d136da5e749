"""Round P35 (session 25): what every worker built again on its first articles is built once, before the fork.

- the encoder cascade's ONNX session and tokenizer (`OnnxEncoder.warm`, via `Cascade.warm` and `EventCoder.warm`):
  each forked worker opened its own on its first close call (~0.35 s of CPU per worker); a session opened by `warm`
  starts no thread, so the workers use the parent's copy;
- the gazetteer's country and capital tables (`GeoParser.warm`): one scan of the place table each per worker.
The answers stay the same: the forked child's probabilities equal a fresh encoder's; the tables hold the same rows."""
from __future__ import annotations

import multiprocessing as mp
import os
import sqlite3
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pytest

from newsevents.coding.encoder import Cascade, OnnxEncoder, load_cascade
from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import Gazetteer, GazRecord, InMemoryGazetteer

_TEXTS = ["Police fired tear gas at protesters in Nairobi on Monday.",
          "Gunmen attacked a village in Zamfara state, killing 12 people.",
          "The army shelled rebel positions near Goma.",
          "Ministers met in Brussels to discuss new sanctions.",
          "",  # odd input: an empty sentence
          "ǅ ſ K — ¿qué? " * 20]  # odd input: rare letters, long


def _real_encoder() -> OnnxEncoder:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    try:
        enc = load_cascade().encoder
    except Exception as exc:  # the artefact is optional in a bare checkout
        pytest.skip(f"no encoder artefact ({exc})")
    assert isinstance(enc, OnnxEncoder)
    return enc


def _in_child(fn: Any) -> Any:
    """Run `fn()` in a forked child and return what it returned (pickled through a pipe)."""
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def body() -> None:
        os.environ["TOKENIZERS_PARALLELISM"] = "false"  # as the engine's workers
        send.send(fn())
        send.close()

    proc = ctx.Process(target=body)
    proc.start()
    got = recv.recv()
    proc.join(60)
    assert proc.exitcode == 0
    return got


def _same(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a, b))


def test_warmed_session_is_used_by_a_forked_child_with_the_same_answers() -> None:
    enc = _real_encoder()
    enc.warm()
    parent_session = id(enc._session)

    def child() -> tuple[int, int, Any]:
        session, _ = enc._ready()
        return id(session), enc._pid, enc.probabilities(_TEXTS)

    sid, pid, probs = _in_child(child)
    assert sid == parent_session  # the parent's session (its copy), not a new one
    assert pid == os.getpid()  # nothing was rebuilt in the child
    fresh = OnnxEncoder(enc.model_path, enc.tokenizer_path, enc.type_labels, enc.acled_labels, enc.quad_labels,
                        enc.quad_weight, enc.max_tokens)
    assert _same(probs, fresh.probabilities(_TEXTS))
    assert _same(probs, enc.probabilities(_TEXTS))  # the parent's own answers too


def test_session_opened_on_first_use_is_rebuilt_in_a_forked_child() -> None:
    enc = _real_encoder()
    enc._ready()  # opened on use, as a worker does (not by `warm`)
    assert not enc._fork_safe

    def child() -> tuple[int, Any]:
        enc._ready()
        return enc._pid, enc.probabilities(_TEXTS[:2])

    pid, probs = _in_child(child)
    assert pid not in (-1, os.getpid())  # the child opened its own, as before round P35
    assert _same(probs, enc.probabilities(_TEXTS[:2]))


def test_warm_is_idempotent_and_a_later_rebuild_drops_the_fork_mark() -> None:
    enc = _real_encoder()
    enc.warm()
    first = enc._session
    enc.warm()
    assert enc._session is first and enc._fork_safe
    enc._session = None  # (a reset) the next open is an ordinary one
    enc._ready()
    assert enc._session is not first and not enc._fork_safe


class _Fake:
    type_labels: tuple[str, ...] = ("A",)
    acled_labels: tuple[str, ...] = ("A",)

    def __init__(self) -> None:
        self.warmed = 0

    def warm(self) -> None:
        self.warmed += 1

    def probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        return np.ones((len(texts), 1)), np.ones((len(texts), 1))


class _NoWarm(_Fake):
    warm = None  # type: ignore[assignment]  # an encoder without the method


def test_cascade_warm_calls_the_encoder_where_it_can() -> None:
    fake = _Fake()
    Cascade(fake, 0.1, 0.1).warm()
    assert fake.warmed == 1
    Cascade(_NoWarm(), 0.1, 0.1).warm()  # nothing to call: no error


def test_coder_warm_warms_its_cascade(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.coding import coder as coder_module

    monkeypatch.setattr(coder_module, "warm_tables", lambda lexicon: None)
    fake = _Fake()
    c = coder_module.EventCoder.__new__(coder_module.EventCoder)
    c.lexicon, c.cascade = None, Cascade(fake, 0.1, 0.1)  # type: ignore[assignment]
    c.warm()
    assert fake.warmed == 1
    c.cascade = None
    c.warm()  # no cascade (NEWSEVENTS_ENCODER=off): nothing else to open


# --------------------------------------------------------------------------- gazetteer tables

def _rec(pid: int, name: str, country: str, feature: str, pop: int) -> GazRecord:
    return GazRecord(pid, pid, name, 1.0, 2.0, country, feature, pop, None, None, None, 4, 0)


_RECORDS = [_rec(1, "Kenya", "KEN", "PCLI", 50_000_000), _rec(2, "Nairobi", "KEN", "PPLC", 4_000_000),
            _rec(3, "Old Capital", "KEN", "PPLC", 10), _rec(4, "Chad", "TCD", "PCLI", 17_000_000),
            _rec(5, "N'Djamena", "TCD", "PPLC", 1_500_000), _rec(6, "Mombasa", "KEN", "PPLA", 1_200_000)]


def _sqlite_gazetteer(path: Path) -> Gazetteer:
    if path.exists():
        return Gazetteer.open(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE place (id, geonameid, name, lat, lon, country, feature, population, admin1, "
                 "admin1_id, admin2, resolution)")
    conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     [(r.id, r.geonameid, r.name, r.lat, r.lon, r.country, r.feature, r.population, None, None,
                       None, r.resolution) for r in _RECORDS])
    conn.commit()
    conn.close()
    return Gazetteer.open(path)


class _Counting(Gazetteer):
    def __init__(self, inner: Gazetteer) -> None:
        super().__init__(inner._conn, inner.path)
        self.scans = 0

    def capital(self, alpha3: str) -> GazRecord | None:
        self.scans += self._capitals is None
        return super().capital(alpha3)


def test_geoparser_warm_reads_the_country_and_capital_tables(tmp_path: Path) -> None:
    gaz = _Counting(_sqlite_gazetteer(tmp_path / "g.sqlite"))
    gp = GeoParser.__new__(GeoParser)
    gp.gazetteer, gp._automaton, gp._gated_all = gaz, object(), ()  # type: ignore[assignment]
    gp.warm()
    assert gaz.scans == 1 and gaz._capitals is not None and gaz._countries
    cold = _sqlite_gazetteer(tmp_path / "g.sqlite")  # the same rows, read on demand
    for code in ("KEN", "TCD", "XXX", ""):
        assert gaz.capital(code) == cold.capital(code)
        assert gaz.country(code) == cold.country(code)
    assert gaz.capital("KEN") is not None and gaz.capital("KEN").name == "Nairobi"  # type: ignore[union-attr]
    assert gaz.scans == 1  # no second scan


def test_geoparser_warm_with_other_gazetteers() -> None:
    gp = GeoParser.__new__(GeoParser)
    gp.gazetteer, gp._automaton, gp._gated_all = InMemoryGazetteer(_RECORDS), object(), ()  # type: ignore[assignment]
    gp.warm()  # an in-memory gazetteer: the lookups are answered, nothing is stored
    gp.gazetteer = object()  # type: ignore[assignment]  # one without the tables
    gp.warm()
