"""HTML: boilerplate removed, paragraphs kept, title and date from metadata."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from newsevents.ingest import parse_html

FIX = Path(__file__).parent / "fixtures" / "ingest"


def test_article_page() -> None:
    page = parse_html((FIX / "article.html").read_text(encoding="utf-8"))
    assert page.title == "Flooding displaces thousands in Somalia"
    assert page.published == date(2023, 11, 14)  # article:published_time wins over JSON-LD
    assert page.url == "https://news.example.org/africa/somalia-floods" and page.source == "Example News"
    paras = page.text.split("\n\n")
    assert len(paras) == 3
    assert paras[0].startswith("MOGADISHU — Heavy rains")
    assert paras[2].endswith("crops had been destroyed.")
    for junk in ("cookies", "Share on", "Related", "Drought warning", "Most read", "All rights", "Advertisement",
                 "Photo", "By Amina", "dataLayer", "font-family", "World"):
        assert junk not in page.text, junk


def test_densest_block_without_article_tag_and_date_sources() -> None:
    filler = "Rescue teams searched the collapsed buildings through the night, officials said. " * 3
    html = f"""<html><head><title>Quake | Site</title><meta name="dc.date" content="2022-01-05"></head><body>
      <div class="menu"><p>Home</p><p>World news and other sections of this long menu text here</p></div>
      <div class="content"><p>{filler}</p><p>{filler}</p></div>
      <div class="links"><p>Short link text, but long enough to count as a paragraph.</p></div>
      <time datetime="2022-01-04T10:00">Jan 4</time></body></html>"""
    page = parse_html(html)
    assert page.title == "Quake | Site"
    assert page.published == date(2022, 1, 4)  # <time datetime> before meta dc.date
    assert page.text.count("Rescue teams") == 6 and "Short link" not in page.text and "World news" not in page.text


def test_json_ld_graph_date_and_h1_title() -> None:
    html = """<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
      {"@type": "NewsArticle", "datePublished": "2021-06-30T12:00:00Z"}]}</script></head>
      <body><h1>Dam breaks</h1><p>The dam broke after days of rain, flooding three villages downstream.</p></body></html>"""
    page = parse_html(html)
    assert (page.title, page.published) == ("Dam breaks", date(2021, 6, 30))
    assert page.text == "The dam broke after days of rain, flooding three villages downstream."


def test_meta_lines_are_dropped() -> None:
    page = parse_html("<article><div class='info'>Published <time datetime='2024-09-04'>4 September 2024</time>"
                      " &middot; 4 min read</div><p>BERLIN — Smartphone maker Auralis launched its phone on "
                      "Wednesday at an event in Berlin, the company said in a statement.</p>" + "<p>More.</p>" * 30
                      + "</article>")
    assert page.text.startswith("BERLIN") and page.published is not None


def test_br_br_separates_paragraphs() -> None:
    page = parse_html("<body><div>First paragraph of text.<br><br>Second paragraph of text.</div></body>")
    assert page.text == "First paragraph of text.\n\nSecond paragraph of text."
