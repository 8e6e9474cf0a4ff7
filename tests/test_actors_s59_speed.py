"""Session 59's speed-up of the entity corrections changes no reading: an entity the trim
leaves of no name's label (a date, a time, an amount, an event) skips the rules after the
trim, which can neither make it a name nor an actor; one the finder can still read (an
institution's or a people's words, a ticker's angle brackets) goes through every rule. The
labels of some entities are set by hand, to hold the guards whatever the model reads. The
texts are written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dateline.actors import corrections, find_actors
from dateline.actors.finder import ActorTable
from dateline.actors.knowledge import knowledge
from dateline.actors.known import shipped_known
from dateline.language import load_nlp
from dateline.model import Article

AMOUNTS = (
    "Lotta Brenner, the chief executive of Halvorsen Mills, said on Tuesday that sales fell "
    "12 percent to $4 million in the third quarter."
)
TICKER = "Analysts raised their bid for <1990 Trust> on Friday after the results."
WHITE_HOUSE = "The White House said on Monday that the talks would go on."
FRENCH = "Jason French runs the harbour board. French said on Monday the port would stay open."


def _doc(text: str, relabel: tuple[str, str] | None = None) -> Doc:
    """The parse of ``text``, with the words ``relabel[0]`` made one entity of the label
    ``relabel[1]`` (the last mention), the model's other entities kept where they do not
    overlap it."""
    doc = load_nlp()(text)
    if relabel is not None:
        words, label = relabel
        start_char = text.rindex(words)
        span = doc.char_span(start_char, start_char + len(words), label=label)
        assert span is not None
        kept = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
        doc.ents = sorted([*kept, span], key=lambda e: e.start)
    return doc


def _table(doc: Doc) -> ActorTable:
    return find_actors(doc, Article(id="s59", text=doc.text, published="2026-02-03"))


def _every_entity_through_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corrections, "_of_no_actor", lambda *args: False)


def test_dates_and_amounts_skip_the_rules_after_the_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    furniture = corrections.page_furniture

    def reading(ent: Span) -> bool:
        read.append(ent.label_)
        return furniture(ent)

    monkeypatch.setattr(corrections, "page_furniture", reading)
    doc = _doc(AMOUNTS)
    assert {"DATE", "PERCENT", "MONEY"} <= {e.label_ for e in doc.ents}
    corrections.correct_entities(doc, knowledge(), shipped_known(), [])
    assert "PERSON" in read
    assert not {"DATE", "PERCENT", "MONEY"} & set(read)


@pytest.mark.parametrize(
    "text, relabel",
    [
        (AMOUNTS, None),
        (TICKER, ("1990 Trust", "DATE")),  # wire copy's mark of a company: still the company
        (WHITE_HOUSE, ("White House", "DATE")),  # an institution's words: still read
        (FRENCH, ("French", "LANGUAGE")),  # a people's word, a surname: still read
    ],
    ids=["amounts", "angle-brackets", "institution", "surname"],
)
def test_the_actors_are_those_of_every_entity_through_the_rules(
    monkeypatch: pytest.MonkeyPatch, text: str, relabel: tuple[str, str] | None
) -> None:
    skipped = _table(_doc(text, relabel))
    _every_entity_through_the_rules(monkeypatch)
    through = _table(_doc(text, relabel))
    assert skipped.actors == through.actors


def test_a_date_in_angle_brackets_is_still_made_a_company() -> None:
    log: list[tuple[str, str]] = []
    doc = _doc(TICKER, ("1990 Trust", "DATE"))
    found = corrections.correct_entities(doc, knowledge(), shipped_known(), log)
    assert ("1990 Trust", "ORG") in {(e.text, e.label_) for e in found}
    assert ("company_in_angle_brackets", "1990 Trust") in log
