"""Amends claimed for a harm are claimed after it (issue 15, session 59): "Troops shelled the
town on Tuesday. Valdoria demanded reparations from Kestria" does not put the demand on the
shelling's Tuesday, the story's day there, which is the harm's: the text gives no day of the
claim. A time of the claim's own, a day set by another act, and a request for no amends keep
their day. Sentences written for these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, no_day

SATURDAY = dt.date(2026, 6, 13)  # Tuesday is 2026-06-09, Friday 2026-06-12
SHELLING = "Kestrian troops shelled the border town of Ardo on Tuesday. "


def test_reparations_demanded_after_a_dated_attack_have_no_day() -> None:
    event = event_with_trigger(
        SHELLING + "Valdoria demanded reparations from Kestria.", "demanded", SATURDAY
    )
    assert no_day(event) and "amends ('reparations') for 'shelled'" in (event.decided_by or "")


def test_compensation_sought_after_a_dated_explosion_has_no_day() -> None:
    text = (
        "A chemical plant exploded near the port of Kestria on Tuesday, killing nine workers."
        " Valdoria sought compensation from Kestria for the pollution of its river."
    )
    assert no_day(event_with_trigger(text, "sought", SATURDAY))


def test_damages_asked_in_a_money_phrase_have_no_day() -> None:
    text = SHELLING + "Valdoria asked for $40 million in damages from Kestria."
    assert no_day(event_with_trigger(text, "asked", SATURDAY))


def test_a_claim_with_its_own_day_keeps_it() -> None:  # guard
    text = SHELLING + "Valdoria demanded reparations from Kestria on Friday."
    assert event_with_trigger(text, "demanded", SATURDAY).date == "2026-06-12"


def test_a_day_set_by_a_claim_keeps_it() -> None:  # guard: the day is not the harm's
    text = (
        "The families of the victims sued Kestria Chemicals on Tuesday."
        " The families asked for $3 billion in damages from the company."
    )
    assert event_with_trigger(text, "asked", SATURDAY).date == "2026-06-09"


def test_a_request_for_no_amends_keeps_the_story_s_day() -> None:  # guard
    text = SHELLING + "Valdoria demanded an apology from Kestria."
    assert event_with_trigger(text, "demanded", SATURDAY).date == "2026-06-09"


def test_the_harm_itself_keeps_its_day() -> None:  # guard
    text = SHELLING + "Valdoria demanded reparations from Kestria."
    assert event_with_trigger(text, "shelled", SATURDAY).date == "2026-06-09"
