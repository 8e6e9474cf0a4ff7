"""Running the web view under uvicorn: in the foreground for ``dateline serve``, or in a
background thread for tests, benchmarks and screenshots (``running``), which stops by itself.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from dateline.serve import LOOPBACK
from dateline.serve.app import create_app


def serve(db: Path, host: str = LOOPBACK, port: int = 8000) -> None:
    """Serve the store at ``db`` until interrupted."""
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


def free_port(host: str = LOOPBACK) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(db: Path, port: int | None = None) -> Iterator[str]:
    """The web view of ``db`` served on loopback in a thread; yields its URL, stops on exit."""
    config = uvicorn.Config(
        create_app(db), host=LOOPBACK, port=port or free_port(), log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="dateline-serve", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the web view did not start (see the log above)")
            threading.Event().wait(0.05)
        yield f"http://{LOOPBACK}:{config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
