"""Whether "the official" who speaks is the person the actors stage linked it to, or an
official the text never names ("a senior official said ... Minister Ada Kell was ... the
official added"): a bare description of that word stands for a named person only when the
text called that person an official. ``linked_speaker`` also asks ``bodies`` whether "the
company" that speaks is the body linked to it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.attribution.bodies import named_since
from dateline.attribution.context import Context

# "Ada Kell, a senior official of the union", "Ada Kell, the agency's liaison official"
_OFFICIAL_AFTER = re.compile(
    r"\s*,\s*(?:an?|the|one|another)?\s*(?:[\w.'&()/-]+\s+){0,6}official\b", re.IGNORECASE
)
# "union official Ada Kell", "the ministry official, Ada Kell"
_OFFICIAL_BEFORE = re.compile(r"\b(?i:official)\s*,?\s+(?:[A-Z][\w.'-]*\s+){0,2}$")
# how another description of the same kind opens ("the official" linked before is no title)
_DESCRIPTION_OPENERS = ("the ", "a ", "an ", "another ", "one ")
# how far before a name its title is read (characters)
_TITLE_REACH = 40


def linked_speaker(ctx: Context, head: Token) -> str | None:
    """The actor the actors stage linked ``head`` of a source to, unless that is a person
    "the official" does not stand for (``_unnamed_official``) or a body "the company" may not
    stand for (``bodies.named_since``)."""
    actor = ctx.actors.at(head)
    if actor is None or _unnamed_official(ctx, head, actor) or named_since(ctx, head, actor):
        return None
    return actor


def _unnamed_official(ctx: Context, root: Token, actor_id: str) -> bool:
    """``root`` is the head of "the official" or "the senior bank official", linked to a person
    none of whose other mentions calls an official: the speaker is an official left unnamed
    (the president or minister named before is whom the official serves or speaks of)."""
    if root.lower_ != "official" or root.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return False
    actor = ctx.actors.get(actor_id)
    if actor is None or actor.kind != "person" or _described(actor.name):
        return False
    text, at = ctx.text, root.idx
    for mention in actor.mentions:
        if mention.start <= at < mention.end:
            continue  # the description itself
        words = mention.text.lower()
        if "official" in words and not words.startswith(_DESCRIPTION_OPENERS):
            return False  # "Union official Ada Kell" as one mention
        if _OFFICIAL_AFTER.match(text, mention.end) or _OFFICIAL_BEFORE.search(
            text[max(0, mention.start - _TITLE_REACH) : mention.start]
        ):
            return False
    return True


def _described(name: str) -> bool:
    """A person the actors stage kept by a description, not a name ("U.S. law enforcement
    official", "Peking representative"): an unnamed one, whom "the official" may well be."""
    return any(word[:1].islower() for word in name.split())
