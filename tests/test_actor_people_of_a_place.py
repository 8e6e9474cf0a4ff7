"""People of a place and bodies named after a town (issue 21): protesters, activists and
residents are of the one country their sentence places something in, else of the country the
story is mostly about; a body named after a large town is of that town's country, and
well-known universities of theirs, however foreign the story. Sentences written for dateline
(fictional people and places, real towns and universities)."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor
from tests.stages import article

# a story mostly about Kenya: what takes the story's country by the guess is Kenyan
KENYA = " Kenya's transport minister welcomed the news. Kenya said the deal was good."


def actors_of(text: str) -> list[Actor]:
    return list(find_actors(parse(text), article(text, dt.date(2011, 2, 3))).actors)


def country_of(text: str, word: str) -> str | None:
    return next(a.country for a in actors_of(text) if word in a.name)


def test_protesters_in_a_square_of_the_storys_country_are_of_it():
    text = "Protesters gathered in Uhuru Square on Friday to demand new elections." + KENYA
    assert country_of(text, "Protesters") == "KEN"


def test_activists_placed_by_their_sentence_are_of_that_country():
    text = "Activists said the vote had been stolen, as counting went on in Uganda."
    assert country_of(text, "Activists") == "UGA"


def test_demonstrators_whose_sentence_names_a_town_are_of_its_country():
    text = "Demonstrators chanted slogans while the results were read out in Lagos."
    assert country_of(text, "Demonstrators") == "NGA"


def test_protesters_placed_in_two_countries_by_their_sentence_get_none_from_it():
    text = "Protesters said that the talks in Kampala and the vote in Nairobi were a sham."
    assert country_of(text, "Protesters") is None


def test_residents_in_a_story_about_one_country_are_of_it():
    text = "Residents fled their homes as the river rose." + KENYA
    assert country_of(text, "Residents") == "KEN"


def test_troops_take_no_guess_from_the_storys_country():
    # soldiers are as often foreign (sent to help): no guess for them
    text = "Troops arrived at the airport on Monday." + KENYA
    assert country_of(text, "Troops") is None


def test_a_business_school_named_after_a_town_is_of_the_towns_country():
    text = "A lecturer at the London Business School said the plan would fail." + KENYA
    assert country_of(text, "London Business School") == "GBR"


def test_a_university_of_a_town_is_of_the_towns_country():
    text = "Researchers at the University of Chicago published the study." + KENYA
    assert country_of(text, "University of Chicago") == "USA"


def test_a_sports_team_named_after_its_town_is_of_the_towns_country():
    text = "The Dallas Cowboys signed a player from Mombasa." + KENYA
    assert country_of(text, "Dallas Cowboys") == "USA"


def test_a_well_known_university_is_of_its_home_country():
    text = "Harvard said the grant would fund clinics." + KENYA
    assert country_of(text, "Harvard") == "USA"


def test_a_firm_with_no_town_in_its_name_takes_no_country_from_one():
    # "Kestrel" is no town: the unknown firm takes no town's country, only the story's (since
    # session 51 a firm of home news the text places nowhere else is of the story's country)
    text = "Kestrel Holdings said its profits fell." + KENYA
    found = next(a for a in actors_of(text) if "Kestrel" in a.name)
    assert (found.country, found.country_basis) == ("KEN", "article")


def test_officials_in_a_foreign_embassy_are_of_the_embassys_country():
    text = "We are still waiting to hear from officials in the US Embassy about flights." + KENYA
    assert country_of(text, "officials") == "USA"


def test_local_media_are_of_the_storys_country():
    text = "Local media reported that three people had died." + KENYA
    assert country_of(text, "Local media") == "KEN"


def test_a_language_someone_speaks_is_not_their_country():
    text = "My Spanish-speaking colleague, Rob Whitby, says the paper is angry."
    assert country_of(text, "Rob Whitby") != "ESP"


def test_a_government_named_after_a_large_town_is_of_its_country():
    text = "The paper owned by the Abu Dhabi government said talks had begun." + KENYA
    assert country_of(text, "Abu Dhabi government") == "ARE"


def test_police_named_after_a_large_town_are_of_its_country():
    text = "Lagos police arrested five men on Tuesday." + KENYA
    assert country_of(text, "Lagos police") == "NGA"


def test_an_unknown_body_placed_right_after_its_name_is_of_that_place():
    text = "Mia Karro, an analyst at the Kestrel Institute in Washington, disagreed." + KENYA
    assert country_of(text, "Kestrel Institute") == "USA"


def test_an_embassy_keeps_the_country_of_its_name_not_of_its_town():
    text = "The Chinese Embassy in Washington declined to comment." + KENYA
    assert country_of(text, "Chinese Embassy") == "CHN"
