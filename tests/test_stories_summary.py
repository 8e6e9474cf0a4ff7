"""``dateline timeline --summary``: a summary timeline from the store's sentences and timexes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.corpus.ingest import ingest

CALL = Path(__file__).parent / "data" / "call"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("summary") / "s.db"
    ingest(db, [CALL], workers=1)
    return db


def _summary(store: Path, *options: str) -> list[dict]:
    result = CliRunner().invoke(
        app, ["timeline", "--summary", "--db", str(store), "--json", *options]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_day_all_outlets_refer_to_comes_first_and_sentences_link_to_their_articles(
    store: Path,
):
    entries = _summary(store, "--dates", "1")
    assert [e["date"] for e in entries] == ["2025-07-03"]
    assert entries[0]["sources"] == 3  # three articles refer to the day of the call
    connection = sqlite3.connect(store)
    for sentence in entries[0]["sentences"]:
        (text,) = connection.execute(
            "SELECT text FROM texts WHERE article = ?", [int(sentence["article"][1:])]
        ).fetchone()
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    connection.close()


def test_topic_and_actor_select_articles(store: Path):
    assert _summary(store, "--topic", "Ushakov businesslike", "--dates", "3")
    assert _summary(store, "--actor", "Nobody Byname") == []
    entries = _summary(store, "--actor", "Ushakov", "--dates", "2")
    assert entries and entries[0]["date"] <= entries[-1]["date"]  # in date order


def test_summary_table_output(store: Path):
    result = CliRunner().invoke(app, ["timeline", "--summary", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "Summary timeline" in result.output and "2025-07-03" in result.output
