"""Session 54's speed helpers of the attribution stage give what spaCy gives: ``char_span``
finds a span's words by bisection in the tokens' offsets (no ``Token`` made) and must agree
with ``Doc.char_span`` for every pair of offsets around the words, in each alignment mode.
The texts are written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.language import load_nlp
from dateline.text.doctext import char_span

TEXTS = (
    "The harbour master of Lornhaven said the quay was closed.  “We will sail,” said Per "
    "Halden on Tuesday.\n\nThe crews of the Velna ferry line—about 40 of them—met the mayor.\n",
    "Fares rose 12% (the board said) in March",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


@pytest.mark.parametrize("mode", ["strict", "contract", "expand"])
def test_char_span_finds_the_words_spacy_finds(docs: list[Doc], mode: str) -> None:
    for doc in docs:
        edges = {-1, len(doc.text) + 1}
        for word in doc:  # each word's bounds, and a character either side of them
            end = word.idx + len(word)
            edges |= {word.idx - 1, word.idx, word.idx + 1, end - 1, end, end + 1}
        offsets = sorted(edges)
        for start in offsets:
            for end in offsets:
                if start > end:
                    continue  # (spaCy raises for bounds out of order)
                want = doc.char_span(start, end, alignment_mode=mode)
                got = char_span(doc, start, end, mode)  # type: ignore[arg-type]
                assert (got is None) == (want is None), (start, end)
                if want is not None and got is not None:
                    assert (got.start, got.end) == (want.start, want.end), (start, end)
