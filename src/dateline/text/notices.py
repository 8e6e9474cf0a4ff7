"""Page furniture glued into a story's own lines: the clock time that opens each entry of a live
page ("2050 Chile's President ..." in a page of entries stamped "2050", "2032", ...), and a
video player's notice that the page left where the video stood ("To play this content
JavaScript must be turned on and the latest Flash player installed."). Neither is a word of
the story: the parser runs the stamp into the entry's first noun phrase and reads the
notice's software as a name."""

from __future__ import annotations

import re

from dateline.text.stamps import CLOCK_DIGITS

# a 24-hour clock time alone at a line's start before a capitalised word ("2050 The BBC's
# ...", "0905 Officials say ...")
_ENTRY_CLOCK = re.compile(rf"(?m)^[ \t]*({CLOCK_DIGITS})(?=[ \t]+[A-Z])")
# entries so stamped that make a live page: one such line may be a year that opens a
# headline ("2013 Census finds ...")
MIN_ENTRY_STAMPS = 3
# a player's notice of what the reader must turn on to see the video, to its sentence's end
_PLAYER_NOTICE = re.compile(
    r"(?i)\bto (?:play|view|watch) this (?:content|video|clip|media)\b[^.\n]*"
    r"|\b(?:enable|turn on) javascript\b[^.\n]*"
)


def glued_notices(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` each live page's entry stamp and each video player's notice stands
    (from the first character to the last), in order."""
    stamps = [match.span(1) for match in _ENTRY_CLOCK.finditer(text)]
    spans = stamps if len(stamps) >= MIN_ENTRY_STAMPS else []
    if "javascript" in text.casefold():  # (no notice without its software: most texts)
        spans += [match.span() for match in _PLAYER_NOTICE.finditer(text)]
    return sorted(spans)
