"""Countries the text gives (issue 21, session 57). A wire report filed from the country its
story is about ("ANKARA (Reuters) - ") places the offices and organs of a state it names bare
there ("the Health Ministry's spokesman", "Central bank Governor X") even where the lines
before name another country; a dateline whose date follows the place with no comma ("LIMA
May 19 (Reuters)") is read whole. A country that owns the common noun of a state's body, a
party or a bank that acts ("Peru's central bank said") is that body's country. A worker
"from" a body ("a visiting official from the US Department of Agriculture") is of that body.
Sentences written for dateline; places and known bodies real, people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article
from dateline.text.wirelines import wire_dateline


def actors(text: str, source: str = "reuters") -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2009, 5, 16), source=source)
    return find_actors(parse(text), article).actors


def country_of(text: str, name: str) -> str | None:
    return next(a.country for a in actors(text) if a.name == name)


FILED_AT_HOME = (
    "ANKARA, May 16 (Reuters) - Turkey on Saturday confirmed its first case of the flu in a "
    "traveller who had flown in from the United States, Turkish officials said. Turkey has "
    "closed two schools. Turkey will test all the passengers. The man was flying on to Iraq "
    "with his wife, Harun Demirel, the Health Ministry's spokesman, told Reuters."
)


def test_a_ministrys_spokesman_in_a_report_filed_from_the_storys_country_is_of_it():
    assert country_of(FILED_AT_HOME, "Harun Demirel") == "TUR"


def test_the_same_spokesman_in_a_report_filed_elsewhere_takes_no_guess():
    # a guard: filed from London, the lines before name the United States and Iraq too
    text = FILED_AT_HOME.replace("ANKARA, May 16", "LONDON, May 16")
    assert country_of(text, "Harun Demirel") is None


FILED_WITHOUT_COMMA = (
    "LIMA May 19 (Reuters) - Peru's economy will shrink this year, Finance Minister Luis "
    "Carranza said. Peru sells most of its copper to China and the United States, where "
    "demand has fallen. Peru expects a recovery next year. Central bank Governor Julio "
    "Velarde said the flu would cost 0.3 percent of output."
)


def test_a_dateline_with_a_date_and_no_comma_is_read_whole():
    span = wire_dateline(FILED_WITHOUT_COMMA)
    assert span is not None and FILED_WITHOUT_COMMA[span[0] : span[1]].startswith("LIMA May 19")


def test_a_central_bank_governor_in_a_report_filed_from_the_storys_country_is_of_it():
    assert country_of(FILED_WITHOUT_COMMA, "Julio Velarde") == "PER"


def test_an_office_of_a_stated_other_country_keeps_it_in_a_report_filed_at_home():
    # a guard: a nationality in the title says whose office it is
    text = FILED_AT_HOME.replace(
        "Harun Demirel, the Health Ministry's spokesman", "Iraqi Health Minister Salim Abbas"
    )
    assert country_of(text, "Salim Abbas") == "IRQ"


# a country that owns a state's body, a party or a bank that acts is that body's country


def test_a_countrys_central_bank_that_acts_is_a_body_of_that_country():
    text = "Prices rose again in Peru. Peru's central bank said on Monday it would cut rates."
    bank = next(a for a in actors(text) if a.kind == "organisation")
    assert (bank.name, bank.country) == ("Peru's central bank", "PER")


def test_a_countrys_ruling_party_named_twice_is_one_body_of_that_country():
    text = (
        "Peru's ruling party won the vote on Sunday. Turnout was low. Peru's ruling party "
        "said it would form a government."
    )
    parties = [a for a in actors(text) if a.kind == "organisation"]
    assert [(a.country, len(a.mentions)) for a in parties] == [("PER", 2)]


def test_the_central_banks_of_two_countries_are_two_bodies():
    text = (
        "Prices rose again in Peru and Chile. Peru's central bank said it would act, and "
        "Chile's central bank said it would wait."
    )
    banks = [a.country for a in actors(text) if a.kind == "organisation"]
    assert sorted(banks) == ["CHL", "PER"]


def test_a_countrys_network_or_capital_is_no_body():
    # a guard: a thing of the country, not a body of it, leaves the country as it was
    text = "Peru's rail network was cut by the floods, and Peru's capital was calm."
    assert not [a for a in actors(text) if a.kind == "organisation"]


# a worker "from" a body is of that body (and of its country), not from a town so labelled

QUAKE = "Chile was hit by a strong quake on Tuesday, and Chile asked for help. Chile is poor. "


def test_an_official_from_a_states_department_is_of_that_state():
    text = QUAKE + (
        "Ana Ruiz, a visiting official from the US Department of Agriculture, said she had "
        "seen houses fall."
    )
    assert country_of(text, "Ana Ruiz") == "USA"


def test_an_engineer_from_a_known_firm_is_of_its_country():
    text = QUAKE + "Ana Ruiz, an engineer from Bechtel, said she had seen houses fall."
    assert country_of(text, "Ana Ruiz") == "USA"


def test_a_customer_from_a_firm_is_not_of_it():
    # a guard: "from" after a noun of no worker names no employer (nor its country)
    text = QUAKE + "Ana Ruiz, a longtime customer from Bechtel, said she had seen houses fall."
    assert country_of(text, "Ana Ruiz") != "USA"
