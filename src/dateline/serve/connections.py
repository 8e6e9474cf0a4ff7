"""The web view's hold on the store: one read-only ``Corpus`` per server thread, and the views
that read the whole store kept until the store changes.

SQLite connections belong to the thread that opened them, and Starlette runs each page in a
worker thread; every thread opens its own read-only connection on first use and keeps it. Each
query reads a consistent snapshot while ``dateline ingest`` writes (WAL).

Counting over the whole store (events per week, dyads, actors) takes a few hundred milliseconds
on 20,000 articles. Such a view is computed once per state of the store (``views.state``: the
highest ids written and the latest run) and argument list, and handed out again until a writer
commits; the least recently used are dropped past ``KEEP``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from dateline.corpus.api import Corpus
from dateline.store import views

KEEP = 512
T = TypeVar("T")


class ReadOnlyStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._kept: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def corpus(self) -> Corpus:
        """This thread's read-only ``Corpus``; it connects at its first query, where a store of
        another schema version raises ``StoreVersionError`` (it is never migrated)."""
        corpus = getattr(self._local, "corpus", None)
        if corpus is None:
            corpus = Corpus(self.path, read_only=True)
            self._local.corpus = corpus
        return corpus

    def kept(self, view: Callable[..., T], *arguments: Hashable) -> T:
        """``view(db, *arguments)``, computed once per state of the store."""
        db = self.corpus().db
        key = (view.__module__, view.__qualname__, arguments, views.state(db))
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        found = view(db, *arguments)
        with self._lock:
            self._kept[key] = found
            while len(self._kept) > KEEP:
                self._kept.popitem(last=False)
        return found
