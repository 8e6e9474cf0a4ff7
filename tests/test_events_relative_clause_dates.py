"""An act told in a relative clause on a party has no day of the story's (issue 15): "the
senator, who called on him to quit, ..." or "the gunmen who shot 12 people" say who a party is
by what it did, an act told as known, on a day the clause does not give. A time of the clause's
own dates it. Sentences written for these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # the publication day; Thursday is 2026-06-11


def dated(text: str, trigger: str) -> list[tuple[str, str]]:
    """The date and why of each event of ``trigger``, the gate's drops too."""
    events = all_events_of(text, SATURDAY)
    return [(e.date, e.decided_by or "") for e in events if e.trigger.text == trigger]


def test_an_accusation_in_a_relative_clause_has_no_day() -> None:
    text = "Kestria's foreign minister, who accused Valdoria of shelling Mirsk, resigned."
    ((_, why),) = dated(text, "accused")
    assert "in a relative clause on 'minister'" in why


def test_an_attack_that_names_the_man_arrested_has_no_day_of_the_arrest() -> None:
    text = "Police in Quito arrested the man who attacked two reporters."
    ((_, why),) = dated(text, "attacked")
    assert "date: none of its own" in why


def test_the_main_clause_keeps_the_publication_day() -> None:  # guard
    text = "Kestria's foreign minister, who accused Valdoria of shelling Mirsk, resigned."
    ((day, why),) = dated(text, "resigned")
    assert day == "2026-06-13" and "none of its own" not in why


def test_a_relative_clause_with_its_own_day_keeps_it() -> None:  # guard
    text = (
        "Kestria's foreign minister, who accused Valdoria on Thursday of shelling Mirsk, resigned."
    )
    ((day, why),) = dated(text, "accused")
    assert day == "2026-06-11" and "none of its own" not in why
