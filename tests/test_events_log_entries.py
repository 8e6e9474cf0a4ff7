"""The entries of a log of many days have no day of their own (issue 15): a round-up whose
entries open with the same place label ("At the Ministry: ...", "In the Delta: ...") three
times or more tells what happened on many days, in no order a reader can date; the
publication day is the last entry's at most, and one entry's day is not the next one's.
Sentences written for these tests; the first fails on the code before, the guards (marked)
pass on both."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 15)

LOG = (
    "Here is what the prime minister has done each day since the floods began.\n"
    "At the Chancellery: Prime Minister Anna Voss met with Kestrian President Ivo Dren.\n"
    "In the Delta: Crews kept pumping water out of the villages.\n"
    "At the Chancellery: Prime Minister Anna Voss welcomed Veldmark's Prime Minister Lars Ekberg.\n"
    "In the Delta: Engineers inspected the dykes.\n"
    "At the Chancellery: Prime Minister Anna Voss urged the opposition to back the relief bill.\n"
    "The prime minister also spoke with Kestrian President Ivo Dren by telephone.\n"
)


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger.text, e.date) for e in read_event_text(text, PUBLISHED).events]


def test_no_entry_of_a_log_takes_the_publication_day() -> None:
    assert all(date != PUBLISHED.isoformat() for _, date in _dated(LOG))


def test_an_entry_that_names_its_day_keeps_it() -> None:  # guard
    text = LOG.replace("welcomed", "on June 3 welcomed")
    assert ("welcomed", "2026-06-03") in _dated(text)


def test_one_place_label_makes_no_log() -> None:  # guard
    text = (
        "At the Chancellery: Prime Minister Anna Voss met with Kestrian President Ivo Dren on"
        " Monday.\nThe two leaders discussed the floods."
    )
    assert ("met", "2026-06-15") in _dated(text)


def test_times_of_day_are_no_labels() -> None:  # guard
    text = (
        "At 10:30: the rain stopped.\nAt 11:15: the river rose again.\nAt 12:00: the army"
        " evacuated the town.\nPrime Minister Anna Voss met with Kestrian President Ivo Dren"
        " on Monday."
    )
    assert ("met", "2026-06-15") in _dated(text)
