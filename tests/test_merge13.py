"""An attack by X is not an attack on X (merge.same_event): an event with no actor is compatible with any actor,
but a one-sided act on a party and one by that party are two events; clashes (each side doer and victim),
meetings and re-mentions still merge. Sentences written for these tests."""
from __future__ import annotations

from newsevents.coding import merge_duplicates
from newsevents.coding.merge import same_event
from newsevents.records import Entity, Event, Sentence, Size, Trigger

Party = tuple[str, str, str | None]  # words in the sentence, code, sector


def _story(*sentences: str) -> list[Sentence]:
    out, at = [], 0
    for i, text in enumerate(sentences):
        out.append(Sentence(i, at, at + len(text), text))
        at += len(text) + 1
    return out


def _ent(s: Sentence, p: Party) -> Entity:
    start = s.start + s.text.index(p[0])
    return Entity(p[0], start, start + len(p[0]), p[1], p[2])


def _ev(s: Sentence, trigger: str, event: str = "ASSAULT", actor: tuple[Party, ...] = (),
        recipient: tuple[Party, ...] = (), mode: tuple[str, ...] = (), sub: str | None = None,
        date: str | None = "2026-03-03") -> Event:
    at = s.start + s.text.index(trigger)
    return Event(id="", event=event, mode=mode, context=(), quad_code=4, event_scale=-9.0, cameo_root="19",
                 acled_event_type=None, acled_sub_event_type=sub,
                 actor=tuple(_ent(s, p) for p in actor), recipient=tuple(_ent(s, p) for p in recipient),
                 trigger=Trigger(at, at + len(trigger), trigger), event_loc=None, date=date, date_precision="day",
                 aux=(), size=Size(), event_text=s.text, sentence=s, confidence=0.8)


BORDER = _story(
    "Shells fired from across the frontier hit farms in northern Armenia on Tuesday, officials said.",
    "Armenia has kept up daily drone strikes on positions beyond the frontier, its defence ministry said.")


def _shelling_on_armenia() -> Event:
    return _ev(BORDER[0], "hit", recipient=(("northern Armenia", "ARM", None),), mode=("heavy-weapons",),
               sub="Shelling/artillery/missile attack")


def _strikes_by_armenia(sector: str = "GOV") -> Event:
    return _ev(BORDER[1], "strikes", actor=(("Armenia", "ARM", sector),), mode=("aerial", "drone"),
               sub="Air/drone strike")


def test_an_attack_on_a_country_and_its_own_strikes_stay_two() -> None:
    on, by = _shelling_on_armenia(), _strikes_by_armenia()
    assert not same_event(on, by) and not same_event(by, on)
    out = merge_duplicates([on, by])
    assert len(out) == 2
    # the shelling keeps its unknown doer: it does not take the strikes' actor
    assert out[0].actor == () and [a.code for a in out[1].actor] == ["ARM"]
    # told the other way round, still two
    assert len(merge_duplicates([by, on])) == 2


def test_the_states_army_and_government_are_one_side() -> None:
    """"Armenian soldiers were hit" and "Armenia's army struck": the doer and the victim may be the same side."""
    hit = _ev(BORDER[0], "hit", recipient=(("northern Armenia", "ARM", "MIL"),), mode=("heavy-weapons",),
              sub="Shelling/artillery/missile attack")
    assert not same_event(hit, _strikes_by_armenia("GOV"))


def test_a_gang_and_its_civilian_victims_of_one_country_still_merge() -> None:
    """Same country, different sides (an armed group and civilians): one shelling, told twice."""
    s = _story("Militants shelled the market in Kadugli on Sunday, residents said.",
               "Nine civilians were wounded by mortar fire in Kadugli on Sunday, medics said.")
    a = _ev(s[0], "shelled", actor=(("Militants", "SDN", "REB"),), mode=("heavy-weapons",),
            sub="Shelling/artillery/missile attack")
    b = _ev(s[1], "wounded", recipient=(("Nine civilians", "SDN", "CVL"),), mode=("heavy-weapons",))
    assert same_event(a, b) and len(merge_duplicates([a, b])) == 1


def test_a_clash_told_from_both_sides_is_one_battle() -> None:
    s = _story("Ukrainian troops battled for the hilltop village through Tuesday.",
               "Three Ukrainian soldiers were killed by artillery near the hilltop village on Tuesday, the brigade "
               "said.")
    battle = _ev(s[0], "battled", actor=(("Ukrainian troops", "UKR", "MIL"),), mode=("heavy-weapons",),
                 sub="Armed clash")
    losses = _ev(s[1], "killed", recipient=(("Three Ukrainian soldiers", "UKR", "MIL"),), mode=("heavy-weapons",),
                 sub="Shelling/artillery/missile attack")
    assert same_event(battle, losses)
    out = merge_duplicates([battle, losses])
    assert len(out) == 1 and out[0].sentence.sequence == 0
    # the clash may be read only from its trigger word
    fight = _story("Ukrainian troops fought for the village on Tuesday.", s[1].text)
    plain = _ev(fight[0], "fought", actor=(("Ukrainian troops", "UKR", "MIL"),), mode=("heavy-weapons",))
    assert same_event(plain, _ev(fight[1], "killed", recipient=(("Three Ukrainian soldiers", "UKR", "MIL"),),
                                 mode=("heavy-weapons",)))


def test_a_battle_without_a_one_sided_weapon_still_merges() -> None:
    """"The army launched an offensive" and "Two soldiers were wounded": no mode or sub-type says the act was
    one-sided, so the rule stays out."""
    s = _story("The army launched an offensive near Rumonge on Friday.",
               "Two soldiers were wounded near Rumonge on Friday, an officer said.")
    a = _ev(s[0], "offensive", actor=(("The army", "BDI", "MIL"),))
    b = _ev(s[1], "wounded", recipient=(("Two soldiers", "BDI", "MIL"),))
    assert same_event(a, b)


def test_a_meeting_told_from_each_side_still_merges() -> None:
    s = _story("Egypt's foreign minister hosted talks in Cairo on Monday.",
               "The talks with Egypt lasted five hours, officials said.")
    a = _ev(s[0], "hosted", event="CONSULT", actor=(("Egypt's foreign minister", "EGY", "GOV"),))
    b = _ev(s[1], "talks", event="CONSULT", recipient=(("Egypt", "EGY", "GOV"),))
    assert same_event(a, b) and len(merge_duplicates([a, b])) == 1


def test_a_re_mention_of_the_strike_still_merges() -> None:
    s = _story("Ukrainian drones struck an oil depot in Russia's Bryansk region on Friday.",
               "The strike on the Russian depot started a fire that burned for hours.")
    a = _ev(s[0], "struck", actor=(("Ukrainian drones", "UKR", "MIL"),), recipient=(("oil depot", "RUS", None),),
            mode=("aerial", "drone"), sub="Air/drone strike")
    b = _ev(s[1], "strike", recipient=(("Russian depot", "RUS", None),), mode=("aerial",), sub="Air/drone strike")
    assert same_event(a, b) and len(merge_duplicates([a, b])) == 1
    # the doer named again also merges: the same party on the same side
    again = _story(s[0].text, "Ukraine's strike started a fire that burned for hours.")
    c = _ev(again[1], "strike", actor=(("Ukraine", "UKR", "MIL"),), mode=("aerial",), sub="Air/drone strike")
    assert same_event(a, c)
