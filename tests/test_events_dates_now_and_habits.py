"""An act told as going on now, and a habit (issue 15, session 42, second round): an act the
writer tells in the present progressive ("Treasury officials are urging banks ...") is going
on when the story is written, at the publication day, not at the "yesterday" another item of
the story named; inside a quotation or under a saying of the past its present is the saying's
time. A habit ("talks with him from time to time", "meets every week", "on a regular basis")
has no one day. Sentences written for these tests; each fails on the code before but the
guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day

WEDNESDAY = dt.date(2026, 6, 17)


event_of = partial(event_with_trigger, published=WEDNESDAY)


YESTERDAY_LEAD = (
    "Finance Minister Tomas Ardell met the leaders of the Varnian parliament yesterday to"
    " discuss the debt plan. "
)

# an act told in the present progressive: now, the publication day


def test_an_appeal_told_in_the_present_progressive_is_at_publication() -> None:
    text = YESTERDAY_LEAD + (
        "The talks were tense. Meanwhile Treasury officials are urging the banks to extend new"
        " credit to Brazil."
    )
    assert event_of(text, "urging").date == "2026-06-17"


def test_a_shelling_told_in_the_present_progressive_is_at_publication() -> None:
    text = (
        "Rebels attacked a convoy near Dalmir yesterday, killing four soldiers. "
        "The convoy carried food. Government troops are shelling rebel positions in the hills"
        " east of the town."
    )
    assert event_of(text, "shelling").date == "2026-06-17"


def test_the_present_under_a_past_saying_is_the_sayings_day() -> None:  # guard
    text = YESTERDAY_LEAD + (
        "The talks were tense. Ardell said yesterday that Treasury officials are urging the"
        " banks to extend new credit to Brazil."
    )
    assert event_of(text, "urging").date != "2026-06-17"


def test_an_act_in_the_simple_past_keeps_the_named_day() -> None:  # guard
    text = YESTERDAY_LEAD + (
        "The talks were tense. Treasury officials urged the banks to extend new credit to Brazil."
    )
    assert event_of(text, "urged").date == "2026-06-16"


# a habit: no one day


def test_talks_from_time_to_time_have_no_day() -> None:
    text = YESTERDAY_LEAD + (
        "Ardell told reporters he consults the governor of the central bank from time to time"
        " on monetary issues."
    )
    assert no_day(event_of(text, "consults"))


def test_meetings_every_week_have_no_day() -> None:
    text = "Union leaders negotiate with the port authority every week over the night shifts."
    assert no_day(event_of(text, "negotiate"))


def test_talks_on_a_regular_basis_have_no_day() -> None:
    text = "Union leaders negotiate with the port authority on a regular basis over the shifts."
    assert no_day(event_of(text, "negotiate"))


def test_talks_at_times_have_no_day() -> None:
    text = YESTERDAY_LEAD + "Ardell told reporters he consults the central bank governor at times."
    assert no_day(event_of(text, "consults"))


def test_a_single_meeting_keeps_its_day() -> None:  # guard
    text = YESTERDAY_LEAD + "Ardell consulted the governor of the central bank on Monday."
    assert event_of(text, "consulted").date == "2026-06-15"
