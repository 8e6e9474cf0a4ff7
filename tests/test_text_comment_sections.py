"""Where an article's own text stops and its readers' comments begin, read from the shape of a
comment section rather than one outlet's words: posters' signatures with a date and an action
("Posted by: NAME | DATE TIME | Report abuse"), a poster's line ("NAME | DATE TIME") with a
repeated action line ("Reply", "Report abuse"), the post's own signed footer before them, and the
outlet's note that comments are closed — and never a cut in wire copy, the examples, or an
article that merely reports something "posted by" someone. Every stage that reads comments_start
(attribution, actors, events) leaves such a section unread. The pages are written for these
tests."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.text.comments import comments_start
from tests.shared_data import require_shared
from tests.stages import actors_of, attributions_of, read_event_text

ARTICLE = (
    "The port authority of Selmar closed the northern quay on Tuesday after a fuel barge "
    "leaked diesel into the harbour .\n"
    "`` We will not reopen the quay until the water is clean , '' said Petra Lund , the "
    "authority 's director .\n"
    "Fishermen in the harbour said the slick had reached the breakwater by the evening .\n"
    "The authority said divers would inspect the barge 's hull on Wednesday .\n"
)

COMMENTS = (
    "They said the same after the last spill and the quay was open the next day .\n"
    "Posted by : harbourwatch | March 4 , 2026 7:12 PM | Report abuse "
    "My brother fishes there and he told me the slick is much bigger than they admit .\n"
    "Posted by : gull_on_a_post | March 4 , 2026 8:40 PM | Report abuse "
    "Who pays for the clean-up ?\n"
)


def test_a_run_of_signed_comments_ends_the_article() -> None:
    text = ARTICLE + COMMENTS
    start = comments_start(text)
    assert start is not None
    assert text[:start].startswith(ARTICLE.rstrip("\n"))  # none of the article is cut
    assert start <= text.index("Posted by : harbourwatch")


def test_the_posts_own_signed_footer_is_where_its_comments_begin() -> None:
    footer = "By Mara Quillon | March 4 , 2026 ; 10:05 AM ET "
    text = ARTICLE + footer + COMMENTS
    assert comments_start(text) == text.index(footer)


def test_a_header_byline_of_the_same_shape_is_no_footer() -> None:
    header = "By Mara Quillon | March 4 , 2026 ; 10:05 AM ET\n"
    text = header + ARTICLE * 3 + COMMENTS
    assert comments_start(text) == text.index("They said the same") + len(
        "They said the same after the last spill and the quay was open the next day .\n"
    )


def test_a_signature_with_report_as_abusive_marks_a_comment_even_once() -> None:
    comment = "Nobody in Selmar believes the director .\nPosted by ferrylad | Report as abusive\n"
    text = ARTICLE + comment
    assert comments_start(text) == text.index("Posted by ferrylad")


def test_posters_lines_with_repeated_action_lines_are_a_comment_section() -> None:
    text = (
        ARTICLE + "dunlin77 | March 4, 2026 6:02 PM\n"
        "The barge was forty years old, what did they expect?\n"
        "Reply\n"
        "Anna K | March 4, 2026 6:30 PM\n"
        "Close the quay for good.\n"
        "Reply   Report abuse\n"
    )
    assert comments_start(text) == text.index("dunlin77")


def test_a_closing_note_ends_the_comments() -> None:
    text = ARTICLE + "Posted on the harbour blog .\nThe comments to this entry are closed .\n"
    assert comments_start(text) == text.index("The comments to this entry")


def test_a_blog_posts_byline_at_the_top_is_not_a_comment() -> None:
    text = "Posted by Jane Roe on March 4, 2026 at 9:00 AM\n" + ARTICLE * 2
    assert comments_start(text) is None


def test_a_live_blogs_own_signed_entries_are_not_comments() -> None:
    text = (
        ARTICLE + "Posted by Jane Roe on March 4 , 2026 at 10:05 AM\n"
        "Divers reached the barge 's hull at ten , the authority said .\n"
        "Posted by Ken Abara on March 4 , 2026 at 11:20 AM\n"
        "The authority said the leak had been sealed .\n"
    )
    assert comments_start(text) is None


def test_an_article_reporting_what_was_posted_is_not_cut() -> None:
    text = (
        ARTICLE + "A video posted by a resident on March 3 showed the barge listing .\n"
        "A second clip posted by a ferry passenger on March 4 showed the slick .\n"
    )
    assert comments_start(text) is None


def test_no_stage_reads_the_signed_comments() -> None:
    text = ARTICLE + COMMENTS
    found, _ = attributions_of(text)
    contents = [a.content.text for a in found]
    assert any("reopen the quay" in c for c in contents), contents
    assert not any("slick is much bigger" in c for c in contents), contents
    names = {a.name for a in actors_of(text).actors}
    assert "Petra Lund" in names
    assert not any("harbourwatch" in n or "gull" in n for n in names), names


def test_no_event_is_read_from_the_signed_comments() -> None:
    comment = (
        "Posted by : quaysider | March 4 , 2026 7:12 PM | Report abuse "
        "Police arrested the harbour master Ivo Brandt in Selmar on Tuesday .\n"
        "Posted by : tern | March 4 , 2026 7:20 PM | Report abuse Shame .\n"
    )
    article = (
        "Police arrested the barge captain Ansel Moor in Selmar on Tuesday , the port "
        "authority said .\n"
    ) + ARTICLE
    triggers = {e.trigger.text for e in read_event_text(article).events}
    after = read_event_text(article + comment).events
    assert {e.trigger.text for e in after} == triggers
    assert all(e.trigger.start < len(article) for e in after)


def test_reuters_wire_copy_has_no_comment_section() -> None:
    path = require_shared("data/corpora/reuters21578/articles.jsonl")
    checked = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = (record.get("title") or "") + "\n" + (record.get("body") or "")
            assert comments_start(text) is None, record["id"]
            checked += 1
    assert checked > 20000


def test_the_examples_have_no_comment_section() -> None:
    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
    assert examples
    for path in examples:
        assert comments_start(path.read_text(encoding="utf-8")) is None, path.name
