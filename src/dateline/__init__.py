"""dateline: dated news articles in, a sourced, time-resolved record out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.corpus.api import Corpus

__all__ = ["Corpus"]


def __getattr__(name: str) -> Any:
    if name == "Corpus":  # imported on first use, so that `import dateline.model` stays light
        from dateline.corpus.api import Corpus

        return Corpus
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
