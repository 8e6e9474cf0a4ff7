"""Whose actor it is, and of what country (issue 21, session 56). One word after "the" that
ends the name of an organisation named before is that body's short name, no person ("the
Oakridge Gazette ... The Gazette said"). "That country's leader" is of the country named
last, not a leader of another state named earlier. A country's name before a player's
position is the national side's ("Ghana midfielder X"). The story's country is no guess for
an actor whose sentence names it as the other side ("negotiate with Iran"). Sentences written
for dateline; places real, people, papers and bodies invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor
from tests.stages import article


def actors(text: str) -> tuple[Actor, ...]:
    return find_actors(parse(text), article(text, dt.date(2026, 4, 9))).actors


def holder(text: str, word: str) -> Actor | None:
    """The record holding the last mention written ``word``, or None."""
    at = text.rindex(word)
    return next((a for a in actors(text) for m in a.mentions if m.start == at), None)


def country_of(text: str, name: str) -> str | None:
    return next(a.country for a in actors(text) if a.name == name)


# a paper's short name


def test_a_papers_last_word_after_the_is_the_paper():
    text = (
        "According to the Oakridge Gazette, the mill will close in June. The Gazette said "
        "300 jobs would go."
    )
    found = holder(text, "Gazette")
    assert found is not None and found.name == "Oakridge Gazette"
    assert not any(a.kind == "person" for a in actors(text))


def test_a_surname_alone_stays_the_persons():
    text = (
        "Mara Quill, a lawyer for the Tarsk Mining Company, said the mine was safe. Quill "
        "said the inspectors had found nothing."
    )
    found = holder(text, "Quill")
    assert found is not None and found.name == "Mara Quill"


# "that country's" leader


def test_that_countrys_leader_is_not_a_leader_of_the_state_named_before():
    text = (
        "Peru's president, Dario Mens, said on Monday that Chile must pay its debts. He "
        "spoke after a visit to Santiago, where that country's leader promised reforms."
    )
    found = holder(text, "that country's leader")
    assert found is None or (found.name != "Dario Mens" and found.country == "CHL")


def test_that_countrys_leader_stays_the_leader_named_of_that_country():
    text = (
        "President Dario Mens of Peru met the Chilean president, Alma Ruiz, on Monday. "
        "Chile's economy is growing, and that country's leader said trade would rise."
    )
    found = holder(text, "that country's leader")
    assert found is not None and found.name == "Alma Ruiz"


# a national side's player


def test_a_countrys_name_before_a_players_position_gives_the_country():
    text = (
        "Peru lost 2-1 to Ghana in Lima on Sunday, and Peru's coach, Raul Ibarra, resigned. "
        "The Ghana midfielder Kwame Obeng scored twice."
    )
    assert country_of(text, "Kwame Obeng") == "GHA"


def test_a_player_of_the_visiting_side_is_not_of_the_storys_country():
    text = "Fans in Lima booed Peru on Sunday. Ghana striker Kwame Obeng scored twice."
    assert country_of(text, "Kwame Obeng") == "GHA"


# the other side is no guess


def test_the_country_an_administration_negotiates_with_is_not_its_own():
    text = (
        "The Obrin administration said on Tuesday it was ready to negotiate with Iran. "
        "Officials said the talks in Geneva would start soon."
    )
    assert country_of(text, "Obrin administration") != "IRN"


def test_a_government_named_alone_keeps_the_storys_country():
    text = (
        "Floods cut roads across Kenya on Tuesday. The government said it would send "
        "soldiers to the worst-hit towns."
    )
    assert country_of(text, "government") == "KEN"


# a "they" after a people


def test_they_after_a_people_as_subject_is_not_the_forces():
    text = (
        "Haiti's security forces patrolled the capital on Monday. Haitians have suffered "
        "for years, and they deserve better, the minister said."
    )
    found = holder(text, "they")
    assert found is None or found.name != "security forces"


def test_they_after_the_forces_alone_stays_theirs():
    text = (
        "Haiti's security forces patrolled the capital on Monday. They arrested six men "
        "near the port."
    )
    found = holder(text, "They")
    assert found is not None and found.name == "security forces"


# a nationality stated after the name


def test_a_reporters_stated_nationality_comes_before_the_outlets_country():
    text = "Al Jazeera's Pieter Janssen, who is Dutch, was detained in Cairo on Monday."
    assert country_of(text, "Pieter Janssen") == "NLD"


def test_a_reporter_of_no_stated_nationality_keeps_the_outlets_country():
    text = "Al Jazeera's Pieter Janssen was detained in Cairo on Monday."
    assert country_of(text, "Pieter Janssen") == "QAT"
