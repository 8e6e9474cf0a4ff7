"""An act told as going on now is not dated years back (issue 15, session 56): the parser may
hang a date of another phrase on the verb ("is demanding damages following the leak in the
valley in March 2009": the leak's date), and an act in the present progressive cannot have
happened a week or more before the story was written. Such a date is left, and the act is
dated as now. An act told in the past keeps a date so placed, and so does one under a saying
of the past, whose present is the saying's time. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger

SATURDAY = dt.date(2026, 6, 20)

event_of = partial(event_with_trigger, published=SATURDAY)


def test_an_ongoing_demand_is_not_at_an_earlier_disasters_date() -> None:
    text = (
        "The Kestrian government is demanding 300 million dollars from the Dorn Chemical"
        " Company on behalf of 5,000 claimants following the gas leak in the Varn valley in"
        " March 2024."
    )
    assert event_of(text, "demanding").date == "2026-06-20"


def test_a_demand_told_in_the_past_keeps_the_date() -> None:
    text = (
        "The Kestrian government demanded 300 million dollars from the Dorn Chemical Company"
        " in March 2024."
    )
    assert event_of(text, "demanded").date == "2024-03"


def test_an_ongoing_act_under_an_old_saying_keeps_the_sayings_time() -> None:
    text = "Ivo Marek said in March 2024 that Kestrian troops are shelling the town of Dornik."
    assert event_of(text, "shelling").date == "2024-03"
