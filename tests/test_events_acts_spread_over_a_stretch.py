"""An act spread over a stretch is not of the stretch's first day (issue 15): "convicted 12
officers between 2019 and 2022" (or "in 2019, 2020 and 2022") is not a 2019 act. The record
keeps what the two ends share (the same week, month or year) or gives no day. Nor is an act
said to last weeks, months or years ("a 10-month investigation") of the day its report is due
or it ended. Sentences written for these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Monday is 2026-06-08, Wednesday 2026-06-10


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    why = event.decided_by or ""
    return ("" if "none of its own" in why else event.date or ""), why


def test_convictions_between_two_years_have_no_day() -> None:
    text = "Kestria's courts convicted 12 Valdorian officers between 2019 and 2022."
    day, why = dated(text, "convicted")
    assert day == "" and "spread from '2019' to '2022'" in why


def test_convictions_from_one_year_to_another_have_no_day() -> None:
    text = "Kestria's courts convicted 12 Valdorian officers from 2019 to 2022."
    assert dated(text, "convicted")[0] == ""


def test_attacks_between_two_days_of_a_week_are_of_that_week() -> None:
    text = "Valdorian troops attacked Kestrian villages between Monday and Wednesday."
    assert dated(text, "attacked")[0] == "2026-W24"


def test_attacks_between_two_months_of_a_year_are_of_that_year() -> None:
    text = "Valdorian troops attacked Kestrian villages between March 2024 and May 2024."
    assert dated(text, "attacked")[0] == "2024"


def test_an_act_on_one_day_keeps_it() -> None:  # guard
    text = "Valdorian troops attacked Kestrian villages on Monday."
    day, why = dated(text, "attacked")
    assert day == "2026-06-08" and "spread" not in why


def test_an_act_from_a_place_keeps_its_day() -> None:  # guard
    text = "Valdorian troops attacked Kestrian villages from the hills on Monday."
    assert dated(text, "attacked")[0] == "2026-06-08"


def test_convictions_in_two_years_named_together_have_no_day() -> None:
    text = "Kestria's courts convicted Valdorian officers in 2019, 2020 and 2022."
    day, why = dated(text, "convicted")
    assert day == "" and "to '2022'" in why


def test_attacks_on_two_days_of_a_week_are_of_that_week() -> None:
    text = "Valdorian troops attacked Kestrian villages on Monday and Wednesday."
    assert dated(text, "attacked")[0] == "2026-W24"


def test_an_investigation_of_months_is_not_of_the_day_its_report_is_due() -> None:
    text = "Valdoria's 10-month investigation of the Kestrian embassy will be published on Monday."
    day, why = dated(text, "investigation")
    assert day == "" and "'10-month'" in why


def test_a_blockade_of_years_is_not_of_the_day_it_ended() -> None:
    text = "Kestria's two-year blockade of Valdoria ended on Friday."
    assert dated(text, "blockade")[0] == ""


def test_an_investigation_launched_on_a_day_begins_then() -> None:  # guard
    text = "Valdoria's army launched a 10-month investigation of the Kestrian embassy on Friday."
    assert dated(text, "investigation")[0] == "2026-06-12"


def test_a_visit_of_two_days_keeps_its_day() -> None:  # guard
    text = "Kestria's two-day visit to Valdoria ended on Friday."
    assert dated(text, "visit")[0] == "2026-06-12"


def test_attacks_between_two_weeks_share_no_made_up_week() -> None:
    # two weeks' values agree in their first seven characters ("2026-W2"): no such period
    text = "Valdorian troops attacked Kestrian villages between last week and next week."
    day, _ = dated(text, "attacked")
    assert day in ("", "2026")
