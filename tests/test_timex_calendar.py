"""A TIMEX value never names a day that does not exist, however the date is written and
whatever the text's present or narrative."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.timex import tag

MONTHS = ["January", "February", "March", "April", "June", "September", "November", "Feb."]
DAY_VALUE = re.compile(r"^(BC)?([0-9]{4})-([0-9]{2})-([0-9]{2})")


def exists(value: str) -> bool:
    match = DAY_VALUE.match(value)
    if match is None:
        return True
    year, month, day = (int(part) for part in match.group(2, 3, 4))
    if match.group(1):
        leap = (1 - year) % 4 == 0
        days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return 1 <= month <= 12 and 1 <= day <= days[month - 1]
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


written_dates = st.builds(
    lambda month, day, form, year, era: {
        "month day": f"{month} {day}",
        "day month": f"{day} {month}",
        "ordinal": f"the {day}th of {month}",
        "with year": f"{month} {day}, {year}",
        "of an era": f"{day} {month} {max(1, year % 900)} {era}",
    }[form],
    st.sampled_from(MONTHS),
    st.integers(min_value=1, max_value=31),
    st.sampled_from(["month day", "day month", "ordinal", "with year", "of an era"]),
    st.integers(min_value=1500, max_value=2099),
    st.sampled_from(["BC", "AD"]),
)


@settings(max_examples=300, deadline=None)
@given(
    dates=st.lists(written_dates, min_size=1, max_size=4),
    background=st.sampled_from(["", "The war began in 1913. ", "In 1900, 1904 and 1908 it grew. "]),
    anchor=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_no_value_names_a_day_that_does_not_exist(dates, background, anchor):
    text = background + " ".join(f"It happened on {date}." for date in dates)
    for timex in tag(text, anchor):
        assert exists(timex.value), (timex.text, timex.value)


def test_february_29_of_a_year_without_it_is_not_given_as_a_day():
    # said in 2025 of the last February: 2025 has no 29th, and no value may name one
    values = [t.value for t in tag("The deadline passed on February 29.", dt.date(2025, 3, 5))]
    assert "2025-02-29" not in values and all(exists(v) for v in values)
