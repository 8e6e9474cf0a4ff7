"""A uniform random sample of a store's events or quotes, each with its sentence.

The draw is reproducible: the candidates are put in an order that depends only on what the
store holds (article content hash, offsets), not on ingest order or store ids, and shuffled with
the seed. Near-duplicate articles are left out, as in every view of the store.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3

from dateline.audit.kinds import EVENTS, Kind
from dateline.audit.sentences import sentence_spans
from dateline.store.queries import (
    EVENT_SELECT,
    Filters,
    Record,
    event_where,
    fetch,
    quote_view,
)

HASH_LENGTH = 16  # hex digits of the article's content hash kept in keys: 64 bits


def coded_digest(record: Record, kind: Kind) -> str:
    """A short digest of the judged fields: a verdict is about these values, and no other."""
    values = "\x1f".join("" if record.get(f) is None else str(record[f]) for f in kind.coded)
    return hashlib.sha256(values.encode()).hexdigest()[:12]


def draw(population: int, size: int, seed: int) -> list[int]:
    """``size`` distinct positions in ``range(population)`` (all, if fewer), drawn uniformly.

    Positions are drawn one at a time and repeats skipped, so a larger sample with the same seed
    begins with the smaller one: growing a judged sample only asks for the new records.
    """
    if size >= population:
        return list(range(population))
    rng = random.Random(seed)
    chosen: dict[int, None] = {}  # ordered, with fast membership
    while len(chosen) < size:
        chosen.setdefault(rng.randrange(population))
    return list(chosen)


def _event_candidates(db: sqlite3.Connection, event_type: str | None) -> list[tuple]:
    where, params = event_where(Filters(type=event_type, limit=None))
    return db.execute(
        "SELECT e.id, a.hash, e.trigger_start, e.trigger_end, e.type"
        f" FROM events e JOIN articles a ON a.id = e.article{where}",
        params,
    ).fetchall()


def _quote_candidates(db: sqlite3.Connection, mode: str | None) -> list[tuple]:
    where = ""
    if mode:
        where = f" AND {quote_view(mode)}"
    return db.execute(
        "SELECT q.id, a.hash, q.content_start, q.content_end, q.kind"
        " FROM attributions q JOIN articles a ON a.id = q.article WHERE a.duplicate_of IS NULL"
        + where
    ).fetchall()


def _events(db: sqlite3.Connection, ids: list[int]) -> list[Record]:
    marks = ",".join("?" * len(ids))
    records = fetch(
        db,
        f"SELECT {EVENT_SELECT}, a.id AS article_number, a.hash AS article_hash,"
        f" a.article_id FROM events e JOIN articles a ON a.id = e.article"
        f" WHERE e.id IN ({marks})",
        ids,
    )
    for record in records:
        record["place"] = record["location"]
        record["span"] = (record["trigger_start"], record["trigger_end"])
    return records


def _quotes(db: sqlite3.Connection, ids: list[int]) -> list[Record]:
    marks = ",".join("?" * len(ids))
    records = fetch(
        db,
        "SELECT 'Q' || q.id AS id, q.local_id, q.kind AS quote_kind, q.mode,"
        " q.speaker_name AS speaker,"
        " coalesce(x.kind, 'none') AS speaker_kind, q.source_text, q.cue, q.content,"
        " q.content_start, q.content_end, q.said_on, 'A' || a.id AS article,"
        " a.id AS article_number, a.hash AS article_hash, a.article_id, a.published, a.title"
        " FROM attributions q JOIN articles a ON a.id = q.article"
        " LEFT JOIN actors x ON x.id = q.speaker"
        f" WHERE q.id IN ({marks})",
        ids,
    )
    for record in records:
        record["span"] = (record["content_start"], record["content_end"])
        parts = _content_parts(db, record["article_number"], record.pop("local_id"))
        if parts:  # a quotation interrupted by its cue: the words said, not the stretch
            record["content"] = " … ".join(parts)
    return records


def _content_parts(db: sqlite3.Connection, article: int, local_id: str) -> list[str]:
    """The pieces of an interrupted quotation, kept only in the stored Reading."""
    (reading,) = db.execute("SELECT json FROM readings WHERE article = ?", [article]).fetchone()
    for attribution in json.loads(reading)["attributions"]:
        if attribution["id"] == local_id:
            return [part["text"] for part in attribution.get("content_parts", ())]
    return []


def sample(
    db: sqlite3.Connection,
    kind: Kind,
    size: int,
    seed: int,
    event_type: str | None = None,
    quote_mode: str | None = None,
) -> tuple[list[Record], int]:
    """``size`` records drawn uniformly with ``seed`` (all, if fewer), in article order, each
    with the sheet's columns but the verdicts; and how many records there were to draw from.
    ``event_type`` (PLOVER types, comma-separated) narrows the events drawn from,
    ``quote_mode`` (a view of ``QUOTE_MODES``: "speech", "stance", "unresolved") the quotes."""
    candidates = (
        _event_candidates(db, event_type) if kind is EVENTS else _quote_candidates(db, quote_mode)
    )
    candidates.sort(key=lambda row: row[1:])  # store-independent order: hash, offsets, type
    ids = [candidates[i][0] for i in draw(len(candidates), size, seed)]
    if not ids:
        return [], len(candidates)
    records = (_events if kind is EVENTS else _quotes)(db, ids)
    numbers = sorted({r["article_number"] for r in records})
    texts = dict(
        db.execute(
            f"SELECT article, text FROM texts WHERE article IN ({','.join('?' * len(numbers))})",
            numbers,
        ).fetchall()
    )
    sentences = sentence_spans(texts, [(r["article_number"], r["span"]) for r in records])
    for record in records:
        start, end = sentences[(record["article_number"], record["span"])]
        text = texts[record["article_number"]]
        record["sentence_start"], record["sentence_end"] = start, end
        record["sentence"] = " ".join(text[start:end].split())
        record["article_hash"] = record["article_hash"][:HASH_LENGTH]
        record["coded"] = coded_digest(record, kind)
    records.sort(key=lambda r: (r["article_number"], r["span"]))
    return [{c: r.get(c) for c in kind.columns} for r in records], len(candidates)
