"""An article's text cut into runs for the page, each run carrying what covers it.

The Reading's parts - time expressions, actor mentions, quotes, event triggers and evidence -
are spans of the text that nest and overlap. The text is cut at every span boundary, and each
piece lists the kinds of span over it (for CSS) and their labels (for a tooltip); a piece that
begins a span carries that span's anchor, so that ``#E40`` scrolls to the event's evidence. The
template escapes each piece: the text is never trusted as HTML.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from dateline.model import Reading


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # timex, actor, quote, trigger, evidence, marked
    label: str
    anchor: str | None = None  # an element id for the first piece of the span


@dataclass
class Piece:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)


def reading_spans(reading: Reading, store_ids: dict[str, str], marked: str | None) -> list[Span]:
    """The spans to show of a Reading: ``store_ids`` maps ``E:<local id>``/``Q:<local id>`` to
    store ids; the evidence of event or quote ``marked`` is highlighted as the one asked for."""
    names = {actor.id: actor.name for actor in reading.actors}
    spans = [Span(t.start, t.end, "timex", f"time: {t.value}") for t in reading.timexes]
    for actor in reading.actors:
        where = f", {actor.country}" if actor.country else ""
        spans += [Span(m.start, m.end, "actor", f"actor: {actor.name}{where}")
                  for m in actor.mentions]  # fmt: skip
    for quote in reading.attributions:
        ident = store_ids.get(f"Q:{quote.id}", "")
        speaker = names.get(quote.speaker or "", "unknown speaker")
        spans.append(Span(quote.content.start, quote.content.end, "quote",
                          f"{ident} quote of {speaker}", anchor=ident or None))  # fmt: skip
        if ident and ident == marked:
            spans.append(Span(quote.content.start, quote.content.end, "marked", ident))
    for event in reading.events:
        ident = store_ids.get(f"E:{event.id}", "")
        who = f"{names.get(event.source or '', '?')} → {names.get(event.target or '', '?')}"
        label = f"{ident} {event.type} {who}"
        spans.append(Span(event.trigger.start, event.trigger.end, "trigger", label))
        spans.append(Span(event.evidence.start, event.evidence.end, "evidence", label,
                          anchor=ident or None))  # fmt: skip
        if ident and ident == marked:
            spans.append(Span(event.evidence.start, event.evidence.end, "marked", ident))
    return spans


def pieces(text: str, spans: Iterable[Span]) -> list[Piece]:
    """``text`` cut at every boundary of ``spans``; a span outside the text is left out."""
    by_start = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)),
                      key=lambda s: s.start)  # fmt: skip
    cuts = sorted({0, len(text), *(s.start for s in by_start), *(s.end for s in by_start)})
    out, active, waiting = [], [], iter(by_start)
    upcoming = next(waiting, None)
    for start, end in pairwise(cuts):
        while upcoming is not None and upcoming.start <= start:
            active.append(upcoming)
            upcoming = next(waiting, None)
        # every span end is a cut: a span still open at ``start`` covers the whole piece
        active = [s for s in active if s.end > start]
        out.append(
            Piece(
                text=text[start:end],
                kinds=sorted({s.kind for s in active}),
                labels=list(dict.fromkeys(s.label for s in active)),
                anchors=[s.anchor for s in active if s.anchor and s.start == start],
            )
        )
    return out
