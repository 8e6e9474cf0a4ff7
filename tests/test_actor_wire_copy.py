"""Wire copy as the wires of the 1980s write it: names wrapped at a line's end, companies and
tickers in angle brackets, states that no longer exist (sentences written for dateline)."""

from __future__ import annotations

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import actors_of, article

# hard-wrapped copy whose first line is short (its dateline was cut off), so the break inside
# the name after it stays a line break
WRAPPED = (
    "Fisheries Minister Halvard\n"
    "Ostrem said the United States and the Soviet Union must settle their dispute over the\n"
    "northern fishing grounds before the season opens, and he added that his country\n"
    "would press for talks in the spring.\n"
    "    Ostrem told reporters the catch had fallen for a third year in a row.\n"
)


def wire(text: str) -> list[tuple[str, str, str | None]]:
    table = find_actors(parse(text), article(text, dt.date(1987, 4, 2)))
    return [(a.name, a.kind, a.country) for a in table.actors]


def test_a_name_wrapped_at_a_line_end_is_one_name_with_a_space():
    names = [name for name, kind, _ in wire(WRAPPED) if kind == "person"]
    assert names == ["Halvard Ostrem"]


def test_the_soviet_union_is_a_state_with_its_code():
    found = wire(WRAPPED)
    assert ("Soviet Union", "SUN") in [(name, country) for name, _, country in found]
    assert not any(name == "Soviet Union" and kind == "organisation" for name, kind, _ in found)


def test_west_germany_is_the_federal_republic():
    found = wire("West Germany said it would cut its interest rates if the dollar kept falling.")
    assert ("Germany", "government", "DEU") in found  # the state kept its code and name


def test_states_gone_since_keep_their_own_codes():
    found = dict(
        (name, country)
        for name, _, country in wire(
            "Yugoslavia and Czechoslovakia asked the bank for new loans, and East Germany "
            "said it would join them."
        )
    )
    assert (found.get("Yugoslavia"), found.get("Czechoslovakia")) == ("YUG", "CSK")
    assert found.get("East Germany") == "DDR"


def test_a_company_in_angle_brackets_is_a_company_without_them():
    found = wire(
        "Investment firm <Harwell Pacific Holdings Ltd> said it had offered 40 mln dlrs for "
        "the stake, a Manila newspaper reported."
    )
    assert ("Harwell Pacific Holdings Ltd", "organisation") in [(n, k) for n, k, _ in found]
    assert not any(">" in name or "<" in name for name, _, _ in found)


def test_a_company_the_model_took_for_a_person_in_angle_brackets_is_a_company():
    table = actors_of("<Merrow Tansley> said it would close two plants in the spring.")
    assert [(a.name, a.kind) for a in table.actors] == [("Merrow Tansley", "organisation")]


def test_a_ticker_is_no_actor_and_no_word_of_a_group():
    found = wire(
        "Dunmore Steel Corp <DNMR.S> officials said the mill would reopen, and Cawley and "
        "Voss Plc <CAVV.L> said it would buy the plant."
    )
    names = [name for name, _, _ in found]
    assert not any("<" in name or "." in name.replace("Corp.", "") for name in names), names
    assert "Dunmore Steel Corp officials" in names


def test_the_ec_commission_is_the_european_commission_and_its_president_of_no_country():
    found = wire(
        "EC Commission president Anders Kettil warned that the European Community would run "
        "a deficit this year."
    )
    assert ("European Commission", "organisation", None) in found
    assert ("European Community", "organisation", None) in found
    assert ("Anders Kettil", "person", None) in found


def test_a_soviet_person_in_a_later_story_is_of_no_gone_state():
    text = (
        "The veteran Soviet physicist Pavel Irtyshev says a blast could seal the leaking well. "
        "Irtyshev said BP should listen. The Soviet Union used such blasts five times."
    )
    table = find_actors(parse(text), article(text, dt.date(2010, 7, 2)))
    person = next(a for a in table.actors if a.name == "Pavel Irtyshev")
    assert person.country != "SUN"
    assert ("Soviet Union", "SUN") in [(a.name, a.country) for a in table.actors]


def test_a_soviet_official_in_a_story_of_1987_is_soviet():
    found = wire("Soviet Deputy Foreign Minister Pavel Irtyshev said Moscow would cut its troops.")
    assert ("Pavel Irtyshev", "person", "SUN") in found


def test_a_wires_sign_off_is_no_actor():
    found = wire("Exports rose 10 pct in the year, Kessling said. REUTER\n Reuter\n")
    assert [name for name, _, _ in found] == ["Kessling"]


def test_western_diplomats_are_not_of_the_country_they_are_in():
    found = wire(
        "Yugoslavia will raise prices again, Western diplomats said. Yugoslav officials said "
        "the plan would cut the deficit. Yugoslavia owes 20 billion dlrs."
    )
    assert not any(name == "Western diplomats" and country == "YUG" for name, _, country in found)
