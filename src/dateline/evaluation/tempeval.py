"""TempEval-3 Task A (TIMEX3) scoring, counted the way the official TE3 scorer counts.

* Text is split into word tokens (letters and digits in runs, every other non-space character a
  token of its own), and an expression stands for the tokens it touches.
* Relaxed match: a system and a gold expression share a token. Strict: they cover the same tokens.
* Precision = matched system expressions / system expressions, recall = matched gold expressions /
  gold expressions, each side counted on its own; counts are summed over all files (micro average).
* Type and value are judged on the relaxed matches of the gold expressions: attribute F1 =
  attribute accuracy x relaxed F1. The creation time (``t0``) is never scored.

``run_eval_timex`` is what ``dateline eval timex GOLD_DIR [SYSTEM_DIR]`` runs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from rich.console import Console
from rich.table import Table

from dateline.errors import DatelineError
from dateline.timex.timeml import TimeMLDocument, read_timeml

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_")
REFERENCE_SYSTEMS = {
    "HeidelTime (no POS)": "heideltime-nopos-platinum",
    "SUTime (no POS)": "sutime-nopos-platinum",
}


class Timex(Protocol):
    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class Counts:
    """Summed matching counts; add them over documents, then read off the scores."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_right: int = 0
    value_right: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f) + getattr(other, f) for f in self.__slots__))

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def _ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return self._ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return self._ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.type_right, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return self._ratio(self.value_right, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1


def tokens_of(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _TOKEN.finditer(text)]


def _token_sets(timexes: Sequence[Timex], tokens: list[tuple[int, int]]) -> list[frozenset[int]]:
    """The indices of the tokens each expression touches."""
    ends = [end for _, end in tokens]
    sets = []
    for timex in timexes:
        covered = []
        for i in range(bisect_right(ends, timex.start), len(tokens)):
            if tokens[i][0] >= timex.end:
                break
            covered.append(i)
        sets.append(frozenset(covered))
    return sets


def score_document(text: str, gold: Sequence[Timex], system: Sequence[Timex]) -> Counts:
    """Match the expressions of one document; the creation time must not be among them."""
    tokens = tokens_of(text)
    gold_sets = _token_sets(gold, tokens)
    system_sets = _token_sets(system, tokens)
    counts = Counts(gold=len(gold), system=len(system))
    for system_timex, system_tokens in zip(system, system_sets, strict=True):
        partners = [i for i, tokens in enumerate(gold_sets) if tokens & system_tokens]
        if not partners:
            continue
        counts.relaxed += 1
        counts.strict += any(gold_sets[i] == system_tokens for i in partners)
        # judged against the gold expression it overlaps most (the first one on a tie)
        best = max(partners, key=lambda i: len(gold_sets[i] & system_tokens))
        counts.type_right += system_timex.type == gold[best].type
        counts.value_right += system_timex.value == gold[best].value
    return counts


def _normalised_text(text: str) -> str:
    return " ".join(text.split())


class NoSystemOutput(DatelineError, FileNotFoundError):
    """A gold document with no system output to pair it with."""


def pair_documents(gold_dir: Path, system_dir: Path) -> list[tuple[TimeMLDocument, TimeMLDocument]]:
    """Gold and system documents side by side: by file name, else by identical text.

    Names of the same document sometimes differ in spelling between releases; their text does
    not, so a gold file without a same-named system file is paired with the one of equal text.
    """
    gold_docs = {path.name.split(".")[0]: read_timeml(path) for path in _timeml_files(gold_dir)}
    system_docs = {path.name.split(".")[0]: read_timeml(path) for path in _timeml_files(system_dir)}
    by_text = {_normalised_text(doc.text): name for name, doc in system_docs.items()}
    pairs = []
    for name, gold in sorted(gold_docs.items()):
        partner = name if name in system_docs else by_text.get(_normalised_text(gold.text))
        if partner is None:
            raise NoSystemOutput(f"no system output for {name} in {system_dir}")
        pairs.append((gold, system_docs[partner]))
    return pairs


def _timeml_files(directory: Path) -> list[Path]:
    """The TimeML files of a folder and its subfolders (TBAQ keeps TimeBank and AQUAINT apart)."""
    found = sorted(path for path in directory.rglob("*") if path.is_file() and ".tml" in path.name)
    if not found:
        raise NoTimeMLFiles(f"{directory}: no TimeML (.tml) file in it or its subfolders")
    return found


class NoTimeMLFiles(DatelineError, FileNotFoundError):
    pass


def score_pairs(
    pairs: Iterable[tuple[TimeMLDocument, Sequence[Timex]]],
) -> tuple[Counts, list[Counts]]:
    """Total counts and the counts of each document, gold document with system expressions."""
    per_document = [score_document(gold.text, gold.timexes, system) for gold, system in pairs]
    total = Counts()
    for counts in per_document:
        total = total + counts
    return total, per_document


def tag_documents(
    gold_dir: Path, with_parse: bool = False
) -> list[tuple[TimeMLDocument, Sequence[Timex]]]:
    """Run dateline's tagger on the text of each gold file, against its creation time; with the
    spaCy parse (tense from the governing verb, as the pipeline reads it) or on plain text."""
    from dateline.language import parse  # the scorer itself does not need the tagger
    from dateline.timex import tag

    pairs: list[tuple[TimeMLDocument, Sequence[Timex]]] = []
    for path in _timeml_files(gold_dir):
        gold = read_timeml(path)
        if gold.dct is None:
            raise ValueError(f"{path} has no creation time (<DCT>) to anchor to")
        doc = parse(gold.text) if with_parse else None
        pairs.append((gold, tag(gold.text, gold.dct, doc=doc)))
    return pairs


def _reference_dirs(gold_dir: Path) -> dict[str, Path]:
    """Reference system outputs found beside the gold data (../reference-outputs/<name>)."""
    found = {}
    for label, folder in REFERENCE_SYSTEMS.items():
        for base in (gold_dir.parent, gold_dir.parent.parent):
            candidate = base / "reference-outputs" / folder
            if candidate.is_dir():
                found[label] = candidate
                break
    return found


def _percent(value: float) -> str:
    return f"{100 * value:.2f}"


def results_table(rows: dict[str, Counts], title: str) -> Table:
    table = Table(title=title)
    for column in (
        "system",
        "strict P",
        "strict R",
        "strict F1",
        "relaxed P",
        "relaxed R",
        "relaxed F1",
        "type F1",
        "value F1",
        "value acc",
    ):
        table.add_column(column, justify="left" if column == "system" else "right")
    for label, counts in rows.items():
        table.add_row(
            label,
            *(
                _percent(getattr(counts, attribute))
                for attribute in (
                    "strict_precision",
                    "strict_recall",
                    "strict_f1",
                    "relaxed_precision",
                    "relaxed_recall",
                    "relaxed_f1",
                    "type_f1",
                    "value_f1",
                    "value_accuracy",
                )
            ),
        )
    return table


def summary_line(counts: Counts) -> str:
    return (
        f"SUMMARY strict_f1={_percent(counts.strict_f1)} relaxed_f1={_percent(counts.relaxed_f1)}"
        f" value_f1={_percent(counts.value_f1)} type_f1={_percent(counts.type_f1)}"
    )


def run_eval_timex(gold_dir: Path, system_dir: Path | None, with_parse: bool = False) -> int:
    """Score a system (dateline itself when ``system_dir`` is None) on TimeML gold files.

    ``with_parse`` reads tense from spaCy's parse, as the pipeline does. Prints a table (with the
    reference systems found beside the gold data when dateline is scored) and ends with
    ``SUMMARY strict_f1=.. relaxed_f1=.. value_f1=.. type_f1=..`` for the scored system. Returns
    the process exit code.
    """
    console = Console(width=130)
    if not gold_dir.is_dir():
        console.print(f"[red]gold directory not found: {gold_dir}")
        return 2
    rows: dict[str, Counts] = {}
    if system_dir is None:
        scored, _ = score_pairs(tag_documents(gold_dir, with_parse))
        rows["dateline"] = scored
        for label, directory in _reference_dirs(gold_dir).items():
            try:  # a reference row only where that system's outputs are of these documents
                pairs = pair_documents(gold_dir, directory)
            except NoSystemOutput:
                continue
            rows[label], _ = score_pairs((gold, system.timexes) for gold, system in pairs)
    else:
        if not system_dir.is_dir():
            console.print(f"[red]system directory not found: {system_dir}")
            return 2
        pairs = pair_documents(gold_dir, system_dir)
        scored, _ = score_pairs((gold, system.timexes) for gold, system in pairs)
        rows[system_dir.name] = scored
    console.print(results_table(rows, f"TempEval-3 TIMEX3 scores on {gold_dir.name}"))
    print(summary_line(scored))
    return 0


def value_accuracy_by_type(
    pairs: Iterable[tuple[TimeMLDocument, Sequence[Timex]]],
) -> dict[str, tuple[int, int]]:
    """Per gold type: (right values, relaxed matches), judged as ``score_document`` judges."""
    by_type: dict[str, list[int]] = {}
    for gold_document, system in pairs:
        tokens = tokens_of(gold_document.text)
        gold = gold_document.timexes
        gold_sets = _token_sets(gold, tokens)
        for system_timex, system_tokens in zip(system, _token_sets(system, tokens), strict=True):
            partners = [i for i, tokens in enumerate(gold_sets) if tokens & system_tokens]
            if not partners:
                continue
            best = gold[max(partners, key=lambda i: len(gold_sets[i] & system_tokens))]
            right_and_total = by_type.setdefault(best.type, [0, 0])
            right_and_total[0] += system_timex.value == best.value
            right_and_total[1] += 1
    return {kind: (right, total) for kind, (right, total) in sorted(by_type.items())}
