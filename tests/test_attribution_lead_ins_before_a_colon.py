""" "<the writer's lead-in> : <what the source reported> , according to X": the lead-in that
the colon ends is the writer's, and the content starts after it."""

from tests.stages import attributions_of


def _according_to(text):
    found, _ = attributions_of(text)
    matches = [a for a in found if a.kind == "according_to"]
    assert matches, [(a.kind, a.content.text) for a in found]
    return matches[0]


def test_a_lead_in_before_a_colon_is_left_out():
    report = _according_to(
        "A new survey shows why the port is struggling : Traffic through the harbour fell by "
        "a third last year , according to the shipping council ."
    )
    assert report.content.text == "Traffic through the harbour fell by a third last year"


def test_a_colon_right_before_the_phrase_leaves_the_lead_in_out():
    report = _according_to(
        "Some new figures help explain the mood in town : according to the county office , "
        "rents have doubled in five years ."
    )
    assert report.content.text == "rents have doubled in five years"


def test_a_colon_before_a_list_keeps_the_whole_content():
    report = _according_to(
        "The plan has three parts : roads , schools and clinics , according to the mayor ."
    )
    assert report.content.text.startswith("The plan has three parts")
