"""Session 46 (issue 21): the shipped knowledge widened by whole categories (heads of state and
government with tenures, ministers, US cabinet and White House, central bankers, heads of
international bodies, well-known people by country), and a bare surname that resolves to a known
person only when that person's office is one news names by the surname alone. Sentences written
for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.actors.known import shipped_known
from dateline.language import parse
from tests.stages import article


def people(text: str, day: dt.date) -> dict[str, tuple]:
    table = find_actors(parse(text), article(text, day))
    return {
        a.name: (a.country, a.country_basis, a.role) for a in table.actors if a.kind == "person"
    }


def test_a_minister_named_in_full_is_of_his_office_on_the_date():
    found = people(
        "Wolfgang Schäuble told reporters in Brussels that the loan would be paid.",
        dt.date(2012, 6, 1),
    )
    assert found["Wolfgang Schauble"] == ("DEU", "known", "finance minister")


def test_a_former_office_holder_is_former_on_a_later_date():
    found = people(
        "Jean-Yves Le Drian arrived in Dakar on Tuesday for a two-day visit.", dt.date(2023, 3, 1)
    )
    assert found["Jean-Yves Le Drian"] == ("FRA", "known", "former foreign minister")


def test_a_leader_of_a_country_the_story_is_not_about_keeps_his_own():
    found = people(
        "In Lima, talks on the copper tax stalled, and Juan Manuel Santos said he would call "
        "his counterpart.",
        dt.date(2014, 5, 2),
    )
    assert found["Juan Manuel Santos"] == ("COL", "known", "president")


def test_a_well_known_athlete_and_singer_are_of_their_country():
    found = people(
        "Rafael Nadal and Celine Dion gave their prizes to the relief fund.", dt.date(2010, 2, 1)
    )
    assert found["Rafael Nadal"][0] == "ESP"
    assert found["Celine Dion"][0] == "CAN"


def test_a_description_of_an_office_is_its_holder_on_the_date():
    known = shipped_known()
    assert known.holder("defense secretary", "USA", dt.date(2016, 6, 1)).name == "Ash Carter"
    assert known.holder("foreign minister", "DEU", dt.date(2016, 6, 1)).name == (
        "Frank-Walter Steinmeier"
    )
    assert known.holder("prime minister", "AUS", dt.date(2016, 6, 1)).name == "Malcolm Turnbull"


def test_a_bare_surname_is_a_known_leader_only():
    known = shipped_known()
    day = dt.date(2016, 6, 1)
    assert known.person_by_surname("Merkel", day).name == "Angela Merkel"
    # a senator, a governor, a minister, a central banker: news names them in full first
    assert known.person_by_surname("King", dt.date(2009, 12, 19)) is None  # Bank of England
    assert known.person_by_surname("Kuroda", day) is None
    assert known.person_by_surname("Collins", day) is None
    assert known.person_by_surname("Abbott", day) is None
    assert known.person_by_surname("Lavrov", day) is None
    # two namesakes in office, a leader among them: nobody
    assert known.person_by_surname("Rasmussen", dt.date(2010, 7, 28)) is None


def test_a_bare_surname_never_named_in_full_is_not_a_senator_of_the_knowledge():
    found = people(
        "Collins, who runs the bait shop by the pier, said the boats stayed in.",
        dt.date(2016, 6, 1),
    )
    assert all(role != "senator" for _, _, role in found.values())


def test_namesakes_of_father_and_son_are_told_apart_by_the_office_held():
    known = shipped_known()
    assert known.person("Ferdinand Marcos", dt.date(1985, 1, 1)).name == "Ferdinand Marcos"
    assert known.person("Ferdinand Marcos Jr.", dt.date(2023, 1, 1)).name == (
        "Ferdinand Marcos Jr."
    )


def test_the_chief_of_a_body_is_its_head_not_another_of_its_officers():
    known = shipped_known()
    # the UN's human rights chief and an EU commissioner hold offices of the same bodies
    day = dt.date(2010, 1, 20)
    assert known.holder("leader", None, day, body="United Nations").name == "Ban Ki-moon"
    assert known.holder("leader", None, day, body="European Commission").name == (
        "Jose Manuel Barroso"
    )


def test_a_former_office_of_an_international_body_names_the_body():
    wolfowitz = shipped_known().person("Paul Wolfowitz", dt.date(2009, 12, 19))
    role, country, _ = wolfowitz.standing_on(dt.date(2009, 12, 19))
    assert (role, country) == ("former World Bank president", "USA")
