from dateline.language import parse
from dateline.text.paragraphs import hard_wrapped, paragraph_around

WIRE = (
    "Sales rose 10 pct in the quarter, the company said in a statement\n"
    "on Tuesday, and output was expected to climb further this year as\n"
    "new plants opened in the north and the south of the country.\n"
    "\n"
    "Analysts said the forecast was cautious and the shares fell.\n"
)
WEB = (
    "Sales rose 10 pct in the quarter, the company said in a statement on Tuesday, and "
    "output was expected to climb\n"
    "Analysts were cautious about the forecast for the rest of the year, which they said was "
    "too optimistic\n"
)


def test_wire_copy_wrapped_at_a_fixed_width_is_told_from_a_line_per_paragraph():
    assert hard_wrapped(WIRE) and not hard_wrapped(WEB)


def test_a_paragraph_is_a_block_of_lines_in_wire_copy_and_a_line_in_web_text():
    start, end = paragraph_around(WIRE, WIRE.index("on Tuesday"))
    assert WIRE[start:end].startswith("Sales rose") and WIRE[start:end].endswith("country.")
    start, end = paragraph_around(WEB, WEB.index("Analysts"))
    assert WEB[start:end].startswith("Analysts") and WEB[start:end].endswith("too optimistic")


def test_the_parser_starts_a_sentence_at_a_line_break_only_where_lines_are_paragraphs():
    wire, web = parse(WIRE), parse(WEB)
    assert not any(t.is_sent_start for t in wire if t.i > 0 and t.text in ("on", "new"))
    assert next(t for t in web if t.text == "Analysts").is_sent_start
