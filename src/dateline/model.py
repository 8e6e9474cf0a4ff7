"""The nouns dateline speaks: an Article goes in, a Reading comes out.

Every extracted item carries character offsets into ``Article.text`` so that it can be shown in
its sentence. All records are frozen pydantic models: they validate on construction and
round-trip through JSON without loss (``Reading.model_validate_json(r.model_dump_json()) == r``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dateline.errors import DatelineError

SCHEMA_VERSION = "1.2"

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
ActorKind = Literal["person", "government", "organisation", "country", "group"]
AttributionKind = Literal["direct", "partial", "indirect", "according_to"]
# speech: said, wrote, announced, according to; stance: a belief, feeling, intention or support
# ("hopes", "backs", "expects") that the text states without saying it was voiced
AttributionMode = Literal["speech", "stance"]
Modality = Literal[
    "asserted", "negated", "hypothetical", "future", "historical", "reported", "requested"
]
DateBasis = Literal["timex", "event", "attribution", "context", "published"]
CountryBasis = Literal["text", "known", "registry", "article"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


R = TypeVar("R", bound=Record)


def unvalidated(cls: type[R], values: dict[str, Any]) -> R:
    """The record of ``cls`` that validating ``values`` would make, made without validating:
    only for values the caller built itself, each of its field's own type and valid, every
    field named in the order ``cls`` declares them (as validation leaves them). A stage makes
    thousands of small records a run, and validating one costs twice making it (pydantic's own
    unvalidated ``model_construct`` costs more still: it walks the fields in Python)."""
    record = object.__new__(cls)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", set(values))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


_set = object.__setattr__  # (a frozen record refuses its own ``__setattr__``)


class TextSpan(Record):
    """A stretch of the article: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> TextSpan:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Article(Record):
    id: str
    text: str
    published: dt.date
    title: str | None = None
    source: str | None = None
    url: str | None = None

    def span(self, start: int, end: int) -> TextSpan:
        # (plain offsets in order are checked here, as ``TextSpan`` would: others validated)
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return unvalidated(TextSpan, {"start": start, "end": end, "text": self.text[start:end]})
        return TextSpan(start=start, end=end, text=self.text[start:end])

    def label(self) -> str:
        """How a message names the article: its id, with its source (file or outlet) after it
        when it has one."""
        return f"{self.id} ({self.source})" if self.source and self.source != self.id else self.id


class ArticleTooLong(DatelineError, ValueError):
    pass


def check_length(article: Article, max_chars: int) -> None:
    """Raise ``ArticleTooLong`` for an article over the length limit (rejected, never cut).
    Here, not in ``pipeline``, so that reading records needs no parser (``spark.records``)."""
    if len(article.text) > max_chars:
        raise ArticleTooLong(
            f"article {article.id!r} is {len(article.text):,} characters, over the "
            f"{max_chars:,} limit (raise it with --max-chars)"
        )


class TimeExpression(TextSpan):
    """A TIMEX3: ``value`` is its calendar value, resolved against ``anchor``."""

    type: TimexType
    value: str
    anchor: str | None = None
    mod: str | None = None


class Mention(TextSpan):
    pass


class Actor(Record):
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    # where ``country`` comes from: the article's words, a knowledge file, the corpus registry,
    # or (a guess) the country the article is mostly about
    country_basis: CountryBasis | None = None


class Attribution(Record):
    """Who said what: ``content`` is what was said, ``source`` who said it, ``cue`` the verb."""

    id: str
    kind: AttributionKind
    content: TextSpan
    mode: AttributionMode = "speech"
    source: TextSpan | None = None
    cue: TextSpan | None = None
    speaker: str | None = None
    via: tuple[str, ...] = ()
    said_on: str | None = None
    # no name to show: the text gives no source ("it is estimated that"), or the source is a
    # bare pronoun ("we", "it") that no actor was found for
    unresolved: bool = False
    # the pieces of a content interrupted by its source and cue ("“A,” he said, “B.”"); empty
    # when the content is the one stretch ``content``, which always spans all pieces
    content_parts: tuple[TextSpan, ...] = ()

    @property
    def words_said(self) -> str:
        """What was said as a reader should see it: an interrupted quotation's pieces joined
        by an ellipsis, without the attribution line between them."""
        return " … ".join(part.text for part in self.content_parts) or self.content.text


class Event(Record):
    """A PLOVER event: ``source`` did ``type`` to ``target``; actors are Actor ids."""

    id: str
    type: str
    mode: str | None = None
    source: str | None = None
    target: str | None = None
    source_phrase: TextSpan | None = None
    target_phrase: TextSpan | None = None
    date: str | None = None
    date_basis: DateBasis | None = None
    location: str | None = None
    location_country: str | None = None
    contexts: tuple[str, ...] = ()
    modality: tuple[Modality, ...] = ()
    attribution: str | None = None
    trigger: TextSpan
    evidence: TextSpan
    mentions: tuple[TextSpan, ...] = ()
    # provenance: the lexicon entry that found the trigger and every rule that then decided
    # its type, arguments or modality ("lexicon ASSAULT verbs 'open fire'; ...")
    decided_by: str | None = None


class Reading(Record):
    schema_version: str = SCHEMA_VERSION
    article: Article
    # the article's language (ISO 639-1), None when the text is too short or mixed to tell; the
    # stages read English (and None) only, so an article in another language has no findings
    language: str | None = None
    timexes: tuple[TimeExpression, ...] = ()
    actors: tuple[Actor, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    events: tuple[Event, ...] = ()

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def speaker_name(self, attribution: Attribution) -> str | None:
        """The speaker actor's name, else the words that name the source ("the governor"); an
        unresolved pronoun ("we") is no name to show."""
        actor = self.actor(attribution.speaker)
        if actor:
            return actor.name
        source = attribution.source
        return source.text if source and not attribution.unresolved else None
