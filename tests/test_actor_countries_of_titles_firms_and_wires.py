"""Countries the text gives in a title, an apposition or a firm's name, countries of well-known
bodies and people, and a few things that are no actors (session 40; sentences written for
dateline, names invented where they are not well known)."""

from __future__ import annotations

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def read(text: str, year: int = 1987):
    return find_actors(parse(text), article(text, dt.date(year, 4, 2))).actors


def actor(text: str, name: str, year: int = 1987):
    found = [a for a in read(text, year) if a.name == name]
    assert found, [a.name for a in read(text, year)]
    return found[0]


# -- countries in titles and appositions ---------------------------------------------------------


def test_a_country_of_two_words_before_a_portfolio_title():
    text = (
        "Chile and Peru asked for more time. New Zealand fisheries minister Tama Rewiti told "
        "the meeting that the quotas would hold."
    )
    person = actor(text, "Tama Rewiti")
    assert (person.country, person.role) == ("NZL", "minister")


def test_a_nationality_before_a_portfolio_title():
    text = "Kenya and Uganda signed the accord. Austrian farm minister Ilse Brandt said so."
    assert actor(text, "Ilse Brandt").country == "AUT"


def test_a_nationality_in_apposition_is_the_persons():
    text = (
        "Kenya and Uganda asked the fund for loans. Ilse Brandt, an Austrian who runs the "
        "fund's lending office, said she would leave in May."
    )
    assert actor(text, "Ilse Brandt").country == "AUT"


def test_a_party_in_apposition_gives_no_country():
    text = "Kenya and Uganda asked for loans. Ilse Brandt, a Democrat, said she would leave."
    assert actor(text, "Ilse Brandt").country != "AUT"


def test_a_firm_of_a_town_after_its_legal_form():
    text = (
        "Dana Kowal, a vice president at Kestrel Pipeline Corp of Denver, said the market "
        "could be in balance by 1990."
    )
    assert actor(text, "Kestrel Pipeline Corp").country == "USA"
    assert actor(text, "Dana Kowal").country == "USA"


def test_a_spokesman_of_a_firm_named_before_the_role():
    text = "Fiat raised its prices. Paolo Ricci, a Fiat spokesman, said sales were strong."
    person = actor(text, "Paolo Ricci")
    assert (person.country, person.role, person.sector) == ("ITA", "spokesman", "BUS")


def test_representatives_from_a_firm_are_no_government():
    text = (
        "Brazil froze its credits. The minister met representatives from Lumen Bank Plc on "
        "Monday. Brazil said it would pay. Brazil agreed to talk."
    )
    group = actor(text, "representatives")
    assert group.sector == "BUS" and group.country != "BRA"


# -- places and the story's country --------------------------------------------------------------


def test_the_university_of_georgia_in_a_us_text_is_american():
    text = (
        "Rhea Dunmore, a marine scientist at the University of Georgia, told the U.S. panel "
        "that the plumes were large."
    )
    assert actor(text, "University of Georgia", 2010).country == "USA"


def test_the_country_georgia_stays_where_no_us_is_named():
    text = "The University of Georgia in Tbilisi said Georgia would reform its schools."
    assert actor(text, "University of Georgia", 2010).country == "GEO"


def test_the_kremlin_before_1992_is_the_soviet_state():
    text = "Four milling machines were sold to the Kremlin, and Moscow denied it."
    assert {a.country for a in read(text, 1987) if a.kind == "government"} == {"SUN"}
    assert {a.country for a in read(text, 2010) if a.kind == "government"} == {"RUS"}


def test_a_state_abbreviation_places_the_story():
    text = (
        "The truck plant in Flint, Mich., will close in May unless a buyer is found, state "
        "officials said on Monday."
    )
    assert actor(text, "state officials").country == "USA"


def test_a_people_named_in_a_quotation_is_no_setting():
    text = (
        '"It is like counting the Indians on the other side of the hill," said Carl Munro, '
        "the panel's chairman. Officials said the count had been wrong from the start."
    )
    assert all(a.country != "IND" for a in read(text, 2010) if a.name != "Indians")


def test_a_capital_acting_is_its_government():
    text = "Manila is seeking a lower spread over the London rate, the finance minister said."
    found = actor(text, "Manila")
    assert (found.kind, found.country) == ("government", "PHL")


def test_a_country_that_acknowledges_is_its_government():
    text = "Earlier this month, Iran acknowledged it had acquired the missiles."
    assert actor(text, "Iran").kind == "government"


# -- well-known bodies and people ---------------------------------------------------------------


def test_well_known_bodies_and_people_have_their_country():
    text = (
        "The Bundesbank wants Britain to clarify its position, said an economist at Shearson "
        "Lehman Brothers Inc. Titanic director James Cameron said the fix had failed."
    )
    assert actor(text, "Bundesbank").country == "DEU"
    assert actor(text, "Shearson Lehman Brothers").country == "USA"
    assert actor(text, "James Cameron").country == "CAN"


def test_bp_s_american_chief_executive():
    text = "Bob Dudley, who led the clean-up, became BP's chief executive last month."
    assert actor(text, "Bob Dudley", 2010).country == "USA"


# -- no actors ------------------------------------------------------------------------------------


def test_a_datelines_day_and_a_drillship_are_no_actors():
    text = (
        "HOUSTON | Thu Jun 3 , 2010 1:34 pm BST HOUSTON - The spill grew again. Workers on the "
        "drillship Ocean Kestrel noticed a leak from a valve."
    )
    names = [a.name for a in read(text, 2010)]
    assert not any("Thu" in name or "Kestrel" in name for name in names), names


def test_a_common_noun_before_a_firms_name_is_no_word_of_it():
    text = "Oil company BP says it will pay for the sand barriers. BP said the work would start."
    assert [a.name for a in read(text, 2010) if a.kind == "organisation"] == ["BP"]


def test_a_title_abbreviation_ending_a_body_is_cut():
    text = "The paper asked the candid Coast Guard Adm. Mara Quist about the leak."
    assert "Coast Guard" in [a.name for a in read(text, 2010)]
    assert not any("Adm" in a.name for a in read(text, 2010))


def test_a_legal_form_alone_is_no_actor():
    text = "Many firms, including Merrill Lynch and Co, trade for their own accounts here."
    assert "Co" not in [a.name for a in read(text)]


def test_a_predicate_title_describes_the_person_named():
    text = (
        'OPEC President Abba Kura said output was below quota. "Members produced less," '
        "Kura, who is Nigerian oil minister, said."
    )
    people = [a for a in read(text) if a.kind == "person"]
    assert [p.name for p in people] == ["Abba Kura"]
    assert "Nigerian oil minister" in [m.text for m in people[0].mentions]


def test_a_role_of_a_firm_is_no_group_of_its_people():
    text = "A loan was signed under the agency of Kestrel International Bank in October."
    assert "agency" not in [a.name for a in read(text)]


def test_a_rank_before_a_title_abbreviation_is_no_word_of_the_body():
    text = "Coast Guard Rear Adm. Lee Ross said the boom held, and the Coast Guard agreed."
    names = [a.name for a in read(text, 2010)]
    assert "Coast Guard" in names and not any("Rear" in name for name in names), names
    assert actor(text, "Lee Ross", 2010).country == "USA"


def test_a_capital_after_a_name_particle_is_a_surname():
    text = "Garcia spoke by telephone with Mexican president Miguel de la Madrid on Monday."
    assert not any(a.kind == "government" and a.country == "ESP" for a in read(text))


def test_united_is_no_word_of_a_body_above_countries_outside_the_un():
    text = (
        "The United Auto Workers said it would strike at the plant in Flint, Mich., and state "
        "officials said talks would go on."
    )
    assert actor(text, "United Auto Workers").country == "USA"


def test_legal_forms_alone_are_no_actor():
    text = "David Jones of Aubrey G. Lanston and Co Inc. said the dollar would fall."
    assert not any(a.name.startswith("Co") for a in read(text))
