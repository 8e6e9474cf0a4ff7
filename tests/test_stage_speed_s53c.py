"""Session 53's speed-ups of the attribution stage's word lists and lost-stop checks give what
the replaced code gave: a document's words of a list, or passing a test, found with ``list``
scans in C (``Context.words_in``, ``words_where``), and the lost-stop checks screened by the
offsets of the sentence openers before any ``Span`` is made. The texts are written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH, TAG
from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.attribution.assembly import (
    _CAPITALISED_OPENERS,
    _GENERATION_VERDICTS,
    _LINE_START_VERDICTS,
    _RELATIVE_TAGS,
    _generation_suffix,
    _line_start_candidate,
    _opener_near,
    _openers_in,
)
from dateline.attribution.context import Context
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import Verdicts, indices_in, indices_where
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


def test_words_found_by_scans_in_c_are_the_loops_words(docs: list[Doc]) -> None:
    lists = (
        (ORTH, _CAPITALISED_OPENERS),
        (TAG, _RELATIVE_TAGS),
        (LOWER, frozenset({"said", "the", "crews", "no such word"})),
    )
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for attr, words in lists:
            assert ctx.words_in(attr, words) == indices_in(doc, attr, words)
        assert ctx.words_in(ORTH, _CAPITALISED_OPENERS)  # ("The", "There", "Both", ...)


@pytest.mark.parametrize("warm", [False, True])
def test_words_passing_a_test_are_the_loops_words(docs: list[Doc], warm: bool) -> None:
    tests = (
        (ORTH, _line_start_candidate, _LINE_START_VERDICTS),
        (LOWER, _generation_suffix, _GENERATION_VERDICTS),
        (LEMMA, lambda lemma: lemma in ("say", "vow", "report"), Verdicts()),
    )
    found = []
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for attr, test, memo in tests:
            if not warm:
                memo.clear()
            expected = indices_where(doc, attr, test, Verdicts())
            assert ctx.words_where(attr, test, memo) == expected
            found.append(expected)
    assert all(found[:3])  # (the first text holds words passing each test)


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
