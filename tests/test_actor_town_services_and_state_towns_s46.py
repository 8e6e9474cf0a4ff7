"""Session 46, second round (issue 21): a person placed by a town's own service before a title
("Houston police chief X") is of the town's country, and a town set off by a US state after
"of" or "from" ("of Paris, Texas") is American whatever else the town's name means. Sentences
written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def countries(text: str) -> dict[str, str | None]:
    table = find_actors(parse(text), article(text, dt.date(2016, 5, 3)))
    return {a.name: a.country for a in table.actors if a.kind == "person"}


def test_a_town_police_chief_is_of_the_town_country():
    found = countries("Houston police chief Art Menendez said the suspect was armed.")
    assert found["Art Menendez"] == "USA"


def test_a_town_service_of_another_country_gives_that_country():
    found = countries("Manchester police chief Harold Pimm said the march had been peaceful.")
    assert found["Harold Pimm"] == "GBR"


def test_a_field_word_before_a_title_gives_no_town():
    # "police" names no town: no country read from the word before it
    found = countries("The police chief Art Menendez said the suspect was armed.")
    assert found["Art Menendez"] is None


def test_a_town_with_its_us_state_is_american_not_the_capital_of_its_name():
    found = countries("Joe Smith, of Paris, Texas, said the rain had stopped.")
    assert found["Joe Smith"] == "USA"


def test_a_small_town_with_its_state_is_american():
    found = countries("Kevin Larkin, 34, of Springfield, Illinois, was charged with theft.")
    assert found["Kevin Larkin"] == "USA"


def test_a_large_town_fire_chief_before_the_name_is_of_the_town_country():
    found = countries("Allentown's fire chief, Marcus Delaney, said the blaze began in a basement.")
    assert found["Marcus Delaney"] == "USA"


def test_a_firm_fire_chief_before_the_name_takes_no_town():
    found = countries("Kestrelco's fire chief, Marcus Delaney, said the blaze began in a basement.")
    assert found["Marcus Delaney"] is None


def test_a_town_police_officer_no_title_list_holds_is_of_the_town_country():
    found = countries("Dallas police officer Amber Grier was charged with murder.")
    assert found["Amber Grier"] == "USA"


def test_a_town_schools_superintendent_is_of_the_town_country():
    found = countries("Denver schools superintendent Tom Bashford said classes would resume.")
    assert found["Tom Bashford"] == "USA"


def test_a_body_in_a_town_of_a_us_state_is_american():
    text = "The Red River Heritage Fund in Paris, Texas, said it would rebuild the hall."
    table = find_actors(parse(text), article(text, dt.date(2016, 5, 3)))
    found = {a.name: a.country for a in table.actors if a.kind == "organisation"}
    assert found["Red River Heritage Fund"] == "USA"


def test_a_capital_set_off_by_a_country_that_is_also_a_us_state_keeps_that_country():
    found = countries("Levan Beridze, of Tbilisi, Georgia, said the talks had failed.")
    assert found["Levan Beridze"] != "USA"
