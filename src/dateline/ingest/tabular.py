"""Articles as records: JSON Lines and CSV, with configurable field names."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest.base import Rejected, RejectedInput, parse_date
from dateline.model import Article


@dataclass(frozen=True)
class Fields:
    """Which record fields hold what; only ``text`` and ``date`` are required."""

    text: str = "text"
    date: str = "date"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    source: str = "source"


def record_article(record: dict, fields: Fields, fallback_id: str) -> Article:
    """An Article from one JSON/CSV/Parquet record, or RejectedInput saying what is missing."""
    if not isinstance(record, dict):
        raise RejectedInput(f"record is a {type(record).__name__}, not an object")
    text = record.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        raise RejectedInput(f"no text in field {fields.text!r}")
    if fields.date not in record:
        raise RejectedInput(f"no date field {fields.date!r}")
    published = parse_date(record[fields.date])

    def optional(name: str) -> str | None:
        value = record.get(name)
        return str(value) if value not in (None, "") else None

    return Article(
        id=optional(fields.id) or fallback_id,
        text=text.strip(),
        published=published,
        title=optional(fields.title),
        url=optional(fields.url),
        source=optional(fields.source),
    )


def _bom_tolerant(encoding: str) -> str:
    """UTF-8 that also takes a leading byte-order mark, as spreadsheet programs write one: read
    as plain UTF-8 it would glue itself to the first field name or break the first record."""
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return encoding  # the read itself names the unknown encoding
    return "utf-8-sig" if utf8 else encoding


def _lines(path: Path, encoding: str) -> Iterator[tuple[int, str | Rejected]]:
    decoding = _bom_tolerant(encoding)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                yield number, raw.decode(decoding)
            except UnicodeDecodeError as error:
                yield (
                    number,
                    Rejected(f"{path}:{number}", f"not valid {encoding} at byte {error.start}"),
                )


def read_jsonl(
    path: Path, fields: Fields = Fields(), encoding: str = "utf-8"
) -> Iterator[Article | Rejected]:
    for number, line in _lines(path, encoding):
        where = f"{path}:{number}"
        if isinstance(line, Rejected):
            yield line
            continue
        if not line.strip():
            continue
        try:
            yield record_article(json.loads(line), fields, f"{path.stem}-{number}")
        except json.JSONDecodeError as error:
            yield Rejected(where, f"invalid JSON: {error.msg} at column {error.colno}")
        except RejectedInput as error:
            yield Rejected(where, str(error))


def read_csv(
    path: Path, fields: Fields = Fields(), encoding: str = "utf-8"
) -> Iterator[Article | Rejected]:
    csv.field_size_limit(64 * 1024 * 1024)
    try:
        with path.open(encoding=_bom_tolerant(encoding), newline="") as handle:
            reader = csv.DictReader(handle)
            for record in reader:
                where = f"{path}:{reader.line_num}"
                try:
                    yield record_article(record, fields, f"{path.stem}-{reader.line_num}")
                except RejectedInput as error:
                    yield Rejected(where, str(error))
    except UnicodeDecodeError as error:
        yield Rejected(str(path), f"not valid {encoding} at byte {error.start}")
    except csv.Error as error:
        yield Rejected(str(path), f"CSV error: {error}")
