"""Access to ``../shared`` (third-party gold data and the reference article) for tests.

A test that needs it skips with a clear message where it is absent, and fails with that message
in CI (``CI`` set), where ``../shared`` must be present.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def require_shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        message = f"this test needs {path} (the shared data beside the project), which is absent"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
