"""PLOVER taxonomy and ACLED / CAMEO crosswalks as data."""
from __future__ import annotations

from newsevents import taxonomy as tx


def test_sixteen_plover_types_with_quads_and_scores() -> None:
    types = tx.plover_types()
    assert set(types) == set(tx.PLOVER_TYPES) and len(types) == 16
    assert {t: types[t].quad_code for t in ("AGREE", "COOPERATE", "REQUEST", "ASSAULT", "SANCTION", "PROTEST")} == \
        {"AGREE": 1, "COOPERATE": 2, "REQUEST": 3, "ASSAULT": 4, "SANCTION": 3, "PROTEST": 4}
    assert "arrest" in types["COERCE"].modes and "aerial" in types["ASSAULT"].modes
    assert tx.event_scale("ASSAULT") == -9 and tx.event_scale("ASSAULT", ("aerial",)) == -9.5
    assert tx.cameo_root("ASSAULT") == "18" and tx.cameo_root("ASSAULT", ("firearms",)) == "19"
    assert tx.cameo_root("ACCUSE", ("investigate",)) == "09" and tx.cameo_root("PROTEST") == "14"


def test_acled_covers_25_subtypes_in_6_types() -> None:
    subs = tx.acled_subtypes()
    assert len(subs) == 25
    assert len({s.event_type for s in subs.values()}) == 6
    assert tx.acled_event_type("Air/drone strike") == "Explosions/Remote violence"
    assert tx.acled_event_type("ARREST") == "Strategic developments"
    assert tx.acled_event_type(None) is None and tx.acled_event_type("Flood") is None


def test_cameo_table_and_legacy_names() -> None:
    t = tx.cameo_table()
    assert t["173"].plover_event == "COERCE" and t["173"].plover_mode == "arrest"
    assert t["0841"].plover_event == "RETREAT" and t["0841"].plover_mode == "release"
    assert tx.normalise_type("DEMAND") == "REQUEST" and tx.normalise_type("fight") == "ASSAULT"
    assert tx.normalise_type("DISAPPROVE") == "ACCUSE" and tx.normalise_type("INVESTIGATE") == "ACCUSE"


def test_contexts_sectors_and_nonstate_codes() -> None:
    assert "terrorism" in tx.contexts() and len(tx.contexts()) >= 35
    assert set(tx.aux_modes()) == {"historical", "future", "hypothetical", "negation"}
    assert {"COP", "GOV", "MIL", "REB", "CVL", "JRN", "UAF"} <= set(tx.sectors())
    assert {"IGO", "UNO", "EUR", "NGO", "IMG"} <= set(tx.nonstate_codes())
