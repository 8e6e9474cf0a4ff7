"""Corrections of entity labels, on parses whose entities the tests set themselves."""

from tests.stages import corrected_entities


def corrected(text: str, entities: list[tuple[str, str]]):
    """Parse ``text``, label exactly ``entities`` (text, label), and correct them."""
    result, log = corrected_entities(text, entities)
    return {e.text: e.label_ for e in result}, log


def test_a_platform_labelled_as_a_place_is_an_organisation():
    labels, log = corrected("He wrote on Truth Social on Friday.", [("Truth Social", "GPE")])
    assert labels == {"Truth Social": "ORG"} and log == [("known_organisation", "Truth Social")]


def test_an_unknown_place_ending_in_an_organisation_word_is_an_organisation():
    labels, log = corrected("He spoke to Kestrel News on Friday.", [("Kestrel News", "GPE")])
    assert labels == {"Kestrel News": "ORG"} and log == [("place_as_organisation", "Kestrel News")]


def test_a_name_after_a_title_labelled_as_an_organisation_is_a_person():
    labels, log = corrected("President Kovac spoke on Friday.", [("Kovac", "ORG")])
    assert labels == {"Kovac": "PERSON"} and log == [("titled_name", "Kovac")]


def test_a_country_labelled_as_a_person_is_a_place():
    labels, log = corrected("Uruguay signed the accord.", [("Uruguay", "PERSON")])
    assert labels == {"Uruguay": "GPE"} and log[0][0] == "person_as_place"


def test_a_company_labelled_as_a_person_is_an_organisation():
    labels, log = corrected("Excelan Inc said profits rose.", [("Excelan Inc", "PERSON")])
    assert labels == {"Excelan Inc": "ORG"} and log[0][0] == "organisation_as_person"


def test_a_lower_case_word_labelled_as_a_person_is_dropped_and_right_labels_are_kept():
    labels, log = corrected(
        "The shares of greenfield rose, Maria Costa said in Rome.",
        [("greenfield", "PERSON"), ("Maria Costa", "PERSON"), ("Rome", "GPE")],
    )
    assert labels == {"Maria Costa": "PERSON", "Rome": "GPE"}
    assert log == [("lowercase_person", "greenfield")]
