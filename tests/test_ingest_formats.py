"""Parquet, HTML and RSS/Atom sources: good records become Articles, bad ones name their place."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.ingest import Rejected, count_records, read_sources
from dateline.model import Article

PAGE = """<!DOCTYPE html><html><head><title>Talks resume in Vienna</title>
<meta property="article:published_time" content="2026-03-04T09:30:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks resume in Vienna</h1>
<p>Delegations from both countries met in Vienna on Tuesday for a second round of talks on the
disputed river, officials said.</p>
<p>"We are closer than we were a week ago," the mediator told reporters after the session,
which lasted four hours.</p></article><footer>Copyright 2026</footer></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Ceasefire holds</title><link>https://example.org/1</link>
<pubDate>Thu, 05 Mar 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The ceasefire held overnight.&lt;/p&gt;
&lt;p&gt;Both armies pulled back.&lt;/p&gt;</description></item>
<item><title>Undated item</title><description>No date on this one.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Desk</title><entry><title>Accord signed</title><id>urn:desk:7</id>
<updated>2026-03-12T08:00:00Z</updated><content type="html">&lt;p&gt;The two governments signed
an interim water accord on Thursday.&lt;/p&gt;</content></entry></feed>"""


def read_all(*paths) -> list[Article | Rejected]:
    return list(read_sources(paths))


def test_parquet_rows_become_articles_and_a_bad_row_names_its_number(tmp_path):
    path = tmp_path / "news.parquet"
    table = pa.table(
        {
            "id": ["a", "b", "c"],
            "date": [dt.date(2026, 3, 1), None, dt.date(2026, 3, 3)],
            "text": ["Ministers met in Oslo.", "No date here.", "Talks ended in Lima."],
        }
    )
    pq.write_table(table, path)
    items = read_all(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c"]
    assert items[0].published == dt.date(2026, 3, 1)
    assert [str(i) for i in items if isinstance(i, Rejected)] == [f"{path}: row 2: no date"]
    assert count_records([path]) == 3


def test_a_file_that_is_not_parquet_is_rejected_whole(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    (item,) = read_all(path)
    assert isinstance(item, Rejected) and "not a readable Parquet file" in item.reason


def test_html_page_gives_its_article_text_title_and_date_without_the_page_furniture(tmp_path):
    path = tmp_path / "talks.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.published == dt.date(2026, 3, 4)
    assert article.title == "Talks resume in Vienna"
    assert "second round of talks" in article.text and "closer than we were" in article.text
    assert "Home | World" not in article.text and "Copyright" not in article.text


def test_html_page_without_a_date_is_rejected_unless_one_is_given(tmp_path):
    path = tmp_path / "undated.html"
    undated = PAGE.replace(
        '<meta property="article:published_time" content="2026-03-04T09:30:00Z">', ""
    )
    path.write_text(undated, encoding="utf-8")
    (rejected,) = read_all(path)
    assert isinstance(rejected, Rejected) and "no publication date" in rejected.reason
    (article,) = list(read_sources([path], date=dt.date(2026, 3, 9)))
    assert isinstance(article, Article) and article.published == dt.date(2026, 3, 9)


def test_rss_entries_become_articles_with_paragraphs_and_an_undated_entry_is_named(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    article, rejected = read_all(path)
    assert isinstance(article, Article)
    assert article.published == dt.date(2026, 3, 5)
    assert article.text == "The ceasefire held overnight.\n\nBoth armies pulled back."
    assert article.url == "https://example.org/1" and article.title == "Ceasefire holds"
    assert str(rejected) == f"{path}: entry 2 ('Undated item'): no published or updated date"
    assert count_records([path]) == 2


def test_atom_entry_uses_its_content_and_updated_date(tmp_path):
    path = tmp_path / "desk.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = read_all(path)
    assert article.id == "urn:desk:7" and article.published == dt.date(2026, 3, 12)
    assert article.text.startswith("The two governments signed")


def test_a_file_that_is_no_feed_is_rejected(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<notes><note>hello</note></notes>", encoding="utf-8")
    (item,) = read_all(path)
    assert isinstance(item, Rejected) and item.reason.startswith("not an RSS/Atom feed")


def test_a_folder_mixes_formats_by_suffix(tmp_path):
    (tmp_path / "a.txt").write_text("date 2026-03-01 Ministers met in Oslo.", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.rss").write_text(RSS, encoding="utf-8")
    items = read_all(tmp_path)
    assert sum(isinstance(i, Article) for i in items) == 3
    assert count_records([tmp_path]) == 4
