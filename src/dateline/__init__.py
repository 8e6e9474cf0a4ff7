"""dateline: dated news articles in, a sourced, time-resolved record out.

from dateline import Corpus, ReadConfig, Reader
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.config import ReadConfig

if TYPE_CHECKING:
    from dateline.corpus.api import Corpus
    from dateline.pipeline import Reader

__all__ = ["Corpus", "ReadConfig", "Reader"]


def __getattr__(name: str) -> Any:
    # imported on first use, so that `import dateline.model` stays light (no spaCy, no SQLite)
    if name == "Corpus":
        from dateline.corpus.api import Corpus

        return Corpus
    if name == "Reader":
        from dateline.pipeline import Reader

        return Reader
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
