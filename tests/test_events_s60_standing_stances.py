"""Session 60 (events, a standing stance is no act of the news day): a stance the writer tells in
the simple present, with no saying ("Norway supports Iceland's bid.", "the bid has the support
of Norway"), states where a party stands, not that it said or decided so on the day; and a tie
told in the present simple ("cooperate closely", "hosts 600,000 refugees", "provides Brazil
with much of its electricity") lasts, no act at all. Both took the publication day and the
gate kept them. Guards keep a stance said on a day, one reported under "says", a headline's
present, a past recognition, a delivery of a day and a visitor hosted on a day. Every sentence
is written for these tests (real countries, which the actor stage knows)."""

import datetime as dt

from tests.stages import coded_events, event_with_trigger, no_day

PUBLISHED = dt.date(2026, 6, 10)


def _kept(text: str, trigger: str) -> list[str]:
    """The types of the kept events with ``trigger``."""
    return [kind for kind, _, _, word in coded_events(text, PUBLISHED) if word == trigger]


# a stance told in the writer's present has no day of its own


def test_a_stance_in_the_writers_present_is_no_act_of_the_day() -> None:
    text = "Norway supports Iceland's bid to join the trade bloc."
    assert no_day(event_with_trigger(text, "supports", PUBLISHED))
    assert _kept(text, "supports") == []


def test_a_recognition_in_the_writers_present_is_no_act_of_the_day() -> None:
    text = "Chile recognises the government in Lima."
    assert no_day(event_with_trigger(text, "recognises", PUBLISHED))


def test_support_a_thing_has_is_no_act_of_the_day() -> None:
    text = "Iceland's bid has the support of Norway."
    assert no_day(event_with_trigger(text, "support", PUBLISHED))
    assert _kept(text, "support") == []


def test_a_stance_said_on_a_day_keeps_that_day() -> None:
    text = "Norway said on Monday that it supports Iceland's bid to join the trade bloc."
    assert event_with_trigger(text, "supports", PUBLISHED).date == "2026-06-08"
    assert _kept(text, "supports") == ["SUPPORT"]


def test_a_stance_reported_under_says_keeps_the_day() -> None:
    text = "Chile backs Peru's bid for the games, the foreign minister says."
    assert event_with_trigger(text, "backs", PUBLISHED).date == "2026-06-10"
    assert _kept(text, "backs") == ["SUPPORT"]


def test_a_headlines_present_keeps_the_news_day() -> None:
    text = "Chile recognises Peru's new government"
    assert not no_day(event_with_trigger(text, "recognises", PUBLISHED))
    assert _kept(text, "recognises") == ["SUPPORT"]


def test_a_recognition_told_in_the_past_keeps_its_day() -> None:
    text = "Chile on Tuesday recognised Peru's new government."
    assert _kept(text, "recognised") == ["SUPPORT"]


# a lasting tie told in the present is no act


def test_cooperation_in_the_present_is_a_lasting_tie() -> None:
    text = "Ukraine and Poland cooperate closely on border security."
    assert "lasting tie" in (event_with_trigger(text, "cooperate", PUBLISHED).decided_by or "")


def test_coordination_in_the_present_is_a_lasting_tie() -> None:
    text = "Egypt and Israel coordinate closely on security in Sinai."
    assert no_day(event_with_trigger(text, "coordinate", PUBLISHED))


def test_hosting_a_counted_number_in_the_present_is_a_lasting_tie() -> None:
    text = "Jordan hosts 600,000 refugees from Syria."
    assert no_day(event_with_trigger(text, "hosts", PUBLISHED))


def test_supplying_a_share_of_the_receivers_whole_is_a_lasting_supply() -> None:
    text = "Paraguay provides Brazil with much of its electricity."
    assert no_day(event_with_trigger(text, "provides", PUBLISHED))
    assert _kept(text, "provides") == []


def test_a_delivery_of_a_day_stays_aid() -> None:
    text = "Paraguay delivered 300 tonnes of food aid to Bolivia on Monday."
    assert _kept(text, "delivered") == ["AID"]


def test_a_visitor_hosted_on_a_day_stays_a_meeting() -> None:
    text = "Turkey hosted the Syrian president on Monday."
    assert _kept(text, "hosted") == ["CONSULT"]
