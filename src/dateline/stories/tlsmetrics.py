"""Timeline-summarization metrics as news-tls reports them (Martschat & Markert 2017, ``tilse``).

* **Alignment ROUGE, many-to-one** ("align+ m:1"): every predicted date is aligned to the
  reference date of least cost, and (for recall) every reference date to the predicted date of
  least cost. Cost = date factor x content factor, with date factor ``1 - 1/(|days apart| + 1)``
  and content factor ``1 - F1`` of a plain unigram overlap of the two summaries (whitespace
  tokens, punctuation tokens ignored, case kept - as tilse computes it). ROUGE counts of each
  aligned pair are summed over the timeline, the hits weighted by ``1/(|days apart| + 1)``;
  precision = weighted hits / system n-grams, recall = weighted hits / reference n-grams.
* **Date F1**: exact-day overlap of the two date sets.

Timelines are mappings from a day to its summary sentences.
"""

from __future__ import annotations

import datetime as dt
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dateline.stories.rouge import Rouge, RougeCounts

Timeline = Mapping[dt.date, Sequence[str]]


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def date_scores(predicted: Timeline, reference: Timeline) -> Scores:
    shared = len(set(predicted) & set(reference))
    return Scores(_ratio(shared, len(predicted)), _ratio(shared, len(reference)))


def _unigram_f1(system: Sequence[str], reference: Sequence[str]) -> float:
    """tilse's cheap content similarity used to pick alignments (not the reported ROUGE)."""

    def bag(sentences: Sequence[str]) -> Counter[str]:
        return Counter(
            token
            for sentence in sentences
            for token in sentence.split()
            if token not in string.punctuation
        )

    system_bag, reference_bag = bag(system), bag(reference)
    hits = sum((system_bag & reference_bag).values())
    precision = _ratio(hits, sum(system_bag.values()))
    recall = _ratio(hits, sum(reference_bag.values()))
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _date_weight(a: dt.date, b: dt.date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _cheapest(
    day: dt.date, summary: Sequence[str], other: Timeline, other_is_reference: bool
) -> dt.date:
    """The date of ``other`` aligned to ``day``: least cost, the earliest on ties (as argmin)."""
    days = sorted(other)
    best, best_cost = days[0], float("inf")
    for candidate in days:
        if other_is_reference:
            similarity = _unigram_f1(summary, other[candidate])
        else:
            similarity = _unigram_f1(other[candidate], summary)
        cost = (1 - _date_weight(day, candidate)) * (1 - similarity)
        if cost < best_cost:
            best, best_cost = candidate, cost
    return best


def alignment_rouge(
    predicted: Timeline, reference: Timeline, n: int, rouge: Rouge | None = None
) -> Scores:
    """Many-to-one alignment ROUGE-``n`` of a predicted timeline against one reference."""
    rouge = rouge or Rouge()
    if not predicted or not reference:
        return Scores(0.0, 0.0)
    precision_counts = RougeCounts()
    for day in sorted(predicted):
        partner = _cheapest(day, predicted[day], reference, other_is_reference=True)
        counts = rouge.counts(predicted[day], reference[partner], n)
        precision_counts += counts.weighted(_date_weight(day, partner))
    recall_counts = RougeCounts()
    for day in sorted(reference):
        partner = _cheapest(day, reference[day], predicted, other_is_reference=False)
        counts = rouge.counts(predicted[partner], reference[day], n)
        recall_counts += counts.weighted(_date_weight(day, partner))
    return Scores(
        _ratio(precision_counts.hits, precision_counts.system),
        _ratio(recall_counts.hits, recall_counts.reference),
    )
