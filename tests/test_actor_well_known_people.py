"""Well-known people news names without a country, and earlier leaders (issue 21): the shipped
``people.toml`` gives them their country; a namesake the text places elsewhere keeps the
text's country. Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.actors.known import shipped_known
from dateline.language import parse
from tests.stages import article


def people(text: str, day: dt.date = dt.date(2012, 6, 1)) -> dict[str, tuple]:
    table = find_actors(parse(text), article(text, day))
    return {
        a.name: (a.country, a.country_basis, a.role) for a in table.actors if a.kind == "person"
    }


def test_a_well_known_actor_is_of_his_country():
    found = people("George Clooney and Meryl Streep read the appeal on air.")
    assert found["George Clooney"][:2] == ("USA", "known")
    assert found["Meryl Streep"][0] == "USA"


def test_a_well_known_business_person_is_of_their_country():
    assert (
        people("Richard Branson said the airline would add flights.")["Richard Branson"][0] == "GBR"
    )


def test_an_earlier_prime_minister_is_a_former_one_of_his_country():
    found = people("The crisis that ended Anthony Eden's career is taught in schools.")
    assert found["Anthony Eden"] == ("GBR", "known", "former prime minister")


def test_an_earlier_leader_names_his_government():
    text = "The Macmillan government sold the idea to the voters, Ada Bell wrote."
    table = find_actors(parse(text), article(text, dt.date(2012, 6, 1)))
    government = next(a for a in table.actors if a.kind == "government")
    assert government.country == "GBR"


def test_a_namesake_the_text_places_elsewhere_keeps_the_texts_country():
    # a farmer who shares a well-known executive's name
    assert people("Tim Cook, 52, of Leeds, said the crops failed.")["Tim Cook"][0] == "GBR"


def test_a_known_office_holder_still_takes_the_offices_country():
    # the office decides, even against a nationality word the text puts before the name
    assert people("Prime Minister Gordon Brown met the nurses.")["Gordon Brown"][0] == "GBR"


def test_every_well_known_person_has_a_country():
    # people.toml is for giving a country: an entry without one would give nothing
    names = {p.name for p in shipped_known().people}
    assert {"George Clooney", "Anthony Eden", "Carly Fiorina", "Harry S. Truman"} <= names
    assert all(p.country for p in shipped_known().people if not p.offices)


def test_a_known_person_the_text_also_places_stays_a_known_record():
    # a party word gives the same country the knowledge file does: still the known person
    text = "In a long campaign, a party nominee -- the Republican Barack Obama -- spoke of trade."
    found = people(text, dt.date(2005, 6, 1))
    assert found["Barack Obama"][:2] == ("USA", "known")
