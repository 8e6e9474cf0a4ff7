"""An act told only as what a claim, an accusation or a rumour says (issue 15): "rumours that
the United States had launched a strike" states no strike; the denial of a claim is still an
act of its own. Sentences written for these tests; the first fails on the code before, the
guard (marked) passes on both."""

import datetime as dt
from functools import partial

from tests.stages import coded_events

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


_coded = partial(coded_events, published=PUBLISHED)


def test_a_strike_told_by_rumours_is_not_stated() -> None:
    text = (
        "Traders cited rumours that the United States had launched a retaliatory strike against"
        " Iran on Monday."
    )
    assert not any(c[3] == "strike" for c in _coded(text))


def test_a_claim_denied_stays_a_denial() -> None:  # guard
    text = "Kestria on Monday denied Valdoria's claim that its troops shelled the border town."
    assert ("REJECT", "kestria", "denied") in [(c[0], c[1], c[3]) for c in _coded(text)]
