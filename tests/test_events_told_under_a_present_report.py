"""An act told in the simple past under a report in the present ("a report released on Monday
says troops killed 30 villagers", "police say they arrested 40 protesters") was before the
report, on a day the report does not give (issue 15): no day of its own unless its own clause
names one. Sentences written for these tests; the first two fail on the code before, the
guards (marked) say what the rule leaves alone."""

from __future__ import annotations

import datetime as dt

from dateline.config import ReadConfig
from dateline.model import Article, Event
from dateline.pipeline import Reader
from tests.stages import read_event_text

SATURDAY = dt.date(2026, 6, 13)  # the publication day; Friday is 2026-06-12


def dates_of(text: str, trigger: str) -> list[str]:
    events = read_event_text(text, published=SATURDAY).events
    return [e.date for e in events if e.trigger.text == trigger]


def all_events_in(text: str) -> list[Event]:
    article = Article(id="t", text=text, published=SATURDAY)
    return list(Reader(ReadConfig(all_events=True)).read(article).events)


def test_a_killing_a_report_of_monday_tells_has_no_day() -> None:
    text = "A UN report released on Monday says Peruvian troops killed 30 villagers."
    assert dates_of(text, "killed") == []
    (killing,) = [e for e in all_events_in(text) if e.trigger.text == "killed"]
    assert "told under the present 'says'" in (killing.decided_by or "")


def test_arrests_the_police_say_they_made_have_no_day() -> None:
    text = "Police in Lima say they arrested 40 protesters."
    assert dates_of(text, "arrested") == []


def test_an_act_with_its_own_day_under_a_present_report_keeps_it() -> None:  # guard
    text = "Police in Lima say they arrested 40 protesters on Friday."
    assert dates_of(text, "arrested") == ["2026-06-12"]


def test_a_present_act_under_a_present_report_is_left_alone() -> None:  # guard
    text = "Peru's health minister Rosa Vargas says she is asking Chile for vaccines."
    assert dates_of(text, "asking") == ["2026-06-13"]
