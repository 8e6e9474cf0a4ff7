"""The draft of an event mention: what the coder found for one trigger, before merging.

``mentions`` makes one per trigger, ``corefer`` folds the mentions of one real-world event into
the first, ``dating`` fills in dates from context, and ``mentions.event`` turns each into an
``Event``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.event_lexicon import Trigger
from dateline.model import TextSpan


@dataclass
class Draft:
    """An event mention before mentions are merged: its token and what was found for it."""

    token: Token
    trigger: Trigger
    source: str | None
    target: str | None
    date: str
    basis: str
    timex_dated: bool
    modality: tuple[str, ...]
    attribution: str | None
    # the place and the PLOVER contexts: None and () until ``mentions.placed`` reads them for
    # the drafts the gates keep (no rule reads them before the event is made)
    location: str | None
    location_country: str | None
    contexts: tuple[str, ...]
    evidence: TextSpan
    anchor: Token | None = None  # an event noun this one is dated by ("before his meeting")
    unordered: bool = False  # a pair from "they" or "between": no grammatical direction
    source_phrase: TextSpan | None = None
    target_phrase: TextSpan | None = None
    mentions: list[TextSpan] = field(default_factory=list)
    # kept without an actor for its participant phrase ("protesters were arrested")
    agentless: bool = False
    # the rules that chose its arguments and modality, after the trigger's own provenance
    notes: list[str] = field(default_factory=list)
    # the phrases that filled the roles, also when they name no actor (``credibility``)
    source_token: Token | None = None
    target_token: Token | None = None
    # the target is the nearest other actor in the sentence, not a party of the clause
    target_nearest: bool = False
    # a verbal event whose clause names no one acted on: its target is left open (``trust``)
    target_open: bool = False
    # why the event's own time is not known (``dating.date_from_context``), or None
    undated: str | None = None
