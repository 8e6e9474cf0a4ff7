"""``dateline audit``: judging sheets drawn from a store (``audit events``, ``audit quotes``,
``audit actors``), and the precision of judged ones (``audit score``). See docs/audit.md."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.options import OptionError, QuoteModeOption, quote_mode_option
from dateline.cli.output import err, out

audit_app = typer.Typer(
    help="Judge a random sample of the coded record by hand, and score the verdicts.",
    no_args_is_help=True,
)

StoreArgument = Annotated[Path, typer.Argument(help="The store to draw from.")]
SampleOption = Annotated[int, typer.Option("--sample", help="How many records to draw.")]
SeedOption = Annotated[int, typer.Option("--seed", help="The seed of the draw (say it).")]
OutOption = Annotated[Path, typer.Option("--out", help="The judging sheet to write (CSV).")]
VerdictsOption = Annotated[
    Path | None,
    typer.Option(help="A verdict file: records judged there come with their verdict filled."),
]


def _write(
    kind_name: str,
    store: Path,
    size: int,
    seed: int,
    sheet: Path,
    verdicts: Path | None,
    event_type: str | None = None,
    quote_mode: str | None = None,
    actor_kind: str | None = None,
) -> None:
    from dateline.audit import KINDS, prefill, sample, write_sheet
    from dateline.store.schema import connect_read_only

    if size < 1:
        raise OptionError(f"--sample: {size}: draw at least one record")
    kind = KINDS[kind_name]
    db = connect_read_only(store)
    try:
        records, population = sample(db, kind, size, seed, event_type, quote_mode, actor_kind)
    finally:
        db.close()
    filled = prefill(records, kind, verdicts) if verdicts else 0
    write_sheet(sheet, kind, records)
    err.print(
        f"{sheet}: {len(records)} of {population} {kind.name} (seed {seed})"
        + (f", {filled} already judged in {verdicts}" if verdicts else ""),
        highlight=False,
        soft_wrap=True,
    )


@audit_app.command("events")
def audit_events(
    store: StoreArgument,
    out_sheet: OutOption,
    size: SampleOption = 60,
    seed: SeedOption = 1,
    type: Annotated[
        str | None, typer.Option("--type", help="Only these PLOVER types (comma-separated).")
    ] = None,
    verdicts: VerdictsOption = None,
) -> None:
    """A judging sheet of coded events: sentence, coded fields, empty verdict and reason."""
    _write("events", store, size, seed, out_sheet, verdicts, type)


@audit_app.command("quotes")
def audit_quotes(
    store: StoreArgument,
    out_sheet: OutOption,
    size: SampleOption = 60,
    seed: SeedOption = 1,
    mode: QuoteModeOption = "speech",
    verdicts: VerdictsOption = None,
) -> None:
    """A judging sheet of attributions: speaker, cue, content, empty verdict and reason. Drawn
    from what was said or written unless --mode asks for stances, unresolved speech or all."""
    _write("quotes", store, size, seed, out_sheet, verdicts, quote_mode=quote_mode_option(mode))


@audit_app.command("actors")
def audit_actors(
    store: StoreArgument,
    out_sheet: OutOption,
    size: SampleOption = 60,
    seed: SeedOption = 1,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind", help="Only these kinds: person, organisation, government, group, country."
        ),
    ] = None,
    verdicts: VerdictsOption = None,
) -> None:
    """A judging sheet of actor records: name, kind, country, role and sector, what was grouped
    under the actor and the sentences of its first mentions; empty verdict and reason."""
    _write("actors", store, size, seed, out_sheet, verdicts, actor_kind=kind)


@audit_app.command("score")
def audit_score(
    sheets: Annotated[
        list[Path], typer.Argument(help="Judged sheets or verdict files, all of one kind.")
    ],
    save: Annotated[
        Path | None,
        typer.Option(help="Merge the verdicts into this verdict file (keys only, no text)."),
    ] = None,
) -> None:
    """Precision = right / judged with a 95% Wilson interval, by verdict and by type (or kind)."""
    from dateline.audit import read_judged, save_verdicts, score

    kind, rows = read_judged(sheets)
    for line in score(kind, rows).lines():
        out.print(line, highlight=False, markup=False, soft_wrap=True)
    if save is not None:
        total, new = save_verdicts(save, kind, rows)
        err.print(f"{save}: {total} verdicts ({new} new)", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
