"""The language an article is written in, told by CLD2 (pycld2: compiled tables, nothing
downloaded, a few MB of memory). dateline's stages read English only: an article in another
language is stored with its language and left unread."""

from __future__ import annotations

import pycld2
import pycountry

ENGLISH = "en"
# the detector reads the start of the text: enough to tell, cheap for a long article
_SAMPLE_CHARS = 1000
# fewer letters than this are too few to tell a language by (a headline, a test sentence)
_MIN_LETTERS = 150
# CLD2 calls a text unreliable when a part of it is no language (code, tables); its first
# language still tells when it covers most of the text
_MAJORITY_PERCENT = 50
# CLD2's codes that are not ISO 639's (older codes, script variants)
_ISO_CODES = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "sr-ME": "sr"}
_UNKNOWN = "un"
# "xx-Cyrl": a language CLD2 does not know, written in a script it does: not English
_SCRIPT_ONLY = "xx-"
_UNDETERMINED = "und"  # ISO 639-2's code for a language that cannot be named
# CLD2 refuses C0 control characters other than tab and line breaks
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def language_of(text: str) -> str | None:
    """The ISO 639 code of the text's language (two letters where there is one), or None when
    it is too short or too mixed to tell."""
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None
    clean = sample.translate(_CONTROL).encode("utf-8", "replace").decode("utf-8")
    try:
        reliable, _, found = pycld2.detect(clean)
    except pycld2.error:  # bytes CLD2 still cannot read: tell nothing rather than stop a batch
        return None
    _, code, percent, _ = found[0]
    if code == _UNKNOWN or not (reliable or percent > _MAJORITY_PERCENT):
        return None
    if code.startswith(_SCRIPT_ONLY):
        return _UNDETERMINED
    return _ISO_CODES.get(code, code)


def read_as_english(language: str | None) -> bool:
    """English, or a text too short or mixed to tell: the stages read it."""
    return language in (None, ENGLISH)


def language_name(code: str | None) -> str:
    """ "French" for "fr"; the code itself when pycountry does not know it."""
    if not code:
        return str(code)
    language = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return language.name if language is not None else code
