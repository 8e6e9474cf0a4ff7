"""An act whose clause is placed a counted span before the clause it modifies is that span
before the head clause's day (issue 15, session 58): "The vote came three days after the
minister criticized the treaty", told of Friday's vote, puts the criticism on Tuesday, not on
the story's Friday, and not on the Monday of a clause inside its own ("... as troops shelled
the port on Monday", the shelling's day). Sentences written for these tests; the guards
(marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Friday is 2026-06-12, Tuesday 2026-06-09
LEAD = "Kestria's parliament approved the border treaty on Friday. "


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    return event.date or "", event.decided_by or ""


def test_an_act_three_days_before_the_news_is_counted_back() -> None:
    text = LEAD + "The vote came three days after Valdoria's minister criticized the treaty."
    day, why = dated(text, "criticized")
    assert day == "2026-06-09" and "three days before 'came'" in why


def test_a_day_of_a_clause_inside_the_placed_one_is_not_the_act_s() -> None:
    text = (
        LEAD + "The vote came three days after Valdoria's foreign minister criticized the treaty"
        " as Kestrian troops shelled the port on Monday."
    )
    assert dated(text, "criticized")[0] == "2026-06-09"
    assert dated(text, "shelled")[0] == "2026-06-08"  # guard: the shelling keeps its Monday


def test_a_day_of_the_placed_clause_itself_keeps_it() -> None:  # guard
    text = (
        LEAD + "The vote came three days after Valdoria's foreign minister criticized the treaty"
        " on Monday."
    )
    assert dated(text, "criticized")[0] == "2026-06-08"


def test_an_uncounted_span_is_not_counted() -> None:  # guard
    text = LEAD + "The vote came days after Valdoria's foreign minister criticized the treaty."
    _, why = dated(text, "criticized")
    assert "before 'came'" not in why


def test_a_head_with_its_own_day_counts_from_it() -> None:  # guard: the rule before this one
    text = "Police arrested three men on Friday, two days after protesters stormed the town hall."
    assert dated(text, "stormed")[0] == "2026-06-10"


def test_a_head_told_in_a_background_past_gives_no_count() -> None:  # guard
    text = (
        "In 2019 the two states fought a short war over the dam. The truce came two weeks after"
        " Valdorian troops attacked the port."
    )
    day, why = dated(text, "attacked")
    assert "before 'came'" not in why and day != "2026-05-29"


def test_an_act_a_counted_span_after_an_undated_head_is_not_counted() -> None:  # guard
    text = LEAD + "The minister resigned two days before Valdoria's army attacked the port."
    day, why = dated(text, "attacked")
    assert "after 'resigned'" not in why and day != "2026-06-14"


def test_a_story_day_named_by_the_inner_clause_gives_no_count() -> None:  # guard
    text = (
        "The vote came three days after Valdoria's minister criticized the treaty as troops"
        " shelled the port on Sunday."
    )
    _, why = dated(text, "criticized")
    assert "before 'came'" not in why
