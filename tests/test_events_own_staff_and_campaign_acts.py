"""Acts that look like events between parties but are an office's own work or a campaign's:
an order, a briefing or an exchange with one's own aide or deputy; a candidate's appeal to
voters; money donated to a politician; "seeks to" do something; a point conceded in a debate; a
negated present that states a standing policy; a third party's merit assured. And a merit
"recognized" is praise (SUPPORT), not agreement. Every sentence is written for these tests; the
guards check that the real acts beside them stay."""

import datetime as dt

from tests.stages import all_events_of, coded_events, event_triggers, read_event_text

PUBLISHED = dt.date(2026, 6, 10)


_coded = coded_events


_triggers = event_triggers


def test_asking_ones_own_aide_is_no_request():
    text = "In a June 2019 memo, Mayor Dren Maro asks his aide Pia Lund to copy the budget."
    assert "asks" not in _triggers(text)
    # the gate drops it: the coder still drafts it
    assert [e for e in all_events_of(text, PUBLISHED) if e.trigger.text == "asks"]


def test_exchange_with_ones_own_chief_of_staff_is_no_cooperation():
    text = (
        "In one exchange between Senator Ruth Alvey and her chief of staff Cal Denton in May "
        "2018, Denton sends a memo."
    )
    assert "exchange" not in _triggers(text)


def test_meeting_ones_own_chief_of_staff_is_no_consultation():
    # dropped on main too (its target found no actor): a guard for the staff named beside it
    text = "Governor Dren Maro met his chief of staff, Cal Denton, on Wednesday."
    assert not [e for e in read_event_text(text).events if e.type == "CONSULT"]


def test_meeting_another_states_deputy_minister_stays():
    coded = _coded("Governor Dren Maro met Valdoria's deputy trade minister on Wednesday.")
    assert [c for c in coded if c[0] == "CONSULT" and c[1] == "dren-maro"]


def test_appeal_to_voters_is_a_campaign_not_a_request():
    text = "Senator Ruth Alvey urged Iowa voters to back her in the caucus on Thursday."
    assert not [e for e in read_event_text(text).events if e.type == "REQUEST"]
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "REQUEST"]


def test_request_to_a_ministry_stays():
    coded = _coded("Senator Ruth Alvey called on the ministry to open an inquiry on Thursday.")
    assert [c for c in coded if c[0] == "REQUEST" and c[1] == "ruth-alvey"]


def test_seeking_to_do_is_an_attempt_not_a_request():
    # the misspelt verb after "to" is read as a noun: the parse gives no clause to "seeks"
    text = "Kestria seeks to reassures Valdoria."
    assert not [e for e in read_event_text(text).events if e.type == "REQUEST"]
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "REQUEST"]


def test_a_point_conceded_in_a_debate_is_no_concession():
    text = "Senator Ruth Alvey conceded the point to Governor Dren Maro during Thursday's debate."
    assert not [e for e in read_event_text(text).events if e.type == "CONCEDE"]
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "CONCEDE"]


def test_a_negated_present_is_a_standing_policy():
    text = "The Kestrian ministry said Kestria does not cooperate with juntas that seize power."
    assert not [e for e in read_event_text(text).events if e.type == "COOPERATE"]
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "COOPERATE"]


def test_a_negated_past_act_stays_negated():
    # "did not": an act said not to have happened on a day, flagged, not a policy
    text = "Senator Ruth Alvey did not attack Governor Dren Maro on Thursday."
    found = [e for e in read_event_text(text).events if e.trigger.text == "attack"]
    assert found and "negated" in found[0].modality


def test_assuring_people_of_a_third_partys_merit_is_no_agreement():
    text = "Governor Dren Maro assured the Valdorian government that Senator Ruth Alvey was honest."
    assert not [e for e in read_event_text(text).events if e.type == "AGREE"]
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "AGREE"]


def test_assuring_a_state_of_ones_own_act_stays():
    text = "President Odo Vamp assured Kestria on Monday that he would withdraw the troops."
    assert [e for e in read_event_text(text).events if e.type == "AGREE"]


def test_a_merit_recognized_is_praise():
    coded = _coded("Senator Ruth Alvey recognized Governor Dren Maro's work on Thursday.")
    assert [c for c in coded if c[0] == "SUPPORT" and c[2] == "dren-maro"]
    assert not [c for c in coded if c[0] == "AGREE"]


def test_a_state_recognized_is_support():
    # session 44: PLOVER 3.3 puts "recognition of newly independent states, new governments"
    # under SUPPORT (CAMEO 054), no agreement
    coded = _coded("Kestria recognized Valdoria's independence on Thursday.")
    assert [c for c in coded if c[0] == "SUPPORT"]
    assert not [c for c in coded if c[0] == "AGREE"]


def test_force_said_in_an_interview_is_words():
    text = "Governor Dren Maro hit back at Kestria over the border killings in an interview."
    assert not [e for e in read_event_text(text).events if e.type == "ASSAULT"]
    assert [e for e in read_event_text(text).events if e.type == "ACCUSE"]


def test_an_attack_in_a_speech_is_an_accusation():
    coded = _coded("Senator Ruth Alvey attacked President Odo Vamp in a speech on police violence.")
    assert [c for c in coded if c[0] == "ACCUSE" and c[2] == "odo-vamp"]
    assert not [c for c in coded if c[0] == "ASSAULT"]


def test_an_attack_during_a_speech_stays_force():
    text = (
        "Rebels attacked the Kestrian army base in Darvo during the president's speech on Monday."
    )
    assert [e for e in read_event_text(text).events if e.type == "ASSAULT"]


def test_a_president_defending_his_own_government_is_no_support():
    text = (
        "French President Odo Vamp and his ministers defended the government's response to "
        "the floods on Monday."
    )
    assert not [e for e in read_event_text(text).events if e.type == "SUPPORT"]
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "SUPPORT"]


def test_an_opposition_leader_defending_the_government_stays():
    text = (
        "French opposition leader Lena Brask defended the government's response to the floods "
        "on Monday."
    )
    assert [e for e in read_event_text(text).events if e.type == "SUPPORT"]


def test_money_donated_to_a_politician_is_no_aid():
    text = "Many Greek Americans donated to Senator Ruth Alvey's campaign in 2014."
    assert not [e for e in read_event_text(text).events if e.type == "AID"]
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "AID"]
