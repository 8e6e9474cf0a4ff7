"""The story's time past a report and a day set for a thing (issue 15, session 53).

A story's time is the last recent day an earlier sentence named; two such days are not the
narration's. A day inside what a statement reports, when the statement has a later time of its
own ("Kestria told the council today that Valdorian jets shelled two of its towns on Monday"),
is the reported act's: the narration after it goes on at the statement's time, and an act dated
by such a day does not move it either. A day a thing is set "for" ("port workers have announced
a walkout for Wednesday") is the walkout's: it does not move the story's time.

Guards (marked): a report with no time of its own lets the reported day carry on; a walkout
staged "on" a day sets the story's time.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, no_day

THURSDAY = dt.date(2027, 3, 18)


def test_a_day_a_dated_statement_reports_does_not_carry_on() -> None:
    text = (
        "Kestria told the Lanto council today that Valdorian jets shelled two of its towns on"
        " Monday and Tuesday.\n\n"
        "Kestrian envoy Ilan Moro urged the council to send observers to the border."
    )
    assert event_with_trigger(text, "urged", THURSDAY).date == "2027-03-18"


def test_an_act_a_dated_statement_reports_does_not_carry_on() -> None:
    text = (
        "Zendian police said on Wednesday that they arrested four smugglers in Porthal on"
        " Tuesday.\n\nThe Zendian interior minister praised the police."
    )
    assert event_with_trigger(text, "arrested", THURSDAY).date == "2027-03-16"
    assert event_with_trigger(text, "praised", THURSDAY).date == "2027-03-17"


def test_guard_a_report_without_a_time_of_its_own_lets_the_day_carry_on() -> None:
    text = (
        "Zendian police said that they arrested four smugglers in Porthal on Tuesday.\n\n"
        "The Zendian interior minister praised the police."
    )
    assert event_with_trigger(text, "praised", THURSDAY).date == "2027-03-16"


def test_the_day_a_walkout_is_set_for_is_not_the_story_time() -> None:
    text = (
        "Walkout in Zendia\n\nPort workers have announced a walkout for Wednesday against new"
        " fuel prices.\n\nThe Zendian Workers' Union urged workers to join the walkout."
    )
    urged = event_with_trigger(text, "urged", THURSDAY)
    assert urged.date != "2027-03-17"
    assert no_day(urged)


def test_guard_a_walkout_staged_on_a_day_sets_the_story_time() -> None:
    text = (
        "Walkout in Zendia\n\nPort workers staged a walkout on Wednesday against new fuel"
        " prices.\n\nThe Zendian Workers' Union urged workers to join the walkout."
    )
    assert event_with_trigger(text, "urged", THURSDAY).date == "2027-03-17"
