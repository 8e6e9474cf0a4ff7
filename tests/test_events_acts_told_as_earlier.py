"""An act a report, a testimony or a sentencing tells as earlier than itself takes no day from
it (issue 15): "the watchdog said on Monday that police had beaten 40 people" (the beating is
before Monday, on a day the text does not give), "was jailed on Friday for the kidnapping"
(the kidnapping is not Friday's). Such an act keeps a day only when its own words name one.
Sentences written for these tests; the guards (marked) say what the rules leave alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of, trigger_dates, why_dated

SATURDAY = dt.date(2026, 6, 13)  # the publication day; Monday is 2026-06-08, Friday 2026-06-12


def dates_of(text: str, trigger: str) -> list[str]:
    return trigger_dates(text, trigger, SATURDAY)


def test_a_beating_a_report_of_monday_tells_in_the_past_perfect_has_no_day() -> None:
    text = "A rights group in Quito said on Monday that riot police had beaten 40 students."
    assert dates_of(text, "beaten") == []
    assert "told under the past 'said'" in why_dated(text, "beaten", SATURDAY)


def test_a_detention_told_in_testimony_in_the_past_perfect_has_no_day() -> None:
    text = "The colonel testified on Tuesday that his unit had detained the two reporters."
    assert dates_of(text, "detained") == []


def test_arrests_a_ministry_says_it_has_made_have_no_day_of_the_statement() -> None:
    text = "The interior ministry said on Thursday that it has arrested 30 smugglers."
    assert dates_of(text, "arrested") == []


def test_the_past_perfect_act_with_its_own_day_keeps_it() -> None:  # guard
    text = "A rights group said on Monday that riot police had beaten 40 students on June 2."
    assert dates_of(text, "beaten") == ["2026-06-02"]


def test_the_saying_keeps_its_own_day() -> None:  # guard
    text = "Defence minister Olga Marin accused Kestria on Monday of shelling the border town."
    assert dates_of(text, "accused") == ["2026-06-08"]


def test_a_killing_a_man_was_arrested_over_on_thursday_has_no_day() -> None:
    text = "Police in Quito arrested two men on Thursday over the killing of a radio reporter."
    assert dates_of(text, "arrested") == ["2026-06-11"]
    killings = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == "killing"]
    assert all(e.decided_by and "date: none of its own" in e.decided_by for e in killings)
    assert dates_of(text, "killing") == []


def test_an_abduction_a_court_jailed_him_for_on_friday_has_no_day() -> None:
    text = "A court in Quito jailed the former governor on Friday for the abduction of a banker."
    assert dates_of(text, "abduction") == []


def test_an_act_named_with_its_own_year_in_the_phrase_keeps_it() -> None:  # guard
    text = "A court jailed the former governor on Friday for a 2019 attack on a police station."
    assert all(d.startswith("2019") for d in dates_of(text, "attack"))


def test_the_act_that_takes_the_day_keeps_it() -> None:  # guard
    text = "Riot police clashed with students on Friday during a protest in Quito."
    assert dates_of(text, "clashed") == ["2026-06-12"]


def test_a_quotation_does_not_push_the_leads_day_out_of_the_lead() -> None:
    # the sentences of a long quotation are not the writer's lead: the day the narration names
    # right after it is still the news day of the headline and the first sentence
    text = (
        "Kestria's president accuses Valdoria over river dam\n\n"
        "Kestrian President Ines Ortega accused Valdoria of stealing her country's water.\n\n"
        '"What would a new treaty change? Would it bring more water? Would it fix a single canal? '
        'Would it feed one farmer?" she said. "The answer is no."\n\n'
        "In remarks after meeting her cabinet on Tuesday, Ortega said the dam was a hostile act.\n"
    )
    assert dates_of(text, "accused") == ["2026-06-09"]
    assert "named in the lead by 'Tuesday'" in why_dated(text, "accused", SATURDAY)


def test_a_visit_a_leader_arrives_for_keeps_the_day_of_the_arrival() -> None:  # guard
    # "for" names a purpose at the verb's own time after a verb that judges nothing
    text = "President Ines Ortega was to arrive in Lima on Monday for her first visit in a year."
    visits = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == "visit"]
    assert [e.date for e in visits] == ["2026-06-08"]
    assert all("none of its own" not in (e.decided_by or "") for e in visits)
