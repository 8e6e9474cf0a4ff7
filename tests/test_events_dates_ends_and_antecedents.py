"""An act's own time, not the end of a stretch or the time of another noun (issue 15,
session 41): a date on "until"/"by" ends a stretch or sets a deadline ("allowed imports until
July 1"), so it does not date the act, and a date farther off is another act's; an event
noun marked "earlier" or "previous" in a statement is not at
the statement's day; a date "of" another noun is that noun's ("the massacre of March 3"), and an
act some uncounted weeks "later" has no day it gives; nor has an act told as someone's choice
("Brazil's decision to suspend payments"). Sentences written for these tests; each
fails on the code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day

TUESDAY = dt.date(2026, 6, 16)


event_of = partial(event_with_trigger, published=TUESDAY)


# a date that ends a stretch or sets a deadline


def test_a_proposal_is_not_dated_by_the_day_its_easing_would_end() -> None:
    text = "The U.S. Treasury proposed easing sanctions on Cuba until September 30 pending review."
    assert event_of(text, "proposed").date == "2026-06-16"


def test_a_loan_extended_until_december_is_not_dated_december() -> None:
    text = "Canada offered Peru on Friday to extend the loan until December."
    assert event_of(text, "loan").date != "2026-12"


def test_an_act_keeps_its_own_day_beside_a_deadline() -> None:  # guard
    text = "Peru promised Chile on Friday to halt all arms sales to Bolivia by October."
    assert event_of(text, "promised").date == "2026-06-12"


# an act in an "after" clause (session 38 tried leaving "came after" undated and took it back)


def test_an_act_after_which_police_made_arrests_keeps_the_story_s_day() -> None:  # guard
    text = (
        "Protests spread across the capital on Monday. "
        "Police arrested three men after protesters attacked the governor's office."
    )
    assert event_of(text, "attacked").date == "2026-06-15"


# an earlier act named in a statement


def test_an_earlier_attack_is_not_at_the_day_of_the_statement() -> None:
    text = (
        "The Pentagon announced on Monday that U.S. warships destroyed an oil platform and also "
        "raided a second Peruvian rig in retaliation for an earlier Peruvian attack on a Chilean "
        "ship."
    )
    assert no_day(event_of(text, "attack"))


# a date "of" another noun, and an act some uncounted weeks after another


def test_a_condemnation_is_not_dated_by_the_massacre_of_march_3() -> None:
    text = "Valdoria condemned the massacre of March 3 in a statement."
    assert event_of(text, "condemned").date != "2026-03-03"


def test_the_morning_of_a_day_still_dates_the_act() -> None:  # guard
    text = "Rebels attacked the town on the morning of March 3."
    assert event_of(text, "attacked").date == "2026-03-03"


def test_an_invasion_weeks_after_dated_attacks_takes_neither_their_day_nor_the_news_day() -> None:
    text = "The bombings of September 11 led the United States to invade Afghanistan weeks later."
    assert no_day(event_of(text, "invade"))


# an act told as someone's known choice


def test_an_imposition_told_as_the_president_s_decision_takes_no_day_of_the_story() -> None:
    text = (
        "The spokesman said President Mayer's decision to impose trade sanctions against "
        "Valdoria might have contributed to the slide in share prices."
    )
    assert no_day(event_of(text, "impose"))


def test_a_decision_with_its_own_day_keeps_it() -> None:  # guard
    text = "Peru's decision on Friday to suspend payments to its creditors shocked the banks."
    assert event_of(text, "suspend").date == "2026-06-12"
