"""Where the readers' comments under an article begin. Pages saved with their comments
(crisis coverage, live blogs, opinion blogs) run on from the article into what readers
wrote, which no stage should read as the article's own reporting. A comment section shows
itself by

* a comment's stamp ("At 10:49 am on 2 Feb 2010, Lisy wrote:") or the outlet's note that
  opens or closes it ("Views expressed in the comments do not represent those of ...", "We
  welcome comments that ...", "The comments to this entry are closed"), or its line that
  introduces the readers' views it prints ("Below is a selection of your comments", "A
  selection of your comments appears below"), or invites them with its form ("Add your
  comments on this story, using the form below"), or a readers' debate's note past the
  page's header ("This debate is now closed");
* a heading of its own past the page's header ("12 Comments", "Leave a comment");
* a run of signed comments: each comment is followed (or led) by its poster's signature —
  "Posted by: NAME | DATE TIME | Report abuse", "Posted by NAME | Report as abusive",
  "NAME | DATE TIME" — with the page's action on it or on lines of their own ("Reply",
  "Recommend", "Report abuse", "Flag"), among other buttons and counters ("Reply | Like |
  Share", "Recommend ? (12)") or run onto a comment's own line as extracted text glues them
  ("... for good . Reply", "Report abuse Who pays ?"); a signature without any such action
  is also how a blog signs its own entries, and does not count. A signature closes a
  comment, so the section begins before the first one; where the post ends on its own
  signed footer ("By NAME | DATE; TIME ET") the section begins there, else at the first
  signature or action line (the first comment above it stays unread as such);
* a run of stamped comments: a poster's handle or name with the comment's age ("heronwatch ·
  3 hours ago", or the name on a line and "3 hours ago" on the next), the name that "says:"
  over the comment's date or clock ("Ada Brenner says:" / "March 3, 2026 at 10:42 am"), or
  the page's label of when each was added ("Added : Tuesday , 19 January , 2010 , 18:32
  GMT"); two of them past the page's header, and the section begins at the first."""

from __future__ import annotations

import re

from dateline.text.stamps import AGE, MONTH_NAMES

_COMMENTS_OPEN = re.compile(
    # a comment's stamp: a clock time, a few words of date, a name or handle, "wrote:"
    r"\b\d{1,2}[:.]\d{2}\b[^\n:]{0,40}?[\w.@-]+\s+wrote\s*:"
    # the outlet's note opening (or closing) its comment section
    r"|\b(views|opinions)\s+expressed\s+(in|by)\s+(the\s+|these\s+)?(comments|readers)\b"
    r"|\bwe\s+welcome\s+comments\b"
    r"|\b(the\s+)?comments\s+(to|on|for)\s+this\s+(entry|post|story|article)\s+(are|is|have\s+been)\s+closed\b"
    # the outlet's line that introduces the readers' views it prints ("Below is a selection of
    # your comments.", "We will aim to publish as many of your views as we can.")
    r"|\b(below|here)\s+(is|are)\s+(a\s+selection\s+of|some\s+of)\s+your\s+"
    r"(comments|views|e-?mails|reactions|responses)\b"
    r"|\bwe\s+will\s+(aim\s+to\s+|try\s+to\s+)?publish\s+as\s+many\s+of\s+your\s+(views|comments)\b",
    re.IGNORECASE,
)

# the outlet's line saying that readers' comments follow below ("A selection of your comments
# appears below.", "Please read a selection below:"), or its invitation to write in with the
# form below, which follows the article and may print readers' comments before the form ("Add
# your comments on this story, using the form below", "Tell us your experiences by filling in
# the form below")
_READERS_BELOW = re.compile(
    r"\ba\s+selection\s+of\s+your\s+(?:comments|views|e-?mails)\b[^\n]{0,30}?"
    r"\b(?:appears?|is|are)\s+below\b"
    r"|\bread\s+a\s+selection\s+below\b"
    r"|\b(?:add|send|leave|post|tell)\s+(?:us\s+)?your\s+(?:comments|views|experiences|stories)\b"
    r"[^\n]{0,60}?\bform\s+below\b",
    re.IGNORECASE,
)

# a readers' debate's note that it is closed ("This debate is now closed."): after the debate's
# introduction the readers' comments follow; the same note atop the page, before the
# introduction, opens nothing (``HEADER_CHARS``)
_DEBATE_CLOSED = re.compile(
    r"\b(?:this|the)\s+debate\s+(?:is|has)\s+(?:now\s+)?(?:been\s+)?closed\b", re.IGNORECASE
)

# the heading of a page's comment section, a line of its own: "12 Comments", "Comments (12)",
# "Leave a comment", "Comments are closed", "Join the discussion". A counter or a link of the
# same words also sits in a page's header, so only one past the first part of the text counts.
_COMMENTS_HEADING = re.compile(
    r"^[ \t]*(?:\d+\s+(?:reader\s+)?comments?|comments?\s*\(\d+\)|reader\s+comments"
    r"|(?:leave|post|add|write)\s+(?:a|your)\s+(?:comment|reply)|comments\s+are\s+closed"
    r"|join\s+the\s+(?:discussion|conversation)|your\s+comments|what\s+you\s+said"
    r"|readers'?\s+(?:views|reactions?|responses?))[ \t]*[.:]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
HEADING_FROM = 0.3  # a heading in the first 30% of the text is the page's header, not its end

# a month's name or its abbreviation, in any case ("market" or "decided" is none)
_MONTH = rf"(?i:{MONTH_NAMES})\b\.?"
# a date and/or a clock time as a poster's stamp: "May 28, 2010 7:17 PM", "2 May 2012",
# "June 3 , 2010 9:37 AM", "May 1st , 2009 -- 4:59 pm GMT", "10:49 am"
_STAMP = (
    rf"(?:(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})(?:\s*,?\s*\d{{4}})?"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)"
)
# the action a page prints beside every comment
_ACTION = (
    r"(?:report\s+(?:abuse|as\s+abusive|this\s+comment)|reply|recommend"
    r"|flag(?:\s+as\s+inappropriate)?)"
)
# a word of a poster's handle or name ("heronwatch", "@gull_wing", "O'Brien", "J.")
_NAME_WORD = r"[\w@][\w.@'&-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}?"  # a handle or a name of a few words

# one poster's signature: "Posted by : NAME | May 28 , 2010 7:17 PM | Report abuse",
# "Posted by NAME | Report as abusive", "Posted by NAME on June 3, 2010 9:37 AM",
# "Posted by NAME 2 May 2012"; or a line opening "NAME | May 28, 2010 7:17 PM"; or a line
# opening with the stamp and the action
_SIGNATURE = re.compile(
    rf"(?-i:\bPosted\s+by)\s*:?\s*{_NAME}\s*,?\s*(?:\|\s*|\bon\s+|-+\s*|\s)"
    rf"(?:{_STAMP}(?:[^\n|]{{0,30}}\|\s*{_ACTION}\b)?|{_ACTION}\b)"
    rf"|^[ \t]*{_NAME}\s*\|\s*{_STAMP}(?:[^\n|]{{0,30}}\|\s*{_ACTION}\b)?"
    # a comment's stamp line with the page's action, under the comment it closes: "March 10,
    # 2026 at 9:14 am | Report abuse |"
    # (the action ends the line or another bar follows: "10:05 | Reply from the mayor" is news)
    rf"|^[ \t]*{_STAMP}(?:[ \t]*,?[ \t]*(?:at[ \t]+)?{_STAMP})?[ \t]*\|[ \t]*{_ACTION}"
    r"(?=[ \t]*(?:\||$))",
    re.IGNORECASE | re.MULTILINE,
)
# a signature that carries the page's action ("| Report abuse") is a comment's beyond doubt
_SIGNED_ACTION = re.compile(rf"\|\s*{_ACTION}\b", re.IGNORECASE)
# the other buttons and counters a line of a comment's actions may hold beside one of
# ``_ACTION`` ("Reply | Like | Share", "Recommend? (12)", "Report abuse  Link"); alone they
# are a live blog's or a page's sharing buttons too, so one of ``_ACTION`` must be there
_WIDGET = r"(?:like|share|permalink|link|clip|quote|retweet|favou?rite|\(?\d+\)?|\?)"
_SEPARATOR = r"[ \t]*(?:\||·|-)?[ \t]*"
# an action line of its own under each comment ("Reply", "Recommend  Report abuse")
_ACTION_LINE = re.compile(
    rf"^[ \t]*(?:{_WIDGET}{_SEPARATOR})*{_ACTION}(?:{_SEPARATOR}(?:{_ACTION}|{_WIDGET}))*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a comment's button run onto a line of words, as extracted text glues it: after the comment's
# last words ("... close the quay for good . Reply") or before the next comment's ("Report
# abuse Who pays ?"); written as a button is (a capital), and counted with the action lines
_GLUED_ACTION = re.compile(
    r"^[ \t]*(?:Report[ \t]+abuse|Reply)[ \t]+\S|\S[ \t]+(?:Report[ \t]+abuse|Reply)[ \t]*$",
    re.MULTILINE,
)
# the post's own signed footer, where the article ends and its comments follow:
# "By Chris Cillizza | May 27 , 2010 ; 2:08 PM ET"
_POST_FOOTER = re.compile(
    rf"\bBy\s+[A-Z][\w.'-]*(?:\s+(?:and\s+|&\s+)?[\w.'-]+){{0,7}}?\s*\|\s*{_MONTH}\s+\d{{1,2}}"
    r"\s*,\s*\d{4}\s*[;,]?\s*\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s*[A-Z]{2,3}\b)?"
)
HEADER_CHARS = 300  # a signature this near the top is the article's own byline

# a poster's handle or name on a comment's stamp line: one to four words, no sentence end
_HANDLE = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
# a comment's stamp line: the handle and the comment's age ("heronwatch · 3 hours ago"); a
# sentence that ends on an age has its full stop after it ("... began 3 days ago .")
_HANDLE_AND_AGE = re.compile(rf"[ \t]*{_HANDLE}[ \t]*[•·|-]?[ \t]*{AGE}[ \t]*$", re.MULTILINE)
_HANDLE_LINE = re.compile(rf"[ \t]*{_HANDLE}[ \t]*$")  # the name's line over its age
# the comment's age opening the line under its poster's name; an embedded tweet's age says
# where it was sent from ("4 minutes ago via web") and is no comment's
_AGE_OPENS = re.compile(rf"[ \t]*{AGE}(?![ \t]+via\b)")
# the poster's name over a comment's date or clock, as a blog's comments print it ("Ada
# Brenner says:"); and that date or clock opening the next line
_HANDLE_SAYS = re.compile(rf"^[ \t]*{_HANDLE}[ \t]+(?:says|said)[ \t]*:[ \t]*$", re.MULTILINE)
_STAMP_OPENS = re.compile(rf"[ \t]*{_STAMP}")
# cheap tests first: an age in figures ending at an " ago", a line ending "says:"
_AGE_ENDS = re.compile(rf"{AGE}$")
_SAYS_LINE_END = re.compile(r"sa(?:ys|id)[ \t]*:[ \t]*$", re.MULTILINE)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?"
# the page's label of when a comment was added ("Added : Tuesday , 19 January , 2010 , 18:32
# GMT"); a blog labels its own entries "Posted", so that word is none
_ADDED_STAMP = re.compile(rf"\bAdded[ \t]*:[ \t]*(?:{_WEEKDAY}[ \t]*,?[ \t]*)?{_STAMP}")
AGE_CHARS = 20  # an age's figures and unit before its " ago" ("15 minutes")
MIN_STAMPED = 2  # comments headed by a stamp that make a run (one may be a quoted post)
FOOTER_FROM = 0.3  # a post's footer counts only past this share of the text before the comments


def signed_comments_start(text: str) -> int | None:
    """Where a run of signed comments begins, or None. Past the page's header, a signature
    that carries the page's action ("| Report abuse"), two signatures with an action line, or
    two action lines. A signature without an action ("Posted by NAME on DATE TIME", "NAME |
    TIME") is also how a blog or a live blog signs its own entries, so it counts only where
    the page's comment actions show too."""
    signatures = (
        [m for m in _SIGNATURE.finditer(text) if m.start() >= HEADER_CHARS]
        # cheap test first: a signature holds "Posted by" or a bar (most texts have neither)
        if "Posted" in text or "|" in text
        else []
    )
    actions = sorted({at for at in _action_lines(text) if at >= HEADER_CHARS})
    first: int | None = None
    signed = any(_SIGNED_ACTION.search(m.group()) for m in signatures)
    if signed or (len(signatures) >= 2 and actions):
        first = signatures[0].start()
    if len(actions) >= 2:
        first = actions[0] if first is None else min(first, actions[0])
    if first is None:
        return None
    footers = [
        m
        for m in _POST_FOOTER.finditer(text, 0, first)
        if m.start() >= max(HEADER_CHARS, FOOTER_FROM * first)
    ]
    return footers[-1].start() if footers else first


def stamped_comments_start(text: str) -> int | None:
    """Where a run of stamped comments begins, or None: past the page's header, at least
    ``MIN_STAMPED`` comments each headed by its poster's stamp (``_stamped_blocks``)."""
    blocks = [at for at in _stamped_blocks(text) if at >= HEADER_CHARS]
    return blocks[0] if len(blocks) >= MIN_STAMPED else None


def _stamped_blocks(text: str) -> list[int]:
    """Where each comment a poster's stamp heads begins: the line of a handle with the
    comment's age ("heronwatch · 3 hours ago"); the name's line over a line the age opens
    ("heronwatch" / "3 hours ago"); the page's "Added : DATE" label."""
    found = [m.start() for m in _ADDED_STAMP.finditer(text)] if "Added" in text else []
    # (most texts have no age stamp and no poster's "says:" line)
    if not _has_age(text) and not _SAYS_LINE_END.search(text):
        return found
    previous: tuple[int, str] | None = None  # the last line with words, and where it begins
    offset = 0
    for line in text.splitlines(keepends=True):
        if _HANDLE_AND_AGE.match(line):
            found.append(offset)
        elif previous is not None and _stamp_under_a_name(line, previous[1]):
            found.append(previous[0])
        if line.strip():
            previous = (offset, line)
        offset += len(line)
    return sorted(found)


def _has_age(text: str) -> bool:
    """Whether the text holds an age in figures ("3 hours ago"): looked for at each " ago" (a
    story's "years ago" is common, a pattern run over the whole text is slow)."""
    at = text.find(" ago")
    while at != -1:
        if _AGE_ENDS.search(text, max(0, at - AGE_CHARS), at + len(" ago")):
            return True
        at = text.find(" ago", at + 1)
    return False


def _stamp_under_a_name(line: str, above: str) -> bool:
    """A comment's stamp opening the line under its poster's name: the comment's age under a
    handle ("gullwing" / "5 hours ago"), or its date or clock under the name that "says:" it
    ("Ada Brenner says:" / "March 3, 2026 at 10:42 am"). A bare clock under a short line is
    also a live page's entry under its heading, so it takes the "says:"."""
    if _AGE_OPENS.match(line):
        return _HANDLE_LINE.match(above) is not None
    return _STAMP_OPENS.match(line) is not None and _HANDLE_SAYS.match(above) is not None


def _action_lines(text: str) -> list[int]:
    """Where each line holding a comment's action begins (a line of buttons, or a line of
    words a button is glued to); a line may be found twice."""
    found = [m.start() for m in _ACTION_LINE.finditer(text)]
    if "Repl" in text or "Report" in text:  # (cheap test first: most texts have neither)
        found += [text.rfind("\n", 0, m.start()) + 1 for m in _GLUED_ACTION.finditer(text)]
    return found


def _may_open(text: str) -> bool:
    """A cheap test before ``_COMMENTS_OPEN``: each of its kinds needs words of its own
    ("wrote"; "expressed"; "comments" with "welcome" or "closed"), looked for in the lower-case
    text by parts without an "s", "i" or "k" (which a case-blind pattern also matches in a few
    other letters, "ſ", "ı", "K")."""
    lowered = text.lower()
    return (
        "wrote" in lowered
        or "expre" in lowered
        or ("comment" in lowered and ("welcome" in lowered or "clo" in lowered))
        or ("your" in lowered and ("elect" in lowered or "ome of" in lowered or "publ" in lowered))
    )


def comments_start(text: str) -> int | None:
    """The offset where readers' comments begin, or None when the text shows none."""
    found = _COMMENTS_OPEN.search(text) if _may_open(text) else None
    heading = _COMMENTS_HEADING.search(text, int(len(text) * HEADING_FROM))
    closed = _DEBATE_CLOSED.search(text, HEADER_CHARS) if "debate" in text else None
    below = _READERS_BELOW.search(text) if "below" in text else None
    starts = [m.start() for m in (found, heading, closed, below) if m is not None]
    for start in (signed_comments_start(text), stamped_comments_start(text)):
        if start is not None:
            starts.append(start)
    return min(starts) if starts else None
