"""Every event says why it exists: in the reading's JSON, in the store, and in `dateline show`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline import Corpus
from dateline.cli import app
from dateline.store.schema import MIGRATIONS, StoreVersionError, connect, connect_read_only
from tests.corpus_articles import write_jsonl

# how the coder reads a clause, before the trust gate judges it (tests/test_events_trust.py)
pytestmark = pytest.mark.usefixtures("without_trust_gate")

runner = CliRunner()
TEXT = "Police arrested dozens of protesters in Minsk on Monday. Germany condemned the arrests."


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("provenance")
    source = write_jsonl(folder / "news.jsonl", [{"id": "a", "date": "2026-03-04", "text": TEXT}])
    Corpus(folder / "store.db").ingest([source], workers=1)
    return folder / "store.db"


def test_read_json_carries_each_events_provenance(tmp_path):
    article = tmp_path / "2026-03-04-minsk.txt"
    article.write_text(f"date 2026-03-04\n\n{TEXT}\n", encoding="utf-8")
    result = runner.invoke(app, ["read", str(article), "--json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    arrest = next(e for e in events if e["type"] == "COERCE")
    assert arrest["decided_by"] == "lexicon COERCE verbs 'arrest'"
    assert arrest["trigger"]["text"] == "arrested" and "Minsk" in arrest["evidence"]["text"]


def test_the_store_keeps_provenance_and_show_says_why_the_row_exists(store):
    with sqlite3.connect(store) as db:
        (event,) = db.execute("SELECT id FROM events WHERE type = 'COERCE'").fetchone()
    result = runner.invoke(app, ["show", f"E{event}", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "decided_by" in result.output and "lexicon COERCE verbs 'arrest'" in result.output
    as_json = json.loads(
        runner.invoke(app, ["show", f"E{event}", "--db", str(store), "--json"]).output
    )
    assert as_json["decided_by"] == "lexicon COERCE verbs 'arrest'"


BEFORE_PROVENANCE = 5  # migration 6 adds events.decided_by


def test_a_store_from_before_provenance_is_upgraded_by_a_writer_and_refused_read_only(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # a store written by the dateline of version 5
        for script in MIGRATIONS[:BEFORE_PROVENANCE]:
            db.executescript(script)
        db.execute(f"PRAGMA user_version = {BEFORE_PROVENANCE}")
    with pytest.raises(StoreVersionError, match=f"schema version {BEFORE_PROVENANCE}"):
        connect_read_only(path)
    connect(path).close()  # a writer migrates it
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(events)")]
    assert "decided_by" in columns
