"""What a reader accepts as "who said what": speech told from stance, contents that say
something, page furniture left out, pronouns no actor was found for marked unresolved. The
sentences are written for these tests."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline import Corpus
from dateline.cli import app
from tests.corpus_articles import write_jsonl
from tests.stages import attributions_of

runner = CliRunner()


def _one(text: str, fragment: str):
    found, _ = attributions_of(text)
    matching = [a for a in found if fragment in a.content.text]
    assert matching, [a.content.text for a in found]
    return min(matching, key=lambda a: len(a.content.text))


# -- speech and stance ---------------------------------------------------------------------------


def test_a_verb_of_saying_reports_speech():
    report = _one("Ana Ruiz told reporters that the border would reopen next week.", "border")
    assert report.mode == "speech"


def test_beliefs_hopes_and_support_are_stances():
    for text, fragment in (
        ("Ana Ruiz believes that the border will reopen next week.", "border"),
        ("The farmers' union hopes to sell more grain to Kenya this year.", "grain"),
        ("The teachers' union backs the new schedule for primary schools.", "schedule"),
        ("Mayor Tom Hale decided to close the old bridge for repairs.", "bridge"),
    ):
        assert _one(text, fragment).mode == "stance", text


def test_a_quotation_is_speech_whatever_verb_is_near_it():
    quote = _one("“We will rebuild the school,” Ana Ruiz said, hoping for quick funds.", "rebuild")
    assert quote.kind == "direct" and quote.mode == "speech"


def test_a_statement_noun_is_speech_and_a_feeling_noun_a_stance():
    said = _one("Ruiz issued a statement that the talks had failed in Oslo.", "talks had failed")
    felt = _one("Ruiz shared the feeling that the talks had failed in Oslo.", "talks had failed")
    assert (said.mode, felt.mode) == ("speech", "stance")


def _store(tmp_path, text: str) -> Corpus:
    source = write_jsonl(tmp_path / "one.jsonl", [{"id": "m", "date": "2026-03-02", "text": text}])
    corpus = Corpus(tmp_path / "m.db")
    corpus.ingest([source], workers=1)
    return corpus


MIXED = (
    "Foreign Minister Anna Berg said on Monday that the talks in Geneva would resume. "
    "Berg hopes that the prisoners will be home by the spring."
)


def test_the_quotes_command_shows_speech_unless_asked_for_stances(tmp_path):
    corpus = _store(tmp_path, MIXED)
    db = ["--db", str(corpus.path), "--json"]
    shown = json.loads(runner.invoke(app, ["quotes", *db]).output)
    assert shown and {r["mode"] for r in shown} == {"speech"}
    stances = json.loads(runner.invoke(app, ["quotes", *db, "--mode", "stance"]).output)
    assert any("prisoners" in r["content"] for r in stances)
    everything = json.loads(runner.invoke(app, ["quotes", *db, "--mode", "all"]).output)
    assert len(everything) == len(shown) + len(stances)
    refused = runner.invoke(app, ["quotes", *db, "--mode", "beliefs"])
    assert refused.exit_code == 2 and "--mode" in refused.output


def test_the_audit_sheet_draws_speech_unless_asked(tmp_path):
    corpus = _store(tmp_path, MIXED)
    sheet = tmp_path / "sheet.csv"
    args = ["audit", "quotes", str(corpus.path), "--out", str(sheet), "--sample", "10"]
    assert runner.invoke(app, args).exit_code == 0
    text = sheet.read_text(encoding="utf-8-sig")
    assert "Geneva" in text and "prisoners" not in text
    assert runner.invoke(app, [*args, "--mode", "all"]).exit_code == 0
    assert "prisoners" in sheet.read_text(encoding="utf-8-sig")


# -- unresolved speakers --------------------------------------------------------------------------


def test_a_pronoun_no_actor_is_found_for_is_unresolved_and_listed_under_no_name(tmp_path):
    text = "We will not accept the new tariffs on steel, it said in a statement."
    report = _one(text, "tariffs")
    assert report.speaker is None and report.unresolved
    corpus = _store(tmp_path, text)
    (row,) = [r for r in corpus.quotes() if "tariffs" in r["content"]]
    assert row["speaker"] is None


def test_a_resolved_pronoun_is_not_unresolved():
    quote = _one("Ana Ruiz left the hall. “It is over,” she said.", "It is over")
    assert quote.speaker == "ana-ruiz" and not quote.unresolved
