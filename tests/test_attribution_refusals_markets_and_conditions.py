"""Session 54 (issue 17): what reads like an attribution and is none: a thing refused
("denied the request", "deny licences to foreign banks"), the market's mood as a speaker
("Wall Street speculated ..."), and words only imagined ("if anyone were to say ..."). The
people, places and bodies are made up for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _cues(text: str, words: str) -> list[str]:
    """The cue words of the records whose content holds ``words``."""
    found, _ = attributions_of(text)
    return [a.cue.text for a in found if a.cue is not None and words in a.content.text]


def _holds(text: str, words: str) -> bool:
    return bool(_cues(text, words))


# -- "deny": a thing withheld, not a claim denied --------------------------------------------------


def test_a_request_denied_is_no_statement():
    text = (
        "The Norvik district court on Monday denied the request by the ferry union for more time."
    )
    assert not _holds(text, "the request")


def test_licences_denied_to_foreign_banks_are_no_statement():
    text = "Vesland denied licences to foreign banks in Larsk last week, officials said."
    assert "denied" not in _cues(text, "licences to foreign banks")


def test_a_refusal_that_only_could_be_made_stays():
    text = "The port authority of Norvik could deny them landing rights until the fees are paid."
    assert "deny" in _cues(text, "landing rights")


def test_a_hearing_denied_to_a_family_is_no_statement():
    text = "The harbour board denied the Fenwick family a hearing on the new toll."
    assert not _holds(text, "a hearing")


def test_a_claim_denied_stays():
    text = "The Norvik mayor denied reports that the harbour bridge would close for a year."
    assert _holds(text, "the harbour bridge would close")


def test_a_clause_denied_stays():
    text = "Ada Kell denied that the union had been paid to end the strike."
    assert _holds(text, "the union had been paid")


# -- the market as a speaker ---------------------------------------------------------------------


def test_wall_street_speculating_is_no_speaker():
    text = "Wall Street speculated that Harlow Mining may raise its offer for the smelter."
    assert not _holds(text, "Harlow Mining may raise")


def test_the_market_fearing_is_no_speaker():
    text = "Financial markets understood that the Larsk talks on the currency had failed."
    assert not _holds(text, "the Larsk talks")


def test_market_analysts_stay():
    text = "Market analysts said that Harlow Mining may raise its offer for the smelter."
    assert _holds(text, "Harlow Mining may raise")


# -- words imagined or asked about -----------------------------------------------------------------


def test_a_saying_imagined_is_no_statement():
    text = (
        "If anyone were to say the harbour bridge is safe, they would be ignoring the "
        "engineers of Norvik."
    )
    assert not _holds(text, "the harbour bridge is safe")


def test_a_statement_beside_a_condition_stays():
    text = "If the vote fails, Mayor Ada Kell said, the harbour bridge will close in May."
    assert _holds(text, "the harbour bridge will close")


def test_a_named_body_pledging_on_a_condition_stays():
    text = "If the council pledged to cap the toll, Vesland would match it."
    assert "pledged" in _cues(text, "to cap the toll")
