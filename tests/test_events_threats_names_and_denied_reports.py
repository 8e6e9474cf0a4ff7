"""Targets and not-events of session 40 (issue 15): the party a threat's "if" clause names is
the one threatened; "the country" after one country named in the sentence is that country; a
party of another event noun of the same kind is not the target ("the Chilean pact ... the
Peruvian accord"); a trigger word opening a name a group gives itself is no act; the "that"
clause of a report that is denied is not stated as done; a visit in a "when" clause of an act
still to come is ahead too; forced "into an alliance" with no one forcing is circumstance.
Sentences written for these tests; each test but the guards (marked) fails on the code
before."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    return [
        (
            e.type,
            e.source,
            e.target,
            e.trigger.text,
            e.target_phrase.text if e.target_phrase is not None else None,
        )
        for e in read_event_text(text, PUBLISHED).events
    ]


def test_the_party_of_a_threats_condition_is_threatened() -> None:
    text = (
        "U.S. Trade Representative Ann Vale welcomed Japan's new import rules but warned of"
        " protectionist reprisals if Tokyo's efforts to open its markets stall."
    )
    assert [e[2] for e in _events(text) if e[3] == "warned"] == ["tokyo"]


def test_a_threat_whose_condition_names_no_party_is_not_given_one() -> None:  # guard
    text = (
        "U.S. Trade Representative Ann Vale welcomed Japan's new import rules but warned of"
        " protectionist reprisals if the efforts to open markets stall."
    )
    assert [e[2] for e in _events(text) if e[3] == "warned"] in ([], [None])


def test_the_country_named_again_is_the_one_urged() -> None:
    text = (
        "Ivo Dren, the head of the World Bank, said he was worried about the state of Brazil's"
        " finances and urged the country to come up with a recovery plan soon."
    )
    assert [e[4] for e in _events(text) if e[3] == "urged"] == ["Brazil"]


def test_the_country_after_two_countries_stays_unresolved() -> None:  # guard
    text = (
        "Ivo Dren, the head of the World Bank, said he was worried about the finances of Brazil"
        " and Chile and urged the country to come up with a recovery plan soon."
    )
    assert not any(e[3] == "urged" and e[4] in ("Brazil", "Chile") for e in _events(text))


def test_a_party_of_another_accord_compared_is_no_target() -> None:
    text = "The Chilean pact includes several options that were not in the Peruvian accord."
    assert not any(e[3] == "pact" and e[2] == "peru" for e in _events(text))


def test_a_party_of_the_same_sentence_still_answers_an_act() -> None:  # guard
    text = "Brazil announced new sanctions on Monday, and on Tuesday Chile recalled its ambassador."
    assert ("SANCTION", "chile", "brazil", "recalled") in [e[:4] for e in _events(text)]


def test_a_trigger_word_opening_a_groups_chosen_name_is_no_act() -> None:
    text = (
        "A group calling itself Seize Exxon said on Monday it would stage protests in ten cities."
    )
    assert not any(e[3] == "Seize" for e in _events(text))


def test_a_group_named_so_still_acts_by_its_verb() -> None:  # guard
    text = "Police calling themselves the Guard arrested three activists in Ostra on Monday."
    assert any(e[0] == "COERCE" and e[3] == "arrested" for e in _events(text))


def test_a_report_that_is_denied_tells_no_act() -> None:
    text = (
        "The defence minister on Monday denied published reports that Chile sought warplanes"
        " from Brazil."
    )
    assert not any(e[3] == "sought" for e in _events(text))


def test_a_report_that_is_confirmed_tells_the_act() -> None:  # guard
    text = (
        "The defence minister on Monday confirmed published reports that Chile sought warplanes"
        " from Brazil."
    )
    assert ("REQUEST", "chile", "brazil", "sought") in [e[:4] for e in _events(text)]


def test_a_visit_in_a_when_clause_of_an_act_ahead_is_still_to_come() -> None:
    text = (
        "The new rules will be explained to the Americans this week when Finance Minister Ivo"
        " Dren visits Washington for talks with the IMF."
    )
    assert not any(e[3] == "visits" for e in _events(text))


def test_a_visit_in_a_when_clause_of_a_past_act_is_told_as_done() -> None:  # guard
    text = (
        "The new rules were explained to the Americans last week when Finance Minister Ivo"
        " Dren visited Washington for talks with the IMF."
    )
    assert any(e[0] == "CONSULT" and e[3] == "visited" for e in _events(text))


def test_the_country_named_again_is_the_actor_when_the_story_made_one() -> None:
    text = (
        "Ivo Dren, the head of the World Bank, met Brazil's finance minister on Monday. Dren"
        " said he was worried about the state of Brazil's finances and urged the country to"
        " come up with a recovery plan soon."
    )
    assert [e[2] for e in _events(text) if e[3] == "urged"] == ["brazil"]


def test_forced_into_a_partnership_by_circumstances_is_no_coercion() -> None:
    text = (
        "That means the president is forced into an uneasy partnership with the oil company,"
        " angry at the leak but needing its engineers."
    )
    assert not any(e[0] == "COERCE" for e in _events(text))


def test_forced_into_exile_stays_coercion() -> None:  # guard
    text = "The deposed president was forced into exile by the army on Monday."
    assert any(e[0] == "COERCE" and e[3] == "forced" for e in _events(text))
