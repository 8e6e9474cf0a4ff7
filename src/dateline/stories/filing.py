"""Story events in the corpus store: each ingested batch's events filed into stories.

The story tables (schema migration 2, ``dateline.store.schema``) hold every story event and the
link from each stored event to its story. ``StoryFiler.update`` files the events stored since the
last update - the table ``story_state`` keeps the highest event id already filed - and writes the
stories they created or changed, all in one transaction. Because the watermark moves in the same
transaction as the story rows, an update interrupted at any point is simply redone by the next
one, and an event is never filed twice.

The merge index (``StoryIndex``) is not stored as such: the first update in a process rebuilds it
from the story tables, refiling every stored mention into its stored story in filing order, which
gives back the index as it was. It is rebuilt again whenever another process has filed events
since (the watermark moved under it). After each update, and during a rebuild, only the
``RESIDENT_STORIES`` stories filed most recently stay in memory; the index reads the others
back from the story tables when a new mention could join them, so that a long ingest in one
process does not grow with the corpus.

Events of near-duplicate articles (wire copies, ``articles.duplicate_of``) are not filed: they
would count one report as two.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dateline.model import Actor, Event, TextSpan
from dateline.stories.merge import (
    EventMention,
    MergeConfig,
    StoryEvent,
    StoryIndex,
)
from dateline.timex.intervals import days_of

WATERMARK = "filed_through"  # story_state key: the highest event id filed
# the filed mentions with their story and event (m.id is the filing order)
_STORED_MENTIONS = (
    "FROM story_mentions m JOIN stories s ON s.id = m.story JOIN events e ON e.id = m.event"
    " JOIN articles a ON a.id = e.article"
)
# Stories kept in memory between updates: a few weeks of a newswire (Reuters-21578 files about
# 1.4 stories per article), the ones new articles join; the rest are read back when needed.
RESIDENT_STORIES = 4096
# stored mentions read at a time when the index is rebuilt
_RESTORE_CHUNK = 2000

_MENTION_SELECT = (
    "e.id, e.article, e.type, e.mode, e.date, e.date_basis, e.modality, e.source, e.target,"
    " e.attribution, e.trigger, e.trigger_start, e.trigger_end, e.evidence, e.evidence_start,"
    " e.evidence_end, a.published, a.source, a.duplicate_of"
)


def granularity(value: str | None) -> str | None:
    """day, week, month, quarter, year, decade or century: the extent of a TIMEX3 date value."""
    interval = days_of(value)
    if interval is None:
        return None
    days = (interval[1] - interval[0]).days + 1
    if days == 1:
        return "day"
    if days == 7:
        return "week"
    if days <= 31:
        return "month"
    if days <= 92:
        return "quarter"
    if days <= 366:  # a half year or a season is filed as its year
        return "year"
    return "decade" if days <= 3653 else "century"


def event_number(ident: str) -> int:
    """``E40`` -> 40 (mentions built here carry the store's event ids)."""
    return int(ident[1:])


@dataclass(frozen=True)
class StoryUpdate:
    filed: int  # event mentions filed by this update
    stories: int  # story events created or changed


class StoryFiler:
    """Files a store's new events into story events; one per writing connection."""

    def __init__(
        self,
        db: sqlite3.Connection,
        config: MergeConfig | None = None,
        resident_stories: int | None = None,
    ) -> None:
        self.db = db
        self.config = config or MergeConfig()
        self.resident_stories = RESIDENT_STORIES if resident_stories is None else resident_stories
        self._index: StoryIndex | None = None
        self._index_through = -1  # the watermark the in-memory index reflects

    def update(self) -> StoryUpdate:
        """File every event stored since the last update (safe to call at any time)."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            through = _watermark(db)
            rows = db.execute(
                f"SELECT {_MENTION_SELECT} FROM events e JOIN articles a ON a.id = e.article"
                " WHERE e.id > ? ORDER BY e.id",
                [through],
            ).fetchall()
            if not rows:
                db.execute("COMMIT")
                return StoryUpdate(0, 0)
            index = self._current_index(through)
            mentions = _mentions(db, [row for row in rows if row[-1] is None])
            touched = index.add(mentions)
            _write(db, touched)
            last = rows[-1][0]
            db.execute(
                "INSERT INTO story_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [WATERMARK, last],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            self._index = None  # it may hold mentions that were not committed
            raise
        self._index_through = last
        index.evict(self.resident_stories)  # after the commit: evicted stories can be read back
        return StoryUpdate(len(mentions), len(touched))

    def _current_index(self, through: int) -> StoryIndex:
        if self._index is None or self._index_through != through:
            self._index = restore_index(self.db, self.config, self.resident_stories)
            self._index_through = through
        return self._index


def _watermark(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM story_state WHERE key = ?", [WATERMARK]).fetchone()
    return int(row[0]) if row else 0


def restore_index(
    db: sqlite3.Connection,
    config: MergeConfig | None = None,
    resident: int | None = None,
    chunk: int | None = None,
) -> StoryIndex:
    """The merge index as the stored stories left it (every mention refiled in filing order).

    The stored mentions are read ``chunk`` rows at a time (default ``_RESTORE_CHUNK``); with
    ``resident``, all but the ``resident`` stories filed last are evicted after each chunk, so
    that rebuilding the index of a large store stays within the memory of a running one (a
    story evicted meanwhile is read back whole at its next mention: ``StoryIndex.restore``)."""
    index = StoryIndex(config, load=lambda key: _story_mentions(db, key))
    cursor = db.execute(f"SELECT s.key, {_MENTION_SELECT} {_STORED_MENTIONS} ORDER BY m.id")
    while rows := cursor.fetchmany(chunk or _RESTORE_CHUNK):
        mentions = _mentions(db, [row[1:] for row in rows])
        for key, mention in zip((row[0] for row in rows), mentions, strict=True):
            index.restore(key, mention)
        if resident is not None:
            index.evict(resident)
    return index


def _story_mentions(db: sqlite3.Connection, key: str) -> list[EventMention]:
    """The stored mentions of one story, in filing order."""
    rows = db.execute(
        f"SELECT {_MENTION_SELECT} {_STORED_MENTIONS} WHERE s.key = ? ORDER BY m.id", [key]
    ).fetchall()
    return _mentions(db, rows)


def actor_of_row(
    row_id: int, name: str, kind: str, country: str | None, role: str | None,
    sector: str | None, aliases: str,
) -> Actor:  # fmt: skip
    """An actor as the merge rule compares it, from its row of the ``actors`` table."""
    return Actor(
        id=str(row_id), name=name, kind=kind, country=country, role=role, sector=sector,
        aliases=tuple(json.loads(aliases)),
    )  # fmt: skip


def _actors(db: sqlite3.Connection, ids: set[int]) -> dict[int, Actor]:
    found: dict[int, Actor] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):  # SQLite's bound-parameter limit
        part = ordered[start : start + 500]
        marks = ",".join("?" * len(part))
        for row in db.execute(
            "SELECT id, name, kind, country, role, sector, aliases FROM actors"
            f" WHERE id IN ({marks})",
            part,
        ):
            found[row[0]] = actor_of_row(*row)
    return found


def _mentions(db: sqlite3.Connection, rows: Sequence[tuple]) -> list[EventMention]:
    """Event mentions from event rows (``_MENTION_SELECT``), with their actors from the store."""
    actors = _actors(db, {actor for row in rows for actor in (row[7], row[8]) if actor})
    return mentions_of_rows(rows, actors)


def mentions_of_rows(rows: Iterable[Sequence], actors: dict[int, Actor]) -> list[EventMention]:
    """Event mentions from event rows (the columns of ``_MENTION_SELECT``) and their actors by
    store id."""
    mentions = []
    for (
        event_id, article, type_, mode, date, date_basis, modality, source, target, attribution,
        trigger, trigger_start, trigger_end, evidence, evidence_start, evidence_end, published,
        outlet, _,
    ) in rows:  # fmt: skip
        event = Event(
            id=f"E{event_id}",
            type=type_,
            mode=mode,
            source=str(source) if source else None,
            target=str(target) if target else None,
            date=date,
            date_basis=date_basis,
            modality=tuple(m for m in modality.split(",") if m),
            attribution=f"Q{attribution}" if attribution else None,
            trigger=TextSpan(start=trigger_start, end=trigger_end, text=trigger),
            evidence=TextSpan(start=evidence_start, end=evidence_end, text=evidence),
        )
        mentions.append(
            EventMention(
                f"A{article}",
                dt.date.fromisoformat(published),
                event,
                outlet,
                actors.get(source) if source else None,
                actors.get(target) if target else None,
            )
        )
    return mentions


def story_values(story: StoryEvent) -> tuple:
    """A story's row of the ``stories`` table, without its id: key, family, type, source,
    target, date, granularity, first_reported, last_reported, mentions, articles, sources,
    article_ids."""
    return (
        story.id, story.family, story.type, story.source, story.target, story.date,
        granularity(story.date), story.first_reported.isoformat(),
        story.last_reported.isoformat(), len(story.mentions), len(story.articles),
        json.dumps(list(story.outlets), ensure_ascii=False), json.dumps(list(story.articles)),
    )  # fmt: skip


def _write(db: sqlite3.Connection, stories: Iterable[StoryEvent]) -> None:
    for story in stories:
        (story_row,) = db.execute(
            "INSERT INTO stories (key, family, type, source, target, date, granularity,"
            " first_reported, last_reported, mentions, articles, sources, article_ids)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET family = excluded.family, type = excluded.type,"
            " source = excluded.source, target = excluded.target, date = excluded.date,"
            " granularity = excluded.granularity, first_reported = excluded.first_reported,"
            " last_reported = excluded.last_reported, mentions = excluded.mentions,"
            " articles = excluded.articles, sources = excluded.sources,"
            " article_ids = excluded.article_ids RETURNING id",
            story_values(story),
        ).fetchone()
        db.executemany(
            "INSERT OR IGNORE INTO story_mentions (story, event, article) VALUES (?, ?, ?)",
            [(story_row, event_number(m.event_id), int(m.article_id[1:])) for m in story.mentions],
        )
