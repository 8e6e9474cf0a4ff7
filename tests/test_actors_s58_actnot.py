"""Only actors, and the right one (issue 21, session 58). A bare word the text calls a firm
("another US firm, Cameron", "Cameron, maker of the valve") is that firm, not the known
office-holder of the same surname. A body's name the model cut before the preposition that
goes on with its field or place ("the US [Agency] for International Development", "the
[District Court] for the Eastern District of Louisiana") is the whole name. Sentences written
for dateline; the bodies and the office-holder are real, the other people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2010, 6, 10), source="x")
    return find_actors(parse(text), article).actors


def names(text: str) -> set[str]:
    return {a.name for a in actors(text)}


def kind_of(text: str, name: str) -> str | None:
    return next((a.kind for a in actors(text) if a.name == name), None)


def test_a_bare_name_set_off_after_a_firm_is_the_firm_not_the_prime_minister():
    text = (
        "The faulty valve was built by another US firm, Cameron, while a third firm poured cement."
    )
    assert "David Cameron" not in names(text)
    assert kind_of(text, "Cameron") == "organisation"


def test_a_bare_name_described_as_a_maker_is_no_prime_minister():
    text = (
        "Investors are watching BP, the biggest oil firm; Halliburton, the big services firm; "
        "and Cameron, maker of the valve that failed."
    )
    assert "David Cameron" not in names(text)


def test_the_prime_minister_named_by_surname_alone_stays_himself():
    # a guard: nothing calls him a firm
    text = "Cameron said Britain would stand by the company. Cameron's office said so too."
    assert "David Cameron" in names(text)


def test_the_prime_minister_with_his_title_in_apposition_stays_himself():
    # a guard: a title, no firm's noun, stands beside the name
    assert "David Cameron" in names("Cameron, the prime minister, said Britain would help.")


def test_an_agency_cut_before_its_field_is_the_whole_agency():
    text = (
        "1420 US Agency for International Development -LRB- USAID -RRB- administrator Dana "
        "Welk says Washington is sending more teams."
    )
    found = names(text)
    assert "U.S. Agency for International Development" in found
    assert "US Agency" not in found


def test_a_court_cut_before_its_district_is_the_whole_court():
    text = "A judge of the US District Court for the Eastern District of Louisiana ruled on Friday."
    court = next(a for a in actors(text) if a.name.startswith("District Court"))
    assert court.name == "District Court for the Eastern District of Louisiana"


def test_a_committee_named_with_its_field_is_of_the_us_congress():
    text = "The House Select Committee on Benghazi is expected to publish its report."
    committee = next(a for a in actors(text) if a.name.startswith("House Select Committee"))
    assert committee.name == "House Select Committee on Benghazi"
    assert (committee.country, committee.sector) == ("USA", "LEG")


def test_a_body_before_a_weekday_keeps_its_name():
    # a guard: "on Tuesday" dates what it did
    found = names("The National Security Council on Tuesday met again in the capital.")
    assert "National Security Council" in found


def test_a_body_before_a_person_keeps_its_name():
    # a guard: "of General X" is whose army it is, not its name
    text = "The Volunteer Army of General Ivan Petrov advanced on the town."
    assert "Volunteer Army" in names(text)


def test_a_known_body_named_with_its_branch_stays_the_known_body():
    # a guard: the model's name is a known body's; "of Ohio" is its branch
    text = "The American Civil Liberties Union of Ohio sued the city over the new rules."
    found = {a.name: a.sector for a in actors(text)}
    assert found.get("American Civil Liberties Union") == "NGO"
