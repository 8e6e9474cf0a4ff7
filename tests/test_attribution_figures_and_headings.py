"""Round 37 (session 45, second round): figures and finds that "say" or "suggest" what they
show are no one's words unless the text names whose; a page heading's date run into the
story's first sentence is no part of the words; a named speaker's "he" then "and added" is
the speaker's next act. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def test_estimates_that_say_are_no_ones_words() -> None:
    found, _ = attributions_of(
        "New estimates say as many as 3,000 people may have died in the flood."
    )
    assert by_cue(found, "say").mode == "stance"


def test_figures_of_a_toll_that_say_are_no_ones_words() -> None:
    found, _ = attributions_of("The latest figures say 40 people died when the bridge fell.")
    assert by_cue(found, "say").mode == "stance"


def test_a_find_that_suggests_is_evidence() -> None:
    found, _ = attributions_of(
        "The find suggests that the village was settled earlier than anyone had thought."
    )
    assert by_cue(found, "suggests").mode == "stance"


def test_figures_the_text_gives_to_someone_stay_speech() -> None:
    # whose the figures are is named: a source, and its words
    for text in (
        "The latest figures from the ministry say 40 people died.",
        "The agency's estimates say 3,000 homes were lost.",
        "Government estimates say the well leaks 5,000 barrels a day.",
    ):
        found, _ = attributions_of(text)
        assert by_cue(found, "say").mode == "speech", text


def test_a_study_that_says_stays_speech() -> None:
    found, _ = attributions_of("The study says rates of infection doubled in a year.")
    assert by_cue(found, "says").mode == "speech"


def test_a_heading_date_run_into_the_first_sentence_is_no_content() -> None:
    found, _ = attributions_of(
        "Storm on the coast : Your pictures Thursday 14 January Up to 500 soldiers will help "
        "clear the roads by Monday , army officials have said ."
    )
    said = by_cue(found, "said")
    assert said.content.text.startswith("Up to 500 soldiers")
    assert "pictures" not in said.content.text


def test_a_name_after_a_date_stays_in_the_sentence() -> None:
    found, _ = attributions_of("On Thursday 14 January Obama said the troops would go.")
    assert by_cue(found, "said").content.text == "the troops would go"


def test_a_named_speakers_he_and_then_added_is_the_speakers_next_act() -> None:
    found, _ = attributions_of(
        "In an interview from prison last year, Petrov said he welcomed extradition to Canada "
        'and added, "I will plead guilty, no problem."'
    )
    said = by_cue(found, "said")
    assert said.content.text == "he welcomed extradition to Canada"
    added = by_cue(found, "added")
    assert added.source is not None and added.source.text == "Petrov"
    assert added.content.text.startswith("I will plead guilty")


def test_another_named_subject_keeps_its_next_deed() -> None:
    found, _ = attributions_of("Smith said Jones had quit and called the board a disgrace.")
    assert by_cue(found, "said").content.text == "Jones had quit and called the board a disgrace"


def test_a_named_speakers_feeling_after_she_stays_in_the_words() -> None:
    # "feared" is more of what she said, not a next act of hers
    found, _ = attributions_of(
        "Mira Sol, 60, a teacher, said she was elated but still feared the army."
    )
    assert by_cue(found, "said").content.text == "she was elated but still feared the army"
