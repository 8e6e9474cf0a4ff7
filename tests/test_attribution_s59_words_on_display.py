"""Session 59 (issue 17): words a sign, a banner or a shirt carries are a slogan shown, not
anyone's speech. The one who holds, hangs or wears the thing did not say them, and the thing
speaks for no one. A statement, a letter or a notice "saying ..." is someone's words and stays,
and so is a slogan the crowd chanted. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _records(text: str) -> list[tuple[str, str]]:
    """Each record's source and cue words."""
    found, _ = attributions_of(text)
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "") for a in found]


# -- words on a thing ------------------------------------------------------------------------------


def test_signs_put_up_saying_a_slogan_are_no_ones_speech():
    text = 'Outside the depot, striking drivers put up signs saying: "Closed until we are paid."'
    assert _records(text) == []


def test_placards_carried_calling_someone_a_name_are_no_ones_speech():
    text = 'Carrying placards calling the mayor "the Flood King," the crowd marched to the hall.'
    assert ("the crowd", "calling") not in _records(text)


def test_banners_hung_reading_a_slogan_are_no_ones_speech():
    text = 'Residents hung banners reading "No more oil" from their balconies.'
    assert _records(text) == []


def test_a_sign_as_the_source_is_no_ones_speech():
    text = 'The shelves were bare by noon. A sign nearby said: "One box per family."'
    assert ("A sign nearby", "said") not in _records(text)


def test_a_shirt_that_read_a_slogan_is_no_ones_speech():
    text = 'One volunteer wore a shirt that read "Rebuild the Valley Now."'
    assert _records(text) == []


# -- guards: words someone issued, sent, posted or chanted ----------------------------------------


def test_a_statement_saying_stays_its_issuers():
    text = 'The union issued a statement saying: "We will stay out until we are paid."'
    assert ("The union", "saying") in _records(text)


def test_a_letter_saying_stays_its_senders():
    text = "Maria Lopez sent a letter saying the harbour must be saved before winter."
    assert ("Maria Lopez", "saying") in _records(text)


def test_a_notice_said_stays():
    text = 'A notice on the clinic door said: "Wash your hands before entering."'
    assert ("A notice on the clinic door", "said") in _records(text)


def test_a_slogan_chanted_stays_the_crowds():
    text = 'The drivers chanted "Closed until we are paid" outside the depot.'
    assert ("The drivers", "chanted") in _records(text)


def test_a_good_sign_in_the_words_stays():
    text = "The pressure in the well is rising, a good sign, said Tom Reyes, the chief engineer."
    assert ("Tom Reyes, the chief engineer", "said") in _records(text)


def test_signs_that_suggest_are_evidence_as_before():
    text = "Shoppers are calm, and the signs suggest that the rush on masks is over, a clerk said."
    assert ("the signs", "suggest") in _records(text)


# -- a quotation of a number with no cue -----------------------------------------------------------

_APPEAL = "`` People gave more than we hoped , '' said Ana Ruiz , the charity 's press officer .\n"


def test_a_quoted_number_with_no_cue_is_no_ones_speech():
    text = (
        _APPEAL + "Within hours , the short code for the appeal : `` 4477 '' was among the most "
        "shared numbers of the day ."
    )
    found, _ = attributions_of(text)
    assert [a.content.text for a in found] == ["People gave more than we hoped ,"]


def test_a_number_said_in_reply_stays():
    text = "`` How many boats are left ? '' the reporter asked .\n`` Forty , '' said Tom Reyes ."
    assert ("Tom Reyes", "said") in _records(text)
