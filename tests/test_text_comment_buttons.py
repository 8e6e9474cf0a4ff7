"""A comment section told by its buttons where the extracted text runs them onto the comments'
own lines ("... for good . Reply", "Report abuse Who pays ?") or sets them among other buttons
and counters ("Reply | Like | Share", "Recommend ? (12)"): two such lines past the page's header
end the article, and no stage reads what follows as its reporting. One glued button, a live
blog's sharing buttons without a comment's action, and prose that speaks of a reply are no
comment section. The pages are written for these tests."""

from __future__ import annotations

from dateline.text.comments import comments_start, signed_comments_start
from tests.stages import read_event_text

ARTICLE = (
    "The river authority of Ostvel opened the Marn sluice on Tuesday after three days of rain "
    "raised the lake above its banks .\n"
    "Engineers said the water had fallen by half a metre by the evening .\n"
    "The authority said it would close the sluice again on Thursday if the rain stopped .\n"
    "Farmers downstream said their fields had flooded twice this spring .\n"
)


def test_buttons_glued_after_each_comment_end_the_article() -> None:
    comments = (
        "millpond_joe\n"
        "They should have opened it a week ago , everyone saw the lake rising . Reply\n"
        "Ada Brenner\n"
        "Police arrested my neighbour for fishing by the sluice on Monday . Reply\n"
    )
    text = ARTICLE + comments
    assert comments_start(text) == text.index("They should have opened")


def test_buttons_glued_before_the_next_comment_end_the_article() -> None:
    comments = (
        "heronwatch 3 hours ago\n"
        "The sluice is forty years old .\n"
        "Report abuse ferrywoman 2 hours ago\n"
        "Who pays for the fields ?\n"
        "Report abuse\n"
    )
    text = ARTICLE + comments
    assert signed_comments_start(text) == text.index("Report abuse ferrywoman")
    # the posters' stamps with the comments' ages (session 57) find the first comment too
    assert comments_start(text) == text.index("heronwatch")


def test_action_lines_among_other_buttons_and_counters_end_the_article() -> None:
    comments = (
        "The lake was higher in 1998 .\n"
        "Reply | Like | Share\n"
        "Nobody listens to the farmers .\n"
        "Recommend ? (12) Report abuse\n"
    )
    text = ARTICLE + comments
    assert comments_start(text) == text.index("Reply | Like")


def test_one_glued_button_and_prose_about_a_reply_are_no_comment_section() -> None:
    text = (
        ARTICLE + "The farmers ' union sent a letter to the authority and is waiting for a "
        "Reply\n"
        "The mayor said she would read the letter and reply by Friday .\n"
    )
    assert comments_start(text) is None


def test_a_live_blogs_sharing_buttons_alone_are_no_comment_section() -> None:
    text = (
        ARTICLE + "10:05 Engineers reached the sluice gate .\nLike | Share\n"
        "11:20 The gate was opened a second metre .\nLike | Share\n"
    )
    assert comments_start(text) is None


def test_no_event_is_read_from_comments_with_glued_buttons() -> None:
    article = (
        "Varnish police arrested the opposition leader Tomas Ferl in Ostvel on Tuesday .\n"
    ) + ARTICLE
    comments = (
        "marshhen\n"
        "The Varnish army shelled the village of Dornik on Monday , killing six people . Reply\n"
        "oxbow\n"
        "Rubbish . Reply\n"
    )
    triggers = {e.trigger.text for e in read_event_text(article).events}
    assert triggers == {"arrested"}
    after = read_event_text(article + comments).events
    assert {e.trigger.text for e in after} == triggers
    assert all(e.trigger.start < len(article) for e in after)
