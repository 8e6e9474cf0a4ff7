"""Coding the relation between a given source and target: which event links them.

Used when the actors are already known (PLV's setting, or a user who marks them): the trigger
chosen is the one that governs the dependency path between the two — the highest lexicon word
on that path, else the nearest one above it, else the nearest one anywhere in the sentence.
Governing wins because the main predicate is what PLOVER codes: in "refused to lift the
sanctions on Abkhazia" the event is the refusal, not the sanctions.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.event_lexicon import Lexicon, Trigger
from dateline.events.triggers import carried_noun, frame_of, recode, trigger_of


@dataclass(frozen=True)
class Coded:
    trigger: Trigger
    token: Token


def ancestors_and_self(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def dependency_path(first: Token, second: Token) -> tuple[list[Token], Token]:
    """The tokens from ``first`` up to the lowest common ancestor and down to ``second``."""
    up = ancestors_and_self(first)
    down = ancestors_and_self(second)
    on_down = {t.i for t in down}
    common = next((t for t in up if t.i in on_down), up[-1])
    left = up[: up.index(common) + 1]
    right = down[: [t.i for t in down].index(common.i)] if common.i in on_down else []
    return left + right[::-1], common


def argument_head(span: Span | None) -> Token | None:
    return span.root if span is not None and len(span) else None


def _depth(token: Token) -> int:
    return len(ancestors_and_self(token))


def choose_trigger(
    sentence: Span, source: Span | None, target: Span | None, lexicon: Lexicon
) -> Coded | None:
    """The event linking ``source`` to ``target`` in ``sentence``, by the rules above."""
    inside = {t.i for arg in (source, target) if arg is not None for t in arg}
    heads = [h for h in (argument_head(source), argument_head(target)) if h is not None]
    triggers = {
        t.i: found
        for t in sentence
        if t.i not in inside and (found := trigger_of(t, lexicon)) is not None
    }
    if not triggers:
        return None
    doc = sentence.doc
    if heads:
        path, common = dependency_path(heads[0], heads[-1])
        on_path = [t for t in path if t.i in triggers]
        above = [t for t in ancestors_and_self(common)[1:] if t.i in triggers]
        if on_path:
            token = min(on_path, key=_depth)
        elif above:
            token = above[0]
        else:
            token = min(
                (doc[i] for i in triggers), key=lambda t: min(abs(t.i - h.i) for h in heads)
            )
    else:
        token = min((doc[i] for i in triggers), key=_depth)
    carried = carried_noun(token, lexicon)
    if carried is not None and carried.i not in inside:
        return Coded(
            recode(trigger_of(carried, lexicon), frame_of(token, lexicon), lexicon), carried
        )
    chosen = recode(triggers[token.i], frame_of(token, lexicon), lexicon)
    return Coded(chosen, token)
