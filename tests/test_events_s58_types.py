"""Session 58 (types): a warning to one's own officials or public to act is advice, a place
or a seat contested by candidates is a campaign, a measure of one's own proposed to no party
is no agreement, and voters leaving a candidate concede nothing.

PLOVER codes as THREATEN "coercive or forceful warnings with serious potential repercussions"
(3.11) and as REQUEST the requests, demands and orders that are less forceful (3.8): a federal
agency warning its own election officials to tighten their security asks them to act, while a
warning to another state, to protesters, or one that names what follows stays a threat.
"Contest" is a challenge (ACCUSE, 3.9) when a ruling or a veto is contested, not when two
candidates contest a state or a party contests a seat in an election. AGREE is an offer or a
promise to cooperate with someone (3.3): a leader proposing more troops of his own offers
nothing to anyone, while a ceasefire or a truce proposed to the other side stays. Voters
abandoning a candidate, as a poll tells it, give up no position or demand (CONCEDE, 3.4). Every
sentence is written for these tests; the guards check the acts beside them stay."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2024, 5, 14)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


# a warning to one's own officials to act


def test_an_agency_warning_its_own_officials_to_act_is_a_request():
    text = (
        "The FBI on Monday warned election officials in Ohio to tighten security at polling "
        "stations."
    )
    assert _types(text) == ["REQUEST"]


def test_a_warning_to_another_states_officials_stays_a_threat():  # guard
    text = "The Pentagon on Monday warned Iranian officials to stop harassing American ships."
    assert _types(text) == ["THREATEN"]


def test_a_warning_to_protesters_stays_a_threat():  # guard
    text = "Police in Chicago on Monday warned the protesters to disperse."
    assert _types(text) == ["THREATEN"]


def test_a_warning_that_names_what_follows_stays_a_threat():  # guard
    text = (
        "The FBI on Monday warned election officials in Ohio to tighten security or face "
        "federal charges."
    )
    assert _types(text) == ["THREATEN"]


# a place contested in an election


def test_candidates_contesting_a_state_is_no_accusation():
    text = "Hillary Clinton and Donald Trump were heavily contesting Ohio on Monday."
    assert _types(text) == []


def test_a_candidate_contesting_a_state_is_no_accusation():
    assert _types("Hillary Clinton contested Florida on Monday.") == []


def test_a_veto_contested_in_court_stays_an_accusation():  # guard
    text = "Senator John Ames on Monday contested Governor Mary Stone's veto in court."
    assert _types(text) == ["ACCUSE"]


# a measure of one's own proposed to no party


def test_troops_proposed_to_no_party_are_no_agreement():
    text = "President Joe Biden on Monday proposed 5,000 more troops for Poland."
    assert _types(text) == []


def test_soldiers_proposed_to_no_party_are_no_agreement():
    text = "Chancellor Olaf Scholz on Monday proposed 3,000 more soldiers for Lithuania."
    assert _types(text) == []


def test_a_ceasefire_proposed_to_a_party_stays_an_agreement():  # guard
    assert _types("Russia on Monday proposed Ukraine a ceasefire.") == ["AGREE"]


def test_a_truce_proposed_to_a_leader_stays_an_agreement():  # guard
    text = "Vladimir Putin on Monday proposed a truce to Volodymyr Zelensky."
    assert _types(text) == ["AGREE"]


# voters leaving a party or a candidate


def test_people_abandoning_a_candidate_in_a_poll_concede_nothing():
    text = (
        "Many Americans abandoned Donald Trump in favour of Hillary Clinton last month, a poll "
        "found."
    )
    assert _types(text) == []


def test_a_party_abandoning_its_candidate_is_left_as_coded():  # guard: a body, not voters
    assert _types("The Republican Party abandoned Donald Trump on Monday.") == ["CONCEDE"]
