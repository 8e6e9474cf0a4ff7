"""Writing to the store: one writer, one transaction per batch.

A batch is committed whole or not at all, so a run killed at any moment leaves only complete
articles behind, and a rerun skips them by content hash. Ids are assigned here, inside the
write transaction, so that rows can be inserted with ``executemany``; ``BEGIN IMMEDIATE`` makes a
second concurrent ingest wait rather than collide.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any, ClassVar

from dateline.ingest import Rejected
from dateline.store.dedup import BANDS, THRESHOLD, Fingerprint, similarity
from dateline.store.rows import Failed, Processed, store_rows
from dateline.store.schema import connect

# near-duplicate candidates compared per article, those sharing the most bands first: bounds the
# cost when many stories share a band (templated wire briefs), while a close copy shares most
CANDIDATE_LIMIT = 64


@dataclass
class BatchCounts:
    stored: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    rejected: int = 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """The writer's side of a store (its views live in ``queries.py``)."""

    def __init__(self, path: Path | str) -> None:
        self.connection = connect(path)

    def close(self) -> None:
        self.connection.close()

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(hashes), 500):  # stay under SQLite's bound-parameter limit
            part = hashes[start : start + 500]
            marks = ",".join("?" * len(part))
            found.update(
                row[0]
                for row in self.connection.execute(
                    f"SELECT hash FROM articles WHERE hash IN ({marks})", part
                )
            )
        return found

    def start_run(self, sources: Iterable[str], config: dict[str, Any]) -> int:
        """A new run reading ``sources`` with ``config`` (``ReadConfig.record()``)."""
        self.close_abandoned_runs()
        cursor = self.connection.execute(
            "INSERT INTO runs (started, status, sources, dateline_version, pid, host, config)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                _now(),
                "running",
                json.dumps(list(sources)),
                version("dateline"),
                os.getpid(),
                socket.gethostname(),
                json.dumps(config, ensure_ascii=False),
            ),
        )
        return int(cursor.lastrowid or 0)

    def recorded_configs(self) -> list[tuple[int, dict[str, Any]]]:
        """(run, configuration) of each distinct configuration articles were stored with,
        earliest first (runs from before configurations were recorded have none)."""
        found: dict[str, int] = {}
        for run, config in self.connection.execute(
            "SELECT id, config FROM runs WHERE config IS NOT NULL AND stored > 0 ORDER BY id"
        ):
            found.setdefault(config, run)
        return [(run, json.loads(config)) for config, run in found.items()]

    def close_abandoned_runs(self) -> None:
        """Mark ``interrupted`` the runs still ``running`` whose process, on this machine, is
        gone (killed by ``kill -9`` or a power cut: nothing in them could record it). Runs of
        other machines, or from before processes were recorded, cannot be checked and stay."""
        here = socket.gethostname()
        running = self.connection.execute(
            "SELECT id, pid FROM runs WHERE status = 'running' AND host = ?", [here]
        ).fetchall()
        for run, pid in running:
            if not _alive(pid):
                self.connection.execute(
                    "UPDATE runs SET status = 'interrupted' WHERE id = ?", [run]
                )

    def finish_run(self, run: int, status: str) -> None:
        self.connection.execute(
            "UPDATE runs SET finished = ?, status = ? WHERE id = ?", (_now(), status, run)
        )

    def write_batch(
        self, run: int, items: Sequence[Processed | Failed], rejected: Sequence[Rejected]
    ) -> BatchCounts:
        counts = BatchCounts()
        db = self.connection
        db.execute("BEGIN IMMEDIATE")
        try:
            writer = _BatchWriter(db, run)
            for item in items:
                if isinstance(item, Failed):
                    where = item.article.label()
                    counts.rejected += writer.reject(Rejected(where, item.reason))
                elif writer.article(item):
                    counts.stored += 1
                    counts.near_duplicates += writer.last_was_duplicate
                else:
                    counts.skipped += 1  # stored meanwhile by a concurrent ingest
            for record in rejected:
                counts.rejected += writer.reject(record)
            writer.flush()
            db.execute(
                "UPDATE runs SET stored = stored + ?, skipped = skipped + ?,"
                " near_duplicates = near_duplicates + ?, rejected = rejected + ? WHERE id = ?",
                (counts.stored, counts.skipped, counts.near_duplicates, counts.rejected, run),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return counts

    def add_skipped(self, run: int, skipped: int) -> None:
        self.connection.execute(
            "UPDATE runs SET skipped = skipped + ? WHERE id = ?", (skipped, run)
        )


class _BatchWriter:
    """Rows of one transaction, gathered per table and inserted with ``executemany``."""

    TABLES = ("articles", "timexes", "actors", "attributions", "events")

    def __init__(self, db: sqlite3.Connection, run: int) -> None:
        self.db, self.run = db, run
        self.next_id = {
            table: db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
            for table in self.TABLES
        }
        self.rows: dict[str, list[tuple]] = {
            name: []
            for name in (
                "texts", "readings", "texts_fts", "timexes", "actors", "attributions",
                "quotes_fts", "events", "events_fts",
            )
        }  # fmt: skip
        self.last_was_duplicate = False

    def reject(self, record: Rejected) -> int:
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO rejected (record, reason, run) VALUES (?, ?, ?)",
            (record.where, record.reason, self.run),
        )
        return cursor.rowcount

    # one indexed look-up per band (a row-value IN list would scan the whole table)
    _CANDIDATES = (
        "SELECT m.article, a.duplicate_of, m.signature FROM minhashes m"
        " JOIN articles a ON a.id = m.article WHERE m.article IN ("
        " SELECT article FROM ("
        + " UNION ALL ".join(
            ["SELECT article FROM minhash_bands WHERE band = ? AND bucket = ?"] * BANDS
        )
        + f") GROUP BY article ORDER BY count(*) DESC LIMIT {CANDIDATE_LIMIT})"
    )

    def _near_duplicate(self, fp: Fingerprint) -> tuple[int, float] | None:
        values = [v for band, bucket in enumerate(fp.buckets) for v in (band, bucket)]
        candidates = self.db.execute(self._CANDIDATES, values).fetchall()
        best: tuple[int, float] | None = None
        for article, duplicate_of, signature in candidates:
            score = similarity(fp.signature, signature)
            if score >= THRESHOLD and (best is None or score > best[1]):
                best = (duplicate_of or article, score)
        return best

    def article(self, item: Processed) -> bool:
        """Insert one article and its parts; False if its hash is already stored."""
        article = item.article
        near = self._near_duplicate(item.fingerprint)
        self.last_was_duplicate = near is not None
        article_id = self.next_id["articles"]
        self.next_id["articles"] += 1
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO articles (id, hash, article_id, published, title, source, url,"
            " words, duplicate_of, similarity, run, language)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id, item.hash, article.id, article.published.isoformat(), article.title,
                article.source, article.url, item.words, near[0] if near else None,
                near[1] if near else None, self.run, item.language,
            ),
        )  # fmt: skip
        if cursor.rowcount == 0:
            return False
        self.db.execute(
            "INSERT INTO minhashes (article, signature) VALUES (?, ?)",
            (article_id, item.fingerprint.signature),
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO minhash_bands (band, bucket, article) VALUES (?, ?, ?)",
            [(band, bucket, article_id) for band, bucket in enumerate(item.fingerprint.buckets)],
        )
        self.rows["texts"].append((article_id, article.text))
        self.rows["texts_fts"].append((article_id, article.text))
        self.rows["readings"].append((article_id, item.reading_json))
        self._parts(article_id, item)
        return True

    def _parts(self, article_id: int, item: Processed) -> None:
        for table, rows in store_rows(article_id, item.rows, self.next_id).items():
            self.rows[table].extend(rows)

    FTS_COLUMNS: ClassVar[dict[str, str]] = {
        "texts_fts": "text",
        "quotes_fts": "content",
        "events_fts": "evidence",
    }

    def flush(self) -> None:
        for table, rows in self.rows.items():
            if not rows:
                continue
            if table in self.FTS_COLUMNS:  # external-content index: rowid is the content row's id
                sql = f"INSERT INTO {table} (rowid, {self.FTS_COLUMNS[table]}) VALUES (?, ?)"
            else:
                sql = f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})"
            self.db.executemany(sql, rows)
