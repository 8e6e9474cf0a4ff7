"""Plain-text articles: the dated format (first line ``date YYYY-MM-DD``), or text plus --date."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dateline.ingest.base import RejectedInput, parse_date, read_text_file
from dateline.model import Article

# "date 2025-07-04" then the text on the same line or the next; leading whitespace tolerated
_HEADER = re.compile(r"^\s*date[ \t]+(\S+)[ \t]*(?:\n|[ \t]+|$)", re.IGNORECASE)


def split_dated(raw: str) -> tuple[dt.date, str]:
    """The publication date and the article text of a dated plain file."""
    match = _HEADER.match(raw)
    if not match:
        first = raw.strip().split("\n", 1)[0][:40]
        raise RejectedInput(f"line 1: no date line (expected 'date YYYY-MM-DD', found {first!r})")
    try:
        published = parse_date(match.group(1))
    except RejectedInput as error:
        raise RejectedInput(f"line 1: {error}") from None
    text = raw[match.end() :].strip()
    if not text:
        raise RejectedInput("no article text after the date line")
    return published, text


def read_plain(path: Path, *, date: dt.date | None = None, encoding: str = "utf-8") -> Article:
    """One article from a text file: dated format, or any text when ``date`` is given."""
    raw = read_text_file(path, encoding)
    if date is None or _HEADER.match(raw):
        published, text = split_dated(raw)
    else:
        published, text = date, raw.strip()
        if not text:
            raise RejectedInput("no article text")
    title = text.split("\n", 1)[0].strip() if "\n" in text else None
    return Article(id=path.stem, text=text, published=published, title=title, source=str(path))
