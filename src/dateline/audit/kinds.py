"""What is audited: for events, quotes and actors, the columns of a judging sheet, the fields a
verdict is about, the verdicts a judge may give and the column scores are broken down by."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.errors import DatelineError


class AuditError(DatelineError, ValueError):
    """A sheet or verdict file that cannot be used: a bad verdict, a missing column, a mix."""


@dataclass(frozen=True)
class Kind:
    name: str  # "events", "quotes" or "actors"
    verdicts: tuple[str, ...]  # "right" first, then the errors in the order a judge reports them
    span: tuple[str, str]  # the columns of the record's own offsets in the article
    group: str  # the column scores are broken down by
    coded: tuple[str, ...]  # the judged fields: a verdict holds only while these are unchanged
    columns: tuple[str, ...]  # a judging sheet's columns, in order

    @property
    def key_columns(self) -> tuple[str, ...]:
        """The columns that find a verdict again in any store holding the same article."""
        return ("article_hash", *self.span, "coded")

    @property
    def verdict_columns(self) -> tuple[str, ...]:
        """The columns of a verdict file: keys and verdicts, no article text."""
        return (
            "article_hash", "article_id", "sentence_start", "sentence_end", *self.span,
            self.group, "coded", "verdict", "reason",
        )  # fmt: skip


_ARTICLE = ("id", "article", "article_id", "article_hash", "published", "title")
_SENTENCE = ("sentence_start", "sentence_end", "sentence")
_JUDGING = ("coded", "verdict", "reason")

EVENTS = Kind(
    name="events",
    verdicts=(
        "right", "not-an-event", "wrong-modality", "wrong-type", "wrong-source",
        "wrong-target", "wrong-date",
    ),
    span=("trigger_start", "trigger_end"),
    group="type",
    coded=("type", "mode", "source", "target", "date", "place", "modality"),
    columns=(
        *_ARTICLE, *_SENTENCE, "trigger_start", "trigger_end", "trigger", "type", "mode",
        "source", "target", "date", "date_basis", "place", "modality", *_JUDGING,
    ),
)  # fmt: skip

QUOTES = Kind(
    name="quotes",
    verdicts=(
        "right", "not-an-attribution", "wrong-content", "unresolved-speaker", "wrong-speaker",
    ),
    span=("content_start", "content_end"),
    group="speaker_kind",
    coded=("quote_kind", "speaker", "cue"),  # the content's extent is in the key itself
    columns=(
        *_ARTICLE, *_SENTENCE, "content_start", "content_end", "quote_kind", "mode", "speaker",
        "speaker_kind", "source_text", "cue", "content", "said_on", *_JUDGING,
    ),
)  # fmt: skip

ACTORS = Kind(
    name="actors",
    verdicts=(
        "right", "not-an-actor", "wrong-kind", "wrong-identity", "wrong-country", "wrong-role",
    ),
    span=("mention_start", "mention_end"),  # the actor's first mention
    group="kind",
    # the mentions' offsets are judged too: grouping another "he" with the actor asks again
    coded=("name", "kind", "country", "role", "sector", "mention_spans"),
    columns=(
        *_ARTICLE, *_SENTENCE, "mention_start", "mention_end", "name", "kind", "country",
        "country_basis", "role", "sector", "mentions", "mention_spans", *_JUDGING,
    ),
)  # fmt: skip

KINDS = {kind.name: kind for kind in (EVENTS, QUOTES, ACTORS)}


def kind_of(columns: list[str], where: str) -> Kind:
    """The kind of record a sheet or verdict file holds, from its header."""
    for kind in KINDS.values():
        if set(kind.verdict_columns) <= set(columns):
            return kind
    closest = min(KINDS.values(), key=lambda k: len(set(k.verdict_columns) - set(columns)))
    missing = [column for column in closest.verdict_columns if column not in columns]
    raise AuditError(
        f"{where}: not an audit sheet or verdict file (no column {', '.join(missing)})"
    )
