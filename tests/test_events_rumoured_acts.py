"""Acts told only as rumours are not told as done (issue 15, session 50).

An act whose attribution's source is a rumour ("according to rumours, ..."), that a rumour is
of ("rumours of an army crackdown"), or whose clause is what a rumour or speculation says
("rumours spread that the army had arrested ...", "speculation grew that Korvia deployed
troops") is flagged hypothetical: the gate does not keep it as a done act.

Guards (marked): an act that ends the rumours, and one an unconfirmed report tells, are left as
they were. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger

TUESDAY = dt.date(2027, 3, 16)


def _modality(text: str, trigger: str) -> tuple[str, ...]:
    return tuple(event_with_trigger(text, trigger, TUESDAY).modality)


def test_an_act_according_to_rumours_is_not_told_as_done() -> None:
    text = "According to rumours, the Korvian army arrested opposition leader Ivo Varo on Monday."
    assert "hypothetical" in _modality(text, "arrested")


def test_an_act_a_rumour_spreads_is_not_told_as_done() -> None:
    text = "Rumours spread on Monday that the Korvian army had arrested opposition leader Ivo Varo."
    assert "hypothetical" in _modality(text, "arrested")


def test_an_act_speculation_tells_is_not_told_as_done() -> None:
    text = "Speculation grew that Korvia deployed troops to the Varland border on Monday."
    assert "hypothetical" in _modality(text, "deployed")


def test_an_act_a_rumour_is_of_is_not_told_as_done() -> None:
    text = "Velgrad was rife with rumours of an army crackdown on Monday."
    assert "hypothetical" in _modality(text, "crackdown")


def test_guard_an_act_that_ends_the_rumours_is_told() -> None:
    text = "Korvian police arrested Ivo Varo on Monday, ending weeks of rumours."
    assert "hypothetical" not in _modality(text, "arrested")


def test_guard_an_act_an_unconfirmed_report_tells_is_left_as_it_was() -> None:
    text = "Unconfirmed reports said Korvian troops shelled Istra on Monday."
    assert _modality(text, "shelled") == ("reported",)
