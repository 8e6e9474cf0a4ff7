"""One event per real-world action: merging the mentions of an event within an article.

A later mention joins an earlier event (the nearest one first) when

* both have the same PLOVER type, and neither is negated, hypothetical or future;
* their participants agree: the same two actors, or, for a definite or possessive noun ("the
  call", "his meeting with Mr. Trump", "the presidents' conversation"), actors all among the
  earlier event's (or none);
* their dates agree: a mention dated by its own time expression joins only an event of that
  same date.

The event keeps its first mention as ``evidence`` and its date; every mention's clause is kept
in ``mentions``; arguments the first mention lacked are taken from later ones. Then an event
placed "before"/"after"/"during" another ("before his meeting with Mr. Trump") takes that event's
date (``date_basis`` "event"), and a pair of actors found through "they" or "between" with no
grammatical direction is oriented like an earlier event between the same two, else in the order
the article first names them.
"""

from __future__ import annotations

from dateline.events.draft import Draft

_NOT_REAL = {"negated", "hypothetical", "future"}


def _participants(draft: Draft) -> set[str]:
    return {a for a in (draft.source, draft.target) if a is not None}


def _same_event(earlier: Draft, later: Draft, anaphoric: bool) -> bool:
    if earlier.trigger.type != later.trigger.type:
        return False
    head = earlier.token
    if head.pos_ == "NOUN" and head.left_edge.i <= later.token.i <= head.right_edge.i:
        return False  # "his approval of the proposal": a phrase inside an event noun is another
    if _NOT_REAL & (set(earlier.modality) | set(later.modality)):
        return False
    if later.timex_dated and earlier.timex_dated and later.date != earlier.date:
        return False
    if later.timex_dated and not earlier.timex_dated and later.date != earlier.date:
        return False  # an undated headline is one with the sentence dated its publication day
    mine, theirs = _participants(later), _participants(earlier)
    if anaphoric:
        return bool(theirs) and mine <= theirs
    return len(mine) == 2 and mine == theirs


def _absorb(event: Draft, mention: Draft) -> None:
    event.mentions.append(mention.evidence)
    _fill(event, mention)


def _fill(event: Draft, mention: Draft) -> None:
    """Arguments the event lacks, from another mention of it."""
    if event.source is None and mention.source not in (None, event.target):
        event.source, event.source_phrase = mention.source, mention.source_phrase
    if event.target is None and mention.target not in (None, event.source):
        event.target, event.target_phrase = mention.target, mention.target_phrase
        event.target_nearest = mention.target_nearest
    elif (
        event.target_nearest
        and not mention.target_nearest
        and mention.target == event.target
        and mention.token.dep_ == "conj"
        and mention.token.head.i == event.token.i
    ):
        # "urged freedom and called on Kestria's authorities to ...": the verb joined to the
        # event's names as acted on the actor the first found only as the nearest (session 53)
        event.target_phrase, event.target_token = mention.target_phrase, mention.target_token
        event.target_nearest = False


def _orient(draft: Draft, earlier: list[Draft], first_mention: dict[str, int]) -> None:
    if not draft.unordered or draft.source is None or draft.target is None:
        return
    pair = {draft.source, draft.target}
    prior = next((e for e in earlier if {e.source, e.target} == pair and not e.unordered), None)
    swap = (
        prior.source != draft.source
        if prior is not None
        else first_mention.get(draft.target, 0) < first_mention.get(draft.source, 0)
    )
    if swap:
        draft.source, draft.target = draft.target, draft.source
        draft.source_phrase, draft.target_phrase = draft.target_phrase, draft.source_phrase


def merge_mentions(
    drafts: list[Draft], first_mention: dict[str, int], anaphoric: set[int]
) -> list[Draft]:
    """The drafts, with later mentions of one event folded into the first (document order).

    ``anaphoric`` holds the token indices of definite/possessive event nouns.
    """
    events: list[Draft] = []
    owner: dict[int, Draft] = {}  # trigger token index -> the event it became part of
    for draft in drafts:
        _orient(draft, events, first_mention)
        candidates = [e for e in events if _same_event(e, draft, draft.token.i in anaphoric)]
        # the most mentioned first (a definite "the call" names the story's salient call),
        # then the nearest
        antecedent = max(reversed(candidates), key=lambda e: len(e.mentions), default=None)
        if antecedent is not None and draft.timex_dated and not antecedent.timex_dated:
            # "Trump and Putin hold phone call" (a headline), then "Trump spoke with Putin on
            # Thursday": the dated sentence tells the event, the headline is its other mention
            draft.mentions = [draft.evidence, *antecedent.mentions]
            _fill(draft, antecedent)
            events[events.index(antecedent)] = draft
            owner.update({i: draft for i, e in owner.items() if e is antecedent})
            owner[draft.token.i] = draft
        elif antecedent is not None:
            _absorb(antecedent, draft)
            owner[draft.token.i] = antecedent
        else:
            events.append(draft)
            owner[draft.token.i] = draft
    for event in events:
        anchor = owner.get(event.anchor.i) if event.anchor is not None else None
        dated = anchor is not None and anchor.basis in ("timex", "event")
        if dated and anchor is not event and not event.timex_dated:
            event.date, event.basis = anchor.date, "event"
    return events
