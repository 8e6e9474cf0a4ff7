"""An act's date is not the date of a clause conjoined after it, nor the start of a stretch
"since" names deep in a phrase; an act spoken of as someone's known one ("his criticism of the
firm was not aimed at Britain") and one a "he's had" tells under a past report have no day of
the story (issue 15). Sentences written for these tests; each fails on the code before but the
guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from dateline.model import Event
from tests.stages import event_with_trigger, read_event_text

SATURDAY = dt.date(2026, 6, 20)


event_of = partial(event_with_trigger, published=SATURDAY)


def emitted(text: str, trigger: str, published: dt.date = SATURDAY) -> list[Event]:
    return [e for e in read_event_text(text, published).events if e.trigger.text == trigger]


# a date in a clause conjoined after the act's own is that clause's


def test_a_later_clause_s_yesterday_does_not_date_an_order_placed_on_tuesday() -> None:
    text = (
        "The Marovian government ordered hundreds of soldiers into the power stations on Tuesday "
        "to prevent a sit-in, but the soldiers were withdrawn yesterday."
    )
    assert event_of(text, "ordered").date == "2026-06-16"


def test_an_act_with_no_date_of_its_own_takes_none_from_the_next_clause() -> None:
    text = (
        "Police in Ostrava detained the union leader Pavel Hruby, and his lawyers filed "
        "an appeal on Thursday."
    )
    # at most the story's news day (the lead's Thursday), not the appeal's own date
    assert event_of(text, "detained").date_basis != "timex"


def test_a_date_before_both_clauses_still_dates_the_first() -> None:  # guard
    text = "On Tuesday police arrested the mayor of Brena and prosecutors charged him with fraud."
    assert event_of(text, "arrested").date == "2026-06-16"


def test_a_date_in_the_act_s_own_clause_still_dates_it() -> None:  # guard
    text = "Police arrested the mayor of Brena on Tuesday, and prosecutors charged him yesterday."
    assert event_of(text, "arrested").date == "2026-06-16"


# "since" deep in a phrase: the start of a stretch up to now


def test_a_date_inside_a_since_phrase_does_not_date_the_act() -> None:
    text = (
        "The World Bank, since the start of the currency crisis in 2019, has pressed "
        "Valdoria to cut its subsidies."
    )
    assert event_of(text, "pressed").date != "2019"


def test_a_date_of_the_act_s_own_phrase_still_dates_it() -> None:  # guard
    text = "The World Bank pressed Valdoria in 2019 to cut its subsidies."
    assert event_of(text, "pressed").date == "2019"


# an act spoken of as someone's known one


def test_his_criticism_said_to_be_not_aimed_at_a_country_is_not_of_the_story_s_day() -> None:
    text = (
        "Speaking to Chancellor Ilse Moreau by phone, President Tomas Varga said his criticism "
        "of Norex was not aimed at Germany."
    )
    assert "no day" in (event_of(text, "criticism").decided_by or "")


def test_a_pact_that_is_working_is_not_signed_on_the_publication_day() -> None:
    text = (
        "Before it lifts the duties, Valdoria wants proof that its fishing pact with "
        "Marovia is working."
    )
    assert "no day" in (event_of(text, "pact").decided_by or "")


def test_a_visit_on_his_trip_is_still_the_story_s_act() -> None:  # guard
    text = "On his visit to Cairo, Foreign Minister Anton Berg met President Hosni Mubarak."
    assert "known" not in (event_of(text, "met").decided_by or "")


# "he's had talks", said on a day: before the saying


def test_talks_she_s_had_are_not_dated_at_the_interview() -> None:
    text = (
        "Admiral Ruth Okafor told reporters in an interview on Friday that she 's had talks "
        "with Defence Minister Anton Berg about her next post."
    )
    assert event_of(text, "talks").date != "2026-06-19"


def test_talks_held_on_the_day_of_the_interview_keep_it() -> None:  # guard
    text = (
        "Admiral Ruth Okafor held talks with Defence Minister Anton Berg on Friday about her "
        "next post."
    )
    assert event_of(text, "talks").date == "2026-06-19"
