"""A group owned by "the country" or "the nation" is of the country the text named last ("...
across Egypt. The country's security forces ..."); with no country named, of none."""

from tests.stages import actor_named, actors_of


def test_the_countrys_security_forces_are_of_the_country_named():
    text = (
        "Protests spread across Egypt on Monday. The country's security forces fired on the "
        "crowd, and the nation's army stayed in its barracks."
    )
    table = actors_of(text)
    assert actor_named(table, "security forces").country == "EGY"
    assert actor_named(table, "army").country == "EGY"


def test_the_countrys_forces_with_no_country_named_have_none():
    # guard: an unknown state gives no code
    text = "Protests spread across Valdoria on Monday. The country's security forces fired."
    assert actor_named(actors_of(text), "security forces").country is None


def test_two_countries_oppositions_are_two_groups():
    text = (
        "Syria's opposition rejected the talks on Monday. In Tehran, Iran's opposition called "
        "for protests, and the opposition said it would march."
    )
    groups = [a for a in actors_of(text).actors if a.name == "opposition"]
    assert sorted((a.country, len(a.mentions)) for a in groups) == [("IRN", 2), ("SYR", 1)]


def test_the_opposition_named_again_joins_its_group():
    # guard: one country's opposition named twice
    text = "Syria's opposition rejected the talks, and the opposition said it would march."
    groups = [a for a in actors_of(text).actors if a.name == "opposition"]
    assert [(a.country, len(a.mentions)) for a in groups] == [("SYR", 2)]


def test_his_government_is_of_the_leader_who_speaks():
    text = (
        "British Prime Minister David Cameron said on Thursday his government was ready to "
        "help, and understood the US government's frustration."
    )
    table = actors_of(text)
    assert actor_named(table, "government").country == "GBR"
    assert actor_named(table, "US government").country == "USA"


def test_own_is_no_word_of_a_groups_name():
    text = (
        "President Dana Whitcomb said on Monday that even her own administration had doubts "
        "about the plan."
    )
    names = [a.name for a in actors_of(text).actors]
    assert "own administration" not in names
