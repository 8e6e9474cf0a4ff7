"""Showing query results: a rich table for people, JSON or CSV for programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dateline.corpus.queries import Record


def shorten(value: Any, limit: int) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_json(records: Sequence[Record] | Record) -> None:
    sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")


def write_csv(records: Sequence[Record]) -> None:
    if not records:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)


def print_table(
    console: Console,
    title: str,
    records: Sequence[Record],
    columns: Sequence[tuple[str, str, int]],  # (heading, record key, max width)
) -> None:
    """The chosen columns of the records; long values are shortened (``--json`` has them whole)."""
    if not records:
        console.print(f"{title}: nothing found")
        return
    table = Table(title=f"{title} ({len(records)})", title_justify="left")
    for heading, _, width in columns:
        table.add_column(heading, overflow="fold", max_width=width)
    for record in records:
        # Text, not markup: "[cocoa]" in a snippet or "<I>" in wire copy must print as written
        table.add_row(*(Text(shorten(record.get(key), 2 * width)) for _, key, width in columns))
    console.print(table)


def print_record(console: Console, record: Record, long_keys: Sequence[str]) -> None:
    """One record as "key: value" lines, the long texts (``long_keys``) last and whole."""
    for key, value in record.items():
        if key not in long_keys and value not in (None, ""):
            console.print(Text.assemble((key, "bold"), f": {value}"))
    for key in long_keys:
        if record.get(key):
            console.print(Text.assemble("\n", (key, "bold"), f"\n{record[key]}"))
