"""Where a rule's match can begin, read off its compiled regex, so rules run only there.

Running every rule's regex over the whole text cost about four fifths of the tagging time.
Instead, the first KEY_LENGTH characters of every possible match of a rule are worked out from
its pattern (with Python's own regex parser) in a coarse alphabet, the *symbols*: a letter in
lower case, any ASCII digit as "0", any ASCII space as " ", any other non-ASCII character as "?".
A text is read once: at each word edge where some rule may begin, the symbols of the next few
characters pick the rules to try there, and only those are matched, at that position.

The result is exactly that of ``rule.finditer(text)`` for every rule: a match of a rule can only
begin where its keys say (the analysis over-approximates: look-arounds are ignored, a character
class matching many symbols ends the key), and trying the positions in order, skipping those
inside the last match, is what ``finditer`` does when no match is empty (checked when built).
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the parser re itself uses, so the analysis reads what re runs
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any

KEY_LENGTH = 6
# how many texts of KEY_LENGTH characters RuleStarts remembers the patterns of (a few MB)
MAX_REMEMBERED_HEADS = 50_000
# how many of a key's symbols the search for word edges checks
EDGE_SYMBOLS = 3
# a character class matching more symbols than this ends a key (as "anything" would)
MAX_CLASS_SYMBOLS = 12
# the non-ASCII characters that re's case-insensitive matching equates with ASCII letters
# (tests/test_timex_speed_equivalence.py checks the list against every code point)
ASCII_FOLDS = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}


def _symbol(char: str) -> str:
    if char in ASCII_FOLDS:
        return ASCII_FOLDS[char]
    if not char.isascii():
        return "?"
    if char.isdigit():
        return "0"
    if char.isspace():
        return " "
    return char.lower()


# str.translate table for the ASCII characters and the folds; other non-ASCII characters
# become "?" when the key is encoded
_SYMBOLS = {ord(c): _symbol(c) for c in [chr(i) for i in range(128)] + list(ASCII_FOLDS)}
# every character whose symbol is not "?": what an element is tried against
_NAMED = [chr(i) for i in range(128)] + list(ASCII_FOLDS)
_CATEGORIES = {
    sre_parse.CATEGORY_DIGIT: r"\d",
    sre_parse.CATEGORY_NOT_DIGIT: r"\D",
    sre_parse.CATEGORY_SPACE: r"\s",
    sre_parse.CATEGORY_NOT_SPACE: r"\S",
    sre_parse.CATEGORY_WORD: r"\w",
    sre_parse.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT)

# a prefix of a match in symbols, and whether the key stops there (full, or "anything" follows)
Prefixes = set[tuple[str, bool]]


def _one_character(op: Any, av: Any) -> tuple[str, bool] | None:
    """A regex for a one-character element, and whether it may match a non-ASCII character
    other than the folds; None when it is not a one-character element."""
    if op is sre_parse.LITERAL:
        return re.escape(chr(av)), av >= 128
    if op is sre_parse.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]", True
    if op is sre_parse.ANY:
        return r"[\s\S]", True
    if op is not sre_parse.IN:
        return None
    parts, wide = [], False
    for item_op, item in av:
        if item_op is sre_parse.NEGATE:
            parts.insert(0, "^")
            wide = True
        elif item_op is sre_parse.LITERAL:
            parts.append(re.escape(chr(item)))
            wide = wide or item >= 128
        elif item_op is sre_parse.RANGE:
            parts.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
            wide = wide or item[1] >= 128
        else:  # a category such as \s or \w (or anything else: read as matching all)
            parts.append(_CATEGORIES.get(item, r"\s\S"))
            wide = True
    return f"[{''.join(parts)}]", wide


@cache
def _symbols(source: str, wide: bool, ignore_case: bool) -> frozenset[str]:
    """The symbols of the characters a one-character regex matches."""
    element = re.compile(source, re.IGNORECASE if ignore_case else 0)
    found = {_symbol(c) for c in _NAMED if element.fullmatch(c)}
    return frozenset(found | {"?"} if wide else found)


class _Analysis:
    """The symbol prefixes of one pattern's matches, up to ``KEY_LENGTH`` symbols."""

    def __init__(self) -> None:
        # the parse tree's parts are shared by the branches that reach them: each is worked
        # out once for each room left
        self._done: dict[tuple[int, bool, int], Prefixes] = {}

    def sequence(self, items: Sequence[Any], ignore_case: bool, room: int) -> Prefixes:
        key = (id(items), ignore_case, room)
        if key not in self._done:
            results: Prefixes = {("", room == 0)}
            for op, av in getattr(items, "data", items):  # a parsed SubPattern, or a list
                results = _extend(results, room, partial(self.element, op, av, ignore_case))
            self._done[key] = results
        return self._done[key]

    def element(self, op: Any, av: Any, ignore_case: bool, room: int) -> Prefixes:
        single = _one_character(op, av)
        if single is not None:
            symbols = _symbols(*single, ignore_case)
            if len(symbols) > MAX_CLASS_SYMBOLS:
                return {("", True)}
            return {(symbol, room == 1) for symbol in symbols}
        if op in _ZERO_WIDTH:
            return {("", False)}
        if op is sre_parse.SUBPATTERN:
            _group, add_flags, del_flags, items = av
            if add_flags & re.IGNORECASE:
                ignore_case = True
            if del_flags & re.IGNORECASE:
                ignore_case = False
            return self.sequence(items, ignore_case, room)
        if op is sre_parse.ATOMIC_GROUP:
            return self.sequence(av, ignore_case, room)
        if op is sre_parse.BRANCH:
            return set().union(*(self.sequence(items, ignore_case, room) for items in av[1]))
        if op is sre_parse.GROUPREF_EXISTS:
            _group, yes, no = av
            if no is None:
                return self.sequence(yes, ignore_case, room) | {("", False)}
            return self.sequence(yes, ignore_case, room) | self.sequence(no, ignore_case, room)
        if op in _REPEATS:
            return self._repeat(av, ignore_case, room)
        return {("", True)}  # a back reference or anything unforeseen: any text may follow

    def _repeat(self, av: Any, ignore_case: bool, room: int) -> Prefixes:
        # n repetitions for n from the minimum to the minimum + room cover every prefix: more
        # repetitions either fill the room with their own symbols or add only empty ones
        low, high, items = av
        results: Prefixes = set()
        current: Prefixes = {("", room == 0)}
        for count in range(min(high, low + room) + 1):
            if count >= low:
                results |= current
            current = _extend(current, room, partial(self.sequence, items, ignore_case))
        return results


def _extend(prefixes: Prefixes, room: int, pieces: Callable[[int], Prefixes]) -> Prefixes:
    """Each prefix that goes on, followed by each piece that fits the room it leaves."""
    grown: Prefixes = set()
    for prefix, stopped in prefixes:
        if stopped:
            grown.add((prefix, True))
            continue
        left = room - len(prefix)
        for piece, piece_stopped in pieces(left):
            grown.add((prefix + piece, piece_stopped or len(piece) == left))
    return grown


def start_keys(pattern: re.Pattern[str]) -> set[str]:
    """The symbol keys the matches of ``pattern`` can begin with: each match's first
    ``KEY_LENGTH`` characters in symbols begin with one of them."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        raise ValueError(f"a rule that can match no text: {pattern.pattern!r}")
    ignore_case = bool(parsed.state.flags & re.IGNORECASE)
    return {prefix for prefix, _ in _Analysis().sequence(parsed.data, ignore_case, KEY_LENGTH)}


def _characters(symbol: str) -> str:
    """A character class of the characters written as ``symbol``."""
    chars = "".join(re.escape(c) for c in _NAMED if _symbol(c) == symbol)
    return f"[{chars}\\x80-\\U0010ffff]" if symbol == "?" else f"[{chars}]"


def _prefix_regex(prefixes: set[str]) -> str:
    """A regex matching the characters written as any of ``prefixes`` (a trie: each symbol
    tried once at each depth)."""
    if "" in prefixes:
        return ""
    branches = []
    for first in sorted({prefix[0] for prefix in prefixes}):
        rest = _prefix_regex({prefix[1:] for prefix in prefixes if prefix[0] == first})
        branches.append(_characters(first) + rest)
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


class RuleStarts:
    """Finds the matches of a list of patterns, each tried only where its match may begin."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], word_edge: str) -> None:
        """``word_edge`` is the look-behind every pattern begins with (a match starts at a word
        edge): the text is searched for such edges only."""
        tables: dict[int, dict[bytes, list[int]]] = {}
        every_key: set[str] = set()
        for index, pattern in enumerate(patterns):
            if not pattern.pattern.startswith(word_edge):
                raise ValueError(f"a pattern that does not begin with {word_edge!r}")
            for key in start_keys(pattern):
                tables.setdefault(len(key), {}).setdefault(key.encode("ascii"), []).append(index)
                every_key.add(key)
        self.patterns = tuple(patterns)
        self._tables = [
            (length, {key: tuple(indexes) for key, indexes in table.items()})
            for length, table in sorted(tables.items())
        ]
        # the word edges where the first symbols begin some key: few, found without Python
        self._edges = re.compile(
            f"{word_edge}(?={_prefix_regex({key[:EDGE_SYMBOLS] for key in every_key})})"
        )
        self._indexes_by_head: dict[str, tuple[int, ...]] = {}

    def matches(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(pattern index, match) for every match ``finditer`` finds, pattern by pattern."""
        found: list[tuple[int, re.Match[str]]] = []
        # where each pattern's last match ended: finditer goes on after it
        ends: dict[int, int] = {}
        for edge in self._edges.finditer(text):
            start = edge.start()
            head = text[start : start + KEY_LENGTH]
            indexes = self._indexes_by_head.get(head)
            if indexes is None:
                indexes = self._indexes_for(head)
            for index in indexes:
                if start < ends.get(index, -1):
                    continue
                match = self.patterns[index].match(text, start)
                if match is not None:
                    found.append((index, match))
                    ends[index] = match.end()
        found.sort(key=lambda pair: (pair[0], pair[1].start()))
        return found

    def _indexes_for(self, head: str) -> tuple[int, ...]:
        """The patterns whose keys the text ``head`` begins with, remembered: a corpus repeats
        the same few thousand word beginnings, so most edges are one dictionary lookup."""
        key = head.translate(_SYMBOLS).encode("ascii", "replace")
        named = {index for length, table in self._tables for index in table.get(key[:length], ())}
        indexes = tuple(sorted(named))
        if len(self._indexes_by_head) >= MAX_REMEMBERED_HEADS:
            self._indexes_by_head.clear()
        self._indexes_by_head[head] = indexes
        return indexes
