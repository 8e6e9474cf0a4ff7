"""Running totals, verbs written with a prefix, acts a span after an undated act, and the
occasion an act is made at (issue 15, session 52).

A past act "by" a time ("arrested dozens by Friday") or a total "so far" or "to date" is done
some day up to then: no day of its own, not the day named nor the news day. A verb written
with a prefix and a hyphen ("re-arrested") is cut by the tokenizer, and the parse makes the
prefix the clause's verb: the tense and the report the act is told under are the prefix's, so
"police re-arrested 40 inmates, the service said on Monday" has no day, as "arrested" has. An
act a counted span after another act whose time the sentence does not give ("A day after the
ruler quit, the army appealed"), told after the lead, is not at the time the story stood at.
A participle clause opening the sentence sets the act's occasion ("Speaking at Saturday's
summit, ... welcomed"), and the statement an act is made in dates it where the parse hangs it
on the act's complement ("accused Halvany of arming the rebels in Thursday's interview").

Guards (marked): an act "on" a day keeps it, and "by" of the doer is no time; a re-arrest on
its own day keeps it; a present perfect in the lead without a total is the news day; a span
after an act with its day is counted from it, and a lead's act a day after an undated one is
the news; a raid's day in the complement is the raid's.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, no_day, why_dated

MONDAY = dt.date(2027, 3, 15)
TUESDAY = dt.date(2027, 3, 16)
LEAD = "Zendian troops fired on protesters in Porthal on Monday. "


def test_a_past_act_by_a_day_has_no_day() -> None:
    text = "Zendian police arrested dozens of protesters by Friday."
    assert "'by Friday'" in why_dated(text, "arrested", MONDAY)
    assert no_day(event_with_trigger(text, "arrested", MONDAY))


def test_guard_an_act_on_a_day_or_by_its_doer_keeps_the_day() -> None:
    on_friday = "Zendian police arrested dozens of protesters on Friday."
    assert event_with_trigger(on_friday, "arrested", MONDAY).date == "2027-03-12"
    by_police = "Dozens of protesters were arrested by police in Porthal on Friday."
    assert event_with_trigger(by_police, "arrested", MONDAY).date == "2027-03-12"


def test_a_total_so_far_or_to_date_has_no_day() -> None:
    so_far = "Zendian police have so far arrested 120 people in Porthal."
    assert "running total" in why_dated(so_far, "arrested", MONDAY)
    to_date = "Zendian police have arrested 120 people in Porthal to date."
    assert "running total" in why_dated(to_date, "arrested", MONDAY)


def test_guard_a_present_perfect_in_the_lead_is_the_news_day() -> None:
    text = "Zendian police have arrested the opposition leader Rana Veld in Porthal."
    assert event_with_trigger(text, "arrested", MONDAY).date == "2027-03-15"


def test_a_prefixed_verb_under_a_report_has_no_day() -> None:
    for text in (
        "Zendian police re-arrested 40 escaped inmates, the prisons service said on Monday.",
        "Zendian police have re-arrested 40 escaped inmates, the prisons service said on Monday.",
        "Zendian police said on Monday they had re-arrested 40 inmates who fled Porthal jail.",
    ):
        arrest = event_with_trigger(text, "arrested", TUESDAY)
        assert no_day(arrest), text
        assert "told under the past 'said'" in (arrest.decided_by or ""), text


def test_guard_a_prefixed_verb_with_its_own_day_keeps_it() -> None:
    text = "Zendian police re-arrested the escaped inmate Ivo Dask in Porthal on Friday."
    assert event_with_trigger(text, "arrested", MONDAY).date == "2027-03-12"


def test_an_act_a_day_after_an_undated_act_has_no_day() -> None:
    text = LEAD + (
        "Thousands marched in Porthal. "
        "A day after Teo Marrik quit, the army appealed to Zendians to return to work."
    )
    assert no_day(event_with_trigger(text, "appealed", TUESDAY))


def test_guard_a_lead_act_a_day_after_an_undated_act_is_the_news() -> None:
    text = "The Zendian army appealed to Zendians to return to work a day after Teo Marrik quit."
    assert event_with_trigger(text, "appealed", TUESDAY).date == "2027-03-16"


def test_guard_an_act_a_span_after_a_dated_act_is_counted_from_it() -> None:
    text = LEAD + (
        "A day after Teo Marrik quit on Friday, the army appealed to Zendians to return to work."
    )
    assert event_with_trigger(text, "appealed", TUESDAY).date == "2027-03-13"


def test_a_participle_clause_at_a_dated_occasion_dates_the_act() -> None:
    text = LEAD + (
        "Speaking at Saturday's summit in Lanto, Halvany's president welcomed the new "
        "Zendian government."
    )
    assert event_with_trigger(text, "welcomed", TUESDAY).date == "2027-03-13"


def test_the_statement_on_the_complement_dates_the_accusation() -> None:
    text = LEAD + (
        "Teo Marrik accused Halvany of arming the rebels in Thursday's interview with state "
        "television."
    )
    assert event_with_trigger(text, "accused", TUESDAY).date == "2027-03-11"


def test_guard_a_raid_in_the_complement_does_not_date_the_accusation() -> None:
    text = LEAD + "Teo Marrik accused Halvany of arming the rebels in Thursday's raid on Porthal."
    assert event_with_trigger(text, "accused", TUESDAY).date != "2027-03-11"
