"""Session 60's cuts of the attribution stage's cost give what the rules gave before:
``_titled_in_own_words`` reads the speaker's names among the words said from the names found
once a document (by bisection) instead of walking every word said, and
``with_subject_hung_on_cue`` screens the phrases hung on a cue by index and label key on the
parse's tree before it makes a Token of any, and ``indices_in`` finds the one word of a list a
document holds by a scan in C. The texts are written for this test."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from spacy.attrs import LOWER
from spacy.tokens import Span

from dateline.actors import find_actors
from dateline.attribution import assembly, find_attributions, syntax
from dateline.attribution.context import Context, Draft
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import expanded_span, indices_in
from dateline.timex import find_timexes

_TEXTS = (
    "Dr. Ines Varga met the board on Monday. “I was reassured by Dr. Varga's plan,” she said.",
    "Mr. Tomas Ebert spoke at the depot. “We trust Mr. Ebert and his crew,” he said later.",
    "Tomas Ebert spoke at the depot. “We trust our crew to finish the bridge,” he said.",
    "Senator Lia Moreno visited the port. “The harbour needs dredging soon,” she told reporters.",
    "Governor Paul Okafor toured the plant. Okafor said the line would reopen in May, and "
    "he said Mr. Okafor's staff would stay.",
)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = load_nlp()(text)
    article = Article(id="s60", text=text, published=dt.date(2025, 4, 2))
    found = find_attributions(doc, article, find_actors(doc, article), find_timexes(doc, article))
    return [(a.content.text, a.speaker) for a in found]


def _old_titled_in_own_words(ctx: Context, draft: Draft) -> bool:
    """``_titled_in_own_words`` as it was: a walk over every word said."""
    words = expanded_span(ctx.doc, *draft.content)
    if words is None:
        return False
    return any(
        t.pos_ == "PROPN"
        and ctx.actors.at(t) == draft.speaker
        and t.i > words.start
        and ctx.doc[t.i - 1].lower_.rstrip(".") in assembly._TITLES
        for t in words
    )


def test_titled_in_own_words_as_the_walk_over_the_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = []
    new = assembly._titled_in_own_words

    def both(ctx: Context, draft: Draft) -> bool:
        asked.append((new(ctx, draft), _old_titled_in_own_words(ctx, draft)))
        return asked[-1][0]

    monkeypatch.setattr(assembly, "_titled_in_own_words", both)
    for text in _TEXTS:
        _speakers(text)
    assert asked  # (the texts reach the rule)
    assert all(new_verdict == old for new_verdict, old in asked)
    assert any(new_verdict for new_verdict, _ in asked)


class _Bounds:
    """A span's bounds that refuse to be walked."""

    def __init__(self, span: Span) -> None:
        self.start, self.end = span.start, span.end

    def __iter__(self) -> None:
        raise AssertionError("the words said were walked")


def test_titled_in_own_words_walks_no_word_said(monkeypatch: pytest.MonkeyPatch) -> None:
    def bounds_only(doc: object, start: int, end: int) -> _Bounds | None:
        span = expanded_span(doc, start, end)
        return None if span is None else _Bounds(span)

    monkeypatch.setattr(assembly, "expanded_span", bounds_only)
    found = _speakers(_TEXTS[1])
    assert any("trust Mr. Ebert" in content and speaker is None for content, speaker in found)


def test_a_speaker_called_by_title_in_the_words_is_still_doubted() -> None:
    found = _speakers(_TEXTS[1])
    assert any("trust Mr. Ebert" in content and speaker is None for content, speaker in found)


def test_a_speaker_not_named_in_the_words_is_kept() -> None:
    found = _speakers(_TEXTS[2])
    assert any("trust our crew" in content and speaker for content, speaker in found)


class _CountingTree:
    """``syntax.tree``, counting the documents asked for."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, doc: object) -> object:
        self.asked += 1
        return syntax.tree(doc)


def test_phrases_hung_on_a_cue_screened_on_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingTree()
    monkeypatch.setattr(assembly, "tree", counting)
    found = _speakers("The union said between 40 and 60 workers are still missing after the fire.")
    assert counting.asked >= 1
    assert any(content.startswith("between 40 and 60 workers") for content, _ in found)


def test_a_count_hung_on_the_cue_still_opens_the_words() -> None:
    found = _speakers("Rescuers say about 30 miners are still trapped below the Kell shaft.")
    assert any(content.startswith("about 30 miners") for content, _ in found)


def test_a_clause_alone_after_the_cue_is_left_as_it_was() -> None:
    found = _speakers("The ministry said the Harlow bridge would open on Friday.")
    assert any(content.startswith("the Harlow bridge") for content, _ in found)


def test_one_word_found_by_the_scan_in_c() -> None:
    from dateline.text import doctext

    rng = random.Random(60)
    for _ in range(2000):
        keys = [rng.randrange(6) for _ in range(rng.randrange(40))]
        key = rng.randrange(7)
        assert doctext._places_of(keys, key) == [i for i, k in enumerate(keys) if k == key]


def test_words_in_the_document_as_a_walk_over_its_words() -> None:
    doc = load_nlp()(
        "No one at the Pell mill said if the kiln would close. Few workers knew, and no "
        "manager would say whether the owners, who met on Tuesday, had a buyer."
    )
    lowers = sorted({t.lower_ for t in doc})
    rng = random.Random(60)
    for _ in range(300):
        words = frozenset([*rng.sample(lowers, rng.randrange(1, 4)), "not-in-the-text"])
        found = indices_in(doc, LOWER, words)
        assert found == [t.i for t in doc if t.lower_ in words]
