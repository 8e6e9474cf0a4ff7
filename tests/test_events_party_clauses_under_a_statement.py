"""An act in a clause that says who a party is has no day of the statement it is told in (issue
15): "the minister said on Friday that Senator Porter, who called on the firm to cut its
dividend, was right" tells the call as known, on a day the text does not give, as a relative
clause on a party already did in the narration. Sentences written for these tests; the first
fails on the code before, the guard (marked) passes on both."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of, trigger_dates, why_dated

MONDAY = dt.date(2026, 6, 15)  # the publication day


def dates_of(text: str, trigger: str) -> list[str]:
    return trigger_dates(text, trigger, MONDAY)


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
