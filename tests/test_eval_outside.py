"""The outside-news checks with a stand-in pipeline (no shared data needed) and, when ../shared is present, a real
quick run on a few items."""
from pathlib import Path
from collections.abc import Iterable, Iterator

import pytest

from newsevents.eval.outside import eval_quiet, eval_satp, format_report, read_labelled_tsv
from newsevents.records import Article, Event, Result, Sentence, Size, Trigger

SHARED = Path(__file__).resolve().parents[2] / "shared"


def make_event(event: str, quad: int, acled: str | None) -> Event:
    s = Sentence(0, 0, 10, "some text.")
    return Event(id=event, event=event, mode=(), context=(), quad_code=quad, event_scale=None, cameo_root=None,
                 acled_event_type=None, acled_sub_event_type=acled, actor=(), recipient=(),
                 trigger=Trigger(0, 4, "some"), event_loc=None, date=None, date_precision=None, aux=(),
                 size=Size(), event_text=s.text, sentence=s, confidence=0.9)


class _Runner:
    """Gives a material-conflict event to every text containing 'attack', a verbal one to 'talks'."""

    def run(self, articles: Iterable[Article]) -> Iterator[Result]:
        for a in articles:
            evs = []
            if "attack" in a.text:
                evs.append(make_event("ASSAULT", quad=4, acled="Attack"))
            if "talks" in a.text:
                evs.append(make_event("CONSULT", quad=1, acled=None))
            yield Result(article=a, events=tuple(evs))


def test_read_labelled_tsv_skips_bad_rows(tmp_path: Path) -> None:
    p = tmp_path / "x.tsv"
    p.write_text("a story\t0\nno label\n\t1\nother\t1\t0\nbad\tx\n", encoding="utf-8")
    assert read_labelled_tsv(p) == [("a story", (0,)), ("other", (1, 0))]


def test_quiet_counts_articles_with_material_conflict(tmp_path: Path) -> None:
    p = tmp_path / "bbc.tsv"
    p.write_text("cup final tonight\t0\nstriker attack on goal\t0\nleaders hold talks\t0\nwar vote\t1\n",
                 encoding="utf-8")
    r = eval_quiet(_Runner(), p)
    assert r["n"] == 3 and r["with_conflict_event"] == 1 and r["clean_rate"] == round(2 / 3, 4)
    assert r["flagged"][0]["event"] == "ASSAULT"


def test_satp_recall_and_acled_rate(tmp_path: Path) -> None:
    p = tmp_path / "satp.tsv"
    p.write_text("militants attack a post\t1\t0\nmilitants hold talks\t0\t1\nno category\t0\t0\n", encoding="utf-8")
    r = eval_satp(_Runner(), p)
    assert r["n"] == 2 and r["recall"] == 0.5 and r["acled_rate"] == 0.5 and r["missed"] == ["militants hold talks"]
    text = format_report({"quiet_clean_rate": 1.0, "satp_conflict_recall": 0.5, "satp_acled_rate": 0.5,
                          "quiet": {"n": 1, "with_conflict_event": 0, "flagged": []}, "satp": r})
    assert "satp_conflict_recall" in text and "militants hold talks" in text


@pytest.mark.skipif(not (SHARED / "data" / "dev" / "confli").is_dir(), reason="needs ../shared dev data")
def test_real_pipeline_quick_run() -> None:
    from newsevents.eval.outside import evaluate
    from newsevents.pipeline import default_pipeline

    s = evaluate(SHARED, default_pipeline(), limit=5)
    assert s["quiet"]["n"] == 5 and s["satp"]["n"] == 5
    assert s["satp_conflict_recall"] >= 0.6  # five violence reports: most must give a conflict event
