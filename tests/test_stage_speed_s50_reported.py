"""Session 50's speed-ups of ``reported`` and ``syntax`` give what spaCy's own walks give:
``last_of`` climbs the heads from the words after a right edge instead of walking the subtree
(which rests on two facts of spaCy's parse checked here on every word: a word's children are
the words whose head it is, and no arc leaves its sentence), and ``reported`` asks the
per-sentence tests only of sentences holding a colon, an "in" or a source phrase's first word.
The texts are written for this test."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.attribution import syntax
from dateline.attribution.context import Context
from dateline.attribution.reported import _any_within, reported
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import head_indices, sentence_bounds
from dateline.timex import find_timexes

TEXTS = (
    "Dock strike ends\n\n"
    "Union leader Marta Fenwick said on Monday that the strike at Lornhaven, which began in "
    "June, would end before the harvest, a claim the owners dispute. Harbour master Piet "
    "Olsen told reporters the ferries would sail again - a relief for the islands. The deal "
    "was fair, according to the union, and the crews, who had waited for weeks, agreed. "
    "Fenwick said the pay rise, the first since 2019, had been won and the owners, she "
    "added, would sign it on Friday, which reportedly pleased the mayor.\n"
    "Olsen: The boats are ready.",
    "Mayor Tomas Reyk said the bridge he had promised in the spring would open, as have the "
    "council's other plans. In a poll released Thursday, 60 percent of voters backed him. "
    "Reyk had 38 percent support in a Brill poll. The council, which met on Sunday, said it "
    "agreed with what the engineers, citing the tests, had found, analysts said.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def test_no_arc_leaves_its_sentence(docs: list[Doc]) -> None:
    for doc in docs:
        heads = head_indices(doc)
        for token in doc:
            start, end = sentence_bounds(token)
            assert start <= heads[token.i] < end


def test_children_are_the_words_hanging_on_a_word(docs: list[Doc]) -> None:
    for doc in docs:
        heads = head_indices(doc)
        for token in doc:
            own = [j for j in range(len(doc)) if heads[j] == token.i and j != token.i]
            assert [c.i for c in token.children] == own


def test_subtree_end_is_the_subtree_walk(docs: list[Doc]) -> None:
    for doc in docs:
        for token in doc:
            walked = max(token.right_edge.i, max(t.i for t in token.subtree))
            assert syntax._subtree_end(token) == walked
            assert syntax.last_of(token) == walked == syntax.last_of(token)


def test_any_within_is_a_scan() -> None:
    rng = random.Random(50)
    for _ in range(2000):
        indices = sorted(rng.sample(range(60), rng.randint(0, 8)))
        start, end = rng.randint(-2, 62), rng.randint(-2, 62)
        assert _any_within(indices, start, end) == any(start <= i < end for i in indices)


def test_screened_sentence_tests_still_find_their_reports(docs: list[Doc]) -> None:
    article = Article(id="s50-0", text=TEXTS[0], published=dt.date(2023, 5, 2))
    doc = docs[0]
    drafts = reported(Context(doc, article, find_actors(doc, article), find_timexes(doc, article)))
    sources = [d.source.text for d in drafts if d.kind == "according_to" and d.source]
    assert "the union" in sources  # "according to the union"
    labels = [d for d in drafts if d.cue is not None and d.cue.text == ":"]
    assert labels and labels[0].source.text == "Olsen"  # "Olsen: The boats are ready."


def test_screened_poll_tests_still_find_their_findings(docs: list[Doc]) -> None:
    article = Article(id="s50-1", text=TEXTS[1], published=dt.date(2023, 5, 2))
    doc = docs[1]
    drafts = reported(Context(doc, article, find_actors(doc, article), find_timexes(doc, article)))
    polls = {
        d.source.text for d in drafts if d.kind == "according_to" and d.cue.text.lower() == "in"
    }
    assert polls == {"a poll released Thursday", "a Brill poll"}
