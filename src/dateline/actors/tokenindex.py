"""A document's token attributes as Python lists, by token index, for the actor stage's loops
over every word.

``token.pos_`` looks its name up at every reading; ``groups`` reads it of every word. Here an
attribute is read once per document from the document's arrays (``doctext.attribute_keys``,
kept in its ``user_data`` and shared with the other stages), and each distinct key is turned
into its string once per process. Only what a plain timed run showed cheaper than reading the
Tokens is read this way (session 40): the part of speech. The dependency label, the text and
the flags (``is_title``, ``is_lower``, ...) cost more through the arrays than through the
Tokens the stage keeps, for news-sized documents.

The attribution stage reads the same arrays (``attribute_keys``) for its own scans.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.tokens import Doc

from dateline.text.doctext import attribute_keys

# key -> string, per attribute: a hash or symbol of the string store never changes meaning
_NAMES: dict[int, dict[int, str]] = {}
_NAMES_MAX = 200_000  # strings kept at most per attribute (a long run meets new words)


class TokenIndex:
    """Lists by token index (``index.pos[i] == doc[i].pos_``), each made when first read."""

    __slots__ = ("_doc", "_lists")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._lists: dict[int, list[str]] = {}

    def strings(self, attr: int) -> list[str]:
        """Every token's ``attr`` (POS, TAG, DEP, ORTH, LOWER, LEMMA, ENT_TYPE: an attribute
        the arrays hold as a string's key) as its string, by index."""
        found = self._lists.get(attr)
        if found is not None:
            return found
        names = _NAMES.setdefault(attr, {})
        keys = attribute_keys(self._doc, attr)
        try:
            found = [names[k] for k in keys]
        except KeyError:
            if len(names) > _NAMES_MAX:
                names.clear()
            strings = self._doc.vocab.strings
            for k in keys:
                if k not in names:
                    names[k] = strings[k]
            found = [names[k] for k in keys]
        self._lists[attr] = found
        return found

    @property
    def pos(self) -> list[str]:
        """``token.pos_`` of every token."""
        return self.strings(POS)
