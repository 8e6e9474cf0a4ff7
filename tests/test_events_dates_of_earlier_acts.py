"""An act's date is not the date of another act the sentence names, nor the day of what it led
to (issue 15). A date whose expression starts with "the" ("the 12 May blast") still names the
blast; a date on an act a phrase answers or follows ("a raid for an ambush on Friday") is that
act's; a price "unchanged from last Friday" sets no day for the story; the claim a minister
"dismissed" was made before the dismissal.
Sentences written for these tests; each fails on the code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, trigger_dates, why_dated

THURSDAY = dt.date(2026, 6, 18)


event_of = partial(event_with_trigger, published=THURSDAY)


# a date written with "the" before it is still the noun's


def test_a_defence_of_the_response_to_a_dated_blast_is_not_dated_at_the_blast() -> None:
    text = (
        "Interior Minister Tomas Varga defended the government 's response to the 12 May blast "
        "that destroyed the Ostra refinery, saying rescuers arrived within the hour."
    )
    assert event_of(text, "defended").date != "2026-05-12"


def test_a_date_without_the_still_dates_the_act_it_is_on() -> None:  # guard
    text = "Interior Minister Tomas Varga defended the government 's response on 12 May."
    assert event_of(text, "defended").date == "2026-05-12"


# a date on an act that a phrase answers or follows is that act's


def test_a_strike_for_an_attack_on_a_day_is_not_dated_at_the_attack() -> None:
    text = (
        "Ostra's army launched a retaliatory strike against Kestria for an attack on Saturday "
        "that sank an Ostran patrol boat, the defence ministry said."
    )
    assert event_of(text, "strike").date != "2026-06-13"


def test_a_strike_on_its_own_day_keeps_that_day() -> None:  # guard
    text = "Ostra's army launched a retaliatory strike against Kestria on Saturday."
    assert event_of(text, "strike").date == "2026-06-13"


# a time a change is measured from sets no day for the story


def test_a_price_unchanged_from_last_friday_does_not_date_the_next_lines() -> None:
    text = (
        "Oil prices fell on Thursday as traders weighed the Ostran blockade of the strait.\n\n"
        "Brent crude ended at 71 dollars, unchanged from last Friday.\n\n"
        "Analysts said Kestria's blockade of the port was a measured reply."
    )
    assert event_of(text, "blockade").date != "2026-06-12"


def test_a_friday_that_dates_a_clause_still_sets_the_story_s_day() -> None:  # guard
    text = (
        "Oil prices fell on Thursday as traders weighed the strait.\n\n"
        "Kestrian ships sealed the strait last Friday.\n\n"
        "Kestria's navy then blockaded the port of Mirsk."
    )
    assert event_of(text, "blockaded").date == "2026-06-12"


# the claim a dismissal answers was made before it


def test_accusations_a_chair_dismisses_are_not_dated_at_the_dismissal() -> None:
    text = (
        "Party chair dismisses Senator Holm's accusations against Governor Pratt.\n\n"
        "Party chair Dana Reyes on Thursday dismissed the charges as a campaign stunt."
    )
    assert trigger_dates(text, "accusations", THURSDAY) == []
    assert "the act 'dismisses' answers" in why_dated(text, "accusations", THURSDAY)


def test_accusations_made_on_a_day_keep_it() -> None:  # guard
    text = "Senator Holm on Thursday accused Governor Pratt of hiding the budget."
    assert event_of(text, "accused").date == "2026-06-18"


# acts of a habit happen on many days


def test_regular_calls_begun_after_a_blast_have_no_day_of_the_story() -> None:
    text = (
        "Kestrian officials met Ostran mining executives on Wednesday.\n\n"
        "Kestrian officials said they began holding regular calls with Ostran officials soon "
        "after the blast."
    )
    assert "'regular calls': several acts" in why_dated(text, "calls", THURSDAY)


def test_one_call_keeps_the_story_s_day() -> None:  # guard
    text = (
        "Kestrian officials met Ostran mining executives on Wednesday.\n\n"
        "Kestria's president held a call with Ostran officials."
    )
    assert event_of(text, "call").date == "2026-06-17"


# a relative clause in a perfect tense tells what has happened up to then, on no day of its own


def test_arrests_counted_in_a_relative_clause_have_no_day_of_the_statement() -> None:
    text = (
        "The inquiry runs alongside a Kestrian police investigation in which 60 Ostran "
        "traders have been arrested for smuggling, police said today."
    )
    assert "in a relative clause: up to then" in why_dated(text, "arrested", THURSDAY)


def test_arrests_in_a_simple_past_relative_clause_keep_their_own_day() -> None:  # guard
    text = (
        "Kestria protested over the raid in which Ostran police arrested six Kestrian traders "
        "on Tuesday."
    )
    assert event_of(text, "arrested").date == "2026-06-16"
