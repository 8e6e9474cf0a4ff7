"""Hand-made event cases: recall on hard wordings of real events, and false events on sentences
that only look like events (``data/event_cases.toml``, written for dateline; its header says
the format).

Each sentence is read alone, as an article published on the file's date, through the normal
pipeline (``dateline.pipeline.read``). An event case is found when the sentence yields any
event, and found with its type when one of the events has one of the accepted types; its source
and target are checked on that event when the case names them. A non-event sentence is a false
event sentence when it yields any event that its ``allowed`` types and ``not_source`` do not
excuse.

``dateline eval event-cases [FILE]`` prints one line per case and ends with
``SUMMARY recall=.. type_recall=.. non_event_sentences=.. false_event_sentences=..``.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import DatelineError
from dateline.event_lexicon import load_lexicon
from dateline.model import Article, Event, Reading

CASES = Path(__file__).parent / "data" / "event_cases.toml"


class CaseFileError(DatelineError, ValueError):
    pass


@dataclass(frozen=True)
class EventCase:
    id: str
    pattern: str
    text: str
    types: tuple[str, ...]
    # words the source contains (any of them); ("",): no source; None: not checked
    source: tuple[str, ...] | None
    target: tuple[str, ...] | None


@dataclass(frozen=True)
class NonEventCase:
    id: str
    pattern: str
    text: str
    allowed: tuple[str, ...]
    not_source: tuple[str, ...]


@dataclass(frozen=True)
class CaseSet:
    published: dt.date
    events: tuple[EventCase, ...]
    non_events: tuple[NonEventCase, ...]


def _types(values: object, where: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise CaseFileError(f"{where}: expected a list of PLOVER types")
    plover = load_lexicon().quad_class  # the 16 PLOVER types, each with its quad class
    unknown = [v for v in values if v not in plover]
    if unknown:
        raise CaseFileError(f"{where}: not a PLOVER type: {', '.join(unknown)}")
    return tuple(values)


def _words(value: object, where: str) -> tuple[str, ...] | None:
    """A role's expected words: a string or a list of alternatives (None: not checked)."""
    if value is None:
        return None
    alternatives = [value] if isinstance(value, str) else value
    if not isinstance(alternatives, list) or not all(isinstance(v, str) for v in alternatives):
        raise CaseFileError(f"{where}: expected words or a list of alternatives")
    return tuple(alternatives)


def load_cases(path: Path = CASES) -> CaseSet:
    """The case file, checked: every case has an id (unique), a text, known types."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CaseFileError(f"{path}: {error}") from None
    try:
        published = dt.date.fromisoformat(str(data["published"]))
    except (KeyError, ValueError):
        raise CaseFileError(f'{path}: needs `published = "YYYY-MM-DD"`') from None
    seen: set[str] = set()
    events, non_events = [], []
    for table in ("event", "non_event"):
        for number, case in enumerate(data.get(table, []), 1):
            ident = case.get("id") or ""
            where = f"{path} [[{table}]] {ident or f'number {number}'}"
            if not ident or not case.get("text"):
                raise CaseFileError(f"{where}: needs an id and a text")
            if ident in seen:
                raise CaseFileError(f"{where}: the id is used twice")
            seen.add(ident)
            if table == "event":
                events.append(
                    EventCase(
                        ident, case.get("pattern", ""), case["text"],
                        _types(case.get("type"), f"{where}: type"),
                        _words(case.get("source"), f"{where}: source"),
                        _words(case.get("target"), f"{where}: target"),
                    )
                )  # fmt: skip
            else:
                non_events.append(
                    NonEventCase(
                        ident, case.get("pattern", ""), case["text"],
                        _types(case.get("allowed", []), f"{where}: allowed"),
                        tuple(case.get("not_source", [])),
                    )
                )  # fmt: skip
    return CaseSet(published, tuple(events), tuple(non_events))


def _names(reading: Reading, actor: str | None, phrase: str | None) -> list[str]:
    """What an event's role is called: its actor's name and aliases, and the phrase."""
    names = [phrase.lower()] if phrase else []
    found = reading.actor(actor)
    if found is not None:
        names += [found.name.lower(), *(alias.lower() for alias in found.aliases)]
    return names


def role_matches(reading: Reading, event: Event, role: str, expected: str) -> bool:
    phrase = getattr(event, f"{role}_phrase")
    names = _names(reading, getattr(event, role), phrase.text if phrase else None)
    if expected == "":
        return not names
    return any(expected.lower() in name for name in names)


def describe(reading: Reading, event: Event) -> str:
    def who(role: str) -> str:
        actor = reading.actor(getattr(event, role))
        phrase = getattr(event, f"{role}_phrase")
        return actor.name if actor else (phrase.text if phrase else "-")

    flags = [m for m in event.modality if m != "asserted"]
    extra = f" [{','.join(flags)}]" if flags else ""
    return f"{event.type} {who('source')}->{who('target')} '{event.trigger.text}'{extra}"


@dataclass(frozen=True)
class EventResult:
    case: EventCase
    found: bool
    typed: bool
    source_right: bool | None  # None: not checked
    target_right: bool | None
    got: tuple[str, ...]


@dataclass(frozen=True)
class NonEventResult:
    case: NonEventCase
    false_events: tuple[str, ...]
    got: tuple[str, ...]


def judge_event(case: EventCase, reading: Reading) -> EventResult:
    typed = [e for e in reading.events if e.type in case.types]
    # the arguments are checked on the best-coded event of an accepted type
    best = max(
        typed,
        key=lambda e: sum(
            any(role_matches(reading, e, role, words) for words in expected)
            for role, expected in (("source", case.source), ("target", case.target))
            if expected is not None
        ),
        default=None,
    )

    def check(role: str, expected: tuple[str, ...] | None) -> bool | None:
        if expected is None:
            return None
        return best is not None and any(role_matches(reading, best, role, w) for w in expected)

    return EventResult(
        case, bool(reading.events), bool(typed), check("source", case.source),
        check("target", case.target), tuple(describe(reading, e) for e in reading.events),
    )  # fmt: skip


def judge_non_event(case: NonEventCase, reading: Reading) -> NonEventResult:
    def excused(event: Event) -> bool:
        return event.type in case.allowed and not any(
            role_matches(reading, event, "source", words) for words in case.not_source
        )

    return NonEventResult(
        case,
        tuple(describe(reading, e) for e in reading.events if not excused(e)),
        tuple(describe(reading, e) for e in reading.events),
    )


def run_cases(cases: CaseSet) -> tuple[list[EventResult], list[NonEventResult]]:
    from dateline.pipeline import read

    def reading(ident: str, text: str) -> Reading:
        return read(Article(id=ident, text=text, published=cases.published))

    return (
        [judge_event(c, reading(c.id, c.text)) for c in cases.events],
        [judge_non_event(c, reading(c.id, c.text)) for c in cases.non_events],
    )


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def report(events: list[EventResult], non_events: list[NonEventResult]) -> list[str]:
    lines = ["events (found / type / source / target: + right, - wrong, . not checked)"]
    mark = {True: "+", False: "-", None: "."}
    for r in events:
        marks = "".join(mark[v] for v in (r.found, r.typed, r.source_right, r.target_right))
        want = "|".join(r.case.types)
        lines.append(f"  {marks} {r.case.id:<28} want {want:<16} got {'; '.join(r.got) or '-'}")
    lines += ["", "non-events (x: yielded a false event)"]
    for r in non_events:
        flag = "x" if r.false_events else " "
        lines.append(f"  {flag} {r.case.id:<28} got {'; '.join(r.got) or '-'}")
    by_pattern: dict[str, list[EventResult]] = {}
    for r in events:
        by_pattern.setdefault(r.case.pattern, []).append(r)
    lines += ["", f"{'pattern':<40}{'cases':>6}{'found':>7}{'typed':>7}"]
    for pattern, results in sorted(by_pattern.items()):
        found = sum(r.found for r in results)
        typed = sum(r.typed for r in results)
        lines.append(f"{pattern:<40}{len(results):>6}{found:>7}{typed:>7}")
    found = sum(r.found for r in events)
    typed = sum(r.typed for r in events)
    sources = [r.source_right for r in events if r.source_right is not None]
    targets = [r.target_right for r in events if r.target_right is not None]
    false = sum(bool(r.false_events) for r in non_events)
    lines += [
        "",
        f"event sentences {len(events)}: found {found}, with the type {typed}; "
        f"source right {sum(sources)}/{len(sources)}, target right {sum(targets)}/{len(targets)}",
        f"non-event sentences {len(non_events)}: {false} yielded a false event",
        f"SUMMARY recall={_share(found, len(events))} type_recall={_share(typed, len(events))} "
        f"source_right={_share(sum(sources), len(sources))} "
        f"target_right={_share(sum(targets), len(targets))} "
        f"non_event_sentences={len(non_events)} false_event_sentences={false}",
    ]
    return lines


def run_event_cases(path: Path = CASES) -> int:
    """``dateline eval event-cases``: the per-case lines and the SUMMARY; an exit code."""
    for line in report(*run_cases(load_cases(path))):
        print(line)
    return 0
