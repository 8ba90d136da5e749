"""A tiny in-memory gazetteer for tests of the geo stage and of the pipeline (no real gazetteer build)."""
from __future__ import annotations

from newsevents.geo.gazetteer import (KIND_ABBREV, KIND_ALIAS, KIND_ALTERNATE, KIND_DEMONYM, GazRecord,
                                      InMemoryGazetteer)

RECORDS = [
    GazRecord(1, 3017382, "France", 46.0, 2.0, "FRA", "PCLI", 66_000_000, resolution=1),
    GazRecord(2, 2988507, "Paris", 48.85, 2.35, "FRA", "PPLC", 2_100_000, "Île-de-France", 10, resolution=4),
    GazRecord(3, 4717560, "Paris", 33.66, -95.56, "USA", "PPL", 25_000, "Texas", 11, resolution=4),
    GazRecord(10, 3012874, "Île-de-France", 48.5, 2.5, "FRA", "ADM1", 12_000_000, "Île-de-France", 10,
              resolution=2),
    GazRecord(11, 4736286, "Texas", 31.25, -99.25, "USA", "ADM1", 28_000_000, "Texas", 11, resolution=2),
    GazRecord(12, 4331987, "Louisiana", 31.0, -92.0, "USA", "ADM1", 4_600_000, "Louisiana", 12, resolution=2),
    GazRecord(13, 6252001, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(14, 357994, "Egypt", 27.0, 30.0, "EGY", "PCLI", 98_000_000, resolution=1),
    GazRecord(15, 361058, "Alexandria", 31.2, 29.92, "EGY", "PPL", 5_000_000, "Alexandria", 16, resolution=4),
    GazRecord(17, 4314550, "Alexandria", 31.31, -92.45, "USA", "PPL", 47_000, "Louisiana", 12, resolution=4),
    GazRecord(18, 4744709, "Alexandria", 38.8, -77.05, "USA", "PPL", 160_000, "Virginia", 19, resolution=4),
    GazRecord(20, None, "Red Sea", 20.0, 38.5, None, "SEA", 50_000_000, resolution=1),
    GazRecord(21, None, "Gaza Strip", 31.42, 34.36, "PSE", "RGN", 5_000_000, resolution=2),
    GazRecord(22, 294640, "Israel", 31.5, 34.75, "ISR", "PCLI", 8_800_000, resolution=1),
    GazRecord(23, 1814991, "China", 35.0, 104.0, "CHN", "PCLI", 1_400_000_000, resolution=1),
    GazRecord(24, 70225, "Yemen", 15.5, 47.5, "YEM", "PCLI", 28_000_000, resolution=1),
    GazRecord(25, 71137, "Sanaa", 15.35, 44.21, "YEM", "PPLC", 1_900_000, "Amanat al Asimah", 26, resolution=4),
    GazRecord(27, 293397, "Tel Aviv", 32.08, 34.78, "ISR", "PPL", 430_000, "Tel Aviv", 28, resolution=4),
    GazRecord(29, 281133, "Gaza", 31.5, 34.47, "PSE", "PPL", 410_000, "Gaza Strip", 30, resolution=4),
]
NAMES = {
    1: [("French", KIND_DEMONYM)],
    12: [("La.", KIND_ABBREV), ("LA", KIND_ABBREV)],
    11: [("Tex.", KIND_ABBREV), ("TX", KIND_ABBREV)],
    13: [("U.S.", KIND_ALIAS), ("US", KIND_ALIAS), ("American", KIND_DEMONYM)],
    14: [("Egyptian", KIND_DEMONYM)],
    21: [("Gaza", KIND_ALIAS)],
    22: [("Israeli", KIND_DEMONYM)],
    23: [("Chinese", KIND_DEMONYM)],
    25: [("Sana'a", KIND_ALTERNATE), ("Sanaa", KIND_ALIAS)],
}


def tiny_gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


# Hand-set weights so the unit tests do not move when the learned weights are refitted.
WEIGHTS = {"logpop": 6.0, "logpop_admin": 2.0, "country": 4.0, "adm1": 0.0, "adm2": -2.0, "city": -4.0,
           "capital": 0.5, "curated": 3.0, "alias": 0.0, "alternate": -1.0, "abbrev": 0.0, "demonym": 0.0,
           "exact": 1.0, "variant": 0.0, "focus_country": 3.0, "focus_admin1": 4.0, "qualifier": 6.0,
           "dateline": 2.0, "near": 2.0, "us": 0.0}
