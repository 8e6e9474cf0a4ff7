"""Summary timelines over a corpus store: ``build_timeline`` fed from stored texts and timexes.

The store keeps each article's text and its resolved time expressions, so the sentence records
(``SentenceRecord``: a sentence, its offsets, the days it refers to) are made without re-reading
anything. ``--topic`` keeps the articles whose text matches the words (full-text index) and ranks
sentences by their similarity to them; ``--actor`` keeps the articles naming an actor whose name
contains the words. Near-duplicate articles are left out, so a wire copy is not a second source.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.model import Article, TimeExpression
from dateline.store.queries import fts_query
from dateline.stories.timeline import (
    SentenceRecord,
    TimelineEntry,
    build_timeline,
    sentence_records,
)


@dataclass(frozen=True)
class SummaryRequest:
    topic: str | None = None
    actor: str | None = None
    dates: int = 10
    sentences_per_date: int = 2
    since: dt.date | None = None
    until: dt.date | None = None


def _article_ids(db: sqlite3.Connection, request: SummaryRequest) -> list[int]:
    clauses, params = ["a.duplicate_of IS NULL"], []
    if request.topic:
        clauses.append("a.id IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?)")
        params.append(fts_query(request.topic))
    if request.actor:
        clauses.append("a.id IN (SELECT article FROM actors WHERE name LIKE ?)")
        params.append(f"%{request.actor}%")
    if request.since:
        clauses.append("a.published >= ?")
        params.append(request.since.isoformat())
    if request.until:
        clauses.append("a.published <= ?")
        params.append(request.until.isoformat())
    sql = f"SELECT a.id FROM articles a WHERE {' AND '.join(clauses)} ORDER BY a.id"
    return [row[0] for row in db.execute(sql, params)]


def store_sentence_records(db: sqlite3.Connection, articles: list[int]) -> Iterator[SentenceRecord]:
    """The sentence records of stored articles, from their stored text and time expressions."""
    for article_id in articles:
        published, source, title, text = db.execute(
            "SELECT a.published, a.source, a.title, t.text FROM articles a"
            " JOIN texts t ON t.article = a.id WHERE a.id = ?",
            [article_id],
        ).fetchone()
        article = Article(
            id=f"A{article_id}",
            text=text,
            published=dt.date.fromisoformat(published),
            title=title,
            source=source,
        )
        timexes = [
            TimeExpression(start=start, end=end, text=span, type=type_, value=value)
            for start, end, span, type_, value in db.execute(
                'SELECT start, "end", text, type, value FROM timexes WHERE article = ?'
                " ORDER BY start",
                [article_id],
            )
        ]
        yield from sentence_records(article, timexes)


def summary_timeline(db: sqlite3.Connection, request: SummaryRequest) -> list[TimelineEntry]:
    """The ``request.dates`` most referred-to days of the selected articles, with sentences."""
    records = store_sentence_records(db, _article_ids(db, request))
    return build_timeline(records, request.dates, request.sentences_per_date, query=request.topic)
