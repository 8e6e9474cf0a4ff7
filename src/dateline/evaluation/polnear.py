"""Scoring quote and source attribution on PolNeAR (brat standoff, train/dev/test splits).

What is compared (the definitions are also in docs/attribution.md):

* **Gold.** Each article of the split, annotated by its lowest annotator id
  (``<article>_<annotator>.ann``). An attribution is a brat event ``Attribution`` (or
  ``Attribution-no-source``) with its Content (+ Content2), Source and Cue text-bound spans.
* **Tokens.** Spans are compared as sets of word tokens (runs of letters and digits):
  punctuation and quote marks are not tokens, so where a comma or a quote mark falls at a span's
  edge never decides a match; a span that starts inside a word touches the whole word.
* **Exact** match: the same token set. **Overlap** match: the shared tokens are at least half of
  the tokens of each of the two spans. A source matches when both are absent, or both present and
  matching; likewise the cue. Levels: content; content+source; content+source+cue. Pairs are
  matched one to one (greedily, largest content overlap first).
* **Direct / indirect.** The same textual rule on both sides: an attribution is direct when its
  content, trimmed of spaces and . , ; : at its edges, opens and closes with a quote mark (or sits
  right inside a pair of marks). Everything else (reported speech, partial quotes inside a
  paraphrase, "according to") is indirect.
* **Nesting.** PolNeAR gives each token one role at most, so an attribution inside another's
  content is not annotated; a system's attributions whose cue lies inside another of its
  attributions' content are left out before matching (both systems alike).
* **Intervals.** 95% percentile bootstrap over articles (1,000 resamples, fixed seed).

``run_eval_quotes`` is what ``dateline eval quotes POLNEAR_DIR --split dev|test`` runs. Beside
dateline it scores textacy's ``direct_quotations`` on the same parses.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table
from spacy.tokens import Doc

from dateline.evaluation.brat import read_standoff
from dateline.evaluation.parses import parse_cached

Spans = tuple[tuple[int, int], ...]
SPLITS = ("train", "dev", "test")
LEVELS = ("content", "content+source", "content+source+cue")
MATCHES = ("exact", "overlap")
KINDS = ("direct", "indirect", "all")
OPENING_MARKS = "“\"‘'«"
CLOSING_MARKS = "”\"’'»"
_WORD = re.compile(r"[^\W_]+")
_EDGE = " \t\n\xa0.,;:"
_FILE_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
BOOTSTRAP_SAMPLES = 1000


@dataclass(frozen=True, slots=True)
class Attr:
    """An attribution as the scorer sees it: character spans of content, source and cue."""

    content: Spans
    source: Spans = ()
    cue: Spans = ()


@dataclass(frozen=True)
class PolnearArticle:
    name: str
    text: str
    published: dt.date
    title: str | None
    gold: tuple[Attr, ...]


# -- reading the data -------------------------------------------------------------------------


def _data_dir(root: Path) -> Path:
    """Accept the PolNeAR folder itself or its ``data`` folder."""
    return root / "data" if (root / "data" / "metadata.tsv").exists() else root


def _metadata(data: Path) -> dict[str, dict[str, str]]:
    path = data / "metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _published(name: str, meta: dict[str, str] | None) -> dt.date:
    """The publication date from the metadata, else the date in the file name."""
    for candidate in ((meta or {}).get("publication_date"), _file_date(name)):
        if candidate:
            try:
                return dt.date.fromisoformat(candidate)
            except ValueError:
                continue
    raise ValueError(f"{name}: no publication date in metadata.tsv or in the file name")


def _file_date(name: str) -> str | None:
    match = _FILE_DATE.search(name)
    return match.group(1) if match else None


def gold_attributions(ann: Path, problems: list[str]) -> tuple[Attr, ...]:
    standoff = read_standoff(ann)
    problems.extend(standoff.problems)
    found = []
    for event in standoff.events:
        if not event.type.startswith("Attribution"):
            continue
        roles: dict[str, list[tuple[int, int]]] = {"Content": [], "Source": [], "Cue": []}
        for role, bound_id in event.arguments:
            bound = standoff.textbounds.get(bound_id)
            if bound is None:
                problems.append(f"{ann}: event {event.id} names unknown {bound_id}")
                continue
            roles.setdefault(role.rstrip("0123456789"), []).extend(bound.spans)
        if not roles["Content"]:
            problems.append(f"{ann}: event {event.id} has no content; skipped")
            continue
        found.append(Attr(*(tuple(sorted(roles[r])) for r in ("Content", "Source", "Cue"))))
    return tuple(found)


def load_split(root: Path, split: str, problems: list[str]) -> list[PolnearArticle]:
    """The articles of one split with the lowest-id annotator's attributions."""
    data = _data_dir(root)
    folder = data / split
    if not (folder / "text").is_dir():
        raise FileNotFoundError(f"no PolNeAR split folder {folder / 'text'}")
    meta = _metadata(data)
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        annotations.setdefault(name, ann)  # sorted: the first is the lowest annotator id
    articles = []
    for path in sorted((folder / "text").glob("*.txt")):
        name = path.stem
        if name not in annotations:
            problems.append(f"{path}: no annotation file; skipped")
            continue
        try:
            published = _published(name, meta.get(name))
        except ValueError as error:
            problems.append(str(error))
            continue
        articles.append(
            PolnearArticle(
                name=name,
                text=path.read_text(encoding="utf-8"),
                published=published,
                title=(meta.get(name) or {}).get("title"),
                gold=gold_attributions(annotations[name], problems),
            )
        )
    return articles


# -- matching ---------------------------------------------------------------------------------


def word_tokens(text: str, spans: Spans) -> frozenset[int]:
    """The word tokens a set of spans touches, named by their start offsets. A span that starts
    inside a word (an annotator's slip: "[t] suggests" for "Clinton suggests") touches that word."""
    found = set()
    for start, end in spans:
        while 0 < start < end and _WORD.fullmatch(text, start - 1, start + 1):
            start -= 1
        found.update(m.start() for m in _WORD.finditer(text, start, end))
    return frozenset(found)


def is_direct(text: str, spans: Spans) -> bool:
    if not spans:
        return False
    start, end = spans[0][0], spans[-1][1]
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if end <= start:
        return False
    return _mark_at(text, start, -1, OPENING_MARKS) and _mark_at(text, end - 1, 1, CLOSING_MARKS)


def _mark_at(text: str, i: int, step: int, marks: str) -> bool:
    """A quote mark at ``i``, or just beyond it (past spaces and . , ; :) in direction ``step``."""
    if text[i] in marks:
        return True
    i += step
    for _ in range(3):
        if not 0 <= i < len(text) or text[i] not in _EDGE:
            break
        i += step
    return 0 <= i < len(text) and text[i] in marks


def _agree(gold: frozenset[int], system: frozenset[int], match: str) -> bool:
    if not gold and not system:
        return True
    if match == "exact":
        return gold == system
    shared = len(gold & system)
    return shared > 0 and 2 * shared >= max(len(gold), len(system))


@dataclass(frozen=True)
class _Tokens:
    content: frozenset[int]
    source: frozenset[int]
    cue: frozenset[int]


def _tokens(text: str, attr: Attr) -> _Tokens:
    return _Tokens(
        word_tokens(text, attr.content), word_tokens(text, attr.source), word_tokens(text, attr.cue)
    )


def matched_pairs(
    text: str, gold: Sequence[Attr], system: Sequence[Attr], level: str, match: str
) -> int:
    """How many gold/system pairs match one to one at ``level`` under ``match``."""
    gold_tokens = [_tokens(text, g) for g in gold]
    system_tokens = [_tokens(text, s) for s in system]
    candidates = []
    for i, g in enumerate(gold_tokens):
        for j, s in enumerate(system_tokens):
            if not g.content or not _agree(g.content, s.content, match):
                continue
            if level != "content" and not _agree(g.source, s.source, match):
                continue
            if level == "content+source+cue" and not _agree(g.cue, s.cue, match):
                continue
            candidates.append((len(g.content & s.content), i, j))
    used_gold, used_system, pairs = set(), set(), 0
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs += 1
    return pairs


def _of_kind(text: str, attrs: Sequence[Attr], kind: str) -> list[Attr]:
    if kind == "all":
        return list(attrs)
    return [a for a in attrs if is_direct(text, a.content) == (kind == "direct")]


# Per-article counts, indexed [kind, level, match, (gold, system, matched)].
ArticleCounts = np.ndarray


def count_article(text: str, gold: Sequence[Attr], system: Sequence[Attr]) -> ArticleCounts:
    counts = np.zeros((len(KINDS), len(LEVELS), len(MATCHES), 3), dtype=np.int64)
    for k, kind in enumerate(KINDS):
        gold_k, system_k = _of_kind(text, gold, kind), _of_kind(text, system, kind)
        for lv, level in enumerate(LEVELS):
            for m, match in enumerate(MATCHES):
                pairs = matched_pairs(text, gold_k, system_k, level, match)
                counts[k, lv, m] = (len(gold_k), len(system_k), pairs)
    return counts


def prf(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall, F1 from [..., (gold, system, matched)] summed counts."""
    gold, system, matched = counts[..., 0], counts[..., 1], counts[..., 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(system > 0, matched / np.maximum(system, 1), 0.0)
        recall = np.where(gold > 0, matched / np.maximum(gold, 1), 0.0)
        f1 = np.where(
            precision + recall > 0, 2 * precision * recall / (precision + recall + 1e-12), 0.0
        )
    return precision, recall, f1


def bootstrap_f1(per_article: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """95% percentile intervals of F1, resampling articles (axis 0) with replacement."""
    rng = np.random.default_rng(seed)
    n = per_article.shape[0]
    samples = rng.integers(0, n, size=(BOOTSTRAP_SAMPLES, n))
    totals = per_article[samples].sum(axis=1)  # [samples, kind, level, match, 3]
    f1 = prf(totals)[2]
    return np.percentile(f1, 2.5, axis=0), np.percentile(f1, 97.5, axis=0)


# -- running systems --------------------------------------------------------------------------


def dateline_attributions(doc: Doc, article: PolnearArticle) -> list[Attr]:
    """dateline's stages up to attribution (events need not run to score attributions)."""
    from dateline.actors import find_actors
    from dateline.attribution import find_attributions
    from dateline.model import Article
    from dateline.timex import find_timexes

    record = Article(id=article.name, text=article.text, published=article.published)
    timexes = find_timexes(doc, record)
    actors = find_actors(doc, record)
    found = []
    for a in find_attributions(doc, record, actors, timexes):
        content = tuple((p.start, p.end) for p in a.content_parts) or (
            (a.content.start, a.content.end),
        )
        source = ((a.source.start, a.source.end),) if a.source else ()
        cue = ((a.cue.start, a.cue.end),) if a.cue else ()
        found.append(Attr(content, source, cue))
    return found


def _token_spans(tokens: Iterable) -> Spans:
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ()
    return ((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)),)


def textacy_attributions(doc: Doc, article: PolnearArticle) -> list[Attr]:
    """textacy's rule-based direct-quotation triples, on dateline's parse."""
    from textacy.extract.triples import direct_quotations

    found = []
    try:
        for triple in direct_quotations(doc):
            content = ((triple.content.start_char, triple.content.end_char),)
            found.append(Attr(content, _token_spans(triple.speaker), _token_spans(triple.cue)))
    except (ValueError, IndexError, AttributeError):  # textacy gives up on odd quote marks
        pass
    return found


System = Callable[[Doc, PolnearArticle], list[Attr]]
SYSTEMS: dict[str, System] = {"dateline": dateline_attributions, "textacy": textacy_attributions}


def outermost(found: Sequence[Attr]) -> list[Attr]:
    """PolNeAR gives each token one role at most, so an attribution reported inside another's
    content ("X said that Y believes Z") is never annotated: keep only the outer ones."""
    return [
        a
        for a in found
        if not a.cue
        or not any(b is not a and b.content[0][0] <= a.cue[0][0] < b.content[-1][1] for b in found)
    ]


def score_system(
    articles: Sequence[PolnearArticle], docs: Sequence[Doc], system: System, problems: list[str]
) -> np.ndarray:
    per_article = []
    for article, doc in zip(articles, docs, strict=True):
        try:
            found = outermost(system(doc, article))
        except Exception as error:  # one bad article must not end the evaluation
            problems.append(f"{article.name}: {type(error).__name__}: {error}")
            found = []
        per_article.append(count_article(article.text, article.gold, found))
    return np.stack(per_article)


# -- reporting --------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def results_table(results: dict[str, np.ndarray], match: str, title: str) -> Table:
    m = MATCHES.index(match)
    table = Table(title=title)
    for column in ("system", "kind", "level", "P", "R", "F1", "F1 95% CI", "gold", "system n"):
        table.add_column(
            column, justify="left" if column in ("system", "kind", "level") else "right"
        )
    for name, per_article in results.items():
        totals = per_article.sum(axis=0)
        precision, recall, f1 = prf(totals)
        low, high = bootstrap_f1(per_article)
        kinds = ("direct", "all") if name == "textacy" else KINDS
        for kind in kinds:
            k = KINDS.index(kind)
            for lv, level in enumerate(LEVELS):
                gold, system, _ = totals[k, lv, m]
                table.add_row(
                    name,
                    kind,
                    level,
                    _pct(precision[k, lv, m]),
                    _pct(recall[k, lv, m]),
                    _pct(f1[k, lv, m]),
                    f"{_pct(low[k, lv, m])}–{_pct(high[k, lv, m])}",
                    str(gold),
                    str(system),
                )
        table.add_section()
    return table


def summary_line(results: dict[str, np.ndarray]) -> str:
    def f1(name: str, kind: str, match: str = "overlap") -> str:
        totals = results[name].sum(axis=0)
        value = prf(totals)[2][
            KINDS.index(kind), LEVELS.index("content+source"), MATCHES.index(match)
        ]
        return f"{100 * value:.1f}"

    return (
        f"SUMMARY direct_f1={f1('dateline', 'direct')} all_f1={f1('dateline', 'all')} "
        f"direct_exact_f1={f1('dateline', 'direct', 'exact')} "
        f"all_exact_f1={f1('dateline', 'all', 'exact')} "
        f"textacy_direct_f1={f1('textacy', 'direct')}"
    )


def run_eval_quotes(
    root: Path, split: str, cache: Path | None = None, limit: int | None = None
) -> int:
    console = Console(width=max(Console().width, 120))  # the tables are wide; keep them whole
    problems: list[str] = []
    articles = load_split(root, split, problems)[:limit]
    docs = parse_cached([a.text for a in articles], cache, "polnear", batch_size=16)
    results = {
        name: score_system(articles, docs, system, problems) for name, system in SYSTEMS.items()
    }
    gold_total = sum(len(a.gold) for a in articles)
    for match in MATCHES:
        console.print(
            results_table(
                results,
                match,
                f"PolNeAR {split}: {len(articles)} articles, {gold_total} gold attributions, "
                f"{match} match",
            )
        )
    for problem in problems:
        console.print(f"[yellow]warning[/yellow] {problem}", highlight=False, soft_wrap=True)
    console.print(summary_line(results), highlight=False, soft_wrap=True)
    return 0
