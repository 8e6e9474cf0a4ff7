"""The fast candidate pass (each rule tried only where its match may begin, timex/starts.py)
finds exactly what running every rule's pattern over the whole text finds: the same matches,
candidates and expressions, on written texts, generated ones and Reuters bodies; and the
analysis behind it gives every character a pattern element can match the symbol it reads."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from importlib import resources
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.timex import starts, tag, tagger
from dateline.timex.reference import described, full_scan, reference_candidates
from dateline.timex.rules import WORD_EDGE_BEFORE, load_grammar
from dateline.timex.starts import RuleStarts, start_keys
from dateline.timex.tagger import find_candidates
from tests.shared_data import require_shared

ANCHOR = dt.date(2025, 7, 4)


def assert_same(text: str, anchor: dt.date = ANCHOR) -> None:
    grammar = load_grammar()
    assert described(grammar.starts.matches(text)) == described(full_scan(text, grammar)), text
    assert find_candidates(text, grammar) == reference_candidates(text, grammar), text
    fast = tag(text, anchor)
    with mock.patch.object(tagger, "find_candidates", reference_candidates):
        reference = tag(text, anchor)
    assert [t.model_dump() for t in fast] == [t.model_dump() for t in reference], text


# ---- written texts ---------------------------------------------------------------------------

WRITTEN = [
    # news
    "The company said on Thursday that third-quarter net profit rose 12 pct from a year earlier.",
    "Shares fell 3.5 pct on Monday, June 13, 2025, after the 06/13/2025 filing.",
    "The talks, which began in early March 1987, resumed last week and will end next month.",
    "Arrivals for the week ended February 22 were 155,221 bags, against 1,000 a year ago.",
    "The Fed meets every two weeks; the next meeting is on Tuesday at 10 a.m. EST.",
    "Net income for the nine months ended September 30 was 4.5 mln dlrs.",
    "Earlier this year the board approved a plan; later this month it will vote again.",
    "It expects to report results for fiscal 1988 by the end of the year.",
    "Trump said on Thursday: “I spoke to him today, and we will talk again tomorrow.”",
    'He said, "The deal could close as early as next Friday, or the weekend."',
    "The central bank held rates through the first half of 2013 and the second half of 2014.",
    "The strike entered its third week, the longest in two decades, union officials said.",
    "Sales in the first quarter of 2013 rose; in the fourth quarter they fell.",
    "The 1990s were good, the late '80s better, and the mid-1970s the best.",
    "Oil prices have risen over the past three years and the past few weeks.",
    "The plant will be shut for 24 hours, then run 3 more days, then close for years.",
    "Trading was halted at 2:30 p.m. and resumed at 3pm, said a spokesman at 1530 GMT.",
    "The mayor of May, Mayor Mayhew, may resign in May.",
    "It was the 20th century's worst year; the 21st century began in 2001.",
    "Dividends are paid quarterly, monthly reports weekly, daily figures hourly.",
    "Output grew 2.5 pct in 1986/87 and a forecast 3.0 pct in 1987/88.",
    "The offer, made on 2025-06-13, expires on 2025-07-13 at midnight.",
    "Christmas 2012 came, then New Year's Day, then Valentine's Day and Halloween.",
    "Prices were unchanged from the previous day and from the same day a year before.",
    "The index closed at 1,987.5, up 20.25, its highest since 1987.",
    "Revenue was $2,025 million, 2025 percent of 1999, or 2,000 per cent.",
    # narratives and histories
    "In 1911 she left; on 14 June she returned, and later that year she died.",
    "The battle began on the night of 10 August 1792 and ended the next morning.",
    "Early in the morning of 29 April 1975 the last helicopters left.",
    "Athens fell in 404 BC; the Persians had come in 490 B.C. and again in 480 BC.",
    "The revolt (499-493 BC) failed; Rome grew in the 460s BC and the 9th century BC.",
    "In AD 70 the city fell; by the spring of 480 BC the fleet was ready.",
    "Five years previously, the war had begun. Two years before, it had ended.",
    "August of that year was hot; in May of the same year it rained.",
    "June 20 of 1792 was a Wednesday, and June of 1793 a bloody month.",
    "Three days later the army marched; a week earlier it had rested.",
    "The middle of the fifth century B.C. saw Athens at its height.",
    "On 11 August 480 BC, and August 11, 480 BC, the fleets met.",
    # posts
    "omg 2nite is gonna be epic!! see u tmr 6pm, tmrw morning or 2moro",
    "last nite was crazy lol, tdy im tired, ytd i slept 2hrs",
    "this Sat, 7pm @ the park. this Fri night too. every Monday & each Thursday",
    "2weeks till xmas!!! X'mas in 3 more days, 1.5hrs to go, 7.30am wake up",
    "happy new year's eve!! 430pm party, 9 a.m. tomorrow brunch, noon nap",
    "on Mondays we run, on Sundays we rest, for weeks and for years",
    "twice a year, once a week, three times a day, 5 times per month",
    "a year and a half, two and a half hours, a couple of days, a dozen years",
    "recently, lately, nowadays, right now, at the moment, these days, the near future",
    # edge cases for windows and keys
    "June 13",
    "2025",
    "yesterday",
    "now",
    "Jan.",
    "Sept. 3, 1987",
    "9am",
    "'90s",
    "’90s",
    "1990s'",
    "X",
    "",
    " ",
    "\n",
    "June 13June 14 June 15,June 16",
    "Jan.Feb.Mar. Sept.Oct.Nov.Dec. Mon.Tue.Wed. 9 a.m.10 p.m.11am",
    "yesterdaytoday tomorrow,today",
    "1987-1988 1987 - 1988 1987–1988",
    "1/2/3 10/20/30 12/31/99 12/31/1999/",
    "the the the the last last next this coming this past",
    "Mon. Tue. Wed. Thu. Fri. Sat. Sun. mon tues. thurs.",
    "a a a an an one two three years ago",
    "fortnight fortnights quarter quarters decade decades century centuries",
    "10:35 10:35am 10:35 a.m. 10.35pm 23:59 24:00 00:00 9 a.m. EST 9 PM UTC",
    "İstanbul, ſeptember, \u212aelvin, ıt, in Septembeſ 1987 and \u212a1987",
    "Monday\u00a0morning, June\u00a013,\u00a02025 and next\u00a0week",
    "June\n13,\n2025 and last\n\nweek and the\r\nweekend",
    "(June 13) [2025] {yesterday} <now> “today” «tomorrow» 'tonight' ‘last night’",
    "$1987 €2025 £1999 1987% 1987, 000 1987.5 1,987",
    "year-ago year-earlier year- earlier yearearlier",
    "third-quarter 3rd-quarter first half second half last half",
    "every day each year per month every 2 weeks every June each summer",
    "the past the present the future the distant future a later date",
    "that day that same day the same day earlier in the day earlier-in-the-day",
]


def variants(text: str) -> list[str]:
    """The text, and the same broken at other places, in other cases and with other spaces."""
    return [
        text,
        text.replace(" ", "\n"),
        text.replace(" ", "  \n "),
        text.replace(" ", "\u00a0"),
        text.upper(),
        text.lower(),
        f"({text})",
        f"{text} {text}",
        text[1:],
        text[:-1],
    ]


@pytest.mark.parametrize("text", WRITTEN)
def test_written_texts_give_the_same_matches_candidates_and_expressions(text: str) -> None:
    for variant in variants(text):
        assert_same(variant)


# ---- generated texts -------------------------------------------------------------------------


def _resource_words() -> list[str]:
    """Every word of the vocabularies, and every word the rule patterns spell out."""
    folder = resources.files("dateline.timex").joinpath("resources")
    vocabulary = tomllib.loads(folder.joinpath("vocabulary.toml").read_text("utf-8"))
    rule_file = tomllib.loads(folder.joinpath("rules.toml").read_text("utf-8"))
    vocabulary.pop("case_sensitive")
    words = {word for table in vocabulary.values() for word in table}
    patterns = [rule["pattern"] for rule in rule_file["rule"]]
    for pattern in [*patterns, *rule_file["placeholders"].values()]:
        words.update(re.findall(r"[A-Za-z]+", re.sub(r"\{[a-z_:0-9]+\}", " ", pattern)))
    return sorted(words)


WORDS = _resource_words()
NUMBERS = [
    "1", "9", "13", "31", "32", "99", "100", "490", "1500", "1987", "2025", "2099", "12345",
    "1,000", "2.5", "10:35", "9am", "9 a.m.", "430pm", "7.30am", "'90s", "1990s", "460s",
    "06/13/2025", "6/13/25", "2025-06-13", "20th", "1st", "2nd", "3rd", "2weeks", "1.5hrs",
]  # fmt: skip
SEPARATORS = [
    " ", " ", " ", "  ", "\n", "\n\n", "\u00a0", ", ", ". ", "-", "", "'", "’", "(", ")",
    '"', "“", "”", "/", ":", "$", "%", "–", "\t",
]  # fmt: skip
CASES = [str, str.upper, str.lower, str.title, str.swapcase]

pieces = st.tuples(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(NUMBERS),
        st.integers(min_value=0, max_value=3000).map(str),
        st.text(alphabet=st.characters(), max_size=3),
        st.sampled_from(["İ", "ı", "ſ", "\u212a", "é", "ß"]),
    ),
    st.sampled_from(CASES),
    st.sampled_from(SEPARATORS),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, max_size=30))
def test_generated_texts_give_the_same_matches_candidates_and_expressions(parts) -> None:
    assert_same("".join(case(word) + separator for word, case, separator in parts))


# ---- the analysis ----------------------------------------------------------------------------


def test_the_folds_are_every_non_ascii_character_re_matches_to_an_ascii_letter() -> None:
    non_ascii = "".join(map(chr, range(128, 0x110000)))
    folded = set(re.findall("[a-zA-Z]", non_ascii, re.IGNORECASE))
    assert folded == set(starts.ASCII_FOLDS)
    for char, letter in starts.ASCII_FOLDS.items():
        assert re.fullmatch(letter, char, re.IGNORECASE)


def test_every_character_an_element_of_a_rule_matches_has_one_of_its_symbols() -> None:
    """The proof that a rule's keys hold for any text: for each one-character element of each
    rule, and each code point it matches, that code point's symbol was given to the element."""
    elements: set[tuple[str, bool, bool]] = set()
    original = starts._symbols

    def recording(source: str, wide: bool, ignore_case: bool) -> frozenset[str]:
        elements.add((source, wide, ignore_case))
        return original(source, wide, ignore_case)

    with mock.patch.object(starts, "_symbols", recording):
        RuleStarts([rule.regex for rule in load_grammar().rules], WORD_EDGE_BEFORE)
    assert len(elements) > 20
    everything = "".join(map(chr, range(0x110000)))
    for source, wide, ignore_case in sorted(elements):
        symbols = original(source, wide, ignore_case)
        if len(symbols) > starts.MAX_CLASS_SYMBOLS:
            continue  # such an element ends the key: nothing is claimed about what it matches
        element = re.compile(source, re.IGNORECASE if ignore_case else 0)
        matched = set(element.findall(everything))
        missing = {c for c in matched if starts._symbol(c) not in symbols}
        assert not missing, (source, ignore_case, sorted(missing)[:5])


def test_keys_are_the_first_symbols_of_every_match() -> None:
    keys = start_keys(re.compile(r"(?<!x)(?:(?-i:Jan)\.?|[0-9]{4}s?)(?!y)", re.IGNORECASE))
    assert keys == {"jan", "jan.", "0000", "0000s"}
    # a class of many symbols ends the key; a long match is keyed by its first six symbols
    assert start_keys(re.compile(r"ab\w+")) == {"ab"}
    assert start_keys(re.compile(r"(?i)yesterday|today")) == {"yester", "today"}


def test_a_pattern_that_can_match_nothing_or_begins_elsewhere_is_refused() -> None:
    with pytest.raises(ValueError, match="no text"):
        RuleStarts([re.compile(WORD_EDGE_BEFORE + "(?:a?)")], WORD_EDGE_BEFORE)
    with pytest.raises(ValueError, match="does not begin"):
        RuleStarts([re.compile("a")], WORD_EDGE_BEFORE)


# ---- Reuters bodies (the first 5,000: benchmarks/timex_equivalence.py) -----------------------


def test_reuters_bodies_give_the_same_matches_candidates_and_expressions() -> None:
    path = require_shared("data/corpora/reuters21578/articles.jsonl")
    checked = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("body"):
                assert_same(record["body"], dt.date.fromisoformat(record["datetime"][:10]))
                checked += 1
            if checked == 200:
                break
    assert checked == 200
