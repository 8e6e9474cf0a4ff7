"""A place name no knowledge resolves is taken for a state only where it is a party: not a US
state's abbreviation ("Pensacola, Fla."), not a bill's or a road's name before a number ("HB
1523"), and in a list only when the list's first member is a party ("won in Delaware, Ohio and
Maryland" names places). A US state whose name a smaller country's region shares (Maryland,
Florida, Montana) is the US state."""

from dateline.actors.knowledge import knowledge
from tests.stages import actors_of


def _names(text: str) -> list[str]:
    return [a.name for a in actors_of(text).actors]


def test_a_state_abbreviation_after_a_town_is_no_state():
    # guard (read right before this round too; the list rule and the abbreviation both hold it)
    text = "Reporters Ana Ruiz in Pensacola, Fla., and Tom Brehm in Grand Forks contributed."
    assert "Fla." not in _names(text)


def test_a_name_before_a_number_is_no_state():
    text = "The judge said HB 1523's authorization of discrimination violates the constitution."
    assert "HB" not in _names(text)


def test_a_list_of_places_after_in_is_no_party():
    text = "Marta Quill won in Delaware, Kestrel and Pennsylvania, while Tom Brehm won Ohio."
    assert "Kestrel" not in _names(text)


def test_a_list_whose_first_member_acts_keeps_the_unknown_states():
    # guard: "Kestria and Valdoria traded blame": both are parties
    names = _names("Kestria and Valdoria traded blame on Monday over the river border.")
    assert "Kestria" in names and "Valdoria" in names


def test_us_states_a_smaller_country_shares_a_name_with_are_us_states():
    regions = knowledge().regions
    assert regions["maryland"] == regions["florida"] == regions["montana"] == "USA"


def test_a_us_state_described_by_what_it_has_is_no_government():
    text = "Of all the states the oil may reach, Florida has the most to lose this summer."
    assert "Florida" not in [a.name for a in actors_of(text).actors]


def test_a_us_state_acting_is_its_government():
    # guard: a state that does something
    text = "Mississippi has activated 50 of its troops, and Florida has activated 30 of them."
    table = actors_of(text)
    florida = next(a for a in table.actors if a.name == "Florida")
    assert (florida.kind, florida.country) == ("government", "USA")
