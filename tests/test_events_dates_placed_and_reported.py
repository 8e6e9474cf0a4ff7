"""An act's own time when its sentence names another's (issue 15, session 42): an act placed a
counted span after or before another act's date is that span from it ("Two days after the
blast on May 4, the ministry asked ...": May 6), an uncounted one ("days after") gives no day,
and an act whose clause is placed so from the main clause's date is counted back from it; a
relative time ("last week", a bare weekday) reported under a saying dated earlier counts from
the saying, not from the publication. Sentences written for these tests; each fails on the
code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day, timex_values

TUESDAY = dt.date(2026, 6, 16)


event_of = partial(event_with_trigger, published=TUESDAY)


# an act a counted span from another act's date


def test_an_appeal_a_week_after_a_dated_spill_is_a_week_later() -> None:
    text = "A week after the pipeline burst on May 4, the union asked the ministry for help."
    assert event_of(text, "asked").date == "2026-05-11"


def test_a_demand_two_days_after_a_dated_blast_is_two_days_later() -> None:
    text = "Two days after the explosion on May 4, the ministry asked Norvale Oil to pay."
    assert event_of(text, "asked").date == "2026-05-06"


def test_an_arrest_three_days_before_a_dated_vote_is_three_days_earlier() -> None:
    text = "Three days before the vote on Sunday, the army arrested the opposition leader."
    assert event_of(text, "arrested").date == "2026-06-11"


def test_a_release_two_months_after_a_coup_month_is_that_month() -> None:
    text = "Two months after the coup in February, the junta freed the former president."
    assert event_of(text, "freed").date == "2026-04"


def test_an_act_some_days_after_a_dated_act_has_no_day() -> None:
    text = "Days after the pipeline burst on May 4, the fishing union asked the ministry for help."
    assert no_day(event_of(text, "asked"))


def test_a_storming_two_days_before_a_dated_arrest_is_counted_back() -> None:
    text = "Police arrested three men on Friday, two days after protesters stormed the town hall."
    assert event_of(text, "stormed").date == "2026-06-10"
    assert event_of(text, "arrested").date == "2026-06-12"


def test_an_act_hours_after_a_dated_act_keeps_that_day() -> None:  # guard
    text = "Hours after the pipeline burst on May 4, the fishing union asked the ministry for help."
    assert event_of(text, "asked").date == "2026-05-04"


def test_an_act_with_its_own_day_beside_a_placed_phrase_keeps_it() -> None:  # guard
    text = "On Friday, two days after the raid on Wednesday, police arrested three men."
    assert event_of(text, "arrested").date == "2026-06-12"


# a relative time reported under a saying dated earlier


def test_last_week_told_under_an_earlier_dated_saying_counts_from_it() -> None:
    text = "The minister said on May 6 that rebels had attacked the town last week."
    assert timex_values(text, TUESDAY)["last week"] == "2026-W18"
    assert event_of(text, "attacked").date == "2026-W18"


def test_a_weekday_told_under_an_earlier_dated_saying_is_before_it() -> None:
    text = "On May 6, the minister said rebels attacked the town on Sunday."
    assert timex_values(text, TUESDAY)["Sunday"] == "2026-05-03"


def test_last_week_of_an_act_conjoined_after_a_dated_one_counts_from_publication() -> None:
    # guard: no saying; the earlier day is the arrest's
    text = "Police arrested him on May 6 and charged him last week."
    assert timex_values(text, TUESDAY)["last week"] == "2026-W24"


def test_last_week_under_a_recent_saying_is_unchanged() -> None:  # guard
    text = "The minister said on Monday that rebels had attacked the town last week."
    assert timex_values(text, TUESDAY)["last week"] == "2026-W24"
