"""A country asked, urged or pressed to act is its government ("urged Valdoria to", "called
on Iran to abide by", "put pressure on the UK to ban"); one helped or pushed somewhere stays the
land. "Market forces" and "joined forces with" name no armed group. An investment or financial
adviser is a firm's (BUS), not a government's aide. Saddam Hussein, Fidel Castro and Mikhail
Gorbachev are known."""

import datetime as dt

from dateline.actors.finder import find_actors
from dateline.language import parse
from tests.stages import actor_named, actors_of, article


def test_a_country_urged_to_act_is_its_government():
    table = actors_of("A Kestrian expert urged the United States to ignore calls for the plan.")
    usa = actor_named(table, "United States")
    assert (usa.kind, usa.sector) == ("government", "GOV")


def test_a_country_called_on_to_act_is_its_government():
    table = actors_of("The ministers called on Iran to abide by the deal on Monday.")
    assert actor_named(table, "Iran").kind == "government"


def test_pressure_on_a_country_to_act_names_its_government():
    table = actors_of("The spill puts pressure on the UK to ban drilling in the North Sea.")
    assert actor_named(table, "United Kingdom").kind == "government"


def test_a_country_helped_to_rebuild_stays_the_land():
    # guard: helping is no asking
    table = actors_of("Aid groups helped Haiti to rebuild after the storm.")
    assert actor_named(table, "Haiti").kind == "country"


def test_market_forces_are_no_armed_group():
    text = "Jobs in the mines have been falling for decades, pushed more by market forces."
    assert "market forces" not in [a.name for a in actors_of(text).actors]


def test_joining_forces_names_no_armed_group():
    text = "The Harbor Coalition joined forces with local unions on Monday."
    assert "forces" not in [a.name for a in actors_of(text).actors]


def test_armed_forces_stay_a_group():
    # guard: a nationality before "forces"
    table = actors_of("Russian forces shelled the town of Mirsk on Monday.")
    assert actor_named(table, "Russian forces").sector == "MIL"


def test_an_investment_adviser_is_of_business():
    text = (
        '"It comes down to whether the firm is doing the right thing," says Adrian Lowbeck, '
        "an investment advisor from Best Harbour."
    )
    assert actor_named(actors_of(text), "Adrian Lowbeck").sector == "BUS"


def test_an_adviser_to_a_prime_minister_stays_government():
    # guard: no word of money in the title
    text = "Dana Whitcomb, a senior adviser to the prime minister, said the plan would go ahead."
    assert actor_named(actors_of(text), "Dana Whitcomb").sector == "GOV"


def test_known_former_leaders_have_their_country():
    text = (
        "The plant was mothballed by Mikhail Gorbachev in 1989. There was no evidence linking "
        "Saddam Hussein to the group, and Saddam never said so."
    )
    table = find_actors(parse(text), article(text, dt.date(2010, 7, 2)))
    assert actor_named(table, "Mikhail Gorbachev").country == "RUS"
    saddam = actor_named(table, "Saddam Hussein")
    assert (saddam.country, saddam.role) == ("IRQ", "former president")
    assert "Saddam" in [m.text for m in saddam.mentions]


def test_a_country_bidden_in_a_that_clause_is_its_government():
    table = actors_of("He insisted that Mexico pay for the wall on the border.")
    assert actor_named(table, "Mexico").kind == "government"
    table = actors_of("Democrats seized on his suggestion that Russia spy on his rival.")
    assert actor_named(table, "Russia").kind == "government"


def test_a_country_said_to_do_something_is_not_bidden():
    # guard: "said that Russia spies" tells what it does, no bidding
    table = actors_of("Analysts said on Monday that Russia spies on its rivals.")
    assert actor_named(table, "Russia").kind == "country"
