"""An event's own day, not the day it was told (issue 15): an act reported in the simple past
under a later statement is not dated by the statement; a sentence that elaborates a present
perfect ("has drawn criticism") tells background with no day; a clause placed after an earlier
dated thing turns the story to that time; a live page's stamps date the entries under them.
Sentences written for these tests; each test fails on the code before but the guards (marked),
which say what the new rules must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import trigger_dates, why_dated

FRIDAY = dt.date(2026, 6, 12)  # the publication day; Thursday is 2026-06-11, Tuesday 2026-06-09


def dates_of(text: str, trigger: str) -> list[str]:
    return trigger_dates(text, trigger, FRIDAY)


# -- an act told under a later statement ----------------------------------------------------


def test_an_arrest_told_under_a_dated_statement_does_not_take_the_statement_s_day() -> None:
    text = (
        "A police spokesman in Lima said on Thursday that officers arrested the editor Ana Rojas."
    )
    assert "2026-06-11" not in dates_of(text, "arrested")
    assert "told under the past 'said'" in why_dated(text, "arrested", FRIDAY)


def test_a_beating_announced_later_is_not_dated_at_the_announcement() -> None:
    text = (
        "Peru's journalists' union announced on Thursday that 20 reporters were beaten by riot "
        "police in Lima."
    )
    assert "2026-06-11" not in dates_of(text, "beaten")


def test_an_act_with_its_own_day_under_a_statement_keeps_its_day() -> None:  # guard
    text = (
        "A police spokesman in Lima said on Thursday that officers arrested the editor Ana Rojas "
        "on Tuesday."
    )
    assert dates_of(text, "arrested") == ["2026-06-09"]


# -- a sentence that elaborates a present perfect -------------------------------------------


def test_a_simple_past_right_after_a_present_perfect_has_no_day() -> None:
    text = (
        "Peru's army took control of the border crossing at Tacna on Thursday.\n\n"
        "Officials in Tacna said the crossing would stay closed.\n\n"
        "Peru's border policy has also drawn criticism from its neighbours.\n\n"
        "Bolivian President Mateo Quispe criticised Peru for closing its schools to Bolivian "
        "children."
    )
    assert dates_of(text, "criticised") == []
    assert "present perfect 'drawn'" in why_dated(text, "criticised", FRIDAY)


def test_a_trend_or_a_sentence_between_does_not_turn_the_story() -> None:  # guard
    text = (
        "Peru's health minister Rosa Vargas closed the schools of Lima on Thursday.\n\n"
        "The number of cases has been rising.\n\n"
        "Vargas urged Peruvians to stay at home.\n\n"
        "Hospitals in the region have treated hundreds of patients.\n\n"
        "Nurses wear masks in every ward.\n\n"
        "President Luis Torres praised Vargas for acting quickly."
    )
    assert dates_of(text, "urged") == ["2026-06-11"]
    assert dates_of(text, "praised") == ["2026-06-11"]


# -- a clause placed after an earlier dated thing ----------------------------------------------


def test_acts_after_an_earlier_dated_thing_are_background() -> None:
    text = (
        "Chile's interior minister Pablo Reyes is popular again.\n\n"
        "But the minister sprang into action shortly after the March 3 flood in Arica.\n\n"
        "He criticized Bolivia for being slow to send help."
    )
    assert dates_of(text, "criticized") == []


# -- a live page's stamps ---------------------------------------------------------------------


def test_a_live_page_entry_is_dated_by_its_stamp() -> None:
    # pages glue an entry's stamp to the words around it, which hides it from the time tagger
    text = (
        "Live: the Lima summit\n\n"
        "Share this entryJune 11, 2026 9:40PMPeru accuses Chile\n\n"
        "Peru's foreign minister accused Chile of spying on its navy.\n\n"
        "Share this entryJune 11, 2026 9:12PMTalks open\n\n"
        "The two delegations sat down in Lima's town hall.\n"
    )
    assert dates_of(text, "accused") == ["2026-06-11"]


# -- a dated event noun the act happened in ----------------------------------------------------


def test_an_act_in_a_dated_raid_takes_the_raid_s_day_not_the_statement_s() -> None:
    text = (
        "Chilean troops killed two smugglers in Tuesday's raid near Arica, the army said on "
        "Thursday."
    )
    assert dates_of(text, "killed") == ["2026-06-09"]
