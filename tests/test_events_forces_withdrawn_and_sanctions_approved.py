"""Troops or police "removed" from a place are withdrawn by those who sent them (RETREAT), not
coerced, and sanctions a legislature "approved" are its SANCTION, no agreement (issue 15): the
type follows what the act moves. Sentences written for these tests; each fails on the code
before but the guards (marked)."""

from __future__ import annotations

import datetime as dt

from tests.stages import read_event_text

MONDAY = dt.date(2026, 6, 22)


def coded(text: str, trigger: str) -> list[tuple[str, str | None]]:
    events = read_event_text(text, MONDAY).events
    return [(e.type, e.target) for e in events if e.trigger.text == trigger]


def test_soldiers_removed_from_border_posts_are_a_withdrawal() -> None:
    text = "The Marovian government removed its soldiers from the border posts on Sunday."
    assert coded(text, "removed") == [("RETREAT", None)]


def test_protesters_removed_by_police_are_still_coerced() -> None:  # guard
    text = "Police removed the protesters from the square on Sunday."
    assert [t for t, _ in coded(text, "removed")] == ["COERCE"]


# sanctions a body approves are its sanctions (in this file: a type set by what the act moves);
# the approval names its own month ("in March"): a participle on a noun takes no day from the
# promise's "last year" of another clause (session 43), and the gate drops what has no day


def test_sanctions_approved_by_a_legislature_are_a_sanction() -> None:
    text = (
        "The aid package is part of a programme the White House promised last year when it "
        "tried in vain to block sanctions approved by Congress in March against Chile's "
        "military government."
    )
    assert coded(text, "approved") == [("SANCTION", "military-government")]


def test_a_pact_approved_by_a_legislature_is_still_an_agreement() -> None:  # guard
    text = (
        "The aid package is part of a programme the White House promised last year when it "
        "tried in vain to block a trade pact approved by Congress in March with Chile's "
        "military government."
    )
    assert [t for t, _ in coded(text, "approved")] == ["AGREE"]
