"""Session 46, second round: a group named only as a modifier of a thing is no actor."""

from tests.stages import actors_of


def names(text: str) -> set[str]:
    return {a.name.lower() for a in actors_of(text).actors}


def test_a_group_word_that_only_modifies_a_thing_is_no_actor():
    text = (
        "The campaign of Senator Dana Ruiz in Ohio paid a firm for opposition research "
        "on her rival, records show."
    )
    assert "opposition" not in names(text)
    assert "dana ruiz" in names(text)


def test_the_same_group_acting_elsewhere_in_the_text_stays():
    text = (
        "The opposition said the vote in Ohio was rigged. Its opposition research "
        "had found the flaws months before."
    )
    assert "opposition" in names(text)


def test_a_police_force_named_as_a_modifier_keeps_its_own_rule():
    # "police cars", "army bases" name a body (sessions before); only other groups drop
    text = "Police cars blocked the road into Dayton, Ohio, on Tuesday as the police arrested two men."
    assert any("police" in n for n in names(text))
