"""The story's country when a counterpart is named more often (session 45, second round, issue
21): the state that is the subject of the lead sentence ("Portugal announced tariff cuts before
trade talks with Washington") is what the story is about, when the state its later lines name
more often is only a counterpart — never the one that acts. Sentences written for dateline;
invented people."""

import datetime as dt

from dateline.actors import find_actors
from dateline.model import Article
from tests.stages import actor_named, parse


def actors_on(text: str, published: dt.date = dt.date(1987, 4, 13), source: str | None = None):
    return find_actors(parse(text), Article(id="t", text=text, published=published, source=source))


def test_the_lead_states_officials_not_the_counterparts():
    text = (
        "Portugal announced plans for another round of tariff cuts on 300 foreign goods "
        "shortly before trade talks with Washington.\n"
        "    Rui Almada, deputy director of the customs department, told reporters the list "
        "included 40 items asked by Washington.\n"
        "    He said the cuts were meant to help balance trade with the United States.\n"
    )
    person = actor_named(actors_on(text), "Rui Almada")
    assert person.country == "PRT"


def test_a_lead_states_possessive_body_makes_the_story_its_own():
    text = (
        "Portugal's central bank said it would buy fewer forward dollars from banks to slow "
        "the growth of money supply.\n"
        "    Pressure from Washington for a stronger escudo has grown ahead of talks with "
        "Washington, a bank official said.\n"
        "    The governor, Jorge Vilela, said exports to the United States had risen.\n"
    )
    person = actor_named(actors_on(text), "Jorge Vilela")
    assert person.country == "PRT"


def test_a_state_that_acts_elsewhere_keeps_the_story():
    # guard: the United States is the lead's subject, but Peru, named more often, is the
    # subject of a sentence too: the story is still Peru's (the police are Peru's)
    text = (
        "The United States is sending 2,000 soldiers to Peru after the earthquake.\n"
        "Peru is at a critical juncture, and aid to Peru is slow to arrive.\n"
        "In Peru the police said roads to the coast were blocked.\n"
    )
    police = actor_named(actors_on(text, dt.date(2010, 1, 14)), "police")
    assert police.country == "PER"


def test_several_states_in_the_lead_make_none_the_story():
    # guard: "Denmark, Norway and Sweden proposed": no one state of the lead; the story's
    # country stays as the counts give it
    text = (
        "Denmark, Norway and Sweden have jointly proposed freer air fares to the United "
        "States.\n"
        "    The United States has not replied, and talks with the United States are due in "
        "May, said Lars Vinding, a transport ministry official.\n"
    )
    person = actor_named(actors_on(text), "Lars Vinding")
    assert person.country != "DNK"
