"""``Reader.read(article) -> Reading``: the one place that orders the stages.

One spaCy parse per article, then time expressions, actors, attributions and events, each stage
using what the earlier ones found. A ``Reader`` loads a ``ReadConfig`` once (knowledge files,
event lexicon and typer) and reads with it; ``dateline read``, every ``dateline ingest`` worker
and the Python API read through one, so the same configuration gives the same Readings.

    reader = Reader(ReadConfig(knowledge=[Path("my_people.toml")]))
    for reading in reader.read_many(articles): ...

``read(article)`` and ``read_many(articles)`` read with the default configuration.

A process that reads many articles (an ingest worker, a Spark executor, ``dateline read`` of a
folder, the stage benchmarks) gets its reader from ``ready_to_read``: everything loaded, then
the heap frozen out of the garbage collector's passes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from dateline.actors import ActorRegistry, find_actors, load_known
from dateline.attribution import find_attributions
from dateline.config import ReadConfig
from dateline.event_lexicon import Lexicon, load_lexicon
from dateline.events import find_events
from dateline.events.learned import EventTyper
from dateline.language import load_nlp, parse_many
from dateline.model import Article, Reading, check_length
from dateline.text.languages import language_of, read_as_english
from dateline.timex import find_timexes


def read_parsed(
    doc: Doc,
    article: Article,
    *,
    registry: ActorRegistry | None = None,
    lexicon: Lexicon | None = None,
    typer: EventTyper | None = None,
    language: str | None = None,
    all_events: bool = False,
) -> Reading:
    """The stages after the parse, in order.

    ``registry`` (optional) carries actors from article to article (``actors/registry.py``);
    ``lexicon`` and ``typer`` are the event stage's (the shipped lexicon, no typer, if None);
    ``language`` is what ``text.languages`` told of the article; ``all_events`` keeps the
    events the trust gate would drop (``ReadConfig.all_events``).
    """
    timexes = find_timexes(doc, article)
    actors = find_actors(doc, article, registry)
    attributions = find_attributions(doc, article, actors, timexes)
    events = find_events(
        doc, article, actors, attributions, timexes, lexicon, typer, trusted_only=not all_events
    )
    return Reading(
        article=article,
        language=language,
        timexes=timexes,
        actors=actors.actors,
        attributions=attributions,
        events=events,
    )


class Reader:
    """A ``ReadConfig`` loaded once: the known actors, the event lexicon and typer, the parser.

    A bad knowledge file, lexicon or typer raises a ``DatelineError`` naming it, here, before
    any article is read; the parser is loaded at the first article.
    """

    def __init__(self, config: ReadConfig | None = None) -> None:
        self.config = config or ReadConfig()
        self.known = load_known(self.config.knowledge)
        self.lexicon = load_lexicon(self.config.event_lexicon)
        self.typer = EventTyper.load(self.config.event_typer) if self.config.event_typer else None

    @cached_property
    def nlp(self) -> Language:
        nlp = load_nlp()
        nlp.max_length = max(nlp.max_length, self.config.max_chars)
        return nlp

    def registry(self) -> ActorRegistry:
        """A new actor registry holding the known actors, for one batch of articles."""
        return ActorRegistry(self.known)

    def read_parsed(
        self,
        doc: Doc,
        article: Article,
        registry: ActorRegistry | None = None,
        language: str | None = None,
    ) -> Reading:
        return read_parsed(
            doc,
            article,
            registry=registry,
            lexicon=self.lexicon,
            typer=self.typer,
            language=language,
            all_events=self.config.all_events,
        )

    def read(self, article: Article, registry: ActorRegistry | None = None) -> Reading:
        """Read one article: every time expression, actor, attribution and event in it.

        It is read as a batch of its own, unless ``registry`` carries actors from earlier ones.
        """
        check_length(article, self.config.max_chars)
        language = language_of(article.text)
        if not read_as_english(language):
            return Reading(article=article, language=language)  # the stages read English
        if registry is None:  # (an empty registry is falsy: it has a length)
            registry = self.registry()
        return self.read_parsed(self.nlp(article.text), article, registry, language)

    def read_many(self, articles: Iterable[Article]) -> Iterator[Reading]:
        """Read articles in order, ``config.batch_size`` at a time: each batch is parsed in one
        go and has its own actor registry, so an actor introduced in one article resolves in
        the later articles of its batch."""
        stream = iter(articles)
        while batch := list(islice(stream, self.config.batch_size)):
            for article in batch:
                check_length(article, self.config.max_chars)
            registry = self.registry()
            languages = [language_of(a.text) for a in batch]
            english = [
                a.text for a, lang in zip(batch, languages, strict=True) if read_as_english(lang)
            ]
            docs = parse_many(english)
            for article, language in zip(batch, languages, strict=True):
                if read_as_english(language):
                    yield self.read_parsed(next(docs), article, registry, language)
                else:  # the stages read English: the article is kept with its language
                    yield Reading(article=article, language=language)


@lru_cache(maxsize=1)
def default_reader() -> Reader:
    """The reader of the default configuration, loaded once per process."""
    return Reader()


def read(article: Article) -> Reading:
    """Read one article with the default configuration."""
    return default_reader().read(article)


def read_many(articles: Iterable[Article]) -> Iterator[Reading]:
    """Read articles with the default configuration, in batches (faster than one ``read`` each)."""
    return default_reader().read_many(articles)


# an invented article that touches every stage (a dateline, a date, people and bodies, a quote,
# events): reading it loads what the stages load at their first use (the actors' knowledge,
# the gazetteer, the cue and timex grammars, spaCy's lazy tables)
_WARM_UP = Article(
    id="dateline-warm-up",
    published=dt.date(2020, 3, 4),
    text=(
        "ORVALE, March 3 (Reuters) - Police arrested 12 protesters outside the Interior "
        "Ministry on Tuesday, a ministry spokesman said.\n\n"
        '"We will meet the union next week," Prime Minister Anna Berg told reporters in '
        "Geneva, adding that talks with Kestria would resume in April. "
        # a named place struck: loads the gazetteer's other town names (31,572 entries), which
        # loaded after the freeze would be walked by every full collection of the run
        "Rebels attacked Velmora, the ministry said."
    ),
)
_settled: set[ReadConfig] = set()  # configurations this process has settled (ready_to_read)
_settling = threading.Lock()


def ready_to_read(reader: Reader | None = None) -> Reader:
    """``reader`` (the default one if None) with everything loaded, in a process settled for
    reading many articles: what every ingest worker, Spark executor, ``dateline read`` of
    several articles and the stage benchmarks do before their first article.

    It loads the parser, reads one short invented article (so that the stages load their
    knowledge and tables now, not inside the first batch), collects the garbage, then freezes
    the heap (``gc.freeze``): the model and the modules live as long as the process, and
    frozen they cost no collection a walk; the automatic collections that the reading's
    allocations set off walk only what the reading made. Unfrozen, a full collection walks the
    model and the knowledge (hundreds of thousands of objects) each time; what that costs the
    stages is measured in docs/corpus.md ("Session 48"). Done once per process and
    configuration (the later calls only return the reader); the readings do not change.
    """
    reader = reader or default_reader()
    with _settling:  # a background preload (Spark) and a task never settle twice
        if reader.config not in _settled:
            reader.nlp  # noqa: B018 (a cached property: loads the parser)
            # a stage that raised here raises on the articles too, and each is rejected with
            # the error there: the warm-up must not stop the run before that
            with contextlib.suppress(Exception):
                reader.read(_WARM_UP)
            gc.collect()
            gc.freeze()
            _settled.add(reader.config)
    return reader
