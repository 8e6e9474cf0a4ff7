"""The article's own evidence before the story's guess (issue 21, session 58). A clause the
name is the subject of says what the person is, as an apposition does: "X is a doctor with
Oxfam", "X is a spokesman for the World Food Programme", "X is Dutch", "X is a Dutch nurse".
A person who "works for" a body, or is named "at" a body in the name's own phrase ("said Dr X at
the University of Minnesota"), is of that body. "Dutchman", "Irishman", "Englishman" are
nationalities. Each takes the person out of the guess of the country the story is about.
Sentences written for dateline; places and known bodies real, people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article

QUAKE = (
    "Haiti's government said the death toll had risen again. Haiti needs more tents, and "
    "Haiti's president asked for help. Rescuers dug through the night in Haiti. "
)


def person(text: str, name: str) -> Actor:
    article = Article(id="t", text=QUAKE + text, published=dt.date(2010, 1, 20), source="bbc")
    return next(a for a in find_actors(parse(QUAKE + text), article).actors if a.name == name)


def test_a_clause_naming_an_international_charity_as_employer_leaves_no_guess():
    found = person(
        "Marten Huisman is a doctor with Medecins Sans Frontieres. Huisman said the wards "
        "were full.",
        "Marten Huisman",
    )
    assert (found.country, found.sector) == (None, "NGO")


def test_a_clause_naming_an_international_bodys_post_gives_the_role_and_no_guess():
    found = person(
        "Marten Huisman is a spokesman for the World Food Programme. Huisman said the roads "
        "were blocked.",
        "Marten Huisman",
    )
    assert (found.country, found.role, found.sector) == (None, "spokesman", "IGO")


def test_a_clause_stating_a_nationality_gives_it():
    found = person("Marten Huisman is Dutch. Huisman said the wards were full.", "Marten Huisman")
    assert (found.country, found.country_basis) == ("NLD", "text")


def test_a_clause_with_a_nationality_before_a_noun_gives_it():
    found = person(
        "Marten Huisman is a Dutch nurse. Huisman said the wards were full.", "Marten Huisman"
    )
    assert found.country == "NLD"


def test_a_denied_description_is_not_read():
    # a guard: "is not" states nothing the person is
    found = person(
        "Marten Huisman is not a spokesman for the World Food Programme, but he said the "
        "roads were blocked. Huisman said more trucks were needed.",
        "Marten Huisman",
    )
    assert (found.country, found.country_basis) == ("HTI", "article")


def test_a_past_office_in_a_clause_leaves_the_guess():
    # a guard: "was" is an office no longer held; the reading stays as before
    found = person(
        "Marten Huisman was a spokesman for the World Food Programme. Huisman said the roads "
        "were blocked.",
        "Marten Huisman",
    )
    assert found.country_basis == "article"


def test_a_person_who_works_for_an_international_charity_takes_no_guess():
    found = person(
        "Marten Huisman works for Oxfam in Port-au-Prince. Huisman said the camps were full.",
        "Marten Huisman",
    )
    assert (found.country, found.sector) == (None, "NGO")


def test_a_person_named_at_a_university_is_of_its_country():
    found = person(
        "The aftershocks may go on for weeks, said Dr Marten Huisman at the University of "
        "Minnesota.",
        "Marten Huisman",
    )
    assert found.country == "USA"


def test_a_person_named_at_a_place_keeps_the_guess():
    # a guard: "at" a town or a building is no employer
    found = person(
        "Marten Huisman at the airport said the flights were full. Huisman said more were coming.",
        "Marten Huisman",
    )
    assert (found.country, found.country_basis) == ("HTI", "article")


def test_a_dutchman_is_dutch():
    found = person("The Dutchman Marten Huisman said the wards were full.", "Marten Huisman")
    assert found.country == "NLD"


def test_a_person_of_no_stated_country_keeps_the_guess():
    # a guard: a doctor the text ties to nothing else is the story's
    found = person(
        "Marten Huisman is a doctor at the main hospital. Huisman said the wards were full.",
        "Marten Huisman",
    )
    assert (found.country, found.country_basis) == ("HTI", "article")


def test_a_known_charity_under_a_common_misspelling_is_of_its_country():
    text = QUAKE + "The Disaster Emergency Committee said its appeal had raised millions."
    article = Article(id="t", text=text, published=dt.date(2010, 1, 20), source="bbc")
    found = next(a for a in find_actors(parse(text), article).actors if "Emergency" in a.name)
    assert (found.name, found.country, found.sector) == (
        "Disasters Emergency Committee",
        "GBR",
        "NGO",
    )
