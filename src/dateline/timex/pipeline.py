"""The tagger as a dateline pipeline stage and as a spaCy component.

Pipeline stage: ``find_timexes(doc, article)`` with ``doc = dateline.language.parse(article.text)``.

spaCy component ``"dateline_timex"``: add it with ``nlp.add_pipe("dateline_timex")`` (after the
parser, so that tense can be read from the parse). It reads the document creation time from
``doc._.dct`` (a ``datetime.date``; set it before running the component, e.g.
``doc = nlp.make_doc(text); doc._.dct = date; for _, pipe in nlp.pipeline: doc = pipe(doc)``)
and falls back to today's date when it is unset. It stores the result, a list of
``dateline.model.TimeExpression`` with character offsets, in ``doc._.timexes``.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Article, TimeExpression
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


@Language.component("dateline_timex")
def timex_component(doc: Doc) -> Doc:
    anchor = doc._.dct if isinstance(doc._.dct, dt.date) else dt.date.today()
    doc._.timexes = tag(doc.text, anchor, doc=doc if doc.has_annotation("DEP") else None)
    return doc
