"""The ``dateline`` command: thin, it parses arguments, calls the library, and prints."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dateline.corpus.commands import register as register_corpus_commands
from dateline.ingest import Fields, Rejected, read_sources
from dateline.ingest.base import RejectedInput, parse_date
from dateline.input_options import DateFieldOption, EncodingOption, MaxCharsOption, TextFieldOption
from dateline.stories.commands import register as register_story_commands

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
    max_chars: MaxCharsOption = 1_000_000,
    knowledge: Annotated[
        list[Path] | None,
        typer.Option(help="Your own known people/organisations (TOML, see docs/actors.md)."),
    ] = None,
) -> None:
    """Read articles: their time expressions, actors, quotes and events."""
    from dateline.actors import ActorRegistry, KnowledgeFileError, load_known
    from dateline.pipeline import ArticleTooLong, check_length, read_many
    from dateline.render import print_reading

    try:  # one registry for the run: an actor named in one file resolves in the next
        registry = ActorRegistry(load_known(knowledge or []))
    except KnowledgeFileError as error:
        err.print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None

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
    readings = list(read_many(articles, max_chars=max_chars, registry=registry))
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


@eval_app.command("quotes")
def eval_quotes(
    polnear_dir: Annotated[Path, typer.Argument(help="The PolNeAR folder (or its data folder).")],
    split: Annotated[str, typer.Option(help="train, dev or test.")] = "dev",
    cache: Annotated[
        Path | None, typer.Option(help="Folder to keep spaCy parses in between runs.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles.")] = None,
) -> None:
    """Quote attribution on PolNeAR: P/R/F1 for content, source and cue, direct and indirect."""
    from dateline.evaluation.polnear import SPLITS, run_eval_quotes

    if split not in SPLITS:
        raise typer.BadParameter(f"--split must be one of {', '.join(SPLITS)}")
    raise typer.Exit(run_eval_quotes(polnear_dir, split, cache, limit))


@eval_app.command("timelines")
def eval_timelines(
    t17_dir: Annotated[
        Path, typer.Argument(help="Timeline17 folder (articles.jsonl, gold_timelines.jsonl).")
    ],
    stopwords: Annotated[
        Path | None,
        typer.Option(help="ROUGE stopword file, one word a line (default: scikit-learn's)."),
    ] = None,
) -> None:
    """Timeline summarization: alignment ROUGE-1/2 F1 (many-to-one) and date F1."""
    from dateline.evaluation.timelines import run_eval_timelines

    raise typer.Exit(run_eval_timelines(t17_dir, stopwords))


@eval_app.command("actors")
def eval_actors(
    shared_data: Annotated[
        Path, typer.Argument(help="The shared data folder (holding quotes/polnear, events/plv).")
    ],
    cache: Annotated[
        Path | None, typer.Option(help="Folder to keep spaCy parses in between runs.")
    ] = None,
    errors: Annotated[bool, typer.Option(help="List the items resolved wrongly.")] = False,
    corrections: Annotated[
        int, typer.Option(help="Also count NER-label corrections on N Reuters-21578 stories.")
    ] = 0,
) -> None:
    """Actor identity and country for gold source spans of a hand-annotated sample."""
    from dateline.evaluation.actors import run_eval_actors

    raise typer.Exit(
        run_eval_actors(shared_data, cache=cache, show_errors=errors, corrections=corrections)
    )


@eval_app.command("events")
def eval_events(
    plv_dir: Annotated[Path, typer.Argument(help="The PLV folder (PLV_train.tsv, PLV_test.tsv).")],
    split: Annotated[str, typer.Option(help="test (the clean test rows) or dev.")] = "test",
    cache: Annotated[
        Path | None, typer.Option(help="Folder to keep spaCy parses in between runs.")
    ] = None,
    model: Annotated[
        Path | None, typer.Option(help="A trained event typer; omitted: train one now.")
    ] = None,
) -> None:
    """PLOVER event types on PLV: with gold source/target, and end to end."""
    from dateline.evaluation.plv import run_eval_events

    raise typer.Exit(run_eval_events(plv_dir, split, cache=cache, typer_path=model))


train_app = typer.Typer(help="Train dateline's learned components.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("events")
def train_events(
    plv_dir: Annotated[Path, typer.Argument(help="The PLV folder (PLV_train.tsv).")],
    out: Annotated[Path | None, typer.Option(help="Where to write the model.")] = None,
    cache: Annotated[
        Path | None, typer.Option(help="Folder to keep spaCy parses in between runs.")
    ] = None,
) -> None:
    """Fit the learned event typer on PLV train (seconds on CPU) and save its weights."""
    from dateline.evaluation.plv import train_typer_file
    from dateline.events.learned import default_path

    raise typer.Exit(train_typer_file(plv_dir, out or default_path(), cache))


register_corpus_commands(app)  # ingest, timeline, quotes, events, actors, search, show, export
register_story_commands(app)  # stories, accounts


def main() -> None:
    app()
