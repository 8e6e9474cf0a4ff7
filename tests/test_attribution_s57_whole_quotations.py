"""Session 57 (issue 17): a direct quotation's content is all that was said inside its marks.
An unclosed quotation keeps the last sentence of its paragraph and is not cut at an
abbreviation's full stop; a quotation inside a quotation ("“... held “Vote Arle” signs ...”")
does not end the outer one; in tokenized text a caption run into the next paragraph of a quotation
(words with no sentence end, then the backticks) does not end the quotation before it. The
people, places and bodies are made up for these tests."""

from __future__ import annotations

from dateline.text.quotemarks import quoted_spans
from tests.stages import attributions_of, by_content


def _spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


# -- an unclosed quotation: where it ends ----------------------------------------------------


def test_an_unclosed_quotation_keeps_the_last_sentence_of_its_paragraph():
    text = (
        'The mayor set out her plan on Monday: "We will close the old bridge in May. '
        "The new one opens in June.\n\nThe council meets on Friday."
    )
    assert _spans(text) == ["We will close the old bridge in May. The new one opens in June."]


def test_an_unclosed_quotation_is_not_cut_at_an_abbreviation():
    text = (
        'She told the board: "The lease of No. 5 Harbour Road ends in May and Dr. Vell '
        "will move out\n\nThe board meets again in June."
    )
    assert _spans(text) == [
        "The lease of No. 5 Harbour Road ends in May and Dr. Vell will move out"
    ]


def test_an_unclosed_quotation_is_not_cut_at_initials_before_a_name():
    text = 'The paper wrote: "The house was built in 1920 by J.R. Tolk and his brother\n\nIt sold.'
    assert _spans(text) == ["The house was built in 1920 by J.R. Tolk and his brother"]


def test_an_unclosed_quotation_still_ends_at_a_real_sentence_end():
    # (guard: the writer's words after the last full stop are no part of it)
    text = 'He said: "We are done here. That was the last of it\n\nThe hall closed.'
    assert _spans(text) == ["We are done here."]


# -- a quotation inside a quotation ------------------------------------------------------------


def test_a_quotation_inside_a_quotation_does_not_end_it():
    text = (
        "Jon Arle wrote on his page: “Fans in the front row held “Vote Arle” signs all night. "
        "Great crowd.”\n\nThe rally ended at ten."
    )
    assert _spans(text) == ["Fans in the front row held “Vote Arle” signs all night. Great crowd."]


def test_a_quotation_inside_straight_marks_does_not_end_them():
    text = (
        'The review by Ada Kell: "Tom Hale, who plays the captain in “The Long Tide,” has '
        'been with the show since March. He leaves in May." The show runs on.'
    )
    assert _spans(text)[0].endswith("He leaves in May.")


def test_a_quotation_with_its_speaker_inside_an_excerpt_stays_its_own():
    # (guard: an excerpt in straight marks holding “...,” Ruiz replied: Ruiz's quotation)
    text = (
        'From the radio interview: "“We will win the north,” Ana Ruiz replied before adding '
        'that the south was harder."\n\nThe vote is in May.'
    )
    assert "We will win the north," in _spans(text)


def test_a_second_quotation_after_one_never_closed_stays_apart():
    # (guard: one closing mark after the second opening one closes the second quotation)
    text = "“The first one was never closed. “The second one is,” she said.\n\nThe end."
    assert _spans(text) == ["The first one was never closed.", "The second one is,"]


# -- a caption run into a tokenized quotation -----------------------------------------------------

_RESCUE = (
    "Firefighter Tom Hale of the Larsk brigade came home from Varn on Saturday morning .\n"
    "He told the radio : `` We dug for hours to reach the girl under the floor of the school .\n"
    "She was still holding her doll when we got her out , and she smiled at us .\n"
    "Rescuers from Larsk worked through the night in the rain `` It was the best moment of "
    "the whole trip for all of us . ''\n"
    "The brigade flew home on Sunday with the other teams of the region .\n"
)


def test_a_caption_run_into_a_tokenized_quotation_does_not_end_it():
    found, _ = attributions_of(_RESCUE)
    quote = by_content(found, "We dug for hours")
    parts = [part.text for part in quote.content_parts] or [quote.content.text]
    assert any("She was still holding her doll" in part for part in parts)
    assert any("It was the best moment" in part for part in parts)
    assert not any("Rescuers from Larsk" in part for part in parts)


def test_words_with_a_sentence_end_before_the_backticks_are_no_caption():
    # (guard: a line of the writer's own, ending in a full stop, still ends the quotation)
    text = (
        "He told the radio : `` We dug for hours to reach the girl under the floor .\n"
        "The brigade flew home . Rescuers worked all night `` It was a long trip . ''\n"
    )
    assert _spans(text)[0] == "We dug for hours to reach the girl under the floor ."


def test_a_cue_in_the_caption_is_not_the_quotation_s():
    # (guard: the caption's words, "you want to continue it", give the quotation no cue)
    text = (
        "Ada Kell , a nurse with Varn Aid , worked in the hills of Orsk after the storm .\n"
        "She says the flood will make the fevers of the valley far worse this year .\n"
        "`` There will be mud everywhere so the water of the wells will be poor .\n"
        "`` Fevers are a high risk for the children of the valley .\n"
        "These children need care and you want to continue it Ada Kell , Varn Aid `` And the "
        "wells will be a problem too . ''\n"
    )
    found, _ = attributions_of(text)
    assert not any(a.cue is not None and a.cue.text == "continue" for a in found)
