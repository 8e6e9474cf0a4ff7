"""A live page that runs over several days stamps each entry with its day and clock on the
entry's own line ("Friday 5 February, 10:12 GMT Protesters marched ..."): the entry was written
that day, and its "Friday" and "yesterday" are counted from it, not from the page's first day
(issue 15, session 54; the blind judges' live pages of several days). The events stage dates
an entry's acts by such a stamp up to a week after the page's first day.

Guards (marked): an act of a later entry on a page dated at its last update keeps the entry's
day; a date and a clock on a line that a wrapped sentence runs on into is no stamp;
a date inside a sentence stays the narration's.
Pages written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.timex import tag
from tests.stages import event_with_trigger

MONDAY = dt.date(2027, 2, 1)  # the page's first day
SATURDAY = dt.date(2027, 2, 6)  # the day of its last update

PAGE = (
    "Unrest in Velmora: live\n\n"
    "Monday 1 February, 10:05 GMT Thousands of marchers filled Orla Square in Velmora.\n\n"
    "Friday 5 February, 10:12 GMT Marchers walked to the Tessin palace after Friday prayers.\n\n"
    "Friday 5 February, 12:40 GMT Governor Ilo Marrant said on Friday he would not resign."
    " Guards arrested 20 marchers at the gate."
)


def values(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_an_entry_s_weekday_is_counted_from_its_stamped_day() -> None:
    found = values(PAGE, MONDAY)
    fridays = [value for text, value in found if text == "Friday"]
    assert fridays == ["2027-02-05", "2027-02-05"]  # not the Friday before the page began
    assert ("10:12 GMT", "2027-02-05T10:12") in found
    assert ("12:40 GMT", "2027-02-05T12:40") in found


def test_a_stamp_that_tags_its_clock_with_the_date() -> None:
    text = (
        "Unrest in Velmora: live\n\n"
        "Friday, February 5, 2027 at 10:12 AM Marchers met after Friday prayers.\n\n"
        "Saturday 6 February, 09:30 GMT Guards said they arrested 20 marchers yesterday."
    )
    found = dict(values(text, MONDAY))
    assert found["Friday"] == "2027-02-05"
    assert found["yesterday"] == "2027-02-05"


def test_guard_an_act_of_a_later_entry_takes_that_entry_s_day() -> None:
    # the page dated at its last update: its Friday is the one before it, as at main
    arrested = event_with_trigger(PAGE, "arrested", SATURDAY)
    assert arrested.date == "2027-02-05"


def test_an_act_of_a_later_entry_is_not_dated_a_week_before_it() -> None:
    # the page dated at its first day: the entry's Friday lies after it, so the act may have no
    # day, but never the Friday before the page began
    arrested = event_with_trigger(PAGE, "arrested", MONDAY)
    assert arrested.date != "2027-01-29"


def test_an_act_of_an_entry_days_after_the_page_began_takes_the_entry_s_day() -> None:
    text = (
        "Unrest in Velmora: live\n\n"
        "10:05 GMT Thousands of marchers filled Orla Square in Velmora.\n\n"
        "Saturday 6 February, 09:00 GMT Guards arrested 20 marchers at the Tessin palace.\n\n"
        "09:30 GMT Guards detained two reporters at the gate."
    )
    # not the page's first day (the story's time its first stamp set), nor an act to come
    assert event_with_trigger(text, "arrested", MONDAY).date == "2027-02-06"
    assert event_with_trigger(text, "detained", MONDAY).date == "2027-02-06"


def test_guard_a_wrapped_line_that_runs_on_into_a_date_is_no_stamp() -> None:
    text = (
        "Governor Ilo Marrant said the talks would resume on\n"
        "Friday 5 February, 10:12 GMT, at the Tessin palace. Guards arrested 20 marchers"
        " yesterday."
    )
    assert dict(values(text, MONDAY))["yesterday"] == "2027-01-31"


def test_guard_a_date_inside_a_sentence_stays_the_narration_s() -> None:
    text = (
        "Unrest in Velmora\n\n"
        "Talks resumed on Friday 5 February, 10:12 GMT, at the palace. Guards arrested 20"
        " marchers yesterday."
    )
    assert dict(values(text, MONDAY))["yesterday"] == "2027-01-31"
