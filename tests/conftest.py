"""Fixtures shared across test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web import build_web_store


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web view's test store (``tests/web.py``), built once per session."""
    return build_web_store(tmp_path_factory.mktemp("web"))
