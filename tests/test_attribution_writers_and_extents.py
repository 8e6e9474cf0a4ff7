"""Who speaks through a writing and through a relative clause, and what a reader sees as the
words said: a statement or cable speaks for the author the text gave it; "heard from John
Miller, who said" is Miller speaking (his only deed is in the relative clause); a bare day
after the cue is when it was said; a content holding a quotation's opening mark holds its
closing mark too. The sentences are written for these tests."""

from __future__ import annotations

from dateline.model import Article
from dateline.pipeline import read
from dateline.store.rows import flatten
from tests.stages import attributions_of, by_content


def test_the_statement_speaks_for_the_body_that_issued_it():
    text = (
        "The Central Bank of Kenya issued a statement on Monday about the shilling.\n\n"
        "Traders were calm. The statement said the bank would cut rates.\n"
    )
    found, actors = attributions_of(text)
    said = by_content(found, "cut rates")
    assert said.source.text == "The statement"
    assert actors.get(said.speaker).name == "Central Bank of Kenya"


def test_a_letter_from_a_person_is_that_persons_voice():
    text = "A letter from Senator Maria Lopez said the permits were flawed.\n"
    found, actors = attributions_of(text)
    assert actors.get(by_content(found, "flawed").speaker).name == "Maria Lopez"


def test_a_writing_no_author_was_given_for_stays_unlinked():
    text = "Senator Maria Lopez toured the port. A report said inflation rose.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "inflation").speaker is None


def test_a_name_met_only_before_its_who_clause_is_the_speaker():
    text = "The court heard from John Miller, who said the cells were full.\n"
    found, actors = attributions_of(text)
    said = by_content(found, "cells were full")
    assert said.source.text == "who"  # PolNeAR's sources are the words as written
    assert actors.get(said.speaker).name == "John Miller"


def test_a_bare_day_after_the_cue_is_no_part_of_what_was_announced():
    text = "The minister announced Friday new limits on fishing.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "limits").content.text == "new limits on fishing"


def test_a_partial_quotation_keeps_both_its_marks():
    text = 'The senator described the plan as "bold, costly and overdue," and left.\n'
    found, _ = attributions_of(text)
    assert by_content(found, "bold").content.text == 'the plan as "bold, costly and overdue,"'


def test_the_reading_lists_an_unlinked_speaker_by_the_words_that_name_it():
    text = "The agency said Tuesday it would review the permits.\n"
    reading = read(Article(id="t", text=text, published="2026-03-06"))
    (said,) = reading.attributions
    assert said.speaker is None
    assert reading.speaker_name(said) == "The agency"


def test_a_cue_that_opens_a_quotation_takes_no_clause_before_it():
    text = (
        "When I asked Ana Lopez, from the Red Cross, why she does this work, hazardous as it "
        'is, she said: "Because it makes me feel better."\n'
    )
    found, _ = attributions_of(text)
    said = [a.content.text for a in found if a.cue is not None and a.cue.text == "said"]
    assert said == ["Because it makes me feel better."]


def test_the_one_a_question_is_put_to_is_not_what_was_asked():
    found, _ = attributions_of("Reporters asked Governor Tim Walz about the budget.\n")
    assert all("Walz" not in a.content.text for a in found)


def test_a_name_its_who_clause_describes_does_not_take_the_next_he():
    text = (
        "Mark Ellison defended his sister and refused to criticise senators, like Paul Dorsey, "
        'who had attacked her. "She is not out to hurt anyone," he said.\n'
    )
    found, actors = attributions_of(text)
    assert actors.get(by_content(found, "hurt anyone").speaker).name == "Mark Ellison"


def test_the_one_asked_to_act_is_part_of_the_request():
    found, _ = attributions_of("The committee asked BP to explain the staffing on the rig.\n")
    assert by_content(found, "explain").content.text == "BP to explain the staffing on the rig"


def test_an_interrupted_quotation_is_stored_and_shown_without_its_attribution_line():
    text = (
        "''The port is safe,'' said Harbour Master Lena Voss, a former pilot. ''Ships may "
        "dock again on Monday.''\n"
    )
    reading = read(Article(id="t", text=text, published="2026-03-06"))
    (said,) = [a for a in reading.attributions if a.kind == "direct"]
    assert said.words_said == "The port is safe, … Ships may dock again on Monday."
    (row,) = [r for r in flatten(reading).attributions if r[0] == said.id]
    assert said.words_said in row


def test_a_transcript_speakers_turn_runs_to_the_end_of_its_paragraph():
    text = (
        "GOV. ANA MORALES: We have done what we promised. The roads are open again. We will "
        "not let the farmers down.\n\nHOST: Thank you, governor.\n"
    )
    found, _ = attributions_of(text)
    turn = by_content(found, "promised")
    assert turn.content.text.endswith("We will not let the farmers down.")
    assert "Thank you" not in turn.content.text


def test_writings_a_clause_gives_to_their_author_speak_for_the_author():
    text = (
        "Senator Maria Lopez owns shares in the firms she attacks, according to financial "
        "documents she filed with the Senate.\n"
    )
    found, actors = attributions_of(text)
    assert actors.get(by_content(found, "owns shares").speaker).name == "Maria Lopez"
