"""The event stage: PLOVER events from clauses and event nouns, with actors, date and modality.

A trigger (a verb or noun from the lexicon) gives the type and mode; the parse gives the source
(subject, possessor, or a nationality adjective) and the target (object or prepositional
object, else the nearest other actor along the dependency tree). The date, in order:

1. ``timex``: a time expression within a few dependency hops of the trigger;
2. ``event``: the date of the event it is anchored to ("before his meeting with Mr. Trump",
   "during the call") or that it is a later mention of;
3. ``attribution``: the date of the statement it is reported in;
4. ``context``: the story's time, the last recent day an earlier sentence named (news
   narrates from one reference time: "police arrested four men on Monday ... Officers
   arrested a man, 33");
5. ``published``: the news day, when the story names no such day.

An event of neither kind is not the story's time (``dating.untimed``: a past perfect, a
present perfect, a habit, a background clause, a noun with no tense, after an earlier time the
story turned to): the trust gate drops it (``trust.undated``) rather than give it a wrong day.

Mentions of one real-world event are then merged (``corefer``): the event keeps its first
mention as ``evidence`` and lists every mention in ``mentions``.

``find_events`` calls the parts in order: ``mentions`` sweeps the triggers and drafts each
mention (``draft.Draft``), with its source, target and place from ``arguments`` and its date and
modality from ``dating``; ``corefer`` merges the drafts; ``dating`` dates the rest from context.
They share one ``document.Document``: the parse, the earlier stages' findings, look-ups by token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from dateline.actors import ActorTable
from dateline.event_lexicon import Lexicon, load_lexicon
from dateline.events.corefer import merge_mentions
from dateline.events.credibility import doubt
from dateline.events.dating import date_from_context
from dateline.events.document import Document
from dateline.events.enforcers import arrester
from dateline.events.mentions import anaphoric_nouns, draft_mentions, event, placed
from dateline.events.trust import distrust, open_target, undated
from dateline.model import Article, Attribution, Event, TimeExpression

if TYPE_CHECKING:
    from dateline.events.learned import EventTyper


def find_events(
    doc: Doc,
    article: Article,
    actors: ActorTable,
    attributions: tuple[Attribution, ...],
    timexes: tuple[TimeExpression, ...],
    lexicon: Lexicon | None = None,
    typer: EventTyper | None = None,
    *,
    trusted_only: bool = True,
) -> tuple[Event, ...]:
    """The event stage: every PLOVER event the lexicon finds, with its arguments.

    ``typer`` (an ``events.learned.EventTyper``) optionally re-types each relation;
    ``trusted_only=False`` keeps the credible events the trust gate (``trust``) would drop.
    """
    document = event_document(doc, article, actors, attributions, timexes, lexicon, typer)
    drafts = draft_mentions(document)
    drafts = merge_mentions(drafts, document.first_mention, anaphoric_nouns(drafts))
    # an arrest told without its agent: the arresting body the text names nearby
    drafts = [arrester(document, d) for d in drafts]
    # a noun kept as a possible later mention ("the call") that is still without actors
    drafts = [d for d in drafts if d.source is not None or d.target is not None or d.agentless]
    # the confidence gate: only events credible as a political or social interaction
    drafts = [d for d in drafts if doubt(document, d) is None]
    # the trust gate: only events whose every field the clause supports (``trust``)
    if trusted_only:
        drafts = [open_target(document, d) for d in drafts]
        drafts = [d for d in drafts if distrust(document, d) is None]
    if not drafts:
        return ()  # nothing to date or place: the story's times are read for its drafts only
    date_from_context(document, drafts)
    if trusted_only:  # an event dated on a day it did not happen is worse than none
        drafts = [d for d in drafts if undated(d) is None]
    drafts = [placed(document, d) for d in drafts]  # (the kept drafts' places and contexts)
    return tuple(event(article, number, d) for number, d in enumerate(drafts, start=1))


def event_document(
    doc: Doc,
    article: Article,
    actors: ActorTable,
    attributions: tuple[Attribution, ...],
    timexes: tuple[TimeExpression, ...],
    lexicon: Lexicon | None = None,
    typer: EventTyper | None = None,
) -> Document:
    """What the stage's parts share of one article: the parse, the earlier stages' findings and
    the look-ups by token they are read through."""
    return Document(
        doc=doc,
        article=article,
        actors=actors,
        attributions=attributions,
        timexes=timexes,
        lexicon=lexicon or load_lexicon(),
        typer=typer,
        first_mention=first_mentions(actors),
    )


def first_mentions(actors: ActorTable) -> dict[str, int]:
    """Each actor's first token index in the article (``corefer`` orients unordered pairs by it)."""
    found: dict[str, int] = {}
    for token_index, actor in sorted(actors.by_token.items()):
        found.setdefault(actor, token_index)
    return found
