"""Countries of a birthplace the text gives (issue 21, session 60). A demonym or country's
name joined to "-born" that describes a person ("the Egyptian-born cleric X", "X, a
Haitian-born singer", "Saudi-born militant X") gives the person that country when nothing
else in the text or the knowledge gives one, before the story's guess. Guards: another
nationality stated beside it ("the Peruvian-born American economist"), a staffer of a body
above states and a noun owned by another ("the king's Austrian-born queen": the owner's
office). Sentences written for dateline; countries real, people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article

# a round-up of three countries, named as often, so that the story is about none of them
ROUNDUP = (
    "Peru, Chile and Bolivia reported new cases of the flu on Monday. Chile closed two "
    "schools, Bolivia shut a border post, and Peru asked travellers to stay at home. "
)
# a story about the United States, whose people with a role take its country by guess
US_STORY = (
    "The United States Senate voted on a budget bill on Tuesday in Washington. "
    "American lawmakers argued over spending in the United States. "
)
FRENCH_STORY = (
    "France was in turmoil in the summer of 1789. Crowds in Paris stormed a prison, and "
    "the French king lost control of the capital as France's assembly met at Versailles. "
)


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2011, 2, 1), source="reuters")
    return find_actors(parse(text), article).actors


def country_of(text: str, name: str) -> str | None:
    found = [a for a in actors(text) if a.name.lower() == name.lower()]
    assert found, name
    return found[0].country


def test_a_birthplace_set_off_after_the_name_over_the_story_guess():
    text = US_STORY + "Omar Haddad, the Egyptian-born cleric, said the vote was a mistake."
    assert country_of(text, "Omar Haddad") == "EGY"


def test_a_birthplace_before_the_noun_before_the_name():
    text = ROUNDUP + "The Saudi-born militant Fahd Karimi called for new attacks."
    assert country_of(text, "Fahd Karimi") == "SAU"


def test_a_birthplace_of_the_noun_in_apposition_after_a_comma():
    text = ROUNDUP + "Lina Moreau, a Haitian-born singer, gave a concert for the victims."
    assert country_of(text, "Lina Moreau") == "HTI"


def test_a_stated_nationality_comes_before_the_birthplace():
    # a guard: "American" says which country he is of; "Peruvian-born" only where he was born
    text = ROUNDUP + "The Peruvian-born American economist Jorge Salas said aid was coming."
    assert country_of(text, "Jorge Salas") == "USA"


def test_a_staffer_of_a_body_above_states_keeps_no_country():
    # a guard: the World Bank's economist is of no member state
    text = ROUNDUP + "Jorge Salas, a Chilean-born economist at the World Bank, said aid was coming."
    assert country_of(text, "Jorge Salas") is None


def test_a_noun_owned_by_another_keeps_the_owner_s_office():
    # a guard: the king's queen is the queen of his country, wherever she was born
    text = FRENCH_STORY + "The king's Austrian-born queen, Maria Lenz, fled the palace."
    assert country_of(text, "Maria Lenz") == "FRA"
    text = FRENCH_STORY + "Charles' Austrian-born queen, Maria Lenz, fled the palace."
    assert country_of(text, "Maria Lenz") == "FRA"


# A legislature the knowledge names for one state ("Congress": the US one) owned by another
# state in the text is that state's: "Peru's Congress".


def legislature_countries(text: str) -> list[str | None]:
    return [a.country for a in actors(text) if a.name == "Congress"]


def test_a_congress_owned_by_another_state_is_that_state_s():
    text = US_STORY + "Peru's Congress voted on Friday to buy more vaccine."
    assert legislature_countries(text) == ["PER"]


def test_a_congress_owned_by_its_own_state_or_named_bare_stays_american():
    # guards: the owner is the knowledge's own state, or there is no owner
    assert legislature_countries(US_STORY + "America's Congress voted to buy more vaccine.") == [
        "USA"
    ]
    assert legislature_countries(ROUNDUP + "Congress voted on Friday to buy more vaccine.") == [
        "USA"
    ]
