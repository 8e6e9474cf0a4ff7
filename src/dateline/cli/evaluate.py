"""``dateline eval`` (score dateline against gold data) and ``dateline train`` (fit its learned
parts). Each evaluation prints its tables and ends with one ``SUMMARY key=value ...`` line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.options import OptionError

eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True)
train_app = typer.Typer(help="Train dateline's learned components.", no_args_is_help=True)


@eval_app.command("timex")
def eval_timex(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold TimeML (.tml) files.")],
    system_dir: Annotated[
        Path | None,
        typer.Argument(help="Folder of system .tml files; omitted: run dateline itself."),
    ] = None,
    parse: Annotated[
        bool,
        typer.Option(help="Read tense from spaCy's parse, as the pipeline does (slower)."),
    ] = False,
) -> None:
    """TempEval-3 scores: strict/relaxed extent F1, type and value F1."""
    from dateline.evaluation.tempeval import run_eval_timex

    raise typer.Exit(run_eval_timex(gold_dir, system_dir, with_parse=parse))


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
        raise OptionError(f"--split: {split!r}: choose one of {', '.join(SPLITS)}")
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
    dev_only: Annotated[
        bool,
        typer.Option(help="Read only the development sample: the held-out one is not touched."),
    ] = False,
) -> None:
    """Actor identity and country for gold source spans of a hand-annotated sample."""
    from dateline.evaluation.actors import run_eval_actors

    raise typer.Exit(
        run_eval_actors(
            shared_data,
            cache=cache,
            show_errors=errors,
            corrections=corrections,
            dev_only=dev_only,
        )
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


@eval_app.command("event-cases")
def eval_event_cases(
    cases: Annotated[
        Path | None,
        typer.Argument(help="A case file (TOML); omitted: the shipped hand-made cases."),
    ] = None,
) -> None:
    """Recall on hard wordings of real events, false events on sentences that only look like
    events (hand-made cases)."""
    from dateline.evaluation.event_cases import CASES, run_event_cases

    raise typer.Exit(run_event_cases(cases or CASES))


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


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
    app.add_typer(train_app, name="train")
