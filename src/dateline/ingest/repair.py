"""Article text as it was written: mojibake mended, characters composed (NFC).

Crawled pages and some corpora carry UTF-8 that was once decoded as Latin-1 or Windows-1252:
"PeÃ±a" for "Peña", "â€œ" for an opening quotation mark. Such text breaks names (the gazetteer
and the model miss them) and quotes (the marks are no longer marks), so it is mended before any
stage reads it. ftfy decides what is mojibake; it is slow on long text, so it runs only on texts
that show the signature of mojibake — a UTF-8 lead byte as Latin-1 followed by a continuation byte.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# a UTF-8 lead byte (C2-F4) shown as Latin-1, then a continuation byte (80-BF) as Latin-1 or as
# the Windows-1252 character that byte stands for
_MOJIBAKE_SIGNATURE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_text(text: str) -> str:
    """``text`` in NFC, with mojibake decoded back to the characters meant."""
    if not unicodedata.is_normalized("NFC", text):
        # decomposed letters first: "A" + combining tilde must read as "Ã" to be seen as mojibake
        text = unicodedata.normalize("NFC", text)
    if _MOJIBAKE_SIGNATURE.search(text):
        text = ftfy.fix_encoding(text)
    return text
