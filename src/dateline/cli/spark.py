"""``dateline spark``: ingest's record computed by Apache Spark, as Parquet tables; ``dateline
load``: those tables into a store (``dateline.spark``, ``dateline.corpus.load``)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.options import (
    AllEventsOption,
    BatchSizeOption,
    DateFieldOption,
    DbOption,
    EncodingOption,
    EventLexiconOption,
    EventTyperOption,
    KnowledgeOption,
    MaxCharsOption,
    OptionError,
    TextFieldOption,
    date_option,
    read_config,
)
from dateline.cli.output import err
from dateline.config import BATCH_SIZE, MAX_CHARS


def spark(
    sources: Annotated[
        list[Path], typer.Argument(help="Files or folders: .txt, .jsonl, .csv, .parquet, ...")
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the Parquet tables into.")],
    master: Annotated[
        str, typer.Option(help="Spark master: local[N], or a cluster's (spark://, yarn, ...).")
    ] = "local[2]",
    date: Annotated[
        str | None, typer.Option(help="Publication date for text or pages that state none.")
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
    """Read articles on Apache Spark into Parquet tables: the record `ingest` gives."""
    from dateline.spark import require_pyspark

    require_pyspark()
    from dateline.ingest import Fields
    from dateline.spark.job import run, session, stop

    published = date_option(date, "--date")
    config = read_config(knowledge, event_lexicon, event_typer, max_chars, batch_size, all_events)
    # the job's steps and largest story components, without Spark's own client chatter
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("dateline: %(message)s"))
    logging.getLogger("dateline.spark").addHandler(handler)
    logging.getLogger("dateline.spark").setLevel(logging.INFO)
    spark_session = session(master)
    try:
        report = run(
            spark_session,
            sources,
            out,
            config=config,
            fields=Fields(text=text_field, date=date_field),
            date=published,
            encoding=encoding,
        )
    finally:
        stop(spark_session)
    err.print(
        f"{out}: {report.stored} stored ({report.near_duplicates} near-duplicates), "
        f"{report.skipped} repeated, {report.rejected} rejected (table `rejected`), "
        f"{report.seconds:.1f} s ({report.articles_per_s:.2f} articles/s); largest story "
        f"components: {', '.join(map(str, report.largest_components)) or '-'} mentions. "
        f"Next: dateline load {out} --db STORE",
        highlight=False,
        soft_wrap=True,
    )


def load(
    folder: Annotated[Path, typer.Argument(help="The --out folder of `dateline spark`.")],
    db: DbOption = Path("dateline.db"),
) -> None:
    """Load the tables of `dateline spark` into a new store (for timeline, stories, serve)."""
    from dateline.corpus.load import load as run_load

    if not folder.is_dir():
        raise OptionError(f"{folder}: no such folder")
    report = run_load(folder, db)
    counts = ", ".join(f"{rows} {table}" for table, rows in report.rows.items())
    err.print(f"{db}: loaded {counts}", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command()(spark)
    app.command()(load)
