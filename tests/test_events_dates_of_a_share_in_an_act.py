"""A date of the act a share is in does not date the verb (issue 15): "denied any role in the
March 2019 bombings" is a denial of now or of some unsaid day, not of March 2019; the parser
hangs the phrase on "in" on the verb, and a date that modifies a noun ("the March 2019
bombings", parsed as a noun modifier) is that noun's. Sentences written for these tests; each
fails on the code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

MONDAY = dt.date(2026, 6, 15)


def date_of(text: str, trigger: str) -> str:
    (found,) = [e for e in all_events_of(text, MONDAY) if e.trigger.text == trigger]
    return found.date


def test_a_denied_role_in_a_dated_attack_is_not_dated_at_the_attack() -> None:
    text = "Kestria's government has denied any role in the March 2019 bombings of the embassy."
    assert date_of(text, "denied") != "2019-03"


def test_a_denial_told_in_the_past_is_not_dated_at_the_attack() -> None:
    text = "Kestria's government denied any role in the March 2019 bombings of the embassy."
    assert date_of(text, "denied") != "2019-03"


def test_an_act_in_a_dated_attack_is_still_dated_at_it() -> None:  # guard
    text = "Kestrian troops violated the truce in the March 2019 attack on Ostra."
    assert date_of(text, "violated") == "2019-03"


def test_an_act_placed_in_a_dated_raid_keeps_the_raid_s_day() -> None:  # guard
    text = "Ostra police arrested two Kestrian men in the raids on Tuesday."
    assert date_of(text, "arrested") == "2026-06-09"
