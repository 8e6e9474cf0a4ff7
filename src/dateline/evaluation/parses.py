"""spaCy parses of evaluation texts, kept between runs in a cache folder when one is given.

Scoring a gold set means parsing hundreds of articles; while a rule is being developed the texts
do not change, so each evaluation command takes ``--cache DIR`` and reads its parses back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc, DocBin

from dateline.language import PIPELINE, load_nlp
from dateline.text.doctext import keep_text


def parse_cached(
    texts: Sequence[str], cache: Path | None, label: str, batch_size: int = 32
) -> list[Doc]:
    """The parses of ``texts`` in order; with ``cache``, one DocBin per distinct set of texts."""
    nlp = load_nlp()
    digest = hashlib.sha1(PIPELINE.encode())
    for text in texts:
        digest.update(text.encode())
        digest.update(b"\0")  # so that ["ab", "c"] and ["a", "bc"] differ
    path = cache / f"{label}-{digest.hexdigest()[:16]}.spacy" if cache is not None else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        for doc, text in zip(docs, texts, strict=True):
            keep_text(doc, text)  # a wrapped text's tokens hold its lines joined
        return docs
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs
