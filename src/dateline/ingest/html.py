"""Saved HTML pages: the article text and its publication date, extracted with trafilatura.

trafilatura (with lxml, htmldate, courlan) is imported when a page is read, not with this module:
``dateline.ingest`` imports every reader, and a run of JSON Lines (Spark's records task, the
driver of ``dateline spark``) would otherwise import it for nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateline.ingest.base import RejectedInput, parse_date, read_text_file
from dateline.model import Article

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# the date only from the page's markup (meta tags, <time>, structured data): htmldate's extensive
# search would otherwise guess from free text, e.g. a "Copyright 2026" footer gives 2026-01-01
DATE_SEARCH = {"extensive_search": False, "original_date": True}


def read_html(path: Path, *, date: dt.date | None = None, encoding: str = "utf-8") -> Article:
    """One article from a web page; ``date`` is used only when the page states none."""
    import trafilatura

    page = read_text_file(path, encoding, markup=True)
    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, date_extraction_params=DATE_SEARCH
    )
    text = (extracted.text or "").strip() if extracted else ""
    if not text:
        raise RejectedInput("no article text found in the page")
    if extracted.date:
        published = parse_date(extracted.date)
    elif date is not None:
        published = date
    else:
        raise RejectedInput("no publication date found in the page (give one with --date)")
    return Article(
        id=path.stem,
        text=text,
        published=published,
        title=extracted.title or None,
        source=str(path),
        url=extracted.url or None,
    )
