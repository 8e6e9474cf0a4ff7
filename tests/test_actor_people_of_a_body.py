"""A person "of" or "from" an organisation is of that body and its known or stated country
(issue 21): "X of the University of Zurich", "X from Oxfam"; a known firm's name of two words
before a title is the firm, not a nationality: "Anglo American spokesman X" is of the British
miner, not American. Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def actors(text: str) -> dict[str, tuple]:
    table = find_actors(parse(text), article(text, dt.date(2012, 6, 1)))
    return {a.name: (a.kind, a.country, a.sector) for a in table.actors}


def test_a_researcher_of_a_foreign_university_is_of_its_country():
    found = actors("The paper was written by Lena Marsh of the University of Zurich.")
    assert found["Lena Marsh"][1] == "CHE"


def test_a_worker_of_an_international_charity_is_of_its_sector_and_no_country():
    found = actors("Paul Grey of Oxfam said the camps were full.")
    assert found["Paul Grey"] == ("person", None, "NGO")


def test_a_person_of_a_town_is_still_of_its_country():
    assert actors("Paul Grey of Boston said the camps were full.")["Paul Grey"][1] == "USA"


def test_a_firm_whose_name_ends_in_a_nationality_is_no_nationality():
    found = actors("Anglo American spokesman Tom Reeve said the mine would close.")
    assert found["Tom Reeve"] == ("person", "GBR", "BUS")
    assert found["Anglo American"][:2] == ("organisation", "GBR")
    assert "United States" not in found


def test_a_nationality_before_a_title_still_gives_the_country():
    found = actors("American spokesman Tom Reeve said the mine would close.")
    assert found["Tom Reeve"][1] == "USA"


def test_a_nationality_in_a_bodys_name_before_a_title_still_gives_the_country():
    # a guard: as before the round
    found = actors("British Lifeboat Trust fundraising director Ada Penn said the van was stolen.")
    assert found["Ada Penn"][1] == "GBR"


def test_a_country_of_two_names_after_from_is_that_country_not_a_town():
    # Trinidad is also a town in Bolivia
    text = "On the quake coverage, listener Omar Baptiste from Trinidad and Tobago wrote to us."
    found = actors(text)
    assert found["Omar Baptiste"][1] == "TTO"
