from hypothesis import given
from hypothesis import strategies as st

from dateline.text.quotemarks import quoted_spans


def contents(text):
    return [(text[q.start : q.end], q.closed) for q in quoted_spans(text)]


def test_curly_and_straight_quotes():
    text = 'He said “it is done” and then "not yet" today.'
    assert contents(text) == [("it is done", True), ("not yet", True)]


def test_apostrophes_inside_a_quote_do_not_close_it():
    text = '“I don’t think it’s over,” she said. "We\'re ready."'
    assert contents(text) == [("I don’t think it’s over,", True), ("We're ready.", True)]


def test_a_quote_over_two_paragraphs_opens_again_and_closes_at_the_end():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” he said."
    assert contents(text) == [("First paragraph of the quote.", True), ("Second paragraph,", True)]


def test_an_unclosed_quote_ends_before_the_sentence_that_opens_the_next():
    text = "“There was a call. It went on. Trump stated, “I’m not thrilled”."
    assert contents(text) == [("There was a call. It went on.", False), ("I’m not thrilled", True)]


def test_an_unclosed_quote_stops_at_the_end_of_its_paragraph():
    text = "“An opening mark never closed.\n\nThe next paragraph is narrative."
    assert contents(text) == [("An opening mark never closed.", False)]


@given(st.text(alphabet="ab .,\n“”\"'’«»", max_size=200))
def test_odd_quote_marks_never_crash_and_stay_inside_the_text(text):
    previous_end = 0
    for quote in quoted_spans(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.start >= previous_end
        previous_end = quote.end


def test_doubled_apostrophes_read_as_one_straight_mark():
    text = "''It isn't over,'' he said. ''Not yet.''"
    assert contents(text) == [("It isn't over,", True), ("Not yet.", True)]


def test_each_paragraph_but_the_last_of_a_long_quote_continues():
    text = "“First paragraph.\n\n“Second paragraph.” he said."
    assert [q.continues for q in quoted_spans(text)] == [True, False]


def test_a_straight_mark_after_a_quote_inside_the_quote_closes_it():
    # the space between the inner and the outer closing marks does not make an opening mark
    text = "\"Someone says, 'Keep it,' \" said Ana Ruiz. ''Not the term 'poor,' '' she said."
    assert contents(text) == [("Someone says, 'Keep it,'", True), ("Not the term 'poor,'", True)]


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quote():
    text = "“It's unusual,“ said Tom Hale. “It's hard to do.”"
    assert contents(text) == [("It's unusual,", True), ("It's hard to do.", True)]


# wire copy wrapped at a fixed width: short lines, paragraphs opened by an indented line
WRAPPED_WIRE = (
    "HARBOUR TALKS RESUME\n"
    "    PELLA, May 4 - Talks on the harbour dues resumed on Monday.\n"
    '"We expect an agreement before the summer, and so do the\n'
    'shipowners," the port director said after the first session.\n'
    '    "Nothing has been decided yet. The unions still object to\n'
    "the new tariff\n"
    "    The unions did not comment.\n"
)


def test_a_quote_in_wrapped_wire_copy_goes_on_over_its_line_breaks():
    found = contents(WRAPPED_WIRE)
    assert found[0] == (
        "We expect an agreement before the summer, and so do the\nshipowners,",
        True,
    )


def test_an_unclosed_quote_in_wrapped_wire_copy_ends_with_its_paragraph():
    found = contents(WRAPPED_WIRE)
    assert found[1] == ("Nothing has been decided yet.", False)


def test_in_web_text_a_line_break_still_ends_a_quote():
    text = "Long line of a web page, as long as a paragraph is on a page of news. " * 3
    web = f'{text}\n"We expect an agreement\nbefore the summer," he said.\n{text}'
    assert contents(web)[0] == ("We expect an agreement", False)
