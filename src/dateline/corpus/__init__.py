"""The corpus: many articles ingested into one embedded SQLite store, and queries over it."""

from __future__ import annotations

from typing import Any

__all__ = ["Corpus"]


def __getattr__(name: str) -> Any:
    if name == "Corpus":  # imported on first use, so that `import dateline...` stays light
        from dateline.corpus.api import Corpus

        return Corpus
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
