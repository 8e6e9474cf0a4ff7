"""Round 41 (session 49): a quoted sentence followed only by the date it was said ends with the
quotation; the article's note on itself, and a charge laid by prosecutors, are no one's
statement; a page stamp may open with its weekday; and a reported clause whose subject is a
count or a noun phrase the parser hung on the cue starts with it. Sentences written for
these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue, read_event_text


def test_a_date_after_a_quoted_sentence_is_when_not_what() -> None:
    reading = read_event_text(
        'Mayor Ines Varga tweeted "The east bridge stays shut until the river drops" on'
        " Tuesday night."
    )
    tweeted = by_cue(reading.attributions, "tweeted")
    assert tweeted.content.text == "The east bridge stays shut until the river drops"
    assert tweeted.kind == "direct"


def test_a_date_after_quoted_words_inside_a_clause_stays() -> None:
    reading = read_event_text(
        'The health minister, Tomas Brandt, said the outbreak had "slowed a great deal" in'
        " recent days."
    )
    said = by_cue(reading.attributions, "said")
    assert said.content.text.endswith("in recent days")


def test_the_articles_note_on_itself_is_no_attribution() -> None:
    for text in (
        "This article has been updated to note that Varga spoke to reporters after the vote.",
        "An earlier version of this story said the ferry began service in 1996.",
    ):
        found, _ = attributions_of(text)
        assert not found, text


def test_a_report_as_a_source_stays() -> None:
    found, _ = attributions_of("The report said the ferry was unsafe in high winds.")
    assert by_cue(found, "said").content.text == "the ferry was unsafe in high winds"


def test_a_charge_laid_is_no_statement() -> None:
    for text in (
        "Prosecutors charged Ada Lindqvist with fraud on Monday.",
        "A grand jury charged two wardens with helping the inmates escape.",
    ):
        found, _ = attributions_of(text)
        assert not [f for f in found if f.cue is not None and f.cue.text == "charged"], text


def test_a_charge_made_in_words_stays() -> None:
    found, _ = attributions_of("The opposition charged that the count had been rigged.")
    assert by_cue(found, "charged").content.text == "that the count had been rigged"
    found, _ = attributions_of("Critics charged the agency with shielding the old monopolies.")
    assert by_cue(found, "charged").content.text == "the agency with shielding the old monopolies"


def test_a_page_stamp_with_its_weekday_is_no_part_of_the_words() -> None:
    found, _ = attributions_of(  # as a tokenized page gives it: spaces before its commas
        "Thursday , March 5 , 2026 ; 5:07 PM Harlow Mining has finished sealing the flooded"
        " shaft , the company said Thursday ."
    )
    assert (
        by_cue(found, "said").content.text == "Harlow Mining has finished sealing the flooded shaft"
    )


def test_a_count_hung_on_the_cue_is_the_clauses_subject() -> None:
    found, _ = attributions_of(
        "Officials at the port say between 40 and 60 workers are still missing after the blast."
    )
    assert by_cue(found, "say").content.text == (
        "between 40 and 60 workers are still missing after the blast"
    )


def test_a_subject_taken_for_the_cues_object_is_the_clauses() -> None:
    found, _ = attributions_of(  # as a tokenized page gives it
        "Carl Ober , 60 , of Tulsa , Okla. , said his favorite spot in Pensacola , Fla. , has"
        " emptied out ."
    )
    assert by_cue(found, "said").content.text == (
        "his favorite spot in Pensacola , Fla. , has emptied out"
    )


def test_a_date_hung_on_the_cue_stays_out() -> None:
    found, _ = attributions_of("Police said on Friday the two men were arrested.")
    assert by_cue(found, "said").content.text == "the two men were arrested"
