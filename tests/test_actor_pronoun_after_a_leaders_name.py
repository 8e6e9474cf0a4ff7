"""A pronoun after a leader named only in "the <name> government" is no one's: a reading never
fails on it, and the leader is not the speaker."""

from __future__ import annotations

import datetime as dt

from dateline.model import Article
from dateline.pipeline import read

TEXT = (
    "The Obama administration announced new drilling rules on Monday.\n"
    "The rules cover wells deeper than 500 metres.\n"
    "`` We remain confident in our figures , '' she said .\n"
)


def test_she_after_only_an_administration_s_leader_reads_and_joins_no_one():
    reading = read(Article(id="t", text=TEXT, published=dt.date(2026, 5, 4)))
    for actor in reading.actors:
        assert "she" not in [m.text for m in actor.mentions], actor.name
