"""The engine: find time expressions with the compiled rules, then give each its value.

1. Every rule's pattern is run over the text; overlapping matches are settled longest first
   (then by rule order), and calendar-impossible ones ("February 30") are dropped.
2. Values are filled in document order. The reference date is the publication date, except
   inside a quote whose sentence names the day it was spoken ("Trump said on Thursday:
   'today ...'"), where it is that day. The story's day, for "that day" and "earlier in the day",
   is the last day-precise date mentioned before (outside quotes), else the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from dateline.model import TimeExpression
from dateline.text.quotemarks import quoted_spans
from dateline.timex.context import (
    direction_from_doc,
    direction_from_text,
    sentence_at,
    sentence_spans,
)
from dateline.timex.intervals import day_of
from dateline.timex.rules import Rule, TimexGrammar, load_grammar
from dateline.timex.values import Situation, Unresolvable, fill

_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_CLOCK = re.compile(r"([0-9]{1,2})(?:[:.]([0-9]{2}))?\s*([ap])?", re.IGNORECASE)


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
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _meaning(slot: str, written: str, grammar: TimexGrammar) -> Any:
    """What the words matched by a vocabulary or placeholder mean."""
    if slot == "count":
        return _number(written, grammar)
    if slot == "century_ordinal":
        ordinal = grammar.meaning("ordinal", written)
        return ordinal if ordinal is not None else _number(written, grammar)
    if slot == "clock":
        return _clock(written, grammar)
    if slot in ("decade_number", "zone"):
        return written
    if slot in grammar.vocabularies:
        return grammar.meaning(slot, written)
    return _number(written, grammar)  # day, month and year digits


def _possible_calendar_date(meanings: dict[str, Any]) -> bool:
    month = meanings.get("month") or meanings.get("month_digits")
    day = meanings.get("day_number") or meanings.get("day_digits")
    if month is None or day is None:
        return True
    year = meanings.get("year_number") or 2000  # a leap year: February 29 may be meant
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def find_candidates(text: str, grammar: TimexGrammar) -> list[Candidate]:
    """Non-overlapping matches of the rules, longest first, in text order."""
    found: list[Candidate] = []
    for order, rule in enumerate(grammar.rules):
        for match in rule.regex.finditer(text):
            if match.end() == match.start():
                continue
            meanings = {
                group: _meaning(slot, match.group(group), grammar) if match.group(group) else None
                for group, slot in rule.slots.items()
            }
            if _possible_calendar_date(meanings):
                found.append(Candidate(match.start(), match.end(), rule, order, meanings))
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
        if self.doc is not None:
            from_parse = direction_from_doc(self.doc, candidate.start, candidate.end)
            if from_parse is not None:
                return from_parse
        sentence = sentence_at(self.sentences, candidate.start)
        return direction_from_text(self.text, candidate.start, candidate.end, sentence)

    def resolve(
        self, candidate: Candidate, reference: dt.date, story: dt.date
    ) -> TimeExpression | None:
        situation = Situation(reference=reference, story=story, direction=self.direction(candidate))
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
        if situation.used_story:
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


def tag(text: str, anchor: dt.date, *, doc: Doc | None = None) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against ``anchor`` (the publication date).

    ``doc``, a spaCy parse of the same text, lets the tense of the governing verb decide which
    way bare weekdays and months point; without it, tense cues in nearby words decide.
    Relative expressions inside a quote resolve against the day the quote was spoken when its
    sentence names that day outside the quote.
    """
    candidates = find_candidates(text, load_grammar())
    quotes = [(q.start, q.end) for q in quoted_spans(text)]
    resolver = _Resolver(text, doc)
    resolved: dict[int, TimeExpression] = {}
    quoted: list[tuple[Candidate, tuple[int, int]]] = []
    story = anchor
    for candidate in candidates:
        quote = _inside(quotes, candidate.start, candidate.end)
        if quote is not None:
            quoted.append((candidate, quote))
            continue
        timex = resolver.resolve(candidate, anchor, story)
        if timex is None:
            continue
        resolved[candidate.start] = timex
        story = day_of(timex.value) or story
    outside = sorted(resolved.values(), key=lambda t: t.start)
    for candidate, quote in quoted:
        spoken = _speech_day(quote, resolver, outside) or anchor
        timex = resolver.resolve(candidate, spoken, spoken)
        if timex is not None:
            resolved[candidate.start] = timex
    return [resolved[start] for start in sorted(resolved)]
