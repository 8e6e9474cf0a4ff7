"""Where the readers' comments under an article begin. Pages saved with their comments
(crisis coverage, live blogs) run on from the article into what readers wrote, which no
stage should read as the article's own reporting: a comment's stamp ("At 10:49 am on 2 Feb
2010, Lisy wrote:") or the outlet's note that opens its comment section ("Views expressed in
the comments do not represent those of ...", "We welcome comments that ...")."""

from __future__ import annotations

import re

_COMMENTS_OPEN = re.compile(
    # a comment's stamp: a clock time, a few words of date, a name or handle, "wrote:"
    r"\b\d{1,2}[:.]\d{2}\b[^\n:]{0,40}?[\w.@-]+\s+wrote\s*:"
    # the outlet's note opening its comment section
    r"|\b(views|opinions)\s+expressed\s+(in|by)\s+(the\s+|these\s+)?(comments|readers)\b"
    r"|\bwe\s+welcome\s+comments\b",
    re.IGNORECASE,
)


# the heading of a page's comment section, a line of its own: "12 Comments", "Comments (12)",
# "Leave a comment", "Comments are closed", "Join the discussion". A counter or a link of the
# same words also sits in a page's header, so only one past the first part of the text counts.
_COMMENTS_HEADING = re.compile(
    r"^[ \t]*(?:\d+\s+(?:reader\s+)?comments?|comments?\s*\(\d+\)|reader\s+comments"
    r"|(?:leave|post|add|write)\s+(?:a|your)\s+(?:comment|reply)|comments\s+are\s+closed"
    r"|join\s+the\s+(?:discussion|conversation))[ \t]*[.:]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
HEADING_FROM = 0.3  # a heading in the first 30% of the text is the page's header, not its end


def comments_start(text: str) -> int | None:
    """The offset where readers' comments begin, or None when the text shows none."""
    found = _COMMENTS_OPEN.search(text)
    heading = _COMMENTS_HEADING.search(text, int(len(text) * HEADING_FROM))
    starts = [m.start() for m in (found, heading) if m is not None]
    return min(starts) if starts else None
