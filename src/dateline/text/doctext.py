"""A parsed document's text, joined once.

spaCy's ``Doc.text`` joins every token's text each time it is read; the stages ask for it several
times per document. The first reader stores it in the document's ``user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
