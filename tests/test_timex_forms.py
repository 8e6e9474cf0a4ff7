"""Forms of time expressions the tagger reads as TimeML marks them: ranges, bare seasons, the
future as a noun, and the forms of posts."""

from __future__ import annotations

import datetime as dt

from dateline.timex import tag

FRIDAY = dt.date(2025, 7, 4)


def found(text: str, anchor: dt.date = FRIDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, anchor)]


def test_a_range_of_days_is_two_dates_the_first_taking_the_month_of_the_second() -> None:
    assert found("The fair is open 14-16 September 2024.") == [
        ("14", "DATE", "2024-09-14"),
        ("16 September 2024", "DATE", "2024-09-16"),
    ]
    assert found("Workshops ran from the 3 to 5 March 1999.") == [
        ("the 3", "DATE", "1999-03-03"),
        ("5 March 1999", "DATE", "1999-03-05"),
    ]


def test_a_range_of_days_month_first_gives_the_second_day_its_month() -> None:
    assert found("The strike lasted from November 2 - 6, 1987.") == [
        ("November 2", "DATE", "1987-11-02"),
        ("6, 1987", "DATE", "1987-11-06"),
    ]
    votes = found("Voting takes place on October 9 and 10.")
    assert [(text, value) for text, _, value in votes] == [
        ("October 9", "2025-10-09"),
        ("10", "2025-10-10"),
    ]


def test_a_range_needs_a_month_and_no_clock_or_score_is_a_day() -> None:
    assert found("The home side won 3-1 in the final.") == []
    assert [text for text, _, _ in found("Open June 5 - 9pm daily.")] == ["June 5", "9pm", "daily"]


def test_a_season_on_its_own_is_the_season_of_the_year() -> None:
    assert found("Our new coats arrive for Winter.") == [("Winter", "DATE", "2025-WI")]
    assert found("Prices rose in the late summer.") == [("the late summer", "DATE", "2025-SU")]
    assert found("Shares may fall sharply.") == []


def test_a_season_written_after_its_year() -> None:
    assert found("The 1916 spring offensive stalled.") == [("The 1916 spring", "DATE", "1916-SP")]


def test_the_future_as_a_noun_but_not_as_an_adjective() -> None:
    assert found("Nobody knows what their future holds.") == [("future", "DATE", "FUTURE_REF")]
    assert found("She will travel more in future.") == [("future", "DATE", "FUTURE_REF")]
    assert found("The firm expects future profits to fall.") == []


def test_a_hashtag_is_a_topic_not_a_time() -> None:
    assert found("Pizza night again #Saturday #Halloween") == [("night", "TIME", "2025-07-04TNI")]


def test_every_part_of_a_day_is_a_set_of_that_part() -> None:
    assert found("He jogs every morning and reads each night.") == [
        ("every morning", "SET", "TMO"),
        ("each night", "SET", "TNI"),
    ]


def test_a_full_stop_ending_the_sentence_is_not_part_of_a_short_form() -> None:
    assert [t for t, _, _ in found("The bus came at 9pm. We had waited 40 mins. Then rain.")] == [
        "9pm",
        "40 mins",
    ]
    assert [t for t, _, _ in found("Results are due in Nov... maybe")] == ["Nov"]
    assert [t for t, _, _ in found("Rome fell to them in 410 A.D. Few noticed.")] == ["410 A.D."]
    assert [t for t, _, _ in found("Doors open at 8 p.m. Come early.")] == ["8 p.m."]


def test_a_described_day_is_a_day_long_but_a_day_for_something_is_an_occasion() -> None:
    assert found("It was a slow grey day at the office.") == [("day", "DURATION", "P1D")]
    assert found("They spent the whole day on the beach.") == [("the whole day", "DURATION", "P1D")]
    assert found("Voters called it a proud day for the republic.") == []
    assert found("She resigned on her third day in the job.") == []


def test_an_amount_after_a_date_is_not_the_end_of_a_range() -> None:
    assert found("The index rose on June 3 to 12.5 points.") == [("June 3", "DATE", "2025-06-03")]
    assert found("Rates were cut on May 2 and 5 pct later.") == [("May 2", "DATE", "2025-05-02")]


def test_a_hedge_on_an_amount_of_time_is_part_of_the_expression() -> None:
    timexes = tag("The ferry ran more than an hour late; repairs took nearly three weeks.", FRIDAY)
    assert [(t.text, t.value, t.mod) for t in timexes] == [
        ("more than an hour", "PT1H", "MORE_THAN"),
        ("nearly three weeks", "P3W", "APPROX"),
    ]
    assert [t.text for t in tag("The grant is spent over four years.", FRIDAY)] == ["four years"]


def test_the_compared_period_of_an_earnings_report() -> None:
    report = (
        "Acme said third-quarter profit rose 8%. In the year-ago quarter it earned less, and "
        "the 2024 period also had a tax charge. The year-ago results were restated. "
        "In the 2024 second quarter sales fell."
    )
    assert found(report, dt.date(2025, 10, 20)) == [
        ("third-quarter", "DATE", "2025-Q3"),
        ("the year-ago quarter", "DATE", "2024-Q3"),
        ("the 2024 period", "DATE", "2024-Q3"),
        ("year-ago", "DATE", "2024-Q3"),
        ("the 2024 second quarter", "DATE", "2024-Q2"),
    ]


def test_words_that_put_a_bare_weekday_ahead() -> None:
    assert found("The envoy may arrive as early as Tuesday.") == [("Tuesday", "DATE", "2025-07-08")]
    assert found("Farmers are planning a march on Monday.") == [("Monday", "DATE", "2025-07-07")]
    assert found("how about sunday? cant wait") == [("sunday", "DATE", "2025-07-06")]
    assert found("The envoy arrived on Tuesday.") == [("Tuesday", "DATE", "2025-07-01")]


def test_a_fraction_of_a_unit_is_written_in_the_next_smaller_unit() -> None:
    assert found("The climb took 3 1/2 hours; the trek lasted a year and a half.") == [
        ("3 1/2 hours", "DURATION", "PT3H30M"),
        ("a year and a half", "DURATION", "P1Y6M"),
    ]
    assert found("The vote was 1.5 days late, the loan ran 1.5 months.") == [
        ("1.5 days", "DURATION", "P1DT12H"),
        ("1.5 months", "DURATION", "P1.5M"),  # no exact number of days
    ]


def test_a_month_of_a_year_named_by_its_shift_is_one_expression() -> None:
    assert found("Prices peaked in March last year and fell in May this year.") == [
        ("March last year", "DATE", "2024-03"),
        ("May this year", "DATE", "2025-05"),
    ]


def test_fiscal_quarters_and_quarters_of_a_shifted_year() -> None:
    october = dt.date(2025, 10, 20)
    assert found("Sales in the fiscal second quarter beat last year's quarter.", october) == [
        ("the fiscal second quarter", "DATE", "2025-Q2"),
        ("last year's quarter", "DATE", "2024-Q2"),
    ]
    assert found("It expects a loss in next year's first quarter.", october) == [
        ("next year's first quarter", "DATE", "2026-Q1")
    ]


def test_a_decade_with_a_hyphenated_position() -> None:
    assert found("Rents doubled in the mid-1970s.") == [("the mid-1970s", "DATE", "197")]


def test_the_quarter_of_a_report_is_the_one_it_reports_on() -> None:
    october = dt.date(2025, 10, 20)
    report = "Widgetco posted a second-quarter loss. Sales fell 4% in the quarter."
    assert found(report, october)[-1] == ("the quarter", "DATE", "2025-Q2")
    # no quarter named: the last one closed before publication
    assert found("Margins rose in the latest quarter.", october) == [
        ("the latest quarter", "DATE", "2025-Q3")
    ]
    assert found("The quarter-point cut surprised traders.", october) == []


def test_the_year_of_accounts_and_of_a_report() -> None:
    october = dt.date(2025, 10, 20)
    assert found("Revenue for the year ended June 30 doubled.", october)[0] == (
        "the year",
        "DURATION",
        "P1Y",
    )
    assert found("It sees higher profit for the full year.", october) == [
        ("the full year", "DATE", "2025")
    ]
    assert found("Shares hit a low for the year in May.", october)[0] == (
        "the year",
        "DATE",
        "2025",
    )
    assert found("Costs were cut the year before.", october) == []


def test_later_in_the_year_follows_the_story() -> None:
    assert found("The dam opened in 1962; floods came later in the year.") == [
        ("1962", "DATE", "1962"),
        ("later in the year", "DATE", "1962"),
    ]


def test_current_and_recent_as_adjectives_but_not_the_current_account() -> None:
    assert found("Her current post ends after a recent vote.") == [
        ("current", "DATE", "PRESENT_REF"),
        ("recent", "DATE", "PAST_REF"),
    ]
    assert found("The current account surplus shrank.") == []


def test_the_dates_of_a_notice_lie_ahead() -> None:
    november = dt.date(2025, 11, 3)
    notice = "The board declared a dividend, payable Dec. 12 to holders of record Nov. 28."
    assert [value for _, _, value in found(notice, november)] == ["2025-12-12", "2025-11-28"]
    assert found("The new fares apply effective Jan. 5.", november) == [
        ("Jan. 5", "DATE", "2026-01-05")
    ]


def test_an_age_in_years_is_not_a_duration() -> None:
    assert found("The pilot, 41 years old, had flown for 20 years.") == [
        ("20 years", "DURATION", "P20Y")
    ]


def test_parts_and_days_of_the_story_and_military_hours() -> None:
    history = (
        "The fort fell on 3 March 1781. That evening the garrison left; on June 9 of that year "
        "the town rose, and the rebels struck at 0430hrs."
    )
    assert found(history) == [
        ("3 March 1781", "DATE", "1781-03-03"),
        ("That evening", "TIME", "1781-03-03TEV"),
        ("June 9 of that year", "DATE", "1781-06-09"),
        ("0430hrs", "TIME", "1781-06-09T04:30"),
    ]


def test_early_in_a_year() -> None:
    timexes = tag("The plant closed early in 2011.", FRIDAY)
    assert [(t.text, t.value, t.mod) for t in timexes] == [("early in 2011", "2011", "START")]


def test_movable_holidays_fall_on_their_day_of_the_year() -> None:
    december = dt.date(2023, 12, 4)
    assert found("The ship docked on Thanksgiving Day.", december) == [
        ("Thanksgiving Day", "DATE", "2023-11-23")
    ]
    assert found("Churches were full at Easter 2019 and on Good Friday 2021.", december) == [
        ("Easter 2019", "DATE", "2019-04-21"),
        ("Good Friday 2021", "DATE", "2021-04-02"),
    ]
    assert found("The count will finish after Election Day 2024.", december)[0][2] == "2024-11-05"


def test_year_end_and_the_week_of_the_story() -> None:
    timexes = tag("Stocks fell on Oct. 8, 2025. For the week, the index lost 2%.", FRIDAY)
    assert [(t.text, t.value) for t in timexes][-1] == ("the week", "2025-W41")
    year_end = tag("The merger should close by year-end.", FRIDAY)
    assert [(t.text, t.value, t.mod) for t in year_end] == [("year-end", "2025", "END")]


def test_more_spellings_of_posts_and_weekends_as_a_set() -> None:
    assert found("gym tomo morning, then finals nxt wk. trmw i rest") == [
        ("tomo morning", "TIME", "2025-07-05TMO"),
        ("nxt wk", "DATE", "2025-W28"),
        ("trmw", "DATE", "2025-07-05"),
    ]
    assert found("Weekends are for long rides.") == [("Weekends", "SET", "XXXX-WXX-WE")]


def test_a_clock_time_in_a_part_of_a_nearby_day_is_one_time() -> None:
    assert found("Polls close at 8 p.m. tonight; the count began 6am this morning.") == [
        ("8 p.m. tonight", "TIME", "2025-07-04T20:00"),
        ("6am this morning", "TIME", "2025-07-04T06:00"),
    ]


def test_a_clock_time_and_its_date_are_one_time() -> None:
    assert found("Bids are due by 3 p.m. EDT, Aug. 14.") == [
        ("3 p.m. EDT, Aug. 14", "TIME", "2025-08-14T15:00")
    ]
    assert found("The launch is set for March 2, 2026 9am sharp.") == [
        ("March 2, 2026 9am", "TIME", "2026-03-02T09:00")
    ]
    assert found("Heats start this Sat,8am.") == [("this Sat,8am", "TIME", "2025-07-05T08:00")]


def test_late_yesterday_is_one_expression() -> None:
    timexes = tag("The mayor resigned late yesterday.", FRIDAY)
    assert [(t.text, t.value, t.mod) for t in timexes] == [("late yesterday", "2025-07-03", "END")]


def test_a_position_without_its_article() -> None:
    timexes = tag("Rent is due by end of the month.", FRIDAY)
    assert [(t.text, t.value, t.mod) for t in timexes] == [("end of the month", "2025-07", "END")]


def test_lasting_units_as_an_adjective() -> None:
    assert found("After a weeks-long strike and a day-long debate, a three-month-long truce.") == [
        ("weeks-long", "DURATION", "PXW"),
        ("day-long", "DURATION", "P1D"),
        ("three-month-long", "DURATION", "P3M"),
    ]


def test_a_quarter_still_running_is_an_outlook_not_the_period_reported() -> None:
    november = dt.date(2023, 11, 8)
    outlook = found(
        "Brightline posted third-quarter income of $4 million. It warned that the flood will "
        "mean a fourth-quarter charge. Sales in the latest quarter rose 5% from a year ago.",
        november,
    )
    assert [(text, value) for text, _, value in outlook] == [
        ("third-quarter", "2023-Q3"),
        ("fourth-quarter", "2023-Q4"),
        ("the latest quarter", "2023-Q3"),
        ("a year ago", "2022-Q3"),
    ]
    # a running quarter told in the past is the one reported (a fiscal quarter just closed)
    told = found(
        "Brightline reported a drop in fourth-quarter profit. Sales in the latest period grew.",
        november,
    )
    assert [(text, value) for text, _, value in told] == [
        ("fourth-quarter", "2023-Q4"),
        ("the latest period", "2023-Q4"),
    ]


def test_words_that_only_look_like_times() -> None:
    # a first name, an ordinal, a share and the night of a date named right after it
    assert found("The envoy Jan Novak met the minister.") == []
    assert found("It was a second defeat for the coalition.") == []
    assert found("The door stayed open for a second or two.") == [("a second", "DURATION", "PT1S")]
    assert found("The region buys three-quarters of its grain, a quarter of the rice abroad.") == []
    assert found("He lost several quarters of revenue.") == [
        ("several quarters", "DURATION", "PXQ")
    ]
    assert [(t, v) for t, _, v in found("A fire broke out on the night of March 3.")] == [
        ("March 3", "2025-03-03")
    ]
    assert found("Sales rose in Jan 2024.") == [("Jan 2024", "DATE", "2024-01")]
    # the idiom, not the clock; the clock still at noon
    assert found("For the rebels it was high noon.") == []
    assert found("They signed at noon.") == [("noon", "TIME", "2025-07-04T12:00")]


def test_next_to_is_a_place_not_the_future() -> None:
    # without a parse the nearest cue word decides; "next to" is no cue of the future
    assert found("Two guards were hurt in the fire next to the station on Tuesday.") == [
        ("Tuesday", "DATE", "2025-07-01")
    ]


def test_a_year_said_in_words_as_transcripts_write_it() -> None:
    spring = dt.date(1999, 4, 2)
    assert found("The plant closed in nineteen eighty-seven.", spring) == [
        ("nineteen eighty-seven", "DATE", "1987")
    ]
    assert found(
        "Prices fell in March nineteen ninety-eight and in the fall of eighteen twelve.", spring
    ) == [
        ("March nineteen ninety-eight", "DATE", "1998-03"),
        ("the fall of eighteen twelve", "DATE", "1812-FA"),
    ]
    assert found("Planners look ahead to the year two thousand and two.", spring) == [
        ("the year two thousand and two", "DATE", "2002")
    ]
    # numbers said in words are no year unless they read as one
    assert found("Some two thousand people and nineteen twenty-somethings came.", spring) == []


def test_the_second_figure_of_a_quoted_price_is_no_year() -> None:
    # dealers quote a bid and an offer as "6.1640/1790": the last digits, not a year
    assert found("The franc was quoted at 6.1640/1790 against the dollar.") == []
    assert found("The pound closed at 1.6210/1850 dollars.") == []
    # two years with a slash stay years
    assert found("Output in 1998/1999 beat the forecast.") == [
        ("1998", "DATE", "1998"),
        ("1999", "DATE", "1999"),
    ]


def test_a_day_of_last_or_next_month_by_name() -> None:
    april = dt.date(1999, 4, 19)
    assert found("The mill burned down last Nov. 14 and reopens next March 2.", april) == [
        ("last Nov. 14", "DATE", "1998-11-14"),
        ("next March 2", "DATE", "2000-03-02"),
    ]


def test_the_previous_weekday_counts_from_the_story_not_the_writer() -> None:
    monday = dt.date(2024, 5, 13)
    assert found("Bonds rallied on Friday, May 10, after a loss the previous Friday.", monday) == [
        ("Friday, May 10", "DATE", "2024-05-10"),
        ("the previous Friday", "DATE", "2024-05-03"),
    ]
    assert found(
        "The strike began on Tuesday, April 2, and ended the following Monday.", monday
    ) == [
        ("Tuesday, April 2", "DATE", "2024-04-02"),
        ("the following Monday", "DATE", "2024-04-08"),
    ]


def test_vague_spans_and_decades_said_in_words() -> None:
    spring = dt.date(1999, 4, 2)
    assert found("Membership shrank through the eighties; she is in her eighties.", spring) == [
        ("the eighties", "DATE", "198")
    ]
    assert found(
        "Margins may slip in the near term and over the next couple of years.", spring
    ) == [
        ("the near term", "DATE", "FUTURE_REF"),
        ("the next couple of years", "DURATION", "P2Y"),
    ]
    assert found("Funds will face redemptions in the months ahead.", spring) == [
        ("the months ahead", "DURATION", "PXM")
    ]


def test_todays_before_a_noun_of_the_age_is_the_present_age_not_a_day() -> None:
    # "today's" of an era ("today's teenagers", "today's connected world") is not the day the
    # text was published; "today's vote" is
    assert found("Critics say today's teenagers read less than their parents did.") == []
    assert found("Privacy is hard to keep in today's connected world.") == []
    assert found("Today's vote was postponed.") == [("Today", "DATE", "2025-07-04")]


def test_a_time_word_in_the_name_of_a_paper_or_a_programme_is_no_time() -> None:
    assert found("The minister told USA Today that talks would resume.") == []
    assert found("Asked on This Week about the vote, she declined to answer.") == []
    assert found("A source told the Sunday Times and the Sydney Morning Herald.") == []
    assert found("She appeared on the Today show to defend the plan.") == []
    # a frequency word in a title: "the Daily ...", "the Weekly ..."
    assert found("The claim first ran in the Daily Courier and the Weekly Ledger.") == []
    assert found("Ferries cross weekly; daily, some cross twice.") == [
        ("weekly", "SET", "P1W"),
        ("daily", "SET", "P1D"),
    ]
    # the same words as times
    assert found("This week the minister told reporters that talks would resume today.") == [
        ("This week", "DATE", "2025-W27"),
        ("today", "DATE", "2025-07-04"),
    ]
    assert found("The market was quiet on Sunday morning.") == [
        ("Sunday morning", "DATE", "2025-06-29TMO")
    ]


def test_the_week_of_a_day_is_that_week_and_a_part_said_before_its_day_is_one_time() -> None:
    # the whole expression names the week, not the day it is counted from
    assert found("Lawyers expect a ruling the week of July 14.") == [
        ("the week of July 14", "DATE", "2025-W29")
    ]
    assert found("The vote falls in the week of 2 March 2026.") == [
        ("the week of 2 March 2026", "DATE", "2026-W10")
    ]
    # a part of a day said before the day it belongs to is one expression with its day
    assert found("Oil was trading higher at mid-morning yesterday in Tokyo.") == [
        ("mid-morning yesterday", "TIME", "2025-07-03TMO")
    ]
    assert found("Crews will return late afternoon tomorrow.") == [
        ("late afternoon tomorrow", "TIME", "2025-07-05TAF")
    ]


def test_one_day_after_a_modal_is_some_day_ahead_not_a_day_long() -> None:
    assert found("Engineers hope the design could one day power whole towns.") == [
        ("one day", "DATE", "FUTURE_REF")
    ]
    assert found("The crew rebuilt the bridge in one day.") == [("one day", "DURATION", "P1D")]


def test_a_clock_time_before_a_day_first_date_is_that_day() -> None:
    # British and European copy puts the day first; the clock belongs to that day, not to the
    # day of publication
    assert found("Polls closed at 22:00 on 29 June, the commission said.") == [
        ("22:00 on 29 June", "TIME", "2025-06-29T22:00")
    ]
    assert found("The ferry left at 6.45am on Wednesday 2 July.") == [
        ("6.45am on Wednesday 2 July", "TIME", "2025-07-02T06:45")
    ]
    assert found("Officers were called at 3 p.m. Monday, June 30.") == [
        ("3 p.m. Monday, June 30", "TIME", "2025-06-30T15:00")
    ]


def test_a_season_in_a_name_is_no_season() -> None:
    assert found("Athletes trained for the Winter Olympics in the Alps.") == []
    assert found("The Summer Games drew record crowds.") == []
    assert found("Veterans of the Arab Spring met in Tunis.") == []
    assert found("The harvest failed last summer.") == [("last summer", "DATE", "2024-SU")]
