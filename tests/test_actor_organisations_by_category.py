"""Organisations the knowledge names by whole categories (session 46, issue 21): wire agencies
and outlets of one country, the largest firms by country, security services and forces named
without their country, armed groups, parties of one country, charities, think tanks, pollsters
and universities. A body the knowledge holds gives its name, country and sector, and its people
the body's country; names shared by bodies of several countries, towns and surnames are not
taken. Sentences written for dateline; invented people, well-known bodies."""

import datetime as dt

import pytest

from dateline.actors import find_actors
from dateline.actors.known import shipped_known
from dateline.model import Article
from tests.stages import actor_named, parse


def actors_on(text: str, published: dt.date = dt.date(2010, 6, 15)):
    return find_actors(parse(text), Article(id="t", text=text, published=published))


# -- the knowledge itself: one body per category, its country and sector ----------------------


@pytest.mark.parametrize(
    ("name", "canonical", "country", "sector"),
    [
        ("Jiji Press", "Jiji Press", "JPN", "MED"),  # a wire agency
        ("Sun newspaper", "The Sun newspaper", "GBR", "MED"),  # a paper, by its wire form
        ("Mena news agency", "Middle East News Agency", "EGY", "MED"),
        ("Shell", "Royal Dutch Shell", "NLD", "BUS"),  # a firm by its short name
        ("Gilead Sciences Inc", "Gilead Sciences", "USA", "BUS"),  # a legal form dropped
        ("SunTrust Robinson Humphrey", "SunTrust Banks", "USA", "BUS"),
        ("Petroleos de Venezuela", "PDVSA", "VEN", "BUS"),
        ("Mossad", "Mossad", "ISR", "SPY"),  # a service named without its country
        ("Royal Navy", "Royal Navy", "GBR", "MIL"),
        ("Quai d'Orsay", "Quai d'Orsay", "FRA", "GOV"),  # a seat standing for a ministry
        ("Bureau of Indian Affairs", "Bureau of Indian Affairs", "USA", "GOV"),
        ("Boko Haram", "Boko Haram", "NGA", "REB"),  # an armed group of one conflict
        ("Front National", "National Rally", "FRA", "PTY"),  # a party, by its former name
        ("Tearfund", "Tearfund", "GBR", "NGO"),  # a charity of one country
        ("Reporters Without Borders", "Reporters Without Borders", None, "NGO"),  # of none
        ("Quinnipiac", "Quinnipiac University", "USA", "EDU"),  # a pollster
        ("World Intellectual Property Organization", None, None, "IGO"),
        ("U2", "U2", "IRL", None),  # a band
    ],
)
def test_a_known_body_of_each_category(name, canonical, country, sector):
    found = shipped_known().organisation(name.lower())
    assert found is not None
    assert (found.name, found.country, found.sector) == (canonical or found.name, country, sector)


@pytest.mark.parametrize(
    "name",
    [
        "ABC",  # the US network, Australia's broadcaster, a Spanish paper
        "Labour",  # parties of Britain, Israel, Norway, ...
        "Conservative Party",
        "Times",  # the New York Times to its readers, the London Times to others
        "Sun",  # a British tabloid, a US computer maker, papers of Baltimore and Toronto
        "Islamic Jihad",  # Palestinian, Egyptian and Lebanese groups of that name
        "Export-Import Bank",  # of the US, Japan, China, Korea
        "Security Service",
        "National Front",
        "CTV",  # Canada's network, Venezuela's workers' confederation
        "Carrefour",  # a town of Haiti as well as a French grocer
        "Dell",  # a surname before it is a firm ("Dell Inc" would drop its form to it)
        "Target",
        "Rand",  # Rand Paul
        "Kraft",
        "Visa",  # a card network, a carmaker's model, a travel document
    ],
)
def test_a_name_bodies_of_several_countries_or_people_share_is_not_known(name):
    assert shipped_known().organisation(name.lower()) is None


# -- reading: a known body and its people -------------------------------------------------------


def test_a_firm_named_short_gets_its_country_and_its_spokesman_too():
    text = (
        "Oil prices rose on Tuesday. Shell said it would shut two platforms in the Gulf. "
        "Shell spokeswoman Dana Whitcombe said the crews were safe."
    )
    found = actors_on(text)
    firm = actor_named(found, "Royal Dutch Shell")
    assert (firm.kind, firm.country, firm.sector) == ("organisation", "NLD", "BUS")
    assert actor_named(found, "Dana Whitcombe").country == "NLD"


def test_an_analyst_of_a_known_bank_takes_the_banks_country():
    text = (
        'Shares of the software maker fell 4 percent. "The quarter was weak," said Owen '
        "Tasker, an analyst at SunTrust Robinson Humphrey."
    )
    assert actor_named(actors_on(text), "Owen Tasker").country == "USA"


def test_a_wire_agency_named_with_its_news_words_is_the_agency():
    text = (
        "The health ministry ordered all pig herds culled, the Mena news agency reported. "
        "Officials said the order would be carried out within a week."
    )
    agency = actor_named(actors_on(text), "Middle East News Agency")
    assert (agency.country, agency.sector) == ("EGY", "MED")


def test_a_security_service_named_without_its_country():
    text = "Mossad warned the cabinet on Sunday that the group was rearming, officials said."
    service = actor_named(actors_on(text, dt.date(2012, 3, 4)), "Mossad")
    assert (service.country, service.sector) == ("ISR", "SPY")


def test_a_haitian_town_that_shares_a_grocers_name_stays_a_town():
    # guard: "Carrefour", a town near the Haitian capital, is no French firm
    text = (
        "Rescuers reached Carrefour on Friday, where most houses had collapsed. The mayor of "
        "Carrefour said thousands were homeless."
    )
    found = actors_on(text, dt.date(2010, 1, 16))
    assert not any(a.name == "Carrefour" and a.country == "FRA" for a in found.actors)


def test_a_national_unit_named_with_its_country_keeps_that_country():
    # guard: "Shell Canada" is the Canadian company, not the group "Shell" alone names
    text = (
        "Kestrel Sands Corp said it finished its oil sands tests under its agreement with Shell "
        "Canada Limited. It said Shell Canada would pay a bonus."
    )
    found = actors_on(text, dt.date(1987, 4, 1))
    assert actor_named(found, "Shell Canada").country == "CAN"
    assert not any(a.name == "Royal Dutch Shell" for a in found.actors)
