"""Session 48's speed-up of the attribution stage gives what the code it replaces gave (kept
here): whether a cue's speech is only imagined (``modes._imagined``) asks its tests of the
cue's children read once, and looks for the subject of a question only when the cue has both a
subject and an auxiliary. The texts are written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from dateline.attribution import modes
from dateline.attribution.context import Draft
from dateline.attribution.cues import load_cues
from dateline.attribution.modes import (
    _CONDITIONS,
    _GIVEN_BY_QUESTION,
    _IMAGINING_MODALS,
    _TOLD_ADVERBS,
)
from dateline.language import load_nlp
from dateline.text.doctext import sentence_bounds

TEXTS = (
    "Critics might say the harbour plan failed. If the council says so, the ferry stops. "
    "Fishermen are going to start asking why the wall fell. It is awkward for the board to "
    "claim the repairs are done.",
    "Will the coach tell the school he was ill? Did the mayor say the budget was balanced? "
    "Why did she say the vote was rigged? The clerk asked whether the mayor had said anything "
    "about the money.",
    "It is one thing to have a player say he is hurt, and having a minister claim the road is "
    "safe is another. The director had his aide say the plant would close.",
    "People in Kestervik will tell you the river floods each spring. As any farmer will tell "
    "you, the soil is poor. Berg would later say that he regretted the vote, and Lunde would "
    "only say the talks went well. She would say nothing more. Solvang could claim victory.",
    "The board said the breakwater would stay closed. Unless the ministry says otherwise, the "
    "works go on. How can anyone argue the town is safe? Nobody should think the money is "
    "there, the treasurer warned, while the council may decide to announce a new budget.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return list(load_nlp().pipe(TEXTS))


def _old_imagined(cue: Token) -> bool:
    """``modes._imagined`` as it was before session 48."""
    if (
        _old_still_to_come(cue)
        or _old_for_someone_to(cue)
        or _old_asked_whether(cue)
        or modes._made_to_say(cue, [(c.dep_, c.lower_) for c in cue.children])
        or _old_will_tell_you(cue)
    ):
        return True
    for child in cue.children:
        if child.dep_ == "aux" and child.lower_ in _IMAGINING_MODALS:
            if child.lower_ in ("would", "'d") and any(
                c.dep_ == "advmod" and c.lower_ in _TOLD_ADVERBS for c in cue.children
            ):
                continue
            return True
    return cue.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in cue.children
    )


def _old_will_tell_you(cue: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in cue.children) and any(
        c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in cue.children
    )


def _old_still_to_come(cue: Token) -> bool:
    return modes._still_to_come(cue)


def _old_asked_whether(cue: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cue.children) and (
        cue.dep_ == "ccomp"
    ):
        return True
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.left_edge.i for c in cue.children
    ):
        return False
    sentence_start, sentence_end = sentence_bounds(cue)
    if any(t.lower_ in _GIVEN_BY_QUESTION for t in cue.doc[sentence_start : subject.left_edge.i]):
        return False
    end = next(
        (t for t in cue.doc[cue.i : sentence_end] if t.text in ("?", ".", "!") and not t.is_quote),
        None,
    )
    return end is not None and end.text == "?"


def _old_for_someone_to(cue: Token) -> bool:
    children = list(cue.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    )


def _imagined(cue: Token) -> bool:
    """``modes._imagined`` given the cue as ``mode_of`` reads it (``modes._Report``)."""
    draft = Draft("indirect", (cue.idx, cue.idx), cue=cue)
    return modes._imagined(modes._Report(draft, cue, cue.lemma_.lower(), load_cues()))


def test_imagined_as_before(docs: list[Doc]) -> None:
    verdicts = [
        (token.text, _imagined(token), _old_imagined(token))
        for doc in docs
        for token in doc
        if token.pos_ in ("VERB", "AUX")
    ]
    assert [(word, new) for word, new, _ in verdicts] == [(word, old) for word, _, old in verdicts]
    # the texts reach both answers and the tests that changed
    imagined = {word for word, new, _ in verdicts if new}
    assert {"say", "claim", "tell"} <= imagined
    assert any(not new for _, new, _ in verdicts)
    assert any(_old_asked_whether(t) for doc in docs for t in doc)
    assert any(_old_for_someone_to(t) for doc in docs for t in doc)
    assert any(_old_will_tell_you(t) for doc in docs for t in doc)
