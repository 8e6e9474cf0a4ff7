"""Session 53's screen of the attribution stage's lost-stop checks keeps what they found: a
draft is screened by the offsets of the sentence openers (``Context.word_starts``) before any
``Span`` of its content is made, and no draft the checks would test a word of is passed over.
The texts are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.attrs import ORTH
from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.attribution.assembly import _CAPITALISED_OPENERS, _opener_near, _openers_in
from dateline.attribution.context import Context
from dateline.language import load_nlp
from dateline.model import Article
from dateline.timex import find_timexes

TEXTS = (
    "The harbour master of Lornhaven said the quay was closed There are no ferries this "
    "week, according to the board, which the crews said was late. The mayor, who the union "
    "said had left, vowed the ferries would sail It will take days. Tove Brand Jr. said "
    "that the boats were old; Tove Brand said they were not. During the strike the fares "
    "rose 1530 Crews met the mayor.",
    "“We will sail,” said Per Halden. The crews said “the fares will rise” Both owners "
    "expect fewer trips, which the council reported. When the board met, it said the "
    "strike was over.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def _context(doc: Doc, n: int) -> Context:
    article = Article(id=f"s53c-{n}", text=TEXTS[n], published=dt.date(2024, 3, 4))
    return Context(doc, article, find_actors(doc, article), find_timexes(doc, article))


def test_no_opener_near_a_draft_means_no_word_for_the_lost_stop_checks(docs: list[Doc]) -> None:
    seen = set()
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for cue in doc:
            for first in range(len(doc)):
                for last in range(first + 1, min(len(doc), first + 12)):
                    content = (doc[first].idx, doc[last].idx + len(doc[last]))
                    # every word the checks test: inside the content and between it and the cue
                    inner = _openers_in(ctx, first + 1, last)
                    gap = _openers_in(ctx, cue.i + 1, first) or _openers_in(ctx, last + 1, cue.i)
                    near = _opener_near(ctx, content, cue)
                    seen.add(near)
                    if inner or gap:
                        assert near, (cue.text, doc[first : last + 1].text)
                    if near:
                        span = doc[min(first, cue.i) : max(last, cue.i) + 1]
                        assert any(t.text in _CAPITALISED_OPENERS for t in span)
    assert seen == {True, False}


def test_the_openers_offsets_are_their_words_starts(docs: list[Doc]) -> None:
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        starts = ctx.word_starts(ORTH, _CAPITALISED_OPENERS)
        assert starts == [t.idx for t in doc if t.text in _CAPITALISED_OPENERS]
        assert starts
