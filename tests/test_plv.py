from pathlib import Path

import pytest

from dateline.evaluation.plv import (
    PlvError,
    clean_test_rows,
    read_plv,
    score_triples,
    score_types,
)
from dateline.events.learned import EventTyper, ModelFileError, train_typer
from tests.shared_data import require_shared

HEADER = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root\n"
QUAD = {"ACCUSE": "verbal-conflict", "AGREE": "verbal-cooperation", "AID": "material-cooperation"}


def write_plv(path: Path, *rows: str) -> Path:
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_marked_source_and_target_become_character_spans(tmp_path):
    path = write_plv(
        tmp_path / "PLV_train.tsv",
        "7\t3\tChad blamed Mali.\t<s>Chad</s> blamed <t>Mali</t>.\tChad\tMali\t3\tACCUSE\n",
    )
    (row,) = read_plv(path)
    assert (row.uid, row.source, row.target) == ("7", (0, 4), (12, 16))
    assert (row.gold_type, row.gold_class) == ("ACCUSE", "verbal-conflict")


def test_a_row_whose_markup_does_not_match_its_sentence_is_reported_and_skipped(tmp_path):
    path = write_plv(
        tmp_path / "PLV_train.tsv",
        "1\t1\tChad blamed Mali.\t<s>Chad</s> blamed <t>Niger</t>.\tChad\tNiger\t3\tACCUSE\n",
        "2\t2\tChad met Mali.\t<s>Chad</s> met <t>Mali</t>.\tChad\tMali\t1\tCONSULT\n",
    )
    errors: list[str] = []
    rows = read_plv(path, errors)
    assert [r.uid for r in rows] == ["2"]
    assert errors == [f"{path}:2: marked sentence or gold_penta unusable"]


def test_a_file_without_the_plv_columns_is_refused(tmp_path):
    path = tmp_path / "other.tsv"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(PlvError, match="not a PLV file"):
        read_plv(path)


def test_clean_test_rows_leave_out_the_overlap(tmp_path):
    write_plv(
        tmp_path / "PLV_test.tsv",
        "0\t1\tChad met Mali.\t<s>Chad</s> met <t>Mali</t>.\tChad\tMali\t1\tCONSULT\n",
        "1\t2\tChad hit Mali.\t<s>Chad</s> hit <t>Mali</t>.\tChad\tMali\t4\tASSAULT\n",
    )
    (tmp_path / "PLV_test_overlap.tsv").write_text("uid\tsentence_id\n0\t1\n", encoding="utf-8")
    assert [r.uid for r in clean_test_rows(tmp_path)] == ["1"]


def test_type_scores_count_accuracy_macro_f1_and_four_way():
    gold = ["ACCUSE", "ACCUSE", "AGREE", "AID"]
    predicted = ["ACCUSE", "AGREE", "AGREE", "AGREE"]
    classes = ["verbal-conflict", "verbal-conflict", "verbal-cooperation", "material-cooperation"]
    scores = score_types(gold, predicted, classes, QUAD)
    assert scores.accuracy == 0.5
    assert scores.fourway_accuracy == 0.5
    # ACCUSE P 1 R .5 F1 2/3; AGREE P 1/3 R 1 F1 .5; AID 0
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0.5 + 0) / 3)
    assert scores.per_type["AID"] == (0.0, 0.0, 0.0, 1)


def test_type_scores_refuse_mismatched_lists():
    with pytest.raises(ValueError):
        score_types(["AGREE"], [], ["verbal-cooperation"], QUAD)


def test_triples_match_on_type_and_overlapping_mentions():
    gold = [("ACCUSE", (0, 4), (12, 16)), ("AGREE", None, (5, 9))]
    predicted = [
        [("ACCUSE", [(0, 4)], [(12, 16), (30, 34)]), ("AGREE", [(0, 4)], [])],
        [("AGREE", [(0, 3)], [(5, 9)])],  # the gold source is unmarked: an event source is wrong
    ]
    precision, recall, f1 = score_triples(gold, predicted)
    assert (precision, recall) == (1 / 3, 1 / 2)
    assert f1 == pytest.approx(0.4)


def test_the_typer_learns_saves_and_loads_without_scikit_learn_at_prediction(tmp_path):
    examples = [["trig=attack", "bias"], ["trig=meet", "bias"]] * 5
    labels = ["ASSAULT", "CONSULT"] * 5
    typer = train_typer(examples, labels)
    path = tmp_path / "typer.json"
    typer.save(path)
    loaded = EventTyper.load(path)
    assert loaded.predict(["trig=attack", "unknown-feature"]) == "ASSAULT"
    assert loaded.predict(["trig=meet"]) == "CONSULT"


def test_a_file_that_is_not_a_typer_is_refused(tmp_path):
    path = tmp_path / "typer.json"
    path.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ModelFileError, match="not a dateline-event-typer"):
        EventTyper.load(path)


def test_the_shared_plv_files_give_the_issue_row_counts():
    plv = require_shared("data/events/plv")
    errors: list[str] = []
    assert len(read_plv(plv / "PLV_train.tsv", errors)) == 1050
    assert len(clean_test_rows(plv, errors)) == 406
    assert errors == []


def test_a_sentence_dated_in_the_past_is_read_end_to_end_as_done():
    # PLV sentences carry no date: were they read as published long ago, a dated meeting would be
    # a plan, and the coder would not emit it
    from dateline.evaluation.plv import PlvRow, end_to_end
    from dateline.language import load_nlp

    sentence = "President Idriss Deby met President Ibrahim Keita in N'Djamena on March 3, 2019."
    row = PlvRow("1", sentence, (0, 21), (26, 48), "CONSULT", "verbal-cooperation")
    (events,) = end_to_end([row], [load_nlp()(sentence)])
    assert [event_type for event_type, _, _ in events] == ["CONSULT"]
