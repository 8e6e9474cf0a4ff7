"""Sources and targets (issue 15, session 42): a group of envoys or officials "from" or "of" a
body acts for that body; an agentless passive in a clause of its own ("after the leader was
ousted") is no act of the subject of the clause it hangs on; a building visited (a hospital,
a factory) is no party consulted, though the actor stage names it; a release demanded of
people "held by" a party is asked of that party; "the decision by X to act" is X's act.
Sentences written for these tests; each test but the guards (marked) fails on the code
before."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    reading = read_event_text(text, PUBLISHED)
    return [(e.type, e.source, e.target, e.trigger.text) for e in reading.events]


def test_representatives_from_a_country_act_for_it() -> None:
    text = (
        "Representatives from Ghana met officials of the International Monetary Fund in Accra "
        "on Monday."
    )
    coded = [e for e in _events(text) if e[3] == "met"]
    assert coded and coded[0][0] == "CONSULT"
    assert coded[0][1] == "ghana"


def test_officials_of_a_body_met_are_that_body() -> None:
    text = (
        "Representatives from Ghana met officials of the International Monetary Fund in Accra "
        "on Monday."
    )
    coded = [e for e in _events(text) if e[3] == "met"]
    assert coded and coded[0][2] == "international-monetary-fund"


def test_officials_from_a_country_meeting_another() -> None:
    text = "Officials from Japan met U.S. negotiators in Tokyo on Monday."
    coded = [e for e in _events(text) if e[3] == "met"]
    assert coded and coded[0][1] == "japan"


def test_residents_of_a_place_stay_residents() -> None:  # guard
    text = "Residents of Gaza protested against Israel on Monday."
    for event in _events(text):
        assert event[1] != "gaza"


def test_passive_after_clause_is_not_the_main_subjects_act() -> None:
    text = "Bolivia held new elections after President Carlos Mesa was ousted in June."
    coded = [e for e in _events(text) if e[3] == "ousted"]
    # not Bolivia's act; and with no doer of its own a ruler's fall is no coercion by no one
    # (session 47: ``trust.fall_from_power``); the arrest test below keeps a doerless passive
    assert all(e[1] != "bolivia" for e in coded)
    assert not coded


def test_arrest_told_after_a_place_clause_has_no_doer_from_it() -> None:
    text = (
        "Protests spread across Ghana after opposition leader Kwame Mensah was arrested on Monday."
    )
    coded = [e for e in _events(text) if e[3] == "arrested"]
    assert coded, "the arrest is kept, with no doer named"
    assert coded[0][1] is None


def test_passive_with_its_agent_keeps_it() -> None:  # guard
    text = "Riots broke out in Kenya after the opposition leader was arrested by police on Monday."
    coded = [e for e in _events(text) if e[3] == "arrested"]
    assert coded and coded[0][1] == "police"


def test_conjoined_active_verb_keeps_the_shared_subject() -> None:  # guard
    text = "Soldiers seized power in Mali and arrested the president on Monday."
    coded = [e for e in _events(text) if e[3] == "arrested"]
    assert coded and coded[0][1] == "soldiers"


def test_hospital_visited_is_no_party() -> None:
    text = "Portugal's prime minister visited the Santa Maria Hospital in Lisbon on Tuesday."
    for event in _events(text):
        assert event[2] is None or "hospital" not in event[2]
    assert not [e for e in _events(text) if e[3] == "visited"]


def test_country_visited_stays_a_visit() -> None:  # guard
    text = "Portugal's prime minister visited Spain on Tuesday."
    coded = [e for e in _events(text) if e[3] == "visited"]
    assert coded and coded[0][0] == "CONSULT"


def test_release_demanded_of_the_captor() -> None:
    text = "Britain demanded the release of the sailors held by Iran on Monday."
    coded = [e for e in _events(text) if e[3] == "demanded"]
    assert coded and coded[0][0] == "REQUEST"
    assert coded[0][2] == "iran"


def test_release_called_for_of_the_kidnappers() -> None:
    text = (
        "The United Nations called for the release of the aid workers kidnapped by the "
        "Taliban on Monday."
    )
    coded = [e for e in _events(text) if e[3] == "called"]
    assert coded and coded[0][2] == "taliban"


def test_release_with_no_holder_named_gets_none() -> None:  # guard
    text = "The opposition demanded the release of the jailed activists on Tuesday."
    for event in _events(text):
        assert event[2] != "jailed-activists"


def test_decision_by_a_state_to_act_is_its_act() -> None:
    text = "The decision by Russia to expel the diplomats angered Britain on Monday."
    coded = [e for e in _events(text) if e[3] == "expel"]
    assert coded and coded[0][1] == "russia"


def test_decision_of_a_possessor_still_its_act() -> None:  # guard
    text = "Russia's decision to expel the diplomats angered Britain on Monday."
    coded = [e for e in _events(text) if e[3] == "expel"]
    assert coded and coded[0][1] == "russia"
