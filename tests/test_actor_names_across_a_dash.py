"""An entity the model ran across a spaced dash: the name before the dash when words in lower
case or a date follow it ("The Daily Ledger - conducted last week"), the name after it when a
dateline's place in capitals stands before it ("CLEVELAND - Walter Penrose", then a person);
two capitalised names either side stay as read."""

from tests.stages import corrected_entities


def test_words_in_lower_case_after_a_dash_are_no_part_of_the_name():
    text = "In an interview with The Daily Ledger - conducted last week at his home - he spoke."
    kept, _ = corrected_entities(text, [("The Daily Ledger - conducted", "ORG")])
    assert [e.text for e in kept] == ["The Daily Ledger"]


def test_a_date_after_a_dash_is_no_part_of_the_name():
    text = "Reprinted from the Harbour Gazette - Oct. 3, 2011 edition."
    kept, _ = corrected_entities(text, [("Harbour Gazette - Oct. 3", "ORG")])
    assert [e.text for e in kept] == ["Harbour Gazette"]


def test_a_dateline_place_before_a_dash_is_no_part_of_the_name():
    text = "CLEVELAND - Walter Penrose told supporters on Monday that he would win."
    kept, _ = corrected_entities(text, [("CLEVELAND - Walter Penrose", "ORG")])
    assert [(e.text, e.label_) for e in kept] == [("Walter Penrose", "PERSON")]


def test_two_capitalised_names_either_side_of_a_dash_stay():
    # guard: a spaced double name or a merger's name
    text = "Shares of Exxon - Mobil rose on Monday."
    kept, _ = corrected_entities(text, [("Exxon - Mobil", "ORG")])
    assert [e.text for e in kept] == ["Exxon - Mobil"]
