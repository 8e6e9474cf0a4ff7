"""What the event stage knows of one article, shared by its parts (``coder`` builds it once)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from dateline.actors import ActorTable
from dateline.event_lexicon import Lexicon
from dateline.model import Article, Attribution, TimeExpression
from dateline.text.quotemarks import Quoted

if TYPE_CHECKING:
    from dateline.events.learned import EventTyper


@dataclass(frozen=True)
class Document:
    """The parse, what the earlier stages found in it, and look-ups by token index."""

    doc: Doc
    article: Article
    actors: ActorTable
    attributions: tuple[Attribution, ...]
    lexicon: Lexicon
    typer: EventTyper | None
    timex_at: dict[int, TimeExpression]  # token index -> the DATE/TIME expression it is in
    paragraph_of: dict[int, int]  # token index -> paragraph number
    first_mention: dict[str, int]  # actor id -> token index of its first mention
    quoted: dict[int, Quoted]  # token index -> the quotation it lies in (``trust``)
    comments_from: int | None  # where readers' comments under the article begin, if any
