"""Who a speaker called by an epithet is: a text names a company or a person and then calls
it by a description of its own ("Harlow Mining Inc. said ... The Tulsa mining concern said";
"Ada Kell won the seat ... the 56-year-old said"). When the actors stage linked the
description to no one, the speaker is the one body or person of that kind the last few
sentences named; with two or more of them there, the description stays the speaker."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.attribution.context import Context
from dateline.model import Actor

# what a company is called in passing ("the truck maker", "the Dallas oil and gas concern");
# bare "the company" or "the firm" is the actors stage's to link, and is not taken here
_COMPANY_NOUNS = frozenset(
    {
        "company", "concern", "firm", "maker", "giant", "carrier", "producer", "manufacturer",
        "retailer", "conglomerate", "airline", "bank", "insurer", "automaker", "utility",
    }
)  # fmt: skip
# what a person is called in passing, whatever their office ("the New York businessman")
_PERSON_NOUNS = frozenset(
    {
        "businessman", "businesswoman", "mogul", "tycoon", "magnate", "billionaire",
        "developer", "candidate", "nominee", "entrepreneur", "star",
    }
)  # fmt: skip
# an office: the person named before must hold it ("the Ohio governor", "the minister")
_TITLES = frozenset(
    {
        "senator", "congressman", "congresswoman", "governor", "lawmaker", "minister",
        "president", "chancellor", "premier", "mayor",
    }
)  # fmt: skip
# how far back (characters) the one described is looked for: the sentence or two before
_REACH = 400


def described_before(ctx: Context, root: Token) -> str | None:
    """The actor "the <description>" headed by ``root`` stands for (see the module), or None."""
    lemma = root.lemma_.lower()
    aged = _aged(root)
    if not (aged or lemma in _COMPANY_NOUNS or lemma in _PERSON_NOUNS or lemma in _TITLES):
        return None
    # (an age alone is an adjective: "the 56-year-old said")
    if root.tag_ != "NN" and not (aged and root.lower_ == "old"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None
    if any(c.dep_ == "poss" for c in root.children):
        return None  # "the firm's chairman" is the head's, "the party's nominee" is named so
    if lemma in _COMPANY_NOUNS and not aged:
        if not any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") for c in root.children):
            return None  # bare "the company": the actors stage's
        fits = _company(lemma)
    else:
        fits = _person(None if aged or lemma in _PERSON_NOUNS else lemma)
    start = root.left_edge.idx
    found = {
        actor.id
        for actor in ctx.actors.actors
        if fits(actor) and any(start - _REACH <= m.start and m.end <= start for m in actor.mentions)
    }
    return found.pop() if len(found) == 1 else None


def _aged(root: Token) -> bool:
    """ "the 56-year-old", "the 34-year-old mother of three": a description by age."""
    doc = root.doc
    return any(
        t.lower_ == "year" and t.i + 2 < len(doc) and doc[t.i + 2].lower_ == "old"
        for t in doc[root.left_edge.i : root.i + 1]
    )


def _company(lemma: str) -> Callable[[Actor], bool]:
    def fits(actor: Actor) -> bool:
        if actor.kind != "organisation" or actor.sector not in ("BUS", None):
            return False
        return lemma != "bank" or "bank" in actor.name.lower()

    return fits


def _person(title: str | None) -> Callable[[Actor], bool]:
    def fits(actor: Actor) -> bool:
        if actor.kind != "person":
            return False
        return title is None or (actor.role is not None and title in actor.role.lower())

    return fits
