"""What Spark's Python workers run: plain functions over Arrow data, calling dateline's own code.

Nothing here imports pyspark, so it is tested and reused without it. Each function takes Arrow
record batches (``mapInArrow``) or one group as an Arrow table (``applyInArrow``); options come
bound with ``functools.partial``, which Spark pickles by reference to this module. A worker
process loads one ``Reader`` per configuration and keeps it for every later task (Spark reuses
Python workers): the spaCy model is never pickled or broadcast. It starts loading it in the
background once its records task is done (``records.preload``), while the JVM runs the steps
before the reading, and, as ingest's workers do, keeps the loaded model out of the garbage
collector's passes (Spark's reused workers run a full collection after every task).
"""

from __future__ import annotations

import datetime as dt
import pickle
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pyarrow as pa

from dateline.config import ReadConfig
from dateline.corpus.worker import process_batch, use_reader
from dateline.model import Actor, Article
from dateline.pipeline import Reader, ready_to_read
from dateline.spark.records import ARTICLE_FIELDS as _ARTICLE_FIELDS
from dateline.store.dedup import similarity
from dateline.store.rows import Failed, store_rows
from dateline.stories.filing import actor_of_row, mentions_of_rows, story_values
from dateline.stories.merge import EventMention, MergeConfig, StoryIndex

# one article after reading: its Reading flattened (rows pickled), or the failure's reason
READ_SCHEMA = pa.schema(
    [
        ("file_no", pa.int64()), ("rec_no", pa.int64()), ("pos", pa.int64()),
        ("batch", pa.int64()), ("hash", pa.string()),
        *[(name, pa.string()) for name in _ARTICLE_FIELDS],
        ("record", pa.string()), ("reason", pa.string()), ("language", pa.string()),
        ("words", pa.int64()), ("reading_json", pa.string()), ("rows", pa.binary()),
        ("signature", pa.binary()), ("buckets", pa.list_(pa.int64())),
        ("n_timexes", pa.int64()), ("n_actors", pa.int64()), ("n_attributions", pa.int64()),
        ("n_events", pa.int64()),
    ]
)  # fmt: skip

SCORE_SCHEMA = pa.schema(
    [("article", pa.int64()), ("candidate", pa.int64()), ("score", pa.float64())]
)
KEY_SCHEMA = pa.schema([("event", pa.int64()), ("key", pa.string())])
_STORY_COLUMNS = (
    "key", "family", "type", "source", "target", "date", "granularity", "first_reported",
    "last_reported", "mentions", "articles", "sources", "article_ids",
)  # fmt: skip
# the filing of a component: one row per mention (event, article, key) and one per story (key
# and the values of its row in ``stories``). Each row also has what the story tables are numbered
# by, known only inside the component: a mention's batch and the least event of its story's
# mentions in that batch (``lead``); a story's first mention (``lead``) and that one's batch
FILED_SCHEMA = pa.schema(
    [("event", pa.int64()), ("article", pa.int64()), ("batch", pa.int64()), ("lead", pa.int64())]
    + [
        (name, pa.int64() if name in ("mentions", "articles") else pa.string())
        for name in _STORY_COLUMNS
    ]
)
# the columns of a mention row: ``filing._MENTION_SELECT``'s, then each actor's row
MENTION_COLUMNS = (
    "event", "article", "type", "mode", "date", "date_basis", "modality", "source", "target",
    "attribution", "trigger", "trigger_start", "trigger_end", "evidence", "evidence_start",
    "evidence_end", "published", "outlet", "duplicate_of",
)  # fmt: skip
ACTOR_COLUMNS = ("id", "name", "kind", "country", "role", "sector", "aliases")

_readers: dict[ReadConfig, Reader] = {}
_loading = threading.Lock()


def reader(config: ReadConfig) -> Reader:
    """This process's reader of ``config``, loaded at its first use (the parser not yet: the
    driver builds one only to check the configuration)."""
    if config not in _readers:
        _readers[config] = Reader(config)
    return _readers[config]


def worker_reader(config: ReadConfig) -> Reader:
    """This worker's reader of ``config`` made ready to read, once, as ingest's workers make
    theirs (``pipeline.ready_to_read``): everything loaded, then the model and the modules frozen
    out of the garbage collector's passes, which Spark runs in full after every task of a reused
    worker (0.1-0.3 s each with the model in memory) and Python during the reading."""
    with _loading:  # a background preload and a task never load it twice
        return ready_to_read(reader(config))


def _tuples(rows: Sequence[Sequence], schema: pa.Schema) -> pa.RecordBatch:
    """Row tuples as a record batch of ``schema`` (same column order)."""
    arrays = [
        pa.array([row[i] for row in rows], type=schema.field(i).type) for i in range(len(schema))
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _article(row: dict[str, Any]) -> Article:
    values = {name: row[name] for name in _ARTICLE_FIELDS}
    return Article(**values | {"published": dt.date.fromisoformat(row["published"])})


def read_batch(group: pa.Table, *, config: ReadConfig) -> pa.Table:
    """One batch of ingest (its articles in input order), read as ingest reads it: one actor
    registry, and one article at a time after a stage raised (``worker.process_batch``)."""
    rows = sorted(group.to_pylist(), key=lambda row: row["pos"])
    use_reader(worker_reader(config))
    result = process_batch([(row["hash"], _article(row)) for row in rows])
    out = []
    for row, item in zip(rows, result.items, strict=True):
        done = {name: row[name] for name in ("file_no", "rec_no", "pos", "batch", "hash")}
        done |= {name: row[name] for name in _ARTICLE_FIELDS}
        if isinstance(item, Failed):
            done.update(record=item.article.label(), reason=item.reason)
        else:
            parts = item.rows
            done.update(
                language=item.language, words=item.words, reading_json=item.reading_json,
                rows=pickle.dumps(parts), signature=item.fingerprint.signature,
                buckets=list(item.fingerprint.buckets), n_timexes=len(parts.timexes),
                n_actors=len(parts.actors), n_attributions=len(parts.attributions),
                n_events=len(parts.events),
            )  # fmt: skip
        out.append(done)
    return pa.Table.from_pylist(out, schema=READ_SCHEMA)


def batch_reader(config: ReadConfig) -> Callable[[pa.Table], pa.Table]:
    """``read_batch`` with ``config``, for ``applyInArrow`` (which cannot take a partial)."""

    def read(group: pa.Table) -> pa.Table:
        return read_batch(group, config=config)

    return read


def part_rows(
    batches: Iterator[pa.RecordBatch], *, table: str, schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    """The rows of ``table`` (timexes, actors, attributions or events) of stored articles, each
    numbered from its first free ids (``first_<table>``) as the writer numbers them."""
    for batch in batches:
        rows: list[tuple] = []
        for article in batch.to_pylist():
            next_id = {name: article[f"first_{name}"] for name in ("timexes", "actors",
                       "attributions", "events")}  # fmt: skip
            parts = pickle.loads(article["rows"])
            rows.extend(store_rows(article["store_id"], parts, next_id)[table])
        yield _tuples(rows, schema)


def scores(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The estimated similarity of each (article, candidate) pair of signatures."""
    for batch in batches:
        pairs = zip(
            batch.column("article").to_pylist(),
            batch.column("candidate").to_pylist(),
            batch.column("signature").to_pylist(),
            batch.column("candidate_signature").to_pylist(),
            strict=True,
        )
        rows = [(a, c, similarity(mine, theirs)) for a, c, mine, theirs in pairs]
        yield _tuples(rows, SCORE_SCHEMA)


def _actor(row: dict[str, Any], prefix: str) -> Actor | None:
    if row[f"{prefix}id"] is None:
        return None
    return actor_of_row(*(row[f"{prefix}{name}"] for name in ACTOR_COLUMNS))


def _mentions(rows: list[dict[str, Any]]) -> list[EventMention]:
    actors: dict[int, Actor] = {}
    for row in rows:
        for prefix in ("s_", "t_"):
            actor = _actor(row, prefix)
            if actor is not None:
                actors[int(actor.id)] = actor
    return mentions_of_rows([[row[name] for name in MENTION_COLUMNS] for row in rows], actors)


def mention_keys(
    batches: Iterator[pa.RecordBatch], *, merge: MergeConfig
) -> Iterator[pa.RecordBatch]:
    """(event, key) for each of a mention's component keys (``StoryIndex.component_keys``)."""
    index = StoryIndex(merge)
    for batch in batches:
        rows = batch.to_pylist()
        keyed = [
            (row["event"], "\x1f".join(map(str, key)))
            for row, mention in zip(rows, _mentions(rows), strict=True)
            for key in sorted(index.component_keys(mention))
        ]
        yield _tuples(keyed, KEY_SCHEMA)


def component_filer(merge: MergeConfig) -> Callable[[pa.Table], pa.Table]:
    """``file_component`` with ``merge``, for ``applyInArrow``."""

    def file(group: pa.Table) -> pa.Table:
        return file_component(group, merge=merge)

    return file


def file_component(group: pa.Table, *, merge: MergeConfig) -> pa.Table:
    """The stories of one component: its mentions filed in event order by the story index."""
    rows = sorted(group.to_pylist(), key=lambda row: row["event"])
    batch_of = {row["event"]: row["batch"] for row in rows}
    index = StoryIndex(merge)
    index.add(_mentions(rows))
    out: list[dict[str, Any]] = []
    for story in index.stories():
        events = [int(m.event_id[1:]) for m in story.mentions]
        first = min(events)
        values = dict(zip(_STORY_COLUMNS, story_values(story), strict=True))
        out.append(values | {"batch": batch_of[first], "lead": first})
        leads: dict[int, int] = {}  # batch: the story's least event in it
        for event in events:
            leads[batch_of[event]] = min(leads.get(batch_of[event], event), event)
        for event, mention in zip(events, story.mentions, strict=True):
            batch = batch_of[event]
            article = int(mention.article_id[1:])
            row = {"event": event, "article": article, "key": story.id}
            out.append(row | {"batch": batch, "lead": leads[batch]})
    return pa.Table.from_pylist(out, schema=FILED_SCHEMA)
