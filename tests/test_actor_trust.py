"""Records a user can trust, second round (issue 21, session 30): groups that name no group in
particular, a company described rather than named, a country that decides as its government,
descriptions that belong to the name after them, places a report was filed from, and the
country of a state's organ from the clause it acts in. Sentences written for dateline."""

import datetime as dt

from dateline.actors import ActorTable, find_actors
from dateline.language import parse
from tests.stages import article


def actors_of(text: str, date: str = "2012-03-05") -> ActorTable:
    return find_actors(parse(text), article(text, dt.date.fromisoformat(date)))


def kinds(text: str, date: str = "2012-03-05") -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in actors_of(text, date).actors}


def test_a_group_of_any_or_how_many_has_no_referent():
    found = kinds(
        "How many growers were ruined last year? No court can decide that, the minister said."
    )
    assert not any("growers" in name or "court" in name for name in found)


def test_a_group_of_what_might_be_has_no_referent():
    found = kinds("A stronger opposition would demand answers from the cabinet of Belgium.")
    assert not any("opposition" in name for name in found)


def test_a_named_group_stays():
    found = kinds("The Peruvian police arrested four men in Lima on Monday.")
    assert found.get("Peruvian police") == ("group", "PER")


def test_a_bare_singular_group_word_is_an_idea_or_a_place():
    found = kinds("The governor has full authority over the port, and the case went to court.")
    assert not any(name in ("full authority", "court") for name in found)


def test_a_government_office_is_a_thing_of_the_government():
    found = kinds("Strikers closed several government offices in Quito.")
    assert "government" not in found


def test_a_company_described_in_apposition_is_that_company():
    table = actors_of("The tanker was leased from a Norwegian firm, Nordic Tankers, last year.")
    found = {a.name: a for a in table.actors}
    assert "Norwegian firm" not in found and "Norway" not in found
    assert "Norwegian firm" in {m.text for m in found["Nordic Tankers"].mentions}


def test_a_company_only_described_is_no_group_and_its_nationality_no_actor():
    found = kinds("The Dutch firm said it would appeal the fine.")
    assert found == {}


def test_a_country_that_decides_is_its_government_one_that_suffers_the_land():
    found = actors_of("Portugal announced new border checks. Floods hit Portugal again.").actors
    # session 47: the land floods hit is where they struck, no party (as "Portugal was hit by
    # floods" since session 46): only the government that decided is a record
    assert sorted((a.kind, a.country) for a in found) == [("government", "PRT")]
    assert next(a for a in found if a.kind == "government").mentions[0].start == 0


def test_a_country_in_a_list_of_agents_is_its_government():
    found = kinds("Tariffs were imposed by Canada and Mexico on steel.")
    assert found.get("Canada") == ("government", "CAN")


def test_where_a_report_was_filed_from_or_a_disease_spread_to_is_a_place():
    found = kinds("Ruiz reported from Washington. Doctors fear the virus could spread to Chile.")
    assert "Washington" not in found and "Chile" not in found


def test_a_state_organ_takes_the_country_its_clause_is_placed_in():
    found = kinds(
        "Peru sent doctors to Peru's north. In Ecuador, where dozens have died, the "
        "government has ordered schools shut."
    )
    assert found.get("government") == ("government", "ECU")


def test_a_description_followed_by_a_name_is_that_persons():
    table = actors_of(
        "The Irish finance minister, Brian Lenihan, said the banks were sound. The meeting "
        "was later chaired by the finance minister, Aoife Kerr.",
        "2010-09-01",
    )
    lenihan = next(a for a in table.actors if a.name == "Brian Lenihan")
    assert [m.text for m in lenihan.mentions] == ["Irish finance minister", "Brian Lenihan"]
    kerr = next(a for a in table.actors if a.name == "Aoife Kerr")
    assert "finance minister" in {m.text for m in kerr.mentions}


def test_a_state_in_a_description_needs_a_person_known_of_that_state():
    table = actors_of(
        "Republican Sen. Ward Halvorsen issued a statement on Monday. Later the Oregon "
        "senator said he would vote no.",
        "2016-02-08",
    )
    halvorsen = next(a for a in table.actors if a.name == "Ward Halvorsen")
    assert "the Oregon senator" not in {m.text for m in halvorsen.mentions}


def test_a_then_office_holder_is_former():
    table = actors_of(
        "The mission arrived in 2004 after a revolt against then-president Marcel Dorlean.",
        "2010-01-13",
    )
    person = next(a for a in table.actors if a.name == "Marcel Dorlean")
    assert person.role == "former president"


def test_a_well_known_federal_agency_has_its_country():
    found = kinds("The forecast came from NOAA. The FAA said it had grounded small planes.")
    assert found.get("National Oceanic and Atmospheric Administration") == (
        "organisation",
        "USA",
    )
    assert found.get("Federal Aviation Administration") == ("organisation", "USA")


def test_a_capital_owning_a_thing_or_named_as_an_origin_is_a_place():
    table = actors_of(
        "She was stuck at Madrid's main airport. Many delegates came from Madrid and Porto. "
        "Talks with Madrid resumed, and Madrid's decision surprised Brussels."
    )
    madrid = next(a for a in table.actors if a.name == "Madrid")
    assert (madrid.kind, madrid.country, len(madrid.mentions)) == ("government", "ESP", 2)


def test_an_army_of_people_is_those_people():
    table = actors_of(
        "An army of volunteers cleaned the beaches, and the army of Chile sent trucks."
    )
    armies = [(a.kind, a.country, a.mentions[0].start) for a in table.actors if a.name == "army"]
    assert armies == [("organisation", "CHL", 51)]  # "the army of Chile" only: one body


def test_an_acronym_written_with_full_stops_is_the_known_body():
    found = kinds("The F.B.I. said it had found nothing.")
    assert found == {"Federal Bureau of Investigation": ("organisation", "USA")}


def test_a_nationality_and_role_in_apposition_describe_the_name_before_them():
    table = actors_of(
        "Tomas Verhaal, a Dutch official in the port of Rotterdam, said ships were held."
    )
    assert [(a.name, a.country) for a in table.actors if a.kind == "person"] == [
        ("Tomas Verhaal", "NLD")
    ]


def test_where_a_person_is_from_gives_the_persons_country():
    found = kinds(
        "Floods swept Haiti again. Ellen Marsh, from Leeds, raised money for the appeal. "
        "Dale Hutto, 52, of Tulsa, Okla., said he would fly down. Haiti was hit hard."
    )
    assert found.get("Ellen Marsh") == ("person", "GBR")
    assert found.get("Dale Hutto") == ("person", "USA")


def test_an_acronym_of_a_un_body_is_of_no_country():
    found = kinds("UNDP said it would pay for the shelters in Haiti, as Haiti asked.")
    # (a known body since session 46: its canonical name)
    assert found.get("UN Development Programme") == ("organisation", None)


def test_an_outlet_asking_for_comment_is_no_actor():
    found = kinds("The mayor's office did not respond to Reuters' request for comment on Friday.")
    assert "Reuters" not in found
