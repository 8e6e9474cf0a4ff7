"""Readers' comments told by their structure, and a list of other stories stamped with their
ages: where the article's own text stops (session 57, issue 15, helper s57-evnot).

* a run of comments each headed by its poster's stamp — a handle with the comment's age
  ("reedcutter · 3 hours ago"), the name on a line and the age opening the next, or the page's
  "Added : DATE" label — begins the comment section;
* a readers' debate's note that it is closed, after the debate's introduction; the outlet's line
  saying where a selection of the readers' comments follows; its invitation to write in with
  its form below — each opens the comments;
* headlines run together, each stamped with its age and its outlet ("... - 4 hrs ago The
  Courier"), close the article.

Guards: an age inside a sentence, one stamped comment, a tweet's age "via web", bare clock
stamps of a live page, the debate note atop the page, a story that says "- 3 days ago" once.
The pages are written for these tests."""

from __future__ import annotations

from dateline.text.comments import comments_start
from dateline.text.furniture import aged_links_start, reading_end
from tests.stages import read_event_text

ARTICLE = (
    "The harbour board of Veltrin closed the north quay on Monday after a crane collapsed onto "
    "a cargo ship .\n"
    "Two dockers were taken to hospital with broken legs , the board said .\n"
    "Inspectors from the transport ministry will examine the other cranes this week .\n"
    "The dockers ' union said it had warned the board about the crane in March .\n"
)


def test_handles_with_the_comments_age_begin_the_comments() -> None:
    comments = (
        "reedcutter · 3 hours ago\n"
        "The board knew about that crane for years .\n"
        "Mara Istok | 2 hours ago\n"
        "My brother works on that quay and nobody listens to him .\n"
    )
    text = ARTICLE + comments
    assert comments_start(text) == text.index("reedcutter")


def test_a_name_over_a_line_the_age_opens_begins_a_comment() -> None:
    comments = (
        "gullwing\n"
        "5 hours ago\n"
        "Sack the whole board .\n"
        "Pell Arvo\n"
        "4 hours ago The union should strike until the cranes are fixed .\n"
    )
    text = ARTICLE + comments
    assert comments_start(text) == text.index("gullwing")


def test_the_pages_added_labels_begin_the_comments() -> None:
    comments = (
        "Published : Monday , 9 March , 2026 , 10:02 GMT "
        "Added : Tuesday , 10 March , 2026 , 08:15 GMT A friend on the quay says the crane "
        "was rusted through .\n"
        "Added : Tuesday , 10 March , 2026 , 07:40 GMT The minister should resign .\n"
    )
    text = ARTICLE + comments
    assert comments_start(text) == text.index("Added : Tuesday , 10 March , 2026 , 08:15")


def test_ages_in_sentences_one_stamp_and_a_tweet_open_no_comments() -> None:
    text = ARTICLE + (
        "The ship had arrived 3 days ago from Ostmark .\n"
        "portwatcher · 1 hour ago\n"
        "The board met again on Tuesday .\n"
        "#veltrin 4 minutes ago via web\n"
        "Cranes are being checked now .\n"
    )
    assert comments_start(text) is None


def test_a_live_pages_clock_stamps_open_no_comments() -> None:
    text = ARTICLE + (
        "10:05 GMT The board says the quay will stay closed .\n"
        "11:20 GMT Inspectors arrive at the north quay .\n"
        "Added to the list of closed quays is the ferry berth .\n"
    )
    assert comments_start(text) is None


def test_a_closed_debates_note_after_its_introduction_opens_the_comments() -> None:
    text = (
        ARTICLE + "Should the board resign ? Have cranes failed where you work ?\n"
        "This debate is now closed .\n"
        "The board resigned in 1998 too and nothing changed .\n"
    )
    assert comments_start(text) == text.index("This debate is now closed")


def test_a_closed_debates_note_atop_the_page_opens_nothing() -> None:
    text = "This debate is now closed .\nShould the board resign ?\n" + ARTICLE
    assert comments_start(text) is None


def test_a_selection_of_readers_comments_below_opens_the_comments() -> None:
    text = ARTICLE + (
        "A selection of your comments appears below .\nThe cranes are older than I am .\n"
    )
    assert comments_start(text) == text.index("A selection")
    text = ARTICLE + "Thanks for your views . Please read a selection below : Fix the cranes .\n"
    assert comments_start(text) == text.index("read a selection")


def test_an_invitation_to_write_in_with_the_form_below_opens_the_comments() -> None:
    text = ARTICLE + (
        "Add your comments on this story using the form below .\n"
        "I drove a crane on that quay for twenty years .\n"
    )
    assert comments_start(text) == text.index("Add your comments")
    guard = ARTICLE + "Readers sent the board their comments , which it will publish below .\n"
    assert comments_start(guard) is None


def test_headlines_stamped_with_their_ages_close_the_article() -> None:
    links = (
        "The Courier Crane collapse closes Veltrin quay - 2 hrs ago Harbour News Dockers hurt "
        "as crane falls - 5 hrs ago Daily Post .\n"
        "Union blames board for crane - 9 hrs ago\n"
    )
    text = ARTICLE + links
    assert aged_links_start(text) == len(ARTICLE)
    assert reading_end(text) == len(ARTICLE)


def test_one_stamped_headline_closes_nothing() -> None:
    text = ARTICLE + "The last inspection - 3 days ago - found no fault .\n"
    assert aged_links_start(text) is None


def test_no_event_is_read_from_stamped_comments_or_aged_links() -> None:
    article = (
        "Veltrin police arrested the opposition leader Ivo Tarn in the capital on Tuesday .\n"
    ) + ARTICLE
    triggers = {e.trigger.text for e in read_event_text(article).events}
    assert triggers == {"arrested"}
    tail = (
        "saltmarsh · 2 hours ago\n"
        "The Ostmark army shelled the Veltrin town of Dask on Monday , killing four people .\n"
        "Jon Hale · 1 hour ago\n"
        "Rubbish .\n"
    )
    after = read_event_text(article + tail).events
    assert {e.trigger.text for e in after} == triggers
    links = (
        "The Courier Ostmark army shells Veltrin town - 2 hrs ago Harbour News Police "
        "arrest dockers at quay - 5 hrs ago Daily Post .\n"
    )
    after = read_event_text(article + links).events
    assert {e.trigger.text for e in after} == triggers


def test_names_that_say_over_the_comments_date_begin_the_comments() -> None:
    comments = (
        "Ada Brenner says:\n"
        "March 10, 2026 at 9:14 am\n"
        "The cranes were inspected in January .\n"
        "quayside_lou says:\n"
        "March 10, 2026 at 11:02 am\n"
        "Then the inspectors should be asked why .\n"
    )
    text = ARTICLE + comments
    assert comments_start(text) == text.index("Ada Brenner says")


def test_a_live_pages_headings_over_clocks_open_no_comments() -> None:
    text = ARTICLE + (
        "Quay closed\n"
        "10:05 The board says the quay will stay closed .\n"
        "Inspectors arrive\n"
        "11:20 Inspectors reach the north quay .\n"
        "The minister said:\n"
        "We will check every crane .\n"
    )
    assert comments_start(text) is None


def test_a_stamp_line_with_the_pages_action_under_a_comment_ends_the_article() -> None:
    comments = (
        "Dana K\n"
        "The board should pay the dockers .\n"
        "March 10, 2026 at 9:14 am | Report abuse |\n"
        "Old Tom\n"
        "Fix the cranes first .\n"
        "March 10, 2026 at 9:20 am | Report abuse | Reply\n"
    )
    text = ARTICLE + comments
    assert comments_start(text) == text.index("March 10, 2026 at 9:14")


def test_a_clock_and_a_bar_before_news_of_a_reply_open_no_comments() -> None:
    text = ARTICLE + (
        "10:05 | Reply from the board expected by noon .\n"
        "March 10, 2026 | 4.2 metres | the highest tide this year\n"
    )
    assert comments_start(text) is None
