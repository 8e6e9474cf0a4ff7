"""`dateline read --knowledge FILE`: users' own known people, and a clear error for a bad file."""

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Reading

runner = CliRunner()
PEOPLE = """
[[person]]
name = "Lena Varga"
country = "ISL"
offices = [{ role = "prime minister", country = "ISL", start = 2024-01-01, leader = true }]
"""


def test_a_users_knowledge_file_names_the_holder_of_an_office(tmp_path):
    knowledge = tmp_path / "people.toml"
    knowledge.write_text(PEOPLE, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("date 2025-02-03\nThe Icelandic prime minister said talks would go on.\n")
    result = runner.invoke(app, ["read", str(article), "--json", "--knowledge", str(knowledge)])
    assert result.exit_code == 0, result.output
    reading = Reading.model_validate(json.loads(result.stdout))
    varga = next(a for a in reading.actors if a.name == "Lena Varga")
    assert (varga.country, varga.role, varga.country_basis) == ("ISL", "prime minister", "known")


def test_a_bad_knowledge_file_is_a_one_line_error(tmp_path):
    knowledge = tmp_path / "people.toml"
    knowledge.write_text('[[person]]\nname = "X Y"\ncountry = "Hungary"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("date 2025-02-03\nTalks went on.\n")
    result = runner.invoke(app, ["read", str(article), "--knowledge", str(knowledge)])
    assert result.exit_code == 2
    assert "people.toml" in result.stderr and "alpha-3" in result.stderr
