"""The records step's Python task: each input file read into numbered records, with no parser.

Spark's first Python task of a run imports the module of the function it runs: with the reading
stages (``tasks``: spaCy, the stages, the stories) that import was most of the task (1.3 s of the
1.6 s of CPU it took to read 300 stories), a serial part of every run that no core shares (the
JVM waits for it). Reading records needs only ``ingest``, the content hash and the length limit,
so the task lives here; once its files are read, the worker imports ``tasks`` and loads its
reader in a background thread (``preload``) while the JVM plans and starts the reading, as
ingest's workers load theirs before their first batch. Nothing here imports pyspark, or
``tasks`` before ``preload``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from dateline.config import ReadConfig
from dateline.ingest import Fields, Rejected, read_sources
from dateline.model import Article, ArticleTooLong, check_length
from dateline.store.dedup import content_hash

ROWS_PER_BATCH = 1024  # records yielded at a time while a file is read

# one record of the input: an article (with its content hash) or a rejection (record, reason)
RECORD_SCHEMA = pa.schema(
    [
        ("file_no", pa.int64()), ("rec_no", pa.int64()), ("hash", pa.string()),
        ("id", pa.string()), ("text", pa.string()), ("published", pa.string()),
        ("title", pa.string()), ("source", pa.string()), ("url", pa.string()),
        ("record", pa.string()), ("reason", pa.string()),
    ]
)  # fmt: skip
ARTICLE_FIELDS = ("id", "text", "published", "title", "source", "url")

_preloading: set[ReadConfig] = set()
_started = threading.Lock()


def _load(config: ReadConfig) -> None:
    # the reading's modules (spaCy, the stages, the stories), imported by name: ``tasks``
    # imports this module, never the other way round at import time
    tasks = importlib.import_module("dateline.spark.tasks")
    tasks.worker_reader(config)


def preload(config: ReadConfig) -> None:
    """Start importing the reading's modules and loading this worker's reader of ``config`` in a
    background thread (once per process): the worker is idle while the JVM runs the jobs between
    its records task and its first batch. A batch that arrives first waits for the import (the
    import lock) and the load (``tasks.worker_reader``'s lock), never loads a second copy."""
    with _started:
        if config in _preloading:
            return
        _preloading.add(config)
    threading.Thread(target=_load, args=(config,), daemon=True, name="dateline-preload").start()


def _batch(rows: list[dict[str, Any]]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pylist(rows, schema=RECORD_SCHEMA)


def read_files(
    batches: Iterator[pa.RecordBatch],
    *,
    fields: Fields,
    date: dt.date | None,
    encoding: str,
    config: ReadConfig,
) -> Iterator[pa.RecordBatch]:
    """Every record of each file (``file_no``, ``path``) as ``read_sources`` reads it, numbered in
    file order; over-long articles rejected as ingest rejects them (``config.max_chars``). Then
    the worker starts loading its reader of ``config`` (``preload``), also when its task had no
    file (a row without a path): the job gives each local core a records task so that every
    worker starts then."""
    max_chars = config.max_chars
    for batch in batches:
        for file_no, path in zip(
            batch.column("file_no").to_pylist(), batch.column("path").to_pylist(), strict=True
        ):
            if path is None:  # a task's row that gives its worker a start, and no file
                continue
            rows: list[dict[str, Any]] = []
            items = read_sources([Path(path)], date=date, fields=fields, encoding=encoding)
            for rec_no, item in enumerate(items):
                row: dict[str, Any] = {"file_no": file_no, "rec_no": rec_no}
                if isinstance(item, Article):
                    try:
                        check_length(item, max_chars)
                    except ArticleTooLong as error:
                        item = Rejected(item.source or item.id, str(error))
                if isinstance(item, Rejected):
                    row.update(record=item.where, reason=item.reason)
                else:
                    row.update(item.model_dump(include=set(ARTICLE_FIELDS)))
                    row.update(published=item.published.isoformat(), hash=content_hash(item))
                rows.append(row)
                if len(rows) >= ROWS_PER_BATCH:
                    yield _batch(rows)
                    rows = []
            if rows:
                yield _batch(rows)
    preload(config)
