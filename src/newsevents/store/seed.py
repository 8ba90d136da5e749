"""Fill a store with realistic synthetic events (for the API latency benchmark and the dashboard tests).

Articles are short wire-style stories whose events point at real sentence, trigger and actor offsets, so the
article view can highlight them. Deterministic for a given seed."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from newsevents.records import Article, Entity, Event, Location, Place, Result, Sentence, Size, Trigger, stable_id
from newsevents.store.sqlite import SQLiteStore


@dataclass(frozen=True, slots=True)
class _Kind:
    event: str
    quad: int
    scale: float
    cameo: str
    verb: str
    modes: tuple[str, ...]
    acled: tuple[str | None, str | None]
    weight: int


# Frequencies roughly follow news event data: violence and talk dominate.
_KINDS = (
    _Kind("ASSAULT", 4, -9.0, "19", "attacked", ("firearms", "explosives", "aerial", "beat"), ("Battles", "Armed clash"), 30),
    _Kind("PROTEST", 4, -6.5, "14", "protested against", ("demonstrate", "riot", "strike"), ("Protests", "Peaceful protest"), 14),
    _Kind("COERCE", 4, -7.0, "17", "arrested members of", ("arrest", "seize", "censor"), ("Strategic developments", "Arrests"), 10),
    _Kind("CONSULT", 1, 1.0, "04", "met with", ("visit", "host", "meet"), (None, None), 12),
    _Kind("ACCUSE", 3, -2.0, "11", "accused", ("allege", "disapprove"), (None, None), 8),
    _Kind("THREATEN", 3, -6.0, "13", "threatened", ("attack", "sanction"), (None, None), 4),
    _Kind("AGREE", 1, 4.0, "03", "agreed with", (), (None, None), 4),
    _Kind("SUPPORT", 1, 3.5, "05", "voiced support for", (), (None, None), 3),
    _Kind("AID", 2, 7.0, "07", "sent aid to", ("humanitarian", "economic", "military"), (None, None), 4),
    _Kind("REQUEST", 1, 2.0, "02", "called on", ("assistance", "change"), (None, None), 3),
    _Kind("REJECT", 3, -4.0, "12", "rejected demands from", (), (None, None), 2),
    _Kind("SANCTION", 4, -5.0, "16", "imposed sanctions on", ("discontinue", "expel"), (None, None), 2),
    _Kind("MOBILIZE", 4, -5.0, "15", "deployed troops against", ("troops", "weapons"), (None, None), 2),
    _Kind("COOPERATE", 2, 6.0, "06", "signed a deal with", (), (None, None), 1),
    _Kind("RETREAT", 2, 5.0, "08", "withdrew from", ("withdraw", "release"), (None, None), 1),
    _Kind("CONCEDE", 2, 5.0, "08", "conceded to", (), (None, None), 1),
)

# (name, alpha-3, lat, lon, GeoNames id, feature code, demonym)
_PlaceRow = tuple[str, str, float, float, int, str, str]
_PLACES: tuple[_PlaceRow, ...] = (
    ("Aleppo", "SYR", 36.2021, 37.1343, 170063, "PPLA", "Syrian"),
    ("Damascus", "SYR", 33.5102, 36.2913, 170654, "PPLC", "Syrian"),
    ("Kyiv", "UKR", 50.4547, 30.5238, 703448, "PPLC", "Ukrainian"),
    ("Kharkiv", "UKR", 49.9808, 36.2527, 706483, "PPLA", "Ukrainian"),
    ("Gaza", "PSE", 31.5017, 34.4668, 281133, "PPLA", "Palestinian"),
    ("Khartoum", "SDN", 15.5518, 32.5324, 379252, "PPLC", "Sudanese"),
    ("Mogadishu", "SOM", 2.0371, 45.3438, 53654, "PPLC", "Somali"),
    ("Kabul", "AFG", 34.5281, 69.1723, 1138958, "PPLC", "Afghan"),
    ("Baghdad", "IRQ", 33.3406, 44.4009, 98182, "PPLC", "Iraqi"),
    ("Sanaa", "YEM", 15.3547, 44.2067, 71137, "PPLC", "Yemeni"),
    ("Maiduguri", "NGA", 11.8464, 13.1603, 2331447, "PPLA", "Nigerian"),
    ("Lagos", "NGA", 6.4541, 3.3947, 2332459, "PPL", "Nigerian"),
    ("Bamako", "MLI", 12.6500, -8.0000, 2460596, "PPLC", "Malian"),
    ("Caracas", "VEN", 10.4880, -66.8792, 3646738, "PPLC", "Venezuelan"),
    ("Port-au-Prince", "HTI", 18.5392, -72.3350, 3718426, "PPLC", "Haitian"),
    ("Manila", "PHL", 14.6042, 120.9822, 1701668, "PPLC", "Philippine"),
    ("Yangon", "MMR", 16.8053, 96.1561, 1298824, "PPLA", "Myanmar"),
    ("Goma", "COD", -1.6792, 29.2228, 216281, "PPLA", "Congolese"),
    ("Tripoli", "LBY", 32.8752, 13.1875, 2210247, "PPLC", "Libyan"),
    ("Beirut", "LBN", 33.8933, 35.5016, 276781, "PPLC", "Lebanese"),
    ("Addis Ababa", "ETH", 9.0250, 38.7469, 344979, "PPLC", "Ethiopian"),
    ("Islamabad", "PAK", 33.7215, 73.0433, 1176615, "PPLC", "Pakistani"),
    ("New Delhi", "IND", 28.6358, 77.2245, 1261481, "PPLC", "Indian"),
    ("Moscow", "RUS", 55.7522, 37.6156, 524901, "PPLC", "Russian"),
    ("Washington", "USA", 38.8951, -77.0364, 4140963, "PPLC", "U.S."),
    ("Beijing", "CHN", 39.9075, 116.3972, 1816670, "PPLC", "Chinese"),
    ("Tehran", "IRN", 35.6944, 51.4215, 112931, "PPLC", "Iranian"),
    ("Nairobi", "KEN", -1.2833, 36.8167, 184745, "PPLC", "Kenyan"),
    ("Paris", "FRA", 48.8534, 2.3488, 2988507, "PPLC", "French"),
    ("Fiji", "FJI", -17.7134, 178.0650, 2205218, "PCLI", "Fijian"),
)
_SECTORS = (("troops", "MIL"), ("police", "COP"), ("government", "GOV"), ("rebels", "REB"),
            ("protesters", "CVL"), ("officials", "GOV"), ("militants", "REB"), ("villagers", "CVL"))
_OPENERS = ("Officials said that", "Witnesses reported that", "According to local media,", "Reuters reported that",
            "Residents said")
_PRECISION = ("day", "day", "day", "day", "week", "month")


def _entity(rng: random.Random, text_parts: list[str], pos: int, place: _PlaceRow) -> tuple[Entity, int]:
    noun, sector = rng.choice(_SECTORS)
    text = f"{place[6]} {noun}"
    text_parts.append(text)
    return Entity(text, pos, pos + len(text), place[1], sector, None), pos + len(text)


def _article(rng: random.Random, n: int, idx: int, start: date) -> Result:
    home = rng.choice(_PLACES)
    published = start + timedelta(days=rng.randrange(730))
    art_id = f"synthetic-{idx:07d}"
    parts: list[str] = []
    pos = 0
    events: list[Event] = []
    places: list[Place] = []
    kinds = [k for k in _KINDS for _ in range(k.weight)]
    for seq in range(n):
        kind = rng.choice(kinds)
        where = home if rng.random() < 0.8 else rng.choice(_PLACES)
        other = where if rng.random() < 0.6 else rng.choice(_PLACES)
        s_start = pos
        parts.append(rng.choice(_OPENERS) + " ")
        pos += len(parts[-1])
        actor, pos = _entity(rng, parts, pos, where)
        parts.append(" ")
        pos += 1
        trig = Trigger(pos, pos + len(kind.verb), kind.verb)
        parts.append(kind.verb + " ")
        pos += len(kind.verb) + 1
        recipient, pos = _entity(rng, parts, pos, other)
        parts.append(" in ")
        pos += 4
        place = Place(pos, pos + len(where[0]), where[0], where[0], where[4], where[2], where[3], where[1], where[5])
        places.append(place)
        parts.append(where[0])
        pos += len(where[0])
        dead = rng.choice((None, None, None, 0, 1, 2, 3, 5, 12)) if kind.event == "ASSAULT" else None
        if dead:
            tail = f", killing {dead} people."
        else:
            tail = "."
        parts.append(tail)
        pos += len(tail)
        sentence = Sentence(seq, s_start, pos, "".join(parts)[s_start:pos])
        parts.append(" ")
        pos += 1
        located = rng.random() < 0.85
        dated = rng.random() < 0.9
        modes = (rng.choice(kind.modes),) if kind.modes and rng.random() < 0.8 else ()
        acled = kind.acled
        if kind.event == "PROTEST" and modes == ("riot",):
            acled = ("Riots", "Violent demonstration")
        events.append(Event(
            id=stable_id(art_id, seq, kind.event), event=kind.event, mode=modes, context=(), quad_code=kind.quad,
            event_scale=kind.scale, cameo_root=kind.cameo, acled_event_type=acled[0], acled_sub_event_type=acled[1],
            actor=(actor,), recipient=(recipient,), trigger=trig,
            event_loc=Location.from_place(place) if located else None,
            date=(published - timedelta(days=rng.randrange(3))).isoformat() if dated else None,
            date_precision=rng.choice(_PRECISION) if dated else None,
            aux=("negation",) if rng.random() < 0.02 else (), size=Size(dead=dead), event_text=sentence.text,
            sentence=sentence, confidence=round(rng.uniform(0.4, 0.99), 4), article_id=art_id))
    text = "".join(parts).rstrip()
    title = f"{events[0].event.title()} reported in {home[0]}"
    article = Article(art_id, text, title, published, f"https://news.example.org/{art_id}", "Example Wire", "en")
    return Result(article, tuple(events), tuple(places))


def seed_synthetic(store: SQLiteStore, n_events: int, seed: int = 0) -> None:
    """Add about `n_events` synthetic events (exactly n_events unless the articles were already stored) in
    articles of 1-8 events, published over 2023-2024. Writes through the store's own insert path, 500
    articles per transaction."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    made = 0
    idx = seed * 10_000_000
    batch: list[Result] = []
    while made < n_events:
        n = min(rng.randint(1, 8), n_events - made)
        batch.append(_article(rng, n, idx, start))
        made += n
        idx += 1
        if len(batch) >= 500:
            # One transaction per 500 articles: synthetic data can be regenerated, so speed wins here.
            store._add_many(batch)
            batch = []
    store._add_many(batch)
