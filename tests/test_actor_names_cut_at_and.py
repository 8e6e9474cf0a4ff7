"""A body's name with "and" inside it that the model cut in two ("the Energy and Natural
Resources Committee"): one name; two bodies joined by "and" stay two."""

from tests.stages import corrected_entities


def test_a_committee_name_with_and_is_one_name():
    text = "The hearing by the Fisheries and Coastal Waters Committee began on Monday."
    kept, log = corrected_entities(
        text, [("Fisheries", "ORG"), ("Coastal Waters Committee", "ORG")]
    )
    assert [e.text for e in kept] == ["Fisheries and Coastal Waters Committee"]
    assert log == [("name_before_and", "Coastal Waters Committee")]


def test_a_known_body_before_and_stays_apart():
    text = "The BP and Harbour Drilling Company venture closed."
    kept, _ = corrected_entities(text, [("BP", "ORG"), ("Harbour Drilling Company", "ORG")])
    assert [e.text for e in kept] == ["BP", "Harbour Drilling Company"]
