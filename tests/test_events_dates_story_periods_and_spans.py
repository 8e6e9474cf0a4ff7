"""Acts told as part of a long-running story, summed over counted days, or placed a span before
the news (issue 15, session 46).

* An act placed some time in the course of a long-running story ("During the uprising,
  security forces killed hundreds", "under the junta", "in the early days of the protests",
  "at the height of the crisis") is on a day of that period the text does not give: not the
  publication day.
* An act told as what such a story began with ("The unrest began after police shot dead a
  street vendor") is its origin, before the news.
* A tally summed over counted days ("have arrested 312 people during four days of protests")
  spans them; a noun "dating back" decades is no act of the day (a cause told through a
  participle, "protests sparked by the arrest of an activist", already had none: guards).
* A clause a counted span before the news ("The deal comes a week after the opposition forced
  Ardell to pledge ...") is not of the news day.

Acts with a time of their own, a period marked as the present one ("in the new war"), stories
that may be the day's own news ("during the protests", "the clashes began after ...") and a
start of a meeting keep the day they had (guards, marked).

A perfect participle ("Having expelled the Varnian envoy, Kestria closed ...") is before the clause
it opens, and a present perfect conjoined to a past dated by its own time ("in March recalled
its envoy, and has pressed Varnia to ...") runs from then to now: neither has a day.

Sentences written for these tests; each fails on the code before but the guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day

FRIDAY = dt.date(2026, 6, 19)

on_friday = partial(event_with_trigger, published=FRIDAY)


# some time in the course of a long-running story


def test_killings_during_an_uprising_have_no_day() -> None:
    event = on_friday(
        "During the uprising, security forces killed hundreds of protesters.", "killed"
    )
    assert no_day(event)


def test_shots_in_the_early_days_of_an_uprising_have_no_day() -> None:
    text = "In the early days of the uprising, soldiers fired on crowds in the capital."
    assert no_day(on_friday(text, "fired"))


def test_arrests_at_the_height_of_a_crisis_have_no_day() -> None:
    text = "At the height of the crisis, Dorvan police detained hundreds of students."
    assert no_day(on_friday(text, "detained"))


def test_arrests_under_a_junta_have_no_day() -> None:
    text = "Under the junta, Varnian police arrested thousands of dissidents."
    assert no_day(on_friday(text, "arrested"))


def test_a_period_with_its_own_year_dates_the_act_by_it() -> None:  # guard
    text = "During the uprising in 2011, soldiers fired on crowds in the capital."
    event = on_friday(text, "fired")
    assert event.date == "2011"
    assert not no_day(event)


def test_an_act_in_the_new_war_keeps_the_news_day() -> None:  # guard
    text = "Varnian police arrested 40 protesters in the new war."
    event = on_friday(text, "arrested")
    assert event.date == "2026-06-19"
    assert not no_day(event)


def test_an_arrest_during_protests_keeps_the_news_day() -> None:  # guard
    text = "Police arrested 300 people during the protests in the capital."
    event = on_friday(text, "arrested")
    assert event.date == "2026-06-19"
    assert not no_day(event)


# what a long-running story began with


def test_the_shooting_an_unrest_began_after_has_no_day() -> None:
    text = "The unrest began after police shot dead a street vendor in Dorvan."
    assert no_day(on_friday(text, "shot"))


def test_the_invasion_a_war_broke_out_with_has_no_day() -> None:
    text = "The war broke out when Kestria attacked the Varnian border posts."
    assert no_day(on_friday(text, "attacked"))


def test_an_act_clashes_began_after_keeps_the_news_day() -> None:  # guard
    text = "The clashes began after police fired tear gas at the protesters."
    event = on_friday(text, "fired")
    assert event.date == "2026-06-19"
    assert not no_day(event)


def test_an_act_talks_began_after_keeps_the_news_day() -> None:  # guard
    event = on_friday("The talks began after Ardell met Brandt.", "met")
    assert event.date == "2026-06-19"
    assert not no_day(event)


# sums over counted days, a noun reaching back, a cause


def test_arrests_during_four_days_of_protests_have_no_day() -> None:
    text = "Police have arrested 312 people during four days of protests."
    assert no_day(on_friday(text, "arrested"))


def test_arrests_across_several_days_have_no_day() -> None:
    text = "Varnian police detained 80 activists across several days of unrest."
    assert no_day(on_friday(text, "detained"))


def test_arrests_in_two_raids_on_tuesday_keep_tuesday() -> None:  # guard
    event = on_friday("Police arrested 40 people in two raids on Tuesday.", "arrested")
    assert event.date == "2026-06-16"


def test_support_dating_back_three_decades_has_no_day() -> None:
    text = "Kestria's support for the rebels dates back three decades."
    assert no_day(on_friday(text, "support"))


def test_an_arrest_that_sparked_protests_has_no_day() -> None:  # guard
    text = "The protests, sparked by the arrest of an opposition leader, spread to three cities."
    assert no_day(on_friday(text, "arrest"))


def test_an_arrest_that_sparked_protests_keeps_its_own_day() -> None:  # guard
    text = "Protests sparked by the arrest of an activist on Monday spread to three cities."
    assert on_friday(text, "arrest").date == "2026-06-15"


# a clause a counted span before the news


def test_an_act_a_week_before_the_news_deal_has_no_day() -> None:
    text = (
        "The deal comes a week after the opposition forced Ardell to pledge that he would not "
        "run again."
    )
    event = on_friday(text, "forced")
    assert event.date != "2026-06-19" or no_day(event)


# a perfect participle, and a present perfect beside a dated past


def test_an_expulsion_told_by_a_perfect_participle_has_no_day() -> None:
    text = "Having expelled the Varnian envoy, Kestria closed its embassy in Dorvan."
    assert no_day(on_friday(text, "expelled"))


def test_a_perfect_beside_a_dated_past_does_not_take_its_month() -> None:
    text = (
        "Kestria in March recalled its envoy from Varnia, and has pressed the Varnian "
        "government to free the prisoners."
    )
    event = on_friday(text, "pressed")
    assert event.date != "2026-03"
    assert no_day(event)


def test_a_past_conjoined_to_a_perfect_keeps_its_own_month() -> None:  # guard
    text = (
        "Kestria has pressed the Varnian government to free the prisoners, and in March "
        "recalled its envoy."
    )
    assert on_friday(text, "recalled").date == "2026-03"


def test_a_perfect_with_its_own_day_keeps_it() -> None:  # guard
    text = "Kestria recalled its envoy in March, and has met the Varnian prime minister on Monday."
    assert on_friday(text, "met").date == "2026-06-15"
