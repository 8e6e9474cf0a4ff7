"""What moves the story's day (issue 15): a day that ends a stretch ("had claimed until late on
Thursday") or dates a step back in the past perfect ("had denied the cases on Thursday") does
not set the day of what the story narrates next in the simple past; an act in the past
progressive after a lead that names no day ("did not know he was being rescued") is no more the
publication day's than one in the simple past. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Friday is 2026-06-12, Thursday 2026-06-11


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    return event.date or "", event.decided_by or ""


def test_the_end_of_a_stretch_does_not_set_the_storys_day() -> None:
    text = (
        "Kestria reported 20 cases on Friday. The government had claimed until late on Thursday"
        " that nothing was wrong. Kestrian authorities urged residents to stay home."
    )
    day, why = dated(text, "urged")
    assert day == "2026-06-12", why


def test_a_step_back_in_the_past_perfect_does_not_set_the_storys_day() -> None:
    text = (
        "Kestria reported 20 cases on Friday. Kestrian officials had denied the cases on"
        " Thursday. Kestrian authorities urged residents to stay home."
    )
    day, why = dated(text, "urged")
    assert day == "2026-06-12", why


def test_a_day_in_the_simple_past_still_sets_it() -> None:  # guard
    text = (
        "Kestria reported 20 cases on Friday. Kestrian officials denied the cases on"
        " Thursday. Kestrian authorities urged residents to stay home."
    )
    day, _ = dated(text, "urged")
    assert day == "2026-06-11"


def test_the_past_perfect_act_keeps_its_own_day() -> None:  # guard
    text = (
        "Kestrian police arrested Ibarra on Friday. Officers had raided his house on Thursday"
        " and seized weapons."
    )
    day, _ = dated(text, "seized")
    assert day == "2026-06-11"


def test_a_rescue_in_the_past_progressive_after_an_undated_lead_has_no_day() -> None:
    text = (
        "Kestria's trade minister spoke in Mirsk. Aid groups met in the capital. The sailor did"
        " not know he was being rescued by the Kestrian navy until he heard the radio."
    )
    _, why = dated(text, "rescued")
    assert "none of its own" in why and "told in the past after the lead" in why


def test_the_same_rescue_after_a_lead_that_names_its_day_keeps_it() -> None:  # guard
    text = (
        "Kestria's trade minister spoke in Mirsk on Thursday. Aid groups met in the capital. The"
        " sailor did not know he was being rescued by the Kestrian navy until he heard the radio."
    )
    day, _ = dated(text, "rescued")
    assert day == "2026-06-11"
