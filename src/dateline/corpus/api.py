"""``Corpus``: the Python face of the store, with the reach of the command line.

    from dateline import Corpus
    corpus = Corpus("dateline.db")
    corpus.ingest(["examples/"])
    corpus.timeline(actor="Mensah")              # list of dicts
    corpus.events(type="ACCUSE", frame=True)     # a pandas DataFrame
    corpus.stories()                             # story events, most reported first
    corpus.accounts("S3")                        # what each side said about one
    corpus.summary(topic="ceasefire", dates=5)   # the important dates, a few sentences each

Every method asks the same queries as the command of its name (``dateline.store.queries``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.model import Reading
from dateline.store import queries
from dateline.store.export import Format, export
from dateline.store.queries import Filters, Record
from dateline.store.schema import connect, connect_read_only

if TYPE_CHECKING:
    from dateline.config import ReadConfig
    from dateline.corpus.ingest import IngestReport


class Corpus:
    """A store of Readings at ``path`` (created on first use); ``read_only``: an existing store
    of this schema version, opened for reading only (``schema.connect_read_only``)."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = connect_read_only(self.path) if self.read_only else connect(self.path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def ingest(
        self, sources: Iterable[Path | str], config: ReadConfig | None = None, **options: Any
    ) -> IngestReport:
        """Read every article in the files and folders with ``config`` (``ReadConfig``; None:
        the default); other options as ``dateline.corpus.ingest.ingest``."""
        from dateline.corpus.ingest import ingest  # loads spaCy: only when ingesting

        return ingest(self.path, sources, config=config, **options)

    @staticmethod
    def _out(records: list[Record], frame: bool) -> Any:
        if not frame:
            return records
        import pandas as pd

        return pd.DataFrame.from_records(records)

    def timeline(self, *, frame: bool = False, **filters: Any) -> Any:
        """Events in date order; filters as in ``queries.Filters`` (actor, type, country, ...)."""
        return self._out(queries.timeline(self.db, Filters(**filters)), frame)

    def events(self, *, frame: bool = False, **filters: Any) -> Any:
        return self._out(queries.events(self.db, Filters(**filters)), frame)

    def quotes(self, *, mode: str = "speech", frame: bool = False, **filters: Any) -> Any:
        """Who said what; ``mode`` "stance" for stated beliefs and support, "unresolved" for
        what was said by no one the text names, "all" for everything."""
        chosen = queries.quote_mode(mode)
        return self._out(queries.quotes(self.db, Filters(mode=chosen, **filters)), frame)

    def actors(self, *, frame: bool = False, **options: Any) -> Any:
        return self._out(queries.actors(self.db, **options), frame)

    def search(self, text: str, *, limit: int = 20, frame: bool = False) -> Any:
        return self._out(queries.search(self.db, text, limit), frame)

    def show(self, ident: str) -> Record:
        """An article (A12), event (E40) or quote (Q7) with the paragraph it came from."""
        return queries.show(self.db, ident)

    def stories(self, *, min_articles: int = 2, limit: int | None = 50, frame: bool = False) -> Any:
        """Story events (one real-world event, however many articles report it), most reported
        first."""
        return self._out(queries.stories(self.db, min_articles, limit), frame)

    def story(self, ident: str) -> Record:
        """The story of ``S12``, or of the event ``E40``, with its events and its accounts."""
        record = queries.story(self.db, queries.story_id(self.db, ident))
        record["accounts"] = self.accounts(ident)
        return record

    def accounts(self, ident: str, *, frame: bool = False) -> Any:
        """What each speaker, on each side, said about the story of ``S12`` or ``E40``."""
        from dateline.stories.accounts import story_accounts

        found = story_accounts(self.db, queries.story_id(self.db, ident))
        return self._out([account.as_record() for account in found], frame)

    def summary(
        self,
        *,
        topic: str | None = None,
        actor: str | None = None,
        dates: int = 10,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[Record]:
        """A summary timeline: the most referred-to dates of the selected articles, each with
        a few sentences (``docs/stories.md``)."""
        from dateline.stories.summary import SummaryRequest, summary_timeline

        request = SummaryRequest(topic=topic, actor=actor, dates=dates, since=since, until=until)
        return [entry.as_record() for entry in summary_timeline(self.db, request)]

    def reading(self, article: str | int) -> Reading:
        """The full Reading stored for an article (``A12`` or 12)."""
        number = queries.parse_id(article)[1] if isinstance(article, str) else article
        return Reading.model_validate_json(queries.reading_json(self.db, number))

    def counts(self) -> Record:
        return queries.counts(self.db)

    def export(self, out_dir: Path | str, fmt: Format = "parquet") -> dict[Path, int]:
        return export(self.db, Path(out_dir), fmt)
