"""An attack its own words show was said, not done by force, is criticism (issue 15, session 60):
a state's or a government's party no longer makes "hit back at Kestria, calling its claims
baseless", "attacked Valdoria, calling its leaders liars" or "attacked Valdoria's plan" an
assault. The words are a saying clause of the verb's own, the setting it was said in, or an
object that is what a party said or decided. A cue of force in the sentence, and a state's
attack told with nothing of words, keep the assault. The kept events (past the trust gate) are
tested. Sentences written for these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import coded_events

WEDNESDAY = dt.date(2026, 6, 10)


def _types(text: str, trigger: str) -> list[str]:
    """The types of the kept events told by ``trigger``."""
    return [kind for kind, _, _, word in coded_events(text, WEDNESDAY) if word == trigger]


def test_hitting_back_with_a_saying_clause_is_criticism() -> None:
    text = "Kestria's prime minister hit back at Valdoria on Tuesday, calling its claims baseless."
    assert _types(text, "hit") == ["ACCUSE"]


def test_an_attack_with_a_naming_clause_is_criticism() -> None:
    text = "Kestria's government attacked Valdoria on Tuesday, calling its leaders liars."
    assert _types(text, "attacked") == ["ACCUSE"]


def test_an_attack_on_a_party_plan_is_criticism() -> None:
    text = "Kestria's defence minister attacked Valdoria's plan to build the dam on Tuesday."
    assert _types(text, "attacked") == ["ACCUSE"]


def test_an_attack_on_a_government_budget_is_no_assault() -> None:
    text = "The Valdorian opposition leader attacked the government's budget on Tuesday."
    assert "ASSAULT" not in _types(text, "attacked")


def test_guard_a_state_attacking_a_state_is_still_force() -> None:
    assert _types("Kestria attacked Valdoria on Tuesday.", "attacked") == ["ASSAULT"]


def test_guard_a_cue_of_force_outweighs_a_saying_clause() -> None:
    text = (
        "Kestrian troops hit back at the rebels on Tuesday, killing six fighters, officials said."
    )
    assert _types(text, "hit") == ["ASSAULT"]


def test_guard_a_retaliation_against_sanctions_is_left_as_it_was() -> None:
    assert _types("Kestria hit back at Valdoria's sanctions on Tuesday.", "hit") == ["ASSAULT"]
