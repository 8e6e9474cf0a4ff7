"""Session 49's speed-ups of the actors stage give what the code they replace gave: ``_thing``
reads each edge word of an entity once, and the role descriptions test a chunk's last word
before its head. The texts are written for this test; the code replaced is kept here to
compare with."""

from __future__ import annotations

from spacy.tokens import Span

from dateline.actors import find_actors
from dateline.actors.corrections import (
    DISEASE,
    DISEASE_WORDS,
    EVENT_HEADS,
    LEGAL_FORMS,
    STORM_WORDS,
    THING_HEADS,
    TIME_ZONES,
    VESSEL_NOUNS,
    _document_name,
    _headline_as_name,
    _party_convention,
    _thing,
    day_and_month,
    lettered_thing,
)
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import span_text

THINGS = (
    "Storm Bonnie reached the coast as Tropical Storm Colin faded. The tanker Nordic Star "
    "sank near the rig Ocean Meridian. A Metal Valve failed, said Lumen Corp and Co. The "
    "Kestria Trade Fair and the Harvest Weekend drew crowds; the Clean Water Act passed. "
    "Hurricane Alex, the H1N1 virus and Cholera worried the Ministry of Health. Exhibit A "
    "showed the Republican Convention on July 4 at 18.00 GMT. Another Kestrel Group said so."
)


def _thing_before(ent: Span) -> bool:
    """``_thing`` as session 48 left it, with session 49's State of the Union."""
    if ent.label_ not in ("ORG", "PERSON", "NORP", "GPE"):
        return False
    text = span_text(ent)
    lowered = text.lower()
    return (
        ent[-1].lower_ in THING_HEADS
        or (len(ent) > 1 and ent[-1].lower_ in EVENT_HEADS)
        or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in VESSEL_NOUNS)
        or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in STORM_WORDS)
        or (len(ent) > 1 and ent[0].lower_ in STORM_WORDS)
        or ent[0].lower_ in ("a", "an", "another")
        or _document_name(lowered)
        or DISEASE.search(lowered) is not None
        or lowered in DISEASE_WORDS
        or text in TIME_ZONES
        or lettered_thing(ent)
        or day_and_month(ent)
        or _party_convention(ent)
        or lowered.removeprefix("the ") == "state of the union"
        or _headline_as_name(ent)
        or all(t.lower_.rstrip(".") in LEGAL_FORMS or t.text == "." for t in ent)
    )


def test_thing_reads_the_edge_words_once() -> None:
    doc = load_nlp()(THINGS)
    spans = [
        Span(doc, start, end, label=label)
        for label in ("ORG", "PERSON", "GPE", "DATE")
        for start in range(len(doc))
        for end in range(start + 1, min(start + 5, len(doc)) + 1)
    ]
    verdicts = set()
    for span in [*doc.ents, *spans]:
        old = _thing_before(span)
        assert _thing(span) is old, (span.text, span.label_)
        verdicts.add(old)
    assert verdicts == {True, False}  # (the text holds both kinds)


ROLES = (
    "Health Secretary Ana Ruiz said on Monday that the plan would work. The company's chief "
    "executive and the former governor were there. Later the health secretary told reporters "
    "that the mayor had agreed, and the secretary left."
)


def test_descriptions_find_the_role_holder_as_before() -> None:
    """The phrases of the role name the person titled with it before; the chunks that end in
    no role's word ("the plan", "reporters") or name nobody said before in their role ("the
    mayor") stay no mention, whatever the order of the tests that pass over them."""
    doc = load_nlp()(ROLES)
    table = find_actors(doc, Article(id="roles", text=ROLES, published="2026-01-05"))
    mentions = {
        actor.name: [ROLES[m.start : m.end] for m in actor.mentions] for actor in table.actors
    }
    assert mentions == {"Ana Ruiz": ["Ana Ruiz", "the health secretary", "the secretary"]}
