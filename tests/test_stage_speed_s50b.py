"""Session 50's speed-ups of the speaker choice give what the code they replace gave: a cue
verb's source, speaker and date are worked out once per verb of a document and handed to each
draft of it (``speakers._said_by``), and a source phrase's words are tested up the head array
instead of its subtree's Tokens (``speakers.mention``). The texts are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.actors import find_actors
from dateline.attribution import speakers
from dateline.attribution.context import Context
from dateline.language import load_nlp
from dateline.model import Article
from dateline.timex import find_timexes

TEXTS = (
    "Harbour master Piet Olsen, who runs the Lornhaven docks, said on Monday that the ferries "
    'would sail again. "We are ready," Olsen said. The union and the port authority said the '
    "deal holds. Mayor Tomas Reyk's office told reporters the money was there, and Reyk said "
    "he was pleased.",
    'The Halden statement after the flood said the dam held. "It is done," said Councillor Ana '
    "Brill, a teacher in Troy, adding that the town, which had waited, would rebuild. Fishermen "
    "in the northern villages, angry at the delay, claimed on Tuesday that the works had "
    "stopped.",
)


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    nlp = load_nlp()
    found = []
    for n, text in enumerate(TEXTS):
        article = Article(id=f"s50b-{n}", text=text, published=dt.date(2023, 5, 2))
        doc = nlp(text)
        found.append(Context(doc, article, find_actors(doc, article), find_timexes(doc, article)))
    return found


def test_a_verbs_source_is_the_same_for_every_draft_of_it(contexts: list[Context]) -> None:
    asked = 0
    for ctx in contexts:
        for verb in (t for t in ctx.doc if t.pos_ in ("VERB", "AUX")):
            first = speakers.from_cue_verb(ctx, verb, "indirect", (0, 5))
            again = speakers.from_cue_verb(ctx, verb, "direct", (6, 9))
            fresh = speakers._source_of(ctx, verb)
            assert (again.source, again.speaker) == (first.source, first.speaker) == fresh
            assert again.said_on == first.said_on == speakers.said_on(ctx, verb)
            assert (again.kind, again.content, first.kind) == ("direct", (6, 9), "indirect")
            asked += first.source is not None
    assert asked >= 8  # the texts give most of their verbs a source


def test_a_source_phrase_is_words_below_its_head(contexts: list[Context]) -> None:
    """Every word of a phrase ``mention`` gives hangs below its head (``Token.subtree``, which
    the code replaced read)."""
    lengths = []
    for ctx in contexts:
        for head in (t for t in ctx.doc if t.pos_ in ("NOUN", "PROPN", "PRON")):
            words = speakers.mention(ctx, head)
            below = {t.i for t in head.subtree}
            assert {t.i for t in words} <= below, (head.text, words.text)
            lengths.append(len(words))
    assert max(lengths) >= 4  # "Harbour master Piet Olsen": a head with words before it
