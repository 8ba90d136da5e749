"""Actors and recipients that are places take the country of that place as the article resolved it."""
from __future__ import annotations

import dataclasses

from newsevents.pipeline import _with_place_country
from newsevents.records import Entity, Event, Location, Place, Sentence, Size, Trigger

TEXT = "Sudanese troops attacked Abyei on Monday. Abyei officials said the town was shelled."
SENT = Sentence(0, 0, 41, TEXT[:41])
ABYEI = Place(25, 30, "Abyei", "Abyei", 1, 9.59, 28.44, "SSD", "PPL", None, 4)
ABYEI_AGAIN = Place(42, 47, "Abyei", "Abyei", 1, 9.59, 28.44, "SSD", "PPL", None, 4)


def _event(actor: tuple[Entity, ...], recipient: tuple[Entity, ...], loc: Location | None = None) -> Event:
    return Event(id="", event="ASSAULT", mode=(), context=(), quad_code=4, event_scale=-9.0, cameo_root="18",
                 acled_event_type=None, acled_sub_event_type=None, actor=actor, recipient=recipient,
                 trigger=Trigger(16, 24, "attacked"), event_loc=loc, date=None, date_precision=None, aux=(),
                 size=Size(), event_text=SENT.text, sentence=SENT, confidence=0.9, article_id="a")


def test_recipient_at_a_resolved_place_span_takes_its_country() -> None:
    ev = _event((Entity("Sudanese troops", 0, 15, "SDN", "MIL"),), (Entity("Abyei", 25, 30),))
    got = _with_place_country(ev, [ABYEI])
    assert [r.code for r in got.recipient] == ["SSD"]
    assert [a.code for a in got.actor] == ["SDN"]  # a known code is kept


def test_same_name_elsewhere_in_the_article_counts() -> None:
    # The actor "Abyei officials" is not a place; "the Abyei" names the one resolved at another offset.
    ev = _event((Entity("Abyei officials", 42, 57),), (Entity("the Abyei", 21, 30),))
    got = _with_place_country(ev, [ABYEI_AGAIN])
    assert [r.code for r in got.recipient] == ["SSD"]
    assert [a.code for a in got.actor] == [None]


def test_no_place_no_guess_and_two_countries_no_guess() -> None:
    ev = _event((), (Entity("Georgia", 25, 32),))
    assert _with_place_country(ev, []).recipient[0].code is None
    state = Place(60, 67, "Georgia", "Georgia", 2, 32.75, -83.5, "USA", "ADM1", None, 2)
    country = Place(70, 77, "Georgia", "Georgia", 3, 42.0, 43.5, "GEO", "PCLI", None, 1)
    assert _with_place_country(ev, [state, country]).recipient[0].code is None
    assert _with_place_country(ev, [country]).recipient[0].code == "GEO"


def test_unresolved_place_gives_no_code_and_sector_rule_still_applies() -> None:
    unresolved = Place(25, 30, "Abyei")
    loc = Location("Abyei", "Abyei", 1, 9.59, 28.44, None, "SSD", "PPL", 4, 25, 30)
    ev = _event((Entity("troops", 9, 15, None, "MIL"),), (Entity("Abyei", 25, 30),), loc)
    got = _with_place_country(ev, [unresolved])
    assert [r.code for r in got.recipient] == [None]  # no sector, and the place has no country
    assert [a.code for a in got.actor] == ["SSD"]  # the sector-only actor takes the event's country


class _GomaCoder:
    """An ASSAULT on "Goma" (as a recipient with no code) for every sentence holding 'attacked'."""

    def code_batch(self, article: object, items: list[tuple[Sentence, object]], add_entities: object = None,
                   screened: bool = False) -> list[Event]:
        out = []
        for sent, _doc in items:
            i, g = sent.text.find("attacked"), sent.text.find("Goma")
            if i >= 0 and g >= 0:
                ev = _event((), (Entity("Goma", sent.start + g, sent.start + g + 4),))
                out.append(dataclasses.replace(ev, trigger=Trigger(sent.start + i, sent.start + i + 8, "attacked"),
                                               sentence=sent, event_text=sent.text))
        return out


class _GomaGeo:
    def places(self, article: object, sentences: object, ents: object, parsed: object) -> list[Place]:
        text: str = article.text  # type: ignore[attr-defined]
        i = text.find("Goma")
        return [Place(i, i + 4, "Goma", "Goma", 216281, -1.68, 29.22, "COD", "PPLA")] if i >= 0 else []

    def event_location(self, article: object, sentence: Sentence, trigger: object, places: list[Place]
                       ) -> Location | None:
        return None


def test_pipeline_passes_the_article_places() -> None:
    import spacy

    from newsevents.pipeline import Pipeline
    from newsevents.records import Article

    r = Pipeline(spacy.blank("en"), _GomaCoder(), _GomaGeo(), batch_size=4).run_one(
        Article("p", "Rebels attacked Goma on Tuesday."))
    assert r.error is None
    assert [[e.code for e in ev.recipient] for ev in r.events] == [["COD"]]
