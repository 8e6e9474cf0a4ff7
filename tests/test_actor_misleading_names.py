"""Names that mislead (issue 21): an acronym that begins "UN" but names a university or a
union, a picture agency alone in brackets closing a caption, a country's name the model ran
into an international body's, and an item of a series ("Exhibit A") or the article "A" taken
for a person. Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article, corrected_entities


def actors(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    table = find_actors(parse(text), article(text, dt.date(2011, 3, 2)))
    return {a.name: (a.kind, a.country, a.sector) for a in table.actors}


def test_an_acronym_beginning_un_before_university_is_no_un_body():
    found = actors(
        '"Prices will fall," said Ramon Ortiz, an expert on farm trade at the UNAM University '
        "in Mexico City."
    )
    assert found["Ramon Ortiz"][1:] == ("MEX", "EDU")


def test_a_un_agency_by_its_acronym_stays_international():
    # a guard
    found = actors("UNHCR spokesman Lars Berg said the camps were full.")
    assert found["UNHCR"] == ("organisation", None, "IGO")
    assert found["Lars Berg"][2] == "IGO"


def test_an_agency_alone_in_brackets_closing_a_caption_is_a_credit():
    found = actors(
        "Crews on the shore say they are still finding fresh tar balls (AP). "
        "Mayor Tom Avery said the work would take weeks."
    )
    assert "Associated Press" not in found and "Tom Avery" in found


def test_an_agency_named_before_its_bracket_stays():
    # a guard: the bracket gives the agency's short name, and it reports
    assert "Associated Press" in actors("The Associated Press (AP) reported that the mayor quit.")


def test_a_country_run_into_the_whos_name_is_cut():
    kept, log = corrected_entities(
        "Cases rose after travel to Peru World Health Organization experts will meet on Tuesday.",
        [("Peru World Health Organization", "ORG")],
    )
    assert [span.text for span in kept] == ["World Health Organization"]
    assert ("place_glued_to_name", "Peru World Health Organization") in log


def test_a_national_society_keeps_its_country():
    # a guard: only a body above countries loses the country before it
    assert actors("The Peru Red Cross said the camps were full.")["Peru Red Cross"][1] == "PER"


def test_an_item_of_a_series_and_the_article_a_are_no_person():
    found = actors(
        "Market notes: A short video of the launch. Exhibit A is the cost of capital, writes "
        "Tom Avery. A study released Friday found no change."
    )
    assert set(found) == {"Tom Avery"}


def test_a_letter_after_a_given_name_stays_a_person():
    # a guard
    assert "Malcolm X" in actors("Malcolm X spoke in Harlem, and X told the crowd to vote.")


def test_a_stretch_of_coast_labelled_organisation_is_a_place():
    kept, log = corrected_entities(
        "Oyster beds along the U.S. Western Seaboard have shrunk, said Mike Orr.",
        [("the U.S. Western Seaboard", "ORG"), ("Mike Orr", "PERSON")],
    )
    assert ("landform", "the U.S. Western Seaboard") in log
    assert [span.label_ for span in kept] == ["LOC", "PERSON"]


def test_a_surname_that_is_a_landform_word_stays_a_person():
    # a guard: only a name labelled organisation is read so
    assert "Beth Shore" in actors("Beth Shore said the vote was close.")
