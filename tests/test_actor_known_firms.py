"""Well-known firms, game publishers among them, are organisations of their home country
(issue 21): "Capcom said" is no person, "Spotify" is Swedish whatever the story's country.
Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def actors(text: str) -> dict[str, tuple]:
    table = find_actors(parse(text), article(text, dt.date(2016, 6, 1)))
    return {a.name: (a.kind, a.country, a.sector) for a in table.actors}


def test_game_publishers_are_firms_of_their_home_country():
    found = actors("Capcom and Ubisoft both said the release would slip to spring.")
    assert found["Capcom"] == ("organisation", "JPN", "BUS")
    assert found["Ubisoft"] == ("organisation", "FRA", "BUS")


def test_a_known_firm_keeps_its_country_in_another_countrys_story():
    found = actors("Spotify said on Monday it would open an office in Lagos, Nigeria.")
    assert found["Spotify"][:2] == ("organisation", "SWE")
