"""Names that are no actors (issue 21): the name of a document or rule ("the Terms of
Service"), a weather word alone ("Snow"), the prefix *un-* before a nationality shouted in
capitals ("UN-AMERICAN"), a picture agency's credit in brackets ("(W. Ruiz - AP)") and a line
pointing to a site's account ("X is on Twitter"). Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article, corrected_entities


def names(text: str) -> set[str]:
    table = find_actors(parse(text), article(text, dt.date(2012, 6, 1)))
    return {a.name for a in table.actors}


def test_a_sites_terms_of_service_are_a_document():
    found = names("Users must accept the Terms of Service before posting, Mayor Tom Avery said.")
    assert "Terms of Service" not in found and "Tom Avery" in found


def test_a_weather_word_alone_is_the_weather():
    kept, log = corrected_entities(
        "Sleet and Snow closed the roads on Monday.", [("Sleet", "ORG"), ("Snow", "PERSON")]
    )
    assert kept == [] and ("weather", "Snow") in log


def test_a_surname_that_is_a_weather_word_stays_a_name():
    # a guard: the document names Jon Snow, so "Snow" alone is his surname
    found = names("Jon Snow said the vote was close. Snow added that he was tired.")
    assert "Jon Snow" in found


def test_un_before_a_nationality_is_no_united_nations():
    found = names('The crowd chanted "UN-AMERICAN!" as Senator Ann Cole left.')
    assert not any("UN" in name or "United Nations" in name for name in found)


def test_the_un_named_as_itself_stays_an_actor():
    # a guard
    assert "United Nations" in names("The U.N. said the camps were full.")


def test_a_picture_agencys_credit_in_brackets_names_no_actor():
    kept, log = corrected_entities(
        "Map shows where the oil may drift (W. Castello - AP) by Friday.",
        [("W. Castello - AP", "PERSON")],
    )
    assert kept == [] and log == [("credit", "W. Castello - AP")]


def test_a_party_in_brackets_after_a_dash_is_no_credit():
    # a guard: only a picture agency closes a credit
    kept, _ = corrected_entities(
        "The vote was lost (Ann Cole - Labour) by two votes.", [("Ann Cole", "PERSON")]
    )
    assert [span.text for span in kept] == ["Ann Cole"]


def test_a_line_pointing_to_a_sections_account_is_furniture():
    kept, log = corrected_entities("Ridge Forum is on Twitter.", [("Ridge Forum", "ORG")])
    assert kept == [] and log == [("furniture", "Ridge Forum")]


def test_an_agency_in_capitals_is_no_weather():
    kept, log = corrected_entities("ICE agents detained two men on Monday.", [("ICE", "ORG")])
    assert [e.text for e in kept] == ["ICE"] and ("weather", "ICE") not in log


def test_a_person_on_twitter_is_still_a_person():
    found = names("Mayor Tom Avery is on Twitter, where he answers voters every night.")
    assert "Tom Avery" in found
