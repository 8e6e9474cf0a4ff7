"""The corpus commands of ``dateline``: ingest, the query views, show and export.

Registered on the main typer app by ``register(app)``. Heavy imports stay inside the commands so
that ``dateline --help`` stays fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from dateline.corpus.queries import Filters, QueryError, Record
from dateline.input_options import DateFieldOption, EncodingOption, MaxCharsOption, TextFieldOption

out = Console()
err = Console(stderr=True)

DEFAULT_DB = Path("dateline.db")
DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the records as JSON.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print the records as CSV.")]
LimitOption = Annotated[int, typer.Option(help="At most this many rows (0: all).")]
DuplicatesOption = Annotated[
    bool, typer.Option("--with-duplicates", help="Include near-duplicate articles.")
]
SinceOption = Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")]
# the event filters shared by `timeline` and `events`
EventActorOption = Annotated[str | None, typer.Option(help="Source or target name contains.")]
EventTypeOption = Annotated[str | None, typer.Option(help="PLOVER type(s), comma-separated.")]
EventCountryOption = Annotated[str | None, typer.Option(help="Source or target country.")]
EvidenceQueryOption = Annotated[
    str | None, typer.Option("--query", "-q", help="Words in the evidence.")
]

EVENT_COLUMNS = [
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


def _open(db: Path) -> sqlite3.Connection:
    from dateline.corpus.schema import connect

    if not db.exists():
        err.print(f"[red]error[/red] no store at {db} (create one with `dateline ingest`)")
        raise typer.Exit(2)
    return connect(db)


def _emit(
    records: Sequence[Record],
    title: str,
    columns: Sequence[tuple[str, str, int]],
    as_json: bool,
    as_csv: bool,
) -> None:
    from dateline.corpus.render import print_table, write_csv, write_json

    if as_json:
        write_json(records)
    elif as_csv:
        write_csv(records)
    else:
        print_table(out, title, records, columns)


def _query(run: Callable[[], Sequence[Record]]) -> Sequence[Record]:
    try:
        return run()
    except QueryError as error:
        err.print(f"[red]error[/red] {error}", highlight=False)
        raise typer.Exit(2) from None


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
    batch_size: Annotated[int, typer.Option(help="Articles per batch and transaction.")] = 32,
    date: Annotated[
        str | None, typer.Option(help="Publication date for text or pages that state none.")
    ] = None,
    text_field: TextFieldOption = "text",
    date_field: DateFieldOption = "date",
    encoding: EncodingOption = "utf-8",
    max_chars: MaxCharsOption = 1_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
) -> None:
    """Read articles into the store; rerun after an interruption to resume."""
    from dateline.corpus.ingest import ingest as run_ingest
    from dateline.ingest import Fields, count_records
    from dateline.ingest.base import RejectedInput, parse_date

    try:
        published = parse_date(date) if date else None
    except RejectedInput as error:
        raise typer.BadParameter(str(error), param_hint="--date") from None
    bar = None if quiet else _Bar()
    try:
        report = run_ingest(
            db,
            sources,
            workers=workers,
            batch_size=batch_size,
            date=published,
            fields=Fields(text=text_field, date=date_field),
            encoding=encoding,
            max_chars=max_chars,
            total=None if quiet else count_records(sources, encoding),
            progress=bar,
        )
    except KeyboardInterrupt:
        err.print("interrupted: every committed batch is kept; rerun the command to resume")
        raise typer.Exit(130) from None
    finally:
        if bar:
            bar.stop()
    connection = _open(db)
    for record, reason in connection.execute(
        "SELECT record, reason FROM rejected WHERE run = ? ORDER BY id LIMIT 20", [report.run]
    ):
        err.print(
            f"[red]rejected[/red] {escape(record)}: {escape(reason)}",
            highlight=False,
            soft_wrap=True,
        )
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
    from dateline.corpus import queries

    if summary:
        from dateline.stories.commands import print_summary_timeline

        print_summary_timeline(db, topic, actor, dates, since, until, as_json)
        return
    filters = Filters(actor, type, country, since, until, query, None, with_duplicates, limit)
    records = _query(lambda: queries.timeline(_open(db), filters))
    _emit(records if as_json or as_csv else _event_view(records), "Timeline", EVENT_COLUMNS,
          as_json, as_csv)  # fmt: skip


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
    from dateline.corpus import queries

    def run() -> Sequence[Record]:
        number = queries.parse_id(article)[1] if article else None
        filters = Filters(actor, type, country, since, until, query, number, with_duplicates, limit)
        return queries.events(_open(db), filters)

    columns = [*EVENT_COLUMNS[:5], ("trigger", "trigger", 14), *EVENT_COLUMNS[5:]]
    records = _query(run)
    _emit(records if as_json or as_csv else _event_view(records), "Events", columns,
          as_json, as_csv)  # fmt: skip


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Speaker name contains.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Words said.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 100,
    with_duplicates: DuplicatesOption = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Who said what, across the store."""
    from dateline.corpus import queries

    filters = Filters(
        actor=speaker, text=query, since=since, until=until,
        include_duplicates=with_duplicates, limit=limit,
    )  # fmt: skip
    records = _query(lambda: queries.quotes(_open(db), filters))
    columns = [
        ("id", "id", 7),
        ("published", "published", 10),
        ("speaker", "speaker", 24),
        ("kind", "kind", 12),
        ("said", "content", 80),
        ("article", "article", 7),
    ]
    _emit(records, "Quotes", columns, as_json, as_csv)


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
    from dateline.corpus import queries

    records = _query(
        lambda: queries.actors(_open(db), name, country, with_duplicates, limit or None)
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
    _emit(records, "Actors", columns, as_json, as_csv)


def search(
    text: Annotated[str, typer.Argument(help="Words that must all occur.")],
    db: DbOption = DEFAULT_DB,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Full-text search over article text, quotes and event evidence."""
    from dateline.corpus import queries

    records = _query(lambda: queries.search(_open(db), text, limit or 1_000_000))
    columns = [
        ("kind", "kind", 7),
        ("id", "id", 7),
        ("published", "published", 10),
        ("match", "snippet", 80),
        ("article", "article", 7),
    ]
    _emit(records, f"Search {text!r}", columns, as_json, as_csv)


def show(
    ident: Annotated[
        str, typer.Argument(help="An id: A12 (article), E40 (event), Q7 (quote), S3 (story).")
    ],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """An event or quote with its sentence, paragraph and article (or a whole article).

    An event or a story event (S3) is shown with the accounts of its story.
    """
    from dateline.corpus import queries
    from dateline.corpus.render import print_record, write_json
    from dateline.stories.commands import print_story_accounts, show_story, story_with_accounts

    connection = _open(db)
    if ident.strip()[:1] in ("S", "s"):
        show_story(connection, ident, as_json)
        return
    record = _query(lambda: [queries.show(connection, ident)])[0]
    is_event = queries.parse_id(ident)[0] == "events"
    if as_json:
        story = story_with_accounts(connection, ident) if is_event else None
        write_json({**record, "story": story} if is_event else record)
    else:
        print_record(out, record, long_keys=("evidence", "content", "context", "text"))
        if is_event:
            print_story_accounts(out, connection, ident)


def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write one file per table into.")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="parquet, csv or jsonl.")] = "parquet",
) -> None:
    """Write the store's tables as Parquet, CSV or JSON Lines for pandas/polars/DuckDB."""
    from dateline.corpus.export import WRITERS
    from dateline.corpus.export import export as run_export

    if format not in WRITERS:
        raise typer.BadParameter(f"{format!r}: choose parquet, csv or jsonl", param_hint="--format")
    for path, rows in run_export(_open(db), out_dir, format).items():
        err.print(f"{path}: {rows} rows", highlight=False)


def register(app: typer.Typer) -> None:
    for command in (ingest, timeline, events, quotes, actors, search, show, export):
        app.command()(command)
