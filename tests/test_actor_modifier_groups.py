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
    text = (
        "Police cars blocked the road into Dayton, Ohio, on Tuesday as the police arrested two men."
    )
    assert any("police" in n for n in names(text))


def test_a_piece_of_a_title_case_headline_is_no_organisation():
    text = (
        "Kessler Would Put Farmers On Board, Ruiz Says\n\n"
        "Senator Dana Ruiz said on Monday that Governor Carl Kessler would name farmers "
        "to the board."
    )
    found = names(text)
    assert not any("would put" in n for n in found)
    assert "dana ruiz" in found


def test_a_headline_clause_with_a_known_union_is_no_organisation():
    text = (
        "Ruiz Weighs In: Urges Britain To Remain In European Union.\n\n"
        "Senator Dana Ruiz said on Monday that Britain should stay in the bloc."
    )
    assert not any(n.startswith("remain") for n in names(text))


def test_a_name_of_a_headline_the_text_uses_again_stays():
    text = (
        "Harlow Farm Cooperative Will Buy Mill\n\n"
        "The Harlow Farm Cooperative said on Monday it would buy the mill in Dayton, Ohio."
    )
    assert any("harlow farm cooperative" in n for n in names(text))


def test_a_sentence_full_of_names_is_no_headline():
    text = (
        "Talks on the river dam resumed in Dayton, Ohio, on Monday.\n"
        "Carl Kessler is Professor of Hydrology at Harlow College in Ohio."
    )
    # the headline rule leaves the college's record alone (its glued name, "Hydrology at
    # Harlow College", is another class, left for later)
    assert any("harlow college" in n for n in names(text))
