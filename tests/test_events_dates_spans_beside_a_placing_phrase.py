"""An act placed a span before or after another act ("Months before the hearing, the ministry
asked the court ...") is that long from the other act, even when the parse hangs the span on
the verb beside the "before" phrase rather than inside it: told after the lead with no time of
the other act, it has no day, not the day of the hearing the story stood at (issue 15, session
55; the blind judges' request made months before a hearing dated at the hearing's day).

Guard (marked): a span with the other act's day is counted from it. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, no_day

WEDNESDAY = dt.date(2027, 3, 10)
LEAD = "Hearing on a party ban.\n\nThe court heard the case against the Velmora Party on Tuesday. "


def test_an_act_months_before_an_undated_act_has_no_day() -> None:
    text = LEAD + "Months before the hearing, the ministry asked the court to ban the party."
    assert no_day(event_with_trigger(text, "asked", WEDNESDAY))


def test_guard_a_span_before_a_dated_act_is_counted_from_it() -> None:
    text = LEAD + "Two days before the vote on Sunday, the ministry asked the court to act."
    assert event_with_trigger(text, "asked", WEDNESDAY).date == "2027-03-05"
