"""Session 49, second round (events, targets): the one a protest's chanted words are against
("chanted slogans against President Vesk"), the state whose sides a request asks ("called on
all parties in Kenya to show restraint") and the rioters forces are sent against ("sent troops
to restore order against rioters"). Guards keep a thing the words are against, sides with no
state named and forces sent to do something else open. Every sentence is written for these
tests (real states where the actor stage needs ones it knows)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2024, 5, 14)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# the one a protest's chanted words are against


def test_slogans_against_a_ruler_aim_the_protest_at_him():
    text = "Protesters in Minsk chanted slogans against President Oskar Brenn on Friday."
    assert _parties(text, "chanted") == [("Protesters", "Oskar Brenn")]


def test_slogans_against_a_thing_leave_the_target_open():
    # guard: price rises are no party
    text = "Protesters in Dhaka chanted slogans against fuel price rises on Friday."
    assert all(target is None for _, target in _parties(text, "chanted"))


# the state whose sides a request asks


def test_a_call_on_all_parties_in_a_state_is_aimed_at_the_state():
    text = "The United Nations called on all parties in Kenya to show restraint on Monday."
    assert _parties(text, "called") == [("United Nations", "Kenya")]


def test_a_call_on_sides_with_no_state_named_stays_open():
    # guard: no state is named, so no target is made up
    text = "The United Nations called on all parties to show restraint on Monday."
    assert all(target is None for _, target in _parties(text, "called"))


# the rioters forces are sent against


def test_troops_sent_to_restore_order_against_rioters_act_on_the_rioters():
    text = "Kenya sent troops to Nakuru on Monday to restore order against rioters."
    assert [target for _, target in _parties(text, "sent")] == ["rioters"]


def test_troops_deployed_against_rioters_act_on_the_rioters():
    text = "The government deployed troops against the rioters in Nakuru on Monday."
    assert [target for _, target in _parties(text, "deployed")] == ["the rioters"]


def test_troops_sent_against_a_flood_are_not_aimed_at_it():
    # guard: what forces are sent against must be people in a protest
    text = "Kenya sent troops to Nakuru on Monday to fight against the floods."
    assert all(target != "the floods" for _, target in _parties(text, "sent"))
