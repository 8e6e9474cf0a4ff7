"""A parsed document's text, joined once, and the tokens where its paragraphs end.

spaCy's ``Doc.text`` joins every token's text each time it is read; the stages ask for it several
times per document. The first reader stores it in the document's ``user_data``.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc

from dateline.text.paragraphs import hard_wrapped, paragraph_break

_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def paragraph_breaks(doc: Doc) -> list[int]:
    """The space tokens that end a paragraph (``paragraphs.paragraph_break``), in order."""
    wrapped = hard_wrapped(doc_text(doc))
    spaces = doc.to_array(IS_SPACE).tolist()  # only a space token can end one
    return [
        i
        for i, space in enumerate(spaces)
        if space and paragraph_break(doc[i].text_with_ws, wrapped)
    ]
