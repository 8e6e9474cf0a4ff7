"""An article a stage raises on is rejected with the error and the place in dateline that raised
it; the rest of its batch is still read."""

import datetime as dt

from dateline import pipeline
from dateline.corpus import worker
from dateline.model import Article
from dateline.pipeline import Reader
from dateline.store.rows import Failed, Processed

DAY = dt.date(2026, 3, 2)


def _article(name: str) -> Article:
    return Article(id=name, text=f"The {name} council met on Monday.", published=DAY)


def test_one_article_a_stage_raises_on_is_rejected_and_the_batch_goes_on(monkeypatch):
    real = pipeline.read_parsed

    def raising(doc, article, **options):
        if article.id == "bad":
            raise IndexError("span index out of range")
        return real(doc, article, **options)

    monkeypatch.setattr(pipeline, "read_parsed", raising)
    monkeypatch.setattr(worker, "_reader", Reader())  # as use_reader sets it, undone after
    batch = [(f"h{i}", _article(name)) for i, name in enumerate(("first", "bad", "last"))]
    items = worker.process_batch(batch).items
    assert [type(item) for item in items] == [Processed, Failed, Processed]
    failed = items[1]
    assert isinstance(failed, Failed)
    assert failed.reason.startswith("pipeline error: IndexError: span index out of range (at ")
    # the innermost frame (this test's stand-in) and dateline's own that called it
    assert "test_corpus_stage_failures.py:" in failed.reason
    assert "in pipeline.py:" in failed.reason


def test_the_rejection_names_the_article_and_its_source():
    article = Article(id="wp-0412", text="x", published=DAY, source="washington-daily")
    assert article.label() == "wp-0412 (washington-daily)"
    assert _article("plain").label() == "plain"
