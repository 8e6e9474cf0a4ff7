"""Working out TIMEX3 values: the calendar arithmetic behind the calls in rules.toml.

A value template such as ``{year(month, day_number)}-{month:02}-{day_number:02}`` is filled from
the words a rule matched. Calls compute parts that depend on the reference date (the publication
date, or the time a quote was spoken), on the day the story is at, and on the tense of the
sentence (``direction``: -1 past, 0 unknown, 1 future). Any call that cannot give a sensible value
returns None, and the expression is then dropped rather than given an absurd value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

PAST, UNKNOWN, FUTURE = -1, 0, 1
_CALL = re.compile(r"^([a-z_]+)\((.*)\)$")
_FIELD = re.compile(r"\{([^{}]+)\}")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SUNDAY = 7  # ISO weekday number
# the longest range of years written with a two-digit end ("1990-94"): a later figure is no year
MAX_RANGE_YEARS = 10
_PART_OF_DAY = re.compile(r"^(-?[0-9]+) ([A-Z]{2})$")
# the smallest and largest years a value may carry
_EARLIEST, _LATEST = 1, 9999


class Unresolvable(ValueError):
    """The words matched do not make a sensible value (February 30, 50,000 years ago)."""


@dataclass(slots=True)
class Situation:
    """What a value may depend on besides the words matched.

    ``reference`` is the text's own present (the publication date, or the day a quote was
    spoken); ``story`` the last day the text talked about; ``narrative`` the calendar value
    (year, month or day) the story has reached ("In 1942, ..."), None while the text speaks of
    its present. Anaphora ("that year", "later that month") follows the narrative in any text.
    When the text is ``narrating`` a time of its own (a history, not today's news), the
    narrative is its reference time: a bare date ("In April") falls in the narrative's year and
    "the following year" or "two years later" count from it.
    """

    reference: dt.date
    story: dt.date
    direction: int = UNKNOWN
    narrative: str | None = None
    narrating: bool = False
    period: str | None = None  # the quarter the text last reported on ("the third quarter")
    used_reference: bool = field(default=False)
    used_story: bool = field(default=False)
    used_narrative: bool = field(default=False)


# how fine a unit is: 1 a year or more, 2 a month or quarter, 3 a day or week
_GRANULARITY = {"CE": 1, "DE": 1, "Y": 1, "H": 2, "Q": 2, "M": 2}
# the units counted in years, and how many years each is
_YEAR_UNITS = {"Y": 1, "DE": 10, "CE": 100}


def _granularity(value: str) -> int:
    """1 for a year ("1942"), 2 for a month ("1942-06"), 3 for a day ("1942-06-22")."""
    return value.count("-") + 1


# years before the common era are written BC0490 (TIMEX2's convention, which TIMEX3 corpora keep)
_BC = "BC"


def format_year(year: int) -> str:
    """1942 -> "1942"; -490 (490 BC: there is no year zero) -> "BC0490"."""
    if year > 0:
        return f"{_check_year(year):04d}"
    return f"{_BC}{_check_year(-year):04d}"


def add_years(year: int, amount: int) -> int:
    """``year`` moved by ``amount`` years across the eras: a year after 1 BC is AD 1."""
    astronomical = year if year > 0 else year + 1  # 1 BC is year 0 of the astronomers
    moved = astronomical + amount
    return moved if moved > 0 else moved - 1


def year_period(year: int, unit: str) -> str:
    """The value of the year, decade or century holding ``year``: 1942 -> 1942, 194, 19;
    480 BC -> BC0480, BC048, BC04."""
    written = format_year(year)
    era, digits = (_BC, written[2:]) if written.startswith(_BC) else ("", written)
    return era + digits[: {"Y": 4, "DE": 3, "CE": 2}[unit]]


def value_year(value: str) -> int:
    """The year a calendar value starts with: "1942-06" -> 1942, "BC0480-08" -> -480."""
    if value.startswith(_BC):
        return -int(value[2:6])
    return int(value[:4])


def narrative_date(value: str) -> dt.date:
    """The first day of a calendar value: 1942 -> 1942-01-01, 1942-06 -> 1942-06-01. Before
    the common era no day can be counted (Python's calendar starts at AD 1)."""
    if value.startswith(_BC):
        raise Unresolvable(f"no calendar day in {value}")
    parts = [int(part) for part in value.split("-")]
    month, day = [*parts[1:], 1, 1][:2]
    return dt.date(parts[0], month, day)


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    week = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * week) // 451
    month, day = divmod(h + week - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _movable_day(rule: str, year: int) -> dt.date:
    """The day of a movable holiday's rule (vocabulary.toml, [movable_holiday]) in ``year``."""
    start, number = rule.split()
    if start == "easter":
        return _easter(year) + dt.timedelta(days=int(number))
    month, day = (int(part) for part in start.split("-"))
    first = dt.date(year, month, day)
    return first + dt.timedelta(days=(int(number) - first.isoweekday()) % 7)


def _weekday_beside(day: dt.date, weekday: int, offset: int) -> dt.date:
    """The ``weekday`` (ISO number) strictly before ``day`` (``offset`` < 0) or strictly after it
    (``offset`` > 0): the nearest for 1 or -1, the one a week beyond it for 2 or -2 ("the
    Thursday before last")."""
    if offset < 0:
        nearest = day - dt.timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
        return nearest - dt.timedelta(weeks=-offset - 1)
    nearest = day + dt.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
    return nearest + dt.timedelta(weeks=offset - 1)


def _check_year(year: int) -> int:
    if not _EARLIEST <= year <= _LATEST:
        raise Unresolvable(f"year {year} out of range")
    return year


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after (or before) the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(_check_year(index // 12), index % 12 + 1, 1)


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """``day`` moved by ``amount`` calendar units (D, W, WE, M, Q, Y, DE, CE, FORTNIGHT)."""
    try:
        if unit == "D":
            return day + dt.timedelta(days=amount)
        if unit in ("W", "WE"):
            return day + dt.timedelta(weeks=amount)
        if unit == "FORTNIGHT":
            return day + dt.timedelta(weeks=2 * amount)
    except OverflowError as error:
        raise Unresolvable(str(error)) from error
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        raise Unresolvable(f"cannot shift by unit {unit}")
    if abs(amount) > 100_000:
        raise Unresolvable("shift too large")
    return add_months(day, months * amount)


def period(day: dt.date, unit: str) -> str:
    """The TIMEX3 value of the period of kind ``unit`` that contains ``day``."""
    year = _check_year(day.year)
    if unit == "D":
        return day.isoformat()
    if unit in ("W", "WE", "FORTNIGHT"):
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{year:04d}"
    if unit == "DE":
        return f"{year:04d}"[:3]
    if unit == "CE":
        return f"{year:04d}"[:2]
    raise Unresolvable(f"no calendar period for unit {unit}")


def _whole(count: Any) -> int:
    if isinstance(count, float) and not count.is_integer():
        raise Unresolvable("a date needs a whole number of units")
    return int(count)


class Calls:
    """The functions value templates may call; each returns part of a value."""

    def __init__(self, situation: Situation) -> None:
        self.situation = situation

    def _reference(self) -> dt.date:
        situation = self.situation
        if situation.narrating and situation.narrative is not None:
            situation.used_narrative = True
            return narrative_date(situation.narrative)
        situation.used_reference = True
        return situation.reference

    def _story(self) -> dt.date:
        self.situation.used_story = True
        return self.situation.story

    def _narrative_year(self) -> int | None:
        """The year a bare date falls in when the text narrates a time of its own: the
        narrative's (a narrative moves forward, so the past tense does not take it a year
        back); a date said to lie ahead ("the funeral will be held on April 1") is the next
        one after the writer's present."""
        situation = self.situation
        if not situation.narrating or situation.narrative is None or situation.direction == FUTURE:
            return None
        situation.used_narrative = True
        return value_year(situation.narrative)

    def _reference_year(self) -> int:
        situation = self.situation
        if situation.narrating and situation.narrative is not None:
            situation.used_narrative = True
            return value_year(situation.narrative)
        return self._reference().year

    def _story_narrative(self, unit: str) -> str | None:
        """The narrative, when it is as precise as ``unit`` needs ("that month" a month)."""
        narrative = self.situation.narrative
        if narrative is not None and _GRANULARITY.get(unit, 3) <= _granularity(narrative):
            self.situation.used_narrative = True
            return narrative
        return None

    def ref(self, unit: str, offset: int | None) -> str:
        if unit in _YEAR_UNITS:
            moved = add_years(self._reference_year(), (offset or 0) * _YEAR_UNITS[unit])
            return year_period(moved, unit)
        reference = self._reference()
        if unit == "W" and offset == -1 and reference.isoweekday() == SUNDAY:
            # "last week" said on a Sunday is the week just ending, Monday to Saturday: the
            # ISO week that Sunday closes, not the one before it
            offset = 0
        return period(shift(reference, unit, offset or 0), unit)

    def story(self, unit: str, offset: int | None) -> str:
        """A period counted from where the story is: its narrative for years, quarters and
        months ("that year", "later that month"), else its last day."""
        narrative = self._story_narrative(unit)
        if unit in _YEAR_UNITS:
            year = value_year(narrative) if narrative else self._story().year
            return year_period(add_years(year, (offset or 0) * _YEAR_UNITS[unit]), unit)
        start = narrative_date(narrative) if narrative else self._story()
        return period(shift(start, unit, offset or 0), unit)

    def year(self, month: int, day: int | None = None) -> str:
        """The year of a month (and day) named without one.

        The occurrence nearest the reference date is meant, unless the tense says otherwise:
        "said in November" written in January is last November, "will meet in March" written in
        April is next March. A tense that would move a date less than a month away is distrusted
        (a tense cue in the sentence may belong to another clause).
        """
        narrative = self._narrative_year()
        if narrative is not None:  # "In 1942, ... In April": April of the story's year
            return format_year(narrative)
        if self.situation.direction == FUTURE:  # what lies ahead, lies ahead of the writer
            self.situation.used_reference = True
            reference = self.situation.reference
        else:
            reference = self._reference()
        year = reference.year
        months_ahead = (month - reference.month) + ((day or 15) - reference.day) / 31
        if self.situation.direction == PAST and months_ahead > 1:
            year -= 1
        elif self.situation.direction == FUTURE and months_ahead < -1:
            year += 1
        elif self.situation.direction == UNKNOWN and months_ahead > 6:
            year -= 1
        elif self.situation.direction == UNKNOWN and months_ahead < -6:
            year += 1
        return f"{_check_year(year):04d}"

    def week_of(self, month: int, day: int, year: int | None) -> str:
        """The week holding a day: "the week of March 6" (of the year ``year`` gives when none
        is named)."""
        year = year if year is not None else int(self.year(month, day))
        return period(dt.date(_check_year(year), month, day), "W")

    def month_year(self, month: int, offset: int | None) -> str:
        """The year of "last June" (strictly before this month), "this June", "next June":
        counted from the writer's present, in a narrative too ("the previous June" is not)."""
        self.situation.used_reference = True
        return self._shifted_month_year(self.situation.reference, month, offset)

    def story_month_year(self, month: int, offset: int) -> str:
        """The year of "the previous April", "the following June": counted from the story."""
        narrative = self._story_narrative("Y")  # a year is enough to count months from
        start = narrative_date(narrative) if narrative else self._story()
        return self._shifted_month_year(start, month, offset)

    @staticmethod
    def _shifted_month_year(reference: dt.date, month: int, offset: int | None) -> str:
        year = reference.year
        if offset is not None and offset < 0 and month >= reference.month:
            year -= 1
        elif offset is not None and offset > 0 and month <= reference.month:
            year += 1
        return f"{_check_year(year):04d}"

    def weekday(self, weekday: int, offset: int | None = None) -> str:
        reference = self._reference()
        if offset == 0:  # "this Friday": the Friday of this week
            day = reference + dt.timedelta(days=weekday - reference.isoweekday())
        elif offset is not None:  # "last Friday", "next Friday": strictly before or after today
            day = _weekday_beside(reference, weekday, offset)
        elif self.situation.direction == FUTURE:
            day = reference + dt.timedelta(days=(weekday - reference.isoweekday()) % 7)
        else:  # news mostly reports what happened: a bare weekday is the last one
            day = reference - dt.timedelta(days=(reference.isoweekday() - weekday) % 7)
        return day.isoformat()

    def weekday_of_week(self, weekday: int, offset: int) -> str:
        """ "Wednesday last week", "Friday next week": that weekday of the week ``offset`` weeks
        from the reference's (Monday to Sunday), whatever the tense."""
        reference = self._reference()
        day = reference + dt.timedelta(days=weekday - reference.isoweekday(), weeks=offset)
        return day.isoformat()

    def story_weekday(self, weekday: int, offset: int) -> str:
        """ "The previous Friday", "the following Monday": the nearest one before or after the
        story's day, not the writer's ("down 4% from the previous Friday" after a Friday)."""
        return _weekday_beside(self._story(), weekday, offset).isoformat()

    def weekend(self) -> str:
        """The weekend the tense points to; with no tense, the nearest one (on Monday or
        Tuesday the one just past, later in the week the one ahead)."""
        reference = self._reference()
        weekday = reference.isoweekday()
        direction = self.situation.direction
        if direction == UNKNOWN:
            direction = PAST if weekday <= 2 else FUTURE
        if direction == FUTURE or weekday >= 6:
            return period(reference, "WE")
        return period(reference - dt.timedelta(weeks=1), "WE")

    def season(self, season: str, offset: int | None) -> str:
        narrative = self._narrative_year() if offset is None else None
        if narrative is not None:  # "the summer" of the story's year
            return f"{format_year(narrative)}-{season}"
        reference = self._reference()
        start = SEASON_START[season]
        year = reference.year
        if offset is not None and offset < 0 and start + 3 > reference.month:
            year -= 1  # that season has not yet ended this year: the last one was a year ago
        elif offset is not None and offset > 0 and start <= reference.month:
            year += 1
        return f"{_check_year(year):04d}-{season}"

    def quarter(self, quarter: int, year: int | None = None) -> str:
        if year is not None:
            return f"{year:04d}-Q{quarter}"
        narrative = self._narrative_year()
        if narrative is not None:
            return f"{format_year(narrative)}-Q{quarter}"
        reference = self._reference()
        current = (reference.month - 1) // 3 + 1
        year = reference.year
        if self.situation.direction != FUTURE and quarter > current:
            year -= 1  # reports speak of quarters already closed
        return f"{_check_year(year):04d}-Q{quarter}"

    def holiday(self, month_day: str, year: int | None) -> str:
        if year is not None:
            return f"{year:04d}-{month_day}"
        month, day = (int(part) for part in month_day.split("-"))
        return f"{self.year(month, day)}-{month_day}"

    def movable_holiday(self, rule: str, year: int | None) -> str:
        """A holiday whose day moves: "11-22 4" is the first Thursday on or after November 22
        (Thanksgiving), "easter -2" two days before Easter Sunday (Good Friday)."""
        if year is None:  # the year of the holiday's usual day, as for a fixed holiday
            month, day = _movable_day(rule, self._reference().year).timetuple()[1:3]
            year = int(self.year(month, day))
        return _movable_day(rule, _check_year(year)).isoformat()

    def day_part(self, offset_and_part: str) -> str:
        return f"{self._day_of_part(offset_and_part)}T{offset_and_part.split()[1]}"

    def clock_in_part(self, clock: str, offset_and_part: str) -> str:
        """A clock time in a named part of a day: "7pm tonight", "6 a.m. this morning"."""
        return f"{self._day_of_part(offset_and_part)}T{clock}"

    def _day_of_part(self, offset_and_part: str) -> str:
        match = _PART_OF_DAY.match(offset_and_part)
        if not match:
            raise Unresolvable(f"bad part of day {offset_and_part!r}")
        return shift(self._reference(), "D", int(match.group(1))).isoformat()

    def clock(self, clock: str) -> str:
        return f"{self._story().isoformat()}T{clock}"

    def clock_in_day_part(self, clock: str, part: str) -> str:
        """An hour said in a part of the story's day: "4 in the morning" 04:00, "3:30 in the
        afternoon" 15:30, "10 at night" 22:00 ("2 at night" stays 02:00: past midnight)."""
        hour, minute = (int(piece) for piece in clock.split(":"))
        if (part in ("AF", "EV") and hour < 12) or (part == "NI" and 6 <= hour < 12):
            hour += 12
        elif part == "MO" and hour == 12:
            hour = 0
        return f"{self._story().isoformat()}T{hour:02d}:{minute:02d}"

    def clock_on(self, clock: str, weekday: int) -> str:
        return f"{self.weekday(weekday)}T{clock}"

    def duration(self, count: Any, unit: str) -> str:
        if count == "X":
            amount: Any = "X"
        else:
            amount = count * {"DE": 10, "CE": 100, "FORTNIGHT": 2}.get(unit, 1)
        letter = {"DE": "Y", "CE": "Y", "FORTNIGHT": "W"}.get(unit, unit)
        whole, rest = _in_whole_units(amount, letter)
        if letter in ("H", "MIN", "S"):
            return f"PT{whole}{letter[0]}{rest}"
        return f"P{whole}{letter}{rest}"

    def duration_and_a_half(self, count: Any, unit: str) -> str:
        if count == "X":
            raise Unresolvable("a vague count and a half")
        return self.duration(count + 0.5, unit)

    def _counted(self, start: dt.date, count: Any, unit: str, sign: int) -> str:
        """``count`` units (of a day or more, up to a quarter) before or after ``start``."""
        if count == "X":
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        amount = _whole(count) * sign
        if unit in ("H", "MIN", "S"):  # hours ago: still today, as far as a date goes
            return start.isoformat()
        return period(shift(start, unit, amount), "W" if unit == "FORTNIGHT" else unit)

    def _coarse_narrative(self) -> str | None:
        """The narrative when it names only a year or a month (a count of days, weeks or months
        from it cannot name a day)."""
        narrative = self.situation.narrative
        if narrative is None or _granularity(narrative) >= 3:
            return None
        self.situation.used_narrative = True
        return narrative

    def _counted_in(self, coarse: str, count: Any, unit: str, sign: int) -> str:
        """``count`` units before or after the start of a year or month, at its grain: "three
        days later" after "in April 1980" is 1980-04, "two months later" after "in 1950" is 1950."""
        if count == "X" or unit in ("H", "MIN", "S") or coarse.startswith(_BC):
            return coarse
        start = narrative_date(coarse)
        if sign < 0:  # "three days earlier" is counted back from the period's last day
            start = shift(start, "M" if _granularity(coarse) == 2 else "Y", 1) - dt.timedelta(1)
        moved = shift(start, unit, _whole(count) * sign)
        return period(moved, "M" if _granularity(coarse) == 2 else "Y")

    def _years_from(self, year: int, count: Any, unit: str, sign: int) -> str:
        """``count`` years, decades or centuries before or after ``year``: a year ("a decade
        ago" names a year, not a decade), across the eras."""
        if count == "X":
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        return format_year(add_years(year, _whole(count) * sign * _YEAR_UNITS[unit]))

    def year_before(self) -> str:
        """A year before: in a report on a quarter, the same quarter a year earlier (results
        are compared period with period), else the year before the reference."""
        period = self.situation.period
        if period is not None:
            year, quarter = period.split("-")
            return f"{format_year(add_years(int(year), -1))}-{quarter}"
        return self.ref("Y", -1)

    def reported_quarter(self) -> str:
        """ "The quarter" of a report: the one it named last, else the last one closed."""
        if self.situation.period is not None:
            return self.situation.period
        reference = self._reference()
        closed = (reference.month - 1) // 3  # 0 in the first quarter: the last one of last year
        year = reference.year if closed else reference.year - 1
        return f"{_check_year(year):04d}-Q{closed or 4}"

    def period_of_year(self, year: int) -> str:
        """ "The 1988 period" of a report on a quarter: that quarter of the year named."""
        period = self.situation.period
        if period is not None:
            return f"{year:04d}-{period.split('-')[1]}"
        return f"{year:04d}"

    def shifted_quarter(self, offset: int | None, quarter: int | None) -> str:
        year = self.ref("Y", offset)
        if quarter is not None:
            return f"{year}-Q{quarter}"
        period = self.situation.period
        return f"{year}-{period.split('-')[1]}" if period is not None else year

    def ago(self, count: Any, unit: str) -> str:
        if unit == "Y" and count == 1:  # "a year ago": compared with the same period
            return self.year_before()
        if unit in _YEAR_UNITS:
            return self._years_from(self._reference_year(), count, unit, -1)
        return self._counted(self._reference(), count, unit, -1)

    def later(self, count: Any, unit: str, sign: int) -> str:
        """Counted from the story's last day; in a text narrating a time of its own, "two years
        later" counts from its narrative (in news, "a year earlier" compares with the present).
        What comes "later" comes after a time the text named, in news too: "The tanker ran
        aground in March 1989. Two decades later, ..." is 2009, not two decades after the
        publication."""
        if unit == "Y" and count == 1 and sign < 0 and self.situation.period is not None:
            return self.year_before()  # "a year earlier", of a quarter's results
        from_narrative = self.situation.narrating or sign > 0
        narrative = self._story_narrative(unit) if from_narrative else None
        if from_narrative and narrative is None and (coarse := self._coarse_narrative()):
            # "in April 1980 ... and, three days later, the bombing": days counted from a month
            # the story stands in give a day of it or the next, not days after the writer's
            # present; the value keeps the month's (or year's) grain
            return self._counted_in(coarse, count, unit, sign)
        if unit in _YEAR_UNITS:
            year = value_year(narrative) if narrative else self._story().year
            return self._years_from(year, count, unit, sign)
        start = narrative_date(narrative) if narrative else self._story()
        return self._counted(start, count, unit, sign)

    def decade(self, written: str) -> str:
        digits = re.sub(r"[^0-9]", "", written)
        if len(digits) == 4:
            return digits[:3]
        reference_year = self._reference().year
        century = reference_year // 100
        if century * 100 + int(digits) > reference_year:
            century -= 1  # "the '90s" said in 2013 are the 1990s
        return f"{century:02d}{digits[0]}"

    def century(self, ordinal: int) -> str:
        if not 1 <= ordinal <= 99:
            raise Unresolvable(f"century {ordinal}")
        return f"{ordinal - 1:02d}"

    def era_year(self, year: int, era: str) -> str:
        """490 BC -> BC0490; AD 70 -> 0070."""
        return format_year(-year if era == _BC else year)

    def era_decade(self, first_year: int, era: str) -> str:
        """the 460s BC -> BC046."""
        decade = f"{first_year // 10:03d}"
        return f"{_BC}{decade}" if era == _BC else decade

    def era_century(self, ordinal: int, era: str) -> str:
        """the 9th century BC -> BC08 (as "the 20th century" is 19)."""
        century = self.century(ordinal)
        return f"{_BC}{century}" if era == _BC else century

    def full_year(self, four_digits: int | None, two_digits: int | None) -> str:
        if four_digits is not None:
            return f"{four_digits:04d}"
        if two_digits is None:
            raise Unresolvable("no year")
        reference_year = self._reference().year
        year = reference_year // 100 * 100 + two_digits
        if year > reference_year + 10:
            year -= 100
        return f"{year:04d}"

    def range_end_year(self, first: int, two_digits: int) -> str:
        """The year "97" names in "1996-97" (and "00" in "1999-00"): the first later year with
        those last digits, within a decade (a later figure is no year: "2015-40" is a score).
        Only "00" runs into the next century: "1998-03" is a month written as ISO does."""
        year = first // 100 * 100 + two_digits
        if year <= first and two_digits == 0:
            year += 100
        if not 0 < year - first <= MAX_RANGE_YEARS:
            raise Unresolvable("no year within a decade of the range's first")
        return f"{_check_year(year):04d}"


# a fraction of a unit said in the next smaller one, as TimeBank writes "5 1/2 hours" (PT5H30M)
_SMALLER_UNIT = {
    "Y": (12, "{}M"),
    "W": (7, "{}D"),
    "D": (24, "T{}H"),
    "H": (60, "{}M"),
    "MIN": (60, "{}S"),
}


def _in_whole_units(amount: Any, letter: str) -> tuple[str, str]:
    """The amount in whole units and, for a fraction, the rest in the next smaller unit
    (2.5 years: "2", "6M"); a fraction with no exact smaller amount stays a decimal."""
    if amount == "X" or float(amount).is_integer() or letter not in _SMALLER_UNIT:
        return (amount if amount == "X" else _number_text(amount)), ""
    factor, smaller = _SMALLER_UNIT[letter]
    whole = int(amount)
    rest = (amount - whole) * factor
    if not float(round(rest, 6)).is_integer() or whole == 0:
        return _number_text(amount), ""
    return str(whole), smaller.format(round(rest))


def _number_text(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def fill(
    template: str,
    meanings: dict[str, Any],
    situation: Situation,
) -> str:
    """Fill a value template from the meanings of the matched words (see rules.toml)."""
    calls = Calls(situation)

    def argument(written: str) -> Any:
        written = written.strip()
        negative = written.startswith("-")
        name = written.lstrip("-")
        if name in meanings:
            value = meanings[name]
        elif re.fullmatch(r"[0-9]+", name):
            value = int(name)
        elif name == "":
            return None
        else:  # a unit letter or other literal, such as D or X
            value = name
        return -value if negative and isinstance(value, int) else value

    def replace(field_match: re.Match[str]) -> str:
        inside = field_match.group(1)
        call = _CALL.match(inside)
        if call:
            function: Callable[..., str] = getattr(calls, call.group(1))
            arguments = [argument(a) for a in call.group(2).split(",")] if call.group(2) else []
            return function(*arguments)
        name, _, spec = inside.partition(":")
        value = meanings.get(name)
        if value is None:
            raise Unresolvable(f"nothing matched for {name}")
        return format(value, spec) if spec else str(value)

    try:
        value = _FIELD.sub(replace, template)
    except (OverflowError, ValueError, TypeError, KeyError) as error:
        raise Unresolvable(str(error)) from error
    _check_calendar_day(value)
    return value


_DAY_VALUE = re.compile(r"^(BC)?([0-9]{4})-([0-9]{2})-([0-9]{2})")


def _check_calendar_day(value: str) -> None:
    """A value never names a day that does not exist (February 29 of 2009, April 31)."""
    match = _DAY_VALUE.match(value)
    if match is None:
        return
    year, month, day = (int(part) for part in match.group(2, 3, 4))
    if match.group(1):  # before the common era: the Julian calendar, a leap year every fourth
        astronomical = 1 - year
        leap = astronomical % 4 == 0
        days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if not (1 <= month <= 12 and 1 <= day <= days[month - 1]):
            raise Unresolvable(f"no day {value}")
        return
    try:
        dt.date(year, month, day)
    except ValueError as error:
        raise Unresolvable(f"no day {value}") from error
