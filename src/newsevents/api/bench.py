"""API latency benchmark: seed a temporary database with synthetic events, serve it with a real uvicorn on
127.0.0.1, and time `/api/events` (first page) and `/api/stats` over HTTP with httpx (one client, sequential
requests, keep-alive), cycling through a realistic mix of filters. Target: p95 < 200 ms at 100k events."""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_P95_MS = 200.0
TARGETED = ("/api/events", "/api/stats")  # the endpoints the target applies to; /api/points is reported too

# A mix of what dashboard users do: the unfiltered first view, one type, one country, a date window, an actor
# search, full-text search, a bounding box, and a combination.
FILTER_MIX: tuple[dict[str, str], ...] = (
    {},
    {"type": "ASSAULT"},
    {"country": "SYR"},
    {"date_from": "2024-03-01", "date_to": "2024-03-31"},
    {"actor": "rebels"},
    {"q": "protesters"},
    {"bbox": "30,0,60,40"},
    {"type": "PROTEST,COERCE", "quad": "4", "country": "NGA"},
)


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _summary(samples: list[float]) -> dict[str, float]:
    return {"n": len(samples), "p50_ms": round(_percentile(samples, 50), 2),
            "p95_ms": round(_percentile(samples, 95), 2), "max_ms": round(max(samples), 2) if samples else 0.0,
            "mean_ms": round(statistics.fmean(samples), 2) if samples else 0.0}


def _measure(client: Any, path: str, params: dict[str, str], requests: int) -> list[float]:
    out: list[float] = []
    for i in range(requests):
        t0 = time.perf_counter()
        r = client.get(path, params=params if params else None)
        elapsed = (time.perf_counter() - t0) * 1000.0
        if r.status_code != 200:
            from newsevents.errors import NewsEventsError
            raise NewsEventsError(f"benchmark request {path} {params} failed: {r.status_code} {r.text[:200]}")
        out.append(elapsed)
    return out


def run_bench(n_events: int = 100_000, requests: int = 200) -> dict[str, Any]:
    """Seed `n_events` synthetic events into a temp DB and time `requests` requests per endpoint (spread over
    FILTER_MIX, after one warm-up round). Returns timings in milliseconds."""
    import httpx

    from newsevents.api.app import create_app
    from newsevents.api.server import background_server
    from newsevents.store.seed import seed_synthetic
    from newsevents.store.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory(prefix="newsevents-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        with SQLiteStore(db).open() as store:
            seed_synthetic(store, n_events, seed=0)
            stored = store.summary()
        seed_s = time.perf_counter() - t0
        app = create_app(db)
        per_filter = max(1, requests // len(FILTER_MIX))
        endpoints: dict[str, list[float]] = {path: [] for path in (*TARGETED, "/api/points")}
        by_filter: dict[str, dict[str, dict[str, float]]] = {}
        with background_server(app) as base, httpx.Client(base_url=base, timeout=30.0) as client:
            for params in FILTER_MIX:  # warm-up: page cache, prepared statements, thread-local connections
                for path in endpoints:
                    _measure(client, path, params, 1)
            for params in FILTER_MIX:
                label = "&".join(f"{k}={v}" for k, v in params.items()) or "(none)"
                by_filter[label] = {}
                for path, samples in endpoints.items():
                    got = _measure(client, path, params, per_filter)
                    samples.extend(got)
                    by_filter[label][path] = _summary(got)
        return {
            "n_events": stored["events"], "n_articles": stored["articles"], "seed_s": round(seed_s, 2),
            "requests_per_endpoint": per_filter * len(FILTER_MIX), "transport": "httpx -> uvicorn on 127.0.0.1",
            "endpoints": {path: _summary(s) for path, s in endpoints.items()},
            "by_filter": by_filter, "target_p95_ms": TARGET_P95_MS,
            "ok": all(_percentile(endpoints[p], 95) < TARGET_P95_MS for p in TARGETED),
        }


def format_bench(d: dict[str, Any]) -> str:
    lines = [f"API latency: {d['n_events']:,} events in {d['n_articles']:,} articles (seeded in {d['seed_s']} s), "
             f"{d['requests_per_endpoint']} requests per endpoint, {d['transport']}",
             f"{'endpoint':<14}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"]
    for path, s in d["endpoints"].items():
        lines.append(f"{path:<14}{s['p50_ms']:>9.1f}{s['p95_ms']:>9.1f}{s['max_ms']:>9.1f}")
    paths = list(d["endpoints"])
    lines.append("p95 ms by filter (" + " / ".join(paths) + "):")
    for label, per in d["by_filter"].items():
        cells = "".join(f"{per.get(p, {}).get('p95_ms', float('nan')):>9.1f}" for p in paths)
        lines.append(f"  {label:<44}{cells}")
    verdict = "OK" if d["ok"] else "ABOVE TARGET"
    lines.append(f"target p95 < {d['target_p95_ms']:.0f} ms for {', '.join(TARGETED)}: {verdict}")
    return "\n".join(lines)
