"""Reading articles from files: each source yields ``Article`` or ``Rejected`` records.

A bad record never stops the batch: it becomes a ``Rejected`` naming its file and line (or row,
or feed entry). The reader is chosen by file suffix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.ingest.base import Rejected, RejectedInput
from dateline.ingest.feeds import FEED_SUFFIXES, count_feed, read_feed
from dateline.ingest.html import HTML_SUFFIXES, read_html
from dateline.ingest.parquet import count_parquet, read_parquet
from dateline.ingest.plain import read_plain
from dateline.ingest.repair import repair_text
from dateline.ingest.tabular import Fields, read_csv, read_jsonl
from dateline.model import Article

__all__ = ["Fields", "Rejected", "count_records", "read_sources", "source_files"]

TEXT_SUFFIXES = {".txt", ".text", ""}
RECORD_SUFFIXES = {".jsonl", ".csv", ".parquet"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
DEFAULT_FIELDS = Fields()


def source_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files ``read_sources`` reads, in its order: folders expanded, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in KNOWN_SUFFIXES
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
    """Every article in the given files and folders, chosen by file suffix, its text and title
    repaired (``repair_text``)."""
    for item in _read_files(paths, date, fields, encoding):
        if isinstance(item, Article):
            title = repair_text(item.title) if item.title else item.title
            item = item.model_copy(update={"text": repair_text(item.text), "title": title})
        yield item


def _read_files(
    paths: Iterable[Path], date: dt.date | None, fields: Fields, encoding: str
) -> Iterator[Article | Rejected]:
    for path in source_files(paths):
        if not path.exists():
            yield Rejected(str(path), "no such file")
            continue
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from read_jsonl(path, fields, encoding)
        elif suffix == ".csv":
            yield from read_csv(path, fields, encoding)
        elif suffix == ".parquet":
            yield from read_parquet(path, fields)
        elif suffix in FEED_SUFFIXES:
            yield from read_feed(path, encoding)
        else:
            reader = read_html if suffix in HTML_SUFFIXES else read_plain
            try:
                yield reader(path, date=date, encoding=encoding)
            except RejectedInput as error:
                yield Rejected(str(path), str(error))
            except OSError as error:
                yield Rejected(str(path), error.strerror or str(error))


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def count_records(paths: Iterable[Path], encoding: str = "utf-8") -> int | None:
    """About how many records ``read_sources`` will yield (for a progress bar), or None when a
    source is a pipe or stream that cannot be read twice. CSV counts lines, an upper bound when
    quoted fields span lines."""
    total = 0
    for path in source_files(paths):
        if not path.is_file():
            if path.exists():
                return None  # a FIFO or device: counting would consume it
            total += 1
            continue
        suffix = path.suffix.lower()
        try:
            if suffix == ".jsonl":
                total += _count_lines(path)
            elif suffix == ".csv":
                total += max(_count_lines(path) - 1, 0)
            elif suffix == ".parquet":
                total += count_parquet(path)
            elif suffix in FEED_SUFFIXES:
                total += count_feed(path, encoding)
            else:
                total += 1
        except Exception:  # a file the reader will reject still counts as one record
            total += 1
    return total
