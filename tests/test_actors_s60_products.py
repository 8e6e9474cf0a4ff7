"""Only actors (issue 21, session 60): a name the text says is a drug or a chemical is a thing.
The noun right before the name says so also where the model tagged that noun a proper noun
("the rival flu drug Zanorex", "drug" tagged NNP: a word in small letters is no name's), and
a dispersant or a pesticide is a product as a drug is ("a chemical dispersant Marexit").
Each with a look-alike that must not change. Sentences written for dateline; the products,
firms and people are invented (but for a drug maker the knowledge holds)."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Article


def names(text: str) -> set[str]:
    article = Article(id="t", text=text, published=dt.date(2010, 6, 10), source="x")
    return {a.name for a in find_actors(parse(text), article).actors}


# -- a drug after a noun the model tagged a proper noun ------------------------------------------


def test_drug_after_a_noun_tagged_proper_is_no_actor() -> None:
    text = (
        "GlaxoSmithKline, which makes the rival flu drug Zanorex, said there was no sign the "
        "virus resisted its drug.\n"
        "Zanorex, known generically as zanoravir, is inhaled and is used less often than pills."
    )
    found = names(text)
    assert "Zanorex" not in found
    assert "GlaxoSmithKline" in found


def test_person_named_after_the_drug_maker_stays() -> None:
    text = (
        "GlaxoSmithKline, which makes the rival flu drug, said there was no sign the virus "
        "resisted it.\n"
        "Anna Zanorex, a company scientist, said the tests were clear."
    )
    assert "Anna Zanorex" in names(text)


# -- a dispersant named like a firm ---------------------------------------------------------------


def test_dispersant_is_a_product() -> None:
    text = (
        "Officials defended the use of nearly two million gallons of a chemical dispersant "
        "Marexit to break up the oil.\n"
        "Marexit has been banned in Britain, critics said."
    )
    assert "Marexit" not in names(text)


def test_dispersant_maker_stays_a_firm() -> None:
    text = (
        "Crews sprayed more dispersant on Tuesday. Marexit Chemicals, which makes it, said the "
        "product was safe."
    )
    assert "Marexit Chemicals" in names(text)
