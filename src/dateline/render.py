"""Showing a Reading to a person: a timeline of events, quotes by speaker, actors, times."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dateline.model import Event, Reading

BASIS_NOTE = {"timex": "", "attribution": " (when said)", "published": " (publication date)"}


def _name(reading: Reading, actor_id: str | None) -> str:
    actor = reading.actor(actor_id)
    return actor.name if actor else "—"


def timeline_table(reading: Reading) -> Table:
    table = Table(title="Timeline of events", expand=True, show_lines=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True)
    table.add_column("who → whom")
    table.add_column("evidence", ratio=3)

    def order(event: Event) -> tuple[str, int]:
        return (event.date or "", event.evidence.start)

    for event in sorted(reading.events, key=order):
        what = event.type + (f"/{event.mode}" if event.mode else "")
        flags = [m for m in event.modality if m not in ("asserted",)]
        if flags:
            what += "\n" + ", ".join(flags)
        who = f"{_name(reading, event.source)} → {_name(reading, event.target)}"
        if event.location:
            who += f"\nin {event.location}"
        date = (event.date or "?") + BASIS_NOTE.get(event.date_basis or "", "")
        table.add_row(date, what, who, event.evidence.text)
    return table


def quotes_panel(reading: Reading) -> Panel:
    by_speaker: dict[str, list] = defaultdict(list)
    for attribution in reading.attributions:
        by_speaker[_name(reading, attribution.speaker)].append(attribution)
    parts = []
    for speaker, attributions in by_speaker.items():
        parts.append(Text(speaker, style="bold"))
        for a in attributions:
            line = Text("  ")
            line.append(f"[{a.kind}] ", style="dim")
            line.append(f"“{a.content.text}”" if a.kind in ("direct", "partial") else a.content.text)
            details = []
            if a.cue:
                details.append(f"cue: {a.cue.text}")
            if a.via:
                details.append("via " + ", ".join(_name(reading, v) for v in a.via))
            if a.said_on:
                details.append(f"said {a.said_on}")
            if details:
                line.append("  (" + "; ".join(details) + ")", style="dim")
            parts.append(line)
    return Panel(Group(*parts) if parts else Text("none"), title="Who said what")


def actors_table(reading: Reading) -> Table:
    table = Table(title="Actors")
    for column in ("name", "kind", "country", "role", "mentions"):
        table.add_column(column)
    for actor in sorted(reading.actors, key=lambda a: -len(a.mentions)):
        aliases = ", ".join(actor.aliases[:4])
        table.add_row(actor.name, actor.kind, actor.country or "", actor.role or "",
                      f"{len(actor.mentions)}" + (f" ({aliases})" if aliases else ""))
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
    console.print(timeline_table(reading))
    console.print(quotes_panel(reading))
    console.print(actors_table(reading))
    console.print(times_table(reading))

