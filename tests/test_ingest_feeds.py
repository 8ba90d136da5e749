"""RSS/Atom items from local bytes."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from newsevents.errors import InputError
from newsevents.ingest import read_feed
from newsevents.records import Article

FIX = Path(__file__).parent / "fixtures" / "ingest"


def test_rss_items() -> None:
    items = list(read_feed("f.rss", (FIX / "feed.rss").read_bytes(), published=date(2024, 1, 1)))
    a, b, c = items
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.id, a.title, a.url, a.source) == ("f.rss[item 1]", "Protesters clash with police in Dhaka",
                                                "https://wire.example.org/dhaka-protest", "Example Wire")
    assert a.published == date(2024, 3, 12)
    assert a.text == ("DHAKA (Reuters) - Police fired tear gas at thousands of opposition supporters in Dhaka on "
                      "Tuesday.\n\nAt least 40 people were injured, hospital officials said.")  # content over summary
    assert b.text == "Negotiators met in Doha on Monday to discuss a ceasefire." and b.published == date(2024, 1, 1)
    assert isinstance(c, InputError) and c.record == "f.rss[item 3]"


def test_atom_entry_updated_date() -> None:
    (a,) = list(read_feed("f.atom", (FIX / "feed.atom").read_bytes()))
    assert isinstance(a, Article)
    assert (a.title, a.published, a.url) == ("Troops deployed to border town", date(2024, 3, 13),
                                             "https://atom.example.org/border")


def test_feed_never_fetches_remote_urls() -> None:
    data = b'<?xml version="1.0"?><rss><channel><item><title>t</title><link>http://10.255.255.1/x</link>' \
           b'<description>Text of the item.</description></item></channel></rss>'
    (a,) = list(read_feed("f", data))  # would hang or fail if it tried the link
    assert isinstance(a, Article) and a.url == "http://10.255.255.1/x"
