"""Session 57 (events, targets): a protest "against the rule of" a named ruler is against the
ruler, where the gate dropped it for a target that was only the rule's modifier; an
"anti-government" protest whose sentence names only a town is against the government of the
town's country (a capital or a large town), named elsewhere in the article as its government or
as the country; protesters' own demand of a ruler's resignation ("demanded the resignation of
President Dren", also told with its day, "on Tuesday", which is no one called on) is their
protest against the ruler, where a name inside the demanded thing's "of" phrase was read as a
party asked. A visit to a capital or a large town is to its state as the article names it
(its government, else the country), not to the town. Guards keep the rule of law, an article
that never names the country, a protest against prices, a release demanded for someone, a
government urged by its own name, the army called on, a visit to a country and a town whose
country is never named. Every sentence is written for these tests (invented people; real
countries and towns, which the actor stage knows)."""

import datetime as dt

from tests.stages import coded_events, event_parties

PUBLISHED = dt.date(2026, 3, 2)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


def _targets(text: str, trigger: str) -> list[str | None]:
    return [target for _, target in _parties(text, trigger)]


def _types(text: str, trigger: str) -> list[str]:
    return [t for t, _, _, word in coded_events(text, PUBLISHED) if word == trigger]


# the rule of a named ruler


def test_a_march_against_the_rule_of_a_named_president_is_against_him() -> None:
    text = "Students marched through Nairobi on Saturday against the rule of President Ivo Dren."
    assert _targets(text, "marched") == ["Ivo Dren"]


def test_a_march_against_the_rule_of_law_names_no_one() -> None:
    text = "Students marched through Nairobi on Saturday against the rule of law."
    assert _targets(text, "marched") == [None]


# an anti-government protest in a town


def test_an_anti_government_rally_in_a_town_is_against_the_country_the_article_names() -> None:
    text = (
        "Kenya's opposition has called for new elections. Crowds rallied in Nairobi on Sunday "
        "in an anti-government demonstration."
    )
    assert _targets(text, "rallied") == ["Kenya"]


def test_anti_government_protesters_in_a_town_march_against_its_named_government() -> None:
    text = (
        "The Kenyan government raised fuel prices last week. Anti-government protesters marched "
        "through the streets of Nairobi on Saturday."
    )
    assert _targets(text, "marched") == ["Kenyan government"]


def test_an_anti_government_rally_in_an_article_that_never_names_the_country_stays_open() -> None:
    text = "Crowds rallied in Nairobi on Sunday in an anti-government demonstration."
    assert _targets(text, "rallied") == [None]


def test_a_rally_against_prices_in_a_town_names_no_government() -> None:
    text = (
        "Kenya's opposition has called for new elections. Crowds rallied in Nairobi on Sunday "
        "against rising prices."
    )
    assert _targets(text, "rallied") == [None]


# protesters demanding a ruler's resignation


def test_protesters_demanding_a_presidents_resignation_protest_against_him() -> None:
    text = "Protesters demanded the resignation of President Ivo Dren."
    assert _types(text, "demanded") == ["PROTEST"]
    assert _targets(text, "demanded") == ["Ivo Dren"]


def test_protesters_demanding_a_release_do_not_protest_against_the_one_freed() -> None:
    text = "Protesters demanded the release of the jailed activist Omar Lenko."
    assert "Omar Lenko" not in _targets(text, "demanded")


def test_protesters_urging_a_government_by_its_name_still_ask_it() -> None:
    text = "Protesters urged the Lenko government to resign."
    assert _types(text, "urged") == ["REQUEST"]


def test_an_anti_government_rally_in_a_large_town_is_against_its_country() -> None:
    text = (
        "Kenya raised fuel taxes in March. Hundreds of drivers rallied in Mombasa on Friday in "
        "an anti-government protest."
    )
    assert _targets(text, "rallied") == ["Kenya"]


def test_a_demand_told_with_its_day_is_still_the_protesters_own() -> None:
    text = "Protesters demanded the resignation of Interior Minister Olek Varn on Tuesday."
    assert _types(text, "demanded") == ["PROTEST"]
    assert _targets(text, "demanded") == ["Olek Varn"]


def test_protesters_calling_on_the_army_still_ask_it() -> None:
    text = "Protesters called on the army on Tuesday to protect the marchers."
    assert _types(text, "called") == ["REQUEST"]


# a visit to a town


def test_a_visit_to_a_capital_is_to_the_government_the_article_names() -> None:
    text = (
        "The Kenyan government welcomed the plan. The Ugandan president visited Nairobi on Monday."
    )
    assert _targets(text, "visited") == ["Kenyan government"]


def test_a_visit_to_a_large_town_is_to_its_country_the_article_names() -> None:
    text = (
        "Kenya said on Friday that the talks would resume. President Ivo Dren visited Mombasa "
        "on Monday."
    )
    assert _targets(text, "visited") == ["Kenya"]


def test_a_visit_to_a_country_keeps_the_country() -> None:
    text = "Kenyan President Ivo Dren visited Uganda on Monday."
    assert _targets(text, "visited") == ["Uganda"]


def test_a_visit_to_a_town_whose_country_is_never_named_gives_no_state() -> None:
    text = "President Ivo Dren visited Mombasa on Monday."
    assert _targets(text, "visited") == []
