"""Timeline summarization: the most important dates of a topic and a few sentences for each.

The input is a flat iterable of ``SentenceRecord``s - one sentence of one article, with its
offsets and the days its resolved time expressions refer to. ``sentence_records`` makes them from
an ``Article`` (running the plain-text timex tagger when no timexes are given); a corpus store can
produce the same records from its stored sentences and timexes.

1. **Dates** (the DATEWISE insight, Ghalandari & Ifrim 2020): a day is important when many
   sources *refer* to it, not when many articles are published on it. A day's score is the
   number of articles with a sentence whose time expression resolves to it (day precision); ties
   go to the day with more sentences published on it.
2. **Sentences per date**: the candidates are the sentences referring to the day and the
   sentences of that day's articles that name no day at all. They are scored by the cosine of
   their TF-IDF vector with the day's centroid (the mean of all its candidates: what the sources
   say about that day), times their relevance to the topic (cosine with the centroid of the whole
   collection or, with a query, with the query). The best are taken greedily, skipping any too
   similar to one already in the timeline.
3. **Cleaning**: sentences shorter or longer than the word limits, and sentences repeated verbatim
   in many articles (site boilerplate), are never candidates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import spmatrix
from sklearn.feature_extraction.text import TfidfVectorizer

from dateline.model import Article, TimeExpression
from dateline.timex import tag
from dateline.timex.context import sentence_spans
from dateline.timex.intervals import day_of


@dataclass(frozen=True, slots=True)
class SentenceRecord:
    """One sentence: ``text == article.text[start:end]``; ``days`` its resolved day references."""

    article_id: str
    published: dt.date
    text: str
    start: int
    end: int
    days: tuple[dt.date, ...] = ()
    source: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineConfig:
    """The few knobs of the summarizer (defaults chosen on the Timeline17 dev topics)."""

    min_words: int = 5
    max_words: int = 50
    # a sentence found verbatim in this many articles is boilerplate ("Share your images ...")
    boilerplate_articles: int = 5
    # two timeline sentences may not be more similar than this (TF-IDF cosine)
    max_similarity: float = 0.5


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    day: dt.date
    score: int  # articles referring to the day
    sentences: tuple[SentenceRecord, ...]

    def as_record(self) -> dict[str, Any]:
        """The entry as plain data: its day, how many sources refer to it, its sentences."""
        return {
            "date": self.day.isoformat(),
            "sources": self.score,
            "sentences": [
                {"article": s.article_id, "start": s.start, "end": s.end, "text": s.text}
                for s in self.sentences
            ],
        }


def sentence_records(
    article: Article, timexes: Sequence[TimeExpression] | None = None
) -> Iterator[SentenceRecord]:
    """The sentences of ``article`` with the days their time expressions resolve to.

    Without ``timexes`` the plain-text tagger runs (no parse needed); sentences are the tagger's
    own cheap split (line breaks and sentence-final punctuation).
    """
    if timexes is None:
        timexes = tag(article.text, article.published)
    dated = sorted(
        (t.start, day) for t in timexes if t.type in ("DATE", "TIME") and (day := day_of(t.value))
    )
    index = 0
    for start, end in sentence_spans(article.text):
        while index < len(dated) and dated[index][0] < start:
            index += 1
        days: list[dt.date] = []
        while index < len(dated) and dated[index][0] < end:
            days.append(dated[index][1])
            index += 1
        raw = article.text[start:end]
        text = raw.strip()
        if not text:
            continue
        offset = start + raw.index(text)
        yield SentenceRecord(
            article.id,
            article.published,
            text,
            offset,
            offset + len(text),
            tuple(dict.fromkeys(days)),
            article.source,
        )


def _clean(records: Iterable[SentenceRecord], config: TimelineConfig) -> list[SentenceRecord]:
    kept = [r for r in records if config.min_words <= len(r.text.split()) <= config.max_words]
    articles_with: dict[str, set[str]] = defaultdict(set)
    for record in kept:
        articles_with[record.text.lower()].add(record.article_id)
    return [r for r in kept if len(articles_with[r.text.lower()]) < config.boilerplate_articles]


def rank_days(
    records: Sequence[SentenceRecord], start: dt.date | None = None, end: dt.date | None = None
) -> list[tuple[dt.date, int]]:
    """Days in [start, end] by the number of articles referring to them, most first.

    Ties go to the day more sentences were published on, then to the earlier day.
    """
    referring_articles: dict[dt.date, set[str]] = defaultdict(set)
    published: Counter[dt.date] = Counter()
    for record in records:
        for day in record.days:
            referring_articles[day].add(record.article_id)
        published[record.published] += 1
    references = {day: len(articles) for day, articles in referring_articles.items()}
    days = [
        day
        for day in references.keys() | published.keys()
        if (start is None or day >= start) and (end is None or day <= end)
    ]
    days.sort(key=lambda day: (-references.get(day, 0), -published[day], day))
    return [(day, references.get(day, 0)) for day in days]


def _unit_rows(matrix: spmatrix | np.ndarray) -> np.ndarray:
    """The rows of a (small) matrix scaled to length 1, as a dense array."""
    dense = np.asarray(matrix.todense() if hasattr(matrix, "todense") else matrix, dtype=float)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    return dense / np.where(norms == 0, 1, norms)


def build_timeline(
    records: Iterable[SentenceRecord],
    n_dates: int,
    sentences_per_date: int = 1,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    query: str | None = None,
    config: TimelineConfig | None = None,
) -> list[TimelineEntry]:
    """A timeline of at most ``n_dates`` days in [start, end], in date order.

    Only sentences of articles published in the window are read (as news-tls does); a query, when
    given, replaces the collection centroid as the measure of topic relevance.
    """
    config = config or TimelineConfig()
    window = [
        r
        for r in records
        if (start is None or r.published >= start) and (end is None or r.published <= end)
    ]
    sentences = _clean(window, config)
    if not sentences or n_dates <= 0:
        return []
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2)
    try:
        vectors = vectorizer.fit_transform([r.text for r in sentences])
    except ValueError:  # no term occurs twice: too little text to summarize
        return []
    topic = vectorizer.transform([query]) if query else None
    if topic is None or topic.nnz == 0:  # no query, or only stop words ("call") / unseen words
        topic = vectors.mean(axis=0)
    relevance = np.asarray(vectors @ _unit_rows(topic).T).ravel()

    referring: dict[dt.date, list[int]] = defaultdict(list)
    undated: dict[dt.date, list[int]] = defaultdict(list)
    for i, record in enumerate(sentences):
        for day in record.days:
            referring[day].append(i)
        if not record.days:
            undated[record.published].append(i)

    chosen_rows: list[int] = []
    entries: list[TimelineEntry] = []
    for day, score in rank_days(sentences, start, end):
        if len(entries) == n_dates:
            break
        candidates = sorted(set(referring[day]) | set(undated[day]))
        picked = _pick(candidates, vectors, relevance, chosen_rows, sentences_per_date, config)
        if picked:
            chosen_rows.extend(picked)
            entries.append(TimelineEntry(day, score, tuple(sentences[i] for i in picked)))
    return sorted(entries, key=lambda entry: entry.day)


def _pick(
    candidates: list[int],
    vectors: spmatrix,
    relevance: np.ndarray,
    already: list[int],
    budget: int,
    config: TimelineConfig,
) -> list[int]:
    """Up to ``budget`` candidates closest to the day's centroid, weighted by topic relevance."""
    if not candidates:
        return []
    candidate_vectors = vectors[candidates]
    centroid = _unit_rows(candidate_vectors.mean(axis=0))
    closeness = np.asarray(candidate_vectors @ centroid.T).ravel()
    scores = closeness * relevance[candidates]
    taken: list[int] = []
    for position in np.argsort(-scores, kind="stable"):
        if len(taken) == budget or scores[position] <= 0:
            break
        row = candidates[position]
        others = already + taken
        if others and (vectors[others] @ vectors[row].T).max() > config.max_similarity:
            continue
        taken.append(row)
    return taken
