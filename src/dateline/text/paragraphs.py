"""Where paragraphs begin and end in an article's text, and where a line only wraps.

Web pages give a paragraph per line; wire copy is wrapped at a fixed width, so there a single
line break falls inside a paragraph and only a blank or indented line ends one. Every stage
that needs paragraphs (the parser's sentence starts, quotations, event dates, evidence shown
to the reader) asks here. The parser reads wire copy with its wrapped lines joined
(``unwrapped``): a line break in mid-sentence misleads its tagger, parser and recogniser.
"""

from __future__ import annotations

import re
from itertools import pairwise

# a paragraph break of hard-wrapped text: a blank line, or a line break followed by indentation
# (wire copy)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+(?=\S)|\n[ \t]+$")
# lines of wire copy wrapped at a fixed width are shorter than this
_WRAP_WIDTH = 100
# a line counts as full this close to the width: a wrapper may break after a hyphen or keep a
# column or two free
_WRAP_SLACK = 2


def hard_wrapped(text: str) -> bool:
    """Text wrapped at a fixed width, as wire copy is: there a single line break is no
    paragraph. Text from web pages has a paragraph on each line, most of them long."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 3 and sum(len(line) > _WRAP_WIDTH for line in lines) <= 0.05 * len(lines)


def unwrapped(text: str) -> str:
    """Hard-wrapped ``text`` with each line break that only wraps a line made a space: the
    sentences the parser reads. One character for one, so every offset stays ``text``'s.

    A line break wraps when it joins two lines of one paragraph (the next line is neither blank
    nor indented: ``paragraph_break``) and the line before it is full (the next word would not
    have fitted on it at the text's width) or the next line goes on in lower case. A shorter
    line ends something (a headline, a table row) and keeps its break. Short texts of a
    sentence a line look hard-wrapped too; there few lines are full, and nothing is joined.
    """
    lines = text.split("\n")
    width = _width(lines)
    pairs = list(pairwise(lines))  # the lines on either side of each break
    inside = [bool(line.strip()) and after[:1].strip() != "" for line, after in pairs]
    wraps = [
        within and (_full(line, after.split(None, 1)[0], width) or after[0].islower())
        for within, (line, after) in zip(inside, pairs, strict=True)
    ]
    if sum(wraps) * 2 < sum(inside):  # mostly lines of their own: no wrapped copy
        return text
    joined = [lines[0]]
    for wrap, after in zip(wraps, lines[1:], strict=True):
        joined.append(" " if wrap else "\n")
        joined.append(after)
    return "".join(joined)


def _full(line: str, next_word: str, width: int) -> bool:
    """``next_word`` would not have fitted at the end of ``line``."""
    return len(line.rstrip()) + 1 + len(next_word) > width - _WRAP_SLACK


def _width(lines: list[str]) -> int:
    """The width the text is wrapped at: its longest line (of those no longer than a wrapped
    line can be; a longer one makes the width too wide, and fewer breaks are joined)."""
    return max((len(line.rstrip()) for line in lines if len(line) <= _WRAP_WIDTH), default=0)


def paragraph_break(text: str, wrapped: bool) -> bool:
    """``text`` (what lies between two words) crosses a paragraph: any line break, or in
    ``wrapped`` text only a blank line or an indented line."""
    return bool(PARAGRAPH_BREAK.search(text)) if wrapped else "\n" in text


def paragraph_around(
    text: str, start: int, end: int | None = None, *, wrapped: bool | None = None
) -> tuple[int, int]:
    """The start and end offsets of the paragraph holding ``text[start:end]`` (the same
    paragraphs as ``paragraph_break``: lines in web text, blank-line blocks in wire copy).
    ``wrapped``: what ``hard_wrapped(text)`` says, when the caller knows it already."""
    if wrapped is None:
        wrapped = hard_wrapped(text)
    if not wrapped:  # a paragraph a line: the line breaks around, by ``str``'s own search
        # (offsets below 0 read as 0, as the patterns' ``pos`` and ``endpos`` read them)
        after = text.find("\n", max(0, start if end is None else end))
        return text.rfind("\n", 0, max(0, start)) + 1, len(text) if after == -1 else after
    breaks = PARAGRAPH_BREAK
    first = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    after = breaks.search(text, start if end is None else end)
    return first, after.start() if after else len(text)
