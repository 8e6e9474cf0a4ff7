"""Where a content starts and stops, and who wrote a writing: a partial quotation's content
starts at the "that" of its clause, not at where ("in a statement") or to whom ("diners at a
cafe") it was said; a page's "Updated 10:42 a.m. ET" stamp before a quotation is no part of
it; a verb joined after a quotation that opens its clause ("told them “...” and left") is
what the speaker did next; a writing by several named authors is none of theirs alone; a
cue's preposition that only says when ("on Monday night") reports nothing. The sentences are
written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_content


def test_a_partial_quotation_said_in_a_statement_starts_at_its_that():
    text = "The campaign said in a statement that the senator “will not be bullied” by anyone.\n"
    found, _ = attributions_of(text)
    said = next(a for a in found if a.cue.text == "said")
    assert said.content.text.startswith("that the senator")


def test_a_partial_quotation_told_to_people_somewhere_starts_at_its_that():
    text = (
        "The governor is telling diners at a busy Dayton, Ohio, breakfast spot that "
        "“we need you on Tuesday.”\n"
    )
    found, _ = attributions_of(text)
    told = next(a for a in found if a.cue.text == "telling")
    assert told.content.text.startswith("that")
    assert "diners" not in told.content.text


def test_a_clause_that_holds_a_quotation_keeps_its_own_words_before_it():
    text = "The mayor said the repairs mean that “the bridge is safe” for now.\n"
    found, _ = attributions_of(text)
    said = next(a for a in found if a.cue.text == "said")
    assert said.content.text.startswith("the repairs mean")


def test_a_pages_update_stamp_is_no_part_of_a_quotation():
    text = "Updated 10:42 a.m. ET “We are not going anywhere,” the governor said.\n"
    found, _ = attributions_of(text)
    quote = by_content(found, "not going anywhere")
    assert "ET" not in quote.content.text
    assert quote.kind == "direct"


def test_a_posted_stamp_is_no_part_of_a_report():
    text = "Posted Dec. 3, 2026 9:12 am The county said the polls would close at eight.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "polls would close").content.text.startswith("the polls")


def test_a_number_opening_a_line_is_no_stamp():
    text = "12.50 dollars a share is too low for the board, the analyst said.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "too low").content.text.startswith("12.50")


def test_a_verb_joined_after_a_quotation_that_opens_its_clause_is_not_said():
    text = "Smith told the crowd “we are going to win this state” and left the stage.\n"
    found, _ = attributions_of(text)
    told = by_content(found, "win this state")
    assert "left the stage" not in told.content.text


def test_a_verb_joined_to_a_clause_around_a_quotation_is_still_said():
    text = "The senator said the deal was “a disaster” and would cost jobs.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "a disaster").content.text.endswith("would cost jobs")


def test_a_writing_by_several_named_authors_is_none_of_theirs_alone():
    text = "The statement by Germany, France and Italy said the talks had failed.\n"
    found, _ = attributions_of(text)
    said = by_content(found, "talks had failed")
    assert said.speaker is None
    assert said.source.text.startswith("The statement by Germany")


def test_a_writing_by_one_named_author_is_that_authors():
    text = "A statement by Germany said the talks had failed.\n"
    found, actors = attributions_of(text)
    said = by_content(found, "talks had failed")
    assert said.speaker is not None
    assert actors.get(said.speaker).name == "Germany"


def test_when_a_cue_was_given_is_not_what_it_reports():
    text = (
        "He called the decision “a disgrace” in a speech to farmers in Ames, Iowa, "
        "on Monday night.\n"
    )
    found, _ = attributions_of(text)
    assert not any(a.content.text == "Monday night" for a in found)


def test_a_quotation_its_sentence_gives_to_someone_else_is_not_the_last_speakers():
    text = (
        "“The ward is full,” Dr. Ann Reyes wrote in one letter.\n"
        "A farmer from Nebraska, “Nine of our neighbours are sick this week.”\n"
    )
    found, _ = attributions_of(text)
    assert not any(
        a.speaker == "ann-reyes" for a in found if "neighbours are sick" in a.content.text
    )


def test_a_quotation_with_no_cue_after_a_setting_goes_on_with_the_last_speaker():
    text = (
        "“We are ready,” the mayor, Ann Reyes, said on Friday.\n"
        "Then, “the roads will be clear by noon.”\n"
    )
    found, _ = attributions_of(text)
    assert by_content(found, "roads will be clear").speaker == "ann-reyes"


def test_a_clause_the_cue_warns_against_keeps_what_it_names():
    text = "He cautioned against the idea that the flu could be a “mild pandemic” this year.\n"
    found, _ = attributions_of(text)
    cautioned = next(a for a in found if a.cue.text == "cautioned")
    assert cautioned.content.text.startswith("against the idea")


def test_a_relative_clause_in_a_content_is_no_start_of_it():
    text = "He emphasized the threat that “organised crime” poses to the port.\n"
    found, _ = attributions_of(text)
    emphasized = next(a for a in found if a.cue.text == "emphasized")
    assert emphasized.content.text.startswith("the threat")
