"""An act placed in a stretch of time up to now ("in the past week", "in recent weeks") happened
on some day of it that the text does not give (issue 15): the past week is the seven days
before the report, not the calendar week before it, and not the publication day. "Last week"
is a calendar week and still dates the act. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.timex import tag
from tests.stages import all_events_of, trigger_dates

SATURDAY = dt.date(2026, 6, 13)
HEADLINE = "Kestria and Valdoria trade blame over river border\n\n"


def test_the_past_week_is_a_stretch_of_seven_days_not_the_calendar_week_before() -> None:
    timexes = tag("Ferries were idle in the past week.", SATURDAY)
    found = {t.text: (t.type, t.value) for t in timexes}
    assert found["the past week"] == ("DURATION", "P1W")


def test_last_week_is_still_the_calendar_week_before() -> None:  # guard
    found = {t.text: t.value for t in tag("Ferries were idle last week.", SATURDAY)}
    assert found["last week"] == "2026-W23"


def test_an_act_in_the_past_week_has_no_day() -> None:
    text = HEADLINE + "Valdorian police arrested 40 Kestrian fishermen in the past week.\n\n"
    assert trigger_dates(text, "arrested", SATURDAY) == []
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == "arrested"]
    assert "stretch up to now" in (event.decided_by or "")


def test_an_act_in_recent_weeks_is_not_dated_on_the_publication_day() -> None:
    text = HEADLINE + "Valdorian police arrested 40 Kestrian fishermen in recent weeks.\n\n"
    assert trigger_dates(text, "arrested", SATURDAY) == []


def test_an_act_last_week_keeps_its_week() -> None:  # guard
    text = HEADLINE + "Valdorian police arrested 40 Kestrian fishermen last week.\n\n"
    assert trigger_dates(text, "arrested", SATURDAY) == ["2026-W23"]
