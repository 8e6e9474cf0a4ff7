"""Every kind of comment-section opening is still found, in any case, now that
``comments_start`` and ``signed_comments_start`` test the text for their words before running
their patterns (a speed-up: the patterns are run only on texts that hold those words). The
pages are written for these tests."""

from __future__ import annotations

import pytest

from dateline.text.comments import comments_start, signed_comments_start

STORY = (
    "The ferry company of Ostvik cancelled its evening crossings on Friday after a gale tore "
    "the canopy from the pier .\n"
    "`` Nobody will board until the engineers have checked the ramp , '' said Mirela Dunst , "
    "the company 's operations chief .\n"
    "Passengers waited in the terminal for buses that the company hired from the next town .\n"
    "The coast guard said the wind would ease by Saturday morning .\n"
)


@pytest.mark.parametrize(
    ("opening", "starts"),
    [  # (a comment's stamp is found from its clock time)
        ("At 9:41 pm on 6 Mar 2026, pierwatcher wrote:", "9:41"),
        ("At 9:41 PM on 6 Mar 2026, PierWatcher WROTE :", "9:41"),
        ("Views expressed in the comments are the readers' own .", "Views"),
        ("OPINIONS EXPRESSED BY READERS ARE NOT THOSE OF THE GAZETTE .", "OPINIONS"),
        ("We welcome comments that keep to the subject .", "We"),
        ("WE WELCOME COMMENTS FROM ALL OUR READERS .", "WE"),
        ("The comments on this story are closed .", "The"),
        ("COMMENTS FOR THIS POST HAVE BEEN CLOSED .", "COMMENTS"),
    ],
)
def test_each_kind_of_opening_in_any_case(opening: str, starts: str) -> None:
    text = STORY + opening + "\nThe ramp was fine last winter .\n"
    assert comments_start(text) == text.index(opening) + opening.index(starts)


def test_words_near_the_opening_words_open_nothing() -> None:
    # "comment" with "closed", "welcome" and "wrote" about the story, in no comment's shape
    text = STORY + (
        "The company declined to comment on why the pier was closed in January .\n"
        "The mayor said she would welcome a second pier and wrote to the ministry .\n"
    )
    assert comments_start(text) is None


def test_action_lines_without_signatures_still_open_the_comments() -> None:
    # no "Posted" and no bar: no signature, but two action lines of their own still count
    text = (
        STORY + "They should have tied the canopy down properly.\n"
        "Reply\n"
        "The buses were an hour late as well.\n"
        "Recommend   Report abuse\n"
    )
    assert "|" not in text and "Posted" not in text
    assert signed_comments_start(text) == text.index("Reply")
    assert comments_start(text) == text.index("Reply")


def test_a_poster_line_with_a_bar_is_still_a_signature() -> None:
    text = (
        STORY + "ramp_rat | March 6, 2026 9:02 PM\n"
        "The canopy was rusted through.\n"
        "Reply\n"
        "Ostvik Ola | March 6, 2026 9:15 PM\n"
        "Buses were fine.\n"
        "Reply\n"
    )
    assert comments_start(text) == text.index("ramp_rat")
