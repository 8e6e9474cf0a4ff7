"""One reading configuration: `read`, `ingest` and the Python API read with the same options,
and a store is not silently filled with readings of two configurations."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from dateline.cli import app
from dateline.config import ConfigError, ReadConfig, differences
from dateline.corpus.ingest import MixedConfigError, ingest
from dateline.pipeline import Reader

runner = CliRunner()
CALL = Path(__file__).parent / "data" / "call"

# a person the shipped knowledge does not know, with an office on the date of the call articles
KNOWLEDGE = """
[[person]]
name = "Mira Talvik"
country = "EST"
offices = [{ role = "foreign minister", country = "EST", start = 2024-01-01 }]
"""
STORY = "date 2025-07-04\nTalvik said on Friday that the talks would go on.\n"


def _options(command: str) -> set[str]:
    params = typer.main.get_group(app).commands[command].params
    return {name for param in params for name in param.opts if name.startswith("--")}


def test_ingest_offers_every_reading_option_of_read():
    read_options = _options("read") - {"--json"}
    assert read_options <= _options("ingest")
    assert {"--knowledge", "--event-lexicon", "--event-typer", "--batch-size"} <= read_options


def test_ingest_reads_with_the_users_knowledge_file_as_read_does(tmp_path: Path):
    knowledge = tmp_path / "people.toml"
    knowledge.write_text(KNOWLEDGE, encoding="utf-8")
    story = tmp_path / "talvik.txt"
    story.write_text(STORY, encoding="utf-8")
    read = runner.invoke(app, ["read", str(story), "--json", "--knowledge", str(knowledge)])
    assert read.exit_code == 0, read.output
    (talvik,) = [a for a in json.loads(read.stdout)["actors"] if a["name"] == "Mira Talvik"]
    assert (talvik["country"], talvik["role"]) == ("EST", "foreign minister")

    db = tmp_path / "store.db"
    result = runner.invoke(
        app, ["ingest", str(story), "--db", str(db), "--knowledge", str(knowledge), "--quiet"]
    )
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as store:
        stored = store.execute("SELECT json FROM readings").fetchone()[0]
    assert json.loads(stored)["actors"] == json.loads(read.stdout)["actors"]


def test_each_run_records_its_configuration_and_another_one_is_refused(tmp_path: Path):
    knowledge = tmp_path / "people.toml"
    knowledge.write_text(KNOWLEDGE, encoding="utf-8")
    db = tmp_path / "store.db"
    with_knowledge = ReadConfig(knowledge=(knowledge,))
    ingest(db, [CALL / "northwire-call-2025-07-03.txt"], config=with_knowledge, workers=1)
    with sqlite3.connect(db) as store:
        (recorded,) = store.execute("SELECT config FROM runs").fetchone()
    assert json.loads(recorded) == with_knowledge.record()

    rest = [CALL / "vestnik-call-2025-07-04.txt"]
    with pytest.raises(MixedConfigError, match=r"knowledge files: .*people\.toml.*, now none"):
        ingest(db, rest, workers=1)
    result = runner.invoke(app, ["ingest", *map(str, rest), "--db", str(db), "--quiet"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--allow-mixed-config" in result.stderr

    report = ingest(db, rest, workers=1, allow_mixed_config=True)
    assert report.stored == 1
    with pytest.raises(MixedConfigError, match="run 2"):  # the store holds both readings now
        ingest(db, rest, config=with_knowledge, workers=1)


def test_an_edited_knowledge_file_is_another_configuration(tmp_path: Path):
    knowledge = tmp_path / "people.toml"
    knowledge.write_text(KNOWLEDGE, encoding="utf-8")
    before = ReadConfig(knowledge=(knowledge,)).record()
    knowledge.write_text(KNOWLEDGE.replace("EST", "LVA"), encoding="utf-8")
    after = ReadConfig(knowledge=(knowledge,)).record()
    assert differences(before, after) and not differences(before, before)
    # the limit on article length rejects articles; it does not change how they are read
    assert not differences(ReadConfig().record(), ReadConfig(max_chars=10).record())


@pytest.mark.parametrize("option", ["--knowledge", "--event-lexicon", "--event-typer"])
@pytest.mark.parametrize("command", ["read", "ingest"])
def test_a_bad_configuration_file_is_one_line_before_any_article_is_read(
    tmp_path: Path, option: str, command: str
):
    broken = tmp_path / "broken.toml"
    broken.write_text("[[person]\nname =", encoding="utf-8")
    db = tmp_path / "s.db"
    extra = ["--db", str(db), "--quiet"] if command == "ingest" else []
    for path in (broken, tmp_path / "absent.toml"):
        result = runner.invoke(app, [command, str(CALL), *extra, option, str(path)])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("error ") and result.stderr.count("\n") == 1
        assert path.name in result.stderr
    assert not db.exists()


def test_a_batch_size_below_one_is_refused():
    with pytest.raises(ConfigError, match="batch size"):
        ReadConfig(batch_size=0)
    result = runner.invoke(app, ["read", str(CALL), "--batch-size", "0"])
    assert result.exit_code == 2 and "batch size must be at least 1" in result.stderr


def test_the_reader_loads_a_users_event_lexicon(tmp_path: Path):
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text(
        '[CONSULT]\nclass = "verbal-cooperation"\nverbs = ["parley"]\n', encoding="utf-8"
    )
    assert set(Reader(ReadConfig(event_lexicon=lexicon)).lexicon.verbs) == {"parley"}


def test_all_events_is_a_reading_option_and_a_store_from_before_it_read_without():
    trusted, everything = ReadConfig().record(), ReadConfig(all_events=True).record()
    assert differences(trusted, everything) == ["all events (no trust gate): no, now yes"]
    before_the_option = {k: v for k, v in trusted.items() if k != "all_events"}
    assert not differences(before_the_option, trusted)
