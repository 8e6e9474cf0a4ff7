"""Where an article's own text stops: at its readers' comments (``comments_start``) or at the
list of other stories a page closes with ("Related stories", "More from ...", or no label at
all) — several short lines in a row that read as headlines: a few words, most of them
capitalised, no sentence end; or headlines run together, each stamped with its age and its
outlet ("Aid flights resume - 4 hrs ago The Scotsman Troops land ... - 9 hrs ago"). Such a
list after the article's body is links to other articles, whose quotations and actors are not
this article's; the stages stop reading there.
A list in the first part of the text is the page's header (its menu), not its end."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.text.comments import HEADING_FROM, comments_start
from dateline.text.stamps import AGE

# a list's own label: "Related stories", "More from Reuters", "Read more", "See also"
_LIST_LABEL = re.compile(
    r"^[ \t]*(?:related(?:\s+(?:stories|articles|links|content|news|coverage))?"
    r"|more\s+from\b.{0,40}|more\s+(?:stories|news|headlines)|read\s+more|see\s+also|you\s+might\s+also\s+like"
    r"|most\s+(?:popular|read|viewed|shared))[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")  # a word token (no figures)
_STOP = re.compile(r"[.!?:;,\"'”’)\]]\s*$")
MIN_LINES = 3  # headlines in a row that make a list (one or two may be a title and a byline)
MAX_WORDS = 14
MIN_CAPITALISED = 0.6  # share of a headline's words written with a capital
MIN_WORDS_SHARE = 0.7  # share of a headline's tokens that are words (not a table's figures)
# a linked story's age after its headline, before its outlet's name ("... - 4 hrs ago Sky News")
_AGED_LINK = re.compile(rf"[ \t]-[ \t]+{AGE}")
MIN_AGED_LINKS = 2  # stamped headlines that make a list (a story may say "- 3 days ago")


def _headline(line: str) -> bool:
    """A line that reads as a headline: a few words, most capitalised, no sentence end."""
    tokens = line.split()
    words = [t for t in tokens if _WORD.fullmatch(t)]
    if not 2 <= len(tokens) <= MAX_WORDS or len(words) < MIN_WORDS_SHARE * len(tokens):
        return False
    if _STOP.search(line) or line.strip().startswith(("-", "*", "•")):
        return False
    capitalised = sum(w[0].isupper() for w in words)
    shouted = sum(w.isupper() and len(w) > 1 for w in words)  # a wire's capitals or a table
    return capitalised >= MIN_CAPITALISED * len(words) and shouted <= len(words) / 2


def headline_list_start(text: str) -> int | None:
    """The offset where a closing list of other stories' headlines begins, or None: a run of at
    least ``MIN_LINES`` headline lines (after an optional label) that closes the text, past its
    first part."""
    offset, lines = 0, []
    for line in text.splitlines(keepends=True):
        lines.append((offset, line))
        offset += len(line)
    start: int | None = None
    run = 0
    for at, line in reversed(lines):
        if not line.strip():
            continue
        if _headline(line):
            run += 1
            start = at
            continue
        if _LIST_LABEL.match(line) and run:
            start = at
        break
    if start is None or run < MIN_LINES or start < len(text) * HEADING_FROM:
        return None
    return start


def aged_links_start(text: str) -> int | None:
    """The offset where a list of other stories stamped with their ages begins, or None: the
    line of the first of at least ``MIN_AGED_LINKS`` headlines so stamped, past the text's
    first part. Pages run such a list's items together, so a line holds several."""
    if "ago" not in text:  # (cheap test first: most texts have none)
        return None
    stamps = list(_AGED_LINK.finditer(text, int(len(text) * HEADING_FROM)))
    if len(stamps) < MIN_AGED_LINKS:
        return None
    return text.rfind("\n", 0, stamps[0].start()) + 1


@lru_cache(maxsize=4)
def reading_end(text: str) -> int | None:
    """Where the article's own text stops for every stage — its readers' comments or a closing
    list of other stories, of headlines or stamped ones — or None when it runs to the end. (Kept
    for the last few texts: the actors, attribution and events stages ask it of the same text
    one after another.)"""
    ends = (comments_start(text), headline_list_start(text), aged_links_start(text))
    starts = [s for s in ends if s is not None]
    return min(starts) if starts else None
