"""Session 59 (helper s59-evwide, events on a fresh development pool): money a party accepts
is no agreement, and a clause the parse joined to another with no "and", "or", "but" or comma
takes no doer from it.

PLOVER codes as AGREE accepting a proposal, a request or a settlement (3.3): a campaign or an
official taking donations or a sum from a firm agrees to nothing with it, while an offer
accepted from another state stays an agreement. Every sentence is written for these tests; the
guards check the acts beside them stay."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2024, 5, 14)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


# money accepted


def test_donations_a_campaign_accepted_are_no_agreement():
    assert _types("Senator Vane's campaign accepted donations from Exxon.") == []


def test_a_sum_an_official_accepted_is_no_agreement():
    assert _types("Senator Vane accepted $50,000 from Exxon on Monday.") == []


def test_an_offer_accepted_from_a_state_stays_an_agreement():  # guard
    assert _types("Ukraine accepted the offer from Russia on Monday.") == ["AGREE"]


# a clause hung on another verb with nothing joining them


def _sources(text: str) -> list[str | None]:
    return [e.source for e in read_event_text(text, PUBLISHED).events]


def test_a_scheme_a_ministry_says_forces_farmers_is_no_act_of_the_writer():
    text = (
        "The ministry wrote to the board on Friday about the scheme, which the ministry has "
        "complained is forcing farmers to wait for payment."
    )
    assert _types(text) == []


def test_a_verb_joined_by_and_shares_the_subject():  # guard
    assert _sources("The army entered the town on Friday and forced farmers to leave.") == ["army"]


def test_a_verb_joined_by_a_comma_shares_the_subject():  # guard
    text = "The army entered the town on Friday, forced farmers to leave and burned their homes."
    assert "army" in _sources(text)


def test_a_scheme_an_asked_body_is_to_speed_up_is_no_act_of_the_asker():
    text = (
        "Senator Ann Vane wrote to the board on Friday to ask it to speed up the scheme, which "
        "the Justice Department has complained is forcing farmers to wait for payment."
    )
    assert _types(text) == []


def test_a_verb_after_a_comma_and_a_said_clause_shares_the_subject():  # guard
    text = (
        "Barack Obama promised the coast would come back, urged Americans not to call off "
        "their trips to the region and said the fish was safe."
    )
    assert _sources(text) == ["barack-obama"]
