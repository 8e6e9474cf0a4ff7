"""Acts still to come or only proposed, and a person's return home, are not coded as done
(issue 15): talks "later this month" are future; what "a bill to let" a state do, or "a bill
to impose" is hypothetical; "on his return to" one's own country is travel. Sentences written
for these tests; each fails on the code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from dateline.model import Event
from tests.stages import event_with_trigger, read_event_text

FRIDAY = dt.date(2026, 6, 19)


event_of = partial(event_with_trigger, published=FRIDAY)


def emitted(text: str, trigger: str, published: dt.date = FRIDAY) -> list[Event]:
    return [e for e in read_event_text(text, published).events if e.trigger.text == trigger]


# later this month: still to come


def test_talks_later_this_month_are_future() -> None:
    text = (
        "The envoy's trip is meant to prepare Prime Minister Ilse Moreau's talks with "
        "President Tomas Varga later this month."
    )
    assert "future" in event_of(text, "talks").modality


def test_demands_that_angered_a_ministry_before_talks_later_this_month_are_made() -> None:  # guard
    text = (
        "Brazil's Trade Ministry, angered by U.S. demands that Brazil open its computer "
        "market, will tell U.S. officials at talks later this month that it cannot."
    )
    assert "future" not in event_of(text, "demands").modality


def test_talks_earlier_this_month_are_not_future() -> None:  # guard
    text = "Prime Minister Ilse Moreau held talks with President Tomas Varga earlier this month."
    assert "future" not in event_of(text, "talks").modality


def test_talks_later_that_day_are_not_future() -> None:  # guard
    text = "Prime Minister Ilse Moreau held talks with President Tomas Varga later that day."
    assert "future" not in event_of(text, "talks").modality


# what a bill would let happen


def test_what_a_bill_would_let_a_state_do_is_hypothetical() -> None:
    text = (
        "The senator said a second bill to let Valdoria retaliate against any country that "
        "blocks its grain would be debated next week."
    )
    assert "hypothetical" in event_of(text, "retaliate").modality


def test_a_bill_to_impose_sanctions_is_hypothetical() -> None:
    text = "Two senators introduced a bill to impose sanctions on Marovia."
    assert "hypothetical" in event_of(text, "impose").modality


def test_sanctions_a_parliament_imposed_are_done() -> None:  # guard
    text = "The Valdorian parliament imposed sanctions on Marovia on Thursday."
    assert "hypothetical" not in event_of(text, "imposed").modality


# a person's return to their own country


def test_criticism_on_his_return_home_codes_no_return() -> None:
    text = (
        "German Finance Minister Tomas Varga met French officials in Paris on Monday. "
        "Varga faced sharp criticism on his return to Germany on Tuesday."
    )
    assert emitted(text, "return") == []


def test_a_trip_to_another_country_is_not_a_return_home() -> None:  # guard
    text = "French Foreign Minister Anne Roux faced questions on her return to Germany on Tuesday."
    assert [e.source for e in emitted(text, "return")] == ["anne-roux"]
