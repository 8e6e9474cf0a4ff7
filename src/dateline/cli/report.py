"""Showing a Reading to a person: a timeline of events, quotes by speaker, actors, times."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dateline.model import Event, Reading

BASIS_NOTE = {"timex": "", "attribution": " (when said)", "published": " (publication date)"}


def _name(reading: Reading, actor_id: str | None) -> str:
    actor = reading.actor(actor_id)
    return actor.name if actor else "—"


def _shorten(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def timeline_panel(reading: Reading) -> Panel:
    """Events in date order, each with who did it to whom and the words it came from."""

    def order(event: Event) -> tuple[str, int]:
        return (event.date or "", event.evidence.start)

    parts = []
    for event in sorted(reading.events, key=order):
        line = Text()
        line.append(f"{event.date or '?':<10}", style="bold cyan")
        line.append(BASIS_NOTE.get(event.date_basis or "", ""), style="dim")
        line.append("  " + event.type + (f"/{event.mode}" if event.mode else ""), style="bold")
        line.append(f"  {_name(reading, event.source)} → {_name(reading, event.target)}")
        if event.location:
            line.append(f"  in {event.location}")
        flags = [m for m in event.modality if m != "asserted"]
        if flags:
            line.append(f"  [{', '.join(flags)}]", style="yellow")
        parts.append(line)
        # indented as a block, so that wrapped lines stay under the event they belong to
        parts.append(Padding(Text(f"“{_shorten(event.evidence.text)}”", style="dim"), (0, 0, 0, 4)))
    return Panel(Group(*parts) if parts else Text("none"), title="Timeline of events")


def quotes_panel(reading: Reading) -> Panel:
    by_speaker: dict[str, list] = defaultdict(list)
    for attribution in reading.attributions:
        by_speaker[reading.speaker_name(attribution) or "—"].append(attribution)
    parts = []
    for speaker, attributions in by_speaker.items():
        parts.append(Text(speaker, style="bold"))
        for a in attributions:
            # a stated belief or support is told apart from what was said or written
            label = a.kind if a.mode == "speech" else f"{a.kind}, {a.mode}"
            line = Text(f"[{label}] ", style="dim")
            # a partial quotation's content carries its own quote marks
            line.append(f"“{a.words_said}”" if a.kind == "direct" else a.words_said)
            details = []
            if a.cue:
                details.append(f"cue: {a.cue.text}")
            if a.via:
                details.append("via " + ", ".join(_name(reading, v) for v in a.via))
            if a.said_on and a.said_on[:1].isdigit():  # a day, not "now" (PRESENT_REF)
                details.append(f"said {a.said_on}")
            if details:
                line.append("  (" + "; ".join(details) + ")", style="dim")
            parts.append(Padding(line, (0, 0, 0, 2)))
    return Panel(Group(*parts) if parts else Text("none"), title="Who said what")


def actors_table(reading: Reading) -> Table:
    table = Table(title="Actors")
    for column in ("name", "kind", "country", "role", "mentions"):
        table.add_column(column)
    for actor in sorted(reading.actors, key=lambda a: -len(a.mentions)):
        aliases = ", ".join(actor.aliases[:4])
        table.add_row(
            actor.name,
            actor.kind,
            actor.country or "",
            actor.role or "",
            f"{len(actor.mentions)}" + (f" ({aliases})" if aliases else ""),
        )
    return table


def times_table(reading: Reading) -> Table:
    table = Table(title="Time expressions")
    for column in ("text", "type", "value", "anchor"):
        table.add_column(column)
    for timex in reading.timexes:
        table.add_row(timex.text, timex.type, timex.value, timex.anchor or "")
    return table


def print_reading(reading: Reading, console: Console) -> None:
    article = reading.article
    published = article.published
    heading = f"{article.title or article.id}\npublished {published:%A} {published.isoformat()}"
    console.rule(f"[bold]{article.id}")
    console.print(heading)
    console.print(timeline_panel(reading))
    console.print(quotes_panel(reading))
    console.print(actors_table(reading))
    console.print(times_table(reading))
