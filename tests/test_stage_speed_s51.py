"""Session 51's speed-ups of the attribution stage give what the replaced code gave: the cue
words found by their lemma before their part of speech, the sentences read from the kept
starts, the capitalised openers a lost stop may stand before found by their written form,
whether a word is passive asked once, and a verb of no speech taken for a stance before its
tests are run. The texts are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.attribution import find_attributions, syntax
from dateline.attribution.assembly import _SENTENCE_OPENERS, _lost_stop_before, _openers_in
from dateline.attribution.context import Context
from dateline.attribution.cues import load_cues
from dateline.attribution.reported import _CUE_POS_KEYS
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import attribute_keys, indices_where, sentence_ranges
from dateline.timex import find_timexes

TEXTS = (
    "Ferry talks stall\n\n"
    "Harbour master Piet Olsen said on Monday that the ferries to Lornhaven would sail again "
    "once the strike ends. The owners hope the crews will return, and they believe the deal is "
    "fair. The union was told by the council that no boat may leave. In a Brill poll, 41 "
    "percent of islanders backed the strike. There were no ferries at the quay The crews waited "
    "in the rain. Both sides say the talks will go on.",
    "Mayor Tomas Reyk wants a new bridge. He said the old one, which was built in 1931, is "
    "unsafe, according to the engineers. Reyk plans to ask the council for money; the council "
    "is expected to refuse. Not one of the members has said what they think.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def _context(doc: Doc, n: int) -> Context:
    article = Article(id=f"s51-{n}", text=TEXTS[n], published=dt.date(2024, 3, 4))
    return Context(doc, article, find_actors(doc, article), find_timexes(doc, article))


def test_cue_words_by_lemma_then_part_of_speech(docs: list[Doc]) -> None:
    kb = load_cues()
    for doc in docs:
        tags = attribute_keys(doc, POS)
        found = [
            i
            for i in indices_where(doc, LEMMA, kb.reported_lemma, kb.reported_verdicts)
            if tags[i] in _CUE_POS_KEYS
        ]
        scanned = [
            t.i
            for t in doc
            if t.pos_ in ("NOUN", "VERB", "AUX") and t.lemma_.lower() in kb.reported_lemmas
        ]
        assert found == scanned and scanned


def test_sentences_are_spacys(docs: list[Doc]) -> None:
    for doc in docs:
        assert sentence_ranges(doc) == [(s.start, s.end) for s in doc.sents]


def test_openers_are_the_words_a_lost_stop_may_stand_before(docs: list[Doc]) -> None:
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        openers = _openers_in(ctx, 0, len(doc))
        assert openers == [
            t.i
            for t in doc
            if t.lower_ in _SENTENCE_OPENERS and t.text[0].isupper() and t.text[1:].islower()
        ]
        lost = [doc[i].text for i in range(len(doc)) if _lost_stop_before(ctx, doc[i])]
        assert set(lost) <= {doc[i].text for i in openers}
        # "... at the quay The crews waited": the first text's lost stop, the second has none
        assert lost == (["The"] if n == 0 else [])


def test_passive_is_asked_once_and_answers_as_the_parse(docs: list[Doc]) -> None:
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for _ in range(2):
            assert [ctx.passive(t) for t in doc] == [syntax.passive(t) for t in doc]
        assert any(ctx.passive(t) for t in doc)


def test_a_verb_of_no_speech_is_a_stance_and_a_speech_verb_may_be_speech(
    docs: list[Doc],
) -> None:
    kb = load_cues()
    for n, doc in enumerate(docs):
        article = Article(id=f"s51-{n}", text=TEXTS[n], published=dt.date(2024, 3, 4))
        found = find_attributions(
            doc, article, find_actors(doc, article), find_timexes(doc, article)
        )
        verbs = [
            (doc.char_span(a.cue.start, a.cue.end)[0], a.mode)
            for a in found
            if a.cue is not None and a.kind == "indirect"
        ]
        for cue, mode in verbs:
            if cue.pos_ != "NOUN" and cue.lemma_.lower() not in kb.speech_verbs:
                assert mode == "stance", cue.text
        lemmas = {(cue.lemma_.lower(), mode) for cue, mode in verbs}
        assert lemmas & {("say", "speech"), ("want", "stance")}
