"""Countries a reader takes for granted (session 51): a person or firm of no stated country in
home news is of the story's country, in a story of no one country of the outlet's (not a news
agency's); "the administration" of an American outlet is American; a bare army in foreign
coverage is the story's country's. Every name, firm and sentence here is invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.model import Actor, Article
from tests.stages import parse

US_STORY = (
    "The senator from Ohio raised $2 million in Cincinnati last week. {} The United States "
    "Senate votes on the bill next month, and American donors have given more than ever."
)
SCHOOL_STORY = (
    "Schools in the town will stay closed until Monday, the council said. Parents were told "
    "by Wendy Arkle, who runs the school, on Tuesday."
)
LIMA_STORY = (
    "Peru's protesters gathered again in Lima on Friday, and Peru's opposition said the "
    "vote had been rigged. Peru's interior ministry denied it. {}"
)


def actor(text: str, name: str, source: str) -> Actor:
    article = Article(id="t", text=text, published=dt.date(2016, 2, 1), source=source)
    return next(a for a in find_actors(parse(text), article).actors if a.name == name)


def test_a_person_of_home_news_named_without_a_country_is_of_the_storys():
    text = US_STORY.format("At the dinner the senator thanked Harlan Brisco for his gifts.")
    found = actor(text, "Harlan Brisco", "washingtonpost")
    assert (found.country, found.country_basis) == ("USA", "article")


def test_a_firm_of_home_news_is_of_the_storys_country():
    text = US_STORY.format("The campaign hired Pellworth Capital LLC to manage its funds.")
    assert actor(text, "Pellworth Capital LLC", "washingtonpost").country == "USA"


def test_a_firm_placed_in_a_town_of_another_country_keeps_that_country():
    text = US_STORY.format("The campaign hired Pellworth Capital LLC of Toronto to manage it.")
    assert actor(text, "Pellworth Capital LLC", "washingtonpost").country == "CAN"


def test_no_guess_where_the_lines_name_another_country():
    text = US_STORY.format(
        "At the dinner the senator thanked Harlan Brisco, who had flown in from Canada."
    )
    assert actor(text, "Harlan Brisco", "washingtonpost").country is None


def test_a_story_of_no_one_country_gives_the_outlets_country():
    found = actor(SCHOOL_STORY, "Wendy Arkle", "bbc")
    assert (found.country, found.country_basis) == ("GBR", "article")


def test_a_news_agency_writing_for_the_world_gives_no_country():
    assert actor(SCHOOL_STORY, "Wendy Arkle", "reuters").country is None


def test_the_administration_of_an_american_outlet_is_american_in_a_story_abroad():
    text = LIMA_STORY.format("In Washington the administration said it was watching closely.")
    assert actor(text, "administration", "washingtonpost").country == "USA"


def test_the_new_administration_of_a_home_story_of_no_one_country_is_american():
    text = (
        "Critics said the new administration had moved too slowly on the steel tariffs. "
        "Senator Jane Holloway said the plan was sound."
    )
    assert actor(text, "new administration", "washingtonpost").country == "USA"


def test_a_bare_army_in_foreign_coverage_is_the_storys_countrys():
    text = (
        "Thousands marched through Lima on Friday, and the army did not stop them. Peru's "
        "opposition said the vote had been rigged, and Peru's government denied it. A "
        "British visitor, Jane Moss, said the streets were calm."
    )
    assert actor(text, "army", "washingtonpost").country == "PER"


def test_a_bare_army_is_no_guess_where_another_states_forces_are_named():
    text = (
        "Thousands marched through Lima on Friday, and the army did not stop them. Peru's "
        "opposition said the vote had been rigged, and Peru's government denied it. "
        "American troops guarded the embassy."
    )
    assert actor(text, "army", "washingtonpost").country is None


def test_a_diaspora_compound_is_of_the_united_states_not_the_homeland():
    text = (
        "The Valdor-American Friendship League said the vote was a disgrace. The "
        "Cuban-American Business Council agreed."
    )
    table = find_actors(parse(text), Article(id="t", text=text, published=dt.date(2016, 2, 1)))
    council = next(a for a in table.actors if "Business Council" in a.name)
    assert council.country == "USA"
