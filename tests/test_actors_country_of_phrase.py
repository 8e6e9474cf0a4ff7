"""``country_of_phrase`` keeps, per word of a document, the country the word names by itself
(session 40: ``organisation`` and ``descriptions`` ask of the same words in several phrases),
but never the country of an actor the word belongs to, which the stage learns as it goes.
The text is written for this test."""

from __future__ import annotations

from dateline.actors.finder import _Draft, _Grouper
from dateline.actors.knowledge import knowledge
from dateline.language import load_nlp
from dateline.model import Article

TEXT = (
    "Ingrid Solvang, an adviser to the Norwegian fisheries board, met Afghan-born engineers "
    "in Kestervik on Monday."
)


def _grouper() -> _Grouper:
    doc = load_nlp()(TEXT)
    article = Article(id="t", text=TEXT, published="2024-03-04")
    return _Grouper(doc, article, knowledge(), None)


def test_a_words_own_country_is_kept_and_the_same() -> None:
    grouper = _grouper()
    doc = grouper.doc
    norwegian = [t for t in doc if t.text == "Norwegian"]
    afghan = [t for t in doc if t.text == "Afghan"]
    phrase = [t for t in doc if t.text in ("the", "Norwegian", "fisheries", "board")]
    assert grouper.country_of_phrase(phrase) == "NOR"
    assert grouper.country_of_phrase(phrase) == "NOR"  # (read from what was kept)
    assert grouper.country_of_phrase(norwegian) == "NOR"
    assert grouper.country_of_phrase(afghan) is None  # "Afghan-born": no country of the phrase
    assert grouper.country_of_phrase(afghan) is None


def test_an_actors_country_is_read_anew() -> None:
    grouper = _grouper()
    name = [t for t in grouper.doc if t.text in ("Ingrid", "Solvang")]
    assert [t.ent_type_ for t in name] == ["PERSON", "PERSON"]
    assert grouper.country_of_phrase(name) is None  # nobody known yet
    person = _Draft("Ingrid Solvang", "person", "NOR")
    for token in name:
        grouper.by_token[token.i] = person
    assert grouper.country_of_phrase(name) == "NOR"  # the person, found since
    person.country = "SWE"
    assert grouper.country_of_phrase(name) == "SWE"
