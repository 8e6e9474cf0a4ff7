"""When an event mention happened and how it is stated: its date sources and modality flags.

The order in which a date is chosen is told in ``coder``; the date of the event a mention is
anchored to or is a later mention of is taken in ``corefer``. ``nearest``, the search along
the dependency tree, also finds a mention's place and fallback target (``arguments``).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable

from spacy.tokens import Doc, Token

from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.triggers import trigger_of
from dateline.model import Attribution, TimeExpression
from dateline.text.paragraphs import hard_wrapped, paragraph_break
from dateline.timex.intervals import days_of

MAX_DISTANCE = 5  # dependency hops from a trigger to its date or place
HISTORICAL_AFTER = dt.timedelta(days=365)


def timex_tokens(doc: Doc, timexes: tuple[TimeExpression, ...]) -> dict[int, TimeExpression]:
    """Each token inside a DATE or TIME expression, with that expression."""
    found: dict[int, TimeExpression] = {}
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        for token in doc.char_span(timex.start, timex.end, alignment_mode="expand") or ():
            found[token.i] = timex
    return found


def paragraph_numbers(doc: Doc) -> dict[int, int]:
    """Each token's paragraph number (``dateline.text.paragraphs``: a line in web text, a block
    between blank or indented lines in wire copy)."""
    number, found = 0, {}
    wrapped = hard_wrapped(doc.text)
    for token in doc:
        if token.is_space and paragraph_break(token.text_with_ws, wrapped):
            number += 1
        found[token.i] = number
    return found


def nearest(
    trigger: Token, wanted: Callable[[Token], bool], limit: int = MAX_DISTANCE
) -> Token | None:
    """The token closest to the trigger along the dependency tree that is ``wanted``."""
    seen = {trigger.i}
    queue = deque([(trigger, 0)])
    sentence = trigger.sent
    while queue:
        token, distance = queue.popleft()
        if token.i != trigger.i and wanted(token):
            return token
        if distance >= limit:
            continue
        for nxt in [*token.children, token.head]:
            if nxt.i not in seen and sentence.start <= nxt.i < sentence.end:
                seen.add(nxt.i)
                queue.append((nxt, distance + 1))
    return None


def own_timex(document: Document, trigger: Token) -> TimeExpression | None:
    """The DATE/TIME expression nearest the trigger along the tree, within a few hops."""

    def dated(token: Token) -> bool:
        return token.i in document.timex_at

    found = nearest(trigger, dated)
    if found is None and trigger.i in document.timex_at:
        found = trigger
    return document.timex_at[found.i] if found is not None else None


def anchor_of(document: Document, trigger: Token) -> Token | None:
    """An event noun the trigger is placed in time by: "before (to) his meeting"."""
    for child in trigger.children:
        if child.dep_ != "prep" or child.lower_ not in document.lexicon.anchor_preps:
            continue
        for inner in child.subtree:
            if (
                inner.dep_ == "pobj"
                and inner.i != trigger.i
                and trigger_of(inner, document.lexicon)
            ):
                return inner
    return None


def reported_in(document: Document, trigger: Token) -> Attribution | None:
    for attribution in document.attributions:
        if attribution.content.start <= trigger.idx < attribution.content.end:
            return attribution
    return None


def modality(
    document: Document,
    trigger: Token,
    date: str | None,
    dated_by_timex: bool,
    attribution: Attribution | None,
) -> tuple[str, ...]:
    """The modality flags (see ``docs/events.md``); "asserted" when none applies."""
    found = []
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    children = list(trigger.children) + (list(verb.children) if verb.i != trigger.i else [])
    if any(c.dep_ == "neg" for c in children):
        found.append("negated")
    cues = document.lexicon.cues
    auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    modifiers = {c.lower_ for c in trigger.children if c.dep_ == "amod"}
    if (
        auxiliaries & cues("hypothetical")
        or modifiers & cues("hypothetical_modifiers")
        or any(c.dep_ == "mark" and c.lower_ in cues("condition") for c in children)
    ):
        found.append("hypothetical")
    bounds = days_of(date) if dated_by_timex and date else None
    published = document.article.published
    if (
        auxiliaries & cues("future")
        or modifiers & cues("planned_modifiers")
        or (bounds and bounds[0] > published)
    ):
        found.append("future")
    if bounds and bounds[1] < published - HISTORICAL_AFTER:
        found.append("historical")
    if attribution is not None:
        found.append("reported")
    return tuple(found) or ("asserted",)


def date_from_context(drafts: list[Draft]) -> None:
    """Undated mentions take the date of their paragraph's previous dated event (in place)."""
    previous: Draft | None = None
    for draft in drafts:
        same_paragraph = previous is not None and previous.paragraph == draft.paragraph
        if draft.basis == "published" and same_paragraph:
            draft.date, draft.basis = previous.date, "context"
        if draft.basis in ("timex", "event") and "historical" not in draft.modality:
            previous = draft
        elif previous is not None and previous.paragraph != draft.paragraph:
            previous = None
