"""The TempEval-3 scorer counts like the official one: it reproduces published figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.evaluation.tempeval import (
    pair_documents,
    run_eval_timex,
    score_document,
    score_pairs,
)
from dateline.timex.timeml import TimexAnnotation, parse_timeml, to_timeml
from tests.shared_data import require_shared

PLATINUM = "data/temporal/te3/test-platinum-gold"


def _scores(system: str) -> tuple[float, float, float, float]:
    gold_dir = require_shared(PLATINUM)
    system_dir = require_shared(f"data/temporal/reference-outputs/{system}")
    total, _ = score_pairs(
        (gold, output.timexes) for gold, output in pair_documents(gold_dir, system_dir)
    )
    return tuple(  # type: ignore[return-value]
        round(100 * figure, 2)
        for figure in (total.strict_f1, total.relaxed_f1, total.value_f1, total.type_f1)
    )


def test_scorer_reproduces_heideltime_official_figures() -> None:
    assert _scores("heideltime-nopos-platinum") == (80.90, 89.89, 74.16, 82.40)


def test_scorer_reproduces_sutime_official_figures() -> None:
    assert _scores("sutime-nopos-platinum") == (80.29, 90.32, 67.38, 81.72)


def test_gold_and_system_files_pair_by_text_when_names_differ(tmp_path: Path) -> None:
    gold_dir, system_dir = tmp_path / "gold", tmp_path / "system"
    gold_dir.mkdir()
    system_dir.mkdir()
    markup = to_timeml("doc", "It rained on Friday.", _date(), [])
    (gold_dir / "nyt_sarkozy.tml").write_text(markup)
    (system_dir / "nyt_sarcozy.tml").write_text(markup)
    pairs = pair_documents(gold_dir, system_dir)
    assert len(pairs) == 1


def test_relaxed_match_needs_one_shared_token_and_strict_the_same_tokens() -> None:
    text = "He left early on Friday morning."
    gold = [TimexAnnotation(16, 30, "Friday morning", "TIME", "2013-03-22TMO")]
    system = [TimexAnnotation(16, 22, "Friday", "DATE", "2013-03-22")]
    counts = score_document(text, gold, system)
    assert (counts.relaxed, counts.strict, counts.type_right, counts.value_right) == (1, 0, 0, 0)


def test_timeml_round_trip_keeps_text_and_expressions() -> None:
    text = "Prices rose 5% & more in 2012, officials said Friday."
    timexes = [
        TimexAnnotation(25, 29, "2012", "DATE", "2012"),
        TimexAnnotation(46, 52, "Friday", "DATE", "2013-03-22"),
    ]
    document = parse_timeml(to_timeml("d1", text, _date(), timexes))
    assert document.text == text
    assert document.dct == _date()
    assert [(t.start, t.end, t.value) for t in document.timexes] == [
        (25, 29, "2012"),
        (46, 52, "2013-03-22"),
    ]


def test_eval_command_ends_with_summary_line(capsys: pytest.CaptureFixture[str]) -> None:
    gold_dir = require_shared(PLATINUM)
    system_dir = require_shared("data/temporal/reference-outputs/heideltime-nopos-platinum")
    assert run_eval_timex(gold_dir, system_dir) == 0
    last_line = capsys.readouterr().out.strip().splitlines()[-1]
    assert last_line == "SUMMARY strict_f1=80.90 relaxed_f1=89.89 value_f1=74.16 type_f1=82.40"


def _date() -> dt.date:
    return dt.date(2013, 3, 22)


def _gold_folder(root: Path, layout: dict[str, str]) -> Path:
    """A gold folder written from {relative path: text}, one expression "Friday" in each."""
    for relative, text in layout.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        start = text.index("Friday")
        timex = TimexAnnotation(start, start + 6, "Friday", "DATE", "2013-03-22")
        path.write_text(to_timeml(path.stem, text, _date(), [timex]))
    return root


def test_gold_files_in_subfolders_are_read(tmp_path: Path, capsys) -> None:
    gold = _gold_folder(
        tmp_path / "corpus",
        {"wire/a.tml": "It rained on Friday.", "web/b.tml": "They met on Friday."},
    )
    assert run_eval_timex(gold, None) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("SUMMARY strict_f1=100.00")


def test_a_folder_without_timeml_files_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no TimeML here")
    with pytest.raises(FileNotFoundError, match="no TimeML"):
        run_eval_timex(tmp_path, None)


def test_reference_rows_only_for_references_of_these_documents(tmp_path: Path, capsys) -> None:
    # a reference output beside the gold data, but of other documents
    gold = _gold_folder(tmp_path / "temporal" / "narratives", {"a.tml": "It ended on Friday."})
    _gold_folder(
        tmp_path / "temporal" / "reference-outputs" / "heideltime-nopos-platinum",
        {"other.tml": "They spoke on Friday evening."},
    )
    assert run_eval_timex(gold, None) == 0
    output = capsys.readouterr().out
    assert "HeidelTime" not in output and output.strip().splitlines()[-1].startswith("SUMMARY")
