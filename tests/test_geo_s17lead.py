"""Curated towns added by the lead in session 17 (issue 4): Djibasso (Burkina Faso), Pataz (Peru) and Zalambessa
(Ethiopia), which GeoNames' packaged places lack; read on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser

from geo_spans import gold_article

# (text, gold spans, the span checked, lat, lon): the reading must lie within `_TOL` degrees
REAL_GOLD = [
    ("OUAGADOUGOU - Jihadist fighters attacked an army post in Djibasso in western Burkina Faso on Monday.",
     ("OUAGADOUGOU", "Djibasso", "Burkina Faso"), "Djibasso", 13.12, -4.17),
    ("Djibasso was cut off for a week, residents said.", ("Djibasso",), "Djibasso", 13.12, -4.17),
    ("LIMA - Gunmen killed 13 miners in a tunnel in Pataz, in the La Libertad region, police said.",
     ("LIMA", "Pataz", "La Libertad"), "Pataz", -7.78, -77.60),
    ("Eritrean troops still held Zalambessa, residents in Adigrat said.", ("Zalambessa", "Adigrat"), "Zalambessa",
     14.52, 39.38),
]
_TOL = 0.15


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_lead_towns(real_parser: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                   lon: float) -> None:
    p = real_parser.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < _TOL and abs(p.lon - lon) < _TOL, (
        p.resolved_place, p.lat, p.lon)
