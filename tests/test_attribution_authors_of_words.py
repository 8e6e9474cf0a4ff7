"""Round 40 (session 47): a participle on a noun of words that names its author with "by" or
"from" ("comments by a preacher suggesting ...", "calls from villagers saying ...", "a suit
filed by a former clerk alleging ...") is the author's report, not the report of whoever
dismissed, received or attacked the words. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def _speaker(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    found_one = by_cue(found, cue)
    assert found_one.source is not None
    return found_one.source.text


def test_comments_by_someone_are_theirs_not_the_dismissers() -> None:
    text = (
        'The governor\'s office has dismissed as "absurd" comments by radio host Dale Pruitt'
        " suggesting that the flood was a punishment."
    )
    assert "Dale Pruitt" in _speaker(text, "suggesting")


def test_a_suit_filed_by_someone_alleges_in_their_name() -> None:
    text = (
        "Senator Ilse Moran's office slammed a lawsuit filed by a fired aide alleging that he"
        " was let go for refusing to work on the audit."
    )
    assert _speaker(text, "alleging") == "a fired aide"


def test_calls_from_villagers_are_the_villagers_words() -> None:
    for text, author in (
        (
            "The aid group has received texts, emails and calls from Malians saying they need"
            " tents.",
            "Malians",
        ),
        (
            "So far we have received letters and calls from farmers saying the seed never came.",
            "farmers",
        ),
    ):
        assert _speaker(text, "saying") == author, text


def test_a_ruling_by_regulators_denying_is_the_regulators() -> None:
    text = (
        "Two mills won relief from higher power prices after a ruling on Monday by state"
        " regulators rejecting the utility's request."
    )
    assert _speaker(text, "rejecting") == "state regulators"


def test_a_statement_released_without_an_author_stays_the_releasers() -> None:
    text = "The ministry released a statement on Friday saying talks would resume."
    assert _speaker(text, "saying") == "The ministry"


def test_a_person_from_a_place_is_no_noun_of_words() -> None:
    text = "Reporters quoted a nurse from the clinic saying supplies had run out."
    assert "clinic" not in _speaker(text, "saying")
