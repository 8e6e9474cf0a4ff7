"""Session 43 (types): the right kind of event, and only events.

A case or a probe reopened is an investigation (ACCUSE), not the access a border reopened
gives; a naming verb whose predicate the parse lost ("called the trade deal a road to ruin")
calls nobody; an apology is a concession (PLOVER 3.3.2: regret or remorse is CONCEDE); an armed
force's defence of a party is military cooperation, and of a place no event; a side that
"pushed forward into" a country asks nothing; forces sent "to assist" are aid; troops
"committed" are sent; seeking peace is the intent to end a conflict (AGREE); a settlement of a
people or named by "of" is a place; sharing is cooperation only when knowledge is shared; an
"accused bomber" is who he is, no accusation. Every sentence is written for these tests; the
guards check that the acts beside them stay."""

import datetime as dt
from functools import partial

from dateline.events.triggers import _a_settled_place, _predicate_misread
from dateline.language import parse
from tests.stages import all_events_of, coded_events

PUBLISHED = dt.date(2016, 6, 15)

_coded = partial(coded_events, published=PUBLISHED)


def _types(text: str) -> set[str]:
    return {event_type for event_type, *_ in _coded(text)}


# a case reopened is an investigation


def test_a_case_reopened_is_an_investigation():
    text = "Prosecutors in Peru reopened the case against former President Alberto Fujimori."
    assert ("ACCUSE", "prosecutors", "alberto-fujimori", "reopened") in _coded(text)
    assert "RETREAT" not in _types(text)


def test_a_border_reopened_is_no_investigation():
    text = "Chile reopened its border with Bolivia on Tuesday."
    assert "ACCUSE" not in _types(text)


# a naming verb with its predicate misparsed


def test_a_deal_called_a_road_to_ruin_is_no_call():
    text = "Senator Ted Cruz called the Iran deal a road to ruin for America."
    assert "CONSULT" not in _types(text)


def test_the_misparse_is_read_as_a_predicate():
    doc = parse("Senator Ted Cruz called the Iran deal a road to ruin for America.")
    (called,) = [t for t in doc if t.lower_ == "called"]
    assert _predicate_misread(called)


def test_a_call_a_day_later_is_still_a_call():
    text = "Chancellor Angela Merkel called President Vladimir Putin a day after the vote."
    assert ("CONSULT", "angela-merkel", "vladimir-putin", "called") in _coded(text)
    doc = parse(text)
    (called,) = [t for t in doc if t.lower_ == "called"]
    assert not _predicate_misread(called)


def test_a_call_for_a_ban_is_no_predicate():
    doc = parse("Hillary Clinton called for a ban on assault weapons on Monday.")
    (called,) = [t for t in doc if t.lower_ == "called"]
    assert not _predicate_misread(called)


# an apology is a concession


def test_an_apology_is_a_concession():
    text = "Japan's prime minister apologized to South Korea on Tuesday for the wartime abuses."
    assert [t for t, _, _, word in _coded(text) if word == "apologized"] == ["CONCEDE"]


def test_an_apology_refused_stays_a_rejection():
    text = "Japan's prime minister refused to apologize to South Korea on Tuesday."
    assert "REJECT" in _types(text)
    assert "CONCEDE" not in _types(text)


# a force's defence


def test_troops_defending_a_government_cooperate():
    text = "Russian troops defended the government of Syria against the rebels on Tuesday."
    assert [t for t, *_ in _coded(text)] == ["COOPERATE"]


def test_troops_defending_a_city_support_no_one():
    text = "Syrian troops defended Aleppo against the rebels on Tuesday."
    assert _coded(text) == []


def test_a_senator_defending_a_decision_supports_it():
    text = "Senator Marco Rubio defended President Obama's decision on Tuesday."
    assert "COOPERATE" not in _types(text)
    assert "SUPPORT" in _types(text)


# a push forward


def test_forces_pushing_into_a_country_ask_nothing():
    text = "Allied forces broke through the lines on Tuesday and pushed forward into Kuwait."
    assert "REQUEST" not in _types(text)


def test_protesters_pushing_towards_a_ministry_protest():
    # the advance rule leaves people who protest to the protest rule, also through "who"
    text = (
        "Riot police fired water cannon at demonstrators who were pushing towards the "
        "Finance Ministry in Varnel on Tuesday."
    )
    assert "PROTEST" in _types(text)
    assert "REQUEST" not in _types(text)


def test_a_senator_pushing_the_president_asks_him():
    text = "Senator Marco Rubio pushed President Obama to sign the bill on Tuesday."
    assert ("REQUEST", "marco-rubio", "barack-obama", "pushed") in _coded(text)


# forces sent to help, troops committed


def test_police_sent_to_assist_are_aid():
    text = "The European Union is deploying 150 police officers to assist the Haitian police."
    assert "AID" in _types(text)
    assert "MOBILIZE" not in _types(text)


def test_troops_sent_with_no_purpose_stay_a_mobilization():
    text = "The United Nations sent 3,000 troops to Haiti on Tuesday."
    assert ("MOBILIZE", "united-nations", "haiti", "sent") in _coded(text)


def test_troops_committed_are_sent_not_promised():
    text = "Egypt, Syria and Morocco also committed ground troops to the force on Tuesday."
    types = _types(text)
    assert "MOBILIZE" in types
    assert "AGREE" not in types


# seeking peace


def test_peace_sought_is_an_intent_to_end_the_conflict():
    text = "Iraq's Saddam Hussein sought peace with Iran on Tuesday."
    assert ("AGREE", "saddam-hussein", "iran", "sought") in _coded(text)


def test_help_sought_stays_a_request():
    text = "Haiti sought help from the United States on Tuesday."
    assert "REQUEST" in _types(text)


# a settlement that is a place; sharing; an accused man


def test_a_settlement_of_a_people_is_a_place():
    text = "She went to her rabbi in the Israeli settlement of Ofra and told him about the threats."
    assert not [e for e in all_events_of(text, PUBLISHED) if e.trigger.text == "settlement"]


def test_a_settlement_named_by_of_is_a_place():
    doc = parse("He told the rabbi of the settlement of Beit El about the plan.")
    (settlement,) = [t for t in doc if t.lower_ == "settlement"]
    assert _a_settled_place(settlement)


def test_a_settlement_with_a_party_is_an_agreement():
    doc = parse("BP reached a settlement with the Justice Department on Tuesday.")
    (settlement,) = [t for t in doc if t.lower_ == "settlement"]
    assert not _a_settled_place(settlement)


def test_a_shared_religion_is_no_cooperation():
    text = "The Bosnian Muslims also share Islam with the ethnic Albanians."
    assert not [e for e in all_events_of(text, PUBLISHED) if e.type == "COOPERATE"]


def test_information_shared_is_cooperation():
    text = "Turkish officials shared information with Saudi Arabia on Tuesday."
    assert ("COOPERATE", "turkish-officials", "saudi-arabia", "shared") in _coded(text)


def test_an_accused_bomber_is_no_accusation():
    text = (
        "The FBI put fugitive Eric Rudolph and accused embassy bomber Khalid Omar on its most "
        "wanted list on Monday."
    )
    assert not [e for e in all_events_of(text, PUBLISHED) if e.trigger.text == "accused"]


def test_an_accused_bomber_before_his_name_is_no_accusation():
    text = "Police on Monday questioned the accused bomber Khalid Omar."
    assert not [e for e in all_events_of(text, PUBLISHED) if e.trigger.text == "accused"]


def test_an_accusation_made_stays():
    text = "The FBI accused Eric Rudolph of the bombing on Tuesday."
    assert ("ACCUSE", "federal-bureau-of-investigation", "eric-rudolph", "accused") in _coded(text)


# talks a promise "to be" a part of are still to come


def _modality(text: str, trigger: str) -> tuple[str, ...]:
    (event,) = [e for e in all_events_of(text, PUBLISHED) if e.trigger.text == trigger]
    return tuple(event.modality)


def test_talks_a_vow_to_be_a_broker_in_are_not_held():
    text = (
        "Donald Trump's vow to be an honest broker in talks between Israel and the "
        "Palestinians drew praise."
    )
    assert "future" in _modality(text, "talks")


def test_talks_one_was_present_at_were_held():
    text = "The envoy was present at the talks between Israel and the Palestinians on Monday."
    assert _modality(text, "talks") == ("asserted",)


def test_an_accusation_of_a_titled_rival_stays():
    text = (
        "Senator Marco Rubio praised the police and accused opposition leader Jeb Bush of lying "
        "on Monday."
    )
    assert "ACCUSE" in _types(text)
