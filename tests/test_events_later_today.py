"""Acts still to come later in the present period (issue 15): the time tagger takes "today"
of "later today" alone, so the "later" before it is read as well; the purpose of a trip still
ahead ("travels ... later today for talks") is ahead too. Sentences written for these tests;
each test but the guards (marked) fails on the code before."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in read_event_text(text, PUBLISHED).events]


def test_a_trip_later_today_is_not_told_as_done() -> None:
    text = (
        "The new blow comes as Prime Minister Dan Rook travels to Kestria later today for his"
        " first meeting with President Ivo Dren."
    )
    found = _triggers(text)
    assert "travels" not in found
    assert "meeting" not in found


def test_a_meeting_today_stays_done() -> None:  # guard
    assert "met" in _triggers("Prime Minister Dan Rook met President Ivo Dren today.")


def test_a_meeting_on_a_day_before_later_acts_stays_done() -> None:  # guard
    text = (
        "Prime Minister Dan Rook met President Ivo Dren on Monday and later that day visited"
        " the border."
    )
    assert "met" in _triggers(text)
