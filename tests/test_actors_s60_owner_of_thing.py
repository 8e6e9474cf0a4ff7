"""A person's possessive run into the thing owned (issue 21, session 60). The model sometimes
takes "Pruitt’s 2014 campaign" or "Hallam’s Ohio tour" as one name ("Pruitt’s 2014", "Hallam’s
Ohio"): a possessive of a person the text names in full, before a year, a month or a place, is
the person's mention and the name is the owner's alone. Guards: an owner the text names as no
person (a firm's possessive), and a name that goes on after the possessive ("Fox News’ X").
Sentences written for dateline; people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2016, 5, 4), source="reuters")
    return find_actors(parse(text), article).actors


def names(text: str) -> set[str]:
    return {a.name for a in actors(text)}


def mentions_of(text: str, name: str) -> list[str]:
    return [m.text for a in actors(text) if a.name == name for m in a.mentions]


def test_owner_before_a_year_is_the_person():
    text = "Trump’s 1995 tax return showed a loss, Donald Trump said on Monday."
    assert "Trump’s 1995" not in names(text)
    assert "Trump" in mentions_of(text, "Donald Trump")


def test_owner_before_a_year_labelled_person_is_the_person():
    text = "Obama’s 2008 campaign was different, Barack Obama told the crowd."
    assert {n for n in names(text) if "2008" in n} == set()
    assert "Obama" in mentions_of(text, "Barack Obama")


def test_owner_before_a_place_is_the_person():
    text = (
        "The steep cost of Cruz’s Iowa operation was clear. Ted Cruz is racing to visit all "
        "of Iowa."
    )
    assert "Cruz" in mentions_of(text, "Ted Cruz")
    assert not any("’s" in n for n in names(text))


def test_guard_an_owner_named_as_no_person_keeps_its_name():
    # no one in the text bears the name: the possessive may be a firm's own
    text = "Hallmark’s 2012 results were weak, analysts said."
    assert not any(n == "Hallmark" and a.kind == "person" for a in actors(text) for n in [a.name])


def test_guard_a_reporter_after_an_outlets_possessive_stays_a_person():
    text = "Fox News’ Bret Baier asked the senator about the vote."
    assert "Bret Baier" in names(text)


def test_owner_named_in_full_with_a_possessive_is_the_person():
    # the full name itself ends in the possessive the model kept ("Dana Kowalczyk’s")
    text = (
        "Dana Kowalczyk’s supporters gathered early, said Tom Reyes, a veteran of many races, "
        "including serving as Kowalczyk’s 2012 campaign manager."
    )
    assert not any("2012" in n for n in names(text))
    assert "Kowalczyk" in mentions_of(text, "Dana Kowalczyk")
