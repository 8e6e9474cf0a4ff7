"""A lead that places its news after an act of a named day ("began arriving following the
earthquake on Tuesday") does not make that day the story's (issue 15): what the story then
tells happened some time after it, as after "Tuesday's earthquake". Sentences written for these
tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Tuesday is 2026-06-09
LATER = " Kestria's foreign minister said his country was working with Valdoria's government."


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    why = event.decided_by or ""
    return ("" if "none of its own" in why else event.date or ""), why


def test_the_day_of_the_earthquake_a_lead_follows_is_not_the_story_day() -> None:
    text = "Kestrian rescuers have begun arriving in Valdoria following the earthquake on Tuesday."
    day, why = dated(text + LATER, "working")
    assert day != "2026-06-09" and "set by 'Tuesday'" not in why


def test_the_day_of_the_vote_a_lead_follows_is_not_the_story_day() -> None:
    text = "Kestrian troops have crossed into Valdoria since the vote on Tuesday."
    assert dated(text + LATER, "working")[0] != "2026-06-09"


def test_a_lead_that_dates_its_own_act_sets_the_story_day() -> None:  # guard
    text = "Kestrian rescuers arrived in Valdoria on Tuesday after the earthquake."
    assert dated(text + LATER, "working")[0] == "2026-06-09"


def test_the_day_after_the_earthquake_hung_on_the_verb_is_not_the_story_day() -> None:
    text = (
        "Kestrian medics have begun arriving in Valdoria to help with relief efforts following "
        "the earthquake on Tuesday."
    )
    assert dated(text + LATER, "working")[0] != "2026-06-09"
