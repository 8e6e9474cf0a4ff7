"""Corrections of the small spaCy model's entity labels where the context makes them clear.

The small model labels by surface form, and news defeats it in a few recurring ways: a platform
named like a place ("Truth Social" as GPE), a person after a title labelled as an organisation
("President Trump" as ORG), a country labelled as a person, a capitalised word in a quotation
taken for a name, a company ending in "Inc" taken for a person. Each correction is logged by
kind so that its rate can be measured (``dateline eval actors --corrections``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.actors.knowledge import Knowledge
from dateline.actors.known import KnownActors

PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")


def trim_entity(ent: Span, kb: Knowledge) -> Span | None:
    """Drop honorifics, possessive endings and punctuation at the edges of an entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].text in kb.honorifics or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or (doc[end - 1].is_punct and doc[end - 1].text != ".")
    ):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=ent.label_)


def _relabel(ent: Span, label: str) -> Span:
    return Span(ent.doc, ent.start, ent.end, label=label)


def _after_title(ent: Span, kb: Knowledge) -> bool:
    """Directly after "Mr.", "President", "Sen." and the like."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.text in kb.honorifics
        or before.text in kb.title_abbreviations
        or (before.is_title and before.lower_ in kb.role_group)
    )


def correct_entities(
    doc: Doc, kb: Knowledge, known: KnownActors, log: list[tuple[str, str]]
) -> list[Span]:
    """The document's entities, trimmed and with clear mislabels corrected (logged in ``log``)."""
    entities = []
    for raw in doc.ents:
        ent = trim_entity(raw, kb)
        if ent is None:
            continue
        lowered = ent.text.lower().removeprefix("the ")
        is_place = kb.is_place(lowered) or lowered in kb.institutions
        label = ent.label_
        if label in (*PLACE_LABELS, "PERSON") and not is_place and known.organisation(lowered):
            log.append(("known_organisation", ent.text))
            ent = _relabel(ent, "ORG")
        elif label in ("GPE", "LOC") and not is_place and ent[-1].lower_ in kb.org_heads:
            log.append(("place_as_organisation", ent.text))
            ent = _relabel(ent, "ORG")
        elif label == "PERSON" and is_place:
            log.append(("person_as_place", ent.text))
            ent = _relabel(ent, "ORG" if lowered in kb.institutions else "GPE")
        elif label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in kb.org_heads:
            log.append(("organisation_as_person", ent.text))
            ent = _relabel(ent, "ORG")
        elif label == "PERSON" and not ent.text[:1].isupper():
            log.append(("lowercase_person", ent.text))
            continue
        elif (
            label in ("ORG", "GPE", "NORP")
            and not is_place
            and len(ent) <= 3
            and all(t.pos_ == "PROPN" for t in ent)
            and _after_title(ent, kb)
        ):
            log.append(("titled_name", ent.text))
            ent = _relabel(ent, "PERSON")
        entities.append(ent)
    return entities
