"""What a pronoun or "the company" refers back to (issue 21): a "they" inside someone's
quotation is whoever the speaker talks about, not the group the narrative named last; "the
company" is the business named before, not a body of no stated sector named nearer in passing.
Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def mentions(text: str) -> dict[str, list[str]]:
    table = find_actors(parse(text), article(text, dt.date(2012, 6, 1)))
    return {a.name: [text[m.start : m.end] for m in a.mentions] for a in table.actors}


def test_they_in_a_quotation_is_not_the_group_named_before():
    text = (
        'Mexican residents rushed out to buy masks. "We are scared because they say it is a'
        ' new virus," said Ana Ruiz, a teacher.'
    )
    assert mentions(text)["Mexican residents"] == ["Mexican residents"]


def test_they_in_the_narrative_is_still_the_group():
    # a guard
    text = "Mexican residents rushed out to buy masks. They kept their children at home."
    assert mentions(text)["Mexican residents"] == ["Mexican residents", "They"]


def test_the_company_is_the_business_named_before():
    text = (
        "Dorvan Oil Corp said on Monday that the cap was holding. Lord Hale, the former head of"
        " the FBE, criticised ministers for not backing the company."
    )
    found = mentions(text)
    assert found["Dorvan Oil Corp"] == ["Dorvan Oil Corp", "the company"]
    assert found["FBE"] == ["FBE"]


def test_the_company_is_still_the_nearest_business():
    # a guard
    text = "BP said the cap was holding. Its rival Kestrel Corp said the company would help."
    assert mentions(text)["Kestrel Corp"] == ["Kestrel Corp", "the company"]
