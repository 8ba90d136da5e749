"""HTTP edge: the read API, the dashboard and the latency benchmark (`newsevents serve`, `newsevents bench-api`)."""
from __future__ import annotations

from pathlib import Path


def serve(db_path: Path, host: str, port: int, token: str | None) -> None:
    """Run the API and dashboard with uvicorn until interrupted."""
    import uvicorn

    from newsevents.api.app import create_app

    app = create_app(Path(db_path), token=token)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)


__all__ = ["serve"]
