"""Session 49 (events, parties): the place an attack known by its year struck is no doer
("Spain's 2004 train bombings killed 191 people": no one who attacked is named), and a list's
numbers and brackets are no words of a party's phrase ("detained (1) the union leaders and
(2) the students", as text or as a tokenized corpus writes the brackets). Guards keep a
state's own attacks and a count. Every sentence is written for these tests (real states where
the actor stage needs ones it knows)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2024, 5, 14)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# the place an attack known by its year struck


def test_a_place_struck_by_attacks_named_by_their_year_is_no_doer():
    text = "Spain's 2004 train bombings killed 191 people on four commuter trains."
    assert all(source != "Spain" for source, _ in _parties(text, "killed"))


def test_an_attack_named_by_its_year_and_its_doer_keeps_the_place_out():
    text = "Britain's 2005 bombings by four suicide attackers killed 52 people in London."
    assert all(source != "United Kingdom" for source, _ in _parties(text, "killed"))


def test_a_states_attacks_without_a_year_stay_its_own():
    # guard: "Russia's attacks" are attacks Russia made
    text = "Russia's attacks killed 19 civilians in Kharkiv."
    assert [source for source, _ in _parties(text, "killed")] == ["Russia"]


def test_a_states_dated_attack_on_a_place_stays_its_own():
    # guard: the one struck is named, so the possessive is the doer
    text = "Israel's 2014 attack on Gaza killed hundreds of civilians."
    assert [source for source, _ in _parties(text, "attack")] == ["Israel"]


# a list's numbers and brackets


def test_a_lists_next_number_is_cut_from_a_target():
    text = "Police detained (1) the union leaders and (2) the students on Monday."
    assert _parties(text, "detained") == [("Police", "the union leaders")]


def test_a_tokenized_lists_brackets_are_cut_from_a_target():
    text = "Police detained -LRB- 1 -RRB- the union leaders and -LRB- 2 -RRB- the students today."
    assert _parties(text, "detained") == [("Police", "the union leaders")]
