"""The engine: find time expressions with the compiled rules, then give each its value.

1. Every rule's pattern is matched wherever it may begin (starts.py finds those places in one
   pass); overlapping matches are settled longest first (then by rule order), and
   calendar-impossible ones ("February 30") are dropped.
2. Values are filled in document order. The reference date is the publication date, except
   inside a quote whose sentence names the day it was spoken ("Trump said on Thursday:
   'today ...'"), where it is that day. The story's day, for "that day" and "earlier in the day",
   is the last day-precise date mentioned before (outside quotes), else the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.tokens import Doc

from dateline.model import TimeExpression
from dateline.text.quotemarks import quoted_spans
from dateline.text.stamps import MONTH_NAMES, STAMP_WORDS
from dateline.timex.context import (
    AHEAD,
    direction_from_doc,
    direction_from_text,
    sentence_at,
    sentence_spans,
)
from dateline.timex.intervals import day_of, days_of
from dateline.timex.rules import EXTENT, Rule, TimexGrammar, load_grammar
from dateline.timex.values import FUTURE, PAST, UNKNOWN, Situation, Unresolvable, fill

_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_WORDS = re.compile(r"[^\W\d_]+")
_QUARTER = re.compile(r"^[0-9]{4}-Q[1-4]$")
# the periods a report compares with ("the year-ago quarter") are not the one it reports on
_COMPARED = re.compile(r"\b(?:year_before|period_of_year|ago|later)\(")
# the calendar part of a value: a year, a month, a day (not a week, season or quarter)
_CALENDAR_DATE = re.compile(r"^(?:BC)?[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?![0-9])")
# A text narrates a time of its own when at least four fifths of the (six or more) years it
# states lie more than a year before its present ...
NEAR_PRESENT_YEARS = 1
MIN_STATED_YEARS = 6
NARRATIVE_SHARE = 0.8
# and at most this share of its expressions speak of the text's own present: the value calls
# counted from the reference date (news: a fifth to a half; histories: "now" and the like).
# Financial and statistical wire copy states many years too, but also maturities and forecasts
# ahead, and speaks of its present: it is not a narrative.
PRESENT_VOICE_SHARE = 0.05
_PRESENT_VOICE = re.compile(r"\b(?:ref|weekday|weekday_of_week|ago|day_part|weekend|clock_on)\(")
# what follows a live page's entry stamp: a time zone, then a colon or a dash, the line's end,
# or the entry's first word
_AFTER_STAMP = re.compile(
    r"[ \t]*(?:[A-Z]{2,4}[ \t]*)?(?:[:|\u2013\u2014-]|\n|$)|[ \t]+(?=[A-Z\"\u201c])"
    r"|[ \t]*[A-Z]{2,4}[ \t]+time[ \t]*,"  # "12:13 UK time, Thursday, 10 June 2010"
)
# what opens a line that stamps a page or an entry with its time: "Updated Sat Jan 22",
# "Posted Feb 14, 2011", "Last updated: 14 January", "Update 2:45 p.m.", "Update, 3.15pm: ...",
# "(Update 11:10 a.m. Friday ...)", or a clock stamp and its zone before the date (a weekday
# may come first, tagged on its own)
_UPDATE_CUE = re.compile(
    rf"(?:^|\n)[ \t]*(?:(?:\(|-LRB-)[ \t]*)?(?:{STAMP_WORDS}(?:[ \t]+(?:on|at))?"
    r"[ \t]*[,:\u2013\u2014-]?[ \t]*"
    # or a clock stamp the date follows: "12:13 UK time, Thursday, 10 June 2010"
    r"|[0-9]{1,2}[:.][0-9]{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*[A-Z]{2,4}(?:[ \t]+time)?[ \t]*,[ \t]*)"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]*,?[ \t]*)?$",
    re.IGNORECASE,
)
# what names the day a transcript's show went on air, before that day: "This is a rush
# transcript from "Tonight," June 7, 2010", "Transcript of Korvia Today, 9 April 2027", a
# heading line that names a transcript and then its day after "for", a comma, a colon, a dash
# or a bracket ("Meet the Nation transcript for March 14, 2027", "Transcript, 14 March 2027",
# "Transcript: Korvia Tonight (March 14, 2027)"), a line "Aired April 9, 2027" or "..., first
# broadcast on 10 March 2010" (not "a transcript of the interview released on Monday": the
# show's name and a mark, then the date, or the cue at once)
_SHOW_CUE = re.compile(
    r"(?:(?:(?:^|\n)[ \t]*|\bthis[ \t]+is[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?)transcript[ \t]+"
    r"(?:from|of)[ \t]+[^\n.!?,]{1,50},[^\n.!?,A-Za-z0-9]{0,4}"
    r"|(?:^|\n)[^\n.!?]{0,60}\btranscript\b[^\n.!?]{0,50}?(?:[ \t]+for|[,:(\u2013\u2014-])[ \t]*"
    r"|(?:(?:^|\n)[ \t]*|,[ \t]*(?:(?:was|is)[ \t]+)?)(?:first[ \t]+)?(?:aired|broadcast)"
    r"(?:[ \t]+on)?[ \t]*:?[ \t]*)$",
    re.IGNORECASE,
)
# a line a dateline opens, before its date: a place and a comma ("VELGRAD, "), or nothing
_DATELINE_PLACE = re.compile(
    r"(?:[A-Z][^\W\d_]*\.?(?:[ \t]+[A-Z][^\W\d_]*\.?){0,3}[ \t]*,)?[ \t]*$"
)
# what follows a dateline's date: an agency in brackets, then a dash and the story (a colon
# is a timeline's entry or a photo's caption: "June 16, 2010: Ministers are seen leaving ...")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:--?|[\u2013\u2014])[ \t]+\S")
_YEAR = re.compile(r"\b[12][0-9]{3}\b")
_DAY_NUMBER = re.compile(r"\b[0-9]{1,2}(?:st|nd|rd|th)?\b")
# how many expressions before a "last November" are looked at for the day its sentence names
SAID_ON_LOOKBACK = 4
# what may follow a date that heads a live page's entries on its line: a colon, a dash, a stop
_HEADING_TAIL = re.compile(r"[ \t]*[:\u2013\u2014-]?[ \t]*")
# how the line before a heading ends: a sentence's end, or nothing (a blank line; a wrapped
# line of wire copy ending "... of record" goes on to "March 16." on the next: no heading)
_ENDS_A_BLOCK = re.compile(r"(?:[.!?:\"”’')\]]|^)[ \t]*$")
# a clock stamp after a date that opens its line, before the entry ("Friday 4 February, 10:12
# GMT Protesters marched ...", "4 Feb 2011 - 10.12 ..."): the date and the clock stamp the entry
_CLOCK_AFTER_DATE = re.compile(
    r"[ \t]*(?:,|at\b|[\u2013\u2014-])?[ \t]*[0-9]{1,2}[:.][0-9]{2}(?![0-9])"
)
# a line's opening weekday, before a stamp's date or its clock ("Friday, February 4, 2011 at")
_OPENING_WEEKDAY = r"[ \t]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
# a line's opening date before such a clock: a weekday, a day and a month either way, a year
_OPENING_DATE = re.compile(
    _OPENING_WEEKDAY + rf"(?:[0-9]{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{MONTH_NAMES})\.?"
    rf"|(?:{MONTH_NAMES})\.?[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+[12][0-9]{3})?[ \t]*(?:,|at\b|[\u2013\u2014-])?[ \t]*",
    re.IGNORECASE,
)
# a clock tagged with the date it follows ("February 4, 2011 at 10:12 AM"), after a weekday
_DATED_CLOCK = (re.compile(_OPENING_WEEKDAY, re.IGNORECASE), re.compile(rf"\b(?:{MONTH_NAMES})\b"))
# an entry stamp's bare weekday lies at most this many days before the page's publication day
# (else it is the one after: "11:10 a.m. Friday" on a Thursday's page)
MAX_DAYS_BEFORE_PAGE = 3
# a bare weekday an entry of a live page tells lies at most this many days before the entry's
# day (else it is the one after: "Friday" in an entry written on a Thursday)
MAX_DAYS_BACK_IN_ENTRY = 4
# what may follow a day that labels a page's entries at a line's start: nothing, a colon or a
# dash ("Saturday", "Monday, March 8:"), a possessive and up to three words ("Saturday's key
# events"), up to three words that end in a word for a page's entries ("Saturday updates",
# "Saturday morning live coverage"), or a colon or a dash before the entry itself ("Saturday:
# Police arrested ...")
_DAY_LABEL_TAIL = re.compile(
    r"[ \t]*(?:(?:['’][sS][ \t]+(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+[ \t]*"
    r"|(?:[^\W\d_]+[ \t]+){0,2}(?i:updates?|developments|events|summary|highlights|coverage"
    r"|latest|news|blog|live|recap|round-?up)[ \t]*)?"
    r"[:.\u2013\u2014-]?[ \t]*(?:\n|$)|[:\u2013\u2014-][ \t]+\S)"
)
MIN_DAY_LABELS = 2  # a page labels its entries by day when it does so twice or more
_LATER_CUE = re.compile(r"\bupdate", re.IGNORECASE)
# a clock time in a value: "2027-02-05T17:02" (hours, minutes)
_STAMP_CLOCK = re.compile(r"T([0-9]{2}):([0-9]{2})")
# the meanings that name a day ("11:10 a.m. Friday", "02:56 30th Apr 2009")
_DAY_SLOTS = ("weekday", "month", "day_number", "day_digits", "day_ordinal", "year_number")
# a live page runs one way in time when it has this many clock stamps at least
MIN_RUNNING_STAMPS = 3
# a clock stamp this much earlier than the one above it on a page running forward is the next day's
HALF_DAY_MINUTES = 12 * 60
_WEEKDAY_THEN_DATE = re.compile(r"[ \t]*,?[ \t]*")
_CLOCK = re.compile(r"([0-9]{1,4})(?:[:.]([0-9]{2}))?\s*([ap])?", re.IGNORECASE)
# the two ends of a range of dates: "from the end of July to mid-August", "between May and June"
_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# between a clock time and the date that places it: "11 a.m. on 11 November", "2153 GMT) on"
_CLOCK_THEN_DAY = re.compile(r"[\s)\]]*(?:on\b|,)?\s*", re.IGNORECASE)
# between "the end of the day" and the day it closes: "the end of the day on Monday", "the end
# of the day yesterday" (not across a comma: "At the end of the day, Monday's vote ...")
_DAY_PART_THEN_DAY = re.compile(r"[ \t]*(?:on[ \t]+)?")
# "At the end of the day, ..." opening its clause as an idiom ("in the end"): "at" before it
# and a comma after
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")
_RANGE_JOINS = re.compile(r"\s*(?:-|–|to|and|until|till|through)\s*", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"^([0-9]{4})-([0-9]{2})")
# the second month of a pair after a bare month, with its half: "/May", "/early June"
_SECOND_MONTH = (
    rf"(?:[ \t]*/[ \t]*(?:(?:early|late|mid|(?:first|second|last)[- ]half)[- ])?"
    rf"(?:{MONTH_NAMES})\.?)?"
)
# what makes a bare month a delivery month of trade: "the March contract", "for May delivery",
# "April/May shipment", "10 cents over July futures" (another month and its half may come
# between: "for late May/early June shipment"); a contract's month is still to come
_CONTRACT_WORDS = re.compile(
    rf"{_SECOND_MONTH}\s+(?:delivery|shipment|contracts?|futures|options)\b"
)
# "deliveries" and "shipments" are a month's statistics ("a drop in January shipments") unless
# bought or sold "for" them ("for April shipments")
_FOR_PLURAL_CONTRACT = re.compile(rf"{_SECOND_MONTH}\s+(?:deliveries|shipments)\b")
_HALF = r"(?:early|late|mid|(?:first|second|last)[- ]half)[- ]?\s*"
_FOR_BEFORE = re.compile(
    rf"\bfor\s+(?:the\s+)?(?:{_HALF})?(?:(?:{MONTH_NAMES})\.?\s*/\s*(?:{_HALF})?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    order: int
    meanings: dict[str, Any]


def _number(written: str, grammar: TimexGrammar) -> Any:
    word = grammar.meaning("number", written)
    if word is not None:
        return word
    digits = _DIGITS.search(written.replace(",", ""))
    if digits is None:
        return None
    amount = float(digits.group())
    return int(amount) if amount.is_integer() else amount


def _clock(written: str, grammar: TimexGrammar) -> str | None:
    word = grammar.meaning("time_of_day_word", written)
    if word is not None:
        return str(word)
    match = _CLOCK.match(written)
    if match is None:
        return None
    digits = match.group(1)
    if match.group(2) is None and len(digits) > 2:  # 430pm, 2359: the last two are minutes
        digits, minutes = digits[:-2], digits[-2:]
    else:
        minutes = match.group(2) or "0"
    hour, minute = int(digits), int(minutes)
    meridiem = (match.group(3) or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _spoken_year(written: str, grammar: TimexGrammar) -> int | None:
    """A year said in words: "nineteen ninety-six" is 19 hundreds and 96; in "two thousand
    (and) one" the second word is no number of the vocabulary, and counts thousands."""
    words = [grammar.meaning("number", word) for word in _WORDS.findall(written)]
    if len(words) < 2 or words[0] is None:
        return None
    if words[1] is None:
        return words[0] * 1000 + sum(word for word in words[2:] if word is not None)
    return words[0] * 100 + sum(word for word in words[1:] if word is not None)


def _meaning(slot: str, written: str, grammar: TimexGrammar) -> Any:
    """What the words matched by a vocabulary or placeholder mean."""
    if slot == "count":
        return _number(written, grammar)
    if slot == "century_ordinal":
        ordinal = grammar.meaning("ordinal", written)
        return ordinal if ordinal is not None else _number(written, grammar)
    if slot in ("clock", "hour_clock"):  # hour_clock: an hour without a.m. or p.m.
        return _clock(written, grammar)
    if slot == "spoken_year":
        return _spoken_year(written, grammar)
    if slot in ("decade_number", "zone"):
        return written
    if slot in grammar.vocabularies:
        return grammar.meaning(slot, written)
    return _number(written, grammar)  # day, month and year digits


def _possible_calendar_date(meanings: dict[str, Any]) -> bool:
    month = meanings.get("month") or meanings.get("month_digits")
    day = meanings.get("day_number") or meanings.get("day_digits") or meanings.get("day_ordinal")
    if month is None or day is None:
        return True
    year = meanings.get("year_number") or 2000  # a leap year: February 29 may be meant
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _extent(match: re.Match[str]) -> tuple[int, int]:
    """The span of the expression: its rule's extent group where that took part, else all."""
    if EXTENT in match.re.groupindex and match.start(EXTENT) >= 0:
        return match.span(EXTENT)
    return match.span()


def find_candidates(text: str, grammar: TimexGrammar) -> list[Candidate]:
    """Non-overlapping matches of the rules, longest first, in text order."""
    return settle(grammar.starts.matches(text), grammar)


def settle(matches: Iterable[tuple[int, re.Match[str]]], grammar: TimexGrammar) -> list[Candidate]:
    """The candidates among (rule index, match) pairs: possible calendar dates only, and of
    overlapping ones the longest (then the earliest rule)."""
    found: list[Candidate] = []
    for order, match in matches:
        rule = grammar.rules[order]
        meanings = {
            group: _meaning(slot, match.group(group), grammar) if match.group(group) else None
            for group, slot in rule.slots.items()
        }
        if _possible_calendar_date(meanings):
            # a rule may read words around its expression ("April 8-12" for the "12")
            start, end = _extent(match)
            found.append(Candidate(start, end, rule, order, meanings))
    found.sort(key=lambda c: (c.start - c.end, c.order, c.start))
    starts: list[int] = []
    chosen: list[Candidate] = []
    for candidate in found:
        i = bisect_left(starts, candidate.start)
        overlaps_next = i < len(chosen) and chosen[i].start < candidate.end
        overlaps_previous = i > 0 and chosen[i - 1].end > candidate.start
        if not (overlaps_next or overlaps_previous):
            starts.insert(i, candidate.start)
            chosen.insert(i, candidate)
    return chosen


def contract_month(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a bare month naming a delivery month of trade ("the March
    contract rose", "wheat for April/May shipment", "May delivery was up 0.05 cent"): a month
    still to come (or this one), whatever the tense of the market report around it."""
    if not candidate.rule.value.startswith("{year(month)}"):
        return False
    if _CONTRACT_WORDS.match(text, candidate.end) is not None:
        return True
    if _FOR_PLURAL_CONTRACT.match(text, candidate.end) is None:
        return False
    return _FOR_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    for span in spans:
        if span[0] <= start and end <= span[1]:
            return span
    return None


class _Resolver:
    """Gives candidates their values, reading direction from the parse or the nearby words."""

    def __init__(self, text: str, doc: Doc | None) -> None:
        self.text = text
        self.doc = doc
        self.sentences = sentence_spans(text, doc)

    def direction(self, candidate: Candidate) -> int:
        if contract_month(self.text, candidate):
            return FUTURE
        if self.doc is not None:
            from_parse = direction_from_doc(self.doc, candidate.start, candidate.end)
            if from_parse is not None:
                return from_parse
        sentence = sentence_at(self.sentences, candidate.start)
        return direction_from_text(self.text, candidate.start, candidate.end, sentence)

    def resolve(
        self,
        candidate: Candidate,
        reference: dt.date,
        story: dt.date,
        narrative: str | None = None,
        narrating: bool = False,
        period: str | None = None,
    ) -> TimeExpression | None:
        direction = self.direction(candidate)
        if direction == AHEAD:  # ahead of the writer, unless a history tells of its own time
            direction = UNKNOWN if narrating else FUTURE
        situation = Situation(
            reference=reference,
            story=story,
            direction=direction,
            narrative=narrative,
            narrating=narrating,
            period=period,
        )
        try:
            value = fill(candidate.rule.value, candidate.meanings, situation)
        except Unresolvable:
            return None
        mod = None
        if candidate.rule.mod:
            try:
                mod = fill(candidate.rule.mod, candidate.meanings, situation) or None
            except Unresolvable:
                mod = None
        anchor = None
        if situation.used_narrative:
            anchor = narrative
        elif situation.used_story:
            anchor = story.isoformat()
        elif situation.used_reference:
            anchor = reference.isoformat()
        return TimeExpression(
            start=candidate.start,
            end=candidate.end,
            text=self.text[candidate.start : candidate.end],
            type=candidate.rule.type,
            value=value,
            anchor=anchor,
            mod=mod,
        )


def narrates_its_own_time(candidates: list[Candidate], anchor: dt.date) -> bool:
    """Whether the text narrates a time of its own, as a history or an obituary does: nearly
    all the years it states lie well before its present, and it hardly speaks of that present
    ("yesterday", "on Friday", "last month", "two years ago" are the voice of news of the day)."""
    years = [year for c in candidates if (year := _stated_year(c)) is not None]
    away = sum(year < anchor.year - NEAR_PRESENT_YEARS for year in years)
    present = sum(bool(_PRESENT_VOICE.search(c.rule.value)) for c in candidates)
    return (
        len(years) >= MIN_STATED_YEARS
        and away >= NARRATIVE_SHARE * len(years)
        and present <= PRESENT_VOICE_SHARE * len(candidates)
    )


def _range_end(candidate: Candidate) -> bool:
    """Whether ``candidate`` is the two-digit end of a range of years: "86" in "1985/86"."""
    return candidate.rule.value.startswith("{range_end_year(")


def _stated_year(candidate: Candidate) -> int | None:
    """The year a candidate states in so many words (490 BC as -490), if it states one (a
    range's two-digit end is counted with its first year, once)."""
    meanings = candidate.meanings
    if _range_end(candidate):
        return None
    if meanings.get("year_number"):
        return int(meanings["year_number"])
    if meanings.get("era_year"):
        return (
            -int(meanings["era_year"]) if meanings.get("era") == "BC" else int(meanings["era_year"])
        )
    return None


def narrative_after(
    narrative: str | None, timex: TimeExpression, rule: Rule, narrating: bool
) -> str | None:
    """Where the story stands after ``timex``: a calendar date the text names (or works out
    from the story) moves it there; in a text that speaks of its present, an expression of
    that present ("yesterday", "last year") brings the story back to it."""
    if timex.type not in ("DATE", "TIME"):
        return narrative
    if not narrating and _PRESENT_VOICE.search(rule.value):
        return None
    calendar = _CALENDAR_DATE.match(timex.value)
    return calendar.group() if calendar else narrative


def entry_stamp(text: str, start: int, end: int) -> bool:
    """Whether the clock time at ``start:end`` stamps an entry of a live page ("2.15 pm: ...",
    alone at the start of its line), not a time the sentence tells."""
    if not _AFTER_STAMP.match(text, end):
        return False
    # back over the white space before it only: a page of one long line costs no more
    before = start
    while before > 0 and text[before - 1] != "\n" and text[before - 1].isspace():
        before -= 1
    return before == 0 or text[before - 1] == "\n"


def update_stamp(text: str, start: int) -> bool:
    """Whether the expression at ``start`` follows a line's update or posting cue ("Updated Sat
    Jan 22, 2011 9:30pm", "Posted Feb 14, 2011"): the time the page or entry was written."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_UPDATE_CUE.search(text, max(0, line - 1), start))


def show_stamp(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the day a transcript's show went on air (``_SHOW_CUE``):
    the day its speakers' "today", "yesterday" and "Thursday" are counted from, as a live
    page's stamp is for its entries, not the publication day of the page that prints it."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_SHOW_CUE.search(text, max(0, line - 1), start))


def dateline_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a dateline's, a day with its year, opening its line
    before the story ("VELGRAD, March 3, 2019 - Troops shelled ...", "3 March 2019 (Reuters) -
    ..."): the day that story was filed, which a topic page may print years later; its
    "Tuesday" and "last April" are counted from it, not from the page's day."""
    if not _YEAR.search(text, start, end) or not _DAY_NUMBER.search(text, start, end):
        return False  # a day of a year ("2003: Invasion" heads a history's section)
    if not _DATELINE_TAIL.match(text, end):
        return False
    line = text.rfind("\n", 0, start) + 1
    return _DATELINE_PLACE.match(text, line, start) is not None


def updated_later(text: str, start: int) -> bool:
    """Whether the stamp before ``start`` is an update's ("Update 11:10 a.m. Friday", "Last
    updated Monday"), which a page gets after it is published, not the posting's."""
    line = text.rfind("\n", 0, start) + 1
    return _LATER_CUE.search(text, line, start) is not None


def not_before_publication(timex: TimeExpression, anchor: dt.date) -> TimeExpression:
    """An update's bare weekday on or after the publication day: a page published on a
    Thursday and stamped "Update 11:10 a.m. Friday" was updated the next day, not the Friday
    before."""
    day = day_of(timex.value)
    return timex if day is None or day >= anchor else _a_week_later(timex, day)


def nearest_to_publication(timex: TimeExpression, anchor: dt.date) -> TimeExpression:
    """An entry stamp's bare weekday on the day of that name nearest the publication day: a
    live page dated Thursday runs entries stamped "11:10 a.m. Friday" the next day and
    "Tuesday, 6 p.m." two days before, not a Friday six days back."""
    day = day_of(timex.value)
    if day is None or (anchor - day).days <= MAX_DAYS_BEFORE_PAGE:
        return timex
    return _a_week_later(timex, day)


def page_of_days(weekdays: list[dt.date], anchor: dt.date) -> dt.date | None:
    """The first day of the week of days that a live page's bare weekday stamps fall in, when
    they name more than one day: the days as ``weekdays`` (each on its weekday, anywhere) follow
    each other in text order (a page runs forwards or backwards in time), so the week is the one
    nearest the publication (``nearest_to_publication``'s) in which they do. A page published on
    a Saturday with entries stamped "Monday, 9.10am" and then "Tuesday, 2.05pm" ran from the
    Monday five days before, not the Monday after; a Thursday's page with "Thursday" then
    "Friday" entries runs into the next day. None when the page names one day only, when the
    nearest week already keeps the order, or when no week does (a page of more than a week)."""
    if len({day.weekday() for day in weekdays}) < 2:
        return None

    def in_week(start: dt.date) -> list[dt.date]:
        return [_on_its_weekday(day, start) for day in weekdays]

    def ordered(days: list[dt.date]) -> bool:
        pairs = list(itertools.pairwise(days))
        return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)

    default = anchor - dt.timedelta(days=MAX_DAYS_BEFORE_PAGE)
    if ordered(in_week(default)):
        return None
    # the weeks around the default, nearest first, the earlier of two as near
    shifts = sorted(range(-6, 7), key=lambda n: (abs(n), n))
    for shift in shifts:
        start = default + dt.timedelta(days=shift)
        # a week that holds the publication day, whose order the stamps keep
        if start <= anchor <= start + dt.timedelta(days=6) and ordered(in_week(start)):
            return start
    return None


def within_the_page(timex: TimeExpression, page_day: dt.date) -> TimeExpression:
    """A bare weekday an entry of a live page tells, on the day of its name nearest the day the
    entry was written (``page_day``): a page kept up for days is stored at one of them, and
    "Marchers gathered on Friday" in an entry of a page stored on the Thursday is of the
    Friday after, as "speaks at a conference on Friday" is, not of the Friday six days back.
    A day at most ``MAX_DAYS_BACK_IN_ENTRY`` days back stays ("sank on Thursday" on a
    Monday's page)."""
    day = day_of(timex.value)
    if day is None or (page_day - day).days <= MAX_DAYS_BACK_IN_ENTRY:
        return timex
    return _a_week_later(timex, day)


def in_week_of(timex: TimeExpression, start: dt.date) -> TimeExpression:
    """``timex`` (a bare weekday resolved to some day) on its weekday in the week from ``start``."""
    day = day_of(timex.value)
    if day is None:
        return timex
    moved = _on_its_weekday(day, start)
    return timex.model_copy(update={"value": moved.isoformat() + timex.value[10:]})


def _on_its_weekday(day: dt.date, start: dt.date) -> dt.date:
    """The day of the week from ``start`` that falls on ``day``'s weekday."""
    return start + dt.timedelta(days=(day.weekday() - start.weekday()) % 7)


def _a_week_later(timex: TimeExpression, day: dt.date) -> TimeExpression:
    """``timex`` (a weekday resolved to ``day``) on the same weekday a week later."""
    later = (day + dt.timedelta(weeks=1)).isoformat() + timex.value[10:]
    return timex.model_copy(update={"value": later})


def opens_a_block(text: str, line_start: int, *, after_headline: bool = False) -> bool:
    """Whether the line at ``line_start`` opens the text or follows a blank line or a line that
    ends a block (not a wrapped line of wire copy that runs on into it); with
    ``after_headline``, the text's first line ends a block too (a page printed a sentence a
    line, with no blank lines, runs its first day heading right under its headline)."""
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return (
        line_start == 0
        or (after_headline and before == 0)
        or _ENDS_A_BLOCK.search(text[before : line_start - 1]) is not None
    )


def heads_entries(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` stands alone on its line, as a live page heads the
    entries of each day ("Friday 11 June", "12 June 2010:"): the day those entries were
    written. Not when the line before runs on into it, nor when it ends a sentence ("...
    shareholders of record\nMarch 16."), as lines of wrapped wire copy do."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    alone = _HEADING_TAIL.fullmatch(text, end, line_end) is not None
    if not alone or text[line_start:start].strip():
        return False
    return opens_a_block(text, line_start, after_headline=True)


def clocked_heading(text: str, start: int, end: int, type_: str) -> bool:
    """Whether the expression at ``start:end`` is the date or the clock of a live page's entry
    stamped with both at its line's start ("Friday 4 February, 10:12 GMT Protesters marched
    ..."): the day and time that entry was written, from which its "Friday" and "yesterday" are
    counted, not from the page's first day. The date opens its line and a clock follows it at
    once (``_CLOCK_AFTER_DATE``); the clock follows such a date (``_OPENING_DATE``), or holds
    its own date after the line's weekday ("Friday, February 4, 2011 at 10:12 AM ...")."""
    # the cheap test of what follows first: most expressions are no stamp
    if type_ == "DATE":
        if _CLOCK_AFTER_DATE.match(text, end) is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            return False
    else:
        if _AFTER_STAMP.match(text, end) is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        weekday, month = _DATED_CLOCK
        after_a_date = _OPENING_DATE.fullmatch(text, line_start, start) is not None or (
            weekday.fullmatch(text, line_start, start) is not None
            and month.search(text, start, end) is not None
        )
        if not after_a_date:
            return False
    return opens_a_block(text, line_start)


def labels_a_day(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` opens a line of its own and labels the entries of a
    day (``_DAY_LABEL_TAIL``: "Saturday", "Saturday's developments", "Saturday: Police
    arrested ..."), after a blank line or a line that ends a block (not a wrapped line of wire
    copy ending "... said on" before "Monday.")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or _DAY_LABEL_TAIL.match(text, end) is None:
        return False
    return opens_a_block(text, line_start, after_headline=True)


def next_labelled_day(weekday: int, previous: dt.date, direction: int) -> dt.date | None:
    """The day a bare weekday label (ISO ``weekday``) names on a page whose last day label was
    ``previous``: the first such day after it on a page running forward (``direction`` > 0),
    the last before it on one running back (< 0), else the nearer of the two ("Wednesday",
    "Thursday", "Saturday" on a page of a Wednesday: the Thursday and the Saturday after it,
    not the ones before the publication). None for the label's own weekday (a page of more
    than a week, or a day labelled twice)."""
    ahead = (weekday - previous.isoweekday()) % 7
    if ahead == 0:
        return None
    back = 7 - ahead
    if direction > 0 or (direction == 0 and ahead < back):
        return previous + dt.timedelta(days=ahead)
    return previous - dt.timedelta(days=back)


def stamps_an_entry(text: str, start: int, end: int, type_: str) -> bool:
    """Whether the expression at ``start:end`` (of TIMEX3 type ``type_``) is the time a live
    page's entry or a page was written (``entry_stamp``, ``update_stamp``), not the time of
    anything the entry tells. A line's first words stamp it only when written in figures ("2.15
    pm: ..."; "This morning I came ..." is narration); after an update cue or a clock stamp, a
    weekday is part of the stamp too ("Updated Sat Jan 22", "12:13 GMT, Thursday, 10 June")."""
    if update_stamp(text, start):
        return True
    figures = any(character.isdigit() for character in text[start:end])
    if figures and type_ == "DATE":
        # a day heading entries, a transcript's show day, an archived story's dateline
        if heads_entries(text, start, end) or show_stamp(text, start):
            return True
        if dateline_stamp(text, start, end):
            return True
    if figures and type_ in ("DATE", "TIME") and clocked_heading(text, start, end, type_):
        return True
    return figures and type_ == "TIME" and entry_stamp(text, start, end)


_Mark = TypeVar("_Mark")


def _last_before(marks: list[tuple[int, _Mark]], offset: int, default: _Mark) -> _Mark:
    """The value of the last mark before ``offset`` (marks in text order), else ``default``:
    the day an entry's stamp names, where the story stood after the last expression."""
    index = bisect_left([start for start, _ in marks], offset)
    return marks[index - 1][1] if index else default


def _reports_on(candidate: Candidate, value: str, anchor: dt.date, resolver: _Resolver) -> bool:
    """Whether a report's quarter becomes the period "the latest quarter", "a year ago" and "the
    1988 period" refer to: a quarter named for itself (not a period compared with it) that has
    closed by the publication date, or one still running that the text tells in the past
    ("reported a decline in fourth-quarter earnings"). A quarter still running or ahead is
    otherwise an outlook ("will result in a fourth-quarter charge"), not the results reported."""
    if not _QUARTER.match(value) or _COMPARED.search(candidate.rule.value):
        return False
    days = days_of(value)
    if days is not None and days[1] < anchor:
        return True
    return resolver.direction(candidate) == PAST


def range_end(text: str, first: TimeExpression, last: TimeExpression, rule: Rule) -> str:
    """The value of the last end of a range whose first end is ``first``: a later month named
    without its year ("from the end of July to mid-August", "between May and June") is in the
    first end's year, whatever the tense around says of it alone. A range across the new year
    ("from October to March") is left to each end's own tense: which year it starts in is not
    known from the range."""
    if "{year(" not in rule.value:
        return last.value
    if not _RANGE_JOINS.fullmatch(text, first.end, last.start):
        return last.value
    if not _RANGE_OPENS.search(text[max(0, first.start - 12) : first.start]):
        return last.value
    opening, closing = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(last.value)
    if opening is None or closing is None:
        return last.value
    if closing.group(2) < opening.group(2):
        return last.value
    return f"{opening.group(1)}{last.value[4:]}"


def range_start(
    text: str, first: TimeExpression, first_rule: Rule, last: TimeExpression, last_rule: Rule
) -> str | None:
    """The value of a range's first end named without its year when the last end names one
    ("from June 3 to June 9, 2023", "between March and May of 2024"): the last end's year, or
    the year before when the first month comes later ("from December to March 2024"). None
    when the first end keeps its own value."""
    if "{year(" not in first_rule.value or "{year(" in last_rule.value:
        return None
    if not _RANGE_JOINS.fullmatch(text, first.end, last.start):
        return None
    if not _RANGE_OPENS.search(text[max(0, first.start - 12) : first.start]):
        return None
    opening, closing = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(last.value)
    if opening is None or closing is None:
        return None
    year = int(closing.group(1)) - (opening.group(2) > closing.group(2))
    return f"{year:04d}{first.value[4:]}"


def _bare_weekday(candidate: Candidate) -> bool:
    """Whether ``candidate`` names a weekday and no month ("Friday", "9 a.m. Friday")."""
    return "weekday" in candidate.meanings and "month" not in candidate.meanings


def weekday_of_date(
    text: str, weekday: TimeExpression, found: Candidate, date: TimeExpression
) -> str | None:
    """The value of a bare weekday written just before the date it names ("Updated Sat Jan 22,
    2011", "Tuesday, 5 March 1991"), tagged apart: that date's day when the weekdays agree;
    None otherwise."""
    if not _bare_weekday(found) or not _WEEKDAY_THEN_DATE.fullmatch(text, weekday.end, date.start):
        return None
    day = day_of(date.value)
    if day is None or day.isoweekday() != found.meanings["weekday"]:
        return None
    return day.isoformat() + weekday.value[10:]


def clock_on_day(text: str, clock: TimeExpression, day: TimeExpression) -> str | None:
    """The value of a clock time that the date right after it places ("11 a.m. on 11 November
    1918", "At 1:05 pm on 10 Jun 2010, a reader wrote", "at 2153 GMT) on Tuesday"), when the two
    are tagged apart; None when nothing places it."""
    if clock.type != "TIME" or not _CLOCK_THEN_DAY.fullmatch(text, clock.end, day.start):
        return None
    time_of_day = clock.value.partition("T")[2]
    if not time_of_day or "T" in day.value or day_of(day.value) is None:
        return None
    return f"{day.value}T{time_of_day}"


def _of_the_day(candidate: Candidate) -> bool:
    """Whether ``candidate`` is a point of this day: "the end of the day", "the close of the
    day", "the start of the day"."""
    return candidate.rule.value == "{ref(calendar_unit, 0)}" and (
        candidate.meanings.get("calendar_unit") == "D"
    )


def day_of_day_part(
    text: str, part: TimeExpression, found: Candidate, day: TimeExpression
) -> str | None:
    """The value of "the end of the day" followed by the day it closes ("the end of the day on
    Monday", "the end of the day yesterday"), tagged apart: that day's, not the publication
    day's. None when no day follows."""
    if not _of_the_day(found) or not _DAY_PART_THEN_DAY.fullmatch(text, part.end, day.start):
        return None
    if day_of(day.value) is None or "T" in day.value:
        return None
    return day.value


def end_of_day_idiom(text: str, candidate: Candidate, direction: int) -> bool:
    """Whether "the end of the day" is the idiom "in the end" ("At the end of the day, voters
    want jobs", "at the end of the day, the deal is going to pass"): after "at", before a comma,
    in a clause not told in the past. In the past it is the close of a day's trading ("At the
    end of the day, the dollar stood at 1.82 marks")."""
    if not _of_the_day(candidate) or direction == PAST:
        return False
    if not _AT_BEFORE.search(text, max(0, candidate.start - 8), candidate.start):
        return False
    return _COMMA_AFTER.match(text, candidate.end) is not None


def _last_month_of_its_own(candidate: Candidate) -> bool:
    """Whether ``candidate`` is "last November", "this past June": a month counted back from
    the writer's present."""
    return (
        candidate.rule.value.startswith("{month_year(")
        and (candidate.meanings.get("shift") or 0) < 0
    )


def said_on(
    resolver: _Resolver, candidate: Candidate, timex: TimeExpression, before: list[TimeExpression]
) -> dt.date | None:
    """The day a "last November" was said when counting it from the publication day puts it
    after the day its sentence names before it: "At a hearing on Oct. 14, a soldier testified
    that he was wounded last November" (written in December) is the November before the
    hearing. None when the month does not run past that day."""
    days = days_of(timex.value)
    sentence = sentence_at(resolver.sentences, candidate.start)
    for earlier in reversed(before):
        if earlier.start < sentence[0]:
            break
        day = day_of(earlier.value)
        if day is not None and days is not None and days[0] > day:
            return day
    return None


def reported_under(
    resolver: _Resolver, candidate: Candidate, timex: TimeExpression, before: list[TimeExpression]
) -> dt.date | None:
    """The day of the saying a relative time is reported under, when counting it from the
    publication day puts it after that day: in "The minister said on Jan. 5 that rebels had
    attacked the town last week" (written on Jan. 29) the week is the one before Jan. 5, and in
    "On Jan. 5, the minister said rebels attacked the town on Sunday" the Sunday is Jan. 3.
    The time must be in the clause a verb reports (its ``ccomp``) and the earlier day in that
    verb's own words, outside the clause ("arrested him on Jan. 5 and charged him last week"
    keeps its week); needs the parse. None otherwise."""
    doc = resolver.doc
    days = days_of(timex.value)
    if doc is None or days is None:
        return None
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return None
    clause = next((a for a in span.root.ancestors if a.dep_ == "ccomp"), None)
    if clause is None or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    saying = clause.head
    sentence = sentence_at(resolver.sentences, candidate.start)
    for earlier in reversed(before):
        if earlier.start < sentence[0]:
            break
        day = day_of(earlier.value)
        if day is None or days[0] <= day:
            continue
        words = doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
        if words is None:
            continue
        root = words.root
        if root in saying.subtree and root not in clause.subtree:
            return day
    return None


def _speech_day(
    quote: tuple[int, int],
    resolver: _Resolver,
    outside: list[TimeExpression],
) -> dt.date | None:
    """The day a quote was spoken: a day-precise date outside it, in the sentences it spans."""
    first = sentence_at(resolver.sentences, max(0, quote[0] - 1))
    last = sentence_at(resolver.sentences, quote[1])
    nearest: tuple[int, dt.date] | None = None
    for timex in outside:
        day = day_of(timex.value)
        if day is None or not first[0] <= timex.start < last[1]:
            continue
        distance = quote[0] - timex.end if timex.end <= quote[0] else timex.start - quote[1]
        if nearest is None or distance < nearest[0]:
            nearest = (distance, day)
    return nearest[1] if nearest else None


def _page_week(
    text: str,
    candidates: list[Candidate],
    in_quotes: list[tuple[int, int] | None],
    resolver: _Resolver,
    anchor: dt.date,
) -> dt.date | None:
    """The week a live page's bare weekday entry stamps fall in (``page_of_days``), or None."""
    weekdays = []
    for candidate, quote in zip(candidates, in_quotes, strict=True):
        if quote is not None or candidate.rule.type != "TIME" or not _bare_weekday(candidate):
            continue
        if not stamps_an_entry(text, candidate.start, candidate.end, candidate.rule.type):
            continue
        if updated_later(text, candidate.start):
            continue
        timex = resolver.resolve(candidate, anchor, anchor)
        if timex is not None and timex.type == "TIME" and (day := day_of(timex.value)):
            weekdays.append(day)
    return page_of_days(weekdays, anchor)


def _clock_alone(candidate: Candidate) -> bool:
    """Whether ``candidate`` names no day, only a time of day ("9.15am", "23:40 GMT")."""
    return not any(slot in candidate.meanings for slot in _DAY_SLOTS)


def _clock_minutes(value: str) -> int | None:
    """The minutes since midnight of a clock time's value ("2027-02-05T17:02"), else None."""
    match = _STAMP_CLOCK.search(value)
    return int(match.group(1)) * 60 + int(match.group(2)) if match else None


def runs_forward(clocks: list[int]) -> bool:
    """Whether a live page's clock stamps (minutes since midnight, in text order) run forward:
    enough of them, and more than twice as many follow the one before later in the day as
    earlier (a page with the newest entry first is left alone: whether its publication day is
    its first entry's or its last is not known)."""
    if len(clocks) < MIN_RUNNING_STAMPS:
        return False
    later = sum(b > a for a, b in itertools.pairwise(clocks))
    earlier = sum(b < a for a, b in itertools.pairwise(clocks))
    return later > 2 * earlier


def past_midnight(before: int | None, clock: int) -> bool:
    """Whether, on a page running forward, an entry stamped at ``clock`` minutes after the one
    at ``before`` was written the next day ("11.40pm: ..." then "9.15am: ..."): it is more
    than half a day earlier. A slip of the meridiem ("11.45am", "11.50pm", "12.15pm") moves
    the clock less than half a day."""
    return before is not None and clock < before - HALF_DAY_MINUTES


def _stamp_clocks(
    text: str,
    candidates: list[Candidate],
    in_quotes: list[tuple[int, int] | None],
    resolver: _Resolver,
    anchor: dt.date,
) -> list[int]:
    """The clock times of a live page's entry stamps, in text order (minutes since midnight)."""
    clocks = []
    for candidate, quote in zip(candidates, in_quotes, strict=True):
        if quote is not None or candidate.rule.type != "TIME" or not _clock_alone(candidate):
            continue
        if not stamps_an_entry(text, candidate.start, candidate.end, candidate.rule.type):
            continue
        timex = resolver.resolve(candidate, anchor, anchor)
        if timex is not None and (minutes := _clock_minutes(timex.value)) is not None:
            clocks.append(minutes)
    return clocks


def _follow_labels(
    timex: TimeExpression, candidate: Candidate, labelled_days: list[dt.date]
) -> TimeExpression:
    """``timex`` of a day label (``labels_a_day``) placed after the labels before it: a bare
    weekday on its day next to the last label's, the way the page runs (``next_labelled_day``);
    each label's day is added to ``labelled_days``."""
    day = day_of(timex.value)
    bounds = days_of(timex.value)
    if day is None or bounds is None or bounds[0] != bounds[1]:
        return timex  # a month or a week labels no one day
    if _bare_weekday(candidate) and labelled_days:
        # (the way the page runs: from the label before the last to the last)
        direction = (labelled_days[-1] - labelled_days[-2]).days if len(labelled_days) > 1 else 0
        placed = next_labelled_day(candidate.meanings["weekday"], labelled_days[-1], direction)
        if placed is not None:
            day = placed
            timex = timex.model_copy(update={"value": placed.isoformat() + timex.value[10:]})
    labelled_days.append(day)
    return timex


def tag(text: str, anchor: dt.date, *, doc: Doc | None = None) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against ``anchor`` (the publication date).

    ``doc``, a spaCy parse of the same text, lets the tense of the governing verb decide which
    way bare weekdays and months point; without it, tense cues in nearby words decide.
    Relative expressions inside a quote resolve against the day the quote was spoken when its
    sentence names that day outside the quote.
    """
    candidates = find_candidates(text, load_grammar())
    spans = quoted_spans(text)
    quotes = [(q.start, q.end) for q in spans]
    resolver = _Resolver(text, doc)
    resolved: dict[int, TimeExpression] = {}
    quoted: list[tuple[Candidate, tuple[int, int]]] = []
    in_quotes = [_inside(quotes, c.start, c.end) for c in candidates]
    narrating = narrates_its_own_time(
        [c for c, quote in zip(candidates, in_quotes, strict=True) if quote is None], anchor
    )
    if narrating and any(not q.closed for q in spans):
        # a history's mark that nothing closes ('"Relations deteriorated until in March 1980
        # ...' to the paragraph's end) opens no quotation: its dates are the story's own and
        # move it ("in April", then "in September" outside is 1980's)
        quotes = [(q.start, q.end) for q in spans if q.closed]
        in_quotes = [_inside(quotes, c.start, c.end) for c in candidates]
    story = anchor
    # a live page's entries are stamped on its own day (the publication day, or the day a dated
    # stamp names), not on the day the entry before told of
    page_day = anchor
    narrative: str | None = None
    narratives: list[tuple[int, str | None]] = []  # where the story stood after each expression
    period: str | None = None
    outside_before: TimeExpression | None = None  # the expression before, outside quotes
    found_before: Candidate | None = None  # the candidate it was resolved from
    # the day each entry was written, from its stamp on: what the entry calls "yesterday",
    # "Saturday" or "last month" is counted from that day, not from the publication date
    page_days: list[tuple[int, dt.date]] = []
    week = _page_week(text, candidates, in_quotes, resolver, anchor)
    clocks = _stamp_clocks(text, candidates, in_quotes, resolver, anchor)
    forward = runs_forward(clocks)
    # a page that labels its entries by day: a bare weekday label follows the labels before it
    labelled = {
        c.start
        for c, quote in zip(candidates, in_quotes, strict=True)
        if quote is None and labels_a_day(text, c.start, c.end)
    }
    # a page that labels its entries by day, or a live page of clock stamps, on which a day's
    # label heads the entries under it: their stamps and what they call "Saturday" are of it
    labels_head = len(labelled) >= MIN_DAY_LABELS or len(clocks) >= MIN_RUNNING_STAMPS
    labelled_days: list[dt.date] = []  # the days of the labels so far, in text order
    last_clock: int | None = None  # the clock of the last entry stamp on the present page day
    for candidate, quote in zip(candidates, in_quotes, strict=True):
        if _of_the_day(candidate) and end_of_day_idiom(
            text, candidate, resolver.direction(candidate)
        ):
            continue
        if quote is not None:
            quoted.append((candidate, quote))
            continue
        if stamps_an_entry(text, candidate.start, candidate.end, candidate.rule.type):
            timex = resolver.resolve(candidate, anchor, page_day)
            # an update is never stamped before the page was published
            updated = _bare_weekday(candidate) and updated_later(text, candidate.start)
            if timex is not None and updated:
                timex = not_before_publication(timex, anchor)
            elif timex is not None and _bare_weekday(candidate) and timex.type == "TIME":
                # a page of several days keeps its entries' order (``page_of_days``)
                timex = in_week_of(timex, week) if week else nearest_to_publication(timex, anchor)
            clock = _clock_minutes(timex.value) if timex is not None else None
            if timex is not None and clock is not None and _clock_alone(candidate):
                # a clock alone stamps the page's present day, turned at midnight
                if forward and past_midnight(last_clock, clock):
                    page_day += dt.timedelta(days=1)
                    timex = resolver.resolve(candidate, anchor, page_day)
                last_clock = clock
            elif timex is not None:
                last_clock = None  # a dated stamp starts the day afresh
            if timex is not None and (stamped := day_of(timex.value)) is not None:
                page_day = stamped
                page_days.append((candidate.end, stamped))
                narrative = None  # the entry speaks from the page's present
        else:
            timex = resolver.resolve(candidate, page_day, story, narrative, narrating, period)
            if timex is not None and labels_head and _bare_weekday(candidate):
                timex = within_the_page(timex, page_day)
            if timex is not None and _last_month_of_its_own(candidate):
                before = [resolved[start] for start in sorted(resolved)[-SAID_ON_LOOKBACK:]]
                if day := said_on(resolver, candidate, timex, before):
                    timex = resolver.resolve(candidate, day, story, narrative, narrating, period)
            elif timex is not None and resolver.doc is not None:
                # "said on Jan. 5 that rebels attacked the town last week": before Jan. 5
                before = [resolved[start] for start in sorted(resolved)[-SAID_ON_LOOKBACK:]]
                if day := reported_under(resolver, candidate, timex, before):
                    recounted = resolver.resolve(
                        candidate, day, story, narrative, narrating, period
                    )
                    ends = days_of(recounted.value) if recounted is not None else None
                    if ends is not None and ends[1] <= day:
                        timex = recounted
        if timex is None:
            continue
        # (a weekday or a date: "Yesterday: the flow on Wednesday" labels a picture, no day)
        heading = (
            labels_head
            and candidate.start in labelled
            and timex.type == "DATE"
            and not _clock_alone(candidate)
        )
        if heading and not labelled_days and _bare_weekday(candidate):
            # a live page's first label: the day of its name nearest the page's, whatever the
            # tense the parse reads in "Thursday updates"
            timex = in_week_of(timex, anchor - dt.timedelta(days=MAX_DAYS_BEFORE_PAGE))
        if len(labelled) >= MIN_DAY_LABELS and candidate.start in labelled:
            timex = _follow_labels(timex, candidate, labelled_days)
        if heading and (labelled_day := day_of(timex.value)) is not None:
            # the label's day is the page's until the next stamp or label names another
            page_day, last_clock, narrative = labelled_day, None, None
            page_days.append((candidate.end, labelled_day))
        if outside_before is not None and found_before is not None:
            value = range_end(text, outside_before, timex, candidate.rule)
            if value != timex.value:
                timex = timex.model_copy(update={"value": value})
            placed = (
                clock_on_day(text, outside_before, timex)
                or range_start(text, outside_before, found_before.rule, timex, candidate.rule)
                or weekday_of_date(text, outside_before, found_before, timex)
                or day_of_day_part(text, outside_before, found_before, timex)
            )
            if placed is not None:
                resolved[outside_before.start] = outside_before.model_copy(update={"value": placed})
        outside_before, found_before = timex, candidate
        resolved[candidate.start] = timex
        day = day_of(timex.value)
        if day is not None and (narrating or day <= anchor):
            story = day
        if not _range_end(candidate):  # "1985/86 ... the preceding year": counted from 1985
            narrative = narrative_after(narrative, timex, candidate.rule, narrating)
        narratives.append((candidate.start, narrative))
        if _reports_on(candidate, timex.value, anchor, resolver):
            period = timex.value
    outside = sorted(resolved.values(), key=lambda t: t.start)
    # a history's quotation moves along its own dates: "in March 1980 ... in April" inside it
    # is April 1980, not April of the text's present
    moved: tuple[tuple[int, int], str | None] | None = None
    for candidate, quote in quoted:
        spoken = _speech_day(quote, resolver, outside) or _last_before(page_days, quote[0], anchor)
        # a history quotes its own time: what was said then is anchored where the story is
        said_in = _last_before(narratives, quote[0], None) if narrating else None
        if narrating and moved is not None and moved[0] == quote:
            said_in = moved[1]
        timex = resolver.resolve(candidate, spoken, spoken, said_in, narrating)
        if timex is not None:
            resolved[candidate.start] = timex
            # a date the quotation states moves it ("March 1980", "April"), not one counted
            # from the day it was spoken ("three days later", "now")
            counted = _PRESENT_VOICE.search(candidate.rule.value) or _COMPARED.search(
                candidate.rule.value
            )
            if narrating and not counted and not _range_end(candidate):
                moved = (quote, narrative_after(said_in, timex, candidate.rule, narrating))
    return [resolved[start] for start in sorted(resolved)]
