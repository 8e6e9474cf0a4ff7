"""An attack its own words show was said, not done by force, is criticism (issue 15, session 60):
a state's or a government's party no longer makes "hit back at Kestria, calling its claims
baseless", "attacked the minister in an interview" or "attacked the government's budget" an
assault. The words are a saying clause of the verb's own, the setting it was said in, or an
object that is what a party said or decided. A cue of force in the sentence, and a state's
attack told with nothing of words, keep the assault. Sentences written for these tests; the
guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

WEDNESDAY = dt.date(2026, 6, 10)


def _types(text: str, trigger: str) -> list[str]:
    return [
        e.type for e in all_events_of(text, WEDNESDAY) if e.trigger and e.trigger.text == trigger
    ]


def test_hitting_back_with_a_saying_clause_is_criticism() -> None:
    text = "Kestria's prime minister hit back at Valdoria on Tuesday, calling its claims baseless."
    assert _types(text, "hit") == ["ACCUSE"]


def test_an_attack_in_an_interview_is_criticism() -> None:
    text = "Kestria's president attacked Valdoria in an interview on Tuesday."
    assert _types(text, "attacked") == ["ACCUSE"]


def test_an_attack_on_a_government_budget_is_criticism() -> None:
    text = "The Valdorian opposition leader attacked the government's budget on Tuesday."
    assert _types(text, "attacked") == ["ACCUSE"]


def test_guard_a_state_attacking_a_state_is_still_force() -> None:
    assert _types("Kestria attacked Valdoria on Tuesday.", "attacked") == ["ASSAULT"]


def test_guard_a_cue_of_force_outweighs_a_saying_clause() -> None:
    text = (
        "Kestrian troops hit back at the rebels on Tuesday, killing six fighters, officials said."
    )
    assert _types(text, "hit") == ["ASSAULT"]


def test_guard_a_retaliation_against_sanctions_is_left_as_it_was() -> None:
    text = "Kestria hit back at Valdoria's sanctions on Tuesday."
    assert _types(text, "hit") == ["ASSAULT"]
