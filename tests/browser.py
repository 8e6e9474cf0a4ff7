"""A real browser for the end-to-end tests and the screenshots: Debian's Chromium, driven by
Playwright with ``executable_path`` (never ``playwright install``, which downloads a browser).

Without the background-networking flags Chromium keeps trying to reach Google's hosts, and this
machine's closed network refuses those connections. Where Chromium is missing, a test skips
with the reason; in CI (``CI`` set) it fails instead, so a CI run cannot pass by skipping.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL = "apt-get install -y --no-install-recommends chromium chromium-driver"


def missing_chromium() -> str | None:
    """Why the browser cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM} (install it: {INSTALL})"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (make install: the dev extra)"
    return None


def require_chromium() -> None:
    import pytest

    reason = missing_chromium()
    if reason and os.environ.get("CI"):
        pytest.fail(reason)
    if reason:
        pytest.skip(reason)


@contextmanager
def chromium() -> Iterator[Browser]:
    """Headless Chromium, closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        try:
            yield browser
        finally:
            browser.close()
