"""Accounts of a story event: the quotes about it, grouped by speaker and side."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.config import ReadConfig
from dateline.corpus.ingest import ingest
from dateline.store.queries import QueryError, story_id
from dateline.store.schema import connect
from dateline.stories.accounts import story_accounts
from tests.shared_data import require_shared

CALL = Path(__file__).parent / "data" / "call"
NORTHWIRE = CALL / "northwire-call-2025-07-03.txt"
VESTNIK = CALL / "vestnik-call-2025-07-04.txt"


def _call_story(connection: sqlite3.Connection) -> int:
    (story,) = connection.execute(
        "SELECT id FROM stories WHERE family = 'consult' AND date = '2025-07-03'"
        " ORDER BY articles DESC LIMIT 1"
    ).fetchone()
    return story


@pytest.fixture(scope="module")
def two_outlets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("accounts") / "s.db"
    # each article read alone (no actor carried from one to the next), so that Vestnik's
    # Ushakov has no country of his own there
    ingest(db, [NORTHWIRE, VESTNIK], config=ReadConfig(batch_size=1), workers=1)
    return db


def test_accounts_of_the_call_from_both_sides(two_outlets: Path):
    connection = connect(two_outlets)
    accounts = story_accounts(connection, _call_story(connection))
    connection.close()
    said = {(a.side, a.speaker): [] for a in accounts}
    for a in accounts:
        said[(a.side, a.speaker)].append(a.content)
    assert any("progress" in c for c in said[("USA", "Donald Trump")])
    assert any("frank and substantive" in c for c in said[("RUS", "Yuri Ushakov")])
    assert any("businesslike" in c for c in said[("RUS", "Yuri Ushakov")])


def test_a_speaker_without_a_country_takes_it_from_the_story(two_outlets: Path):
    # Vestnik names Ushakov only as "presidential aide": no country in that article
    connection = connect(two_outlets)
    vestnik = connection.execute(
        "SELECT a.id FROM articles a WHERE a.source LIKE ?", [f"%{VESTNIK.name}"]
    ).fetchone()[0]
    own = connection.execute(
        "SELECT DISTINCT s.country FROM attributions q JOIN actors s ON s.id = q.speaker"
        " WHERE q.article = ? AND q.speaker_name = 'Yuri Ushakov'",
        [vestnik],
    ).fetchall()
    accounts = story_accounts(connection, _call_story(connection))
    connection.close()
    assert own == [(None,)]  # the premise of the test
    vestnik_ushakov = [
        a for a in accounts if a.article == f"A{vestnik}" and a.speaker == "Yuri Ushakov"
    ]
    assert vestnik_ushakov and {a.side for a in vestnik_ushakov} == {"RUS"}


def test_each_rule_links_quotes(two_outlets: Path):
    connection = connect(two_outlets)
    accounts = story_accounts(connection, _call_story(connection))
    connection.close()
    by_basis = {a.basis for a in accounts}
    # the call is reported "according to" Ushakov / the White House, and named as "the call"
    assert {"reported-in", "names-event"} <= by_basis
    assert len({a.quote for a in accounts}) == len(accounts)  # a quote is listed once


def test_ids_that_name_no_story_are_clear_errors(two_outlets: Path):
    connection = connect(two_outlets)
    with pytest.raises(QueryError, match="no story S999"):
        story_id(connection, "S999")
    with pytest.raises(QueryError, match="not a story or event id"):
        story_id(connection, "Q1")
    event = connection.execute("SELECT event FROM story_mentions LIMIT 1").fetchone()[0]
    story = connection.execute(
        "SELECT story FROM story_mentions WHERE event = ?", [event]
    ).fetchone()[0]
    assert story_id(connection, f"E{event}") == story
    connection.close()


def test_accounts_command_prints_the_sides_side_by_side_and_as_json(two_outlets: Path):
    connection = connect(two_outlets)
    story = _call_story(connection)
    connection.close()
    runner = CliRunner()
    table = runner.invoke(app, ["accounts", f"S{story}", "--db", str(two_outlets)])
    assert table.exit_code == 0, table.output
    assert "side: RUS" in table.output and "side: USA" in table.output
    as_json = runner.invoke(app, ["accounts", f"S{story}", "--db", str(two_outlets), "--json"])
    record = json.loads(as_json.output)
    assert record["id"] == f"S{story}" and record["articles"] == 2
    assert {a["side"] for a in record["accounts"]} >= {"RUS", "USA"}
    missing = runner.invoke(app, ["accounts", "S999", "--db", str(two_outlets)])
    assert missing.exit_code == 2 and "no story S999" in missing.output


def test_show_of_an_event_or_story_includes_its_accounts(two_outlets: Path):
    connection = connect(two_outlets)
    story = _call_story(connection)
    event = connection.execute(
        "SELECT event FROM story_mentions WHERE story = ? LIMIT 1", [story]
    ).fetchone()[0]
    connection.close()
    runner = CliRunner()
    for ident in (f"E{event}", f"S{story}"):
        result = runner.invoke(app, ["show", ident, "--db", str(two_outlets)])
        assert result.exit_code == 0, result.output
        assert f"Accounts of S{story}" in result.output and "side: RUS" in result.output


def test_reference_article_and_three_other_outlets_make_one_story_with_both_accounts(
    tmp_path: Path,
):
    reference = require_shared("examples/trump-putin-call-2025-07-04.txt")
    db = tmp_path / "s.db"
    ingest(db, [reference, CALL], workers=1)
    connection = connect(db)
    articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    # one story event for the call, with a mention from every article
    wide = connection.execute("SELECT id, type, date FROM stories WHERE articles >= 3").fetchall()
    assert articles == 4 and len(wide) == 1
    story, type_, date = wide[0]
    assert (type_, date) == ("CONSULT", "2025-07-03")
    reported_by = connection.execute("SELECT articles FROM stories WHERE id = ?", [story])
    assert reported_by.fetchone()[0] == 4
    accounts = story_accounts(connection, story)
    connection.close()
    assert {a.article for a in accounts} == {f"A{n}" for n in range(1, 5)}
    trump = [a.content for a in accounts if a.side == "USA" and a.speaker == "Donald Trump"]
    ushakov = [a.content for a in accounts if a.side == "RUS" and a.speaker == "Yuri Ushakov"]
    assert any("didn’t make any progress" in c for c in trump)  # the reference article's words
    assert any("frank and substantive" in c.lower() for c in ushakov)
    assert any("businesslike" in c for c in ushakov)
