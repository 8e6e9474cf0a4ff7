"""The list of other stories a page closes with (a "Related stories" label or none, then short
capitalised lines with no sentence end) ends the article's reading for every stage, as its
readers' comments do; a menu at the top, a heading inside the article, a wire's table or its
capitals are no such list. The pages are written for these tests."""

from __future__ import annotations

from dateline.text.furniture import headline_list_start, reading_end
from tests.stages import actors_of, attributions_of

ARTICLE = (
    "The regional council of Arnvale approved a new flood wall on Tuesday after a week of "
    "debate.\n"
    '"The wall will protect four hundred homes," said Ines Moreau, who chairs the council\'s '
    "works committee.\n"
    "Work on the wall is due to begin in May and to end before the autumn storms, the council "
    "said in a statement.\n"
)
RELATED = (
    "Related stories\n"
    "Governor Tomas Hale Resigns Over Ferry Contract\n"
    "Fishermen Protest Quota Cuts in Selmar Harbour\n"
    "Why the Northern Railway Is Running Late Again\n"
    "Dam Inspection Ordered After Spring Floods\n"
)


def test_a_closing_list_of_other_stories_ends_the_reading() -> None:
    text = ARTICLE + RELATED
    assert headline_list_start(text) == text.index("Related stories")
    assert reading_end(text) == text.index("Related stories")
    assert reading_end(ARTICLE + RELATED.replace("Related stories\n", "")) == len(ARTICLE)


def test_no_actor_or_quote_is_read_from_the_list() -> None:
    text = ARTICLE + RELATED
    names = {a.name for a in actors_of(text).actors}
    assert "Ines Moreau" in names
    assert not any("Hale" in n for n in names), names
    found, _ = attributions_of(text)
    assert any("four hundred homes" in a.content.text for a in found)


def test_a_menu_at_the_top_is_no_closing_list() -> None:
    menu = "Home\nWorld News\nLocal Politics\nSport and Leisure\n"
    assert headline_list_start(menu + ARTICLE) is None


def test_two_short_lines_are_no_list() -> None:
    text = ARTICLE + "Reporting by Ana Ruiz\nEditing by Tom Bell\n"
    assert headline_list_start(text) is None


def test_headings_inside_the_article_are_no_closing_list() -> None:
    text = (
        ARTICLE + "What Happens Next\nThe council will vote on the budget in June.\n"
        "Who Pays for the Wall\nThe region pays two thirds and the towns the rest.\n"
    )
    assert headline_list_start(text) is None


def test_a_wire_table_or_a_line_in_capitals_is_no_headline() -> None:
    table = ARTICLE + "MAR8 6340B 6350A 6325\nMAY8 6380B 6390A 6365\nJUL8 6420B 6430A 6405\n"
    assert headline_list_start(table) is None
    shouted = ARTICLE + "--PORT OF SELMAR CLOSED\n--FERRY FARES RISE\n--NEW DAM INSPECTED\n"
    assert headline_list_start(shouted) is None
