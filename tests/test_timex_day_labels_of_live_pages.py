"""A live page kept up over several days heads each day's entries with a label ("Saturday
updates", "Friday's developments"), or names the day its entries tell of ("Marchers gathered
on Friday"): the label's day is the day the entries under it were written, so their clock
stamps and what they call "Saturday" or "yesterday" are of it, and a bare weekday an entry
tells lies near the day it was written, not six days before (issue 15, session 55; the blind
judges' live pages of several days: a weekday in a later entry read as the one a week before,
the events of a "Saturday updates" entry dated a day early).

Guards (marked): a weekday four days back on a live page stays; a bare weekday six days back
in a story with no entry stamps stays the one before; a headline-like line that opens with a
weekday is no label. Pages written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.timex import tag
from tests.stages import event_with_trigger

THURSDAY = dt.date(2027, 2, 4)  # the page's first day
FRIDAY = dt.date(2027, 2, 5)
SATURDAY = dt.date(2027, 2, 6)

# forward, stored on the Friday it began; the Saturday's entries under their own label
SATURDAY_UPDATES = (
    "Unrest in Velmora: live\n\n"
    "3.10pm: Police detained 40 marchers in Orla Square.\n\n"
    "8.40pm: Governor Ilo Marrant said he would not resign.\n\n"
    "Saturday updates\n\n"
    "9.05am: Soldiers arrested two reporters at a checkpoint.\n\n"
    "10.20am: Marchers chanted slogans against the governor on Saturday."
)

# newest first, stored on its first day (the Thursday at the bottom)
NEWEST_FIRST = (
    "Unrest in Velmora: live\n\n"
    "Saturday's developments\n\n"
    "11.00am: The army blocked the roads into the square.\n\n"
    "8.50am: Police stormed a mosque in the old town on Saturday.\n\n"
    "Friday's developments\n\n"
    "2.30pm: Thousands chanted against the governor after Friday prayers.\n\n"
    "9.15am: Soldiers arrested two reporters at a checkpoint.\n\n"
    "Thursday's developments\n\n"
    "9.30pm: Governor Ilo Marrant accused foreign agents of stirring the unrest.\n\n"
    "6.10pm: Police detained 40 marchers in Orla Square."
)


def values(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_a_day_s_updates_label_dates_the_stamps_under_it() -> None:
    found = values(SATURDAY_UPDATES, FRIDAY)
    assert ("Saturday", "2027-02-06") in found  # the label: the Saturday after, not before
    assert ("9.05am", "2027-02-06T09:05") in found
    assert ("10.20am", "2027-02-06T10:20") in found
    assert ("3.10pm", "2027-02-05T15:10") in found  # the entries before it: the page's day
    assert [value for text, value in found if text == "Saturday"] == ["2027-02-06"] * 2


def test_an_act_under_a_day_s_updates_label_takes_its_day() -> None:
    assert event_with_trigger(SATURDAY_UPDATES, "arrested", FRIDAY).date == "2027-02-06"


def test_labels_of_a_page_with_the_newest_day_first() -> None:
    found = values(NEWEST_FIRST, THURSDAY)
    assert ("11.00am", "2027-02-06T11:00") in found
    assert ("2.30pm", "2027-02-05T14:30") in found
    assert ("6.10pm", "2027-02-04T18:10") in found
    # the entry's own "Saturday" is the label's day, not the Saturday before the page began
    assert ("Saturday", "2027-01-30") not in found


def test_an_act_under_a_label_the_parse_reads_as_a_verb_takes_the_label_s_day() -> None:
    # "Thursday updates" parsed as a subject and its verb: still the Thursday of the page
    text = (
        "Unrest in Velmora: live\n\n"
        "Thursday updates\n\n"
        "6.10pm: Police detained 40 marchers in Orla Square.\n\n"
        "11.40pm: Soldiers beat protesters near the radio building.\n\n"
        "Friday updates\n\n"
        "9.15am: Soldiers arrested two reporters at a checkpoint.\n\n"
        "2.30pm: Thousands chanted against the governor."
    )
    assert event_with_trigger(text, "detained", SATURDAY).date == "2027-02-04"
    assert event_with_trigger(text, "arrested", SATURDAY).date == "2027-02-05"


def test_a_label_right_under_the_headline_heads_the_entries() -> None:
    # a page that prints one sentence a line, with no blank lines, newest day first
    text = (
        "Unrest in Velmora : live\n"
        "Friday 5 February\n"
        "2.30 pm : Thousands chanted against the governor .\n"
        "9.15 am : Soldiers arrested two reporters at a checkpoint .\n"
        "Thursday 4 February\n"
        "6.10 pm : Police detained 40 marchers in Orla Square ."
    )
    found = values(text, THURSDAY)
    assert ("9.15 am", "2027-02-05T09:15") in found
    assert ("6.10 pm", "2027-02-04T18:10") in found


def test_a_weekday_an_entry_tells_lies_near_the_entry_s_day() -> None:
    text = (
        "Unrest in Velmora: live\n\n"
        "9.40am: Crowds gathered in Orla Square.\n\n"
        "11.20am: Marchers said they would gather again on Friday.\n\n"
        "1.05pm: Police fired tear gas at marchers on Friday, witnesses said."
    )
    fridays = [value for t, value in values(text, THURSDAY) if t == "Friday"]
    assert fridays == ["2027-02-05", "2027-02-05"]  # not the Friday six days before


def test_guard_a_weekday_four_days_back_on_a_live_page_stays() -> None:
    text = (
        "Spill in the gulf: live\n\n"
        "9.40am: Crews worked through the night.\n\n"
        "11.20am: The rig burned for two days before it sank on Thursday.\n\n"
        "1.05pm: Officials met the crews."
    )
    assert dict(values(text, dt.date(2027, 2, 8)))["Thursday"] == "2027-02-04"


def test_guard_a_weekday_six_days_back_in_a_story_with_no_stamps_stays() -> None:
    text = "Police fired tear gas at marchers in Velmora on Friday, witnesses said."
    assert dict(values(text, THURSDAY))["Friday"] == "2027-01-29"


def test_guard_a_headline_line_that_opens_with_a_weekday_is_no_label() -> None:
    text = (
        "Unrest in Velmora: live\n\n"
        "3.10pm: Police detained 40 marchers in Orla Square.\n\n"
        "Saturday prayers turned violent\n\n"
        "9.05am: Soldiers arrested two reporters at a checkpoint."
    )
    found = values(text, dt.date(2027, 2, 8))
    assert ("9.05am", "2027-02-08T09:05") in found


def test_guard_a_relative_day_that_labels_a_picture_sets_no_day() -> None:
    text = (
        "Spill in the gulf: live\n\n"
        "1.10pm: Engineers lowered a new cap.\n\n"
        "Yesterday: the flow on Wednesday afternoon.\n\n"
        "1.45pm: Engineers compared the two pictures.\n\n"
        "2.35pm: Officials met the crews."
    )
    found = values(text, FRIDAY)
    assert ("1.45pm", "2027-02-05T13:45") in found
