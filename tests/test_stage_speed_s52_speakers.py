"""Session 52's speed-up of the source choice and the mode's tests (``speakers``, ``modes``)
reads words by index only where that gives the answer the Tokens gave: the words below a head
lie between its edges, a head's right children are counted by ``n_rights``, the bracket, dash
and relative-word screens find what a scan of the words finds, the digit screen reads the
phrase's own text, and a span's root is one of the heads ``_noun_phrase_object`` reads. The
texts are written for this test."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from dateline.attribution import syntax
from dateline.attribution.modes import _OPENING_RELATIVES
from dateline.attribution.speakers import (
    _BRACKETS_AND_QUOTES,
    _DASH_KEYS,
    _DIGIT,
    _bracketed,
    several,
)
from dateline.language import load_nlp
from dateline.text.doctext import (
    attribute_keys,
    doc_text,
    hangs_below,
    head_indices,
    indices_in,
    span_text,
)

TEXTS = (
    "HALDEN (Nordwire) - Ferry owners, who met on Monday, said fares would rise by 4 percent. "
    "Tomas Aune and Lena Dahl of the harbour board told reporters what the council had "
    "decided. Nordvik Ferries AS <NFER.OL> said at 0930 it would cut two routes.",
    "The mayor, speaking to the crowd, explained why the breakwater failed -- and which "
    "engineers had warned her. “We will rebuild,” said Ines Berg (D-Halden), the deputy. "
    "Critics of the plan, including the fishermen's guild, say it costs too much.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return list(load_nlp().pipe(TEXTS))


def test_words_below_a_head_lie_between_its_edges(docs: list[Doc]) -> None:
    for doc in docs:
        heads = head_indices(doc)
        for head in doc:
            below = [i for i in range(len(doc)) if hangs_below(heads, i, head.i)]
            assert all(head.left_edge.i <= i <= head.right_edge.i for i in below)
            assert head.n_rights == len(list(head.rights))
            assert [c.i for c in head.rights] == [c.i for c in head.children if c.i > head.i]
            if not (head.n_lefts or head.n_rights):
                assert not list(head.children) and not several(head)


def test_key_screens_find_what_a_scan_of_the_words_finds(docs: list[Doc]) -> None:
    for doc in docs:
        orth, lower = attribute_keys(doc, ORTH), attribute_keys(doc, LOWER)
        for start in range(len(doc)):
            for end in range(start, min(len(doc), start + 12) + 1):
                words = doc[start:end]
                marked = bool(indices_in(doc, ORTH, _BRACKETS_AND_QUOTES, start, end))
                assert _bracketed(doc, start, end) == marked
                dashes = any(t.text in syntax.DASHES for t in words)
                assert (not _DASH_KEYS.isdisjoint(orth[start:end])) == dashes
                relatives = any(t.lower_ in ("what", "which") for t in words)
                assert (not _OPENING_RELATIVES.isdisjoint(lower[start:end])) == relatives
                digit = _DIGIT.search(doc_text(doc), words.start_char, words.end_char)
                assert bool(digit) == bool(_DIGIT.search(span_text(words)))
    assert any(_bracketed(doc, 0, len(doc)) for doc in docs)


def test_a_spans_root_is_one_of_its_heads(docs: list[Doc]) -> None:
    for doc in docs:
        heads = head_indices(doc)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 15) + 1):
                root = doc[start:end].root
                assert start <= root.i < end
                assert not (start <= heads[root.i] < end and heads[root.i] != root.i)
