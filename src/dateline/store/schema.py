"""The store's tables, created and upgraded by ordered migrations (``PRAGMA user_version``).

Migration N takes a store at version N-1 to version N inside one transaction; a store written by
a newer dateline (higher version than this code knows) is refused rather than misread. Add a
migration by appending to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.errors import DatelineError

# Version 1: articles and their readings, flattened parts, full-text indexes, runs, rejections,
# near-duplicate signatures. Ids are assigned by the single writer (see store.py).
V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,               -- running | done | interrupted | failed
    sources TEXT NOT NULL,              -- JSON list of the paths given
    dateline_version TEXT NOT NULL,
    stored INTEGER NOT NULL DEFAULT 0,  -- new articles written by this run
    skipped INTEGER NOT NULL DEFAULT 0, -- articles already in the store (same content hash)
    near_duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,          -- sha256 of the date and whitespace-normalised text
    article_id TEXT NOT NULL,           -- Article.id as read (file stem, record id, feed entry id)
    published TEXT NOT NULL,            -- YYYY-MM-DD
    title TEXT,
    source TEXT,
    url TEXT,
    words INTEGER NOT NULL,
    duplicate_of INTEGER REFERENCES articles(id),  -- a near-duplicate of this earlier article
    similarity REAL,                    -- estimated Jaccard similarity to duplicate_of
    run INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE texts (article INTEGER PRIMARY KEY REFERENCES articles(id), text TEXT NOT NULL);
CREATE TABLE readings (article INTEGER PRIMARY KEY REFERENCES articles(id), json TEXT NOT NULL);

CREATE TABLE timexes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, anchor TEXT, mod TEXT
);
CREATE INDEX timexes_article ON timexes(article);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,             -- Actor.id within its Reading
    name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, role TEXT, sector TEXT,
    aliases TEXT NOT NULL,              -- JSON list
    mentions INTEGER NOT NULL,
    UNIQUE (article, local_id)
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX actors_article ON actors(article);

CREATE TABLE attributions (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker INTEGER REFERENCES actors(id),
    speaker_name TEXT,                  -- the speaker actor's name, else the source words
    -- the words said (an interrupted quotation's pieces joined by " … "); the offsets span all
    content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    source_text TEXT, cue TEXT,
    via TEXT NOT NULL,                  -- JSON list of actor names the words passed through
    said_on TEXT,
    UNIQUE (article, local_id)
);
CREATE INDEX attributions_speaker_name ON attributions(speaker_name COLLATE NOCASE);
CREATE INDEX attributions_speaker ON attributions(speaker);
CREATE INDEX attributions_article ON attributions(article);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT,
    date TEXT, date_basis TEXT,
    source INTEGER REFERENCES actors(id), source_name TEXT, source_country TEXT,
    target INTEGER REFERENCES actors(id), target_name TEXT, target_country TEXT,
    location TEXT,
    modality TEXT NOT NULL,             -- comma-separated
    attribution INTEGER REFERENCES attributions(id),
    trigger TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
    UNIQUE (article, local_id)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_source ON events(source);
CREATE INDEX events_target ON events(target);

CREATE TABLE rejected (
    id INTEGER PRIMARY KEY,
    record TEXT NOT NULL,               -- file, or file:line
    reason TEXT NOT NULL,
    run INTEGER NOT NULL REFERENCES runs(id),
    UNIQUE (record, reason)
);

-- MinHash of word 3-grams (128 permutations, uint32) and its 16 LSH band keys
CREATE TABLE minhashes (article INTEGER PRIMARY KEY REFERENCES articles(id), signature BLOB);
CREATE TABLE minhash_bands (
    band INTEGER NOT NULL, bucket INTEGER NOT NULL, article INTEGER NOT NULL,
    PRIMARY KEY (band, bucket, article)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE texts_fts USING fts5(text, content='texts', content_rowid='article');
CREATE VIRTUAL TABLE quotes_fts USING fts5(content, content='attributions', content_rowid='id');
CREATE VIRTUAL TABLE events_fts USING fts5(evidence, content='events', content_rowid='id');
"""

# Version 2 (issue 8): story events - one real-world event reported by many articles - and the
# link from each stored event to its story. Written by dateline.stories.filing after each batch.
V2 = """
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,           -- the merge index's id (from its first mention)
    family TEXT NOT NULL,               -- type family of the merge rule (stories/resources)
    type TEXT NOT NULL,                 -- the most common PLOVER type of its mentions
    source TEXT, target TEXT,           -- the most common actor names
    date TEXT,                          -- the most reported of the mentions' finest timex dates
    granularity TEXT,                   -- day | week | month | quarter | year | decade | century
    first_reported TEXT NOT NULL, last_reported TEXT NOT NULL,  -- publication dates
    mentions INTEGER NOT NULL,          -- events filed into the story
    articles INTEGER NOT NULL,          -- distinct articles reporting it
    sources TEXT NOT NULL,              -- JSON list of outlets (articles.source)
    article_ids TEXT NOT NULL           -- JSON list of article ids (A12)
);
CREATE INDEX stories_date ON stories(date);

CREATE TABLE story_mentions (
    id INTEGER PRIMARY KEY,             -- filing order: the merge index is rebuilt in it
    story INTEGER NOT NULL REFERENCES stories(id),
    event INTEGER NOT NULL UNIQUE REFERENCES events(id),
    article INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX story_mentions_story ON story_mentions(story);
CREATE INDEX story_mentions_article ON story_mentions(article);

-- progress of the story filing: key 'filed_through' = the highest event id filed
CREATE TABLE story_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

# Version 3: the process that started a run, so that a later run can tell a run killed by
# `kill -9` (its process gone) from one still going, and mark it interrupted.
V3 = """
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
"""

# Version 4: how a run read its articles (``ReadConfig.record()`` as JSON: knowledge files, event
# lexicon and typer with the sha256 of each, batch size), so that a run with another
# configuration is noticed. Runs of earlier versions have none.
V4 = """
ALTER TABLE runs ADD COLUMN config TEXT;
"""

# Version 5: events found by an actor's name as either side (the actor page, its chart, the
# timeline's actor filter) without reading every event of the store.
V5 = """
CREATE INDEX events_source_name ON events(source_name COLLATE NOCASE);
CREATE INDEX events_target_name ON events(target_name COLLATE NOCASE);
"""

# Version 6: each event's provenance (``Event.decided_by``): the lexicon entry and the rules that
# decided it, so that ``dateline show E40`` says why the row exists. Events stored before have none.
V6 = """
ALTER TABLE events ADD COLUMN decided_by TEXT;
"""

# Version 7: whether an attribution is speech (said, wrote, according to) or a stance (hopes,
# backs, expects), so that views can show what was said; whether its source is a bare pronoun
# no actor was found for; and the language of each article (ISO 639-1; only English is read).
# Rows of earlier versions have NULL: read before these were told.
V7 = """
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE attributions ADD COLUMN mode TEXT;
ALTER TABLE attributions ADD COLUMN unresolved INTEGER;
CREATE INDEX attributions_mode ON attributions(mode);
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6, V7)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(DatelineError):
    """A file that is no dateline store, or a store this dateline cannot open."""


class StoreVersionError(StoreError):
    pass


def connect(path: Path | str) -> sqlite3.Connection:
    """An open store at the current schema version (created if absent), in WAL mode."""
    connection = sqlite3.connect(str(path), isolation_level=None)  # explicit BEGIN/COMMIT
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a crash
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA busy_timeout=10000")
        migrate(connection, str(path))
    except sqlite3.DatabaseError as error:  # "file is not a database", a read-only file, ...
        connection.close()
        raise StoreError(f"{path}: cannot open as a dateline store ({error})") from None
    except StoreError:
        connection.close()
        raise
    return connection


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """An existing store opened for reading only: never created, migrated or written.

    ``mode=ro`` makes SQLite refuse writes, ``PRAGMA query_only`` refuses them again at the
    statement level; a writer (``dateline ingest``) may go on at the same time (WAL). A store of
    another schema version is refused, not upgraded: reading it would mean migrating it.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.OperationalError as error:  # absent, or a folder
        raise StoreError(f"{path}: cannot open as a dateline store ({error})") from None
    try:
        connection.execute("PRAGMA query_only=ON")
        connection.execute("PRAGMA busy_timeout=10000")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        connection.close()
        raise StoreError(f"{path}: cannot open as a dateline store ({error})") from None
    if version != SCHEMA_VERSION:
        connection.close()
        advice = (
            "upgrade dateline to read it"
            if version > SCHEMA_VERSION
            else "a writing command of this dateline (e.g. `dateline ingest`) upgrades it"
        )
        raise StoreVersionError(
            f"{path}: schema version {version}, this dateline reads version {SCHEMA_VERSION} "
            f"read-only ({advice})"
        )
    return connection


def migrate(connection: sqlite3.Connection, where: str = "store") -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreVersionError(
            f"{where}: written by a newer dateline (schema version {version}; this dateline "
            f"reads up to {SCHEMA_VERSION}): upgrade dateline to read it"
        )
    for number in range(version + 1, SCHEMA_VERSION + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number - 1]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """A migration script split into statements (``executescript`` would commit midway)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]
