"""An act's own time, not a neighbour's (issue 15, session 40): an act told with an unsaid
past ("seized recently") takes no day from the clause above it; a noun conjoined after another
takes no date from the first noun's phrase ("a round last May and the talks ..."); an act made
"under this accord" in the simple past is one of the terms of an accord told before, at its
time, not the story's day. Sentences written for these tests; each fails on the code before
but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from dateline.model import Event
from tests.stages import event_with_trigger, no_day, read_event_text

TUESDAY = dt.date(2026, 6, 16)


event_of = partial(event_with_trigger, published=TUESDAY)


def emitted(text: str, trigger: str, published: dt.date = TUESDAY) -> list[Event]:
    return [e for e in read_event_text(text, published).events if e.trigger.text == trigger]


# an unsaid past on the act's own clause: the day of the clause above is not its day


def test_boats_seized_recently_take_no_day_from_the_denial_today() -> None:
    text = (
        "Oman today rejected charges that two fishing boats seized recently by Iran were spy ships."
    )
    assert no_day(event_of(text, "seized"))
    assert emitted(text, "seized") == []


def test_a_recent_seizure_reported_on_tuesday_has_no_day_of_the_report() -> None:
    text = "The ministry said on Tuesday that soldiers seized recently by the rebels were freed."
    assert no_day(event_of(text, "seized"))


def test_a_date_on_the_act_itself_still_dates_it() -> None:  # guard
    text = "Police on Friday arrested three men who recently fled the capital."
    assert event_of(text, "arrested").date == "2026-06-12"


def test_the_main_act_keeps_its_today_when_another_clause_says_recently() -> None:  # guard
    text = (
        "Oman today rejected charges that two fishing boats seized recently by Iran were spy ships."
    )
    assert event_of(text, "rejected").date == "2026-06-16"


# a noun conjoined after another: the first noun's date is not its own


def test_talks_after_a_round_last_may_are_not_dated_in_may() -> None:
    text = (
        "The meeting followed an earlier round between the two customs unions here last May "
        "and the first direct talks between Spain and Morocco on opening new consulates in March."
    )
    talks = event_of(text, "talks")
    assert not talks.date.startswith("2026-05")  # the round's May
    assert talks.date_basis != "timex"


def test_a_date_before_both_nouns_still_dates_the_second() -> None:  # guard
    text = "Last week Spain held a meeting with France and talks with Morocco."
    assert event_of(text, "talks").date == "2026-W24"


# an act under an accord pointed back to: one of its terms, at the accord's time


def test_an_agreement_under_this_accord_has_no_day_of_the_story() -> None:
    text = (
        "In March Valdoria and Kestria concluded a border accord. Under this accord, Valdoria "
        "and Kestria also agreed to send the fishing quarrel to arbitration."
    )
    assert no_day(event_of(text, "agreed"))
    assert emitted(text, "agreed") == []


def test_an_agreement_under_the_day_s_accord_keeps_the_story_s_day() -> None:  # guard
    text = (
        "The two governments signed an accord on Monday. Under the accord, Kestria agreed to "
        "pull its troops back from the border."
    )
    assert event_of(text, "agreed").date == "2026-06-15"


def test_an_act_under_pressure_is_no_act_under_an_accord() -> None:  # guard
    text = "Under this pressure from its allies, Peru agreed on Monday to hold talks with rebels."
    assert event_of(text, "agreed").date == "2026-06-15"
