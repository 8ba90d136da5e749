"""`newsevents eval`: run the coding, geo and outside-news scorers, print their tables, check pinned floors.

Floors live in `floors_coding.json` / `floors_geo.json` beside this file: a map from a dotted path
into the scores dict (e.g. "gwn.gold.acc161") to the lowest accepted value."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newsevents.errors import InputError

FLOOR_FILES = {"coding": "floors_coding.json", "geo": "floors_geo.json", "outside": "floors_outside.json"}
PARTS = ("coding", "geo", "outside")


def lookup(scores: dict[str, Any], dotted: str) -> float | None:
    cur: Any = scores
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return float(cur) if isinstance(cur, (int, float)) else None


def load_floors(part: str) -> dict[str, float]:
    path = Path(__file__).with_name(FLOOR_FILES[part])
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.items() if not k.startswith("_") and isinstance(v, (int, float))}


def below_floors(scores: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """Messages for every figure below (or missing from) its floor; empty when all pass."""
    problems = []
    for key, floor in floors.items():
        got = lookup(scores, key)
        if got is None:
            problems.append(f"{key} missing from the scores (floor {floor:.3f})")
        elif got < floor - 1e-9:
            problems.append(f"{key} = {got:.3f} is below its floor {floor:.3f}")
    return problems


def check_floors(part: str, scores: dict[str, Any]) -> list[str]:
    """`below_floors` against the floors pinned for `part` ("coding" or "geo")."""
    return [f"{part}: {p}" for p in below_floors(scores, load_floors(part))]


def score_part(part: str, shared: Path, limit: int | None = None) -> dict[str, Any]:
    if part == "outside":
        from newsevents.eval import outside
        from newsevents.pipeline import build_pipeline

        return outside.evaluate(shared, build_pipeline(), limit=limit)
    from newsevents.nlp import load_nlp

    nlp = load_nlp()
    if part == "coding":
        from newsevents.coding import EventCoder
        from newsevents.eval import coding

        return coding.evaluate(shared, EventCoder.load(), nlp, limit=limit)
    from newsevents.eval import geo
    from newsevents.geo import GeoParser
    from newsevents.geo.gazetteer import Gazetteer

    return geo.evaluate(shared, GeoParser(Gazetteer.default()), nlp, limit=limit)


def run_eval(shared: Path, only: str | None = None, gate: bool = False, limit: int | None = None) -> int:
    if not (shared / "data" / "dev").is_dir():
        raise InputError(str(shared), "no data/dev folder here; pass --shared PATH to the shared folder")
    problems: list[str] = []
    for part in ([only] if only else list(PARTS)):
        scores = score_part(part, shared, limit)
        report = _format(part, scores)
        sys.stdout.write(report.rstrip("\n") + "\n\n")
        if limit is None:
            problems.extend(check_floors(part, scores))
    for p in problems:
        sys.stdout.write(f"BELOW FLOOR: {p}\n")
    if limit is None:
        sys.stdout.write("quality gate: " + ("passed" if not problems else f"{len(problems)} figure(s) below floor")
                         + "\n")
    return 1 if (gate and problems) else 0


def _format(part: str, scores: dict[str, Any]) -> str:
    if part == "outside":
        from newsevents.eval import outside

        return outside.format_report(scores)
    if part == "coding":
        from newsevents.eval import coding

        return str(coding.format_report(scores))
    from newsevents.eval import geo

    return str(geo.format_report(scores))
