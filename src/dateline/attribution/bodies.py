"""Whether "the company" or "the group" that speaks is the body the actors stage linked it to.
A writer calls a body by its kind right after naming it: when another body's name stands
between the linked body's last name and the phrase ("Halden Mining Corp. ... Ferrovia Parks
filed for bankruptcy on Saturday ... the company said"), the phrase may well be that other
body's, and the description is the speaker's clearest name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.attribution.context import Context
from dateline.model import Actor
from dateline.text.doctext import sentence_bounds, slice_of

# the nouns a body is called by after its name ("the company", "the rights group")
_COMPANY_NOUNS = frozenset({"company", "firm"})
_KIND_NOUNS = _COMPANY_NOUNS | {"group", "organization", "organisation", "coalition", "alliance"}
# the last words of a state's bodies, which no one calls "the company" or "the group" ("the
# Navy", "the Economic Policy Council")
_STATE_BODY_HEADS = frozenset(
    {
        "navy", "army", "guard", "police", "force", "congress", "senate", "parliament",
        "government", "ministry", "department", "agency", "administration", "commission",
        "committee", "council", "court", "house", "office", "university", "institute",
    }
)  # fmt: skip
# the words that open a mention without naming anyone ("The" of "The company")
_OPENERS = frozenset({"the", "a", "an", "its", "this", "that"})


def named_since(ctx: Context, head: Token, actor_id: str) -> bool:
    """``head`` heads "the (...) company" or "the (...) group", linked to the organisation
    ``actor_id``, and a sentence between the linked body's last name and the phrase's sentence
    has another body as its subject ("Ferrovia Parks filed for bankruptcy"): the text went on
    to that body, which the phrase may well stand for."""
    if head.tag_ != "NN" or head.lemma_.lower() not in _KIND_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    actor = ctx.actors.get(actor_id)
    if actor is None or actor.kind != "organisation":
        return False
    named = max((m.end for m in actor.mentions if m.end <= head.idx and _names(m.text)), default=-1)
    company = head.lemma_.lower() in _COMPANY_NOUNS
    doc, first = ctx.doc, sentence_bounds(head)[0]
    # back sentence by sentence to the one that names the linked body (a name in the
    # phrase's own sentence, or none within reach, leaves the link alone)
    for _ in range(_SENTENCES_BACK):
        if first == 0 or doc[first].idx <= named:
            return False
        first, end = sentence_bounds(doc[first - 1])
        if doc[first].idx < named:
            return False  # the sentence of the name itself
        subject = _subject_of(slice_of(doc, first, end))
        if subject is not None and _another_body(ctx, actor, subject, company):
            return True
    return False


# how many sentences back another body is looked for
_SENTENCES_BACK = 4


def _subject_of(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb, if it has one."""
    return next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _names(words: str) -> bool:
    """A mention that names its body ("Ferrovia Parks", "the Halden group"), not one that only
    describes it ("the company")."""
    opening, *rest = words.split()
    if opening.lower() not in _OPENERS and opening[:1].isupper():
        return True
    return any(word[:1].isupper() for word in rest)


def _another_body(ctx: Context, actor: Actor, subject: Token, company: bool) -> bool:
    """A subject that names an organisation other than ``actor`` ("Ferrovia Parks", "Ferrovia
    shares"): one the actors stage found, or a name the tagger took for an organisation's.
    Not one of the body's own names ("BP" of "BP PLC") nor a part it owns ("its Focus Labs
    unit"), not a state's body, newspaper or broadcaster, and for "the company" only a
    business."""
    if subject.lower_ in _STATE_BODY_HEADS:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children):
        return False
    for word in (subject, *(c for c in subject.children if c.dep_ in _NAME_PARTS)):
        # (a name the actors stage left unlinked there is looked up by its words: "BP
        # shares rose" of the BP named before)
        other = ctx.actors.get(ctx.actors.at(word)) or _named_as(ctx, word)
        if other is not None:
            if other.kind == "organisation" and _fits(other, company) and _apart(actor, other):
                return True
            continue
        # a name the tagger took for an organisation's, or a subject's name it took for none
        # ("New York-based Ferrovia Parks filed ...")
        named = word.ent_type_ == "ORG" or (word.i == subject.i and not word.ent_type_)
        if named and word.pos_ == "PROPN" and not _own_name(actor, word):
            return True
    return False


def _named_as(ctx: Context, word: Token) -> Actor | None:
    """The actor one of whose names is the proper noun ``word`` alone ("BP")."""
    if word.pos_ != "PROPN":
        return None
    return next(
        (actor for actor in ctx.actors.actors if word.text in (actor.name, *actor.aliases)),
        None,
    )


# the words of a subject that may name a body: "Ferrovia" of "Ferrovia shares", "Ferrovia's"
_NAME_PARTS = ("compound", "poss", "nmod")


def _fits(other: Actor, company: bool) -> bool:
    """A body "the company" (a business, or of no known trade) or "the group" (any but a
    state's body, a newspaper or a broadcaster) may stand for."""
    return other.sector in ("BUS", None) if company else other.sector not in ("GOV", "MED")


def _apart(actor: Actor, other: Actor) -> bool:
    """Two actors that are not one body under two names ("Quest" the actors stage kept apart
    from "Quest Diagnostics Inc"): the words of neither name hold the other's."""
    if other.id == actor.id:
        return False
    ours, theirs = set(actor.name.lower().split()), set(other.name.lower().split())
    return not (ours <= theirs or theirs <= ours)


def _own_name(actor: Actor, word: Token) -> bool:
    """``word`` is a word of the body's own name or of one of its other names."""
    return any(word.lower_ in name.lower().split() for name in (actor.name, *actor.aliases))
