"""The PolNeAR reader and attribution scorer, on small fixtures written here."""

from __future__ import annotations

import datetime as dt

import numpy as np

from dateline.evaluation.brat import parse_standoff
from dateline.evaluation.polnear import (
    KINDS,
    LEVELS,
    MATCHES,
    Attr,
    bootstrap_f1,
    count_article,
    is_direct,
    load_split,
    matched_pairs,
    outermost,
    prf,
    word_tokens,
)
from tests.shared_data import require_shared

TEXT = "“We will win,” Ana Ruiz said. Paul Ode said that the vote was close."
QUOTE = (TEXT.index("“"), TEXT.index(" Ana"))  # “We will win,”
ANA, SAID1 = (TEXT.index("Ana"), TEXT.index(" said.")), (TEXT.index("said."), TEXT.index("."))
CLAUSE = (TEXT.index("that"), len(TEXT) - 1)
PAUL = (TEXT.index("Paul"), TEXT.index(" said that"))
SAID2 = (TEXT.index("said that"), TEXT.index(" that"))
GOLD = [Attr((QUOTE,), (ANA,), (SAID1,)), Attr((CLAUSE,), (PAUL,), (SAID2,))]


def cell(counts, kind, level, match):
    return counts[KINDS.index(kind), LEVELS.index(level), MATCHES.index(match)].tolist()


def test_standoff_reads_discontinuous_spans_and_reports_bad_lines():
    ann = (
        "T1\tSource 0 3\tAna\n"
        "T2\tContent 5 9;12 20\tsome\ttext\n"
        "a continuation line of a text field\n"
        "T3\tCue 4 x\tbad\n"
        "E1\tAttribution:T2 Content:T2 Source:T1\n"
        "#1\tAnnotatorNotes T1\ta note\n"
    )
    standoff = parse_standoff(ann, "a.ann")
    assert standoff.textbounds["T2"].spans == ((5, 9), (12, 20))
    assert standoff.events[0].arguments == (("Content", "T2"), ("Source", "T1"))
    assert len(standoff.problems) == 1 and standoff.problems[0].startswith("a.ann:4:")


def test_tokens_ignore_punctuation_and_quote_marks():
    assert word_tokens(TEXT, (QUOTE,)) == word_tokens(TEXT, ((QUOTE[0] + 1, QUOTE[1] - 2),))


def test_a_span_starting_inside_a_word_touches_the_whole_word():
    paul = (TEXT.index("Paul"), TEXT.index("Paul") + 4)
    assert word_tokens(TEXT, ((paul[0] + 1, paul[1]),)) == word_tokens(TEXT, (paul,))
    # a span starting right after a word (on the space) does not take that word
    assert word_tokens(TEXT, ((paul[1], paul[1] + 5),)) == {paul[1] + 1}  # " Ode " -> Ode


def test_direct_means_the_content_is_inside_quote_marks():
    assert is_direct(TEXT, (QUOTE,))
    assert is_direct(TEXT, ((QUOTE[0] + 1, QUOTE[1] - 2),))  # the marks just outside
    assert not is_direct(TEXT, (CLAUSE,))
    partial = "He called it “a sham” today."
    assert not is_direct(partial, ((partial.index("it"), partial.index(" today")),))
    interrupted = "“A,” he said, “B.”"
    assert is_direct(interrupted, ((0, 4), (14, len(interrupted))))


def test_exact_and_overlap_matching_of_content_and_source():
    half = Attr(((CLAUSE[0], TEXT.index(" was")),), (PAUL,), (SAID2,))  # "that the vote"
    assert matched_pairs(TEXT, GOLD[1:], [half], "content", "exact") == 0
    assert matched_pairs(TEXT, GOLD[1:], [half], "content", "overlap") == 1  # 3 of 5 tokens
    wrong_source = Attr((CLAUSE,), (ANA,), (SAID2,))
    assert matched_pairs(TEXT, GOLD[1:], [wrong_source], "content", "exact") == 1
    assert matched_pairs(TEXT, GOLD[1:], [wrong_source], "content+source", "exact") == 0
    no_source = Attr((CLAUSE,))
    assert matched_pairs(TEXT, [no_source], [no_source], "content+source+cue", "exact") == 1


def test_matching_is_one_to_one():
    assert matched_pairs(TEXT, GOLD[1:], [GOLD[1], GOLD[1]], "content", "exact") == 1


def test_counts_split_direct_from_indirect():
    counts = count_article(TEXT, GOLD, [GOLD[0]])
    assert cell(counts, "direct", "content+source", "exact") == [1, 1, 1]
    assert cell(counts, "indirect", "content", "overlap") == [1, 0, 0]
    assert cell(counts, "all", "content+source+cue", "exact") == [2, 1, 1]
    precision, recall, f1 = prf(counts)
    k, lv, m = KINDS.index("all"), LEVELS.index("content"), MATCHES.index("exact")
    assert (precision[k, lv, m], recall[k, lv, m]) == (1.0, 0.5)
    assert abs(f1[k, lv, m] - 2 / 3) < 1e-9


def test_bootstrap_interval_contains_the_point_estimate():
    per_article = np.stack([count_article(TEXT, GOLD, GOLD), count_article(TEXT, GOLD, [])])
    low, high = bootstrap_f1(per_article)
    point = prf(per_article.sum(axis=0))[2]
    assert np.all(low <= point + 1e-9) and np.all(point <= high + 1e-9)
    assert np.all(high <= 1.0)


def _fixture(tmp_path):
    data = tmp_path / "data"
    (data / "dev" / "text").mkdir(parents=True)
    (data / "dev" / "attributions").mkdir()
    name = "paper_2016-10-01_slug"
    (data / "dev" / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (data / "dev" / "text" / "paper_2016-10-09_other.txt").write_text(TEXT, encoding="utf-8")
    quote = f"T1\tContent {QUOTE[0]} {QUOTE[1]}\tx\nE1\tAttribution-no-source:T1 Content:T1\n"
    (data / "dev" / "attributions" / f"{name}_b2.ann").write_text("", encoding="utf-8")
    (data / "dev" / "attributions" / f"{name}_a1.ann").write_text(quote, encoding="utf-8")
    (data / "dev" / "attributions" / "paper_2016-10-09_other_c3.ann").write_text(
        "T1\tContent 0 oops\tx\n", encoding="utf-8"
    )
    (data / "metadata.tsv").write_text(
        f"compartment\tfilename\tpublication_date\ttitle\ndev\t{name}\t2016-10-02\tA title\n",
        encoding="utf-8",
    )


def test_load_split_uses_the_lowest_annotator_and_the_metadata_date(tmp_path):
    _fixture(tmp_path)
    problems: list[str] = []
    articles = load_split(tmp_path, "dev", problems)
    first, second = articles
    assert first.published == dt.date(2016, 10, 2) and first.title == "A title"
    assert first.gold == (Attr((QUOTE,)),)  # annotator a1, not b2
    assert second.published == dt.date(2016, 10, 9)  # no metadata row: the file name's date
    assert second.gold == () and any("other_c3.ann:1" in p for p in problems)


def test_polnear_dev_split_loads():
    root = require_shared("data/quotes/polnear")
    problems: list[str] = []
    articles = load_split(root, "dev", problems)
    assert len(articles) == 84
    assert sum(len(a.gold) for a in articles) > 2000
    assert all(s < e <= len(a.text) for a in articles for g in a.gold for s, e in g.content)


def test_eval_quotes_command_ends_with_the_summary_line(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    _fixture(tmp_path)
    result = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path), "--split", "dev"])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("SUMMARY direct_f1=") and " all_f1=" in last
    bad = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path), "--split", "nope"])
    assert bad.exit_code != 0


def test_attributions_nested_in_another_content_are_left_out():
    text = "Ana said that Paul believes the vote was close."
    outer = Attr(((9, len(text) - 1),), ((0, 3),), ((4, 8),))
    inner = Attr(((text.index("the vote"), len(text) - 1),), ((14, 18),), ((19, 27),))
    assert outermost([outer, inner]) == [outer]
    assert outermost([inner]) == [inner]
