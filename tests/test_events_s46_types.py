"""Session 46 (types): classes of wrong events that reach many records — goods that are no
aid, bodies of one state working together, approvals of things, captions.

PLOVER's manual decides: AID is material aid "whose material benefits primarily accrue to the
recipient" (3.6) — goods shipped, delivered or supplied in trade ("steel shipments to Varnia"),
a stock ("food supplies") or a debt held ("their Varnian loans") are none, and an investment is
commerce; COOPERATE is material cooperation of two parties (3.5) — two bodies of one state
working together run their government, and a consultant who "worked with" a ruler did a
client's work; an approval is an AGREE when what is approved is an agreement, a plan or a
step of policy (3.3), not a drug or an advert a regulator or a league rules on; access a
party has, lacks or needs is a state, no entry allowed (3.7). A photo's
caption is the page's, not the story's narration. Every sentence is written for these tests;
the guards check the acts beside them stay."""

import datetime as dt

from dateline.event_lexicon import load_lexicon
from dateline.events.triggers import trigger_of
from dateline.language import parse
from tests.stages import read_event_text

PUBLISHED = dt.date(2016, 6, 15)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


# goods not given are no aid


def test_trade_shipments_are_no_aid():
    assert "AID" not in _types("Mexican cement shipments to the U.S. fell in March.")


def test_trade_deliveries_are_no_aid():
    text = "German car deliveries to France doubled in May."
    assert "AID" not in _types(text)


def test_loans_held_are_no_aid():
    text = (
        "Canada's big banks will face pressure to declare their Mexican loans non-performing"
        " if U.S. banks do so, analysts said."
    )
    assert "AID" not in _types(text)


def test_a_siege_invested_is_no_aid():
    text = "Varnian troops crossed the river and invested Dornbirk in January."
    assert "AID" not in _types(text)


def test_aid_goods_delivered_stay_aid():  # guard: arms delivered to a party
    text = "Kestria delivered weapons to the Varnian army last month."
    assert "AID" in _types(text)


def test_a_loan_granted_stays_aid():  # guard: the verb grants it
    text = "The World Bank granted Varnia a $300 million loan on Thursday."
    assert "AID" in _types(text)


def test_a_shipment_of_weapons_stays_aid():  # guard: the goods' "of" object is arms
    text = "Kestria's shipment of weapons to the rebels arrived on Monday."
    assert "AID" in _types(text)


# one state's bodies working together, a client's work


def test_two_agencies_of_one_state_do_not_cooperate():
    text = "The Coast Guard is working with the Army Corps of Engineers on the cleanup."
    assert "COOPERATE" not in _types(text)


def test_two_ministries_do_not_cooperate():
    text = (
        "The ministry of health is cooperating with the ministry of education on the vaccine drive."
    )
    assert "COOPERATE" not in _types(text)


def test_a_consultant_working_for_a_ruler_is_no_cooperation():
    text = (
        "Campaign chief Ed Varga also worked with Philippine dictator Ferdinand Marcos"
        " in the 1980s."
    )
    assert "COOPERATE" not in _types(text)


def test_two_states_bodies_cooperate():  # guard: two countries' bodies
    text = (
        "The Varnian Interior Ministry is cooperating with the Kestrian police"
        " to catch the smugglers."
    )
    assert "COOPERATE" in _types(text)


def test_states_cooperate_on_a_task():  # guard
    assert "COOPERATE" in _types("Varnia is cooperating with Kestria on its nuclear programme.")


def test_an_agency_working_with_a_foreign_body_on_a_task_cooperates():  # guard
    assert "COOPERATE" in _types("The FBI is working with Interpol to track the suspect.")


# an approval of a thing


def test_a_regulator_approving_a_drug_agrees_to_nothing():
    text = (
        "The Food and Drug Administration has approved Orvan Labs' Tarexil"
        " as a treatment for some patients."
    )
    assert "AGREE" not in _types(text)


def test_a_plan_approved_is_agreed():  # guard
    text = "Varnia's parliament approved the ceasefire agreement with Kestria on Monday."
    assert "AGREE" in _types(text)


# a photo's caption


def test_a_caption_before_its_credit_tells_no_event():
    text = (
        "Dornbirk quiet after a week of marches\n"
        "Riot police fired tear gas at protesters in Dornbirk on Monday. (AP Photo/Jo Lee)\n"
        "The city was calm on Tuesday."
    )
    assert _types(text) == []


def test_a_story_after_a_credit_is_told():  # guard: the lead run into the credit's line
    text = (
        "Photograph: Jo Lee/Getty Images Riot police fired tear gas at protesters"
        " in Dornbirk on Monday."
    )
    assert "ASSAULT" in _types(text)


# access a party has or lacks


def _access_trigger(text: str):
    doc = parse(text)
    (token,) = [t for t in doc if t.lower_ == "access"]
    return trigger_of(token, load_lexicon())


def test_access_a_firm_lacks_is_no_release():
    text = "He said Orvan Telecom currently does not have access to Kestria but was working on it."
    assert "RETREAT" not in _types(text)
    assert _access_trigger(text) is None


def test_access_a_state_lacks_triggers_nothing():
    assert _access_trigger("Kestria lacks access to the Varnian ports, officials said.") is None


def test_access_granted_still_triggers():  # guard: an entry allowed is RETREAT access
    found = _access_trigger("Varnia granted the inspectors access to the site on Monday.")
    assert found is not None and (found.type, found.mode) == ("RETREAT", "access")
