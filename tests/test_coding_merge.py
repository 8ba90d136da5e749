"""Within-article deduplication."""
from __future__ import annotations

from dataclasses import replace

from newsevents.coding import merge_duplicates
from newsevents.records import Entity, Event, Location, Sentence, Size, Trigger


def _ev(seq: int, start: int, event: str = "ASSAULT", actor: str | None = "ISR", recip: str | None = "PSE",
        dead: int | None = None, loc: Location | None = None, aux: tuple[str, ...] = ()) -> Event:
    s = Sentence(seq, start, start + 40, "x" * 40)
    return Event(id="", event=event, mode=(), context=(), quad_code=4, event_scale=-9.0, cameo_root="18",
                 acled_event_type=None, acled_sub_event_type=None,
                 actor=(Entity("a", start, start + 1, actor),) if actor else (),
                 recipient=(Entity("r", start + 2, start + 3, recip),) if recip else (),
                 trigger=Trigger(start + 5, start + 10, "hit"), event_loc=loc, date=None, date_precision=None,
                 aux=aux, size=Size(dead, None, None), event_text=s.text, sentence=s, confidence=0.8)


def _loc(name: str, gid: int, res: int = 4) -> Location:
    return Location(name, name, gid, 0.0, 0.0, None, "PSE", "PPL", res, 0, 1)


def test_repeated_mentions_merge_keeping_first_offsets_and_max_counts() -> None:
    a, b = _ev(0, 0, dead=5), _ev(3, 200, dead=12)
    out = merge_duplicates([a, b])
    assert len(out) == 1
    assert out[0].trigger == a.trigger and out[0].sentence == a.sentence and out[0].size.dead == 12


def test_different_types_actors_places_or_aux_stay_apart() -> None:
    base = _ev(0, 0)
    assert len(merge_duplicates([base, _ev(1, 50, event="PROTEST")])) == 2
    assert len(merge_duplicates([base, _ev(1, 50, actor="USA")])) == 2
    assert len(merge_duplicates([_ev(0, 0, loc=_loc("Gaza", 1)), _ev(1, 50, loc=_loc("Rafah", 2))])) == 2
    assert len(merge_duplicates([base, _ev(1, 50, aux=("negation",))])) == 2


def test_unknown_actor_or_location_is_compatible() -> None:
    out = merge_duplicates([_ev(0, 0, loc=_loc("Gaza", 1)), _ev(1, 50, recip=None)])
    assert len(out) == 1 and out[0].event_loc is not None


def test_empty_and_order() -> None:
    assert merge_duplicates([]) == []
    evs = [_ev(0, 0, event="PROTEST"), _ev(1, 50), _ev(2, 90, event="PROTEST")]
    out = merge_duplicates(evs)
    assert [e.event for e in out] == ["PROTEST", "ASSAULT"]
    assert replace(out[0], size=Size()) is not None


def test_two_sides_of_one_country_are_two_events() -> None:
    """Civil conflict: the rebels' attack and the army's retaking share every country code but not the side."""
    rebels = replace(_ev(0, 0, actor="SOM", recip="SOM"), actor=(Entity("Al-Shabaab", 0, 10, "SOM", "REB"),))
    army = replace(_ev(2, 100, actor="SOM", recip=None), actor=(Entity("Somali troops", 100, 113, "SOM", "MIL"),))
    assert len(merge_duplicates([rebels, army])) == 2
    # the same side mentioned again (or a side without a sector) still merges
    again = replace(_ev(3, 200, actor="SOM", recip="SOM"), actor=(Entity("the militants", 200, 213, "SOM", "REB"),))
    plain = _ev(4, 300, actor="SOM", recip="SOM")
    assert len(merge_duplicates([rebels, again, plain])) == 1


def test_an_attack_at_sea_keeps_the_sea_over_a_coastal_reference_point() -> None:
    # "attacked a cargo ship in the Red Sea" ... "about 60 nautical miles west of the port of Hodeidah when it was
    # struck": the later, more specific land place is a reference point, not where it happened
    sea = Location("Red Sea", "Red Sea", None, 20.0, 38.5, None, None, "SEA", 1, 0, 7)
    port = Location("Hodeidah", "Al Hudaydah", 79415, 14.8, 42.95, None, "YEM", "PPL", 4, 0, 8)
    for first, second in ((sea, port), (port, sea)):
        out = merge_duplicates([_ev(0, 0, recip=None, loc=first), _ev(1, 50, recip=None, loc=second)])
        assert len(out) == 1 and out[0].event_loc == sea
    # between two land places the more specific one still wins
    out = merge_duplicates([_ev(0, 0, loc=_loc("Gaza", 1, res=1)), _ev(1, 50, loc=_loc("Gaza", 1, res=4))])
    assert out[0].event_loc is not None and out[0].event_loc.resolution == 4
