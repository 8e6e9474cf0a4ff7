"""Copy tokenised the Penn Treebank way ("-LRB-", "``") parses as the same text written normally."""

from __future__ import annotations

import pytest

from dateline.language import TREEBANK_MARKS, load_nlp, parse


@pytest.mark.parametrize(("treebank", "written"), sorted(TREEBANK_MARKS.items()))
def test_the_model_reads_a_treebank_mark_as_the_mark_it_stands_for(
    treebank: str, written: str
) -> None:
    vocab = load_nlp().vocab
    word, mark = vocab[treebank], vocab[written]
    assert (word.norm_, word.prefix_, word.suffix_, word.shape_) == (
        mark.norm_, mark.prefix_, mark.suffix_, mark.shape_,
    )  # fmt: skip
    assert word.is_punct and word.text == treebank  # the text itself is never changed


def test_a_bracketed_acronym_is_no_name_and_the_brackets_are_punctuation() -> None:
    doc = parse("The Coastal Fisheries Agency -LRB- CFA -RRB- said it would close the bay .")
    names = [ent.text for ent in doc.ents]
    assert not any("-RRB-" in name or "-LRB-" in name for name in names), names
    assert {t.dep_ for t in doc if t.text in ("-LRB-", "-RRB-")} == {"punct"}


def test_text_with_treebank_marks_keeps_its_offsets() -> None:
    text = "Officials -LRB- two of them -RRB- said `` no '' on Monday ."
    doc = parse(text)
    assert doc.text == text
    assert [t.idx for t in doc][:3] == [0, 10, 16]
