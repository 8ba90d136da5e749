"""HTML page -> article text and metadata, without boilerplate.

The body comes from, in order: ``itemprop=articleBody``, the largest ``<article>``, ``<main>``, the
element holding the most paragraph text (a small readability-style score), ``<body>``. Navigation,
headers, footers, asides, forms, scripts, cookie banners, share bars and "related" lists are removed
first, by tag, ARIA role and class/id words. Paragraphs are separated by blank lines."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsevents.ingest.dates import parse_loose_date
from newsevents.ingest.decode import clean_line

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "canvas", "button", "select", "input", "textarea", "figcaption", "dialog", "object", "embed")
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu"}
# Whole words of class/id values that mark page furniture. Whole words, so "adm" or "header-image" survive.
_DROP_WORDS = {
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharebar", "social", "related", "newsletter",
    "subscribe", "subscription", "paywall", "promo", "advert", "advertisement", "ad", "ads", "sponsored",
    "comments", "comment", "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "navbar", "menu", "nav",
    "footer", "masthead", "outbrain", "taboola", "recirculation", "recommended", "trending", "tags", "byline",
}
_KEEP_TAGS = {"html", "body", "article", "main"}
_BLOCK_TAGS = ("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
               "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figure", "address", "hr")
_NOISE_LINE = re.compile(
    r"^(?:advertisement|ad|skip to (?:main )?content|read more|continue reading|share(?: this)?(?: article| story)?|"
    r"follow us.*|sign up.*newsletter.*|click here.*|subscribe.*|image:.*|photo:.*|getty images|reuters/.*|"
    r"(?:published|updated|posted|last updated)\b.{0,100}|\d+ min(?:ute)?s? read)$",
    re.I)
_COOKIE_TEXT = re.compile(r"\bcookies?\b.*\b(?:accept|consent|privacy|agree)\b", re.I | re.S)
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
              "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date")


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    published: date | None
    url: str | None
    source: str | None


def parse_html(markup: str) -> Page:
    """Article text and metadata of one HTML page (text may be empty when the page holds none)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    meta = _meta(soup)
    title = _title(soup, meta)
    published = _published(soup, meta)
    url = meta.get("og:url") or _canonical(soup)
    source = meta.get("og:site_name")
    _strip_boilerplate(soup)
    root = _content_root(soup)
    text = block_text(root) if root is not None else ""
    if title and text.startswith(title + "\n\n"):
        text = text[len(title) + 2:]  # the <h1> repeated at the top of the body
    return Page(text, title, published, url, source)


def html_fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), paragraphs separated by blank lines."""
    if "<" not in markup:
        return "\n\n".join(clean_line(p) for p in re.split(r"\n\s*\n", markup) if p.strip())
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    _strip_boilerplate(soup)
    return block_text(soup)


def _meta(soup: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        content = tag.get("content")
        if key and isinstance(content, str) and content.strip() and key not in out:
            out[key] = content.strip()
    return out


def _title(soup: Any, meta: dict[str, str]) -> str | None:
    for cand in (meta.get("og:title"), meta.get("twitter:title"),
                 soup.title.get_text() if soup.title else None,
                 soup.h1.get_text() if soup.h1 else None):
        if cand and clean_line(cand):
            return clean_line(cand)
    return None


def _published(soup: Any, meta: dict[str, str]) -> date | None:
    for key in _DATE_META[:2]:
        if key in meta and (d := parse_loose_date(meta[key])):
            return d
    for t in soup.find_all("time"):
        value = t.get("datetime")
        if isinstance(value, str) and (d := parse_loose_date(value)):
            return d
    d = _json_ld_date(soup)
    if d:
        return d
    for key in _DATE_META[2:]:
        if key in meta and (d := parse_loose_date(meta[key])):
            return d
    return None


def _json_ld_date(soup: Any) -> date | None:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue  # broken JSON-LD is common; the other date sources still apply
        for obj in _walk_json(data):
            value = obj.get("datePublished") or obj.get("dateCreated")
            if isinstance(value, str) and (d := parse_loose_date(value)):
                return d
    return None


def _walk_json(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            out.append(item)
            stack.extend(v for k, v in item.items() if k == "@graph" or isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(item)
    return out


def _canonical(soup: Any) -> str | None:
    link = soup.find("link", rel="canonical")
    href = link.get("href") if link else None
    return href if isinstance(href, str) and href.strip() else None


def _is_furniture(tag: Any) -> bool:
    if tag.name in _KEEP_TAGS or tag.attrs is None:
        return False
    if str(tag.get("role") or "").lower() in _DROP_ROLES or tag.get("aria-hidden") == "true":
        return True
    classes = tag.get("class") or []
    names = " ".join([*classes, str(tag.get("id") or "")]) if isinstance(classes, list) else str(classes)
    words = set(re.split(r"[^a-z0-9]+", names.lower()))
    return bool(words & _DROP_WORDS)


def _strip_boilerplate(soup: Any) -> None:
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_furniture):
        if not tag.decomposed:
            tag.decompose()


def _content_root(soup: Any) -> Any:
    body = soup.find(itemprop="articleBody")
    if body is not None and len(body.get_text(strip=True)) >= 200:
        return body
    articles = sorted(soup.find_all("article"), key=lambda a: len(a.get_text(strip=True)), reverse=True)
    if articles and len(articles[0].get_text(strip=True)) >= 200:
        return articles[0]
    main = soup.find("main")
    if main is not None and len(main.get_text(strip=True)) >= 200:
        return main
    return _densest(soup) or soup.body or soup


def _densest(soup: Any) -> Any:
    """The element whose paragraphs hold the most text (parents score fully, grandparents half)."""
    scores: dict[int, float] = {}
    nodes: dict[int, Any] = {}
    for p in soup.find_all("p"):
        n = len(p.get_text(strip=True))
        if n < 25:
            continue
        for parent, weight in ((p.parent, 1.0), (p.parent.parent if p.parent else None, 0.5)):
            if parent is not None:
                scores[id(parent)] = scores.get(id(parent), 0.0) + weight * n
                nodes[id(parent)] = parent
    if not scores:
        return None
    return nodes[max(scores, key=lambda k: scores[k])]


def block_text(root: Any) -> str:
    """Text of an element with block boundaries as blank lines and <br> as line breaks."""
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    paras: list[str] = []
    for block in re.split(r"\n\s*\n", root.get_text()):
        lines = [clean_line(ln) for ln in block.split("\n")]
        para = "\n".join(ln for ln in lines if ln and not _NOISE_LINE.match(ln))
        if para and not (len(para) < 400 and _COOKIE_TEXT.search(para)):
            paras.append(para)
    return "\n\n".join(paras)
