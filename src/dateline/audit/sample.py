"""A uniform random sample of a store's events, quotes or actors, each with its sentence(s).

The draw is reproducible: the candidates are put in an order that depends only on what the
store holds (article content hash, offsets; an actor's id within its article's Reading), not on
ingest order or store ids, and shuffled with the seed. Near-duplicate articles are left out, as
in every view of the store. An actor is shown in the sentences of its first mentions, each
mention in [[double brackets]], so that a judge sees what was grouped under it.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from collections import Counter

from dateline.audit.kinds import ACTORS, EVENTS, QUOTES, Kind
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
ACTOR_SENTENCES = 4  # an actor is shown in the sentences of its first mentions, at most these


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


def _actor_candidates(db: sqlite3.Connection, actor_kind: str | None) -> list[tuple]:
    where, params = "", []
    if actor_kind:
        kinds = [k.strip() for k in actor_kind.split(",") if k.strip()]
        where, params = f" AND x.kind IN ({','.join('?' * len(kinds))})", kinds
    return db.execute(
        "SELECT x.id, a.hash, x.local_id FROM actors x JOIN articles a ON a.id = x.article"
        " WHERE a.duplicate_of IS NULL" + where,
        params,
    ).fetchall()


def _actors(db: sqlite3.Connection, ids: list[int]) -> list[Record]:
    marks = ",".join("?" * len(ids))
    records = fetch(
        db,
        "SELECT 'X' || x.id AS id, x.local_id, x.name, x.kind, x.country, x.role, x.sector,"
        " 'A' || a.id AS article, a.id AS article_number, a.hash AS article_hash,"
        " a.article_id, a.published, a.title"
        " FROM actors x JOIN articles a ON a.id = x.article"
        f" WHERE x.id IN ({marks})",
        ids,
    )
    for record in records:
        actor = _stored_actor(db, record["article_number"], record.pop("local_id"))
        spans = sorted((m["start"], m["end"]) for m in actor.get("mentions", ()))
        texts = Counter(m["text"] for m in actor.get("mentions", ()))
        record["country_basis"] = actor.get("country_basis")
        record["mention_list"] = spans or [(0, 0)]
        record["span"] = record["mention_list"][0]
        record["mention_start"], record["mention_end"] = record["span"]
        record["mentions"] = " | ".join(
            text if count == 1 else f"{text} (x{count})" for text, count in texts.items()
        )
        record["mention_spans"] = " ".join(f"{start}-{end}" for start, end in spans)
    return records


def _stored_actor(db: sqlite3.Connection, article: int, local_id: str) -> dict:
    """The actor as its stored Reading has it: the store's table keeps no mention offsets."""
    (reading,) = db.execute("SELECT json FROM readings WHERE article = ?", [article]).fetchone()
    return next(a for a in json.loads(reading)["actors"] if a["id"] == local_id)


def _marked_sentences(text: str, spans: list[tuple[int, int]], sentences: list[tuple]) -> str:
    """The first distinct sentences of the mentions, each mention in [[double brackets]]."""
    shown = list(dict.fromkeys(sentences))[:ACTOR_SENTENCES]
    pieces = []
    for start, end in shown:
        inside = [(s, e) for s, e in spans if start <= s and e <= end]
        cursor, parts = start, []
        for s, e in inside:
            parts += [text[cursor:s], "[[", text[s:e], "]]"]
            cursor = e
        parts.append(text[cursor:end])
        pieces.append(" ".join("".join(parts).split()))
    return " … ".join(pieces)


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
        "SELECT 'Q' || q.id AS id, q.kind AS quote_kind, q.mode,"
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
    return records


def sample(
    db: sqlite3.Connection,
    kind: Kind,
    size: int,
    seed: int,
    event_type: str | None = None,
    quote_mode: str | None = None,
    actor_kind: str | None = None,
) -> tuple[list[Record], int]:
    """``size`` records drawn uniformly with ``seed`` (all, if fewer), in article order, each
    with the sheet's columns but the verdicts; and how many records there were to draw from.
    ``event_type`` (PLOVER types, comma-separated) narrows the events drawn from,
    ``quote_mode`` (a view of ``QUOTE_MODES``: "speech", "stance", "unresolved") the quotes,
    ``actor_kind`` (comma-separated) the actors."""
    candidates, fetch_records = {
        EVENTS: (lambda: _event_candidates(db, event_type), _events),
        QUOTES: (lambda: _quote_candidates(db, quote_mode), _quotes),
        ACTORS: (lambda: _actor_candidates(db, actor_kind), _actors),
    }[kind]
    candidates = candidates()
    # store-independent order: hash, then offsets and type (an actor: its id in the Reading)
    candidates.sort(key=lambda row: row[1:])
    ids = [candidates[i][0] for i in draw(len(candidates), size, seed)]
    if not ids:
        return [], len(candidates)
    records = fetch_records(db, ids)
    numbers = sorted({r["article_number"] for r in records})
    texts = dict(
        db.execute(
            f"SELECT article, text FROM texts WHERE article IN ({','.join('?' * len(numbers))})",
            numbers,
        ).fetchall()
    )
    spans = [(r["article_number"], s) for r in records for s in r.get("mention_list", [r["span"]])]
    sentences = sentence_spans(texts, spans)
    for record in records:
        number = record["article_number"]
        start, end = sentences[(number, record["span"])]
        text = texts[number]
        record["sentence_start"], record["sentence_end"] = start, end
        record["sentence"] = " ".join(text[start:end].split())
        if "mention_list" in record:
            around = [sentences[(number, span)] for span in record["mention_list"]]
            record["sentence"] = _marked_sentences(text, record["mention_list"], around)
        record["article_hash"] = record["article_hash"][:HASH_LENGTH]
        record["coded"] = coded_digest(record, kind)
    records.sort(key=lambda r: (r["article_number"], r["span"]))
    return [{c: r.get(c) for c in kind.columns} for r in records], len(candidates)
