"""Timeline17 evaluation of timeline summarization, as news-tls evaluates it.

For each gold timeline: the topic's articles published between the gold's first and last date are
summarized into a timeline with as many dates as the gold, and per date as many sentences as the
gold's mean per date (rounded up); it is scored with many-to-one alignment ROUGE-1 and ROUGE-2 F1
and date F1 (``dateline.stories.tlsmetrics``). ``run_eval_timelines`` is what
``dateline eval timelines T17_DIR`` runs.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.errors import DatelineError
from dateline.model import Article
from dateline.stories.rouge import Rouge, read_stopwords
from dateline.stories.timeline import (
    SentenceRecord,
    TimelineConfig,
    build_timeline,
    sentence_records,
)
from dateline.stories.tlsmetrics import alignment_rouge, date_scores

ARTICLES = "articles.jsonl"
GOLD = "gold_timelines.jsonl"


class BadRecord(DatelineError, ValueError):
    """A line of the dataset that cannot be used; the message names file, line and reason."""


@dataclass(frozen=True, slots=True)
class GoldTimeline:
    topic: str
    name: str
    entries: dict[dt.date, tuple[str, ...]]

    @property
    def sentences_per_date(self) -> int:
        """news-tls's summary budget: the gold's mean sentences per date, rounded up."""
        return math.ceil(sum(map(len, self.entries.values())) / len(self.entries))


@dataclass(frozen=True, slots=True)
class TimelineResult:
    gold: GoldTimeline
    predicted: dict[dt.date, tuple[str, ...]]
    rouge1: float
    rouge2: float
    date_f1: float


def _json_lines(path: Path) -> Iterator[tuple[int, dict]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, {"_error": f"not JSON ({error.msg})"}
                continue
            yield number, record if isinstance(record, dict) else {"_error": "not an object"}


def read_articles(path: Path, errors: list[str]) -> dict[str, list[Article]]:
    """Articles by topic; unusable lines are reported in ``errors`` and skipped."""
    by_topic: dict[str, list[Article]] = defaultdict(list)
    for number, record in _json_lines(path):
        try:
            if "_error" in record:
                raise BadRecord(record["_error"])
            missing = [key for key in ("id", "topic", "date", "text") if not record.get(key)]
            if missing:
                raise BadRecord(f"missing {', '.join(missing)}")
            article = Article(
                id=record["id"],
                text=record["text"],
                published=dt.date.fromisoformat(record["date"]),
                source=record.get("source"),
            )
        except (BadRecord, ValueError) as error:
            errors.append(f"{path}:{number}: {error}")
            continue
        by_topic[record["topic"]].append(article)
    return by_topic


def read_gold(path: Path, errors: list[str]) -> list[GoldTimeline]:
    timelines = []
    for number, record in _json_lines(path):
        try:
            if "_error" in record:
                raise BadRecord(record["_error"])
            # a day listed twice keeps its last entry, as tilse and news-tls read the gold
            entries = {
                dt.date.fromisoformat(day): tuple(sentences) for day, sentences in record["entries"]
            }
            if not entries:
                raise BadRecord("no dated entries")
            name = f"{record['collection']}/{record['timeline_file']}"
            timelines.append(GoldTimeline(record["topic"], name, entries))
        except (BadRecord, KeyError, TypeError, ValueError) as error:
            errors.append(f"{path}:{number}: {error!r}")
    return timelines


def evaluate_timeline(
    gold: GoldTimeline,
    records: list[SentenceRecord],
    rouge: Rouge,
    config: TimelineConfig | None = None,
) -> TimelineResult:
    days = sorted(gold.entries)
    timeline = build_timeline(
        records,
        n_dates=len(days),
        sentences_per_date=gold.sentences_per_date,
        start=days[0],
        end=days[-1],
        config=config,
    )
    predicted = {entry.day: tuple(s.text for s in entry.sentences) for entry in timeline}
    return TimelineResult(
        gold,
        predicted,
        alignment_rouge(predicted, gold.entries, 1, rouge).f1,
        alignment_rouge(predicted, gold.entries, 2, rouge).f1,
        date_scores(predicted, gold.entries).f1,
    )


def topic_records(articles: list[Article], errors: list[str]) -> list[SentenceRecord]:
    """The sentence records of a topic's articles; an article that fails is reported, skipped."""
    records: list[SentenceRecord] = []
    for article in articles:
        try:
            records.extend(sentence_records(article))
        except Exception as error:  # one bad article must not end the evaluation
            errors.append(f"article {article.id}: {type(error).__name__}: {error}")
    return records


def results_table(results: list[TimelineResult]) -> Table:
    table = Table(title="Timeline17 (dev topics): alignment ROUGE (m:1) and date F1")
    for column in ("timeline", "dates", "sents/date", "ROUGE-1 F1", "ROUGE-2 F1", "date F1"):
        table.add_column(column, justify="left" if column == "timeline" else "right")
    for result in results:
        table.add_row(
            result.gold.name,
            str(len(result.gold.entries)),
            str(result.gold.sentences_per_date),
            f"{result.rouge1:.3f}",
            f"{result.rouge2:.3f}",
            f"{result.date_f1:.3f}",
        )
    means = mean_scores(results)
    table.add_row(
        "[bold]mean", "", "", *(f"[bold]{means[key]:.3f}" for key in ("rouge1", "rouge2", "date"))
    )
    return table


def mean_scores(results: list[TimelineResult]) -> dict[str, float]:
    count = len(results) or 1
    return {
        "rouge1": sum(r.rouge1 for r in results) / count,
        "rouge2": sum(r.rouge2 for r in results) / count,
        "date": sum(r.date_f1 for r in results) / count,
    }


def run_eval_timelines(t17_dir: Path, stopwords: Path | None = None) -> int:
    """Score dateline's timelines on a Timeline17-format folder; returns the exit code."""
    console = Console(width=130)
    if not (t17_dir / ARTICLES).is_file() or not (t17_dir / GOLD).is_file():
        console.print(f"[red]{t17_dir} must hold {ARTICLES} and {GOLD}")
        return 2
    try:
        rouge = Rouge(read_stopwords(stopwords) if stopwords else None)
    except (OSError, UnicodeDecodeError) as error:
        console.print(f"[red]cannot read the stopword file {stopwords}: {error}")
        return 2
    errors: list[str] = []
    articles = read_articles(t17_dir / ARTICLES, errors)
    golds = read_gold(t17_dir / GOLD, errors)
    results = []
    for topic in sorted({gold.topic for gold in golds}):
        with console.status(f"tagging {len(articles.get(topic, []))} articles of {topic}"):
            records = topic_records(articles.get(topic, []), errors)
        for gold in (g for g in golds if g.topic == topic):
            results.append(evaluate_timeline(gold, records, rouge))
    for error in errors:
        console.print(f"[yellow]skipped[/yellow] {error}", highlight=False, soft_wrap=True)
    console.print(results_table(results))
    means = mean_scores(results)
    print(
        f"SUMMARY rouge1_f1={means['rouge1']:.4f} rouge2_f1={means['rouge2']:.4f} "
        f"date_f1={means['date']:.4f}"
    )
    return 0
