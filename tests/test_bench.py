"""`newsevents bench` runs and reports its numbers (the figures themselves are never asserted)."""
import pytest

from newsevents.bench import format_bench, run_bench

pytestmark = pytest.mark.slow


def test_bench_reports_throughput_and_memory() -> None:
    d = run_bench(n_articles=6, workers=1)
    assert d["articles"] == 6 and d["failed"] == 0 and d["words_per_article"] >= 500
    text = format_bench(d)
    for word in ("articles/s", "sentences/s", "peak RSS", "named entities: none"):
        assert word in text
