"""The tagger as a dateline pipeline stage and as a spaCy component.

Pipeline stage: ``find_timexes(doc, article)`` with ``doc = dateline.language.parse(article.text)``.

spaCy component ``"dateline_timex"``: add it with
``nlp.add_pipe("dateline_timex", config={"dct": "2025-07-04"})`` (after the parser, so that tense
can be read from the parse). The document creation time is ``doc._.dct`` when set (a
``datetime.date``; e.g. ``doc = nlp.make_doc(text); doc._.dct = date`` then run the pipes), else
the ``dct`` of the component's config; with neither, the component refuses to guess and raises.
It stores the result, a list of ``dateline.model.TimeExpression`` with character offsets, in
``doc._.timexes``.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Article, TimeExpression
from dateline.text.doctext import doc_text
from dateline.timex.tagger import tag

for _name in ("dct", "timexes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def find_timexes(doc: Doc, article: Article) -> tuple[TimeExpression, ...]:
    """The time expressions of ``article``, anchored to its publication date.

    Tense is read from ``doc``'s parse; expressions inside quotes resolve against the day the
    quote was spoken when its sentence names it; "that day" and the like against the last day
    the text mentioned.
    """
    return tuple(tag(article.text, article.published, doc=doc))


class TimexComponent:
    def __init__(self, dct: str | None) -> None:
        self.dct = dt.date.fromisoformat(dct) if dct else None

    def __call__(self, doc: Doc) -> Doc:
        anchor = doc._.dct if isinstance(doc._.dct, dt.date) else self.dct
        if anchor is None:
            raise ValueError(
                "dateline_timex needs a document creation time: set doc._.dct or "
                'add_pipe("dateline_timex", config={"dct": "YYYY-MM-DD"})'
            )
        doc._.timexes = tag(doc_text(doc), anchor, doc=doc if doc.has_annotation("DEP") else None)
        return doc


@Language.factory("dateline_timex", default_config={"dct": None})
def timex_component(nlp: Language, name: str, dct: str | None) -> TimexComponent:
    return TimexComponent(dct)
