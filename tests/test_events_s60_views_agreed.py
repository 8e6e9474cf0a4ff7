"""Agreeing with someone's view is no agreement (issue 15, session 60): the agreement sense
took the preposition "on" for a cue of a thing agreed on even when its object was a day
("agreed with Kestria on Tuesday that the talks should resume") or a matter of views ("agree
with Kestria on most trade questions", "on very little"). Such a preposition is no cue now; an
act agreed on, an infinitive or "to" keep the event. Sentences written for these tests; the
guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import coded_events

WEDNESDAY = dt.date(2026, 6, 10)


def _agreements(text: str) -> list[str]:
    """The triggers of the kept AGREE events (past the trust gate)."""
    return [word for kind, _, _, word in coded_events(text, WEDNESDAY) if kind == "AGREE"]


def test_a_view_shared_on_a_named_day_is_no_agreement() -> None:
    text = (
        "Valdoria's foreign minister agreed with Kestria on Tuesday that the talks should resume."
    )
    assert _agreements(text) == []


def test_views_shared_on_most_questions_are_no_agreement() -> None:
    assert _agreements("Valdoria's ministers agree with Kestria on most trade questions.") == []


def test_agreeing_on_very_little_is_no_agreement() -> None:
    assert _agreements("Valdoria's opposition agrees with the government on very little.") == []


def test_guard_a_plan_agreed_on_after_a_day_is_an_agreement() -> None:
    text = "Valdoria agreed with Kestria on Tuesday on a plan to share the river's water."
    assert _agreements(text) == ["agreed"]


def test_guard_a_ceasefire_agreed_on_is_an_agreement() -> None:
    assert _agreements("Valdoria and Kestria agreed on Tuesday on a ceasefire.") == ["agreed"]


def test_guard_an_act_agreed_to_after_a_day_is_an_agreement() -> None:
    text = "Valdoria and Kestria agreed on Tuesday to reopen the border crossing."
    assert _agreements(text) == ["agreed"]
