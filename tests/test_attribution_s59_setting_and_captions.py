"""Session 59 (issue 17): what was said, without the setting around it. A participle's clause
before a cue in parentheses ("Asked what ..., Ruiz said, “...”") is when the speaker spoke,
not what was said. A participle after the "that" clause of a verb's object ("denied the claim
that a shake-up is coming, explaining ...") goes on with the one who denied it: the claim ends
before it, and the shake-up explains nothing. A caption a tokenized page ran into a whole
quoted sentence is no part of the quotation when a pronoun's cue follows it either. The
sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, content_words

_WALL = "The harbour wall gave way on Monday.\n\n"


def _found(text: str):
    found, _ = attributions_of(_WALL + text + "\n")
    return found


def _by_cue(text: str, cue: str):
    return [a for a in _found(text) if a.cue is not None and a.cue.text == cue]


# -- a participle's clause before a cue in parentheses ---------------------------------------------


def test_the_question_put_before_a_quotation_is_no_part_of_it():
    (said,) = _by_cue(
        "Asked what qualities he wanted in the party's nominee, Ruiz said, “They have got to "
        "be able to win.”",
        "said",
    )
    assert said.kind == "direct"
    assert content_words(said) == "They have got to be able to win."


def test_a_gerund_that_is_the_subject_of_what_was_said_stays():
    (said,) = _by_cue("Building the boat, Ruiz said, taught her patience.", "said")
    assert content_words(said) == "Building the boat … taught her patience"


def test_a_participle_before_more_words_of_the_report_stays():
    (said,) = _by_cue(
        "Emerging from the talks with the mayor, the minister “looked tired,” Ruiz said, "
        "from “the long night.”",
        "said",
    )
    assert content_words(said).startswith("Emerging from the talks with the mayor, the minister")


# -- a participle after the "that" clause of a verb's object ---------------------------------------


def test_a_participle_after_a_denied_claim_is_the_deniers():
    text = (
        "Reached by phone, Hale denied the notion that a shake-up of the board is coming, "
        "explaining that he was away on Monday."
    )
    (explaining,) = _by_cue(text, "explaining")
    assert explaining.source.text == "Hale"
    (notion,) = _by_cue(text, "notion")
    assert notion.content.text == "that a shake-up of the board is coming"


def test_a_participle_after_a_claim_about_someone_keeps_the_parsers_reading():
    text = (
        "Reached by phone, Hale denied the notion that Ruiz is leaving, explaining that she "
        "was away on Monday."
    )
    (explaining,) = _by_cue(text, "explaining")
    assert explaining.source.text == "Ruiz"


# -- a caption run into a tokenized quotation its pronoun's cue follows ----------------------------

_MAYOR = "Mayor Tom Hale toured the river on Monday .\n\n"


def test_a_caption_before_a_quotation_he_said_is_no_part_of_it():
    (said,) = _by_cue(
        _MAYOR + "Sandbags handed out daily at the town hall from 0900 Also available at the "
        "fire station `` We 're missing a plan that goes beyond sandbags , '' he said .",
        "said",
    )
    assert said.kind == "direct"
    assert said.content.text == "We 're missing a plan that goes beyond sandbags ,"


def test_a_line_about_the_speaker_before_his_quotation_is_no_part_of_it():
    (added,) = _by_cue(
        _MAYOR + "Hale , who was elected in 2004 , owns two boats on the river `` I just ca n't "
        "see not using these boats to help , '' he added .",
        "added",
    )
    assert added.kind == "direct"
    assert added.content.text.startswith("I just ca n't see")


def test_quoted_words_inside_a_clause_before_he_said_stay_partial():
    (called,) = _by_cue(
        _MAYOR + "He called the repairs `` a plan that goes well beyond sandbags , '' he said .",
        "called",
    )
    assert called.kind == "partial"
    assert called.content.text.startswith("the repairs")


def test_a_result_after_a_claimed_clause_stays_in_the_claim():
    (concerns,) = _by_cue(
        "Scientists have raised concerns that the milder strain could combine with the older "
        "one, causing a virus that spreads fast.",
        "concerns",
    )
    assert concerns.content.text.endswith("causing a virus that spreads fast")
