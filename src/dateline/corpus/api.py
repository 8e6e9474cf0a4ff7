"""``Corpus``: the Python face of the store, mirroring the CLI commands.

from dateline import Corpus
corpus = Corpus("dateline.db")
corpus.ingest(["examples/"])
corpus.timeline(actor="Mensah")              # list of dicts
corpus.events(type="ACCUSE", frame=True)     # a pandas DataFrame
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.corpus import queries
from dateline.corpus.export import Format, export
from dateline.corpus.queries import Filters, Record
from dateline.corpus.schema import connect
from dateline.model import Reading

if TYPE_CHECKING:
    from dateline.corpus.ingest import IngestReport


class Corpus:
    """A store of Readings at ``path`` (created on first use)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = connect(self.path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def ingest(self, sources: Iterable[Path | str], **options: Any) -> IngestReport:
        """Read every article in the files and folders; options as ``corpus.ingest.ingest``."""
        from dateline.corpus.ingest import ingest  # loads spaCy: only when ingesting

        return ingest(self.path, sources, **options)

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

    def quotes(self, *, frame: bool = False, **filters: Any) -> Any:
        return self._out(queries.quotes(self.db, Filters(**filters)), frame)

    def actors(self, *, frame: bool = False, **options: Any) -> Any:
        return self._out(queries.actors(self.db, **options), frame)

    def search(self, text: str, *, limit: int = 20, frame: bool = False) -> Any:
        return self._out(queries.search(self.db, text, limit), frame)

    def show(self, ident: str) -> Record:
        return queries.show(self.db, ident)

    def reading(self, article: str | int) -> Reading:
        """The full Reading stored for an article (``A12`` or 12)."""
        number = queries.parse_id(article)[1] if isinstance(article, str) else article
        return Reading.model_validate_json(queries.reading_json(self.db, number))

    def counts(self) -> Record:
        return queries.counts(self.db)

    def export(self, out_dir: Path | str, fmt: Format = "parquet") -> dict[Path, int]:
        return export(self.db, Path(out_dir), fmt)
