"""Acts a story tells as planned or demanded are not done (issue 15, modality): arrests police
"were going to" make, an attack troops "were to" launch, an ousting marchers "demanded that"
the army carry out, an arrest "the marchers demanded". A meeting said "not to be" an
endorsement still happened. Sentences written for these tests; guards (marked) say what is
left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)


def modality(text: str, trigger: str) -> tuple[str, ...]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    return tuple(event.modality)


def test_an_arrest_police_were_going_to_make_is_future() -> None:
    assert "future" in modality("Kestrian police were going to arrest Ibarra.", "arrest")


def test_an_arrest_soldiers_were_to_make_is_future() -> None:
    assert "future" in modality("Kestrian soldiers were to arrest Ibarra.", "arrest")


def test_an_arrest_police_managed_to_make_is_done() -> None:  # guard
    assert modality("Kestrian police managed to arrest Ibarra.", "arrest") == ("asserted",)


def test_an_ousting_demanded_in_a_that_clause_is_requested() -> None:
    text = "Marchers in Mirsk demanded that the army oust Ibarra."
    assert "requested" in modality(text, "oust")


def test_a_passive_ousting_demanded_is_requested() -> None:
    text = "Marchers in Mirsk demanded that Ibarra be ousted by the army."
    assert "requested" in modality(text, "ousted")


def test_an_arrest_insisted_on_in_the_past_is_not_requested() -> None:  # guard
    text = "Marchers in Mirsk insisted that police arrested Ibarra."
    assert "requested" not in modality(text, "arrested")


def test_an_arrest_a_relative_clause_demands_is_requested() -> None:
    text = "The arrest of Ibarra that the marchers demanded never came."
    assert "requested" in modality(text, "arrest")


def test_a_meeting_said_not_to_be_an_endorsement_is_not_negated() -> None:
    text = "Senator Ana Ruiz says her private meeting with President Ibarra is not an endorsement."
    assert "negated" not in modality(text, "meeting")


def test_a_meeting_that_did_not_happen_is_negated() -> None:  # guard
    text = "Senator Ana Ruiz's meeting with President Ibarra did not happen."
    assert "negated" in modality(text, "meeting")
