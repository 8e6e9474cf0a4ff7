"""Session 55 (issue 17): "the company" or "the group" that speaks is no longer the body the
actors stage linked it to when a sentence between that body's last name and the phrase has
another business or group as its subject (the text went on to that one); the description is
then the speaker. A writing that speaks is its author's where a participle names the author
with "by" ("a communique issued by the council", "signed by"), not where it names whoever
only carried it. The firms, bodies, places and people are made up for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _speaker_of(text: str, words: str) -> str | None:
    found, table = attributions_of(text)
    said = next(a for a in found if words in a.content.text)
    actor = table.get(said.speaker)
    return actor.name if actor is not None else None


def test_a_company_the_text_went_on_to_is_not_the_one_that_spoke_before():
    text = (
        "Granite Harbor Bank said on Monday it would lend money to Ferrovia Parks Inc. "
        "Ferrovia Parks filed for bankruptcy protection on Saturday after talks with its "
        "bondholders failed. On Saturday, the company said its plan had been approved by its "
        "lenders."
    )
    assert _speaker_of(text, "its plan had been approved") is None


def test_the_company_right_after_its_name_stays_that_company():
    text = (
        "Granite Harbor Bank said on Monday it would cut 300 jobs. "
        "The company said the cuts would save money."
    )
    assert _speaker_of(text, "the cuts would save money") == "Granite Harbor Bank"


def test_a_unit_the_company_owns_does_not_take_it_away():
    text = (
        "Granite Harbor Bank said on Monday it would cut 300 jobs. "
        "Its Brackwater Labs unit in Dunmore will close in May. "
        "The company said the cuts would save money."
    )
    assert _speaker_of(text, "the cuts would save money") == "Granite Harbor Bank"


def test_a_body_named_in_what_the_company_said_does_not_take_it_away():
    text = (
        "Granite Harbor Bank said on Monday it would cut 300 jobs. "
        "“The Vesland Banking Authority does not need to approve the cuts,” the company said."
    )
    assert _speaker_of(text, "does not need to approve") == "Granite Harbor Bank"


def test_a_writing_issued_by_a_body_is_that_bodys():
    text = (
        "The Vesland Farmers Council met in Norvik on Monday. "
        "A communique issued by the Vesland Farmers Council said the levy was unfair."
    )
    assert _speaker_of(text, "the levy was unfair") == "Vesland Farmers Council"


def test_a_writing_signed_by_someone_is_the_signers():
    text = "The statement, signed by Admiral Tom Hale, urged the press to stay calm."
    assert _speaker_of(text, "the press to stay calm") == "Tom Hale"


def test_a_writing_only_carried_by_an_agency_is_not_the_agencys():
    text = (
        "Vesland broke off relations with Norvik on Monday. "
        "A communique published by the Vesland News Agency said the embassy would close."
    )
    assert _speaker_of(text, "the embassy would close") != "Vesland News Agency"


def test_one_of_two_writings_names_no_single_author():
    text = (
        "According to a complaint filed by the Vesland Banking Authority and another complaint "
        "by the state of Norvik, the bank hid its losses."
    )
    assert _speaker_of(text, "the bank hid its losses") is None


def test_a_statement_released_by_a_body_is_that_bodys():
    text = "A statement released by the Open Ledger Foundation said the archive would stay online."
    assert _speaker_of(text, "the archive would stay online") == "Open Ledger Foundation"


def test_cables_and_emails_released_by_a_leaks_site_are_not_the_sites_words():
    # a body that makes others' writings public is no author of them, nor of "that cable" after
    cables = (
        "Embassy cables released by the Open Ledger Foundation contain many references to "
        "General Ivo Dren.\n"
        "That cable went on to say he is mocked at the officers' clubs of Orsk.\n"
    )
    assert _speaker_of(cables, "he is mocked") is None
    emails = (
        "According to emails released by the Open Ledger Foundation, Ana Vesk complained in May "
        "to her aides about the plan.\n"
    )
    assert _speaker_of(emails, "complained in May") is None
