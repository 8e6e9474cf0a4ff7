"""Reading the store: every view is one SQL query, returning plain dict records.

Near-duplicate articles are left out unless asked for, so that a wire story copied by ten outlets
counts once. Ids shown to users carry a letter for their table: ``A12`` an article, ``E40`` an
event, ``Q7`` a quote (attribution), ``S3`` a story event. The command line, the ``Corpus``
API and the web view all ask these functions, so they show the same records.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dateline.errors import DatelineError
from dateline.text.paragraphs import paragraph_around

Record = dict[str, Any]

PREFIXES = {"A": "articles", "E": "events", "Q": "attributions"}
_WORD = re.compile(r"\w+")
# when an event happened, as text that sorts: its date if it is a calendar value (not
# PRESENT_REF, a week or a season), else the article's publication date
# a quote's mode; a quote stored before speech and stance were told apart counts as speech
QUOTE_MODE = "coalesce(q.mode, 'speech')"
# what a reader may ask to see: what someone the text names or describes said (the default of
# every view), stances, what was said by no one the text names ("it is said", an unlinked
# "they"), or all of them
QUOTE_MODES = ("speech", "stance", "unresolved", "all")
_UNRESOLVED = "coalesce(q.unresolved, 0) = 1"
_QUOTE_VIEWS = {
    "speech": f"{QUOTE_MODE} = 'speech' AND NOT {_UNRESOLVED}",
    "stance": f"{QUOTE_MODE} = 'stance'",
    "unresolved": f"{QUOTE_MODE} = 'speech' AND {_UNRESOLVED}",
}
WHEN = "(CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]*' THEN e.date ELSE a.published END)"


class QueryError(DatelineError, ValueError):
    pass


def quote_mode(word: str) -> str | None:
    """``Filters.mode`` for a word of QUOTE_MODES: the mode, or None for "all"."""
    if word not in QUOTE_MODES:
        raise QueryError(f"{word!r}: expected one of {', '.join(QUOTE_MODES)}")
    return None if word == "all" else word


def quote_view(mode: str) -> str:
    """The SQL condition (on ``attributions q``) of a view of QUOTE_MODES other than "all"."""
    return _QUOTE_VIEWS[mode]


@dataclass(frozen=True)
class Filters:
    """What ``timeline``, ``events`` and ``quotes`` can be narrowed by; None means any."""

    actor: str | None = None  # part of a source or target (or speaker) name, any case
    source: str | None = None  # the source's whole name, any case (a dyad's events)
    target: str | None = None  # the target's whole name, any case
    type: str | None = None  # PLOVER type(s), comma-separated
    country: str | None = None  # a source or target actor's country
    since: str | None = None  # YYYY-MM-DD, inclusive (event date, or publication date)
    until: str | None = None
    text: str | None = None  # words that must all occur in the evidence / quote
    mode: str | None = None  # quotes: a view of QUOTE_MODES but "all" (see quote_view)
    article: int | None = None
    include_duplicates: bool = False
    limit: int | None = 100
    offset: int = 0
    sort: str | None = None  # a key of EVENT_ORDERS, "-" first for descending; None: the view's


# the orders an event list can be sorted in (a sort key never reaches the SQL text itself)
EVENT_ORDERS = {
    "date": f"{WHEN}, a.published, a.id, e.evidence_start",
    "type": f"e.type, {WHEN}, e.id",
    "source": f"e.source_name COLLATE NOCASE, {WHEN}, e.id",
    "target": f"e.target_name COLLATE NOCASE, {WHEN}, e.id",
    "published": "a.published, a.id, e.evidence_start",
    "article": "a.id, e.evidence_start",
}


def fts_query(text: str) -> str:
    """User words as an FTS5 query that all must match; punctuation can never be a syntax error."""
    words = _WORD.findall(text)
    if not words:
        raise QueryError(f"no words to search for in {text!r}")
    return " ".join(f'"{word}"' for word in words)


def parse_id(value: str) -> tuple[str, int]:
    match = re.fullmatch(r"\s*([AaEeQq])(\d+)\s*", value)
    if not match:
        raise QueryError(f"not an id: {value!r} (expected A12, E40 or Q7)")
    return PREFIXES[match.group(1).upper()], int(match.group(2))


def fetch(
    db: sqlite3.Connection, sql: str, params: Sequence[Any] | Mapping[str, Any]
) -> list[Record]:
    """The rows of a query as records (column name -> value)."""
    cursor = db.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _limit(filters: Filters) -> str:
    if not filters.limit:
        return f" LIMIT -1 OFFSET {int(filters.offset)}" if filters.offset else ""
    return f" LIMIT {int(filters.limit)} OFFSET {int(filters.offset)}"


def _event_order(filters: Filters, default: str) -> str:
    """The ORDER BY of an event list: ``filters.sort`` if given (checked), else ``default``."""
    key = (filters.sort or default).lstrip("-")
    if key not in EVENT_ORDERS:
        raise QueryError(f"cannot sort events by {key!r} (choose {', '.join(EVENT_ORDERS)})")
    descending = (filters.sort or "").startswith("-")
    terms = EVENT_ORDERS[key].split(", ")
    return ", ".join(f"{term} DESC" if descending else term for term in terms)


def event_where(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if not filters.include_duplicates:
        clauses.append("a.duplicate_of IS NULL")
    if filters.actor:
        clauses.append("(e.source_name LIKE ? OR e.target_name LIKE ?)")
        params += [f"%{filters.actor}%"] * 2
    for role in ("source", "target"):
        if getattr(filters, role):
            clauses.append(f"e.{role}_name = ? COLLATE NOCASE")
            params.append(getattr(filters, role))
    if filters.type:
        types = [t.strip().upper() for t in filters.type.split(",") if t.strip()]
        clauses.append(f"e.type IN ({','.join('?' * len(types))})")
        params += types
    if filters.country:
        clauses.append(
            "(e.source_country = ? COLLATE NOCASE OR e.target_country = ? COLLATE NOCASE)"
        )
        params += [filters.country] * 2
    # by the day: an event of "2026-03-11TNI" (that night) is on the 11th, up to and from it
    if filters.since:
        clauses.append(f"substr({WHEN}, 1, 10) >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"substr({WHEN}, 1, 10) <= ?")
        params.append(filters.until)
    if filters.text:
        clauses.append("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(fts_query(filters.text))
    if filters.article is not None:
        clauses.append("e.article = ?")
        params.append(filters.article)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


EVENT_SELECT = """
    'E' || e.id AS id, e.date, e.date_basis, e.type, e.mode,
    e.source_name AS source, e.source_country, e.target_name AS target, e.target_country,
    e.location, e.modality, e.trigger, e.trigger_start, e.trigger_end,
    e.evidence, e.evidence_start, e.evidence_end, e.decided_by,
    'A' || a.id AS article, a.published, a.title, a.source AS article_source,
    CASE WHEN e.attribution IS NULL THEN NULL ELSE 'Q' || e.attribution END AS attribution
"""


def timeline(db: sqlite3.Connection, filters: Filters = Filters()) -> list[Record]:
    """Events in the order they happened (their calendar date, else the publication date)."""
    where, params = event_where(filters)
    sql = (
        f"SELECT {EVENT_SELECT} FROM events e JOIN articles a ON a.id = e.article{where}"
        f" ORDER BY {_event_order(filters, 'date')}"
    )
    return fetch(db, sql + _limit(filters), params)


def events(db: sqlite3.Connection, filters: Filters = Filters()) -> list[Record]:
    """Events as stored, article by article in text order."""
    where, params = event_where(filters)
    sql = (
        f"SELECT {EVENT_SELECT} FROM events e JOIN articles a ON a.id = e.article{where}"
        f" ORDER BY {_event_order(filters, 'article')}"
    )
    return fetch(db, sql + _limit(filters), params)


def quotes(db: sqlite3.Connection, filters: Filters = Filters()) -> list[Record]:
    """Who said what: ``filters.actor`` matches the speaker, ``filters.text`` the words said."""
    clauses, params = [], []
    if not filters.include_duplicates:
        clauses.append("a.duplicate_of IS NULL")
    if filters.actor:
        clauses.append("q.speaker_name LIKE ?")
        params.append(f"%{filters.actor}%")
    if filters.text:
        clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(filters.text))
    if filters.since:
        clauses.append("coalesce(q.said_on, a.published) >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("coalesce(q.said_on, a.published) <= ?")
        params.append(filters.until)
    if filters.article is not None:
        clauses.append("q.article = ?")
        params.append(filters.article)
    if filters.mode:
        clauses.append(quote_view(filters.mode))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT 'Q' || q.id AS id, q.speaker_name AS speaker, q.kind, q.mode, q.content, q.cue,"
        " q.via, q.said_on, 'A' || a.id AS article, a.published, a.title"
        f" FROM attributions q JOIN articles a ON a.id = q.article{where}"
        " ORDER BY a.published, a.id, q.content_start"
    )
    return fetch(db, sql + _limit(filters), params)


def actors(
    db: sqlite3.Connection,
    name: str | None = None,
    country: str | None = None,
    include_duplicates: bool = False,
    limit: int | None = 100,
) -> list[Record]:
    """Actors across articles, grouped by name and country, most widely reported first."""
    clauses, params = [], []
    if not include_duplicates:
        clauses.append("a.duplicate_of IS NULL")
    if name:
        clauses.append("x.name LIKE ?")
        params.append(f"%{name}%")
    if country:
        clauses.append("x.country = ? COLLATE NOCASE")
        params.append(country)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT x.name, max(x.kind) AS kind, x.country, count(DISTINCT x.article) AS articles,"
        " sum(x.mentions) AS mentions,"
        " sum((SELECT count(*) FROM events e WHERE e.source = x.id)) AS events_as_source,"
        " sum((SELECT count(*) FROM events e WHERE e.target = x.id)) AS events_as_target,"
        " sum((SELECT count(*) FROM attributions q WHERE q.speaker = x.id)) AS quotes"
        f" FROM actors x JOIN articles a ON a.id = x.article{where}"
        " GROUP BY x.name COLLATE NOCASE, x.country"
        " ORDER BY articles DESC, mentions DESC, x.name"
    )
    return fetch(db, sql + (f" LIMIT {int(limit)}" if limit else ""), params)


def search(db: sqlite3.Connection, text: str, limit: int = 20) -> list[Record]:
    """Articles, quotes and event evidence containing all the words, best matches first."""
    query = fts_query(text)
    parts = [
        ("article", "texts_fts", "a.id = f.rowid", "'A' || a.id"),
        ("quote", "quotes_fts", "a.id = (SELECT article FROM attributions WHERE id = f.rowid)",
         "'Q' || f.rowid"),
        ("event", "events_fts", "a.id = (SELECT article FROM events WHERE id = f.rowid)",
         "'E' || f.rowid"),
    ]  # fmt: skip
    results: list[Record] = []
    for kind, table, join, ident in parts:
        sql = (
            f"SELECT '{kind}' AS kind, {ident} AS id, 'A' || a.id AS article, a.published,"
            f" a.title, snippet({table}, 0, '[', ']', '…', 12) AS snippet, bm25({table}) AS rank"
            f" FROM {table} f JOIN articles a ON {join}"
            f" WHERE {table} MATCH ? ORDER BY rank LIMIT ?"
        )
        results += fetch(db, sql, [query, limit])
    results.sort(key=lambda record: record["rank"])
    return [{k: v for k, v in r.items() if k != "rank"} for r in results[:limit]]


def _text(db: sqlite3.Connection, article: int) -> str:
    return db.execute("SELECT text FROM texts WHERE article = ?", [article]).fetchone()[0]


def _context(text: str, start: int, end: int) -> str:
    """The paragraph around a span."""
    first, last = paragraph_around(text, start, end)
    return " ".join(text[first:last].split())


def show(db: sqlite3.Connection, ident: str) -> Record:
    """One article, event or quote with its article and the paragraph it came from."""
    table, number = parse_id(ident)
    if table == "articles":
        rows = fetch(db, "SELECT 'A' || id AS id, * FROM articles WHERE id = ?", [number])
        if not rows:
            raise QueryError(f"no article {ident}")
        record = {k: v for k, v in rows[0].items() if k != "hash"}
        record["text"] = _text(db, number)
        for part in ("events", "attributions", "actors", "timexes"):
            record[part] = db.execute(
                f"SELECT count(*) FROM {part} WHERE article = ?", [number]
            ).fetchone()[0]
        return record
    if table == "events":
        found = fetch(
            db, f"SELECT {EVENT_SELECT} FROM events e JOIN articles a ON a.id = e.article"
            " WHERE e.id = ?", [number],
        )  # fmt: skip
        start_key, end_key = "evidence_start", "evidence_end"
    else:
        found = fetch(
            db, "SELECT 'Q' || q.id AS id, q.speaker_name AS speaker, q.kind, q.content, q.cue,"
            " q.source_text, q.via, q.said_on, q.content_start, q.content_end,"
            " 'A' || a.id AS article, a.published, a.title, a.source AS article_source"
            " FROM attributions q JOIN articles a ON a.id = q.article WHERE q.id = ?", [number],
        )  # fmt: skip
        start_key, end_key = "content_start", "content_end"
    if not found:
        raise QueryError(f"no {'event' if table == 'events' else 'quote'} {ident}")
    record = found[0]
    article = int(record["article"][1:])
    record["context"] = _context(_text(db, article), record[start_key], record[end_key])
    return record


def reading_json(db: sqlite3.Connection, article: int) -> str:
    row = db.execute("SELECT json FROM readings WHERE article = ?", [article]).fetchone()
    if row is None:
        raise QueryError(f"no article A{article}")
    return row[0]


def counts(db: sqlite3.Connection) -> Record:
    """How much the store holds."""
    tables = ("articles", "events", "attributions", "actors", "timexes", "rejected", "runs")
    record = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    record["near_duplicates"] = db.execute(
        "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
    ).fetchone()[0]
    return record


# -- story events (filed by ``dateline.stories.filing``) ----------------------------------------

STORY_SELECT = (
    "'S' || id AS id, date, granularity, type, family, source, target, mentions, articles,"
    " first_reported, last_reported, sources, article_ids"
)


def _story_records(cursor: sqlite3.Cursor) -> list[Record]:
    names = [column[0] for column in cursor.description]
    records = [dict(zip(names, row, strict=True)) for row in cursor]
    for record in records:  # stored as JSON lists
        record["sources"] = json.loads(record["sources"])
        record["article_ids"] = json.loads(record["article_ids"])
    return records


def stories(db: sqlite3.Connection, min_articles: int = 2, limit: int | None = 50) -> list[Record]:
    """Story events reported by at least ``min_articles`` articles, most reported first."""
    cursor = db.execute(
        f"SELECT {STORY_SELECT} FROM stories WHERE articles >= ?"
        " ORDER BY articles DESC, mentions DESC, id" + (f" LIMIT {int(limit)}" if limit else ""),
        [min_articles],
    )
    return _story_records(cursor)


def story_id(db: sqlite3.Connection, ident: str) -> int:
    """The story row of ``S12``, or of the story event ``E40`` belongs to."""
    match = re.fullmatch(r"\s*([SsEe])(\d+)\s*", ident)
    if not match:
        raise QueryError(f"not a story or event id: {ident!r} (expected S12 or E40)")
    number = int(match[2])
    if match[1].upper() == "S":
        found = db.execute("SELECT id FROM stories WHERE id = ?", [number]).fetchone()
    else:
        found = db.execute("SELECT story FROM story_mentions WHERE event = ?", [number]).fetchone()
    if found is None:
        what = "story" if match[1].upper() == "S" else "story for event"
        raise QueryError(f"no {what} {ident.strip()} (stories are filed by `dateline ingest`)")
    return int(found[0])


def story(db: sqlite3.Connection, number: int) -> Record:
    """Story event ``number`` with the ids of the events filed into it, in filing order."""
    (record,) = _story_records(
        db.execute(f"SELECT {STORY_SELECT} FROM stories WHERE id = ?", [number])
    )
    record["events"] = [
        f"E{row[0]}"
        for row in db.execute(
            "SELECT event FROM story_mentions WHERE story = ? ORDER BY id", [number]
        )
    ]
    return record
