"""A demonstration that forces broke up is one ACLED "Protest with intervention": the story's peaceful-protest
event takes the intervention's sub-type for the same day and country (pipeline._with_intervention)."""
from __future__ import annotations

from newsevents.pipeline import _with_intervention
from newsevents.records import Event, Location, Sentence, Size, Trigger


def _ev(event: str, acled: str | None, date: str = "2024-05-01", cc: str = "GEO",
        aux: tuple[str, ...] = ()) -> Event:
    s = Sentence(0, 0, 20, "x" * 20)
    loc = Location("Tbilisi", "Tbilisi", 1, 41.7, 44.8, None, cc, "PPLC", 4, 0, 7)
    return Event(id="", event=event, mode=(), context=(), quad_code=4, event_scale=-6.0, cameo_root="14",
                 acled_event_type="Protests" if acled else None, acled_sub_event_type=acled, actor=(), recipient=(),
                 trigger=Trigger(0, 5, "march"), event_loc=loc, date=date, date_precision="day", aux=aux,
                 size=Size(), event_text=s.text, sentence=s, confidence=0.9)


def test_a_protest_broken_up_that_day_is_a_protest_with_intervention() -> None:
    march, gas = _ev("PROTEST", "Peaceful protest"), _ev("ASSAULT", "Protest with intervention")
    out = _with_intervention([march, gas])
    assert [e.acled_sub_event_type for e in out] == ["Protest with intervention", "Protest with intervention"]
    shots = _ev("ASSAULT", "Excessive force against protesters")
    assert _with_intervention([march, shots])[0].acled_sub_event_type == "Excessive force against protesters"


def test_other_days_countries_and_mentions_keep_their_sub_type() -> None:
    march = _ev("PROTEST", "Peaceful protest")
    for other in (_ev("ASSAULT", "Protest with intervention", date="2024-04-20"),
                  _ev("ASSAULT", "Protest with intervention", cc="ARM"),
                  _ev("ASSAULT", "Protest with intervention", aux=("negation",))):  # "police did not intervene"
        assert _with_intervention([march, other])[0].acled_sub_event_type == "Peaceful protest"
    riot = _ev("PROTEST", "Violent demonstration")
    assert _with_intervention([riot, _ev("ASSAULT", "Protest with intervention")])[0].acled_sub_event_type == \
        "Violent demonstration"
