"""What commands print: results on stdout (a rich table for people, JSON or CSV for programs),
messages on stderr (errors in one line)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from dateline.store.queries import Record

Columns = Sequence[tuple[str, str, int]]  # (heading, record key, max width)

out = Console()
err = Console(stderr=True)


def error(message: str, label: str = "error") -> None:
    """One line on stderr: ``error <message>`` (the message printed as written, not markup)."""
    err.print(f"[red]{label}[/red] {escape(message)}", highlight=False, soft_wrap=True)


def emit(
    records: Sequence[Record], title: str, columns: Columns, as_json: bool, as_csv: bool
) -> None:
    """The records as JSON, CSV, or a table of ``columns`` with ``title``."""
    if as_json:
        write_json(records)
    elif as_csv:
        write_csv(records)
    else:
        print_table(out, title, records, columns)


def shorten(value: Any, limit: int) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def write_csv(records: Sequence[Record]) -> None:
    if not records:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)


_SEPARATOR = " · "
# a column this wide holds running text (evidence, what was said): beneath the line in blocks
_TEXT_WIDTH = 40


def print_table(console: Console, title: str, records: Sequence[Record], columns: Columns) -> None:
    """The chosen columns of the records; long values are shortened (``--json`` has them whole).
    A console too narrow for the table's columns gets each record as a short block instead,
    so the longest text is not folded into a column a few letters wide."""
    if not records:
        console.print(f"{title}: nothing found")
        return
    rows = [
        [shorten(record.get(key), 2 * width) for _, key, width in columns] for record in records
    ]
    if console.width < _table_width(rows, columns):
        _print_blocks(console, title, records, columns)
        return
    table = Table(title=f"{title} ({len(records)})", title_justify="left")
    for heading, _, width in columns:
        table.add_column(heading, overflow="fold", max_width=width)
    for row in rows:
        # Text, not markup: "[cocoa]" in a snippet or "<I>" in wire copy must print as written
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)


def _table_width(rows: Sequence[Sequence[str]], columns: Columns) -> int:
    """The width the table needs to show each column at its full width (borders included)."""
    needed = 1
    for position, (heading, _, width) in enumerate(columns):
        longest = max(len(row[position]) for row in rows)
        needed += min(width, max(longest, len(heading))) + 3
    return needed


def _print_blocks(
    console: Console, title: str, records: Sequence[Record], columns: Columns
) -> None:
    """Each record as one line of its short fields, in the order a dim legend under the title
    gives, then its running text (the widest column, if it holds text) indented beneath."""
    widest = max(columns, key=lambda column: column[2])
    long_key = widest[1] if widest[2] >= _TEXT_WIDTH else None
    short = [(heading, key, width) for heading, key, width in columns if key != long_key]
    console.print(Text(f"{title} ({len(records)})", style="bold"))
    console.print(Text(_SEPARATOR.join(heading for heading, _, _ in short), style="dim"))
    for record in records:
        values = [shorten(record.get(key), 2 * width) or "–" for _, key, width in short]
        line = Text(values[0], style="bold")
        for value in values[1:]:
            line.append(_SEPARATOR, style="dim").append(value)
        console.print(line)
        text = shorten(record.get(long_key), 4 * widest[2]) if long_key else ""
        if text:
            console.print(Padding(Text(text), (0, 0, 0, 4), expand=False))


def print_record(console: Console, record: Record, long_keys: Sequence[str]) -> None:
    """One record as "key: value" lines, the long texts (``long_keys``) last and whole."""
    for key, value in record.items():
        if key not in long_keys and value not in (None, ""):
            console.print(Text.assemble((key, "bold"), f": {value}"))
    for key in long_keys:
        if record.get(key):
            console.print(Text.assemble("\n", (key, "bold"), f"\n{record[key]}"))
