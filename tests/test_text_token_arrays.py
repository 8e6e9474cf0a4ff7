"""The token arrays the stages read once per document and share (``text.doctext``) say what the
``Token`` objects they replace would say: every token's attribute key, its head's index, the
words a test or a set of words picks out; and ``quote_of_token``, kept for the last documents,
gives each document its own map. The texts are written for this test."""

from __future__ import annotations

import re

from spacy.attrs import IS_PUNCT, LOWER, ORTH, POS, TAG

from dateline.language import load_nlp
from dateline.text.doctext import (
    attribute_keys,
    head_indices,
    indices_in,
    indices_where,
)
from dateline.text.quotemarks import quote_of_token

TEXT = (
    "The harbour board (HBK) of Kestervik said on Monday that the northern breakwater, which "
    "engineers reportedly inspected at 1542, would stay closed. “We will not rush this,” the "
    "board's director, Tomas Aune, told reporters. The Ferry Company — a firm from Ostrand — "
    "said the repairs could cost more than two million crowns; THE MAYOR disagreed.\n\n"
    "A spokeswoman, Ingrid Solvang, said: “The quay at Lillevik stays open.”"
)
OTHER = "“Nothing has changed,” said Mira Holt of the Brattholm ferry line on Tuesday."


def test_attribute_keys_are_the_tokens_attributes() -> None:
    doc = load_nlp()(TEXT)
    strings = doc.vocab.strings
    assert [strings[k] for k in attribute_keys(doc, ORTH)] == [t.text for t in doc]
    assert [strings[k] for k in attribute_keys(doc, LOWER)] == [t.lower_ for t in doc]
    assert [strings[k] for k in attribute_keys(doc, POS)] == [t.pos_ for t in doc]
    assert attribute_keys(doc, IS_PUNCT) == [int(t.is_punct) for t in doc]
    assert attribute_keys(doc, ORTH) is attribute_keys(doc, ORTH)  # read once, then kept


def test_head_indices_are_the_heads_indices() -> None:
    doc = load_nlp()(TEXT)
    heads = head_indices(doc)
    assert heads == [t.head.i for t in doc]
    assert any(h < i for i, h in enumerate(heads)) and any(h > i for i, h in enumerate(heads))
    assert head_indices(doc) is heads  # read once, then kept


def test_indices_in_and_where_pick_the_words_a_token_loop_picks() -> None:
    doc = load_nlp()(TEXT)
    for attr, name, words in (
        (POS, "pos_", frozenset({"NOUN", "VERB", "AUX"})),
        (LOWER, "lower_", frozenset({"the", "a", "this"})),
        (ORTH, "text", frozenset({"(", "-LRB-", "—"})),
        (TAG, "tag_", frozenset({"WDT", "WP"})),
    ):
        expected = [t.i for t in doc if getattr(t, name) in words]
        assert expected, name
        assert indices_in(doc, attr, words) == expected
        assert indices_where(doc, attr, words.__contains__) == expected
    dashes = frozenset({"-", "—"})
    every = indices_in(doc, ORTH, dashes)
    assert every and indices_in(doc, ORTH, dashes, 0, len(doc)) == every
    assert indices_in(doc, ORTH, dashes, every[0] + 1) == every[1:]
    assert indices_in(doc, ORTH, dashes, 0, every[0]) == []
    clock = re.compile(r"([01]\d|2[0-3])[0-5]\d")
    memo: dict[int, bool] = {}
    expected = [t.i for t in doc if clock.fullmatch(t.text)]
    assert expected and indices_where(doc, ORTH, clock.fullmatch, memo) == expected
    assert indices_where(doc, ORTH, clock.fullmatch, memo) == expected  # from the memo
    other = load_nlp()(OTHER)
    assert indices_where(other, ORTH, clock.fullmatch, memo) == []
    assert indices_in(other, LOWER, frozenset({"nobody"})) == []


def test_quote_of_token_is_each_documents_own() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp(OTHER)
    words = {id(first): {"rush", "Lillevik"}, id(second): {"Nothing", "changed"}}
    for doc in (first, second, first, second):
        inside = quote_of_token(doc)
        assert inside and max(inside) < len(doc)
        assert {doc[i].text for i in inside} >= words[id(doc)]
        assert not {doc[i].text for i in inside} & {"Aune", "Holt", "Tuesday"}
    assert quote_of_token(first) is quote_of_token(first)  # kept, not worked out again
    assert quote_of_token(first) is not quote_of_token(second)


def test_a_wrapped_texts_document_keeps_the_text_its_tokens_hold() -> None:
    wrapped = (
        "The ferry line of Brattholm said on Tuesday that its two oldest boats would be sold\n"
        "to a yard in Ostrand before the winter, and that Mira Holt, who runs the line, had\n"
        "asked the town council of Lillevik for a loan to build a third, larger boat there.\n"
        "The council will vote on the loan in March, a spokesman for the council said.\n"
    )
    doc = load_nlp()(wrapped)
    assert doc.text != wrapped  # the lines were read joined
    assert doc.user_data["dateline.parsed_text"] == doc.text
