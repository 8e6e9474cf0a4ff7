"""Session 47 (types): a ruler's fall from power told with no one who brought it about, and
the legislature and the seats of an executive as bodies of one state.

PLOVER's manual has no place for a coercion by no one: a coup is the army's COERCE, a
resignation the ruler's RETREAT (3.7, resign), a crowd that brings a ruler down protests
(3.12). "The dictator was ousted in 1986", "the president was forced out of power after months
of turmoil" name none of them, and the record would show a COERCE by nobody. COOPERATE is
material cooperation of two parties (3.5): the White House working with Congress on a bill,
or the Treasury joining forces with the central bank, are the organs of one state running it.
A court that vacates a decision gives up no ground (RETREAT withdraw is "retreat from territory
or withdraw forces", 3.7). Every sentence is written for these tests; the guards check the
acts beside them stay."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2016, 6, 15)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


def _events(text: str):
    return read_event_text(text, PUBLISHED).events


# a fall from power with no doer


def test_a_ruler_forced_out_of_power_by_no_one_is_no_coercion():
    text = "President Marlow was forced out of power early in 2004, after months of turmoil."
    assert "COERCE" not in _types(text)


def test_a_ruler_ousted_by_no_one_is_no_coercion():
    assert "COERCE" not in _types("President Marlow was ousted in 1986.")


def test_a_king_stripped_of_his_crown_by_no_one_is_no_coercion():
    text = "The king had been stripped of his crown in 491 BC, and replaced with his cousin."
    assert "COERCE" not in _types(text)


def test_an_ouster_with_its_doer_stays():  # guard: the army is the one who coerced
    events = _events("The army ousted President Marlow in a coup on Monday.")
    assert [(e.type, e.source) for e in events] == [("COERCE", "army")]


def test_a_ruler_ousted_in_a_coup_stays():  # guard: a coup is a coercion, its doer unnamed
    assert "COERCE" in _types("Prime Minister Dalvo was ousted in a military coup in 2006.")


def test_a_removal_with_its_doer_stays():  # guard
    text = "The army removed President Marlow from power on Wednesday."
    assert "COERCE" in _types(text)


def test_a_protester_removed_from_an_event_stays():  # guard: no power lost, "remove" alone
    text = "As a protester was being removed from an event in Ostra, the candidate laughed."
    assert "COERCE" in _types(text)


def test_an_arrest_by_no_one_stays():  # guard: an arrest is an authority's act
    text = "Police said the former minister was arrested in Ostra on Monday."
    assert "COERCE" in _types(text)


# organs of one state


def test_the_executive_working_with_the_legislature_is_no_cooperation():
    text = "The White House is cooperating with Congress on the infrastructure bill."
    assert "COOPERATE" not in _types(text)


def test_a_treasury_joining_forces_with_its_central_bank_is_no_cooperation():
    text = "The Treasury joined forces with the Federal Reserve to calm the markets."
    assert "COOPERATE" not in _types(text)


def test_two_states_armies_joining_forces_stay():  # guard: two countries' forces
    text = "The Varnian army joined forces with Kestrian troops to fight the rebels."
    assert "COOPERATE" in _types(text)


def test_an_executive_working_with_a_foreign_government_stays():  # guard
    text = "The White House is working with the Kestrian government on the ceasefire."
    assert "COOPERATE" in _types(text)


# a paper withdrawn


def test_a_decision_vacated_is_no_withdrawal():
    text = (
        "Marlow Inc said the U.S. District Court in Boston reinstated its suit against Dalmer"
        " Corp, vacating an earlier court decision dismissing the suit."
    )
    assert "RETREAT" not in _types(text)


def test_a_town_vacated_stays_a_withdrawal():  # guard: ground given up
    assert "RETREAT" in _types("The rebels vacated the town on Monday.")
