"""Session 58 (events, targets and sources): a likeness burned or torn down in protest (an
effigy, a poster) is a protest against the party it shows when the article names one ("an
effigy of President Dren"), where it was left with no target; an act "between" two parties
whose source is one of them, or that side's government or office-holder, is done to the other
side ("a treaty approved by the Chilean government between Chile and Argentina", "the
agreement between Chile and Peru was signed by the Chilean president"), where the first side
named was the target; a tie a party "had" or "has" with another ("Brazil had a secret pact
with Argentina") is the haver's with the other side, where the "with" object was read as a
giver and the sides reversed. An accuser's phrase ends before the charge the parse hung on it
("accused by a committee of breaking the rules": "a committee"). Guards keep a likeness of
no one named, a broker between two other sides, a noun's own "between" pair, support "of"
someone had by another, and a gerund inside an accuser's name. Every
sentence is written for these tests (invented people; real countries, which the actor stage
knows)."""

import datetime as dt

from tests.stages import event_parties, events_of_type, read_event_text

PUBLISHED = dt.date(2026, 3, 2)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# a likeness of a named party


def test_an_effigy_of_a_named_president_burned_is_a_protest_against_him() -> None:
    text = "Protesters burned an effigy of President Ivo Dren outside the embassy on Friday."
    assert _parties(text, "burned") == [("Protesters", "Ivo Dren")]


def test_an_effigy_of_no_one_named_stays_a_protest_with_no_target() -> None:
    text = "Protesters burned effigies of the mayor outside the town hall on Monday."
    assert [target for _, target in _parties(text, "burned")] == [None]


# the other side of a pair "between" whom the act is


def test_a_treaty_approved_by_one_sides_government_is_with_the_other_side() -> None:
    text = (
        "The Velmar Accord is a treaty approved by the Chilean government in 2019 between"
        " Chile and Argentina. It fixes the border along the river."
    )
    assert _parties(text, "approved") == [("Chilean government", "Argentina")]


def test_an_agreement_between_two_states_signed_by_one_sides_leader_is_with_the_other() -> None:
    text = "The agreement between Chile and Peru was signed by the Chilean president on Monday."
    assert [target for _, target in _parties(text, "signed")] == ["Peru"]


def test_the_agreement_nouns_own_pair_is_unchanged() -> None:
    text = "The agreement between Chile and Peru was signed by the Chilean president on Monday."
    assert _parties(text, "agreement") == [("Chile", "Peru")]


def test_a_broker_between_two_other_sides_keeps_the_first_side() -> None:
    text = "Norway mediated between Colombia and Venezuela on Sunday, officials said."
    found = _parties(text, "mediated")
    assert all(target != "Venezuela" for _, target in found)


# a tie one party has with another


def test_a_pact_a_state_had_with_another_is_the_havers() -> None:
    text = "Brazil had a secret 1911 pact with Argentina, which weakened its older alliance."
    assert _parties(text, "pact") == [("Brazil", "Argentina")]


def test_support_had_from_a_state_is_still_the_givers() -> None:
    text = "Kenya has the support of Uganda in the dispute, its foreign minister said on Monday."
    assert _parties(text, "support") in ([], [("Uganda", "Kenya")])


# the charge an accusation makes is no part of its accuser's phrase


def test_an_accusers_phrase_ends_before_the_charge_the_parse_hung_on_it() -> None:
    text = (
        "Exxon has been accused by a US congressional committee of breaking the rules on"
        " offshore drilling."
    )
    [accusation] = events_of_type(read_event_text(text, PUBLISHED), "ACCUSE")
    assert accusation.source_phrase is not None
    assert accusation.source_phrase.text == "a US congressional committee"


def test_a_gerund_inside_an_accusers_name_stays_in_its_phrase() -> None:
    text = (
        "Exxon was accused by the Department of Housing and Urban Development of breaking the"
        " rules."
    )
    [accusation] = events_of_type(read_event_text(text, PUBLISHED), "ACCUSE")
    assert accusation.source_phrase is not None
    assert accusation.source_phrase.text == "the Department of Housing and Urban Development"
