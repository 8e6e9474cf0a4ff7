"""Timeline summarization on small sentence records written here."""

import datetime as dt
import json
from pathlib import Path

from dateline.evaluation.timelines import GoldTimeline, read_articles, read_gold
from dateline.model import Article, TimeExpression
from dateline.stories.timeline import (
    SentenceRecord,
    TimelineConfig,
    build_timeline,
    rank_days,
    sentence_records,
)
from tests.shared_data import require_shared

D = dt.date


def record(article: str, published: dt.date, text: str, *days: dt.date) -> SentenceRecord:
    return SentenceRecord(article, published, text, 0, len(text), days)


BLAST = D(2010, 4, 20)
SEAL = D(2010, 7, 15)
APRIL, JULY = D(2010, 4, 21), D(2010, 7, 17)
RECORDS = [
    record("a1", APRIL, "The Deepwater Horizon rig exploded in the Gulf of Mexico.", BLAST),
    record("a1", APRIL, "Eleven workers were missing after the rig explosion.", BLAST),
    record("a2", D(2010, 4, 22), "The rig sank two days after the explosion killed workers."),
    record("a3", D(2010, 5, 2), "BP said the April 20 rig explosion caused the oil spill.", BLAST),
    record("a4", D(2010, 7, 16), "BP capped the leaking oil well with a new sealing cap.", SEAL),
    record("a5", JULY, "The cap sealed the oil well, BP said, stopping the oil leak.", SEAL),
    record("a6", D(2010, 7, 17), "Oil prices rose on Thursday in New York trading today."),
    record("a6", D(2010, 7, 17), "Share your images and videos of the scene with us."),
    record("a7", D(2010, 7, 18), "Share your images and videos of the scene with us."),
]


def test_days_rank_by_the_articles_referring_to_them_not_by_publication():
    ranked = rank_days(RECORDS)
    assert [day for day, _ in ranked[:2]] == [BLAST, SEAL]
    assert ranked[0][1] == 2  # a1 refers to the blast twice, a3 once: two sources
    # a day nobody refers to ranks by its publications: 2010-07-17 has three
    assert ranked[2][0] == D(2010, 7, 17)


def test_a_timeline_picks_the_referred_days_and_their_most_central_sentences():
    timeline = build_timeline(RECORDS, n_dates=2, sentences_per_date=1)
    assert [entry.day for entry in timeline] == [BLAST, SEAL]
    blast, seal = (entry.sentences[0].text for entry in timeline)
    assert "explosion" in blast
    assert "well" in seal and "cap" in seal


def test_each_sentence_keeps_its_article_and_offsets():
    (entry,) = build_timeline(RECORDS, n_dates=1)
    sentence = entry.sentences[0]
    assert sentence.article_id in {"a1", "a3"}
    assert (sentence.start, sentence.end) == (0, len(sentence.text))


def test_the_window_limits_dates_and_the_articles_read():
    timeline = build_timeline(RECORDS, n_dates=5, start=D(2010, 7, 1), end=D(2010, 7, 31))
    assert {entry.day for entry in timeline} <= {D(2010, 7, d) for d in range(1, 32)}
    assert SEAL in {entry.day for entry in timeline}


def test_boilerplate_repeated_across_articles_is_never_picked():
    config = TimelineConfig(boilerplate_articles=2)
    timeline = build_timeline(RECORDS, n_dates=5, sentences_per_date=3, config=config)
    texts = [s.text for entry in timeline for s in entry.sentences]
    assert texts and not any(text.startswith("Share your") for text in texts)


def test_near_duplicate_sentences_are_not_picked_twice():
    twins = [
        record("b1", BLAST, "The rig exploded in the Gulf of Mexico on Tuesday night.", BLAST),
        record("b2", BLAST, "The rig exploded in the Gulf of Mexico on Tuesday night .", BLAST),
        record("b3", BLAST, "Coast Guard ships searched the Gulf for missing rig workers.", BLAST),
    ]
    (entry,) = build_timeline(twins + RECORDS, n_dates=1, sentences_per_date=2)
    assert len({s.text.rstrip(" .") for s in entry.sentences}) == 2


def test_a_query_steers_sentence_choice():
    (entry,) = build_timeline(RECORDS, n_dates=1, query="workers missing")
    assert "workers" in entry.sentences[0].text


def test_a_query_of_only_stop_words_falls_back_to_the_collection():
    # "call" is an English stop word to the vectorizer; it must not empty the timeline
    assert build_timeline(RECORDS, n_dates=2, query="call") == build_timeline(RECORDS, n_dates=2)


def test_nothing_to_summarize_gives_an_empty_timeline():
    assert build_timeline([], n_dates=3) == []
    assert build_timeline(RECORDS, n_dates=0) == []


def test_sentence_records_attach_resolved_days_to_their_sentences():
    text = "The rig exploded on Tuesday.\nBP said on May 2 it would drill a relief well.\nNo date."
    article = Article(id="x", text=text, published=D(2010, 4, 22), source="bbc")
    records = list(sentence_records(article))
    assert [r.days for r in records] == [(D(2010, 4, 20),), (D(2010, 5, 2),), ()]
    assert all(text[r.start : r.end] == r.text for r in records)
    assert records[0].source == "bbc"


def test_sentence_records_use_given_timexes_instead_of_tagging():
    text = "It happened then."
    timex = TimeExpression(start=11, end=15, text="then", type="DATE", value="2001-09-11")
    (only,) = sentence_records(Article(id="y", text=text, published=D(2001, 9, 12)), [timex])
    assert only.days == (D(2001, 9, 11),)


def test_bad_dataset_lines_are_reported_and_skipped(tmp_path: Path):
    articles = tmp_path / "articles.jsonl"
    good = {"id": "a", "topic": "t", "date": "2010-04-21", "text": "Some text.", "source": "x"}
    articles.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({**good, "date": "someday"}) + "\n"
    )
    errors: list[str] = []
    by_topic = read_articles(articles, errors)
    assert [a.id for a in by_topic["t"]] == ["a"]
    assert len(errors) == 2 and errors[0].startswith(f"{articles}:2: not JSON")
    assert errors[1].startswith(f"{articles}:3:")


def test_gold_days_listed_twice_keep_their_last_entry_as_tilse_reads_them(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    entries = [["2010-04-21", ["b", "c"]], ["2010-04-20", ["a"]], ["2010-04-21", ["d"]]]
    line = {"topic": "t", "collection": "c", "timeline_file": "f", "entries": entries}
    gold.write_text(json.dumps(line))
    (timeline,) = read_gold(gold, [])
    assert timeline.entries == {D(2010, 4, 20): ("a",), D(2010, 4, 21): ("d",)}
    assert GoldTimeline("t", "n", {D(2010, 4, 20): ("a", "b", "c")}).sentences_per_date == 3
    assert timeline.sentences_per_date == 1


def test_the_shared_timeline17_gold_reads_as_news_tls_reads_it():
    folder = require_shared("data/corpora/timeline17-dev")
    errors: list[str] = []
    golds = {gold.name: gold for gold in read_gold(folder / "gold_timelines.jsonl", errors)}
    assert not errors and len(golds) == 12
    scotland = golds["H1N1_bbc/influenza_A_h1n1_scotland_bbc.txt"]
    assert len(scotland.entries) == 7  # 9 entries, two days listed twice
    assert len(golds["bpoil_guardian/guardian.txt"].entries) == 102


def test_eval_timelines_command_scores_a_tiny_dataset_and_ends_with_summary(tmp_path: Path):
    from typer.testing import CliRunner

    from dateline.cli import app

    articles = [
        {"id": "n1", "topic": "rig", "date": "2010-04-21", "source": "x",
         "text": "The Deepwater Horizon rig exploded in the Gulf of Mexico on Tuesday .\n"
                 "Eleven workers were missing after the rig explosion on Tuesday ."},
        {"id": "n2", "topic": "rig", "date": "2010-04-22", "source": "y",
         "text": "The burning rig sank on April 22 after the explosion in the Gulf .\n"
                 "Coast Guard ships searched the Gulf for the missing rig workers ."},
    ]  # fmt: skip
    gold = {
        "topic": "rig", "collection": "rig_x", "timeline_file": "tl.txt",
        "entries": [["2010-04-20", ["The Deepwater Horizon rig explodes in the Gulf ."]],
                    ["2010-04-22", ["The rig sinks ."]]],
    }  # fmt: skip
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    (tmp_path / "gold_timelines.jsonl").write_text(json.dumps(gold) + "\n{broken\n")
    result = CliRunner().invoke(app, ["eval", "timelines", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "rig_x/tl.txt" in result.output
    assert "gold_timelines.jsonl:2: " in result.output  # the bad line is named and skipped
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("SUMMARY rouge1_f1=") and "date_f1=1.0000" in summary
