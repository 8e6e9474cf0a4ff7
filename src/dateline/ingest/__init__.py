"""Reading articles from files: each source yields ``Article`` or ``Rejected`` records.

A bad record never stops the batch: it becomes a ``Rejected`` naming its file and line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.ingest.base import Rejected, RejectedInput
from dateline.ingest.plain import read_plain
from dateline.ingest.tabular import Fields, read_csv, read_jsonl
from dateline.model import Article

__all__ = ["Fields", "Rejected", "read_sources"]

TEXT_SUFFIXES = {".txt", ".text", ""}
DEFAULT_FIELDS = Fields()


def _files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in TEXT_SUFFIXES | {".jsonl", ".csv"}
                and not p.name.startswith(".")
                and p.name.lower() != "readme.md"
            )
        else:
            yield path


def read_sources(
    paths: Iterable[Path],
    *,
    date: dt.date | None = None,
    fields: Fields = DEFAULT_FIELDS,
    encoding: str = "utf-8",
) -> Iterator[Article | Rejected]:
    """Every article in the given files and folders, chosen by file suffix."""
    for path in _files(paths):
        if not path.exists():
            yield Rejected(str(path), "no such file")
            continue
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from read_jsonl(path, fields, encoding)
        elif suffix == ".csv":
            yield from read_csv(path, fields, encoding)
        else:
            try:
                yield read_plain(path, date=date, encoding=encoding)
            except RejectedInput as error:
                yield Rejected(str(path), str(error))
            except OSError as error:
                yield Rejected(str(path), error.strerror or str(error))
