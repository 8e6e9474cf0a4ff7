"""``dateline read``: articles in, their Readings out (a report for people, or ``--json``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.options import (
    AllEventsOption,
    BatchSizeOption,
    DateFieldOption,
    EncodingOption,
    EventLexiconOption,
    EventTyperOption,
    KnowledgeOption,
    MaxCharsOption,
    TextFieldOption,
    date_option,
    read_config,
)
from dateline.cli.output import err, error, out
from dateline.config import BATCH_SIZE, MAX_CHARS


def read(
    files: Annotated[
        list[Path],
        typer.Argument(help="Files or folders: .txt, .jsonl, .csv, .parquet, .html, .rss/.atom"),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the Reading(s) as JSON.")] = False,
    date: Annotated[
        str | None, typer.Option(help="Publication date for plain text without a date line.")
    ] = None,
    text_field: TextFieldOption = "text",
    date_field: DateFieldOption = "date",
    encoding: EncodingOption = "utf-8",
    knowledge: KnowledgeOption = None,
    event_lexicon: EventLexiconOption = None,
    event_typer: EventTyperOption = None,
    all_events: AllEventsOption = False,
    max_chars: MaxCharsOption = MAX_CHARS,
    batch_size: BatchSizeOption = BATCH_SIZE,
) -> None:
    """Read articles: their time expressions, actors, quotes and events."""
    from dateline.cli.report import print_reading
    from dateline.ingest import Fields, Rejected, read_sources
    from dateline.model import ArticleTooLong, check_length
    from dateline.pipeline import Reader, ready_to_read
    from dateline.text.languages import language_name, read_as_english

    reader = Reader(
        read_config(knowledge, event_lexicon, event_typer, max_chars, batch_size, all_events)
    )
    fields = Fields(text=text_field, date=date_field)
    articles, rejected = [], 0
    for item in read_sources(
        files, date=date_option(date, "--date"), fields=fields, encoding=encoding
    ):
        if isinstance(item, Rejected):
            error(str(item))
            rejected += 1
            continue
        try:
            check_length(item, max_chars)
        except ArticleTooLong as too_long:
            error(f"{item.source or item.id}: {too_long}")
            rejected += 1
            continue
        articles.append(item)
    if len(articles) > 1:  # many articles: read as an ingest worker reads them
        ready_to_read(reader)
    readings = list(reader.read_many(articles))
    for reading in readings:
        if not read_as_english(reading.language):
            article = reading.article
            err.print(
                f"{article.source or article.id}: written in {language_name(reading.language)},"
                " not English: dateline reads English only, so it found nothing in it",
                highlight=False,
                soft_wrap=True,
            )
    if as_json:
        payload = [r.model_dump(mode="json") for r in readings]
        sys.stdout.write(
            json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2)
            + "\n"
        )
    else:
        for reading in readings:
            print_reading(reading, out)
    if rejected:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(read)
