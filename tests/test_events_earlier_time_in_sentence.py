"""An act the story would date at its day has no day when its own sentence names an earlier
time that dates something else (issue 15): "the general the president put in charge last month
issued an ultimatum" tells of a stretch since last month, not of the story's day. Sentences
written for these tests; each test fails on the code before but the guards (marked), which say
what the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import trigger_dates, why_dated

FRIDAY = dt.date(2026, 6, 12)  # the publication day; Thursday is 2026-06-11

# the headline and the first sentence give the news: the rule reads the sentences after them
LEAD = (
    "Floods close the port of Arica\n\n"
    "Heavy rain closed the port of Arica in northern Chile on Thursday.\n\n"
)


def dates_of(text: str, trigger: str) -> list[str]:
    return trigger_dates(text, trigger, FRIDAY)


def reason_of(text: str, trigger: str) -> str:
    return why_dated(text, trigger, FRIDAY)


def test_an_act_told_after_a_relative_clause_of_last_month_has_no_day() -> None:
    text = LEAD + (
        "The general, who was put in charge of the relief effort last month, accused the harbour "
        "authority of hiding the damage."
    )
    assert dates_of(text, "accused") == []
    assert "names an earlier time, 'last month'" in reason_of(text, "accused")


def test_a_second_clause_after_an_earlier_time_has_no_day() -> None:
    text = LEAD + (
        "Four dock workers are missing after the storm last week, and Pacific Docks was sharply "
        "criticised by Chile's labour minister Rosa Vargas for its safety record."
    )
    assert dates_of(text, "criticised") == []


def test_an_act_listed_after_a_dated_thing_has_no_day() -> None:
    text = LEAD + (
        "The mayor chose the cathedral for her speech, a place earlier leaders kept for grave "
        "times -- Governor Ruiz spoke there after the March 3 earthquake, and Senator Pablo "
        "Reyes condemned the Bolivian army there."
    )
    assert dates_of(text, "condemned") == []


def test_a_time_of_a_noun_what_was_said_or_the_story_s_own_day_leave_the_day() -> None:  # guard
    text = LEAD + (
        "Chile's interior minister Pablo Reyes, who is seeking reelection this year, accused the "
        "harbour authority of ignoring warnings.\n\n"
        "Reyes also blasted the Chilean navy and said the region spent $2 million on levees last "
        "month."
    )
    assert dates_of(text, "accused") == ["2026-06-11"]
    assert dates_of(text, "blasted") == ["2026-06-11"]


def test_the_first_sentence_keeps_its_day() -> None:  # guard
    text = (
        "Minister accuses harbour authority\n\n"
        "Chile's interior minister Pablo Reyes, who took office last month, accused the harbour "
        "authority of ignoring warnings.\n\n"
        "The harbour authority rejected the charge."
    )
    assert dates_of(text, "accused") == ["2026-06-12"]


def test_an_act_in_the_present_keeps_the_story_s_day() -> None:  # guard
    text = (
        LEAD + "Chile accuses Peru of firing the shells that struck the port of Arica two days ago."
    )
    assert dates_of(text, "accuses") == ["2026-06-11"]
