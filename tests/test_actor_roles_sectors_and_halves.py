"""Roles, sectors and identities a reader can trust (issue 21): a legislature's committee is
LEG and a lobby's an NGO, not government; "former ... Party executive director X" is a former
officer; "the Foundation" after "the Kestrel Foundation" is that body; "the age group" is no
body; "the New York businessman" is one person, never a group. Sentences written for
dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def table(text: str):
    return find_actors(parse(text), article(text, dt.date(2012, 6, 1))).actors


def by_name(text: str) -> dict:
    return {a.name: a for a in table(text)}


def test_a_legislatures_committee_is_of_the_legislature():
    found = by_name(
        "Ann Cole accused Sen. Tom Grey of using his role as Judiciary Committee chairman to"
        " delay the vote."
    )
    assert found["Judiciary Committee"].sector == "LEG"


def test_a_lobbys_committee_is_no_government():
    found = by_name("She spoke before the influential Northern Public Affairs Committee on Monday.")
    assert found["Northern Public Affairs Committee"].sector == "NGO"


def test_a_former_party_officer_is_a_former_one():
    found = by_name("The super PAC hired former Ohio Democratic Party executive director Ben Lowe.")
    assert found["Ben Lowe"].role == "former executive director"


def test_a_serving_party_officer_stays_serving():
    # a guard
    found = by_name("Ohio Democratic Party executive director Ben Lowe said the vote was close.")
    assert found["Ben Lowe"].role == "executive director"


def test_the_capitalised_head_word_alone_is_the_body_named_before():
    actors = table(
        "The Kestrel Foundation gave money to schools. Critics said the Foundation should be"
        " more open."
    )
    assert [a.name for a in actors] == ["Kestrel Foundation"]
    assert len(actors[0].mentions) == 2


def test_an_age_group_is_no_organisation_named_before():
    actors = table("Oxfam said it had sent water. The age group there is from two to 11.")
    oxfam = next(a for a in actors if a.name == "Oxfam")
    assert len(oxfam.mentions) == 1


def test_an_aid_group_is_still_the_organisation_named_before():
    # a guard
    actors = table("Oxfam said it had sent water. The aid group said more was needed.")
    oxfam = next(a for a in actors if a.name == "Oxfam")
    assert len(oxfam.mentions) == 2


def test_one_person_described_is_no_group():
    actors = table("Polls show Ana Cole would beat the New York businessman by ten points.")
    assert not any(a.kind == "group" for a in actors)


def test_a_partys_campaign_committee_is_the_partys():
    found = by_name("The Republican Senate Campaign Committee paid for the advertisement.")
    assert found["Republican Senate Campaign Committee"].sector == "PTY"


def test_a_spokeswoman_of_no_named_body_is_of_no_sector():
    found = by_name("Calls to the helpline have risen, said spokeswoman Karen Lyle.")
    assert found["Karen Lyle"].sector is None


def test_a_spokesman_of_a_state_department_is_government():
    # a guard
    found = by_name("State Department spokesman Mark Toner said the talks had ended.")
    assert found["Mark Toner"].sector == "GOV"


def test_a_companys_vice_president_is_business():
    found = by_name("Company senior vice president Tom Wells said the well was safe.")
    assert found["Tom Wells"].sector == "BUS"


def test_a_foreign_affairs_committee_is_of_the_legislature():
    # "affairs" alone made any committee a lobby; only "public affairs" does
    found = by_name("Rep. Tom Grey chairs the Foreign Affairs Committee, which met on Monday.")
    assert found["Foreign Affairs Committee"].sector == "LEG"
