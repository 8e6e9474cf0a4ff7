import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Reading

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


def test_read_prints_a_reading_as_json_that_validates():
    example = sorted(EXAMPLES.glob("*.txt"))[0]
    result = runner.invoke(app, ["read", str(example), "--json"])
    assert result.exit_code == 0, result.output
    reading = Reading.model_validate(json.loads(result.stdout))
    assert reading.article.id == example.stem
    assert reading.timexes and reading.actors and reading.attributions and reading.events


def test_read_prints_a_report_for_a_person():
    result = runner.invoke(app, ["read", str(sorted(EXAMPLES.glob("*.txt"))[0])])
    assert result.exit_code == 0, result.output
    for heading in ("Timeline of events", "Who said what", "Actors", "Time expressions"):
        assert heading in result.stdout


def test_the_report_tells_a_stated_belief_from_speech(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "date 2025-07-04\nThe warden said on Thursday that the dam would hold. "
        "The board now believes that the spillway needs work.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["read", str(story)])
    assert result.exit_code == 0, result.output
    assert "[indirect] that the dam would hold" in result.stdout
    assert "said 2025-07-03" in result.stdout
    assert "[indirect, stance] that the spillway needs work" in result.stdout
    assert "PRESENT_REF" not in result.stdout.split("Time expressions")[0]


def test_bad_files_get_one_line_errors_and_the_good_ones_are_still_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\x00")
    (tmp_path / "undated.txt").write_text("No date line here.", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(b"date 2025-07-04 caf\xe9 talks")
    (tmp_path / "good.txt").write_text(
        "date 2025-07-04 Germany met France on Thursday.", encoding="utf-8"
    )
    result = runner.invoke(app, ["read", str(tmp_path), "--json"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 4
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("undated.txt: line 1: no date line" in e for e in errors)
    assert any("latin.txt: not valid utf-8 at byte 19" in e for e in errors)
    assert Reading.model_validate(json.loads(result.stdout)).article.id == "good"


def test_a_20_mb_article_is_refused_with_a_clear_error(tmp_path):
    huge = tmp_path / "huge.txt"
    paragraph = "Germany met France on Thursday in Berlin. " * 100 + "\n\n"
    huge.write_text(
        "date 2025-07-04\n" + paragraph * (20 * 2**20 // len(paragraph)), encoding="utf-8"
    )
    result = runner.invoke(app, ["read", str(huge)])
    assert result.exit_code == 1
    assert "over the 1,000,000 limit" in result.stderr and "huge.txt" in result.stderr


def test_plain_text_needs_a_date_option(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Germany met France on Thursday.", encoding="utf-8")
    assert runner.invoke(app, ["read", str(story), "--date", "2025-07-04", "--json"]).exit_code == 0
    result = runner.invoke(app, ["read", str(story), "--date", "July 4"])
    assert result.exit_code == 2 and "expected YYYY-MM-DD" in result.output
