"""Session 53's speed-up of the mode's tests and the source phrase (``modes``, ``speakers``)
reads what the Tokens gave: a draft's ``_Report`` holds the cue's children, their labels, the
source's head's forms and the content's words and root; the shape's label keys read back as the
labels; ``_tests_for`` keeps the tests in their order, each let through by its gate (the
shape's children's labels cut to those the gates read); a word with none hung on it is its own
phrase; only an "xcomp" has an object of control; and the index screens of
``_noun_phrase_object`` answer as the Tokens do. The texts are written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.attribution import syntax
from dateline.attribution.context import Draft
from dateline.attribution.cues import load_cues
from dateline.attribution.modes import (
    _GATED_CHILD_DEPS,
    _NOMINAL,
    _NOMINAL_POS,
    _STANCE_TESTS,
    _Report,
    _Shape,
    _tests_for,
)
from dateline.language import load_nlp
from dateline.text.doctext import expanded_span, hangs_below, head_indices

TEXTS = (
    "The harbour master of Velstad said on Monday that the ferries would stop. Critics might "
    "say the plan failed, and the guild, which was urged to declare its losses, called for a "
    "recount. New estimates say 40 percent of the boats sank.",
    "Ines Marov, the deputy, told reporters what the council had decided, but she would not "
    "discuss the budget. The union is considering asking the court to rule. Imagine a boss "
    "telling you that the wharf is safe.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return list(load_nlp().pipe(TEXTS))


def _drafts(doc: Doc) -> list[Draft]:
    """A draft for every verb: its subject's phrase as the source, the words after it as the
    content."""
    drafts = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.i + 1 >= len(doc):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        source = doc[subject.left_edge.i : subject.i + 1] if subject is not None else None
        end = verb.right_edge
        content = (doc[verb.i + 1].idx, end.idx + len(end.text))
        drafts.append(Draft("indirect", content, cue=verb, source=source))
    return drafts


def test_a_report_reads_what_the_tokens_give(docs: list[Doc]) -> None:
    kb = load_cues()
    checked = 0
    for doc in docs:
        for draft in _drafts(doc):
            cue = draft.cue
            report = _Report(draft, cue, cue.lemma_.lower(), kb)
            pairs = [(c.dep_, c.lower_) for c in cue.children]
            assert report.kids() == pairs
            assert report.deps() == {dep for dep, _ in pairs}
            assert [c.i for c in report.children()] == [c.i for c in cue.children]
            assert report.kid_deps == [c.dep for c in cue.children]
            root = draft.source.root if draft.source is not None else None
            assert report.root == root
            assert report.root_lower == (root.lower_ if root is not None else "")
            assert report.root_lemma == (root.lemma_.lower() if root is not None else "")
            words = expanded_span(doc, *draft.content)
            assert report.words() == words
            assert report.words_root() == (words.root if words is not None else None)
            # the shape's keys read back as the labels
            strings = doc.vocab.strings
            assert strings[cue.dep] == cue.dep_ and strings[cue.tag] == cue.tag_
            assert {strings[c.dep] for c in cue.children} == report.deps()
            checked += 1
    assert checked > 20


def test_tests_for_keeps_the_order_and_the_gates(docs: list[Doc]) -> None:
    kb = load_cues()
    order = [test for test, _ in _STANCE_TESTS]
    gates = dict(_STANCE_TESTS)
    asked = set()
    for doc in docs:
        for draft in _drafts(doc):
            cue = draft.cue
            report = _Report(draft, cue, cue.lemma_.lower(), kb)
            key = (
                report.lemma,
                cue.dep,
                cue.tag,
                _GATED_CHILD_DEPS.intersection([c.dep for c in cue.children]),
                draft.source is not None,
                False,
                "indirect",
            )
            tests = _tests_for(key, kb, doc.vocab.strings)
            assert _tests_for(key, kb, doc.vocab.strings) is tests  # (kept per shape)
            assert list(tests) == [test for test in order if test in tests]
            # the gates of the shape with all the children's labels, as strings, let the same
            # tests through: they read only the labels kept in the key
            shape = _Shape(report.lemma, cue.dep_, cue.tag_, report.deps(), *key[4:])
            assert list(tests) == [test for test in order if gates[test](shape, kb)]
            asked.update(test.__name__ for test in tests)
    # the texts reach gated tests of each kind: by dependency, by lemma, by children
    assert {"_imagined", "_topic", "_pictured", "_weighed", "_figures_say"} <= asked


def test_a_word_with_none_hung_on_it_is_its_own_phrase(docs: list[Doc]) -> None:
    for doc in docs:
        heads = head_indices(doc)
        for word in doc:
            if word.n_lefts or word.n_rights:
                continue
            assert word.left_edge == word == word.right_edge
            assert [i for i in range(len(doc)) if hangs_below(heads, i, word.i)] == [word.i]


def test_only_an_xcomp_has_an_object_of_control(docs: list[Doc]) -> None:
    for doc in docs:
        for word in doc:
            if word.dep_ != "xcomp":
                assert syntax.object_of_control(word) is None


def test_the_index_screens_answer_as_the_tokens(docs: list[Doc]) -> None:
    for doc in docs:
        heads = head_indices(doc)
        for word in doc:
            assert (word.pos in _NOMINAL_POS) == (word.pos_ in _NOMINAL)
            assert heads[word.i] == word.head.i
