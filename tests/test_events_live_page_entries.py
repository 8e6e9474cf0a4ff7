"""Acts told in the entries of a live page (issue 15). Each entry is written at the time its
stamp gives ("Updated Jun 12, 2026 9.30pm: ..."): a relative day in the entry ("on Thursday",
"yesterday") is counted from that stamp, and the stamp's clock time is when the entry was
written, not when the act it tells happened (a clock time the entry itself tells still dates
the act). Sentences written for these tests; the guard (marked) passes on the code before."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # the publication day; Thursday is 2026-06-11
HEADLINE = "Live: the Mirsk border crisis\n\n"
FIRST_ENTRY = "Updated Jun 12, 2026 9.30pm: Valdorian police arrested two Kestrian reporters.\n\n"


def dates_of(text: str, trigger: str) -> list[str | None]:
    return [e.date for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]


def test_a_stamp_s_clock_time_is_not_the_time_of_the_act_the_entry_tells() -> None:
    text = HEADLINE + FIRST_ENTRY + "Updated Jun 13, 2026 8.15am: Kestria condemned Valdoria.\n\n"
    assert dates_of(text, "arrested") == ["2026-06-12"]
    assert dates_of(text, "condemned") == ["2026-06-13"]


def test_a_day_the_entry_names_dates_the_act_not_the_stamp() -> None:
    text = (
        HEADLINE
        + FIRST_ENTRY
        + "Updated Jun 13, 2026 8.15am: Kestria condemned Valdoria on Thursday.\n\n"
    )
    assert dates_of(text, "condemned") == ["2026-06-11"]


def test_yesterday_in_an_older_entry_is_the_day_before_its_stamp() -> None:
    text = HEADLINE + "Posted Jun 10, 2026\nKestria's president condemned Valdoria yesterday.\n\n"
    assert dates_of(text, "condemned") == ["2026-06-09"]


def test_a_clock_time_the_entry_tells_still_dates_the_act() -> None:
    text = (
        HEADLINE
        + FIRST_ENTRY
        + "Updated Jun 13, 2026 11.40am: Kestria condemned Valdoria at 9.30am.\n\n"
    )
    assert dates_of(text, "condemned") == ["2026-06-13T09:30"]


def test_a_clock_stamp_and_its_date_before_the_entry_s_words_stamp_the_entry() -> None:
    entry = HEADLINE + "09:40 UK time, Friday, 12 June 2026 Valdoria's envoy met Kestria's premier"
    assert dates_of(entry + ".\n\n", "met") != ["2026-06-12T09:40"]
    assert dates_of(entry + " on Thursday.\n\n", "met") == ["2026-06-11"]


def test_an_act_the_entry_tells_without_a_time_takes_the_stamp_s_day() -> None:  # guard
    entry = HEADLINE + "09:40 UK time, Friday, 12 June 2026 Valdoria's envoy met Kestria's premier"
    assert dates_of(entry + ".\n\n", "met") == ["2026-06-12"]
