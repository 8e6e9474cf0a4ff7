"""Where paragraphs begin and end in an article's text.

Web pages give a paragraph per line; wire copy is wrapped at a fixed width, so there a single
line break falls inside a paragraph and only a blank or indented line ends one. Every stage
that needs paragraphs (the parser's sentence starts, quotations, event dates, evidence shown
to the reader) asks here.
"""

from __future__ import annotations

import re

# a paragraph break: a blank line, or a line break followed by indentation (wire copy)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+(?=\S)|\n[ \t]+$")
_LINE_BREAK = re.compile(r"\n")
# lines of wire copy wrapped at a fixed width are shorter than this
_WRAP_WIDTH = 100


def hard_wrapped(text: str) -> bool:
    """Text wrapped at a fixed width, as wire copy is: there a single line break is no
    paragraph. Text from web pages has a paragraph on each line, most of them long."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 3 and sum(len(line) > _WRAP_WIDTH for line in lines) <= 0.05 * len(lines)


def paragraph_break(text: str, wrapped: bool) -> bool:
    """``text`` (what lies between two words) crosses a paragraph: any line break, or in
    ``wrapped`` text only a blank line or an indented line."""
    return bool(_PARAGRAPH_BREAK.search(text)) if wrapped else "\n" in text


def paragraph_around(
    text: str, start: int, end: int | None = None, *, wrapped: bool | None = None
) -> tuple[int, int]:
    """The start and end offsets of the paragraph holding ``text[start:end]`` (the same
    paragraphs as ``paragraph_break``: lines in web text, blank-line blocks in wire copy).
    ``wrapped``: what ``hard_wrapped(text)`` says, when the caller knows it already."""
    if wrapped is None:
        wrapped = hard_wrapped(text)
    breaks = _PARAGRAPH_BREAK if wrapped else _LINE_BREAK
    first = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    after = breaks.search(text, start if end is None else end)
    return first, after.start() if after else len(text)
