"""Session 60 (helper s60-evforce): acts of force the coder missed.

A "with" object that is itself an act ("hit back at Russia's neighbour with air strikes") is
the means the act was done by, no party it was done to: the party after "at" is the target. A
state's seat, its capital or its presidential palace, named by the state's name or adjective
("Mali's presidential palace", "the Ukrainian capital"), stands for that state when force is
aimed at it, as a state's ship or embassy does. Every sentence is written for these tests; the
guards check that weather, words and places with no state named stay no event or keep theirs.
"""

import datetime as dt
from functools import partial

from tests.stages import coded_events, event_parties

PUBLISHED = dt.date(2026, 6, 10)

_coded = partial(coded_events, published=PUBLISHED)
_parties = partial(event_parties, published=PUBLISHED)


def _types(text: str, trigger: str) -> list[str]:
    return [kind for kind, _, _, word in _coded(text) if word == trigger]


# the means of an act is no party


def test_an_attack_with_air_strikes_is_aimed_at_the_party_after_at():
    text = "Russia hit back at Ukraine with air strikes on Tuesday."
    assert _types(text, "hit") == ["ASSAULT"]
    assert _parties(text, "hit") == [("Russia", "Ukraine")]


def test_an_attack_at_a_named_actor_with_air_strikes_keeps_its_target():
    # guard: the party after "at" is an actor, already the target before
    text = "Israel hit back at Hamas with air strikes on Tuesday."
    assert _parties(text, "hit") == [("Israel", "Hamas")]


def test_a_meeting_with_an_envoy_keeps_the_envoy():
    # guard: a "with" object that is no act stays the party met
    text = "Germany's foreign minister met with the Ukrainian envoy on Tuesday."
    assert [t for _, t in _parties(text, "met")] == ["Ukrainian envoy"]


# a state's seat stands for the state


def test_a_presidential_palace_attacked_is_the_state_s():
    text = "The rebels attacked Mali's presidential palace on Tuesday."
    assert _types(text, "attacked") == ["ASSAULT"]
    assert _parties(text, "attacked") == [("rebels", "Mali")]


def test_a_capital_attacked_by_troops_is_the_state_s():
    text = "Russian troops attacked the Ukrainian capital on Tuesday."
    assert _types(text, "attacked") == ["ASSAULT"]
    assert _parties(text, "attacked") == [("Russian troops", "Ukrainian")]


def test_a_palace_with_no_state_named_stays_no_event():
    # guard: no one holds the palace the sentence names
    assert _types("The rebels attacked the presidential palace on Tuesday.", "attacked") == []


def test_weather_hitting_a_capital_is_no_event():
    # guards: no actor acts
    assert _coded("Storms hit the Ukrainian capital on Tuesday.") == []
    assert _coded("The floods hit Mali's presidential palace on Tuesday.") == []


def test_an_attack_in_words_on_a_capital_s_mayor_is_no_assault():
    # guard: a speech, no force at the capital
    text = "The prime minister attacked the Ukrainian capital's mayor in a speech on Tuesday."
    assert "ASSAULT" not in _types(text, "attacked")


def test_a_march_on_a_palace_stays_a_protest():
    # guard: a palace of no state named is left to the protest's rules, as before
    text = "Thousands of protesters marched on the presidential palace on Tuesday."
    assert _types(text, "marched") == ["PROTEST"]
