"""Session 48 (types): a tie a party holds is no act, protesters' demands are their protest,
the party a protest stands with is not the one it is against, an act only expected is not told
as done.

PLOVER codes acts of a day: agreeing, endorsing, cooperating, giving (3.1, 3.3, 3.5, 3.6). "The
party has a standing arrangement with the union", "the city needs aid" name a tie held or
wanted, not an act. REQUEST "only applies to verbal demands: demands that take the form of
demonstrations, protests, etc. are coded as PROTEST" (3.8.2). A march "in solidarity with"
another country's protesters is not against them. "A crackdown is expected tonight", "the
meeting was supposed to take place on Monday" look for an act; they do not tell it. Every
sentence is written for these tests; the guards check the acts beside them stay."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2019, 6, 15)


def _events(text: str):
    return read_event_text(text, PUBLISHED).events


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


# a tie held or wanted


def test_a_standing_arrangement_had_is_no_agreement():
    text = (
        "The Labour Party has a standing agreement with the Unite union to share the costs of"
        " fund-raising."
    )
    assert "AGREE" not in _types(text)


def test_a_pact_to_be_saved_is_no_agreement():
    text = (
        "The Ministry of Finance will ask banks to curb lending in an effort to save its"
        " currency pact with the United States, ministry officials said."
    )
    assert "AGREE" not in _types(text)


def test_an_accord_that_guarantees_is_no_agreement_made():
    text = (
        "Lisbon says it needs to buy 900,000 tonnes of wheat this year, while an EC-U.S. accord"
        " guarantees outside suppliers sales to Portugal of one mln tonnes a year."
    )
    assert "AGREE" not in _types(text)


def test_an_accord_signed_stays():  # guard: the signing is the act
    text = "France and Germany signed an accord on Monday that guarantees farm sales."
    assert _types(text) == ["SUPPORT"]


def test_a_pact_had_with_its_year_stays():  # guard: the pact's own year dates it
    text = "Rome had a secret 1902 pact with France, effectively nullifying its alliance."
    assert "AGREE" in _types(text)


def test_an_agreement_reached_stays():  # guard
    text = "The Labour Party reached an agreement with the Unite union on Monday."
    assert _types(text) == ["AGREE"]


def test_backing_won_stays():  # guard: an older test's reading, kept
    # won on a day: a backing only held ("has the backing of") is no act of the news day
    # since session 60 (tests/test_events_s60_standing_stances.py)
    text = "Governor Tom Reyes won the backing of President Lena Varga on Monday."
    assert "SUPPORT" in _types(text)


# protesters' demands


def test_protesters_demand_of_a_thing_is_their_protest():
    events = _events("Demonstrators called for the release of opposition leader Dan Moro.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "demo")]
    assert events[0].target is None  # the one to be freed is not protested against


def test_a_demand_in_a_march_is_that_march():
    text = (
        "Protesters marched from the Kestrian embassy on Monday, demanding the release of the"
        " detained activists."
    )
    assert _types(text) == ["PROTEST"]


def test_protesters_calling_on_a_party_stay_a_request():  # guard: an appeal to someone
    text = "Protesters called on the army to protect them on Friday."
    assert [e.type for e in _events(text) if e.trigger.text == "called"] == ["REQUEST"]


def test_a_unions_demand_stays_a_request():  # guard
    text = "The Kestrian Teachers Union demanded higher wages from the government."
    assert _types(text) == ["REQUEST"]


# the party a protest stands with


def test_a_protest_in_solidarity_is_not_against_those_it_backs():
    [protest] = _events("Marchers in Varnia rallied in solidarity with Kestrian protesters.")
    assert protest.type == "PROTEST" and protest.target is None


def test_a_protest_against_a_party_keeps_it():  # guard
    text = "Protesters marched against President Lenko in the capital on Monday."
    targets = [e.target for e in _events(text) if e.type == "PROTEST"]
    assert targets == ["lenko"]


# acts looked for


def test_a_crackdown_expected_is_not_told_as_done():
    text = "A crackdown by Kestrian police on the protesters is expected tonight."
    assert "COERCE" not in _types(text)


def test_a_meeting_supposed_to_take_place_is_not_told_as_held():
    text = (
        "President Lenko's meeting with Prime Minister Varga was supposed to take place on Monday."
    )
    assert "CONSULT" not in _types(text)


def test_talks_supposed_to_take_place_are_not_told_as_held():
    text = "Varnia's talks with Kestria were supposed to take place in May."
    assert "CONSULT" not in _types(text)


def test_an_agreement_expected_to_settle_a_matter_stays():  # guard: its effect is looked for
    text = (
        "The agreement between the Agriculture Department and the Transportation Department is"
        " expected to resolve the matter, officials said."
    )
    assert "AGREE" in _types(text)


def test_a_meeting_that_took_place_stays():  # guard
    text = "The meeting between President Lenko and Prime Minister Varga took place on Monday."
    assert _types(text) == ["CONSULT"]
