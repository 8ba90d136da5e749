from newsevents.engines.local import LocalEngine, run_local
from newsevents.records import Article, Result


class EchoPipeline:
    """Stands in for the real pipeline: one Result per article, an error for empty text."""

    def run_batch(self, chunk: list[Article]) -> list[Result]:
        return [Result(article=a, error=None if a.text else "empty text") for a in chunk]


def _factory() -> EchoPipeline:
    return EchoPipeline()


def _arts(n: int) -> list[Article]:
    return [Article(str(i), "" if i % 5 == 0 else f"story {i}") for i in range(n)]


def test_in_process_keeps_order_and_errors() -> None:
    out = list(run_local(_arts(40), _factory, workers=1, chunk_size=7))
    assert [r.article.id for r in out] == [str(i) for i in range(40)]
    assert [r.article.id for r in out if r.error] == ["0", "5", "10", "15", "20", "25", "30", "35"]


def test_worker_processes_keep_order() -> None:
    with LocalEngine(_factory, workers=2, chunk_size=3) as engine:
        engine.wait_ready()
        out = list(engine.map(iter(_arts(50))))
    assert [r.article.id for r in out] == [str(i) for i in range(50)]
    assert sum(1 for r in out if r.error) == 10
