"""Session 54's speed-ups of the source choice and the mode's tests (``speakers``, ``modes``)
read by index what the Tokens gave: a word's children lie inside its sentence (``several``
screens the sentence's labels for a "conj"), a window's offsets from one Span are its first
and last words' (``_named_before_ticker``), a shouted adverb passes the screen of its lower-case
form, a preposition read by key opens the content as the Tokens say (``_topic``), and a
report's children's labels are the cue's. The texts are written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.attribution import speakers, syntax
from dateline.attribution.context import Draft
from dateline.attribution.cues import load_cues
from dateline.attribution.modes import _Report, _topic
from dateline.language import load_nlp
from dateline.text.doctext import sentence_bounds, slice_of

TEXTS = (
    "Harbour master Elin Dahl and her deputy said on Monday that the ferries would stop. "
    "Velstad Shipping Co <VELS.OL> said it spoke about the wharf, and the guild ALSO reported "
    "losses. The Post TODAY said the mayor and the council disagreed.",
    "Critics of the plan argued against a recount, but Tomas Berg, the guild's chairman, "
    "warned of delays. The statement said the dock STILL leaks, Dahl said.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return list(load_nlp().pipe(TEXTS))


def test_a_words_children_lie_in_its_sentence(docs: list[Doc]) -> None:
    conj = 0
    for doc in docs:
        deps = syntax.tree(doc).deps
        for token in doc:
            start, end = sentence_bounds(token)
            assert all(start <= c.i < end for c in token.children)
            has_conj = any(c.dep_ == "conj" for c in token.children)
            conj += has_conj
            assert not has_conj or syntax.CONJ_KEY in deps[start:end]
    assert conj  # (the texts join words)


def test_a_windows_offsets_are_its_words(docs: list[Doc]) -> None:
    for doc in docs:
        for i in range(len(doc)):
            window = slice_of(doc, max(0, i - 3), min(len(doc), i + 3))
            first, last = doc[max(0, i - 3)], doc[min(len(doc), i + 3) - 1]
            assert window.start_char == first.idx
            assert window.end_char == last.idx + len(last.text)
    assert any(speakers._named_before_ticker(t) is not None for doc in docs for t in doc)


def test_a_shouted_adverb_passes_the_screen_of_its_form(docs: list[Doc]) -> None:
    shouted = [t for doc in docs for t in doc if t.i and speakers._shouted_aside(t)]
    assert len(shouted) >= 2  # "ALSO", "TODAY", "STILL"
    for doc in docs:
        lowers, strings = syntax.tree(doc).lowers, doc.vocab.strings
        for token in doc:
            assert strings[lowers[token.i]] == token.lower_
            assert speakers._shouted_form(token.lower_) or not speakers._shouted_aside(token)


def test_the_topic_and_the_childrens_labels_read_by_key(docs: list[Doc]) -> None:
    kb, topics = load_cues(), 0
    for doc in docs:
        for cue in doc:
            if cue.pos_ != "VERB" or cue.i + 2 >= len(doc):
                continue
            # (the content from the second word after the cue: after a preposition right there)
            end = cue.right_edge
            content = (doc[cue.i + 2].idx, end.idx + len(end.text))
            draft = Draft("indirect", content, cue=cue)
            report = _Report(draft, cue, cue.lemma_.lower(), kb)
            assert report.kid_deps == [c.dep for c in cue.children]
            assert report.children() == list(cue.children)
            by_tokens = any(
                c.dep_ == "prep"
                and c.lower_ not in ("for", "against")
                and c.i + 1 < len(doc)
                and doc[c.i + 1].idx == content[0]
                for c in cue.children
            )
            assert _topic(report) == by_tokens
            topics += by_tokens
    assert topics  # ("spoke about the wharf", "warned of delays")
