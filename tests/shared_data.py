"""Locating third-party evaluation data in ../shared (never copied into the repository).

Tests that need it call ``require_shared("data/temporal/...")`` (a path relative to ../shared):
it skips with a clear message when the data is absent, and fails with that message when the
``CI`` environment variable is set, so that a CI run cannot pass by silently skipping.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def require_shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        message = f"shared evaluation data not found: {path} (see ../shared/data/MANIFEST.md)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
