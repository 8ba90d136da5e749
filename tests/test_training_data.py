"""The labelled training sentences stay valid against the taxonomy (labels are data: check them)."""
from __future__ import annotations

import json
from importlib import resources

from newsevents.taxonomy import PLOVER_TYPES, acled_subtypes, aux_modes, plover_types, quad_code

KEYS = {"text", "event", "mode", "acled", "quad", "aux"}


def _rows() -> list[tuple[str, int, dict]]:
    root = resources.files("newsevents.data").joinpath("training")
    out = []
    for f in sorted(p for p in root.iterdir() if p.name.endswith(".jsonl")):
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f.name, i, json.loads(line)))
    return out


def test_there_is_a_substantial_set() -> None:
    rows = _rows()
    assert len(rows) >= 1500
    assert {r["event"] for _, _, r in rows} >= set(PLOVER_TYPES) | {None}


def test_every_label_is_known_and_consistent() -> None:
    types = plover_types()
    acled = set(acled_subtypes())
    aux = set(aux_modes())
    problems = []
    for name, line, r in _rows():
        where = f"{name}:{line}"
        if set(r) != KEYS:
            problems.append(f"{where}: keys {sorted(r)}")
            continue
        ev = r["event"]
        if ev is None:
            if r["quad"] != 0 or r["mode"] is not None:
                problems.append(f"{where}: no event but quad/mode set")
        else:
            if ev not in types:
                problems.append(f"{where}: unknown type {ev}")
            elif r["mode"] is not None and r["mode"] not in types[ev].modes:
                problems.append(f"{where}: mode {r['mode']} not a mode of {ev}")
            elif r["quad"] != quad_code(ev):
                problems.append(f"{where}: quad {r['quad']} != {quad_code(ev)} for {ev}")
        if r["acled"] is not None and r["acled"] not in acled:
            problems.append(f"{where}: unknown ACLED sub-event type {r['acled']}")
        if not set(r["aux"]) <= aux:
            problems.append(f"{where}: unknown aux {r['aux']}")
    assert not problems, "\n".join(problems[:20])


def test_no_duplicate_sentences() -> None:
    texts = [r["text"].strip().lower() for _, _, r in _rows()]
    assert len(texts) == len(set(texts))
