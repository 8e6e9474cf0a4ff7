"""The store as the web view reads it: opened read-only, never migrated, and the new views
(counts over time, dyads, a story's outlets) counting the same events as the timeline."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dateline.store import queries, views
from dateline.store.queries import Filters, QueryError
from dateline.store.schema import SCHEMA_VERSION, StoreError, StoreVersionError, connect_read_only


def test_a_read_only_store_refuses_writes(web_store: Path):
    db = connect_read_only(web_store)
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
        db.execute("DELETE FROM articles")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0


def test_a_store_of_another_schema_version_is_refused_and_left_as_it_is(
    web_store: Path, tmp_path: Path
):
    old = tmp_path / "old.db"
    shutil.copy(web_store, old)
    with sqlite3.connect(old) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    with pytest.raises(StoreVersionError, match=f"schema version {SCHEMA_VERSION - 1}"):
        connect_read_only(old)
    with sqlite3.connect(old) as db:  # not migrated
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1


def test_an_absent_store_is_an_error_and_is_not_created(tmp_path: Path):
    with pytest.raises(StoreError, match="cannot open"):
        connect_read_only(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_a_file_that_is_no_store_is_an_error(tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all, just text " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        connect_read_only(junk)


@pytest.mark.parametrize("unit", ["day", "month"])
def test_each_bar_counts_the_events_its_timeline_lists(web_store: Path, unit: str):
    db = connect_read_only(web_store)
    found = views.activity(db, Filters(limit=None), unit=unit)
    assert found["periods"]
    for period in found["periods"]:
        listed = queries.timeline(
            db,
            Filters(type=period["type"], since=period["start"], until=period["end"], limit=None),
        )
        assert len(listed) == period["count"], period


def test_counting_stories_counts_each_story_once(web_store: Path):
    db = connect_read_only(web_store)
    mentions = views.activity(db, Filters(limit=None), unit="month", count="mentions")
    stories = views.activity(db, Filters(limit=None), unit="month", count="stories")
    by_mentions = {(p["start"], p["type"]): p["count"] for p in mentions["periods"]}
    by_stories = {(p["start"], p["type"]): p["count"] for p in stories["periods"]}
    assert by_mentions.keys() == by_stories.keys()
    assert all(by_stories[key] <= by_mentions[key] for key in by_mentions)
    # the contested meeting is one story reported by two articles: fewer stories than mentions
    assert sum(by_stories.values()) < sum(by_mentions.values())


def test_dyads_count_the_events_of_each_source_target_and_type(web_store: Path):
    db = connect_read_only(web_store)
    found = views.dyads(db, Filters(limit=None))
    assert found
    for dyad in found[:10]:
        listed = queries.timeline(
            db,
            Filters(source=dyad["source"], target=dyad["target"], type=dyad["type"], limit=None),
        )
        assert len(listed) == dyad["events"]
        assert dyad["stories"] <= dyad["events"]


def test_a_sort_key_outside_the_list_is_a_query_error(web_store: Path):
    db = connect_read_only(web_store)
    with pytest.raises(QueryError, match="cannot sort"):
        queries.timeline(db, Filters(sort="e.id; DROP TABLE events"))
    with pytest.raises(QueryError, match="cannot sort"):
        views.dyads(db, Filters(), sort="1=1")
    newest_first = queries.timeline(db, Filters(sort="-date", limit=None))
    oldest_first = queries.timeline(db, Filters(sort="date", limit=None))
    assert newest_first[0]["id"] == oldest_first[-1]["id"]


def test_the_outlets_of_a_story_add_up_to_its_mentions(web_store: Path):
    db = connect_read_only(web_store)
    for story in queries.stories(db, min_articles=2):
        number = int(story["id"][1:])
        outlets = views.story_outlets(db, number)
        assert sum(o["mentions"] for o in outlets) == story["mentions"]
        assert len(views.story_reports(db, number)) == story["mentions"]
        assert min(o["first_reported"] for o in outlets) == story["first_reported"]


@pytest.mark.parametrize("count", ["mentions", "stories"])
def test_an_actors_periods_count_their_events_as_source_and_as_target(web_store: Path, count):
    db = connect_read_only(web_store)
    periods = views.actor_activity(db, "Kestria", unit="day", count=count)
    assert {p["role"] for p in periods} == {"source", "target"}
    for period in periods:
        role = {period["role"]: "Kestria"}
        listed = queries.timeline(
            db, Filters(since=period["start"], until=period["end"], limit=None, **role)
        )
        if count == "mentions":
            assert len(listed) == period["count"], period
        else:
            assert 0 < period["count"] <= len(listed), period


def test_an_actors_counterparts_count_the_events_of_each_pair(web_store: Path):
    db = connect_read_only(web_store)
    found = views.counterparts(db, "Kestria", limit=100)
    assert {c["role"] for c in found} == {"source", "target"}
    for pair in found:
        other = "target" if pair["role"] == "source" else "source"
        dyad = {pair["role"]: "Kestria", other: pair["counterpart"]}
        listed = queries.timeline(db, Filters(type=pair["type"], limit=None, **dyad))
        assert len(listed) == pair["events"], pair


def test_an_actors_events_are_found_by_index_not_by_reading_every_event(web_store: Path):
    db = connect_read_only(web_store)
    plan = " ".join(
        str(row)
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM events WHERE source_name = ? COLLATE NOCASE"
            " OR target_name = ? COLLATE NOCASE",
            ["Kestria", "Kestria"],
        )
    )
    assert "events_source_name" in plan and "events_target_name" in plan
