"""RSS and Atom feed files (feedparser): one article per entry, its text from content or summary.

Feed entries carry HTML; the text is taken from it with lxml. An entry without a date or text is
rejected with its number and title; a file that is no feed at all is rejected whole. feedparser
and lxml are imported when a feed is read, not with this module (as ``html`` imports trafilatura).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.ingest.base import Rejected, RejectedInput, read_text_file
from dateline.model import Article

if TYPE_CHECKING:
    import feedparser

FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def _html_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n\n" + (block.tail or "")  # keep paragraphs apart for the sentence splitter
    return "\n\n".join(part.strip() for part in root.text_content().split("\n\n") if part.strip())


def _entry_article(entry: dict, path: Path, number: int) -> Article:
    parts = entry.get("content") or []
    html = parts[0].get("value", "") if parts else entry.get("summary", "")
    text = _html_text(html or "")
    if not text:
        raise RejectedInput("no text in content or summary")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        raise RejectedInput("no published or updated date")
    title = (entry.get("title") or "").strip() or None
    return Article(
        id=entry.get("id") or entry.get("link") or f"{path.stem}-{number}",
        text=text,
        published=dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday),
        title=title,
        source=str(path),
        url=entry.get("link") or None,
    )


def _parse(path: Path, encoding: str) -> feedparser.FeedParserDict:
    import feedparser

    feed = feedparser.parse(read_text_file(path, encoding, markup=True))
    if not feed.entries:
        problem = feed.get("bozo_exception")
        raise RejectedInput(f"not an RSS/Atom feed{f': {problem}' if problem else ' (no entries)'}")
    return feed


def count_feed(path: Path, encoding: str = "utf-8") -> int:
    try:
        return len(_parse(path, encoding).entries)
    except (RejectedInput, OSError):
        return 1


def read_feed(path: Path, encoding: str = "utf-8") -> Iterator[Article | Rejected]:
    try:
        feed = _parse(path, encoding)
    except RejectedInput as error:
        yield Rejected(str(path), str(error))
        return
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield _entry_article(entry, path, number)
        except RejectedInput as error:
            title = (entry.get("title") or "").strip()[:40]
            label = f"entry {number}" + (f" ({title!r})" if title else "")
            yield Rejected(str(path), f"{label}: {error}")
