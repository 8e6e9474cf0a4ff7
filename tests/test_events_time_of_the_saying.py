"""A time between a reporting verb and what it reports is the saying's (issue 15): in "police
said on Friday they had arrested 300 people" the parser may hang Friday on the arrests, but the
sentence says no more of their day than "said on Friday that they had arrested" does: a running
total, a seizure weeks before, an earlier crisis are not dated at the report. Sentences written
for these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Friday is 2026-06-12


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    why = event.decided_by or ""
    return ("" if "none of its own" in why else event.date or ""), why


def test_arrests_told_in_the_past_perfect_after_said_on_friday_have_no_day() -> None:
    text = "Valdorian police said on Friday they had arrested 300 protesters in the capital."
    day, why = dated(text, "arrested")
    assert day == "" and "before" in why


def test_arrests_told_in_the_past_after_said_on_friday_have_no_day() -> None:
    text = "Kestrian police said on Friday they arrested two Valdorian smugglers."
    assert dated(text, "arrested")[0] == ""


def test_the_time_inside_the_reported_clause_dates_the_act() -> None:  # guard
    text = "Kestrian police said they had arrested two Valdorian smugglers on Friday."
    assert dated(text, "arrested")[0] == "2026-06-12"


def test_the_saying_keeps_its_own_day() -> None:  # guard
    text = "Prime Minister Ruiz accused Kestria on Friday of arming the rebels."
    assert dated(text, "accused")[0] == "2026-06-12"


LEAD = (
    "Kestria's parliament approved a new budget. The vote followed weeks of debate over spending. "
)


def test_a_call_made_along_with_a_past_statement_has_no_day_when_the_lead_names_none() -> None:
    text = (
        LEAD + "Opposition leader Ruiz issued a statement, urging Valdoria to withdraw its troops."
    )
    day, why = dated(text, "urging")
    assert day == "" and "'issued' told in the past" in why


def test_a_call_made_along_with_a_present_act_keeps_the_publication_day() -> None:  # guard
    text = LEAD + "Opposition leader Ruiz is touring the border, urging Valdoria to withdraw."
    assert dated(text, "urging")[0] == "2026-06-13"


def test_a_call_made_along_with_a_dated_act_keeps_its_day() -> None:  # guard
    text = "Opposition leader Ruiz issued a statement on Friday, urging Valdoria to withdraw."
    assert dated(text, "urging")[0] == "2026-06-12"
