import re

from typer.testing import CliRunner

from dateline.cli import app

HEADER = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root\n"
ROWS = [
    ("Chad blamed Mali.", "<s>Chad</s> blamed <t>Mali</t>.", "3", "ACCUSE"),
    ("Chad met Mali.", "<s>Chad</s> met <t>Mali</t>.", "1", "CONSULT"),
    ("Niger criticized Benin.", "<s>Niger</s> criticized <t>Benin</t>.", "3", "ACCUSE"),
    ("Niger met Benin.", "<s>Niger</s> met <t>Benin</t>.", "1", "CONSULT"),
]


def write_plv(folder):
    for name, rows in (("PLV_train.tsv", ROWS), ("PLV_test.tsv", ROWS)):
        lines = [
            f"{i}\t{i}\t{sentence}\t{marked}\ts\tt\t{penta}\t{root}\n"
            for i, (sentence, marked, penta, root) in enumerate(rows)
        ]
        (folder / name).write_text(HEADER + "".join(lines), encoding="utf-8")
    (folder / "PLV_test_overlap.tsv").write_text("uid\tsentence_id\n3\t3\n", encoding="utf-8")


def test_eval_events_prints_tables_and_ends_with_the_summary(tmp_path):
    write_plv(tmp_path)
    result = CliRunner().invoke(app, ["eval", "events", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "PLV clean test: 3 rows" in result.output
    last = result.output.strip().splitlines()[-1]
    assert re.fullmatch(
        r"SUMMARY type_accuracy=[\d.]+ macro_f1=[\d.]+ fourway_accuracy=[\d.]+ e2e_f1=[\d.]+",
        last,
    )


def test_train_events_writes_a_model_that_eval_can_use(tmp_path):
    write_plv(tmp_path)
    model = tmp_path / "typer.json"
    trained = CliRunner().invoke(app, ["train", "events", str(tmp_path), "--out", str(model)])
    assert trained.exit_code == 0, trained.output
    scored = CliRunner().invoke(app, ["eval", "events", str(tmp_path), "--model", str(model)])
    assert scored.exit_code == 0, scored.output
    assert "SUMMARY type_accuracy=" in scored.output


def test_a_missing_plv_folder_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "events", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
