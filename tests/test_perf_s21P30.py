"""Round P30 (session 21): the gazetteer name automaton is cached in the gazetteer home (`geo.automaton_cache`),
keyed by the gazetteer's build id and a hash of the code and inputs that build its variants; repeated per-article
scans are read once (`geo._find_dateline`, `locate._lead_end`). Every cached or shared value equals the old one."""
from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.geo import GeoParser, _find_dateline, automaton_cache
from newsevents.geo.fakes import tiny_gazetteer
from newsevents.geo.recognize import NameAutomaton
from newsevents.segment import find_dateline, split_sentences

BUILD = "740b722d2a7e"
NAMES = [("Kandahar", 2), ("Lashkar Gah", 2), ("Mali", 3), ("São Tomé", 3), ("El Fasher", 2), ("Bo", 1),
         ("Sub-Saharan Africa", 3), ("Jordan", 3)]
TEXTS = ["Clashes in KANDAHAR and Lashkar Gah left 4 dead.", "Troops reached El-Fasher from Sao Tome via Mali.",
         "", "Bo", "Kandahar", "nothing here at all", "sub-Saharan Africa and Jordan", "El Fasher's market"]


def _small() -> NameAutomaton:
    return NameAutomaton(NAMES, ["Jordan"], ["Sub-Saharan Africa"])


def _matches(a: NameAutomaton) -> list[list[tuple[int, int, int]]]:
    return [a.matches(t, 0, len(t)) for t in TEXTS]


class _Counted:
    """A `build` callable that counts its calls."""

    def __init__(self, make: Callable[[], NameAutomaton] = _small) -> None:
        self.calls = 0
        self.make = make

    def __call__(self) -> NameAutomaton:
        self.calls += 1
        return self.make()


def _files(home: Path) -> list[Path]:
    return sorted(home.glob("automaton-*.pickle"))


# ------------------------------------------------------------------------------------------------ the cache


def test_built_once_then_loaded_with_the_same_matches(tmp_path: Path) -> None:
    build = _Counted()
    first = automaton_cache.cached(tmp_path, BUILD, build)
    second = automaton_cache.cached(tmp_path, BUILD, build)
    assert build.calls == 1
    assert len(_files(tmp_path)) == 1
    assert second is not first and second.size == first.size == _small().size
    assert _matches(second) == _matches(first) == _matches(_small())


def test_file_name_and_header_carry_the_key(tmp_path: Path) -> None:
    automaton_cache.cached(tmp_path, BUILD, _Counted())
    (path,) = _files(tmp_path)
    variants = automaton_cache.variant_hash()
    assert path == automaton_cache.cache_path(tmp_path, BUILD, variants)
    assert path.read_bytes().startswith(b"newsevents-automaton\n" + f"{BUILD} {variants}\n".encode())
    assert not list(tmp_path.glob("*.tmp"))  # (written atomically: no temporary file left)


def test_other_build_id_is_never_loaded(tmp_path: Path) -> None:
    automaton_cache.cached(tmp_path, BUILD, _Counted())
    build = _Counted(lambda: NameAutomaton([("Herat", 2)]))
    other = automaton_cache.cached(tmp_path, "0123456789ab", build)
    assert build.calls == 1
    assert other.matches("in Herat and Kandahar", 0, 21) == [(3, 8, 2)]


def test_other_variant_hash_is_never_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    automaton_cache.cached(tmp_path, BUILD, _Counted())
    monkeypatch.setattr(automaton_cache, "variant_hash", lambda: "ffffffffffffffff")
    build = _Counted()
    automaton_cache.cached(tmp_path, BUILD, build)
    assert build.calls == 1


def test_a_file_renamed_to_another_key_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # (the header, not only the name, must match: a copied or renamed file is rebuilt)
    automaton_cache.cached(tmp_path, "0123456789ab", _Counted(lambda: NameAutomaton([("Herat", 2)])))
    (path,) = _files(tmp_path)
    path.rename(automaton_cache.cache_path(tmp_path, BUILD, automaton_cache.variant_hash()))
    build = _Counted()
    with caplog.at_level(logging.WARNING):
        got = automaton_cache.cached(tmp_path, BUILD, build)
    assert build.calls == 1 and "unreadable" in caplog.text
    assert _matches(got) == _matches(_small())


def test_variant_hash_follows_the_variant_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = automaton_cache.variant_hash()
    assert before == automaton_cache.variant_hash()  # (stable within a process)
    import newsevents.geo.recognize as recognize

    edited = tmp_path / "recognize.py"
    edited.write_bytes(Path(recognize.__file__).read_bytes() + b"\n# an edit\n")
    monkeypatch.setattr(recognize, "__file__", str(edited))
    assert automaton_cache.variant_hash() != before


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "header only", "other object"])
def test_corrupt_file_is_rebuilt_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                damage: str) -> None:
    automaton_cache.cached(tmp_path, BUILD, _Counted())
    (path,) = _files(tmp_path)
    data = path.read_bytes()
    header = data[:data.index(b"\n", len(b"newsevents-automaton\n")) + 1]
    path.write_bytes({"truncated": data[:len(data) // 2], "garbage": header + b"\x00not a pickle" * 50,
                      "empty": b"", "header only": header,
                      "other object": header + pickle.dumps({"size": 3})}[damage])
    build = _Counted()
    with caplog.at_level(logging.WARNING):
        got = automaton_cache.cached(tmp_path, BUILD, build)
    assert build.calls == 1
    assert "unreadable" in caplog.text
    assert _matches(got) == _matches(_small())
    # the rebuilt automaton replaced the bad file: the next run loads it
    again = _Counted()
    assert _matches(automaton_cache.cached(tmp_path, BUILD, again)) == _matches(_small())
    assert again.calls == 0


def test_missing_home_directory_is_fine(tmp_path: Path) -> None:
    home = tmp_path / "no" / "such" / "home"
    build = _Counted()
    got = automaton_cache.cached(home, BUILD, build)
    assert build.calls == 1 and _matches(got) == _matches(_small())
    assert not home.exists()  # (nothing created: the cache only lives in an existing home)


def test_unwritable_home_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(path: Path, *args: object) -> None:
        raise PermissionError(13, "read-only home", str(path))

    monkeypatch.setattr(automaton_cache, "save", refused)
    build = _Counted()
    assert _matches(automaton_cache.cached(tmp_path, BUILD, build)) == _matches(_small())
    assert _matches(automaton_cache.cached(tmp_path, BUILD, build)) == _matches(_small())
    assert build.calls == 2 and not list(tmp_path.iterdir())


def test_empty_automaton_round_trips(tmp_path: Path) -> None:
    build = _Counted(lambda: NameAutomaton([]))
    automaton_cache.cached(tmp_path, BUILD, build)
    got = automaton_cache.cached(tmp_path, BUILD, build)
    assert build.calls == 1 and got.size == 0 and got.matches("Kandahar", 0, 8) == []


def test_stale_files_are_pruned_but_the_latest_other_kept(tmp_path: Path) -> None:
    for i, build_id in enumerate(("aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc")):
        automaton_cache.cached(tmp_path, build_id, _Counted())
        os.utime(automaton_cache.cache_path(tmp_path, build_id, automaton_cache.variant_hash()), (i, i))
    automaton_cache.cached(tmp_path, BUILD, _Counted())
    assert [p.name.split("-")[1] for p in _files(tmp_path)] == [BUILD, "cccccccccccc"]


# ------------------------------------------------------------------------------------------- for_gazetteer


class _FileGazetteer:
    """What `for_gazetteer` reads of a `Gazetteer`: its file path and its meta table."""

    def __init__(self, path: Path, build_id: str | None = BUILD) -> None:
        self.path = path
        self._meta = {"sources_hash": build_id} if build_id is not None else {}

    def meta(self) -> dict[str, str]:
        return dict(self._meta)


def test_only_a_database_in_the_home_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    monkeypatch.setenv("NEWSEVENTS_HOME", str(home))
    build = _Counted()
    automaton_cache.for_gazetteer(_FileGazetteer(elsewhere / f"gazetteer-{BUILD}.sqlite"), build)
    automaton_cache.for_gazetteer(_FileGazetteer(elsewhere / f"gazetteer-{BUILD}.sqlite"), build)
    assert build.calls == 2 and not _files(home) and not _files(elsewhere)
    # a planted file outside the home is never read
    automaton_cache.cached(elsewhere, BUILD, _Counted())
    automaton_cache.for_gazetteer(_FileGazetteer(elsewhere / f"gazetteer-{BUILD}.sqlite"), build)
    assert build.calls == 3
    automaton_cache.for_gazetteer(_FileGazetteer(home / f"gazetteer-{BUILD}.sqlite"), build)
    automaton_cache.for_gazetteer(_FileGazetteer(home / f"gazetteer-{BUILD}.sqlite"), build)
    assert build.calls == 4 and len(_files(home)) == 1


@pytest.mark.parametrize("build_id", [None, "", "../x", "ABC/../../etc", "no spaces"])
def test_no_usable_build_id_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           build_id: str | None) -> None:
    monkeypatch.setenv("NEWSEVENTS_HOME", str(tmp_path))
    build = _Counted()
    got = automaton_cache.for_gazetteer(_FileGazetteer(tmp_path / "g.sqlite", build_id), build)
    assert build.calls == 1 and _matches(got) == _matches(_small()) and not list(tmp_path.iterdir())


def test_in_memory_gazetteer_is_always_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_HOME", str(tmp_path))
    geo = GeoParser(tiny_gazetteer())
    built = geo._build_automaton()
    assert _matches(geo.automaton) == _matches(built)
    assert geo.automaton is geo.automaton  # (once per parser)
    assert not list(tmp_path.iterdir())


def _real_gazetteer_path() -> Path:
    from newsevents.geo.build import default_path

    try:
        path = default_path()
    except Exception:  # noqa: BLE001 (packages missing: no real gazetteer here)
        pytest.skip("no gazetteer sources")
    if not path.is_file():
        pytest.skip("no built gazetteer in this home")
    return path


def test_real_gazetteer_cached_automaton_matches_a_fresh_build(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.geo.gazetteer import Gazetteer
    from newsevents.samples import ARTICLES_DIR

    real = _real_gazetteer_path()
    home = tmp_path / "home"
    home.mkdir()
    (home / real.name).symlink_to(real)  # (the home is where the database's name lies)
    monkeypatch.setenv("NEWSEVENTS_HOME", str(home))
    fresh = GeoParser(Gazetteer.open(home / real.name))._build_automaton()
    writer = GeoParser(Gazetteer.open(home / real.name))
    assert writer.automaton.size == fresh.size
    assert len(_files(home)) == 1
    reader = GeoParser(Gazetteer.open(home / real.name))
    loaded = reader.automaton
    assert type(loaded) is NameAutomaton and loaded.size == fresh.size
    texts = [p.read_text("utf-8") for p in sorted(Path(str(ARTICLES_DIR)).rglob("*")) if p.is_file()][:40]
    texts += TEXTS + ["WASHINGTON (Reuters) - Sub-Saharan Africa, El-Fasher and São Tomé", "Jisr Al-Shughour"]
    for text in texts:
        assert loaded.matches(text, 0, len(text)) == fresh.matches(text, 0, len(text))


# ------------------------------------------------------------------------------------- per-article memos

STORIES = ["", "x", "KABUL (Reuters) - Gunmen killed two guards.", "Kyiv, Ukraine — Drones struck overnight.",
           "Title line\nLAGOS, Nigeria - Police said.\nMore.", "NEW DELHI: The court ruled.", "Police: two held.",
           "\n\n  BEIRUT -- Strikes hit.", "One sentence. Two sentences. Three sentences here.", "Jewell: Boyd Carney"]


@pytest.mark.parametrize("text", STORIES)
def test_find_dateline_memo_equals_the_scan(text: str) -> None:
    dl = find_dateline(text)
    want = (dl.start, dl.end) if dl is not None else None
    assert _find_dateline(text) == want
    assert _find_dateline(text) == want  # (asked again: the memo)
    assert _find_dateline(str(text)) == want  # (an equal text made twice)


@pytest.mark.parametrize("text", STORIES)
def test_lead_end_equals_the_split(text: str) -> None:
    from newsevents.geo.locate import LEAD_SENTENCES, _lead_end

    sents = split_sentences(text)
    want = sents[min(len(sents), LEAD_SENTENCES) - 1].end if sents else len(text)
    assert _lead_end(text) == want
    assert _lead_end("".join(list(text))) == want
