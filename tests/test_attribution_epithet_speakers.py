"""Session 54 (issue 17): a speaker called by an epithet after the text named it ("Harlow
Mining Inc. said ... The Tulsa mining concern said", "Ada Kell won ... The 56-year-old said")
is the one company or person of that kind named just before; with two of them there, the
description stays the speaker. The people, places and firms are made up for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _speaker_of(text: str, words: str) -> str | None:
    found, table = attributions_of(text)
    said = next(a for a in found if words in a.content.text)
    actor = table.get(said.speaker)
    return actor.name if actor is not None else None


def test_a_company_called_by_its_trade_and_town_is_the_company_named():
    text = (
        "Harlow Mining Inc. said it would close the pit at Brack. "
        "The Tulsa mining concern said that 200 jobs would go."
    )
    assert _speaker_of(text, "200 jobs would go") == "Harlow Mining Inc."


def test_a_person_called_by_age_is_the_person_named():
    text = (
        "Ada Kell won the seat in Norvik on Tuesday. The 56-year-old said she would fight the levy."
    )
    assert _speaker_of(text, "she would fight the levy") == "Ada Kell"


def test_an_office_is_of_the_one_holding_it():
    text = (
        "Governor Ada Kell of Vesland met Mayor Tom Brill on Monday. "
        "The Vesland governor said the levy would stay."
    )
    assert _speaker_of(text, "the levy would stay") == "Ada Kell"


def test_two_companies_named_leave_the_epithet_unresolved():
    text = (
        "Harlow Mining Inc. and Dunmore Steel Corp. agreed to merge. "
        "The Tulsa mining concern said the deal would close in May."
    )
    assert _speaker_of(text, "the deal would close") is None


def test_two_people_named_leave_the_age_unresolved():
    text = "Ada Kell met Tom Brill in Norvik. The 56-year-old said the talks went well."
    assert _speaker_of(text, "the talks went well") is None
