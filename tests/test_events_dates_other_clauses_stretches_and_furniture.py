"""Dates of another clause, stretches up to now, and the page around a story (issue 15,
session 44): an act gets no day that belongs to another act, to the start of a stretch or to
the page's furniture.

* An act in a clause on "after" or "before" another ("after the opposition complained to the
  court, the board was dissolved on March 3") is before or after that act's time: the date of
  the other clause is not its date (one in its own clause still is, and a counted span, "two
  days after", is counted from it as before).
* A clause on "since" under a present perfect ("have arrested 300 people since the protests
  began in March") opens the stretch the act fills: its date is the stretch's start.
* "The past month", "the last year" in a phrase that places the act ("shelled villages 40
  times in the past month") is a stretch up to now, not the calendar month or year before
  ("last month", without "the", still is the calendar month).
* A link to another story ("RELATED: Army shells port city (June 16)") or a photo's caption
  (a line with a picture credit) names that story's or that picture's day: it sets no time for
  the sentences of the story after it.
* In a history, a quotation that states "March 1980" and then "April" speaks of April 1980.

Sentences written for these tests; each fails on the code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day, timex_values

FRIDAY = dt.date(2026, 6, 19)

on_friday = partial(event_with_trigger, published=FRIDAY)


# a clause on "after" or "before" another


def test_a_complaint_after_which_a_board_was_dissolved_is_not_of_that_day() -> None:
    text = (
        "After the opposition complained to the supreme court, the Varnian election board was"
        " dissolved on March 3."
    )
    event = on_friday(text, "complained")
    assert event.date != "2026-03-03"
    assert no_day(event)


def test_a_seizure_after_which_an_emergency_was_declared_is_not_of_its_monday() -> None:
    text = (
        "After rebels seized the border town of Mirsk, the Varnian government declared a state"
        " of emergency on Monday."
    )
    event = on_friday(text, "seized")
    assert event.date != "2026-06-15"
    assert no_day(event)


def test_an_arrest_with_its_own_monday_in_the_after_clause_keeps_it() -> None:  # guard
    text = "After police arrested the union leader on Monday, the dock workers walked out."
    assert on_friday(text, "arrested").date == "2026-06-15"


def test_an_act_the_after_clause_follows_keeps_its_own_day() -> None:  # guard
    text = "Soldiers stormed the town hall in Mirsk on Sunday after the rebels refused to leave."
    assert on_friday(text, "stormed").date == "2026-06-14"


# a clause on "since" that opens a stretch


def test_arrests_since_protests_began_in_march_are_not_of_march() -> None:
    text = "Varnian police have arrested more than 300 people since the protests began in March."
    event = on_friday(text, "arrested")
    assert not event.date.startswith("2026-03")
    assert no_day(event)


def test_an_arrest_in_march_because_of_a_refusal_keeps_march() -> None:  # guard
    text = "Police arrested the union leader in March, since he refused to call off the strike."
    assert on_friday(text, "arrested").date == "2026-03"


# the past month, the last year


def test_shellings_in_the_past_month_are_not_of_the_calendar_month() -> None:
    text = (
        "In the past month, the Varnian army has shelled rebel villages 40 times, monitors said"
        " on Thursday."
    )
    assert on_friday(text, "shelled").date != "2026-05"


def test_raids_during_the_past_year_are_not_of_last_year() -> None:
    text = "During the past year, police raided the offices of the Kestra Herald three times."
    event = on_friday(text, "raided")
    assert event.date != "2025"
    assert no_day(event)


def test_a_raid_last_month_keeps_the_calendar_month() -> None:  # guard
    text = "Police raided the offices of the Kestra Herald last month."
    assert on_friday(text, "raided").date == "2026-05"


# a related link or a caption sets no time for the story


def test_a_related_link_s_date_does_not_date_the_next_act() -> None:
    text = (
        "Varnia arrests union leader\n\n"
        "Police detained the leader of the dock workers' union, the ministry said. The interior"
        " minister defended the crackdown.\n\n"
        "Read more: Protesters storm Varnian parliament - June 16\n\n"
        "The government also expelled two foreign reporters.\n"
    )
    assert on_friday(text, "expelled").date != "2026-06-16"


def test_a_caption_s_date_does_not_date_the_next_act() -> None:
    text = (
        "Varnia arrests union leader\n\n"
        "Police detained the leader of the dock workers' union, the ministry said.\n\n"
        "Protesters clash with police in Kestra on June 16, 2026. (AP Photo/Jo Lee)\n\n"
        "The government also expelled two foreign reporters.\n"
    )
    assert on_friday(text, "expelled").date != "2026-06-16"


def test_a_date_of_the_story_s_own_lines_still_sets_its_time() -> None:  # guard
    text = (
        "Varnia arrests union leader\n\n"
        "Police detained the leader of the dock workers' union, the ministry said.\n\n"
        "Protesters clashed with police in Kestra on June 16.\n\n"
        "The government also expelled two foreign reporters.\n"
    )
    assert on_friday(text, "expelled").date == "2026-06-16"


# a history's quotation


HISTORY = (
    "The Kestrian war\n\n"
    "Kestria won its independence in 1921 and fought Varnia in 1934. A truce was signed in 1936."
    " Both states rearmed after 1950, and border incidents grew through 1966 and 1972. The"
    ' historian Anna Orlan wrote: "Relations broke down in March 1978, and in April Kestrian'
    " gunboats shelled a Varnian port.\n"
    "Varnia answered with a blockade in 1979, and the war began in 1980.\n"
)


def test_a_bare_month_in_a_history_s_quotation_follows_its_stated_year() -> None:
    values = timex_values(HISTORY, dt.date(2009, 12, 19))
    assert values["March 1978"] == "1978-03"
    assert values["April"] == "1978-04"


def test_a_lead_run_into_a_caption_s_credit_line_still_sets_the_story_s_day() -> None:  # guard
    text = (
        "Kestra lifts its alert\n"
        "Photograph: Reuters/Ana Ruiz Varnian police freed the union leader late on Wednesday,"
        " the ministry said.\n"
        "The strike had closed the port for a week.\n"
        "Interior Minister Tomas Ardell accused the union of sabotage.\n"
    )
    assert on_friday(text, "accused").date == "2026-06-17"


def test_a_time_that_opens_the_sentence_dates_the_after_clause_too() -> None:  # guard
    text = (
        "In January, after the generals pressured President Ardell, Varnia resumed its naval"
        " blockade of Kestra."
    )
    assert on_friday(text, "pressured").date == "2026-01"
