"""A person's country from the noun in apposition to the name (issue 21): a nationality, a
country, a US state or a town that modifies it ("X, a Kenyan professor", "X, a Louisiana
fisherman", "X, a Houston lawyer"), and the body they work for after *for* or *at* ("X, a
reporter for MSNBC"). Sentences written for dateline (fictional people; real outlets and
places as the knowledge files give them)."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article

US_STORY = " The United States said the deal was good. Washington agreed."


def person(text: str, name: str) -> tuple[str | None, str | None]:
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    found = next(a for a in table.actors if a.name == name)
    return found.country, found.sector


def test_a_nationality_before_the_noun_in_apposition_is_the_persons():
    text = "One witness is Dr. Paul Lund, a Kenyan professor, who has left the city." + US_STORY
    assert person(text, "Paul Lund")[0] == "KEN"


def test_a_us_state_before_the_noun_in_apposition_gives_the_united_states():
    text = '"We lost the season," said Joe Brat, a Louisiana fisherman.' + US_STORY
    assert person(text, "Joe Brat")[0] == "USA"


def test_a_town_before_the_noun_in_apposition_gives_its_country():
    text = "Kim Hale, a Houston lawyer, said the claims were fair. Kenya agreed to it."
    assert person(text, "Kim Hale")[0] == "USA"


def test_a_name_of_a_state_and_a_country_gives_neither():
    text = "Sam Rook, a Georgia professor, said it was bad. Kenya agreed to it."
    assert person(text, "Sam Rook")[0] is None


def test_a_reporter_for_a_known_outlet_is_of_its_country_and_sector():
    text = "Ann Fell, a reporter for MSNBC, said the crowd was large. Kenya agreed to it."
    assert person(text, "Ann Fell") == ("USA", "MED")


def test_a_critic_of_a_firm_is_not_its_employee():
    text = "Lee Ross, a critic of BP, said the cleanup was slow. Kenya agreed to it."
    assert person(text, "Lee Ross")[1] != "BUS"
