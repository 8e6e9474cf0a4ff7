"""Benchmark of the temporal tagger: quality on TempEval-3 and speed on Reuters-21578.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_timex.py [--reuters-limit N] [--speed-only]

Quality: dateline (with the spaCy parse, as in the pipeline, and on plain text alone) beside the
HeidelTime and SUTime reference outputs on TempEval-3 Platinum (test: reported, never tuned on),
per-type value accuracy, a paired bootstrap interval of dateline's value F1 minus HeidelTime's
over documents, and the same scores on TBAQ (the training data; overfitting shows as a gap).
Speed: the tagger alone (plain text) against spaCy's tokenizer on the same Reuters bodies, in one
process on one core. Ends with a SUMMARY line.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.evaluation.tempeval import (
    Counts,
    Timex,
    pair_documents,
    results_table,
    score_document,
    score_pairs,
    value_accuracy_by_type,
)
from dateline.language import load_nlp, parse
from dateline.timex import tag
from dateline.timex.timeml import TimeMLDocument, read_timeml

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
TE3 = SHARED / "temporal" / "te3"
REFERENCES = SHARED / "temporal" / "reference-outputs"
REUTERS = SHARED / "corpora" / "reuters21578" / "articles.jsonl"
BOOTSTRAP_SAMPLES = 2000

Pairs = list[tuple[TimeMLDocument, Sequence[Timex]]]


def _gold_documents(directory: Path) -> list[TimeMLDocument]:
    return [read_timeml(path) for path in sorted(directory.rglob("*.tml"))]


def _dateline(documents: list[TimeMLDocument], with_parse: bool) -> Pairs:
    pairs: Pairs = []
    for document in documents:
        assert document.dct is not None, document.doc_id
        doc = parse(document.text) if with_parse else None
        pairs.append((document, tag(document.text, document.dct, doc=doc)))
    return pairs


def _reference(gold_dir: Path, name: str) -> Pairs:
    return [(gold, system.timexes) for gold, system in pair_documents(gold_dir, REFERENCES / name)]


def _value_f1(per_document: Sequence[Counts], sample: Sequence[int]) -> float:
    total = Counts()
    for i in sample:
        total = total + per_document[i]
    return total.value_f1


def paired_bootstrap(ours: Pairs, theirs: Pairs) -> tuple[float, float, float]:
    """Value F1 difference (ours - theirs) and its 95% interval, resampling documents."""
    ours_counts = [score_document(g.text, g.timexes, s) for g, s in ours]
    by_id = {g.doc_id: s for g, s in theirs}
    their_counts = [score_document(g.text, g.timexes, by_id[g.doc_id]) for g, _ in ours]
    everything = range(len(ours))
    observed = _value_f1(ours_counts, everything) - _value_f1(their_counts, everything)
    generator = random.Random(13)
    differences = []
    for _ in range(BOOTSTRAP_SAMPLES):
        sample = [generator.randrange(len(ours)) for _ in everything]
        differences.append(_value_f1(ours_counts, sample) - _value_f1(their_counts, sample))
    differences.sort()
    low = differences[int(0.025 * BOOTSTRAP_SAMPLES)]
    high = differences[int(0.975 * BOOTSTRAP_SAMPLES) - 1]
    return observed, low, high


def quality(console: Console) -> dict[str, Counts]:
    platinum_dir = TE3 / "test-platinum-gold"
    platinum = _gold_documents(platinum_dir)
    systems: dict[str, Pairs] = {
        "dateline (parse)": _dateline(platinum, with_parse=True),
        "dateline (text only)": _dateline(platinum, with_parse=False),
        "HeidelTime (no POS)": _reference(platinum_dir, "heideltime-nopos-platinum"),
        "SUTime (no POS)": _reference(platinum_dir, "sutime-nopos-platinum"),
    }
    rows = {label: score_pairs(pairs)[0] for label, pairs in systems.items()}
    console.print(results_table(rows, "TempEval-3 Platinum (test), TIMEX3"))

    types = Table(title="Platinum value accuracy by gold type (right / relaxed matches)")
    types.add_column("system")
    accuracies = {label: value_accuracy_by_type(pairs) for label, pairs in systems.items()}
    kinds = sorted({kind for by_type in accuracies.values() for kind in by_type})
    for kind in kinds:
        types.add_column(kind, justify="right")
    for label, by_type in accuracies.items():
        cells = []
        for kind in kinds:
            right, total = by_type.get(kind, (0, 0))
            cells.append(f"{100 * right / total:.1f} ({right}/{total})" if total else "-")
        types.add_row(label, *cells)
    console.print(types)

    difference, low, high = paired_bootstrap(
        systems["dateline (parse)"], systems["HeidelTime (no POS)"]
    )
    console.print(
        f"Paired bootstrap over {len(platinum)} Platinum documents ({BOOTSTRAP_SAMPLES} samples):"
        f" value F1 dateline - HeidelTime = {100 * difference:+.2f}"
        f" (95% interval {100 * low:+.2f} .. {100 * high:+.2f})"
    )

    training = _gold_documents(TE3 / "train-TBAQ-cleaned")
    tbaq = {
        "dateline (parse)": score_pairs(_dateline(training, with_parse=True))[0],
        "dateline (text only)": score_pairs(_dateline(training, with_parse=False))[0],
    }
    console.print(results_table(tbaq, "TBAQ (training data), TIMEX3"))
    return {"platinum": rows["dateline (parse)"], "tbaq": tbaq["dateline (parse)"]}


def speed(console: Console, limit: int | None) -> tuple[float, float]:
    """MB/s of the tagger and of spaCy's tokenizer, measured in turn on the same bodies."""
    bodies = []
    with REUTERS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("body"):
                bodies.append((record["body"], record["datetime"][:10]))
            if limit and len(bodies) >= limit:
                break
    megabytes = sum(len(body.encode("utf-8")) for body, _ in bodies) / 1e6
    import datetime as dt

    anchors = [dt.date.fromisoformat(day) for _, day in bodies]
    started = time.process_time()
    for (body, _), anchor in zip(bodies, anchors, strict=True):
        tag(body, anchor)
    tagger_seconds = time.process_time() - started
    tokenizer = load_nlp().tokenizer
    started = time.process_time()
    for body, _ in bodies:
        tokenizer(body)
    tokenizer_seconds = time.process_time() - started

    table = Table(title=f"Speed on {len(bodies)} Reuters-21578 bodies ({megabytes:.2f} MB), CPU")
    for column in ("", "CPU s", "MB/s", "s per MB"):
        table.add_column(column, justify="right")
    for label, seconds in (
        ("dateline tagger (text only)", tagger_seconds),
        ("spaCy tokenizer", tokenizer_seconds),
    ):
        table.add_row(
            label, f"{seconds:.2f}", f"{megabytes / seconds:.2f}", f"{seconds / megabytes:.2f}"
        )
    console.print(table)
    return megabytes / tagger_seconds, megabytes / tokenizer_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters-limit", type=int, default=None, help="only the first N bodies")
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="only the speed, three times (the quality part scores the Platinum test split)",
    )
    arguments = parser.parse_args()
    console = Console(width=140)
    if not TE3.is_dir() or not REUTERS.is_file():
        raise SystemExit(f"shared data not found under {SHARED}")
    if arguments.speed_only:
        runs = sorted(speed(console, arguments.reuters_limit) for _ in range(3))
        tagger_speed, tokenizer_speed = runs[1]  # the run of the median tagger speed
        print(
            f"SUMMARY tagger_mb_per_s={tagger_speed:.2f} tokenizer_mb_per_s={tokenizer_speed:.2f}"
        )
        return
    scores = quality(console)
    tagger_speed, tokenizer_speed = speed(console, arguments.reuters_limit)
    platinum, tbaq = scores["platinum"], scores["tbaq"]
    print(
        f"SUMMARY platinum_strict_f1={100 * platinum.strict_f1:.2f}"
        f" platinum_relaxed_f1={100 * platinum.relaxed_f1:.2f}"
        f" platinum_value_f1={100 * platinum.value_f1:.2f}"
        f" platinum_type_f1={100 * platinum.type_f1:.2f}"
        f" tbaq_value_f1={100 * tbaq.value_f1:.2f}"
        f" tagger_mb_per_s={tagger_speed:.2f}"
        f" tokenizer_mb_per_s={tokenizer_speed:.2f}"
    )


if __name__ == "__main__":
    main()
