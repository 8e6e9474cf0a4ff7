"""``read(article) -> Reading``: the one place that orders the stages.

One spaCy parse per article, then time expressions, actors, attributions and events, each stage
using what the earlier ones found.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from dateline.actors import ActorRegistry, find_actors
from dateline.attribution.finder import find_attributions
from dateline.events import find_events
from dateline.language import load_nlp
from dateline.model import Article, Reading
from dateline.timex import find_timexes

MAX_CHARS = 1_000_000  # spaCy's own default limit; longer texts are rejected, not truncated


class ArticleTooLong(ValueError):
    pass


def check_length(article: Article, max_chars: int) -> None:
    if len(article.text) > max_chars:
        raise ArticleTooLong(
            f"article {article.id!r} is {len(article.text):,} characters, over the "
            f"{max_chars:,} limit (raise it with --max-chars)"
        )


def read_parsed(doc: Doc, article: Article, registry: ActorRegistry | None = None) -> Reading:
    """The stages after the parse, for callers that parse in batches themselves.

    ``registry`` (optional) carries actors from article to article (``actors/registry.py``).
    """
    timexes = find_timexes(doc, article)
    actors = find_actors(doc, article, registry)
    attributions = find_attributions(doc, article, actors, timexes)
    events = find_events(doc, article, actors, attributions, timexes)
    return Reading(
        article=article,
        timexes=timexes,
        actors=actors.actors,
        attributions=attributions,
        events=events,
    )


def read(
    article: Article, *, max_chars: int = MAX_CHARS, registry: ActorRegistry | None = None
) -> Reading:
    """Read one article: every time expression, actor, attribution and event in it."""
    check_length(article, max_chars)
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, max_chars)
    return read_parsed(nlp(article.text), article, registry)


def read_many(
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    max_chars: int = MAX_CHARS,
    registry: ActorRegistry | None = None,
) -> Iterator[Reading]:
    """Read articles in order, parsing them in batches (faster than one ``read`` each)."""
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, max_chars)

    def checked() -> Iterator[tuple[str, Article]]:
        for article in articles:
            check_length(article, max_chars)
            yield article.text, article

    for doc, article in nlp.pipe(checked(), as_tuples=True, batch_size=batch_size):
        yield read_parsed(doc, article, registry)
