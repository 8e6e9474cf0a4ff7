"""The actor stage's token index (``actors.tokenindex``) says what spaCy's own Token
attributes say, for every token of parsed news text (written for this test), and keeps each
document's own lists."""

from __future__ import annotations

from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, ORTH, POS, TAG

from dateline.actors.tokenindex import TokenIndex
from dateline.language import load_nlp

TEXT = (
    "KESTERVIK (Reuters) - The harbour board of Kestervik said on Monday that the northern\n"
    "breakwater would stay closed until engineers from Brennecke Marine Ltd had finished their\n"
    "survey. \u201cWe will not reopen it before May,\u201d said its director, Tomas Aune, 54.\n\n"
    "Fishing boats were sent south; the ferry to Brattholm leaves at 10:30 a.m. from the old pier."
)

ATTRIBUTES = {
    POS: "pos_",
    TAG: "tag_",
    DEP: "dep_",
    ORTH: "text",
    LOWER: "lower_",
    LEMMA: "lemma_",
    ENT_TYPE: "ent_type_",
}


def test_index_is_spacys_attributes() -> None:
    nlp = load_nlp()
    docs = [nlp(TEXT), nlp("Tomas Aune said so."), nlp("")]
    for doc in docs:
        index = TokenIndex(doc)
        assert index.pos == [t.pos_ for t in doc]
        for attr, name in ATTRIBUTES.items():
            assert index.strings(attr) == [getattr(t, name) for t in doc], name
    assert len(set(TokenIndex(docs[0]).pos)) > 5  # (a text with many parts of speech)


def test_index_of_each_document_its_own() -> None:
    nlp = load_nlp()
    first, second = nlp("Aune left."), nlp("The board of Kestervik met the engineers on Monday.")
    one, two = TokenIndex(first), TokenIndex(second)
    assert one.strings(ORTH) == ["Aune", "left", "."]
    assert two.strings(ORTH) == [t.text for t in second]
    assert one.pos == [t.pos_ for t in first] and two.pos == [t.pos_ for t in second]
