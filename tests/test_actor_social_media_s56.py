"""'Social media' is where people post, no actor (issue 21, session 56): "have taken to social
media", "talked openly on social media" name a medium, neither the press nor a group of people
that a user could follow. A named platform that acts keeps its record. Sentences written for
dateline, the people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def mentioned(text: str) -> set[str]:
    """The texts of the mentions of every actor record found."""
    actors = find_actors(parse(text), article(text, dt.date(2026, 3, 2))).actors
    return {m.text.lower() for a in actors for m in a.mentions}


def test_social_media_taken_to_is_no_actor():
    found = mentioned("Fans have taken to social media to complain about Orla Venn.")
    assert "social media" not in found


def test_social_media_talked_on_is_no_actor():
    found = mentioned("Dara Finch talked openly on social media about her plans to leave.")
    assert "social media" not in found


def test_a_platform_that_acts_stays_an_actor():
    # a guard: the firm behind a platform, acting
    assert "twitter" in mentioned("Twitter suspended the account of Dara Finch on Monday.")
