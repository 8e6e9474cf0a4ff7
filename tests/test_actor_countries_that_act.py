"""A country that wants something, is ready to do it, or does a deed to something is its
government; a country that has, needs, suffers or receives something is the land or its
people."""

from tests.stages import actors_of


def kind_of(text: str, name: str) -> str | None:
    return next((a.kind for a in actors_of(text).actors if a.name == name), None)


def test_a_country_that_begins_a_cull_is_its_government():
    assert kind_of("Egypt has begun a mass cull of its pigs after the outbreak.", "Egypt") == (
        "government"
    )


def test_a_country_that_should_increase_its_forces_is_its_government():
    text = "The minister said Norway should increase its troops in the north."
    assert kind_of(text, "Norway") == "government"


def test_a_country_ready_to_work_with_others_is_its_government():
    text = "Officials said Britain is ready to work with the new government."
    assert kind_of(text, "United Kingdom") == "government"


def test_a_country_that_wants_a_deal_is_its_government():
    assert kind_of("Peru wants a new deal on fishing rights.", "Peru") == "government"


def test_a_country_that_needs_help_or_loses_a_town_is_the_land():
    assert kind_of("Haiti needs help after the storm.", "Haiti") == "country"
    assert kind_of("Chile lost a town to the floods last year.", "Chile") == "country"


def test_a_country_hit_or_exporting_is_not_its_government():
    # (since session 46 a country a disaster hit is only the place: no record at all)
    assert kind_of("Japan was hit by a strong earthquake.", "Japan") is None
    assert kind_of("Brazil exports coffee to many countries.", "Brazil") == "country"
