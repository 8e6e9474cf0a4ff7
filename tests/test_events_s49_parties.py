"""Session 49 (events, parties): the place an attack known by its year struck is no doer
("Spain's 2004 train bombings killed 191 people": no one who attacked is named), and a list's
numbers and brackets are no words of a party's phrase ("detained (1) the union leaders and
(2) the students", as text or as a tokenized corpus writes the brackets), exiles a
nationality names are not their state ("two Cuban exile leaders"), and a bare "government" or
"opposition" with no country is the one the sentence names as leading it. Guards keep a
state's own attacks, its diplomats, a group the actor stage named, a government whose country
is known and a side with two leaders named. Every sentence is written for these
tests (real states where the actor stage needs ones it knows)."""

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


# a group a nationality sets apart from its state


def test_exiles_named_by_their_nationality_are_not_their_state():
    text = "Police arrested two Cuban exile leaders and 133 other people on Monday."
    ((source, target),) = _parties(text, "arrested")
    assert source == "Police" and target is not None and target != "Cuba"


def test_a_states_diplomats_stay_its_own():
    # guard: no word sets the diplomats apart from their state
    text = "Police arrested two Cuban diplomats on Monday."
    assert _parties(text, "arrested") == [("Police", "Cuban diplomats")]


def test_an_opposition_the_actor_stage_named_stays_named():
    # guard: the group's own actor, not the phrase
    text = "Syrian opposition leaders held talks with Turkish officials on Monday."
    assert _parties(text, "talks") == [("Syrian opposition", "Turkish officials")]


# a bare government or opposition and the one named as leading it


def test_a_bare_opposition_is_its_leader_named_in_the_sentence():
    text = (
        "Ayman Nour, the opposition leader, said the opposition had held talks with the"
        " government on Sunday."
    )
    assert [source for source, _ in _parties(text, "talks")] == ["Ayman Nour"]


def test_a_bare_government_led_by_a_prime_minister_is_his():
    text = (
        "The government, led by Prime Minister Abhisit Vejjajiva, offered talks to the"
        " protesters on Sunday."
    )
    assert [source for source, _ in _parties(text, "talks")] == ["Abhisit Vejjajiva"]


def test_a_government_with_its_country_stays():
    # guard: the actor stage already said whose government it is
    text = (
        "Thai Prime Minister Abhisit Vejjajiva spoke on television on Sunday. The government"
        " offered talks to the protesters."
    )
    assert [source for source, _ in _parties(text, "talks")] == ["government"]


def test_an_opposition_with_two_leaders_named_stays_as_it_was():
    # guard: one of two leaders named is not the side
    text = (
        "Opposition leader Ayman Nour and opposition leader Mohamed ElBaradei said the opposition"
        " had held talks with the government on Sunday."
    )
    assert [source for source, _ in _parties(text, "talks")] == ["opposition"]
