"""Reading brat standoff annotation (``.ann`` files): text-bound annotations and events.

Only what gold attribution sets use: ``T`` lines (``T3<TAB>Content 115 290;300 310<TAB>text``,
possibly discontinuous) and ``E`` lines (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``).
Notes (``#``), attributes and relations are ignored. A malformed line is reported with its file
and line number and skipped; the rest of the file is still read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class TextBound:
    id: str
    label: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class BratEvent:
    """An event: its type, its trigger and its (role, text-bound id) arguments in file order."""

    id: str
    type: str
    trigger: str
    arguments: tuple[tuple[str, str], ...]


@dataclass
class Standoff:
    textbounds: dict[str, TextBound]
    events: list[BratEvent]
    problems: list[str]


def _textbound(fields: list[str]) -> TextBound:
    label, _, offsets = fields[1].partition(" ")
    spans = []
    for piece in offsets.split(";"):
        start, end = (int(number) for number in piece.split())
        if end < start:
            raise ValueError(f"span {start}-{end} ends before it starts")
        spans.append((start, end))
    return TextBound(fields[0], label, tuple(spans))


def _event(fields: list[str]) -> BratEvent:
    parts = [part.split(":", 1) for part in fields[1].split()]
    if not parts or any(len(part) != 2 for part in parts):
        raise ValueError("event arguments must be ROLE:ID")
    (kind, trigger), *arguments = parts
    return BratEvent(fields[0], kind, trigger, tuple((r, i) for r, i in arguments))


def parse_standoff(text: str, name: str = "<ann>") -> Standoff:
    """Parse the contents of one ``.ann`` file; ``name`` labels its problems."""
    standoff = Standoff({}, [], [])
    for number, line in enumerate(text.splitlines(), start=1):
        fields = line.split("\t")
        kind = fields[0][:1]
        if kind not in ("T", "E") or len(fields) < 2:
            continue  # notes, attributes, and continuation lines of a text field with a newline
        try:
            if kind == "T":
                bound = _textbound(fields)
                standoff.textbounds[bound.id] = bound
            else:
                standoff.events.append(_event(fields))
        except ValueError as error:
            standoff.problems.append(f"{name}:{number}: {error}: {line[:80]!r}")
    return standoff


def read_standoff(path: Path) -> Standoff:
    return parse_standoff(path.read_text(encoding="utf-8"), str(path))
