"""The period a thing covers is not the date of the act told about it, and days counted from a
month or year the story stands in stay in it (issue 15, session 47).

* A phrase on "for" naming a period of a thing ("an inquiry into its export sales for fiscal
  2025", "charged the firm over its tax returns for 2023", "rejected the forecast for 2027",
  "approved aid for 2027") tells what the sales, returns, forecast or aid cover, not when the
  inquiry, charge, rejection or approval were made: the act takes the news day (or none), not
  that period, which may even lie ahead.
* "Three days later" after "in April 1980" cannot name a day: it is a day of April or just after
  it, not three days after the writer's present (a history read in 2009 gave 2009-12-22). The
  value keeps the grain of the month or year it is counted from, and the story stays there.
* In a history, a quotation mark nothing closes ('"Relations worsened until in March 1980 ...'
  to the paragraph's end) opens no quotation: its dates move the story, so "in September"
  after it is September 1980, not of the writer's year.

A time of the act's own ("sued on Tuesday over its reports for 2024"), a phrase on "for" of a part
of a time ("for the rest of the year"), days counted from a named day and a closed quotation's
dates (which do not move the story) keep their values (guards, marked). Sentences written for
these tests; each fails on the code before but the guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, timex_values

FRIDAY = dt.date(2026, 6, 19)

on_friday = partial(event_with_trigger, published=FRIDAY)


# the period a thing covers


def test_an_inquiry_into_a_fiscal_years_sales_is_not_of_that_year() -> None:
    text = (
        "The Securities and Exchange Commission is conducting an inquiry into Kestrel Corp's"
        " export sales for fiscal 2025."
    )
    event = on_friday(text, "inquiry")
    assert event.date == "2026-06-19"
    assert event.date_basis == "published"


def test_a_charge_over_a_years_tax_returns_is_not_of_that_year() -> None:
    event = on_friday("Prosecutors charged Dorvan Ltd over its tax returns for 2023.", "charged")
    assert event.date != "2023"


def test_rejecting_a_forecast_for_a_later_year_is_not_in_that_year() -> None:
    text = "Germany rejected the European Commission's forecast for 2027."
    assert on_friday(text, "rejected").date != "2027"


def test_approving_aid_for_a_later_year_is_not_in_that_year() -> None:
    text = "Kestria's parliament approved aid to Varnia for 2027."
    assert on_friday(text, "approved").date != "2027"


def test_an_acts_own_day_beside_a_covered_period_is_kept() -> None:  # guard
    text = (
        "The Justice Department sued Kestrel Corp on Tuesday over its emissions reports for 2024."
    )
    assert on_friday(text, "sued").date == "2026-06-16"


def test_a_ban_for_the_rest_of_the_year_keeps_its_year() -> None:  # guard
    text = "Kestria banned imports of Varnian grain for the rest of the year."
    assert on_friday(text, "banned").date == "2026"


# days counted from a month or a year the story stands in

HISTORY = (
    "In March 1980, Kestria downgraded its ties with Varnia. The tension grew in April after an"
    " attack on a minister and, three days later, the bombing of a funeral. Varnia blamed"
    " Kestria, and in September, attacked. The two had signed a treaty in 1975. In 1976 the"
    " treaty was broken. In 1977 trade stopped. In 1978 border clashes began. In 1979 the regime"
    " fell. In 1981 the war spread."
)


def test_days_later_than_a_month_of_a_history_stay_in_it() -> None:
    values = timex_values(HISTORY, dt.date(2009, 12, 19))
    assert values["three days later"] == "1980-04"


def test_a_month_after_days_counted_from_a_month_keeps_the_storys_year() -> None:
    values = timex_values(HISTORY, dt.date(2009, 12, 19))
    assert values["September"] == "1980-09"


def test_days_later_than_a_month_of_news_stay_in_it() -> None:
    text = (
        "Kestrel Corp was founded in 2001. In March 2008, it sued its rival Dorvan Ltd."
        " Three days later, Dorvan answered the suit."
    )
    assert timex_values(text, dt.date(2009, 12, 19))["Three days later"] == "2008-03"


def test_days_later_than_a_named_day_are_counted_from_it() -> None:  # guard
    text = (
        "On April 3, 1980, Kestria closed its border. Three days later, Varnia recalled its envoy."
    )
    assert timex_values(text, dt.date(2009, 12, 19))["Three days later"] == "1980-04-06"


# a history's quotation mark that nothing closes

UNCLOSED = (
    "The two had signed a treaty in 1975. In 1976 the treaty was broken. In 1977 trade stopped."
    " In 1978 border clashes began. In 1979 the regime fell. In 1981 the war spread.\n\n"
    'Kestria blamed the raid on "Varnian agents" in one of its notes. "Relations worsened until'
    " in March 1980 Kestria recalled its envoy. The tension grew in April after an attack on a"
    " minister.\n\nVarnia blamed Kestria, and in September, attacked."
)


def test_a_month_after_an_unclosed_mark_in_a_history_keeps_the_storys_year() -> None:
    values = timex_values(UNCLOSED, dt.date(2009, 12, 19))
    assert values["September"] == "1980-09"


def test_a_closed_quotation_in_a_history_does_not_move_the_story() -> None:  # guard
    text = UNCLOSED.replace(" minister.\n", ' minister."\n')
    assert timex_values(text, dt.date(2009, 12, 19))["September"] == "1981-09"
