"""Bundled sample articles (original, CC0) and their hand-coded expected events.

The files are data only; README.md in this directory says what each one is and
expected.json holds the hand-coded answers used by tests and the README demo.
"""

from pathlib import Path

SAMPLES_DIR = Path(__file__).parent
# The article inputs live in their own folder so `newsevents code .../samples/articles` reads just them.
ARTICLES_DIR = SAMPLES_DIR / "articles"

ARTICLE_FILES: tuple[str, ...] = (
    "brazil_floods.txt",
    "chile_peaceful_protest.txt",
    "colombia_eln_ceasefire.txt",
    "drc_clashes.txt",
    "feed.xml",
    "football_match.txt",
    "georgia_teargas.txt",
    "kenya_riot.html",
    "lebanon_airstrike.txt",
    "nigeria_kidnapping.txt",
    "north_korea_missile_test.txt",
    "pakistan_suicide_bombing.txt",
    "philippines_fishermen_robbed.txt",
    "poland_summons_ambassador.txt",
    "records.jsonl",
    "smartphone_launch.html",
    "somalia_car_bomb.txt",
    "tunisia_opposition_arrests.txt",
    "uk_sanctions_iran.txt",
    "wire_dump.txt",
)

EXPECTED_PATH = SAMPLES_DIR / "expected.json"

__all__ = ["SAMPLES_DIR", "ARTICLES_DIR", "ARTICLE_FILES", "EXPECTED_PATH"]
