"""The options commands share, and turning them into what the library takes.

Reading options (``--knowledge``, ``--event-lexicon``, ...) build the one ``ReadConfig`` that
``dateline read`` and ``dateline ingest`` read with; input options say how files are read;
store options name and open the store. A value that makes no sense raises ``OptionError``, which
the command line prints as one line.
"""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dateline.config import ReadConfig
from dateline.errors import DatelineError
from dateline.ingest.base import RejectedInput, parse_date
from dateline.store.queries import QueryError, quote_mode

if TYPE_CHECKING:
    from dateline.corpus.api import Corpus


class OptionError(DatelineError, ValueError):
    pass


# -- reading: what `read` and `ingest` read with ----------------------------------------------

KnowledgeOption = Annotated[
    list[Path] | None,
    typer.Option(help="Your own known people/organisations (TOML, see docs/actors.md)."),
]
EventLexiconOption = Annotated[
    Path | None,
    typer.Option(help="A PLOVER trigger lexicon used instead of the shipped one (TOML)."),
]
EventTyperOption = Annotated[
    Path | None,
    typer.Option(help="A learned event typer (`dateline train events`) to re-type events."),
]
AllEventsOption = Annotated[
    bool,
    typer.Option(
        "--all-events",
        help="Keep the events the trust gate drops (more recall, far less precision).",
    ),
]
MaxCharsOption = Annotated[int, typer.Option(help="Reject articles longer than this.")]
BatchSizeOption = Annotated[
    int,
    typer.Option(help="Articles parsed together; actors named in one resolve in the next."),
]


def read_config(
    knowledge: list[Path] | None,
    event_lexicon: Path | None,
    event_typer: Path | None,
    max_chars: int,
    batch_size: int,
    all_events: bool = False,
) -> ReadConfig:
    return ReadConfig(
        knowledge=tuple(knowledge or ()),
        event_lexicon=event_lexicon,
        event_typer=event_typer,
        all_events=all_events,
        max_chars=max_chars,
        batch_size=batch_size,
    )


# -- input: how files are read ----------------------------------------------------------------

TextFieldOption = Annotated[str, typer.Option(help="JSONL/CSV/Parquet field holding the text.")]
DateFieldOption = Annotated[str, typer.Option(help="JSONL/CSV/Parquet field holding the date.")]


def _known_encoding(value: str) -> str:
    """The ``--encoding`` named, refused at once when Python knows no such codec (rather than
    file by file, or as a traceback from the first record)."""
    try:
        codecs.lookup(value)
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {value!r}") from None
    return value


EncodingOption = Annotated[
    str, typer.Option(help="Text encoding of the input files.", callback=_known_encoding)
]


def date_option(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option as a date; None stays None."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except RejectedInput as error:
        raise OptionError(f"{option}: {error}") from None


# -- the store and its views ------------------------------------------------------------------

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
QuoteModeOption = Annotated[
    str,
    typer.Option(
        "--mode",
        help="speech (what someone named or described said or wrote), stance (beliefs, hopes,"
        " support), unresolved (said by no one the text names) or all.",
    ),
]


def quote_mode_option(value: str) -> str | None:
    """The mode to narrow quotes to, None for all of them."""
    try:
        return quote_mode(value)
    except QueryError as error:
        raise OptionError(f"--mode: {error}") from None


EvidenceQueryOption = Annotated[
    str | None, typer.Option("--query", "-q", help="Words in the evidence.")
]


def iso_date_option(value: str | None, option: str) -> str | None:
    """A YYYY-MM-DD filter checked and written as the store writes dates."""
    day = date_option(value, option)
    return day.isoformat() if day else None


def open_corpus(db: Path) -> Corpus:
    """The store at ``db`` for a view: it must exist (a view never creates one)."""
    from dateline.corpus.api import Corpus

    if not db.exists():
        raise OptionError(f"no store at {db} (create one with `dateline ingest`)")
    return Corpus(db)
