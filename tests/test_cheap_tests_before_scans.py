"""The cheap tests the actor and attribution stages run before a slower scan (a word found by
index, a bracket or a digit looked for in the text first, spaCy's noun-chunk rule run over the
tokens already kept) skip only what the scan would not have found: the scans still find what
they found before, and a phrase without the mark is left as it was. The texts are written for
this test."""

from __future__ import annotations

from dateline.actors.finder import _noun_chunks, _role_of
from dateline.actors.knowledge import knowledge
from dateline.attribution.assembly import _after_dateline
from dateline.attribution.cues import load_cues
from dateline.attribution.reported import according_to
from dateline.attribution.speakers import _within_brackets
from dateline.attribution.syntax import without_time_stamp
from dateline.language import load_nlp
from dateline.text.quotemarks import quote_of_token
from dateline.text.wirelines import wire_dateline

TEXT = (
    "The ferry company and the harbour board of Kestervik said on Monday that the northern "
    "breakwater, its oldest wall, would stay closed. Engineers, inspectors and two divers "
    "from Ostrand checked it. According to the board's director, Tomas Aune, the repairs "
    "could cost two million crowns."
)


def _words(doc, text: str):
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text), alignment_mode="expand")


def test_noun_chunks_over_the_kept_tokens_are_spacys_noun_chunks() -> None:
    nlp = load_nlp()
    for text in (TEXT, "Nobody came.", "“We will go,” she said, and they went home with him."):
        doc = nlp(text)
        chunks = _noun_chunks(doc, list(doc))
        expected = list(doc.noun_chunks)
        assert [(c.start, c.end, c.label_) for c in chunks] == [
            (c.start, c.end, c.label_) for c in expected
        ]
        assert expected  # (each text has noun chunks to compare)


def test_a_phrase_with_a_bracket_is_cut_at_it_and_one_without_is_left() -> None:
    doc = load_nlp()("OSLO (Reuters) - Health experts said Lena Dahl of the board agreed.")
    # a bracket closed before the phrase began: the phrase starts after it (and its dash)
    assert _within_brackets(_words(doc, "Reuters) - Health experts")).text == "Health experts"
    plain = _words(doc, "Lena Dahl of the board")
    assert _within_brackets(plain) == plain


def test_a_dateline_in_brackets_is_skipped_and_a_content_without_one_is_kept() -> None:
    text = "OSLO (Reuters) - Ferry owners said fares would rise in May."
    assert _after_dateline(text, (0, len(text))) == (text.index("Ferry"), len(text))
    plain = "Ferry owners said fares would rise in May, and some routes would close."
    assert _after_dateline(plain, (0, len(plain))) == (0, len(plain))


def test_a_clock_time_opening_a_source_goes_and_a_source_without_digits_stays() -> None:
    doc = load_nlp()("Storm update\n0930 Relief crews said the road was open again.")
    assert without_time_stamp(_words(doc, "0930 Relief crews")).text == "Relief crews"
    crews = _words(doc, "Relief crews")
    assert without_time_stamp(crews) == crews


def test_according_to_is_found_by_index_outside_quotations_only() -> None:
    doc = load_nlp()(TEXT + " “This is, according to me, a disgrace,” said Aune.")
    sentences = list(doc.sents)
    found = [
        (cue.text, source.text)
        for sentence in sentences
        for cue, source in according_to(sentence, load_cues(), quote_of_token(doc))
    ]
    assert found == [("According to", "the board's director")]


def test_wire_and_paper_datelines_are_found_after_their_cheap_tests() -> None:
    wire = "KESTERVIK (Reuters) - The harbour board said on Monday ..."
    assert wire_dateline(wire) == (0, len("KESTERVIK (Reuters) - "))
    tokenized = "OSTRAND , Kestria -LRB- AP -RRB- -- Ferry owners said ..."
    assert wire_dateline(tokenized) == (0, tokenized.index("Ferry"))
    paper = "Storm damage\nDRAVNO — The ferry line said ..."
    assert wire_dateline(paper) == (paper.index("DRAVNO"), paper.index("The ferry"))
    # capitals, but neither brackets nor a long dash: no dateline
    assert wire_dateline("NEW FERRY LINE: Kestervik to Ostrand - from May") is None


def _role_by_every_length(words: list[str], kb) -> str | None:
    """``_role_of`` without its first test: each phrase of one to three words at the end."""
    lowered = [kb.title_abbreviations.get(w, w).lower() for w in words[-3:]]
    for size in (3, 2, 1):
        if len(lowered) >= size and " ".join(lowered[-size:]) in kb.role_group:
            return " ".join(lowered[-size:])
    return None


def test_a_role_is_found_at_the_end_of_any_phrase_after_the_last_word_test() -> None:
    kb = knowledge()
    phrases = [role.split() for role in kb.role_group]
    phrases += [["the", "former", *role.split()] for role in list(kb.role_group)[:200]]
    phrases += [[abbreviation] for abbreviation in kb.title_abbreviations]
    phrases += [["harbour", "board", "chief", "of", "staff"], ["the", "ferry"], [], ["Kestervik"]]
    found = [_role_of(words, kb) for words in phrases]
    assert found == [_role_by_every_length(words, kb) for words in phrases]
    assert sum(role is not None for role in found) > len(kb.role_group)  # (most are roles)
