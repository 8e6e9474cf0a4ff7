"""Countries a mention's own words give (issue 21): a known leader's surname before
"administration" or "government", the words describing an organisation ("Tokyo-based",
"X, a Japanese firm", "X, a UK-based charity"), a lower-case group noun the parse tagged a
proper noun, and country names news uses; a name after a word prefix ("cross-EU") is part
of a word, no actor. Sentences written for dateline (fictional bodies and people; real
leaders and places as the knowledge files give them)."""

import datetime as dt

from dateline.actors import find_actors
from dateline.actors.known import shipped_known
from dateline.language import parse
from tests.stages import article

KENYA_STORY = " Kenya agreed to it. Kenya signed the deal."


def actors(text: str, day: dt.date = dt.date(2010, 6, 1)) -> dict[str, tuple[str, str | None]]:
    table = find_actors(parse(text), article(text, day))
    return {a.name: (a.kind, a.country) for a in table.actors}


def test_a_past_presidents_administration_is_of_his_country_not_a_town_of_his_name():
    found = actors("The Bush administration said the talks had failed." + KENYA_STORY)
    assert found["Bush administration"] == ("government", "USA")


def test_an_administration_of_a_president_from_decades_ago_is_of_his_country():
    found = actors("The Carter administration said the grain deal was off." + KENYA_STORY)
    assert found["Carter administration"] == ("government", "USA")


def test_a_leaders_government_is_of_the_country_the_leader_led():
    found = actors("The Merkel government said the talks had failed." + KENYA_STORY)
    assert found["Merkel government"] == ("government", "DEU")


def test_a_surname_no_known_leader_bears_gives_no_country_of_its_own():
    assert shipped_known().leader_country("Kestrelby", dt.date(2010, 6, 1)) is None


def test_a_surname_of_leaders_of_two_countries_is_the_one_who_led_last_before_the_date():
    known = shipped_known()
    assert known.leader_country("Johnson", dt.date(2010, 6, 1)) == "USA"
    assert known.leader_country("Johnson", dt.date(2021, 6, 1)) == "GBR"


def test_a_firm_described_in_apposition_by_a_nationality_is_of_that_country():
    found = actors("Taketa Corp, a Japanese firm, said the camps were full." + KENYA_STORY)
    assert found["Taketa Corp"] == ("organisation", "JPN")


def test_a_body_based_in_a_town_is_of_the_towns_country():
    found = actors("The Tokyo-based Taketa Corp said the camps were full." + KENYA_STORY)
    assert found["Taketa Corp"] == ("organisation", "JPN")


def test_a_charity_described_as_based_in_a_country_is_of_that_country_not_the_storys():
    text = "The Lumen Society, a UK-based charity, said the camps were full." + KENYA_STORY
    assert actors(text)["Lumen Society"] == ("organisation", "GBR")


def test_a_body_backed_by_a_country_is_not_of_it():
    text = "The Iranian-backed Hadi Brigade said the camps were full." + KENYA_STORY
    assert actors(text)["Hadi Brigade"][1] != "IRN"


def test_a_countrys_ministry_is_a_government_of_that_country():
    found = actors("Canada's foreign ministry said the plan was good." + KENYA_STORY)
    assert found["foreign ministry"] == ("government", "CAN")


def test_the_irish_republic_is_ireland():
    found = actors("The Irish Republic said the plan was good." + KENYA_STORY)
    assert next(v for k, v in found.items() if "Irish" in k or k == "Ireland")[1] == "IRL"


def test_a_name_after_a_word_prefix_is_no_actor():
    found = actors("The study is a cross-EU venture run from Brussels." + KENYA_STORY)
    assert "European Union" not in found


def test_a_name_after_anti_is_still_named():
    found = actors("Protesters marched against the EU in Athens, and the anti-EU crowd grew.")
    assert "European Union" in found


def test_the_country_an_organisations_name_places_it_in_comes_before_a_demonym_in_the_name():
    found = actors("The American Chamber of Commerce of Egypt said exports rose.")
    assert found["American Chamber of Commerce of Egypt"] == ("organisation", "EGY")


def test_a_us_state_in_a_name_is_the_state_not_a_foreign_town_of_that_name():
    # Virginia is also a large town of South Africa
    found = actors("The Virginia Department of Transportation closed the bridge on Friday.")
    # (a state's department is of kind government since session 46, as "Texas sued" is)
    assert found["Virginia Department of Transportation"] == ("government", "USA")
