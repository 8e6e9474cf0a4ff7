"""Session 44's speed-ups of the actor and attribution stages give what the code they replace
gave: a clause's last word kept per head, the known-organisation lookup's cheap test before
its outlet pattern, page furniture judged once per sentence
with cheap tests before its patterns, and the storm-or-vessel test's early exit. The texts
are written for this test; the code replaced is kept here to compare with."""

from __future__ import annotations

import re

from spacy.tokens import Span

from dateline.actors import corrections
from dateline.actors.corrections import (
    CAPTION_OPENING,
    LINK_AGE,
    SPONSOR_NOTE,
    STORM_STAGES,
    STORM_WORDS,
    VESSEL_NOUNS,
    page_furniture,
    storm_or_vessel_name,
)
from dateline.actors.known import _OUTLET_ENDS, OUTLET_WORDS, shipped_known
from dateline.attribution.syntax import last_of
from dateline.language import load_nlp
from dateline.text.doctext import doc_text, sentence, sentence_bounds

TEXT = (
    "The harbour board of Kestervik said on Monday that the northern breakwater, which "
    "engineers of Halvard Marine inspected last week after Tropical Storm Ingrid passed, "
    "would stay closed until the council approves the repairs.\n\n"
    "A spokeswoman, Ingrid Solvang, said the Ostrand Star ferry and the Sea Lark rig would "
    "wait, and Hurricane Bjorn could reach the coast by Friday.\n\n"
    "Kestrel Oil said its tanker Nordic Dawn was safe. They said it would sail, and he "
    "agreed that the work, which the board had planned, was overdue."
)
FURNITURE = (
    "Kestervik harbour reopens - 5 mins ago Ostrand Daily Herald reports on the storm.\n\n"
    "This page holds SPONſORED content from Halvard Marine, our partner.\n\n"
    "Picture credit: Ingrid Solvang walks past the quay.\n\n"
    "The council said the quay would reopen."
)


def _old_last_of(head) -> int:
    return max(head.right_edge.i, max(t.i for t in head.subtree))


def test_last_of_kept_per_head_is_the_subtree_end() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp(FURNITURE)
    for doc in (first, second, first):  # going back to a document asked of before
        for token in doc:
            assert last_of(token) == _old_last_of(token)
            assert last_of(token) == _old_last_of(token)  # asked again: kept


def _old_furniture_sentence(text: str) -> bool:
    return (
        LINK_AGE.search(text) is not None
        or SPONSOR_NOTE.search(text) is not None
        or CAPTION_OPENING.match(text) is not None
    )


def test_page_furniture_judges_as_the_patterns_do() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp(FURNITURE)
    found = []
    for doc in (first, second, first, second):
        spans = [*doc.ents] + [doc[i : i + 1] for i in range(len(doc))]
        for span in spans:
            sent = sentence(span)
            old = _old_furniture_sentence(doc_text(doc)[sent.start_char : sent.end_char])
            assert page_furniture(span) == old
            found.append(old)
            assert sentence_bounds(span) == (sent.start, sent.end)
    assert any(found) and not all(found)
    # each pattern's cheap test lets through the lines it matches, in any case
    for line in (
        "Ferry resumes 12 hours ago Ostrand Post",
        "SPONSORED CONTENT by Kestrel Oil",
        "Content from our sponsors",
        "sponſorship content here",
        "Photo credits: Ingrid Solvang",
    ):
        assert corrections._furniture_sentence(line) is True
        assert _old_furniture_sentence(line) is True
    for line in ("The council said the quay would reopen.", "A sponsor of the bill spoke."):
        assert corrections._furniture_sentence(line) is _old_furniture_sentence(line) is False


def test_sponsor_test_holds_every_letter_the_pattern_takes_regardless_of_case() -> None:
    # ``casefold`` turns every character the case-blind pattern matches for a letter of
    # "sponsor" into that letter (the long s: "s")
    for code in range(0x250):
        char = chr(code)
        for letter in set("sponsor"):
            if re.fullmatch("(?i)" + letter, char):
                assert char.casefold() == letter


def _old_storm_or_vessel_name(ent: Span, known) -> str | None:
    """The function before its early exit (its first lines; the rest is the same code)."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    if not words:
        return None
    for k, token in enumerate(words[:-1]):
        opening = token.lower_ in STORM_WORDS and k == 0
        if opening or (token.lower_ in STORM_STAGES and k and words[k - 1].lower_ == "tropical"):
            return " ".join(t.text for t in words[k + 1 :])
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in STORM_STAGES and len(ent) <= 2:
        return ent.text
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.lower_ not in VESSEL_NOUNS or after.pos_ != "NOUN":
        return None
    return storm_or_vessel_name(ent, known)  # (past the exit: the code is the same)


def test_storm_or_vessel_name_exits_early_only_where_nothing_is_found() -> None:
    nlp = load_nlp()
    known = shipped_known()
    doc = nlp(TEXT)
    names = set()
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 5, len(doc)) + 1):
            span = Span(doc, start, end, label="ORG")
            name = storm_or_vessel_name(span, known)
            assert name == _old_storm_or_vessel_name(span, known)
            names.add(name)
    assert {"Ingrid", "Bjorn"} <= names  # storms found, past the early exit


def test_outlet_endings_are_the_patterns_last_words() -> None:
    alternatives = re.search(r"\(\?:(.*)\)", OUTLET_WORDS.pattern).group(1).split("|")
    assert all(words.split()[-1] in _OUTLET_ENDS for words in alternatives)
    known = shipped_known()
    for name in ("reuters news agency", "kestervik gazette newspaper", "halvard marine news"):
        assert OUTLET_WORDS.sub("", name) != name and name.endswith(_OUTLET_ENDS)
    for name in ("halvard marine", "kestervik agency", "ostrand news service center"):
        assert OUTLET_WORDS.sub("", name) == name  # (the cheap test may pass or not)
    assert known.organisation("Reuters news agency") is not None
    assert known.organisation("Reuters news agency") == known.organisation("Reuters")
