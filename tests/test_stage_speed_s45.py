"""Session 45's speed-ups of the attribution stage give what the code they replace gave: a
content's words kept per document by their offsets (``expanded_span``). The texts are written
for this test; the code replaced is kept here to compare with."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, IS_PUNCT, LOWER, ORTH, POS

from dateline.actors.finder import _english_chunks, _english_noun_chunks, _noun_chunks
from dateline.language import load_nlp
from dateline.text.doctext import attribute_keys, expanded_span

TEXT = (
    "The harbour board of Kestervik said on Monday that the northern breakwater, which "
    "engineers of Halvard Marine inspected last week, would stay closed.\n\n"
    "“We will not reopen it,” a spokeswoman, Ingrid Solvang, said.  Kestrel Oil said its "
    "tanker was safe."
)
OTHER = "Mayor Tove Aas told reporters the ferry would sail (weather permitting) on Friday."


def _offsets(doc) -> list[tuple[int, int]]:
    """Every pair of offsets up to the text's end, token bounds or not (spaces, inside
    words, empty and reversed ranges)."""
    n = len(doc.text)
    return [(a, b) for a in range(0, n + 1, 3) for b in range(a - 2, min(n, a + 40) + 1, 2)]


def _same(kept, fresh) -> bool:
    if fresh is None or kept is None:
        return kept is None and fresh is None
    return (kept.start, kept.end, kept.doc) == (fresh.start, fresh.end, fresh.doc)


def test_expanded_span_is_char_span_expand() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp(OTHER)
    for doc in (first, second, first):  # going back to a document asked of before
        for a, b in _offsets(doc):
            try:
                fresh = doc.char_span(a, b, alignment_mode="expand")
            except IndexError:  # (spaCy's refusal of some reversed ranges: refused alike)
                with pytest.raises(IndexError):
                    expanded_span(doc, a, b)
                continue
            assert _same(expanded_span(doc, a, b), fresh), (a, b)
            assert _same(expanded_span(doc, a, b), fresh), (a, b)  # asked again: kept


def test_expanded_span_kept_per_document() -> None:
    nlp = load_nlp()
    first, second = nlp(OTHER), nlp(OTHER)  # the same text, two documents
    one, two = expanded_span(first, 0, 10), expanded_span(second, 0, 10)
    assert one is not None and two is not None
    assert one.doc is first and two.doc is second
    assert expanded_span(second, 0, 10) is two  # kept for the document asked last


def test_attribute_keys_kept_per_document() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp(OTHER)
    for doc in (first, second, first, second):  # going back and forth between documents
        for attr in (LOWER, ORTH, POS, IS_PUNCT, DEP, LOWER):
            assert attribute_keys(doc, attr) == doc.to_array(attr).tolist()
    with first.retokenize() as retokenizer:  # (no stage does: a new length is read anew)
        retokenizer.merge(first[0:3])
    assert attribute_keys(first, LOWER) == first.to_array(LOWER).tolist()
    assert len(attribute_keys(first, LOWER)) == len(first)


def test_english_noun_chunks_are_spacys() -> None:
    nlp = load_nlp()
    for text in (
        TEXT,
        OTHER,
        "Both the mayor and her deputy, Ana Ruiz, and the city's lawyers met.",
    ):
        doc = nlp(text)
        assert doc.noun_chunks_iterator is _english_chunks  # (else the rule is not asked)
        fresh = [(c.start, c.end, c.label_) for c in doc.noun_chunks]
        kept = [(c.start, c.end, c.label_) for c in _english_noun_chunks(doc, list(doc))]
        assert kept == fresh and fresh
        assert [(c.start, c.end) for c in _noun_chunks(doc, list(doc))] == [
            (c.start, c.end) for c in doc.noun_chunks
        ]
