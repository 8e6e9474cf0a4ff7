"""Well-known US cabinet secretaries of 2009-2013 keep their country in a foreign outlet's story
(issue 21): the country-of-the-story guess is withheld in foreign coverage, so knowledge must
give it. Sentences written for dateline."""

import datetime as dt

from dateline.model import Article
from dateline.pipeline import read


def test_the_interior_secretary_is_american_in_a_wire_story():
    text = (
        "HOUMA, La (Reuters) - Interior Secretary Ken Salazar said on Sunday that crews would "
        "work through the night. Salazar toured the marshes with Energy Secretary Steven Chu."
    )
    reading = read(Article(id="t", text=text, published=dt.date(2010, 5, 23), source="reuters"))
    countries = {a.name: a.country for a in reading.actors}
    assert countries["Ken Salazar"] == "USA" and countries["Steven Chu"] == "USA"
