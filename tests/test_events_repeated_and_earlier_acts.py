"""Acts a story tells around its news but not on its day (issue 15): several acts counted
together ("made three visits", "several visits") happened on days the text does not give,
and an act placed a measured time before another ("came a day after Valdoria appealed") is
that long before it. Neither takes the story's day. Sentences written for these tests; the
guards (marked) say what the rules leave alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)
HEADLINE = "Kestria and Valdoria trade blame over river border\n\n"
LEAD = "Kestria's navy seized two Valdorian trawlers on Friday.\n\n"


def dated(text: str, trigger: str) -> list[tuple[str | None, str]]:
    return [
        (e.date, e.decided_by or "")
        for e in all_events_of(HEADLINE + LEAD + text, SATURDAY)
        if e.trigger.text == trigger
    ]


def test_several_visits_counted_together_have_no_day() -> None:
    text = "The Kestrian foreign minister made three visits to Valdoria.\n\n"
    ((_, why),) = dated(text, "visits")
    assert "several acts" in why


def test_an_act_a_day_before_the_news_is_not_dated_on_the_news_day() -> None:
    # the seizure is Friday's (the lead), so the appeal a day before it is Thursday's
    text = "The seizure came a day after Valdoria's president appealed to Kestria for calm.\n\n"
    ((day, why),) = dated(text, "appealed")
    assert day == "2026-06-11"
    assert "a day before 'came'" in why


def test_one_visit_keeps_the_story_s_day() -> None:  # guard
    text = "The Kestrian foreign minister made a visit to Valdoria.\n\n"
    assert [day for day, _ in dated(text, "visit")] == ["2026-06-12"]


def test_an_act_right_after_another_keeps_the_story_s_day() -> None:  # guard
    text = "The seizure came after Valdoria's president appealed to Kestria for calm.\n\n"
    assert [day for day, _ in dated(text, "appealed")] == ["2026-06-12"]
