"""What a worker process does with a batch of articles: read them, flatten, fingerprint.

Everything per article that costs CPU happens here, in parallel; the writer (the parent process)
only runs SQL. Each worker loads the run's ``ReadConfig`` once into a ``Reader``
(``start_worker``); with a single worker ``process_batch`` runs in the ingesting process, with
its reader (``use_reader``). Either way the reading process is first made ready as
``pipeline.ready_to_read`` says (everything loaded, the heap frozen).
"""

from __future__ import annotations

import os
import resource
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from dateline.config import ReadConfig
from dateline.model import Article, Reading
from dateline.pipeline import Reader, ready_to_read
from dateline.store.dedup import fingerprint
from dateline.store.rows import Failed, Processed, flatten

_reader: Reader | None = None  # this process's reader (use_reader)


@dataclass(frozen=True, slots=True)
class BatchResult:
    items: list[Processed | Failed]
    peak_rss_mb: float  # of the process that did the work


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9 gives it no chance to stop us) exits too."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def use_reader(reader: Reader) -> None:
    """Read this process's batches with ``reader``."""
    global _reader
    _reader = reader


def start_worker(config: ReadConfig) -> None:
    """Worker initialiser: leave Ctrl-C to the parent, die with it, load the reader once
    (``pipeline.ready_to_read``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    # everything loaded now rather than inside the first batch, then frozen out of the garbage
    # collector's passes: they cost no full collection a walk, and the pool's shutdown no
    # teardown collection (which took over a second while every multi-worker ingest waited)
    use_reader(ready_to_read(Reader(config)))


def _processed(content_hash: str, reading: Reading) -> Processed:
    article = reading.article
    return Processed(
        hash=content_hash,
        article=article,
        language=reading.language,
        words=len(article.text.split()),
        reading_json=reading.model_dump_json(),
        rows=flatten(reading),
        fingerprint=fingerprint(article.text),
    )


# dateline's own source folder: frames in it say which stage raised
_PACKAGE = str(Path(__file__).resolve().parents[1]) + os.sep


def _failure(error: Exception) -> str:
    """The error and where it was raised: the innermost frame, and the innermost of dateline's
    own when that is elsewhere (an error raised inside spaCy says little by its own frame)."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    places = []
    ours = [f for f in frames if f.filename.startswith(_PACKAGE)]
    for frame in frames[-1:] + ours[-1:]:
        place = f"{frame.filename.rsplit(os.sep, 1)[-1]}:{frame.lineno}"
        if place not in places:
            places.append(place)
    where = f" (at {', in '.join(places)})" if places else ""
    return f"pipeline error: {type(error).__name__}: {error}{where}"


def process_batch(batch: list[tuple[str, Article]]) -> BatchResult:
    """Readings of a batch (one batch of the reader: one parse run, one actor registry); if an
    article makes a stage raise, the rest of the batch is read one by one, with a registry that
    has learned what the batch's earlier articles taught, so that only that article is lost."""
    if _reader is None:
        raise RuntimeError("process_batch before use_reader")
    articles = [article for _, article in batch]
    items: list[Processed | Failed] = []
    readings: list[Reading] = []
    try:
        for reading in _reader.read_many(articles):
            readings.append(reading)
            items.append(_processed(batch[len(items)][0], reading))
    except Exception:  # one bad article must not sink the batch
        registry = _reader.registry()
        for reading in readings:
            registry.learn(reading.actors, reading.article.published)
        for content_hash, article in batch[len(items) :]:
            try:
                items.append(_processed(content_hash, _reader.read(article, registry)))
            except Exception as error:
                items.append(Failed(content_hash, article, _failure(error)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BatchResult(items, peak)
