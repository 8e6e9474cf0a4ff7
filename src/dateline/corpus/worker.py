"""What a worker process does with a batch of articles: read them, flatten, fingerprint.

Everything per article that costs CPU happens here, in parallel; the writer (the parent process)
only runs SQL. ``process_batch`` is also called in-process when there is a single worker.
"""

from __future__ import annotations

import os
import resource
import signal
import threading
import time
import traceback
from dataclasses import dataclass

from dateline.corpus.dedup import Fingerprint, fingerprint
from dateline.corpus.rows import ReadingRows, flatten
from dateline.language import load_nlp
from dateline.model import Article, Reading
from dateline.pipeline import read, read_many


@dataclass(frozen=True, slots=True)
class Processed:
    hash: str
    article: Article
    words: int
    reading_json: str
    rows: ReadingRows
    fingerprint: Fingerprint


@dataclass(frozen=True, slots=True)
class Failed:
    """An article the pipeline raised on: rejected with the error, the batch goes on."""

    hash: str
    article: Article
    reason: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    items: list[Processed | Failed]
    peak_rss_mb: float  # of the process that did the work


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9 gives it no chance to stop us) exits too."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def start_worker() -> None:
    """Worker initialiser: leave Ctrl-C to the parent, die with it, load spaCy once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    load_nlp()


def _processed(content_hash: str, reading: Reading) -> Processed:
    article = reading.article
    return Processed(
        hash=content_hash,
        article=article,
        words=len(article.text.split()),
        reading_json=reading.model_dump_json(),
        rows=flatten(reading),
        fingerprint=fingerprint(article.text),
    )


def _failure(error: Exception) -> str:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" (at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})" if frame else ""
    return f"pipeline error: {type(error).__name__}: {error}{where}"


def process_batch(batch: list[tuple[str, Article]], max_chars: int) -> BatchResult:
    """Readings of a batch in one ``nlp.pipe`` run; if an article makes a stage raise, the rest of
    the batch is read one by one so that only that article is lost."""
    articles = [article for _, article in batch]
    items: list[Processed | Failed] = []
    try:
        for reading in read_many(articles, max_chars=max_chars):
            items.append(_processed(batch[len(items)][0], reading))
    except Exception:  # one bad article must not sink the batch
        for content_hash, article in batch[len(items) :]:
            try:
                items.append(_processed(content_hash, read(article, max_chars=max_chars)))
            except Exception as error:
                items.append(Failed(content_hash, article, _failure(error)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BatchResult(items, peak)
