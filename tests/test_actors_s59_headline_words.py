"""Only actors (issue 21, session 59). A title-case headline capitalises every word, so its
capitals vouch for no name: a "person" of the headline alone that ends in a common noun the
story writes in lower case ("New Survey Finds ..." beside "the survey") is a piece of the
headline, no one; so is a person the story names with the headline's next word glued on
("Owen Marsh Defends ..." beside "Owen Marsh"). A given name and a surname stay a person, and
a name the story's body uses again keeps its record. Sentences written for dateline; the
people are invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2016, 6, 10), source="x")
    return find_actors(parse(text), article).actors


def names(text: str) -> set[str]:
    return {a.name for a in actors(text)}


def test_a_headline_noun_after_an_adjective_is_no_person():
    text = (
        "New Poll Shows Wide Lead Opening Between The Two Candidates.\n\n"
        "A poll published on Monday found the race widening in three states."
    )
    assert "New Poll" not in names(text)


def test_a_candidate_and_his_plan_in_a_headline_is_no_person():
    text = (
        "Larkin Plan for Schools Is Costly but Popular.\n\n"
        "Senator Dana Larkin has offered a plan to pay teachers more."
    )
    assert "Larkin Plan" not in names(text)


def test_a_campaign_named_in_a_headline_is_no_person():
    text = (
        "Dana Larkin Campaign Wants A New Party Chair.\n\n"
        "Dana Larkin's campaign told reporters it wants a new chair."
    )
    found = actors(text)
    assert all(a.name != "Dana Larkin Campaign" or a.kind != "person" for a in found)


def test_a_given_name_and_a_surname_that_is_a_word_stay_a_person():
    # a guard: "Banks" is a common noun the story writes in lower case, but the name opens
    # on a given name
    text = (
        "Peter Banks Warns Of Trouble Ahead For Lenders.\n\n"
        "The banks lent less this year, the report said."
    )
    assert "Peter Banks" in names(text)


def test_a_headline_word_the_story_never_writes_in_lower_case_stays():
    # a guard: nothing in the story says "tower" is a common noun of its text
    text = (
        "Judge Orlov Tower Rejects The Appeal In Full.\n\n"
        "The appeal was rejected on Monday by the court."
    )
    assert "Orlov Tower" in names(text) or "Judge Orlov Tower" in names(text)


def test_a_name_and_the_headline_verb_after_it_is_no_person():
    text = (
        "Owen Marsh Defends Himself Against Claims He Inflated His Record.\n\n"
        "Owen Marsh on Friday defended himself."
    )
    found = names(text)
    assert "Owen Marsh Defends" not in found
    assert "Owen Marsh" in found
