"""Readers: text, HTML, JSONL, RSS/Atom, directories, archives and stdin -> Article records.

Bad records come back as `InputError` instances (yielded, never raised) so a batch always goes on.
"""
from __future__ import annotations

from newsevents.ingest.decode import MAX_BYTES, decode_bytes
from newsevents.ingest.feeds import read_feed
from newsevents.ingest.html import Page, parse_html
from newsevents.ingest.jsonl import RecordError, article_from_record, read_jsonl_records
from newsevents.ingest.sources import kind_for_name, read_sources
from newsevents.ingest.stories import SPLIT_MODES, Story, split_stories

__all__ = ["MAX_BYTES", "SPLIT_MODES", "Page", "RecordError", "Story", "article_from_record", "decode_bytes",
           "kind_for_name", "parse_html", "read_feed", "read_jsonl_records", "read_sources", "split_stories"]
