"""Views of the store beyond single records: counts over time, dyads, one actor's record, a
story's outlets and reports, the runs that wrote the store.

Like ``queries``, every view is SQL returning plain dict records, filtered by the same
``Filters`` as the timeline, so that the web view, its JSON API and any later command count the
same events. Counting by story (``count="stories"``) counts each real-world event once however
many articles reported it; near-duplicate articles are left out unless the filters ask for them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any, Literal

from dateline.store.queries import (
    EVENT_SELECT,
    WHEN,
    Filters,
    QueryError,
    Record,
    event_where,
    fetch,
    fts_query,
)

Unit = Literal["day", "week", "month"]
Count = Literal["mentions", "stories"]
UNITS: tuple[Unit, ...] = ("day", "week", "month")
COUNTS: tuple[Count, ...] = ("mentions", "stories")

# the day an event is placed on: its date when that is a day, its article's publication date when
# it has no calendar date (WHEN's rule); NULL for a date coarser than a day (a month, a year)
DAY = (
    "(CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    " THEN substr(e.date, 1, 10) WHEN e.date GLOB '[0-9][0-9][0-9][0-9]*' THEN NULL"
    " ELSE a.published END)"
)
PERIOD_START = {
    "day": DAY,
    "week": f"date({DAY}, '-6 days', 'weekday 1')",  # the Monday on or before the day
    "month": f"substr({DAY}, 1, 7) || '-01'",
}
# a story counted once: its story row, or the event itself when it was filed into none
STORY_KEY = "coalesce('S' || m.story, 'E' || e.id)"
EVENTS_WITH_STORIES = (
    "events e JOIN articles a ON a.id = e.article LEFT JOIN story_mentions m ON m.event = e.id"
)


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def _counted(count: Count) -> str:
    if count not in COUNTS:
        raise QueryError(f"cannot count {count!r} (choose {' or '.join(COUNTS)})")
    return f"count(DISTINCT {STORY_KEY})" if count == "stories" else "count(*)"


def _period_start(unit: Unit) -> str:
    if unit not in PERIOD_START:
        raise QueryError(f"no time unit {unit!r} (choose {', '.join(UNITS)})")
    return PERIOD_START[unit]


def period_end(start: str, unit: Unit) -> str:
    """The last day of the period that begins on ``start`` (YYYY-MM-DD)."""
    first = dt.date.fromisoformat(start)
    if unit == "day":
        return start
    if unit == "week":
        return (first + dt.timedelta(days=6)).isoformat()
    next_month = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (next_month - dt.timedelta(days=1)).isoformat()


def activity(
    db: sqlite3.Connection, filters: Filters, unit: Unit = "week", count: Count = "mentions"
) -> Record:
    """Events (or the stories they belong to) per period and PLOVER type, and how many are left
    out because their date is coarser than a day. Each period has ``start`` and ``end``, the
    ``since``/``until`` that list its events on the timeline."""
    start = _period_start(unit)
    where, params = event_where(filters)
    sql = (
        f"SELECT {start} AS start, e.type, {_counted(count)} AS count FROM {EVENTS_WITH_STORIES}"
        f"{where} GROUP BY start, e.type ORDER BY start, e.type"
    )
    periods, coarse = [], 0
    for period in fetch(db, sql, params):
        if period["start"] is None:  # one scan: the events without a day come out as start NULL
            coarse += period["count"]
            continue
        period["end"] = period_end(period["start"], unit)
        periods.append(period)
    return {"unit": unit, "count": count, "periods": periods, "coarser_than_a_day": coarse}


DYAD_ORDERS = {
    "stories": "stories DESC, events DESC",
    "events": "events DESC, stories DESC",
    "articles": "articles DESC, stories DESC",
    "source": "source COLLATE NOCASE, target COLLATE NOCASE",
    "target": "target COLLATE NOCASE, source COLLATE NOCASE",
    "type": "type, stories DESC",
    "first": "first, stories DESC",
    "last": "last DESC, stories DESC",
}


def dyads(db: sqlite3.Connection, filters: Filters, sort: str = "stories") -> list[Record]:
    """Who did what to whom, how often: one row per source, target and PLOVER type, counted in
    events (mentions), stories and articles, with the first and last date."""
    if sort not in DYAD_ORDERS:
        raise QueryError(f"cannot sort dyads by {sort!r} (choose {', '.join(DYAD_ORDERS)})")
    where, params = event_where(filters)
    where = _and(where, "e.source_name IS NOT NULL AND e.target_name IS NOT NULL")
    sql = (
        "SELECT e.source_name AS source, e.source_country, e.target_name AS target,"
        " e.target_country, e.type, count(*) AS events,"
        f" count(DISTINCT {STORY_KEY}) AS stories, count(DISTINCT a.id) AS articles,"
        f" min({WHEN}) AS first, max({WHEN}) AS last FROM {EVENTS_WITH_STORIES}{where}"
        " GROUP BY e.source_name COLLATE NOCASE, e.target_name COLLATE NOCASE, e.type"
        f" ORDER BY {DYAD_ORDERS[sort]}"
    )
    limit = f" LIMIT {int(filters.limit)} OFFSET {int(filters.offset)}" if filters.limit else ""
    return fetch(db, sql + limit, params)


# -- one actor, by name -------------------------------------------------------------------------


def actor(db: sqlite3.Connection, name: str, include_duplicates: bool = False) -> list[Record]:
    """The actor of this name (any case), one record per country it was given; QueryError if no
    article names it."""
    duplicates = "" if include_duplicates else " AND a.duplicate_of IS NULL"
    found = fetch(
        db,
        "SELECT x.name, max(x.kind) AS kind, x.country, max(x.role) AS role,"
        " count(DISTINCT x.article) AS articles, sum(x.mentions) AS mentions"
        f" FROM actors x JOIN articles a ON a.id = x.article WHERE x.name = ? COLLATE NOCASE"
        f"{duplicates} GROUP BY x.country ORDER BY articles DESC",
        [name],
    )
    if not found:
        raise QueryError(f"no actor named {name!r}")
    return found


def actor_activity(
    db: sqlite3.Connection, name: str, unit: Unit = "month", count: Count = "mentions"
) -> list[Record]:
    """Per period, the events (or stories) the actor is the source of and the target of."""
    start = _period_start(unit)
    counted = {
        role: f"count(DISTINCT CASE WHEN e.{role}_name = :name COLLATE NOCASE THEN {STORY_KEY} END)"
        if count == "stories"
        else f"sum(e.{role}_name = :name COLLATE NOCASE)"
        for role in ("source", "target")
    }
    _counted(count)  # checks the word
    sql = (  # one pass over the events, both roles counted in it
        f"SELECT {start} AS start, {counted['source']} AS source, {counted['target']} AS target"
        f" FROM {EVENTS_WITH_STORIES} WHERE (e.source_name = :name COLLATE NOCASE"
        " OR e.target_name = :name COLLATE NOCASE) AND a.duplicate_of IS NULL"
        f" AND {DAY} IS NOT NULL GROUP BY start ORDER BY start"
    )
    periods = []
    for row in db.execute(sql, {"name": name}):
        for role, number in (("source", row[1]), ("target", row[2])):
            if number:
                end = period_end(row[0], unit)
                periods.append({"start": row[0], "role": role, "count": number, "end": end})
    return periods


def counterparts(db: sqlite3.Connection, name: str, limit: int = 20) -> list[Record]:
    """Whom the actor acted on, and who acted on them, by PLOVER type, most stories first."""
    is_source = "e.source_name = :name COLLATE NOCASE"
    sql = (  # one pass over the events: the actor's role decides which side is the counterpart
        f"SELECT CASE WHEN {is_source} THEN 'source' ELSE 'target' END AS role,"
        f" CASE WHEN {is_source} THEN e.target_name ELSE e.source_name END AS counterpart,"
        f" CASE WHEN {is_source} THEN e.target_country ELSE e.source_country END"
        f" AS counterpart_country, e.type, count(*) AS events,"
        f" count(DISTINCT {STORY_KEY}) AS stories FROM {EVENTS_WITH_STORIES}"
        f" WHERE ({is_source} OR e.target_name = :name COLLATE NOCASE)"
        " AND a.duplicate_of IS NULL GROUP BY role, counterpart COLLATE NOCASE, e.type"
        " HAVING counterpart IS NOT NULL ORDER BY stories DESC, events DESC LIMIT :limit"
    )
    return fetch(db, sql, {"name": name, "limit": int(limit)})


QUOTE_SELECT = (
    "'Q' || q.id AS id, q.speaker_name AS speaker, q.kind, q.content, q.said_on,"
    " 'A' || a.id AS article, a.published, a.title"
)


def quotes_by(db: sqlite3.Connection, name: str, limit: int = 50) -> list[Record]:
    """What the actor said (they are the quote's speaker)."""
    return fetch(
        db,
        f"SELECT {QUOTE_SELECT} FROM attributions q JOIN articles a ON a.id = q.article"
        " WHERE q.speaker_name = ? COLLATE NOCASE AND a.duplicate_of IS NULL"
        " ORDER BY a.published, a.id, q.content_start LIMIT ?",
        [name, int(limit)],
    )


def quotes_naming(db: sqlite3.Connection, name: str, limit: int = 50) -> list[Record]:
    """What others said that names the actor (every word of the name in the quoted words)."""
    return fetch(
        db,
        f"SELECT {QUOTE_SELECT} FROM attributions q JOIN articles a ON a.id = q.article"
        " WHERE q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
        " AND coalesce(q.speaker_name, '') <> ? COLLATE NOCASE AND a.duplicate_of IS NULL"
        " ORDER BY a.published, a.id, q.content_start LIMIT ?",
        [fts_query(name), name, int(limit)],
    )


# -- one story event ----------------------------------------------------------------------------


def story_outlets(db: sqlite3.Connection, story: int) -> list[Record]:
    """Who reported the story: per outlet, its mentions and articles, first and last reported."""
    return fetch(
        db,
        "SELECT a.source AS outlet, count(*) AS mentions, count(DISTINCT a.id) AS articles,"
        " min(a.published) AS first_reported, max(a.published) AS last_reported"
        " FROM story_mentions m JOIN articles a ON a.id = m.article WHERE m.story = ?"
        " GROUP BY a.source ORDER BY first_reported, outlet",
        [story],
    )


def story_reports(db: sqlite3.Connection, story: int) -> list[Record]:
    """The story's mentions as events, each with its evidence, in order of publication."""
    return fetch(
        db,
        f"SELECT {EVENT_SELECT} FROM story_mentions m JOIN events e ON e.id = m.event"
        " JOIN articles a ON a.id = e.article WHERE m.story = ?"
        " ORDER BY a.published, a.id, e.evidence_start",
        [story],
    )


# -- one article, the store -----------------------------------------------------------------------


def store_ids(db: sqlite3.Connection, article: int) -> dict[str, str]:
    """The store ids (E40, Q7) of an article's events and quotes by their ids in its Reading."""
    found = {}
    for table, letter in (("events", "E"), ("attributions", "Q")):
        for local_id, number in db.execute(
            f"SELECT local_id, id FROM {table} WHERE article = ?", [article]
        ):
            found[f"{letter}:{local_id}"] = f"{letter}{number}"
    return found


def state(db: sqlite3.Connection) -> tuple[Any, ...]:
    """A token that changes whenever the store's content does (a writer commits articles and
    events, files stories, or ends a run); cheap: a few index lookups."""
    return db.execute(
        "SELECT (SELECT max(id) FROM articles), (SELECT max(id) FROM events),"
        " (SELECT max(id) FROM story_mentions), (SELECT max(id) FROM runs),"
        " (SELECT status FROM runs ORDER BY id DESC LIMIT 1)"
    ).fetchone()


def runs(db: sqlite3.Connection, limit: int = 20) -> list[Record]:
    """The ingest runs that wrote the store, the latest first."""
    return fetch(
        db,
        "SELECT id, started, finished, status, sources, dateline_version, stored, skipped,"
        " near_duplicates, rejected FROM runs ORDER BY id DESC LIMIT ?",
        [int(limit)],
    )
