"""The days a TIMEX3 value covers: one answer for event modality, story merging, the summary
timeline and the tagger's story day."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.timex.intervals import day_of, days_of

D = dt.date


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("2025-07-03", (D(2025, 7, 3), D(2025, 7, 3))),
        ("2025-07-03T14:00", (D(2025, 7, 3), D(2025, 7, 3))),
        ("2025-07-03TMO", (D(2025, 7, 3), D(2025, 7, 3))),
        ("2025-W27", (D(2025, 6, 30), D(2025, 7, 6))),
        ("2025-W27-WE", (D(2025, 7, 5), D(2025, 7, 6))),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2025-Q4", (D(2025, 10, 1), D(2025, 12, 31))),
        ("2025-H1", (D(2025, 1, 1), D(2025, 6, 30))),
        ("2025-SU", (D(2025, 6, 1), D(2025, 8, 31))),
        ("2023-WI", (D(2023, 12, 1), D(2024, 2, 29))),
        ("2022", (D(2022, 1, 1), D(2022, 12, 31))),
        ("199", (D(1990, 1, 1), D(1999, 12, 31))),  # the 1990s
        ("19", (D(1900, 1, 1), D(1999, 12, 31))),  # the 20th century, as TIMEX3 writes it
        ("000", (D(1, 1, 1), D(9, 12, 31))),  # year 0 has no days
    ],
)
def test_calendar_values_cover_their_days(value, days):
    assert days_of(value) == days


@pytest.mark.parametrize(
    "value",
    ["PRESENT_REF", "PAST_REF", "P3D", "XXXX-07-04", "2025-13", "2025-02-30", "2025-W54", ""],
)
def test_values_without_days_cover_none(value):
    assert days_of(value) is None


def test_only_day_precise_values_name_a_day():
    assert day_of("2025-07-03T14:00") == D(2025, 7, 3)
    assert day_of("2025-W27-WE") is None and day_of("2025-07") is None


@given(st.dates(min_value=D(1, 1, 1), max_value=D(9998, 12, 31)))
def test_every_day_lies_in_its_week_month_quarter_and_year(day):
    iso_year, week, _ = day.isocalendar()
    containing = [
        day.isoformat(),
        f"{iso_year:04d}-W{week:02d}",
        f"{day.year:04d}-{day.month:02d}",
        f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}",
        f"{day.year:04d}-H{(day.month - 1) // 6 + 1}",
        f"{day.year:04d}",
    ]
    for value in containing:
        first, last = days_of(value)
        assert first <= day <= last, value
