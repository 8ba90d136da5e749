"""PLOVER taxonomy and its ACLED / CAMEO crosswalks, loaded from the versioned data files next to this module.

- `plover.json`: the 16 PLOVER event types with modes, quad code, PLOVER score (event_scale), CAMEO root;
  contexts, auxiliary modes, sector and non-state codes (transcribed from the PLOVER manual).
- `acled.tsv`: the 6 ACLED event types and 25 sub-event types, with our default PLOVER event/mode.
- `cameo2plover.tsv`: the 4-digit CAMEO -> PLOVER event/mode/context table.

The loaders are cached: the files are read once per process and the returned objects are immutable.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_code: int
    event_scale: float
    cameo_root: str
    description: str
    modes: Mapping[str, float]  # mode -> PLOVER score of the type:mode pair
    cameo_root_by_mode: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class AcledSubType:
    event_type: str
    sub_event_type: str
    short_label: str
    plover_event: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class CameoRow:
    code: str
    plover_event: str
    plover_mode: str | None
    contexts: tuple[str, ...]
    description: str


def _read_text(name: str) -> str:
    return resources.files("newsevents.taxonomy").joinpath(name).read_text(encoding="utf-8")


def _tsv_rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in _read_text(name).splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _plover_raw() -> Mapping[str, object]:
    return MappingProxyType(json.loads(_read_text("plover.json")))


@lru_cache(maxsize=1)
def plover_types() -> Mapping[str, PloverType]:
    """All 16 PLOVER event types by name."""
    raw = _plover_raw()["types"]
    assert isinstance(raw, dict)
    return MappingProxyType({
        name: PloverType(name, int(d["quad_code"]), float(d["event_scale"]), str(d["cameo_root"]),
                         str(d["description"]), MappingProxyType({k: float(v) for k, v in d["modes"].items()}),
                         MappingProxyType(dict(d["cameo_root_by_mode"])))
        for name, d in raw.items()})


def _str_list(key: str) -> tuple[str, ...]:
    val = _plover_raw()[key]
    assert isinstance(val, list)
    return tuple(str(v) for v in val)


def _str_map(key: str) -> Mapping[str, str]:
    val = _plover_raw()[key]
    assert isinstance(val, dict)
    return MappingProxyType({str(k): str(v) for k, v in val.items()})


def contexts() -> tuple[str, ...]:
    return _str_list("contexts")


def aux_modes() -> tuple[str, ...]:
    return _str_list("aux_modes")


def sectors() -> Mapping[str, str]:
    """PLOVER sector codes -> description."""
    return _str_map("sectors")


def nonstate_codes() -> Mapping[str, str]:
    """PLOVER international non-state codes (IGO, UNO, EUR, NGO, ISM, IMG, MNC) -> name."""
    return _str_map("nonstate_codes")


def legacy_names() -> Mapping[str, str]:
    """Older PLOVER/CAMEO category names -> current PLOVER type (DEMAND -> REQUEST, FIGHT -> ASSAULT, ...)."""
    return _str_map("legacy_names")


def normalise_type(name: str) -> str:
    """Map an older category name to the current PLOVER type; unknown names pass through upper-cased."""
    up = name.strip().upper()
    return legacy_names().get(up, up)


@lru_cache(maxsize=1)
def acled_subtypes() -> Mapping[str, AcledSubType]:
    """The 25 ACLED sub-event types by sub-event name."""
    out = {}
    for r in _tsv_rows("acled.tsv"):
        out[r["acled_sub_event_type"]] = AcledSubType(
            r["acled_event_type"], r["acled_sub_event_type"], r["short_label"], r["plover_event"] or None,
            r["plover_mode"] or None)
    return MappingProxyType(out)


def acled_by_label() -> Mapping[str, AcledSubType]:
    """The ACLED sub-event types by short label (ARMED_CLASH, AIR_STRIKE, ...)."""
    return MappingProxyType({s.short_label: s for s in acled_subtypes().values()})


def acled_event_type(sub_event_type: str | None) -> str | None:
    """ACLED event type of a sub-event type name (or short label); None when unknown or None."""
    if not sub_event_type:
        return None
    st = acled_subtypes().get(sub_event_type) or acled_by_label().get(sub_event_type)
    return st.event_type if st else None


@lru_cache(maxsize=1)
def cameo_table() -> Mapping[str, CameoRow]:
    """CAMEO 3/4-digit code -> PLOVER event, mode, contexts."""
    out = {}
    for r in _tsv_rows("cameo2plover.tsv"):
        out[r["cameo_code"]] = CameoRow(r["cameo_code"], r["plover_event"], r["plover_mode"] or None,
                                        tuple(c for c in r["plover_context"].split(";") if c), r["cameo_description"])
    return MappingProxyType(out)


def quad_code(event: str) -> int:
    return plover_types()[event].quad_code


def event_scale(event: str, modes: tuple[str, ...] = ()) -> float:
    """PLOVER conflict-cooperation score: the type:mode score of the first known mode, else the type's."""
    t = plover_types()[event]
    for m in modes:
        if m in t.modes:
            return t.modes[m]
    return t.event_scale


def cameo_root(event: str, modes: tuple[str, ...] = ()) -> str:
    """Two-digit CAMEO root code for a PLOVER type (refined by mode where CAMEO splits, e.g. ASSAULT firearms -> 19)."""
    t = plover_types()[event]
    for m in modes:
        if m in t.cameo_root_by_mode:
            return t.cameo_root_by_mode[m]
    return t.cameo_root


__all__ = ["PLOVER_TYPES", "PloverType", "AcledSubType", "CameoRow", "plover_types", "contexts", "aux_modes",
           "sectors", "nonstate_codes", "legacy_names", "normalise_type", "acled_subtypes", "acled_by_label",
           "acled_event_type", "cameo_table", "quad_code", "event_scale", "cameo_root"]
