"""The corpus commands: ``ingest``, the views of the store, ``show`` and ``export``.

Each view asks ``Corpus`` (the same queries as the Python API) and prints a table, or
``--json``/``--csv``. Heavy imports stay inside the commands so that ``dateline --help`` stays
fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.options import (
    DEFAULT_DB,
    AllEventsOption,
    BatchSizeOption,
    CsvOption,
    DateFieldOption,
    DbOption,
    DuplicatesOption,
    EncodingOption,
    EventActorOption,
    EventCountryOption,
    EventLexiconOption,
    EventTypeOption,
    EventTyperOption,
    EvidenceQueryOption,
    JsonOption,
    KnowledgeOption,
    LimitOption,
    MaxCharsOption,
    OptionError,
    QuoteModeOption,
    SinceOption,
    TextFieldOption,
    UntilOption,
    date_option,
    iso_date_option,
    open_corpus,
    quote_mode_option,
    read_config,
)
from dateline.cli.output import emit, err, error, out, write_json
from dateline.config import BATCH_SIZE, MAX_CHARS
from dateline.store.queries import Filters, Record

# the columns of the event tables: (heading, record key, max width)
EVENT_TABLE_COLUMNS = [
    ("id", "id", 7),
    ("date", "when", 12),
    ("type", "type", 12),
    ("source", "source", 22),
    ("target", "target", 22),
    ("flags", "flags", 12),
    ("evidence", "evidence", 70),
    ("article", "article", 7),
]
DATE_BASIS_NOTE = {"published": " (published)", "attribution": " (when said)"}


def _event_view(records: Sequence[Record]) -> list[Record]:
    """Events for the table: a date taken from elsewhere says so, and modality other than
    plainly asserted is shown as flags (``--json``/``--csv`` keep the stored columns)."""
    return [
        {
            **record,
            "when": (record["date"] or "?") + DATE_BASIS_NOTE.get(record["date_basis"] or "", ""),
            "flags": ", ".join(m for m in record["modality"].split(",") if m != "asserted"),
        }
        for record in records
    ]


class _Bar:
    """A rich progress bar fed by ``corpus.ingest``: articles/s, done/total, errors."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TimeElapsedColumn(),
            console=err,
        )
        self.task = self.progress.add_task("ingest", total=None, rate="-", errors=0)
        self.errors = 0

    def start(self, total: int | None) -> None:
        self.progress.update(self.task, total=total)
        self.progress.start()

    def advance(self, records: int, errors: int) -> None:
        self.errors += errors
        self.progress.advance(self.task, records)
        speed = self.progress.tasks[0].speed
        rate = f"{speed:.1f}" if speed else "-"
        self.progress.update(self.task, rate=rate, errors=self.errors)

    def stop(self) -> None:
        self.progress.stop()


def ingest(
    sources: Annotated[
        list[Path],
        typer.Argument(help="Files or folders: .txt, .jsonl, .csv, .parquet, .html, .rss/.atom"),
    ],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: one per core).")
    ] = None,
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
    allow_mixed_config: Annotated[
        bool,
        typer.Option(
            "--allow-mixed-config",
            help="Go on when the store holds articles read with other reading options.",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
) -> None:
    """Read articles into the store; rerun after an interruption to resume."""
    from dateline.corpus.ingest import ingest as run_ingest
    from dateline.ingest import Fields, count_records

    published = date_option(date, "--date")
    config = read_config(knowledge, event_lexicon, event_typer, max_chars, batch_size, all_events)
    bar = None if quiet else _Bar()
    try:
        report = run_ingest(
            db,
            sources,
            config=config,
            workers=workers,
            date=published,
            fields=Fields(text=text_field, date=date_field),
            encoding=encoding,
            allow_mixed_config=allow_mixed_config,
            total=None if quiet else count_records(sources, encoding),
            progress=bar,
        )
    except KeyboardInterrupt:
        err.print("interrupted: every committed batch is kept; rerun the command to resume")
        raise typer.Exit(130) from None
    finally:
        if bar:
            bar.stop()
    corpus = open_corpus(db)
    for record, reason in corpus.db.execute(
        "SELECT record, reason FROM rejected WHERE run = ? ORDER BY id LIMIT 20", [report.run]
    ):
        error(f"{record}: {reason}", label="rejected")
    if report.rejected > 20:
        err.print(f"… and {report.rejected - 20} more (table `rejected`, run {report.run})")
    err.print(
        f"{db}: {report.stored} stored ({report.near_duplicates} near-duplicates), "
        f"{report.skipped} already stored, {report.rejected} rejected, "
        f"{report.seconds:.1f} s ({report.articles_per_s:.1f} articles/s, "
        f"{report.workers} workers)",
        highlight=False,
        soft_wrap=True,
    )


def _filters(
    actor: str | None,
    type: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    query: str | None,
    with_duplicates: bool,
    limit: int,
    article: int | None = None,
) -> Filters:
    return Filters(
        actor=actor,
        type=type,
        country=country,
        since=iso_date_option(since, "--since"),
        until=iso_date_option(until, "--until"),
        text=query,
        article=article,
        include_duplicates=with_duplicates,
        limit=limit,
    )


def timeline(
    db: DbOption = DEFAULT_DB,
    actor: EventActorOption = None,
    type: EventTypeOption = None,
    country: EventCountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    query: EvidenceQueryOption = None,
    limit: LimitOption = 100,
    with_duplicates: DuplicatesOption = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="A summary: top dates, 1-3 sentences each.")
    ] = False,
    topic: Annotated[
        str | None, typer.Option(help="--summary: articles about these words.")
    ] = None,
    dates: Annotated[int, typer.Option(help="--summary: how many dates.")] = 10,
) -> None:
    """Events across the store in the order they happened (--summary: a summary timeline)."""
    corpus = open_corpus(db)
    if summary:
        from dateline.cli.stories import print_summary

        entries = corpus.summary(
            topic=topic,
            actor=actor,
            dates=dates,
            since=date_option(since, "--since"),
            until=date_option(until, "--until"),
        )
        print_summary(entries, as_json)
        return
    filters = _filters(actor, type, country, since, until, query, with_duplicates, limit)
    records = corpus.timeline(**vars(filters))
    shown = records if as_json or as_csv else _event_view(records)
    emit(shown, "Timeline", EVENT_TABLE_COLUMNS, as_json, as_csv)


def events(
    db: DbOption = DEFAULT_DB,
    article: Annotated[str | None, typer.Option(help="Only this article (A12).")] = None,
    actor: EventActorOption = None,
    type: EventTypeOption = None,
    country: EventCountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    query: EvidenceQueryOption = None,
    limit: LimitOption = 100,
    with_duplicates: DuplicatesOption = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Events as stored, article by article."""
    from dateline.store.queries import parse_id

    number = parse_id(article)[1] if article else None
    filters = _filters(actor, type, country, since, until, query, with_duplicates, limit, number)
    records = open_corpus(db).events(**vars(filters))
    columns = [*EVENT_TABLE_COLUMNS[:5], ("trigger", "trigger", 14), *EVENT_TABLE_COLUMNS[5:]]
    shown = records if as_json or as_csv else _event_view(records)
    emit(shown, "Events", columns, as_json, as_csv)


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Speaker name contains.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Words said.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    mode: QuoteModeOption = "speech",
    limit: LimitOption = 100,
    with_duplicates: DuplicatesOption = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Who said what, across the store (what was said or written, unless --mode asks for
    stances: beliefs, hopes, support)."""
    quote_mode_option(mode)  # a one-line error for a word that is no mode
    filters = _filters(speaker, None, None, since, until, query, with_duplicates, limit)
    records = open_corpus(db).quotes(**(vars(filters) | {"mode": mode}))
    columns = [
        ("id", "id", 7),
        ("published", "published", 10),
        ("speaker", "speaker", 24),
        ("kind", "kind", 12),
        ("mode", "mode", 6),
        ("said", "content", 80),
        ("article", "article", 7),
    ]
    emit(records, "Quotes", columns, as_json, as_csv)


def actors(
    db: DbOption = DEFAULT_DB,
    name: Annotated[str | None, typer.Option(help="Name contains.")] = None,
    country: Annotated[str | None, typer.Option(help="Country.")] = None,
    limit: LimitOption = 100,
    with_duplicates: DuplicatesOption = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Actors across the store, most widely reported first."""
    records = open_corpus(db).actors(
        name=name, country=country, include_duplicates=with_duplicates, limit=limit or None
    )
    columns = [
        ("name", "name", 30),
        ("kind", "kind", 12),
        ("country", "country", 8),
        ("articles", "articles", 8),
        ("mentions", "mentions", 8),
        ("as source", "events_as_source", 9),
        ("as target", "events_as_target", 9),
        ("quotes", "quotes", 6),
    ]
    emit(records, "Actors", columns, as_json, as_csv)


def search(
    text: Annotated[str, typer.Argument(help="Words that must all occur.")],
    db: DbOption = DEFAULT_DB,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Full-text search over article text, quotes and event evidence."""
    records = open_corpus(db).search(text, limit=limit or 1_000_000)
    columns = [
        ("kind", "kind", 7),
        ("id", "id", 7),
        ("published", "published", 10),
        ("match", "snippet", 80),
        ("article", "article", 7),
    ]
    emit(records, f"Search {text!r}", columns, as_json, as_csv)


def show(
    ident: Annotated[
        str, typer.Argument(help="An id: A12 (article), E40 (event), Q7 (quote), S3 (story).")
    ],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """An event or quote with its sentence, paragraph and article (or a whole article).

    An event says why it exists (``decided_by``: the lexicon entry and the rules that decided
    it); an event or a story event (S3) is shown with the accounts of its story.
    """
    from dateline.cli.output import print_record
    from dateline.cli.stories import print_story, story_or_none
    from dateline.store.queries import parse_id

    corpus = open_corpus(db)
    if ident.strip()[:1] in ("S", "s"):
        print_story(corpus.story(ident), as_json)
        return
    record = corpus.show(ident)
    is_event = parse_id(ident)[0] == "events"
    story = story_or_none(corpus, ident) if is_event else None
    if as_json:
        write_json({**record, "story": story} if is_event else record)
        return
    print_record(out, record, long_keys=("evidence", "content", "context", "text", "decided_by"))
    if is_event:
        print_story(story, as_json=False, ident=ident, short=True)


def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write one file per table into.")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="parquet, csv or jsonl.")] = "parquet",
) -> None:
    """Write the store's tables as Parquet, CSV or JSON Lines for pandas/polars/DuckDB."""
    from dateline.store.export import WRITERS

    if format not in WRITERS:
        raise OptionError(f"--format: {format!r}: choose parquet, csv or jsonl")
    for path, rows in open_corpus(db).export(out_dir, format).items():
        err.print(f"{path}: {rows} rows", highlight=False)


def register(app: typer.Typer) -> None:
    for command in (ingest, timeline, events, quotes, actors, search, show, export):
        app.command()(command)
