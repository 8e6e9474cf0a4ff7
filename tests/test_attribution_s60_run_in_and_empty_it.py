"""Session 60 (issue 17), second pass. A summary line run into the story's next sentence
after a closing quotation mark, with no stop between ("... a `` grave setback '' The harbour
board has ..."), ends at the mark: what follows is another sentence. And an empty "it" of a
verb other than "be" ("It amazes me to see ...", "it seems fair to say ...", "it helps to
recall ...", "it’s hard to say" with a curly apostrophe) stands in for the infinitive: no
one is the source. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of

_WALL = "The harbour wall gave way on Monday, flooding the lower town.\n\n"


def _found(text: str) -> list[tuple[str, str]]:
    found, _ = attributions_of(_WALL + text + "\n")
    return [(a.cue.text if a.cue else "", a.content.text) for a in found]


def _content_of(text: str, cue: str) -> str:
    return next(content for said, content in _found(text) if said == cue)


def test_a_summary_line_run_in_after_a_closing_mark_ends_at_the_mark():
    text = (
        "The mayor said the damage was of '' no lasting harm '' The harbour board has "
        "closed the quay for a week after the storm ."
    )
    assert _content_of(text, "said") == "the damage was of '' no lasting harm ''"


def test_a_capitalised_common_word_after_the_mark_opens_the_next_sentence():
    text = (
        "The port authority has described it as a `` grave setback '' Heavy cranes are "
        "being brought in to lift the fallen stones from the channel ."
    )
    assert _content_of(text, "described") == "it as a `` grave setback ''"


def test_a_name_in_apposition_after_the_mark_goes_on():
    text = (
        "The mayor announced that the repairs will be run by the town 's `` harbour "
        "master , '' Ana Ortiz ."
    )
    assert _content_of(text, "announced").endswith("Ana Ortiz")


def test_running_words_after_the_mark_go_on():
    text = "The mayor said the plan was “a real mess” and it would cost the town dearly."
    assert _content_of(text, "said").endswith("cost the town dearly")


def test_it_amazes_me_to_see_is_no_report():
    cues = [cue for cue, _ in _found("It amazes me to see how slowly the repairs go.")]
    assert "see" not in cues


def test_it_helps_to_recall_is_no_report():
    text = "It helps to recall that the wall had been repaired twice before."
    assert "recall" not in [cue for cue, _ in _found(text)]


def test_a_curly_its_hard_to_say_is_no_report():
    text = "The mayor said it’s hard to say how much the repairs will cost."
    assert "say" not in [cue for cue, _ in _found(text)]


def test_an_it_that_asks_someone_keeps_its_report():
    text = "The harbour board met on Tuesday. It declined to say when the work would start."
    assert "say" in [cue for cue, _ in _found(text)]


def test_a_live_entry_ends_before_the_next_entry_s_clock_time():
    text = (
        "The governor says more than 2,000 homes may have been flooded 1435 The harbour "
        "board has closed the quay for a week ."
    )
    assert _content_of(text, "says") == "more than 2,000 homes may have been flooded"


def test_the_next_entry_s_source_still_starts_after_its_clock_time():
    found, _ = attributions_of(
        _WALL + "Boats were moved inland overnight 1418 Governor Lena Ortiz says the quay "
        "will stay shut until Friday .\n"
    )
    sources = [a.source.text for a in found if a.cue is not None and a.cue.text == "says"]
    assert sources == ["Governor Lena Ortiz"]


def test_a_year_after_a_month_stays_in_the_content():
    text = (
        "The governor says the wall was last repaired in June 2010 The harbour board has "
        "closed the quay for a week ."
    )
    assert _content_of(text, "says").endswith("in June 2010")
