"""The dateline near the start of a story: "CAIRO (Reuters) - ", "NEW YORK, Jan 5 (AP) -- ",
"WASHINGTON — ".

It names where the story was filed and the agency that filed it: furniture of the story, not
actors in it. Corpora that were tokenised write the brackets as ``-LRB-`` and ``-RRB-``; web
copy and such corpora often put it after the headline and a time stamp on the same line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.text.stamps import MONTH_NAMES

# the place in capitals (one to four words), an optional ", Country", ", Jan 5" or a date with
# no comma ("MEXICO CITY May 19 (Reuters)"), the agency in brackets ("Reuters Life!" too), then
# a dash or a colon, which tokenised copy may put on the next line (or the underscore older AP
# copy writes for its dash: "NAIROBI, Kenya (AP) _ ")
_MONTH = rf"(?:{MONTH_NAMES})\.?"  # the stamps' month names, abbreviated or not
_WIRE_DATELINE = re.compile(
    r"(?<![\w-])[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'’-]*(?: [\w.'’-]+){0,2})?"
    rf"(?:[ \t]+{_MONTH}[ \t]+\d{{1,2}})?"
    r"[ \t]*(?:\(|-LRB-)[ \t]*[A-Z][\w.&'’! -]{0,30}?[ \t]*(?:\)|-RRB-)"
    r"[ \t]*\n?[ \t]*(?:--?|–|—|:|_(?!\w))[ \t]*"
)
# the dashes a paper's dateline may end with (the horizontal bar too: "WASHINGTON ― ")
_PAPER_DASHES = ("--", "–", "—", "―")
# the place of a paper's dateline: its capitals (one to four words) at the start of a line
_PAPER_PLACE = r"(?:^|(?<=\n))[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
# a newspaper's own dateline names no agency ("WASHINGTON — ", "DRAVNO, Kestria -- "): only at
# the start of a line, and only before a long dash, which a headline in capitals rarely has
_PAPER_DATELINE = re.compile(
    _PAPER_PLACE + r"(?:[ \t]*,[ \t]*[A-Z][\w.'’-]*(?: [\w.'’-]+){0,2})?"
    rf"[ \t]*(?:{'|'.join(_PAPER_DASHES)})[ \t]*"
)
# a paper's dateline that gives the place's state or country may end with a plain hyphen
# ("RANGOON, Burma - ", "PORTLAND, Ore. - "): the comma and the region after the capitals,
# in small letters or an abbreviation's ("S.C."), tell it from a headline in capitals
_PAPER_DATELINE_HYPHEN = re.compile(
    _PAPER_PLACE
    + r"[ \t]*,[ \t]*[A-Z](?:[a-z][\w.'’-]*|\.(?:[A-Z]\.)+)(?: [A-Z][a-z][\w.'’-]*){0,2}"
    r"[ \t]+-[ \t]+(?=[A-Z\"“'‘])"
)
# a web page's stamp of the place and time of filing, on the dateline's line before it
# ("LONDON | Tue Jun 9, 2009 9:52 am EDT LONDON (Reuters) - "): furniture like the dateline
_PAGE_STAMP = re.compile(r"[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}[ \t]*\|")
# how far into the text a dateline is looked for (after a headline, a byline and a time stamp)
_SEARCHED = 400


@lru_cache(maxsize=4)
def wire_dateline(text: str) -> tuple[int, int] | None:
    """The character span of a wire or newspaper dateline near the start of ``text``, or
    None. (Kept for the last few texts: the actors and events stages ask it of the same text.)"""
    head = text[:_SEARCHED]
    # cheap tests first: the agency's brackets, or the paper's long dash (the patterns try every
    # capital letter)
    if ("(" in head or "-LRB-" in head) and (match := _WIRE_DATELINE.search(text, 0, _SEARCHED)):
        start, end = match.span()
        line_start = text.rfind("\n", 0, start) + 1
        if _PAGE_STAMP.match(text, line_start, start):
            return line_start, end
        return start, end
    if any(dash in head for dash in _PAPER_DASHES) and (
        match := _PAPER_DATELINE.search(text, 0, _SEARCHED)
    ):
        return match.span()
    if " - " in head and (match := _PAPER_DATELINE_HYPHEN.search(text, 0, _SEARCHED)):
        return match.span()
    return None
