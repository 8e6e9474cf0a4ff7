"""Session 54's speed changes of the attribution stage's shared look-ups keep what they found:
``indices_in`` and ``indices_where`` look words up among a document's distinct keys (made once
per attribute, ``doctext._distinct``) and must give what a scan of every word gives, over the
whole document and over a stretch of it; ``Context`` works out whether the text is wrapped and
where its dates attach only when asked, and must give what its old eager loop gave. The texts
are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH, TAG
from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.attribution.context import Context
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import Verdicts, indices_in, indices_where
from dateline.text.paragraphs import hard_wrapped
from dateline.timex import find_timexes

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


def test_context_finds_dates_and_wrapping_when_asked(docs: list[Doc]) -> None:
    heads = 0
    for n, doc in enumerate(docs):
        article = Article(id=f"s54c-{n}", text=TEXTS[n], published=dt.date(2024, 3, 4))
        timexes = find_timexes(doc, article)
        ctx = Context(doc, article, find_actors(doc, article), timexes)
        dated = [t for t in timexes if t.type in ("DATE", "TIME")]
        spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in dated]
        assert ctx.dated_heads == [
            (span.root.head, t.value) for span, t in zip(spans, dated, strict=True) if span
        ]
        assert ctx.dated_spans == [
            (t.start, t.end) for span, t in zip(spans, dated, strict=True) if span
        ]
        assert ctx.wrapped == hard_wrapped(TEXTS[n])
        heads += len(ctx.dated_heads)
    assert heads >= 2  # (the texts' dates: "Tuesday", "March 3", "4 May", ...)
