"""Home countries (issue 21): a company's or outlet's people are of its home country, well-known
outlets, leagues and firms are of theirs however foreign the story, a known firm's business
of its own name is of the firm's country, protesters and residents of a town are of the town's
country, and a group placed by a later mention of it keeps that place's country. Sentences
written for dateline (fictional people, real well-known bodies as knowledge gives them)."""

import datetime as dt

from dateline.actors import ActorTable, find_actors
from dateline.language import parse
from tests.stages import article


def actors_of(text: str, date: str = "2011-02-03") -> ActorTable:
    return find_actors(parse(text), article(text, dt.date.fromisoformat(date)))


def found(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in actors_of(text).actors}


# a story mostly about Kenya: what takes the story's country by the guess would be Kenyan
KENYA = " Kenya's transport minister welcomed the news. Kenya said the deal was good."


def test_a_spokesman_of_a_known_firm_before_the_comma_is_of_its_home_country():
    actors = found("A Boeing spokesman, Dan Ferrow, said the jets would be delivered." + KENYA)
    assert actors.get("Dan Ferrow") == ("person", "USA")


def test_a_spokeswoman_for_a_known_firm_is_of_its_home_country():
    actors = found("A spokeswoman for Boeing, Ann Lobell, declined to comment." + KENYA)
    assert actors.get("Ann Lobell") == ("person", "USA")


def test_a_titled_employee_of_a_known_firm_is_of_its_home_country():
    actors = found("Boeing spokesman Tom Raney said the plane was safe." + KENYA)
    assert actors.get("Tom Raney") == ("person", "USA")


def test_a_chief_executive_of_a_firm_owned_by_possessive_is_of_its_country():
    actors = found(
        "BP's chief executive, Colin Marsh, said the leak would be stopped. "
        "The US government said the cleanup would take months. Washington agreed."
    )
    assert actors.get("Colin Marsh") == ("person", "GBR")


def test_an_official_of_an_unknown_company_takes_no_guessed_country_from_it():
    # the firm's country is not known: its spokesman is not given one through it
    table = actors_of(
        "A spokesman for Kestrel Aviation, Joe Pardy, said the jets were late." + KENYA
    )
    pardy = next(a for a in table.actors if a.name == "Joe Pardy")
    assert pardy.country_basis != "known"


def test_a_foreign_broadcaster_is_of_its_own_country_not_the_storys():
    actors = found("SVT said its crew was safe in Nairobi." + KENYA)
    assert actors.get("SVT") == ("organisation", "SWE")


def test_a_sports_league_is_of_its_own_country_not_the_storys():
    actors = found("The Premier League said it would look into the match." + KENYA)
    assert actors.get("Premier League") == ("organisation", "GBR")


def test_a_world_sports_body_is_of_no_country():
    actors = found("FIFA said it would look into the match." + KENYA)
    assert actors.get("FIFA") == ("organisation", None)


def test_a_known_firms_business_of_its_own_name_is_of_the_firms_country():
    actors = found(
        "The lawsuits name Halliburton Energy Services Inc. and two other firms. "
        "Toyota Motor Corp. said it would recall cars." + KENYA
    )
    assert actors.get("Halliburton Energy Services Inc.") == ("organisation", "USA")
    assert actors.get("Toyota Motor Corp.") == ("organisation", "JPN")


def test_a_name_that_only_starts_with_a_known_firms_name_is_not_that_firm():
    # "Apple Orchards Cooperative" is no business of Apple's: the words after it say more
    actors = found("Apple Orchards Cooperative said prices were falling." + KENYA)
    assert actors.get("Apple Orchards Cooperative", ("organisation", None))[1] != "USA"


def test_protesters_in_a_town_are_of_its_country():
    actors = found("Protesters in Lagos blocked the main road on Tuesday.")
    assert actors.get("Protesters") == ("group", "NGA")


def test_protesters_of_a_clause_placed_in_a_town_are_of_its_country():
    actors = found("Thousands of protesters gathered in Cairo on Friday, demanding change.")
    assert actors.get("protesters") == ("group", "EGY")


def test_troops_in_a_town_are_not_of_its_country():
    # troops, officials and aid workers in a town are as often foreign
    actors = found("Troops in Lagos fired on the crowd on Tuesday.")
    assert actors.get("Troops", ("group", None)) == ("group", None)


def test_a_group_placed_by_a_later_mention_takes_that_country():
    # in a story mostly about Brazil, not the story's country by the guess
    actors = found(
        "The authorities said the hotel would stay closed. Later the authorities in Mexico "
        "said the hotel was safe. Brazil agreed, and Brazil sent doctors. Brazil said."
    )
    assert actors.get("authorities") == ("government", "MEX")


# a story mostly about Haiti, where the guess would make anyone Haitian
HAITI = " Haiti's president thanked the donors. Haiti said. Haiti agreed."


def test_an_official_of_a_body_above_countries_takes_no_guessed_country():
    table = actors_of(
        "Orla Benn, director of the International Seed Alliance, said the crops had failed." + HAITI
    )
    benn = next(a for a in table.actors if a.name == "Orla Benn")
    assert benn.country is None


def test_a_role_before_the_comma_reaches_a_name_with_its_own_title():
    actors = found(
        "The head of the Israeli team, Major Eli Baram, said the rescue had given hope." + HAITI
    )
    assert actors.get("Eli Baram") == ("person", "ISR")


def test_a_person_from_a_large_town_the_model_took_for_a_name_is_of_its_country():
    actors = found("Barbara Jones , from Milton Keynes , said she had sent money." + HAITI)
    assert actors.get("Barbara Jones") == ("person", "GBR")


def test_an_official_of_a_world_body_is_not_of_the_country_of_the_post():
    actors = found(
        '"The clinics cannot cope," said Dr Anne Rolle, country director for the World Health '
        "Organization in Haiti." + HAITI
    )
    assert actors.get("Anne Rolle") == ("person", None)


def test_troops_a_country_sends_are_its_own():
    actors = found("The US is sending up to 3,000 soldiers to Haiti." + HAITI)
    assert actors.get("soldiers") == ("group", "USA")


def test_troops_sent_by_no_country_take_none_from_the_destination():
    actors = found("The charity is sending volunteers and troops are expected in Haiti.")
    assert actors.get("troops", ("group", None)) == ("group", None)
