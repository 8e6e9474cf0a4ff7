"""`dateline audit`: judging sheets drawn from a store, verdict files, and scoring."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.audit import ACTORS, EVENTS, QUOTES, AuditError, read_judged, sample, wilson
from dateline.audit.sample import coded_digest, draw
from dateline.cli import app
from dateline.corpus.api import Corpus
from dateline.store.schema import connect_read_only
from tests.corpus_articles import records, write_jsonl

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve tiny articles (an event and a quote each), ingested with the project's ingest."""
    folder = tmp_path_factory.mktemp("audit")
    source = write_jsonl(folder / "news.jsonl", records(12))
    report = Corpus(folder / "store.db").ingest([source], workers=1)
    assert report.stored == 12
    return folder / "store.db"


def _sheet(store: Path, out: Path, *options: str, kind: str = "events") -> list[dict]:
    result = runner.invoke(app, ["audit", kind, str(store), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _judge(sheet: Path, verdicts: dict[str, str]) -> None:
    """Fill the verdicts of a sheet by record id, as a judge would in a spreadsheet."""
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        row["verdict"] = verdicts.get(row["id"], row["verdict"])
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def test_wilson_interval_matches_known_values():
    low, high = wilson(12, 50)
    assert (round(low, 3), round(high, 3)) == (0.143, 0.374)
    low, high = wilson(50, 50)
    assert round(low, 3) == 0.929 and high == 1.0
    assert wilson(0, 0) == (0.0, 1.0)


def test_a_sheet_holds_the_sentence_the_fields_and_empty_verdicts(store, tmp_path):
    rows = _sheet(store, tmp_path / "sheet.csv", "--sample", "5", "--seed", "3")
    assert len(rows) == 5
    assert list(rows[0]) == list(EVENTS.columns)
    text = {}
    with connect_read_only(store) as db:
        for article, body in db.execute("SELECT 'A' || article, text FROM texts"):
            text[article] = body
    for row in rows:
        body = text[row["article"]]
        start, end = int(row["sentence_start"]), int(row["sentence_end"])
        assert row["sentence"] == " ".join(body[start:end].split())
        trigger = body[int(row["trigger_start"]) : int(row["trigger_end"])]
        assert trigger == row["trigger"]
        assert start <= int(row["trigger_start"]) < int(row["trigger_end"]) <= end
        assert row["verdict"] == row["reason"] == ""
        assert row["type"] and row["published"].startswith("2026-03")


def test_sampling_is_reproducible_by_seed(store):
    with connect_read_only(store) as db:
        first, population = sample(db, EVENTS, 4, seed=11)
        again, _ = sample(db, EVENTS, 4, seed=11)
        other, _ = sample(db, EVENTS, 4, seed=12)
        everything, _ = sample(db, EVENTS, 1000, seed=11)
        larger, _ = sample(db, EVENTS, 8, seed=11)
    assert first == again
    assert {r["id"] for r in first} < {r["id"] for r in larger}  # growing keeps what was drawn
    assert [r["id"] for r in first] != [r["id"] for r in other]
    assert len(everything) == population >= 12


def test_a_draw_is_uniform_and_distinct():
    counts = [0] * 10
    for seed in range(2000):
        picked = draw(10, 3, seed)
        assert len(set(picked)) == 3
        for position in picked:
            counts[position] += 1
    assert all(520 < count < 680 for count in counts)  # 600 expected each
    assert draw(5, 9, seed=1) == [0, 1, 2, 3, 4]


def test_the_type_filter_draws_only_that_type(store, tmp_path):
    rows = _sheet(store, tmp_path / "all.csv", "--sample", "1000")
    kinds = {row["type"] for row in rows}
    wanted = sorted(kinds)[0]
    only = _sheet(store, tmp_path / "one.csv", "--sample", "1000", "--type", wanted.lower())
    assert only and {row["type"] for row in only} == {wanted}
    assert len(only) == sum(row["type"] == wanted for row in rows)


def test_a_quote_sheet_holds_speaker_cue_and_content(store, tmp_path):
    rows = _sheet(store, tmp_path / "quotes.csv", "--sample", "3", kind="quotes")
    assert len(rows) == 3 and list(rows[0]) == list(QUOTES.columns)
    assert all(row["content"] and row["speaker"] for row in rows)
    _judge(tmp_path / "quotes.csv", {rows[0]["id"]: "unresolved-speaker"})
    result = runner.invoke(app, ["audit", "score", str(tmp_path / "quotes.csv")])
    assert result.exit_code == 0, result.output
    assert "speaker kind" in result.output
    assert "SUMMARY precision=0.000 low=0.000 high=0.793 judged=1 right=0" in result.output


def test_score_counts_verdicts_types_and_unjudged_rows(store, tmp_path):
    sheet = tmp_path / "sheet.csv"
    rows = _sheet(store, sheet, "--sample", "6", "--seed", "5")
    verdicts = ["right", "right", "Right ", "wrong-source", "not-an-event"]
    _judge(sheet, {row["id"]: v for row, v in zip(rows, verdicts, strict=False)})
    result = runner.invoke(app, ["audit", "score", str(sheet)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "events: 5 judged, 1 not yet judged" in lines
    assert any(line.split()[:2] == ["wrong-source", "1"] for line in lines)
    low, high = wilson(3, 5)
    assert lines[-1] == (f"SUMMARY precision=0.600 low={low:.3f} high={high:.3f} judged=5 right=3")
    assert any(line.startswith(rows[0]["type"]) for line in lines)


def test_an_unknown_verdict_names_the_file_line_and_value(store, tmp_path):
    sheet = tmp_path / "sheet.csv"
    rows = _sheet(store, sheet, "--sample", "3")
    _judge(sheet, {rows[1]["id"]: "mostly right"})
    result = runner.invoke(app, ["audit", "score", str(sheet)])
    assert result.exit_code == 2
    assert f"{sheet}, line 3: unknown verdict 'mostly right'" in result.output
    assert "not-an-event" in result.output
    with pytest.raises(AuditError, match="line 3"):
        read_judged([sheet])


def test_a_sheet_round_trips_through_the_verdict_file(store, tmp_path):
    sheet, verdict_file = tmp_path / "sheet.csv", tmp_path / "audits" / "dev-events.csv"
    verdict_file.parent.mkdir()
    rows = _sheet(store, sheet, "--sample", "4", "--seed", "2")
    _judge(sheet, {rows[0]["id"]: "right", rows[1]["id"]: "wrong-date"})
    saved = runner.invoke(app, ["audit", "score", str(sheet), "--save", str(verdict_file)])
    assert saved.exit_code == 0, saved.output
    with verdict_file.open(encoding="utf-8") as handle:
        kept = list(csv.DictReader(handle))
    assert len(kept) == 2 and list(kept[0]) == list(EVENTS.verdict_columns)
    # keys and verdicts only: no sentence, trigger or actor text of the article
    assert "sentence" not in kept[0] and "trigger" not in kept[0] and "source" not in kept[0]
    rescored = runner.invoke(app, ["audit", "score", str(verdict_file)])
    assert rescored.output.splitlines()[-1].endswith("judged=2 right=1")
    # saving again adds nothing; a changed verdict replaces the old one
    _judge(sheet, {rows[1]["id"]: "right"})
    runner.invoke(app, ["audit", "score", str(sheet), "--save", str(verdict_file)])
    rescored = runner.invoke(app, ["audit", "score", str(verdict_file)])
    assert rescored.output.splitlines()[-1].endswith("judged=2 right=2")


def test_verdicts_are_prefilled_and_survive_a_new_ingest(store, tmp_path):
    sheet, verdict_file = tmp_path / "first.csv", tmp_path / "verdicts.csv"
    rows = _sheet(store, sheet, "--sample", "5", "--seed", "9")
    _judge(sheet, {rows[0]["id"]: "right", rows[2]["id"]: "wrong-type"})
    runner.invoke(app, ["audit", "score", str(sheet), "--save", str(verdict_file)])
    # the same articles ingested in another order: other store ids, the same keys
    folder = tmp_path / "again"
    folder.mkdir()
    source = write_jsonl(folder / "news.jsonl", list(reversed(records(12))))
    Corpus(folder / "store.db").ingest([source], workers=1)
    again = _sheet(
        folder / "store.db", tmp_path / "second.csv", "--sample", "5", "--seed", "9",
        "--verdicts", str(verdict_file),
    )  # fmt: skip
    by_key = {(r["article_hash"], r["trigger_start"]): r["verdict"] for r in again}
    assert by_key[(rows[0]["article_hash"], rows[0]["trigger_start"])] == "right"
    assert by_key[(rows[2]["article_hash"], rows[2]["trigger_start"])] == "wrong-type"
    assert sum(bool(v) for v in by_key.values()) == 2
    assert [r["id"] for r in again] != [r["id"] for r in rows]  # the store's ids changed


def test_a_verdict_file_of_quotes_is_refused_for_events(store, tmp_path):
    sheet = tmp_path / "quotes.csv"
    rows = _sheet(store, sheet, "--sample", "2", kind="quotes")
    _judge(sheet, {rows[0]["id"]: "right"})
    runner.invoke(app, ["audit", "score", str(sheet), "--save", str(tmp_path / "q.csv")])
    result = runner.invoke(
        app, ["audit", "events", str(store), "--out", str(tmp_path / "e.csv"),
              "--verdicts", str(tmp_path / "q.csv")],
    )  # fmt: skip
    assert result.exit_code == 2 and "holds verdicts on quotes, not events" in result.output


def test_a_file_that_is_no_sheet_is_refused(tmp_path):
    other = tmp_path / "other.csv"
    shutil.copy(Path(__file__), other)
    result = runner.invoke(app, ["audit", "score", str(other)])
    assert result.exit_code == 2 and "not an audit sheet or verdict file" in result.output


def test_a_sheet_saved_in_another_encoding_is_refused_in_one_line(store, tmp_path):
    sheet = tmp_path / "sheet.csv"
    _sheet(store, sheet, "--sample", "2")
    sheet.write_bytes(sheet.read_bytes().decode("utf-8-sig").encode("utf-16"))
    result = runner.invoke(app, ["audit", "score", str(sheet)])
    assert result.exit_code == 2 and "not UTF-8 text" in result.output


def test_an_interrupted_quotation_shows_its_pieces(tmp_path):
    text = (
        'Foreign Minister Anna Berg spoke in Geneva on Monday. "We will stay in the talks," '
        'Berg said, "until every prisoner is home."'
    )
    source = write_jsonl(tmp_path / "one.jsonl", [{"id": "q", "date": "2026-03-02", "text": text}])
    Corpus(tmp_path / "q.db").ingest([source], workers=1)
    rows = _sheet(tmp_path / "q.db", tmp_path / "quotes.csv", "--sample", "5", kind="quotes")
    (direct,) = [row for row in rows if row["quote_kind"] == "direct"]
    assert direct["content"] == "We will stay in the talks, … until every prisoner is home."


def test_an_actor_sheet_shows_the_record_and_every_mention_in_its_sentences(store, tmp_path):
    rows = _sheet(store, tmp_path / "actors.csv", "--sample", "8", "--seed", "4", kind="actors")
    assert len(rows) == 8 and list(rows[0]) == list(ACTORS.columns)
    with connect_read_only(store) as db:
        text = dict(db.execute("SELECT 'A' || article, text FROM texts"))
    for row in rows:
        body = text[row["article"]]
        spans = [tuple(map(int, s.split("-"))) for s in row["mention_spans"].split()]
        assert (int(row["mention_start"]), int(row["mention_end"])) == spans[0]
        assert row["name"] and row["kind"] and row["verdict"] == ""
        # each mention shown is marked where it stands, and is one of the listed mentions
        marked = re.findall(r"\[\[(.+?)\]\]", row["sentence"])
        assert marked and set(marked) <= {body[s:e] for s, e in spans}
        start, end = int(row["sentence_start"]), int(row["sentence_end"])
        assert start <= spans[0][0] < spans[0][1] <= end
    minister = next(r for r in rows if r["kind"] == "person")
    assert minister["mentions"].endswith("(x2)")  # the name, twice in each article


def test_the_actor_kind_filter_and_the_score_by_kind(store, tmp_path):
    sheet = tmp_path / "people.csv"
    rows = _sheet(store, sheet, "--sample", "4", "--kind", "person", kind="actors")
    assert rows and {r["kind"] for r in rows} == {"person"}
    _judge(sheet, {rows[0]["id"]: "right", rows[1]["id"]: "wrong-country"})
    result = runner.invoke(app, ["audit", "score", str(sheet)])
    assert result.exit_code == 0, result.output
    assert "actors: 2 judged, 2 not yet judged" in result.output
    assert any(line.split()[:3] == ["person", "2", "1"] for line in result.output.splitlines())
    _judge(sheet, {rows[2]["id"]: "wrong-speaker"})  # a verdict of quotes, not of actors
    refused = runner.invoke(app, ["audit", "score", str(sheet)])
    assert refused.exit_code == 2 and "not-an-actor" in refused.output


def test_an_actor_verdict_is_asked_again_once_the_grouping_changes(store, tmp_path):
    with connect_read_only(store) as db:
        (record,), _ = sample(db, ACTORS, 1, 6, actor_kind="person")
    regrouped = {**record, "mention_spans": record["mention_spans"] + " 900-902"}
    assert coded_digest(regrouped, ACTORS) != record["coded"]
    assert coded_digest(dict(record), ACTORS) == record["coded"]
