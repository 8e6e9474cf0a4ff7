"""Ingest survives kill -9 and gives the same store with one worker or two.

The interrupted run reads its records from a named pipe, so the test decides exactly how far the
run has got when it is killed: 22 records written, batches of 4, so 20 are committed and 2 are
in flight when SIGKILL arrives. The rerun reads the whole source from a regular file.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from dateline import Corpus
from dateline.config import ReadConfig
from tests.corpus_articles import records, write_jsonl

TABLES = (
    "articles",
    "readings",
    "events",
    "attributions",
    "actors",
    "timexes",
    "minhashes",
    "stories",
    "story_mentions",
)


def snapshot(path) -> dict[str, object]:
    """What the store holds, independent of the order ids were given in."""
    with sqlite3.connect(path) as db:
        state: dict[str, object] = {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES
        }
        state["events by article"] = sorted(
            db.execute(
                "SELECT a.hash, e.local_id, e.type, e.evidence FROM events e"
                " JOIN articles a ON a.id = e.article"
            )
        )
        state["readings by article"] = sorted(  # whole Readings: actors, quotes, dates too
            db.execute("SELECT a.hash, r.json FROM readings r JOIN articles a ON a.id = r.article")
        )
        state["duplicates"] = sorted(
            db.execute(
                "SELECT a.hash, d.hash FROM articles a JOIN articles d ON d.id = a.duplicate_of"
            )
        )
    return state


def wait_for(condition, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        time.sleep(0.05)


def committed(path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_kill_9_midway_then_rerun_equals_an_uninterrupted_run(tmp_path):
    rows = records(40)
    source = write_jsonl(tmp_path / "news.jsonl", rows)
    reference = tmp_path / "reference.db"
    in_fours = ReadConfig(batch_size=4)  # as the killed run below reads
    Corpus(reference).ingest([source], workers=1, config=in_fours)

    pipe = tmp_path / "stream.jsonl"
    os.mkfifo(pipe)
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "dateline", "ingest", str(pipe), "--db", str(db)]
    ingest = subprocess.Popen([*command, "--workers", "1", "--batch-size", "4", "--quiet"])
    try:
        writer = None

        def opened() -> bool:
            nonlocal writer
            try:
                writer = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # no reader yet
                return False
            return True

        wait_for(opened)
        os.set_blocking(writer, True)
        os.write(writer, b"".join(source.read_bytes().splitlines(keepends=True)[:22]))
        wait_for(lambda: committed(db) >= 20)
        time.sleep(0.3)  # nothing more can commit: the fifth batch waits for input
        ingest.send_signal(signal.SIGKILL)
        ingest.wait(timeout=30)
    finally:
        ingest.kill()
        if writer is not None:
            with contextlib.suppress(OSError):  # the reader is gone
                os.close(writer)
    assert ingest.returncode == -signal.SIGKILL
    assert committed(db) == 20  # killed midway: half the source stored, two articles in flight

    report = Corpus(db).ingest([source], workers=1, config=in_fours)
    assert (report.stored, report.skipped) == (20, 20)
    assert snapshot(db) == snapshot(reference)
    with sqlite3.connect(db) as store:  # the killed run could not record its end: the rerun did
        statuses = [row[0] for row in store.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "done"]


def test_two_workers_store_exactly_what_one_worker_stores(tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl", records(24))
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    Corpus(one).ingest([source], workers=1, config=ReadConfig(batch_size=4))
    report = Corpus(two).ingest([source], workers=2, config=ReadConfig(batch_size=4))
    assert report.stored == 24 and report.peak_rss_mb > 0
    assert snapshot(two) == snapshot(one)
