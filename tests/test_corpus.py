"""The corpus store: ingest, idempotency, rejections, near-duplicates, queries, export, API."""

from __future__ import annotations

import io
import json
import sqlite3

import pandas as pd
import pytest
from rich.console import Console
from typer.testing import CliRunner

from dateline import Corpus
from dateline.cli import app
from dateline.cli.output import print_table
from dateline.config import ReadConfig
from dateline.model import Reading
from dateline.store.queries import QueryError
from dateline.store.schema import SCHEMA_VERSION, StoreVersionError, connect
from tests.corpus_articles import records, write_jsonl

runner = CliRunner()
TABLES = ("articles", "texts", "readings", "events", "attributions", "actors", "timexes")


def table_counts(path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Ten tiny articles ingested once, shared by the query tests (read-only)."""
    folder = tmp_path_factory.mktemp("corpus")
    source = write_jsonl(folder / "news.jsonl", records(10))
    corpus = Corpus(folder / "store.db")
    report = corpus.ingest([source], workers=1)
    assert report.stored == 10 and report.rejected == 0
    return corpus


def test_every_part_of_every_reading_is_stored(store):
    counts = table_counts(store.path)
    assert counts["articles"] == counts["texts"] == counts["readings"] == 10
    assert counts["events"] >= 10 and counts["attributions"] >= 10 and counts["actors"] >= 10
    reading = store.reading("A1")
    assert isinstance(reading, Reading) and reading.article.id == "story-0"
    with sqlite3.connect(store.path) as db:
        stored_events = db.execute("SELECT count(*) FROM events WHERE article = 1").fetchone()[0]
    assert stored_events == len(reading.events)


def test_reingesting_the_same_source_adds_no_rows(store, tmp_path):
    before = table_counts(store.path)
    source = write_jsonl(tmp_path / "again.jsonl", records(10))
    report = store.ingest([source], workers=1)
    assert (report.stored, report.skipped) == (0, 10)
    assert table_counts(store.path) == before


def test_a_source_with_one_percent_corrupt_records_keeps_every_good_one(tmp_path):
    good = records(99)
    corrupt = '{"id": "broken", "date": "2026-03-01", "text": "unterminated'
    rows: list[dict | str] = [*good[:50], corrupt, *good[50:]]
    source = write_jsonl(tmp_path / "mixed.jsonl", rows)
    corpus = Corpus(tmp_path / "store.db")
    report = corpus.ingest([source], workers=1)
    assert (report.stored, report.rejected) == (99, 1)
    with sqlite3.connect(corpus.path) as db:
        rejected = db.execute("SELECT record, reason FROM rejected").fetchall()
    assert len(rejected) == 1
    assert rejected[0][0] == f"{source}:51" and rejected[0][1].startswith("invalid JSON:")


def test_bad_records_of_every_kind_are_rejected_with_their_reason(tmp_path):
    rows: list[dict | str] = [
        records(1)[0],
        {"id": "undated", "text": "A story without a date."},
        {"id": "empty", "date": "2026-03-01", "text": "   "},
        {"id": "huge", "date": "2026-03-01", "text": "word " * 300},
        {"id": "bad-date", "date": "2026-02-30", "text": "Impossible day."},
    ]
    source = write_jsonl(tmp_path / "bad.jsonl", rows)
    (tmp_path / "latin.txt").write_bytes(b"date 2026-03-01 caf\xe9 talks")
    corpus = Corpus(tmp_path / "store.db")
    report = corpus.ingest(
        [source, tmp_path / "latin.txt"], workers=1, config=ReadConfig(max_chars=1000)
    )
    assert (report.stored, report.rejected) == (1, 5)
    with sqlite3.connect(corpus.path) as db:
        reasons = dict(db.execute("SELECT record, reason FROM rejected"))
    assert reasons[f"{source}:2"] == "no date field 'date'"
    assert reasons[f"{source}:3"] == "no text in field 'text'"
    assert "over the 1,000 limit" in reasons["huge"]
    assert reasons[f"{source}:5"].startswith("impossible date")
    assert reasons[str(tmp_path / "latin.txt")].startswith("not valid utf-8")


def test_a_wire_copy_with_small_edits_is_linked_and_not_double_counted(tmp_path):
    original = records(1)[0]
    text = original["text"] + " Talks on water sharing, border crossings and trade will follow."
    first = {**original, "text": text}
    copy = {**original, "id": "copy", "text": "UPDATED: " + text.replace("Monday", "Monday")}
    copy["text"] = copy["text"].replace("will follow.", "are expected to follow.")
    other = records(2)[1]
    source = write_jsonl(tmp_path / "wire.jsonl", [first, copy, other])
    corpus = Corpus(tmp_path / "store.db")
    report = corpus.ingest([source], workers=1)
    assert (report.stored, report.near_duplicates) == (3, 1)
    with sqlite3.connect(corpus.path) as db:
        links = db.execute(
            "SELECT article_id, duplicate_of, similarity FROM articles WHERE duplicate_of NOT NULL"
        ).fetchall()
    assert [(a, d) for a, d, _ in links] == [("copy", 1)] and links[0][2] >= 0.8
    shown = {row["article"] for row in corpus.timeline()}
    assert shown == {"A1", "A3"}
    assert {row["article"] for row in corpus.timeline(include_duplicates=True)} == {
        "A1", "A2", "A3"
    }  # fmt: skip


def test_timeline_is_in_date_order_and_filters_by_actor_type_date_and_text(store):
    rows = store.timeline(limit=None)
    dates = [row["date"] for row in rows]
    assert dates == sorted(dates)
    berg = store.timeline(actor="berg")
    assert berg and all("Berg" in (r["source"] or "") + (r["target"] or "") for r in berg)
    assert all(r["type"] == "CONSULT" for r in store.timeline(type="consult"))
    assert all("2026-03-03" <= r["date"] <= "2026-03-05" for r in store.timeline(
        since="2026-03-03", until="2026-03-05"))  # fmt: skip
    vienna = store.timeline(text="Vienna")
    assert vienna and all("Vienna" in r["evidence"] for r in vienna)
    assert store.timeline(country="ZZ") == []


def test_quotes_actors_search_and_show(store):
    said = store.quotes(actor="Mei Lin")
    assert said and all(r["speaker"] == "Mei Lin" for r in said)
    assert all("next week" in r["content"] for r in store.quotes(text="next week"))
    top = store.actors(name="Anna Berg")
    assert top[0]["name"] == "Anna Berg" and top[0]["articles"] == 2
    hits = store.search("Vienna")
    assert {hit["kind"] for hit in hits} <= {"article", "quote", "event"} and hits
    event = store.show(store.timeline(limit=1)[0]["id"])
    assert event["evidence"] in event["context"]
    quote = store.show(said[0]["id"])
    assert quote["content"] in quote["context"]
    with pytest.raises(QueryError):
        store.show("E99999")


def test_results_come_as_records_or_a_dataframe(store):
    frame = store.events(frame=True)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["id"]) == [row["id"] for row in store.events()]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_writes_every_table(store, tmp_path, fmt):
    written = store.export(tmp_path, fmt)
    counts = table_counts(store.path)
    for path, rows in written.items():
        if path.stem in counts:
            assert rows == counts[path.stem]
    events = tmp_path / f"events.{fmt}"
    frame = {"parquet": pd.read_parquet, "csv": pd.read_csv}.get(
        fmt, lambda p: pd.read_json(p, lines=True)
    )(events)
    assert len(frame) == counts["events"] and "evidence" in frame.columns


def test_the_store_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "store.db"
    connect(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreVersionError):
        connect(path)


def test_a_store_of_a_newer_dateline_is_one_line_naming_the_problem(tmp_path):
    path = tmp_path / "newer.db"
    connect(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for command in (["timeline"], ["stories"], ["ingest", str(tmp_path), "--quiet"]):
        result = runner.invoke(app, [*command, "--db", str(path)])
        assert result.exit_code == 2, result.output
        assert result.stderr.count("\n") == 1 and "newer dateline" in result.stderr


def test_a_file_that_is_no_store_is_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database at all, just some notes\n" * 100, encoding="utf-8")
    result = runner.invoke(app, ["timeline", "--db", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "cannot open as a dateline store" in result.stderr


def test_bad_filter_values_are_one_line(store):
    db = ["--db", str(store.path)]
    for command in (["timeline", "--since", "2026-13-01"], ["show", "X1"], ["accounts", "Q1"]):
        result = runner.invoke(app, [*command, *db])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("error ") and result.stderr.count("\n") == 1


def test_cli_query_commands_print_tables_json_and_csv(store, tmp_path):
    db = ["--db", str(store.path)]
    table = runner.invoke(app, ["timeline", *db])
    assert table.exit_code == 0 and "Timeline" in table.stdout
    as_json = runner.invoke(app, ["quotes", *db, "--json"])
    assert json.loads(as_json.stdout)[0]["id"].startswith("Q")
    as_csv = runner.invoke(app, ["actors", *db, "--csv"])
    assert as_csv.stdout.splitlines()[0].startswith("name,kind,country,articles")
    for command in (["events", "--article", "A2"], ["search", "Geneva"], ["show", "A1"]):
        result = runner.invoke(app, [*command, *db])
        assert result.exit_code == 0, result.output
    exported = runner.invoke(app, ["export", str(tmp_path), *db, "--format", "jsonl"])
    assert exported.exit_code == 0 and (tmp_path / "events.jsonl").exists()
    wrong = runner.invoke(app, ["export", str(tmp_path), *db, "--format", "xlsx"])
    assert wrong.exit_code == 2 and "choose parquet, csv or jsonl" in wrong.output
    missing = runner.invoke(app, ["timeline", "--db", str(store.path) + ".absent"])
    assert missing.exit_code == 2 and "no store" in missing.stderr


def test_cli_ingest_reports_what_it_stored_and_names_each_rejection(tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl", [*records(3), {"id": "x", "text": "Undated."}])
    db = tmp_path / "store.db"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"rejected {source}:4: no date field 'date'" in result.stderr
    assert "3 stored (0 near-duplicates), 0 already stored, 1 rejected" in result.stderr
    again = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--quiet"])
    assert "0 stored (0 near-duplicates), 3 already stored, 0 rejected" in again.stderr


def test_a_narrow_console_gets_blocks_and_a_wide_one_a_table():
    records = [
        {"id": "E1", "when": "2026-03-04", "type": "CONSULT", "evidence": "met in Geneva " * 6},
        {"id": "E2", "when": "2026-03-05", "type": "", "evidence": ""},
    ]
    columns = [("id", "id", 7), ("date", "when", 12), ("type", "type", 12)]
    columns += [("evidence", "evidence", 70)]

    def printed(width: int) -> list[str]:
        console = Console(width=width, file=io.StringIO())
        print_table(console, "Timeline", records, columns)
        return console.file.getvalue().splitlines()

    narrow = printed(60)
    assert narrow[:3] == ["Timeline (2)", "id · date · type", "E1 · 2026-03-04 · CONSULT"]
    assert narrow[3].startswith("    met in Geneva met in Geneva")
    assert narrow[-1] == "E2 · 2026-03-05 · –"  # no evidence line for an empty text
    wide = printed(200)
    assert wide[0].startswith("Timeline (2)") and "┃ evidence" in wide[2]
