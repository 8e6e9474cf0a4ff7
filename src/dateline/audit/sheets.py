"""Judging sheets and verdict files, both CSV.

A judging sheet holds a sample with everything a judge reads (sentence, coded fields) and empty
``verdict`` and ``reason`` columns; it is written with a byte-order mark so that spreadsheet
programs read it as UTF-8. A verdict file is what the repository keeps: the keys of judged
records and their verdicts, no article text. A key is the article's content hash (the store
keeps it; it does not change when the article is ingested again, unlike the store's ids), the
record's offsets in the article, and a digest of the judged fields (``coded``): once the coder
codes the record differently, the old verdict no longer applies and the record is asked again.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline.audit.kinds import AuditError, Kind, kind_of
from dateline.store.queries import Record

Key = tuple[str, ...]


@dataclass(frozen=True)
class Judged:
    """One row of a sheet or verdict file; ``verdict`` is None while not yet judged."""

    key: Key
    group: str  # the event type, or the quote speaker's kind
    verdict: str | None
    reason: str
    row: dict[str, str]  # the row as read (the verdict file's columns at least)


def key_of(row: Record, kind: Kind) -> Key:
    return tuple(str(row[column]) for column in kind.key_columns)


def write_sheet(path: Path, kind: Kind, records: Sequence[Record]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(kind.columns))
        writer.writeheader()
        writer.writerows({c: record.get(c) for c in kind.columns} for record in records)


def _read(path: Path) -> tuple[Kind, list[Judged]]:
    try:
        return _read_rows(path)
    except UnicodeDecodeError:
        raise AuditError(f"{path}: not UTF-8 text (save the sheet as CSV UTF-8)") from None
    except csv.Error as error:
        raise AuditError(f"{path}: not a CSV file ({error})") from None


def _read_rows(path: Path) -> tuple[Kind, list[Judged]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        kind = kind_of(list(reader.fieldnames or []), str(path))
        rows = []
        for row in reader:
            value = (row["verdict"] or "").strip().lower()
            if value and value not in kind.verdicts:
                raise AuditError(
                    f"{path}, line {reader.line_num}: unknown verdict {row['verdict']!r} "
                    f"({kind.name} take {', '.join(kind.verdicts)})"
                )
            rows.append(
                Judged(
                    key=key_of(row, kind),
                    group=row[kind.group] or "-",
                    verdict=value or None,
                    reason=(row["reason"] or "").strip(),
                    row=row,
                )
            )
    return kind, rows


def read_judged(paths: Iterable[Path]) -> tuple[Kind, list[Judged]]:
    """The rows of sheets or verdict files of one kind; a record in several counts once (its
    last verdict given)."""
    kind: Kind | None = None
    by_key: dict[Key, Judged] = {}
    for path in paths:
        found, rows = _read(path)
        if kind is not None and found is not kind:
            raise AuditError(f"{path}: holds {found.name}, the files before it {kind.name}")
        kind = found
        for row in rows:
            if row.verdict is not None or row.key not in by_key:
                by_key[row.key] = row
    if kind is None:
        raise AuditError("no sheet or verdict file given")
    return kind, list(by_key.values())


def prefill(records: list[Record], kind: Kind, verdict_file: Path) -> int:
    """Fill the verdicts of the records already judged in ``verdict_file``; how many were."""
    found, rows = _read(verdict_file)
    if found is not kind:
        raise AuditError(f"{verdict_file}: holds verdicts on {found.name}, not {kind.name}")
    known = {row.key: row for row in rows if row.verdict is not None}
    filled = 0
    for record in records:
        judged = known.get(key_of(record, kind))
        if judged is not None:
            record["verdict"], record["reason"] = judged.verdict, judged.reason
            filled += 1
    return filled


def save_verdicts(path: Path, kind: Kind, judged: Iterable[Judged]) -> tuple[int, int]:
    """Merge the judged rows into the verdict file at ``path`` (created if absent): a record
    judged again takes its new verdict. Returns (rows in the file, rows new to it)."""
    rows: dict[Key, dict[str, str]] = {}
    if path.exists():
        found, kept = _read(path)
        if found is not kind:
            raise AuditError(f"{path}: holds verdicts on {found.name}, not {kind.name}")
        rows = {row.key: row.row for row in kept}
    before = len(rows)
    for row in judged:
        if row.verdict is not None:
            rows[row.key] = {**row.row, "verdict": row.verdict, "reason": row.reason}
    ordered = sorted(
        rows.values(),
        key=lambda r: (r["article_id"], r["article_hash"], int(r[kind.span[0]])),
    )
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=list(kind.verdict_columns), extrasaction="ignore",
            lineterminator="\n",
        )  # fmt: skip
        writer.writeheader()
        writer.writerows(ordered)
    return len(ordered), len(ordered) - before
