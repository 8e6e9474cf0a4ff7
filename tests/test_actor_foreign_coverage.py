"""The story's country as a guess in foreign coverage (issue 21): when the article's outlet
(``Article.source``) is a known one from another country than the story's, only a person or
body of the story's state, named where the lines name that country, takes it; a reporter, a
visitor or a firm named in a story abroad keeps no country rather than a wrong one. Domestic
coverage and articles of no known source guess as before. Sentences written for dateline
(fictional people and bodies; real outlets as the knowledge files give them)."""

import datetime as dt

from dateline.actors import ActorTable, find_actors
from dateline.actors.known import shipped_known
from dateline.language import parse
from dateline.model import Article

# a story mostly about Kenya
STORY = (
    "Kenya's government said the new port would open next year. Kenya will pay for it, "
    "the government said. Maria Kostaki, a reporter, said the crowds were large. "
    "Tomas Rell said he had travelled for a week to see it. Kenya said the deal was good."
)
OFFICIAL = (
    "Kenya says the roads are closed. In Kenya, the transport minister, Joseph Kamau, said "
    "the roads would reopen. Kenya's government agreed. Kenya said the deal was good."
)


def actors_of(text: str, source: str | None) -> ActorTable:
    published = dt.date(2011, 2, 3)
    return find_actors(parse(text), Article(id="t", text=text, published=published, source=source))


def country(table: ActorTable, name: str) -> str | None:
    return next(a.country for a in table.actors if a.name == name)


def test_a_reporter_in_a_story_abroad_takes_no_guessed_country():
    table = actors_of(STORY, "bbc")
    assert country(table, "Maria Kostaki") is None


def test_a_person_who_only_speaks_in_a_story_abroad_takes_no_guessed_country():
    table = actors_of(STORY, "washingtonpost")
    assert country(table, "Tomas Rell") is None


def test_the_same_people_in_domestic_coverage_keep_the_guess():
    # a Kenyan outlet is not known here; a source of no known outlet guesses as before
    for source in (None, "Daily Kestrel"):
        table = actors_of(STORY, source)
        assert country(table, "Maria Kostaki") == "KEN"


def test_an_official_of_the_storys_state_named_where_it_is_placed_keeps_the_guess():
    table = actors_of(OFFICIAL, "guardian")
    assert country(table, "Joseph Kamau") == "KEN"


def test_the_storys_government_keeps_its_country_in_foreign_coverage():
    table = actors_of(STORY, "bbc")
    assert any(a.kind == "government" and a.country == "KEN" for a in table.actors)


def test_outlets_are_found_as_feeds_and_corpora_write_their_names():
    known = shipped_known()
    assert known.outlet("bbc").country == "GBR"
    assert known.outlet("https://www.theguardian.com/world/x").country == "GBR"
    assert known.outlet("washingtonpost").country == "USA"
    assert known.outlet("wash-post").country == "USA"
    assert known.outlet("huff-post").country == "USA"
    assert known.outlet("Fox News").country == "USA"


def test_a_source_that_is_no_known_outlet_is_none():
    known = shipped_known()
    assert known.outlet(None) is None
    assert known.outlet("") is None
    assert known.outlet("kestrel-weekly") is None
    assert known.outlet("boeing") is None  # a known firm, but no outlet


def test_foreign_coverage_of_a_story_whose_named_people_are_mostly_its_own_keeps_the_guess():
    # a British outlet on a Kenyan story whose people the text places in Kenya: the others
    # named are as likely Kenyan too
    text = (
        "Kenya's government said the port would open. Kenyan farmer Ali Moi and Kenyan "
        "trader Ruth Wanjiru welcomed it. Kenyan lawyer Joe Oti agreed. Tomas Rell said he "
        "would use it. Kenya said the deal was good."
    )
    table = actors_of(text, "bbc")
    assert country(table, "Tomas Rell") == "KEN"
