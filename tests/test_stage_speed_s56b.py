"""Session 56's scan of a document's cue candidates, done once, gives what the two scans gave:
the words ``reported``'s loop may take for a cue, and the cue verbs among them that a quotation
asks for. The texts are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.attrs import LEMMA
from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.attribution.context import Context
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import indices_where
from dateline.timex import find_timexes

TEXTS = (
    "If anyone says the Tarvel bridge is safe, the council will not listen. Whether the "
    "engineers would claim it, nobody knew. “It will hold,” said Mira Osk, and the mayor "
    "told reporters the repairs were planned. Unless the rain stops, she added, the road "
    "stays shut.",
    "The ferry board expects fares to rise. Its chairman, Per Lund, announced a review and "
    "said the crews had asked for talks. “Not this winter,” he said.",
    "Nothing here is said by anyone.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def _context(doc: Doc, n: int) -> Context:
    article = Article(id=f"s56b-{n}", text=TEXTS[n], published=dt.date(2025, 5, 6))
    return Context(doc, article, find_actors(doc, article), find_timexes(doc, article))


def test_the_cue_candidates_are_the_scan_of_the_lemmas(docs: list[Doc]) -> None:
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        kb = ctx.kb
        expected = indices_where(doc, LEMMA, kb.reported_lemma, kb.reported_verdicts)
        assert ctx.reported_candidates() == expected
        assert ctx.reported_candidates() is ctx.reported_candidates()  # (scanned once)


def test_the_cue_verbs_are_the_candidates_that_are_verbs_of_a_cue_verbs_lemma(
    docs: list[Doc],
) -> None:
    found = 0
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        scanned = [
            t.i for t in doc if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ctx.kb.verbs
        ]
        assert ctx.cue_verbs_in(0, len(doc)) == scanned
        found += len(scanned)
    assert found
