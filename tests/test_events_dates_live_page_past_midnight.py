"""A live page that runs past midnight into the next day (issue 15, session 49, round 2).

A page dated on its first day, whose entries are stamped with clock times only and run forward
("6.10pm: ...", "11.30pm: ...", then "9.15am: ..."), was written on the next day from the
stamp that comes more than half a day earlier than the one above it: that stamp and what its
entries call "Saturday" or "yesterday" are counted from the next day, not from the page's
first day (before: "The army pledged on Saturday ..." under "9.15am" on a Friday's page was
dated the Saturday a week earlier).

Guards (marked): a slip of the meridiem ("11.45am", "11.50pm", "12.15pm") turns no day; a page
with the newest entry first is left as it was (its publication day may be its first entry's
or its last); a dated heading after a late stamp starts the day afresh. Pages written for
these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, timex_values

FRIDAY = dt.date(2027, 2, 12)

PAST_MIDNIGHT = (
    "Korvia protests: live\n\n"
    "6.10pm: Vice-president Sala said in a televised statement that President Dorn had"
    " resigned.\n\n"
    "8.45pm: Crowds celebrated in the main square.\n\n"
    "11.30pm: Soldiers handed out water to the crowds.\n\n"
    "9.15am: The army pledged on Saturday to hand power to an elected government.\n\n"
    "11.02am: Police reopened the roads into the square."
)


def test_a_stamp_after_midnight_is_on_the_next_day() -> None:
    values = timex_values(PAST_MIDNIGHT, FRIDAY)
    assert values["11.30pm"] == "2027-02-12T23:30"
    assert values["9.15am"] == "2027-02-13T09:15"
    assert values["11.02am"] == "2027-02-13T11:02"


def test_a_weekday_in_an_entry_after_midnight_is_counted_from_the_next_day() -> None:
    assert timex_values(PAST_MIDNIGHT, FRIDAY)["Saturday"] == "2027-02-13"


def test_an_act_of_an_entry_after_midnight_is_dated_on_the_next_day() -> None:
    assert event_with_trigger(PAST_MIDNIGHT, "pledged", FRIDAY).date == "2027-02-13"


def test_guard_a_slip_of_the_meridiem_turns_no_day() -> None:
    text = (
        "Hearing on the spill: live\n\n"
        "10.20am: The committee's chairman opened the hearing.\n\n"
        "11.45am: The chief executive read his statement.\n\n"
        "11.50pm: Members asked about the company's safety record.\n\n"
        "12.15pm: A new poll put the minister's rating at a low."
    )
    assert timex_values(text, FRIDAY)["12.15pm"] == "2027-02-12T12:15"


def test_guard_a_page_with_the_newest_entry_first_is_left_as_it_was() -> None:
    text = (
        "Korvia protests: live\n\n"
        "9.15am: Police reopened the roads into the square.\n\n"
        "11.30pm: Soldiers handed out water to the crowds.\n\n"
        "8.45pm: Crowds celebrated in the main square.\n\n"
        "6.10pm: The vice-president spoke on state television."
    )
    values = timex_values(text, FRIDAY)
    assert values["9.15am"] == "2027-02-12T09:15"
    assert values["11.30pm"] == "2027-02-12T23:30"


def test_guard_a_dated_heading_after_a_late_stamp_starts_the_day_afresh() -> None:
    text = (
        "Korvia protests: live\n\n"
        "6.10pm: The vice-president spoke on state television.\n\n"
        "8.45pm: Crowds celebrated in the main square.\n\n"
        "11.30pm: Soldiers handed out water to the crowds.\n\n"
        "Saturday, February 13\n\n"
        "9.15am: Police reopened the roads into the square.\n\n"
        "11.02am: Shops opened for the first time in a week."
    )
    assert timex_values(text, FRIDAY)["9.15am"] == "2027-02-13T09:15"
