"""An act the story tells as lasting over weeks has no one day (issue 15): "as protests entered
their third week" is not the day of the warning the sentence dates, and "weeks of protests" is
no day of the story's. Protests broken up on a named day keep it. Sentences written for these
tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Friday is 2026-06-12
WARNING = "The Kestrian army warned protesters on Friday"


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    return event.date or "", event.decided_by or ""


def test_protests_entering_their_third_week_have_no_day_of_the_warning() -> None:
    text = WARNING + ", as protests against President Ibarra entered their third week."
    _, why = dated(text, "protests")
    assert "'protests entered': over a span" in why and "none of its own" in why


def test_weeks_of_protests_have_no_day() -> None:
    text = WARNING + ". Kestrian students staged weeks of protests against President Ibarra."
    _, why = dated(text, "protests")
    assert "'weeks of protests': over a span" in why


def test_protests_staged_keep_the_storys_day() -> None:  # guard
    text = WARNING + ". Kestrian students staged protests against President Ibarra."
    day, why = dated(text, "protests")
    assert day == "2026-06-12" and "none of its own" not in why


def test_protests_broken_up_on_a_named_day_keep_it() -> None:  # guard
    text = "Kestrian police broke up protests against President Ibarra on Friday."
    day, _ = dated(text, "protests")
    assert day == "2026-06-12"
