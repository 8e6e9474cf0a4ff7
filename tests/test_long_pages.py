"""Pages with thousands of lines (comment threads) are read in time linear in their length: the
shortcuts give exactly what the plain way gives."""

from __future__ import annotations

import random

from dateline.attribution.accepted import _lines_before
from dateline.language import load_nlp, mark_sentence_bounds
from dateline.text.doctext import paragraph_breaks


def test_the_lines_before_a_point_are_the_tail_of_all_lines_before_it() -> None:
    pieces = ["", " ", "a b", "Related stories", "x\r", "a longer line of text"]
    draw = random.Random(7)
    for _ in range(3000):
        text = "\n".join(draw.choice(pieces) for _ in range(draw.randint(0, 25)))
        start = draw.randint(0, len(text))
        for count in (1, 4, 12):
            assert _lines_before(text, start, count) == text[:start].splitlines()[-count:]


def test_paragraph_starts_set_at_once_are_those_set_token_by_token() -> None:
    # a web page's comments: a paragraph on each line, each line longer than wire copy's
    remark = "I agree with the mayor that the new budget leaves the libraries and the parks short"
    lines = [f"Comment {n} by a reader: {remark}, and said so at the meeting." for n in range(60)]
    text = "Council votes on budget\n" + "\n".join(lines) + "\n\nThe end."
    tokenizer = load_nlp().tokenizer
    at_once = mark_sentence_bounds(tokenizer(text))
    one_by_one = tokenizer(text)
    for i in paragraph_breaks(one_by_one):
        if i + 1 < len(one_by_one) and not one_by_one[i + 1].is_space:
            one_by_one[i + 1].is_sent_start = True
    assert [t.is_sent_start for t in at_once] == [t.is_sent_start for t in one_by_one]
    assert sum(bool(t.is_sent_start) for t in at_once) >= 60
