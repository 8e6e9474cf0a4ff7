"""Time expressions of news that were missed, cut short or given the wrong way: amounts of time
added or counted in working days, hours said in a part of the day, fiscal years named by their
shift, vague counts back ("months ago"), a plan told in the simple present or by an infinitive,
a weekday before a day-first date, the date that names the attacks of 2001, and a clock time
stamped before a day with its year."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stages import timex_values

FRIDAY = dt.date(2025, 7, 4)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # an amount of time added to another
        ("The lease may be renewed for an additional year.", "an additional year", "P1Y"),
        ("The inspectors asked for two extra weeks.", "two extra weeks", "P2W"),
        ("The miners were given a further 10 days.", "10 days", "P10D"),  # as before
        # days counted on a calendar of work
        ("The index fell for six trading days in a row.", "six trading days", "P6D"),
        ("Refunds are paid within 10 business days.", "10 business days", "P10D"),
        ("Shares gained over the past five trading days.", "the past five trading days", "P5D"),
        # a vague count back or ahead
        ("Only months ago the airline was close to collapse.", "months ago", "PAST_REF"),
        ("Years ago the square was a market.", "Years ago", "PAST_REF"),
        ("The dam could fail within days.", "days", "PXD"),
        ("Exports shrank for the first time in decades.", "decades", "PXY"),
        # fiscal years named by their shift
        ("Revenue should grow in the next fiscal year.", "the next fiscal year", "2026"),
        ("Sales were flat in the latest fiscal year.", "the latest fiscal year", "2024"),
        ("Sales were flat in the last fiscal year.", "the last fiscal year", "2024"),
        ("Profit doubled from the prior year.", "the prior year", "2024"),
        # an hour said in a part of the day
        ("The convoy leaves at 4 in the morning.", "4 in the morning", "2025-07-04T04:00"),
        ("The strike starts at 10 o'clock at night.", "10 o'clock at night", "2025-07-04T22:00"),
        ("Rain began at 3:30 in the afternoon.", "3:30 in the afternoon", "2025-07-04T15:30"),
        ("Sirens sounded at 2 in the morning.", "2 in the morning", "2025-07-04T02:00"),
        ("The bells rang at 12 o'clock.", "12 o'clock", "2025-07-04T12:00"),
        # the simple present of what is arranged lies ahead ...
        ("The two ministers meet Monday in Oslo.", "Monday", "2025-07-07"),
        ("The tribunal hears the appeal on Wednesday.", "Wednesday", "2025-07-09"),
        # ... not a verb whose past is spelt as its present, nor a saying (guards: as before)
        ("Bank shares hurt the index on Thursday.", "Thursday", "2025-07-03"),
        ("Officials say Tuesday's flood cut the road.", "Tuesday", "2025-07-01"),
        # an infinitive describing a noun tells what is arranged for it ...
        ("She gave an interview to be aired on Sunday.", "Sunday", "2025-07-06"),
        ("Delegates prepared for a ballot to take place in October.", "October", "2025-10"),
        # ... not after a rank, which tells who did it (a guard: as before)
        ("Ashby was the first village to flood on Wednesday.", "Wednesday", "2025-07-02"),
        # a weekday before a day-first date is one expression
        ("Results will be published on Tuesday 4 November.", "Tuesday 4 November", "2025-11-04"),
        # the day of the attacks on New York and Washington
        ("Families of the Sept. 11 attack victims met the panel.", "Sept. 11", "2001-09-11"),
        ("The September 11th hijackers trained in Florida.", "September 11th", "2001-09-11"),
        ("The talks resume on Sept. 11 in Vienna.", "Sept. 11", "2025-09-11"),  # as before
        # a comment stamped with a clock time before its day and year
        ("At 09:27 Friday 28 March 2025 a reader wrote:", "09:27 Friday 28 March 2025",
         "2025-03-28T09:27"),
    ],
)  # fmt: skip
def test_value(text: str, expression: str, value: str) -> None:
    assert timex_values(text, FRIDAY).get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # "in years" only closing a clause: a number of years of something is no vague span
        ("Farmers remember it as the worst in years of drought.", "years"),
        # a clock time with "on" keeps its date apart, as the annotated histories do
        ("At 11 a.m. on 11 November 1918 the guns fell silent.", "11 a.m. on 11 November 1918"),
    ],
)
def test_not_one_expression(text: str, expression: str) -> None:
    assert expression not in timex_values(text, FRIDAY)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a month of a year named by its shift, with "of"
        ("The ferry sank in March of last year.", "March of last year", "2024-03"),
        # a hedge belongs to a date counted from the story
        (
            "The dam broke on 2 May 2023. Almost a year later, the valley was dry.",
            "Almost a year later",
            "2024",
        ),
        ("The mine closed on 2 May 2023 and reopened nearly two weeks later.",
         "nearly two weeks later", "2023-W20"),
    ],
)  # fmt: skip
def test_counted_and_looking_ahead(text: str, expression: str, value: str) -> None:
    assert timex_values(text, FRIDAY).get(expression) == value


def test_what_is_unlikely_lies_ahead() -> None:
    # said in October: what is unlikely to happen until August is next August
    text = "The stadium is unlikely to reopen before August, officials said."
    assert timex_values(text, dt.date(2025, 10, 20))["August"] == "2026-08"


def test_later_counts_from_the_time_named_in_news() -> None:
    # what comes "later" comes after a time the text named, not after the publication
    text = "The barge sank off Cork in June 1995. Three decades later, its fuel still leaks."
    assert timex_values(text, FRIDAY)["Three decades later"] == "2025"
    text = "The summit opens on Sept. 8. A week later the envoys meet again."
    assert timex_values(text, FRIDAY)["A week later"] == "2025-W38"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the time of a thing said to be planned lies ahead, even when a past tense tells of
        # it: the words around decide, not the verb
        ("The planned strike on Sunday worried travellers.", "Sunday", "2025-07-06"),
        # a present passive that sets a time sets one ahead, whatever the tense after it
        ("The recount is set for Tuesday, the clerk said.", "Tuesday", "2025-07-08"),
        ("The ferry auction is slated for March, the port said.", "March", "2026-03"),
        # told in the past, a time set may have come: the words around decide
        ("The recount was set for Tuesday, the clerk said.", "Tuesday", "2025-07-01"),
        # a passive that blames or wants tells of a past act
        ("The gang is wanted for Tuesday's robbery.", "Tuesday", "2025-07-01"),
        # a date moved "to" a day lies ahead of the move
        ("The mill extended the price freeze to August 15.", "August 15", "2025-08-15"),
        ("The hearing was put back to Sept. 9, the court said.", "Sept. 9", "2025-09-09"),
        ("The vote was brought forward to Monday.", "Monday", "2025-07-07"),
        # an act asked for by a deadline lies ahead of the asking
        ("The envoy urged Kestria to pull back its guns by Sunday.", "Sunday", "2025-07-06"),
        # with "on" the day may be the asking's: the words around decide
        ("The mayor asked drivers to stay home on Monday.", "Monday", "2025-06-30"),
        # "gave it to" moves no date
        ("The sheriff handed the file to a judge on Monday.", "Monday", "2025-06-30"),
    ],
)  # fmt: skip
def test_planned_things(text: str, expression: str, value: str) -> None:
    assert timex_values(text, FRIDAY).get(expression) == value


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a later month closing a range is in the year of the first end
        (
            "Estimates for the repair ranged from the end of July to the middle of August.",
            ("the end of July", "2025-07"),
            ("the middle of August", "2025-08"),
        ),
        (
            "Engineers said the pipe could be fixed between late July and mid-August.",
            ("late July", "2025-07"),
            ("mid-August", "2025-08"),
        ),
        # a range across the new year is left to each end (a guard)
        (
            "The fishing ban lasted from November to February.",
            ("November", "2024-11"),
            ("February", "2025-02"),
        ),
        # a first end named without its year is in the year the last end names
        (
            "Rents climbed between April and June of 2022.",
            ("April", "2022-04"),
            ("June of 2022", "2022-06"),
        ),
        (
            "The inquiry sat from May 2 to May 19, 2021.",
            ("May 2", "2021-05-02"),
            ("May 19, 2021", "2021-05-19"),
        ),
        # or in the year before, when the range runs across the new year
        (
            "The river froze from December to February 2023.",
            ("December", "2022-12"),
            ("February 2023", "2023-02"),
        ),
    ],
)
def test_range_of_months(text: str, first: tuple[str, str], last: tuple[str, str]) -> None:
    values = timex_values(text, dt.date(2025, 7, 14))
    assert values.get(first[0]) == first[1]
    assert values.get(last[0]) == last[1]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "the last week of" something is its final week, not the week before this one
        ("Fighting eased in the last week of the siege.", "the last week", "P1W"),
        ("Prices fell in the first month of the year.", "the first month", "P1M"),
        # "last week" on its own is still the week before
        ("The mayor resigned last week.", "last week", "2025-W26"),
    ],
)
def test_first_and_last_units(text: str, expression: str, value: str) -> None:
    assert timex_values(text, FRIDAY).get(expression) == value


def test_the_last_day_of_something_is_no_yesterday() -> None:
    assert (
        timex_values("Friday is the last day of trading.", FRIDAY).get("the last day")
        != "2025-07-03"
    )
