"""Session 59 (events: only events, the right type): force vowed or threatened against a party.

PLOVER codes as THREATEN the threats of force, of coercion and of sanctions (3.11), and as
AGREE an offer or a promise to cooperate (3.3). A party vowing, pledging or promising to strike,
to retaliate against, to punish or to sanction another party threatens it: the coder read the
vow as an intention to cooperate (AGREE) or dropped it. A threat told with "threatened to"
and an act of force on a party the clause names was dropped by the trust gate as if its
target were only the nearest actor, and so was a threat of sanctions "against" a party. The
threatened act itself is not told as done and stays out. Every sentence is written for these
tests; the guards check that promises to help, to send aid or to fight a thing keep their
reading, and that troops a threat is to send are no target."""

import datetime as dt

from tests.stages import coded_events

PUBLISHED = dt.date(2024, 5, 14)


def _coded(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return coded_events(text, PUBLISHED)


# a vow of force against a party is a threat


def test_a_vow_to_retaliate_against_a_state_is_a_threat():
    text = "Iran on Monday vowed to retaliate against Israel for the raid."
    assert [(t, s, g) for t, s, g, _ in _coded(text)] == [("THREATEN", "iran", "israel")]


def test_a_vow_to_strike_an_armed_group_is_a_threat():
    text = "Israel on Thursday vowed to strike Hezbollah across the border."
    assert [(t, s, g) for t, s, g, _ in _coded(text)] == [("THREATEN", "israel", "hezbollah")]


def test_a_pledge_to_impose_sanctions_is_a_threat():
    text = "The United States on Monday pledged to impose new sanctions on Russia."
    assert [t for t, *_ in _coded(text)] == ["THREATEN"]


def test_a_vow_of_countermeasures_against_a_state_is_a_threat():
    text = "China on Monday vowed to take countermeasures against the United States."
    assert [t for t, *_ in _coded(text)] == ["THREATEN"]


# a threat of force on the party the threatened act names is kept


def test_a_threat_to_attack_a_party_is_kept():
    text = "Hamas on Sunday threatened to attack Israel."
    assert [(t, s, g) for t, s, g, _ in _coded(text)] == [("THREATEN", "hamas", "israel")]


def test_a_threat_to_retaliate_against_a_party_is_kept():
    text = "North Korea on Friday threatened to retaliate against South Korea."
    assert [(t, g) for t, _, g, _ in _coded(text)] == [("THREATEN", "south-korea")]


def test_a_threat_to_attack_troops_names_them_its_target():
    text = "The Taliban on Monday threatened to attack American troops in Afghanistan."
    assert [t for t, *_ in _coded(text)] == ["THREATEN"]


def test_sanctions_threatened_against_a_state_are_a_threat_to_it():
    text = "Russia on Monday threatened sanctions against Britain."
    assert [(t, g) for t, _, g, _ in _coded(text)] == [("THREATEN", "united-kingdom")]


# guards


def test_troops_a_threat_is_to_send_are_no_target():  # guard
    text = "Russia on Monday threatened to send troops to the border with Ukraine."
    assert not any("troops" in (g or "") for _, _, g, _ in _coded(text))


def test_a_pledge_to_help_a_state_stays_an_agreement():  # guard
    text = "President Biden on Monday pledged to help Ukraine."
    assert [t for t, *_ in _coded(text)] == ["AGREE"]


def test_a_pledge_to_send_aid_stays_an_agreement():  # guard
    text = "France on Monday pledged to send aid to Haiti."
    assert [t for t, *_ in _coded(text)] == ["AGREE"]


def test_a_vow_to_fight_a_thing_is_no_event():  # guard
    text = "The president on Monday vowed to fight corruption."
    assert _coded(text) == []


def test_steps_promised_for_trade_are_no_threat():  # guard
    text = "China on Monday promised to take steps to expand trade with Brazil."
    assert "THREATEN" not in [t for t, *_ in _coded(text)]
