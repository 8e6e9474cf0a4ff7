import datetime as dt
import json

import pytest

from dateline.ingest import Fields, Rejected, read_sources
from dateline.ingest.base import RejectedInput, parse_date
from dateline.ingest.plain import read_plain


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_date_line_with_text_on_the_same_line(tmp_path):
    path = write(tmp_path, "a.txt", " date 2025-07-04 President Trump called.\n\nMore text.")
    article = read_plain(path)
    assert article.published == dt.date(2025, 7, 4)
    assert article.text == "President Trump called.\n\nMore text."
    assert article.id == "a"


def test_date_line_with_text_on_the_next_line(tmp_path):
    path = write(tmp_path, "b.txt", "date 2026-03-02\nHeadline here\n\nBody text.\n")
    article = read_plain(path)
    assert article.published == dt.date(2026, 3, 2)
    assert article.text.startswith("Headline here")
    assert article.title == "Headline here"


def test_plain_text_takes_the_date_given(tmp_path):
    path = write(tmp_path, "c.txt", "Just a story.")
    assert read_plain(path, date=dt.date(2024, 1, 2)).published == dt.date(2024, 1, 2)


def test_crlf_line_ends_are_normalised(tmp_path):
    path = write(tmp_path, "d.txt", "date 2025-01-01\r\nLine one\r\n\r\nLine two")
    assert read_plain(path).text == "Line one\n\nLine two"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (b"President Trump called.", "no date line"),
        (b"date 2025-02-30 text", "impossible date"),
        (b"date yesterday text", "line 1: unparsable date .yesterday."),
        (b"date 2025-07-04 caf\xe9", "not valid utf-8 at byte 19"),
        (b"date 2025-07-04   \n  ", "no article text"),
    ],
)
def test_bad_files_give_a_clear_reason(tmp_path, content, reason):
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(RejectedInput, match=reason):
        read_plain(path)


def test_latin1_file_reads_when_its_encoding_is_given(tmp_path):
    path = write(tmp_path, "l.txt", b"date 2025-07-04 caf\xe9")
    assert read_plain(path, encoding="latin-1").text == "café"


def test_jsonl_bad_records_are_rejected_with_their_line_and_the_rest_read(tmp_path):
    lines = [
        json.dumps({"body": "First story.", "day": "2025-07-01", "id": "s1"}),
        "{not json",
        json.dumps({"body": "No date here."}),
        json.dumps({"body": "Second story.", "day": "2025-07-02T10:00:00Z"}),
        json.dumps(["a", "list"]),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    items = list(read_sources([path], fields=Fields(text="body", date="day")))
    good = [i for i in items if not isinstance(i, Rejected)]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert [a.text for a in good] == ["First story.", "Second story."]
    assert good[0].id == "s1" and good[1].id == "feed-4"
    assert good[1].published == dt.date(2025, 7, 2)
    assert [b.where for b in bad] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "invalid JSON" in bad[0].reason and "no date field 'day'" in bad[1].reason


def test_csv_records_with_configured_fields(tmp_path):
    path = write(
        tmp_path, "f.csv", "headline,content,when\nH1,Story one.,2025-07-01\nH2,,2025-07-02\n"
    )
    fields = Fields(text="content", date="when", title="headline")
    items = list(read_sources([path], fields=fields))
    assert items[0].title == "H1" and items[0].text == "Story one."
    assert isinstance(items[1], Rejected) and items[1].where == f"{path}:3"


def test_a_byte_order_mark_from_a_spreadsheet_is_no_part_of_the_first_field_or_record(tmp_path):
    mark = b"\xef\xbb\xbf"
    table = write(tmp_path, "sheet.csv", mark + b"id,date,text\nk7,2025-07-01,Story one.\n")
    record = b'{"id": "j1", "date": "2025-07-01", "text": "A."}\n'
    lines = write(tmp_path, "lines.jsonl", mark + record)
    (from_table,) = read_sources([table])
    (from_lines,) = read_sources([lines])
    assert from_table.id == "k7"  # not the fallback id of a header read as "\ufeffid"
    assert from_lines.id == "j1" and from_lines.text == "A."


def test_an_unknown_encoding_is_refused_before_any_file_is_read(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    path = write(tmp_path, "lines.jsonl", '{"id": "j1", "date": "2025-07-01", "text": "A."}\n')
    result = CliRunner().invoke(app, ["read", str(path), "--encoding", "no-such-codec"])
    assert result.exit_code == 2
    assert "unknown encoding 'no-such-codec'" in result.output
    assert "Traceback" not in result.output


def test_a_folder_yields_each_article_and_rejects_the_bad_one(tmp_path):
    write(tmp_path, "1.txt", "date 2025-07-01 One.")
    write(tmp_path, "2.txt", "no date at all")
    items = list(read_sources([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "Rejected"]
    assert "no date line" in str(items[1])


def test_a_missing_file_is_rejected(tmp_path):
    (item,) = read_sources([tmp_path / "nope.txt"])
    assert isinstance(item, Rejected) and item.reason == "no such file"


@pytest.mark.parametrize("value", ["2025-13-01", "04/07/2025", "", None, "2025-07"])
def test_unparsable_dates_are_errors_never_defaults(value):
    with pytest.raises(RejectedInput):
        parse_date(value)
