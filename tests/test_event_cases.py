"""The hand-made event case set and its runner: the file loads and is well formed, and the
scoring of a reading is right on readings built by hand (the coder's own results are reported
by `dateline eval event-cases`, not asserted here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.evaluation.event_cases import (
    CaseFileError,
    EventCase,
    NonEventCase,
    judge_event,
    judge_non_event,
    load_cases,
    report,
)
from dateline.model import Actor, Article, Event, Reading, TextSpan

TEXT = "A reporter says police arrested three students."


def _reading(*events: Event) -> Reading:
    article = Article(id="t", text=TEXT, published=dt.date(2024, 5, 14))
    actors = (
        Actor(id="a1", name="reporter", kind="person"),
        Actor(id="a2", name="police", kind="organisation"),
    )
    return Reading(article=article, actors=actors, events=events)


def _event(type: str, source: str | None, trigger: tuple[int, int] = (23, 31)) -> Event:
    span = TextSpan(start=trigger[0], end=trigger[1], text=TEXT[trigger[0] : trigger[1]])
    return Event(id="e1", type=type, source=source, trigger=span, evidence=span)


def test_the_shipped_cases_load_and_are_enough():
    cases = load_cases()
    assert len(cases.events) >= 40 and len(cases.non_events) >= 40
    assert len({c.id for c in (*cases.events, *cases.non_events)}) == (
        len(cases.events) + len(cases.non_events)
    )
    assert all(case.types for case in cases.events)


def test_an_event_case_is_found_typed_and_its_source_checked():
    case = EventCase("c", "p", TEXT, ("COERCE",), source=("cops", "police"), target=None)
    result = judge_event(case, _reading(_event("COERCE", "a2")))
    assert (result.found, result.typed, result.source_right, result.target_right) == (
        True, True, True, None,
    )  # fmt: skip
    wrong = judge_event(case, _reading(_event("ASSAULT", "a1")))
    assert (wrong.found, wrong.typed, wrong.source_right) == (True, False, False)
    agentless = EventCase("c", "p", TEXT, ("COERCE",), source=("",), target=None)
    assert judge_event(agentless, _reading(_event("COERCE", None))).source_right is True
    assert judge_event(agentless, _reading(_event("COERCE", "a2"))).source_right is False


def test_a_non_event_excuses_allowed_types_but_never_the_forbidden_source():
    case = NonEventCase("n", "p", TEXT, allowed=("COERCE",), not_source=("reporter",))
    assert not judge_non_event(case, _reading(_event("COERCE", "a2"))).false_events
    assert judge_non_event(case, _reading(_event("COERCE", "a1"))).false_events
    assert judge_non_event(case, _reading(_event("ASSAULT", "a2"))).false_events
    lines = report([], [judge_non_event(case, _reading(_event("ASSAULT", "a2")))])
    assert lines[-1].endswith("non_event_sentences=1 false_event_sentences=1")


def test_a_bad_case_file_is_refused_with_the_case_named(tmp_path: Path):
    bad = tmp_path / "cases.toml"
    bad.write_text(
        'published = "2024-05-14"\n[[event]]\nid = "x"\ntext = "Y."\ntype = ["FIGHT"]\n',
        encoding="utf-8",
    )
    with pytest.raises(CaseFileError, match=r"\[\[event\]\] x: type: not a PLOVER type: FIGHT"):
        load_cases(bad)
