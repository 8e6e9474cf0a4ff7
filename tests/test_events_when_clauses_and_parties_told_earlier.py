"""Acts told inside what a later report says, or in a clause that says who a party is, have no
day of the report's (issue 15): a "when" clause of an act told before a report is before it
too; an act in a relative clause on a party is told as known even when a statement would date
it. Sentences written for these tests; each test fails on the code before but the guards
(marked), which say what the new rules must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of, trigger_dates, why_dated

MONDAY = dt.date(2026, 6, 15)  # the publication day


def dates_of(text: str, trigger: str) -> list[str]:
    return trigger_dates(text, trigger, MONDAY)


# -- a "when" clause of an act told before the report ----------------------------------------

LEAD = "Harbour workers in Veldmark blocked the port of Ostra on Monday.\n\n"


def test_a_meeting_in_a_when_clause_of_a_reported_act_has_no_day_of_the_report() -> None:
    text = LEAD + (
        "The mayor's office said later that no pay offer was made when Mayor Karl Odeen met "
        "Ilse Brandt, the union's leader."
    )
    assert dates_of(text, "met") == []
    assert "told under the past 'said'" in why_dated(text, "met", MONDAY)


def test_an_arrest_in_a_when_clause_of_a_reported_act_has_no_day_of_the_report() -> None:
    text = LEAD + (
        "Police said the union's leader was injured when police arrested Ilse Brandt at the gate."
    )
    assert "told under the past 'said'" in why_dated(text, "arrested", MONDAY)


def test_a_when_clause_with_a_day_of_its_own_keeps_that_day() -> None:  # guard
    text = LEAD + (
        "The mayor's office said later that no pay offer was made when Mayor Karl Odeen met "
        "Ilse Brandt, the union's leader, on Sunday."
    )
    assert dates_of(text, "met") == ["2026-06-14"]


def test_a_when_clause_of_a_narrated_act_keeps_the_story_day() -> None:  # guard
    text = LEAD + "No pay offer was made when Mayor Karl Odeen met Ilse Brandt, the union's leader."
    assert dates_of(text, "met") == ["2026-06-15"]


# -- an act that says who a party is, in what a statement says --------------------------------


def test_a_call_in_a_clause_on_a_party_has_no_day_of_the_statement() -> None:
    text = (
        "Finance minister Mark Delaney said on Friday that Senator Susan Porter, who called on "
        "Chevron to cut its dividend, was right."
    )
    assert dates_of(text, "called") == []
    assert "in a relative clause on 'Porter'" in why_dated(text, "called", MONDAY)


def test_a_call_in_a_clause_on_a_party_with_a_day_of_its_own_keeps_it() -> None:  # guard
    text = (
        "Finance minister Mark Delaney said on Friday that Senator Susan Porter, who called on "
        "Chevron on Thursday to cut its dividend, was right."
    )
    (called,) = [e for e in all_events_of(text, MONDAY) if e.trigger.text == "called"]
    assert (called.date, called.date_basis) == ("2026-06-11", "timex")
