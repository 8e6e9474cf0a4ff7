"""Known office-holders and organisations: names, tenures, and users' own knowledge files."""

import datetime as dt

import pytest

from dateline.actors.known import (
    KnowledgeFileError,
    load_known,
    name_key,
    shipped_known,
    short_key,
)

USER_FILE = """
[[person]]
name = "Lena Varga"
country = "ISL"
aliases = ["Helena Varga"]
offices = [
  { role = "foreign minister", country = "ISL", start = 2020-01-01, end = 2024-01-01 },
  { role = "prime minister", country = "ISL", start = 2024-01-01, leader = true },
]

[[organisation]]
name = "Danube Watch"
aliases = ["DW"]
country = "HUN"
sector = "NGO"
"""


def test_name_keys_ignore_initials_suffixes_and_punctuation():
    assert name_key("Joseph R. Biden Jr.") == "joseph r biden"
    assert short_key("Joseph R. Biden Jr.") == "joseph biden"
    assert short_key("Putin") is None


def test_a_full_name_with_middle_initial_and_suffix_is_the_known_person():
    known = shipped_known()
    person = known.person("Joseph R. Biden Jr.", dt.date(2025, 7, 4))
    assert person is not None and person.name == "Joe Biden"


def test_the_role_on_a_date_is_the_office_then_held_or_the_former_one():
    biden = shipped_known().person("Joe Biden", dt.date(2023, 1, 1))
    assert biden.standing_on(dt.date(2023, 1, 1))[:2] == ("president", "USA")
    role, country, sector = biden.standing_on(dt.date(2025, 7, 4))
    assert (role, country, sector) == ("former president", "USA", "ELI")
    assert biden.standing_on(dt.date(1990, 1, 1)) == (None, "USA", None)


def test_the_holder_of_an_office_depends_on_the_date():
    known = shipped_known()
    assert known.holder("president", "USA", dt.date(2023, 5, 1)).name == "Joe Biden"
    assert known.holder("president", "USA", dt.date(2025, 7, 4)).name == "Donald Trump"
    assert known.holder("leader", "GBR", dt.date(2020, 1, 1)).name == "Boris Johnson"
    assert known.holder("president", "USA", dt.date(1700, 1, 1)) is None


def test_namesakes_are_told_apart_by_who_was_in_office():
    known = shipped_known()
    assert known.person("George Bush", dt.date(1990, 6, 1)).name == "George H. W. Bush"
    assert known.person("George Bush", dt.date(2005, 6, 1)).name == "George W. Bush"


def test_an_office_of_an_international_body_has_no_country():
    guterres = shipped_known().person("António Guterres", dt.date(2024, 1, 1))
    assert guterres.standing_on(dt.date(2024, 1, 1)) == ("secretary-general", None, "IGO")


def test_a_users_file_adds_people_and_organisations(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    known = load_known([path])
    assert known.holder("prime minister", "ISL", dt.date(2025, 1, 1)).name == "Lena Varga"
    assert known.person("Helena Varga", dt.date(2025, 1, 1)).name == "Lena Varga"
    org = known.organisation("the DW")
    assert (org.name, org.country, org.sector) == ("Danube Watch", "HUN", "NGO")
    assert known.person("Joe Biden", dt.date(2023, 1, 1)) is not None  # shipped ones stay


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ('[[person]]\nname = "X Y"\ncountry = "XX"\n', "not an ISO 3166 alpha-3"),
        ('[[person]]\nname = "X Y"\noffices = [{ role = "king" }]\n', "'start' is required"),
        (
            '[[person]]\nname = "X Y"\noffices = [{ role = "king", start = 2020-01-01, '
            "end = 2019-01-01 }]\n",
            "before start",
        ),
        ('[[person]]\nname = "X Y"\noffices = [{ role = "king", start = "2020" }]\n', "TOML date"),
        ("[[organisation]]\ncountry = 'FRA'\n", "'name' must be a non-empty string"),
        ("[[person\n", "not valid TOML"),
        ('[[organisation]]\nname = "A"\nformer_names = [{ name = "B" }]\n', "needs until"),
        ('[[organisation]]\nname = "A"\nformer_names = ["B"]\n', "former_names take"),
    ],
)
def test_a_bad_knowledge_file_is_an_error_naming_file_record_and_reason(tmp_path, record, reason):
    path = tmp_path / "bad.toml"
    path.write_text(record, encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as error:
        load_known([path])
    assert str(path) in str(error.value) and reason in str(error.value)
