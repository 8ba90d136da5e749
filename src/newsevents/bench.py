"""`newsevents bench`: throughput and peak memory of the full pipeline (prints numbers; never a test)."""
from __future__ import annotations

import dataclasses
import functools
import resource
import time
from pathlib import Path
from typing import Any

from newsevents.errors import InputError
from newsevents.records import Article


FULL_LENGTH_WORDS = 500


def _load_articles(path: str | None) -> list[Article]:
    from newsevents.ingest import read_sources

    if path:
        arts = [a for a in read_sources([path]) if isinstance(a, Article)]
        if not arts:
            raise InputError(path, "no readable articles for the benchmark; give a file or folder of news")
        return arts
    from newsevents.samples import ARTICLES_DIR

    stories = [a for a in read_sources([str(ARTICLES_DIR)]) if isinstance(a, Article)]
    stories.sort(key=lambda a: a.id)
    # Full-length articles: the bundled stories are short (~250 words), so each benchmark article joins
    # consecutive different stories until it holds at least FULL_LENGTH_WORDS words (about 600 on average;
    # for scale, the 200 articles of the GeoWebNews corpus average about 400 words). Almost all of them
    # are conflict stories, the dense (slow) case: most of their sentences hold an event.
    out = []
    for i in range(len(stories)):
        parts, j = [stories[i].text], i
        while sum(len(p.split()) for p in parts) < FULL_LENGTH_WORDS:
            j = (j + 1) % len(stories)
            parts.append(stories[j].text)
        out.append(dataclasses.replace(stories[i], id=f"bench-{i}", text="\n\n".join(parts)))
    return out


def _cpu_s() -> float:
    """CPU seconds used by this process and its exited children (noise-robust, unlike wall time)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        ru = resource.getrusage(who)
        total += ru.ru_utime + ru.ru_stime
    return total


def _peak_rss_mb(who: int) -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(who).ru_maxrss / 1024.0


def run_bench(path: str | None = None, n_articles: int = 200, workers: int | None = None,
              ner: str = "none") -> dict[str, Any]:
    from newsevents.engines.local import LocalEngine, default_workers
    from newsevents.pipeline import build_pipeline, prepare
    from newsevents.segment import split_sentences

    base = _load_articles(path)
    arts = [dataclasses.replace(base[i % len(base)], id=f"{base[i % len(base)].id}~{i}")
            for i in range(n_articles)]
    words = sum(len(a.text.split()) for a in arts)
    sentences = sum(len(split_sentences(a.text)) for a in arts)
    n_workers = workers if workers is not None else default_workers()

    prepare()  # build the gazetteer first (once): startup is reported apart from steady throughput
    cpu0 = _cpu_s()
    t0 = time.perf_counter()
    with LocalEngine(functools.partial(build_pipeline, ner=ner), n_workers, prepare=prepare) as engine:
        engine.wait_ready()
        load_s = time.perf_counter() - t0
        startup_cpu = engine.startup_cpu_s
        t1 = time.perf_counter()
        results = list(engine.map(arts))
        t_run = time.perf_counter() - t1
    steady = max(1e-9, t_run)
    cpu = _cpu_s() - cpu0  # workers' CPU (they have exited) + this process; includes model loading
    events = sum(len(r.events) for r in results)
    failed = sum(1 for r in results if r.error)
    return {
        "articles": len(arts), "words_per_article": words / len(arts), "sentences": sentences,
        "workers": n_workers, "events": events, "failed": failed,
        "wall_s": t_run, "model_load_s": load_s,
        "articles_per_s": len(arts) / steady, "sentences_per_s": sentences / steady,
        "articles_per_s_incl_load": len(arts) / (t_run + load_s),
        "cpu_s": cpu, "startup_cpu_s": startup_cpu, "ner": ner,
        "peak_rss_parent_mb": _peak_rss_mb(resource.RUSAGE_SELF),
        "peak_rss_worker_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
    }


def format_bench(d: dict[str, Any]) -> str:
    total = d["peak_rss_parent_mb"] + d["peak_rss_worker_mb"] * max(1, d["workers"])
    return "\n".join([
        f"articles: {d['articles']} (avg {d['words_per_article']:.0f} words), sentences: {d['sentences']}, "
        f"workers: {d['workers']}, named entities: {d['ner']}",
        f"events: {d['events']}, failed: {d['failed']}",
        f"throughput: {d['articles_per_s']:.1f} articles/s, {d['sentences_per_s']:.0f} sentences/s "
        f"(model loading excluded; {d['articles_per_s_incl_load']:.1f} articles/s including "
        f"{d['model_load_s']:.1f} s of loading)",
        f"CPU time: {d['cpu_s']:.1f} s in all processes, {1000 * d['cpu_s'] / d['articles']:.0f} ms per article "
        f"(model loading included)",
        # (the models are loaded once and the workers forked from the loaded process: no "per worker" share)
        f"startup CPU: {d['startup_cpu_s']:.1f} s loading the models (once, before the workers start); "
        f"{1000 * (d['cpu_s'] - d['startup_cpu_s']) / d['articles']:.0f} ms per article without it",
        f"peak RSS: parent {d['peak_rss_parent_mb']:.0f} MB, largest worker {d['peak_rss_worker_mb']:.0f} MB, "
        f"upper bound for all processes {total:.0f} MB",
    ])


__all__ = ["run_bench", "format_bench", "Path"]
