from dateline.language import hard_wrapped, parse

WIRE = (
    "Sales rose 10 pct in the quarter, the company said in a statement\n"
    "on Tuesday, and output was expected to climb further this year as\n"
    "new plants opened in the north and the south of the country.\n"
)
WEB = (
    "Sales rose 10 pct in the quarter, the company said in a statement on Tuesday, and "
    "output was expected to climb\n"
    "Analysts were cautious about the forecast for the rest of the year, which they said was "
    "too optimistic\n"
)


def test_wire_copy_wrapped_at_a_fixed_width_is_told_from_a_line_per_paragraph():
    assert hard_wrapped(WIRE) and not hard_wrapped(WEB)


def test_a_line_break_starts_a_sentence_only_where_lines_are_paragraphs():
    wire, web = parse(WIRE), parse(WEB)
    assert not any(t.is_sent_start for t in wire if t.i > 0 and t.text in ("on", "new"))
    assert next(t for t in web if t.text == "Analysts").is_sent_start
