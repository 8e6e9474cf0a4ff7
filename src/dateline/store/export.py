"""Writing the store's tables out as Parquet, CSV or JSON Lines, one file per table.

Tables are streamed in chunks, so a store larger than memory exports too. Column types come from
the table definitions (Parquet files get a fixed schema even where a chunk is all NULL).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pyarrow as pa
import pyarrow.parquet as pq

Format = Literal["parquet", "csv", "jsonl"]
TABLES = (
    "articles", "texts", "readings", "events", "attributions", "actors", "timexes", "rejected",
    "runs", "stories", "story_mentions",
)  # fmt: skip
CHUNK = 10_000
_ARROW_TYPES = {"INTEGER": pa.int64(), "REAL": pa.float64(), "BLOB": pa.binary()}


def _chunks(db: sqlite3.Connection, table: str) -> Iterator[list[tuple]]:
    cursor = db.execute(f"SELECT * FROM {table} ORDER BY rowid")
    while rows := cursor.fetchmany(CHUNK):
        yield rows


def _columns(db: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2].upper()) for row in db.execute(f"PRAGMA table_info({table})")]


def arrow_schema(db: sqlite3.Connection, table: str) -> pa.Schema:
    """The Arrow schema of a table as ``export`` writes it to Parquet."""
    columns = _columns(db, table)
    return pa.schema([(name, _ARROW_TYPES.get(kind, pa.string())) for name, kind in columns])


def _write_parquet(db: sqlite3.Connection, table: str, path: Path) -> int:
    schema = arrow_schema(db, table)
    written = 0
    with pq.ParquetWriter(path, schema) as writer:
        for rows in _chunks(db, table):
            arrays = [
                pa.array([row[i] for row in rows], type=schema.field(i).type)
                for i in range(len(schema))
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            written += len(rows)
    return written


def _write_csv(db: sqlite3.Connection, table: str, path: Path) -> int:
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(name for name, _ in _columns(db, table))
        for rows in _chunks(db, table):
            writer.writerows(rows)
            written += len(rows)
    return written


def _write_jsonl(db: sqlite3.Connection, table: str, path: Path) -> int:
    names = [name for name, _ in _columns(db, table)]
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for rows in _chunks(db, table):
            for row in rows:
                values = (v.hex() if isinstance(v, bytes) else v for v in row)
                record = dict(zip(names, values, strict=True))
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += len(rows)
    return written


WRITERS = {"parquet": _write_parquet, "csv": _write_csv, "jsonl": _write_jsonl}


def export(db: sqlite3.Connection, out_dir: Path, fmt: Format | str) -> dict[Path, int]:
    """Every table as ``out_dir/<table>.<fmt>``; returns the rows written per file."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r} (choose parquet, csv or jsonl)")
    out_dir.mkdir(parents=True, exist_ok=True)
    return {(path := out_dir / f"{table}.{fmt}"): WRITERS[fmt](db, table, path) for table in TABLES}
