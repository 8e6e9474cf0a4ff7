"""Scoring the event coder on PLV (Hu et al., ACL 2024): ``dateline eval events PLV_DIR``.

PLV rows are news sentences with a marked source (``<s>..</s>``) and target (``<t>..</t>``) and
the PLOVER root type linking them (CONCEDE and RETREAT merged as YIELD; ours are merged the
same way). Two settings:

* (a) **gold arguments**: the coder is given the marked source and target and names the type.
  Scored: type accuracy, macro-F1 over the gold types, and four-way accuracy (the quad class of
  the predicted type against PLV's ``gold_penta``: 1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict).
* (b) **end to end**: dateline reads the bare sentence (the stages of ``read_parsed``) and its
  events are compared with the gold (type, source, target) triple. An event's source (target)
  matches when one of its actor's mentions, or the phrase that fills the role in the event's
  clause (``source_phrase``/``target_phrase``), overlaps the marked source (target) span by at
  least a character; an unmarked gold argument matches only an event without one. Each gold
  row is matched at most once; precision counts every event dateline reports (PLV marks one
  relation per sentence, so other true events in the sentence count as false positives:
  precision is a lower bound).

Figures are reported on the clean test rows (test rows not listed in ``PLV_test_overlap.tsv``);
``--split dev`` scores a held-out fifth of train instead (the typer then trains on the rest).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table
from spacy.tokens import Doc

from dateline.errors import DatelineError
from dateline.evaluation.parses import parse_cached

PLV_MERGE = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
PENTA_CLASS = {
    "1": "verbal-cooperation",
    "2": "material-cooperation",
    "3": "verbal-conflict",
    "4": "material-conflict",
}
ANCHOR = {"ZSP (NLI, ACL 2024)": (83.8, 82.4, 90.1)}
_MARK = re.compile(r"<([st])>(.*?)</\1>", re.S)
_ANY_MARK = re.compile(r"</?[st]>")
DEV_EVERY = 5  # --split dev: every fifth train row is held out
# PLV sentences carry no date, and events are scored without one; but the coder reads a date
# after the publication day as a plan ("meets X on September 4, 2019" published in 2000 is
# future), so each sentence is read as published when the set was (with its paper, 2023), after
# every event it tells
PUBLISHED = dt.date(2023, 8, 1)


class PlvError(DatelineError, ValueError):
    pass


@dataclass(frozen=True)
class PlvRow:
    uid: str
    sentence: str
    source: tuple[int, int] | None  # character span of the marked source, if marked
    target: tuple[int, int] | None
    gold_type: str
    gold_class: str


def _marked_spans(marked: str) -> dict[str, tuple[int, int]]:
    spans = {}
    for match in _MARK.finditer(marked):
        start = len(_ANY_MARK.sub("", marked[: match.start()]))
        spans.setdefault(match.group(1), (start, start + len(match.group(2))))
    return spans


def read_plv(path: Path, errors: list[str] | None = None) -> list[PlvRow]:
    """The rows of one PLV file; a malformed row is reported in ``errors`` and skipped."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        first = reader.fieldnames[0] if reader.fieldnames else ""
        needed = {"sentence", "marked_sentence", "gold_root", "gold_penta"}
        if not needed <= set(reader.fieldnames or ()):
            raise PlvError(f"{path}: not a PLV file (needs columns {sorted(needed)})")
        for line, record in enumerate(reader, start=2):
            sentence, marked = record["sentence"], record["marked_sentence"]
            gold_class = PENTA_CLASS.get(record["gold_penta"])
            if _ANY_MARK.sub("", marked) != sentence or gold_class is None:
                if errors is not None:
                    errors.append(f"{path}:{line}: marked sentence or gold_penta unusable")
                continue
            spans = _marked_spans(marked)
            rows.append(
                PlvRow(
                    uid=record[first],
                    sentence=sentence,
                    source=spans.get("s"),
                    target=spans.get("t"),
                    gold_type=record["gold_root"],
                    gold_class=gold_class,
                )
            )
    return rows


def clean_test_rows(plv_dir: Path, errors: list[str] | None = None) -> list[PlvRow]:
    """Test rows that occur in no other public set (the issue's 406 clean rows)."""
    with (plv_dir / "PLV_test_overlap.tsv").open(encoding="utf-8", newline="") as handle:
        overlap = {record["uid"] for record in csv.DictReader(handle, delimiter="\t")}
    return [r for r in read_plv(plv_dir / "PLV_test.tsv", errors) if r.uid not in overlap]


def split_rows(plv_dir: Path, split: str, errors: list[str]) -> tuple[list[PlvRow], list[PlvRow]]:
    """(training rows, scored rows) for ``split`` "test" (clean test) or "dev"."""
    train = read_plv(plv_dir / "PLV_train.tsv", errors)
    if split == "test":
        return train, clean_test_rows(plv_dir, errors)
    if split == "dev":
        held = [r for i, r in enumerate(train) if i % DEV_EVERY == 0]
        return [r for i, r in enumerate(train) if i % DEV_EVERY], held
    raise PlvError(f"unknown split {split!r}: use test or dev")


# -- scores (pure functions of labels, so they can be tested on small fixtures) ---------------


@dataclass(frozen=True)
class TypeScores:
    accuracy: float
    macro_f1: float
    fourway_accuracy: float
    per_type: dict[str, tuple[float, float, float, int]]  # type -> (P, R, F1, gold count)


def score_types(
    gold: Sequence[str], predicted: Sequence[str], gold_class: Sequence[str], quad: dict[str, str]
) -> TypeScores:
    """Accuracy, macro-F1 over the gold types, and four-way accuracy via ``quad`` (type->class)."""
    if not gold or len(gold) != len(predicted) or len(gold) != len(gold_class):
        raise ValueError("gold, predicted and gold_class must be non-empty and of one length")
    per_type = {}
    for label in sorted(set(gold)):
        hits = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        said = sum(p == label for p in predicted)
        there = sum(g == label for g in gold)
        precision = hits / said if said else 0.0
        recall = hits / there
        f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
        per_type[label] = (precision, recall, f1, there)
    return TypeScores(
        accuracy=sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold),
        macro_f1=sum(v[2] for v in per_type.values()) / len(per_type),
        fourway_accuracy=sum(quad.get(p) == c for p, c in zip(predicted, gold_class, strict=True))
        / len(gold),
        per_type=per_type,
    )


Triple = tuple[str, tuple[int, int] | None, tuple[int, int] | None]  # type, source, target


def _argument_matches(gold: tuple[int, int] | None, mentions: Iterable[tuple[int, int]]) -> bool:
    mentions = list(mentions)
    if gold is None:
        return not mentions
    return any(start < gold[1] and gold[0] < end for start, end in mentions)


def score_triples(
    gold: Sequence[Triple], predicted: Sequence[Sequence[tuple[str, list, list]]]
) -> tuple[float, float, float]:
    """Precision, recall, F1 of (type, source, target) over sentences.

    ``gold[i]`` is sentence i's triple with character spans; ``predicted[i]`` its events as
    (type, source mention spans, target mention spans).
    """
    found = sum(len(events) for events in predicted)
    hits = 0
    for (gold_type, source, target), events in zip(gold, predicted, strict=True):
        hits += any(
            event_type == gold_type
            and _argument_matches(source, sources)
            and _argument_matches(target, targets)
            for event_type, sources, targets in events
        )
    precision = hits / found if found else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


# -- running the coder -----------------------------------------------------------------------


def _argument_span(doc: Doc, span: tuple[int, int] | None):
    return doc.char_span(*span, alignment_mode="expand") if span is not None else None


def relation_types(rows: Sequence[PlvRow], docs: Sequence[Doc], typer=None) -> list[str]:
    """Setting (a): the type of each row's marked relation, by the rules or the typer."""
    from dateline.event_lexicon import load_lexicon
    from dateline.events.features import relation_features
    from dateline.events.relation import choose_trigger

    lexicon = load_lexicon()
    types = []
    for row, doc in zip(rows, docs, strict=True):
        source, target = _argument_span(doc, row.source), _argument_span(doc, row.target)
        if typer is not None:
            types.append(typer.predict(relation_features(doc[:], source, target, lexicon)))
            continue
        coded = choose_trigger(doc[:], source, target, lexicon)
        types.append(PLV_MERGE.get(coded.trigger.type, coded.trigger.type) if coded else "NONE")
    return types


def train_on(rows: Sequence[PlvRow], docs: Sequence[Doc]):
    """The learned typer fitted on PLV rows (their parses given)."""
    from dateline.event_lexicon import load_lexicon
    from dateline.events.features import relation_features
    from dateline.events.learned import train_typer

    lexicon = load_lexicon()
    examples = [
        relation_features(
            doc[:], _argument_span(doc, r.source), _argument_span(doc, r.target), lexicon
        )
        for r, doc in zip(rows, docs, strict=True)
    ]
    return train_typer(examples, [r.gold_type for r in rows])


def _role_spans(mentions: dict, actor: str | None, phrase) -> list[tuple[int, int]]:
    """Where an event says a role is: its actor's mentions and the phrase filling the role."""
    found = list(mentions.get(actor, [])) if actor is not None else []
    return found + ([(phrase.start, phrase.end)] if phrase is not None else [])


def end_to_end(rows: Sequence[PlvRow], docs: Sequence[Doc], typer=None) -> list[list]:
    """Setting (b): every event dateline reads in each bare sentence, as scored triples.

    Each sentence is read by ``pipeline.read_parsed`` (each alone), the event stage given the
    typer.
    """
    from dateline.model import Article
    from dateline.pipeline import read_parsed

    out = []
    for row, doc in zip(rows, docs, strict=True):
        article = Article(id=f"plv-{row.uid}", text=row.sentence, published=PUBLISHED)
        reading = read_parsed(doc, article, typer=typer)
        mentions = {a.id: [(m.start, m.end) for m in a.mentions] for a in reading.actors}
        out.append(
            [
                (
                    PLV_MERGE.get(e.type, e.type),
                    _role_spans(mentions, e.source, e.source_phrase),
                    _role_spans(mentions, e.target, e.target_phrase),
                )
                for e in reading.events
            ]
        )
    return out


def train_typer_file(plv_dir: Path, out: Path, cache: Path | None = None) -> int:
    """``dateline train events``: fit the typer on all of PLV train and save it."""
    errors: list[str] = []
    try:
        rows = read_plv(plv_dir / "PLV_train.tsv", errors)
    except (OSError, PlvError) as error:
        Console(stderr=True).print(f"[red]error[/red] {error}", highlight=False)
        return 2
    typer = train_on(rows, parse_cached([r.sentence for r in rows], cache, "plv", batch_size=64))
    typer.save(out)
    for error in errors:
        Console(stderr=True).print(f"[yellow]skipped[/yellow] {error}", highlight=False)
    print(f"trained on {len(rows)} PLV train rows: {len(typer.index)} features -> {out}")
    return 0


def run_eval_events(
    plv_dir: Path,
    split: str = "test",
    cache: Path | None = None,
    typer_path: Path | None = None,
) -> int:
    """``dateline eval events PLV_DIR``: the tables and the SUMMARY line; returns an exit code."""
    from dateline.event_lexicon import load_lexicon
    from dateline.events.learned import EventTyper, ModelFileError

    console = Console()
    errors: list[str] = []
    try:
        train, rows = split_rows(plv_dir, split, errors)
        typer = EventTyper.load(typer_path) if typer_path is not None else None
    except (OSError, PlvError, ModelFileError) as error:
        Console(stderr=True).print(f"[red]error[/red] {error}", highlight=False)
        return 2
    for error in errors:
        console.print(f"[yellow]skipped[/yellow] {error}", highlight=False)
    docs = parse_cached([r.sentence for r in rows], cache, "plv", batch_size=64)
    if typer is not None:
        origin = str(typer_path)
    else:  # trained here from the training rows: seconds, and nothing is written
        typer = train_on(
            train, parse_cached([r.sentence for r in train], cache, "plv", batch_size=64)
        )
        origin = f"trained now on {len(train)} PLV train rows"
    quad = dict(load_lexicon().quad_class) | {"YIELD": "material-cooperation"}
    gold = [r.gold_type for r in rows]
    classes = [r.gold_class for r in rows]
    systems = {
        "rules": score_types(gold, relation_types(rows, docs), classes, quad),
        "rules + learned typer": score_types(
            gold, relation_types(rows, docs, typer), classes, quad
        ),
    }
    triples = [(r.gold_type, r.source, r.target) for r in rows]
    end = {
        "rules": score_triples(triples, end_to_end(rows, docs)),
        "rules + learned typer": score_triples(triples, end_to_end(rows, docs, typer)),
    }
    label = "clean test" if split == "test" else "dev (every 5th train row)"
    table = Table(title=f"PLV {label}: {len(rows)} rows (typer: {origin})")
    for column in ("system", "type acc", "macro-F1", "four-way acc", "e2e P", "e2e R", "e2e F1"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, scores in systems.items():
        p, r, f = end[name]
        table.add_row(
            name,
            *(f"{100 * v:.1f}" for v in (scores.accuracy, scores.macro_f1)),
            f"{100 * scores.fourway_accuracy:.1f}",
            *(f"{100 * v:.1f}" for v in (p, r, f)),
        )
    for name, (accuracy, macro, fourway) in ANCHOR.items():
        table.add_row(name, f"{accuracy:.1f}", f"{macro:.1f}", f"{fourway:.1f}", "", "", "")
    console.print(table)
    best = systems["rules + learned typer"]
    per_type = Table(title="Per type (rules + learned typer), gold arguments")
    for column in ("type", "gold", "P", "R", "F1"):
        per_type.add_column(column, justify="left" if column == "type" else "right")
    for event_type, (p, r, f, n) in best.per_type.items():
        per_type.add_row(event_type, str(n), *(f"{100 * v:.1f}" for v in (p, r, f)))
    console.print(per_type)
    counts = Counter(gold)
    console.print(f"gold types: {dict(counts.most_common())}", highlight=False)
    print(
        f"SUMMARY type_accuracy={100 * best.accuracy:.1f} macro_f1={100 * best.macro_f1:.1f} "
        f"fourway_accuracy={100 * best.fourway_accuracy:.1f} "
        f"e2e_f1={100 * end['rules + learned typer'][2]:.1f}"
    )
    return 0
