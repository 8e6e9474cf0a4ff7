"""Which mentions are actors (issue 21, session 54): capitals alone make no organisation. An
acronym nothing else vouches for is as often a term, a metric or a product ("the AGI
threshold", "the CTR of a banner", "a COO") as a body; it is one where the text spells it
out right after a name, sets it off after a body's noun, or calls it a body by the noun
before it, and where it acts or speaks. A common noun capitalised only where it opens a
sentence ("Citizens turned to ...", "Defiance is the mood") is no name. Sentences written
for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def names(text: str) -> set[str]:
    found = find_actors(parse(text), article(text, dt.date(2026, 4, 9))).actors
    return {actor.name for actor in found}


def test_an_advertising_metric_is_no_organisation():
    text = (
        "Advertisers in Dover watch the CTR of each banner closely, Mara Quill of Quill Media said."
    )
    assert "CTR" not in names(text)


def test_a_title_after_a_name_is_no_organisation():
    text = "Donald Vane, COO of the Kestrel Shipping Co, said in Tarsk that fuel costs had risen."
    assert "COO" not in names(text)


def test_a_product_s_acronym_is_no_organisation():
    text = (
        "The band's new album sold well, and fans in Dover praised the LGX on its cover, "
        "Tom Vane said."
    )
    assert "LGX" not in names(text)


def test_an_acronym_called_a_company_stays_an_organisation():
    # a guard: the noun before it says what it is
    text = "A buyer in Tarsk bought a stake in the state holding company KSI on Monday."
    assert "KSI" in names(text)


def test_an_acronym_that_speaks_stays_an_organisation():
    # a guard: it acts in the text
    text = "KDU said on Monday it would strike in Tarsk after talks with port owners failed."
    assert "KDU" in names(text)


# a common noun that opens a sentence is no name, whatever the model labels it


def test_a_plural_noun_opening_a_sentence_is_no_person():
    text = (
        "The flood reached the coast of Tarsk on Monday. Citizens turned to radio and text "
        "messages for news."
    )
    assert "Citizens" not in names(text)


def test_an_abstract_noun_opening_a_sentence_is_no_organisation():
    text = "Defiance is the mood in Tarsk, where the mayor refused to leave."
    assert "Defiance" not in names(text)


def test_a_surname_opening_a_sentence_stays_the_person():
    # a guard: the text names him in full, and he speaks
    text = "Tom Walker met the mayor of Tarsk on Monday. Walker said the talks went well."
    assert "Tom Walker" in names(text)
