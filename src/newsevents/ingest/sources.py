"""read_sources: files, directories, archives, feeds and stdin -> Articles (and InputErrors, yielded).

Record names: ``path`` (one story), ``path#N`` (N-th story of a multi-story text file, 1-based),
``path:LINE`` (JSONL), ``path[item N]`` (feed items), ``archive.zip!member.txt`` (archive members, which
then take the suffixes above), ``<stdin>``. An Article's id is its JSONL ``id`` or else its record name.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import chain
from typing import IO, BinaryIO, Protocol, TextIO

from newsevents.errors import InputError
from newsevents.ingest.decode import (MAX_BYTES, decode_bytes, normalise_newlines, sniff_declared_charset,
                                      too_large)
from newsevents.ingest.feeds import read_feed
from newsevents.ingest.html import parse_html
from newsevents.ingest.jsonl import RecordError, article_from_record, read_jsonl_records
from newsevents.ingest.stories import SPLIT_MODES, split_stories
from newsevents.records import Article

Item = Article | InputError


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...

_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_EXT = {".jsonl", ".ndjson", ".json"}
_FEED_EXT = {".xml", ".rss", ".atom"}
_TEXT_EXT = {".txt", ".text"}
_MAX_NESTED_ARCHIVE = 20 * MAX_BYTES  # an archive inside an archive is read into memory
_MAX_DEPTH = 3


def kind_for_name(name: str) -> str:
    """File kind from its name: tar, zip, gz, html, jsonl, feed, text (sniff markup only), sniff."""
    low = name.lower()
    if low.endswith(_TAR_SUFFIXES):
        return "tar"
    if low.endswith(".zip"):
        return "zip"
    if low.endswith(".gz"):
        return "gz"
    ext = os.path.splitext(low)[1]
    if ext in _HTML_EXT:
        return "html"
    if ext in _JSONL_EXT:
        return "jsonl"
    if ext in _FEED_EXT:
        return "feed"
    return "text" if ext in _TEXT_EXT else "sniff"


def sniff(data: bytes, kind: str) -> str:
    """Refine "text"/"sniff" from the content: feed, html, jsonl, zip, tar, gz or text.
    A .txt is only checked for markup (feed, HTML); other unknown files for everything."""
    if kind not in ("text", "sniff"):
        return kind
    if kind == "sniff":
        if data.startswith(b"PK\x03\x04"):
            return "zip"
        if data.startswith(b"\x1f\x8b"):
            return "gz"
        if data[257:262] == b"ustar":
            return "tar"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").decode("latin-1").lower()
    if head.startswith("<"):
        if any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf")):
            return "feed"
        if any(tag in head for tag in ("<html", "<!doctype html", "<body", "<p>", "<div", "<article")):
            return "html"
    if kind == "sniff" and head.startswith(("{", "[")):
        return "jsonl"
    return "text"


def read_sources(paths: Sequence[str], split: str = "auto", published: date | None = None,
                 stdin: TextIO | BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Read every path in order (``-`` is `stdin`, default ``sys.stdin``); yield Articles, and an
    InputError for each bad record without stopping. `published` is the fallback publication date;
    `split` is the story-splitting mode for text (one of SPLIT_MODES)."""
    if split not in SPLIT_MODES:
        raise ValueError(f"unknown split mode {split!r}; use one of {', '.join(SPLIT_MODES)}")
    reader = _Reader(split, published)
    for path in paths:
        if path == "-":
            yield from reader.stdin(stdin if stdin is not None else sys.stdin.buffer)
        else:
            yield from reader.path(path)


class _Reader:
    def __init__(self, split: str, published: date | None) -> None:
        self.split = split
        self.published = published

    # --- paths -------------------------------------------------------------------------------------------

    def path(self, path: str) -> Iterator[Item]:
        if os.path.isdir(path):
            yield from self.directory(path)
            return
        try:
            size = os.path.getsize(path)
            kind = kind_for_name(path)
            if kind in ("zip", "tar"):
                yield from self.archive(path, kind, path, depth=0)
            elif kind == "gz":
                with gzip.open(path, "rb") as f:
                    yield from self.stream(path, path[:-3], f, depth=0)
            elif kind == "jsonl":
                with open(path, "rb") as f:
                    yield from self.stream(path, path, f, depth=0)
            elif size > MAX_BYTES:
                yield too_large(path)
            else:
                with open(path, "rb") as f:
                    data = f.read()
                yield from self.content(path, data, kind, depth=0)
        except OSError as e:
            yield _os_error(path, e)
        except EOFError:
            yield InputError(path, "the compressed file is truncated; check the file")

    def directory(self, root: str) -> Iterator[Item]:
        """Every visible news file below `root`, sorted; code, bytecode and lock files are skipped."""
        found: list[tuple[tuple[str, ...], str]] = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            rel = os.path.relpath(dirpath, root)
            parts = () if rel == "." else tuple(rel.split(os.sep))
            found.extend(((*parts, f), os.path.join(dirpath, f)) for f in filenames if _news_file(f))
        if not found:
            yield InputError(root, "the directory holds no files; check the path")
        for _, file_path in sorted(found):
            yield from self.path(file_path)

    # --- content -----------------------------------------------------------------------------------------

    def stream(self, name: str, inner: str, f: _Readable, depth: int) -> Iterator[Item]:
        """A file-like object whose kind comes from `inner` (the name without a .gz suffix)."""
        kind = kind_for_name(inner)
        if kind == "jsonl":
            yield from self.jsonl(name, f)
            return
        data = f.read(MAX_BYTES + 1 if kind not in ("zip", "tar", "gz") else _MAX_NESTED_ARCHIVE + 1)
        if kind in ("zip", "tar", "gz"):
            yield from self.content(name, data, kind, depth + 1)
        elif len(data) > MAX_BYTES:
            yield too_large(name)
        else:
            yield from self.content(name, data, kind, depth)

    def content(self, name: str, data: bytes, kind: str, depth: int) -> Iterator[Item]:
        kind = sniff(data, kind)
        if kind in ("zip", "tar", "gz"):
            if depth >= _MAX_DEPTH or len(data) > _MAX_NESTED_ARCHIVE:
                yield InputError(name, "archive nested too deep or too large; unpack it first")
            elif kind == "gz":
                with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
                    yield from _guard(name, lambda: self.stream(name, name[:-3], f, depth))
            else:
                yield from self.archive(name, kind, io.BytesIO(data), depth)
            return
        if kind == "jsonl":
            yield from self.jsonl(name, io.BytesIO(data))
        elif kind == "feed":
            yield from _guard(name, lambda: read_feed(name, data, self.published))
        else:
            try:
                text = decode_bytes(name, data, sniff_declared_charset(data) if kind == "html" else None)
            except InputError as e:
                yield e
                return
            if kind == "html":
                yield from _guard(name, lambda: iter([self.html(name, text)]))
            else:
                yield from self.text(name, text)

    def text(self, name: str, text: str) -> Iterator[Item]:
        if not text.strip():
            yield InputError(name, "empty or whitespace-only; nothing to read")
            return
        stories = split_stories(text, self.split, self.published)
        if not stories:
            yield InputError(name, "no story text (only headers or markers); nothing to read")
        for n, story in enumerate(stories, start=1):
            yield Article(id=name if len(stories) == 1 else f"{name}#{n}", text=story.text, title=story.title,
                          published=story.published or self.published, url=story.url, source=story.source)

    def html(self, name: str, markup: str) -> Item:
        if not markup.strip():
            return InputError(name, "empty or whitespace-only; nothing to read")
        page = parse_html(markup)
        if not page.text.strip():
            return InputError(name, "no article text found in the HTML; give the story page itself")
        return Article(id=name, text=page.text, title=page.title, published=page.published or self.published,
                       url=page.url, source=page.source)

    def jsonl(self, name: str, f: _Readable) -> Iterator[Item]:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        rest = chain([head], iter(lambda: f.read(1 << 16), b""))
        if head.startswith(b"["):  # a JSON array of records, as some exports write
            yield from self.json_array(name, b"".join(rest))
            return
        lines = _iter_lines(rest)
        yield from read_jsonl_records(lines, name, self.published)

    def json_array(self, name: str, data: bytes) -> Iterator[Item]:
        if len(data) > MAX_BYTES:
            yield too_large(name)
            return
        try:
            records = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as e:
            yield InputError(name, f"bad JSON ({' '.join(str(e).split())[:120]}); write one object per line")
            return
        for n, obj in enumerate(records, start=1):
            try:
                yield article_from_record(obj, f"{name}#{n}", self.published)
            except RecordError as e:
                yield e

    def stdin(self, stream: TextIO | BinaryIO) -> Iterator[Item]:
        """JSONL when the first non-space character is "{", else text split into stories."""
        name = "<stdin>"
        it: Iterator[str | bytes] = iter(stream)
        head: list[str | bytes] = []
        for line in it:
            head.append(line)
            if line.strip():
                break
        first = head[-1] if head else ""
        first_text = first.decode("utf-8", "replace") if isinstance(first, bytes) else first
        if first_text.strip().lstrip("\ufeff")[:1] == "{":
            yield from read_jsonl_records(chain(head, it), name, self.published)
            return
        size, parts = 0, []
        for line in chain(head, it):
            size += len(line)
            if size > MAX_BYTES:
                yield too_large(name)
                return
            parts.append(line)
        if parts and isinstance(parts[0], bytes):
            try:
                text = decode_bytes(name, b"".join(p for p in parts if isinstance(p, bytes)))
            except InputError as e:
                yield e
                return
        else:
            text = normalise_newlines("".join(p for p in parts if isinstance(p, str)))
        yield from self.text(name, text)

    def archive(self, name: str, kind: str, source: str | IO[bytes], depth: int) -> Iterator[Item]:
        members = _zip_members if kind == "zip" else _tar_members
        try:
            for member, size, opener in members(source):
                record = f"{name}!{member}"
                inner_kind = kind_for_name(member)
                limit = _MAX_NESTED_ARCHIVE if inner_kind in ("zip", "tar", "gz") else MAX_BYTES
                if size > limit and inner_kind != "jsonl":
                    yield too_large(record)
                    continue
                with opener() as f:
                    if inner_kind == "gz":
                        with gzip.GzipFile(fileobj=f) as g:
                            yield from self.stream(record, member[:-3], g, depth + 1)
                    else:
                        yield from self.stream(record, member, f, depth)
        except (zipfile.BadZipFile, tarfile.TarError, RuntimeError, EOFError, OSError) as e:
            yield InputError(name, f"cannot read the {kind} archive ({' '.join(str(e).split())[:120]}); "
                                   "check the file")


# --- helpers -------------------------------------------------------------------------------------------------

def _hidden(member: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in member.split("/") if part)


def _zip_members(source: str | IO[bytes]) -> Iterator[tuple[str, int, Callable[[], IO[bytes]]]]:
    with zipfile.ZipFile(source) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if not info.is_dir() and not _hidden(info.filename):
                yield info.filename, info.file_size, lambda info=info: zf.open(info)  # type: ignore[misc]


def _tar_members(source: str | IO[bytes]) -> Iterator[tuple[str, int, Callable[[], IO[bytes]]]]:
    tf = tarfile.open(source, "r:*") if isinstance(source, str) else tarfile.open(fileobj=source, mode="r:*")
    with tf:
        for m in sorted(tf.getmembers(), key=lambda m: m.name):
            if m.isfile() and not _hidden(m.name):
                yield m.name, m.size, lambda m=m: _tar_open(tf, m)  # type: ignore[misc]


def _tar_open(tf: tarfile.TarFile, m: tarfile.TarInfo) -> IO[bytes]:
    f = tf.extractfile(m)
    if f is None:
        raise tarfile.TarError(f"{m.name} is not a regular file")
    return f


def _iter_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Split a byte stream on b"\\n", holding at most one line (cut at MAX_BYTES) in memory."""
    pending: list[bytes] = []
    pending_len = 0
    skipping = False  # inside a runaway line that was already handed over
    for chunk in chunks:
        parts = chunk.split(b"\n")
        if len(parts) == 1:
            if not skipping:
                pending.append(chunk)
                pending_len += len(chunk)
                if pending_len > MAX_BYTES:  # refused as too large by the record parser
                    yield b"".join(pending)
                    pending, pending_len, skipping = [], 0, True
            continue
        if not skipping:
            yield b"".join(pending) + parts[0]
        skipping = False
        yield from parts[1:-1]
        pending, pending_len = [parts[-1]], len(parts[-1])
    if pending and not skipping and b"".join(pending):
        yield b"".join(pending)


def _os_error(path: str, e: OSError) -> InputError:
    why = e.strerror or " ".join(str(e).split())
    return InputError(path, f"cannot read: {why}; check the path and its permissions")


def _guard(name: str, make: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """Run a third-party parser (bs4, feedparser, gzip) so that a failure on one file is that file's
    InputError instead of the end of the batch."""
    try:
        yield from make()
    except (ValueError, LookupError, TypeError, AttributeError, AssertionError, OSError, EOFError) as e:
        yield InputError(name, f"could not parse ({type(e).__name__}: {' '.join(str(e).split())[:120]}); "
                               "check the file")


# Files a directory walk never treats as news (an explicit path is still read whatever its name).
_NOT_NEWS_SUFFIXES = (".py", ".pyc", ".pyo", ".so", ".lock", ".db", ".sqlite", ".db-wal", ".db-shm")


def _news_file(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(_NOT_NEWS_SUFFIXES) and name != "__pycache__"
