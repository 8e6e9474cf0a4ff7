"""The cached attribute component gives every token what spaCy's ruler and lemmatizer give it."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.language import MODEL, load_nlp
from dateline.token_attributes import TOKEN_ATTRIBUTES

# forms the ruler treats specially: contractions, two-token patterns, "there is", negation,
# auxiliaries as main verbs, pronoun case, white space
TEXTS = [
    "We're gonna win this, y'all. Let's go! It ain't over, and I got ta leave.",
    "There is a ceasefire, and there are two envoys. There's no deal yet.",
    "He did not say nothin' about the vote; she didn't either. I do. Do you?",
    "They have had talks. The minister has what she wanted. You saw me and I saw it.",
    "It gets harder. It got worse.  Whether or not the talks resume,\n\n   c'mon  \n they said.",
    "Saw the report. The saw was blunt. The firm saws logs. Are they there? I am.",
]


@cache
def stock() -> Language:
    """The model's own pipeline with dateline's paragraph boundaries, for reference."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("dateline_paragraphs", before="parser")
    return nlp


def annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.text) for t in doc]


def test_dateline_parses_with_the_cached_component_in_place_of_the_ruler_and_lemmatizer():
    names = load_nlp().pipe_names
    assert TOKEN_ATTRIBUTES in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index(TOKEN_ATTRIBUTES) > names.index("parser")


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_what_the_stock_components_give_it(text: str):
    expected = annotations(stock()(text))
    assert annotations(load_nlp()(text)) == expected
    assert annotations(load_nlp()(text)) == expected  # again, from the cache


def test_a_token_seen_before_in_another_context_is_not_given_that_context():
    nlp = load_nlp()
    for text in reversed(TEXTS):  # another order, so the cache learns each key elsewhere first
        nlp(text)
    for text in TEXTS:
        assert annotations(nlp(text)) == annotations(stock()(text))


def test_a_pattern_with_an_operator_it_does_not_evaluate_goes_to_a_matcher():
    def with_extra_pattern(nlp: Language) -> Language:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "much"}, index=-1)
        return nlp

    reference = with_extra_pattern(spacy.load(MODEL))
    ours = with_extra_pattern(spacy.load(MODEL))
    ours.add_pipe(TOKEN_ATTRIBUTES, before="attribute_ruler")
    ours.remove_pipe("attribute_ruler")
    ours.remove_pipe("lemmatizer")
    text = "The talks were very very long, and the envoy was tired."
    found = annotations(ours(text))
    assert found == annotations(reference(text))
    assert next(t for t in found if t[0] == "long")[4] == "much"
