"""An act told by what it brought about has no day of the story's (issue 15): "the criticism
has prompted accusations", "the arrest sparked protests on Friday", "his visit had a real
impact" tell an act before its effect, on a day the sentence does not give. And a time in an
infinitive of an act to come ("asked citizens to stay home over the weekend") dates that act,
not the asking. Sentences written for these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Friday is 2026-06-12
LEAD = "Valdorian police arrested a Kestrian editor on Friday. "


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    return event.date or "", event.decided_by or ""


def test_criticism_that_has_prompted_accusations_has_no_day() -> None:
    text = "Kestria's criticism of Valdoria over the dam has prompted accusations of bias."
    _, why = dated(text, "criticism")
    assert "'criticism prompted': told by its effect" in why and "none of its own" in why


def test_an_arrest_that_sparked_protests_on_friday_is_not_of_friday() -> None:
    text = "Valdoria's arrest of the Kestrian editor sparked protests in the capital on Friday."
    _, why = dated(text, "arrest")
    assert "'arrest sparked': told by its effect" in why and "none of its own" in why


def test_a_visit_that_had_an_impact_has_no_day() -> None:
    text = LEAD + "Prime Minister Ruiz's visit to Kestria had a real impact on the talks."
    _, why = dated(text, "visit")
    assert "'visit had impact': told by its effect" in why


def test_an_arrest_with_its_own_day_keeps_it() -> None:  # guard
    text = "Thursday's arrest of the Kestrian editor by Valdoria sparked protests on Friday."
    day, why = dated(text, "arrest")
    assert day == "2026-06-11" and "none of its own" not in why


def test_an_arrest_called_a_mistake_is_not_told_by_its_effect() -> None:  # guard
    text = LEAD + "Valdoria's arrest of the editor was a mistake, Kestria said."
    _, why = dated(text, "arrest")
    assert "told by its effect" not in why


def test_the_weekend_of_the_asked_act_does_not_date_the_asking() -> None:
    text = "The Kestrian government has asked citizens to stay indoors over the holiday weekend."
    day, _ = dated(text, "asked")
    assert "W" not in day


def test_the_asking_keeps_its_own_day() -> None:  # guard
    text = "Kestria's government on Friday asked Valdoria to withdraw troops over the weekend."
    assert dated(text, "asked")[0] == "2026-06-12"
    assert dated(text, "withdraw")[0] == "2026-W24-WE"


def test_a_beginning_keeps_the_time_of_its_infinitive() -> None:  # guard
    text = "Kestria's President Ibarra began to withdraw troops from Valdoria on Friday."
    assert dated(text, "withdraw")[0] == "2026-06-12"
