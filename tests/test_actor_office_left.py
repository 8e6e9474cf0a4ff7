"""A person the text says has left office holds it no more: "Governor X, who left office last
week" is a former governor (session 52); "left" of a place, or leaving in the future, is no
leaving of office."""

from tests.stages import actors_of


def _actor(text: str, name: str):
    return next(a for a in actors_of(text).actors if a.name == name)


def test_a_governor_who_left_office_holds_it_no_more():
    text = "Governor Dale Pruett, who left office last week, said the valley needed help."
    assert _actor(text, "Dale Pruett").role == "former governor"


def test_a_governor_who_left_a_town_keeps_the_office():
    # guard: "left" of a place, or of office in the future, leaves the title as it is
    text = "Governor Dale Pruett, who left the capital last week, will leave office in May."
    assert _actor(text, "Dale Pruett").role == "governor"
