"""Ingesting many articles: read here, parsed by worker processes, written by one writer.

The parent reads the sources, drops articles the store already holds (by content hash) and
rejects over-long ones, then hands batches to the workers; results come back in input order and
each is committed in one transaction together with the rejections read since the last one. With
one worker the batches are processed in this process, with no multiprocessing at all.

Every worker reads with the run's ``ReadConfig``, recorded in the run's row of ``runs``. A store
whose articles were read with another configuration (other knowledge files, event lexicon or
typer, batch size) is not silently mixed into: ``MixedConfigError`` names the difference, unless
the caller allows it.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import resource
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from dateline.config import ReadConfig, differences
from dateline.corpus.worker import BatchResult, process_batch, start_worker, use_reader
from dateline.errors import DatelineError
from dateline.ingest import DEFAULT_FIELDS, Fields, Rejected, read_sources
from dateline.model import Article, ArticleTooLong, check_length
from dateline.pipeline import Reader, ready_to_read
from dateline.store.dedup import content_hash
from dateline.store.writer import BatchCounts, Store
from dateline.stories.filing import StoryFiler

T = TypeVar("T")


class MixedConfigError(DatelineError):
    """The store holds articles read with another configuration."""


class Progress(Protocol):
    """What ingest reports as it goes (the CLI draws a rich progress bar from it)."""

    def start(self, total: int | None) -> None: ...

    def advance(self, records: int, errors: int) -> None: ...


@dataclass
class IngestReport:
    run: int
    workers: int
    stored: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    words: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0  # the largest of any process that parsed (a worker, or this one)
    status: str = "running"

    @property
    def articles_per_s(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def add(self, counts: BatchCounts) -> None:
        self.stored += counts.stored
        self.skipped += counts.skipped
        self.near_duplicates += counts.near_duplicates
        self.rejected += counts.rejected


@dataclass
class _Batch:
    """Articles sent to a worker, the rejections to commit with their results, or a count of
    articles skipped as already stored."""

    articles: list[tuple[str, Article]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: int = 0


class _InlineExecutor(Executor):
    """The single-worker case: run the batch right here, no processes, no pickling. Before the
    first batch this process is made ready to read as a worker is at its start
    (``pipeline.ready_to_read``); a run with nothing new to read loads no parser."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.ready = False

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        if not self.ready:
            use_reader(ready_to_read(self.reader))
            self.ready = True
        future: Future[T] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def _batches(
    items: Iterator[Article | Rejected], store: Store, batch_size: int, max_chars: int
) -> Iterator[_Batch]:
    """Batches of new articles: stored or repeated ones skipped, over-long ones rejected.

    A batch is cut after every ``batch_size`` new articles of the run (the last may be shorter),
    whatever was skipped or rejected between them, so that batches - one actor registry each -
    are fixed by the input alone (``dateline spark`` numbers new articles the same way).
    Rejections pile up beside the articles; a full pile is committed on its own."""
    seen: set[str] = set()  # hashes sent in this run (the store only knows committed ones)
    batch = _Batch()
    exhausted = False
    while not exhausted:
        pending: list[tuple[str, Article]] = []
        while len(pending) < batch_size:
            item = next(items, None)
            if item is None:
                exhausted = True
                break
            if isinstance(item, Rejected):
                batch.rejected.append(item)
                continue
            try:
                check_length(item, max_chars)
            except ArticleTooLong as error:
                batch.rejected.append(Rejected(item.source or item.id, str(error)))
                continue
            pending.append((content_hash(item), item))
        known = store.known_hashes([content for content, _ in pending])
        skipped = 0
        for content, article in pending:
            if content in known or content in seen:
                skipped += 1
            else:
                seen.add(content)
                batch.articles.append((content, article))
        if skipped:
            yield _Batch(skipped=skipped)
        while len(batch.articles) >= batch_size:
            yield _Batch(batch.articles[:batch_size], batch.rejected)
            batch = _Batch(batch.articles[batch_size:])
        if len(batch.rejected) >= batch_size:
            yield _Batch(rejected=batch.rejected)
            batch.rejected = []
    if batch.articles or batch.rejected:
        yield batch


def check_config(store: Store, db: Path, config: dict[str, Any]) -> None:
    """Refuse to read into a store whose articles were read with another configuration."""
    for run, recorded in store.recorded_configs():
        found = differences(recorded, config)
        if found:
            raise MixedConfigError(
                f"{db} holds articles read with another configuration (run {run}: "
                f"{'; '.join(found)}); one store should hold one reading. Ingest into another "
                "store, or allow mixed configurations (--allow-mixed-config) to go on"
            )


def ingest(
    db: Path | str,
    sources: Iterable[Path | str],
    *,
    config: ReadConfig | None = None,
    workers: int | None = None,
    date: dt.date | None = None,
    fields: Fields = DEFAULT_FIELDS,
    encoding: str = "utf-8",
    allow_mixed_config: bool = False,
    total: int | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read every article in ``sources`` into the store at ``db``; safe to interrupt and rerun.

    ``config`` says how articles are read (``ReadConfig()`` if None): its batch size is also the
    unit of work of a worker and of a transaction. ``allow_mixed_config``: go on even when the
    store holds articles read with another configuration.
    """
    config = config or ReadConfig()
    reader = Reader(config)  # a bad knowledge file, lexicon or typer stops the run here
    recorded = config.record()
    paths = [Path(source) for source in sources]
    workers = max(1, workers or os.cpu_count() or 1)
    store = Store(db)
    if not allow_mixed_config:
        try:
            check_config(store, Path(db), recorded)
        except MixedConfigError:
            store.close()
            raise
    report = IngestReport(
        run=store.start_run((str(path) for path in paths), recorded), workers=workers
    )
    if progress:
        progress.start(total)
    items = read_sources(paths, date=date, fields=fields, encoding=encoding)
    started = time.perf_counter()
    executor: Executor
    if workers == 1:
        executor = _InlineExecutor(reader)
    else:
        executor = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=(config,),
        )
    in_flight: deque[tuple[Future[BatchResult], _Batch]] = deque()

    def commit_oldest() -> None:
        future, batch = in_flight.popleft()
        result = future.result()
        counts = store.write_batch(report.run, result.items, batch.rejected)
        stories.update()  # file the batch's events into story events (docs/stories.md)
        report.add(counts)
        report.words += sum(getattr(item, "words", 0) for item in result.items)
        report.peak_rss_mb = max(report.peak_rss_mb, result.peak_rss_mb)
        if progress:
            progress.advance(len(result.items) + len(batch.rejected), counts.rejected)

    stories = StoryFiler(store.connection)
    try:
        stories.update()  # events a killed run committed but did not file yet
        for batch in _batches(items, store, config.batch_size, config.max_chars):
            if batch.skipped:
                store.add_skipped(report.run, batch.skipped)
                report.skipped += batch.skipped
                if progress:
                    progress.advance(batch.skipped, 0)
            if not batch.articles:  # nothing to parse: only rejections (or nothing) to record
                if batch.rejected:
                    counts = store.write_batch(report.run, [], batch.rejected)
                    report.add(counts)
                    if progress:
                        progress.advance(len(batch.rejected), counts.rejected)
                continue
            in_flight.append((executor.submit(process_batch, batch.articles), batch))
            while len(in_flight) > 2 * workers or (in_flight and in_flight[0][0].done()):
                commit_oldest()
        while in_flight:
            commit_oldest()
        report.status = "done"
    except KeyboardInterrupt:
        report.status = "interrupted"
        raise
    except BaseException:
        report.status = "failed"
        raise
    finally:
        executor.shutdown(wait=report.status == "done", cancel_futures=True)
        report.seconds = time.perf_counter() - started
        if workers == 1:
            report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        store.finish_run(report.run, report.status)
        store.close()
    return report
