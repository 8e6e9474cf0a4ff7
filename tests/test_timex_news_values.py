"""Values of time expressions in news that depend on the words around them: which way a bare
date points when a participle or an obligation governs it."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.language import parse
from dateline.model import Article
from dateline.timex import find_timexes

FRIDAY = dt.date(2025, 7, 4)


def _parsed(text: str, anchor: dt.date = FRIDAY) -> dict[str, str]:
    article = Article(id="a", text=text, published=anchor)
    return {t.text: t.value for t in find_timexes(parse(text), article)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a participle describing a noun tells what was done to it: the past
        ("Shares are still below the peak hit on Aug. 20.", "Aug. 20", "2024-08-20"),
        ("Both sides keep to the deal struck in September.", "September", "2024-09"),
        # one set *for* a time is a schedule, not what was done
        ("Officials prepare for a summit set for Geneva in September.", "September", "2025-09"),
        # what is supposed to happen lies ahead
        ("The negotiators are supposed to finish by May.", "May", "2026-05"),
        ("Talks that are supposed to end by May resumed on Tuesday.", "May", "2026-05"),
    ],
)
def test_a_participle_or_an_obligation_decides_which_way_a_date_points(
    text: str, expression: str, value: str
) -> None:
    assert _parsed(text)[expression] == value
