"""Finding quoted stretches of text under real-world quote marks.

Handles curly and straight double quotes, guillemets, quotes that run over several paragraphs
(an opening mark at each paragraph, a closing one only at the end), and quotes whose opening mark
is never closed. A quote never crosses a paragraph end unless the next paragraph reopens it;
paragraphs are ``dateline.text.paragraphs``' (in wire copy wrapped at a fixed width a quote goes
on over its line breaks). It never raises on odd input: the worst case is a quote that ends early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from dateline.text.doctext import doc_text
from dateline.text.paragraphs import hard_wrapped, paragraph_break

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
DOUBLED_APOSTROPHE = "''"
# tokenized corpora (Penn Treebank style, as in Timeline17) open a quote with two backticks and
# close it with two apostrophes, each set off by spaces: `` We expect more , '' she said .
BACKTICKS = "``"
_PLACEHOLDER = "\x00"
# where a quote that was never closed most plausibly ends: the last sentence end before trouble
# (the limit itself may be one: a paragraph's last full stop has no space after it)
_SENTENCE_END = re.compile(r"[.!?…][”’\"]?(?=\s|$)")
# a full stop that ends no sentence: a title's ("Mr. Ortiz"), a number's ("No. 5"), a run
# of initials before a name ("J.M. Barrie"); and any full stop before a lowercase word or a digit
_ABBREVIATION = re.compile(r"(?:No|Nos|Mr|Mrs|Ms|Dr|St|Jr|Sr|(?:[A-Z]\.)*[A-Z])\.")
_LONGEST_ABBREVIATION = 12  # characters: "J.R.R." and any title above
_WORD_BEFORE = re.compile(r"[^\s(“‘\"']*\Z")
_NOT_A_SENTENCE_START = re.compile(r"\s+[a-z0-9]")
_NAME_START = re.compile(r"\s+[A-Z]")
# the only characters the reading of quotes acts on; it skips everything between them
_ACTED_ON = re.compile("[\n" + re.escape(OPENING + CLOSING + STRAIGHT) + "]")


@dataclass(frozen=True, slots=True)
class Quoted:
    """Quoted content, without its marks. ``closed`` is False when no closing mark was found;
    ``continues`` is True for a paragraph of a quote that goes on in the next paragraph."""

    start: int
    end: int
    closed: bool = True
    continues: bool = False


def _is_opening(text: str, i: int) -> bool:
    char = text[i]
    if char in OPENING:
        return True
    if char != STRAIGHT:
        return False
    before = text[i - 1] if i > 0 else " "
    after = i + 1
    while after < len(text) and text[after] == _PLACEHOLDER:  # '' read as one mark
        after += 1
    return (before.isspace() or before in "([{—–-") and not (
        after == len(text) or text[after].isspace()
    )


def _is_closing(text: str, i: int) -> bool:
    char = text[i]
    if char in CLOSING:
        return True
    if char != STRAIGHT:
        return False
    before = text[i - 1] if i > 0 else " "
    if not before.isspace():
        return True
    # '...brain,' " said: after a closing single quote and a space, a mark no word follows
    after = i + 1
    while after < len(text) and text[after] == _PLACEHOLDER:
        after += 1
    return after == len(text) or not text[after].isalnum()


def _misused_as_closing(text: str, i: int) -> bool:
    """An opening mark typed where a closing one belongs: right after punctuation ending a
    quotation and before a space (“It's unusual,“ said Larry Noble)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in ",.!?" and after.isspace()


def _ends_sentence(text: str, stop: int, after: int, limit: int) -> bool:
    """Whether the mark at ``stop`` ends a sentence: not the full stop of an abbreviation, nor
    one a lowercase word or a number goes on from (the limit ends a sentence there)."""
    if text[stop] != "." or after == limit:
        return True
    if _NOT_A_SENTENCE_START.match(text, after, limit):
        return False
    word = _WORD_BEFORE.search(text, max(0, stop - _LONGEST_ABBREVIATION), stop + 1)
    abbreviation = word is not None and _ABBREVIATION.fullmatch(word.group())
    return not (abbreviation and _NAME_START.match(text, after, limit))


def _end_of_unclosed(text: str, start: int, limit: int) -> int:
    """End an unclosed quote at the last sentence end before ``limit`` (or at ``limit``)."""
    last = None
    for match in _SENTENCE_END.finditer(text, start, limit):
        if _ends_sentence(text, match.start(), match.end(), limit):
            last = match.end()
    if last is not None and text[start:last].strip():
        return last
    return limit


# how many lines down a tokenized quotation may still be closed (one sentence a line)
_TOKENIZED_LINES = 5
# a verb of saying not of the speaker's own ("I told them", "we said"): the writer's line
_REPORTED = re.compile(
    r"(?<!\bI )(?<!\bwe )(?<!\bWe )\b(says|said|adds|added|tells|told|warns?|warned"
    r"|explains|explained|according to)\b"
)


def _closed_below(text: str, open_at: int, at: int) -> bool:
    """A quotation opened with two backticks in tokenized text, one sentence a line, runs
    on over its line ends to the closing apostrophes (`` A . ¶ B , '' he said), or to the
    backticks that open a line further on: the next paragraph of the same quotation, which
    reopens it as a quote running over paragraphs does (`` A . ¶ B . ¶ `` C , '' he said).
    The next of those marks comes within a few lines; a quote opened inside a line (the
    writer's words before it) is another one. Other marks reopen a quote at each paragraph,
    so there a paragraph end ends it."""
    if not text.startswith(OPENING[0] + _PLACEHOLDER, open_at - 2):
        return False
    if at == len(text) or _is_opening(text, at):
        return False  # (the text ends in the quote's paragraph, or the next one reopens it)
    closing = text.find(STRAIGHT + _PLACEHOLDER, at)
    reopening = text.find(OPENING[0] + _PLACEHOLDER, at, closing if closing >= 0 else len(text))
    if reopening >= 0:
        line_start = text.rfind("\n", at, reopening) + 1 or at
        if text[line_start:reopening].strip() and not _caption_run_in(text, reopening):
            return False  # opened inside a line, after the writer's words
        # a closing mark the page lost: the lines before the next quote tell of someone's
        # words ("Ann Roe , a nurse , was there . ¶ She says ...")
        if _REPORTED.search(text, at, reopening):
            return False
        closing = reopening
    return closing >= 0 and text.count("\n", at, closing) < _TOKENIZED_LINES


def _next_mark(text: str, at: int) -> int:
    """Where the next quote mark or line end after ``at`` is (the text's end if none)."""
    for mark in _ACTED_ON.finditer(text, at + 1):
        i = mark.start()
        if text[i] != STRAIGHT or _is_opening(text, i) or _is_closing(text, i):
            return i
    return len(text)


def _closes(text: str, i: int) -> bool:
    """A closing mark at ``i`` (``i`` may be the text's end)."""
    return i < len(text) and _is_closing(text, i)


# a verb of saying a few words after a closing mark: the quotation before it has its speaker
_CUE_AFTER = re.compile(
    r"\s*(?:[\w.’'-]+\s+){0,4}?(?:said|says|added|adds|told|tells|asked|asks|wrote|writes"
    r"|responded|responds|replied|replies|noted|notes|explained|explains|stated|states"
    r"|insisted|insists|declared|declares|continued|continues|charged|argued|argues)\b"
)


def _inner_quotation(text: str, opening: int) -> int:
    """The offset of the closing mark of a quotation opened at ``opening`` inside a quote that
    is still open, when another closing mark follows it on the same line before any opening
    one (“People wore “Settle For Hillary” shirts ... ouch.”) and no verb of saying follows it;
    0 when the mark opens the next quotation, the open one never closed."""
    closing = _next_mark(text, opening)
    if not _closes(text, closing) or not _closes(text, _next_mark(text, closing)):
        return 0
    if _CUE_AFTER.match(text, closing + 1):
        return 0  # “A,” she said, ...": a quotation of its own, inside an excerpt or not
    return closing


# a page's caption or teaser the tokenized text ran into the next paragraph of a quotation:
# a line of words with no sentence end, the backticks right after its last word, a capital after
_CAPTION_RUN_IN = re.compile(r"[^\n.!?:;\"\x00]*[A-Za-z0-9] $")
_CAPITAL_AFTER = re.compile(r"\x00 [A-Z]")


def _caption_run_in(text: str, opening: int) -> bool:
    """Backticks in a tokenized line after a caption run into it (“... phase in Haiti ends ``
    It was difficult ...”): not the writer opening another quotation, but the page's next
    paragraph of the quotation still open, reopened as such paragraphs are."""
    line_start = text.rfind("\n", 0, opening) + 1
    return bool(
        text.startswith(OPENING[0] + _PLACEHOLDER, opening)
        and _CAPTION_RUN_IN.match(text, line_start, opening)
        and _CAPITAL_AFTER.match(text, opening + 1)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=4)  # three stages ask about the same article in turn
def quoted_spans(text: str) -> tuple[Quoted, ...]:
    """All quoted stretches of ``text`` in order, each paragraph of a long quote on its own."""
    if not any(mark in text for mark in (*OPENING, STRAIGHT, DOUBLED_APOSTROPHE, BACKTICKS)):
        return ()
    # some papers write a double quote as two apostrophes (''So,'' he said): read the pair as
    # one straight mark followed by a placeholder, which keeps every offset where it was; two
    # backticks are an opening mark
    text = text.replace(DOUBLED_APOSTROPHE, STRAIGHT + _PLACEHOLDER)
    text = text.replace(BACKTICKS, OPENING[0] + _PLACEHOLDER)
    wrapped = hard_wrapped(text)
    found: list[Quoted] = []
    open_at: int | None = None  # offset just after the opening mark of the quote being read
    n = len(text)
    mark = _ACTED_ON.search(text)
    i = mark.start() if mark else n
    while i < n:
        char = text[i]
        if char == "\n" and open_at is not None:
            paragraph_end = i
            j = i
            while j < n and text[j].isspace():
                j += 1
            if not paragraph_break(text[i:j], wrapped) or _closed_below(text, open_at, j):
                i = j  # a wrapped line, or a tokenized quote closed a few lines on
                continue
            continues = j < n and _is_opening(text, j)
            if continues:  # a long quote: this paragraph is content, the next reopens it
                start, end = _trim(text, open_at, paragraph_end)
                if end > start:
                    found.append(Quoted(start, end, closed=True, continues=True))
                open_at = j + 2 if text.startswith(_PLACEHOLDER, j + 1) else j + 1
                i = j + 1
                continue
            end = _end_of_unclosed(text, open_at, paragraph_end)
            start, end = _trim(text, open_at, end)
            if end > start:
                found.append(Quoted(start, end, closed=False))
            open_at = None
        elif open_at is None and _is_opening(text, i):
            open_at = i + 2 if text.startswith(_PLACEHOLDER, i + 1) else i + 1
        elif open_at is not None and _is_closing(text, i) and i > open_at:
            start, end = _trim(text, open_at, i)
            if end > start:
                found.append(Quoted(start, end, closed=True))
            open_at = None
        elif open_at is not None and char in OPENING and _misused_as_closing(text, i):
            start, end = _trim(text, open_at, i)  # “It's unusual,“ said: a closing mark
            if end > start:
                found.append(Quoted(start, end, closed=True))
            open_at = None
        elif open_at is not None and char in OPENING and (inner := _inner_quotation(text, i)):
            i = inner  # “A “B” C”: a quotation inside the open one, which goes on after it
        elif open_at is not None and text.rfind("\n", 0, i) > open_at and _caption_run_in(text, i):
            start, end = _trim(text, open_at, _end_of_unclosed(text, open_at, i))
            if end > start:  # the caption is no part of it: a paragraph of a quote that goes on
                found.append(Quoted(start, end, closed=True, continues=True))
            open_at = i + 2
        elif open_at is not None and char in OPENING:
            # a second opening mark while one is open: the first was never closed
            end = _end_of_unclosed(text, open_at, i)
            start, end = _trim(text, open_at, end)
            if end > start:
                found.append(Quoted(start, end, closed=False))
            open_at = i + 2 if text.startswith(_PLACEHOLDER, i + 1) else i + 1
        mark = _ACTED_ON.search(text, i + 1)
        i = mark.start() if mark else n
    if open_at is not None:
        start, end = _trim(text, open_at, _end_of_unclosed(text, open_at, n))
        if end > start:
            found.append(Quoted(start, end, closed=False))
    return tuple(found)


@lru_cache(maxsize=4)  # the actor, attribution and event stages ask of the same document
def quote_of_token(doc: Doc) -> dict[int, Quoted]:
    """Which quotation each token of ``doc`` lies in (tokens outside quotes are absent). The
    map is shared by whoever asks of the same document: read it, never change it."""
    inside: dict[int, Quoted] = {}
    for quote in quoted_spans(doc_text(doc)):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:  # by index: no Token made for each word
            for i in range(span.start, span.end):
                inside[i] = quote
    return inside
