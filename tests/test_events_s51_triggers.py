"""Session 51 (triggers): a speaker cut off, people taken out of a lift, an office-holder
dismissed, vehicles overturned.

PLOVER codes political acts of one party towards another. A minister cutting a reporter off
interrupts a question and sanctions no one; residents taken out of stalled lifts in a power cut
are rescued, not coerced; a president dismissing the government changes his own government and
rejects no party; a crowd overturning police cars riots (PROTEST, riot) and overturns no ruling.
Every sentence is written for these tests; the guards check the acts beside them stay."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 1, 20)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


# a speaker cut off


def test_a_reporter_cut_off_is_no_sanction():
    assert _types("Japanese Prime Minister Ivo Dren cut the reporter off.") == []


def test_aid_cut_stays_a_sanction():  # guard
    text = "Japan cut its aid to Kestria on Tuesday."
    assert _types(text) == ["SANCTION"]


# people taken out of a trap


def test_people_removed_from_stalled_lifts_are_rescued():
    text = "Hundreds of people were removed from stalled lifts across Tokyo during the power cut."
    assert _types(text) == []


def test_people_removed_from_the_rubble_are_rescued():
    assert _types("Rescue workers removed three people from the rubble.") == []


def test_a_protester_removed_from_a_rally_stays_coerced():  # guard
    text = "Police removed a protester from Governor Mara Lind's rally in Dravno on Monday."
    assert _types(text) == ["COERCE"]


# an office-holder dismissed


def test_a_government_dismissed_is_no_rejection():
    text = (
        "Kestrian President Ivo Dren dismissed the government on Tuesday and appointed a new"
        " prime minister."
    )
    assert "REJECT" not in _types(text)


def test_charges_dismissed_stay_a_rejection():  # guard
    text = "Kestrian President Ivo Dren dismissed the opposition's charges on Tuesday."
    assert _types(text) == ["REJECT"]


# vehicles overturned


def test_protesters_overturning_police_cars_riot():
    events = read_event_text("Protesters overturned police cars in Tokyo on Tuesday.", PUBLISHED)
    assert [(e.type, e.mode) for e in events.events] == [("PROTEST", "riot")]


def test_a_court_overturning_a_ruling_stays_a_rejection():  # guard
    text = "Japan's Supreme Court overturned the government's ban on Tuesday."
    assert _types(text) == ["REJECT"]
