"""The days a TIMEX3 date value covers: the one answer for every part that compares dates.

Event modality (is it in the future? long past?), story merging (do two dates overlap?), the
summary timeline (which day does a sentence name?) and the tagger's story day all ask here.

    days_of("2025-07-03T14:00")  # (2025-07-03, 2025-07-03)
    days_of("2025-W27-WE")       # Saturday and Sunday of ISO week 27
    days_of("2025-Q4")           # (2025-10-01, 2025-12-31)
    days_of("2025-WI")           # (2025-12-01, 2026-02-28): the winter that starts in 2025
    days_of("199")               # (1990-01-01, 1999-12-31): the 1990s
    days_of("PAST_REF")          # None: no calendar extent

Seasons are the meteorological ones of the northern hemisphere, as the tagger gives them
(``values.SEASON_START``). A value that names no real day (month 13, week 54) covers none.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.timex.values import SEASON_START

Interval = tuple[dt.date, dt.date]

_DAY = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})")  # a day, or a time on that day
_WEEK = re.compile(r"^([0-9]{4})-W([0-9]{2})(-WE)?$")
_MONTH = re.compile(r"^([0-9]{4})-([0-9]{2})$")
_QUARTER = re.compile(r"^([0-9]{4})-Q([1-4])$")
_HALF = re.compile(r"^([0-9]{4})-H([12])$")
_SEASON = re.compile(r"^([0-9]{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^([0-9]{4})$")
_DECADE = re.compile(r"^([0-9]{3})$")
_CENTURY = re.compile(r"^([0-9]{2})$")  # TIMEX3's "19" is the 1900s, as the tagger writes it


def _months(year: int, first: int, count: int) -> Interval:
    """``count`` months from month ``first`` of ``year`` (running into the next year)."""
    start = dt.date(year, first, 1)
    index = year * 12 + first - 1 + count  # the month after the last one
    following = dt.date(index // 12, index % 12 + 1, 1)
    return start, following - dt.timedelta(days=1)


def _years(first: int, count: int) -> Interval:
    """``count`` years from ``first``: a decade or a century (year 0 has no days: from year 1)."""
    return dt.date(max(first, 1), 1, 1), dt.date(first + count - 1, 12, 31)


def day_of(value: str | None) -> dt.date | None:
    """The day a day-precise value (a date, or a time on a date) names; None for any other."""
    match = _DAY.match(value) if value else None
    if match is None:  # only a day-precise value covers a single day
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def days_of(value: str | None) -> Interval | None:
    """The first and last day a TIMEX3 date value covers; None for values without a calendar
    extent (durations, PRESENT_REF, a date with no year)."""
    if not value:
        return None
    if day := day_of(value):
        return day, day
    try:
        if match := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            if match[3]:  # the weekend of that week
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if match := _MONTH.match(value):
            return _months(int(match[1]), int(match[2]), 1)
        if match := _QUARTER.match(value):
            return _months(int(match[1]), 3 * int(match[2]) - 2, 3)
        if match := _HALF.match(value):
            return _months(int(match[1]), 6 * int(match[2]) - 5, 6)
        if match := _SEASON.match(value):
            return _months(int(match[1]), SEASON_START[match[2]], 3)
        if match := _YEAR.match(value):
            return dt.date(int(match[1]), 1, 1), dt.date(int(match[1]), 12, 31)
        if match := _DECADE.match(value):
            return _years(int(match[1]) * 10, 10)
        if match := _CENTURY.match(value):
            return _years(int(match[1]) * 100, 100)
    except ValueError:  # a month 13 or week 54 names no days
        return None
    return None
