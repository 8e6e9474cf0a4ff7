"""Session 54's speed change of the stages' shared look-ups keeps what they found: ``indices_in``
and ``indices_where`` look words up among a document's distinct keys (made once per attribute,
``doctext._distinct``) and must give what a scan of every word gives, over the whole document
and over a stretch of it, document after document. The texts are written for this test."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH, TAG
from spacy.tokens import Doc

from dateline.language import load_nlp
from dateline.text.doctext import Verdicts, indices_in, indices_where

TEXTS = (
    "The harbour master of Lornhaven said on Tuesday the quay was closed. “We will sail,” "
    "said Per Halden, who told the crews that the fares would rise by March 3.\n\nThe board "
    "of the Velna ferry line, which met on 4 May, denied it.",
    "Fares rose 12% (the board said) in March",
)
WORD_SETS = (
    frozenset({"said", "told", "denied"}),
    frozenset({"which", "who"}),
    frozenset({"WDT", "WP"}),
    frozenset({"nowhere", "unheard"}),
    frozenset({"rose", "%"}),  # (only in the second text)
    frozenset({"harbour"}),  # (only in the first)
    frozenset(),
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


@pytest.mark.parametrize("attr", [LOWER, ORTH, TAG])
def test_indices_in_finds_the_words_a_scan_finds(docs: list[Doc], attr: int) -> None:
    for doc in docs:
        strings = [doc.vocab.strings[key] for key in doc.to_array(attr).tolist()]
        for words in WORD_SETS:
            assert indices_in(doc, attr, words) == [i for i, s in enumerate(strings) if s in words]
            for start in range(0, len(doc), 3):
                for end in (start, min(start + 4, len(doc)), len(doc)):
                    want = [i for i in range(start, end) if strings[i] in words]
                    assert indices_in(doc, attr, words, start, end) == want, (start, end)


def test_indices_where_finds_the_words_a_scan_finds(docs: list[Doc]) -> None:
    def test(lemma: str) -> bool:
        return lemma.lower() in {"say", "tell", "deny", "rise"}

    memo = Verdicts()  # (kept across the documents and the askings, as the stages keep it)
    for doc in docs * 2:
        strings = [doc.vocab.strings[key] for key in doc.to_array(LEMMA).tolist()]
        want = [i for i, s in enumerate(strings) if test(s)]
        assert want
        assert indices_where(doc, LEMMA, test, memo) == want
        assert indices_where(doc, LEMMA, test, {}) == want
        assert indices_where(doc, LEMMA, test) == want
