import pickle
from datetime import date

import pytest

from newsevents.records import (Article, Entity, Event, Location, Place, Result, Sentence, Size, Trigger,
                                parse_date, stable_id)


def _event() -> Event:
    s = Sentence(0, 0, 40, "Police arrested 12 protesters in Nairobi.")
    return Event(id="e1", event="COERCE", mode=("arrest",), context=(), quad_code=4, event_scale=-5.0,
                 cameo_root="17", acled_event_type="Strategic developments", acled_sub_event_type="Arrests",
                 actor=(Entity("Police", 0, 6, "KEN", "COP"),), recipient=(Entity("protesters", 19, 29, None, "CVL"),),
                 trigger=Trigger(7, 15, "arrested"),
                 event_loc=Location("Nairobi", "Nairobi", 184745, -1.28, 36.82, "Nairobi Area", "KEN", "PPLC", 4, 33, 40),
                 date="2024-03-10", date_precision="day", aux=(), size=Size(arrested=12), event_text=s.text,
                 sentence=s, confidence=0.91, article_id="a1")


def test_event_round_trip() -> None:
    ev = _event()
    d = ev.to_dict()
    assert d["text_info"] == {"sequence": 0, "start": 0, "end": 40}
    assert d["size"] == {"dead": None, "injured": None, "arrested": 12}
    again = Event.from_dict(d, article_id="a1")
    assert again.to_dict() == d


def test_records_pickle_for_worker_processes() -> None:
    ev = _event()
    assert pickle.loads(pickle.dumps(ev)) == ev
    art = Article("a", "text", published=date(2024, 3, 13))
    assert pickle.loads(pickle.dumps(art)) == art


def test_result_error_shape() -> None:
    r = Result(article=Article("x", ""), error="empty text")
    assert r.to_dict() == {"id": "x", "error": "empty text"}


def test_result_places() -> None:
    p = Place(0, 5, "Gaza", "Gaza", 281133, 31.5, 34.47, "PSE", "PPLA")
    r = Result(article=Article("x", "Gaza."), places=(p,))
    assert r.to_dict()["places"][0]["geonameid"] == 281133
    assert Place.from_dict(p.to_dict()).geonameid == 281133


def test_content_hash_depends_on_text_and_title() -> None:
    a = Article("1", "same text")
    assert a.content_hash == Article("2", "same text").content_hash
    assert a.content_hash != Article("1", "same text", title="T").content_hash


@pytest.mark.parametrize("value,expected", [("2024-03-13", date(2024, 3, 13)),
                                            ("2024-03-13T10:00:00Z", date(2024, 3, 13)),
                                            ("2024-03-13T10:00:00+02:00", date(2024, 3, 13)),
                                            ("", None), (None, None)])
def test_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_parse_date_rejects_junk() -> None:
    with pytest.raises(ValueError):
        parse_date("yesterday-ish")


def test_stable_id() -> None:
    assert stable_id("a", 1) == stable_id("a", 1)
    assert stable_id("a", 1) != stable_id("a", 2)
