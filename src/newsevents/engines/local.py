"""Local engine: the pipeline over article chunks in worker processes, results in input order.

With several workers the models are loaded once, in this process, and the workers are forked from it: they
share the loaded pipeline instead of each loading its own (seconds of CPU per worker). A worker that finds none
(one the pool restarts) loads its own in the pool initializer. At most `workers * 2` chunks are in flight, so a
huge input streams instead of being read into memory."""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any

from newsevents.records import Article, Result

PipelineFactory = Callable[[], Any]

# One pipeline per worker process, set by the pool initializer (never in the parent).
_WORKER: dict[str, Any] = {}
# The pipeline the parent loaded for the workers it is about to fork (cleared in the parent once they are).
_SHARED: dict[str, Any] = {}


def _call_if_any(obj: Any, method: str) -> None:
    fn = getattr(obj, method, None)
    if callable(fn):
        fn()


def _init_worker(factory: PipelineFactory, loaded: Any, startup_cpu: Any = None) -> None:
    from threadpoolctl import threadpool_limits

    # One worker per core: BLAS threads inside a worker would only fight the other workers. The same holds
    # for the Rust thread pool of the WordLlama tokenizer (read when it first encodes, so set before loading).
    _WORKER["limits"] = threadpool_limits(limits=1)
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    shared = _SHARED.get("pipeline")
    if shared is not None:
        _call_if_any(shared, "after_fork")
        _WORKER["pipeline"] = shared
    else:
        _WORKER["pipeline"] = factory()
    # The worker's models (~155k objects) live as long as the process: full garbage collections need not walk them
    # again (about 1.5% of CPU time on the benchmark). Only here, where the pipeline is never dropped.
    gc.freeze()
    if startup_cpu is not None:  # this worker's CPU seconds so far (a forked child's count starts at zero)
        with startup_cpu.get_lock():
            startup_cpu.value += time.process_time()
    with loaded.get_lock():
        loaded.value += 1


def _run_chunk(chunk: list[Article]) -> list[Result]:
    return list(_WORKER["pipeline"].run_batch(chunk))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class LocalEngine:
    """`workers <= 1` runs in this process; otherwise a pool of `workers` processes."""

    def __init__(self, factory: PipelineFactory, workers: int = 1, chunk_size: int = 16,
                 prepare: Callable[[], None] | None = None) -> None:
        self.factory = factory
        self.prepare = prepare
        self.workers = workers
        self.chunk_size = chunk_size
        self._pool: Any = None
        self._pipeline: Any = None
        self._loaded: Any = None
        self._startup_cpu: Any = None
        self._own_startup_cpu = 0.0

    def __enter__(self) -> LocalEngine:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def start(self) -> LocalEngine:
        if self.prepare is not None:
            self.prepare()
        if self.workers <= 1:
            cpu0 = time.process_time()
            self._pipeline = self.factory()
            self._own_startup_cpu = time.process_time() - cpu0
        else:
            ctx = mp.get_context("fork")
            self._loaded = ctx.Value("i", 0)
            self._startup_cpu = ctx.Value("d", 0.0)
            cpu0 = time.process_time()
            _SHARED["pipeline"] = shared = self.factory()
            _call_if_any(shared, "warm")
            self._own_startup_cpu = time.process_time() - cpu0
            # the loaded objects stay out of the parent's and the workers' garbage collections until the fork
            # is done (collections would write to every object's header, copying the shared memory pages)
            gc.freeze()
            try:
                self._pool = ctx.Pool(self.workers, initializer=_init_worker,
                                      initargs=(self.factory, self._loaded, self._startup_cpu))
            finally:
                _SHARED.clear()
                del shared
                gc.unfreeze()
        return self

    @property
    def startup_cpu_s(self) -> float:
        """CPU seconds spent loading the pipeline: this process's (it loads the pipeline the workers share) plus
        the workers' own set-up, summed over those that are ready (see `wait_ready`)."""
        if self._startup_cpu is None:
            return self._own_startup_cpu
        return self._own_startup_cpu + float(self._startup_cpu.value)

    def wait_ready(self) -> None:
        """Block until every worker has loaded its models (for timing)."""
        while self._pool is not None and self._loaded.value < self.workers:
            time.sleep(0.05)

    def map(self, articles: Iterable[Article]) -> Iterator[Result]:
        if self._pipeline is not None:
            for chunk in _chunks(articles, self.chunk_size):
                yield from self._pipeline.run_batch(chunk)
            return
        pending: deque[Any] = deque()
        for chunk in _chunks(articles, self.chunk_size):
            pending.append(self._pool.apply_async(_run_chunk, (chunk,)))
            while len(pending) >= self.workers * 2:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
        self._pipeline = None


def run_local(articles: Iterable[Article], factory: PipelineFactory, *, workers: int = 1,
              chunk_size: int = 16, prepare: Callable[[], None] | None = None) -> Iterator[Result]:
    """One Result per Article, in order. `prepare` runs once in this process before any worker starts."""
    with LocalEngine(factory, workers, chunk_size, prepare) as engine:
        yield from engine.map(articles)


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))
