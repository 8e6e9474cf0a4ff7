"""Session 52's index-based tests of the attribution stage (``reported``, ``syntax``) give what
the Token-based ones gave, on parsed text written for this test: a word's children by index,
the trimmed phrases, the words whose right edge can reach a content's end, a clause with no
mark taken as said, and the source phrases grouped by their first word."""

from __future__ import annotations

import pytest
from spacy.strings import get_string_id
from spacy.tokens import Doc

from dateline.attribution import syntax
from dateline.attribution.cues import load_cues
from dateline.attribution.reported import (
    _now_that_clause,
    _phrases_by_first_word,
    _said_clause,
    _when_clause,
)
from dateline.language import load_nlp
from dateline.text.doctext import head_indices

TEXTS = (
    "Harbour master Piet Olsen said on Monday that the ferries to Lornhaven would sail again "
    "once the strike ends, a claim the owners dispute. The union asked whether the boats were "
    "safe, and the council said before the vote that no boat may leave. In a Brill poll, 41 "
    "percent of islanders backed the strike -- a sign of the mood. “We will not wait,” said "
    "Ana Vell, who leads the crews.",
    "Mayor Tomas Reyk is confident that the bridge will open, according to the engineers. He "
    "said now that the money is there, the work can start; the council is expected to refuse. "
    "Reyk, speaking on Friday, warned the members of the cost and said he would not resign.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def test_children_by_index(docs: list[Doc]) -> None:
    for doc in docs:
        parse = syntax.tree(doc)
        for token in doc:
            assert parse.kids(token.i) == [c.i for c in token.children]
            assert parse.kids(token.i) == [c.i for c in token.children]  # (kept, asked again)


def test_trimmed_on_the_arrays(docs: list[Doc]) -> None:
    for doc in docs:
        for start in range(len(doc)):
            for end in range(start, min(len(doc), start + 12) + 1):
                words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
                got = syntax.trimmed(doc[start:end])
                if not words:
                    assert len(got) == 0
                else:
                    assert (got.start, got.end) == (words[0].i, words[-1].i + 1)


def test_words_reaching_a_contents_end(docs: list[Doc]) -> None:
    """Every word whose right edge is at or past a content's last word is among those
    ``before_writers_aside`` tests."""
    for doc in docs:
        heads = head_indices(doc)
        for last in range(len(doc)):
            reaching = syntax._reaching_end(doc, heads, last)
            edged = {t.i for t in doc[: last + 1] if t.right_edge.i >= last}
            assert edged <= reaching


def test_clause_said_as_the_marks_tell(docs: list[Doc]) -> None:
    """A clause with no mark is said at once; with one, as its three tests tell."""
    kb = load_cues()
    asked = 0
    for doc in docs:
        for clause in (t for t in doc if t.dep_ == "ccomp"):
            verb = clause.head
            question = any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
            )
            expected = (
                (verb.lemma_.lower() in kb.question_verbs or not question)
                and not _when_clause(clause)
                and not _now_that_clause(clause)
            )
            assert _said_clause(clause, verb, kb) == expected
            asked += 1
    assert asked >= 4


def test_source_phrases_by_first_word_in_order() -> None:
    phrases = load_cues().source_phrases
    grouped = _phrases_by_first_word(phrases)
    for first, found in grouped.items():
        assert found == [
            (p, tuple(get_string_id(w) for w in p.split()))
            for p in phrases
            if get_string_id(p.split()[0]) == first
        ]
    assert sum(len(found) for found in grouped.values()) == len(phrases)
