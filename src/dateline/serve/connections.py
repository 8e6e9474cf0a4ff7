"""The web view's hold on the store: one read-only ``Corpus`` per server thread.

SQLite connections belong to the thread that opened them, and Starlette runs each page in a
worker thread; every thread opens its own read-only connection on first use and keeps it. Each
query reads a consistent snapshot while ``dateline ingest`` writes (WAL).
"""

from __future__ import annotations

import threading
from pathlib import Path

from dateline.corpus.api import Corpus


class ReadOnlyStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def corpus(self) -> Corpus:
        """This thread's read-only ``Corpus``; it connects at its first query, where a store of
        another schema version raises ``StoreVersionError`` (it is never migrated)."""
        corpus = getattr(self._local, "corpus", None)
        if corpus is None:
            corpus = Corpus(self.path, read_only=True)
            self._local.corpus = corpus
        return corpus
