"""Session 59's screens of the attribution stage give what the rules gave without them:
``_said_only_if`` searches no window of text in a document with no "if", "unless" or
"whether" (and still drops words put in anyone's mouth where there is one), and
``heading_starts`` looks for no heading in a text whose only long words in capitals end it
or a line (and still finds a heading run into the text). The texts are written for this
test."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from dateline.actors import find_actors
from dateline.attribution import accepted, assembly, find_attributions
from dateline.attribution.assembly import _HEADING_RUN, _HEADING_WORD, heading_starts
from dateline.language import load_nlp
from dateline.model import Article
from dateline.timex import find_timexes


def _contents(text: str) -> list[str]:
    doc = load_nlp()(text)
    article = Article(id="s59", text=text, published=dt.date(2025, 4, 2))
    found = find_attributions(doc, article, find_actors(doc, article), find_timexes(doc, article))
    return [a.content.text for a in found]


class _CountingPattern:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args: object) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(*args)


def test_no_window_searched_without_a_mark_word(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingPattern(accepted._UNASSERTED_WORD)
    monkeypatch.setattr(accepted, "_UNASSERTED_WORD", counting)
    contents = _contents(
        "The mayor of Dunmere said the new ferry would leave at noon. Her deputy claimed the "
        "fares would fall next spring."
    )
    assert any("ferry would leave" in c for c in contents)
    assert counting.searches == 0


def test_words_imagined_still_dropped_where_a_mark_word_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = _CountingPattern(accepted._UNASSERTED_WORD)
    monkeypatch.setattr(accepted, "_UNASSERTED_WORD", counting)
    contents = _contents(
        "If anyone says the Orlen dam is sound, the engineers will not believe it. The "
        "engineer Maja Rook said the dam was cracked."
    )
    assert counting.searches >= 1
    assert not any("dam is sound" in c for c in contents)
    assert any("dam was cracked" in c for c in contents)


def test_a_text_ending_on_capitals_is_not_searched_for_headings() -> None:
    text = "Grain exports rose in March, the ministry said.\nREUTER"
    assert assembly._HEADING_CAPITALS.search(text) is None
    assert heading_starts(text) == []


def test_a_heading_run_into_the_text_is_still_found() -> None:
    text = "The clinic reopened on Tuesday after repairs FLOOD ADVICE - WHAT TO KEEP Clean water is"
    starts = heading_starts(text)
    assert starts == [text.index("FLOOD"), text.index("Clean")]


def _old_heading_starts(text: str) -> list[int]:
    """``heading_starts`` with the screen it had before (any run of capitals this long)."""
    if not re.search(rf"[A-Z]{{{_HEADING_WORD}}}", text):
        return []
    starts = []
    for match in _HEADING_RUN.finditer(text):
        words = [w for w in match.group(1).split() if w.isalpha()]
        if len(words) < 2 or max(map(len, words)) < _HEADING_WORD:
            continue
        heading = match.start(1)
        if heading >= 2 and text[heading - 2].islower():
            starts.append(heading)
        starts.append(match.end())
    return starts


def test_heading_starts_as_before_on_random_texts() -> None:
    rng = random.Random(59)
    pieces = ["HARBOR", "NEWS", "TIDE", "UPDATE", "A", "12", ",", "-", "--", "the", "Boats",
              "ferry", "Clean", "\n", "\t", "  ", "O'NEIL", "R&D", "ALERTS"]  # fmt: skip
    for _ in range(3000):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 12))]
        text = "".join(w + rng.choice([" ", "", "\n", "\t"]) for w in words)
        assert heading_starts(text) == _old_heading_starts(text), text


def test_a_line_without_its_words_is_not_searched_for_rights_reserved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = _CountingPattern(accepted._RIGHTS_RESERVED)
    monkeypatch.setattr(accepted, "_RIGHTS_RESERVED", counting)
    _contents(
        "Pier works\n\nThe harbour board said the pier would reopen in June.\n\n"
        "Copyright notice: the Tarn Gazette keeps every right to this page."
    )
    assert counting.searches == 0


def test_a_rights_reserved_line_is_still_furniture() -> None:
    contents = _contents(
        "Pier works\n\nThe harbour board said the pier would reopen in June.\n\n"
        "The Tarn Gazette said it would print more. All Rights Reserved."
    )
    assert any("pier would reopen" in c for c in contents)
    assert not any("print more" in c for c in contents)


def test_rights_reserved_as_before_on_random_lines() -> None:
    old = re.compile(r".*\ball rights reserved\b", re.IGNORECASE)
    rng = random.Random(5959)
    pieces = ["All", "all", "ALL", "aLl", "rights", "Rights", "RIGHTS", "reserved", "Reserved",
              "reserved.", "xall", "rightsx", "the", "Gazette", "ſ", "İ"]  # fmt: skip
    for _ in range(3000):
        line = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        new = "all r" in line.lower() and accepted._RIGHTS_RESERVED.search(line)
        assert bool(new) == bool(old.match(line)), line
