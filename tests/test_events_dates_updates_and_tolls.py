"""An update's later day on a live page, a toll of thousands, a story's first day, the arrest
of one a court tried (issue 15, session 51).

A live page is published on the day it began; an update cue that stamps a later day on a line
of its own ("Update, Wednesday 10 March", "Updated Wednesday", "Update: March 10") dates the
entries under it as a day label does: their acts are done on that day, not on the day the page
began. A past act of arrest, detention or killing whose object (or passive subject) counts
"more than 1,000", "at least 1,500" or "thousands" is a toll the story sums over its days: no
day of its own, not the day of the report that counts it. A sentence that gives the first day
of a long-running story ("The protests began on Monday, March 1." on the page of March 8) does
not date the acts told after it: they are of some day since, no day the text gives. The
arrest of the one a court has convicted, told in the simple past in the news of the verdict,
was made before the trial: no day, not the verdict's.

Guards (marked): an update stamp more than a week ahead moves nothing forward; a toll
with its own day keeps it; a bare figure, a small count, a sweep "at" a protest and troops
deployed keep the news day; a story begun the day before, and talks begun, still date what
follows; an arrest with its own day in a story of a trial to come keeps it. Pages and
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, no_day, why_dated

MONDAY = dt.date(2027, 3, 8)
TUESDAY = dt.date(2027, 3, 16)

UPDATED_PAGE = (
    "Korvia protests - live\n\n"
    "Protesters gathered in Velgrad's main square on Monday.\n\n"
    "Update, Wednesday 10 March\n\nPolice arrested 40 protesters near the parliament.\n\n"
    "Update, Thursday 11 March\n\nSoldiers fired on demonstrators in Istra."
)


def test_an_act_under_a_later_update_stamp_takes_its_day() -> None:
    assert event_with_trigger(UPDATED_PAGE, "arrested", MONDAY).date == "2027-03-10"
    assert event_with_trigger(UPDATED_PAGE, "fired", MONDAY).date == "2027-03-11"


def test_an_update_stamp_of_a_bare_weekday_or_a_month_day_dates_its_entries() -> None:
    for stamp in ("Updated Wednesday", "Update: March 10"):
        text = (
            "Korvia protests - live\n\n"
            "Protesters gathered in Velgrad's main square on Monday.\n\n"
            f"{stamp}\n\nPolice arrested 40 protesters near the parliament."
        )
        assert event_with_trigger(text, "arrested", MONDAY).date == "2027-03-10", stamp


def test_guard_an_update_stamp_after_a_week_moves_nothing() -> None:
    text = (
        "Korvia protests - live\n\n"
        "Protesters gathered in Velgrad's main square on Monday.\n\n"
        "Update: March 25\n\nPolice arrested 40 protesters near the parliament."
    )
    assert event_with_trigger(text, "arrested", MONDAY).date != "2027-03-25"


def test_a_toll_more_than_a_thousand_arrested_has_no_day() -> None:
    text = (
        "The protests entered their third week on Monday. "
        "Police arrested more than 1,000 people and killed at least 30."
    )
    arrest = event_with_trigger(text, "arrested", TUESDAY)
    assert no_day(arrest)
    assert "toll" in (arrest.decided_by or "")


def test_a_passive_toll_and_thousands_detained_have_no_day() -> None:
    passive = (
        "More than 1,000 protesters were arrested in the crackdown, according to a count "
        "by the rights group Free Korvia released on Monday."
    )
    assert "toll" in why_dated(passive, "arrested", TUESDAY)
    thousands = "Security forces detained thousands of opposition supporters across Korvia."
    assert "toll" in why_dated(thousands, "detained", TUESDAY)


def test_guard_a_toll_with_its_own_day_keeps_it() -> None:
    text = "Police arrested more than 1,000 protesters in Velgrad on Friday."
    assert event_with_trigger(text, "arrested", TUESDAY).date == "2027-03-12"


def test_guard_small_counts_bare_figures_sweeps_at_a_protest_and_troops_keep_the_day() -> None:
    for text, trigger in (
        ("Police arrested more than 40 protesters near the parliament in Velgrad.", "arrested"),
        ("Police arrested 1,200 protesters in Velgrad.", "arrested"),
        ("Velgrad police arrested more than 1,000 people at the protest.", "arrested"),
        ("Korvia deployed more than 5,000 troops to the Varland border.", "deployed"),
    ):
        assert "toll" not in why_dated(text, trigger, TUESDAY), text


def test_acts_told_after_a_storys_first_day_a_week_back_have_no_day() -> None:
    text = (
        "Korvia unrest, day 8\n\nThe protests began on Monday, March 1.\n\n"
        "Police arrested 40 protesters near the parliament. "
        "Soldiers fired on demonstrators in Istra."
    )
    for trigger in ("arrested", "fired"):
        event = event_with_trigger(text, trigger, MONDAY)
        assert no_day(event), trigger
        assert event.date != "2027-03-01", trigger


def test_an_unrest_that_erupted_on_a_day_does_not_date_the_next_arrest() -> None:
    text = (
        "The unrest erupted on March 2 when students occupied the university. "
        "Police arrested the student leader Ivo Varo."
    )
    assert event_with_trigger(text, "arrested", MONDAY).date != "2027-03-02"


def test_guard_a_story_begun_the_day_before_and_talks_begun_still_date_what_follows() -> None:
    strike = "The strike began on Sunday. Police arrested 40 strikers at the port of Velgrad."
    assert event_with_trigger(strike, "arrested", MONDAY).date == "2027-03-07"
    talks = "The talks began on Thursday. Korvia and Varland signed a border treaty."
    assert event_with_trigger(talks, "signed", MONDAY).date == "2027-03-04"


def test_the_arrest_of_one_convicted_last_thursday_has_no_day() -> None:
    text = (
        "Marines arrested Dano Velk during the rescue of the cargo ship Ostra. "
        "A court in Velgrad convicted him last Thursday."
    )
    arrest = event_with_trigger(text, "arrested", TUESDAY)
    assert no_day(arrest)
    assert arrest.date != "2027-03-11"


def test_guard_an_arrest_with_its_own_day_before_a_trial_keeps_it() -> None:
    text = (
        "Police arrested the opposition leader Ivo Varo on Monday. "
        "His trial is due to open next month."
    )
    assert event_with_trigger(text, "arrested", TUESDAY).date == "2027-03-15"
