"""Fixtures shared across test modules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from dateline.corpus.api import Corpus
from tests.web import build_web_store, web_client


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web view's test store (``tests/web.py``), built once per session."""
    return build_web_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(web_store: Path) -> Iterator[TestClient]:
    """A client of the web view of ``web_store``."""
    with web_client(web_store) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(web_store: Path) -> Corpus:
    """``web_store`` as the Python API reads it, to compare the pages with."""
    return Corpus(web_store, read_only=True)


@pytest.fixture
def without_trust_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """The coder's readings before its trust gate (``events/trust.py``), which emits only events
    stated as done with parties from their clause: tests of how a clause is read (its modality,
    its arguments) look at what the gate then judges; so is its drop of events with no day of
    their own (``trust.undated``)."""
    monkeypatch.setattr("dateline.events.coder.distrust", lambda document, draft: None)
    monkeypatch.setattr("dateline.events.coder.undated", lambda draft: None)
