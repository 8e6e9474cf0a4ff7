"""A person named as the kin of another takes that person's country when the text gives none
(issue 21): "X, Senator Y's wife", "Y's son, X", "X, the widow of Y". Sentences written for
dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def countries(text: str) -> dict[str, str | None]:
    table = find_actors(parse(text), article(text, dt.date(2016, 3, 1)))
    return {a.name: a.country for a in table.actors if a.kind == "person"}


def test_a_wife_in_apposition_takes_her_husbands_country():
    found = countries("The rival mocked Nora Cruz, Senator Ted Cruz's wife, at a rally.")
    assert found["Nora Cruz"] == "USA"


def test_a_son_named_after_his_fathers_noun_takes_the_fathers_country():
    found = countries("Prime Minister David Cameron's son, Elwood Cameron, started school.")
    assert found["Elwood Cameron"] == "GBR"


def test_a_widow_of_a_known_leader_takes_his_country():
    found = countries("Marta Lund, the widow of Nelson Mandela, spoke at the service.")
    assert found["Marta Lund"] == "ZAF"


def test_kin_of_a_person_of_no_country_get_none():
    found = countries("Pete Varley, Sam's father, said the boy was ill.")
    assert found.get("Pete Varley") is None


def test_a_nationality_the_text_gives_wins_over_the_relatives():
    text = "Ilse Brandt, a German pianist, is the wife of Senator Ted Cruz's aide."
    assert countries(text)["Ilse Brandt"] == "DEU"
