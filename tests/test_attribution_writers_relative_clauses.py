"""The writer's relative clause after a name or a noun at the end of a report ("said the
delay helped Okafor, who needs no more votes") is no part of what was said; a relative clause
with no comma, or one inside the report, stays. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def test_a_relative_clause_after_a_name_at_the_end_is_the_writers() -> None:
    found, _ = attributions_of(
        "Ms. Lindqvist said the long recount had helped Okafor, who does not need the votes "
        "of the northern districts to win."
    )
    assert by_cue(found).content.text == "the long recount had helped Okafor"


def test_a_relative_clause_after_a_noun_at_the_end_is_the_writers() -> None:
    found, _ = attributions_of(
        "Farmers said new buyers had come to the market since March, when the old mill "
        "closed its doors for good."
    )
    assert by_cue(found).content.text == "new buyers had come to the market since March"


def test_a_relative_clause_without_a_comma_stays() -> None:
    found, _ = attributions_of(
        "Ms. Lindqvist said the council had sold the land that the school needed."
    )
    assert by_cue(found).content.text == "the council had sold the land that the school needed"
