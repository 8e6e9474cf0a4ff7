"""Session 54's screens of the attribution stage (``reported``, ``syntax``) give what the
Token-based tests gave, on parsed text written for this test: source phrases sought from their
longest word, a cue's lemma read by its key, a writer's opener and a loose coordinator read
from the arrays, and the phrases of when and of others' words walked only when they can be
one."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from dateline.attribution import syntax
from dateline.attribution.cues import load_cues
from dateline.attribution.reported import (
    _day_object,
    _lower_lemma,
    _phrase_starts,
    _phrase_words_at,
    _without_loose_end,
    _without_writers_opener,
)
from dateline.language import load_nlp
from dateline.text.doctext import attribute_keys

TEXTS = (
    "Meanwhile, harbour master Piet Olsen said on Tuesday that the ferries to Lornhaven would "
    "sail again, according to the Lornhaven Gazette. In the words of one skipper, the strike "
    "is a slow drowning, and as told to the council it will last. But the crews, who said in "
    "May that they were tired, promised Monday to hold out - a move that stunned the board.",
    "In other news, Mayor Tomas Reyk announced Friday new limits on the bridge and said the "
    "toll would rise, as reported by the Vellby Courier. Elsewhere, the clerk Ana Vell told "
    "reporters the vote was lost, a claim the council, which met on Sunday, denies. And the "
    "engineers said the cost is fixed, per the ministry, and that the work was done.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def test_source_phrases_sought_from_their_longest_word(docs: list[Doc]) -> None:
    kb = load_cues()
    found = 0
    for doc in docs:
        lowers = attribute_keys(doc, LOWER)
        by_first_word = [
            i for i in range(len(doc)) if _phrase_words_at(lowers, i, kb.source_phrases)
        ]
        assert _phrase_starts(doc, kb.source_phrases) == by_first_word
        found += len(by_first_word)
    assert found >= 5  # "according to", "in the words of", "as told to", "as reported by", "per"


def test_lower_lemma_read_by_its_key(docs: list[Doc]) -> None:
    for doc in docs:
        for token in doc:
            assert _lower_lemma(doc, token.lemma) == token.lemma_.lower()


def test_loose_coordinator_read_from_the_arrays(docs: list[Doc]) -> None:
    cut = 0
    for doc in docs:
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 15) + 1):
                content = doc[start:end]
                want = content
                while len(want) > 1 and (want[-1].dep_ == "cc" or want[-1].pos_ == "CCONJ"):
                    want = syntax.trimmed(want[:-1])
                got = _without_loose_end(content)
                assert (got.start, got.end) == (want.start, want.end)
                cut += got.end != content.end
    assert cut  # ("... and", "... but" end some of the slices)


def test_writers_opener_read_from_the_arrays(docs: list[Doc]) -> None:
    # each sentence but one opens with a writer's link or a lead-in, and loses it
    kept = []
    for doc in docs:
        for sentence in doc.sents:
            content = syntax.trimmed(sentence)
            got = _without_writers_opener(content)
            if got.start == content.start:
                kept.append(sentence.text)
                continue
            opener = " ".join(t.lower_ for t in doc[content.start : got.start])
            assert opener in ("meanwhile ,", "in other news ,", "elsewhere ,", "but", "and")
            assert got.end == content.end
    assert [text.split()[0] for text in kept] == ["In"]  # "In the words of one skipper, ..."


def test_when_and_day_phrases_walked_only_when_they_can_be_one(docs: list[Doc]) -> None:
    dated = 0
    for doc in docs:
        for child in doc:
            words = [t for t in child.subtree if not t.is_punct]
            walked = child.dep_ in ("npadvmod", "prep", "advmod", "nmod") and all(
                t.ent_type_ in ("DATE", "TIME") or (t.dep_ in ("prep", "det") and t.i < words[-1].i)
                for t in words
            )
            assert syntax.when_said(child) == walked
            day = (
                child.dep_ == "dobj"
                and child.i > child.head.i
                and all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree if not t.is_punct)
                and any(c.i > child.i and not c.is_punct for c in child.head.rights)
            )
            assert _day_object(child) == day
            dated += walked
    assert dated >= 2  # "on Tuesday", "in May", "on Sunday", ...


def test_others_said_walked_only_beside_a_relative_clause(docs: list[Doc]) -> None:
    kb = load_cues()
    relative = 0
    for doc in docs:
        for token in doc:
            walked = token.dep_ != "relcl" and any(
                t.dep_ == "relcl"
                and t.lemma_.lower() in kb.speech_verbs
                and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in t.children)
                for t in token.subtree
            )
            assert syntax._others_said(token, kb) == walked
            relative += walked
    assert relative  # "the crews, who said in May ...": a phrase holding others' report


def test_aside_screens_keep_the_asides(docs: list[Doc]) -> None:
    kb = load_cues()
    ends = set()
    for doc in docs:
        for sentence in doc.sents:
            for start in range(sentence.start, sentence.end - 2):
                content = Span(doc, start, sentence.end - 1)
                ends.add(doc[syntax.before_writers_aside(content, kb)].text)
    assert "out" in ends  # "... to hold out - a move that stunned the board": cut at the dash
