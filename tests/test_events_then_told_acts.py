"""An act told next with "then" and no subject of its own (issue 15): "soldiers stormed the
building on Monday, then detained 12 journalists" — the parse hangs "detained" loosely on
"stormed"; its doer is the soldiers, a party of the clause. Sentences written for these tests;
the first fails on the code before, the guard (marked) passes on both."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.source, e.trigger.text) for e in read_event_text(text, PUBLISHED).events]


def test_the_next_act_after_then_keeps_its_doer() -> None:
    text = "Soldiers stormed the building on Monday, then detained 12 journalists."
    assert ("COERCE", "soldiers", "detained") in _coded(text)


def test_a_then_clause_with_its_own_subject_keeps_it() -> None:  # guard
    text = "Soldiers stormed the building on Monday, then police detained 12 journalists."
    assert ("COERCE", "soldiers", "detained") not in _coded(text)
