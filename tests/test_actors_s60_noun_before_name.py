"""A noun for what someone does, capitalised as a sentence's first word, taken into the full
name after it (issue 21, session 60): "Billionaire Ana Ruiz said ..." is Ana Ruiz, one person
with her other mentions, not a person named "Billionaire Ana Ruiz". Guards: a given name that
is also a noun ("Hunter Briggs": a name of two words), a name whose first word the word
list holds as a noun but no noun for what someone does ("Jean"). Sentences written for
dateline; people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2016, 5, 4), source="reuters")
    return find_actors(parse(text), article).actors


def names(text: str) -> set[str]:
    return {a.name for a in actors(text) if a.kind == "person"}


def test_occupation_before_a_given_name_is_no_word_of_the_name():
    text = "Billionaire Donald Kessler praised the plan on Monday. Kessler spoke in Ohio."
    assert names(text) == {"Donald Kessler"}


def test_compound_of_man_before_a_given_name():
    text = (
        "Fireman William Tolley spent a week in the rubble. Tolley said the team was tired. "
        "William Tolley flew home on Friday."
    )
    assert names(text) == {"William Tolley"}


def test_occupation_before_a_name_the_text_writes_elsewhere():
    # no given name the knowledge holds: the name written without the noun elsewhere says so
    text = (
        "Rapper Zaliq Derval said he would fly home. The charity of Zaliq Derval has raised "
        "money for the town."
    )
    assert names(text) == {"Zaliq Derval"}


def test_guard_a_given_name_that_is_a_noun_opens_a_two_word_name():
    text = "Hunter Briggs said the plan would fail. Briggs is a lawyer."
    assert "Hunter Briggs" in names(text)


def test_guard_no_agent_noun_before_the_name():
    # "jean" is a noun of the word list, not one for what someone does
    text = "Jean Paul Dorsay said the talks would go on. Dorsay spoke in Paris."
    assert "Jean Paul Dorsay" in names(text)


def test_opening_participle_before_a_body_names_no_person():
    # the parse takes "Acting Centres" for a name that acts; the words are of an office
    text = (
        "Acting Centres for Coastal Safety Director Richard Quell said `` I fully expect we "
        "will see more storms . '' \nHe said the beaches would stay shut .\n"
    )
    assert names(text) == {"Richard Quell"}


def test_guard_a_given_name_in_ing_opens_a_name():
    text = "Sterling Ruiz told reporters the plan would fail. Ruiz spoke in Ohio."
    assert "Sterling Ruiz" in names(text)
