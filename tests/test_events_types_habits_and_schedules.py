"""Session 42 (types): the right kind of event, and only events.

A loan, a credit or a subsidy granted or approved is aid given (PLOVER: provide economic aid),
not the agreement "grant" and "approve" code alone; a headline's "X pledges help" promises the
help (the parse reads "pledges" as a noun); a present-simple act done "every" time or
"usually" is a habit; a state "called" for a candidate on election night is a result, no call;
an act in the present simple "tonight" or "this evening" is still to come; a visit to a
hospital consults no one; a "probable" or "likely" meeting is not told as held; "given" with
an object and no one giving is the preposition. Every sentence is written for these tests; the
guards check that the acts beside them stay."""

import datetime as dt
from functools import partial
from types import SimpleNamespace

from dateline.events.trust import given_as_preposition
from dateline.language import parse
from tests.stages import coded_events, event_triggers

PUBLISHED = dt.date(2026, 6, 10)


_coded = partial(coded_events, published=PUBLISHED)


_triggers = partial(event_triggers, published=PUBLISHED)


# types: a loan granted or approved is aid


def test_a_loan_granted_is_aid_not_an_agreement():
    text = "The World Bank granted Peru a 200 million dollar loan on Monday."
    assert ("AID", "world-bank", "peru", "granted") in _coded(text)


def test_a_loan_approved_is_aid():
    text = "The World Bank on Monday approved a loan to Peru."
    assert ("AID", "world-bank", "peru", "approved") in _coded(text)


def test_a_credit_of_a_sum_granted_is_aid():
    text = "Japan granted Peru a 50 million dollar credit on Monday."
    assert ("AID", "japan", "peru", "granted") in _coded(text)


def test_the_subsidies_a_body_approved_in_a_relative_clause_are_aid():
    text = (
        "The subsidies the Port Authority of New York approved for Pfizer on Monday came to "
        "$30 million."
    )
    coded = _coded(text)
    assert any(t == "AID" and w == "approved" for t, _, _, w in coded)
    assert not any(t == "AGREE" and w == "approved" for t, _, _, w in coded)


def test_a_plan_approved_stays_an_agreement():
    text = "The Peruvian Congress approved President Tom Vale's peace plan on Monday."
    assert ("AGREE", "peruvian-congress", "tom-vale", "approved") in _coded(text)


def test_credit_given_for_a_deal_stays_no_aid():
    text = "Japan gave Peru credit for the peace deal on Monday."
    assert "gave" not in _triggers(text)


def test_a_sum_given_in_aid_stays_aid():
    text = "Japan gave Peru 20 million dollars in aid on Monday."
    assert ("AID", "japan", "peru", "gave") in _coded(text)


def test_a_headline_pledging_help_is_no_aid_given():
    text = "President Lena Marsh pledges help for flood victims in Peru"
    assert not any(t == "AID" for t, _, _, _ in _coded(text))


def test_a_headline_sending_aid_stays_aid():
    text = "Japan sends aid to Peru"
    assert ("AID", "japan", "peru", "sends") in _coded(text)


# not events: habits, a race called, a hospital visited


def test_picketing_every_convention_is_a_habit():
    text = "Demonstrators picket every political convention, but there is more security this year."
    assert "picket" not in _triggers(text)


def test_meeting_officials_every_month_is_a_habit():
    text = "Senator Tom Vale meets Japanese officials every month in Tokyo."
    assert "meets" not in _triggers(text)


def test_usually_arresting_is_a_habit():
    text = "Police in Peru usually arrest opposition leaders at rallies."
    assert "arrest" not in _triggers(text)


def test_picketing_every_convention_last_year_stays_an_act():
    text = "Demonstrators picketed every political convention last year."
    assert any(t == "PROTEST" and w == "picketed" for t, _, _, w in _coded(text))


def test_a_headline_in_the_present_stays_an_arrest():
    text = "Police arrest opposition leaders in Lima"
    assert any(t == "COERCE" and w == "arrest" for t, _, _, w in _coded(text))


def test_a_state_called_for_a_candidate_is_no_call():
    text = (
        "Hillary Clinton won in Seattle on Tuesday night, after Arizona was called for Donald "
        "Trump."
    )
    assert "called" not in _triggers(text)


def test_a_person_called_by_another_stays_a_call():
    text = "Hillary Clinton was called by Donald Trump on Tuesday night."
    assert ("CONSULT", "donald-trump", "hillary-clinton", "called") in _coded(text)


def test_a_hospital_visited_is_no_consultation():
    text = "Former US President Bill Clinton visited the General Hospital in Lima on Monday."
    assert "visited" not in _triggers(text)


# modality: still to come, or only probable


def test_travelling_this_evening_in_the_present_is_still_to_come():
    text = (
        "Brazilian finance minister Dilson Funaro, who travels to Italy this evening, said it was "
        "unclear if he would go to Japan on Friday."
    )
    assert "travels" not in _triggers(text)


def test_travelling_tonight_in_the_present_is_still_to_come():
    text = "Brazilian finance minister Dilson Funaro travels to Italy tonight for talks."
    assert "travels" not in _triggers(text)


def test_travelled_this_evening_stays_done():
    text = "Brazilian finance minister Dilson Funaro travelled to Italy this evening for talks."
    assert any(t == "CONSULT" and w == "travelled" for t, _, _, w in _coded(text))


def test_a_probable_meeting_is_not_told_as_held():
    text = (
        "Traders expect a probable meeting between Japanese Finance Minister Paul Orr and "
        "Peruvian Finance Minister Ana Ruiz on Friday, bankers said."
    )
    assert "meeting" not in _triggers(text)


def test_given_with_an_object_and_no_giver_is_the_preposition():
    doc = parse(
        "Tom Vale claimed the fine could be high , though Ana Ruiz said given Pfizer 's losses "
        "it would be far less than what residents need ."
    )
    given = next(t for t in doc if t.text == "given")
    draft = SimpleNamespace(trigger=SimpleNamespace(type="AID"), token=given)
    assert given_as_preposition(draft)


def test_aid_given_to_a_country_is_no_preposition():
    doc = parse("Peru was given aid by Japan on Monday.")
    given = next(t for t in doc if t.text == "given")
    draft = SimpleNamespace(trigger=SimpleNamespace(type="AID"), token=given)
    assert not given_as_preposition(draft)
