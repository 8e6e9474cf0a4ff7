"""Words of coercion, support or travel that name no act between parties (issue 15):
support or a lead "captured" is won; officials removed from their posts are a body's own
personnel move; a campaign trip and a person's return from a trip are travel; the doer's own
partner on a trip is no one visited; leaving a news outlet is no concession. Sentences written
for these tests; each test but the guards (marked) fails on the code before. An adviser on
the administration he serves speaks for it (no second party)."""

import datetime as dt
from functools import partial

from tests.stages import coded_events

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


_coded = partial(coded_events, published=PUBLISHED)


def test_support_captured_in_a_poll_is_won() -> None:
    text = (
        "Governor Lena Marsk captured the support of rural voters in the primary on Tuesday,"
        " an exit poll showed."
    )
    assert not any(c[3] == "captured" for c in _coded(text))


def test_a_leader_captured_by_police_stays_coercion() -> None:  # guard
    text = "Kestrian police captured opposition leader Ivo Dask in Ardani on Monday."
    assert ("COERCE", "captured") in [(c[0], c[3]) for c in _coded(text)]


def test_officials_removed_from_their_posts_is_a_personnel_move() -> None:
    text = (
        "The Kestrian government on Monday removed the oil minister and his deputy from"
        " their posts."
    )
    assert not any(c[3] == "removed" for c in _coded(text))


def test_a_campaign_trip_consults_no_one() -> None:
    text = "Senator Lena Marsk made a campaign trip to Ostra on Monday."
    # the gate drops it today for its open target; the campaign makes it no visit at all
    assert not any(c[3] == "trip" for c in _coded(text))
    text = "Senator Lena Marsk made a campaign trip to Valdoria on Monday to meet Pres. Ivo Dask."
    assert not any(c[3] == "trip" for c in _coded(text))


def test_ones_partner_on_a_trip_is_no_one_visited() -> None:
    text = (
        "Finance Minister Pavel Orr and central bank governor Ida Strand last week visited"
        " Washington as part of their trip to enlist support from governments."
    )
    coded = _coded(text)
    assert not any(c[3] == "trip" and c[2] == "ida-strand" for c in coded)
    assert ("CONSULT", "pavel-orr", "washington", "visited") in coded  # the visit itself stays


def test_a_ministers_return_from_a_trip_is_travel() -> None:
    text = (
        "Finance Minister Pavel Orr told reporters on his return from Ardani on Monday that the"
        " talks would go on."
    )
    assert not any(c[3] == "return" for c in _coded(text))


def test_prisoners_returned_stay_a_retreat() -> None:  # guard
    text = "Kestria on Monday returned 40 Valdorian prisoners to Valdoria."
    assert any(c[0] == "RETREAT" for c in _coded(text))


def test_leaving_a_news_outlet_is_no_concession() -> None:
    text = (
        "Reporter Dana Fell said Senator Ivo Dask had pushed her. She resigned from Fox News on"
        " June 2 after the network raised questions about her account."
    )
    assert not any(c[0] == "CONCEDE" and c[2] == "fox-news" for c in _coded(text))


def test_an_adviser_defending_the_administration_is_no_second_party() -> None:
    text = (
        "White House adviser Tom Brannigan on Monday defended the administration's response to"
        " the spill."
    )
    assert not any(c[0] == "SUPPORT" and c[2] == "administration" for c in _coded(text))
