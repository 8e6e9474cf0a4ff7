"""A relation the story tells as standing or as earlier has no day of the story's (issue 15):
"a former governor who supports the president" and "the cleric whom the government accuses of
plotting" say who a party is, not what happened on the publication day; "long-standing support",
"the earlier attack" and an act "years earlier" are before or around the story's time, on no day
it gives. A time outside a relative clause on a party dates the party's own act, not the clause;
the day a pledge is welcomed is not the pledge's.
Sentences written for these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # the publication day; Friday is 2026-06-12
LEAD = "President Ibarra spoke in Mirsk on Friday. "
UNDATED_LEAD = "Kestria's trade minister spoke in Mirsk. "


def dated(text: str, trigger: str) -> list[tuple[str, str]]:
    """The date and why of each event of ``trigger``, the gate's drops too."""
    events = all_events_of(text, SATURDAY)
    return [(e.date, e.decided_by or "") for e in events if e.trigger.text == trigger]


def test_support_in_a_present_relative_clause_on_a_party_has_no_day() -> None:
    text = (
        UNDATED_LEAD
        + "Ana Ruiz, a former governor who supports President Ibarra, said the vote was fair."
    )
    ((_, why),) = dated(text, "supports")
    assert "a standing relation, no day" in why and "none of its own" in why


def test_an_accusation_held_against_a_party_has_no_day() -> None:
    text = (
        UNDATED_LEAD
        + "The fund will also help Tomas Vell, the cleric whom Ibarra accuses of plotting a revolt."
    )
    ((_, why),) = dated(text, "accuses")
    assert "in a relative clause on 'cleric'" in why


def test_support_in_a_present_progressive_relative_clause_has_no_day() -> None:
    text = LEAD + (
        "Norm Vell, a former senator who is supporting President Ibarra, said the vote was fair."
    )
    ((_, why),) = dated(text, "supporting")
    assert "a standing relation, no day" in why


def test_the_day_of_the_partys_own_act_does_not_date_its_relative_clause() -> None:
    text = UNDATED_LEAD + (
        "Ana Ruiz, a former governor who supports President Ibarra, said on Thursday the vote"
        " was fair."
    )
    ((day, why),) = dated(text, "supports")
    assert day != "2026-06-11" and "none of its own" in why


def test_a_relative_clause_with_its_own_day_keeps_it() -> None:  # guard
    text = "Ana Ruiz, a senator who meets President Ibarra on Friday, said the vote was fair."
    ((day, why),) = dated(text, "meets")
    assert day == "2026-06-12" and "none of its own" not in why


def test_long_standing_support_has_no_day() -> None:
    text = LEAD + "Kestria's long-standing support for the Valdorian government angered the rebels."
    ((_, why),) = dated(text, "support")
    assert "'long-standing': a lasting or earlier act" in why


def test_support_with_no_such_word_keeps_the_storys_day() -> None:  # guard
    text = LEAD + "Kestria's support for the Valdorian government angered the rebels."
    ((day, why),) = dated(text, "support")
    assert day == "2026-06-12" and "none of its own" not in why


def test_an_earlier_attack_has_no_day() -> None:
    text = LEAD + "The earlier attack by Kestrian troops on Valdorian soldiers angered him."
    ((_, why),) = dated(text, "attack")
    assert "'earlier': a lasting or earlier act" in why


def test_praise_years_earlier_has_no_day() -> None:
    text = LEAD + "President Ibarra praised the Kestrian government years earlier."
    ((_, why),) = dated(text, "praised")
    assert "'years earlier': before the story's time" in why


def test_an_attack_months_before_has_no_day() -> None:
    text = LEAD + "Months before, Kestrian troops attacked Valdorian soldiers."
    ((_, why),) = dated(text, "attacked")
    assert "none of its own" in why


def test_the_same_attack_without_the_words_keeps_the_storys_day() -> None:  # guard
    text = LEAD + "Kestrian troops attacked Valdorian soldiers."
    ((day, why),) = dated(text, "attacked")
    assert day == "2026-06-12" and "none of its own" not in why


def test_a_clause_on_an_occasion_keeps_the_occasions_day() -> None:  # guard
    text = (
        "President Ibarra spoke at a hearing on Thursday morning in which Senator Vell"
        " criticized the Kestrian government."
    )
    ((day, why),) = dated(text, "criticized")
    assert day == "2026-06-11TMO" and "none of its own" not in why


def test_a_clause_on_a_place_keeps_the_day_of_its_sentence() -> None:  # guard
    text = (
        "The talks moved on Friday to Geneva, where President Ibarra met the Kestrian foreign"
        " minister for two hours."
    )
    ((day, why),) = dated(text, "met")
    assert day == "2026-06-12" and "none of its own" not in why


def test_a_pledge_welcomed_on_friday_is_not_dated_friday() -> None:
    text = "The Kestrian government on Friday welcomed Valdoria's pledge of aid."
    ((_, why),) = dated(text, "pledge")
    assert "the act 'welcomed' answers: before it" in why


def test_the_welcome_keeps_its_day() -> None:  # guard
    text = "The Kestrian government on Friday welcomed Valdoria's pledge of aid."
    ((day, why),) = dated(text, "welcomed")
    assert day == "2026-06-12" and "none of its own" not in why
