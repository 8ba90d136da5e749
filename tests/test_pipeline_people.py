"""Article-level country and sector of parties (issue 3): a person named later without a title takes what the
article introduced him with; a party whose country was only the sentence's guess takes the country of the place
in its own phrase, and an attack's recipient does not keep its attacker's country. Sentences are made up."""
from __future__ import annotations

import dataclasses

from newsevents.coding.actors import introduced_as
from newsevents.pipeline import _with_introduced, _with_place_country
from newsevents.records import Entity, Event, Location, Place, Sentence, Size, Trigger

TEXT = "Moldovan forces shelled a school in Zenda on Monday."
SENT = Sentence(0, 0, len(TEXT), TEXT)
ZENDA = Place(TEXT.index("Zenda"), TEXT.index("Zenda") + 5, "Zenda", "Zenda", 1, 50.0, 14.0, "CZE", "PPL", None, 4)
FORCES = Entity("Moldovan forces", 0, 15, "MDA", "MIL")
SCHOOL = Entity("school", 26, 32, "MDA", "EDU")  # the coder's guess: the sentence's first country


def _event(actor: tuple[Entity, ...], recipient: tuple[Entity, ...], loc: Location | None = None,
           kind: str = "ASSAULT", sent: Sentence = SENT) -> Event:
    return Event(id="", event=kind, mode=(), context=(), quad_code=4, event_scale=-9.0, cameo_root="18",
                 acled_event_type=None, acled_sub_event_type=None, actor=actor, recipient=recipient,
                 trigger=Trigger(16, 23, "shelled"), event_loc=loc, date=None, date_precision=None, aux=(),
                 size=Size(), event_text=sent.text, sentence=sent, confidence=0.9, article_id="a")


def test_a_guessed_party_takes_the_country_of_its_own_place() -> None:
    got = _with_place_country(_event((FORCES,), (SCHOOL,)), [ZENDA], frozenset({(26, 32)}))
    assert [r.code for r in got.recipient] == ["CZE"]
    assert [a.code for a in got.actor] == ["MDA"]
    # a code the coder did not guess (the phrase named it) is kept
    assert _with_place_country(_event((FORCES,), (SCHOOL,)), [ZENDA]).recipient[0].code == "MDA"


def test_a_place_far_from_the_party_is_not_its_own() -> None:
    text = "Moldovan forces shelled a school on Monday, officials said in a statement from Zenda."
    sent = Sentence(0, 0, len(text), text)
    far = Place(text.index("Zenda"), text.index("Zenda") + 5, "Zenda", "Zenda", 1, 50.0, 14.0, "CZE", "PPL",
                None, 4)
    got = _with_place_country(_event((FORCES,), (SCHOOL,), kind="CONSULT", sent=sent), [far],
                              frozenset({(26, 32)}))
    assert got.recipient[0].code == "MDA"


def test_an_attacks_recipient_does_not_keep_the_attackers_country() -> None:
    loc = Location("Zenda", "Zenda", 1, 50.0, 14.0, None, "CZE", "PPL", 4, ZENDA.start, ZENDA.end)
    no_place = (FORCES,), (SCHOOL,)
    got = _with_place_country(_event(*no_place, loc=loc), [], frozenset({(26, 32)}))
    assert got.recipient[0].code == "CZE"
    # not an attack (police and protesters of one country): the guess stays
    got = _with_place_country(_event(*no_place, loc=loc, kind="COERCE"), [], frozenset({(26, 32)}))
    assert got.recipient[0].code == "MDA"


INTRO = ("Moldovan Prime Minister Rudolf Elphberg met Strelsau officials on Monday. "
         "Elphberg accused the opposition of plotting a coup. Rupert Hentzau, the Moldovan army commander,"
         " said nothing. Former Moldovan President Michael Strelsau spoke. Hentzau denied it. "
         "Michael Strelsau denied it.")


def test_a_person_named_later_takes_his_introduction() -> None:
    at = INTRO.index("Elphberg accused")
    assert introduced_as("Elphberg", INTRO, at) == ("MDA", "GOV")
    assert introduced_as("Rudolf Elphberg", INTRO, at) == ("MDA", "GOV")
    assert introduced_as("Elphberg", INTRO, 10) is None  # only what came before
    assert introduced_as("Nobody", INTRO, len(INTRO)) is None
    assert introduced_as("Monday", INTRO, len(INTRO)) is None


def test_apposition_and_former_titles() -> None:
    assert introduced_as("Hentzau", INTRO, INTRO.index("Hentzau denied")) == ("MDA", "MIL")
    # a former president is still of his country, but no longer the government
    assert introduced_as("Michael Strelsau", INTRO, INTRO.index("Michael Strelsau denied")) == ("MDA", None)


def test_event_entities_take_the_introduction() -> None:
    text = INTRO
    at = text.index("Elphberg accused")
    sent = Sentence(1, at, at + 51, text[at:at + 51])
    ev = _event((Entity("Elphberg", at, at + 8),), (Entity("the opposition", at + 17, at + 31, "MDA", "OPP"),),
                kind="ACCUSE", sent=sent)
    got = _with_introduced(ev, text)
    assert [(a.code, a.sector) for a in got.actor] == [("MDA", "GOV")]
    assert got.recipient == ev.recipient
    # a code already known is not overwritten
    ev2 = dataclasses.replace(ev, actor=(Entity("Elphberg", at, at + 8, "XXX", "GOV"),))
    assert _with_introduced(ev2, text).actor[0].code == "XXX"
