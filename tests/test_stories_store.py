"""Story events in the corpus store: filed during ingest, incremental, idempotent, exported."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.corpus.ingest import ingest
from dateline.store.schema import connect
from dateline.stories.filing import StoryFiler, granularity, restore_index

CALL = Path(__file__).parent / "data" / "call"
NORTHWIRE = CALL / "northwire-call-2025-07-03.txt"
VESTNIK = CALL / "vestnik-call-2025-07-04.txt"
HARBOUR = CALL / "harbourtimes-call-2025-07-05.txt"


def _stories(db: Path) -> dict[str, set[int]]:
    """Each story (by its merge key) with the set of stored events filed into it."""
    connection = sqlite3.connect(db)
    found: dict[str, set[int]] = {}
    for key, event in connection.execute(
        "SELECT s.key, m.event FROM stories s JOIN story_mentions m ON m.story = s.id"
    ):
        found.setdefault(key, set()).add(event)
    connection.close()
    return found


def _call_story(db: Path) -> tuple:
    connection = sqlite3.connect(db)
    row = connection.execute(
        "SELECT id, type, date, granularity, mentions, articles, sources FROM stories"
        " WHERE articles > 1 AND family = 'consult' AND date = '2025-07-03'"
    ).fetchall()
    connection.close()
    assert len(row) == 1, row
    return row[0]


def test_ingest_files_the_call_reported_by_two_outlets_as_one_story(tmp_path: Path):
    db = tmp_path / "s.db"
    ingest(db, [NORTHWIRE, VESTNIK], workers=1)
    _, type_, date, grain, mentions, articles, sources = _call_story(db)
    assert (type_, date, grain, mentions, articles) == ("CONSULT", "2025-07-03", "day", 2, 2)
    assert {Path(s).name for s in json.loads(sources)} == {NORTHWIRE.name, VESTNIK.name}


def test_a_later_ingest_in_a_new_process_extends_the_story_incrementally(tmp_path: Path):
    db = tmp_path / "s.db"
    ingest(db, [NORTHWIRE, VESTNIK], workers=1)
    before = _stories(db)
    ingest(db, [HARBOUR], workers=1)  # a new run: the merge index is rebuilt from the tables
    after = _stories(db)
    # no story filed earlier lost or changed a mention; the new article joined the call story
    assert all(events <= after[key] for key, events in before.items())
    assert _call_story(db)[5] == 3
    # the same as filing all three at once
    together = tmp_path / "together.db"
    ingest(together, [NORTHWIRE, VESTNIK, HARBOUR], workers=1)
    assert sorted(map(sorted, after.values())) == sorted(map(sorted, _stories(together).values()))


def test_rerunning_an_ingest_adds_no_story_mentions(tmp_path: Path):
    db = tmp_path / "s.db"
    ingest(db, [CALL], workers=1)
    first = _stories(db)
    ingest(db, [CALL], workers=1)
    assert _stories(db) == first
    connection = connect(db)
    assert StoryFiler(connection).update().filed == 0
    connection.close()


def test_an_ingest_stopped_before_filing_stories_is_completed_by_the_next_update(tmp_path: Path):
    db = tmp_path / "s.db"
    ingest(db, [CALL], workers=1)
    expected = _stories(db)
    # as if the process died after committing its last batch but before filing its stories
    connection = connect(db)
    connection.executescript(
        "DELETE FROM story_mentions; DELETE FROM stories; DELETE FROM story_state;"
    )
    update = StoryFiler(connection).update()
    connection.close()
    assert update.filed == sum(len(events) for events in expected.values())
    assert sorted(map(sorted, _stories(db).values())) == sorted(map(sorted, expected.values()))


def test_the_rebuilt_merge_index_equals_the_stored_stories(tmp_path: Path):
    db = tmp_path / "s.db"
    ingest(db, [CALL], workers=1)
    connection = connect(db)
    index = restore_index(connection)
    stored = {key: count for key, count in connection.execute("SELECT key, mentions FROM stories")}
    connection.close()
    assert {story.id: len(story.mentions) for story in index.stories()} == stored


def test_events_of_near_duplicate_articles_are_not_filed(tmp_path: Path):
    copy = tmp_path / "copy.txt"
    # a wire copy with one word changed: stored as a near-duplicate, its events not counted again
    copy.write_text(NORTHWIRE.read_text().replace("close to", "nearly"), encoding="utf-8")
    db = tmp_path / "s.db"
    ingest(db, [NORTHWIRE, VESTNIK, copy], workers=1)
    connection = sqlite3.connect(db)
    duplicate = connection.execute(
        "SELECT id FROM articles WHERE duplicate_of IS NOT NULL"
    ).fetchone()
    assert duplicate is not None
    assert connection.execute(
        "SELECT count(*) FROM story_mentions WHERE article = ?", duplicate
    ).fetchone() == (0,)
    connection.close()
    assert _call_story(db)[5] == 2


def test_granularity_of_timex_values():
    assert [granularity(v) for v in ("2025-07-03", "2025-W27", "2025-07", "2025-Q3", "2025")] == [
        "day", "week", "month", "quarter", "year",
    ]  # fmt: skip
    assert granularity("PRESENT_REF") is None


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_writes_the_story_table_with_counts_and_sources(tmp_path: Path, fmt: str):
    db = tmp_path / "s.db"
    ingest(db, [NORTHWIRE, VESTNIK], workers=1)
    result = CliRunner().invoke(app, ["export", str(tmp_path / "out"), "--db", str(db),
                                      "--format", fmt])  # fmt: skip
    assert result.exit_code == 0, result.output
    path = tmp_path / "out" / f"stories.{fmt}"
    import pandas as pd

    frame = {
        "csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True),
        "parquet": pd.read_parquet,
    }[fmt](path)  # fmt: skip
    call = frame[(frame["articles"] == 2) & (frame["date"] == "2025-07-03")]
    assert len(call) == 1
    assert len(json.loads(call.iloc[0]["sources"])) == 2
    assert (tmp_path / "out" / f"story_mentions.{fmt}").exists()


def test_stories_command_lists_story_events(tmp_path: Path):
    db = tmp_path / "s.db"
    ingest(db, [NORTHWIRE, VESTNIK], workers=1)
    result = CliRunner().invoke(app, ["stories", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [r["date"] for r in records if r["articles"] == 2] == ["2025-07-03"]


def test_a_store_from_before_stories_gets_its_events_filed(tmp_path: Path):
    """Migration 2 on a store written by the version-1 code: the next update files old events."""
    db = tmp_path / "s.db"
    ingest(db, [NORTHWIRE, VESTNIK], workers=1)
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    connection = sqlite3.connect(old)
    connection.executescript(
        "DROP TABLE story_mentions; DROP TABLE stories; DROP TABLE story_state;"
        " ALTER TABLE runs DROP COLUMN pid; ALTER TABLE runs DROP COLUMN host;"  # version 3
        " ALTER TABLE runs DROP COLUMN config;"  # version 4
        " DROP INDEX events_source_name; DROP INDEX events_target_name;"  # version 5
        " ALTER TABLE events DROP COLUMN decided_by;"  # version 6
        " DROP INDEX attributions_mode; ALTER TABLE attributions DROP COLUMN mode;"  # version 7
        " ALTER TABLE attributions DROP COLUMN unresolved;"
        " ALTER TABLE articles DROP COLUMN language;"
        " PRAGMA user_version = 1;"
    )
    connection.close()
    connection = connect(old)  # migrates to the current version
    StoryFiler(connection).update()
    connection.close()
    assert sorted(map(sorted, _stories(old).values())) == sorted(map(sorted, _stories(db).values()))
