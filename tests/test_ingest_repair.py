"""Mojibake and decomposed letters in a source are mended before any stage reads the text."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

from dateline.ingest import Rejected, read_sources
from dateline.ingest.repair import repair_text
from dateline.model import Article
from dateline.pipeline import read


def _mangled(text: str) -> str:
    """``text`` as a page shows it after its UTF-8 bytes were decoded as Windows-1252 (the five
    bytes that code page leaves undefined as Latin-1, as browsers do)."""
    return "".join(
        bytes([byte]).decode("windows-1252", errors="ignore") or chr(byte)
        for byte in text.encode("utf-8")
    )


def test_a_record_read_with_the_wrong_encoding_gets_its_names_and_quotation_marks_back(tmp_path):
    text = (
        "\u201cWe will not sign,\u201d said Jos\u00e9 Nu\u00f1ez, "
        "the minister in S\u00e3o Tom\u00e9."
    )
    path = tmp_path / "wire.jsonl"
    record = {"id": "w1", "date": "2026-04-02", "title": _mangled("Nu\u00f1ez says no"),
              "text": _mangled(text)}  # fmt: skip
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = list(read_sources([path]))
    assert "Ã" in _mangled(text) and article.text == text
    assert article.title == "Nu\u00f1ez says no"


def test_decomposed_letters_are_composed(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("date 2026-04-02\nPe\u0301rez spoke in Mu\u0308nchen.\n", encoding="utf-8")
    (article,) = list(read_sources([path]))
    assert "P\u00e9rez spoke in M\u00fcnchen." in article.text
    assert unicodedata.is_normalized("NFC", article.text)


def test_text_that_only_looks_odd_is_left_as_it_is():
    for text in (
        "S\u00c3O PAULO, April 2 (Reuters) - The central bank held rates.",
        "\u00c2ngela and \u00c2mbar met at the caf\u00e9 \u00bbLe Monde\u00ab at 5\u00b0C.",
        "He said: \u201cWe\u2019re done\u201d \u2014 and left\u2026",
    ):
        assert repair_text(text) == text


def test_a_mended_quote_is_read_as_a_quote_of_its_speaker():
    text = "Officials met in the capital on Tuesday. " + _mangled(
        "\u201cThe border stays open,\u201d Interior Minister Carla Mendes said."
    )
    broken = read(Article(id="b", text=text, published=dt.date(2026, 4, 2)))
    mended = read(Article(id="m", text=repair_text(text), published=dt.date(2026, 4, 2)))

    def direct(reading) -> list[str]:
        return [a.source.text for a in reading.attributions if a.kind == "direct" and a.source]

    assert direct(mended) == ["Interior Minister Carla Mendes"]
    assert direct(broken) == []


PAGE_1252 = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Caf\u00e9 owners protest</title>
<meta property="article:published_time" content="2026-04-02T08:00:00Z"></head><body><article>
<p>Caf\u00e9 owners marched through the old town on Wednesday against the new licence fees.</p>
<p>\u201cWe cannot pay twice,\u201d said Ren\u00e9e Dubois, who runs a bakery near the square.</p>
</article></body></html>"""


def test_a_page_in_the_encoding_its_head_declares_is_read_in_that_encoding(tmp_path):
    path = tmp_path / "cafe.html"
    path.write_bytes(PAGE_1252.encode("windows-1252"))
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article)
    assert "\u201cWe cannot pay twice,\u201d said Ren\u00e9e Dubois" in article.text


def test_a_feed_in_the_encoding_its_declaration_names_is_read_in_that_encoding(tmp_path):
    feed = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>Gr\u00fc\u00dfe</title><pubDate>Thu, 02 Apr 2026 10:00:00 GMT</pubDate>"
        "<description>M\u00fcller won the vote in K\u00f6ln.</description></item></channel></rss>"
    )
    path = tmp_path / "wire.rss"
    path.write_bytes(feed.encode("iso-8859-1"))
    (article,) = list(read_sources([path]))
    assert isinstance(article, Article) and article.text == "M\u00fcller won the vote in K\u00f6ln."


def test_a_page_that_declares_no_encoding_and_is_not_utf8_is_rejected_with_a_hint(tmp_path):
    path = tmp_path / "undeclared.html"
    page = PAGE_1252.replace("; charset=windows-1252", "")
    path.write_bytes(page.encode("windows-1252"))
    (rejected,) = list(read_sources([path]))
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith("not valid utf-8 at byte") and "--encoding" in rejected.reason
