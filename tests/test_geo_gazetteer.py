from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import GazetteerError
from newsevents.geo.gazetteer import KIND_ABBREV, KIND_DEMONYM, Gazetteer
from newsevents.geo.names import fold, is_latin, looks_like_code, norm
from newsevents.geo.fakes import tiny_gazetteer


def test_norm_unifies_spellings() -> None:
    assert norm("St. Louis") == norm("Saint Louis") == norm("ST LOUIS")
    assert norm("Côte d’Ivoire") == norm("Cote d'Ivoire")
    assert norm("the Gaza Strip") == "gaza strip"
    assert norm("U.S.") == "us"
    assert norm("Guinea-Bissau") == "guinea bissau"
    assert fold("Île-de-France") == "Ile-de-France"


def test_latin_and_codes() -> None:
    assert is_latin("Sanaa") and not is_latin("Хьюстон")
    assert looks_like_code("HOU") and not looks_like_code("Hou")


def test_in_memory_lookup_orders_by_population() -> None:
    g = tiny_gazetteer()
    paris = g.lookup("Paris")
    assert [r.country for r in paris] == ["FRA", "USA"]
    assert g.lookup("La.")[0].name == "Louisiana" and g.lookup("La.")[0].kind == KIND_ABBREV
    assert g.lookup("Israeli")[0].kind == KIND_DEMONYM
    assert g.lookup("Atlantis") == []
    assert g.country("USA") is not None and g.country("USA").name == "United States"  # type: ignore[union-attr]
    assert any(n == "Gaza Strip" for n, _ in g.automaton_names())
    assert "Israeli" not in {n for n, _ in g.automaton_names()}


def test_open_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="gazetteer build"):
        Gazetteer.open(tmp_path / "nope.sqlite")


def test_open_corrupt_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(GazetteerError):
        Gazetteer.open(bad)


def test_sources_hash_is_stable() -> None:
    from newsevents.geo.build import default_path, sources_hash
    assert sources_hash() == sources_hash()
    assert default_path().name == f"gazetteer-{sources_hash()}.sqlite"


def test_default_path_follows_newsevents_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.geo.build import default_path
    monkeypatch.setenv("NEWSEVENTS_HOME", str(tmp_path))
    assert default_path().parent == tmp_path


@pytest.fixture(scope="session")
def real_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The real gazetteer: the user's cached one when present, else built once for the session."""
    from newsevents.geo.build import build, default_path
    path = default_path()
    if not path.is_file():
        path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
        # The build time is a benchmark figure (`newsevents gazetteer build` prints it), never a test.
        build(path)
    return Gazetteer.open(path)


@pytest.mark.slow
def test_real_gazetteer_lookups(real_gazetteer: Gazetteer) -> None:
    g = real_gazetteer
    assert g.lookup("Paris")[0].country in ("FRA",)
    assert any(r.feature == "ADM1" and r.country == "USA" for r in g.lookup("La."))
    assert any(r.feature == "RGN" for r in g.lookup("Gaza Strip"))
    assert any(r.feature == "ISLS" and r.country is None for r in g.lookup("Spratly Islands"))
    assert any(r.feature == "STRT" for r in g.lookup("Strait of Hormuz"))
    assert any(r.feature == "PCLI" and r.country == "IRL" for r in g.lookup("Irish"))
    # a territory listed as a US subdivision too keeps its own country code in both records
    assert {r.country for r in g.lookup("Guam")} == {"GUM"}
    assert g.country("DEU") is not None
    names = dict(g.automaton_names())
    assert names.get("Germany") == 3 and "Israeli" not in names
    assert names.get("Ceredigion") == 1  # an admin-2 area of 45k, recognised by name alone
    assert g.search("Bulacan")
    counts = g.meta()
    assert "sources_hash" in counts


@pytest.mark.slow
def test_build_main_reports_path(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 real_gazetteer: Gazetteer) -> None:
    from newsevents.geo.build import main
    assert main(["--path", str(real_gazetteer.path)]) == 0
    assert str(real_gazetteer.path) in capsys.readouterr().out


def test_ensure_built_builds_once_and_removes_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from newsevents.geo import build as b
    monkeypatch.setenv("NEWSEVENTS_HOME", str(tmp_path))
    stale = tmp_path / "gazetteer-000000000000.sqlite"
    stale.write_bytes(b"old")
    (tmp_path / "gazetteer-000000000000.lock").write_bytes(b"")
    recent = tmp_path / "gazetteer-111111111111.sqlite"  # another checkout's version: kept
    recent.write_bytes(b"recent")
    os.utime(stale, (1_000_000, 1_000_000))
    calls: list[Path] = []

    def fake_build(path: Path) -> dict[str, int]:
        calls.append(path)
        path.write_bytes(b"new")
        return {}

    monkeypatch.setattr(b, "build", fake_build)
    first = b.ensure_built()
    second = b.ensure_built()
    assert first == second == b.default_path() and len(calls) == 1
    assert not stale.exists() and not stale.with_suffix(".lock").exists()
    assert recent.exists()


def test_build_main_accepts_the_build_verb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from newsevents.geo import build as b
    target = tmp_path / "g.sqlite"
    target.write_bytes(b"x")
    assert b.main(["build", "--path", str(target)]) == 0
    assert '"built": false' in capsys.readouterr().out
