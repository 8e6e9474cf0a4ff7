"""Values of forms news readers found wrong: a futures or shipping month pointed a year back in a
past-tense market report; a season's two-digit end year ("2003-04") was not tagged; "the end of
the day on Monday" took the publication day, and "At the end of the day, ..." as an idiom was
dated; a live page's entry stamped with a weekday went a week back, and a day's heading did not
date the entries under it. Every sentence here is made up."""

import datetime as dt

from dateline.language import parse
from dateline.timex import tag

THURSDAY = dt.date(2024, 5, 16)


def values(text: str, published: dt.date = THURSDAY, parsed: bool = True) -> list[tuple[str, str]]:
    doc = parse(text) if parsed else None
    return [(t.text, t.value) for t in tag(text, published, doc=doc)]


# futures and shipping months lie ahead, whatever the tense of the report


def test_a_delivery_month_in_a_past_tense_report_is_not_a_year_back():
    for parsed in (True, False):
        found = dict(values("Barley for July delivery closed 3 dlrs lower.", parsed=parsed))
        assert found["July"] == "2024-07"


def test_a_contract_month_earlier_in_the_year_is_next_year():
    found = dict(values("The February contract fell 4 cents to 2.15 dlrs a bushel."))
    assert found["February"] == "2025-02"


def test_a_contract_month_of_this_month_stays_in_this_year():
    found = dict(values("Traders sold the May futures heavily on Wednesday."))
    assert found["May"] == "2024-05"


def test_both_months_of_a_shipment_window_lie_ahead():
    found = values("Tunisia bought 40,000 tonnes of maize for late June/early July shipment.")
    assert ("late June", "2024-06") in found
    assert ("early July", "2024-07") in found


def test_a_month_told_in_the_past_without_trade_words_stays_a_past_month():
    found = dict(values("Maize exports fell sharply in July, the ministry said."))
    assert found["July"] == "2023-07"


# a season's or fiscal year's range: both years are expressions, as TimeML marks them


def test_the_two_digit_end_of_a_season_is_the_next_year():
    found = values("Her 2003-04 season was cut short by injury.", published=dt.date(2010, 1, 4))
    assert found == [("2003", "2003"), ("04", "2004")]


def test_a_range_across_the_century_and_with_a_slash():
    found = values("Budgets for 1999-00 and the 2011/12 harvest.", published=dt.date(2013, 1, 4))
    assert ("00", "2000") in found
    assert ("12", "2012") in found


def test_a_later_figure_or_an_iso_month_is_no_year_range():
    found = dict(values("They drew 2019-31 in the cup.", published=dt.date(2020, 1, 4)))
    assert "31" not in found
    found = dict(values("Figures for 2015-06 came in.", published=dt.date(2020, 1, 4)))
    assert "06" not in found


# the end of a day


def test_the_end_of_the_day_on_a_weekday_is_that_day():
    found = dict(values("The ferry operator will decide by the end of the day on Monday."))
    assert found["Monday"] == "2024-05-20"
    assert found["the end of the day"] == "2024-05-20"
    found = dict(values("Shares closed lower at the end of the day Tuesday."))
    assert found["the end of the day"] == found["Tuesday"] == "2024-05-14"


def test_the_end_of_the_day_yesterday_is_yesterday():
    found = dict(values("As of the end of the day yesterday, 4,100 ballots had been counted."))
    assert found["the end of the day"] == "2024-05-15"


def test_at_the_end_of_the_day_as_an_idiom_is_no_date():
    found = dict(values("At the end of the day, commuters want trains that run on time."))
    assert "the end of the day" not in found
    quoted = '"But at the end of the day, the fares are going to rise," Ms Varga said.'
    assert "the end of the day" not in dict(values(quoted))


def test_the_close_of_trading_told_in_the_past_stays_a_date():
    found = dict(values("At the end of the day, the krona stood at 11.2 to the euro."))
    assert found["the end of the day"] == "2024-05-16"


# live pages' entries


def test_an_entry_stamped_with_the_next_weekday_is_after_the_publication():
    text = "Live: the dock strike\n10:05 a.m. Friday: Pickets said on Thursday they would stay.\n"
    found = dict(values(text))
    assert found["10:05 a.m. Friday"] == "2024-05-17T10:05"
    assert found["Thursday"] == "2024-05-16"


def test_an_entry_stamped_with_a_weekday_just_before_stays_before():
    text = "Live: the dock strike\nTuesday, 6 p.m.: The union voted on Monday.\n"
    found = dict(values(text))
    assert found["Tuesday, 6 p.m."] == "2024-05-14T18:00"
    assert found["Monday"] == "2024-05-13"


def test_a_day_heading_dates_the_entries_under_it():
    text = (
        "Live: the dock strike\n"
        "\n"
        "Saturday 18 May\n"
        "9.40am: Talks resumed yesterday evening.\n"
        "Friday 17 May\n"
        "3.15pm: The port closed on Wednesday.\n"
    )
    found = values(text)
    assert ("9.40am", "2024-05-18T09:40") in found
    assert ("yesterday evening", "2024-05-17TEV") in found
    assert ("3.15pm", "2024-05-17T15:15") in found
    assert ("Wednesday", "2024-05-15") in found


# "last November" said on a day the sentence names


def test_last_month_told_of_a_saying_before_it_is_counted_from_the_saying():
    text = "At an inquest on Sept. 9, a diver told the court he was injured last October."
    found = dict(values(text, published=dt.date(2022, 11, 25)))
    assert found["last October"] == "2021-10"


def test_last_month_is_counted_from_the_publication_without_an_earlier_day():
    found = dict(values("A diver was injured last October.", published=dt.date(2022, 11, 25)))
    assert found["last October"] == "2022-10"
    text = "On Nov. 21, a diver said he was injured last October."
    assert dict(values(text, published=dt.date(2022, 11, 25)))["last October"] == "2022-10"


def test_the_upper_end_of_a_days_range_is_no_time():
    found = dict(values("Copper traded at the upper end of the day's narrow range."))
    assert "end of the day" not in found
    found = dict(values("Copper slipped toward the end of the day."))
    assert found["the end of the day"] == "2024-05-16"


def test_a_date_that_a_wrapped_line_runs_into_heads_nothing():
    text = (
        "The board declared a dividend payable April 2 to holders of record\n"
        "May 11.\n"
        "The company said yesterday it would buy back shares.\n"
    )
    assert dict(values(text))["yesterday"] == "2024-05-15"


def test_monthly_shipments_are_statistics_unless_bought_for():
    found = dict(values("Exports fell after a 4 pct drop in February shipments."))
    assert found["February"] == "2024-02"
    found = values("Mills bought 20,000 tonnes for Sept/Dec shipments.")
    assert ("Sept", "2024-09") in found and ("Dec", "2024-12") in found
