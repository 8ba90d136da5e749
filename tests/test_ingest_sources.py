"""read_sources over every file kind, directories, archives, stdin, and each bad-input kind."""
from __future__ import annotations

import gzip
import io
import os
import tarfile
import zipfile
from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.ingest import MAX_BYTES, kind_for_name, read_sources
from newsevents.records import Article

FIX = Path(__file__).parent / "fixtures" / "ingest"
BODY = "Security forces fired tear gas at protesters in the capital on Monday, witnesses said.\n"


def _read(*paths: str | Path, **kw: object) -> list[Article | InputError]:
    return list(read_sources([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def _names(items: list[Article | InputError]) -> list[str]:
    return [i.id if isinstance(i, Article) else i.record for i in items]


def test_kind_for_name() -> None:
    cases = {"a.txt": "text", "a": "sniff", "a.md": "sniff", "a.HTML": "html", "a.htm": "html",
             "a.jsonl": "jsonl", "a.ndjson": "jsonl", "a.json": "jsonl", "a.rss": "feed", "a.atom": "feed",
             "a.xml": "feed", "a.zip": "zip", "a.tar": "tar", "a.tar.gz": "tar", "a.tgz": "tar", "a.txt.gz": "gz"}
    assert {k: kind_for_name(k) for k in cases} == cases


def test_text_file_multi_story_names_and_fallback_date(tmp_path: Path) -> None:
    items = _read(FIX / "wire_dump.txt", published=date(2024, 3, 20))
    assert _names(items) == [f"{FIX / 'wire_dump.txt'}#{n}" for n in range(1, 5)]
    assert all(isinstance(a, Article) for a in items)
    assert [a.published for a in items] == [date(2024, 3, 11), date(2024, 3, 20), date(2024, 3, 12),  # type: ignore[union-attr]
                                            date(2024, 3, 3)]


def test_text_file_single_story_uses_the_path_as_id(tmp_path: Path) -> None:
    p = tmp_path / "one.txt"
    p.write_text("Title: Protest\nURL: https://x.example/p\n\n" + BODY, encoding="utf-8")
    (a,) = _read(p, split="none")
    assert isinstance(a, Article)
    assert (a.id, a.title, a.url, a.text) == (str(p), "Protest", "https://x.example/p", BODY.strip())


def test_split_argument_is_checked() -> None:
    with pytest.raises(ValueError):
        _read(FIX / "wire_dump.txt", split="sentences")


def test_encodings_cp1252_utf16_and_crlf() -> None:
    cp, u16 = _read(FIX / "cp1252.txt", FIX / "utf16.txt")
    assert isinstance(cp, Article) and isinstance(u16, Article)
    assert cp.text == "The storm hit the coast near Mérida, Mexico’s officials said “on Monday”."
    assert "\r" not in cp.text and cp.published == date(2024, 9, 2) and cp.source == "Example"
    assert "Zürich" in u16.text and u16.title == "Grenzkonflikt"


def test_html_and_feeds_and_jsonl_by_extension() -> None:
    items = _read(FIX / "article.html", FIX / "feed.rss", FIX / "feed.atom", FIX / "records.jsonl")
    names = _names(items)
    assert names[:5] == [str(FIX / "article.html"), *(f"{FIX / 'feed.rss'}[item {n}]" for n in (1, 2, 3)),
                         f"{FIX / 'feed.atom'}[item 1]"]
    assert names[5:] == ["a1", "a2", "a3", *(f"{FIX / 'records.jsonl'}:{n}" for n in range(5, 11)), "9"]


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "c.txt").write_text(BODY)
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / ".git" / "x.txt").write_text(BODY)
    names = _names(_read(tmp_path))
    assert names == [os.path.join(str(tmp_path), p) for p in ("a.txt", os.path.join("b", "z.txt"), "c.txt")]


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    (err,) = _read(tmp_path)
    assert isinstance(err, InputError) and "no files" in err.message


def test_sniffing_files_without_extension(tmp_path: Path) -> None:
    (tmp_path / "feed").write_bytes((FIX / "feed.atom").read_bytes())
    (tmp_path / "page").write_bytes((FIX / "article.html").read_bytes())
    (tmp_path / "recs").write_text('{"id": "r1", "text": "Troops left."}\n')
    (tmp_path / "story").write_text(BODY)
    (tmp_path / "x.txt").write_bytes((FIX / "feed.rss").read_bytes())  # a feed saved as .txt
    names = _names(_read(tmp_path))
    assert names == [f"{tmp_path / 'feed'}[item 1]", str(tmp_path / "page"), "r1", str(tmp_path / "story"),
                     *(f"{tmp_path / 'x.txt'}[item {n}]" for n in (1, 2, 3))]


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_zip_members_are_named_archive_bang_member(tmp_path: Path) -> None:
    z = tmp_path / "batch.zip"
    _zip(z, {"b.txt": BODY.encode(), "a/one.html": (FIX / "article.html").read_bytes(),
             "dump.txt": (FIX / "wire_dump.txt").read_bytes(), "recs.jsonl": b'{"id": "j1", "text": "Hi there."}\n',
             ".DS_Store": b"\x00\x01", "__MACOSX/._b.txt": b"\x00", "empty.txt": b"  \n"})
    items = _read(z)
    assert _names(items) == [f"{z}!a/one.html", f"{z}!b.txt", *(f"{z}!dump.txt#{n}" for n in range(1, 5)),
                             f"{z}!empty.txt", "j1"]
    assert isinstance(items[-2], InputError) and "empty" in items[-2].message


def test_tar_gz_and_plain_tar_and_single_gz(tmp_path: Path) -> None:
    for name in ("batch.tar.gz", "batch.tgz", "batch.tar"):
        t = tmp_path / name
        with (tarfile.open(t, "w") if name.endswith(".tar") else tarfile.open(t, "w:gz")) as tf:
            for member, data in (("s/one.txt", BODY.encode()), ("feed.rss", (FIX / "feed.rss").read_bytes())):
                info = tarfile.TarInfo(member)
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
        assert _names(_read(t)) == [*(f"{t}!feed.rss[item {n}]" for n in (1, 2, 3)), f"{t}!s/one.txt"]
    g = tmp_path / "story.txt.gz"
    g.write_bytes(gzip.compress(BODY.encode()))
    (a,) = _read(g)
    assert isinstance(a, Article) and a.id == str(g) and a.text == BODY.strip()
    j = tmp_path / "recs.jsonl.gz"
    j.write_bytes(gzip.compress(b'{"id": "g1", "text": "One."}\n\n{"id": "g2"}\n'))
    assert _names(_read(j)) == ["g1", f"{j}:3"]


def test_nested_archive(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("in.txt", BODY)
    outer = tmp_path / "outer.zip"
    _zip(outer, {"inner.zip": inner.getvalue()})
    assert _names(_read(outer)) == [f"{outer}!inner.zip!in.txt"]


def test_json_array_file(tmp_path: Path) -> None:
    p = tmp_path / "recs.json"
    p.write_text('[{"id": "x1", "text": "One."}, {"text": "no id"}]')
    items = _read(p)
    assert _names(items) == ["x1", f"{p}#2"]


# --- bad input: each kind is one InputError and the batch goes on ------------------------------------------

def test_bad_inputs_are_yielded_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 50)
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n\t\n")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_BYTES + 1))
    bad_feed = tmp_path / "bad.rss"
    bad_feed.write_text("<rss><chan")
    not_feed = tmp_path / "gwn.xml"
    not_feed.write_text("<?xml version='1.0'?><articles><article>text</article></articles>")
    bad_zip = tmp_path / "broken.zip"
    bad_zip.write_bytes(b"PK\x03\x04 not really a zip")
    bad_gz = tmp_path / "broken.txt.gz"
    bad_gz.write_bytes(b"\x1f\x8b\x08 junk")
    missing = tmp_path / "nope.txt"
    paths = [missing, binary, empty, big, bad_feed, not_feed, bad_zip, bad_gz, FIX / "nobody.html", good]
    items = _read(*paths)
    assert isinstance(items[-1], Article) and items[-1].id == str(good)
    errors = items[:-1]
    assert all(isinstance(e, InputError) for e in errors)
    assert _names(errors) == [str(p) for p in paths[:-1]]
    msgs = [e.message for e in errors if isinstance(e, InputError)]
    assert msgs[0].startswith("cannot read: No such file") and "check the path" in msgs[0]
    assert "binary" in msgs[1]
    assert "empty" in msgs[2]
    assert "larger than 5 MB; split it" in msgs[3]
    assert msgs[4].startswith("malformed feed") and msgs[5].startswith("no feed items")
    assert "zip archive" in msgs[6]
    assert "check the file" in msgs[7]
    assert "no article text" in msgs[8]
    assert all("\n" not in str(e) for e in errors)


def test_feed_with_xml_errors_keeps_the_items_it_could_read(tmp_path: Path) -> None:
    p = tmp_path / "loose.rss"
    p.write_text("<rss><channel><item><title>Arms & aid</title><description>Aid arrived in Gaza.</description>"
                 "</item></channel></rss>")
    (a,) = _read(p)
    assert isinstance(a, Article) and a.title == "Arms & aid" and a.text == "Aid arrived in Gaza."


def test_oversized_archive_member(tmp_path: Path) -> None:
    z = tmp_path / "big.zip"
    _zip(z, {"big.txt": b"a " * (MAX_BYTES // 2 + 1), "ok.txt": BODY.encode()})
    items = _read(z)
    assert isinstance(items[0], InputError) and "larger than 5 MB" in items[0].message
    assert isinstance(items[1], Article)


# --- stdin -------------------------------------------------------------------------------------------------

def test_stdin_text_is_split_into_stories() -> None:
    data = (FIX / "wire_dump.txt").read_bytes()
    items = list(read_sources(["-"], stdin=io.BytesIO(data)))
    assert _names(items) == [f"<stdin>#{n}" for n in range(1, 5)]
    (one,) = list(read_sources(["-"], stdin=io.StringIO(BODY)))
    assert isinstance(one, Article) and one.id == "<stdin>"


def test_stdin_jsonl_is_detected_by_first_character() -> None:
    stream = io.StringIO('\n  {"id": "s1", "text": "One."}\nnot json\n{"id": "s3", "text": "Three."}\n')
    items = list(read_sources(["-"], stdin=stream))
    assert _names(items) == ["s1", "<stdin>:3", "s3"]
    items = list(read_sources(["-"], stdin=io.BytesIO(b'\xef\xbb\xbf{"id": "b1", "text": "One."}\n')))
    assert _names(items) == ["b1"]


def test_stdin_empty_and_binary() -> None:
    (e,) = list(read_sources(["-"], stdin=io.StringIO("   \n")))
    assert isinstance(e, InputError) and e.record == "<stdin>" and "empty" in e.message
    (e,) = list(read_sources(["-"], stdin=io.BytesIO(b"\x00\x01\x02binary\x00" * 10)))
    assert isinstance(e, InputError) and "binary" in e.message
