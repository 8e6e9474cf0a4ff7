"""A live page's "Update, 3.15pm" stamps its entry, an act's own time beats another act's in a
clause on it, and "at the time" puts an act back then (issue 15, session 48).

* A live page's entry stamped "Update, 3.15pm" (a comma after the cue) is stamped on the
  page's day: before, the comma hid the cue, the clock time was read as a time the text tells
  and counted from the day the entry above named ("fired on protesters on Sunday"), so a
  Monday's condemnation was dated Sunday.
* "Police arrested him in the early hours of Monday, hours after tens of thousands marched on
  Sunday": the search along the tree reached the march's Sunday (three hops, in the clause on
  "after") before the arrest's own Monday (four, in "the early hours of Monday"). A time in a
  clause on the act that tells another act (a subject and a mark of its own: "after", "when",
  "as" ...) dates the act only when its own words give none.
* A timeline's day heading alone on its line and glued to the entry under it ("Monday, March
  13" over "Police arrest the opposition leader before dawn.", one sentence to the parse)
  dates that entry, as a live page's clock stamp does since session 45: before, the entry took
  the day of the heading above (Sunday's).
* "Terrania condemned the invasion at the time", "Back then, ...", "At that time, ...": the
  act is at an earlier time the story spoke of, not the story's day; it has no day of its own
  (the trust gate drops it rather than date it at publication).

Guards (marked): a stamp with no comma, an act whose only time is in the other clause (as
before), "at the time of the vote" (a time named by what follows). Sentences written for these
tests; each fails on the code before but the guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day, timex_values

MONDAY = dt.date(2027, 4, 12)

on_monday = partial(event_with_trigger, published=MONDAY)

PAGE = (
    "Live: unrest in Korvia\n\n"
    "Update, 3.15pm: The defence minister said troops had fired on protesters in the north on"
    " Sunday.\n\n"
    "Update, 9.40am: The prime minister condemned the protesters in a televised address."
)


# a live page's "Update, 3.15pm"


def test_an_update_stamp_with_a_comma_is_on_the_pages_day() -> None:
    values = timex_values(PAGE, MONDAY)
    assert values["9.40am"] == "2027-04-12T09:40"
    assert values["Sunday"] == "2027-04-11"


def test_an_entry_under_an_update_stamp_with_a_comma_is_not_the_entry_befores_day() -> None:
    event = on_monday(PAGE, "condemned")
    assert event.date == "2027-04-12"


def test_guard_an_update_stamp_without_a_comma_was_already_the_pages() -> None:
    text = PAGE.replace("Update, ", "Update ")
    assert timex_values(text, MONDAY)["9.40am"] == "2027-04-12T09:40"


# the act's own time before the time of another act's clause on it


def test_an_arrest_in_the_early_hours_after_a_march_on_the_day_before_is_the_arrests_day() -> None:
    text = (
        "Korvian police arrested the opposition leader Adam Velt in the early hours of Monday,"
        " hours after tens of thousands marched through the capital on Sunday."
    )
    assert on_monday(text, "arrested").date == "2027-04-12"


def test_guard_an_act_at_dawn_on_a_day_when_a_clause_names_another_day_is_its_own() -> None:
    text = (
        "Soldiers stormed the radio station at dawn on Saturday, a day after the rebels seized"
        " it on Friday."
    )
    assert on_monday(text, "stormed").date == "2027-04-10"


def test_guard_an_act_whose_only_time_is_in_the_other_clause_keeps_the_old_reading() -> None:
    text = "The army withdrew from the town after the rebels attacked it on Friday."
    event = on_monday(text, "withdrew")
    assert event.date != "2027-04-12" or no_day(event)  # never the news day


# "at the time", "back then"


def test_a_condemnation_at_the_time_has_no_day_of_its_own() -> None:
    text = "Terrania condemned the invasion at the time and imposed sanctions on Korvia."
    assert no_day(on_monday(text, "condemned"))
    assert no_day(on_monday(text, "imposed"))


def test_an_accusation_at_the_time_opening_the_sentence_has_no_day() -> None:
    text = "At the time, the president accused the army of plotting a coup."
    assert no_day(on_monday(text, "accused"))


def test_support_back_then_has_no_day() -> None:
    text = "Back then, Terrania backed the regime of Oskar Brandl with weapons."
    assert no_day(on_monday(text, "backed"))


def test_guard_at_the_time_of_a_vote_is_not_back_then() -> None:
    text = "The president accused the army of plotting a coup at the time of the vote."
    assert "at the time" not in (on_monday(text, "accused").decided_by or "")


def test_an_entry_under_an_update_stamp_on_its_own_line_is_on_the_pages_day() -> None:
    text = (
        "Live: unrest in Korvia\n\n"
        "Update, 3.15pm: Heavy rain fell across the north of the country on Sunday, forecasters"
        " said.\n\n"
        "Update, 9.40am\n\n"
        "Korvian President Lena Ostrova condemned the opposition leader Adam Velt in a televised"
        " address."
    )
    assert on_monday(text, "condemned").date == "2027-04-12"


# a timeline's day heading glued to its first entry

TIMELINE = (
    "Timeline: how the crisis unfolded\n\n"
    "Sunday, April 11\nTens of thousands march through Valdora demanding new elections.\n\n"
    "Monday, April 12\nPolice arrest opposition leader Adam Velt before dawn.\n"
)


def test_a_timelines_day_heading_glued_to_its_entry_dates_it() -> None:
    assert on_monday(TIMELINE, "arrest").date == "2027-04-12"


def test_guard_a_timelines_entry_under_a_heading_with_a_blank_line_is_its_day() -> None:
    text = TIMELINE.replace("Monday, April 12\n", "Monday, April 12\n\n")
    assert on_monday(text, "arrest").date == "2027-04-12"
