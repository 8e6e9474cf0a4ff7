"""Page furniture glued into a story's lines (issue 21, session 60): a live page opens each
entry with its clock time ("2050 Chile's President, X, ..."), which the parser runs into the
entry's first noun phrase, and a video player's notice ("To play this content JavaScript must
be turned on ...") names software the model reads as a body. The stamp is no word of the
description, the notice's software no actor. Guards: four figures opening one line only (no
live page), a headline the notice is glued to. Sentences written for dateline; people
invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2010, 1, 13), source="bbc")
    return find_actors(parse(text), article).actors


def mentions_of(text: str, name: str) -> list[str]:
    return [m.text for a in actors(text) if a.name == name for m in a.mentions]


LIVE_PAGE = (
    "Live updates on the flood (All times GMT.)\n"
    "2050 Chile 's President , Marta Solis , has offered help to Peru .\n"
    "2032 Canada 's Governor General , Rosa Lind , urges Peruvians to stand firm .\n"
    "1756 Officials in Lima say the river is still rising .\n"
)


def test_live_page_stamp_is_no_word_of_the_description():
    found = mentions_of(LIVE_PAGE, "Marta Solis")
    assert "Chile 's President" in found
    assert not any(m[:1].isdigit() for m in found)


def test_live_page_stamp_before_a_governor_general():
    found = mentions_of(LIVE_PAGE, "Rosa Lind")
    assert "Canada 's Governor General" in found
    assert not any(m[:1].isdigit() for m in found)


def test_guard_a_year_opening_one_line_is_no_stamp():
    # one line opening with four figures is no live page: the year stays the chunk's
    text = (
        "Live updates on the flood (All times GMT.)\n"
        "2050 Chile 's President , Marta Solis , has offered help to Peru .\n"
        "Officials in Lima say the river is still rising .\n"
    )
    assert "2050 Chile 's President" in mentions_of(text, "Marta Solis")


def test_video_players_notice_names_no_actor():
    text = (
        "Our reporter sent this account from Lima . To play this content JavaScript must be "
        "turned on and the latest Flash player installed .\n"
        "Peru 's President Alan Garcia visited the town on Tuesday .\n"
    )
    names = {a.name for a in actors(text)}
    assert "JavaScript" not in names
    assert "Alan Garcia" in names


def test_player_notice_glued_to_a_headline_keeps_the_headline():
    text = (
        "Peru floods : Red Cross warns of disease To play this content JavaScript must be "
        "turned on and the latest Flash player installed .\n"
        "The Red Cross said on Tuesday that clean water was running out .\n"
    )
    names = {a.name for a in actors(text)}
    assert "JavaScript" not in names
    assert "Red Cross" in names
