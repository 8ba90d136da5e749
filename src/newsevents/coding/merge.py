"""No double counting inside an article: repeated mentions of the same event merge into one.

Two events merge when they have the same PLOVER type, the same actor and recipient code sets (empty sets are
compatible with anything) with no clash of sectors within a code (SOM REB and SOM MIL are two sides), compatible
locations (same geonameid or country, or one unknown) and compatible dates
(equal or one unknown), and neither is negated/hypothetical while the other is not. The merged event keeps the
first mention's offsets, trigger and sentence, the larger counts, the union of actors/recipients and the highest
confidence; the more informative location and date win."""
from __future__ import annotations

from dataclasses import replace

from newsevents.records import Entity, Event, Size

_MODAL = {"negation", "hypothetical", "future"}


def _codes(ents: tuple[Entity, ...]) -> frozenset[str]:
    return frozenset(e.code for e in ents if e.code)


def _compatible_sets(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a == b


def _loc_ok(a: Event, b: Event) -> bool:
    la, lb = a.event_loc, b.event_loc
    if la is None or lb is None:
        return True
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    if la.country_code and lb.country_code and la.country_code != lb.country_code:
        return False
    # same country: compatible only when one is the country itself (coarser) or both unresolved below country
    return (la.resolution or 0) <= 1 or (lb.resolution or 0) <= 1 or la.extracted_place.lower() == lb.extracted_place.lower()


def _sectors(ents: tuple[Entity, ...]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for e in ents:
        if e.code and e.sector:
            out.setdefault(e.code, set()).add(e.sector)
    return {k: frozenset(v) for k, v in out.items()}


def _compatible_sectors(a: tuple[Entity, ...], b: tuple[Entity, ...]) -> bool:
    """In a civil conflict every party has the same country: "Al-Shabaab militants" (SOM REB) and "Somali troops"
    (SOM MIL) are different sides, so their acts are different events."""
    sa, sb = _sectors(a), _sectors(b)
    return all(sa[c] & sb[c] for c in sa.keys() & sb.keys())


def same_event(a: Event, b: Event) -> bool:
    if a.event != b.event:
        return False
    if (set(a.aux) & _MODAL) != (set(b.aux) & _MODAL):
        return False
    if not (_compatible_sets(_codes(a.actor), _codes(b.actor)) and
            _compatible_sets(_codes(a.recipient), _codes(b.recipient))):
        return False
    if not (_compatible_sectors(a.actor, b.actor) and _compatible_sectors(a.recipient, b.recipient)):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    return _loc_ok(a, b)


def _max(x: int | None, y: int | None) -> int | None:
    return y if x is None else x if y is None else max(x, y)


def _union(a: tuple[Entity, ...], b: tuple[Entity, ...]) -> tuple[Entity, ...]:
    seen = {(e.code, e.sector, e.identifier_text) for e in a}
    extra = tuple(e for e in b if (e.code, e.sector, e.identifier_text) not in seen and e.code is not None
                  and not any(x.code == e.code for x in a))
    return a + extra


def _merge(a: Event, b: Event) -> Event:
    def better_loc() -> object:
        if a.event_loc is None:
            return b.event_loc
        if b.event_loc is None:
            return a.event_loc
        return b.event_loc if (b.event_loc.resolution or 0) > (a.event_loc.resolution or 0) else a.event_loc

    date, prec = (a.date, a.date_precision) if a.date else (b.date, b.date_precision)
    return replace(
        a, mode=a.mode or b.mode, context=tuple(dict.fromkeys(a.context + b.context)),
        actor=_union(a.actor, b.actor), recipient=_union(a.recipient, b.recipient),
        event_loc=better_loc(),  # type: ignore[arg-type]
        date=date, date_precision=prec,
        size=Size(_max(a.size.dead, b.size.dead), _max(a.size.injured, b.size.injured),
                  _max(a.size.arrested, b.size.arrested)),
        acled_sub_event_type=a.acled_sub_event_type or b.acled_sub_event_type,
        acled_event_type=a.acled_event_type or b.acled_event_type,
        aux=tuple(dict.fromkeys(a.aux + b.aux)) if set(a.aux) == set(b.aux) else a.aux,
        confidence=max(a.confidence, b.confidence),
    )


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per real-world event in an article; order of first mention is kept."""
    out: list[Event] = []
    for ev in events:
        for k, kept in enumerate(out):
            same_trigger = (kept.trigger is not None and ev.trigger is not None and kept.trigger == ev.trigger
                            and kept.event == ev.event)
            if same_trigger or same_event(kept, ev):
                out[k] = _merge(kept, ev)
                break
        else:
            out.append(ev)
    return out
