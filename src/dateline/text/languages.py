"""The language an article is written in, told by py3langid, whose model ships inside the
package (nothing is downloaded). dateline's stages read English only: an article in another
language is stored with its language and left unread."""

from __future__ import annotations

from functools import lru_cache

import pycountry
from py3langid.langid import MODEL_FILE, LanguageIdentifier

ENGLISH = "en"
# the detector reads the start of the text: enough to tell, cheap for a long article
_SAMPLE_CHARS = 1000
# fewer letters than this are too few to tell a language by (a headline, a test sentence)
_MIN_LETTERS = 150
# below this probability the text is mixed or unclear: read it as English, as before
_CONFIDENCE = 0.95


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short or too mixed
    to tell."""
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= _CONFIDENCE else None


def read_as_english(language: str | None) -> bool:
    """English, or a text too short or mixed to tell: the stages read it."""
    return language in (None, ENGLISH)


def language_name(code: str | None) -> str:
    """ "French" for "fr"; the code itself when pycountry does not know it."""
    language = pycountry.languages.get(alpha_2=code) if code else None
    return language.name if language is not None else str(code)
