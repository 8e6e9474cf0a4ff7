"""``dateline load``: Parquet tables (``dateline spark``'s, or ``dateline export``'s) into a new
store, by one writer, in one transaction.

The tables carry their ids (``dateline spark`` numbers rows as the writer would), so rows are
inserted as they are; only run ids are given anew. Then what the store derives from them: the
near-duplicate band index (from ``minhashes``, or from the texts when a table has none, as in an
export), the full-text indexes, and the story filing's watermark, so that a later ``dateline
ingest`` into the store goes on from it as from its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.dataset as ds

from dateline.store.dedup import band_keys, fingerprint
from dateline.store.schema import StoreError, connect
from dateline.stories.filing import WATERMARK

# in an order that inserts what a row refers to before it (foreign keys are checked at commit)
TABLES = (
    "articles", "texts", "readings", "timexes", "actors", "attributions", "events", "rejected",
    "stories", "story_mentions",
)  # fmt: skip
FTS_INDEXES = ("texts_fts", "quotes_fts", "events_fts")
CHUNK = 10_000


class LoadError(StoreError):
    """Tables that cannot be loaded, or a store they cannot be loaded into."""


@dataclass
class LoadReport:
    runs: list[int] = field(default_factory=list)  # the new runs' ids
    rows: dict[str, int] = field(default_factory=dict)


def _path(folder: Path, table: str, required: bool = True) -> Path | None:
    path = folder / f"{table}.parquet"
    if not path.exists():
        if required:
            raise LoadError(f"{path}: no such table (expected the output of `dateline spark`)")
        return None
    return path


def _chunks(path: Path, columns: list[str]) -> Iterator[list[tuple]]:
    dataset = ds.dataset(path, format="parquet")
    missing = [name for name in columns if name not in dataset.schema.names]
    if missing:
        raise LoadError(f"{path}: no column {', '.join(missing)}")
    for batch in dataset.to_batches(columns=columns, batch_size=CHUNK):
        if batch.num_rows:
            yield list(zip(*(column.to_pylist() for column in batch.columns), strict=True))


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _runs(db: sqlite3.Connection, folder: Path) -> dict[int, int]:
    """Insert the runs as new ones; the new id of each old one."""
    columns = _columns(db, "runs")[1:]
    path = _path(folder, "runs")
    assert path is not None
    new: dict[int, int] = {}
    for rows in _chunks(path, ["id", *columns]):
        for old, *values in rows:
            cursor = db.execute(
                f"INSERT INTO runs ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                values,
            )
            new[old] = int(cursor.lastrowid or 0)
    return new


def _table(db: sqlite3.Connection, folder: Path, table: str, runs: dict[int, int]) -> int:
    columns = _columns(db, table)
    run = columns.index("run") if "run" in columns else None
    quoted = ", ".join(f'"{name}"' for name in columns)
    sql = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(columns))})"
    path = _path(folder, table)
    assert path is not None
    count = 0
    for rows in _chunks(path, columns):
        if run is not None:
            try:
                rows = [(*row[:run], runs[row[run]], *row[run + 1 :]) for row in rows]
            except KeyError as error:
                raise LoadError(f"{path}: run {error} is not in runs.parquet") from None
        db.executemany(sql, rows)
        count += len(rows)
    return count


def _bands(db: sqlite3.Connection, folder: Path) -> None:
    """The near-duplicate index: the signatures given, else those of the stored texts."""
    path = _path(folder, "minhashes", required=False)
    if path is not None:
        signatures: Iterator[list[tuple]] = _chunks(path, ["article", "signature"])
    else:
        cursor = db.execute("SELECT article, text FROM texts ORDER BY article")
        signatures = (
            [(article, fingerprint(text).signature) for article, text in rows]
            for rows in iter(lambda: cursor.fetchmany(CHUNK), [])
        )
    for rows in signatures:
        db.executemany("INSERT INTO minhashes (article, signature) VALUES (?, ?)", rows)
        db.executemany(
            "INSERT OR IGNORE INTO minhash_bands (band, bucket, article) VALUES (?, ?, ?)",
            [
                (band, bucket, article)
                for article, signature in rows
                for band, bucket in enumerate(band_keys(signature))
            ],
        )


def load(folder: Path | str, db_path: Path | str) -> LoadReport:
    """Load the tables under ``folder`` into the store at ``db_path``, which must hold no
    articles yet (ids are kept as they are, so they cannot be mixed with a store's own)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise LoadError(f"{folder}: no such folder")
    db = connect(db_path)
    report = LoadReport()
    try:
        if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            raise LoadError(f"{db_path} already holds articles: load into a new store")
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("PRAGMA defer_foreign_keys = ON")
            runs = _runs(db, folder)
            report.runs = sorted(runs.values())
            for table in TABLES:
                report.rows[table] = _table(db, folder, table, runs)
            _bands(db, folder)
            for index in FTS_INDEXES:  # external-content indexes: built from their tables
                db.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
            db.execute(
                "INSERT INTO story_state (key, value) SELECT ?, max(id) FROM events"
                " WHERE id IS NOT NULL HAVING max(id) IS NOT NULL",
                [WATERMARK],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    finally:
        db.close()
    return report
