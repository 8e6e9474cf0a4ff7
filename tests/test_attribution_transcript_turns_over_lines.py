"""A transcript turn in a text that gives each sentence or paragraph a line of its own
(tokenized corpora, a web page's lines) goes on over its lines to the next speaker's label,
and no further: not past another speaker cutting in, nor a stage direction; with no label
ahead it keeps its own line. The transcript is written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of

HOST = "MARA OKAFOR , HOST : "
GUEST = "DANIEL HARTLEY , COUNTY COMMISSIONER : "
OPENING = (
    HOST + "Good evening and welcome back to the program , where tonight we look at the valley "
    "that flooded when the river rose over the weekend .\n"
    "Commissioner , thank you for joining us on such short notice .\n"
)


def _guest_turn(text: str) -> str:
    found, _ = attributions_of(text)
    (turn,) = [
        a for a in found if a.cue is not None and a.cue.text == ":" and a.source.text == GUEST[:-3]
    ]
    return turn.content.text


def test_a_turn_goes_on_over_its_lines_to_the_next_label():
    text = OPENING + (
        GUEST + "Thank you for having me tonight .\n"
        "The levee held for two days , longer than any of the engineers had expected it to "
        "hold under that much water .\n"
        "Then the pumps failed .\n" + HOST + "Who decided to open the spillway on Sunday ?\n"
    )
    turn = _guest_turn(text)
    assert turn.startswith("Thank you for having me tonight .")
    assert turn.endswith("Then the pumps failed .")
    assert "OKAFOR" not in turn


def test_another_speaker_cutting_in_ends_the_turn():
    text = OPENING + (
        GUEST + "Thank you for having me tonight .\n"
        "The levee held for two days , and then the pumps failed -- "
        + HOST
        + "When ?\n"
        + GUEST
        + "On the Sunday .\n"
    )
    found, _ = attributions_of(text)
    turn = next(a for a in found if a.cue.text == ":" and "levee" in a.content.text)
    assert turn.content.text.endswith("and then the pumps failed")
    assert "OKAFOR" not in turn.content.text


def test_a_stage_direction_ends_the_turn_where_its_line_ends():
    text = OPENING + (
        GUEST + "We have new pictures from the flooded valley tonight , taken from a helicopter "
        "above the broken levee on Sunday .\n(BEGIN VIDEO CLIP)\nThe water rose overnight .\n"
        + HOST
        + "It did , and it kept rising .\n"
    )
    assert _guest_turn(text).endswith("above the broken levee on Sunday .")


def test_with_no_label_ahead_the_turn_keeps_its_line():
    text = (
        "The commissioner spoke to reporters at the levee on Monday , a day after the spillway "
        "was opened and the first houses went under .\n"
        + GUEST
        + "The pumps failed on the second day .\n"
        "Residents were moved to the school gym overnight .\n"
        "The county will meet on Friday .\n"
    )
    assert _guest_turn(text) == "The pumps failed on the second day ."
