"""Whom a protest is against: the ruler its own demand would remove.

"Exiles rallied in Paris calling for the ouster of President Dren", "students marched in London,
demanding the resignation of the prime minister": the protest's clause names no one acted on,
but the demand that goes with it (a request in a clause under the protest verb) names the one
whose removal the crowd wants, and the protest is against that one
(``../shared/design/audit.md``: a target is empty only when the text names none; session 46,
second round). Only a demand for a removal (``REMOVALS``: ouster, resignation, impeachment, ...)
gives the protest its target: "demanding the release of jailed reporters" or "calling for higher
pay" names no one the protest is against, and the target stays open.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.arguments import actor_in
from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.mentions import phrase_span
from dateline.events.triggers import trigger_of

# a demand that its object leave office: the object is the one protested against
REMOVALS = {"ouster", "ousting", "resignation", "removal", "impeachment", "departure",
            "downfall", "overthrow", "dismissal", "sacking", "exit", "fall"}  # fmt: skip


def _demands(document: Document, verb: Token) -> list[Token]:
    """The request verbs in clauses under a protest verb ("rallied, calling for ...")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp", "conj")
        and c.pos_ == "VERB"
        and (trigger := trigger_of(c, document.lexicon)) is not None
        and trigger.type == "REQUEST"
    ]


def _removed(document: Document, demand: Token) -> Token | None:
    """The one a demand would remove: the "of" object or the possessor of a removal noun that
    is the demand's object ("calling for the ouster of X", "demanding X's resignation")."""
    things = [c for c in demand.children if c.dep_ == "dobj"] + [
        g
        for c in demand.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for thing in things:
        if thing.lemma_.lower() not in REMOVALS:
            continue
        for c in thing.children:
            if c.dep_ == "poss" and actor_in(document, c) is not None:
                return c
            if c.dep_ == "prep" and c.lower_ == "of":
                party = next((g for g in c.children if g.dep_ == "pobj"), None)
                if party is not None and actor_in(document, party) is not None:
                    return party
    return None


def protested_ruler(document: Document, draft: Draft) -> Draft:
    """The draft, with the ruler its demand would remove as the target of a protest whose own
    clause names no one (see the module's docstring)."""
    token = draft.token
    if (
        draft.trigger.type != "PROTEST"
        or draft.target is not None
        or draft.target_token is not None
        or token.pos_ != "VERB"
    ):
        return draft
    for demand in _demands(document, token):
        party = _removed(document, demand)
        if party is None:
            continue
        found = actor_in(document, party)
        if found is None or found == draft.source:
            continue
        draft.target, draft.target_token = found, party
        draft.target_phrase = phrase_span(document.article, party)
        draft.target_nearest = False
        draft.notes.append(f"target: the one whose {demand.text!r} demand would remove them")
        return draft
    return draft
