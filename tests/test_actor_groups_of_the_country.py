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
