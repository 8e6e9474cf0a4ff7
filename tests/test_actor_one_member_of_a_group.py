"""One member of a group is no group (issue 21): "punched a protester", "a farmer said", "one
soldier was hurt" name a single unnamed person, whom a group record would type wrongly; the
group itself ("protesters", "the army") keeps its record. Likewise "a Peruvian", "the
Peruvian" (one person of a nation) is no mention of the country.
Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article

KENYA_STORY = " Kenya agreed to it. Kenya signed the deal."


def groups(text: str) -> list[str]:
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    return [a.name for a in table.actors if a.kind == "group"]


def test_a_protester_struck_is_no_group():
    text = "A man punched a young protester in the face at the rally." + KENYA_STORY
    assert not any("protester" in name for name in groups(text))


def test_a_farmer_who_speaks_is_no_group():
    text = '"The rain came too late," a farmer near the river said.' + KENYA_STORY
    assert not any("farmer" in name for name in groups(text))


def test_protesters_are_a_group():
    text = "Kenyan protesters marched to the palace and burned tyres." + KENYA_STORY
    assert "Kenyan protesters" in groups(text)


def test_the_army_is_a_group():
    # one army is one body: its record is an organisation (session 39), read by the group rules
    text = "The Kenyan army said the border was quiet." + KENYA_STORY
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    assert any("army" in a.name and a.kind == "organisation" for a in table.actors)


def test_one_person_of_a_nation_is_no_mention_of_the_country():
    text = "A Peruvian from Lima had the flu, officials in Seoul said. The Peruvian is in hospital."
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    assert not any(a.kind == "country" and a.country == "PER" for a in table.actors)


def test_a_nation_that_speaks_is_its_government():
    text = "Peru said the plan was good. The Peruvian government signed it."
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    assert any(a.kind == "government" and a.country == "PER" for a in table.actors)


def test_one_persons_nationality_is_no_side():
    text = "A Danish rescue worker was pulled from the rubble. Haiti agreed to it."
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    assert not any(a.country == "DNK" for a in table.actors)


def test_a_whole_people_with_the_still_acts():
    text = "The Swiss arrived early with dogs, officials said. Haiti agreed to it."
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    assert any(a.country == "CHE" for a in table.actors)
