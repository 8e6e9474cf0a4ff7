"""A country a state works, negotiates or cooperates *with* is its government (issue 21):
"working with Brazil", "negotiated with Chile"; a country after *with* in a land's dealings
("trade with Chile") or that talks are held with stays the country. Sentences written for
dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def kinds(text: str) -> dict[str, str]:
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    return {a.name: a.kind for a in table.actors}


def test_a_country_a_state_works_with_is_its_government():
    text = "Working with Brazil and Canada, France will hold a conference on the rebuilding."
    found = kinds(text)
    assert found["Brazil"] == "government"
    assert found["Canada"] == "government"


def test_a_country_a_state_negotiates_with_is_its_government():
    assert kinds("Peru negotiated with Chile over the border.")["Chile"] == "government"


def test_a_country_a_land_trades_with_stays_the_country():
    assert kinds("Peru's trade with Chile grew last year.").get("Chile") == "country"
