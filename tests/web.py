"""The store the web view's tests read: the example articles, the three articles of
``tests/data/call/`` (one phone call, two sides' accounts) and one article whose text is full of
markup (``tests/data/hostile/``), ingested with one worker. Written once per test session.

The articles are read with the coder's readings before its trust gate (``events/trust.py``,
also its drop of events with no day of their own), which keeps few of the examples' events:
the pages need events and stories to show, and what the gate emits is tested in
``tests/test_events_trust.py`` and ``tests/test_events_dating.py``."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from starlette.testclient import TestClient

from dateline.corpus.ingest import ingest
from dateline.serve.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples", ROOT / "tests" / "data" / "call", ROOT / "tests" / "data" / "hostile"]


def build_web_store(folder: Path) -> Path:
    db = folder / "web.db"
    with (
        patch("dateline.events.coder.distrust", lambda document, draft: None),
        patch("dateline.events.coder.undated", lambda draft: None),
    ):
        ingest(db, SOURCES, workers=1)
    return db


def web_client(db: Path) -> TestClient:
    """A client of the web view; a failure inside the app comes back as its 500 page."""
    return TestClient(create_app(db), raise_server_exceptions=False)


def story_of(client: TestClient, type_: str, *names: str) -> dict:
    """The most reported story of ``type_`` whose source and target name all of ``names``."""
    for story in client.get("/api/stories").json()["stories"]:
        who = f"{story['source']} {story['target']}"
        if story["type"] == type_ and all(name in who for name in names):
            return story
    raise AssertionError(f"no {type_} story of {names}")
