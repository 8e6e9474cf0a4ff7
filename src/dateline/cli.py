"""The ``dateline`` command: thin, it parses arguments, calls the library, and prints."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dateline.ingest import Fields, Rejected, read_sources
from dateline.ingest.base import RejectedInput, parse_date

app = typer.Typer(
    help="Dated news articles in, a sourced, time-resolved record out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except RejectedInput as error:
        raise typer.BadParameter(str(error)) from None


@app.command()
def read(
    files: Annotated[
        list[Path], typer.Argument(help="Article files (.txt, .jsonl, .csv) or folders.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the Reading(s) as JSON.")] = False,
    date: Annotated[
        str | None, typer.Option(help="Publication date for plain text without a date line.")
    ] = None,
    text_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the text.")] = "text",
    date_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the date.")] = "date",
    encoding: Annotated[str, typer.Option(help="Text encoding of the input files.")] = "utf-8",
    max_chars: Annotated[int, typer.Option(help="Reject articles longer than this.")] = 1_000_000,
) -> None:
    """Read articles: their time expressions, actors, quotes and events."""
    from dateline.pipeline import ArticleTooLong, check_length, read_many
    from dateline.render import print_reading

    fields = Fields(text=text_field, date=date_field)
    articles, rejected = [], 0
    for item in read_sources(files, date=_date_option(date), fields=fields, encoding=encoding):
        if isinstance(item, Rejected):
            err.print(f"[red]error[/red] {item}", highlight=False, soft_wrap=True)
            rejected += 1
            continue
        try:
            check_length(item, max_chars)
        except ArticleTooLong as error:
            err.print(
                f"[red]error[/red] {item.source or item.id}: {error}",
                highlight=False,
                soft_wrap=True,
            )
            rejected += 1
            continue
        articles.append(item)
    readings = list(read_many(articles, max_chars=max_chars))
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


@eval_app.command("timex")
def eval_timex(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold TimeML (.tml) files.")],
    system_dir: Annotated[
        Path | None,
        typer.Argument(help="Folder of system .tml files; omitted: run dateline itself."),
    ] = None,
) -> None:
    """TempEval-3 scores: strict/relaxed extent F1, type and value F1."""
    from dateline.evaluation.tempeval import run_eval_timex

    raise typer.Exit(run_eval_timex(gold_dir, system_dir))


def main() -> None:
    app()
